/**
 * Review cards in D1: one JSON object per learner (learners.review_cards), keyed by question id. A
 * card changes with json_set in one UPDATE of the learner row, which costs 1 row written (the column has
 * no index); ../quiz/store.ts runs it in the same batch as the answer it follows from.
 */
import { and, eq, exists, isNull, notExists, type SQL, sql } from "drizzle-orm";
import { classMembers } from "../../db/schema/classroom";
import { ownQuestions, ownTexts } from "../../db/schema/own-texts";
import { isOwnQuestionId } from "../../bank/ids";
import type { Db } from "../../db";
import { answers, attempts, learners } from "../../db/schema/progress";
import { learnerOwnTexts, learnerOwnTextsQuery, practisable } from "../content";
import type { StoredCard } from "./cards";
import { reviewQueue, type ReviewQueue } from "./queue";

/** The JSON path of a question's card. Question ids are plain ("q_1a2b…"); a quote would break the path. */
export function cardPath(questionId: string): string {
  if (!/^[\w-]+$/.test(questionId)) throw new Error(`question id ${questionId} cannot be a card key`);
  return `$."${questionId}"`;
}

/** The learner's card for a question, or undefined when it was never answered. */
export async function findCard(db: Db, learnerId: string, questionId: string): Promise<StoredCard | undefined> {
  const row = await db
    .select({ card: sql<string | null>`json_extract(${learners.reviewCards}, ${cardPath(questionId)})` })
    .from(learners)
    .where(eq(learners.id, learnerId))
    .get();
  return row?.card ? (JSON.parse(row.card) as StoredCard) : undefined;
}

/**
 * Writes the card computed from `previousReps` reviews, but only while the attempt is there and open
 * and has no answer to the question yet, and the stored card is still the one it was computed from: the
 * conditions of the answer's own insert, so that the card never moves on for an answer that is not
 * stored (the teacher removed the assignment, or a live lesson ended, after the page was read). Run
 * before the answer's insert in one batch: a repeated submission (a double click, the back button)
 * changes no card, and of two answers to the same question at once (two tabs) only the first moves it on.
 */
export function writeCardQuery(db: Db, answer: { learnerId: string; attemptId: string; questionId: string }, card: StoredCard, previousReps: number) {
  const path = cardPath(answer.questionId);
  const alreadyAnswered = db
    .select({ one: sql`1` })
    .from(answers)
    .where(and(eq(answers.attemptId, answer.attemptId), eq(answers.questionId, answer.questionId)));
  const openAttempt = db
    .select({ one: sql`1` })
    .from(attempts)
    .where(and(eq(attempts.id, answer.attemptId), isNull(attempts.closedAt)));
  return db
    .update(learners)
    .set({ reviewCards: sql`json_set(${learners.reviewCards}, ${path}, json(${JSON.stringify(card)}))` })
    .where(
      and(
        eq(learners.id, answer.learnerId),
        exists(openAttempt),
        notExists(alreadyAnswered),
        sql`coalesce(json_extract(${learners.reviewCards}, ${`${path}.reps`}), 0) = ${previousReps}`,
        isOwnQuestionId(answer.questionId) ? askableOwnQuestion(answer.questionId) : undefined,
      ),
    );
}

/**
 * An own question's version that the review may ask: current, of a published text. An attempt begun before the teacher
 * changed or deleted the question, or withdrew the text, may still answer it; its card would be one dropCardsQuery
 * deleted already, never asked.
 */
const askableOwnQuestion = (questionId: string) =>
  sql`exists (select 1 from ${ownQuestions} join ${ownTexts} on ${ownTexts.id} = ${ownQuestions.textId}
    where ${ownQuestions.id} = ${questionId} and ${ownQuestions.retiredAt} is null and ${ownTexts.status} = 'published')`;

/** A card's question id in dropCardsQuery's conditions. */
const CARD_KEY = sql`card.key`;

/**
 * Deletes review cards that can no longer be used, in the batch of the write that makes them so: of own questions the
 * teacher deleted or replaced, of a text withdrawn or deleted, of a class the learner left or that was deleted. Without
 * this they would stay in the learners' cards for ever (the queue skips them). `learnerIds`: a subquery; `isDropped`:
 * the condition on a card's question id (CARD_KEY), checked card by card (a lookup each, whatever the class's pool).
 * Only learners holding a dropped card are written, 1 row each.
 */
export function dropCardsQuery(db: Db, dropped: { learnerIds: SQL; isDropped: (cardKey: SQL) => SQL }) {
  const isDropped = dropped.isDropped(CARD_KEY);
  return db
    .update(learners)
    .set({
      reviewCards: sql`(select coalesce(json_group_object(card.key, json(card.value)), '{}') from json_each(${learners.reviewCards}) as card where not (${isDropped}))`,
    })
    .where(and(sql`${learners.id} in (${dropped.learnerIds})`, sql`exists (select 1 from json_each(${learners.reviewCards}) as card where ${isDropped})`));
}

/** The class's members: only they can have answered its own questions. */
export const membersOf = (classId: SQL | string) => sql`select ${classMembers.learnerId} from ${classMembers} where ${classMembers.classId} = ${classId}`;

/** Whether `questionId` is a version of a question of the class's own texts. */
export const isOwnQuestionOfClass = (classId: string) => (questionId: SQL) =>
  sql`exists (select 1 from ${ownQuestions} join ${ownTexts} on ${ownTexts.id} = ${ownQuestions.textId} where ${ownQuestions.id} = ${questionId} and ${ownTexts.classId} = ${classId})`;

/** All cards of the learner, by question id. */
export async function cardsOfLearner(db: Db, learnerId: string): Promise<Record<string, StoredCard>> {
  const row = await db.select({ cards: learners.reviewCards }).from(learners).where(eq(learners.id, learnerId)).get();
  return row?.cards ?? {};
}

/**
 * The learner's review queue now, and which questions may be asked; empty without a learner. Cards of
 * bank questions and of the current questions of published own texts in the learner's classes count:
 * a card of an own question that can no longer be asked is deleted when it becomes so (dropCardsQuery). One
 * round trip: the cards and the learner's own texts in one batch.
 */
export async function learnerReview(db: Db, learnerId: string | null, now: number): Promise<{ queue: ReviewQueue; canAsk: (questionId: string) => boolean }> {
  if (!learnerId) return { queue: reviewQueue({}, now, () => false), canAsk: () => false };
  const [[row], ownRows] = await db.batch([
    db.select({ cards: learners.reviewCards }).from(learners).where(eq(learners.id, learnerId)),
    learnerOwnTextsQuery(db, learnerId),
  ]);
  const canAsk = practisable(learnerOwnTexts(ownRows));
  return { queue: reviewQueue(row?.cards ?? {}, now, canAsk), canAsk };
}

export async function learnerReviewQueue(db: Db, learnerId: string | null, now: number): Promise<ReviewQueue> {
  return (await learnerReview(db, learnerId, now)).queue;
}
