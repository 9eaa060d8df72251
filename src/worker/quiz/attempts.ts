/** Attempts: one run of a learner through a quiz, with the question order fixed at the start. */
import type { Db } from "../../db";
import type { Question } from "../../bank/schema";
import type { QuestionSource } from "../content";
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
 * Starts an attempt and returns its id. `questionIds` picks the attempt's questions given its id (the
 * seed of its draw, ../content/draw.ts); a retry passes the ids it repeats. Throws when
 * there are none: callers check the quiz before.
 */
export async function startAttempt(
  db: Db,
  learnerId: string,
  quizId: string,
  questionIds: (attemptId: string) => string[],
  options: { assignmentId?: string } = {},
): Promise<string> {
  const id = crypto.randomUUID();
  const ids = questionIds(id);
  if (ids.length === 0) throw new Error(`quiz ${quizId} has no questions`);
  await db
    .insert(attempts)
    .values({ id, learnerId, quizId, questionIds: ids, assignmentId: options.assignmentId ?? null })
    .run();
  return id;
}

/**
 * The questions of an attempt in their order, from the question source (bank and own texts). A
 * question that has left the bank since the attempt started (the bank was regenerated) is skipped;
 * positions count the remaining ones. Own questions never leave: retired versions stay stored.
 */
export async function attemptQuestions(source: QuestionSource, attempt: { questionIds: string[] }): Promise<Question[]> {
  const found = await source.questions(attempt.questionIds);
  return attempt.questionIds.flatMap((id) => found.get(id) ?? []);
}
