/**
 * Reads and writes of classes, members and assignments. Every query runs on an index. Changes that must
 * hold together are one D1 batch (one transaction) or one conditional statement, so that parallel
 * requests (a start while the student leaves, a join while the class is deleted) end in a clear answer
 * and never leave rows behind.
 */

import { and, asc, eq, inArray, isNull, lt, notExists, type SQL, sql } from "drizzle-orm";
import { RETRY_QUIZ_ID, REVIEW_QUIZ_ID } from "../../bank";
import type { Db } from "../../db";
import { reusedQuery, runOne } from "../../db/reused";
import { assignments, classes, classMembers } from "../../db/schema/classroom";
import { ownQuestions, ownTexts } from "../../db/schema/own-texts";
import { answers, attempts, learners } from "../../db/schema/progress";
import { purgeRateLimits, type RateLimit } from "../rate-limit";
import { lookalikeKey, nicknameKey } from "./nickname";
import { hashSecret, newJoinCode, newTeacherSecret, randomId } from "./secrets";
import { dropCardsQuery, isOwnQuestionOfClass, membersOf } from "../review/store";

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

// Built once per isolate (../../db/reused.ts): every teacher request reads its class, its assignments or one of them.
const classById = reusedQuery(["classId"], (db, ids) => db.select().from(classes).where(eq(classes.id, ids.classId)));
/** The class's assignments, oldest first. */
export const assignmentsOfClass = reusedQuery(["classId"], (db, ids) =>
  db.select().from(assignments).where(eq(assignments.classId, ids.classId)).orderBy(asc(assignments.createdAt), asc(assignments.id)),
);
export const assignmentOfClass = reusedQuery(["classId", "assignmentId"], (db, ids) =>
  db
    .select()
    .from(assignments)
    .where(and(eq(assignments.id, ids.assignmentId), eq(assignments.classId, ids.classId))),
);

export async function findClass(db: Db, classId: string): Promise<ClassRow | undefined> {
  return (await runOne(classById(db, { classId })))[0];
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
  return runOne(assignmentsOfClass(db, { classId }));
}

