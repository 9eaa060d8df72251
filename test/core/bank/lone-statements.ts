/**
 * For the draw's lone statements (the lead's main event, a salient claim): how a quiz short of the floor asks a fact
 * whose only forms are a true statement and its denial, over many seeds.
 */
import { expect } from "vitest";
import { drawQuiz } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";

export const SEEDS = Array.from({ length: 40 }, (_, index) => `seed-${index}`);

/**
 * Draws a quiz per seed from the two statements and the gaps, expects each to ask exactly one of the statements beside
 * every gap, and expects the true one asked for some seeds and the false one for others (each side for a quarter of
 * the seeds at least).
 */
export function expectOneSideBySeed(told: Question, denied: Question, gaps: readonly Question[]): void {
  const asked = SEEDS.map((seed) => {
    const quiz = drawQuiz([told, denied, ...gaps], { seed });
    const statements = quiz.filter((question) => question.type === "truefalse");
    expect(statements, seed).toHaveLength(1);
    expect(
      quiz.map((question) => question.id),
      seed,
    ).toEqual(expect.arrayContaining(gaps.map((gap) => gap.id)));
    return statements[0]!.id;
  });
  const trues = asked.filter((id) => id === told.id).length;
  expect(trues).toBeGreaterThan(SEEDS.length / 4);
  expect(trues).toBeLessThan((SEEDS.length * 3) / 4);
}

/** Expects no statement in the quiz of any of the first eight seeds. */
export function expectNoStatement(pool: readonly Question[]): void {
  for (const seed of SEEDS.slice(0, 8)) {
    const quiz = drawQuiz(pool, { seed });
    expect(
      quiz.some((question) => question.type === "truefalse"),
      seed,
    ).toBe(false);
  }
}
