/** Fast pages on a school network: every learner page stays small (HTML only; CSS and JS are cached for a year). */
import { expect, it } from "vitest";
import { listDocuments, MIXED_QUIZ_ID } from "../../../src/bank";
import { SCRIPT } from "../../../src/worker/static/script";
import { STYLESHEET } from "../../../src/worker/static/stylesheet";
import { LearnerBrowser, questionsOfAttempt, rightForm, wrongForm } from "./client";

const MAX_PAGE_BYTES = 40_000;

it("every learner page is under 40 kB of HTML, stylesheet and script under 10 kB", async () => {
  const learner = new LearnerBrowser();
  const attemptId = await learner.startQuiz(MIXED_QUIZ_ID);
  const asked = await questionsOfAttempt(attemptId);
  const [first] = asked;
  const longestDocument = [...listDocuments()].sort((a, b) => b.text.length - a.text.length)[0]!;
  const sizes: Record<string, number> = {};
  const measure = async (name: string, path: string) => {
    sizes[name] = new TextEncoder().encode((await learner.page(path)).html).length;
  };

  await measure("catalog", "/");
  await measure("question", `/versuch/${attemptId}/frage/1`);
  await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(first!));
  await measure("feedback", `/versuch/${attemptId}/frage/1`);
  for (const [index, question] of asked.entries()) {
    if (index > 0) await learner.post(`/versuch/${attemptId}/frage/${index + 1}`, wrongForm(question).form);
  }
  await measure("results", `/versuch/${attemptId}/ergebnis`);
  await measure("progress", "/fortschritt");
  const { evidence } = first!;
  await measure("longest document", `/texte/${longestDocument.id}`);
  await measure("document with highlight", `/texte/${evidence.documentId}?von=${evidence.start}&bis=${evidence.end}`);
  console.log("page sizes (bytes)", JSON.stringify({ ...sizes, stylesheet: STYLESHEET.length, script: SCRIPT.length }));

  for (const [name, bytes] of Object.entries(sizes)) expect(bytes, name).toBeLessThan(MAX_PAGE_BYTES);
  expect(STYLESHEET.length).toBeLessThan(10_000);
  expect(SCRIPT.length).toBeLessThan(10_000);
});
