/**
 * What the dashboard reads: members -> attempts (of the class's assignments) -> answers. Four indexed
 * queries in one batch, never a scan of attempts or answers; see test/worker/classroom/rows-read.test.ts.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { assignments, classMembers } from "../../db/schema/classroom";
import { answers, attempts } from "../../db/schema/progress";
import type { AssignmentRow, Db, MemberRow } from "./store";

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
        response: answers.response,
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
  response: unknown;
  score: number;
}

export interface ClassRecords {
  assignments: AssignmentRow[];
  members: MemberRow[];
  attempts: AttemptRecord[];
  answers: AnswerRecord[];
}

export async function loadClassRecords(db: Db, classId: string): Promise<ClassRecords> {
  const [assignmentRows, members, attemptRows, answerRows] = await db.batch(dashboardQueries(db, classId));
  return { assignments: assignmentRows, members, attempts: attemptRows, answers: answerRows };
}

