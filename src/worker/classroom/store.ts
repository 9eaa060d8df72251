/** Reads and writes of classes, members and assignments, and the classroom's rate limits. Every query runs on an index. */
import { and, asc, desc, eq, inArray, lt } from "drizzle-orm";
import type { Db } from "../../db";
import { assignments, classes, classMembers } from "../../db/schema/classroom";
import { answers, attempts } from "../../db/schema/progress";
import { purgeRateLimits, type RateLimit } from "../rate-limit";
import { hashSecret, newJoinCode, newTeacherSecret, randomId } from "./secrets";

export type ClassRow = typeof classes.$inferSelect;
export type MemberRow = typeof classMembers.$inferSelect;
export type AssignmentRow = typeof assignments.$inferSelect;

/** Classes are deleted this long after they were made (checked whenever a class is created). */
export const CLASS_LIFETIME_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function createClass(db: Db, name: string | null): Promise<{ classRow: ClassRow; teacherSecret: string }> {
  const teacherSecret = newTeacherSecret();
  const teacherSecretHash = await hashSecret(teacherSecret);
  // A clash of two random 8-letter codes is rare; retry a few times rather than fail.
  for (let tries = 0; tries < 5; tries++) {
    const [classRow] = await db
      .insert(classes)
      .values({ id: randomId(), name, joinCode: newJoinCode(), teacherSecretHash })
      .onConflictDoNothing({ target: classes.joinCode })
      .returning();
    if (classRow) return { classRow, teacherSecret };
  }
  throw new Error("no free join code after 5 tries");
}

export async function findClass(db: Db, classId: string): Promise<ClassRow | undefined> {
  return db.select().from(classes).where(eq(classes.id, classId)).get();
}

/** The class with this join code, as a query (so that tests can EXPLAIN it). */
export const classByJoinCodeQuery = (db: Db, joinCode: string) => db.select().from(classes).where(eq(classes.joinCode, joinCode));

export async function findClassByJoinCode(db: Db, joinCode: string): Promise<ClassRow | undefined> {
  return classByJoinCodeQuery(db, joinCode).get();
}

export async function renameClass(db: Db, classId: string, name: string | null): Promise<void> {
  await db.update(classes).set({ name }).where(eq(classes.id, classId));
}

export async function listAssignments(db: Db, classId: string): Promise<AssignmentRow[]> {
  return db.select().from(assignments).where(eq(assignments.classId, classId)).orderBy(asc(assignments.createdAt));
}

export async function findAssignment(db: Db, classId: string, assignmentId: string): Promise<AssignmentRow | undefined> {
  return db
    .select()
    .from(assignments)
    .where(and(eq(assignments.id, assignmentId), eq(assignments.classId, classId)))
    .get();
}

/** Assigning a quiz the class already has updates its due date. */
export async function assignQuiz(db: Db, classId: string, quizId: string, dueDate: string | null): Promise<void> {
  await db
    .insert(assignments)
    .values({ id: randomId(), classId, quizId, dueDate })
    .onConflictDoUpdate({ target: [assignments.classId, assignments.quizId], set: { dueDate } });
}

export async function findMembership(db: Db, classId: string, learnerId: string): Promise<MemberRow | undefined> {
  return db
    .select()
    .from(classMembers)
    .where(and(eq(classMembers.learnerId, learnerId), eq(classMembers.classId, classId)))
    .get();
}

/** The classes a learner belongs to, for "Meine Klassen". */
export async function classesOfLearner(db: Db, learnerId: string): Promise<{ classRow: ClassRow; member: MemberRow }[]> {
  return db
    .select({ classRow: classes, member: classMembers })
    .from(classMembers)
    .innerJoin(classes, eq(classes.id, classMembers.classId))
    .where(eq(classMembers.learnerId, learnerId))
    .orderBy(asc(classMembers.createdAt));
}

/**
 * Adds the learner to the class. Returns D1's rows_written: 3 for a new member (the row and its two
 * unique index entries), 0 when the nickname (or the learner) is already in the class.
 */
export async function addMember(db: Db, classId: string, learnerId: string, nickname: string, nicknameKey: string): Promise<number> {
  // The unique indexes decide races between two students taking the same nickname at once.
  const result = await db.insert(classMembers).values({ classId, learnerId, nickname, nicknameKey }).onConflictDoNothing().run();
  return result.meta.rows_written;
}

