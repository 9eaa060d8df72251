/** Attempts: one run of a learner through a quiz, with the question order fixed at the start. */
import { sql } from "drizzle-orm";
import { RETRY_QUIZ_ID } from "../../bank";
import type { Question } from "../../bank/schema";
import type { Db } from "../../db";
import type { QuestionSource } from "../content";
import { assignments, classMembers } from "../../db/schema/classroom";
import { ownTexts } from "../../db/schema/own-texts";
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

/** A class as its student sees it, where the results of the class's attempts lead back to (../classroom/student). */
export function learnerClassUrl(classId: string): string {
  return `/klassen/meine/${classId}`;
}

export const ATTEMPT_ID_PATTERN = /^[0-9a-f-]{36}$/;

/**
 * Starts an attempt of practice (no class) and returns its id. `questionIds` picks the attempt's
 * questions given its id (the seed of its draw, ../content/draw.ts); a retry passes the ids it
 * repeats. Throws when there are none: callers check the quiz before.
 */
export async function startAttempt(db: Db, learnerId: string, quizId: string, questionIds: (attemptId: string) => string[]): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insert(attempts)
    .values({ id, learnerId, quizId, questionIds: questionsOf(quizId, id, questionIds), assignmentId: null })
    .run();
  return id;
}

/**
 * Starts an attempt for a class assignment (or a retry of one), written only while the learner is a
 * member of that class, in the same statement: a start that races "Klasse verlassen" or the class's
 * deletion writes nothing and returns undefined, instead of leaving an attempt the leaving has missed.
 * With `onlyOne`, also nothing when the learner already has an attempt of this quiz for the assignment
 * (several "Starten" at once make one attempt).
 */
export async function startClassAttempt(
  db: Db,
  learnerId: string,
  quizId: string,
  questionIds: (attemptId: string) => string[],
  assignmentId: string,
  { onlyOne }: { onlyOne: boolean },
): Promise<string | undefined> {
  const id = crypto.randomUUID();
  const ids = questionsOf(quizId, id, questionIds);
  const inserted = await db.run(
    sql`insert into ${attempts} (id, learner_id, quiz_id, question_ids, assignment_id)
      select ${id}, ${learnerId}, ${quizId}, ${JSON.stringify(ids)}, ${assignmentId}
      where exists (select 1 from ${assignments} join ${classMembers} on ${classMembers.classId} = ${assignments.classId}
        where ${assignments.id} = ${assignmentId} and ${classMembers.learnerId} = ${learnerId})
      and (${onlyOne ? 0 : 1} or not exists (select 1 from ${attempts}
        where ${attempts.learnerId} = ${learnerId} and ${attempts.assignmentId} = ${assignmentId} and ${attempts.quizId} = ${quizId}))`,
  );
  return inserted.meta.changes > 0 ? id : undefined;
}

/**
 * Starts a practice round of a class's own text (no assignment: the teacher's results do not count it),
 * written only while the text is published and the learner a member of its class, in the same statement;
 * undefined otherwise. Leaving the class or its deletion deletes it (../classroom/store.ts).
 */
export async function startOwnTextPracticeAttempt(
  db: Db,
  learnerId: string,
  textId: string,
  questionIds: (attemptId: string) => string[],
): Promise<string | undefined> {
  const id = crypto.randomUUID();
  const ids = questionsOf(textId, id, questionIds);
  const inserted = await db.run(
    sql`insert into ${attempts} (id, learner_id, quiz_id, question_ids, assignment_id)
      select ${id}, ${learnerId}, ${textId}, ${JSON.stringify(ids)}, null
      where exists (select 1 from ${ownTexts} join ${classMembers} on ${classMembers.classId} = ${ownTexts.classId}
        where ${ownTexts.id} = ${textId} and ${ownTexts.status} = 'published' and ${classMembers.learnerId} = ${learnerId})`,
  );
  return inserted.meta.changes > 0 ? id : undefined;
}

/**
 * Starts a retry ("Falsche wiederholen") of the given questions, taken from the learner's attempts
 * `sourceAttemptIds`, and returns its id; written only while all of those attempts still exist, in the
 * same statement. A retry that races leaving the class (whose attempts, and retries of their questions,
 * are deleted then, ../classroom/store.ts) writes nothing and returns undefined, instead of keeping the
 * class's questions after the leaving.
 */
export async function startRetryAttempt(db: Db, learnerId: string, questionIds: string[], sourceAttemptIds: string[]): Promise<string | undefined> {
  const id = crypto.randomUUID();
  const sources = [...new Set(sourceAttemptIds)];
  const inserted = await db.run(
    sql`insert into ${attempts} (id, learner_id, quiz_id, question_ids, assignment_id)
      select ${id}, ${learnerId}, ${RETRY_QUIZ_ID}, ${JSON.stringify(questionsOf(RETRY_QUIZ_ID, id, () => questionIds))}, null
      where (select count(*) from ${attempts} where ${attempts.id} in (select value from json_each(${JSON.stringify(sources)}))
        and ${attempts.learnerId} = ${learnerId}) = ${sources.length}`,
  );
  return inserted.meta.changes > 0 ? id : undefined;
}

function questionsOf(quizId: string, attemptId: string, questionIds: (attemptId: string) => string[]): string[] {
  const ids = questionIds(attemptId);
  if (ids.length === 0) throw new Error(`quiz ${quizId} has no questions`);
  return ids;
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
