/** Own texts belong to their class: drafts are the teacher's alone; no other class can read or change them. */
import { describe, expect, it } from "vitest";
import { redirectTarget, visibleText } from "../browser";
import { count, joinAs } from "../classroom/helpers";
import { createClass, currentQuestions, pasteText, publishedAndAssigned, textPath } from "./helpers";

describe("an unpublished text", () => {
  it("is invisible to students: not assignable, not startable, not readable", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const assign = await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: textId });
    expect(assign.status).toBe(400);
    expect(await count("select count(*) as n from assignments where class_id = ?", created.classId)).toBe(0);
    const dashboard = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text();
    expect(dashboard).not.toContain(`<option value="${textId}"`);
    expect(dashboard).toContain("Entwurf");

    const { student, classPath } = await joinAs(created.joinCode, "Ole");
    expect(visibleText(await (await student.get(classPath)).text())).toContain("noch keine Aufgaben");
    expect((await student.get(`/texte/${textId}`)).status).toBe(404);
    expect((await student.post(`/quiz/${textId}/starten`)).status).toBe(404);
  });

  it("once published, can be assigned and its text opened by the class's students only", async () => {
    const created = await createClass();
    const textId = await publishedAndAssigned(created);
    const dashboard = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text();
    expect(dashboard).toContain(`<option value="${textId}"`);
    const poolSize = (await currentQuestions(textId)).length;
    expect(visibleText(dashboard)).toContain(`veröffentlicht · ${poolSize} Fragen, 10 je Versuch`);
    const { student, classPath } = await joinAs(created.joinCode, "Ida");
    expect(visibleText(await (await student.get(classPath)).text())).toContain("Ostseerat berät in Danzig");
    const document = await student.get(`/texte/${textId}`);
    expect(document.status).toBe(200);
    expect(document.headers.get("Cache-Control")).toContain("no-store");
    // Own texts start only from their assignment, never from the public catalog.
    expect((await student.post(`/quiz/${textId}/starten`)).status).toBe(404);

    const outsider = await createClass("Andere Klasse");
    const { student: stranger } = await joinAs(outsider.joinCode, "Fremd");
    expect((await stranger.get(`/texte/${textId}`)).status).toBe(404);
  });
});

describe("another class", () => {
  it("can neither read nor change a text: 404 under its own path, 403 with its own secret under the owner's", async () => {
    const owner = await createClass("Eigentümer");
    const textId = await pasteText(owner);
    const before = await currentQuestions(textId);
    const [question] = before;
    const other = await createClass("Andere");
    const reads = [textPath(other.classId, textId), `${textPath(other.classId, textId)}/fragen/${question!.id}`];
    for (const path of reads) {
      const response = await other.teacher.get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain("Danzig");
    }
    const writes: [string, Record<string, string>][] = [
      [`${textPath(other.classId, textId)}/fragen/${question!.id}/loeschen`, {}],
      [`${textPath(other.classId, textId)}/fragen/${question!.id}/hoch`, {}],
      [`${textPath(other.classId, textId)}/angaben`, { titel: "Übernommen" }],
      [`${textPath(other.classId, textId)}/umfang`, { umfang: "1" }],
      [`${textPath(other.classId, textId)}/veroeffentlichen`, {}],
      [`${textPath(other.classId, textId)}/loeschen`, { bestaetigung: "ja" }],
      [`${textPath(other.classId, textId)}/zurueckziehen`, { bestaetigung: "ja" }],
    ];
    for (const [path, form] of writes) expect((await other.teacher.post(path, form)).status, path).toBe(404);
    const assign = await other.teacher.post(`/klassen/lehrkraft/${other.classId}/aufgaben`, { quizId: textId });
    expect(assign.status).toBe(400);

    // The owner's paths with the other teacher's cookie: no access.
    const foreignCookie = { qq_lehrkraft: other.secret };
    const stranger = other.teacher;
    stranger.cookies.delete("qq_lehrkraft");
    expect((await stranger.get(textPath(owner.classId, textId), foreignCookie)).status).toBe(403);
    expect((await stranger.post(`${textPath(owner.classId, textId)}/veroeffentlichen`, {}, foreignCookie)).status).toBe(403);
    expect((await stranger.get(`/klassen/lehrkraft/${owner.classId}/texte/neu`)).status).toBe(403);

    expect(await count("select count(*) as n from own_texts where id = ? and status = 'draft' and title like 'Ostseerat%'", textId)).toBe(1);
    expect(await currentQuestions(textId)).toEqual(before);
  });
});

it("deleting the class deletes its texts and every version of their questions", async () => {
  const created = await createClass();
  const textId = await publishedAndAssigned(created);
  const [question] = await currentQuestions(textId);
  await created.teacher.post(`${textPath(created.classId, textId)}/fragen/${question!.id}/loeschen`, { bestaetigung: "ja" }); // a retired version too
  expect(await count("select count(*) as n from own_questions where text_id = ? and retired_at is not null", textId)).toBe(1);
  expect(redirectTarget(await created.teacher.post(`/klassen/lehrkraft/${created.classId}/loeschen`, { bestaetigung: "ja" }))).toBe("/klassen/geloescht");
  expect(await count("select count(*) as n from own_texts where class_id = ?", created.classId)).toBe(0);
  expect(await count("select count(*) as n from own_questions where text_id = ?", textId)).toBe(0);
});

it("a draft can be deleted with its questions (a published text: ./withdraw.test.ts)", async () => {
  const created = await createClass();
  const draft = await pasteText(created);
  expect((await created.teacher.post(`${textPath(created.classId, draft)}/loeschen`, {})).status).toBe(400);
  expect(redirectTarget(await created.teacher.post(`${textPath(created.classId, draft)}/loeschen`, { bestaetigung: "ja" }))).toBe(
    `/klassen/lehrkraft/${created.classId}#eigene-texte`,
  );
  expect(await count("select count(*) as n from own_questions where text_id = ?", draft)).toBe(0);
});
