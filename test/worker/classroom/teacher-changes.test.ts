/**
 * Through the Worker: the assignment page's polling (ETag, 304), assignment dates (not yet open, closed,
 * overdue, late), removing an assignment, and the teacher's changes to the list of students (rename,
 * merge two entries of one student, remove).
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { listDocuments, defaultQuiz, quizPool } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { addDays, berlinDate } from "../../../src/shared/berlin-days";
import { visibleText } from "../browser";
import { type Browser, redirectTarget } from "../browser";
import { answer, answerFields, attemptQuestionIds, count, createClass, dueDate, joinAs, rightResponse } from "./helpers";

const documentQuiz = listDocuments().find((document) => defaultQuiz(document.id).length >= 3)!.id;
const questionsOf = new Map(defaultQuiz(documentQuiz).map((question) => [question.id, question]));

async function assign(teacher: Browser, classId: string, fields: Record<string, string> = {}): Promise<string> {
  expect((await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: documentQuiz, ...fields })).status).toBe(303);
  const row = await env.DB.prepare("select id from assignments where class_id = ? and quiz_id = ?").bind(classId, documentQuiz).first<{ id: string }>();
  return row!.id;
}

/** Starts (or continues) the assignment and answers the questions at `positions` (from 1) right. */
async function answerRight(student: Browser, classPath: string, assignmentId: string, positions: number[]): Promise<Response | string> {
  const started = await student.post(`${classPath}/aufgaben/${assignmentId}/starten`);
  if (started.status !== 303) return started;
  const attemptPath = redirectTarget(started);
  const ids = await attemptQuestionIds(attemptPath);
  for (const position of positions) await answer(student, attemptPath, position, rightResponse(questionsOf.get(ids[position - 1]!)!));
  return attemptPath;
}

const memberId = async (classId: string, nickname: string) =>
  (await env.DB.prepare("select id from class_members where class_id = ? and nickname = ?").bind(classId, nickname).first<{ id: number }>())?.id;

describe("the assignment page while it is open", () => {
  it("answers 304 to its poll until an answer comes in, then the new part of the page", async () => {
    const { teacher, classId, joinCode } = await createClass();
    const assignmentId = await assign(teacher, classId);
    const { student, classPath } = await joinAs(joinCode, "Polli");
    const pagePath = `/klassen/lehrkraft/${classId}/aufgaben/${assignmentId}`;
    const page = await teacher.get(pagePath);
    const etag = page.headers.get("ETag")!;
    expect(etag).toBeTruthy();
    expect(visibleText(await page.text())).toContain(`0 von ${questionsOf.size} bearbeitet`);

    const unchanged = await teacher.send(`${pagePath}/stand`, { headers: { "If-None-Match": etag } }, {});
    expect(unchanged.status).toBe(304);

    await answerRight(student, classPath, assignmentId, [1]);
    const changed = await teacher.send(`${pagePath}/stand`, { headers: { "If-None-Match": etag } }, {});
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(etag);
    const fragment = await changed.text();
    expect(fragment).not.toContain("<html");
    expect(visibleText(fragment)).toContain(`1 von ${questionsOf.size} bearbeitet`);
    expect(visibleText(fragment)).toContain("1 von 1 richtig (100 %)");

    // A student who joins changes the page too.
    const newEtag = changed.headers.get("ETag")!;
    await joinAs(joinCode, "Neuling");
    const joined = await teacher.send(`${pagePath}/stand`, { headers: { "If-None-Match": newEtag } }, {});
    expect(joined.status).toBe(200);
    expect(visibleText(await joined.text())).toContain("Neuling");
    // Students and strangers get nothing.
    expect((await student.get(`${pagePath}/stand`)).status).toBe(403);
  });

  it("changes when a student begins without answering yet: the grid no longer says 'noch nicht begonnen'", async () => {
    const { teacher, classId, joinCode } = await createClass();
    const assignmentId = await assign(teacher, classId);
    const { student, classPath } = await joinAs(joinCode, "Zögerer");
    const pagePath = `/klassen/lehrkraft/${classId}/aufgaben/${assignmentId}`;
    const page = await teacher.get(pagePath);
    const etag = page.headers.get("ETag")!;
    expect(visibleText(await page.text())).toContain("noch nicht begonnen");

    expect(typeof (await answerRight(student, classPath, assignmentId, []))).toBe("string");
    const begun = await teacher.send(`${pagePath}/stand`, { headers: { "If-None-Match": etag } }, {});
    expect(begun.status).toBe(200);
    expect(visibleText(await begun.text())).not.toContain("noch nicht begonnen");
    const newEtag = begun.headers.get("ETag")!;
    expect(newEtag).not.toBe(etag);
    expect((await teacher.send(`${pagePath}/stand`, { headers: { "If-None-Match": newEtag } }, {})).status).toBe(304);
  });
});

