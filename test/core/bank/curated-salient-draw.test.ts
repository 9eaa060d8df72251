/**
 * A teacher's quiz of an own text (drawCurated) asks the main facts in nearly every attempt and still differs between
 * students: the questions that stand together are drawn by the seed with the more salient more likely (weighted
 * sampling without replacement), the limits of mixedChoice kept.
 */
import { describe, expect, it } from "vitest";
import { balancedStatements, curatedPool, drawCurated } from "../../../src/bank/quiz";
import { prepareOwnText } from "../../../src/worker/own-texts/prepare";
import hochwasser from "../../fixtures/own-texts/hochwasser-weissenfels.txt?raw";

const prepared = prepareOwnText("t_00000000000000ab", { text: hochwasser });
if (!prepared.ok) throw new Error(prepared.message);
const pool = prepared.questions;
const kept = curatedPool(pool);
const SEEDS = Array.from({ length: 200 }, (_, index) => `versuch-${index}`);
const SIZE = 5;
const bySalience = [...kept].sort((a, b) => b.salience - a.salience);

describe("the salient questions in a teacher's quiz", () => {
  const attempts = SEEDS.map((seed) => drawCurated(pool, { seed, size: SIZE }));

  it("asks the most salient question in at least 90 of 100 attempts, the least salient rarely", () => {
    // More questions stand together than an attempt asks: there is a draw to make.
    expect(kept.length).toBeGreaterThan(2 * SIZE);
    const main = bySalience[0]!;
    expect(main.salience).toBeGreaterThanOrEqual(0.8);
    const withMain = attempts.filter((quiz) => quiz.includes(main)).length;
    expect(withMain / SEEDS.length).toBeGreaterThanOrEqual(0.9);
    // Drawn uniformly, each of the five least salient would come into about SIZE / kept of the attempts.
    const fillers = bySalience.slice(-5);
    const withFiller = attempts.reduce((sum, quiz) => sum + fillers.filter((question) => quiz.includes(question)).length, 0);
    expect(withFiller / (fillers.length * SEEDS.length)).toBeLessThan(0.75 * (SIZE / kept.length));
  });

  it("still gives students attempts of their own, each of the teacher's size, one question per sentence, statements balanced", () => {
    const distinct = new Set(
      attempts.map((quiz) =>
        quiz
          .map((question) => question.id)
          .sort()
          .join(),
      ),
    );
    expect(distinct.size).toBeGreaterThanOrEqual(20);
    for (const [index, quiz] of attempts.entries()) {
      expect(quiz, SEEDS[index]).toHaveLength(SIZE);
      expect(balancedStatements(quiz), SEEDS[index]).toBe(true);
      expect(quiz.filter((question) => question.type === "truefalse").length, SEEDS[index]).toBeLessThanOrEqual(4);
      const sentences = quiz.map((question) => question.sentenceStart ?? question.evidence.start);
      expect(new Set(sentences).size, SEEDS[index]).toBe(quiz.length);
    }
    // The same seed, the same attempt (a reload).
    expect(drawCurated(pool, { seed: SEEDS[0]!, size: SIZE })).toEqual(attempts[0]);
  });

  it("asks the questions not asked before first, the most salient of them most often", () => {
    const askedBefore = new Set(bySalience.slice(0, 3).map((question) => question.id));
    const unasked = bySalience.filter((question) => !askedBefore.has(question.id));
    const later = SEEDS.map((seed) => drawCurated(pool, { seed, size: SIZE, avoid: askedBefore }));
    for (const quiz of later) expect(quiz.filter((question) => askedBefore.has(question.id))).toHaveLength(0);
    const withFirstUnasked = later.filter((quiz) => quiz.includes(unasked[0]!)).length;
    const withLastUnasked = later.filter((quiz) => quiz.includes(unasked.at(-1)!)).length;
    expect(withFirstUnasked).toBeGreaterThan(withLastUnasked);
  });
});
