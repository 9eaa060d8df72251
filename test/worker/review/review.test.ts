/**
 * Spaced repetition through the Worker: a wrong answer makes its card due 10 minutes later, the start
 * page counts it, "Wiederholen" asks it again, and a right answer there pushes it out further. Every
 * stored card is checked against ts-fsrs itself, run here with the same inputs (the Worker's
 * parameters, the times of the answers, the previous card). The clock is vitest's fake Date, which
 * the Worker shares (same isolate).
 */
import { env } from "cloudflare:test";
import { createEmptyCard, fsrs, Rating, type Card } from "ts-fsrs";
import { afterEach, expect, it, vi } from "vitest";
import { defaultQuiz, getQuestion, listDocuments, quizPool } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { REVIEW_PARAMETERS, type StoredCard } from "../../../src/worker/review/cards";
import { Browser, redirectTarget, visibleText } from "../browser";
import { rightForm, wrongForm } from "../quiz/client";

const MINUTE = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

function setClock(time: Date) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(time);
}

async function attemptRow(attemptId: string) {
  const row = await env.DB.prepare("select learner_id, question_ids from attempts where id = ?")
    .bind(attemptId)
    .first<{ learner_id: string; question_ids: string }>();
  return { learnerId: row!.learner_id, questionIds: JSON.parse(row!.question_ids) as string[] };
}

async function cardsOf(learnerId: string): Promise<Record<string, StoredCard>> {
  const row = await env.DB.prepare("select review_cards from learners where id = ?").bind(learnerId).first<{ review_cards: string }>();
  return JSON.parse(row!.review_cards) as Record<string, StoredCard>;
}

/** The fields of a ts-fsrs card that the Worker keeps. */
const kept = (card: Card) => ({
  due: card.due.getTime(),
  stability: card.stability,
  difficulty: card.difficulty,
  state: card.state,
  reps: card.reps,
  lapses: card.lapses,
  step: card.learning_steps,
  days: card.scheduled_days,
  last: card.last_review!.getTime(),
});

/** The first question of the attempt that a wrong answer scores 0 for (and no near miss: wrongForm's figure is far off). */
async function firstWrongable(attemptId: string): Promise<{ position: number; question: Question }> {
  const { questionIds } = await attemptRow(attemptId);
  const position = questionIds.findIndex((id) => wrongForm(getQuestion(id)!).score === 0) + 1;
  return { position, question: getQuestion(questionIds[position - 1]!)! };
}

it("answer wrong: due in 10 minutes; the review asks it; answer right: the interval grows, as ts-fsrs schedules it", async () => {
  const scheduler = fsrs(REVIEW_PARAMETERS);
  const documentId = listDocuments().find((document) => quizPool(document.id).length > 0)!.id;
  const learner = new Browser();
  const wrongAt = new Date("2026-05-04T08:00:00Z");
  setClock(wrongAt);

  const attemptId = await learner.startQuiz(documentId);
  const { learnerId } = await attemptRow(attemptId);
  const { position, question } = await firstWrongable(attemptId);
  expect(position).toBeGreaterThan(0);
  await learner.post(`/versuch/${attemptId}/frage/${position}`, wrongForm(question).form);

  const afterWrong = scheduler.next(createEmptyCard(wrongAt), wrongAt, Rating.Again).card;
  expect((await cardsOf(learnerId))[question.id]).toEqual(kept(afterWrong));
  const wrongInterval = afterWrong.due.getTime() - wrongAt.getTime();
  expect(wrongInterval).toBe(10 * MINUTE);

  // Not yet due: the start page says when.
  let start = visibleText((await learner.page("/")).html);
  expect(start).toContain("Nichts fällig");
  expect(start).toContain("in 10 Minuten");

  // 10 minutes later it is due: counted on the start page and the review page, and asked by the review.
  const rightAt = new Date(afterWrong.due.getTime() + MINUTE);
  setClock(rightAt);
  start = visibleText((await learner.page("/")).html);
  expect(start).toContain("1 Frage fällig");
  expect(visibleText((await learner.page("/wiederholen")).html)).toContain("1 Frage fällig");
  const reviewUrl = redirectTarget(await learner.post("/wiederholen/starten"));
  const reviewId = /^\/versuch\/([0-9a-f-]{36})$/.exec(reviewUrl)![1]!;
  expect((await attemptRow(reviewId)).questionIds).toEqual([question.id]);
  // Pressing "Jetzt wiederholen" again continues the same session.
  expect(redirectTarget(await learner.post("/wiederholen/starten"))).toBe(reviewUrl);
  expect(await learner.page(reviewUrl)).toMatchObject({ url: `/versuch/${reviewId}/frage/1` });

  await learner.post(`/versuch/${reviewId}/frage/1`, rightForm(question));
  const afterRight = scheduler.next(afterWrong, rightAt, Rating.Good).card;
  const stored = (await cardsOf(learnerId))[question.id]!;
  expect(stored).toEqual(kept(afterRight));
  expect(stored.due - stored.last, "the interval grows after a right answer").toBeGreaterThan(wrongInterval);
  expect(stored.due - rightAt.getTime()).toBeGreaterThanOrEqual(24 * 60 * MINUTE);
  expect(visibleText((await learner.page("/")).html)).toContain("Nichts fällig");
});

