/**
 * Which questions a student's attempt of an own text's assignment asks: a draw of its own per attempt
 * (stable on reload) of the teacher's size, never two questions on one sentence, the types mixed.
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { drawCurated } from "../../../src/bank/quiz";
import { redirectTarget } from "../browser";
import { attemptQuestionIds, joinAs } from "../classroom/helpers";
import { createClass, currentQuestions, pasteText, textPath } from "./helpers";

it("gives each student's attempt its own draw of the teacher's size, the same on reload, one question per sentence", async () => {
  const created = await createClass();
  const textId = await pasteText(created);
  const size = 4;
  const base = textPath(created.classId, textId);
  expect((await created.teacher.post(`${base}/umfang`, { umfang: String(size) })).status).toBe(303);
  expect((await created.teacher.post(`${base}/veroeffentlichen`)).status).toBe(303);
  expect((await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: textId })).status).toBe(303);
  const pool = await currentQuestions(textId);
  const byId = new Map(pool.map((question) => [question.id, question]));

  const draws = new Set<string>();
  for (const nickname of ["Ada", "Ben", "Cem", "Dora", "Emil"]) {
    const { student, classPath } = await joinAs(created.joinCode, nickname);
    const start = (await (await student.get(classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!.replaceAll("&amp;", "&");
    const attemptPath = redirectTarget(await student.post(start));
    const asked = await attemptQuestionIds(attemptPath);
    // Seeded with the attempt's id: the draw src/bank/quiz.ts makes for it.
    expect(asked).toEqual(drawCurated(pool, { seed: attemptPath.split("/").pop()!, size }).map((question) => question.id));
    expect(asked).toHaveLength(size);
    const sentences = asked.map((id) => byId.get(id)!.evidence.start);
    expect(new Set(sentences).size, "one question per sentence").toBe(size);
    // "Starten" again (a reload, the back button) continues the same attempt with the same questions.
    expect(redirectTarget(await student.post(start))).toBe(attemptPath);
    expect(await attemptQuestionIds(attemptPath)).toEqual(asked);
    draws.add(asked.join());
  }
  expect(draws.size, "students of one assignment get draws of their own").toBeGreaterThan(1);
  expect(await env.DB.prepare("select count(*) as n from attempts where quiz_id = ?").bind(textId).first<{ n: number }>()).toEqual({ n: 5 });
});
