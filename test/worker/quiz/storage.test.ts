/**
 * D1 costs on the learner's paths: one answer writes at most 3 rows (index entries included: the answer,
 * its index entry, the review card), a repeated submission writes none and keeps the first answer, and
 * no read scans a table.
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { defaultQuiz, listDocuments } from "../../../src/bank";
import { database } from "../../../src/db";
import { learnerOwnTextsQuery } from "../../../src/worker/content";
import { startAttempt } from "../../../src/worker/quiz/attempts";
import { learnerQueries, recordAnswer } from "../../../src/worker/quiz/store";
import type { StoredCard } from "../../../src/worker/review/cards";
import { rightForm, storedAnswers, wrongForm } from "./client";
import { Browser, redirectTarget, visibleText } from "../browser";

// A fresh learner's first round of a text's quiz is the text's default quiz.
const documentId = listDocuments().find((document) => defaultQuiz(document.id).length >= 2)!.id;
const firstQuestion = defaultQuiz(documentId)[0]!;
const db = database(env.DB);

async function learnerOf(attemptId: string): Promise<string> {
  const row = await env.DB.prepare("select learner_id from attempts where id = ?").bind(attemptId).first<{ learner_id: string }>();
  return row!.learner_id;
}

it("recording an answer writes 3 rows (row + unique index entry + review card), a second answer 3 again; the same again writes 0", async () => {
  const learner = new Browser();
  const attemptId = await learner.startQuiz(documentId);
  const learnerId = await learnerOf(attemptId);
  const secondQuestion = defaultQuiz(documentId)[1]!;
  const answer = { learnerId, attemptId, question: firstQuestion, response: { type: "cloze" as const, text: "x" }, score: 0 };

  expect(await recordAnswer(db, answer)).toBeLessThanOrEqual(3);
  expect(await recordAnswer(db, answer)).toBe(0);
  expect(await recordAnswer(db, { ...answer, score: 1 })).toBe(0);
  // The learner row already holds a card now: adding the second one costs the same.
  expect(await recordAnswer(db, { ...answer, question: secondQuestion })).toBeLessThanOrEqual(3);
  expect(await storedAnswers(attemptId)).toEqual([
    { questionId: firstQuestion.id, response: answer.response, score: 0 },
    { questionId: secondQuestion.id, response: answer.response, score: 0 },
  ]);
  const cards = await reviewCards(learnerId);
  expect(Object.keys(cards).sort()).toEqual([firstQuestion.id, secondQuestion.id].sort());
  expect(cards[firstQuestion.id]!.reps, "the repeats did not review the card again").toBe(1);
});

it("an answer to a question that already has a card (a later quiz) writes 3 rows too", async () => {
  const learner = new Browser();
  const first = await learner.startQuiz(documentId);
  const learnerId = await learnerOf(first);
  const response = { type: "cloze" as const, text: "x" };
  const written = [await recordAnswer(db, { learnerId, attemptId: first, question: firstQuestion, response, score: 0 })];
  const second = await startAttempt(db, learnerId, documentId, () => [firstQuestion.id]);
  written.push(await recordAnswer(db, { learnerId, attemptId: second, question: firstQuestion, response, score: 1 }));
  console.log("rows written per answer (new card, card reviewed again)", written);
  expect(written).toEqual([3, 3]);
  expect((await reviewCards(learnerId))[firstQuestion.id]!.reps).toBe(2);
});

async function reviewCards(learnerId: string): Promise<Record<string, StoredCard>> {
  const row = await env.DB.prepare("select review_cards from learners where id = ?").bind(learnerId).first<{ review_cards: string }>();
  return JSON.parse(row!.review_cards) as Record<string, StoredCard>;
}

/** Rows per table, over every table of the app. */
async function rowCounts(): Promise<Record<string, number>> {
  const { results: tables } = await env.DB.prepare(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%' and name <> 'd1_migrations'",
  ).all<{ name: string }>();
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = (await env.DB.prepare(`select count(*) as n from "${name}"`).first<{ n: number }>())!.n;
  return counts;
}

it("answering through the Worker adds one answer row and, for the address's first practice answer, its answer counter; no other table changes", async () => {
  const learner = new Browser();
  const attemptId = await learner.startQuiz(documentId);
  await learner.page(`/versuch/${attemptId}`); // the cookie key exists by now
  const before = await rowCounts();
  expect(redirectTarget(await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(firstQuestion)))).toBe(`/versuch/${attemptId}/frage/1`);
  await learner.page(`/versuch/${attemptId}/frage/1`);
  await learner.page("/fortschritt");
  const after = await rowCounts();
  expect(after).toEqual({ ...before, answers: before.answers! + 1, rate_limits: before.rate_limits! + 1 });
});

it("submitting twice (double click, retry, back button) records the first answer once", async () => {
  const learner = new Browser();
  const attemptId = await learner.startQuiz(documentId);
  const path = `/versuch/${attemptId}/frage/1`;

  const [first, second] = await Promise.all([learner.post(path, rightForm(firstQuestion)), learner.post(path, rightForm(firstQuestion))]);
  expect(redirectTarget(first)).toBe(path);
  expect(redirectTarget(second)).toBe(path);
  // Back button, the same answer again: its feedback.
  expect(redirectTarget(await learner.post(path, rightForm(firstQuestion)))).toBe(path);

  const stored = await storedAnswers(attemptId);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ questionId: firstQuestion.id, score: 1 });
});

