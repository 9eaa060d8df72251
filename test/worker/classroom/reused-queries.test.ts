/**
 * The dashboard's queries are built once per isolate with placeholders (src/db/reused.ts): each run must
 * read its own class, one after the other and side by side, and map rows as Drizzle does.
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { database } from "../../../src/db";
import { runOne, runReused } from "../../../src/db/reused";
import { assignQuiz } from "../../../src/worker/classroom/assignment-store";
import { loadClassResults, resultQueries } from "../../../src/worker/classroom/results-queries";
import { createClass, findAssignment, findClass, joinClass, listAssignments } from "../../../src/worker/classroom/store";
import { storeLearner } from "../../../src/worker/learner";

const db = database(env.DB);

async function classWith(nicknames: string[]) {
  const { classRow } = await createClass(db, `Klasse ${nicknames.join(" ")}`);
  await assignQuiz(db, classRow.id, "gemischt", { openFrom: null, dueDate: "2030-06-04", closesAtDue: false });
  for (const nickname of nicknames) {
    const learnerId = crypto.randomUUID();
    await storeLearner(db, learnerId);
    expect(await joinClass(db, classRow.id, learnerId, nickname)).toBe("joined");
  }
  return classRow;
}

it("a query built once reads each class with its own ids, one after the other and in one batch", async () => {
  const first = await classWith(["Igel", "Fuchs"]);
  const second = await classWith(["Dachs"]);
  const nicknames = (rows: { nickname: string }[]) => rows.map((row) => row.nickname).sort();

  expect(nicknames((await loadClassResults(db, first.id)).members)).toEqual(["Fuchs", "Igel"]);
  expect(nicknames((await loadClassResults(db, second.id)).members)).toEqual(["Dachs"]);
  const [firstMembers, secondMembers] = await runReused(db, [resultQueries(db, first.id).members(), resultQueries(db, second.id).members()]);
  expect(nicknames(firstMembers)).toEqual(["Fuchs", "Igel"]);
  expect(nicknames(secondMembers)).toEqual(["Dachs"]);
  expect(await runOne(resultQueries(db, "no-such-class").members())).toEqual([]);

  // Drizzle's mapping is kept: dates as Date, the assignment's fields by their names.
  const found = await findClass(db, second.id);
  expect(found?.id).toBe(second.id);
  expect(found?.createdAt).toBeInstanceOf(Date);
  const [assignment] = await listAssignments(db, first.id);
  expect(assignment).toMatchObject({ classId: first.id, quizId: "gemischt", dueDate: "2030-06-04", closesAtDue: false });
  expect(await findAssignment(db, second.id, assignment!.id)).toBeUndefined();
  expect(await findAssignment(db, first.id, assignment!.id)).toEqual(assignment);
});
