/**
 * A right-to-left nickname ("مريم924") is shown isolated from the text around it (<bdi>, or dir="auto" on its
 * own element) on every page that names it: unisolated, its digits jump to the other side of the name and, in a
 * list, the names around it change places ("1. Platz Anna, مريم, Ben").
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { defaultQuiz, listDocuments } from "../../../src/bank";
import { type Browser, redirectTarget } from "../browser";
import { rightForm } from "../quiz/client";
import { startSession } from "../live/helpers";
import { createClass, joinAs } from "./helpers";

const RTL_NICKNAME = "مريم الأحمد924";
const quizId = listDocuments().find((document) => defaultQuiz(document.id).length >= 3)!.id;

/**
 * Where the nickname stands in the page's text (not in an attribute or a form field) without being isolated; in the
 * title, which takes no <bdi>, between the isolate controls U+2068 and U+2069.
 */
function unisolated(html: string): string[] {
  const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? "";
  const found = title.split(`\u2068${RTL_NICKNAME}\u2069`).filter((part) => part.includes(RTL_NICKNAME));
  const text = html.replace(/<title>[\s\S]*?<\/title>/, "").replace(/<(input|textarea)\b[^>]*>/g, "");
  let at = text.indexOf(RTL_NICKNAME);
  while (at >= 0) {
    const before = text.slice(Math.max(0, at - 80), at);
    if (!/(<bdi>|<bdi [^>]*>|<[a-z]+ [^>]*dir="auto"[^>]*>)\s*$/.test(before)) found.push(`${before}${RTL_NICKNAME}`);
    at = text.indexOf(RTL_NICKNAME, at + RTL_NICKNAME.length);
  }
  return found;
}

async function expectIsolated(browser: Browser, path: string): Promise<void> {
  const response = await browser.get(path);
  expect(response.status, path).toBe(200);
  const html = await response.text();
  expect(html, path).toContain(RTL_NICKNAME);
  expect(unisolated(html), path).toEqual([]);
}

it("isolates a right-to-left nickname on the teacher's pages, the student's pages, the projector and the phone", async () => {
  const created = await createClass();
  const { teacher, classId, joinCode } = created;
  await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId });
  const assignmentId = (await env.DB.prepare("select id from assignments where class_id = ?").bind(classId).first<{ id: string }>())!.id;
  const { student, classPath } = await joinAs(joinCode, RTL_NICKNAME, "192.0.2.90");
  await joinAs(joinCode, "Anna", "192.0.2.91");
  const member = (await env.DB.prepare("select id from class_members where class_id = ? and nickname = ?")
    .bind(classId, RTL_NICKNAME)
    .first<{ id: number }>())!;

  await expectIsolated(teacher, `/klassen/lehrkraft/${classId}`);
  await expectIsolated(teacher, `/klassen/lehrkraft/${classId}/aufgaben/${assignmentId}`);
  await expectIsolated(teacher, `/klassen/lehrkraft/${classId}/schueler/${member.id}`);
  await expectIsolated(student, classPath);
  await expectIsolated(student, "/klassen/meine");

  // Live: the lobby on the projector, the phone, and the podium at the end.
  const { code, presenterPath } = await startSession(created, { quizId });
  // A member plays under the class nickname.
  const joined = await student.post("/live", { code, nickname: "" });
  expect(redirectTarget(joined)).toBe(`/live/${code}`);
  await expectIsolated(teacher, presenterPath);
  await expectIsolated(student, `/live/${code}`);
  await teacher.post(`${presenterPath}/weiter`, { phase: "lobby", frage: "0" });
  const body = new URLSearchParams({ frage: "1" });
  for (const value of [rightForm(defaultQuiz(quizId)[0]!).antwort ?? []].flat()) body.append("antwort", value);
  await student.post(`/live/${code}/antwort`, body);
  await teacher.post(`${presenterPath}/beenden`);
  await expectIsolated(teacher, presenterPath);
});
