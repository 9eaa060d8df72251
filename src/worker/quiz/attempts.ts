/** Attempts: one run of a learner through a quiz, with the question order fixed at the start. */
import { drizzle } from "drizzle-orm/d1";
import { defaultQuiz, drawQuestions, getQuestion } from "../../bank";
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

/** How an attempt's questions are chosen: fixed ids (a retry), or drawn from the quiz's pool. */
export type AttemptQuestions =
  | { questionIds: string[] }
  /**
   * `seed` draws the questions (the attempt's own id when left out); `avoid` holds questions asked in
   * earlier rounds, taken only when nothing else fits.
   */
  | { seed?: string; avoid?: ReadonlySet<string> };

/**
 * Starts an attempt and returns its id. The questions are drawn from the quiz (a document id or
 * "gemischt"), or given (e.g. a retry of wrong answers). Throws when there are none or an id is not in
 * the bank: callers check the quiz before.
 */
export async function startAttempt(
  db: D1Database,
  learnerId: string,
  quizId: string,
  options: { assignmentId?: string } & AttemptQuestions = {},
): Promise<string> {
  const id = crypto.randomUUID();
  const questionIds = "questionIds" in options ? options.questionIds : drawQuestions(quizId, options.seed ?? id, options.avoid).map((question) => question.id);
  if (questionIds.length === 0) throw new Error(`quiz ${quizId} has no questions`);
  const unknown = questionIds.find((questionId) => !getQuestion(questionId));
  if (unknown) throw new Error(`question ${unknown} is not in the bank`);
  await drizzle(db)
    .insert(attempts)
    .values({ id, learnerId, quizId, questionIds, assignmentId: options.assignmentId ?? null })
    .run();
  return id;
}

/**
 * The questions of an assignment: the quiz's default selection, the same for the whole class, so the
 * teacher's figures per question compare like with like and the number announced when assigning holds.
 * Each attempt still shows its own option order.
 */
export function assignedQuestions(assignment: { quizId: string }): Question[] {
  return defaultQuiz(assignment.quizId);
}

/**
 * The questions of an attempt in their order. A question that has left the bank since the attempt
 * started (the bank was regenerated) is skipped; positions count the remaining ones.
 */
export function attemptQuestions(attempt: { questionIds: string[] }): Question[] {
  return attempt.questionIds.flatMap((id) => getQuestion(id) ?? []);
}
