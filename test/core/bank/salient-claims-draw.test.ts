/**
 * A salient statement of who said or did what is not left out of a quiz while a less salient statement of its key is
 * in: the draw goes through the pool once, in salience order, and a true claim that comes while true statements lead
 * is turned away, the next true one taken once a false one has levelled them. The pool is built here from one
 * made-up report, so that each question's salience is fixed.
 */
import { describe, expect, it } from "vitest";
import { balancedStatements, drawQuiz } from "../../../src/bank/quiz";
import { Question } from "../../../src/bank/schema";

// Ein erfundener Bericht, Satz für Satz: jede Frage stützt sich auf einen Satz (Beleg bei satz * 100).
const SENTENCES = [
  "Die Stadtwerke Linz bauen ein neues Wasserkraftwerk an der Traun.",
  "Der Gemeinderat hat den Bau am Dienstag mit großer Mehrheit beschlossen.",
  "Die Grünen kritisieren die Kosten des Projekts scharf.",
  "Bürgermeisterin Eva Lindner kündigte an, die Bevölkerung vor Baubeginn zu befragen.",
  "Der Naturschutzbund fordert eine Fischtreppe für die Äsche.",
  "Stadtrat Peter Huber sagte, der Strompreis werde sinken.",
  "Die Baufirma rechnet mit drei Jahren Bauzeit.",
];
let serial = 0;
const common = (documentId: string, topic: Question["topic"], sentence: number, salience: number) => ({
  id: `q_${(++serial).toString(16).padStart(16, "0")}`,
  documentId,
  topic,
  fact: `${topic}:${sentence}`,
  salience,
  evidence: { documentId, passageId: "p1", start: sentence * 100, end: sentence * 100 + 40, quote: SENTENCES[sentence]! },
  moreEvidence: [],
});
const statement = (topic: Question["topic"], sentence: number, salience: number, text: string, truth: boolean, documentId = "bericht") =>
  Question.parse({
    ...common(documentId, topic, sentence, salience),
    type: "truefalse",
    stem: "Stimmt diese Aussage laut Text?",
    statement: text,
    answer: truth,
    ...(truth ? {} : { correction: SENTENCES[sentence] }),
  });
const choice = (topic: Question["topic"], sentence: number, salience: number, stem: string, key: string, wrong: string[]) =>
  Question.parse({
    ...common("bericht", topic, sentence, salience),
    type: "single",
    stem,
    options: [key, ...wrong].map((text, index) => ({ id: String.fromCharCode(97 + index), text })),
    answer: "a",
  });

// Far enough apart in salience that the seed's jitter does not reorder them.
const mainEvent = statement("action", 0, 0.95, "Die Stadtwerke Linz bauen ein neues Wasserkraftwerk an der Traun.", true);
const secondTrue = statement("action", 1, 0.75, "Der Gemeinderat hat den Bau am Dienstag mit großer Mehrheit beschlossen.", true);
const firstFalse = statement("action", 2, 0.55, "Die Grünen loben die Kosten des Projekts.", false);
const lateTrue = statement("action", 3, 0.37, "Bürgermeisterin Eva Lindner kündigte an, die Bevölkerung vor Baubeginn zu befragen.", true);
const lateFalse = statement("action", 4, 0.3, "Der Naturschutzbund lehnt eine Fischtreppe für die Äsche ab.", false);
const others = [
  choice("quote", 5, 0.5, "Wer sagte laut Text, der Strompreis werde sinken?", "Peter Huber", ["Eva Lindner", "Karl Moser"]),
  choice("term", 6, 0.45, "Womit rechnet die Baufirma laut Text?", "mit drei Jahren Bauzeit", ["mit einem Jahr Bauzeit", "mit zehn Jahren Bauzeit"]),
];
const pool = [mainEvent, secondTrue, firstFalse, lateTrue, lateFalse, ...others];
const SEEDS = ["a", "b", "c", "d", "e", "f"];

describe("a salient claim the cap of statements turned away", () => {
  it("takes the place of the least salient statement of its key", () => {
    for (const seed of SEEDS) {
      const quiz = drawQuiz(pool, { seed });
      const ids = quiz.map((question) => question.id);
      expect(ids, seed).toContain(secondTrue.id);
      expect(ids, seed).not.toContain(lateTrue.id);
      expect(ids, seed).toEqual(expect.arrayContaining([mainEvent.id, firstFalse.id, lateFalse.id, ...others.map((question) => question.id)]));
      expect(balancedStatements(quiz), seed).toBe(true);
      expect(quiz.filter((question) => question.type === "truefalse")).toHaveLength(4);
    }
  });

  it("draws the same quiz for the same seed", () => {
    expect(drawQuiz(pool, { seed: "x" }).map((question) => question.id)).toEqual(drawQuiz(pool, { seed: "x" }).map((question) => question.id));
  });
});
