/**
 * Free-tier budget: the dashboard of 30 students x 20 questions reads a few thousand D1 rows at most, and
 * writes stay small. Measured with D1's own counters (meta.rows_read / rows_written) on the exact SQL the
 * Worker runs, with unrelated classes and self-study attempts in the tables so that a scan would show.
 */
import { env } from "cloudflare:test";
import { beforeAll, expect, it } from "vitest";
import { answers, learners } from "../../../src/db/schema/progress";
import { loadAssignmentResults, resultQueries } from "../../../src/worker/classroom/results-queries";
import { classMembers } from "../../../src/db/schema/classroom";
import { assignQuiz } from "../../../src/worker/classroom/assignment-store";
import { addMember, classroomDb, createClass, listAssignments, WRONG_JOIN_CODE_LIMIT } from "../../../src/worker/classroom/store";
import { rateLimitCountQuery } from "../../../src/worker/rate-limit";

const STUDENTS = 30;
const QUESTIONS = 20;
const db = classroomDb(env.DB);
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
    await addMember(db, classRow.id, `${prefix}-learner-${student}`, `Kind ${student}`, `kind ${student}`);
  }
  return classRow.id;
}

let measuredClassId = "";
beforeAll(async () => {
  measuredClassId = await seedClass("measured");
  await seedClass("other");
});

let measuredAssignmentId = "";

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
  measuredAssignmentId = (await listAssignments(db, measuredClassId))[0]?.id ?? "";
  const rows = await loadAssignmentResults(db, measuredClassId, measuredAssignmentId);
  expect(rows.members).toHaveLength(STUDENTS);
  expect(rows.latest).toHaveLength(STUDENTS * QUESTIONS);

  const queries = resultQueries(db, measuredClassId);
  const assignmentPage = await rowsRead([
    queries.members(),
    queries.attemptsOf({ assignmentId: measuredAssignmentId }),
    queries.latestOf({ assignmentId: measuredAssignmentId }),
  ]);
  const overview = await rowsRead([queries.assignments(), queries.members(), queries.asked(), queries.totals()]);
  console.log(`rows read for ${STUDENTS} students x ${QUESTIONS} questions: assignment page ${assignmentPage}, class overview ${overview}`);
  // What the assignment page gets back is 30 + 30 + 600 rows; index look-ups add to it, scans of the 1,800
  // answers and 180 attempts in the tables would add far more.
  expect(assignmentPage).toBeGreaterThanOrEqual(STUDENTS * QUESTIONS);
  expect(assignmentPage).toBeLessThan(2000);
  expect(overview).toBeLessThan(4000);
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
