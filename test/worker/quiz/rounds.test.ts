/**
 * Quizzes drawn per attempt, through the Worker and D1: an attempt asks a selection of the text's pool,
 * the same on every reload; "Noch eine Runde" draws another one with questions not asked before; no
 * question shows the answer of another; options come in the attempt's own order and are graded by id.
 */
import { describe, expect, it } from "vitest";
import { getDocument, listDocuments, MIXED_QUIZ_ID, quizPool } from "../../../src/bank";
import { MIN_SALIENCE, QUIZ_FLOOR, QUIZ_MIN_SIZE, QUIZ_SIZE } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { attemptWith, questionsOfAttempt, rightForm, storedAnswers } from "./client";
import { Browser, redirectTarget, visibleText } from "../browser";

/** The text with the largest pool: enough for two rounds without repeats. */
const documentId = [...listDocuments()].sort((a, b) => quizPool(b.id).length - quizPool(a.id).length)[0]!.id;

/** The question on a page as the learner reads it: stem, statement or gap sentence; and its options apart. */
function questionParts(html: string): { text: string; options: string } {
  const form = /<form method="post"[^>]*class="question"[\s\S]*?<\/form>/u.exec(html)?.[0] ?? "";
  // The options are tiles inside the fieldset, up to its end (tiles nest their own elements).
  const choices = /<div class="choices[^"]*">[\s\S]*?<\/fieldset>/u.exec(form)?.[0] ?? "";
  const text = form.replace(choices, "").replace(/<p class="meta">[\s\S]*?<\/p>/u, "");
  return { text: visibleText(text), options: visibleText(choices) };
}

/** The option ids in the order the page shows them. */
const shownOptionIds = (html: string) => [...html.matchAll(/name="antwort" value="([a-z])"/gu)].map((match) => match[1]!);

