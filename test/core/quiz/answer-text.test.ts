/** The right answer and the learner's answer in words, as the feedback, results and dashboard pages show them. */
import { describe, expect, it } from "vitest";
import { NumericQuestion, SingleChoiceQuestion } from "../../../src/bank/schema";
import { correctAnswerText, responseText, resultLine } from "../../../src/worker/quiz/describe";

const figure = (answer: number, unit: string) =>
  NumericQuestion.parse({
    id: "q_0123456789abcdef",
    documentId: "doc",
    topic: "quantity",
    stem: "Welche Zahl fehlt in diesem Satz?",
    fact: `quantity:0:${answer}`,
    salience: 0.5,
    evidence: { documentId: "doc", passageId: "p1", start: 0, end: 10, quote: "0123456789" },
    type: "numeric",
    answer,
    min: answer,
    max: answer,
    unit,
    answerText: `${answer} ${unit}`,
  });

describe("a figure's unit after the figure", () => {
  it("says 'Milliarde', 'Million', 'Billion' after one, and the plural otherwise", () => {
    expect(correctAnswerText(figure(1, "Milliarden Euro"))).toBe("1 Milliarde Euro");
    expect(correctAnswerText(figure(1, "Millionen Dollar"))).toBe("1 Million Dollar");
    expect(correctAnswerText(figure(2, "Milliarden Euro"))).toBe("2 Milliarden Euro");
    expect(correctAnswerText(figure(1.5, "Millionen Euro"))).toBe("1,5 Millionen Euro");
    expect(correctAnswerText(figure(1, "Prozent"))).toBe("1 Prozent");
    expect(responseText(figure(2, "Milliarden Euro"), { type: "numeric", value: 1, typed: "1" })).toBe("1 Milliarde Euro");
    expect(responseText(figure(1, "Milliarden Euro"), { type: "numeric", value: 3, typed: "3" })).toBe("3 Milliarden Euro");
  });

  it("adds the unit only to a figure typed alone, not a second time after the unit the learner typed", () => {
    expect(responseText(figure(83, "Staaten"), { type: "numeric", value: 80, typed: "80 Staaten" })).toBe("80 Staaten");
    expect(responseText(figure(1.8, "Millionen Euro"), { type: "numeric", value: 1.5, typed: "1,5 Mio." })).toBe("1,5 Mio.");
    expect(responseText(figure(83, "Staaten"), { type: "numeric", value: 80, typed: "80" })).toBe("80 Staaten");
    expect(responseText(figure(12, "Prozent"), { type: "numeric", value: 7, typed: "sieben" })).toBe("sieben Prozent");
  });
});

describe("resultLine", () => {
  // international-18 (devset), as an own text: "Was trifft laut Text auf Otto Pérez Molina zu?" with the rest of a sentence as options.
  const predicates = SingleChoiceQuestion.parse({
    id: "q_0123456789abcdef",
    documentId: "doc",
    topic: "action",
    stem: "Was trifft laut Text auf Otto Pérez Molina zu?",
    fact: "action:0",
    salience: 0.5,
    evidence: { documentId: "doc", passageId: "p1", start: 0, end: 10, quote: "0123456789" },
    type: "single",
    options: [
      { id: "a", text: "sitzt wegen einer Korruptionsaffäre seit wenigen Tagen in Untersuchungshaft" },
      { id: "b", text: "kehrt lieber den Anti-Establishment-Mann hervor" },
    ],
    answer: "a",
  });

  it("quotes a right answer that goes on from the stem, so that the line reads as German", () => {
    expect(resultLine(predicates, { type: "single", choice: "b" }, 0)).toBe(
      "Leider falsch: richtig ist „sitzt wegen einer Korruptionsaffäre seit wenigen Tagen in Untersuchungshaft“",
    );
  });

  it("leaves a name or a figure as it is", () => {
    const names = SingleChoiceQuestion.parse({
      ...predicates,
      options: [
        { id: "a", text: "Jimmy Morales" },
        { id: "b", text: "Manuel Baldizón" },
      ],
    });
    expect(resultLine(names, { type: "single", choice: "b" }, 0)).toBe("Leider falsch: richtig ist Jimmy Morales");
  });
});
