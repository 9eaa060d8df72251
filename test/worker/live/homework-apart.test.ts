/**
 * A live session on a quiz the class already has as homework: the homework keeps its results as the
 * students did them, and the lesson's results stand beside them on their own (dashboard, student page).
 * The live attempt is closed when the session ends: a question missed in class cannot be answered later
 * from "Ansehen" (409, nothing written), and it counts as unanswered.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { getQuestion, listDocuments, quizTitle } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { escapeRegExp } from "../../../src/extract/text";
import { type Browser, escapeHtml, redirectTarget, visibleText } from "../browser";
import { answer, attemptQuestionIds, count, joinAs, rightResponse } from "../classroom/helpers";
import { rightForm, wrongForm } from "../quiz/client";
import { createClass, type CreatedClass, eventually, type LiveSocket, playerSocket, presenterSocket, startSession } from "./helpers";

const quizId = listDocuments()[1]!.id;
/** The live session asks the class's selection of the quiz, in its order: the homework's first two. */
let liveQuestions: Question[];
const title = quizTitle(quizId);

let created: CreatedClass;
let student: Browser;
let silent: Browser;
let classPath: string;
let homeworkPath: string;
let homeworkIds: string[];
let liveAttemptId: string;

beforeAll(async () => {
  created = await createClass("Live und Hausaufgabe");
  const assigned = await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId, dueDate: "" });
  expect(assigned.status).toBe(303);
  ({ student, classPath } = await joinAs(created.joinCode, "Hanna"));

  // The homework first, every question right.
  const page = await (await student.get(classPath)).text();
  const start = /action="([^"]+\/aufgaben\/[^"]+\/starten)"/.exec(page)![1]!;
  homeworkPath = redirectTarget(await student.post(start));
  homeworkIds = await attemptQuestionIds(homeworkPath);
  liveQuestions = homeworkIds.slice(0, 2).map((id) => getQuestion(id)!);
  for (const [index, id] of homeworkIds.entries()) await answer(student, homeworkPath, index + 1, rightResponse(getQuestion(id)!));

  // Then the lesson: the teacher ends it at the second question; the first answered wrong, the second missed.
  // Jonas (no homework) takes part and answers nothing.
  ({ student: silent } = await joinAs(created.joinCode, "Jonas"));
  const { code } = await startSession(created, { quizId, anzahl: "5" });
  const presenter = await presenterSocket(created, code);
  const joined = await student.post("/live", { code });
  expect(joined.status, await joined.clone().text()).toBe(303);
  const phone: LiveSocket = await playerSocket(student, code);
  expect((await silent.post("/live", { code })).status).toBe(303);
  await playerSocket(silent, code);
  await presenter.view("lobby", 0, (view) => view.players === 2);
  presenter.send({ type: "advance", phase: "lobby", question: 0 });
  await phone.view("question", 1);
  phone.send({ type: "answer", question: 1, ...wrongForm(liveQuestions[0]!).form });
  // Jonas does not answer: the teacher closes the question.
  await presenter.waitFor("one answer", (message) => message.type === "progress" && message.answers === 1);
  presenter.send({ type: "advance", phase: "question", question: 1 });
  await presenter.view("results", 1);
  presenter.send({ type: "advance", phase: "results", question: 1 });
  await presenter.view("evidence", 1);
  presenter.send({ type: "advance", phase: "evidence", question: 1 });
  await phone.view("question", 2);
  presenter.send({ type: "finish" });
  await phone.view("end", 2);

  liveAttemptId = (await eventually(
    "the live attempt in D1",
    () =>
      env.DB.prepare(
        "select t.id from attempts t join assignments s on s.id = t.assignment_id join class_members m on m.learner_id = t.learner_id and m.class_id = s.class_id where s.class_id = ? and s.live_at is not null and m.nickname = 'Hanna'",
      )
        .bind(created.classId)
        .first<{ id: string }>(),
    (row) => row !== null,
  ))!.id;
});

