/** Attempts: one run of a learner through a quiz, with the question order fixed at the start. */
import { getQuestion, quizQuestions } from "../../bank";
import type { Db } from "../../db";
import type { Question } from "../../bank/schema";
import { attempts } from "../../db/schema/progress";

/** Where a learner takes (or resumes) an attempt. */
export function attemptUrl(attemptId: string): string {
  return `/versuch/${attemptId}`;
}

/** One question of an attempt: the form before answering, the feedback after. Positions start at 1. */
export function questionUrl(attemptId: string, position: number): string {
  return `/versuch/${attemptId}/frage/${position}`;
}

/** The results of an attempt. */
export function resultsUrl(attemptId: string): string {
  return `/versuch/${attemptId}/ergebnis`;
}

export const ATTEMPT_ID_PATTERN = /^[0-9a-f-]{36}$/;

/**
 * Starts an attempt and returns its id. The questions are those of the quiz (a document id or
 * "gemischt"), or `options.questionIds` (e.g. a retry of wrong answers). Throws when there are none or
 * an id is not in the bank: callers check the quiz before.
 */
export async function startAttempt(
  db: Db,
  learnerId: string,
  quizId: string,
  options: { assignmentId?: string; questionIds?: string[] } = {},
): Promise<string> {
  const questionIds = options.questionIds ?? quizQuestions(quizId).map((question) => question.id);
  if (questionIds.length === 0) throw new Error(`quiz ${quizId} has no questions`);
  const unknown = questionIds.find((id) => !getQuestion(id));
  if (unknown) throw new Error(`question ${unknown} is not in the bank`);
  const id = crypto.randomUUID();
  await db
    .insert(attempts)
    .values({ id, learnerId, quizId, questionIds, assignmentId: options.assignmentId ?? null })
    .run();
  return id;
}

/**
 * The questions of an attempt in their order. A question that has left the bank since the attempt
 * started (the bank was regenerated) is skipped; positions count the remaining ones.
 */
export function attemptQuestions(attempt: { questionIds: string[] }): Question[] {
  return attempt.questionIds.flatMap((id) => getQuestion(id) ?? []);
}
