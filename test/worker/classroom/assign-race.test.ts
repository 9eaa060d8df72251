/**
 * Assigning a class's own text while the teacher, in another tab, withdraws or deletes it: the route checks the text,
 * then writes the assignment; what happens in between must not leave an assignment of a text the class cannot open
 * (the dashboard's "Unbekanntes Quiz"). assignQuiz is called here as the route calls it after its check.
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { database } from "../../../src/db";
import { assignQuiz } from "../../../src/worker/classroom/assignment-store";
import { visibleText } from "../browser";
import { pasteText, textPath } from "../own-texts/helpers";
import { count, createClass } from "./helpers";

const window = { openFrom: null, dueDate: null, closesAtDue: false };

it("writes no assignment of an own text withdrawn or deleted after the route's check, and one of a published text", async () => {
  const created = await createClass();
  const db = database(env.DB);
  const assignmentsOf = (textId: string) => count("select count(*) as n from assignments where class_id = ? and quiz_id = ?", created.classId, textId);
  const published = async () => {
    const textId = await pasteText(created);
    expect((await created.teacher.post(`${textPath(created.classId, textId)}/veroeffentlichen`)).status).toBe(303);
    return textId;
  };

  const withdrawn = await published();
  expect((await created.teacher.post(`${textPath(created.classId, withdrawn)}/zurueckziehen`, { bestaetigung: "ja" })).status).toBe(303);
  expect(await assignQuiz(db, created.classId, withdrawn, window)).toBe(false);
  expect(await assignmentsOf(withdrawn)).toBe(0);

  const deleted = await published();
  expect((await created.teacher.post(`${textPath(created.classId, deleted)}/loeschen`, { bestaetigung: "ja" })).status).toBe(303);
  expect(await assignQuiz(db, created.classId, deleted, window)).toBe(false);
  expect(await assignmentsOf(deleted)).toBe(0);

  const kept = await published();
  expect(await assignQuiz(db, created.classId, kept, window)).toBe(true);
  expect(await assignmentsOf(kept)).toBe(1);
  expect(visibleText(await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text())).not.toContain("Unbekanntes Quiz");
});
