/** The classroom's reads and deletes use indexes: no full scan of attempts, answers or members. */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { database } from "../../../src/db";
import { dashboardQueries } from "../../../src/worker/classroom/records";
import { classByJoinCodeQuery, deleteClassStatements, deleteMemberStatements } from "../../../src/worker/classroom/store";

const db = database(env.DB);

async function plan(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<string[]> {
  const { sql, params } = query.toSQL();
  const { results } = await env.DB.prepare(`explain query plan ${sql}`)
    .bind(...params)
    .all<{ detail: string }>();
  return results.map((row) => row.detail);
}

const fullScans = (details: string[]) => details.filter((detail) => /^SCAN (attempts|answers|class_members|classes|assignments)\b/.test(detail));

it("dashboard queries search by index only", async () => {
  for (const query of dashboardQueries(db, "some-class-id")) {
    const details = await plan(query);
    expect(fullScans(details), details.join("\n")).toEqual([]);
  }
});

it("deleting a class or a member finds the attempts through the learner index, and scans nothing", async () => {
  const statements = [...deleteClassStatements(db, "some-class-id"), ...deleteMemberStatements(db, "some-class-id", "some-learner-id")];
  expect(statements).toHaveLength(6);
  for (const statement of statements) {
    const details = await plan(statement);
    expect(fullScans(details), details.join("\n")).toEqual([]);
  }
  const [attemptsOfClass] = deleteClassStatements(db, "some-class-id");
  expect(await plan(attemptsOfClass)).toContainEqual(expect.stringContaining("USING INDEX attempts_learner_created"));
});

it("finds a class by its join code through the unique index", async () => {
  expect(await plan(classByJoinCodeQuery(db, "ABCDEFGH"))).toEqual([expect.stringContaining("USING INDEX classes_join_code")]);
});