describe("the assignment page of a bank text after a deploy", () => {
  it("changes its ETag when the deploy changes the text's questions, though no answer, member or date did", async () => {
    const { teacher, classId, joinCode } = await createClass();
    const assignmentId = await assign(teacher, classId);
    const { student, classPath } = await joinAs(joinCode, "Vorher");
    const attemptPath = await answerRight(student, classPath, assignmentId, [1]);
    expect(typeof attemptPath).toBe("string");
    const firstAsked = (await attemptQuestionIds(attemptPath as string))[0]!;
    const pagePath = `/klassen/lehrkraft/${classId}/aufgaben/${assignmentId}`;
    const page = await teacher.get(pagePath);
    const etag = page.headers.get("ETag")!;
    expect(visibleText(await page.text())).not.toContain("nicht mehr im Quiz");
    expect((await teacher.send(`${pagePath}/stand`, { headers: { "If-None-Match": etag } }, {})).status).toBe(304);

    // A deploy whose generation rewrote a question the attempt asked: the bank's pool of the text, which this Worker
    // reads (the tests share its isolate), holds a new version under a new content id in its place.
    const pool = quizPool(documentQuiz) as Question[];
    const place = pool.findIndex((question) => question.id === firstAsked);
    const asked = pool[place]!;
    pool[place] = { ...asked, id: `${asked.id.slice(0, -1)}${asked.id.endsWith("0") ? "1" : "0"}` };
    try {
      const afterDeploy = await teacher.send(`${pagePath}/stand`, { headers: { "If-None-Match": etag } }, {});
      expect(afterDeploy.status).toBe(200);
      expect(visibleText(await afterDeploy.text())).toContain("nicht mehr im Quiz");
      const newEtag = afterDeploy.headers.get("ETag")!;
      expect(newEtag).not.toBe(etag);
      expect((await teacher.send(`${pagePath}/stand`, { headers: { "If-None-Match": newEtag } }, {})).status).toBe(304);
    } finally {
      pool[place] = asked;
    }
  });
});

