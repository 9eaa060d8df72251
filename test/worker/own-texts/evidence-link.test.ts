/**
 * "Diese Stelle im ganzen Text lesen" on the teacher's results of an own text: the teacher reads the passage in the whole text,
 * while the text is published and after it was withdrawn (the results stay readable with their passages).
 * The learners' text page (/texte/...) opens an own text only for the class's students, so the link there
 * showed the teacher "Text nicht gefunden".
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { redirectTarget, visibleText } from "../browser";
import { answer, attemptQuestionIds, joinAs, rightResponse } from "../classroom/helpers";
import { createClass, currentQuestions, publishedAndAssigned, textPath } from "./helpers";

/** The addresses of the results page's "Diese Stelle im ganzen Text lesen" links. */
const readLinks = (html: string) =>
  [...html.matchAll(/<a href="([^"]+)">Diese Stelle im ganzen Text lesen<\/a>/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));

it("opens the passage of a result in the whole text for the teacher, before and after the text is withdrawn", async () => {
  const created = await createClass();
  const textId = await publishedAndAssigned(created);
  const { student: ada, classPath } = await joinAs(created.joinCode, "Ada");
  const start = (await (await ada.get(classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!.replaceAll("&amp;", "&");
  const attemptPath = redirectTarget(await ada.post(start));
  const [firstId] = await attemptQuestionIds(attemptPath);
  const first = (await currentQuestions(textId)).find((question) => question.id === firstId)!;
  await answer(ada, attemptPath, 1, rightResponse(first));

  const assignmentId = (await env.DB.prepare("select id from assignments where quiz_id = ?").bind(textId).first<{ id: string }>())!.id;
  const resultsPath = `/klassen/lehrkraft/${created.classId}/aufgaben/${assignmentId}`;
  const expectReadable = async () => {
    const [link] = readLinks(await (await created.teacher.get(resultsPath)).text());
    expect(link).toBeDefined();
    const page = await created.teacher.get(link!);
    expect(page.status, link).toBe(200);
    const html = await page.text();
    expect(html).toContain("<mark>");
    expect(visibleText(html)).toContain(first.evidence.quote);
    return link!;
  };

  const link = await expectReadable();
  // The teacher's own page, not the students': no other class's teacher and no student opens it.
  expect(link.startsWith(`/klassen/lehrkraft/${created.classId}/`)).toBe(true);
  expect((await ada.get(link)).status).toBe(403);
  const other = await createClass();
  expect((await other.teacher.get(link)).status).toBe(403);
  expect((await other.teacher.get(link.replace(created.classId, other.classId))).status).toBe(404);

  expect(redirectTarget(await created.teacher.post(`${textPath(created.classId, textId)}/zurueckziehen`, { bestaetigung: "ja" }))).toContain("#eigene-texte");
  await expectReadable();
});
