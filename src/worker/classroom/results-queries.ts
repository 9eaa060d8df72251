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
import { and, asc, count, eq, gt, inArray, max, type Placeholder, sql } from "drizzle-orm";
import { assignments, classMembers } from "../../db/schema/classroom";
import { answers, attempts } from "../../db/schema/progress";
import { ownTexts } from "../../db/schema/own-texts";
import { reusedQuery, runReused } from "../../db/reused";
import type { AnswerTotals, AskedCount, AskedQuestion, LatestAnswer } from "./results";
import type { Db } from "../../db";
import { type AssignmentRow, assignmentOfClass, assignmentsOfClass, type MemberRow } from "./store";

// Every query here is built once per isolate (../../db/reused.ts) with placeholders for the ids: Drizzle's
// building cost some 4 ms of CPU per request of the dashboard of a full class.

/** The class, and optionally the one assignment or the one student a read is narrowed to. */
interface Ids {
  classId: Placeholder;
  assignmentId?: Placeholder;
  learnerId?: Placeholder;
}

const classAssignmentIds = (db: Db, classId: Placeholder) => db.select({ id: assignments.id }).from(assignments).where(eq(assignments.classId, classId));

/** Members' attempts of the class's assignments (or of one), of all members (or of one). */
const memberAttempts = (db: Db, ids: Ids) =>
  and(
    eq(classMembers.classId, ids.classId),
    ids.assignmentId === undefined ? inArray(attempts.assignmentId, classAssignmentIds(db, ids.classId)) : eq(attempts.assignmentId, ids.assignmentId),
    ids.learnerId === undefined ? undefined : eq(classMembers.learnerId, ids.learnerId),
  );

/** Per student, assignment and question: the newest answer (score, the response when not right, its time). */
function latestAnswers(db: Db, ids: Ids) {
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
    .where(memberAttempts(db, ids))
    .groupBy(attempts.learnerId, attempts.assignmentId, answers.questionId);
}

/** Per student and assignment with attempts: how many different questions their attempts asked. */
function askedCounts(db: Db, ids: Ids) {
  const askedQuestion = sql`json_each(${attempts.questionIds})`;
  return db
    .select({
      learnerId: sql<string>`${attempts.learnerId}`.as("learnerId"),
      assignmentId: sql<string>`${attempts.assignmentId}`.as("assignmentId"),
      asked: sql<number>`count(distinct json_each.value)`.as("asked"),
    })
    .from(classMembers)
    .innerJoin(attempts, eq(attempts.learnerId, classMembers.learnerId))
    .crossJoin(askedQuestion)
    .where(memberAttempts(db, ids))
    .groupBy(attempts.learnerId, attempts.assignmentId);
}

/**
 * Per assignment and question its members' attempts asked: the first position (from 0) an attempt asked
 * it at. The CSV of the questions lists what was asked, as the grid does, and a live lesson's in the order
 * the projector asked them.
 */
function askedQuestions(db: Db, ids: Ids) {
  const askedQuestion = sql`json_each(${attempts.questionIds})`;
  return db
    .select({
      assignmentId: sql<string>`${attempts.assignmentId}`.as("assignmentId"),
      questionId: sql<string>`json_each.value`.as("questionId"),
      position: sql<number>`min(json_each.key)`.as("position"),
    })
    .from(classMembers)
    .innerJoin(attempts, eq(attempts.learnerId, classMembers.learnerId))
    .crossJoin(askedQuestion)
    .where(memberAttempts(db, ids))
    .groupBy(attempts.assignmentId, sql`json_each.value`);
}

/** Per student and assignment: answered, right, points, time of the last answer. */
function answerTotals(db: Db, ids: Ids) {
  const latest = db.$with("latest").as(latestAnswers(db, ids));
  return db
    .with(latest)
    .select({
      learnerId: sql<string>`${latest.learnerId}`.as("learnerId"),
      assignmentId: sql<string>`${latest.assignmentId}`.as("assignmentId"),
      answered: sql<number>`count(*)`.as("answered"),
      right: sql<number>`sum(${latest.score} >= 1)`.as("right"),
      points: sql<number>`total(${latest.score})`.as("points"),
      lastAnswerAt: sql<number>`max(${latest.answeredAt})`.as("lastAnswerAt"),
    })
    .from(latest)
    .groupBy(latest.learnerId, sql`${sql.identifier("assignment_id")}`);
}

/** The attempts of one assignment, or of one student: whose, which questions. */
const attemptQuestions = (db: Db, ids: Ids) =>
  db
    .select({ learnerId: attempts.learnerId, assignmentId: attempts.assignmentId, questionIds: attempts.questionIds })
    .from(classMembers)
    .innerJoin(attempts, eq(attempts.learnerId, classMembers.learnerId))
    .where(memberAttempts(db, ids));

const CLASS = ["classId"] as const;
const CLASS_AND_ASSIGNMENT = ["classId", "assignmentId"] as const;
const CLASS_AND_STUDENT = ["classId", "learnerId"] as const;

