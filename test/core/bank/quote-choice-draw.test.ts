/** A quote's true and false statement side by side as a choice ("Was trifft laut Text zu?") only fills a quiz up to the floor. */
import { describe, expect, it } from "vitest";
import { drawCurated, drawQuiz, QUIZ_FLOOR } from "../../../src/bank/quiz";
import { Question } from "../../../src/bank/schema";

const evidenceAt = (start: number) => ({ documentId: "doc", passageId: "p1", start, end: start + 10, quote: "x".repeat(10) });
const base = (index: number, topic: string, salience: number) => ({
  id: `q_${index.toString(16).padStart(16, "0")}`,
  documentId: "doc",
  topic,
  stem: "Stimmt diese Aussage laut Text?",
  fact: `f${index}`,
  salience,
  evidence: evidenceAt(index * 100),
  moreEvidence: [],
});
const WORDS = ["Hafen", "Brücke", "Tunnel", "Schleuse", "Bahnhof", "Flughafen"];
const statement = (index: number, truth: boolean) =>
  Question.parse({
    ...base(index, "quote", 0.8),
    type: "truefalse",
    statement: `Sprecherin ${index} sagte: „Der ${WORDS[index]} wird gebaut“`,
    answer: truth,
    ...(truth ? {} : { correction: `Sprecher ${index} sagte es.` }),
  });
const gap = (index: number) =>
  Question.parse({
    ...base(index, "place", 0.7),
    stem: "Welcher Ort fehlt in diesem Satz?",
    type: "cloze",
    before: `Satz ${index} in `,
    after: ".",
    answer: `Ort${index}`,
    accept: [],
  });
const choice = Question.parse({
  ...base(9, "quote", 0.9),
  stem: "Was trifft laut Text zu?",
  type: "single",
  options: [
    { id: "a", text: "Anna Gruber sagte: „Die Schule kommt“" },
    { id: "b", text: "Maria Huber sagte: „Die Schule kommt“" },
  ],
  answer: "a",
});

describe("a quote's choice in the draw", () => {
  it("is not asked where the quiz reaches the floor with other questions, and fills a quiz short of it", () => {
    const full = [statement(1, true), statement(2, false), statement(3, true), statement(4, false), gap(5), gap(6), choice];
    const quiz = drawQuiz(full, { seed: "s" });
    expect(quiz.length).toBeGreaterThanOrEqual(QUIZ_FLOOR);
    expect(quiz.map((question) => question.id)).not.toContain(choice.id);
    const short = [gap(5), gap(6), gap(7), choice];
    expect(drawQuiz(short, { seed: "s" }).map((question) => question.id)).toContain(choice.id);
  });
});

describe("a quote's choice in a teacher's quiz (drawCurated)", () => {
  it("gives way to a statement of the same quote, though it stands before it in the pool", () => {
    const sameQuote = (question: Question) => Question.parse({ ...question, fact: "quote:1", evidence: evidenceAt(100) });
    const pool = [sameQuote(choice), sameQuote(statement(1, true)), sameQuote(statement(1, false)), gap(5), gap(6)];
    for (const seed of ["a", "b", "c", "d"]) {
      const ids = drawCurated(pool, { seed, size: pool.length }).map((question) => question.id);
      expect(ids).not.toContain(choice.id);
      expect(ids.some((id) => id === statement(1, true).id || id === statement(1, false).id)).toBe(true);
    }
  });

  it("is asked where the teacher kept no statement of its quote", () => {
    const pool = [choice, gap(5), gap(6)];
    expect(drawCurated(pool, { seed: "a", size: 3 }).map((question) => question.id)).toContain(choice.id);
  });
});
