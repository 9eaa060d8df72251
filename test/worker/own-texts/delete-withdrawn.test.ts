/**
 * A class at the bound of withdrawn texts makes room by deleting one of them for good: from a list of its withdrawn
 * texts, after a page that says what goes with it (the text, its questions, every answer, its assignment), with a
 * ticked box; only a withdrawn text of the teacher's own class. Answers to other texts stay.
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import type { Browser } from "../browser";
import { redirectTarget, visibleText } from "../browser";
import { MAX_WITHDRAWN_TEXTS_PER_CLASS } from "../../../src/worker/own-texts/store";
import { answer, attemptQuestionIds, count, joinAs, rightResponse } from "../classroom/helpers";
import { createClass, currentQuestions, FRESH_TEXT, postNewText, publishedAndAssigned, textPath } from "./helpers";

/** The student starts the class's assignment of the text and answers its first question. */
async function answerFirst(student: Browser, classPath: string, textId: string): Promise<void> {
  const page = await (await student.get(classPath)).text();
  const assignmentId = (await env.DB.prepare("select id from assignments where quiz_id = ?").bind(textId).first<{ id: string }>())!.id;
  const start = [...page.matchAll(/action="([^"]+\/starten)"/g)]
    .map((match) => match[1]!.replaceAll("&amp;", "&"))
    .find((path) => path.includes(assignmentId))!;
  const attemptPath = redirectTarget(await student.post(start));
  const [firstId] = await attemptQuestionIds(attemptPath);
  await answer(student, attemptPath, 1, rightResponse((await currentQuestions(textId)).find((question) => question.id === firstId)!));
}

it("deletes a withdrawn text for good with its answers, after a page that says what is lost, and frees its place", async () => {
  const created = await createClass();
  const withdrawn = await publishedAndAssigned(created, { text: FRESH_TEXT, titel: "Zum Löschen" });
  const kept = await publishedAndAssigned(created, { text: FRESH_TEXT, titel: "Bleibt" });
  const { student: ada, classPath } = await joinAs(created.joinCode, "Ada");
  await answerFirst(ada, classPath, withdrawn);
  await answerFirst(ada, classPath, kept);
  expect(redirectTarget(await created.teacher.post(`${textPath(created.classId, withdrawn)}/zurueckziehen`, { bestaetigung: "ja" }))).toContain(
    "#eigene-texte",
  );

  // Other withdrawn texts up to the bound: a new text is refused, and the message says where to make room.
  await env.DB.prepare(
    `with recursive copies(n) as (select 1 union all select n + 1 from copies where n < ?)
     insert into own_texts (id, class_id, title, text, passages, quiz_size, status)
       select printf('t_%08x%08x', ?, n), class_id, title || ' ' || n, text, passages, quiz_size, 'withdrawn' from own_texts, copies where id = ?`,
  )
    .bind(MAX_WITHDRAWN_TEXTS_PER_CLASS - 1, Math.floor(Math.random() * 0xffffffff), kept)
    .run();
  const refused = await postNewText(created.teacher, created.classId, { text: FRESH_TEXT });
  expect(refused.status).toBe(400);
  expect(visibleText(await refused.text())).toContain("unter „Zurückgezogene Texte“");

  // The overview leads to the list of withdrawn texts, which leads to the confirmation.
  const overview = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text();
  const listPath = `/klassen/lehrkraft/${created.classId}/texte/zurueckgezogen`;
  expect(overview).toContain(`href="${listPath}"`);
  const list = await (await created.teacher.get(listPath)).text();
  const confirmPath = `${textPath(created.classId, withdrawn)}/endgueltig-loeschen`;
  expect(list).toContain(`href="${confirmPath}"`);
  expect(visibleText(list)).toContain("Zum Löschen");
  expect(visibleText(list)).not.toMatch(/Bleibt ·/);

  const confirmation = await created.teacher.get(confirmPath);
  expect(confirmation.status).toBe(200);
  const page = visibleText(await confirmation.text());
  expect(page).toContain("„Zum Löschen“ endgültig löschen?");
  expect(page).toContain("Eine Schülerin oder ein Schüler hat diesen Text schon bearbeitet (1 Antwort).");
  expect(page).toContain("alle Antworten Ihrer Klasse zu seinen Fragen");
  expect(page).toContain("Das lässt sich nicht rückgängig machen.");

  // Without the ticked box nothing goes; nor from another class, nor a text still in the list.
  const unticked = await created.teacher.post(confirmPath, {});
  expect(unticked.status).toBe(400);
  expect(visibleText(await unticked.text())).toContain("Bitte bestätigen Sie das endgültige Löschen mit dem Häkchen.");
  const other = await createClass("Andere");
  expect((await other.teacher.post(`${textPath(other.classId, withdrawn)}/endgueltig-loeschen`, { bestaetigung: "ja" })).status).toBe(404);
  expect((await created.teacher.get(`${textPath(created.classId, kept)}/endgueltig-loeschen`)).status).toBe(404);
  expect((await created.teacher.post(`${textPath(created.classId, kept)}/endgueltig-loeschen`, { bestaetigung: "ja" })).status).toBe(404);
  expect(await count("select count(*) as n from own_texts where id = ?", withdrawn)).toBe(1);

  const answersTo = (textId: string) =>
    count("select count(*) as n from answers where question_id in (select id from own_questions where text_id = ?)", textId);
  expect(await answersTo(withdrawn)).toBe(1);
  expect(redirectTarget(await created.teacher.post(confirmPath, { bestaetigung: "ja" }))).toBe(listPath);
  expect(await count("select count(*) as n from own_texts where id = ?", withdrawn)).toBe(0);
  expect(await count("select count(*) as n from own_questions where text_id = ?", withdrawn)).toBe(0);
  expect(await count("select count(*) as n from assignments where quiz_id = ?", withdrawn)).toBe(0);
  expect(await count("select count(*) as n from attempts where quiz_id = ?", withdrawn)).toBe(0);
  // Ada's answer to the other text stays, and so does that text.
  expect(await answersTo(kept)).toBe(1);
  expect(await count("select count(*) as n from answers a join attempts t on t.id = a.attempt_id where t.quiz_id = ?", withdrawn)).toBe(0);
  expect((await created.teacher.get(confirmPath)).status).toBe(404);

  // Its place is free: a new text comes in.
  expect((await postNewText(created.teacher, created.classId, { text: FRESH_TEXT })).status).toBe(303);
});
