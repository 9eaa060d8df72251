/**
 * A teacher's quiz of an own text (drawCurated): the question of whom a deed concerned ("Wen hat Sabine Hofer laut Text
 * ... beauftragt?") yields its sentence to the deed's statement in the teacher's order, but where an attempt cannot ask
 * that statement (it has its statements, or it would tip true and false), it asks the question of whom in its place,
 * never both; the attempt keeps its size. The review says so at the question (curatedChoice's standsIn).
 */
import { describe, expect, it } from "vitest";
import { balancedStatements, curatedChoice, drawCurated } from "../../../src/bank/quiz";
import { prepareOwnText } from "../../../src/worker/own-texts/prepare";
import allgaeu from "../../fixtures/own-texts/bahnausbau-allgaeu.txt?raw";

const prepared = prepareOwnText("t_00000000000000aa", { text: allgaeu });
if (!prepared.ok) throw new Error(prepared.message);
const pool = prepared.questions;
const asksWhom = (stem: string) => /^W(?:en|em) /u.test(stem);
const SEEDS = Array.from({ length: 120 }, (_, index) => `versuch-${index}`);

describe("the question of whom a deed concerned, in a teacher's quiz", () => {
  const { kept, leftOut } = curatedChoice(pool);
  const standing = leftOut.filter((out) => out.standsIn);

  it("stands in for its deed's statement, which wins its sentence in the teacher's order", () => {
    expect(standing.map((out) => out.question.stem)).toContain("Wen hat Sabine Hofer laut Text mit der Leitung der Planung beauftragt?");
    for (const { question, yieldsTo } of standing) {
      expect(asksWhom(question.stem), question.stem).toBe(true);
      expect(yieldsTo.type).toBe("truefalse");
      expect(yieldsTo.fact).toBe(question.fact);
      expect(kept).toContain(yieldsTo);
    }
  });

  it("is asked where an attempt cannot ask the statement, never beside it, the attempt as long and as balanced as before", () => {
    const size = Math.min(prepared.quizSize, kept.length);
    let asked = 0;
    for (const seed of SEEDS) {
      const quiz = drawCurated(pool, { seed, size: prepared.quizSize });
      expect(quiz).toHaveLength(size);
      expect(balancedStatements(quiz), seed).toBe(true);
      for (const { question, yieldsTo } of standing) {
        if (!quiz.includes(question)) continue;
        asked++;
        expect(quiz, seed).not.toContain(yieldsTo);
      }
      // One question per sentence asked.
      const sentences = quiz.map((question) => question.sentenceStart ?? question.evidence.start);
      expect(new Set(sentences).size, seed).toBe(quiz.length);
    }
    expect(asked, "attempts that ask whom a deed concerned").toBeGreaterThan(SEEDS.length / 20);
  });
});
