/** Dates as written ("04.06.2020", "Februar 2019", "seit 2014", "date 2017-03"), normalised to ISO. */
import { MONTHS, SINGULAR_COPULAS, YEAR_CONTEXT_WORDS, YEAR_RANGE } from "./data/dates";
import { roleForms } from "./gender";
import { alternation, isCapitalised, matchesOf } from "./text";
import type { DateFact, Sentence, Span } from "./types";
import { countedNounAfter, hedgeBefore, isFeminineSingular } from "./units";

const MONTH_NAMES = alternation([...MONTHS.keys()].map((name) => name[0]!.toUpperCase() + name.slice(1)));
const pad = (value: number) => String(value).padStart(2, "0");

const NUMERIC_DATE = /(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\p{N})/gu;
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{N}.])(\\d{1,2})\\.\\s?(${MONTH_NAMES})\\.?(?:\\s(\\d{4}))?(?![\\p{L}\\p{N}])`, "gu");
const MONTH_YEAR = new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})\\.?\\s(\\d{4})(?!\\p{N})`, "gu");
const ISO_DATE = /(?<![\p{N}-])(\d{4})-(\d{2})(?:-(\d{2}))?(?![\p{N}-])/gu;
const BARE_YEAR = /(?<![\p{L}\p{N}.,/-])(\d{4})(?![\p{N}/]|[.,]\d)/gu;
/**
 * What the patterns cannot match without: DAY_MONTH_YEAR a digit and a period, every other one four digits. Most
 * sentences with figures have neither, and the patterns, which open with a look-behind, are tried at every position.
 */
const FOUR_DIGITS = /\d{4}/;
const DIGIT_AND_PERIOD = /\d\./;

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Whether the four-digit figure at [start, end) is a year ("seit 2014") rather than a count ("2000 Kämpfer"). */
function isYearFigure(text: string, start: number, end: number, sentence: Span): boolean {
  const value = Number(text.slice(start, end));
  if (!/^\d{4}$/.test(text.slice(start, end)) || value < YEAR_RANGE.min || value > YEAR_RANGE.max) return false;
  if (hedgeBefore(text, start, sentence.start)) return false;
  const before = /([\p{L}]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(sentence.start, start - 30), start));
  const previousWord = before?.[1]?.toLowerCase() ?? "";
  if (YEAR_CONTEXT_WORDS.has(previousWord) || MONTHS.has(previousWord)) return true;
  // "seit den Wahlen 2014 Vizebürgermeisterin": a noun in the singular is no count of 2014, so the figure dates what comes before.
  const counted = countedNounAfter(text, end, sentence.end);
  return (
    counted === undefined || isFeminineSingular(counted.unit) || NO_COUNT_ATTRIBUTE.test(counted.unit) || isRolePredicate(text, start, counted.unit, sentence)
  );
}

/**
 * An attribute a count above one does not take: the strong ending "-er" of the masculine singular ("1961 ordentlicher
 * Professor": a count would read "ordentliche Professoren") or a present participle, which after a year tells when
 * ("für 2016 folgende Versuche", "die 2017 anstehenden Wahlen").
 */
const NO_COUNT_ATTRIBUTE = /^\p{Ll}+(?:er|end(?:e|en|er|es|em)) /u;

/** A singular copula in the clause before a figure, with nothing but words and spaces between: "Er ist seit den Wahlen 2014 …". */
const SINGULAR_COPULA_IN_CLAUSE = new RegExp(`(?<!\\p{L})(?:${SINGULAR_COPULAS.join("|")})[^\\p{L}\\p{N}][\\p{L}\\p{N} \\t\\u00a0.-]*$`, "u");
/** The word right before a figure, as written. */
const WORD_RIGHT_BEFORE = /(\p{L}+)[ \t\u00a0]+$/u;

/**
 * Whether the figure at `start` stands before a role noun in the nominative singular that is a singular copula's
 * predicate: "Er wurde 2014 Bürgermeister", "Er ist seit den Wahlen 2014 Vizebürgermeister". A plural subject would need
 * "sind", "wurden"; the word before the figure is a noun or the copula, not a preposition that makes the noun its object
 * ("Die Prämie ist für 2000 Lehrer gedacht").
 */
function isRolePredicate(text: string, start: number, unit: string, sentence: Span): boolean {
  const noun = unit.slice(unit.lastIndexOf(" ") + 1);
  const forms = roleForms(noun);
  if (!forms || (noun !== forms.masculine && noun !== forms.feminine)) return false;
  const clause = text.slice(Math.max(sentence.start, start - 120), start);
  const wordBefore = WORD_RIGHT_BEFORE.exec(clause)?.[1] ?? "";
  if (!isCapitalised(wordBefore) && !SINGULAR_COPULAS.includes(wordBefore)) return false;
  return SINGULAR_COPULA_IN_CLAUSE.test(clause);
}

