/**
 * What fills a quiz up last: a gap whose key is only a name the text gives in passing (a place, a date, an
 * organisation) and "Welche dieser Länder werden im Text genannt?", where none is salient. A term gap or a figure
 * comes first, and of two quizzes of the floor that ask as many salient questions the one with fewer such names
 * wins. The pool is built here from one made-up report, so that each question's salience is fixed.
 */
import { describe, expect, it } from "vitest";
import { balancedStatements, drawQuiz, MIN_FILL_SALIENCE, MIN_SALIENCE, QUIZ_FLOOR } from "../../../src/bank/quiz";
import { Question } from "../../../src/bank/schema";

// Ein erfundener Bericht über eine Schulsanierung, Satz für Satz: jede Frage stützt sich auf einen Satz (Beleg bei satz * 100).
const SENTENCES = [
  "Die Gemeinde Hallstatt saniert ihre Volksschule um vier Millionen Euro.",
  "Bürgermeister Franz Eder hat den Beschluss am Montag verkündet.",
  "Die Eltern hatten seit Jahren über undichte Fenster geklagt.",
  "Rund 180 Kinder besuchen die Schule, während der Arbeiten lernen sie in einem Container.",
  "Den Container liefert eine Firma aus dem Nachbarort.",
  "Die Arbeiten sollen 14 Monate dauern.",
  "Das Land Oberösterreich zahlt 900.000 Euro dazu.",
  "Geplant hat den Umbau ein Architekturbüro aus Gmunden.",
  "Die Turnhalle bekommt eine neue Heizung.",
];
const evidence = (sentence: number) => ({
  documentId: "schule",
  passageId: "p1",
  start: sentence * 100,
  end: sentence * 100 + 40,
  quote: SENTENCES[sentence]!,
});
let serial = 0;
const common = (topic: Question["topic"], sentence: number, salience: number) => ({
  id: `q_${(++serial).toString(16).padStart(16, "0")}`,
  documentId: "schule",
  topic,
  fact: `${topic}:${sentence}`,
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
const figure = (sentence: number, salience: number, before: string, value: number, written: string, after: string) =>
  Question.parse({
    ...common("quantity", sentence, salience),
    type: "numeric",
    stem: "Welche Zahl fehlt in diesem Satz?",
    before,
    after,
    answer: value,
    min: value,
    max: value,
    answerText: written,
  });
const ids = (questions: readonly Question[]) => questions.map((question) => question.id).sort();
const SEEDS = ["a", "b", "c", "d", "e", "f", "g", "h"];

/** The lead's three salient questions: the quiz needs two more to reach its floor. */
const lead = [
  choice("action", 0, 0.9, "Was saniert die Gemeinde Hallstatt laut Text?", "ihre Volksschule", ["ihr Rathaus", "ihr Freibad"]),
  choice("person_role", 1, 0.6, "Wer hat laut Text den Beschluss verkündet?", "Franz Eder", ["Maria Huber", "Josef Pichler"]),
  choice("action", 2, 0.5, "Worüber hatten die Eltern laut Text seit Jahren geklagt?", "über undichte Fenster", [
    "über zu kleine Klassen",
    "über den Schulweg",
  ]),
];
const heating = gap("term", 8, MIN_FILL_SALIENCE * 1.2, "Die Turnhalle bekommt eine neue ", "Heizung", ".");
const container = gap("term", 4, MIN_FILL_SALIENCE * 1.2, "Den ", "Container", " liefert eine Firma aus dem Nachbarort.");

describe("names in passing fill a quiz last", () => {
  it("takes term gaps before a more salient gap of an organisation's name", () => {
    const office = gap("organisation", 7, (MIN_FILL_SALIENCE + MIN_SALIENCE) / 2, "Geplant hat den Umbau ", "das Architekturbüro Riedl", ".");
    const pool = [...lead, office, heating, container];
    for (const seed of SEEDS) expect(ids(drawQuiz(pool, { seed }))).toEqual(ids([...lead, heating, container]));
  });

  it("takes term gaps before the countries the text names, however salient that list", () => {
    const countries = Question.parse({
      ...common("countries_named", 6, MIN_SALIENCE + 0.1),
      type: "multi",
      stem: "Welche dieser Länder werden im Text genannt? Wähle alle zutreffenden aus.",
      options: ["Österreich", "Deutschland", "Italien", "Ungarn"].map((text, index) => ({ id: String.fromCharCode(97 + index), text })),
      answers: ["a"],
    });
    const pool = [...lead, countries, heating, container];
    for (const seed of SEEDS) expect(ids(drawQuiz(pool, { seed }))).toEqual(ids([...lead, heating, container]));
  });

  it("asks a quiz of the floor without a place in passing where one as salient exists, though the place is more salient than its fillers", () => {
    const decided = statement("action", 1, 0.9, "Franz Eder hat den Beschluss am Montag verkündet.", true);
    const complained = statement("action", 2, 0.6, "Die Lehrer hatten seit Jahren über undichte Fenster geklagt.", false);
    // A figure whose sentence shows the key of the term gap: the fill takes it first, and then the term gap no longer fits.
    const children = figure(3, MIN_FILL_SALIENCE * 2, "Rund ", 180, "180", " Kinder besuchen die Schule, während der Arbeiten lernen sie in einem Container.");
    const months = figure(5, 0.05, "Die Arbeiten sollen ", 14, "14", " Monate dauern.");
    const money = figure(6, 0.04, "Das Land Oberösterreich zahlt ", 900000, "900.000", " Euro dazu.");
    const containerGap = gap("term", 4, 0.02, "Den ", "Container", " liefert eine Firma aus dem Nachbarort.");
    const town = gap("place", 7, 0.07, "Geplant hat den Umbau ein Architekturbüro aus ", "Gmunden", ".");
    const pool = [decided, complained, children, months, money, containerGap, town];
    for (const seed of SEEDS) {
      const quiz = drawQuiz(pool, { seed });
      expect(quiz).toHaveLength(QUIZ_FLOOR);
      expect(ids(quiz)).not.toContain(town.id);
      expect(ids(quiz)).toEqual(expect.arrayContaining(ids([decided, complained, containerGap])));
      expect(balancedStatements(quiz)).toBe(true);
    }
  });

  it("keeps a place of MIN_FILL_SALIENCE and more (near the lead, where the news happened) before little salient term gaps", () => {
    const town = gap("place", 7, MIN_FILL_SALIENCE * 1.5, "Geplant hat den Umbau ein Architekturbüro aus ", "Gmunden", ".");
    const lowHeating = gap("term", 8, MIN_FILL_SALIENCE / 4, "Die Turnhalle bekommt eine neue ", "Heizung", ".");
    const lowContainer = gap("term", 4, MIN_FILL_SALIENCE / 4, "Den ", "Container", " liefert eine Firma aus dem Nachbarort.");
    const pool = [...lead, town, lowHeating, lowContainer];
    for (const seed of SEEDS) expect(ids(drawQuiz(pool, { seed }))).toContain(town.id);
  });

  it("still asks a place in passing where the quiz has no five without it", () => {
    const decided = statement("action", 1, 0.9, "Franz Eder hat den Beschluss am Montag verkündet.", true);
    const complained = statement("action", 2, 0.6, "Die Lehrer hatten seit Jahren über undichte Fenster geklagt.", false);
    const months = figure(5, 0.05, "Die Arbeiten sollen ", 14, "14", " Monate dauern.");
    const town = gap("place", 7, 0.07, "Geplant hat den Umbau ein Architekturbüro aus ", "Gmunden", ".");
    const pool = [decided, complained, months, heating, town];
    for (const seed of SEEDS) expect(ids(drawQuiz(pool, { seed }))).toEqual(ids(pool));
  });
});
