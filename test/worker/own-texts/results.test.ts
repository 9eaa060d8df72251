/**
 * The teacher's figures of an own text's assignment: an attempt asks the teacher's quiz size of the text's
 * questions, and the grid, its poll and the per-question CSV show those the class was asked, not every
 * question of the text (a long text has hundreds).
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import type { LearnerResponse } from "../../../src/bank/grade";
import type { Question } from "../../../src/bank/schema";
import { redirectTarget, visibleText } from "../browser";
import { answer, attemptQuestionIds, joinAs, parseCsv, rightResponse } from "../classroom/helpers";
import { createClass, currentQuestions, pasteText, textPath } from "./helpers";

function wrongResponse(question: Question): LearnerResponse {
  switch (question.type) {
    case "single":
      return { type: "single", choice: question.options.find((option) => option.id !== question.answer)!.id };
    case "multi":
      return { type: "multi", choices: [question.options.find((option) => !question.answers.includes(option.id))!.id] };
    case "numeric":
      return { type: "numeric", value: question.max + 1000, typed: String(question.max + 1000) };
    case "truefalse":
      return { type: "truefalse", value: !question.answer };
    case "cloze":
      return { type: "cloze", text: "Zzyzx" };
  }
}

const columnIds = (html: string) => [...html.matchAll(/<th scope="col" class="q" data-question-id="([^"]+)"/g)].map((match) => match[1]!);

it("shows the questions the class was asked, with the right counts, not the text's whole pool", async () => {
  const created = await createClass();
  const textId = await pasteText(created);
  const pool = await currentQuestions(textId);
  const size = 4;
  expect(pool.length).toBeGreaterThan(size + 2);
  const base = textPath(created.classId, textId);
  expect((await created.teacher.post(`${base}/umfang`, { umfang: String(size) })).status).toBe(303);
  expect((await created.teacher.post(`${base}/veroeffentlichen`)).status).toBe(303);
  expect((await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: textId })).status).toBe(303);
  const assignmentId = (await env.DB.prepare("select id from assignments where class_id = ?").bind(created.classId).first<{ id: string }>())!.id;
  const assignmentPath = `/klassen/lehrkraft/${created.classId}/aufgaben/${assignmentId}`;

  // Before anyone starts: no question columns, every student "noch nicht begonnen".
  const { student: ada, classPath } = await joinAs(created.joinCode, "Ada");
  await joinAs(created.joinCode, "Cem");
  const before = await (await created.teacher.get(assignmentPath)).text();
  expect(columnIds(before)).toEqual([]);
  expect(visibleText(before)).toContain(`${size} Fragen je Versuch`);
  expect(visibleText(before).match(/noch nicht begonnen/g)).toHaveLength(2);

  // Ada answers the first question right and the second wrong; Cem never starts.
  const start = (await (await ada.get(classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!.replaceAll("&amp;", "&");
  const attemptPath = redirectTarget(await ada.post(start));
  const asked = await attemptQuestionIds(attemptPath);
  expect(asked).toHaveLength(size);
  const byId = new Map(pool.map((question) => [question.id, question]));
  await answer(ada, attemptPath, 1, rightResponse(byId.get(asked[0]!)!));
  await answer(ada, attemptPath, 2, wrongResponse(byId.get(asked[1]!)!));

  // The columns in the teacher's order (each attempt asks its own draw in an order of its own), numbered so.
  const columns = [...asked].sort((a, b) => pool.findIndex((question) => question.id === a) - pool.findIndex((question) => question.id === b));
  const number = (id: string) => columns.indexOf(id) + 1;
  const page = await (await created.teacher.get(assignmentPath)).text();
  expect(columnIds(page)).toEqual(columns);
  const text = visibleText(page);
  expect(text).toContain(`${size} Fragen`);
  expect(text).toContain(`2 von ${size} bearbeitet`);
  expect(text).toContain("1 von 2 richtig (50 %)");
  const open = columns.filter((id) => id !== asked[0] && id !== asked[1]).map((id) => `Frage ${number(id)}`);
  expect(text).toContain(`Noch von niemandem beantwortet: ${open.join(", ")}.`);
  expect(text.match(/noch nicht begonnen/g)).toHaveLength(1);
  const marks = [...page.matchAll(/<td class="mark (\w+)" data-f="(\d+)">/g)].map((match) => `${match[2]}:${match[1]}`);
  expect(marks).toEqual(columns.map((id) => `${number(id)}:${id === asked[0] ? "right" : id === asked[1] ? "wrong" : "open"}`));

  // The poll shows the same grid.
  const poll = await (await created.teacher.get(`${assignmentPath}/stand`)).text();
  expect(columnIds(poll)).toEqual(columns);

  // The per-question CSV: the questions the grid has, numbered as the grid numbers them; those not answered yet with no answers.
  const csv = parseCsv((await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/export/fragen.csv`)).text()).replace(/^\uFEFF/, ""));
  const [header, ...rows] = csv;
  const column = (name: string) => header!.indexOf(name);
  expect(rows.map((row) => [row[column("Nr.")], row[column("Antworten")], row[column("Richtig")]])).toEqual(
    columns.map((id) => [String(number(id)), id === asked[0] || id === asked[1] ? "1" : "0", id === asked[0] ? "1" : "0"]),
  );

  // The class overview counts against the quiz size.
  expect(visibleText(await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text())).toContain(`2 von ${size}`);
});