/** A class takes this many students at most; it bounds what the dashboard reads. */
export const MAX_MEMBERS = 100;

export async function memberCount(db: Db, classId: string): Promise<number> {
  return db.$count(classMembers, eq(classMembers.classId, classId));
}

/** The attempts a member made for this class's assignments, newest first. */
export async function attemptsOfMember(db: Db, learnerId: string, assignmentIds: string[]) {
  if (assignmentIds.length === 0) return [];
  return db
    .select()
    .from(attempts)
    .where(and(eq(attempts.learnerId, learnerId), inArray(attempts.assignmentId, assignmentIds)))
    .orderBy(desc(attempts.createdAt));
}

export async function answersOfAttempts(db: Db, attemptIds: string[]) {
  if (attemptIds.length === 0) return [];
  return db
    .select({ attemptId: answers.attemptId, questionId: answers.questionId, score: answers.score })
    .from(answers)
    .where(inArray(answers.attemptId, attemptIds));
}

/**
 * Everything of one student in one class: their attempts for its assignments (their answers go with them,
 * ON DELETE CASCADE) and the membership, in one transaction.
 */
export async function deleteMember(db: Db, classId: string, learnerId: string): Promise<void> {
  await db.batch(deleteMemberStatements(db, classId, learnerId));
}

/** The statements of deleteMember, in order (so that tests can EXPLAIN them). */
export function deleteMemberStatements(db: Db, classId: string, learnerId: string) {
  const assignmentIds = db.select({ id: assignments.id }).from(assignments).where(eq(assignments.classId, classId));
  return [
    db.delete(attempts).where(and(eq(attempts.learnerId, learnerId), inArray(attempts.assignmentId, assignmentIds))),
    db.delete(classMembers).where(and(eq(classMembers.learnerId, learnerId), eq(classMembers.classId, classId))),
  ] as const;
}

/**
 * Deletes the class with every membership, assignment, and attempt made for it (answers go with their
 * attempts, ON DELETE CASCADE), in one transaction. Learner rows stay: they are anonymous and may hold
 * the learner's own practice.
 */
export async function deleteClass(db: Db, classId: string): Promise<void> {
  await db.batch(deleteClassStatements(db, classId));
}

/** The statements of deleteClass, in order (so that tests can EXPLAIN them). */
export function deleteClassStatements(db: Db, classId: string) {
  const memberLearnerIds = db.select({ id: classMembers.learnerId }).from(classMembers).where(eq(classMembers.classId, classId));
  const assignmentIds = db.select({ id: assignments.id }).from(assignments).where(eq(assignments.classId, classId));
  return [
    // Through the members, so that the attempts index (learner_id, ...) is used instead of a table scan.
    db.delete(attempts).where(and(inArray(attempts.learnerId, memberLearnerIds), inArray(attempts.assignmentId, assignmentIds))),
    db.delete(classMembers).where(eq(classMembers.classId, classId)),
    db.delete(assignments).where(eq(assignments.classId, classId)),
    db.delete(classes).where(eq(classes.id, classId)),
  ] as const;
}

/** Deletes classes past their lifetime and stale rate-limit counters (daily, and whenever a class is created). */
export async function purgeExpired(db: Db, now: number): Promise<void> {
  const expired = await db
    .select({ id: classes.id })
    .from(classes)
    .where(lt(classes.createdAt, new Date(now - CLASS_LIFETIME_DAYS * DAY_MS)));
  for (const { id } of expired) await deleteClass(db, id);
  await purgeRateLimits(db, now);
}

/** Join attempts with a wrong code: 20 per address in 15 minutes (a whole class behind one school router). */
export const WRONG_JOIN_CODE_LIMIT: RateLimit = { scope: "join", limit: 20, windowMs: 15 * 60 * 1000 };
/** Successful joins: 60 per address in 15 minutes, against scripts filling a class with made-up students. */
export const JOIN_LIMIT: RateLimit = { scope: "joined", limit: 60, windowMs: 15 * 60 * 1000 };
/** New classes: 10 per address per hour. */
export const CREATE_CLASS_LIMIT: RateLimit = { scope: "create", limit: 10, windowMs: 60 * 60 * 1000 };
