/** One company the text names with two epithets ("Der Edelstahlhersteller Brandt", "Der Stahlkonzern Brandt Austria") is no rival of itself. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `Werk in Kapfenberg: Stahlkocher streicht 200 Stellen

Der Edelstahlhersteller Brandt baut in Kapfenberg 200 Arbeitsplätze ab. Das Unternehmen begründet den Stellenabbau mit hohen Energiepreisen.

Kapfenberg – Der Stahlkonzern Brandt Austria hat am Montag den Abbau von 200 Stellen angekündigt. Die Gewerkschaft Pro-Ge kritisierte den Schritt scharf. „Die Belegschaft zahlt für Fehler des Managements“, sagte Betriebsrat Josef Lang. Brandt will Kündigungen vermeiden.`;

describe("a company named with another epithet and a longer name", () => {
  const questions = generateBank([{ id: "brandt", text }])[0]!.questions.filter((question) => question.topic === "action");
  const wording = (question: (typeof questions)[number]) =>
    question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [];

  it("gives the company's deed to no other name of it in a false statement, and still states it", () => {
    expect(questions.flatMap(wording)).toContain("Der Edelstahlhersteller Brandt begründet den Stellenabbau mit hohen Energiepreisen.");
    const falseOnes = questions.flatMap((question) => (question.type === "truefalse" && !question.answer ? [question.statement] : []));
    expect(falseOnes.filter((statement) => statement.includes("Energiepreisen") || statement.includes("Abbau von 200"))).toEqual([]);
    expect(falseOnes.filter((statement) => statement.includes(" 200 Arbeitsplätze"))).toEqual([]);
  });

  it("offers no two names of it as options of one question", () => {
    const options = questions.flatMap((question) => (question.type === "single" ? [wording(question)] : []));
    const namesBoth = (texts: string[]) =>
      texts.some((option) => option.includes("Brandt Austria")) && texts.some((option) => option.includes("Brandt") && !option.includes("Brandt Austria"));
    expect(options.filter(namesBoth)).toEqual([]);
  });
});
