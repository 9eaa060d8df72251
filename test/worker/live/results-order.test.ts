/**
 * A live lesson's results number the questions as the projector asked them ("Frage 1 von 5" is the
 * dashboard's and the CSV's "Frage 1"), not in the quiz's order: the session asks its own draw of the quiz.
 */
import { env } from "cloudflare:test";
import { beforeAll, expect, it } from "vitest";
import { drawBankQuiz, getQuestion, listDocuments, quizPool } from "../../../src/bank";
import { questionText } from "../../../src/worker/classroom/quizzes";
import { parseCsv } from "../classroom/helpers";
import { rightForm } from "../quiz/client";
import { createClass, type CreatedClass, eventually, joinSession, playerSocket, presenterSocket, startSession } from "./helpers";

// A text whose lesson asks its questions in an order other than the quiz's.
const quizId = listDocuments()
  .map((document) => document.id)
  .find((id) => {
    const pool = quizPool(id).map((question) => question.id);
    const asked = drawBankQuiz(id, id).map((question) => question.id);
    return asked.some((questionId, index) => index > 0 && pool.indexOf(questionId) < pool.indexOf(asked[index - 1]!));
  })!;
const projectorOrder = drawBankQuiz(quizId, quizId).map((question) => question.id);

let created: CreatedClass;
let assignmentId: string;

beforeAll(async () => {
  expect(quizId).toBeDefined();
  created = await createClass("Live-Reihenfolge");
  const { code } = await startSession(created, { quizId, anzahl: "alle" });
  const presenter = await presenterSocket(created, code);
  const phone = await playerSocket(await joinSession(code, "Mila", "192.0.2.61"), code);
  await presenter.view("lobby", 0, (view) => view.players === 1);
  for (const [index, questionId] of projectorOrder.entries()) {
    const position = index + 1;
    presenter.send({ type: "advance", phase: position === 1 ? "lobby" : "evidence", question: position - 1 });
    await phone.view("question", position);
    // Only the first question answered: the others count as asked, not answered.
    if (position === 1) phone.send({ type: "answer", question: position, ...rightForm(getQuestion(questionId)!) });
    else presenter.send({ type: "advance", phase: "question", question: position });
    await presenter.view("results", position);
    presenter.send({ type: "advance", phase: "results", question: position });
    await presenter.view("evidence", position);
  }
  presenter.send({ type: "finish" });
  assignmentId = (await eventually(
    "the lesson's results in D1",
    () =>
      env.DB.prepare("select s.id from assignments s join attempts t on t.assignment_id = s.id where s.class_id = ? and s.live_at is not null")
        .bind(created.classId)
        .first<{ id: string }>(),
    (row) => row !== null,
  ))!.id;
});

it("the dashboard's columns and the CSV's numbers follow the projector's order", async () => {
  const stored = await env.DB.prepare("select question_ids as ids from attempts where assignment_id = ?").bind(assignmentId).first<{ ids: string }>();
  expect(JSON.parse(stored!.ids)).toEqual(projectorOrder);

  const page = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/aufgaben/${assignmentId}`)).text();
  const columns = [...page.matchAll(/<th scope="col" class="q" data-question-id="([^"]+)">.*?(\d+)<\/th>/g)].map((match) => `${match[2]} ${match[1]}`);
  expect(columns).toEqual(projectorOrder.map((id, index) => `${index + 1} ${id}`));

  const [, ...rows] = parseCsv((await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/export/fragen.csv`)).text()).replace(/^\uFEFF/, ""));
  expect(rows.map((row) => `${row[1]} ${row[3]}`)).toEqual(projectorOrder.map((id, index) => `${index + 1} ${questionText(getQuestion(id)!)}`));
});
