/**
 * The feedback on a phone: the context far before the evidence stands apart (stil.css leaves it out on a small
 * screen), so that the marked sentence is on the first screen; the last short sentence before the evidence stays.
 */
import { expect, it } from "vitest";
import { getDocument, listDocuments, quizPool } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { nearContextStart, passageExcerpt } from "../../../src/worker/quiz/highlight";
import { Browser, visibleText } from "../browser";
import { attemptWith, rightForm } from "./client";

/** A question whose passage shows more than one sentence before its evidence, the last of them short. */
function questionWithFarContext(): { question: Question; far: string; near: string } {
  for (const document of listDocuments()) {
    const text = getDocument(document.id)!;
    for (const question of quizPool(document.id)) {
      const { evidence } = question;
      if (question.moreEvidence.length > 0 || question.sentenceStart !== undefined) continue;
      const passage = text.passages.find((candidate) => candidate.id === evidence.passageId)!;
      const shown = passageExcerpt(text.text, passage, evidence);
      const near = nearContextStart(text.text, { start: shown.start, end: evidence.start });
      if (near > shown.start && near < evidence.start) {
        return { question, far: text.text.slice(shown.start, near), near: text.text.slice(near, evidence.start) };
      }
    }
  }
  throw new Error("no bank question with a short sentence and more before its evidence");
}

const spaced = (text: string) => text.replace(/\s+/g, " ").trim();

it("sets the context far before the evidence apart, and keeps the last short sentence before it with the evidence", async () => {
  const { question, far, near } = questionWithFarContext();
  const learner = new Browser();
  const attemptId = await attemptWith(learner, [question]);
  await learner.post(`/versuch/${attemptId}/frage/1`, rightForm(question));
  const html = (await learner.page(`/versuch/${attemptId}/frage/1`)).html;
  const apart = /<span class="far-context">([\s\S]*?)<\/span>/u.exec(html);
  expect(apart).not.toBeNull();
  expect(spaced(visibleText(apart![1]!)).replace(/^… /u, "")).toBe(spaced(far));
  const afterApart = visibleText(html.slice(apart!.index + apart![0].length));
  expect(afterApart.startsWith(spaced(`${near} ${question.evidence.quote}`).slice(0, 60))).toBe(true);
});
