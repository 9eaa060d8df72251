/**
 * A figure typed with the bound the text puts before it ("mehr als 2,3" where the text has "mehr als 2,3 Milliarden
 * Dollar", as the gap sentence reads "mehr als ___ Milliarden Dollar"): graded as the figure through the quiz route and
 * D1, not refused as "no number". A bound the text does not put there still gets the German 400.
 */
import { expect, it } from "vitest";
import { listDocuments, quizPool } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { Browser, redirectTarget, visibleText } from "../browser";
import { attemptWith, storedAnswers } from "./client";

type Numeric = Extract<Question, { type: "numeric" }>;

/** Bounds written out here, not taken from the app's word list. */
const BOUND = /^(mehr als|mindestens|bis zu|knapp|weniger als)\s/iu;

/** Bank questions whose figure the text gives with a bound before it. */
const bounded = listDocuments()
  .flatMap((document) => quizPool(document.id))
  .filter((question): question is Numeric => question.type === "numeric" && BOUND.test(question.answerText));

const germanNumber = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 6 });

it("counts the figure typed with the text's bound as the figure, and refuses another bound", async () => {
  expect(bounded.length).toBeGreaterThan(0);
  for (const question of bounded) {
    const bound = BOUND.exec(question.answerText)![1]!;
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [question]);
    const path = `/versuch/${attemptId}/frage/1`;
    const otherBound = bound.toLowerCase() === "weniger als" ? "mehr als" : "weniger als";
    const refused = await learner.post(path, { antwort: `${otherBound} ${germanNumber.format(question.answer)}` });
    expect(refused.status).toBe(400);
    expect(visibleText(await refused.text())).toContain("Bitte gib nur eine Zahl ein");

    const typed = `${bound.toLowerCase()} ${germanNumber.format(question.answer)}`;
    expect(redirectTarget(await learner.post(path, { antwort: typed }))).toBe(path);
    expect(await storedAnswers(attemptId), typed).toMatchObject([
      { questionId: question.id, score: 1, response: { type: "numeric", value: question.answer, typed } },
    ]);
    expect(visibleText((await learner.page(path)).html)).toContain("Richtig!");
  }
});

it("shows the right figure after a wrong answer with the bound the text gives it", async () => {
  for (const question of bounded) {
    const bound = BOUND.exec(question.answerText)![1]!.toLowerCase();
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [question]);
    const path = `/versuch/${attemptId}/frage/1`;
    const wrong = germanNumber.format(question.max * 10 + 7);
    expect(redirectTarget(await learner.post(path, { antwort: wrong }))).toBe(path);
    const feedback = visibleText((await learner.page(path)).html);
    expect(feedback, question.answerText).toMatch(new RegExp(`richtig ist ${bound} ${germanNumber.format(question.answer)}(?!\\d)`));
  }
});
