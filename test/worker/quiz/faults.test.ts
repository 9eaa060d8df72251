/**
 * D1 failing on purpose (../instrumented-d1.ts): every failure ends in a German page that says what
 * happened and what to do, and leaves nothing half-written; the same request works once D1 is back.
 * Also the round trips a learner's request makes to D1.
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { listDocuments, MIXED_QUIZ_ID } from "../../../src/bank";
import { Browser, redirectTarget, visibleText } from "../browser";
import { count, createClass, joinAs } from "../classroom/helpers";
import { InstrumentedD1 } from "../instrumented-d1";
import { questionsOfAttempt, rightForm, storedAnswers } from "./client";

async function learnerInQuiz() {
  const d1 = new InstrumentedD1();
  const learner = new Browser(undefined, d1);
  const attemptId = await learner.startQuiz(listDocuments()[0]!.id);
  const questions = await questionsOfAttempt(attemptId);
  await learner.page(`/versuch/${attemptId}/frage/1`); // secrets read once per isolate: not a fault's business
  const cards = () =>
    env.DB.prepare("select review_cards from learners where id = (select learner_id from attempts where id = ?)")
      .bind(attemptId)
      .first<{ review_cards: string }>();
  return { d1, learner, attemptId, questions, cards };
}

it("an answer whose batch fails inside D1 stores nothing, not even the review card, and says so; sent again, it is stored", async () => {
  const { d1, learner, attemptId, questions, cards } = await learnerInQuiz();
  const before = await cards();
  d1.fault = "batch-fails";
  const failed = await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(questions[0]!));
  expect(failed.status).toBe(409);
  expect(visibleText(await failed.text())).toContain("nicht gespeichert, auch nicht halb");
  expect(await storedAnswers(attemptId)).toEqual([]);
  expect(await cards()).toEqual(before);
  d1.fault = undefined;
  expect(redirectTarget(await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(questions[0]!)))).toBe(`/versuch/${attemptId}/frage/1`);
  expect(await storedAnswers(attemptId)).toHaveLength(1);
});

it("a D1 timeout while answering: 503 with Retry-After and a German page, nothing stored", async () => {
  const { d1, learner, attemptId, questions } = await learnerInQuiz();
  d1.fault = "timeout";
  const failed = await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(questions[0]!));
  expect(failed.status).toBe(503);
  expect(failed.headers.get("Retry-After")).toBe("5");
  expect(visibleText(await failed.text())).toContain("Die Datenbank antwortet gerade nicht");
  expect(await storedAnswers(attemptId)).toEqual([]);
});

it("a constraint violation on a single write: 409 with a German page, nothing written", async () => {
  const d1 = new InstrumentedD1();
  const teacher = new Browser(undefined, d1);
  const classesBefore = await count("select count(*) as n from classes");
  d1.fault = "constraint";
  const failed = await teacher.post("/klassen/neu", { name: "Klappt nicht" });
  expect(failed.status).toBe(409);
  expect(visibleText(await failed.text())).toContain("Das hat sich überschnitten");
  expect(await count("select count(*) as n from classes")).toBe(classesBefore);
});

it("teachers read failures addressed with Sie, learners with du", async () => {
  const d1 = new InstrumentedD1();
  const teacher = new Browser(undefined, d1);
  d1.fault = "constraint";
  const conflict = visibleText(await (await teacher.post("/klassen/neu", { name: "Klappt nicht" })).text());
  expect(conflict).toContain("deshalb wurde Ihre nicht gespeichert");
  expect(conflict).toContain("Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.");

  const created = await createClass();
  const classId = created.classId;
  const classTeacher = new Browser(created.teacher.address, d1);
  for (const [name, value] of created.teacher.cookies) classTeacher.cookies.set(name, value);
  d1.fault = "quota-write";
  const quota = visibleText(await (await classTeacher.post(`/klassen/lehrkraft/${classId}/name`, { name: "Neu" })).text());
  expect(quota).toContain("Ihre letzte Eingabe wurde nicht gespeichert");
  expect(quota).toContain("Die Texte können Sie schon jetzt lesen");
  d1.fault = undefined;

  // A post without Origin (CSRF check): the teacher's and the learner's page.
  const crossSite = (path: string) => classTeacher.send(path, { method: "POST", body: new URLSearchParams({ name: "x" }) });
  const teacherRefused = await crossSite(`/klassen/lehrkraft/${classId}/name`);
  expect(teacherRefused.status).toBe(403);
  expect(visibleText(await teacherRefused.text())).toContain("Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.");
  const learnerRefused = await crossSite("/quiz/gemischt/starten");
  expect(learnerRefused.status).toBe(403);
  expect(visibleText(await learnerRefused.text())).toContain("Bitte lade die Seite neu und versuche es noch einmal.");
});

// The join's learner row is written in the same batch as the membership (../../../src/worker/classroom/store.ts).
it("joining, leaving and deleting a class whose batch fails change nothing", async () => {
  const d1 = new InstrumentedD1();
  const { teacher, classId, joinCode } = await createClass();
  await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: MIXED_QUIZ_ID });
  const { student, classPath } = await joinAs(joinCode, "Bleibt");
  const assignmentPage = await (await student.get(classPath)).text();
  await student.post(assignmentPage.match(/action="([^"]+\/starten)"/)![1]!);
  const snapshot = async () => ({
    members: await count("select count(*) as n from class_members where class_id = ?", classId),
    attempts: await count("select count(*) as n from attempts where assignment_id in (select id from assignments where class_id = ?)", classId),
    classes: await count("select count(*) as n from classes where id = ?", classId),
  });
  const before = await snapshot();
  d1.fault = "batch-fails";
  const newcomer = new Browser(undefined, d1);
  const join = await newcomer.post("/klassen/beitreten", { code: joinCode, nickname: "Neu" });
  const throughFaultyD1 = (browser: Browser) => {
    const faulty = new Browser(browser.address, d1);
    for (const [name, value] of browser.cookies) faulty.cookies.set(name, value);
    return faulty;
  };
  const leave = await throughFaultyD1(student).post(`${classPath}/austreten`, { bestaetigung: "ja" });
  const deletion = await throughFaultyD1(teacher).post(`/klassen/lehrkraft/${classId}/loeschen`, { bestaetigung: "ja" });
  for (const response of [join, leave, deletion]) {
    expect(response.status).toBe(409);
    expect(visibleText(await response.text())).toContain("nicht gespeichert, auch nicht halb");
  }
  expect(await snapshot()).toEqual(before);
});

it("when D1's daily write limit is spent: a German page with the texts to read (503 until midnight UTC); reading texts works", async () => {
  const { d1, learner, attemptId, questions } = await learnerInQuiz();
  d1.fault = "quota-write";
  const answer = await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(questions[0]!));
  expect(answer.status).toBe(503);
  const retryAfter = Number(answer.headers.get("Retry-After"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(24 * 60 * 60);
  const html = await answer.text();
  expect(visibleText(html)).toContain("Heute ist das Speicherkontingent aufgebraucht");
  const textLink = html.match(/href="(\/texte\/[^"]+)"/)![1]!;
  expect(await storedAnswers(attemptId)).toEqual([]);
  // The question page only reads; a text needs no database at all, even when reads are spent too.
  expect((await learner.get(`/versuch/${attemptId}/frage/1`)).status).toBe(200);
  d1.fault = "quota-read";
  expect((await learner.get(textLink)).status).toBe(200);
  const start = await new Browser(undefined, d1).post(`/quiz/${MIXED_QUIZ_ID}/starten`);
  expect(start.status).toBe(503);
  expect(visibleText(await start.text())).toContain("Die Texte kannst du schon jetzt lesen");
});

it("a question page is one D1 round trip, an answer two (a quiz of the bank)", async () => {
  const { d1, learner, attemptId, questions } = await learnerInQuiz();
  d1.roundTrips = 0;
  expect((await learner.get(`/versuch/${attemptId}/frage/2`)).status).toBe(200);
  expect(d1.roundTrips).toBe(1);
  d1.roundTrips = 0;
  expect((await learner.post(`/versuch/${attemptId}/frage/2`, rightForm(questions[1]!))).status).toBe(303);
  expect(d1.roundTrips).toBe(2);
});
