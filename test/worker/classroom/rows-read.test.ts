/**
 * Free-tier budget: the dashboard of 30 students x 20 questions reads a few thousand D1 rows at most, and
 * writes stay small. Measured with D1's own counters (meta.rows_read / rows_written) on the exact SQL the
 * Worker runs, with unrelated classes and self-study attempts in the tables so that a scan would show.
 */
import { env } from "cloudflare:test";
import { beforeAll, expect, it } from "vitest";
import { answers, learners } from "../../../src/db/schema/progress";
import { dashboardQueries, loadClassRecords } from "../../../src/worker/classroom/records";
import { classMembers } from "../../../src/db/schema/classroom";
import {
  addMember,
  assignQuiz,
  classroomDb,
  createClass,
  listAssignments,
  rateLimitCountQuery,
  WRONG_JOIN_CODE_LIMIT,
} from "../../../src/worker/classroom/store";

const STUDENTS = 30;
const QUESTIONS = 20;
const db = classroomDb(env.DB);
const questionIds = Array.from({ length: QUESTIONS }, (_, index) => `q_${(0xa0000000 + index).toString(16)}`);

async function seedClass(prefix: string): Promise<string> {
  const { classRow } = await createClass(db, `Messklasse ${prefix}`);
  await assignQuiz(db, classRow.id, "gemischt", null);
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
    await addMember(db, classRow.id, `${prefix}-learner-${student}`, `Kind ${student}`, `kind ${student}`);
  }
  return classRow.id;
}

let measuredClassId = "";
beforeAll(async () => {
  measuredClassId = await seedClass("measured");
  await seedClass("other");
});

it("reads at most a few thousand rows for the dashboard of 30 students x 20 questions", async () => {
  const records = await loadClassRecords(db, measuredClassId);
  expect(records.members).toHaveLength(STUDENTS);
  expect(records.answers).toHaveLength(STUDENTS * QUESTIONS);

  let rowsRead = 0;
  for (const query of dashboardQueries(db, measuredClassId)) {
    const { sql, params } = query.toSQL();
    const result = await env.DB.prepare(sql)
      .bind(...params)
      .all();
    rowsRead += result.meta.rows_read;
  }
  console.log(`dashboard rows read for ${STUDENTS} students x ${QUESTIONS} questions: ${rowsRead}`);
  // What is returned is 1 + 30 + 30 + 600 rows; index look-ups add to it, scans of the 1,800 answers
  // and 180 attempts in the tables would add far more.
  expect(rowsRead).toBeGreaterThanOrEqual(STUDENTS * QUESTIONS);
  expect(rowsRead).toBeLessThan(2000);
});

it("writes 2 rows for an answer, 2 + 3 for a new student joining, at most 2 for a counted wrong join code", async () => {
  const { classRow } = await createClass(db, null);
  const written = async (query: { toSQL(): { sql: string; params: unknown[] } }) => {
    const { sql, params } = query.toSQL();
    return (
      await env.DB.prepare(sql)
        .bind(...params)
        .run()
    ).meta.rows_written;
  };
  // Joining as a new learner: the learner row (ensureLearner) and the membership.
  const learnerRows = await written(db.insert(learners).values({ id: "rows-written-learner" }));
  await env.DB.prepare(
    "insert into attempts (id, learner_id, quiz_id, question_ids) values ('rows-written-attempt', 'rows-written-learner', 'gemischt', '[]')",
  ).run();

  const answerRows = await written(db.insert(answers).values({ attemptId: "rows-written-attempt", questionId: "q_00000001", response: "a", score: 1 }));
  const memberRows = await written(
    db.insert(classMembers).values({ classId: classRow.id, learnerId: "rows-written-learner", nickname: "Zähler", nicknameKey: "zähler" }),
  );
  const firstCount = await written(rateLimitCountQuery(db, WRONG_JOIN_CODE_LIMIT, "rows-written-address", Date.now()));
  const secondCount = await written(rateLimitCountQuery(db, WRONG_JOIN_CODE_LIMIT, "rows-written-address", Date.now()));
  console.log(`rows written: answer ${answerRows}, learner ${learnerRows}, membership ${memberRows}, rate-limit counter ${firstCount} then ${secondCount}`);
  expect(answerRows).toBe(2);
  expect(learnerRows).toBe(2);
  expect(memberRows).toBe(3);
  expect(firstCount).toBeLessThanOrEqual(2);
  expect(secondCount).toBeLessThanOrEqual(2);
});
