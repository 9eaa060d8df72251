/**
 * The teacher's changes to the list of students: rename, merge two entries of one student, remove.
 * Each is one D1 batch (one transaction); the unique indexes of class_members decide races between two
 * changes to the same nickname.
 */
import { and, eq, inArray, ne, or, sql } from "drizzle-orm";
import { assignments, classMembers } from "../../db/schema/classroom";
import { answers, appSecrets, attempts } from "../../db/schema/progress";
import { d1Failure } from "../d1-failures";
import { planMerge, type MergeSide } from "./merge";
import { lookalikeKey, nicknameKey } from "./nickname";
import type { Db } from "../../db";
import type { MemberRow } from "./store";

export async function findMember(db: Db, classId: string, memberId: number): Promise<MemberRow | undefined> {
  return db
    .select()
    .from(classMembers)
    .where(and(eq(classMembers.id, memberId), eq(classMembers.classId, classId)))
    .get();
}

/** Whether a member of the class has this nickname or a lookalike of it (case and lookalikes folded, ./nickname.ts). */
export async function hasNickname(db: Db, classId: string, nickname: string): Promise<boolean> {
  const row = await db
    .select({ id: classMembers.id })
    .from(classMembers)
    .where(and(eq(classMembers.classId, classId), sameNickname(nickname)))
    .get();
  return row !== undefined;
}

/** Members whose nickname is this one, in any case, or looks the same. */
const sameNickname = (nickname: string) => or(eq(classMembers.nicknameKey, nicknameKey(nickname)), eq(classMembers.lookalikeKey, lookalikeKey(nickname)));

/** A new nickname for a member; false when another member of the class has it (in any case) or a lookalike of it. */
export async function renameMember(db: Db, classId: string, memberId: number, nickname: string): Promise<boolean> {
  const taken = await db
    .select({ id: classMembers.id })
    .from(classMembers)
    .where(and(eq(classMembers.classId, classId), sameNickname(nickname), ne(classMembers.id, memberId)))
    .get();
  if (taken) return false;
  try {
    await db
      .update(classMembers)
      .set({ nickname, nicknameKey: nicknameKey(nickname), lookalikeKey: lookalikeKey(nickname) })
      .where(and(eq(classMembers.id, memberId), eq(classMembers.classId, classId)));
    return true;
  } catch (error) {
    // Someone took the nickname between the check and the update: the unique index refused it.
    if (String(error).includes("UNIQUE constraint failed")) return false;
    throw error;
  }
}

/** A member's attempts of the class's assignments, with their answers: one side of a merge. */
async function mergeSide(db: Db, classId: string, learnerId: string): Promise<MergeSide> {
  const classAssignmentIds = db.select({ id: assignments.id }).from(assignments).where(eq(assignments.classId, classId));
  const ofLearner = and(eq(attempts.learnerId, learnerId), inArray(attempts.assignmentId, classAssignmentIds));
  const [attemptRows, answerRows] = await db.batch([
    db
      .select({ id: attempts.id, assignmentId: attempts.assignmentId, questionIds: attempts.questionIds, createdAt: attempts.createdAt })
      .from(attempts)
      .where(ofLearner),
    db
      .select({ id: answers.id, attemptId: answers.attemptId, questionId: answers.questionId, score: answers.score, createdAt: answers.createdAt })
      .from(attempts)
      .innerJoin(answers, eq(answers.attemptId, attempts.id))
      .where(ofLearner),
  ]);
  return {
    attempts: attemptRows.map((row) => ({ ...row, assignmentId: row.assignmentId ?? "", createdAt: row.createdAt.getTime() })),
    answers: answerRows.map((row) => ({ ...row, createdAt: row.createdAt.getTime() })),
  };
}

/**
 * The first statement of a merge's batch: it fails (NOT NULL constraint, so D1 rolls the whole batch
 * back) unless both entries are still in the class and their attempts and answers are as many as when
 * the plan was made. A parallel merge (two tabs, or A into B while B goes into A) or an answer given
 * meanwhile would otherwise leave work with a learner who is no member any more, shown nowhere.
 */
function unchangedSincePlanned(db: Db, classId: string, leaving: MemberRow, staying: MemberRow, planned: { attempts: number; answers: number }) {
  const learnerIds = [leaving.learnerId, staying.learnerId];
  const classAttempts = sql`select ${attempts.id} from ${attempts} where ${attempts.learnerId} in (${sql.join(learnerIds, sql`, `)})
    and ${attempts.assignmentId} in (select ${assignments.id} from ${assignments} where ${assignments.classId} = ${classId})`;
  return db.insert(appSecrets).select(
    sql`select 'merge-guard', null
      where (select count(*) from ${classMembers} where ${classMembers.classId} = ${classId}
          and ((${classMembers.id} = ${leaving.id} and ${classMembers.learnerId} = ${leaving.learnerId})
            or (${classMembers.id} = ${staying.id} and ${classMembers.learnerId} = ${staying.learnerId}))) != 2
        or (select count(*) from (${classAttempts})) != ${planned.attempts}
        or (select count(*) from ${answers} where ${answers.attemptId} in (${classAttempts})) != ${planned.answers}`,
  );
}

/**
 * Moves the work of `leaving` in this class to `staying` (./merge.ts decides what is kept) and removes
 * the `leaving` entry, in one transaction. The leaving learner's own practice outside the class stays theirs.
 * False, with nothing changed, when either entry changed meanwhile (see unchangedSincePlanned).
 */
export async function mergeMembers(db: Db, classId: string, leaving: MemberRow, staying: MemberRow): Promise<boolean> {
  const [from, into] = await Promise.all([mergeSide(db, classId, leaving.learnerId), mergeSide(db, classId, staying.learnerId)]);
  const plan = planMerge(from, into);
  const planned = { attempts: from.attempts.length + into.attempts.length, answers: from.answers.length + into.answers.length };
  // D1 binds at most 100 values per statement.
  const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / 90) }, (_, index) => items.slice(index * 90, (index + 1) * 90));
  try {
    await db.batch([
      unchangedSincePlanned(db, classId, leaving, staying, planned),
      db.delete(classMembers).where(and(eq(classMembers.id, leaving.id), eq(classMembers.classId, classId))),
      ...chunks(plan.deleteAnswers).map((ids) => db.delete(answers).where(inArray(answers.id, ids))),
      ...plan.moveAnswers.flatMap(({ attemptId, answerIds }) =>
        chunks(answerIds).map((ids) => db.update(answers).set({ attemptId }).where(inArray(answers.id, ids))),
      ),
      ...plan.setQuestionIds.map(({ attemptId, questionIds }) => db.update(attempts).set({ questionIds }).where(eq(attempts.id, attemptId))),
      ...chunks(plan.moveAttempts).map((ids) => db.update(attempts).set({ learnerId: staying.learnerId }).where(inArray(attempts.id, ids))),
      // What is left in the folded attempts (the answers that lost) goes with them, ON DELETE CASCADE.
      ...chunks(plan.deleteAttempts).map((ids) => db.delete(attempts).where(inArray(attempts.id, ids))),
    ]);
  } catch (error) {
    if (d1Failure(error)?.kind === "conflict") return false;
    throw error;
  }
  return true;
}
