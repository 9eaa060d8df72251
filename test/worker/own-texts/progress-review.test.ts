/**
 * A student's answers to an own text's questions count in "Mein Fortschritt" and come back in
 * "Wiederholen" as the bank's do, while the text is published, the question current and the student in
 * the class. The clock is vitest's fake Date, which the Worker shares (same isolate).
 */
import { env } from "cloudflare:test";
import { afterEach, expect, it, vi } from "vitest";
import { curatedPool } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { type Browser, redirectTarget, visibleText } from "../browser";
import { answer, attemptQuestionIds, count, joinAs, rightResponse } from "../classroom/helpers";
import { getQuestion, MIXED_QUIZ_ID } from "../../../src/bank";
import { rightForm, wrongForm } from "../quiz/client";
import { askAsManyAsAllowed, createClass, currentQuestions, pasteText, publishedAndAssigned, storedText, textPath } from "./helpers";

const MINUTE = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

function setClock(time: number) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(time);
}

const textOf = async (student: Browser, path: string) => visibleText(await (await student.get(path)).text());

/** A class with a published, assigned own text; a student starts it, answers the first question right and two others wrong. */
async function answeredAssignment() {
  const created = await createClass();
  const textId = await publishedAndAssigned(created);
  const { student, classPath } = await joinAs(created.joinCode, "Anna");
  const start = (await (await student.get(classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!.replaceAll("&amp;", "&");
  const attemptPath = redirectTarget(await student.post(start));
  const byId = new Map((await currentQuestions(textId)).map((question) => [question.id, question]));
  const asked = (await attemptQuestionIds(attemptPath)).map((id) => byId.get(id)!);
  // Wrong with no credit and no near miss, so each card is due 10 minutes later.
  const wrongPositions = asked.flatMap((question, index) => (index > 0 && wrongForm(question).score === 0 ? [index + 1] : [])).slice(0, 2);
  expect(wrongPositions).toHaveLength(2);
  expect((await student.post(`${attemptPath}/frage/1`, rightForm(asked[0]!))).status).toBe(303);
  for (const position of wrongPositions)
    expect((await student.post(`${attemptPath}/frage/${position}`, wrongForm(asked[position - 1]!).form)).status).toBe(303);
  const wrong: Question[] = wrongPositions.map((position) => asked[position - 1]!);
  return { created, textId, title: (await storedText(textId)).title, student, classPath, asked, wrong };
}

it("counts an assignment's answers in Mein Fortschritt and asks its wrong questions again in Wiederholen", async () => {
  const { title, student, asked, wrong } = await answeredAssignment();

  const progress = await textOf(student, "/fortschritt");
  expect(progress).not.toContain("Du hast noch keine Frage beantwortet");
  expect(progress).toContain("3 Fragen beantwortet, davon 1 richtig.");
  // The text's card counts the questions the assignment asked, not the text's whole pool.
  expect(progress).toContain(`${title} 3 von ${asked.length} Fragen beantwortet, davon 1 richtig`);
  expect(progress).not.toContain("inzwischen geändert oder gelöscht");
  expect(progress).toContain("Diese 2 Fragen wiederholen");
  // The one way to repeat them now: no "Nichts fällig" with the time of the next review above it.
  expect(progress).not.toContain("Nichts fällig");
  expect(progress).not.toContain("Die nächste Wiederholung ist");
  for (const question of wrong) expect(progress).toContain(question.stem);

  // Ten minutes later the two wrong ones are due, on the start page and in "Wiederholen".
  setClock(Date.now() + 11 * MINUTE);
  expect(await textOf(student, "/")).toContain("2 Fragen fällig");
  expect(await textOf(student, "/wiederholen")).toContain("2 Fragen fällig");
  expect(await textOf(student, "/fortschritt")).toContain("2 Fragen fällig");
  const reviewPath = redirectTarget(await student.post("/wiederholen/starten"));
  expect(new Set(await attemptQuestionIds(reviewPath))).toEqual(new Set(wrong.map((question) => question.id)));
  const firstAsked = (await attemptQuestionIds(reviewPath))[0]!;
  const question = wrong.find((candidate) => candidate.id === firstAsked)!;
  const page = await textOf(student, `${reviewPath}/frage/1`);
  expect(page).toContain(question.stem);
  expect((await student.post(`${reviewPath}/frage/1`, rightForm(question))).status).toBe(303);
  expect(await textOf(student, `${reviewPath}/frage/1`)).toContain("Richtig!");
  // Answered right, it goes out of the queue: one is left.
  expect(await textOf(student, "/wiederholen")).toContain("1 Frage fällig");
});

it("drops a question the teacher deleted, and everything of the class once the student has left it", async () => {
  const { created, textId, title, student, classPath, asked, wrong } = await answeredAssignment();
  const [deleted, kept] = wrong as [Question, Question];
  expect(await cardsOf([deleted.id])).toBe(1);
  const deletion = await created.teacher.post(`${textPath(created.classId, textId)}/fragen/${deleted.id}/loeschen`, { bestaetigung: "ja" });
  expect(deletion.status).toBe(303);
  // Its review card is deleted with it, in every learner's cards; the others stay.
  expect(await cardsOf([deleted.id])).toBe(0);
  expect(await cardsOf(asked.filter((question) => question.id !== deleted.id).map((question) => question.id))).toBe(2);

  setClock(Date.now() + 11 * MINUTE);
  expect(await textOf(student, "/wiederholen")).toContain("1 Frage fällig");
  const progress = await textOf(student, "/fortschritt");
  expect(progress).toContain(`${title} 2 von ${asked.length - 1} Fragen beantwortet, davon 1 richtig`);
  // Why the figures went down, on the text's card.
  expect(progress).toContain("1 Frage, die du beantwortet hast, hat deine Lehrkraft inzwischen geändert oder gelöscht. Sie zählt hier nicht mehr mit.");
  expect(progress).toContain("Diese Frage wiederholen");
  expect(await attemptQuestionIds(redirectTarget(await student.post("/fortschritt/wiederholen")))).toEqual([kept.id]);
  const reviewPath = redirectTarget(await student.post("/wiederholen/starten"));
  expect(await attemptQuestionIds(reviewPath)).toEqual([kept.id]);

  // Left the class: its text and questions are gone from both pages, and an open review of them is not continued.
  expect((await student.post(`${classPath}/austreten`, { bestaetigung: "ja" })).status).toBe(303);
  const review = await textOf(student, "/wiederholen");
  expect(review).not.toMatch(/\d Fragen? fällig/);
  expect(redirectTarget(await student.post("/wiederholen/starten"))).toBe("/wiederholen");
  // The review of the class's question went with the class's answers.
  expect(await count("select count(*) as n from attempts where id = ?", reviewPath.split("/").pop())).toBe(0);
  const after = await textOf(student, "/fortschritt");
  expect(after).not.toContain(title);
  expect(after).not.toContain("Zuletzt falsch beantwortet");
  // The review cards of the class's questions went with the answers.
  expect(await cardsOf(asked.map((question) => question.id))).toBe(0);
});

it("deletes the review cards of the class's questions with the class, and keeps the learner's other cards", async () => {
  const { created, student, asked } = await answeredAssignment();
  const practice = redirectTarget(await student.post(`/quiz/${MIXED_QUIZ_ID}/starten`));
  const [bankQuestionId] = await attemptQuestionIds(practice);
  await answer(student, practice, 1, rightResponse(getQuestion(bankQuestionId!)!));
  const askedIds = asked.map((question) => question.id);
  expect(await cardsOf(askedIds)).toBe(3);

  expect(redirectTarget(await created.teacher.post(`/klassen/lehrkraft/${created.classId}/loeschen`, { bestaetigung: "ja" }))).toBe("/klassen/geloescht");
  expect(await cardsOf(askedIds)).toBe(0);
  expect(await cardsOf([bankQuestionId!])).toBeGreaterThanOrEqual(1);
});

it("offers a practice round of an own text once its assignment is done, which the teacher's results do not count and leaving deletes", async () => {
  const { created, textId, student, classPath, asked } = await answeredAssignment();
  expect(await count("select count(*) as n from attempts where quiz_id = ?", textId)).toBe(1);
  const assignmentAttempt = (await env.DB.prepare("select id from attempts where quiz_id = ?").bind(textId).first<{ id: string }>())!.id;
  const results = `/versuch/${assignmentAttempt}/ergebnis`;
  // Homework not done yet: no practice round instead of it.
  expect(await textOf(student, results)).not.toContain("Noch eine Runde");
  expect((await student.post(`${results.replace("/ergebnis", "")}/noch-eine-runde`)).status).toBe(404);

  const answered = await answersOf(assignmentAttempt);
  for (const [index, question] of asked.entries()) {
    if (!answered.has(question.id)) expect((await student.post(`/versuch/${assignmentAttempt}/frage/${index + 1}`, rightForm(question))).status).toBe(303);
  }
  const done = await textOf(student, results);
  expect(done).toContain("Noch eine Runde üben");
  expect(done).toContain("zählt nicht für die Aufgabe");

  const practicePath = redirectTarget(await student.post(`/versuch/${assignmentAttempt}/noch-eine-runde`));
  const practiceId = practicePath.split("/").pop()!;
  const row = await env.DB.prepare("select quiz_id, assignment_id, question_ids from attempts where id = ?")
    .bind(practiceId)
    .first<{ quiz_id: string; assignment_id: string | null; question_ids: string }>();
  expect(row).toMatchObject({ quiz_id: textId, assignment_id: null });
  // The text has more questions than the assignment asked: the round brings some of those.
  const practised: string[] = JSON.parse(row!.question_ids);
  const pool = await currentQuestions(textId);
  expect(pool.length).toBeGreaterThan(asked.length);
  const askedIds = new Set(asked.map((question) => question.id));
  const fresh = practised.filter((id) => !askedIds.has(id));
  // At least as many as an attempt can ask in the teacher's order (one question per sentence and fact, curatedPool) that the assignment did not.
  const freshAskable = curatedPool(pool).filter((question) => !askedIds.has(question.id)).length;
  expect(freshAskable).toBeGreaterThan(0);
  expect(fresh.length).toBeGreaterThanOrEqual(Math.min(practised.length, freshAskable));
  // Its pages say it is practice, the assignment's do not.
  const practiceRound = "Übungsrunde, zählt nicht für die Aufgabe";
  expect(await textOf(student, `${practicePath}/frage/1`)).toContain(practiceRound);
  const assignmentPage = await textOf(student, `/versuch/${assignmentAttempt}/frage/1`);
  expect(assignmentPage).toContain(`Frage 1 von ${asked.length}`);
  expect(assignmentPage).not.toContain(practiceRound);
  // A second click continues the same round.
  expect(redirectTarget(await student.post(`/versuch/${assignmentAttempt}/noch-eine-runde`))).toBe(practicePath);
  const position = practised.indexOf(fresh[0]!) + 1;
  expect((await student.post(`${practicePath}/frage/${position}`, rightForm(pool.find((question) => question.id === fresh[0])!))).status).toBe(303);
  expect(await textOf(student, "/fortschritt")).toContain(`${asked.length + 1} von ${asked.length + fresh.length} Fragen beantwortet`);

  // The teacher's figures of the assignment count the assignment's attempt only.
  const assignmentId = (await env.DB.prepare("select id from assignments where class_id = ?").bind(created.classId).first<{ id: string }>())!.id;
  const grid = await textOf(created.teacher, `/klassen/lehrkraft/${created.classId}/aufgaben/${assignmentId}`);
  expect(grid).toContain(`${asked.length} von ${asked.length} bearbeitet`);

  expect((await student.post(`${classPath}/austreten`, { bestaetigung: "ja" })).status).toBe(303);
  expect(await count("select count(*) as n from attempts where id = ?", practiceId)).toBe(0);
});

it("brings other questions in a practice round after an assignment that asked as many as may stand together", async () => {
  const created = await createClass();
  const textId = await pasteText(created);
  const perAttempt = await askAsManyAsAllowed(created, textId);
  expect((await created.teacher.post(`${textPath(created.classId, textId)}/veroeffentlichen`)).status).toBe(303);
  expect((await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: textId })).status).toBe(303);
  const { student, classPath } = await joinAs(created.joinCode, "Anna");
  const start = (await (await student.get(classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!.replaceAll("&amp;", "&");
  const attemptPath = redirectTarget(await student.post(start));
  const pool = await currentQuestions(textId);
  const byId = new Map(pool.map((question) => [question.id, question]));
  const asked = (await attemptQuestionIds(attemptPath)).map((id) => byId.get(id)!);
  expect(asked).toHaveLength(perAttempt);
  for (const [index, question] of asked.entries()) expect((await student.post(`${attemptPath}/frage/${index + 1}`, rightForm(question))).status).toBe(303);

  const practicePath = redirectTarget(await student.post(`${attemptPath}/noch-eine-runde`));
  const practised = await attemptQuestionIds(practicePath);
  expect(practised).toHaveLength(perAttempt);
  const askedIds = new Set(asked.map((question) => question.id));
  // The results page promises other questions where the text has them; the teacher's order alone asked the same ones again.
  expect(curatedPool(pool).filter((question) => !askedIds.has(question.id))).toEqual([]);
  expect(practised.filter((id) => !askedIds.has(id)).length).toBeGreaterThanOrEqual(perAttempt / 2);

  // Mein Fortschritt counts the practice round's questions on the text's card once one is answered, not the moment it starts.
  const { title } = await storedText(textId);
  expect(await textOf(student, "/fortschritt")).toContain(`${title} ${perAttempt} von ${perAttempt} Fragen beantwortet`);
  expect((await student.post(`${practicePath}/frage/1`, wrongForm(byId.get(practised[0]!)!).form)).status).toBe(303);
  const answered = new Set([...askedIds, practised[0]!]).size;
  expect(await textOf(student, "/fortschritt")).toContain(`${title} ${answered} von ${new Set([...askedIds, ...practised]).size} Fragen beantwortet`);

  // The results of the assignment and of the practice round lead back to the class, not to the start page's texts.
  for (const results of [`${attemptPath}/ergebnis`, `${practicePath}/ergebnis`]) {
    const html = await (await student.get(results)).text();
    expect(html, results).toContain(`<a class="button secondary" href="${classPath}">Zurück zur Klasse</a>`);
    expect(visibleText(html)).not.toContain("Zu den Texten");
  }
});

/** Review cards of these questions in any learner's cards. */
const cardsOf = (questionIds: string[]) =>
  count(
    "select count(*) as n from learners, json_each(learners.review_cards) as card where card.key in (select value from json_each(?))",
    JSON.stringify(questionIds),
  );

async function answersOf(attemptId: string): Promise<Set<string>> {
  const { results } = await env.DB.prepare("select question_id from answers where attempt_id = ?").bind(attemptId).all<{ question_id: string }>();
  return new Set(results.map((row) => row.question_id));
}
