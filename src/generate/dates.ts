/** When the text appeared, when its meeting took place, and the dates it names. */
import type { Evidence, Question } from "../bank/schema";
import { TIME_NOUNS } from "./data/anaphora";
import type { DateFact } from "../extract/types";
import { type Choice, cloze, fitsGapText, single } from "./build";
import { DATELINE_KINDS, type DocContext, evidenceFor, isProse, type Pool } from "./context";
import { formatDate, yearlessDate } from "../shared/german";
import { dateSpellings } from "./german";
import { salienceOf } from "./salience";
import { gapStandsAlone } from "./standalone";
import { sameWordsAfterEach } from "./wholewords";

/** 1 for a year, 2 for a month, 3 for a day; a date of no year ("--10-29") apart (4), with wrong options of its own kind only. */
const precision = (iso: string) => (yearlessDate(iso) ? 4 : iso.split("-").length);

/** Made-up dates of the same precision, far enough away not to be confused with the answer. */
function shiftedDates(iso: string): string[] {
  const yearless = yearlessDate(iso);
  if (yearless) {
    const { month = "01", day } = yearless;
    const shifted = (delta: number) => `--${String(((Number(month) - 1 + delta + 12) % 12) + 1).padStart(2, "0")}-${day}`;
    return [-4, 7, -2, 3].map(shifted);
  }
  const [year = "2000", month, day] = iso.split("-");
  const y = Number(year);
  if (!month) return [y - 2, y + 1, y - 5, y + 3].map(String);
  const pad = (value: number) => String(value).padStart(2, "0");
  const m = Number(month);
  const shiftMonth = (delta: number) => {
    const index = y * 12 + (m - 1) + delta;
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  };
  if (!day) return [shiftMonth(-4), shiftMonth(7), shiftMonth(-12), shiftMonth(12)];
  return [-4, 7, -12, 12].map((delta) => `${shiftMonth(delta)}-${day}`);
}

function dateDistractors(pool: Pool, answer: string): Choice[] {
  const corpus = pool.documents.flatMap((doc) => [...doc.facts.dates.map((date) => date.value), ...(doc.facts.document.date ? [doc.facts.document.date] : [])]);
  return [...corpus.filter((value) => precision(value) === precision(answer)), ...shiftedDates(answer)]
    .filter((value) => value !== answer)
    .map((value) => ({ text: formatDate(value) }));
}

function askWhen(iso: string): string {
  return ["In welchem Jahr", "In welchem Monat", "An welchem Tag", "An welchem Tag"][precision(iso) - 1] ?? "Wann";
}

export function dateQuestions(doc: DocContext, pool: Pool): Question[] {
  const questions: (Question | undefined)[] = [];
  const published = doc.facts.document.date;
  // The publication date only from a date line that the text itself carries.
  const stated = published ? doc.facts.dates.find((date) => date.value === published && evidenceFor(doc, date, DATELINE_KINDS)) : undefined;
  if (published && stated) {
    questions.push(
      single(
        {
          documentId: doc.id,
          topic: "date",
          key: `published:${published}`,
          fact: "published",
          salience: salienceOf(doc, "published", stated),
          stem: `${askWhen(published)} erschien der Text?`,
          evidence: evidenceFor(doc, stated, DATELINE_KINDS)!,
        },
        { text: formatDate(published) },
        dateDistractors(pool, published),
      ),
    );
  }

  for (const meeting of doc.facts.meetings) {
    if (!meeting.date) continue;
    const stated = doc.facts.dates.find((date) => date.value === meeting.date && evidenceFor(doc, date));
    if (!stated) continue;
    questions.push(
      single(
        {
          documentId: doc.id,
          topic: "meeting_date",
          key: meeting.date,
          fact: "meeting_date",
          salience: salienceOf(doc, "meeting_date", stated),
          stem: `${askWhen(meeting.date)} fand das Treffen statt, über das der Text berichtet?`,
          evidence: evidenceFor(doc, stated)!,
        },
        { text: formatDate(meeting.date) },
        dateDistractors(pool, meeting.date),
      ),
    );
  }

  for (const date of doc.facts.dates.filter((candidate) => isProse(doc, candidate))) {
    questions.push(dateGap(doc, date));
  }
  return questions.filter((question): question is Question => question !== undefined);
}

/** A capitalised word right before a year, not the first of its sentence ("Umweltorganisation Global 2000"). */
const CAPITALISED_WORD_BEFORE = /(?<=[\p{L}\p{N}),]\s+)(\p{Lu}[\p{L}-]*)[ \u00a0]$/u;
/** A date written as a bare year ("2000"). */
const BARE_YEAR = /^\d{4}$/u;
/** A year right after a word. */
const YEAR_AFTER = /^[ \u00a0]+(\d{4})(?!\p{N})/u;

/**
 * Whether a bare year is part of a name ("Global 2000"): the capitalised word before it, no word of time ("Sommer
 * 2014"), stands before that year wherever the text writes it, at least twice. A gap would cut the name and ask its
 * number as a year ("die Umweltorganisation Global ___": "2000"). A noun before a year the text writes elsewhere
 * alone ("China 2009", "Budget 2016") leaves it a year.
 */
function yearInName(doc: DocContext, date: DateFact, evidence: Evidence): boolean {
  if (!BARE_YEAR.test(date.text)) return false;
  const word = CAPITALISED_WORD_BEFORE.exec(doc.text.slice(evidence.start, date.start))?.[1];
  return word !== undefined && !TIME_NOUNS.has(word) && sameWordsAfterEach(doc.text, word, YEAR_AFTER) === date.text;
}

function dateGap(doc: DocContext, date: DateFact): Question | undefined {
  const evidence = evidenceFor(doc, date);
  if (!evidence || !fitsGapText(evidence) || !gapStandsAlone(doc, evidence, date) || yearInName(doc, date, evidence)) return undefined;
  const offset = date.start - evidence.start;
  return cloze(
    {
      documentId: doc.id,
      topic: "date",
      key: `${date.value}:${evidence.quote}`,
      fact: `date:${date.value}:${evidence.start}`,
      salience: salienceOf(doc, "date", date),
      stem: "Welche Zeitangabe fehlt in diesem Satz?",
      evidence,
    },
    evidence.quote,
    offset,
    offset + date.end - date.start,
    [formatDate(date.value), ...dateSpellings(date.value)],
  );
}
