/**
 * D1 access of the learner pages. Every read starts from an index: attempts by primary key or by
 * (learner_id, created_at), answers by (attempt_id, question_id); test/worker/quiz/storage.test.ts
 * checks the query plans of `learnerQueries`.
 */
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { LearnerResponse } from "../../bank/grade";
import type { Question } from "../../bank/schema";
import type { Db } from "../../db";
import { assignments, classMembers } from "../../db/schema/classroom";
import { answers, attempts, learners } from "../../db/schema/progress";
import { dueDeadline } from "../../shared/berlin-days";
import { ratingFor, reviewCard } from "../review/cards";
import type { StoredCard } from "../../db/schema/progress";
import { type RateLimit, slotInBatch } from "../rate-limit";
import { findCard, writeCardQuery } from "../review/store";

export type AttemptRow = typeof attempts.$inferSelect;
export type AnswerRow = { questionId: string; response: LearnerResponse; score: number; createdAt: Date };
export type AttemptSummary = Pick<AttemptRow, "id" | "quizId" | "questionIds" | "assignmentId" | "createdAt"> & { answered: number; points: number };
export type LearnerAnswer = { attemptId: string; questionId: string; score: number; createdAt: Date };

/** The reads on a learner's paths, as query builders (so that tests can EXPLAIN them). */
export function learnerQueries(orm: Db) {
  return {
    /** The attempt if it belongs to the learner; others look the same as missing ones. */
    attempt: (attemptId: string, learnerId: string) =>
      orm
        .select()
        .from(attempts)
        .where(and(eq(attempts.id, attemptId), eq(attempts.learnerId, learnerId))),
    /** The due date of the attempt's assignment when answering stops at it ("schließen"); no row otherwise. */
    closingDueDate: (attemptId: string) =>
      orm
        .select({ dueDate: assignments.dueDate })
        .from(attempts)
        .innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
        .where(and(eq(attempts.id, attemptId), eq(assignments.closesAtDue, true), isNotNull(assignments.dueDate))),
    answersOfAttempt: (attemptId: string) =>
      orm
        .select({ questionId: answers.questionId, response: answers.response, score: answers.score, createdAt: answers.createdAt })
        .from(answers)
        .where(eq(answers.attemptId, attemptId)),
    /** Newest first, with how many questions each has answered and the points scored. */
    attemptsOfLearner: (learnerId: string) =>
      orm
        .select({
          id: attempts.id,
          quizId: attempts.quizId,
          questionIds: attempts.questionIds,
          assignmentId: attempts.assignmentId,
          createdAt: attempts.createdAt,
          // Qualified by hand: drizzle writes bare column names here, and a bare "id" would mean answers.id.
          answered: sql<number>`(select count(*) from "answers" where "answers"."attempt_id" = "attempts"."id")`.mapWith(Number),
          points: sql<number>`(select coalesce(sum("answers"."score"), 0) from "answers" where "answers"."attempt_id" = "attempts"."id")`.mapWith(Number),
        })
        .from(attempts)
        .where(eq(attempts.learnerId, learnerId))
        .orderBy(desc(attempts.createdAt)),
    /** Oldest first. */
    answersOfLearner: (learnerId: string) =>
      orm
        .select({ attemptId: answers.attemptId, questionId: answers.questionId, score: answers.score, createdAt: answers.createdAt })
        .from(attempts)
        .innerJoin(answers, eq(answers.attemptId, attempts.id))
        .where(eq(attempts.learnerId, learnerId))
        .orderBy(answers.createdAt, answers.id),
    reviewCards: (learnerId: string) => orm.select({ cards: learners.reviewCards }).from(learners).where(eq(learners.id, learnerId)),
  };
}

export function findAttempt(db: Db, attemptId: string, learnerId: string): Promise<AttemptRow | undefined> {
  return learnerQueries(db).attempt(attemptId, learnerId).get();
}

/**
 * Why an attempt takes no more answers: its live session has ended (`closedAt`, written then), or the
 * due date of its assignment has passed and the teacher chose to close it then. Before that, an attempt
 * begun in time takes answers like any other.
 */
export type AttemptClosure = { reason: "live" } | { reason: "due"; dueDate: string };

/**
 * The attempt if it belongs to the learner, its answers, whether it is closed at `now`, and, for an
 * answer's post, the learner's review cards, in one D1 batch: one round trip instead of one per read.
 */
export async function attemptWithAnswers(
  db: Db,
  attemptId: string,
  learnerId: string,
  { withCards, now = Date.now() }: { withCards: boolean; now?: number },
): Promise<{ attempt: AttemptRow; answers: AnswerRow[]; cards: Record<string, StoredCard> | undefined; closure: AttemptClosure | undefined } | undefined> {
  const queries = learnerQueries(db);
  const reads = [queries.attempt(attemptId, learnerId), queries.answersOfAttempt(attemptId), queries.closingDueDate(attemptId)] as const;
  const [[attempt], answerRows, [closing], cardRows] = withCards
    ? await db.batch([...reads, db.select({ cards: learners.reviewCards }).from(learners).where(eq(learners.id, learnerId))])
    : [...(await db.batch(reads)), undefined];
  if (!attempt) return undefined;
  const dueDate = closing?.dueDate;
  const closure: AttemptClosure | undefined =
    attempt.closedAt !== null ? { reason: "live" } : dueDate && now >= dueDeadline(dueDate) ? { reason: "due", dueDate } : undefined;
  return {
    attempt,
    answers: answerRows.map((row) => ({ ...row, response: LearnerResponse.parse(row.response) })),
    cards: cardRows ? (cardRows[0]?.cards ?? {}) : undefined,
    closure,
  };
}

