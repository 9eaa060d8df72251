/** The classroom's reads and deletes use indexes: no full scan of attempts, answers or members. */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { assignments, classes, classMembers } from "../../../src/db/schema/classroom";
import { attempts } from "../../../src/db/schema/progress";
import { dashboardQueries } from "../../../src/worker/classroom/records";
import { classroomDb } from "../../../src/worker/classroom/store";
import { and, eq, inArray } from "drizzle-orm";

const db = classroomDb(env.DB);

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

it("deleting a class finds its attempts through the learner index", async () => {
  const memberLearnerIds = db.select({ id: classMembers.learnerId }).from(classMembers).where(eq(classMembers.classId, "c"));
  const assignmentIds = db.select({ id: assignments.id }).from(assignments).where(eq(assignments.classId, "c"));
  const details = await plan(db.delete(attempts).where(and(inArray(attempts.learnerId, memberLearnerIds), inArray(attempts.assignmentId, assignmentIds))));
  expect(fullScans(details), details.join("\n")).toEqual([]);
  expect(await plan(db.select().from(classes).where(eq(classes.joinCode, "ABCDEFGH")))).toEqual([expect.stringContaining("USING INDEX classes_join_code")]);
});