describe("assignment dates", () => {
  it("an assignment opens on its day: before, starting is refused with the date", async () => {
    const { teacher, classId, joinCode } = await createClass();
    const later = dueDate(3);
    const assignmentId = await assign(teacher, classId, { openFrom: later.iso });
    const { student, classPath } = await joinAs(joinCode, "Frieda");
    expect(visibleText(await (await student.get(classPath)).text())).toContain(`ab ${later.typed}`);
    const refused = (await answerRight(student, classPath, assignmentId, [])) as Response;
    expect(refused.status).toBe(409);
    expect(visibleText(await refused.text())).toContain(`ab dem ${later.typed}`);
  });

  it("an assignment not open yet tells its students the due date too, not only the day it opens", async () => {
    const { teacher, classId, joinCode } = await createClass();
    const opens = dueDate(3);
    const due = dueDate(7);
    await assign(teacher, classId, { openFrom: opens.iso, dueDate: due.iso });
    const { student, classPath } = await joinAs(joinCode, "Planer");
    const card = visibleText(await (await student.get(classPath)).text());
    expect(card).toContain(`ab ${opens.typed}, fällig am ${due.typed}`);
  });

  it("marks overdue and late work, and a closed assignment takes no new attempt", async () => {
    const { teacher, classId, joinCode } = await createClass();
    const assignmentId = await assign(teacher, classId, { dueDate: dueDate(1).iso, closesAtDue: "ja" });
    const all = Array.from({ length: defaultQuiz(documentQuiz).length }, (_, index) => index + 1);
    const early = await joinAs(joinCode, "Early");
    const late = await joinAs(joinCode, "Late");
    const never = await joinAs(joinCode, "Never");
    await answerRight(early.student, early.classPath, assignmentId, all);
    await answerRight(late.student, late.classPath, assignmentId, all);
    // Time passes: the due date was two days ago; Early's answers were given before it, Late's after.
    const today = berlinDate(Date.now());
    await env.DB.prepare("update assignments set due_date = ? where id = ?").bind(addDays(today, -2), assignmentId).run();
    await env.DB.prepare(
      "update answers set created_at = created_at - 5 * 86400000 where attempt_id in (select a.id from attempts a join class_members m on m.learner_id = a.learner_id where m.nickname = 'Early' and m.class_id = ?)",
    )
      .bind(classId)
      .run();

    const page = visibleText(await (await teacher.get(`/klassen/lehrkraft/${classId}/aufgaben/${assignmentId}`)).text());
    expect(page).toContain("1 fertig · 1 verspätet · 1 überfällig");
    const studentPage = visibleText(await (await never.student.get(never.classPath)).text());
    expect(studentPage).toContain("überfällig");
    const closed = (await answerRight(never.student, never.classPath, assignmentId, [])) as Response;
    expect(closed.status).toBe(409);
    expect(visibleText(await closed.text())).toContain("Aufgabe geschlossen");
    // Who has an attempt still sees it.
    expect(typeof (await answerRight(early.student, early.classPath, assignmentId, []))).toBe("string");
  });

  it("an attempt begun in time takes no answer after a closing due date: a German 409, nothing written", async () => {
    const { teacher, classId, joinCode } = await createClass();
    const assignmentId = await assign(teacher, classId, { dueDate: dueDate(1).iso, closesAtDue: "ja" });
    const { student, classPath } = await joinAs(joinCode, "Spaet");
    const attemptPath = (await answerRight(student, classPath, assignmentId, [1])) as string;
    const attemptId = attemptPath.split("/").pop()!;
    const learnerId = (await env.DB.prepare("select learner_id from attempts where id = ?").bind(attemptId).first<{ learner_id: string }>())!.learner_id;
    const cardsBefore = await env.DB.prepare("select review_cards from learners where id = ?").bind(learnerId).first<{ review_cards: string }>();
    // The due date passes while the attempt is open.
    const pastDue = addDays(berlinDate(Date.now()), -1);
    await env.DB.prepare("update assignments set due_date = ? where id = ?").bind(pastDue, assignmentId).run();

    const ids = await attemptQuestionIds(attemptPath);
    const form = new URLSearchParams();
    for (const value of answerFields(rightResponse(questionsOf.get(ids[1]!)!))) form.append("antwort", value);
    const refused = await student.post(`${attemptPath}/frage/2`, form);
    expect(refused.status).toBe(409);
    const text = visibleText(await refused.text());
    expect(text).toContain("Aufgabe geschlossen");
    expect(text).toContain(`bis zum ${pastDue.split("-").reverse().join(".")}`);
    expect(await count("select count(*) as n from answers where attempt_id = ?", attemptId)).toBe(1);
    expect(await env.DB.prepare("select review_cards from learners where id = ?").bind(learnerId).first<{ review_cards: string }>()).toEqual(cardsBefore);
    // The question page says so too, and the attempt leads to its results, which name the due date.
    const page = await student.get(`${attemptPath}/frage/2`);
    expect(page.status).toBe(409);
    expect(redirectTarget(await student.get(attemptPath))).toBe(`${attemptPath}/ergebnis`);
    const results = visibleText(await (await student.get(`${attemptPath}/ergebnis`)).text());
    expect(results).toContain("zählen als nicht beantwortet");
    expect(results).not.toContain("Weitermachen");
    expect(results).not.toContain("Live-Stunde");
  });

  it("an assignment whose due date does not close it still takes answers after it (late)", async () => {
    const { teacher, classId, joinCode } = await createClass();
    const assignmentId = await assign(teacher, classId, { dueDate: dueDate(1).iso });
    const { student, classPath } = await joinAs(joinCode, "Spaeter");
    const attemptPath = (await answerRight(student, classPath, assignmentId, [1])) as string;
    await env.DB.prepare("update assignments set due_date = ? where id = ?")
      .bind(addDays(berlinDate(Date.now()), -1), assignmentId)
      .run();
    const ids = await attemptQuestionIds(attemptPath);
    await answer(student, attemptPath, 2, rightResponse(questionsOf.get(ids[1]!)!));
    expect(await count("select count(*) as n from answers where attempt_id = ?", attemptPath.split("/").pop())).toBe(2);
  });

  it("removing an assignment keeps the answers as the students' own practice, or deletes them", async () => {
    for (const choice of ["behalten", "loeschen"] as const) {
      const { teacher, classId, joinCode } = await createClass();
      const assignmentId = await assign(teacher, classId);
      const { student, classPath } = await joinAs(joinCode, "Rosa");
      await answerRight(student, classPath, assignmentId, [1, 2]);
      const refused = await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben/${assignmentId}/entfernen`, { antworten: choice });
      expect(refused.status).toBe(400);
      expect(await count("select count(*) as n from assignments where id = ?", assignmentId)).toBe(1);
      const removed = await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben/${assignmentId}/entfernen`, { antworten: choice, bestaetigung: "ja" });
      expect(redirectTarget(removed)).toBe(`/klassen/lehrkraft/${classId}#aufgaben`);
      expect(await count("select count(*) as n from assignments where id = ?", assignmentId)).toBe(0);
      const learnerId = (await env.DB.prepare("select learner_id from class_members where class_id = ?").bind(classId).first<{ learner_id: string }>())!
        .learner_id;
      const kept = await count("select count(*) as n from answers join attempts on attempts.id = answers.attempt_id where attempts.learner_id = ?", learnerId);
      expect(kept).toBe(choice === "behalten" ? 2 : 0);
      expect(await count("select count(*) as n from attempts where assignment_id = ?", assignmentId)).toBe(0);
    }
  });

  it("a student in the middle of an assignment the teacher removed with its answers is told the quiz is gone, with the way back to the class", async () => {
    const { teacher, classId, joinCode } = await createClass();
    const assignmentId = await assign(teacher, classId);
    const { student, classPath } = await joinAs(joinCode, "Mitten");
    const attemptPath = (await answerRight(student, classPath, assignmentId, [1])) as string;
    // Another student's browser with the same address: not removed, begun elsewhere.
    const { student: other } = await joinAs(joinCode, "Andere");
    expect(visibleText(await (await other.get(`${attemptPath}/frage/2`)).text())).toContain("in einem anderen Browser begonnen");
    await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben/${assignmentId}/entfernen`, { antworten: "loeschen", bestaetigung: "ja" });
    expect(await count("select count(*) as n from attempts where id = ?", attemptPath.split("/").pop())).toBe(0);
    const gone = "Dieses Quiz gibt es nicht (mehr)";
    for (const [response, says] of [
      [await student.get(`${attemptPath}/frage/2`), `${gone}. Was du jetzt bearbeiten kannst, siehst du bei deiner Klasse.`],
      [await student.post(`${attemptPath}/frage/2`, { antwort: "x" }), `${gone}; deine Antwort wurde nicht gespeichert.`],
      [await student.get(`${attemptPath}/ergebnis`), `${gone}.`],
    ] as const) {
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(visibleText(html)).toContain(says);
      expect(visibleText(html)).not.toContain("anderen Browser");
      expect(html).toContain(`href="${classPath}"`);
    }
  });
});

describe("the list of students", () => {
  it("renames a student; a nickname another student has is refused", async () => {
    const { teacher, classId, joinCode } = await createClass();
    await joinAs(joinCode, "Igel");
    await joinAs(joinCode, "Fuchs");
    const id = (await memberId(classId, "Igel"))!;
    expect(redirectTarget(await teacher.post(`/klassen/lehrkraft/${classId}/schueler/${id}/name`, { nickname: "Igel K." }))).toBe(
      `/klassen/lehrkraft/${classId}/schueler/${id}`,
    );
    expect(await memberId(classId, "Igel K.")).toBe(id);
    const taken = await teacher.post(`/klassen/lehrkraft/${classId}/schueler/${id}/name`, { nickname: "fuchs" });
    expect(taken.status).toBe(409);
    expect(visibleText(await taken.text())).toContain("gibt es in der Klasse schon");
  });

  it("merges two entries of one student: the answers of both count for the one that stays", async () => {
    const { teacher, classId, joinCode } = await createClass();
    const assignmentId = await assign(teacher, classId);
    const ipad = await joinAs(joinCode, "Lina");
    const phone = await joinAs(joinCode, "Lina 2");
    await answerRight(ipad.student, ipad.classPath, assignmentId, [1]);
    await answerRight(phone.student, phone.classPath, assignmentId, [1]);
    const [staying, leaving] = [(await memberId(classId, "Lina"))!, (await memberId(classId, "Lina 2"))!];
    const merged = await teacher.post(`/klassen/lehrkraft/${classId}/schueler/${leaving}/zusammenfuehren`, { ziel: String(staying), bestaetigung: "ja" });
    expect(redirectTarget(merged)).toBe(`/klassen/lehrkraft/${classId}/schueler/${staying}`);
    expect(await memberId(classId, "Lina 2")).toBeUndefined();
    const page = visibleText(await (await teacher.get(`/klassen/lehrkraft/${classId}/aufgaben/${assignmentId}`)).text());
    // Both attempts drew the quiz's questions in their own order; whatever each answered counts once.
    const answered = await count(
      "select count(distinct answers.question_id) as n from answers join attempts on attempts.id = answers.attempt_id join class_members m on m.learner_id = attempts.learner_id where m.id = ?",
      staying,
    );
    expect(answered).toBeGreaterThanOrEqual(1);
    expect(page).toContain(`${answered} von ${questionsOf.size} bearbeitet`);
    expect(page).not.toContain("Lina 2");
    // Merging into itself or another class's entry is refused.
    const self = await teacher.post(`/klassen/lehrkraft/${classId}/schueler/${staying}/zusammenfuehren`, { ziel: String(staying), bestaetigung: "ja" });
    expect(self.status).toBe(400);
  });

  it("removes a student with their answers", async () => {
    const { teacher, classId, joinCode } = await createClass();
    const assignmentId = await assign(teacher, classId);
    const { student, classPath } = await joinAs(joinCode, "Weg");
    await answerRight(student, classPath, assignmentId, [1]);
    const id = (await memberId(classId, "Weg"))!;
    expect((await teacher.post(`/klassen/lehrkraft/${classId}/schueler/${id}/entfernen`, {})).status).toBe(400);
    expect(redirectTarget(await teacher.post(`/klassen/lehrkraft/${classId}/schueler/${id}/entfernen`, { bestaetigung: "ja" }))).toBe(
      `/klassen/lehrkraft/${classId}#schueler`,
    );
    expect(await memberId(classId, "Weg")).toBeUndefined();
    expect(await count("select count(*) as n from attempts where assignment_id = ?", assignmentId)).toBe(0);
    expect((await student.get(classPath)).status).toBe(404);
  });
});
