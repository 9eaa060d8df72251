/**
 * The D1 reads behind ./results.ts. Every one starts from the class's members (index on class_id), goes
 * to their attempts (index on learner_id) and to the answers (index on attempt_id): never a scan of
 * attempts or answers; test/worker/classroom/query-plans.test.ts checks the plans.
 *
 * A student's answer to a question of an assignment is their newest one over all their attempts of it
 * (SQLite keeps the other columns of the row with max() in a grouped select). The class overview and the
 * CSV get sums per student and assignment from D1, so their CPU in the Worker does not grow with the
 * number of answers; the page of one assignment reads its answers one row per student and question.
 */
import { and, asc, count, eq, gt, inArray, max, sql } from "drizzle-orm";
import { assignments, classMembers } from "../../db/schema/classroom";
import { answers, attempts } from "../../db/schema/progress";
import type { AnswerTotals, AskedCount, LatestAnswer } from "./results";
import type { Db } from "../../db";
import type { AssignmentRow, MemberRow } from "./store";

const classAssignmentIds = (db: Db, classId: string) => db.select({ id: assignments.id }).from(assignments).where(eq(assignments.classId, classId));

/** Narrows a read to one assignment, or to one student. */
interface Only {
  assignmentId?: string;
  learnerId?: string;
}

/** Members' attempts of the class's assignments (or of one), of all members (or of one). */
const memberAttempts = (db: Db, classId: string, only: Only = {}) =>
  and(
    eq(classMembers.classId, classId),
    only.assignmentId === undefined ? inArray(attempts.assignmentId, classAssignmentIds(db, classId)) : eq(attempts.assignmentId, only.assignmentId),
    only.learnerId === undefined ? undefined : eq(classMembers.learnerId, only.learnerId),
  );

/** Per student, assignment and question: the newest answer (score, the response when not right, its time). */
function latestAnswers(db: Db, classId: string, only: Only = {}) {
  return db
    .select({
      learnerId: attempts.learnerId,
      assignmentId: sql<string>`${attempts.assignmentId}`.as("assignment_id"),
      questionId: answers.questionId,
      score: answers.score,
      response: sql<string | null>`case when ${answers.score} < 1 then ${answers.response} end`.as("wrong_response"),
      answeredAt: max(answers.createdAt).as("answered_at"),
    })
    .from(classMembers)
    .innerJoin(attempts, eq(attempts.learnerId, classMembers.learnerId))
    .innerJoin(answers, eq(answers.attemptId, attempts.id))
    .where(memberAttempts(db, classId, only))
    .groupBy(attempts.learnerId, attempts.assignmentId, answers.questionId);
}

export function resultQueries(db: Db, classId: string) {
  return {
    assignments: () => db.select().from(assignments).where(eq(assignments.classId, classId)).orderBy(asc(assignments.createdAt), asc(assignments.id)),
    members: () => db.select().from(classMembers).where(eq(classMembers.classId, classId)).orderBy(asc(classMembers.nicknameKey)),

    /** Per student and assignment with attempts: how many different questions their attempts asked. */
    asked: (learnerId?: string) => {
      const askedQuestion = sql`json_each(${attempts.questionIds})`;
      return db
        .select({
          learnerId: attempts.learnerId,
          assignmentId: sql<string>`${attempts.assignmentId}`,
          asked: sql<number>`count(distinct json_each.value)`,
        })
        .from(classMembers)
        .innerJoin(attempts, eq(attempts.learnerId, classMembers.learnerId))
        .crossJoin(askedQuestion)
        .where(memberAttempts(db, classId, { learnerId }))
        .groupBy(attempts.learnerId, attempts.assignmentId);
    },

    /** Per student and assignment: answered, right, points, time of the last answer. */
    totals: (learnerId?: string) => {
      const latest = db.$with("latest").as(latestAnswers(db, classId, { learnerId }));
      return db
        .with(latest)
        .select({
          learnerId: latest.learnerId,
          assignmentId: latest.assignmentId,
          answered: sql<number>`count(*)`,
          right: sql<number>`sum(${latest.score} >= 1)`,
          points: sql<number>`total(${latest.score})`,
          lastAnswerAt: sql<number>`max(${latest.answeredAt})`,
        })
        .from(latest)
        .groupBy(latest.learnerId, sql`${sql.identifier("assignment_id")}`);
    },

    /** Per assignment, question and wrong response (null: right): how many students gave it. */
    responses: () => {
      const latest = db.$with("latest").as(latestAnswers(db, classId));
      return db
        .with(latest)
        .select({
          assignmentId: latest.assignmentId,
          questionId: latest.questionId,
          right: sql<number>`${latest.score} >= 1`.as("is_right"),
          response: latest.response,
          count: count(),
        })
        .from(latest)
        .groupBy(sql`${sql.identifier("assignment_id")}`, latest.questionId, sql`${sql.identifier("is_right")}`, sql`${sql.identifier("wrong_response")}`);
    },

    /** The attempts of one assignment, or of one student: whose, which questions. */
    attemptsOf: (only: Only) =>
      db
        .select({ learnerId: attempts.learnerId, assignmentId: attempts.assignmentId, questionIds: attempts.questionIds })
        .from(classMembers)
        .innerJoin(attempts, eq(attempts.learnerId, classMembers.learnerId))
        .where(memberAttempts(db, classId, only)),

    /** The newest answers of one assignment, or of one student: one per student, assignment and question. */
    latestOf: (only: Only) => latestAnswers(db, classId, only),

    /**
     * What changes the page of an assignment, cheaply: the newest answer id anywhere (the rowid's end,
     * one row), and how many of this assignment's answers are newer than `sinceAnswerId` (a range of
     * the rowid, then each one's attempt and membership by key).
     */
    newAnswersSince: (assignmentId: string, sinceAnswerId: number) =>
      db
        .select({ count: count() })
        .from(answers)
        // CROSS JOIN keeps this order in SQLite: the new answers first, not every answer of the class.
        .crossJoin(attempts)
        .crossJoin(classMembers)
        .where(
          and(
            gt(answers.id, sinceAnswerId),
            eq(attempts.id, answers.attemptId),
            eq(attempts.assignmentId, assignmentId),
            eq(classMembers.learnerId, attempts.learnerId),
            eq(classMembers.classId, classId),
          ),
        ),
  };
}

