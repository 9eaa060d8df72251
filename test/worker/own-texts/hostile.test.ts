/** Everything a teacher typed renders as text, never as HTML or script: pages and CSV. */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { escapeHtml, redirectTarget } from "../browser";
import { answer, attemptQuestionIds, joinAs, parseCsv, rightResponse } from "../classroom/helpers";
import { askAsManyAsAllowed, createClass, currentQuestions, FRESH_TEXT, pasteText, textPath } from "./helpers";

const SCRIPT = '<script>alert("qq")</script>';
const BOLD = "<b>fett</b>";
const TITLE = `Kabel ${SCRIPT} ${BOLD} & "Zitat"`;
const SOURCE = `javascript:alert(1) ${BOLD}`;
const HOSTILE_TEXT = FRESH_TEXT.replace("Er sprach von einem", `${SCRIPT} ${BOLD} <img src=x onerror=alert(2)> Er sprach von einem`);

function expectOnlyText(html: string, where: string) {
  expect(html, where).not.toContain(SCRIPT);
  expect(html, where).not.toContain(BOLD);
  expect(html, where).not.toContain("<img src=x");
  expect(html, where).not.toMatch(/href="javascript:/i);
}

it("title, source, text and an edited question render as text everywhere", async () => {
  const created = await createClass();
  const textId = await pasteText(created, { text: HOSTILE_TEXT, titel: TITLE, quelle: SOURCE });
  const base = textPath(created.classId, textId);
  const pool = await currentQuestions(textId);
  // The first question, rewritten as a single choice: the first of the teacher's order is always asked.
  const single = pool[0]!;
  const question = pool[1]!;
  const stem = `Was steht da? ${SCRIPT}`;
  const edited = new URLSearchParams({ typ: "single", frage: stem, option_a: `${BOLD} Danzig`, option_b: "Rostock", richtig: "a", beleg: `${SCRIPT} ${BOLD}` });
  const saved = await created.teacher.post(`${base}/fragen/${single.id}`, edited);
  expect(saved.status).toBe(303);
  await askAsManyAsAllowed(created, textId);
  await created.teacher.post(`${base}/veroeffentlichen`);
  await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: textId });

  // The review page the edit leads back to: the one with the edited question.
  const review = await (await created.teacher.get(redirectTarget(saved))).text();
  expectOnlyText(review, "review page");
  expect(review).toContain(escapeHtml(TITLE));
  expect(review).toContain(escapeHtml(stem));
  const reviewMarks = [...review.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((match) => match[1]!.replace(/<strong class="answer-word">|<\/strong>/g, ""));
  expect(reviewMarks).toContain(escapeHtml(`${SCRIPT} ${BOLD}`));
  expectOnlyText(await (await created.teacher.get(`${base}/fragen/${question.id}`)).text(), "editor");
  const dashboard = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text();
  expectOnlyText(dashboard, "dashboard");
  expect(dashboard).toContain(escapeHtml(TITLE));

  const { student, classPath } = await joinAs(created.joinCode, "Lea");
  const classPage = await (await student.get(classPath)).text();
  expectOnlyText(classPage, "student's class page");
  expect(classPage).toContain(escapeHtml(TITLE));
  const attemptPath = redirectTarget(await student.post(classPage.match(/action="([^"]+\/starten)"/)![1]!));
  const asked = await attemptQuestionIds(attemptPath);
  const editedNow = (await currentQuestions(textId)).find((candidate) => candidate.stem === stem)!;
  const editedPosition = asked.indexOf(editedNow.id) + 1;
  const questionPage = await (await student.get(`${attemptPath}/frage/${editedPosition}`)).text();
  expectOnlyText(questionPage, "question page");
  expect(questionPage).toContain(escapeHtml(stem));
  await answer(student, attemptPath, editedPosition, rightResponse(editedNow));
  const feedback = await (await student.get(`${attemptPath}/frage/${editedPosition}`)).text();
  expectOnlyText(feedback, "feedback page");
  // The evidence highlighted, escaped; the answer's words in it are emphasised with <strong>, the only tag inside.
  const highlighted = /<mark>([\s\S]*?)<\/mark>/.exec(feedback)?.[1] ?? "";
  expect(highlighted.replace(/<strong class="answer-word">|<\/strong>/g, "")).toBe(escapeHtml(`${SCRIPT} ${BOLD}`));
  const documentPage = await (await student.get(`/texte/${textId}`)).text();
  expectOnlyText(documentPage, "document page");
  expect(documentPage).toContain(escapeHtml(SOURCE));
  expectOnlyText(await (await student.get(`${attemptPath}/ergebnis`)).text(), "results page");
  expectOnlyText(await (await student.get("/fortschritt")).text(), "progress page");

  const students = parseCsv((await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/export/schueler.csv`)).text()).replace(/^\uFEFF/, ""));
  expect(students[0]![1]).toBe(`${TITLE}: Punkte in Prozent des Quiz`);
  const questions = parseCsv((await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/export/fragen.csv`)).text()).replace(/^\uFEFF/, ""));
  expect(questions.some((row) => row[2] === TITLE && row[3] === stem)).toBe(true);
  const assignmentId = (await env.DB.prepare("select id from assignments where class_id = ?").bind(created.classId).first<{ id: string }>())!.id;
  const results = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/aufgaben/${assignmentId}`)).text();
  expectOnlyText(results, "assignment page");
  expect(results).toContain(escapeHtml(TITLE));
  expect(results).toContain(escapeHtml(stem));
});
