/**
 * Grading, on the server only. The semantics are agreed with the generator:
 * single = option id; multi = partial credit max(0, (right picks - wrong picks) / right options);
 * numeric = min <= value <= max (the learner may type the unit after the figure); truefalse = boolean;
 * cloze = normalised text equals answer or accept[] (umlauts and ß may be spelled out: "Strasse"), or is one typo
 * away from one of them when that has at least TYPO_MIN_LETTERS letters and the same digits (a typo never turns 2014
 * into 2015) nor into another word of the text (otherWords).
 */
import * as z from "zod";
import { HEDGES, NUMBER_WORDS, SCALE_WORDS } from "../extract/data/numbers";
import { alternation } from "../extract/text";
import type { Question } from "./schema";

/** What a learner answered, as stored in answers.response. */
export const LearnerResponse = z.discriminatedUnion("type", [
  z.object({ type: z.literal("single"), choice: z.string() }),
  z.object({ type: z.literal("multi"), choices: z.array(z.string()) }),
  /** `typed` is the input as written ("14.000"), shown back to the learner. */
  z.object({ type: z.literal("numeric"), value: z.number(), typed: z.string() }),
  z.object({ type: z.literal("truefalse"), value: z.boolean() }),
  z.object({ type: z.literal("cloze"), text: z.string() }),
]);
export type LearnerResponse = z.infer<typeof LearnerResponse>;

const SPACES = /[\s\u00a0\u202f\u2009]+/g;

/** Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits, as Arabic and Persian keyboards type them. */
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const arabicDigitValue = (digit: string) => {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
};

/**
 * A number as Germans write it: "14.000", "1,8", "19 000", "1'234", "1.234.567,5", "-3". A dot followed
 * by exactly three digits (in groups) separates thousands; otherwise it is taken as a decimal point
 * ("1.8"), as a learner with an English keyboard would mean it. A space or apostrophe separates
 * thousands only between groups of three ("1 2 3" is no number). Full-width and Arabic-Indic digits
 * count as digits ("١٤٠٠٠"). Null when it is no finite number ("1e309", "NaN", "0x10").
 */