const membersOfClass = reusedQuery(CLASS, (db, ids) =>
  db.select().from(classMembers).where(eq(classMembers.classId, ids.classId)).orderBy(asc(classMembers.nicknameKey)),
);
// A row per student and assignment: 600 for a class of 100 with 6 assignments, each as D1 gives it.
const asIs = { rowsAsIs: true };
const askedInClass = reusedQuery(CLASS, askedCounts, asIs);
const askedOfStudent = reusedQuery(CLASS_AND_STUDENT, askedCounts, asIs);
const totalsInClass = reusedQuery(CLASS, answerTotals, asIs);
const askedQuestionsInClass = reusedQuery(CLASS, askedQuestions, asIs);
const totalsOfStudent = reusedQuery(CLASS_AND_STUDENT, answerTotals, asIs);
const attemptsOfAssignment = reusedQuery(CLASS_AND_ASSIGNMENT, attemptQuestions);
const attemptsOfStudent = reusedQuery(CLASS_AND_STUDENT, attemptQuestions);
const latestOfAssignment = reusedQuery(CLASS_AND_ASSIGNMENT, latestAnswers);
const latestOfStudent = reusedQuery(CLASS_AND_STUDENT, latestAnswers);

/** Per assignment, question and wrong response (null: right): how many students gave it. */
const responseCounts = reusedQuery(CLASS, (db, ids) => {
  const latest = db.$with("latest").as(latestAnswers(db, ids));
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
});

/**
 * How many of an assignment's answers are newer than `sinceAnswerId`: a range of the rowid, then each
 * one's attempt and membership by key.
 */
const answersSince = reusedQuery(["classId", "assignmentId", "sinceAnswerId"], (db, ids) =>
  db
    .select({ count: count() })
    .from(answers)
    // CROSS JOIN keeps this order in SQLite: the new answers first, not every answer of the class.
    .crossJoin(attempts)
    .crossJoin(classMembers)
    .where(
      and(
        gt(answers.id, ids.sinceAnswerId),
        eq(attempts.id, answers.attemptId),
        eq(attempts.assignmentId, ids.assignmentId),
        eq(classMembers.learnerId, attempts.learnerId),
        eq(classMembers.classId, ids.classId),
      ),
    ),
);

/** How many attempts the members have at an assignment: one begun without an answer yet shows on its page too. */
const attemptsAtAssignment = reusedQuery(CLASS_AND_ASSIGNMENT, (db, ids) =>
  db
    .select({ count: count() })
    .from(attempts)
    .innerJoin(classMembers, and(eq(classMembers.learnerId, attempts.learnerId), eq(classMembers.classId, ids.classId)))
    .where(eq(attempts.assignmentId, ids.assignmentId!)),
);

/** The newest answer id anywhere: the end of the rowid, one row read. */
const newestAnswer = reusedQuery([], (db) => db.select({ id: max(answers.id) }).from(answers));

/** Narrows a read to one assignment, or to one student. */
type Only = { assignmentId: string; learnerId?: undefined } | { learnerId: string; assignmentId?: undefined };

/** The results' reads of one class, each ready to run (with `runReused` or `runOne`, ../../db/reused.ts). */
export function resultQueries(db: Db, classId: string) {
  return {
    assignments: () => assignmentsOfClass(db, { classId }),
    members: () => membersOfClass(db, { classId }),
    /** Per student and assignment with attempts: how many different questions their attempts asked. */
    asked: (learnerId?: string) => (learnerId === undefined ? askedInClass(db, { classId }) : askedOfStudent(db, { classId, learnerId })),
    /** Per student and assignment: answered, right, points, time of the last answer. */
    totals: (learnerId?: string) => (learnerId === undefined ? totalsInClass(db, { classId }) : totalsOfStudent(db, { classId, learnerId })),
    /** Per assignment, question and wrong response (null: right): how many students gave it. */
    responses: () => responseCounts(db, { classId }),
    /** Per assignment, the questions its attempts asked, each at the first position an attempt asked it at. */
    askedQuestions: () => askedQuestionsInClass(db, { classId }),
    /** The attempts of one assignment, or of one student: whose, which questions. */
    attemptsOf: (only: Only) =>
      only.assignmentId === undefined
        ? attemptsOfStudent(db, { classId, learnerId: only.learnerId })
        : attemptsOfAssignment(db, { classId, assignmentId: only.assignmentId }),
    /** The newest answers of one assignment, or of one student: one per student, assignment and question. */
    latestOf: (only: Only) =>
      only.assignmentId === undefined
        ? latestOfStudent(db, { classId, learnerId: only.learnerId })
        : latestOfAssignment(db, { classId, assignmentId: only.assignmentId }),
    /** How many attempts the members have at this assignment. */
    attemptCount: (assignmentId: string) => attemptsAtAssignment(db, { classId, assignmentId }),
    /** How many of this assignment's answers are newer than `sinceAnswerId`. */
    newAnswersSince: (assignmentId: string, sinceAnswerId: number) => answersSince(db, { classId, assignmentId, sinceAnswerId }),
  };
}

