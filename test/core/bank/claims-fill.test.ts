/**
 * What fills a quiz up: who said or did what, asked as a statement or a choice, before a gap that asks to find a
 * word (a name, a place, a figure); and a lone statement is paired with a claim, never with an office ("X ist
 * Sprecherin") that is not salient. The pool is built here from one made-up report, so that each question's salience is fixed.
 */
import { describe, expect, it } from "vitest";
import {
  balancedStatements,
  drawQuiz,
  GUESSABLE_SALIENCE,
  MIN_CLAIM_SALIENCE,
  MIN_FILL_SALIENCE,
  MIN_SALIENCE,
  QUIZ_FLOOR,
  SIDE_NAME_SALIENCE,
} from "../../../src/bank/quiz";
import { Question } from "../../../src/bank/schema";

// Ein erfundener Bericht, Satz für Satz: jede Frage stützt sich auf einen Satz (Beleg bei satz * 100).
const SENTENCES = [
  "Die Stadtwerke Linz bauen ein neues Wasserkraftwerk an der Traun.",
  "Der Gemeinderat hat den Bau am Dienstag mit großer Mehrheit beschlossen.",
  "Die Grünen kritisieren die Kosten des Projekts scharf.",
  "Bürgermeisterin Eva Lindner kündigte an, die Bevölkerung vor Baubeginn zu befragen.",
  "Der Naturschutzbund fordert eine Fischtreppe für die Äsche.",
  "Das Kraftwerk soll 12.000 Haushalte mit Strom versorgen.",
  "Die Baustelle liegt bei Wels.",
  "Karl Moser ist Sprecher der Stadtwerke.",
  "Den Antrag hatte Stadtrat Peter Huber eingebracht.",
  "Der Bau soll 85 Millionen Euro kosten.",
  "Die Turbinen des Kraftwerks liefern 40 Megawatt.",
];
const evidence = (sentence: number) => ({
  documentId: "bericht",
  passageId: "p1",
  start: sentence * 100,
  end: sentence * 100 + 40,
  quote: SENTENCES[sentence]!,
});
let serial = 0;
const common = (topic: Question["topic"], sentence: number, salience: number, fact = `${topic}:${sentence}`) => ({
  id: `q_${(++serial).toString(16).padStart(16, "0")}`,
  documentId: "bericht",
  topic,
  fact,
  salience,
  evidence: evidence(sentence),
  moreEvidence: [],
});
const choice = (topic: Question["topic"], sentence: number, salience: number, stem: string, key: string, wrong: string[]) =>
  Question.parse({
    ...common(topic, sentence, salience),
    type: "single",
    stem,
    options: [key, ...wrong].map((text, index) => ({ id: String.fromCharCode(97 + index), text })),
    answer: "a",
  });
const statement = (topic: Question["topic"], sentence: number, salience: number, text: string, truth: boolean) =>
  Question.parse({
    ...common(topic, sentence, salience),
    type: "truefalse",
    stem: "Stimmt diese Aussage laut Text?",
    statement: text,
    answer: truth,
    ...(truth ? {} : { correction: SENTENCES[sentence] }),
  });
const gap = (topic: Question["topic"], sentence: number, salience: number, before: string, key: string, after: string) =>
  Question.parse({ ...common(topic, sentence, salience), type: "cloze", stem: "Was fehlt in diesem Satz?", before, answer: key, after, accept: [] });
/** A figure of a sentence as a number gap. */
const figureGap = (sentence: number, salience: number, before: string, answer: number, after: string, answerText: string) =>
  Question.parse({
    ...common("quantity", sentence, salience),
    type: "numeric",
    stem: "Welche Zahl fehlt in diesem Satz?",
    before,
    after,
    answer,
    min: answer,
    max: answer,
    answerText,
  });
/** The figure of sentence 5 as a number gap. */
const households = (salience: number) => figureGap(5, salience, "Das Kraftwerk soll ", 12000, " Haushalte mit Strom versorgen.", "12.000");

/** The lead's three salient questions: the quiz needs two more to reach its floor. */
const lead = [
  choice("organisation", 0, 0.9, "Wer baut laut Text ein neues Wasserkraftwerk an der Traun?", "Die Stadtwerke Linz", ["Die Energie AG", "Der Verbund"]),
  choice("term", 1, 0.6, "Was hat der Gemeinderat laut Text beschlossen?", "den Bau", ["den Verkauf", "die Sanierung"]),
  choice("organisation", 2, 0.5, "Wer kritisiert laut Text die Kosten des Projekts?", "Die Grünen", ["Die NEOS", "Die FPÖ"]),
];
const ids = (questions: readonly Question[]) => questions.map((question) => question.id).sort();

