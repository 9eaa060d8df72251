/** Who attended the reported meeting, who stayed away, who represented whom, who is only mentioned. */
import {
  ABSENCE_CUES,
  ATTENDANCE_CUES,
  COLLEAGUE_ENDINGS,
  GOVERNMENT_ROLE_ENDINGS,
  PRONOUN_SUBJECT,
  REPRESENTATION_CUE,
  STATEMENT_VERBS,
  SWITCHED_IN_CUE,
} from "./data/persons";
import type { Doc } from "./doc";
import type { PersonDraft } from "./persons";
import { roleHead } from "./persons";
import { sentenceIndexAt } from "./text";
import type { Attendance, MeetingFact, Sentence, Span } from "./types";

/** How strongly the text supports a relation; a stronger finding replaces a weaker one. */
const STRENGTH: Record<Attendance, number> = {
  mentioned: 0,
  attended: 2,
  absent: 3,
  represented: 4,
  representative: 4,
};
/** Attendance read from acting in the report, weaker than any explicit statement. */
const IMPLIED_ATTENDANCE_STRENGTH = 1;
/** A news text mentions a person a handful of times; this bounds the work on adversarial input. */
const MAX_MENTIONS_EXAMINED = 100;

interface Finding {
  attendance: Attendance;
  strength: number;
  evidence: Span;
  relatedTo?: string;
}

function personRole(person: PersonDraft): string | undefined {
  if (!person.roleWord) return undefined;
  const head = roleHead(person.roleWord);
  const isColleague = COLLEAGUE_ENDINGS.some((ending) => head.endsWith(ending));
  return isColleague && person.impliedRole ? person.impliedRole.toLowerCase() : head;
}

/**
 * Whether someone who speaks or acts in the report is one of the meeting's participants: their role
 * is the participants' role ("Verteidigungsminister" at a meeting of defence ministers), or they hold
 * government office in the host country.
 */
function isLikelyParticipant(person: PersonDraft, meeting: MeetingFact): boolean {
  const role = personRole(person);
  if (!role) return false;
  if (meeting.participantRoles?.some((participantRole) => role.endsWith(participantRole))) return true;
  const isGovernment = GOVERNMENT_ROLE_ENDINGS.some((ending) => role.endsWith(ending));
  return isGovernment && person.country !== undefined && person.country === meeting.hostCountry;
}

function findingsInSentence(
  person: PersonDraft,
  mentionStart: number,
  sentence: Sentence,
  body: string,
  persons: readonly PersonDraft[],
  meeting: MeetingFact,
): Finding[] {
  const evidence = { start: sentence.start, end: sentence.end };
  const findings: Finding[] = [];
  const representation = REPRESENTATION_CUE.exec(body);
  if (representation) {
    const cueStart = sentence.start + representation.index;
    const cueEnd = cueStart + representation[0].length;
    const inSentence = (other: PersonDraft, from: number, to: number) =>
      other !== person && other.mentions.some((mention) => mention.start >= from && mention.end <= to);
    if (mentionStart >= cueStart && mentionStart < cueEnd) {
      // "Er ließ sich von ... vertreten": the pronoun is the person the previous sentence is about.
      const represented =
        persons.find((other) => inSentence(other, sentence.start, cueStart)) ??
        (PRONOUN_SUBJECT.test(body) ? lastPersonBefore(persons, person, sentence.start) : undefined);
      findings.push({ attendance: "representative", strength: STRENGTH.representative, evidence, relatedTo: represented?.surname });
    } else if (mentionStart < cueStart) {
      const representative = persons.find((other) => inSentence(other, cueStart, cueEnd));
      findings.push({ attendance: "represented", strength: STRENGTH.represented, evidence, relatedTo: representative?.surname });
    }
  }
  if (ABSENCE_CUES.some((cue) => cue.test(body))) {
    findings.push({ attendance: "absent", strength: STRENGTH.absent, evidence });
  } else if (ATTENDANCE_CUES.some((cue) => cue.test(body)) || (meeting.format === "video_conference" && SWITCHED_IN_CUE.test(body))) {
    findings.push({ attendance: "attended", strength: STRENGTH.attended, evidence });
  } else if (STATEMENT_VERBS.test(body) && isLikelyParticipant(person, meeting)) {
    findings.push({ attendance: "attended", strength: IMPLIED_ATTENDANCE_STRENGTH, evidence });
  }
  return findings;
}

const PRONOUN_REACH = 300;

function lastPersonBefore(persons: readonly PersonDraft[], except: PersonDraft, position: number): PersonDraft | undefined {
  let last: { person: PersonDraft; start: number } | undefined;
  for (const other of persons) {
    if (other === except) continue;
    for (const mention of other.mentions) {
      if (mention.start < position && mention.start > position - PRONOUN_REACH && (!last || mention.start > last.start)) {
        last = { person: other, start: mention.start };
      }
    }
  }
  return last?.person;
}

/** Sets attendance, relatedTo and attendanceEvidence of every person; fills the meeting's participants. */
export function assignAttendance(doc: Doc, persons: readonly PersonDraft[], meeting: MeetingFact | undefined): void {
  const { text, sentences } = doc;
  if (!meeting) return;
  for (const person of persons) {
    let best: Finding | undefined;
    for (const mention of person.mentions.slice(0, MAX_MENTIONS_EXAMINED)) {
      const sentence = sentences[sentenceIndexAt(sentences, mention.start)];
      if (!sentence) continue;
      const body = text.slice(sentence.start, sentence.end);
      for (const finding of findingsInSentence(person, mention.start, sentence, body, persons, meeting)) {
        if (!best || finding.strength > best.strength) best = finding;
      }
    }
    if (!best) continue;
    person.attendance = best.attendance;
    person.attendanceEvidence = best.evidence;
    if (best.relatedTo) person.relatedTo = best.relatedTo;
  }
  // A representative found through a pronoun: the one they represent did not attend either.
  for (const person of persons) {
    if (person.attendance !== "representative" || !person.relatedTo) continue;
    const represented = persons.find((other) => other.surname === person.relatedTo);
    if (represented && STRENGTH[represented.attendance] < STRENGTH.represented) {
      represented.attendance = "represented";
      represented.relatedTo = person.surname;
      represented.attendanceEvidence ??= person.attendanceEvidence;
    }
  }
  meeting.participants = persons.filter((person) => person.attendance === "attended" || person.attendance === "representative").map((person) => person.surname);
}