export interface ClassResultRows {
  assignments: AssignmentRow[];
  members: MemberRow[];
  asked: AskedCount[];
  totals: AnswerTotals[];
}

/** Everything the class overview and the per-student CSV need, in one batch (one consistent read). */
export async function loadClassResults(db: Db, classId: string): Promise<ClassResultRows> {
  const queries = resultQueries(db, classId);
  const [assignmentRows, members, asked, totals] = await runReused(db, [queries.assignments(), queries.members(), queries.asked(), queries.totals()]);
  return { assignments: assignmentRows, members, asked, totals };
}

export interface AssignmentResultRows {
  members: MemberRow[];
  attempts: { learnerId: string; assignmentId: string | null; questionIds: string[] }[];
  latest: LatestAnswer[];
  /** The newest answer id anywhere when this was read: the page's version, with the members and the assignment. */
  newestAnswerId: number;
  /** The version of the assignment's own text (its questions edited, it was withdrawn), 0 for a quiz of the bank. */
  contentVersion: number;
}

/** The version of the assignment's own text: no row for a quiz of the bank, whose questions change only with a deploy. */
const contentVersionOf = reusedQuery(["assignmentId"], (db, ids) =>
  db
    .select({ version: ownTexts.version })
    .from(ownTexts)
    .where(inArray(ownTexts.id, db.select({ quizId: assignments.quizId }).from(assignments).where(eq(assignments.id, ids.assignmentId)))),
);

/**
 * One assignment's rows, with the newest answer id read first.
 *
 * The answers are read as raw rows, not through Drizzle's row mapping: that costs about 1.5 µs per
 * field, some 7 ms for the 4,500 answers of a full class (100 students x 45 questions), most of the
 * 10 ms of CPU a free-tier request may use (measured with bench/requests.ts). Drizzle builds the SQL (once per isolate).
 */
export async function loadAssignmentResults(db: Db, classId: string, assignmentId: string): Promise<AssignmentResultRows> {
  const queries = resultQueries(db, classId);
  // In this order: an answer given between the two reads is newer than `newest`, so the next poll sees it.
  const [newest, members, attemptRows, content] = await runReused(db, [
    newestAnswer(db, {}),
    queries.members(),
    queries.attemptsOf({ assignmentId }),
    contentVersionOf(db, { assignmentId }),
  ]);
  const latestRows = await queries.latestOf({ assignmentId }).statement.raw<[string, string, string, number, string | null, number]>();
  const latest = latestRows.map(([learnerId, , questionId, score, response, answeredAt]) => ({ learnerId, questionId, score, response, answeredAt }));
  return { members, attempts: attemptRows, latest, newestAnswerId: newest[0]?.id ?? 0, contentVersion: content[0]?.version ?? 0 };
}

/** What tells whether an assignment's page changed since `sinceAnswerId` (./results-version.ts), in one batch. */
export async function loadResultsStamp(db: Db, classId: string, assignmentId: string, sinceAnswerId: number) {
  const queries = resultQueries(db, classId);
  const [assignmentRows, members, [newAnswers], content, [begun]] = await runReused(db, [
    assignmentOfClass(db, { classId, assignmentId }),
    membersOfClass(db, { classId }),
    queries.newAnswersSince(assignmentId, sinceAnswerId),
    contentVersionOf(db, { assignmentId }),
    queries.attemptCount(assignmentId),
  ]);
  return {
    assignment: assignmentRows[0],
    members,
    newAnswers: newAnswers?.count ?? 0,
    contentVersion: content[0]?.version ?? 0,
    attemptCount: begun?.count ?? 0,
  };
}

export interface StudentResultRows {
  assignments: AssignmentRow[];
  attempts: { learnerId: string; assignmentId: string | null; questionIds: string[] }[];
  latest: (LatestAnswer & { assignmentId: string })[];
  /** What the whole class was asked per assignment: the student's questions are numbered as on the class's grid. */
  classAsked: AskedQuestion[];
}

/** One student's attempts and newest answers in all of the class's assignments (a few hundred rows at most). */
export async function loadStudentResults(db: Db, classId: string, learnerId: string): Promise<StudentResultRows> {
  const queries = resultQueries(db, classId);
  const [assignmentRows, attemptRows, latest, classAsked] = await runReused(db, [
    queries.assignments(),
    queries.attemptsOf({ learnerId }),
    queries.latestOf({ learnerId }),
    queries.askedQuestions(),
  ]);
  return {
    assignments: assignmentRows,
    attempts: attemptRows,
    classAsked,
    latest: latest.map((row) => ({ ...row, answeredAt: row.answeredAt instanceof Date ? row.answeredAt.getTime() : Number(row.answeredAt) })),
  };
}
