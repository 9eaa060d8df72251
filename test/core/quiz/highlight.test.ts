/** The passage shown after answering, what of its evidence is marked, and the answer's words emphasised in it. */
import { describe, expect, it } from "vitest";
import { getDocument, listDocuments, quizPool } from "../../../src/bank";
import { answerTerms, distinguishingTerms, statementAnswer } from "../../../src/worker/quiz/describe";
import { generateBank } from "../../../src/generate/index";
import { answerRanges, markedPart, nearContextStart, passageExcerpt, type Range } from "../../../src/worker/quiz/highlight";

const whole = (text: string): Range => ({ start: 0, end: text.length });
const marked = (text: string, terms: string[]) => answerRanges(text, whole(text), terms).map((range) => text.slice(range.start, range.end));

describe("the answer's words in the evidence", () => {
  it("finds a term as a whole word in any case, not inside another word", () => {
    expect(marked("Der Rat tagte; die Beratung dauerte, der RAT entschied.", ["Rat"])).toEqual(["Rat", "RAT"]);
  });
  it("falls back to the term's longer words when the text words it differently", () => {
    expect(marked("Frankreichs Präsident Macron sagte, …", ["Emmanuel Macron"])).toEqual(["Macron"]);
    expect(marked("Es kamen 83 Staaten.", ["83 Staaten"])).toEqual(["83 Staaten"]);
  });
  it("keeps overlapping terms apart: the longer one wins, in text order", () => {
    expect(marked("Die Vereinigten Staaten und Staaten Europas", ["Staaten", "Vereinigten Staaten"])).toEqual(["Vereinigten Staaten", "Staaten"]);
  });
  it("looks only inside the evidence", () => {
    const text = "Paris vorne. Berlin in der Mitte. Paris hinten.";
    const evidence = { start: 13, end: 33 };
    expect(answerRanges(text, evidence, ["Paris", "Berlin"]).map((range) => text.slice(range.start, range.end))).toEqual(["Berlin"]);
  });

  it("marks the answer in the evidence of every bank question whose answer is in the text's words", () => {
    const unmarked: string[] = [];
    for (const document of listDocuments()) {
      for (const question of quizPool(document.id)) {
        // Statements to judge have no answer words; a multiple select's answers may stand in its further evidence.
        if (question.type === "truefalse" || question.type === "multi") continue;
        // Who said words that go on from an earlier sentence: the speaker is named in that sentence, the further evidence.
        const shown = question.topic === "quote" ? [question.evidence, ...question.moreEvidence] : [question.evidence];
        let marks = 0;
        for (const evidence of shown) {
          const ranges = answerRanges(getDocument(evidence.documentId)!.text, evidence, answerTerms(question));
          marks += ranges.length;
          for (const range of ranges) {
            expect(range.start).toBeGreaterThanOrEqual(evidence.start);
            expect(range.end).toBeLessThanOrEqual(evidence.end);
          }
        }
        if (marks === 0) unmarked.push(`${question.id} ${question.type}`);
      }
    }
    expect(unmarked).toEqual([]);
  });
});

describe("the words emphasised in the evidence of a choice between statements", () => {
  const text = [
    "Gemeinderat beschließt neues Hallenbad",
    "",
    "Der Gemeinderat hat am Montagabend mit 19 zu 4 Stimmen ein Hallenbad für 12 Millionen Euro beschlossen, das bis 2029 gebaut werden soll. " +
      "Bürgermeister Paul Wendler sprach von einem guten Tag für die Vereine. Das Land Thüringen beteiligt sich mit 5 Millionen Euro an den Kosten.",
  ].join("\n");
  const statementChoice = generateBank([{ id: "hallenbad", text }])[0]!.questions.find((question) => statementAnswer(question) !== undefined);

  it("are the words that tell the right statement apart from the others, not every longer word of the sentence", () => {
    expect(statementChoice, "a choice between statements").toBeDefined();
    expect(statementAnswer(statementChoice!)).toMatch(/^Der Gemeinderat beschloss/u);
    expect(distinguishingTerms(statementChoice!)).toEqual(["Der Gemeinderat"]);
    expect(answerRanges(text, statementChoice!.evidence, distinguishingTerms(statementChoice!)).map((range) => text.slice(range.start, range.end))).toEqual([
      "Der Gemeinderat",
    ]);
  });

  it("leave out a run of short words alone, which would mark each word of its kind", () => {
    const question = {
      ...statementChoice!,
      type: "single" as const,
      options: [
        { id: "a", text: "Die Polizei nahm am Freitag in der Stadt 12 Personen fest." },
        { id: "b", text: "Die Polizei nahm am Freitag in dem Dorf 12 Personen fest." },
      ],
      answer: "a",
    };
    expect(distinguishingTerms(question)).toEqual(["der Stadt"]);
    expect(
      distinguishingTerms({ ...question, options: [question.options[0]!, { id: "b", text: "Die Polizei nahm am Freitag in dem Stadt 12 Personen fest." }] }),
    ).toEqual([]);
  });

  it("are none for a question whose answer is no statement", () => {
    const question = {
      ...statementChoice!,
      type: "single" as const,
      options: [
        { id: "a", text: "Paul Wendler" },
        { id: "b", text: "Anna Berg" },
      ],
      answer: "a",
    };
    expect(distinguishingTerms(question)).toEqual([]);
  });
});

