/**
 * What the dashboard reads: members -> attempts (of the class's assignments) -> answers. Four indexed
 * queries, never a scan of attempts or answers; see test/worker/classroom/rows-read.test.ts.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { assignments, classMembers } from "../../db/schema/classroom";
import { answers, attempts } from "../../db/schema/progress";
import type { Db } from "../../db";
import type { AssignmentRow, MemberRow } from "./store";

export function dashboardQueries(db: Db, classId: string) {
  const classAssignmentIds = db.select({ id: assignments.id }).from(assignments).where(eq(assignments.classId, classId));
  const classAttempts = and(eq(classMembers.classId, classId), inArray(attempts.assignmentId, classAssignmentIds));
  return [
    db.select().from(assignments).where(eq(assignments.classId, classId)).orderBy(asc(assignments.createdAt)),
    db.select().from(classMembers).where(eq(classMembers.classId, classId)).orderBy(asc(classMembers.nicknameKey)),
    db
      .select({
        id: attempts.id,
        learnerId: attempts.learnerId,
        assignmentId: attempts.assignmentId,
        questionIds: attempts.questionIds,
        createdAt: attempts.createdAt,
      })
      .from(classMembers)
      .innerJoin(attempts, eq(attempts.learnerId, classMembers.learnerId))
      .where(classAttempts),
    db
      .select({
        attemptId: answers.attemptId,
        questionId: answers.questionId,
        // Only answers without full marks show what was given ("which wrong option how often").
        response: sql<string | null>`case when ${answers.score} < 1 then ${answers.response} end`,
        score: answers.score,
      })
      .from(classMembers)
      .innerJoin(attempts, eq(attempts.learnerId, classMembers.learnerId))
      .innerJoin(answers, eq(answers.attemptId, attempts.id))
      .where(classAttempts),
  ] as const;
}

export interface AttemptRecord {
  id: string;
  learnerId: string;
  assignmentId: string | null;
  questionIds: string[];
  createdAt: Date;
}

export interface AnswerRecord {
  attemptId: string;
  questionId: string;
  /** The stored response (JSON) of an answer without full marks; null for right answers. */
  response: string | null;
  score: number;
}

export interface ClassRecords {
  assignments: AssignmentRow[];
  members: MemberRow[];
  attempts: AttemptRecord[];
  answers: AnswerRecord[];
}

/**
 * The answers are read as raw rows, not through Drizzle's row mapping: that costs about 1.5 µs per
 * field, some 7 ms for the 4,500 answers of a full class (100 students x 45 questions), most of the
 * 10 ms of CPU a free-tier request may use (measured with bench/requests.ts). Drizzle builds the SQL.
 */
export async function loadClassRecords(db: Db, classId: string): Promise<ClassRecords> {
  const [assignmentQuery, memberQuery, attemptQuery, answerQuery] = dashboardQueries(db, classId);
  const answerSql = answerQuery.toSQL();
  const [[assignmentRows, members, attemptRows], answerRows] = await Promise.all([
    db.batch([assignmentQuery, memberQuery, attemptQuery]),
    db.$client
      .prepare(answerSql.sql)
      .bind(...answerSql.params)
      .raw<[string, string, string | null, number]>(),
  ]);
  const answerRecords = answerRows.map(([attemptId, questionId, response, score]) => ({ attemptId, questionId, response, score }));
  return { assignments: assignmentRows, members, attempts: attemptRows, answers: answerRecords };
}
