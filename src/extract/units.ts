/** What a figure counts: the unit symbol, currency or noun phrase right after it. */
import { MONTHS, WEEKDAYS } from "./data/dates";
import { ADVERB_HEDGES, CURRENCIES, HEDGES, NON_COUNT_FOLLOWERS, PREPOSITIONS_BEFORE_WEAK_HEDGES, UNIT_SYMBOLS, WEAK_HEDGES } from "./data/numbers";
import { NOT_NAMES } from "./data/persons";
import { alternation, isAdjectiveLike, isCapitalised } from "./text";

export interface CountedNoun {
  unit: string;
  end: number;
}

const WORD_AT = /[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*|[%€$°]C?|km(?:²|\/h)?/uy;
const SPACE_AT = /[ \t\u00a0\u202f\u2009]*/y;
const NOT_UNIT_WORDS: ReadonlySet<string> = new Set([...NOT_NAMES, ...WEEKDAYS, ...NON_COUNT_FOLLOWERS]);

function wordAt(text: string, from: number, limit: number): { word: string; start: number; end: number } | undefined {
  SPACE_AT.lastIndex = from;
  SPACE_AT.exec(text);
  const start = SPACE_AT.lastIndex;
  if (start >= limit) return undefined;
  WORD_AT.lastIndex = start;
  const match = WORD_AT.exec(text);
  if (!match || start + match[0].length > limit) return undefined;
  return { word: match[0], start, end: start + match[0].length };
}

function isNoun(word: string): boolean {
  return isCapitalised(word) && !NOT_UNIT_WORDS.has(word) && !MONTHS.has(word.toLowerCase());
}

/** Gender pairs and elided compounds: "Soldatinnen und Soldaten", "Außen- und Verteidigungsminister". */
function coordinatedNoun(text: string, first: { word: string; end: number }, limit: number): CountedNoun | undefined {
  const conjunction = wordAt(text, first.end, limit);
  if (!conjunction || (conjunction.word !== "und" && conjunction.word !== "oder")) return undefined;
  const second = wordAt(text, conjunction.end, limit);
  if (!second || !isNoun(second.word)) return undefined;
  const sharedStem = first.word.slice(0, 4) === second.word.slice(0, 4);
  if (!first.word.endsWith("-") && !sharedStem) return undefined;
  return { unit: text.slice(first.end - first.word.length, second.end), end: second.end };
}

/**
 * The unit or counted noun after a figure that ends at `from`: a symbol ("%"), a currency, or an
 * optional adjective and a noun ("ausländische Kämpfer"). Undefined when a verb or article follows.
 */
export function countedNounAfter(text: string, from: number, limit: number): CountedNoun | undefined {
  const first = wordAt(text, from, limit);
  if (!first) return undefined;
  const symbol = UNIT_SYMBOLS.get(first.word);
  if (symbol !== undefined) return { unit: symbol, end: first.end };
  if (CURRENCIES.has(first.word)) return { unit: first.word, end: first.end };
  if (isNoun(first.word)) return coordinatedNoun(text, first, limit) ?? { unit: first.word, end: first.end };
  if (isAdjectiveLike(first.word)) {
    const noun = wordAt(text, first.end, limit);
    if (noun && isNoun(noun.word)) return { unit: text.slice(first.start, noun.end), end: noun.end };
  }
  return undefined;
}

/** Endings of feminine nouns in the singular ("Vizebürgermeisterin", "Regierung", "Partei"): their plurals end in "-en" ("-innen", "-ungen"). */
const FEMININE_SINGULAR = /\p{Ll}(?:ung|heit|keit|schaft|ion|tät|ei|in)$/u;

/** Whether a counted noun (its last word) is a feminine noun in the singular, which no figure above one counts. */
export function isFeminineSingular(unit: string): boolean {
  return FEMININE_SINGULAR.test(unit);
}

const HEDGE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${alternation(HEDGES)})[ \\t\\u00a0]+$`, "iu");

/** The hedge word right before a figure that starts at `figureStart` ("rund", "mehr als"). */
export function hedgeBefore(text: string, figureStart: number, lowest: number): { hedge: string; start: number } | undefined {
  const from = Math.max(lowest, figureStart - 24);
  const match = HEDGE_BEFORE.exec(text.slice(from, figureStart));
  if (!match) return undefined;
  return { hedge: match[1]!, start: from + match.index };
}

/** The word right before `start` (after `lowest`), lower case. */
export function wordBefore(text: string, start: number, lowest: number): string {
  const match = /([\p{L}]+)[ \t\u00a0]*$/u.exec(text.slice(Math.max(lowest, start - 20), start));
  return match?.[1]?.toLowerCase() ?? "";
}

/**
 * The hedge before a figure when it does hedge it. Weak hedges, also ordinary words ("über", "gut"),
 * count only when a counted noun follows the figure (`counted`) or after a preposition that governs
 * the figure ("stieg auf über 300"); adverb hedges ("bald", also "soon") only after such a preposition
 * ("seit bald vier Jahren").
 */
export function usableHedgeBefore(text: string, figureStart: number, lowest: number, counted: boolean): { hedge: string; start: number } | undefined {
  const hedge = hedgeBefore(text, figureStart, lowest);
  if (!hedge) return undefined;
  const word = hedge.hedge.toLowerCase();
  if (PREPOSITIONS_BEFORE_WEAK_HEDGES.has(wordBefore(text, hedge.start, lowest))) return hedge;
  return !ADVERB_HEDGES.has(word) && (!WEAK_HEDGES.has(word) || counted) ? hedge : undefined;
}
