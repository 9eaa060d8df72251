/**
 * A figure typed as a German number word ("sieben" for 7, "Zwölf Prozent"): graded on the server like the
 * digits, through the quiz route and D1; a word that is no number still gets the German 400.
 */
import { describe, expect, it } from "vitest";
import { listDocuments, quizPool } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { Browser, redirectTarget, visibleText } from "../browser";
import { attemptWith, storedAnswers } from "./client";

/** Written out here, not taken from the app's word list. */
const WORDS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];

type Numeric = Extract<Question, { type: "numeric" }>;

/** Bank questions whose figure is a whole number from 0 to 12. */
const small = listDocuments()
  .flatMap((document) => quizPool(document.id))
  .filter((question): question is Numeric => question.type === "numeric" && Number.isInteger(question.answer) && question.answer >= 0 && question.answer <= 12);

describe("a number word as a numeric answer", () => {
  it("counts as the figure, alone, capitalised or with the unit", async () => {
    expect(small.length).toBeGreaterThan(0);
    const question = small[0]!;
    const word = WORDS[question.answer]!;
    for (const typed of [word, word[0]!.toUpperCase() + word.slice(1), ...(question.unit ? [`${word} ${question.unit}`] : [])]) {
      const learner = new Browser();
      const attemptId = await attemptWith(learner, [question]);
      const path = `/versuch/${attemptId}/frage/1`;
      expect(redirectTarget(await learner.post(path, { antwort: typed }))).toBe(path);
      const [stored] = await storedAnswers(attemptId);
      expect(stored, typed).toMatchObject({ questionId: question.id, score: 1, response: { type: "numeric", value: question.answer, typed } });
      expect(visibleText((await learner.page(path)).html)).toContain("Richtig!");
    }
  });

  it("grades a wrong number word as wrong, and refuses a word that is no number", async () => {
    const question = small[0]!;
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [question]);
    const path = `/versuch/${attemptId}/frage/1`;
    const refused = await learner.post(path, { antwort: "siebenundvierzigtausend Äpfel" });
    expect(refused.status).toBe(400);
    expect(visibleText(await refused.text())).toContain("Bitte gib nur eine Zahl ein");
    expect(await storedAnswers(attemptId)).toEqual([]);
    const other = WORDS.find((_, value) => value < question.min || value > question.max)!;
    expect(redirectTarget(await learner.post(path, { antwort: other }))).toBe(path);
    expect(await storedAnswers(attemptId)).toMatchObject([{ score: 0, response: { value: WORDS.indexOf(other) } }]);
  });
});
