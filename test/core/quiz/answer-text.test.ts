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

describe("a unit after the figure one", () => {
  const typedOne = { type: "numeric", value: 1, typed: "1" } as const;

  it("says the counted noun in the singular where its class forms the singular alike", () => {
    expect(responseText(figure(83, "Staaten"), typedOne)).toBe("1 Staat");
    expect(responseText(figure(4, "Jahren"), typedOne)).toBe("1 Jahr");
    expect(responseText(figure(4, "Jahre"), typedOne)).toBe("1 Jahr");
    expect(responseText(figure(27, "EU-Staaten"), typedOne)).toBe("1 EU-Staat");
    expect(responseText(figure(12, "Wohnungen"), typedOne)).toBe("1 Wohnung");
    expect(responseText(figure(5, "Parteien"), typedOne)).toBe("1 Partei");
    expect(responseText(figure(40, "Journalistinnen"), typedOne)).toBe("1 Journalistin");
    expect(responseText(figure(300, "Tonnen"), typedOne)).toBe("1 Tonne");
    expect(responseText(figure(3, "Millionen Menschen"), typedOne)).toBe("1 Million Menschen");
    expect(correctAnswerText(figure(1, "Wochen"))).toBe("1 Woche");
    expect(correctAnswerText(figure(1, "Menschen"))).toBe("1 Mensch");
  });

  it("keeps a unit that reads alike after one", () => {
    expect(responseText(figure(12, "Prozent"), typedOne)).toBe("1 Prozent");
    expect(responseText(figure(12, "Euro"), typedOne)).toBe("1 Euro");
    expect(responseText(figure(12, "Kilometer pro Stunde"), typedOne)).toBe("1 Kilometer pro Stunde");
  });

  it("says the figure alone where the singular is not known, rather than a wrong one", () => {
    // "Kämpfer" is its own singular, "Länder" is not; an adjective takes the noun's gender ("1 ausländischer Kämpfer").
    expect(responseText(figure(80, "Länder"), typedOne)).toBe("1");
    expect(responseText(figure(80, "ausländische Kämpfer"), typedOne)).toBe("1");
    expect(responseText(figure(80, "Soldatinnen und Soldaten"), typedOne)).toBe("1");
    expect(responseText(figure(80, "Außen- und Verteidigungsminister"), typedOne)).toBe("1");
    // Words that end like a class but are other words keep out of it.
    expect(responseText(figure(80, "Jungen"), typedOne)).toBe("1");
    expect(responseText(figure(80, "Spinnen"), typedOne)).toBe("1");
    expect(correctAnswerText(figure(1, "Einwohnern"))).toBe("1");
  });

  it("keeps the plural for any figure but one", () => {
    expect(responseText(figure(1, "Staaten"), { type: "numeric", value: 2, typed: "2" })).toBe("2 Staaten");
    expect(responseText(figure(1, "Jahren"), { type: "numeric", value: 1.5, typed: "1,5" })).toBe("1,5 Jahren");
    expect(responseText(figure(1, "Staaten"), { type: "numeric", value: 1, typed: "1 Staat" })).toBe("1 Staat");
    // "eins" as typed would read "eins Staat": the figure in digits.
    expect(responseText(figure(83, "Staaten"), { type: "numeric", value: 1, typed: "eins" })).toBe("1 Staat");
    expect(responseText(figure(83, "Staaten"), { type: "numeric", value: 7, typed: "sieben" })).toBe("sieben Staaten");
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
