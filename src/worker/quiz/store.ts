/**
 * D1 access of the learner pages. Every read starts from an index: attempts by primary key or by
 * (learner_id, created_at), answers by (attempt_id, question_id); test/worker/quiz/storage.test.ts
 * checks the query plans of `learnerQueries`.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import { LearnerResponse } from "../../bank/grade";
import type { Question } from "../../bank/schema";
import type { Db } from "../../db";
import { answers, attempts } from "../../db/schema/progress";
import { ratingFor, reviewCard } from "../review/cards";
import { findCard, writeCardQuery } from "../review/store";

export type AttemptRow = typeof attempts.$inferSelect;
export type AnswerRow = { questionId: string; response: LearnerResponse; score: number; createdAt: Date };
export type AttemptSummary = Pick<AttemptRow, "id" | "quizId" | "questionIds" | "assignmentId" | "createdAt"> & { answered: number };
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
    answersOfAttempt: (attemptId: string) =>
      orm
        .select({ questionId: answers.questionId, response: answers.response, score: answers.score, createdAt: answers.createdAt })
        .from(answers)
        .where(eq(answers.attemptId, attemptId)),
    /** Newest first, with how many questions each has answered. */
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
  };
}

export function findAttempt(db: Db, attemptId: string, learnerId: string): Promise<AttemptRow | undefined> {
  return learnerQueries(db).attempt(attemptId, learnerId).get();
}

export async function answersOfAttempt(db: Db, attemptId: string): Promise<AnswerRow[]> {
  const rows = await learnerQueries(db).answersOfAttempt(attemptId);
  return rows.map((row) => ({ ...row, response: LearnerResponse.parse(row.response) }));
}

export function attemptsOfLearner(db: Db, learnerId: string): Promise<AttemptSummary[]> {
  return learnerQueries(db).attemptsOfLearner(learnerId);
}

export function answersOfLearner(db: Db, learnerId: string): Promise<LearnerAnswer[]> {
  return learnerQueries(db).answersOfLearner(learnerId);
}

/**
 * Stores an answer unless the attempt already has one for this question (the unique index on
 * (attempt_id, question_id) turns a repeated submission into a no-op), and moves the question's review
 * card on, in one batch (one transaction). Returns D1's rows_written: 3 for a new answer (the row, its
 * index entry, the learner row holding the cards), 0 for a repeat.
 */
export async function recordAnswer(
  db: Db,
  answer: { learnerId: string; attemptId: string; question: Question; response: LearnerResponse; score: number },
  now = new Date(),
): Promise<number> {
  const { learnerId, attemptId, question, response, score } = answer;
  const previous = await findCard(db, learnerId, question.id);
  const card = reviewCard(previous, ratingFor(question, response, score), now);
  const results = await db.batch([
    writeCardQuery(db, { learnerId, attemptId, questionId: question.id }, card, previous?.reps ?? 0),
    db.insert(answers).values({ attemptId, questionId: question.id, response, score }).onConflictDoNothing(),
  ]);
  return results.reduce((sum, result) => sum + result.meta.rows_written, 0);
}