describe("filling a quiz up to its floor", () => {
  it("takes a true and a false claim statement over a claim's name gap, a figure and a place, however little salient the claims", () => {
    const claimTrue = statement("action", 3, MIN_FILL_SALIENCE / 3, "Eva Lindner kündigte an, die Bevölkerung vor Baubeginn zu befragen.", true);
    const claimFalse = statement("quote", 4, MIN_FILL_SALIENCE / 3, "Der Alpenverein fordert eine Fischtreppe für die Äsche.", false);
    // Another claim, asked only as a gap of its name, more salient than the statements (a side person's, below MIN_SALIENCE).
    const nameGap = gap("action", 8, (MIN_CLAIM_SALIENCE + MIN_SALIENCE) / 2, "Den Antrag hatte Stadtrat ", "Peter Huber", " eingebracht.");
    const figure = households(MIN_FILL_SALIENCE * 2);
    const place = gap("place", 6, MIN_FILL_SALIENCE * 2, "Die Baustelle liegt bei ", "Wels", ".");
    const pool = [...lead, nameGap, figure, place, claimTrue, claimFalse];
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const quiz = drawQuiz(pool, { seed });
      expect(quiz).toHaveLength(QUIZ_FLOOR);
      expect(ids(quiz)).toEqual(ids([...lead, claimTrue, claimFalse]));
      expect(balancedStatements(quiz)).toBe(true);
    }
  });

  it("pairs a lone statement with a claim of the other side before an office statement", () => {
    const mainEvent = statement("action", 3, 0.95, "Eva Lindner kündigte an, die Bevölkerung vor Baubeginn zu befragen.", true);
    const office = statement("person_role", 7, MIN_FILL_SALIENCE, "Karl Moser ist Bürgermeister.", false);
    const claim = statement("quote", 4, MIN_FILL_SALIENCE / 3, "Der Alpenverein fordert eine Fischtreppe für die Äsche.", false);
    const pool = [...lead, mainEvent, office, claim];
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const quiz = drawQuiz(pool, { seed });
      expect(ids(quiz)).toEqual(ids([...lead, mainEvent, claim]));
    }
  });

  it("asks a lone salient claim as its choice rather than pair its statement with an office statement", () => {
    const quote = "Eva Lindner sagte, die Bevölkerung werde vor Baubeginn befragt.";
    const claimTrue = statement("quote", 3, 0.6, quote, true);
    const whoSaid = choice("quote", 3, 0.6, "Wer sagte laut Text, die Bevölkerung werde vor Baubeginn befragt?", "Eva Lindner", ["Karl Moser", "Peter Huber"]);
    const figure = households(0.5);
    // Below MIN_SALIENCE, as the office of a side person is: a role label to look up.
    const office = statement("person_role", 7, (MIN_CLAIM_SALIENCE + MIN_SALIENCE) / 2, "Karl Moser ist Bürgermeister.", false);
    const pool = [...lead, figure, claimTrue, whoSaid, office];
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const quiz = drawQuiz(pool, { seed });
      expect(ids(quiz)).toEqual(ids([...lead, figure, whoSaid]));
    }
  });

  it("fills the last place up to the floor with a claim's choice rather than a pair of its statement and another", () => {
    const figure = households(0.5);
    const mayor = "Eva Lindner kündigte an, die Bevölkerung vor Baubeginn zu befragen.";
    const mayorTrue = statement("action", 3, MIN_FILL_SALIENCE, mayor, true);
    const mayorChoice = choice("action", 3, MIN_FILL_SALIENCE, "Was trifft laut Text zu?", mayor, [
      "Karl Moser kündigte an, die Bevölkerung vor Baubeginn zu befragen.",
    ]);
    const alpineClubFalse = statement("quote", 4, MIN_FILL_SALIENCE, "Der Alpenverein fordert eine Fischtreppe für die Äsche.", false);
    const pool = [...lead, figure, mayorTrue, mayorChoice, alpineClubFalse];
    for (const seed of ["a", "b", "c", "d", "e", "f"]) {
      const quiz = drawQuiz(pool, { seed });
      expect(ids(quiz)).toEqual(ids([...lead, figure, mayorChoice]));
    }
  });

  it("takes term gaps of MIN_FILL_SALIENCE and more before less salient name gaps", () => {
    const power = gap("term", 5, MIN_FILL_SALIENCE * 1.5, "Das Kraftwerk soll 12.000 Haushalte mit ", "Strom", " versorgen.");
    const site = gap("term", 6, MIN_FILL_SALIENCE * 1.5, "Die ", "Baustelle", " liegt bei Wels.");
    const spokesman = gap("person_role", 7, MIN_FILL_SALIENCE / 2, "", "Karl Moser", " ist Sprecher der Stadtwerke.");
    const councillor = gap("person_role", 8, MIN_FILL_SALIENCE / 2, "Den Antrag hatte Stadtrat ", "Peter Huber", " eingebracht.");
    const pool = [...lead, power, site, spokesman, councillor];
    for (const seed of ["a", "b", "c", "d", "e", "f"]) expect(ids(drawQuiz(pool, { seed }))).toEqual(ids([...lead, power, site]));
  });

  it("takes a date that is not the news before the gap of the country the text is about, which a learner guesses", () => {
    const figure = households(MIN_FILL_SALIENCE / 2);
    const country = gap("place", 6, GUESSABLE_SALIENCE, "Die Baustelle liegt in ", "Österreich", ".");
    const date = gap("date", 8, MIN_FILL_SALIENCE / 4, "Den Antrag hatte Stadtrat Peter Huber im ", "Mai", " eingebracht.");
    const pool = [...lead, figure, country, date];
    for (const seed of ["a", "b", "c", "d", "e", "f"]) expect(ids(drawQuiz(pool, { seed }))).toEqual(ids([...lead, figure, date]));
  });

  it("takes a third figure rather than a place or a date named in passing", () => {
    const cost = figureGap(9, 0.6, "Der Bau soll ", 85, " Millionen Euro kosten.", "85 Millionen Euro");
    const power = figureGap(10, 0.5, "Die Turbinen des Kraftwerks liefern ", 40, " Megawatt.", "40 Megawatt");
    // Two figures are in the quiz already: a third one fills it where the rest are names in passing.
    const figure = households(MIN_FILL_SALIENCE / 2);
    const place = gap("place", 6, MIN_FILL_SALIENCE / 2, "Die Baustelle liegt bei ", "Wels", ".");
    const date = gap("date", 8, MIN_FILL_SALIENCE / 2, "Den Antrag hatte Stadtrat Peter Huber im ", "Mai", " eingebracht.");
    const pool = [lead[0]!, lead[1]!, cost, power, figure, place, date];
    for (const seed of ["a", "b", "c", "d", "e", "f"]) expect(ids(drawQuiz(pool, { seed }))).toEqual(ids([lead[0]!, lead[1]!, cost, power, figure]));
  });

  it("takes little salient term gaps before statements of offices, role labels to look up", () => {
    const power = gap("term", 5, MIN_FILL_SALIENCE / 4, "Das Kraftwerk soll 12.000 Haushalte mit ", "Strom", " versorgen.");
    const site = gap("term", 6, MIN_FILL_SALIENCE / 4, "Die ", "Baustelle", " liegt bei Wels.");
    const spokesman = statement("person_role", 7, MIN_FILL_SALIENCE / 2, "Karl Moser ist Sprecher der Stadtwerke.", true);
    const councillor = statement("person_role", 8, MIN_FILL_SALIENCE / 2, "Peter Huber ist Bürgermeister.", false);
    const pool = [...lead, power, site, spokesman, councillor];
    for (const seed of ["a", "b", "c", "d", "e", "f"]) expect(ids(drawQuiz(pool, { seed }))).toEqual(ids([...lead, power, site]));
  });
  it("takes a figure before the name gap of a side person, and a name gap of someone more salient before both", () => {
    // Eva Lindner is named again and weighs more; Peter Huber, named once late in the text, weighs as a side person.
    const mayor = gap("action", 3, SIDE_NAME_SALIENCE * 2, "Bürgermeisterin ", "Eva Lindner", " kündigte an, die Bevölkerung vor Baubeginn zu befragen.");
    const councillor = gap("person_role", 8, SIDE_NAME_SALIENCE / 4, "Den Antrag hatte Stadtrat ", "Peter Huber", " eingebracht.");
    const figure = households(MIN_FILL_SALIENCE * 0.9);
    const pool = [...lead, councillor, figure, mayor];
    for (const seed of ["a", "b", "c", "d", "e", "f"]) expect(ids(drawQuiz(pool, { seed }))).toEqual(ids([...lead, mayor, figure]));
  });

  it("still takes a side person's name gap where nothing else fills the quiz", () => {
    const councillor = gap("person_role", 8, SIDE_NAME_SALIENCE / 4, "Den Antrag hatte Stadtrat ", "Peter Huber", " eingebracht.");
    const figure = households(MIN_FILL_SALIENCE * 0.9);
    const pool = [...lead, councillor, figure];
    for (const seed of ["a", "b", "c", "d", "e", "f"]) expect(ids(drawQuiz(pool, { seed }))).toEqual(ids([...lead, councillor, figure]));
  });
});
