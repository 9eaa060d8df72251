/**
 * Free-tier budget: the dashboard of 30 students x 20 questions reads a few thousand D1 rows at most, and
 * writes stay small. Measured with D1's own counters (meta.rows_read / rows_written): the reads on the
 * dashboard's own queries, with unrelated classes and self-study attempts in the tables so that a scan
 * would show; the writes as the Worker's store functions report them.
 */
import { env } from "cloudflare:test";
import { beforeAll, expect, it } from "vitest";
import { MIXED_QUIZ_ID, quizPool } from "../../../src/bank";
import { database } from "../../../src/db";
import { assignQuiz } from "../../../src/worker/classroom/assignment-store";
import { loadAssignmentResults, resultQueries } from "../../../src/worker/classroom/results-queries";
import { classMembers } from "../../../src/db/schema/classroom";
import { lookalikeKey, nicknameKey } from "../../../src/worker/classroom/nickname";
import { createClass, joinClass, listAssignments, WRONG_JOIN_CODE_LIMIT } from "../../../src/worker/classroom/store";
import { storeLearner } from "../../../src/worker/learner";
import { startAttempt } from "../../../src/worker/quiz/attempts";
import { recordAnswer } from "../../../src/worker/quiz/store";
import { takeSlotQuery } from "../../../src/worker/rate-limit";

const STUDENTS = 30;
const QUESTIONS = 20;
const db = database(env.DB);
const questionIds = Array.from({ length: QUESTIONS }, (_, index) => `q_${(0xa0000000 + index).toString(16)}`);

async function seedClass(prefix: string): Promise<string> {
  const { classRow } = await createClass(db, `Messklasse ${prefix}`);
  await assignQuiz(db, classRow.id, "gemischt", { openFrom: null, dueDate: null, closesAtDue: false });
  const [assignment] = await listAssignments(db, classRow.id);
  const statements: D1PreparedStatement[] = [];
  for (let student = 0; student < STUDENTS; student++) {
    const learnerId = `${prefix}-learner-${student}`;
    statements.push(env.DB.prepare("insert into learners (id) values (?)").bind(learnerId));
    // Practice outside the class: must not be read by the dashboard.
    for (const kind of ["classroom", "practice-1", "practice-2"]) {
      const attemptId = `${prefix}-${kind}-${student}`;
      statements.push(
        env.DB.prepare("insert into attempts (id, learner_id, quiz_id, question_ids, assignment_id) values (?, ?, ?, ?, ?)").bind(
          attemptId,
          learnerId,
          "gemischt",
          JSON.stringify(questionIds),
          kind === "classroom" ? assignment!.id : null,
        ),
      );
      for (const [index, questionId] of questionIds.entries()) {
        statements.push(
          env.DB.prepare("insert into answers (attempt_id, question_id, response, score) values (?, ?, ?, ?)").bind(
            attemptId,
            questionId,
            JSON.stringify("a"),
            (student + index) % 3 === 0 ? 0 : 1,
          ),
        );
      }
    }
  }
  await env.DB.batch(statements);
  for (let student = 0; student < STUDENTS; student++) {
    expect(await joinClass(db, classRow.id, `${prefix}-learner-${student}`, `Kind ${student}`)).toBe("joined");
  }
  return classRow.id;
}

let measuredClassId = "";
beforeAll(async () => {
  measuredClassId = await seedClass("measured");
  await seedClass("other");
});

/** D1's rows_written of one statement. */
async function written(query: { toSQL(): { sql: string; params: unknown[] } }) {
  const { sql, params } = query.toSQL();
  return (
    await env.DB.prepare(sql)
      .bind(...params)
      .run()
  ).meta.rows_written;
}

async function rowsRead(queries: readonly { toSQL(): { sql: string; params: unknown[] } }[]) {
  let total = 0;
  for (const query of queries) {
    const { sql, params } = query.toSQL();
    total += (
      await env.DB.prepare(sql)
        .bind(...params)
        .all()
    ).meta.rows_read;
  }
  return total;
}

it("reads at most a few thousand rows for one assignment's page and for the class overview, 30 students x 20 questions", async () => {
  const assignmentId = (await listAssignments(db, measuredClassId))[0]?.id ?? "";
  const rows = await loadAssignmentResults(db, measuredClassId, assignmentId);
  expect(rows.members).toHaveLength(STUDENTS);
  expect(rows.latest).toHaveLength(STUDENTS * QUESTIONS);

  const queries = resultQueries(db, measuredClassId);
  const assignmentPage = await rowsRead([queries.members(), queries.attemptsOf({ assignmentId }), queries.latestOf({ assignmentId })]);
  const overview = await rowsRead([queries.assignments(), queries.members(), queries.asked(), queries.totals()]);
  const questionsCsv = await rowsRead([queries.assignments(), queries.askedQuestions(), queries.responses()]);
  console.log(
    `rows read for ${STUDENTS} students x ${QUESTIONS} questions: assignment page ${assignmentPage}, class overview ${overview}, CSV of the questions ${questionsCsv}`,
  );
  // What the assignment page gets back is 30 + 30 + 600 rows; index look-ups add to it, scans of the 1,800
  // answers and 180 attempts in the tables would add far more.
  expect(assignmentPage).toBeGreaterThanOrEqual(STUDENTS * QUESTIONS);
  expect(assignmentPage).toBeLessThan(2000);
  expect(overview).toBeLessThan(4000);
  expect(questionsCsv).toBeLessThan(6000);
});

it("writes 3 rows for an answer (with its review card), 2 + 4 for a new student joining, at most 2 for a counted wrong join code", async () => {
  const { classRow } = await createClass(db, null);
  const learnerId = crypto.randomUUID();
  // Joining as a new learner: the learner row (as ensureLearner stores it) and the membership.
  const learnerRows = await storeLearner(db, learnerId);
  const membership = db
    .insert(classMembers)
    .values({ classId: classRow.id, learnerId, nickname: "Zähler", nicknameKey: nicknameKey("Zähler"), lookalikeKey: lookalikeKey("Zähler") })
    .onConflictDoNothing();
  const memberRows = await written(membership);
  const [question] = quizPool(MIXED_QUIZ_ID);
  const attemptId = await startAttempt(db, learnerId, MIXED_QUIZ_ID, () => [question!.id]);
  const answer = { learnerId, attemptId, question: question!, response: { type: "cloze" as const, text: "x" }, score: 0 };
  const answerRows = await recordAnswer(db, answer);
  const firstCount = await written(takeSlotQuery(db, WRONG_JOIN_CODE_LIMIT, `rows-written-${learnerId}`, Date.now()));
  const secondCount = await written(takeSlotQuery(db, WRONG_JOIN_CODE_LIMIT, `rows-written-${learnerId}`, Date.now()));
  console.log(`rows written: answer ${answerRows}, learner ${learnerRows}, membership ${memberRows}, rate-limit counter ${firstCount} then ${secondCount}`);
  expect(answerRows).toBe(3);
  expect(learnerRows).toBe(2);
  expect(memberRows).toBe(4); // the row and three unique indexes (learner, nickname, lookalike)
  expect(firstCount).toBeLessThanOrEqual(2);
  expect(secondCount).toBeLessThanOrEqual(2);
  // Done again, the same writes are no-ops: a repeated answer, a known learner, a member joining twice.
  expect(await recordAnswer(db, answer)).toBe(0);
  expect(await storeLearner(db, learnerId)).toBe(0);
  expect(await written(membership)).toBe(0);
  expect(await joinClass(db, classRow.id, learnerId, "Zähler")).toBe("already-member");
});
