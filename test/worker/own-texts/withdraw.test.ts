/**
 * A teacher deletes a published own text. Nobody of the class has begun it: it goes with its questions and its
 * assignment. Someone has: the page says whose answers there are, and the text is withdrawn instead (gone from the
 * lists, new assignments and practice; the results still show its questions), never deleted with their answers.
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { redirectTarget, visibleText } from "../browser";
import { MAX_WITHDRAWN_TEXTS_PER_CLASS } from "../../../src/worker/own-texts/store";
import { answer, attemptQuestionIds, count, joinAs, parseCsv, rightResponse } from "../classroom/helpers";
import { createClass, currentQuestions, FRESH_TEXT, pasteText, postNewText, publishedAndAssigned, textPath } from "./helpers";

const overviewPath = (classId: string) => `/klassen/lehrkraft/${classId}`;

it("says on the review whether the class has the published text as an assignment, not 'sobald Sie es zuweisen' once it has", async () => {
  const created = await createClass();
  const textId = await pasteText(created);
  const review = async () => visibleText(await (await created.teacher.get(textPath(created.classId, textId))).text());
  expect((await created.teacher.post(`${textPath(created.classId, textId)}/veroeffentlichen`)).status).toBe(303);
  expect(await review()).toContain("Ihre Klasse sieht dieses Quiz, sobald Sie es auf der Übersicht als Aufgabe zuweisen.");
  expect((await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: textId })).status).toBe(303);
  const assigned = await review();
  expect(assigned).toContain("Ihre Klasse hat dieses Quiz als Aufgabe. Änderungen gelten für neue Versuche.");
  expect(assigned).not.toContain("sobald Sie es");
});

it("deletes a published text nobody has begun, with its questions and its assignment", async () => {
  const created = await createClass();
  const textId = await publishedAndAssigned(created);
  await joinAs(created.joinCode, "Ole");
  const review = visibleText(await (await created.teacher.get(textPath(created.classId, textId))).text());
  expect(review).toContain("Noch hat niemand aus Ihrer Klasse diesen Text bearbeitet.");

  expect((await created.teacher.post(`${textPath(created.classId, textId)}/loeschen`, {})).status).toBe(400);
  const deleted = await created.teacher.post(`${textPath(created.classId, textId)}/loeschen`, { bestaetigung: "ja" });
  expect(redirectTarget(deleted)).toBe(`${overviewPath(created.classId)}#eigene-texte`);
  expect(await count("select count(*) as n from own_texts where id = ?", textId)).toBe(0);
  expect(await count("select count(*) as n from own_questions where text_id = ?", textId)).toBe(0);
  expect(await count("select count(*) as n from assignments where quiz_id = ?", textId)).toBe(0);
});

it("withdraws a text the class has answered: says so first, keeps every answer and the results, and takes it off every list", async () => {
  const created = await createClass();
  const textId = await publishedAndAssigned(created);
  const base = textPath(created.classId, textId);
  const { student: ada, classPath: adaClass } = await joinAs(created.joinCode, "Ada");
  const { student: cem, classPath: cemClass } = await joinAs(created.joinCode, "Cem");
  const start = (await (await ada.get(adaClass)).text()).match(/action="([^"]+\/starten)"/)![1]!.replaceAll("&amp;", "&");
  const attemptPath = redirectTarget(await ada.post(start));
  const [firstId] = await attemptQuestionIds(attemptPath);
  const first = (await currentQuestions(textId)).find((question) => question.id === firstId)!;
  await answer(ada, attemptPath, 1, rightResponse(first));

  // The page tells what deleting would take along and offers to withdraw instead.
  const review = visibleText(await (await created.teacher.get(base)).text());
  expect(review).toContain("Eine Schülerin oder ein Schüler hat diesen Text schon bearbeitet (1 Antwort).");
  expect(review).toContain("Damit diese Antworten nicht verloren gehen, wird der Text nicht gelöscht, sondern zurückgezogen");

  // A delete sent anyway (a page from before the answer) deletes nothing and says why.
  const refused = await created.teacher.post(`${base}/loeschen`, { bestaetigung: "ja" });
  expect(refused.status).toBe(409);
  expect(visibleText(await refused.text())).toContain("Ihre Klasse hat diesen Text inzwischen bearbeitet. Er wurde nicht gelöscht");
  expect(await count("select count(*) as n from own_texts where id = ? and status = 'published'", textId)).toBe(1);

  // Its worksheet and LMS files, there until it is withdrawn (the page says they go with it).
  const material = ["arbeitsblatt", "moodle.xml", "gift.txt"].map((file) => `/klassen/lehrkraft/${created.classId}/quizze/${textId}/${file}`);
  for (const path of material) expect((await created.teacher.get(path)).status, path).toBe(200);
  expect(review).toContain("Arbeitsblatt, Moodle-XML und GIFT dieses Textes gibt es danach nicht mehr.");

  // No withdrawn text yet: the overview has no link to their page.
  const withdrawnPath = `/klassen/lehrkraft/${created.classId}/texte/zurueckgezogen`;
  expect(await (await created.teacher.get(overviewPath(created.classId))).text()).not.toContain(withdrawnPath);

  const cardsOfFirst = () => count("select count(*) as n from learners, json_each(learners.review_cards) as card where card.key = ?", firstId);
  expect(await cardsOfFirst()).toBe(1);

  expect((await created.teacher.post(`${base}/zurueckziehen`, {})).status).toBe(400);
  expect(redirectTarget(await created.teacher.post(`${base}/zurueckziehen`, { bestaetigung: "ja" }))).toBe(`${overviewPath(created.classId)}#eigene-texte`);

  // Its questions can no longer be asked again: their review cards are gone.
  expect(await cardsOfFirst()).toBe(0);
  // Nothing of the class's work is gone.
  expect(await count("select count(*) as n from own_texts where id = ? and status = 'withdrawn'", textId)).toBe(1);
  expect(await count("select count(*) as n from answers where question_id = ?", firstId)).toBe(1);
  expect(await count("select count(*) as n from assignments where quiz_id = ?", textId)).toBe(1);

  // Off the teacher's list, not assignable, not to be opened or changed; the overview links to the withdrawn texts now.
  const overview = await (await created.teacher.get(overviewPath(created.classId))).text();
  expect(overview).toContain(`href="${withdrawnPath}"`);
  expect(overview).not.toContain(`<option value="${textId}"`);
  expect(overview).not.toContain(`href="${base}"`);
  // Its assignment stays, marked as such.
  expect(visibleText(overview)).toContain("Text zurückgezogen: Niemand kann die Aufgabe neu beginnen, begonnene Versuche lassen sich beenden.");
  // Cem, who never began, can no longer begin: not "offen" on the card, in the students' table, on the assignment's page
  // and in the CSV, but what is true; Ada, who began, may still finish.
  const statusOf = (html: string, nickname: string) => {
    const row = html.slice(html.indexOf(`<bdi>${nickname}</bdi>`));
    return /class="status [^"]*">([^<]*)</.exec(row.slice(0, row.indexOf("</tr>")))?.[1];
  };
  expect(visibleText(overview)).toContain("1 offen · 1 nicht begonnen, zurückgezogen");
  expect([statusOf(overview, "Ada"), statusOf(overview, "Cem")]).toEqual(["offen", "nicht begonnen, zurückgezogen"]);
  const withdrawnAssignment = (await env.DB.prepare("select id from assignments where quiz_id = ?").bind(textId).first<{ id: string }>())!.id;
  const grid = await (await created.teacher.get(`${overviewPath(created.classId)}/aufgaben/${withdrawnAssignment}`)).text();
  expect(visibleText(grid)).toContain("1 offen · 1 nicht begonnen, zurückgezogen");
  expect([statusOf(grid, "Ada"), statusOf(grid, "Cem")]).toEqual(["offen", "nicht begonnen, zurückgezogen"]);
  const csv = parseCsv((await (await created.teacher.get(`${overviewPath(created.classId)}/export/schueler.csv`)).text()).slice(1));
  const statusColumn = csv[0]!.findIndex((name) => name.endsWith(": Status"));
  expect(Object.fromEntries(csv.slice(1).map((row) => [row[0], row[statusColumn]]))).toEqual({ Ada: "offen", Cem: "nicht begonnen, zurückgezogen" });
  expect((await created.teacher.get(base)).status).toBe(404);
  expect((await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: textId })).status).toBe(400);
  for (const path of material) {
    const gone = await created.teacher.get(path);
    expect(gone.status, path).toBe(404);
    // Back to the class, not to the start page.
    expect(await gone.text(), path).toContain(`href="${overviewPath(created.classId)}#material"`);
  }

  // The results still show the question and Ada's answer.
  const assignmentId = (await env.DB.prepare("select id from assignments where quiz_id = ?").bind(textId).first<{ id: string }>())!.id;
  const results = visibleText(await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/aufgaben/${assignmentId}`)).text());
  expect(results).toContain("1 von 1 richtig (100 %)");
  expect(results).toContain(first.stem);

  // Ada, who began, may finish; Cem, who did not, no longer sees it.
  expect(visibleText(await (await ada.get(adaClass)).text())).toContain("Ostseerat berät in Danzig");
  const next = await ada.get(redirectTarget(await ada.get(attemptPath)));
  expect(next.status).toBe(200);
  expect(visibleText(await next.text())).toContain("Frage 2 von");
  const secondId = (await attemptQuestionIds(attemptPath))[1];
  const second = (await currentQuestions(textId)).find((question) => question.id === secondId)!;
  await answer(ada, attemptPath, 2, rightResponse(second));
  expect(
    await count("select count(*) as n from answers join attempts on attempts.id = answers.attempt_id where attempts.assignment_id = ?", assignmentId),
  ).toBe(2);
  // The answer counts for the assignment, but leaves no review card: the question can no longer be asked again.
  expect(await count("select count(*) as n from learners, json_each(learners.review_cards) as card where card.key = ?", secondId)).toBe(0);
  expect(visibleText(await (await cem.get(cemClass)).text())).not.toContain("Ostseerat berät in Danzig");
  // Ada's feedback links to the whole text ("Diese Stelle im ganzen Text lesen"): she may read it while she finishes; Cem may not.
  expect((await ada.get(`/texte/${textId}`)).status).toBe(200);
  expect((await cem.get(`/texte/${textId}`)).status).toBe(404);
});

it("bounds what withdrawn texts keep: a class with the most withdrawn texts takes no new one and says why", async () => {
  const created = await createClass();
  const textId = await pasteText(created);
  // Withdrawn copies of the text, as paste, publish, answer and withdraw over and over would leave them.
  await env.DB.prepare(
    `with recursive copies(n) as (select 1 union all select n + 1 from copies where n < ?)
     insert into own_texts (id, class_id, title, text, passages, quiz_size, status)
       select printf('t_%08x%08x', ?, n), class_id, title, text, passages, quiz_size, 'withdrawn' from own_texts, copies where id = ?`,
  )
    // Ids of their own: other tests share the database and make copies too.
    .bind(MAX_WITHDRAWN_TEXTS_PER_CLASS - 1, Math.floor(Math.random() * 0xffffffff), textId)
    .run();
  // One below the bound a new text still comes in (the list has room).
  const lastOne = await postNewText(created.teacher, created.classId, { text: FRESH_TEXT });
  expect(lastOne.status).toBe(303);
  await env.DB.prepare("update own_texts set status = 'withdrawn' where id = ?").bind(textId).run();

  const refused = await postNewText(created.teacher, created.classId, { text: FRESH_TEXT });
  expect(refused.status).toBe(400);
  expect(visibleText(await refused.text())).toContain(
    `Ihre Klasse hat schon ${MAX_WITHDRAWN_TEXTS_PER_CLASS} zurückgezogene Texte, deren Ergebnisse gespeichert bleiben.`,
  );
  expect(await count("select count(*) as n from own_texts where class_id = ?", created.classId)).toBe(MAX_WITHDRAWN_TEXTS_PER_CLASS + 1);
});

it("the assignment's polled results page (on the projector) says the text was withdrawn, without a new answer", async () => {
  const created = await createClass();
  const textId = await publishedAndAssigned(created);
  await joinAs(created.joinCode, "Ada");
  const assignmentId = (await env.DB.prepare("select id from assignments where quiz_id = ?").bind(textId).first<{ id: string }>())!.id;
  const page = `${overviewPath(created.classId)}/aufgaben/${assignmentId}`;
  const poll = (etag: string) => created.teacher.send(`${page}/stand`, { method: "GET", headers: { "If-None-Match": etag } });
  const opened = await created.teacher.get(page);
  const before = opened.headers.get("ETag")!;
  const withdrawnNote = "Text zurückgezogen: Niemand kann die Aufgabe neu beginnen, begonnene Versuche lassen sich beenden.";
  expect(visibleText(await opened.text())).not.toContain(withdrawnNote);
  expect((await poll(before)).status).toBe(304);

  expect(redirectTarget(await created.teacher.post(`${textPath(created.classId, textId)}/zurueckziehen`, { bestaetigung: "ja" }))).toBe(
    `${overviewPath(created.classId)}#eigene-texte`,
  );
  const changed = await poll(before);
  expect(changed.status).toBe(200);
  expect(visibleText(await changed.text())).toContain(withdrawnNote);
  const after = changed.headers.get("ETag")!;
  expect(after).not.toBe(before);
  expect((await poll(after)).status).toBe(304);
  expect(visibleText(await (await created.teacher.get(page)).text())).toContain(withdrawnNote);
});