export function parseGermanNumber(input: string): number | null {
  const text = input
    .normalize("NFKC") // full-width digits and signs; no-break and thin spaces become spaces
    .trim()
    .replace(ARABIC_DIGITS, arabicDigitValue)
    .replace(/\u066b/g, ",") // Arabic decimal separator
    .replace(/\u066c/g, ".") // Arabic thousands separator
    .replace(/^[\u2212\u2013]/, "-"); // minus sign, en dash
  const sign = /^[+-]/.test(text) ? text[0]! : "";
  const digits = text.slice(sign.length);
  if (digits === "") return null;
  let normalized: string;
  if (/^\d{1,3}([\s'’]\d{3})+(,\d+)?$/.test(digits)) {
    normalized = digits.replace(/[\s'’]/g, "").replace(",", ".");
  } else if (digits.includes(",")) {
    if (!/^\d{1,3}(\.\d{3})*,\d+$|^\d+,\d+$/.test(digits)) return null;
    normalized = digits.replace(/\./g, "").replace(",", ".");
  } else if (/^\d{1,3}(\.\d{3})+$/.test(digits)) {
    normalized = digits.replace(/\./g, "");
  } else if (/^(\d+(\.\d+)?|\.\d+)$/.test(digits)) {
    normalized = digits;
  } else {
    return null;
  }
  const value = Number(sign + normalized);
  return Number.isFinite(value) ? value : null;
}

/** Unit words and the signs or short forms a learner may type for them. */
const UNIT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  prozent: ["%", "proz."],
  euro: ["€", "eur"],
  dollar: ["$", "usd", "us-dollar"],
  millionen: ["mio", "mio.", "million"],
  milliarden: ["mrd", "mrd.", "milliarde"],
  billionen: ["billion"],
  kilometer: ["km"],
  meter: ["m"],
  grad: ["°", "°c"],
  tonnen: ["t"],
};

const unitWords = (text: string) =>
  text
    .normalize("NFKC")
    .toLocaleLowerCase("de")
    .replace(/(\d)\s*(%|€|\$|°)/gu, "$1 $2")
    .split(/\s+/u)
    .filter((word) => word !== "");

/** The endings of a German noun's (or adjective's) case forms that leave its stem as it is: Jahr, Jahre, Jahren, Jahres, Jahrs. */
const CASE_ENDINGS = ["es", "en", "e", "n", "s"] as const;
/** Shorter stems are left alone: the endings would make different short words one. */
const MIN_STEM_LETTERS = 3;

/** The word and what it is without one case ending ("jahren": jahren, jahre, jahr). */
function stemsOf(word: string): string[] {
  const stems = [word];
  for (const ending of CASE_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM_LETTERS) stems.push(word.slice(0, -ending.length));
  }
  return stems;
}

/** Whether two words are case forms of one word: the same stem, each with one case ending or none ("Jahre" and "Jahren"). */
export function sameWordInAnotherCase(typed: string, expected: string): boolean {
  const expectedStems = stemsOf(expected);
  return stemsOf(typed).some((stem) => expectedStems.includes(stem));
}

/** Whether a typed word stands for the unit's word: the word in any case form, its sign or short form. */
function sameUnitWord(typed: string, expected: string): boolean {
  return typed === expected || (UNIT_ALIASES[expected]?.includes(typed) ?? false) || sameWordInAnotherCase(typed, expected);
}

/** Whether `typed` is the unit or its first words ("Millionen" for "Millionen Euro"), or the sign for it ("%"). */
function isUnit(typed: string, unit: string | undefined): boolean {
  if (!unit) return false;
  const expected = unitWords(unit);
  const given = unitWords(typed.replace(/\.$/u, ""));
  return given.length > 0 && given.length <= expected.length && given.every((word, index) => sameUnitWord(word, expected[index]!));
}

const LEADING_FIGURE = /^[+\-\u2212\u2013]?[\d\u0660-\u0669\u06f0-\u06f9][\d\u0660-\u0669\u06f0-\u06f9.,'’\u066b\u066c ]*/u;

/** Number words a learner may type for a figure ("sieben", "zwölf Prozent"): the extractor's, with the small ones it leaves out. */
const ANSWER_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([...Object.entries({ null: 0, eins: 1, ein: 1, eine: 1 }), ...NUMBER_WORDS]);
/** The ones of a compound number word: before "und" ("dreiundachtzig"), "hundert" and "tausend" ("einhundert"). */
const COMPOUND_ONES: ReadonlyMap<string, number> = new Map(
  Object.entries({ ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 }),
);

/** A number word below 100: one of the words ("zwölf", "vierzig") or ones "und" tens ("dreiundachtzig"). */
function belowHundred(word: string): number | undefined {
  const direct = ANSWER_NUMBER_WORDS.get(word);
  if (direct !== undefined) return direct < 100 ? direct : undefined;
  const and = word.indexOf("und");
  const ones = COMPOUND_ONES.get(word.slice(0, and));
  const tens = ANSWER_NUMBER_WORDS.get(word.slice(and + 3));
  return and > 0 && ones !== undefined && tens !== undefined && tens >= 20 && tens < 100 && tens % 10 === 0 ? ones + tens : undefined;
}

/** A number word below 1,000: "hundert", "zweihundertdreiundvierzig", "hunderteins", or one below 100. */
function belowThousand(word: string): number | undefined {
  const at = word.indexOf("hundert");
  if (at < 0) return belowHundred(word);
  const hundreds = at === 0 ? 1 : COMPOUND_ONES.get(word.slice(0, at));
  const rest = word.slice(at + "hundert".length);
  const below = rest === "" ? 0 : belowHundred(rest);
  return hundreds === undefined || below === undefined ? undefined : hundreds * 100 + below;
}

/**
 * A German number word as one word, as a learner may type it for any figure below a million: "dreiundachtzig",
 * "fünfzehntausend", "zweihunderttausendeins". Written without ß ("dreissig") too.
 */
export function numberWordValue(typed: string): number | undefined {
  const word = typed.toLocaleLowerCase("de").replace(/ss/g, "ß");
  const at = word.indexOf("tausend");
  if (at < 0) return belowThousand(word);
  const thousands = at === 0 ? 1 : belowThousand(word.slice(0, at));
  const rest = word.slice(at + "tausend".length);
  const below = rest === "" ? 0 : belowThousand(rest);
  return thousands === undefined || thousands === 0 || below === undefined ? undefined : thousands * 1000 + below;
}

/** Scale words a learner may type after a figure: the extractor's, and "Tsd." for "Tausend", which texts rarely write. */
const ANSWER_SCALE_WORDS: ReadonlyMap<string, number> = new Map([...SCALE_WORDS, ["tsd.", 1e3], ["tsd", 1e3]]);

/**
 * A figure and what follows it: nothing, the question's unit, or a scale word and then nothing or the unit ("15 Tausend",
 * "zwei Millionen Euro" where the unit does not begin with the scale word). Null where anything else follows.
 */
function withWhatFollows(value: number, rest: string, unit: string | undefined): number | null {
  const after = rest.trim();
  if (after === "" || isUnit(after, unit)) return value;
  const [scaleWord = "", ...words] = after.split(/\s+/u);
  const scale = ANSWER_SCALE_WORDS.get(scaleWord.toLocaleLowerCase("de"));
  if (scale === undefined) return null;
  const unitAfter = words.join(" ");
  // As the extractor scales a figure: no float residue ("1,1 Millionen" is 1100000, not 1100000.0000000002).
  return unitAfter === "" || isUnit(unitAfter, unit) ? Number((value * scale).toPrecision(12)) : null;
}

/** A figure typed as a German number word, alone or with the question's unit or a scale word; null otherwise. */
function numberWordAnswer(text: string, unit: string | undefined): number | null {
  const [word = "", ...words] = text.split(/\s+/u);
  const value = numberWordValue(word);
  return value === undefined ? null : withWhatFollows(value, words.join(" "), unit);
}

/** "rund 40", "etwa 250", "ca. 15.000": the text's own hedge before a figure, typed along with it. */
const APPROXIMATELY = /^(?:rund|etwa|ca\.|circa|zirka|ungefähr)\s+/iu;

/** Any hedge word at the start ("mehr als", "bis zu", "knapp"), longer ones tried first. */
const HEDGE_AT_START = new RegExp(`^(${alternation(HEDGES)})\\s+`, "iu");

/**
 * The hedge the text puts before a question's figure, as its answer reads ("mehr als 700 Instituten": "mehr als"). A
 * learner who types it along with the figure copies the gap sentence ("mit mehr als ___ Instituten"); a bound of their
 * own stays refused ("unter 700" says something else than 700).
 */
export function textsHedge(answerText: string): string | undefined {
  return HEDGE_AT_START.exec(answerText)?.[1]?.toLocaleLowerCase("de");
}

/**
 * A typed figure, in digits or as a German number word, possibly followed by the question's unit or a scale word ("83
 * Staaten", "1,8 Mio.", "62 %", "sieben", "dreiundachtzig", "15 Tausend", "83."). Null when it is no number or something
 * other than the unit follows.
 */
export function parseNumericAnswer(input: string, unit?: string, hedge?: string): number | null {
  const typed = input.normalize("NFKC").trim();
  const typedHedge = HEDGE_AT_START.exec(typed);
  const withoutHedge = hedge !== undefined && typedHedge?.[1]?.toLocaleLowerCase("de") === hedge ? typed.slice(typedHedge[0].length) : typed;
  // "83." as typed with a full stop: no ordinal in an answer field.
  const text = withoutHedge.replace(APPROXIMATELY, "").replace(/(?<=\d)\.$/u, "");
  const direct = parseGermanNumber(text);
  if (direct !== null) return direct;
  const figure = LEADING_FIGURE.exec(text)?.[0].trimEnd();
  if (!figure) return numberWordAnswer(text, unit);
  const value = parseGermanNumber(figure);
  return value === null ? null : withWhatFollows(value, text.slice(figure.length), unit);
}

/** A gap answer needs this many letters before one typo is forgiven. */
export const TYPO_MIN_LETTERS = 5;

/** Whether two strings differ by at most one insertion, deletion, substitution or swap of neighbours (Damerau-Levenshtein, optimal string alignment). */
export function withinOneEdit(a: string, b: string): boolean {
  // One edit changes the length by two code units at most (a surrogate pair for a single one): most words
  // compared are further apart than that, and are ruled out before their characters are listed.
  if (Math.abs(a.length - b.length) > 2) return false;
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > 1) return false;
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const restX = endX - start;
  const restY = endY - start;
  if (restX <= 1 && restY <= 1) return true; // one substitution, insertion or deletion (or none)
  return restX === 2 && restY === 2 && x[start] === y[start + 1] && x[start + 1] === y[start]; // neighbours swapped
}

const letterCount = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
const digitsOf = (text: string) => text.replace(/\D/gu, "");

/** "Monte dei Paschi di Siena (MPS)": a name, and in brackets after it an abbreviation of it (no space, two capitals). */
const NAME_WITH_ABBREVIATION = /^(\p{Lu}.*?)\s*\((\p{Lu}[^\s()]*\p{Lu}[^\s()]*)\)$/u;

/**
 * The forms of the same name a spelling with its abbreviation in brackets holds: the name alone and the abbreviation
 * alone ("Monte dei Paschi di Siena", "MPS"), both as the text writes them. Only an abbreviation that starts as the name
 * does: "Wien (Österreich)" names two places, not one twice.
 */
function bracketedForms(spelling: string): string[] {
  const match = NAME_WITH_ABBREVIATION.exec(spelling.trim());
  if (!match) return [];
  const [, name = "", abbreviation = ""] = match;
  return name.charAt(0).toLocaleLowerCase("de") === abbreviation.charAt(0).toLocaleLowerCase("de") ? [name, abbreviation] : [];
}

/**
 * Which accepted spelling a gap answer matches: exactly (after normalisation), or with one typo when the
 * spelling is long enough and the answer is no other word of the text (otherWords). Undefined when it matches none.
 */
export function matchClozeAnswer(question: Extract<Question, { type: "cloze" }>, text: string): { accepted: string; exact: boolean } | undefined {
  const given = normalizeClozeText(text);
  if (given === "") return undefined;
  const spellings = [question.answer, ...question.accept];
  const accepted = [...spellings, ...spellings.flatMap(bracketedForms)];
  const exact = accepted.find((spelling) => normalizeClozeText(spelling) === given);
  if (exact !== undefined) return { accepted: exact, exact: true };
  // Typed as the text writes it, name and abbreviation ("Monte dei Paschi di Siena (MPS)" where the gap asks "MPS").
  const typedForms = bracketedForms(text);
  const spelledBoth =
    typedForms.length > 0 && typedForms.every((form) => accepted.some((spelling) => normalizeClozeText(spelling) === normalizeClozeText(form)));
  if (spelledBoth) return { accepted: question.answer, exact: true };
  if (question.otherWords?.some((word) => normalizeClozeText(word) === given)) return undefined;
  const near = accepted.find((spelling) => {
    const wanted = normalizeClozeText(spelling);
    // Letters as the text writes them: "Köln" has four, not the five of "koeln".
    return letterCount(spelling) >= TYPO_MIN_LETTERS && digitsOf(wanted) === digitsOf(given) && withinOneEdit(wanted, given);
  });
  return near === undefined ? undefined : { accepted: near, exact: false };
}

const EDGE_PUNCTUATION = /^[\s"'„“”‚‘’«».,;:!?]+|[\s"'„“”‚‘’«».,;:!?]+$/g;

/** Umlauts and ß as German writes them without (a keyboard without them, Swiss spelling): "Aussenminister", "Mueller". */
const UMLAUT_SPELLINGS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/**
 * Cloze text for comparison: case-folded, whitespace folded, thousands separators and edge punctuation dropped,
 * umlauts and ß spelled out (UMLAUT_SPELLINGS).
 */
export function normalizeClozeText(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("de")
    .replace(/[äöüß]/g, (letter) => UMLAUT_SPELLINGS[letter]!)
    .replace(SPACES, " ")
    .replace(EDGE_PUNCTUATION, "")
    .replace(/(\d)[. \u00a0\u202f\u2009'](?=\d{3}(?!\d))/g, "$1");
}

/** The score of a response, from 0 to 1. A response of another type than the question scores 0. */
export function gradeAnswer(question: Question, response: LearnerResponse): number {
  switch (question.type) {
    case "single":
      return response.type === "single" && response.choice === question.answer ? 1 : 0;
    case "multi": {
      if (response.type !== "multi") return 0;
      const picks = new Set(response.choices);
      const rightPicks = question.answers.filter((id) => picks.has(id)).length;
      const wrongPicks = [...picks].filter((id) => !question.answers.includes(id)).length;
      return Math.max(0, (rightPicks - wrongPicks) / question.answers.length);
    }
    case "numeric":
      return response.type === "numeric" && question.min <= response.value && response.value <= question.max ? 1 : 0;
    case "truefalse":
      return response.type === "truefalse" && response.value === question.answer ? 1 : 0;
    case "cloze":
      return response.type === "cloze" && matchClozeAnswer(question, response.text) !== undefined ? 1 : 0;
  }
}

/** Fully right (a partly right multiple select is not). */
export const isCorrect = (score: number) => score >= 1;
