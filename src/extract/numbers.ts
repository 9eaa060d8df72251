/** Figures in German notation ("14.000", "19 000", "1,8 Milliarden", "sieben"), with hedge and unit. */
import { MONTHS } from "./data/dates";
import {
  FRACTION_COUNTS,
  FRACTION_DENOMINATORS,
  FRACTION_OF_WORDS,
  NON_COUNT_FOLLOWERS,
  PLACE_PREPOSITIONS_BEFORE_QUARTER,
  NUMBER_WORDS,
  ONE_WORDS,
  SCALE_WORDS,
  UNIT_SYMBOLS,
} from "./data/numbers";
import { ORDINAL_CONTEXT_WORDS } from "./data/passages";
import type { Doc } from "./doc";
import { alternation, clauseAround, isNameNumber, isNumberInName, matchesOf, overlaps } from "./text";
import type { DateFact, QuantityFact, Sentence, Span } from "./types";
import { countedNounAfter, isFeminineSingular, usableHedgeBefore, wordBefore } from "./units";

/** Thousands grouped with dots or spaces, or plain digits; never part of a word, date, ratio or version. */
const NUMERAL = /(?<![\p{L}\p{N}.,/-])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{N}/]|[.,]\d)/gu;
/** Non-global, so that no `lastIndex` carries over between calls (matchAll copies it). */
const NUMERAL_AT_START = new RegExp(`^(?:${NUMERAL.source})`, "u");
const SCALE_AFTER = new RegExp(`^[ \\t\\u00a0]+(${alternation(SCALE_WORDS.keys())})(?![\\p{L}])`, "iu");
const RANGE_AFTER = /^[ \t\u00a0]+(?:bis|und|oder|-|–)[ \t\u00a0]+(?=\d)/u;
/** The words findQuantities may read as a figure ("sieben", "eine"): one look-up for every other word of the text, not two. */
const FIGURE_WORDS: ReadonlySet<string> = new Set([...NUMBER_WORDS.keys(), ...ONE_WORDS]);

export function parseNumeral(written: string): number {
  return Number(written.replace(/[.\s\u00a0\u202f]/gu, "").replace(",", "."));
}

/** Multiply without binary noise: 22,2 Milliarden is 22200000000, not 22200000000.000004. */
function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}

const LOWER_FIRST = /^\p{Ll}/u;

/** "am 14. Juni", "der 3. Oktober", "beim 5. Gipfel", "(34.)": a figure with a period that does not end the sentence. */
function isOrdinal(text: string, figure: Span, sentence: Span): boolean {
  if (text[figure.end] !== "." || figure.end + 1 >= sentence.end) return false;
  // "(34.)", "(58., Elfmeter)": a match report's minute in brackets.
  if (text[figure.start - 1] === "(") return true;
  const following = /^[ \t\u00a0]*([\p{L}]+)/u.exec(text.slice(figure.end + 1, figure.end + 30))?.[1] ?? "";
  return MONTHS.has(following.toLowerCase()) || ORDINAL_CONTEXT_WORDS.has(wordBefore(text, figure.start, sentence.start)) || LOWER_FIRST.test(following);
}

/** The letters right after a figure's digits, with no space between ("5" of "5G", "67" of "67P", "2" of "2Pac"). */
const LETTERS_AT = /\p{L}+/uy;

/**
 * Whether digits run on into letters: a name, model or code ("5G", "3D Touch", "Komet 67P", "Rapper 2Pac", "iPhone 6s",
 * "4k"), or a decade ("1990er"), not a count. Asked as a figure, its gap cuts the word ("die Technologie ___ G"). A unit
 * symbol written on ("10km", "5kg") still makes a figure.
 */
function runsIntoWord(text: string, end: number): boolean {
  LETTERS_AT.lastIndex = end;
  const letters = LETTERS_AT.exec(text)?.[0];
  return letters !== undefined && !UNIT_SYMBOLS.has(letters);
}

interface Figure extends Span {
  value: number;
}

/** The first word of a text, after spaces. */
const FIRST_WORD = /^[ \t\u00a0]*(\p{L}+)/u;

