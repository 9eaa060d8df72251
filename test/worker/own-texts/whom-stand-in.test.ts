/**
 * An own text's question of whom a deed concerned ("Wen hat Sabine Hofer laut Text ... beauftragt?") stands behind the
 * deed's statement in the teacher's order; an attempt that cannot ask the statement (it has its statements) asks it in
 * the statement's place. The review says so at the question, from the curation stored with the text and read back, and
 * the students' attempts are the draws that rule makes, never both questions of the deed.
 */
import { expect, it } from "vitest";
import { curatedChoice, drawCurated } from "../../../src/bank/quiz";
import type { StoredCuration } from "../../../src/db/schema/own-texts";
import allgaeu from "../../fixtures/own-texts/bahnausbau-allgaeu.txt?raw";
import { redirectTarget, visibleText } from "../browser";
import { attemptQuestionIds, joinAs } from "../classroom/helpers";
import { createClass, currentQuestions, pasteText, reviewPages, textPath } from "./helpers";
import { env } from "cloudflare:test";

const WHOM = "Wen hat Sabine Hofer laut Text mit der Leitung der Planung beauftragt?";

it("tells at the question of whom that it stands in for its deed's statement, and attempts ask it only in its place", async () => {
  const created = await createClass();
  const textId = await pasteText(created, { text: allgaeu });
  const pasted = await currentQuestions(textId);
  const whom = pasted.find((question) => question.stem === WHOM);
  expect(whom, "the text's main deed is asked as whom it concerned").toBeDefined();
  // The teacher's order starts with the text's first quiz, drawn by the text's random id: the deed's statement and then
  // its question of whom are put first, as a teacher moving them up would, and the curation is worked out anew.
  const statement = pasted.find((question) => question.type === "truefalse" && question.fact === whom!.fact)!;
  expect(statement).toBeDefined();
  for (const [question, position] of [
    [statement, -2],
    [whom!, -1],
  ] as const) {
    await env.DB.prepare("update own_questions set position = ? where id = ?").bind(position, question.id).run();
  }
  await env.DB.prepare("update own_texts set curation = null where id = ?").bind(textId).run();
  const pool = await currentQuestions(textId);
  expect(pool.slice(0, 2)).toEqual([statement, whom]);
  const out = curatedChoice(pool).leftOut.find((left) => left.question.id === whom!.id);
  expect(out?.standsIn).toBe(true);
  expect(out!.yieldsTo.id).toBe(statement.id);

  // The note at the question, on the first view (which works the curation out and stores it) and on one that reads it back.
  for (let view = 0; view < 2; view++) {
    const pages = await reviewPages(created.teacher, created.classId, textId);
    const card = pages
      .flatMap((html) => [...html.matchAll(/<li id="frage-([^"]+)" class="card"[\s\S]*?(?=<li id="frage-|<\/ol>)/g)])
      .find((match) => match[1] === whom!.id)?.[0];
    expect(card).toBeDefined();
    const note = visibleText(/<p class="notice apart" data-testid="yields-to">([\s\S]*?)<\/p>/.exec(card!)![1]!);
    expect(note).toMatch(/^Statt Frage 1\s*:/);
    expect(note).toContain("fragt er diese Frage an ihrer Stelle");
    const stored = await env.DB.prepare("select curation from own_texts where id = ?").bind(textId).first<{ curation: string }>();
    expect((JSON.parse(stored!.curation) as StoredCuration).standIns).toContain(whom!.id);
  }

  expect((await created.teacher.post(`${textPath(created.classId, textId)}/veroeffentlichen`)).status).toBe(303);
  expect((await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: textId })).status).toBe(303);
  for (const nickname of ["Aylin", "Bruno", "Clara"]) {
    const { student, classPath } = await joinAs(created.joinCode, nickname);
    const start = (await (await student.get(classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!.replaceAll("&amp;", "&");
    const attemptPath = redirectTarget(await student.post(start));
    const asked = await attemptQuestionIds(attemptPath);
    const size = (await env.DB.prepare("select quiz_size as n from own_texts where id = ?").bind(textId).first<{ n: number }>())!.n;
    expect(asked).toEqual(drawCurated(pool, { seed: attemptPath.split("/").pop()!, size }).map((question) => question.id));
    expect(asked.includes(whom!.id) && asked.includes(statement.id), "the deed asked twice").toBe(false);
  }
});
