/**
 * While an assignment runs, the dashboard and the CSV of the questions give every question the same
 * number: both list what the attempts asked, also a question nobody has answered yet.
 */
import { beforeAll, expect, it } from "vitest";
import { getQuestion, MIXED_QUIZ_ID } from "../../../src/bank";
import { questionText } from "../../../src/worker/classroom/quizzes";
import { redirectTarget } from "../browser";
import { answer, attemptQuestionIds, createClass, type CreatedClass, joinAs, parseCsv, rightResponse } from "./helpers";

let created: CreatedClass;
let asked: string[];

beforeAll(async () => {
  created = await createClass("Nummern 7c");
  expect((await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: MIXED_QUIZ_ID, dueDate: "" })).status).toBe(303);
  // Anna answers the first half, Ben the first question, Cleo starts and answers nothing.
  for (const [nickname, answered] of [
    ["Anna", 0.5],
    ["Ben", 0.1],
    ["Cleo", 0],
  ] as const) {
    const { student, classPath } = await joinAs(created.joinCode, nickname);
    const start = /action="([^"]+\/aufgaben\/[^"]+\/starten)"/.exec(await (await student.get(classPath)).text())![1]!;
    const attemptPath = redirectTarget(await student.post(start));
    asked = await attemptQuestionIds(attemptPath);
    const count = Math.max(answered > 0 ? 1 : 0, Math.floor(asked.length * answered));
    for (const [index, id] of asked.slice(0, count).entries()) await answer(student, attemptPath, index + 1, rightResponse(getQuestion(id)!));
  }
});

it("the CSV lists and numbers the questions as the dashboard does, answered or not yet", async () => {
  const assignmentId = /\/aufgaben\/([A-Za-z0-9_-]{16,64})"/.exec(await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text())![1]!;
  const page = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/aufgaben/${assignmentId}`)).text();
  const columns = [...page.matchAll(/<th scope="col" class="q" data-question-id="([^"]+)">.*?(\d+)<\/th>/g)].map(
    (match) => `${match[2]} ${questionText(getQuestion(match[1]!)!)}`,
  );
  expect(columns).toHaveLength(new Set(asked).size);

  const [, ...rows] = parseCsv((await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/export/fragen.csv`)).text()).replace(/^\uFEFF/, ""));
  expect(rows.map((row) => `${row[1]} ${row[3]}`)).toEqual(columns);
  // A question not answered yet: no answers, no share.
  expect(rows.filter((row) => row[5] === "0").map((row) => row[7])).toEqual(rows.filter((row) => row[5] === "0").map(() => ""));
});