function buildQuantity(text: string, sentence: Sentence, figure: Figure): QuantityFact | undefined {
  let { value, end } = figure;
  const scale = SCALE_AFTER.exec(text.slice(end, end + 16));
  if (scale) {
    value = scaled(value, SCALE_WORDS.get(scale[1]!.toLowerCase())!);
    end += scale[0].length;
  }
  let unitFrom = end;
  const range = RANGE_AFTER.exec(text.slice(end, end + 8));
  if (range) {
    const next = NUMERAL_AT_START.exec(text.slice(end + range[0].length, Math.min(sentence.end, end + range[0].length + 20)));
    if (next) unitFrom = end + range[0].length + next[0].length;
  }
  const followingWord = FIRST_WORD.exec(text.slice(end, end + 20))?.[1] ?? "";
  if (NON_COUNT_FOLLOWERS.has(followingWord)) return undefined;
  const counted = countedNounAfter(text, unitFrom, sentence.end);
  const usableHedge = usableHedgeBefore(text, figure.start, sentence.start, counted !== undefined);
  const start = usableHedge?.start ?? figure.start;
  const quantity: QuantityFact = {
    start,
    end,
    text: text.slice(start, end),
    value,
    approx: usableHedge !== undefined,
    context: clauseAround(text, sentence, { start, end: counted?.end ?? end }),
  };
  if (counted) quantity.unit = counted.unit;
  if (usableHedge) quantity.hedge = usableHedge.hedge;
  return quantity;
}

/** A genitive article after a number word: "zwei der Attentäter", "drei dieser Länder" count people or things of a group. */
const PARTITIVE_ARTICLE = /^[ \t\u00a0]+(?:der|dieser|seiner|ihrer|unserer)(?=[ \t\u00a0])/u;

/** Whether a counted noun follows a genitive article at `from`: "(zwei) der Attentäter", "(drei) dieser Schulen". */
function partitiveAfter(text: string, from: number, limit: number): boolean {
  const article = PARTITIVE_ARTICLE.exec(text.slice(from, Math.min(limit, from + 12)));
  if (!article) return false;
  const noun = countedNounAfter(text, from + article[0].length, limit);
  // After "der" a feminine singular is a dative or genitive singular ("die zwei der Regierung nahestehenden Blätter"), no group.
  return noun !== undefined && !isFeminineSingular(noun.unit);
}

/** "von" and the whole of a share after its part: "(sechs) von zehn Schülern", "(drei) von 4 Befragten". */
const SHARE_WHOLE_AFTER = /^[ \t\u00a0]+von[ \t\u00a0]+(?:\d+|(\p{L}+))(?![\p{L}\p{N}])/u;

/** Whether a share's whole, a figure with a counted noun, follows a number word at `from`: "sechs von zehn Schülern" tells a finding. */
function shareWholeAfter(text: string, from: number, limit: number): boolean {
  const whole = SHARE_WHOLE_AFTER.exec(text.slice(from, Math.min(limit, from + 40)));
  if (!whole || (whole[1] !== undefined && !NUMBER_WORDS.has(whole[1].toLowerCase()))) return false;
  return countedNounAfter(text, from + whole[0].length, limit) !== undefined;
}

