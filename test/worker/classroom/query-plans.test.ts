/** The classroom's reads and deletes use indexes: no full scan of attempts, answers, members or learners (their review cards). */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { database } from "../../../src/db";
import { resultQueries } from "../../../src/worker/classroom/results-queries";
import { classByJoinCodeQuery, deleteClassStatements, deleteMemberStatements } from "../../../src/worker/classroom/store";

const db = database(env.DB);

async function plan(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string[]> {
  const { sql, params } = query.toSQL();
  const { results } = await env.DB.prepare(`explain query plan ${sql}`)
    .bind(...params)
    .all<{ detail: string }>();
  return results.map((row) => row.detail);
}

const fullScans = (details: string[]) =>
  details.filter((detail) => /^SCAN (attempts|answers|class_members|classes|assignments|learners|own_questions|own_texts)\b/.test(detail));

it("the results' queries search by index only", async () => {
  const queries = resultQueries(db, "some-class-id");
  for (const query of [
    queries.assignments(),
    queries.members(),
    queries.asked(),
    queries.asked("some-learner"),
    queries.totals(),
    queries.responses(),
    queries.askedQuestions(),
    queries.attemptsOf({ assignmentId: "some-assignment" }),
    queries.attemptsOf({ learnerId: "some-learner" }),
    queries.latestOf({ assignmentId: "some-assignment" }),
    queries.latestOf({ learnerId: "some-learner" }),
    queries.newAnswersSince("some-assignment", 1000),
    queries.attemptCount("some-assignment"),
  ]) {
    const details = await plan(query);
    expect(fullScans(details), details.join("\n")).toEqual([]);
  }
});

it("deleting a class finds the attempts through the assignment index, a member through the learner index, and scans nothing", async () => {
  const statements = [...deleteClassStatements(db, "some-class-id"), ...deleteMemberStatements(db, "some-class-id", "some-learner-id")];
  expect(statements).toHaveLength(10);
  for (const statement of statements) {
    const details = await plan(statement);
    expect(fullScans(details), details.join("\n")).toEqual([]);
  }
  const [retriesOfClass, attemptsOfClass] = deleteClassStatements(db, "some-class-id");
  expect(await plan(attemptsOfClass)).toContainEqual(expect.stringContaining("INDEX attempts_assignment (assignment_id=?)"));
  // The retries of the class's questions: only learners with attempts for its assignments, each by the learner index.
  expect(await plan(retriesOfClass)).toEqual(
    expect.arrayContaining([
      expect.stringContaining("INDEX attempts_assignment (assignment_id=?)"),
      expect.stringContaining("INDEX attempts_learner_created (learner_id=?)"),
    ]),
  );
});

it("finds a class by its join code through the unique index", async () => {
  expect(await plan(classByJoinCodeQuery(db, "ABCDEFGH"))).toEqual([expect.stringContaining("USING INDEX classes_join_code")]);
});
