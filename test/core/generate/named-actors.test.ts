/** Who may stand as a wrong actor: people the text names once each, and bodies it names, not a ranking that describes one. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const optionsOf = (question: Question) => ("options" in question ? (question.options ?? []) : []).map((option) => option.text);

describe("a person whose name is followed by 'von der' and a company", () => {
  const text = `Bäckereikette Kornfeld kauft Konkurrenten

Graz – Die Bäckereikette Kornfeld übernimmt den Konkurrenten Backhaus Maier. Kornfeld-Chef Peter Huber sprach von einem guten Tag für die Region. Die Filialen sollen alle erhalten bleiben, sagte Huber. Betriebsrätin Maria Gruber befürchtet dagegen Kündigungen in der Verwaltung. Der Preis sei hoch, sagte der Analyst Thomas Werner von der Raiffeisen Bank.`;

  it("is one person: no second name read from the surname on ('Werner von der Raiffeisen')", () => {
    const questions = generateBank([{ id: "baeckerei", text }])[0]!.questions;
    const names = new Set(questions.flatMap(optionsOf).filter((option) => /^\p{Lu}\p{Ll}+ (?:von der )?\p{Lu}\p{Ll}+$/u.test(option)));
    expect(names.has("Thomas Werner")).toBe(true);
    expect([...names].filter((name) => name.includes(" von der "))).toEqual([]);
  });
});

describe("a ranking that describes a company", () => {
  const text = `Molkerei Alpenmilch übernimmt Bergkäse

Salzburg – Die Molkerei Alpenmilch übernimmt den Tiroler Käsehersteller Bergkäse. Mit der Übernahme entsteht der größte Milchverarbeiter Westösterreichs. Alpenmilch zahlt für das Unternehmen 80 Millionen Euro. Die Molkerei Alpenmilch rechnet mit einem Abschluss bis zum Herbst. Die Wettbewerbsbehörde muss noch zustimmen.`;

  it("never stands as another actor of the company's deeds", () => {
    const questions = generateBank([{ id: "molkerei", text }])[0]!.questions;
    const texts = questions.flatMap((question) => [question.type === "truefalse" ? question.statement : question.stem, ...optionsOf(question)]);
    expect(texts.some((line) => line.includes("Alpenmilch"))).toBe(true);
    expect(texts.filter((line) => line.includes("größte Milchverarbeiter") && /zahlt|gezahlt|rechnet|Alpenmilch entsteht/u.test(line))).toEqual([]);
  });
});