/** How many dates of one sentence a new one is compared with before a mask of their characters is made. */
const MAX_COMPARED_DATES = 16;

/**
 * The dates of one sentence as they are found, none overlapping another. A class, not closures made for
 * each sentence: built with keepNames (tsx, wrangler), every named closure costs a defineProperty of its name.
 */
class SentenceDates {
  /** Where this sentence's dates start in `dates`. */
  private readonly first: number;
  /** Characters already part of a date, made once the sentence has many dates: it keeps the overlap check linear on huge inputs. */
  private taken: Uint8Array | undefined;

  constructor(
    private readonly text: string,
    private readonly sentence: Sentence,
    private readonly length: number,
    private readonly dates: DateFact[],
  ) {
    this.first = dates.length;
  }

  /** Where the sentence's offset `index` stands in the text. */
  at(index: number): number {
    return this.sentence.start + index;
  }

  add(start: number, end: number, value: string): void {
    if (this.overlapsTaken(start, end)) return;
    this.taken?.fill(1, start - this.sentence.start, end - this.sentence.start);
    this.dates.push({ start, end, text: this.text.slice(start, end), value });
  }

  /**
   * Whether a date already found in the sentence overlaps `start` to `end`. Most sentences have a few dates: they are
   * compared, and the mask (a buffer, slower to make than the comparisons) only made past MAX_COMPARED_DATES.
   */
  private overlapsTaken(start: number, end: number): boolean {
    if (this.taken === undefined && this.dates.length - this.first <= MAX_COMPARED_DATES) {
      for (let index = this.first; index < this.dates.length; index++) if (this.dates[index]!.start < end && this.dates[index]!.end > start) return true;
      return false;
    }
    if (this.taken === undefined) {
      this.taken = new Uint8Array(this.length);
      for (let index = this.first; index < this.dates.length; index++)
        this.taken.fill(1, this.dates[index]!.start - this.sentence.start, this.dates[index]!.end - this.sentence.start);
    }
    for (let index = start; index < end; index++) if (this.taken[index - this.sentence.start]) return true;
    return false;
  }
}

/**
 * Dates in the given sentences, in text order. A day and month without a year takes `fallbackYear`
 * (the document's year) when there is one, and is a date of no year ("--10-29") otherwise.
 */
export function findDates(text: string, sentences: readonly Sentence[], fallbackYear?: string): DateFact[] {
  const dates: DateFact[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    const hasYear = FOUR_DIGITS.test(body);
    const hasDay = DIGIT_AND_PERIOD.test(body);
    if (!hasYear && !hasDay) continue;
    const found = new SentenceDates(text, sentence, body.length, dates);
    if (hasYear) {
      for (const match of matchesOf(NUMERIC_DATE, body)) {
        const [all, day, month, year] = match;
        if (validDay(Number(month), Number(day)))
          found.add(found.at(match.index), found.at(match.index) + all.length, `${year}-${pad(Number(month))}-${pad(Number(day))}`);
      }
    }
    if (hasDay) {
      for (const match of matchesOf(DAY_MONTH_YEAR, body)) {
        const [all, day, monthName, year] = match;
        const month = MONTHS.get(monthName!.toLowerCase())!;
        const resolvedYear = year ?? fallbackYear;
        if (validDay(month, Number(day))) {
          found.add(found.at(match.index), found.at(match.index) + all.length, `${resolvedYear ?? "-"}-${pad(month)}-${pad(Number(day))}`);
        }
      }
    }
    if (!hasYear) continue;
    for (const match of matchesOf(MONTH_YEAR, body)) {
      const [all, monthName, year] = match;
      found.add(found.at(match.index), found.at(match.index) + all.length, `${year}-${pad(MONTHS.get(monthName!.toLowerCase())!)}`);
    }
    for (const match of matchesOf(ISO_DATE, body)) {
      const [all, year, month, day] = match;
      if (Number(month) < 1 || Number(month) > 12) continue;
      found.add(found.at(match.index), found.at(match.index) + all.length, day ? `${year}-${month}-${day}` : `${year}-${month}`);
    }
    for (const match of matchesOf(BARE_YEAR, body)) {
      const start = found.at(match.index);
      const end = start + match[0].length;
      if (isYearFigure(text, start, end, sentence)) found.add(start, end, match[0]);
    }
  }
  return dates.sort((a, b) => a.start - b.start);
}
