/**
 * Each question type end to end through the Worker and D1: render the question, answer it, grading,
 * the stored row, and reading it back on the feedback, results and progress pages. Expected answers
 * come from the bank, never from this file.
 */
import { describe, expect, it } from "vitest";
import { listDocuments, quizPool } from "../../../src/bank";
import { QUESTION_TYPES, type Question, type QuestionType } from "../../../src/bank/schema";
import { correctAnswerText } from "../../../src/worker/quiz/describe";
import { attemptWith, rightForm, storedAnswers, wrongForm } from "./client";
import { Browser, escapeHtml, redirectTarget, visibleText } from "../browser";

/** The first question of each type in the bank. */
function firstOfType(type: QuestionType): Question | undefined {
  return listDocuments()
    .flatMap((document) => quizPool(document.id))
    .find((question) => question.type === type);
}

/** The form controls a learner needs for this question type. */
function expectAnswerControls(html: string, question: Question) {
  switch (question.type) {
    case "single":
    case "multi": {
      const inputType = question.type === "single" ? "radio" : "checkbox";
      for (const option of question.options) {
        expect(html).toContain(`type="${inputType}" name="antwort" value="${option.id}"`);
        expect(html).toContain(escapeHtml(option.text));
      }
      break;
    }
    case "truefalse":
      expect(html).toContain(escapeHtml(question.statement));
      expect(html).toContain('type="radio" name="antwort" value="wahr"');
      expect(html).toContain('type="radio" name="antwort" value="falsch"');
      break;
    case "numeric":
      expect(html).toMatch(/<input id="antwort" name="antwort" type="text" inputmode="decimal"/);
      break;
    case "cloze":
      expect(html).toContain(escapeHtml(question.before));
      expect(html).toContain(escapeHtml(question.after));
      expect(html).toMatch(/<input id="antwort" name="antwort" type="text"/);
      break;
  }
}

describe.each(QUESTION_TYPES)("question type %s", (type) => {
  const found = firstOfType(type);

  it("renders, grades a right answer, stores it and reads it back", async () => {
    expect(found, `the bank has a ${type} question`).toBeDefined();
    const question = found!;
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [question]);
    const questionPath = `/versuch/${attemptId}/frage/1`;

    const asked = await learner.page(questionPath);
    expect(asked.html).toContain(escapeHtml(question.stem));
    expect(asked.html).toContain(`<form method="post" action="${questionPath}"`);
    expectAnswerControls(asked.html, question);

    const answered = await learner.post(questionPath, rightForm(question));
    expect(redirectTarget(answered)).toBe(questionPath);

    const [stored] = await storedAnswers(attemptId);
    expect(stored).toMatchObject({ questionId: question.id, score: 1 });
    expect((stored!.response as { type: string }).type).toBe(type);

    const feedback = await learner.page(questionPath);
    const text = visibleText(feedback.html);
    expect(text).toContain("Richtig!");
    expect(text).toContain(`Richtige Antwort ${correctAnswerText(question)}`);
    expect(feedback.html).toContain(`<mark>${escapeHtml(question.evidence.quote)}</mark>`);
    expect(feedback.html).toContain(
      `href="/texte/${question.evidence.documentId}?von=${question.evidence.start}&amp;bis=${question.evidence.end}#${question.evidence.passageId}"`,
    );

    const results = visibleText((await learner.page(`/versuch/${attemptId}/ergebnis`)).html);
    expect(results).toContain(`Richtig ${question.stem}`);
  });

  it("grades a wrong answer, shows the right one, and lists the question to retry", async () => {
    expect(found, `the bank has a ${type} question`).toBeDefined();
    const question = found!;
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [question]);
    const questionPath = `/versuch/${attemptId}/frage/1`;
    const wrong = wrongForm(question);

    expect(redirectTarget(await learner.post(questionPath, wrong.form))).toBe(questionPath);
    const [stored] = await storedAnswers(attemptId);
    expect(stored?.score).toBeCloseTo(wrong.score);

    const feedback = visibleText((await learner.page(questionPath)).html);
    expect(feedback).toMatch(wrong.score > 0 ? /Teilweise richtig/ : /Falsch\./);
    expect(feedback).toContain(`Richtige Antwort ${correctAnswerText(question)}`);

    const progress = visibleText((await learner.page("/fortschritt")).html);
    expect(progress).toContain("Falsch beantwortete Fragen");
    expect(progress).toContain(question.stem);

    // Retrying the wrong questions starts an attempt with exactly this one; answering right clears it.
    const retry = redirectTarget(await learner.post("/fortschritt/wiederholen"));
    const retryAttempt = retry.split("/").pop()!;
    expect(redirectTarget(await learner.post(`/versuch/${retryAttempt}/frage/1`, rightForm(question)))).toBe(`/versuch/${retryAttempt}/frage/1`);
    const after = visibleText((await learner.page("/fortschritt")).html);
    expect(after).toContain("Keine: Deine letzte Antwort auf jede Frage war richtig.");
  });
});