/** The newest answer id anywhere: the end of the rowid, one row read. */
export const newestAnswerId = (db: Db) => db.select({ id: max(answers.id) }).from(answers);

export interface ClassResultRows {
  assignments: AssignmentRow[];
  members: MemberRow[];
  asked: AskedCount[];
  totals: AnswerTotals[];
}

/** Everything the class overview and the per-student CSV need, in one batch (one consistent read). */
export async function loadClassResults(db: Db, classId: string): Promise<ClassResultRows> {
  const queries = resultQueries(db, classId);
  const [assignmentRows, members, asked, totals] = await db.batch([queries.assignments(), queries.members(), queries.asked(), queries.totals()]);
  return { assignments: assignmentRows, members, asked, totals };
}

export interface AssignmentResultRows {
  members: MemberRow[];
  attempts: { learnerId: string; assignmentId: string | null; questionIds: string[] }[];
  latest: LatestAnswer[];
  /** The newest answer id anywhere when this was read: the page's version, with the members and the assignment. */
  newestAnswerId: number;
}

/**
 * One assignment's rows, with the newest answer id read first.
 *
 * The answers are read as raw rows, not through Drizzle's row mapping: that costs about 1.5 µs per
 * field, some 7 ms for the 4,500 answers of a full class (100 students x 45 questions), most of the
 * 10 ms of CPU a free-tier request may use (measured with bench/requests.ts). Drizzle builds the SQL.
 */
export async function loadAssignmentResults(db: Db, classId: string, assignmentId: string): Promise<AssignmentResultRows> {
  const queries = resultQueries(db, classId);
  const latestSql = queries.latestOf({ assignmentId }).toSQL();
  // In this order: an answer given between the two reads is newer than `newest`, so the next poll sees it.
  const [newest, members, attemptRows] = await db.batch([newestAnswerId(db), queries.members(), queries.attemptsOf({ assignmentId })]);
  const latestRows = await db.$client
    .prepare(latestSql.sql)
    .bind(...latestSql.params)
    .raw<[string, string, string, number, string | null, number]>();
  const latest = latestRows.map(([learnerId, , questionId, score, response, answeredAt]) => ({ learnerId, questionId, score, response, answeredAt }));
  return { members, attempts: attemptRows, latest, newestAnswerId: newest[0]?.id ?? 0 };
}

/** What tells whether an assignment's page changed since `sinceAnswerId` (./results-version.ts), in one batch. */
export async function loadResultsStamp(db: Db, classId: string, assignmentId: string, sinceAnswerId: number) {
  const queries = resultQueries(db, classId);
  const [assignmentRows, members, [newAnswers]] = await db.batch([
    db
      .select()
      .from(assignments)
      .where(and(eq(assignments.id, assignmentId), eq(assignments.classId, classId))),
    db
      .select({ id: classMembers.id, nickname: classMembers.nickname })
      .from(classMembers)
      .where(eq(classMembers.classId, classId))
      .orderBy(asc(classMembers.nicknameKey)),
    queries.newAnswersSince(assignmentId, sinceAnswerId),
  ]);
  return { assignment: assignmentRows[0], members, newAnswers: newAnswers?.count ?? 0 };
}

export interface StudentResultRows {
  assignments: AssignmentRow[];
  attempts: { learnerId: string; assignmentId: string | null; questionIds: string[] }[];
  latest: (LatestAnswer & { assignmentId: string })[];
}

/** One student's attempts and newest answers in all of the class's assignments (a few hundred rows at most). */
export async function loadStudentResults(db: Db, classId: string, learnerId: string): Promise<StudentResultRows> {
  const queries = resultQueries(db, classId);
  const [assignmentRows, attemptRows, latest] = await db.batch([queries.assignments(), queries.attemptsOf({ learnerId }), queries.latestOf({ learnerId })]);
  return {
    assignments: assignmentRows,
    attempts: attemptRows,
    latest: latest.map((row) => ({ ...row, answeredAt: row.answeredAt instanceof Date ? row.answeredAt.getTime() : Number(row.answeredAt) })),
  };
}
