/** Reported words that open with a demonstrative "Das" before the verb ("Das treffe alle ..."): what they point at is not shown. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const shownTexts = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => [
    question.type === "truefalse" ? question.statement : question.stem,
    ...(question.type === "single" || question.type === "multi" ? question.options.map((option) => option.text) : []),
  ]);

describe("a follow-up sentence of reported speech opening with 'Das' and a verb in the subjunctive", () => {
  const text = `Welser Gemeinderat erhöht Gebühren

Die Stadt Wels verlangt ab Jänner mehr für Wasser und Müll. Die Opposition ist empört.

Wels – Der Welser Gemeinderat hat am Donnerstag höhere Gebühren für Wasser und Müll beschlossen. Bürgermeister Andreas Rabl verteidigte den Beschluss mit gestiegenen Kosten für Energie. "Wir können die Preise nicht länger einfrieren", sagte Rabl. Die Opposition übte scharfe Kritik. SPÖ-Klubobmann Karl Berger kritisierte, dass die Gebühren für Wasser und Müll um acht Prozent steigen. Das treffe alle Welserinnen und Welser. Die neuen Tarife gelten ab Februar.`;

  it("is never asked as someone's words", () => {
    expect(shownTexts("gebuehren", text).filter((shown) => shown.includes("Das treffe"))).toEqual([]);
  });

  it("still asks the criticism it follows", () => {
    expect(shownTexts("gebuehren", text)).toContain("Karl Berger kritisierte, dass die Gebühren für Wasser und Müll um acht Prozent steigen.");
  });

  it("keeps 'Das' as an article before adjectives as the words of their speaker", () => {
    const adjectives = text.replace("Das treffe alle Welserinnen und Welser.", '"Das neue billige Modell kommt zu spät", sagte Berger.');
    expect(shownTexts("gebuehren", adjectives)).toContain("Karl Berger sagte: „Das neue billige Modell kommt zu spät“");
  });
});