it("a right answer on a new card is due only days later; the start page shows no queue to a newcomer", async () => {
  const scheduler = fsrs(REVIEW_PARAMETERS);
  const learner = new Browser();
  expect(visibleText((await learner.page("/")).html)).not.toMatch(/fällig/);
  const at = new Date("2026-05-05T12:00:00Z");
  setClock(at);
  const documentId = listDocuments().find((document) => quizPool(document.id).length > 0)!.id;
  const attemptId = await learner.startQuiz(documentId);
  const { learnerId, questionIds } = await attemptRow(attemptId);
  const question = getQuestion(questionIds[0]!)!;
  await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(question));
  const expected = scheduler.next(createEmptyCard(at), at, Rating.Good).card;
  expect((await cardsOf(learnerId))[question.id]).toEqual(kept(expected));
  expect(expected.due.getTime() - at.getTime()).toBeGreaterThanOrEqual(24 * 60 * MINUTE);
  // Nothing due: starting a review leads back to the review page.
  expect(redirectTarget(await learner.post("/wiederholen/starten"))).toBe("/wiederholen");
});

it("a partly right multiple select rates Hard: due later than wrong, sooner than right", async () => {
  const scheduler = fsrs(REVIEW_PARAMETERS);
  const documentId = listDocuments().find((document) =>
    // A fresh learner's first round of a text is its default quiz.
    defaultQuiz(document.id).some((question) => question.type === "multi" && question.answers.length >= 2),
  )!.id;
  const learner = new Browser();
  const at = new Date("2026-05-06T09:00:00Z");
  setClock(at);
  const attemptId = await learner.startQuiz(documentId);
  const { learnerId, questionIds } = await attemptRow(attemptId);
  const position = questionIds.findIndex((id) => {
    const question = getQuestion(id)!;
    return question.type === "multi" && question.answers.length >= 2;
  });
  const question = getQuestion(questionIds[position]!)!;
  if (question.type !== "multi") throw new Error("no multiple select");
  await learner.post(`/versuch/${attemptId}/frage/${position + 1}`, { antwort: [question.answers[0]!] });
  const expected = scheduler.next(createEmptyCard(at), at, Rating.Hard).card;
  const stored = (await cardsOf(learnerId))[question.id]!;
  expect(stored).toEqual(kept(expected));
  expect(stored.due - at.getTime()).toBeGreaterThan(10 * MINUTE);
  expect(stored.due - at.getTime()).toBeLessThan(scheduler.next(createEmptyCard(at), at, Rating.Good).card.due.getTime() - at.getTime());
});