/** What a learner must give or pick to be right, read from the bank. */
function answersOf(question: Question): string[] {
  switch (question.type) {
    case "single":
      return question.options.filter((option) => option.id === question.answer).map((option) => option.text);
    case "multi":
      return question.options.filter((option) => question.answers.includes(option.id)).map((option) => option.text);
    case "numeric":
      return [new Intl.NumberFormat("de-DE").format(question.answer)];
    case "cloze":
      return [question.answer];
    case "truefalse":
      return [];
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const showsWord = (text: string, word: string) => new RegExp(`(?<![\\p{L}\\p{N}.,])${escapeRegExp(word)}(?![\\p{L}\\p{N}]|[.,]\\d)`, "iu").test(text);

async function answerAll(learner: Browser, attemptId: string) {
  for (const [index, question] of (await questionsOfAttempt(attemptId)).entries()) {
    await learner.post(`/versuch/${attemptId}/frage/${index + 1}`, rightForm(question));
  }
}

describe("a text's quiz", () => {
  it("asks a selection of the pool, each fact and evidence sentence once, the same on reload", async () => {
    const learner = new Browser();
    const attemptId = await learner.startQuiz(documentId);
    const questions = await questionsOfAttempt(attemptId);
    const pool = quizPool(documentId);
    // As many as the pool has worth asking (salience from MIN_SALIENCE on, one per sentence), at least QUIZ_FLOOR.
    const salient = new Set(pool.filter((question) => question.salience >= MIN_SALIENCE).map((question) => question.evidence.start)).size;
    expect(questions.length).toBeGreaterThanOrEqual(Math.min(QUIZ_FLOOR, pool.length));
    expect(questions.length).toBeGreaterThanOrEqual(Math.min(QUIZ_MIN_SIZE, salient) - 3);
    expect(questions.length).toBeLessThanOrEqual(QUIZ_SIZE);
    expect(questions.length).toBeLessThan(pool.length);
    for (const question of questions) expect(pool).toContain(question);
    expect(new Set(questions.map((question) => question.fact)).size).toBe(questions.length);
    // One question per sentence asked about: where the evidence starts, or, for words that go on from the sentence
    // naming their speaker (shown with them as evidence), where their own sentence does.
    expect(new Set(questions.map((question) => question.sentenceStart ?? question.evidence.start)).size).toBe(questions.length);

    for (const position of [1, 2, questions.length]) {
      const first = await learner.page(`/versuch/${attemptId}/frage/${position}`);
      const again = await learner.page(`/versuch/${attemptId}/frage/${position}`);
      expect(again.html).toBe(first.html);
      expect(first.html).toContain(`data-question-id="${questions[position - 1]!.id}"`);
    }
  });

  // One test per quiz: a quiz is a dozen page loads, too many for one test's time on a loaded machine.
  it.each([...listDocuments().map((document) => document.id), MIXED_QUIZ_ID])(
    "shows no question's answer in another question of the same attempt, nor in the title (%s)",
    async (quizId) => {
      const learner = new Browser();
      const attemptId = await learner.startQuiz(quizId);
      const questions = await questionsOfAttempt(attemptId);
      const pages = await Promise.all(questions.map((_, index) => learner.page(`/versuch/${attemptId}/frage/${index + 1}`)));
      const parts = pages.map((page) => questionParts(page.html));
      for (const [index, question] of questions.entries()) {
        // Nor in the title the page shows above it (as "aus: <Titel>" in the mixed quiz): no answer to write stands there.
        const title = getDocument(question.documentId)!.title;
        if (question.type === "cloze" || question.type === "numeric")
          for (const answer of answersOf(question)) expect(showsWord(title, answer), `${quizId}: "${answer}" (${question.id}) in the title`).toBe(false);
        for (const [other, shown] of parts.entries()) {
          if (other === index) continue;
          for (const answer of answersOf(question)) {
            const context = `${quizId}: "${answer}" (${question.id}) shown by ${questions[other]!.id}`;
            expect(showsWord(shown.text, answer), context).toBe(false);
            // An answer to type in must not stand among another question's options either.
            if (question.type === "cloze" || question.type === "numeric") expect(showsWord(shown.options, answer), context).toBe(false);
          }
        }
      }
    },
  );

  it("'Noch eine Runde' draws other questions, preferring those not asked yet", async () => {
    const learner = new Browser();
    const firstId = await learner.startQuiz(documentId);
    await answerAll(learner, firstId);
    const results = await learner.page(`/versuch/${firstId}/ergebnis`);
    expect(visibleText(results.html)).toContain("Noch eine Runde");
    expect(results.html).toContain(`action="/versuch/${firstId}/noch-eine-runde"`);
    // Practice without a class leads back to the texts.
    expect(results.html).toContain('<a class="button secondary" href="/">Zu den Texten</a>');

    const secondId = redirectTarget(await learner.post(`/versuch/${firstId}/noch-eine-runde`))
      .split("/")
      .pop()!;
    expect(secondId).not.toBe(firstId);
    const first = await questionsOfAttempt(firstId);
    const second = await questionsOfAttempt(secondId);
    expect(second.length).toBeGreaterThan(0);
    // Mostly new questions: those asked before only where the new ones cannot all stand together (two
    // about one fact or sentence, one giving another's answer away).
    expect(second.filter((question) => !first.includes(question)).length).toBeGreaterThan(second.length / 2);

    // Asked again before answering (a double click): the same round continues.
    expect(redirectTarget(await learner.post(`/versuch/${firstId}/noch-eine-runde`))).toBe(`/versuch/${secondId}`);
    // A retry of wrong answers offers no new round.
    const retry = await attemptWith(learner, first.slice(0, 1));
    await learner.post(`/versuch/${retry}/frage/1`, rightForm(first[0]!));
    expect((await learner.page(`/versuch/${retry}/ergebnis`)).html).not.toContain("noch-eine-runde");
    expect((await learner.post(`/versuch/${retry}/noch-eine-runde`)).status).toBe(404);
  });

  it("says before a round that it will ask questions of earlier rounds, once the text has too few new ones", async () => {
    const learner = new Browser();
    let attemptId = await learner.startQuiz(documentId);
    const asked = new Set<string>();
    const notes: boolean[] = [];
    for (let round = 1; round <= 30; round++) {
      const questions = await questionsOfAttempt(attemptId);
      const repeats = questions.filter((question) => asked.has(question.id)).length;
      if (repeats > 0) {
        // The round before said so, and only that one: the rounds before it asked new questions alone.
        expect(notes.slice(0, -1)).not.toContain(true);
        expect(notes.at(-1)).toBe(true);
        return;
      }
      for (const question of questions) asked.add(question.id);
      await answerAll(learner, attemptId);
      const results = visibleText((await learner.page(`/versuch/${attemptId}/ergebnis`)).html);
      notes.push(results.includes("Neue Fragen gibt es zu diesem Text kaum noch"));
      attemptId = redirectTarget(await learner.post(`/versuch/${attemptId}/noch-eine-runde`))
        .split("/")
        .pop()!;
    }
    throw new Error("30 rounds without a question asked twice");
  });

  it("draws the mixed quiz anew for each attempt", async () => {
    const draws = new Set<string>();
    for (let learnerIndex = 0; learnerIndex < 3; learnerIndex++) {
      const learner = new Browser();
      const questions = await questionsOfAttempt(await learner.startQuiz(MIXED_QUIZ_ID));
      expect(new Set(questions.map((question) => question.documentId)).size).toBe(listDocuments().length);
      draws.add(questions.map((question) => question.id).join());
    }
    expect(draws.size).toBeGreaterThan(1);
  });
});

describe("options", () => {
  it("come in each attempt's own order, the same on reload, and are graded by their id", async () => {
    const single = listDocuments()
      .flatMap((document) => quizPool(document.id))
      .find((question): question is Extract<Question, { type: "single" }> => question.type === "single" && question.options.length === 4 && !question.ordered)!;
    const orders = new Set<string>();
    for (let attempt = 0; attempt < 6; attempt++) {
      const learner = new Browser();
      const attemptId = await attemptWith(learner, [single]);
      const page = await learner.page(`/versuch/${attemptId}/frage/1`);
      const order = shownOptionIds(page.html);
      expect([...order].sort()).toEqual(single.options.map((option) => option.id));
      expect(shownOptionIds((await learner.page(`/versuch/${attemptId}/frage/1`)).html)).toEqual(order);
      orders.add(order.join(""));
      await learner.post(`/versuch/${attemptId}/frage/1`, { antwort: single.answer });
      expect(await storedAnswers(attemptId)).toMatchObject([{ questionId: single.id, score: 1 }]);
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it("keep figures in ascending order", async () => {
    const figures = listDocuments()
      .flatMap((document) => quizPool(document.id))
      .find((question): question is Extract<Question, { type: "single" }> => question.type === "single" && question.ordered === true);
    expect(figures, "a choice between figures in the bank").toBeDefined();
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [figures!]);
    expect(shownOptionIds((await learner.page(`/versuch/${attemptId}/frage/1`)).html)).toEqual(figures!.options.map((option) => option.id));
  });
});