describe("a live session on a quiz the class has as homework", () => {
  it("keeps the homework's results and shows the lesson's beside them", async () => {
    expect(await count("select count(*) as n from assignments where class_id = ? and quiz_id = ?", created.classId, quizId)).toBe(2);
    const homeworkAttempt = homeworkPath.split("/").pop()!;
    expect(await count("select count(*) as n from answers where attempt_id = ? and score >= 1", homeworkAttempt)).toBe(homeworkIds.length);

    const overview = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text();
    const text = visibleText(overview);
    // Dates belong to the homework; the lesson's results have none to change.
    const cards = overview.split('data-testid="assignment-card"').slice(1);
    expect(cards.map((card) => [card.includes("Live-Stunde am"), card.includes("Termine ändern")])).toEqual([
      [false, true],
      [true, false],
    ]);
    const total = homeworkIds.length;
    // The homework as Hanna did it: everything answered, everything right.
    expect(text).toMatch(new RegExp(`${escapeRegExp(title)}: ${total} von ${total} bearbeitet · ${total} von ${total} richtig \\(100 %\\) · fertig`));
    // The lesson on its own: the two questions asked, one answered (wrong), one missed: not "fertig".
    const lessonTitle = `${escapeRegExp(title)} \\(Live-Stunde am \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d\\)`;
    expect(text).toMatch(new RegExp(`${lessonTitle}: 1 von 2 bearbeitet · 0 von 1 richtig \\(0 %\\) · unvollständig`));
    // Jonas took part and answered nothing: said so, not "fertig" and not "nicht dabei".
    expect(text).toMatch(new RegExp(`${lessonTitle}: 0 von 2 bearbeitet · noch keine Antwort · keine Antwort`));

    // The live results' own page asks the two questions of the lesson, not the quiz's others.
    const liveAssignment = await env.DB.prepare("select id from assignments where class_id = ? and live_at is not null")
      .bind(created.classId)
      .first<{ id: string }>();
    const livePage = await created.teacher.get(`/klassen/lehrkraft/${created.classId}/aufgaben/${liveAssignment!.id}`);
    expect(livePage.status).toBe(200);
    const liveHtml = await livePage.text();
    const columns = [...liveHtml.matchAll(/<th scope="col" class="q" data-question-id="([^"]+)"/g)].map((match) => match[1]);
    expect(columns).toEqual(liveQuestions.map((question) => question.id));
    expect(await attemptQuestionIds(`/versuch/${liveAttemptId}`)).toEqual(columns);
    expect(liveHtml).toContain(escapeHtml(liveQuestions[0]!.stem));
    expect(visibleText(liveHtml)).toContain("Noch von niemandem beantwortet: Frage 2.");
    // The lesson is over: its results are final, the page neither polls nor says it updates itself.
    expect(visibleText(liveHtml)).toContain("Die Live-Stunde ist beendet: Diese Ergebnisse sind endgültig.");
    expect(visibleText(liveHtml)).not.toContain("von selbst");
    expect(liveHtml).not.toContain("data-poll");
    expect(liveHtml).not.toMatch(/http-equiv="refresh"/i);
    const livePageText = visibleText(liveHtml);
    expect(livePageText).toContain("1 unvollständig · 1 keine Antwort");
    expect(livePageText).not.toMatch(/\bfertig\b/);

    // The CSV says the same: per student the lesson's status.
    const csv = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/export/schueler.csv`)).text();
    const csvRow = (nickname: string) => csv.split("\r\n").find((line) => line.startsWith(`${nickname};`)) ?? "";
    expect(csvRow("Hanna")).toContain(";unvollständig");
    expect(csvRow("Jonas")).toContain(";keine Antwort");
    expect(csvRow("Jonas")).not.toContain("fertig");
  });

  it("lists both on the student's class page; the lesson only to look at", async () => {
    const html = await (await student.get(classPath)).text();
    const cards = html.split('data-testid="assignment"').slice(1);
    expect(cards).toHaveLength(2);
    const live = cards.find((card) => card.includes("Live-Stunde am"))!;
    expect(visibleText(live)).toContain("1 von 2 beantwortet");
    expect(visibleText(live)).toContain("Ansehen");
    const homework = cards.find((card) => !card.includes("Live-Stunde am"))!;
    expect(visibleText(homework)).toContain(`${homeworkIds.length} von ${homeworkIds.length} beantwortet`);
  });

  it("refuses a later answer to the question missed in class: 409, nothing written, the score stays", async () => {
    const attemptPath = `/versuch/${liveAttemptId}`;
    // "Ansehen" leads to the result, not to the missed question.
    expect(redirectTarget(await student.get(attemptPath))).toBe(`${attemptPath}/ergebnis`);

    const cardsBefore = await env.DB.prepare("select l.review_cards as cards from learners l join attempts t on t.learner_id = l.id where t.id = ?")
      .bind(liveAttemptId)
      .first<{ cards: string }>();
    const page = await student.get(`${attemptPath}/frage/2`);
    expect(page.status).toBe(409);
    expect(visibleText(await page.text())).toContain("Live-Stunde vorbei");
    const form = new URLSearchParams();
    for (const value of [rightForm(liveQuestions[1]!).antwort ?? []].flat()) form.append("antwort", value);
    const posted = await student.post(`${attemptPath}/frage/2`, form);
    expect(posted.status).toBe(409);
    expect(visibleText(await posted.text())).toContain("keine Antworten mehr");
    expect(await count("select count(*) as n from answers where attempt_id = ?", liveAttemptId)).toBe(1);
    const cardsAfter = await env.DB.prepare("select l.review_cards as cards from learners l join attempts t on t.learner_id = l.id where t.id = ?")
      .bind(liveAttemptId)
      .first<{ cards: string }>();
    expect(cardsAfter!.cards).toBe(cardsBefore!.cards);

    const results = visibleText(await (await student.get(`${attemptPath}/ergebnis`)).text());
    expect(results).toContain("0 von 2 Punkten");
    expect(results).toContain("Nicht beantwortet (1)");
    expect(results).not.toContain("Weitermachen");
  });
});
