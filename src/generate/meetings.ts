/** Where the meeting took place and in what form. */
import type { Question } from "../bank/schema";
import { escapeRegExp } from "../extract/text";
import type { MeetingFact, MeetingFormat, Span } from "../extract/types";
import { type Choice, cloze, fitsGapText, single, STATEMENT_STEM, trueFalse } from "./build";
import { type DocContext, evidenceFor, type Pool, sentenceSpan } from "./context";
import { salienceOf } from "./salience";
import { standsAlone } from "./standalone";

const FORMAT_NAMES: Readonly<Record<MeetingFormat, string>> = {
  video_conference: "Videokonferenz",
  in_person: "Persönliches Treffen",
};
const FORMAT_STATEMENTS: Readonly<Record<MeetingFormat, string>> = {
  video_conference: "Das Treffen fand als Videokonferenz statt.",
  in_person: "Die Teilnehmer trafen sich persönlich.",
};
/** A third form that no text of this kind reports as the answer, so the choice is not binary. */
const OTHER_FORMAT = "Telefonkonferenz";

export const PLACE_GAP_STEM = "Welcher Ort fehlt in diesem Satz?";

/** Capitals and cities that meetings are held in, for texts with too few places of their own. */
const FALLBACK_PLACES = ["Berlin", "Paris", "London", "Brüssel", "Genf", "Wien", "Madrid", "Washington", "Rom", "Ankara", "Kairo", "Bagdad"];

function placeDistractors(doc: DocContext, pool: Pool, answer: string): Choice[] {
  // "Wien – ... nach einer Sitzung des Präsidiums in Hütteldorf": the town the report comes from may hold the meeting's
  // place (a district, a suburb, a venue), which would make it a right answer too.
  const datelineTowns = doc.facts.document.dateline?.split("/").map((town) => town.trim()) ?? [];
  const meetingPlaces = pool.documents.flatMap((other) => other.facts.meetings.flatMap((meeting) => (meeting.place ? [meeting.place] : [])));
  // A meeting is held in a city: a state among the options would be the odd one out.
  const places = pool.documents.flatMap((other) => other.facts.places.flatMap((place) => (place.kind === "region" ? [] : [place.name])));
  return [...meetingPlaces, ...places, ...FALLBACK_PLACES].filter((place) => place !== answer && !datelineTowns.includes(place)).map((text) => ({ text }));
}

/** Whether the text names `place` as a word of its own. */
const namedIn = (text: string, place: string) => new RegExp(`(?<!\\p{L})${escapeRegExp(place)}(?!\\p{L})`, "u").test(text);

/** The first occurrence of `word` inside the sentence around `span`, as a span. */
function findIn(doc: DocContext, span: Span, word: string): { sentence: Span; at: number } | undefined {
  const sentence = sentenceSpan(doc, span);
  if (!sentence) return undefined;
  const at = doc.text.slice(sentence.start, sentence.end).indexOf(word);
  return at === -1 ? undefined : { sentence, at };
}

function meetingKey(meeting: MeetingFact): string {
  return `${meeting.place ?? ""}:${meeting.format ?? ""}:${meeting.date ?? ""}`;
}

export function meetingQuestions(doc: DocContext, pool: Pool): Question[] {
  const questions: (Question | undefined)[] = [];
  for (const meeting of doc.facts.meetings) {
    const placeSpan = meeting.placeEvidence ?? meeting;
    const placeEvidence = evidenceFor(doc, placeSpan);
    if (meeting.place && placeEvidence && meeting.format !== "video_conference") {
      const common = {
        documentId: doc.id,
        topic: "meeting_place" as const,
        key: `${meetingKey(meeting)}`,
        fact: "meeting_place",
        salience: salienceOf(doc, "meeting_place", placeSpan, { place: meeting.place }),
        evidence: placeEvidence,
      };
      const stem = "Wo fand das Treffen statt, über das der Text berichtet?";
      const choice = single({ ...common, stem }, { text: meeting.place }, placeDistractors(doc, pool, meeting.place));
      // Wrong options the text does not name beside a key it names: the choice asks nothing but which name occurs
      // (the gap below asks the place honestly).
      if (choice?.type === "single" && choice.options.some((option) => option.id !== choice.answer && namedIn(doc.text, option.text))) questions.push(choice);
      const found = findIn(doc, placeSpan, meeting.place);
      if (
        found &&
        fitsGapText(found.sentence) &&
        standsAlone(doc, found.sentence, {
          start: found.sentence.start + found.at,
          end: found.sentence.start + found.at + meeting.place.length,
          name: true,
          place: true,
        })
      ) {
        const sentence = doc.text.slice(found.sentence.start, found.sentence.end);
        questions.push(cloze({ ...common, key: `${common.key}:gap`, stem: PLACE_GAP_STEM }, sentence, found.at, found.at + meeting.place.length));
      }
    }

    const formatEvidence = meeting.formatEvidence ? evidenceFor(doc, meeting.formatEvidence) : undefined;
    if (meeting.format && formatEvidence) {
      const answer = FORMAT_NAMES[meeting.format];
      const common = {
        documentId: doc.id,
        topic: "meeting_format" as const,
        key: meetingKey(meeting),
        fact: "meeting_format",
        salience: salienceOf(doc, "meeting_format", meeting.formatEvidence!),
        evidence: formatEvidence,
      };
      const others = [...Object.values(FORMAT_NAMES), OTHER_FORMAT].filter((name) => name !== answer).map((text) => ({ text }));
      questions.push(single({ ...common, stem: "In welcher Form fand das Treffen statt, über das der Text berichtet?" }, { text: answer }, others));
      const opposite: MeetingFormat = meeting.format === "in_person" ? "video_conference" : "in_person";
      // Both statements, built the same way: the quiz takes the one that keeps true and false level.
      for (const claimed of [meeting.format, opposite]) {
        const key = claimed === meeting.format ? common.key : `${common.key}:${claimed}`;
        questions.push(
          trueFalse({ ...common, key, stem: STATEMENT_STEM }, FORMAT_STATEMENTS[claimed], claimed === meeting.format, FORMAT_STATEMENTS[meeting.format]),
        );
      }
    }
  }
  return questions.filter((question): question is Question => question !== undefined);
}