/** The class whose assignment (or live lesson) an attempt was for. */
export async function classOfAssignment(db: Db, assignmentId: string): Promise<string | undefined> {
  const row = await db.select({ classId: assignments.classId }).from(assignments).where(eq(assignments.id, assignmentId)).get();
  return row?.classId;
}

/**
 * Why a learner's attempt is not there: another learner's ("elsewhere": begun in another browser), or gone
 * with the learner in classes ("removed": attempts are deleted only with their assignment, the text behind
 * it, or the learner's membership, and the learner is still a member), or unknown (never there, or the
 * learner has no classes). `classIds` are the learner's classes, the way back.
 */
export async function whyAttemptMissing(
  db: Db,
  attemptId: string,
  learnerId: string | null,
): Promise<{ reason: "elsewhere" | "unknown" } | { reason: "removed"; classIds: string[] }> {
  const [existing, memberships] = await db.batch([
    db.select({ id: attempts.id }).from(attempts).where(eq(attempts.id, attemptId)),
    db
      .select({ classId: classMembers.classId })
      .from(classMembers)
      .where(eq(classMembers.learnerId, learnerId ?? "")),
  ]);
  if (existing.length > 0) return { reason: "elsewhere" };
  if (learnerId && memberships.length > 0) return { reason: "removed", classIds: memberships.map((row) => row.classId) };
  return { reason: "unknown" };
}

export async function answersOfAttempt(db: Db, attemptId: string): Promise<AnswerRow[]> {
  const rows = await learnerQueries(db).answersOfAttempt(attemptId);
  return rows.map((row) => ({ ...row, response: LearnerResponse.parse(row.response) }));
}

export function attemptsOfLearner(db: Db, learnerId: string): Promise<AttemptSummary[]> {
  return learnerQueries(db).attemptsOfLearner(learnerId);
}

/** An answer's write may count against a per-address limit (anonymous practice, ./routes.tsx). */
export type AnswerLimit = { rule: RateLimit; addressHash: string; now: number };

/**
 * Stores an answer unless the attempt already has one for this question (the unique index on
 * (attempt_id, question_id) turns a repeated submission into a no-op), and moves the question's review
 * card on, in one batch (one transaction, one round trip). The answer is written only while its attempt
 * exists and is not closed (a live session's), in the same statement: an answer racing the attempt's
 * deletion (the student leaves the class) writes nothing instead of failing on the foreign key. With a `limit`, the batch first takes a slot of
 * it and writes nothing else when there was none (`refused`).
 *
 * `cards` are the learner's review cards as read before (one round trip saved); without them the card
 * is read here. rowsWritten is D1's: 3 for a new answer (the row, its index entry, the learner row
 * holding the cards) plus the counter's 1 or 2, 0 for a repeat or a deleted attempt.
 */
export async function storeAnswer(
  db: Db,
  answer: { learnerId: string; attemptId: string; question: Question; response: LearnerResponse; score: number },
  { now = new Date(), cards, limit }: { now?: Date; cards?: Record<string, StoredCard>; limit?: AnswerLimit } = {},
): Promise<{ rowsWritten: number; refused: boolean }> {
  const { learnerId, attemptId, question, response, score } = answer;
  const previous = cards ? cards[question.id] : await findCard(db, learnerId, question.id);
  const card = reviewCard(previous, ratingFor(question, response, score), now);
  const slot = limit && slotInBatch(db, limit.rule, limit.addressHash, limit.now);
  const condition = slot ? ` and ${slot.held}` : "";
  const conditionParams = slot ? slot.params : [];
  const cardUpdate = writeCardQuery(db, { learnerId, attemptId, questionId: question.id }, card, previous?.reps ?? 0).toSQL();
  // Plain D1 statements: drizzle's batch takes no INSERT ... SELECT ... WHERE.
  const statements = [
    ...(slot ? [slot.statement] : []),
    db.$client.prepare(`${cardUpdate.sql}${condition}`).bind(...cardUpdate.params, ...conditionParams),
    db.$client
      .prepare(
        `insert into answers (attempt_id, question_id, response, score) select ?, ?, ?, ? where exists (select 1 from attempts where id = ? and closed_at is null)${condition} on conflict do nothing`,
      )
      .bind(attemptId, question.id, JSON.stringify(response), score, attemptId, ...conditionParams),
  ];
  const results = await db.$client.batch(statements);
  const rowsWritten = results.reduce((sum, result) => sum + result.meta.rows_written, 0);
  const answerWritten = results.at(-1)!.meta.changes > 0;
  const refused = slot !== undefined && !answerWritten ? await slotRefused(db, slot.params) : false;
  return { rowsWritten, refused };
}

/** After a batch that wrote no answer (a repeat, a deleted attempt, or no slot): whether the slot was refused. A read only on that rare path. */
async function slotRefused(db: Db, params: unknown[]): Promise<boolean> {
  const [key, start, limit] = params as [string, number, number];
  const row = await db.$client.prepare("select count from rate_limits where key = ? and window_start = ?").bind(key, start).first<{ count: number }>();
  return (row?.count ?? 0) > limit;
}

/** storeAnswer without a limit, returning D1's rows_written. */
export async function recordAnswer(
  db: Db,
  answer: { learnerId: string; attemptId: string; question: Question; response: LearnerResponse; score: number },
  now = new Date(),
): Promise<number> {
  return (await storeAnswer(db, answer, { now })).rowsWritten;
}
