/**
 * Grading, on the server only. The semantics are agreed with the generator:
 * single = option id; multi = partial credit max(0, (right picks - wrong picks) / right options);
 * numeric = min <= value <= max; truefalse = boolean; cloze = normalised text equals answer or accept[].
 */
import { z } from "zod";
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

/**
 * A number as Germans write it: "14.000", "1,8", "19 000", "1.234.567,5", "-3". A dot followed by
 * exactly three digits (in groups) separates thousands; otherwise it is taken as a decimal point
 * ("1.8"), as a learner with an English keyboard would mean it. Null when it is no number.
 */
export function parseGermanNumber(input: string): number | null {
  const compact = input.trim().replace(SPACES, "").replace(/^\u2212/, "-");
  if (compact === "") return null;
  let normalized: string;
  if (compact.includes(",")) {
    if (!/^[+-]?\d{1,3}(\.\d{3})*,\d+$|^[+-]?\d+,\d+$/.test(compact)) return null;
    normalized = compact.replace(/\./g, "").replace(",", ".");
  } else if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(compact)) {
    normalized = compact.replace(/\./g, "");
  } else if (/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(compact)) {
    normalized = compact;
  } else {
    return null;
  }
  const value = Number(normalized);
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
