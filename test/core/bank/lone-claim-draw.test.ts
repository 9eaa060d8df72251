/**
 * Who did what, below the lead's main event but salient (a report's outcome further down), where its only forms are a
 * true and a false statement (the false one its denial) and the pool holds no other statement to balance one of them
 * with: a quiz short of the floor asks it as one statement, true for some seeds and false for others, instead of
 * leaving it out for gaps of terms. A claim a quiz takes only as a filler stays out. The pool is built here from one
 * made-up report, so that each question's salience is fixed.
 */
import { describe, it } from "vitest";
import { MIN_CLAIM_SALIENCE } from "../../../src/bank/quiz";
import { Question } from "../../../src/bank/schema";
import { expectNoStatement, expectOneSideBySeed } from "./lone-statements";

// Ein erfundener Bericht, Satz für Satz: jede Frage stützt sich auf einen Satz (Beleg bei satz * 100).
const SENTENCES = [
  "In einer Lagerhalle am Stadtrand von Steyr ist am Mittwochabend ein Feuer ausgebrochen.",
  "Die Einsatzkräfte rückten mit zwölf Fahrzeugen an.",
  "Der Rauch war kilometerweit zu sehen.",
  "Die Anrainer wurden aufgefordert, Fenster und Türen geschlossen zu halten.",
  "Die Feuerwehr hat ein Übergreifen der Flammen auf das benachbarte Wohnhaus verhindert.",
];
let serial = 0;
const common = (topic: Question["topic"], sentence: number, salience: number, fact = `${topic}:${sentence}`) => ({
  id: `q_${(++serial).toString(16).padStart(16, "0")}`,
  documentId: "brand",
  topic,
  fact,
  salience,
  evidence: { documentId: "brand", passageId: "p1", start: sentence * 100, end: sentence * 100 + 40, quote: SENTENCES[sentence]! },
  moreEvidence: [],
});
const statement = (salience: number, text: string, truth: boolean) =>
  Question.parse({
    ...common("action", 4, salience, "action:4"),
    type: "truefalse",
    stem: "Stimmt diese Aussage laut Text?",
    statement: text,
    answer: truth,
    ...(truth ? {} : { correction: SENTENCES[4] }),
  });
const cloze = (sentence: number, before: string, key: string, after: string) =>
  Question.parse({ ...common("term", sentence, 0.02), type: "cloze", stem: "Welcher Begriff fehlt in diesem Satz?", before, answer: key, after, accept: [] });

const TOLD = "Die Feuerwehr hat ein Übergreifen der Flammen auf das benachbarte Wohnhaus verhindert.";
const DENIED = "Die Feuerwehr hat ein Übergreifen der Flammen auf das benachbarte Wohnhaus nicht verhindert.";
const gaps = [
  cloze(1, "Die ", "Einsatzkräfte", " rückten mit zwölf Fahrzeugen an."),
  cloze(2, "Der ", "Rauch", " war kilometerweit zu sehen."),
  cloze(3, "Die ", "Anrainer", " wurden aufgefordert, Fenster und Türen geschlossen zu halten."),
];

describe("a salient claim whose statements have no partner", () => {
  it("is asked as one of its two statements in a quiz short of the floor, true for some seeds and false for others", () => {
    // Salient as a claim, far below the main event's salience.
    const told = statement(0.6, TOLD, true);
    const denied = statement(0.3, DENIED, false);
    expectOneSideBySeed(told, denied, gaps);
  });

  it("stays out where the claim only fills a quiz up: a side matter is no reason to ask a lone statement", () => {
    const told = statement(MIN_CLAIM_SALIENCE / 2, TOLD, true);
    const denied = statement(MIN_CLAIM_SALIENCE / 4, DENIED, false);
    expectNoStatement([told, denied, ...gaps]);
  });
});
