/**
 * The lead's main event, where its only forms are a true and a false statement (the false one its denial) and the
 * pool holds no other statement to balance one of them with: a quiz short of the floor asks it as one statement,
 * true for some seeds and false for others, instead of leaving the main event out. The pool is built here from one
 * made-up report, so that each question's salience is fixed.
 */
import { describe, expect, it } from "vitest";
import { drawQuiz, QUIZ_FLOOR } from "../../../src/bank/quiz";
import { Question } from "../../../src/bank/schema";
import { expectNoStatement, expectOneSideBySeed, SEEDS } from "./lone-statements";

// Ein erfundener Bericht, Satz für Satz: jede Frage stützt sich auf einen Satz (Beleg bei satz * 100).
const SENTENCES = [
  "Der Gemeinderat von Wels hat am Dienstag einstimmig beschlossen, das Hallenbad bis zum Herbst zu sanieren.",
  "Im Antrag wird die Stadtverwaltung aufgefordert, die Kosten genau zu prüfen.",
  "Die Debatte war von der Frage nach dem Denkmalschutz überschattet.",
  "Der Umbau soll vor allem das marode Dach betreffen.",
  "Die Bauarbeiten beginnen im Mai.",
  "Der Bürgermeister lobte den Beschluss.",
];
let serial = 0;
const common = (topic: Question["topic"], sentence: number, salience: number, fact = `${topic}:${sentence}`) => ({
  id: `q_${(++serial).toString(16).padStart(16, "0")}`,
  documentId: "bericht",
  topic,
  fact,
  salience,
  evidence: { documentId: "bericht", passageId: "p1", start: sentence * 100, end: sentence * 100 + 40, quote: SENTENCES[sentence]! },
  moreEvidence: [],
});
const statement = (sentence: number, salience: number, text: string, truth: boolean) =>
  Question.parse({
    ...common("action", sentence, salience, "action:0"),
    type: "truefalse",
    stem: "Stimmt diese Aussage laut Text?",
    statement: text,
    answer: truth,
    ...(truth ? {} : { correction: SENTENCES[sentence] }),
  });
const cloze = (sentence: number, before: string, key: string, after: string) =>
  Question.parse({ ...common("term", sentence, 0.02), type: "cloze", stem: "Welcher Begriff fehlt in diesem Satz?", before, answer: key, after, accept: [] });

const decided = statement(0, 1, "Der Gemeinderat von Wels hat am Dienstag einstimmig beschlossen, das Hallenbad bis zum Herbst zu sanieren.", true);
const denied = statement(0, 0.5, "Der Gemeinderat von Wels hat am Dienstag einstimmig nicht beschlossen, das Hallenbad bis zum Herbst zu sanieren.", false);
const gaps = [
  cloze(1, "Im ", "Antrag", " wird die Stadtverwaltung aufgefordert, die Kosten genau zu prüfen."),
  cloze(2, "Die Debatte war von der Frage nach dem ", "Denkmalschutz", " überschattet."),
  cloze(3, "Der Umbau soll vor allem das marode ", "Dach", " betreffen."),
];

describe("the main event whose statements have no partner", () => {
  it("is asked as one of its two statements in a quiz short of the floor, true for some seeds and false for others", () => {
    expectOneSideBySeed(decided, denied, gaps);
  });

  it("stays out where it has no statement of the other key: a lone true statement would be true every time", () => {
    expectNoStatement([decided, ...gaps]);
  });

  it("is not added to a quiz that reaches the floor without it", () => {
    const more = [cloze(4, "Die ", "Bauarbeiten", " beginnen im Mai."), cloze(5, "Der ", "Bürgermeister", " lobte den Beschluss.")];
    for (const seed of SEEDS.slice(0, 8)) {
      const quiz = drawQuiz([decided, denied, ...gaps, ...more], { seed });
      expect(quiz.length, seed).toBeGreaterThanOrEqual(QUIZ_FLOOR);
      expect(quiz.filter((question) => question.type === "truefalse").length, seed).not.toBe(1);
    }
  });
});
