/** Who attended the meeting the text reports, who stayed away and who came in their place. */
import type { MeetingFact, PersonFact, Span } from "../extract/types";
import type { Question } from "../bank/schema";
import { type Choice, distinct, MAX_DISTRACTORS, multi, single, STATEMENT_STEM, trueFalse } from "./build";
import { type DocContext, evidenceFor, type Pool } from "./context";
import { display, fullName, isPresent, personDistractors, sentence, usesFullName } from "./persons";
import { salienceOf } from "./salience";

/** Correct options per multiple-select question: more would make the question a reading list. */
const MAX_CORRECT = 4;

interface MeetingWords {
  /** "am Treffen in Rom" (after "teilnehmen"). */
  an: string;
  /** "beim Treffen in Rom". */
  bei: string;
}

export function meetingWords(meeting: MeetingFact | undefined): MeetingWords {
  if (meeting?.format === "video_conference") return { an: "an der Videokonferenz", bei: "bei der Videokonferenz" };
  const place = meeting?.place ? ` in ${meeting.place}` : "";
  return { an: `am Treffen${place}`, bei: `beim Treffen${place}` };
}

/**
 * A person of the text as an option. Among options about the meeting, a person says something about
 * their attendance (a wrong answer to "who was not there" was there): so two such questions naming the
 * same person do not go into one quiz.
 */
const attendanceFact = (person: PersonFact) => `attendance:${person.surname}`;
const option = (person: PersonFact, full: boolean): Choice => ({ text: display(person, full), fact: attendanceFact(person) });

function meetingOf(doc: DocContext, person: PersonFact): MeetingFact | undefined {
  const meetings = doc.facts.meetings;
  return meetings.find((meeting) => meeting.participants.includes(person.surname)) ?? meetings[0];
}

export function attendanceQuestions(doc: DocContext, pool: Pool): Question[] {
  const questions: (Question | undefined)[] = [];
  const persons = doc.facts.persons;
  const present = persons.filter(isPresent);
  const evidence = (person: PersonFact) => (person.attendanceEvidence ? evidenceFor(doc, person.attendanceEvidence) : undefined);
  const judge = STATEMENT_STEM;
  const salience = (span: Span, about: readonly PersonFact[]) => salienceOf(doc, "attendance", span, { persons: about });
  // Wrong answers to "who was there": people the text reports as staying away, then people of other
  // texts. Someone it merely mentions (a quoted expert, a host) may well have been there, the text does
  // not say: such people come last, for a text on its own that offers nobody else.
  const reportedAway = (other: PersonFact) => other.attendance === "absent" || other.attendance === "represented";
  const notThere = (answer: PersonFact, full = usesFullName(answer)): Choice[] => [
    ...personDistractors(doc, pool, answer, reportedAway, full, attendanceFact),
    ...persons.filter((other) => other.surname !== answer.surname && !isPresent(other) && !reportedAway(other)).map((other) => option(other, full)),
  ];

  const attendees = present.filter((candidate) => candidate.attendance === "attended" && evidence(candidate));
  for (const person of attendees) {
    const proof = evidence(person)!;
    const words = meetingWords(meetingOf(doc, person));
    const common = {
      documentId: doc.id,
      topic: "attendee" as const,
      key: person.surname,
      fact: attendanceFact(person),
      salience: salience(proof, [person]),
      evidence: proof,
    };
    const full = usesFullName(person);
    questions.push(single({ ...common, stem: `Wer von diesen Personen nahm laut Text ${words.an} teil?` }, option(person, full), notThere(person)));
    questions.push(trueFalse({ ...common, stem: judge }, sentence(`${fullName(person)} nahm ${words.an} teil.`), true));
  }

  // Several questions of even size when many people were there, so none becomes a reading list; each
  // asks its own people against its own wrong answers, with the evidence for its own people.
  const withEvidence = present.filter((person) => evidence(person));
  if (withEvidence.length >= 2) {
    const rounds = Math.ceil(withEvidence.length / MAX_CORRECT);
    for (let round = 0; round < rounds; round++) {
      const group = withEvidence.slice(Math.floor((round * withEvidence.length) / rounds), Math.floor(((round + 1) * withEvidence.length) / rounds));
      const [first, ...rest] = group;
      const words = meetingWords(meetingOf(doc, first!));
      const full = group.some(usesFullName);
      const wrong = distinct(notThere(first!, full));
      const own = wrong.slice(round * MAX_DISTRACTORS, (round + 1) * MAX_DISTRACTORS);
      questions.push(
        multi(
          {
            documentId: doc.id,
            topic: "attendee",
            key: group.map((person) => person.surname).join("+"),
            fact: `attendees:${group.map((person) => person.surname).join("+")}`,
            salience: salience(evidence(first!)!, group),
            stem: `Welche dieser Personen nahmen laut Text ${words.an} teil? Wähle alle zutreffenden aus.`,
            evidence: evidence(first!)!,
            moreEvidence: rest.map((person) => evidence(person)!),
          },
          group.map((person) => option(person, full)),
          own.length > 0 ? own : wrong,
        ),
      );
    }
  }

  for (const person of persons.filter((candidate) => candidate.attendance === "absent" || candidate.attendance === "represented")) {
    const proof = evidence(person);
    if (!proof) continue;
    const words = meetingWords(meetingOf(doc, person));
    const representative = person.relatedTo ? persons.find((other) => other.surname === person.relatedTo) : undefined;
    const full = usesFullName(person);
    const absentCommon = {
      documentId: doc.id,
      topic: "absent" as const,
      key: person.surname,
      fact: attendanceFact(person),
      salience: salience(proof, [person]),
      evidence: proof,
    };
    // Only people the text reports as present are certainly wrong answers to "who was not there".
    questions.push(
      single(
        { ...absentCommon, stem: `Wer von diesen Personen nahm laut Text nicht ${words.an} teil?` },
        option(person, full),
        present.map((other) => option(other, full)),
      ),
    );
    const instead = representative ? ` ${sentence(display(person, false))} ließ sich von ${fullName(representative)} vertreten.` : "";
    questions.push(
      trueFalse(
        { ...absentCommon, stem: judge },
        sentence(`${fullName(person)} nahm ${words.an} teil.`),
        false,
        `Laut Text nahm ${fullName(person)} nicht teil.${instead}`,
      ),
    );
    if (representative && person.attendance === "represented") {
      const role = person.role && !person.role.includes(" ") ? `${person.role} ` : "";
      const proofOfStandIn = evidence(representative) ?? proof;
      questions.push(
        single(
          {
            documentId: doc.id,
            topic: "represented_by",
            key: `${person.surname}>${representative.surname}`,
            fact: `represented:${person.surname}`,
            alsoAbout: [attendanceFact(person)],
            salience: salience(proofOfStandIn, [person, representative]),
            stem: `Wer vertrat laut Text ${role}${display(person, false)} ${words.bei}?`,
            evidence: proofOfStandIn,
          },
          option(representative, usesFullName(representative)),
          personDistractors(doc, pool, representative, (other) => other.surname !== person.surname, usesFullName(representative), attendanceFact),
        ),
      );
    }
  }
  return questions.filter((question): question is Question => question !== undefined);
}
