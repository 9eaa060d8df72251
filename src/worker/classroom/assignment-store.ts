/** Assignments: giving a quiz to a class with its dates, changing the dates, removing it. */
import { and, desc, eq, inArray, notExists, sql } from "drizzle-orm";
import { isOwnTextId } from "../../bank/ids";
import { assignments, classMembers } from "../../db/schema/classroom";
import { ownTexts } from "../../db/schema/own-texts";
import { attempts } from "../../db/schema/progress";
import { type AssignmentWindow, answeringState } from "./schedule";
import { randomId } from "./secrets";
import { retriesAskingQuestionsOf } from "./store";
import type { Db } from "../../db";

/**
 * Gives the quiz to the class. Assigning a quiz the class already has changes only what was filled in:
 * a date left empty keeps the date there is; "close at the due date" is changed with a new due date or
 * when ticked. False when a class's own text was deleted or withdrawn after the route checked it: its new
 * row goes again in the same transaction, so that no assignment stands for a text the class cannot open.
 */
export async function assignQuiz(db: Db, classId: string, quizId: string, window: AssignmentWindow): Promise<boolean> {
  const id = randomId();
  const upsert = db
    .insert(assignments)
    .values({ id, classId, quizId, ...window })
    .onConflictDoUpdate({
      target: [assignments.classId, assignments.quizId],
      // The homework row (the index is partial: live sessions' rows have their own, ../live/results.ts).
      targetWhere: sql`${assignments.liveAt} is null`,
      set: {
        openFrom: sql`coalesce(excluded.open_from, ${assignments.openFrom})`,
        dueDate: sql`coalesce(excluded.due_date, ${assignments.dueDate})`,
        closesAtDue: sql`case when excluded.due_date is null and not excluded.closes_at_due then ${assignments.closesAtDue} else excluded.closes_at_due end`,
      },
    });
  if (!isOwnTextId(quizId)) {
    await upsert;
    return true;
  }
  const published = db
    .select({ one: sql`1` })
    .from(ownTexts)
    .where(and(eq(ownTexts.id, quizId), eq(ownTexts.classId, classId), eq(ownTexts.status, "published")));
  const [, undone] = await db.batch([upsert, db.delete(assignments).where(and(eq(assignments.id, id), notExists(published)))]);
  return undone.meta.changes === 0;
}

/** Sets the dates exactly as given (empty ones removed). */
export async function setAssignmentWindow(db: Db, classId: string, assignmentId: string, window: AssignmentWindow): Promise<void> {
  await db
    .update(assignments)
    .set(window)
    .where(and(eq(assignments.id, assignmentId), eq(assignments.classId, classId)));
}

/**
 * Removes an assignment. Its attempts (found through the members, on the learner index) are deleted
 * with their answers, or, when the teacher keeps the answers, they stay with the students as their own
 * practice ("Mein Fortschritt") and leave the class's figures.
 */
export async function removeAssignment(db: Db, classId: string, assignmentId: string, keepAnswers: boolean): Promise<void> {
  const memberLearnerIds = db.select({ id: classMembers.learnerId }).from(classMembers).where(eq(classMembers.classId, classId));
  // Only when the assignment is this class's: a learner may be in two classes.
  const thisClassAssignment = db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.id, assignmentId), eq(assignments.classId, classId)));
  const itsAttempts = and(inArray(attempts.learnerId, memberLearnerIds), inArray(attempts.assignmentId, thisClassAssignment));
  // Deleted answers take the retries of their questions with them (as when a student leaves, ./store.ts).
  const itsRetries = and(inArray(attempts.learnerId, memberLearnerIds), retriesAskingQuestionsOf(sql`${thisClassAssignment}`));
  const removal = db.delete(assignments).where(and(eq(assignments.id, assignmentId), eq(assignments.classId, classId)));
  if (keepAnswers) await db.batch([db.update(attempts).set({ assignmentId: null }).where(itsAttempts), removal]);
  else await db.batch([db.delete(attempts).where(itsRetries), db.delete(attempts).where(itsAttempts), removal]);
}

/** Whether an attempt of this assignment may be answered now; "open" when the assignment is gone (the attempt is then the learner's own). */
export async function assignmentAnsweringState(db: Db, assignmentId: string, now: number): Promise<"not-yet" | "open" | "closed"> {
  const assignment = await db
    .select({ openFrom: assignments.openFrom, dueDate: assignments.dueDate, closesAtDue: assignments.closesAtDue, liveAt: assignments.liveAt })
    .from(assignments)
    .where(eq(assignments.id, assignmentId))
    .get();
  return assignment ? answeringState(assignment, now) : "open";
}

/** A learner's attempts of one assignment, newest first, with how many of their questions are answered. */
export async function attemptsOfAssignment(db: Db, learnerId: string, assignmentId: string) {
  return db
    .select({
      id: attempts.id,
      questionCount: sql<number>`json_array_length(${attempts.questionIds})`,
      // Qualified by hand: a bare "id" would mean answers.id.
      answered: sql<number>`(select count(*) from "answers" where "answers"."attempt_id" = "attempts"."id")`,
    })
    .from(attempts)
    .where(and(eq(attempts.learnerId, learnerId), eq(attempts.assignmentId, assignmentId)))
    .orderBy(desc(attempts.createdAt));
}
