/** Reads and writes of classes, members, assignments and rate limits. Every query runs on an index. */
import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { assignments, classes, classMembers, rateLimits } from "../../db/schema/classroom";
import { answers, appSecrets, attempts } from "../../db/schema/progress";
import { hashSecret, newJoinCode, newTeacherSecret, randomId } from "./secrets";

export const classroomDb = (database: D1Database) => drizzle(database);
export type Db = ReturnType<typeof classroomDb>;

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

export async function findClassByJoinCode(db: Db, joinCode: string): Promise<ClassRow | undefined> {
  return db.select().from(classes).where(eq(classes.joinCode, joinCode)).get();
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

/** Adds the learner to the class; undefined when the nickname (or the learner) is already in it. */
export async function addMember(db: Db, classId: string, learnerId: string, nickname: string, nicknameKey: string): Promise<MemberRow | undefined> {
  // The unique indexes decide races between two students taking the same nickname at once.
  const [member] = await db.insert(classMembers).values({ classId, learnerId, nickname, nicknameKey }).onConflictDoNothing().returning();
  return member;
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
  const assignmentIds = db.select({ id: assignments.id }).from(assignments).where(eq(assignments.classId, classId));
  await db.batch([
    db.delete(attempts).where(and(eq(attempts.learnerId, learnerId), inArray(attempts.assignmentId, assignmentIds))),
    db.delete(classMembers).where(and(eq(classMembers.learnerId, learnerId), eq(classMembers.classId, classId))),
  ]);
}

/**
 * Deletes the class with every membership, assignment, and attempt made for it (answers go with their
 * attempts, ON DELETE CASCADE), in one transaction. Learner rows stay: they are anonymous and may hold
 * the learner's own practice.
 */
export async function deleteClass(db: Db, classId: string): Promise<void> {
  const memberLearnerIds = db.select({ id: classMembers.learnerId }).from(classMembers).where(eq(classMembers.classId, classId));
  const assignmentIds = db.select({ id: assignments.id }).from(assignments).where(eq(assignments.classId, classId));
  await db.batch([
    // Through the members, so that the attempts index (learner_id, ...) is used instead of a table scan.
    db.delete(attempts).where(and(inArray(attempts.learnerId, memberLearnerIds), inArray(attempts.assignmentId, assignmentIds))),
    db.delete(classMembers).where(eq(classMembers.classId, classId)),
    db.delete(assignments).where(eq(assignments.classId, classId)),
    db.delete(classes).where(eq(classes.id, classId)),
  ]);
}

/** Deletes classes past their lifetime and stale rate-limit counters. */
export async function purgeExpired(db: Db, now: number): Promise<void> {
  const expired = await db
    .select({ id: classes.id })
    .from(classes)
    .where(lt(classes.createdAt, new Date(now - CLASS_LIFETIME_DAYS * DAY_MS)));
  for (const { id } of expired) await deleteClass(db, id);
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, now - DAY_MS));
}

const RATE_LIMIT_SALT = "rate_limit_salt";
let rateLimitSalt: Promise<string> | undefined;

/** The salt for hashing client addresses: made once per deployment, kept in D1, cached per isolate. */
export function clientAddressSalt(db: Db): Promise<string> {
  rateLimitSalt ??= (async () => {
    const read = () => db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, RATE_LIMIT_SALT)).get();
    const existing = await read();
    if (existing) return existing.value;
    // Two isolates may get here at once: the first insert wins, and both read back the same salt.
    await db
      .insert(appSecrets)
      .values({ name: RATE_LIMIT_SALT, value: randomId(32) })
      .onConflictDoNothing();
    const stored = await read();
    if (!stored) throw new Error("rate-limit salt could not be stored in D1");
    return stored.value;
  })().catch((error: unknown) => {
    rateLimitSalt = undefined;
    throw error;
  });
  return rateLimitSalt;
}

export interface RateLimit {
  scope: string;
  limit: number;
  windowMs: number;
}

/** Join attempts with a wrong code: 20 per address in 15 minutes (a whole class behind one school router). */
export const WRONG_JOIN_CODE_LIMIT: RateLimit = { scope: "join", limit: 20, windowMs: 15 * 60 * 1000 };
/** Successful joins: 60 per address in 15 minutes, against scripts filling a class with made-up students. */
export const JOIN_LIMIT: RateLimit = { scope: "joined", limit: 60, windowMs: 15 * 60 * 1000 };
/** New classes: 10 per address per hour. */
export const CREATE_CLASS_LIMIT: RateLimit = { scope: "create", limit: 10, windowMs: 60 * 60 * 1000 };

function windowStart(rule: RateLimit, now: number): number {
  return now - (now % rule.windowMs);
}

/** True when the address has used up the window; costs one read and no write. */
export async function isRateLimited(db: Db, rule: RateLimit, addressHash: string, now: number): Promise<boolean> {
  const row = await db
    .select()
    .from(rateLimits)
    .where(eq(rateLimits.key, `${rule.scope}:${addressHash}`))
    .get();
  return row !== undefined && row.windowStart === windowStart(rule, now) && row.count >= rule.limit;
}

/** Counts one event; a counter from an older window starts again at 1. */
export async function countRateLimited(db: Db, rule: RateLimit, addressHash: string, now: number): Promise<void> {
  await rateLimitCountQuery(db, rule, addressHash, now);
}

export function rateLimitCountQuery(db: Db, rule: RateLimit, addressHash: string, now: number) {
  const start = windowStart(rule, now);
  return db
    .insert(rateLimits)
    .values({ key: `${rule.scope}:${addressHash}`, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} = ${start} then ${rateLimits.count} + 1 else 1 end`,
        windowStart: start,
      },
    });
}
