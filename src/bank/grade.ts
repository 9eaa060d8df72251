/**
 * Grading, on the server only. The semantics are agreed with the generator:
 * single = option id; multi = partial credit max(0, (right picks - wrong picks) / right options);
 * numeric = min <= value <= max; truefalse = boolean; cloze = normalised text equals answer or accept[].
 */
import * as z from "zod";
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

const EDGE_PUNCTUATION = /^[\s"'„“”‚‘’«».,;:!?]+|[\s"'„“”‚‘’«».,;:!?]+$/g;

/** Cloze text for comparison: case-folded, whitespace folded, thousands separators and edge punctuation dropped. */
export function normalizeClozeText(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("de")
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
    case "cloze": {
      if (response.type !== "cloze") return 0;
      const given = normalizeClozeText(response.text);
      return given !== "" && [question.answer, ...question.accept].some((accepted) => normalizeClozeText(accepted) === given) ? 1 : 0;
    }
  }
}

/** Fully right (a partly right multiple select is not). */
export const isCorrect = (score: number) => score >= 1;