it("another answer to an answered question (a second tab) is not stored, and its page says that the first one counts", async () => {
  const learner = new Browser();
  const attemptId = await learner.startQuiz(documentId);
  const path = `/versuch/${attemptId}/frage/1`;
  const firstTab = await learner.page(path);
  expect(redirectTarget(await learner.post(path, rightForm(firstQuestion)))).toBe(path);
  const rightFeedback = visibleText((await learner.page(path)).html);

  // The second tab still shows the question; a wrong answer sent from it.
  expect(firstTab.html).toContain('name="antwort"');
  const second = await learner.post(path, wrongForm(firstQuestion).form);
  expect(second.status).toBe(409);
  const page = visibleText(await second.text());
  const notice = /Diese Frage hattest du schon beantwortet, vielleicht in einem anderen Tab\. Es zählt deine erste Antwort: „[^“]+“\. /;
  expect(page).toMatch(notice);
  // Apart from that, the feedback of the first (right) answer, as on the question's own page.
  expect(page.replace(notice, "")).toBe(rightFeedback);
  expect(await storedAnswers(attemptId)).toMatchObject([{ questionId: firstQuestion.id, score: 1 }]);
});

it("starting the same quiz twice continues the unfinished attempt", async () => {
  const learner = new Browser();
  const first = await learner.startQuiz(documentId);
  expect(await learner.startQuiz(documentId)).toBe(first);
  const { results } = await env.DB.prepare("select id from attempts where learner_id = ?")
    .bind(await learnerOf(first))
    .all();
  expect(results).toHaveLength(1);
});

it("resumes an unfinished quiz at the first open question", async () => {
  const learner = new Browser();
  const attemptId = await learner.startQuiz(documentId);
  await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(firstQuestion));
  expect(redirectTarget(await learner.get(`/versuch/${attemptId}`))).toBe(`/versuch/${attemptId}/frage/2`);
  const catalog = await learner.page("/");
  expect(catalog.html).toContain(`href="/versuch/${attemptId}"`);
  expect(catalog.html).toContain(`1 von ${defaultQuiz(documentId).length} Fragen beantwortet`);
});

it("the reads on a learner's paths use indexes, never a table scan", async () => {
  const learner = new Browser();
  const attemptId = await learner.startQuiz(documentId);
  await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(firstQuestion));
  const learnerId = await learnerOf(attemptId);
  const queries = learnerQueries(db);
  const plans: Record<string, string[]> = {};
  for (const [name, query] of Object.entries({
    attempt: queries.attempt(attemptId, learnerId),
    answersOfAttempt: queries.answersOfAttempt(attemptId),
    closingDueDate: queries.closingDueDate(attemptId),
    attemptsOfLearner: queries.attemptsOfLearner(learnerId),
    answersOfLearner: queries.answersOfLearner(learnerId),
    reviewCards: queries.reviewCards(learnerId),
    ownTexts: learnerOwnTextsQuery(db, learnerId),
  })) {
    const { sql, params } = query.toSQL();
    const { results } = await env.DB.prepare(`explain query plan ${sql}`)
      .bind(...params)
      .all<{ detail: string }>();
    plans[name] = results.map((row) => row.detail);
  }
  console.log("query plans", JSON.stringify(plans, null, 2));
  for (const [name, details] of Object.entries(plans)) {
    expect(details.length, name).toBeGreaterThan(0);
    for (const detail of details) expect(detail, name).not.toMatch(/^SCAN /);
  }
  expect(plans.attempt!.join()).toMatch(/SEARCH attempts USING INDEX sqlite_autoindex_attempts_1 \(id=\?\)/);
  expect(plans.closingDueDate!.join()).toMatch(/SEARCH attempts USING INDEX sqlite_autoindex_attempts_1 \(id=\?\)/);
  expect(plans.answersOfAttempt!.join()).toMatch(/SEARCH answers USING INDEX answers_attempt_question \(attempt_id=\?\)/);
  expect(plans.attemptsOfLearner!.join()).toMatch(/SEARCH attempts USING INDEX attempts_learner_created \(learner_id=\?\)/);
  expect(plans.answersOfLearner!.join()).toMatch(/SEARCH attempts USING INDEX attempts_learner_created \(learner_id=\?\)/);
  expect(plans.answersOfLearner!.join()).toMatch(/SEARCH answers USING INDEX answers_attempt_question \(attempt_id=\?\)/);
  expect(plans.ownTexts!.join()).toMatch(/SEARCH class_members USING (COVERING )?INDEX class_members_learner_class \(learner_id=\?\)/);
  expect(plans.ownTexts!.join()).toMatch(/SEARCH own_texts USING INDEX own_texts_class_created \(class_id=\?\)/);
  expect(plans.ownTexts!.join()).toMatch(/SEARCH own_questions USING INDEX own_questions_text_position \(text_id=\?/);
});
