/**
 * An own text's quiz draws each attempt's questions anew: a student's page numbers their questions as the
 * class's grid does ("Frage 7" there is 7. on the student's page), not 1 to 4 among their own.
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { escapeHtml, redirectTarget } from "../browser";
import { attemptQuestionIds, joinAs } from "../classroom/helpers";
import { questionText } from "../../../src/worker/classroom/quizzes";
import { createClass, currentQuestions, pasteText, textPath } from "./helpers";

it("a student's page numbers the questions as the class's grid", async () => {
  const created = await createClass();
  const textId = await pasteText(created);
  const pool = await currentQuestions(textId);
  const base = textPath(created.classId, textId);
  expect((await created.teacher.post(`${base}/umfang`, { umfang: "4" })).status).toBe(303);
  expect((await created.teacher.post(`${base}/veroeffentlichen`)).status).toBe(303);
  expect((await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: textId })).status).toBe(303);
  const assignmentId = (await env.DB.prepare("select id from assignments where class_id = ?").bind(created.classId).first<{ id: string }>())!.id;

  const askedOf = new Map<string, string[]>();
  for (const nickname of ["Ada", "Cem", "Eda", "Ole"]) {
    const { student, classPath } = await joinAs(created.joinCode, nickname);
    const start = (await (await student.get(classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!.replaceAll("&amp;", "&");
    askedOf.set(nickname, await attemptQuestionIds(redirectTarget(await student.post(start))));
  }
  // Each attempt its own draw: together they ask more than one attempt does.
  expect(new Set([...askedOf.values()].flat()).size).toBeGreaterThan(4);

  const grid = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/aufgaben/${assignmentId}`)).text();
  const numberOf = new Map(
    [...grid.matchAll(/<th scope="col" class="q" data-question-id="([^"]+)"><span class="visually-hidden">Frage <\/span>(\d+)<\/th>/g)].map((match) => [
      match[1]!,
      match[2]!,
    ]),
  );
  const overview = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text();
  for (const [nickname, asked] of askedOf) {
    const studentPath = new RegExp(`href="(/klassen/lehrkraft/[^"]+/schueler/\\d+)"[^>]*><bdi>${nickname}<`).exec(overview)![1]!;
    const page = await (await created.teacher.get(studentPath)).text();
    const items = [...page.matchAll(/<li class="answer [a-z]+" value="(\d+)" data-testid="student-answer">([\s\S]*?)<\/li>/g)];
    const shown = items.map((item) => {
      const question = pool.find((candidate) => item[2]!.includes(escapeHtml(questionText(candidate))))!;
      return `${item[1]} ${question.id}`;
    });
    const expected = asked.map((id) => `${numberOf.get(id)} ${id}`).sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
    expect(shown, nickname).toEqual(expected);
  }
});
