/**
 * The teacher's figures of an own text's assignment: an attempt asks the teacher's quiz size of the text's
 * questions, and the grid, its poll and the per-question CSV show those the class was asked, not every
 * question of the text (a long text has hundreds).
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import type { LearnerResponse } from "../../../src/bank/grade";
import type { Question } from "../../../src/bank/schema";
import { escapeHtml, redirectTarget, visibleText } from "../browser";
import { answer, attemptQuestionIds, joinAs, parseCsv, rightResponse } from "../classroom/helpers";
import { questionText } from "../../../src/worker/classroom/quizzes";
import { createClass, currentQuestions, pasteText, reviewPages, textPath } from "./helpers";

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

  // The columns in the teacher's order (each attempt asks its own draw in an order of its own), numbered as on her review page.
  const columns = [...asked].sort((a, b) => pool.findIndex((question) => question.id === a) - pool.findIndex((question) => question.id === b));
  const number = (id: string) => pool.findIndex((question) => question.id === id) + 1;
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

it("numbers an own text's questions on the results, the poll and in the CSV as the text's review page does", async () => {
  const created = await createClass();
  const textId = await pasteText(created);
  const base = textPath(created.classId, textId);
  expect((await created.teacher.post(`${base}/umfang`, { umfang: "4" })).status).toBe(303);
  expect((await created.teacher.post(`${base}/veroeffentlichen`)).status).toBe(303);
  expect((await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: textId })).status).toBe(303);
  const assignmentId = (await env.DB.prepare("select id from assignments where class_id = ?").bind(created.classId).first<{ id: string }>())!.id;
  const assignmentPath = `/klassen/lehrkraft/${created.classId}/aufgaben/${assignmentId}`;

  // "Frage N" as the teacher reads it where she edits the questions.
  const reviewNumber = new Map<string, string>();
  for (const html of await reviewPages(created.teacher, created.classId, textId)) {
    for (const [, id, number] of html.matchAll(/data-question-id="([^"]+)"[\s\S]*?Frage (\d+) ·/g)) reviewNumber.set(id!, number!);
  }
  const pool = await currentQuestions(textId);
  expect(reviewNumber.size).toBe(pool.length);

  // Students whose draws together ask more than one attempt does, one answer each.
  const asked = new Set<string>();
  for (const nickname of ["Ada", "Cem", "Eda"]) {
    const { student, classPath } = await joinAs(created.joinCode, nickname);
    const start = (await (await student.get(classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!.replaceAll("&amp;", "&");
    const attemptPath = redirectTarget(await student.post(start));
    const ids = await attemptQuestionIds(attemptPath);
    for (const id of ids) asked.add(id);
    await answer(student, attemptPath, 1, wrongResponse(pool.find((question) => question.id === ids[0])!));
  }
  expect(asked.size).toBeGreaterThan(4);

  const gridNumbers = (html: string) =>
    [...html.matchAll(/<th scope="col" class="q" data-question-id="([^"]+)"><span class="visually-hidden">Frage <\/span>(\d+)<\/th>/g)].map(
      ([, id, number]) => [id, number],
    );
  for (const html of [await (await created.teacher.get(assignmentPath)).text(), await (await created.teacher.get(`${assignmentPath}/stand`)).text()]) {
    const columns = gridNumbers(html);
    expect(columns).toHaveLength(asked.size);
    expect(columns).toEqual(columns.map(([id]) => [id, reviewNumber.get(id!)]));
    // Named by its wording first (each student met it at a place of their own draw), its number second, as the grid has it.
    const hard = [
      ...html.matchAll(
        /data-question-id="([^"]+)">\s*<p class="question-line">([\s\S]*?)<\/p>\s*<p class="muted question-number">\s*Frage (\d+) im Raster<\/p>([\s\S]*?)<\/li>/g,
      ),
    ];
    expect(hard.length).toBeGreaterThan(0);
    for (const [, id, line, number, rest] of hard) {
      const question = pool.find((candidate) => candidate.id === id)!;
      expect(visibleText(line!)).toBe(questionText(question));
      expect(number).toBe(reviewNumber.get(id!));
      // The evidence as the students' feedback showed it, marked in its passage, read on the teacher's page of the text.
      expect(visibleText((/<mark>([\s\S]*?)<\/mark>/.exec(rest!)?.[1] ?? "").replace(/<\/?strong[^>]*>/g, ""))).toBe(
        visibleText(escapeHtml(question.evidence.quote)),
      );
      expect(rest).toContain(`href="${base}/lesen?von=${question.evidence.start}&amp;bis=${question.evidence.end}#${question.evidence.passageId}"`);
    }
  }

  const csv = parseCsv((await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/export/fragen.csv`)).text()).replace(/^\uFEFF/, ""));
  const [header, ...rows] = csv;
  // Each row's number is that of its question on the review page (several questions may read alike: "Was trifft laut Text zu?").
  const questionNumbered = (number: string) => pool.find((question) => reviewNumber.get(question.id) === number)!;
  expect(rows).toHaveLength(asked.size);
  for (const row of rows) expect(questionText(questionNumbered(row[header!.indexOf("Nr.")]!))).toBe(row[header!.indexOf("Frage")]);
});
