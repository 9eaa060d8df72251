/**
 * The evidence a live session shows on the projector and the phones: like the learner's feedback, the
 * passage around the quote, cut when the passage is long (a pasted text without blank lines is one passage),
 * and never holding the sentence of a question the class is asked later.
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
    const loaded = await loadQuizQuestions(source, "doc", { seed: "lesson", timesAsked: new Map(), size: undefined });
    const [evidence] = loaded!.questions[0]!.evidence;
    expect(evidence!.passage.length).toBeLessThan(text.length / 3);
    expect(evidence!.passage.startsWith("… ")).toBe(true);
    expect(evidence!.passage.slice(evidence!.mark.start, evidence!.mark.end)).toBe(quote);
  });
});

describe("a live question's evidence in a passage shared with a later question", () => {
  const opening = "Der Stadtrat beschloss am Montag einen neuen Haushalt.";
  const closing = "Die Opposition stimmte mit 14 Stimmen dagegen.";
  const shortText = `${opening} ${closing}`;
  const shortDocument: BankDocument = {
    id: "kurz",
    title: "Ein kurzer Absatz",
    text: shortText,
    passages: [{ id: "p1", start: 0, end: shortText.length, kind: "text" }],
  };
  const statementOn = (id: string, quote: string, statement: string) =>
    Question.parse({
      id,
      documentId: "kurz",
      topic: "action",
      stem: "Stimmt diese Aussage laut Text?",
      fact: `action:${id}`,
      salience: 0.9,
      evidence: { documentId: "kurz", passageId: "p1", start: shortText.indexOf(quote), end: shortText.indexOf(quote) + quote.length, quote },
      type: "truefalse",
      statement,
      answer: true,
    });
  const askedFirst = statementOn("q_1111111111111111", closing, "Die Opposition stimmte gegen den Haushalt.");
  const askedSecond = statementOn("q_2222222222222222", opening, "Der Stadtrat beschloss einen neuen Haushalt.");
  const shortSource = {
    quiz: async () => ({ id: "kurz", title: shortDocument.title, origin: "bank", pool: [askedFirst, askedSecond], size: 2 }) as unknown as Quiz,
    documents: async () => new Map([["kurz", shortDocument]]),
    draw: () => [askedFirst, askedSecond],
  } as unknown as QuestionSource;

  it("leaves out the later question's sentence, and the last question shows the passage whole", async () => {
    const loaded = await loadQuizQuestions(shortSource, "kurz", { seed: "lesson", timesAsked: new Map(), size: undefined });
    const [first, second] = loaded!.questions.map((question) => question.evidence[0]!);
    expect(first!.passage).toBe(`… ${closing}`);
    expect(first!.passage.slice(first!.mark.start, first!.mark.end)).toBe(closing);
    expect(second!.passage).toBe(shortText);
  });
});

describe("a live question's evidence after a dateline whose place a later question asks", () => {
  const sentence = "Der Stadtrat beschloss am Montag einen neuen Haushalt.";
  const later = "In Genf stimmte die Opposition mit 14 Stimmen dagegen.";
  const datelined = `Genf – ${sentence} ${later}`;
  const datedDocument: BankDocument = {
    id: "ort",
    title: "Ein Absatz mit Ortsmarke",
    text: datelined,
    passages: [{ id: "p1", start: 0, end: datelined.length, kind: "text" }],
  };
  const evidenceOn = (quote: string) => ({
    documentId: "ort",
    passageId: "p1",
    start: datelined.indexOf(quote),
    end: datelined.indexOf(quote) + quote.length,
    quote,
  });
  const statement = Question.parse({
    id: "q_3333333333333333",
    documentId: "ort",
    topic: "action",
    stem: "Stimmt diese Aussage laut Text?",
    fact: "action:3",
    salience: 0.9,
    evidence: evidenceOn(sentence),
    type: "truefalse",
    statement: "Der Stadtrat beschloss einen neuen Haushalt.",
    answer: true,
  });
  const placeGap = Question.parse({
    id: "q_4444444444444444",
    documentId: "ort",
    topic: "place",
    stem: "Welcher Ort fehlt in diesem Satz?",
    fact: "place:Genf",
    salience: 0.9,
    evidence: evidenceOn(later),
    type: "cloze",
    before: "In ",
    after: " stimmte die Opposition mit 14 Stimmen dagegen.",
    answer: "Genf",
    accept: [],
  });
  const datedSource = {
    quiz: async () => ({ id: "ort", title: datedDocument.title, origin: "bank", pool: [statement, placeGap], size: 2 }) as unknown as Quiz,
    documents: async () => new Map([["ort", datedDocument]]),
    draw: () => [statement, placeGap],
  } as unknown as QuestionSource;

  it("starts at the sentence, not at the dateline's dash", async () => {
    const loaded = await loadQuizQuestions(datedSource, "ort", { seed: "lesson", timesAsked: new Map(), size: undefined });
    const first = loaded!.questions[0]!.evidence[0]!;
    // The place the gap asks later is left out, and with it the dash that followed it.
    expect(first.passage).toBe(`… ${sentence} …`);
    expect(first.passage.slice(first.mark.start, first.mark.end)).toBe(sentence);
  });
});

describe("a live question's evidence that opens with the speaker's sentence", () => {
  const speaker = "Der Kämmerer Jonas Brandt warnte vor neuen Schulden.";
  const asked = "„Die Zinsen fressen jeden Spielraum auf“, sagte er.";
  const quoteText = `${speaker} ${asked} Der Rat tagt im Mai.`;
  const quoteDocument: BankDocument = {
    id: "zitat",
    title: "Ein Absatz mit Zitat",
    text: quoteText,
    passages: [{ id: "p1", start: 0, end: quoteText.length, kind: "text" }],
  };
  const quoteQuestion = Question.parse({
    id: "q_5555555555555555",
    documentId: "zitat",
    topic: "quote",
    stem: "Stimmt diese Aussage laut Text?",
    fact: "quote:1",
    salience: 0.9,
    evidence: { documentId: "zitat", passageId: "p1", start: 0, end: speaker.length + 1 + asked.length, quote: `${speaker} ${asked}` },
    sentenceStart: speaker.length + 1,
    type: "truefalse",
    statement: "Jonas Brandt sagte: „Die Zinsen fressen jeden Spielraum auf“",
    answer: true,
  });
  const quoteSource = {
    quiz: async () => ({ id: "zitat", title: quoteDocument.title, origin: "bank", pool: [quoteQuestion], size: 1 }) as unknown as Quiz,
    documents: async () => new Map([["zitat", quoteDocument]]),
    draw: () => [quoteQuestion],
  } as unknown as QuestionSource;

  it("marks the asked sentence, the speaker's sentence shown unmarked before it", async () => {
    const loaded = await loadQuizQuestions(quoteSource, "zitat", { seed: "lesson", timesAsked: new Map(), size: undefined });
    const [evidence] = loaded!.questions[0]!.evidence;
    expect(evidence!.passage).toBe(quoteText);
    expect(evidence!.passage.slice(evidence!.mark.start, evidence!.mark.end)).toBe(asked);
  });
});