/** "ein Viertel", "die Hälfte", "zwei Drittel": a counting word and a fraction noun. */
const FRACTION = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alternation(FRACTION_COUNTS.keys())})[ \\t\\u00a0]+(${alternation(FRACTION_DENOMINATORS.keys())})(?![\\p{L}])`,
  "giu",
);
/** A cheap test before the fraction pattern runs: most sentences hold no fraction noun. */
const FRACTION_NOUN_HINT = new RegExp(alternation(FRACTION_DENOMINATORS.keys()), "u");
const WORD_AFTER = /^[ \t\u00a0]+(\p{L}+)/u;

/**
 * Shares written as fractions in a sentence ("fast ein Viertel aller Brandanschläge", "um die Hälfte"), with
 * their hedge. Only where the share is of something ("aller", "der", "von") or a change by it ("um die
 * Hälfte"): "im selben Viertel" is a town's quarter.
 */
function fractionsIn(text: string, sentence: Span): QuantityFact[] {
  const fractions: QuantityFact[] = [];
  for (const match of matchesOf(FRACTION, text.slice(sentence.start, sentence.end))) {
    const counting = match[1]!.toLowerCase();
    const noun = match[2]!;
    const denominator = FRACTION_DENOMINATORS.get(noun);
    const parts = FRACTION_COUNTS.get(counting);
    // Case matters here: the noun is capitalised, and "die"/"der" count only before "Hälfte".
    if (denominator === undefined || parts === undefined || parts >= denominator || ((counting === "die" || counting === "der") && denominator !== 2)) continue;
    const figureStart = sentence.start + match.index;
    const end = figureStart + match[0].length;
    const following = WORD_AFTER.exec(text.slice(end, end + 16))?.[1] ?? "";
    const before = wordBefore(text, figureStart, sentence.start);
    if (!FRACTION_OF_WORDS.has(following) && before !== "um") continue;
    if (noun === "Viertel" && PLACE_PREPOSITIONS_BEFORE_QUARTER.has(before)) continue;
    const hedge = usableHedgeBefore(text, figureStart, sentence.start, true);
    const start = hedge?.start ?? figureStart;
    const fraction: QuantityFact = {
      start,
      end,
      text: text.slice(start, end),
      value: scaled(parts / denominator, 1),
      approx: hedge !== undefined,
      context: clauseAround(text, sentence, { start, end }),
      fraction: true,
    };
    if (hedge) fraction.hedge = hedge.hedge;
    fractions.push(fraction);
  }
  return fractions;
}

/** Figures in the given sentences that are counts or amounts: dates, ordinals and times are left out. */
export function findQuantities(doc: Doc, dates: readonly DateFact[]): QuantityFact[] {
  const { text } = doc;
  const quantities: QuantityFact[] = [];
  let dateIndex = 0;
  doc.sentences.forEach((sentence, sentenceIndex) => {
    const body = text.slice(sentence.start, sentence.end);
    const figures: Figure[] = [];
    if (/\d/.test(body)) {
      const tokens = doc.tokens[sentenceIndex]!;
      const nameNumbers = new Set(tokens.filter((_, index) => isNameNumber(text, tokens, index)).map((token) => token.start));
      for (const match of matchesOf(NUMERAL, body)) {
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        if (isOrdinal(text, { start, end }, sentence) || nameNumbers.has(start) || isNumberInName(text, start, match[0]) || runsIntoWord(text, end)) continue;
        figures.push({ start, end, value: parseNumeral(match[0]) });
      }
    }
    for (const token of doc.tokens[sentenceIndex]!) {
      const word = token.lower;
      if (!FIGURE_WORDS.has(word)) continue;
      const { start, end } = token;
      const hasScale = SCALE_AFTER.test(text.slice(end, end + 16));
      // Number words only count something when a noun, a scale or the whole of a share follows ("sieben Menschen", "sechs von zehn Schülern"), "eine" only with a scale.
      const counts =
        countedNounAfter(text, end, sentence.end) !== undefined || partitiveAfter(text, end, sentence.end) || shareWholeAfter(text, end, sentence.end);
      if (ONE_WORDS.has(word) ? !hasScale : !hasScale && !counts) continue;
      figures.push({ start, end, value: ONE_WORDS.has(word) ? 1 : NUMBER_WORDS.get(word)! });
    }
    figures.sort((a, b) => a.start - b.start);
    const inSentence: QuantityFact[] = [];
    for (const figure of figures) {
      while (dateIndex < dates.length && dates[dateIndex]!.end <= figure.start) dateIndex++;
      const date = dates[dateIndex];
      if (date && overlaps(date, figure)) continue;
      const quantity = buildQuantity(text, sentence, figure);
      if (quantity) inSentence.push(quantity);
    }
    const fractions = FRACTION_NOUN_HINT.test(body) ? fractionsIn(text, sentence) : [];
    if (fractions.length === 0) quantities.push(...inSentence);
    // "Zwei Drittel": the number word counts the fraction's parts, not a figure of its own.
    else
      quantities.push(
        ...[...inSentence.filter((quantity) => !fractions.some((fraction) => overlaps(fraction, quantity))), ...fractions].sort((a, b) => a.start - b.start),
      );
  });
  return quantities;
}
