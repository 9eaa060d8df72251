/**
 * A deed whose object is an amount ("mindestens 500 Milliarden Dollar", "rund 40 Helfer"), denied for a false
 * statement: "nicht" goes before the amount and its hedge, not after it, where the simple past left it at the very end
 * ("sammelte ... fünf Millionen Euro an Spenden nicht"). Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const DONATIONS = `Hilfswerk sammelt Spenden für Erdbebenopfer

Das Hilfswerk Caritas hat nach dem Erdbeben in der Türkei mindestens fünf Millionen Euro an Spenden gesammelt. Die Organisation schickte zudem Helfer in das Katastrophengebiet. Caritas-Präsident Michael Landau dankte den Spendern.`;

const SAVINGS = `Stadt Graz spart bei der Verwaltung

Die Stadt Graz will im kommenden Jahr mindestens 40 Millionen Euro einsparen. Der Gemeinderat beschloss das Sparpaket am Donnerstag mit knapper Mehrheit. Die Opposition kritisierte die Kürzungen im Sozialbereich.`;

const MODERNISATION = `Handelskette erneuert ihre Filialen

Linz – Die Handelskette Frischkauf will ihre übrigen Filialen bis 2026 um insgesamt 80 Millionen Euro modernisieren. Das kündigte Vorstandschef Peter Gruber am Dienstag in Linz an. Gruber sagte, man wolle vor allem in Kühltechnik investieren. Die Gewerkschaft kritisierte die Pläne.`;

function falseStatements(id: string, text: string): string[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question): question is Statement => question.type === "truefalse" && !question.answer).map((question) => question.statement);
}

describe("a deed whose object is an amount, denied", () => {
  it("puts 'nicht' before the amount and its hedge in the simple past", () => {
    const found = falseStatements("spenden", DONATIONS);
    expect(found).toContain("Das Hilfswerk Caritas sammelte nach dem Erdbeben in der Türkei nicht mindestens fünf Millionen Euro an Spenden.");
    expect(found.filter((statement) => statement.includes("Euro") && / nicht\.$/u.test(statement))).toEqual([]);
  });

  it("puts 'nicht' before the amount, not before the verbs, after a modal", () => {
    const found = falseStatements("sparen", SAVINGS);
    expect(found).toContain("Im kommenden Jahr will die Stadt Graz nicht mindestens 40 Millionen Euro einsparen.");
    expect(found.some((statement) => statement.includes("Euro nicht einsparen"))).toBe(false);
  });

  it("keeps 'insgesamt' with its amount, and denies no deed a focus particle narrows ('vor allem')", () => {
    const found = falseStatements("filialen", MODERNISATION);
    expect(found.filter((statement) => /insgesamt nicht|nicht 80/u.test(statement))).toEqual([]);
    expect(found.filter((statement) => statement.endsWith("um insgesamt 80 Millionen Euro nicht modernisieren.")).length).toBeGreaterThan(0);
    // "vor allem in Kühltechnik nicht investieren" denies inside the focused phrase: no false statement of it.
    expect(found.filter((statement) => statement.includes("Kühltechnik"))).toEqual([]);
  });
});