describe("the passage around the evidence", () => {
  const sentence = "Ein Satz mit einigen Wörtern darin. ";
  it("shows a short passage whole", () => {
    const text = sentence.repeat(3);
    expect(passageExcerpt(text, whole(text), { start: 36, end: 70 })).toEqual({ ...whole(text), cutBefore: false, cutAfter: false });
  });
  it("cuts a long passage at spaces around the evidence, keeping all of it", () => {
    const text = sentence.repeat(40);
    const evidence = { start: sentence.length * 20, end: sentence.length * 21 - 1 };
    const shown = passageExcerpt(text, whole(text), evidence);
    expect(shown.cutBefore && shown.cutAfter).toBe(true);
    expect(shown.start).toBeLessThanOrEqual(evidence.start);
    expect(shown.end).toBeGreaterThanOrEqual(evidence.end);
    expect(shown.end - shown.start).toBeLessThan(evidence.end - evidence.start + 300);
    expect(text[shown.start - 1]).toBe(" ");
    expect(text[shown.end]).toBe(" ");
  });
});

describe("the context before the evidence that a phone shows", () => {
  const contextBefore = (text: string, evidence: string) => ({ start: 0, end: text.indexOf(evidence) });
  const shown = (text: string, evidence: string) => text.slice(nearContextStart(text, contextBefore(text, evidence)), text.indexOf(evidence));

  it("is the last sentence before the evidence when it is short", () => {
    const text =
      "Über die Nachfolge an der Spitze des Vereins wird seit Monaten in der ganzen Stadt gestritten. Die Trainerin ist seit 2010 im Amt. " +
      "Die 58-Jährige will im Herbst aufhören.";
    expect(shown(text, "Die 58-Jährige")).toBe("Die Trainerin ist seit 2010 im Amt. ");
  });
  it("is the start of the sentence the evidence is cut from", () => {
    const text = "Der Stadtrat tagte am Montag bis spät in die Nacht. Nach langer Debatte beschloss er, dass das Hallenbad im Mai schließt.";
    expect(shown(text, "dass das Hallenbad")).toBe("Nach langer Debatte beschloss er, ");
  });
  it("is nothing when the last sentence is long", () => {
    const text =
      "Die Gemeinde hat nach einem Gutachten, das die Schäden an der Brücke über den Fluss im vergangenen Winter erstmals beschrieben hatte, " +
      "eine Sperre für Lastwagen verhängt. Die Brücke wird im Sommer erneuert.";
    expect(shown(text, "Die Brücke wird")).toBe("");
  });
});

describe("what of the evidence is marked", () => {
  const text = [
    "Stadt legt Haushalt vor",
    "",
    "Der Kämmerer Jonas Brandt warnte am Dienstag vor neuen Schulden. „Die Zinsen fressen jeden Spielraum auf“, sagte er. Der Rat tagt im Mai.",
  ].join("\n");
  const speaker = "Der Kämmerer Jonas Brandt warnte am Dienstag vor neuen Schulden.";
  const asked = "„Die Zinsen fressen jeden Spielraum auf“, sagte er.";
  const questions = generateBank([{ id: "haushalt", text }])[0]!.questions;
  const markedText = (question: (typeof questions)[number], evidence = question.evidence) => {
    const range = markedPart(evidence, question);
    return text.slice(range.start, range.end);
  };

  it("is the asked sentence where the evidence opens with the sentence naming the speaker", () => {
    const onTheQuote = questions.filter((question) => question.evidence.quote === `${speaker} ${asked}`);
    expect(onTheQuote.length).toBeGreaterThan(0);
    for (const question of onTheQuote) expect(markedText(question)).toBe(asked);
  });

  it("is the whole evidence where the question asks about the sentence it starts with", () => {
    const onTheirOwnSentence = questions.filter((question) => question.sentenceStart === undefined);
    expect(onTheirOwnSentence.length).toBeGreaterThan(0);
    for (const question of onTheirOwnSentence) expect(markedText(question)).toBe(question.evidence.quote);
  });

  it("is the whole of a further piece of evidence, which the asked sentence does not belong to", () => {
    const question = questions.find((candidate) => candidate.sentenceStart !== undefined)!;
    const further = { ...question.evidence, start: question.evidence.start, end: question.evidence.end + 1 };
    expect(markedPart(further, question)).toEqual(further);
  });
});
