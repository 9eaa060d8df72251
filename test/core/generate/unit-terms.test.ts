/** A unit counted by a number word ("sieben Prozent") is part of the figure, never a term gap. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `Neues Medikament gegen Migräne

Innsbruck – Ein neues Medikament gegen Migräne hat in einer Studie der Medizinischen Universität Innsbruck die Zahl der Anfälle um 40 Prozent gesenkt. Die Forscher behandelten 240 Patientinnen ein halbes Jahr lang. In der Vergleichsgruppe sank die Zahl der Anfälle nur um 15 Prozent. Schwere Nebenwirkungen traten bei sieben Prozent der Behandelten auf. Die Zulassung wird für den Herbst erwartet.`;

describe("a unit after a number word", () => {
  it("is no term gap ('bei sieben ___ der Behandelten' → 'Prozent')", () => {
    const gaps = generateBank([{ id: "migraene", text }])[0]!.questions.flatMap((question) =>
      question.type === "cloze" && question.topic === "term" ? [question.answer] : [],
    );
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((answer) => answer === "Prozent" || answer === "Euro")).toEqual([]);
  });
});