export async function findAssignment(db: Db, classId: string, assignmentId: string): Promise<AssignmentRow | undefined> {
  return (await runOne(assignmentOfClass(db, { classId, assignmentId })))[0];
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

/** A class takes this many students at most; it bounds what the dashboard reads. */
export const MAX_MEMBERS = 100;

export async function memberCount(db: Db, classId: string): Promise<number> {
  return db.$count(classMembers, eq(classMembers.classId, classId));
}

export type JoinOutcome = "joined" | "already-member" | "no-class" | "full" | "nickname-taken" | "lookalike-taken";

/**
 * Adds the learner to the class in one transaction, creating the learner row with it: two conditional
 * inserts that hold only while the class exists, has room and has no such nickname (nor a lookalike of
 * it). A join that races the class's deletion or another join for the last place or the same nickname
 * ends in a clear outcome, never in a constraint error, and a refused join writes nothing.
 */
export async function joinClass(db: Db, classId: string, learnerId: string, nickname: string): Promise<JoinOutcome> {
  const key = nicknameKey(nickname);
  const lookalike = lookalikeKey(nickname);
  // Plain D1 statements: drizzle's batch takes no raw SQL, and INSERT ... SELECT ... WHERE needs it.
  const canJoin = `exists (select 1 from classes where id = ?1)
    and (select count(*) from class_members where class_id = ?1) < ${MAX_MEMBERS}
    and not exists (select 1 from class_members where class_id = ?1 and (nickname_key = ?4 or lookalike_key = ?5 or learner_id = ?2))`;
  const bind = [classId, learnerId, nickname, key, lookalike];
  const [, joined] = await db.$client.batch<{ id: number }>([
    db.$client.prepare(`insert into learners (id) select ?2 where ${canJoin} on conflict do nothing`).bind(...bind),
    db.$client
      .prepare(
        `insert into class_members (class_id, learner_id, nickname, nickname_key, lookalike_key) select ?1, ?2, ?3, ?4, ?5 where ${canJoin} on conflict do nothing returning id`,
      )
      .bind(...bind),
  ]);
  if (joined!.results.length > 0) return "joined";
  // Refused: find out why, for the message (reads only).
  if (await findMembership(db, classId, learnerId)) return "already-member";
  if (!(await findClass(db, classId))) return "no-class";
  if ((await memberCount(db, classId)) >= MAX_MEMBERS) return "full";
  const sameName = await db
    .select({ id: classMembers.id })
    .from(classMembers)
    .where(and(eq(classMembers.classId, classId), eq(classMembers.nicknameKey, key)))
    .get();
  return sameName ? "nickname-taken" : "lookalike-taken";
}

/**
 * Everything of one student in one class: their attempts for its assignments (their answers go with them,
 * ON DELETE CASCADE), their retries of what they answered wrong there, their practice rounds, retries and
 * reviews of its own texts' questions, and the membership, in one transaction.
 */
export async function deleteMember(db: Db, classId: string, learnerId: string): Promise<void> {
  await db.batch(deleteMemberStatements(db, classId, learnerId));
}

/** The statements of deleteMember, in order (so that tests can EXPLAIN them). */
export function deleteMemberStatements(db: Db, classId: string, learnerId: string) {
  const assignmentIds = db.select({ id: assignments.id }).from(assignments).where(eq(assignments.classId, classId));
  return [
    // Retries first: they are found through the class attempts' wrong answers.
    db.delete(attempts).where(and(eq(attempts.learnerId, learnerId), retriesOfClassQuestions(classId))),
    db.delete(attempts).where(and(eq(attempts.learnerId, learnerId), inArray(attempts.assignmentId, assignmentIds))),
    // The review cards of the class's own questions go with the answers they came from.
    dropCardsQuery(db, { learnerIds: sql`select ${learnerId}`, isDropped: isOwnQuestionOfClass(classId) }),
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
  const assignmentIds = db.select({ id: assignments.id }).from(assignments).where(eq(assignments.classId, classId));
  const learnersWithClassAttempts = db.selectDistinct({ id: attempts.learnerId }).from(attempts).where(inArray(attempts.assignmentId, assignmentIds));
  return [
    // Through the class's assignments, not today's members: a student who left while an attempt was
    // being started is found as well (index attempts_assignment). Retries first: they are found through
    // the class attempts' wrong answers.
    db.delete(attempts).where(and(inArray(attempts.learnerId, learnersWithClassAttempts), retriesOfClassQuestions(classId))),
    db.delete(attempts).where(inArray(attempts.assignmentId, assignmentIds)),
    // Before the members go: through them, the review cards of the class's own questions.
    dropCardsQuery(db, { learnerIds: membersOf(classId), isDropped: isOwnQuestionOfClass(classId) }),
    db.delete(classMembers).where(eq(classMembers.classId, classId)),
    db.delete(assignments).where(eq(assignments.classId, classId)),
    db.delete(classes).where(eq(classes.id, classId)),
  ] as const;
}

/**
 * The condition on `attempts` that selects a learner's retries ("Falsche wiederholen") asking a question
 * that learner answered wrong in an attempt for the class's assignments: a retry built from a class
 * attempt, or from "Mein Fortschritt" with a class's wrong answers among its questions, goes with the
 * class's answers. A retry also asking practice questions goes as a whole (it is one attempt). A retry of
 * one's own practice stays even when the class asked the same bank question, as long as the class's
 * answer to it was not wrong: a retry asks only what was answered wrong, so it cannot have come from there.
 */
function retriesOfClassQuestions(classId: string): SQL {
  const wrongInClass = retriesAskingQuestionsOf(sql`select ${assignments.id} from ${assignments} where ${assignments.classId} = ${classId}`);
  return sql`((${wrongInClass}) or (${askingOwnQuestionsOf(classId)}))`;
}

/**
 * The condition on `attempts` that selects practice with the class's own texts: practice rounds of them
 * ("Noch eine Runde", no assignment), and retries and reviews ("Wiederholen") asking one of their
 * questions. Such a question came only from the class, so the attempt goes with the class's answers, as
 * a whole (it is one attempt).
 */
function askingOwnQuestionsOf(classId: string): SQL {
  return sql`(${attempts.assignmentId} is null and ${attempts.quizId} in (select ${ownTexts.id} from ${ownTexts} where ${ownTexts.classId} = ${classId}))
    or (${attempts.quizId} in (${RETRY_QUIZ_ID}, ${REVIEW_QUIZ_ID}) and exists (
    select 1 from json_each(${attempts.questionIds}) as asked
      join ${ownQuestions} on ${ownQuestions.id} = asked.value
      join ${ownTexts} on ${ownTexts.id} = ${ownQuestions.textId}
    where ${ownTexts.classId} = ${classId}))`;
}

/** As retriesOfClassQuestions, for the assignments `assignmentIds` (a subquery) selects. */
export function retriesAskingQuestionsOf(assignmentIds: SQL): SQL {
  // "score < 1" is "not isCorrect" (src/bank/grade.ts): the answers a retry asks again.
  return sql`${attempts.quizId} = ${RETRY_QUIZ_ID} and exists (
    select 1 from json_each(${attempts.questionIds}) as asked where asked.value in (
      select wrong.question_id from ${attempts} as class_attempt join ${answers} as wrong on wrong.attempt_id = class_attempt.id
      where class_attempt.learner_id = ${attempts.learnerId} and class_attempt.assignment_id in (${assignmentIds}) and wrong.score < 1))`;
}

/** Deletes classes past their lifetime (also whenever a class is created: one indexed read). */
export async function purgeExpiredClasses(db: Db, now: number): Promise<void> {
  const expired = await db
    .select({ id: classes.id })
    .from(classes)
    .where(lt(classes.createdAt, new Date(now - CLASS_LIFETIME_DAYS * DAY_MS)));
  for (const { id } of expired) await deleteClass(db, id);
}

/** Practice outside a class (attempts without an assignment, their answers) is kept this long (docs/privacy.md). */
export const PRACTICE_LIFETIME_DAYS = 180;
/** A learner in no class and without any attempt left is deleted this long after the row was made. */
export const IDLE_LEARNER_DAYS = 7;

/**
 * The daily clean-up (docs/privacy.md): classes past their lifetime, practice attempts past theirs,
 * learners who are in no class and have nothing left, and stale rate-limit counters.
 */
export async function purgeExpired(db: Db, now: number): Promise<void> {
  await purgeExpiredClasses(db, now);
  await db.batch([
    db.delete(attempts).where(and(isNull(attempts.assignmentId), lt(attempts.createdAt, new Date(now - PRACTICE_LIFETIME_DAYS * DAY_MS)))),
    db.delete(learners).where(
      and(
        lt(learners.createdAt, new Date(now - IDLE_LEARNER_DAYS * DAY_MS)),
        notExists(db.select({ one: sql`1` }).from(classMembers).where(eq(classMembers.learnerId, learners.id))),
        notExists(db.select({ one: sql`1` }).from(attempts).where(eq(attempts.learnerId, learners.id))),
        // Review cards (../review) stay with their learner, even when the attempts they came from are gone.
        sql`${learners.reviewCards} = '{}'`,
      ),
    ),
  ]);
  await purgeRateLimits(db, now);
}

/** Join attempts with a wrong code: 20 per address in 15 minutes (a whole class behind one school router). */
export const WRONG_JOIN_CODE_LIMIT: RateLimit = { scope: "join", limit: 20, windowMs: 15 * 60 * 1000 };
/** Successful joins: 60 per address in 15 minutes, against scripts filling a class with made-up students. */
export const JOIN_LIMIT: RateLimit = { scope: "joined", limit: 60, windowMs: 15 * 60 * 1000 };
/** New classes: 10 per address per hour. */
export const CREATE_CLASS_LIMIT: RateLimit = { scope: "create", limit: 10, windowMs: 60 * 60 * 1000 };
