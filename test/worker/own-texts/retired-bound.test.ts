/**
 * Earlier versions of an own text's questions are bounded: a text never published keeps none (nobody saw them), a
 * published one keeps them for the answers up to MAX_RETIRED_VERSIONS_PER_TEXT, and then refuses further changes of
 * meaning and deletions with a message, so that paste, publish, answer and edit over and over cannot grow D1 for ever.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { fieldsOf } from "../../../src/worker/own-texts/question-form";
import { MAX_RETIRED_VERSIONS_PER_TEXT } from "../../../src/worker/own-texts/store";
import { type Browser, visibleText } from "../browser";
import { answer, attemptQuestionIds, count, joinAs, rightResponse } from "../classroom/helpers";
import { createClass, currentQuestions, pasteText, publishedAndAssigned, textPath } from "./helpers";

type Single = Extract<Question, { type: "single" }>;

function formOf(fields: Record<string, string | string[]>): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const entry of [value].flat()) form.append(name, entry);
  return form;
}

/** Gives the text's first single choice another right option: a change of meaning, so a new version. */
async function changeKey(teacher: Browser, classId: string, textId: string): Promise<Response> {
  const single = (await currentQuestions(textId)).find((question): question is Single => question.type === "single")!;
  const otherKey = single.options.find((option) => option.id !== single.answer)!.id;
  return teacher.post(`${textPath(classId, textId)}/fragen/${single.id}`, formOf({ ...fieldsOf(single), richtig: otherKey }));
}

const rowsOf = (textId: string) => count("select count(*) as n from own_questions where text_id = ?", textId);
const retiredOf = (textId: string) => count("select count(*) as n from own_questions where text_id = ? and retired_at is not null", textId);

describe("earlier versions of an own text's questions", () => {
  it("are not kept while the text was never published: nobody can have seen them", async () => {
    const created = await createClass();
    const textId = await pasteText(created);
    const rows = await rowsOf(textId);
    for (let edit = 0; edit < 5; edit++) expect((await changeKey(created.teacher, created.classId, textId)).status).toBe(303);
    const [, second] = await currentQuestions(textId);
    expect((await created.teacher.post(`${textPath(created.classId, textId)}/fragen/${second!.id}/loeschen`, { bestaetigung: "ja" })).status).toBe(303);
    expect(await retiredOf(textId)).toBe(0);
    expect(await rowsOf(textId)).toBe(rows - 1);
  });

  it("are kept for the answers once published, up to a bound; then changes of meaning and deletions are refused", async () => {
    const created = await createClass();
    const textId = await publishedAndAssigned(created);
    const { student, classPath } = await joinAs(created.joinCode, "Mila");
    const startPath = (await (await student.get(classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!;
    const attemptPath = (await student.post(startPath)).headers.get("Location")!;
    const asked = await attemptQuestionIds(attemptPath);
    const answered = (await currentQuestions(textId)).find((question) => question.id === asked[0])!;
    await answer(student, attemptPath, 1, rightResponse(answered));

    // The loop: edit, edit, edit. Each old version is kept (an attempt may name it, the answer above does).
    for (let edit = 0; edit < 3; edit++) expect((await changeKey(created.teacher, created.classId, textId)).status).toBe(303);
    expect(await retiredOf(textId)).toBe(3);

    // Up to the bound (the versions before it made here directly: 300 edits would only take long).
    const template = await env.DB.prepare("select question from own_questions where text_id = ? and retired_at is not null limit 1")
      .bind(textId)
      .first<{ question: string }>();
    await env.DB.prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
       insert into own_questions (id, text_id, position, question, retired_at) select 'q_fuellung_' || i, ?, null, ?, 1 from n`,
    )
      .bind(MAX_RETIRED_VERSIONS_PER_TEXT - 4, textId, template!.question)
      .run();
    expect((await changeKey(created.teacher, created.classId, textId)).status).toBe(303);
    expect(await retiredOf(textId)).toBe(MAX_RETIRED_VERSIONS_PER_TEXT);
    const rows = await rowsOf(textId);

    const refused = await changeKey(created.teacher, created.classId, textId);
    expect(refused.status).toBe(409);
    expect(visibleText(await refused.text())).toContain(`Dieser Text bewahrt schon ${MAX_RETIRED_VERSIONS_PER_TEXT} frühere Fassungen seiner Fragen`);
    const [first] = await currentQuestions(textId);
    const deletion = await created.teacher.post(`${textPath(created.classId, textId)}/fragen/${first!.id}/loeschen`, { bestaetigung: "ja" });
    expect(deletion.status).toBe(409);
    expect(await rowsOf(textId)).toBe(rows);
    expect((await currentQuestions(textId)).map((question) => question.id)).toContain(first!.id);

    // Rewording keeps the version: still possible.
    const reworded = await created.teacher.post(
      `${textPath(created.classId, textId)}/fragen/${first!.id}`,
      formOf({ ...fieldsOf(first!), frage: `${first!.stem} (neu formuliert)` }),
    );
    expect(reworded.status).toBe(303);
    expect(await rowsOf(textId)).toBe(rows);
  });
});
