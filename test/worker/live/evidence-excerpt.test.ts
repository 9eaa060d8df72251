/**
 * The evidence a live session shows on the projector and the phones: like the learner's feedback, the
 * passage around the quote, cut when the passage is long (a pasted text without blank lines is one passage).
 */
import { describe, expect, it } from "vitest";
import { type BankDocument, Question } from "../../../src/bank/schema";
import type { QuestionSource, Quiz } from "../../../src/worker/content";
import { loadQuizQuestions } from "../../../src/worker/live/questions";

const filler = Array.from({ length: 40 }, (_, index) => `Satz ${index + 1} erzählt etwas anderes über die Stadt.`).join(" ");
const quote = "Die Staatsanwaltschaft leitete nach der Pleite Ermittlungen gegen 13 weitere Beschuldigte ein.";
const text = `${filler} ${quote}`;
const document: BankDocument = { id: "doc", title: "Ein langer Absatz", text, passages: [{ id: "p1", start: 0, end: text.length, kind: "text" }] };
const question = Question.parse({
  id: "q_0123456789abcdef",
  documentId: "doc",
  topic: "action",
  stem: "Stimmt diese Aussage laut Text?",
  fact: "action:0",
  salience: 0.9,
  evidence: { documentId: "doc", passageId: "p1", start: text.indexOf(quote), end: text.length, quote },
  type: "truefalse",
  statement: "Das Landgericht leitete nach der Pleite Ermittlungen ein.",
  answer: false,
});
const quiz = { id: "doc", title: document.title, origin: "bank", pool: [question], size: 1 } as unknown as Quiz;
const source = {
  quiz: async () => quiz,
  documents: async () => new Map([["doc", document]]),
  draw: () => [question],
} as unknown as QuestionSource;

describe("a live question's evidence", () => {
  it("is the quote with some context, not the whole of a long passage", async () => {
    const loaded = await loadQuizQuestions(source, "doc");
    const [evidence] = loaded!.questions[0]!.evidence;
    expect(evidence!.passage.length).toBeLessThan(text.length / 3);
    expect(evidence!.passage.startsWith("… ")).toBe(true);
    expect(evidence!.passage.slice(evidence!.mark.start, evidence!.mark.end)).toBe(quote);
  });
});
