/**
 * A company the text introduces with its article and kind ("Der Chemiekonzern Rheinchem") and then names alone, in a
 * deed whose possessive tells its gender ("Rheinchem konnte ... seinen Umsatz ... steigern"): the deed is stated of it
 * as the text introduced it, whose article says whose "seinen" it is, so the key figure of an economy report is asked
 * as a statement too, not only as a gap. Not where the article and the possessive disagree. Through the whole
 * generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.filter((question): question is Statement => question.type === "truefalse");

const CHEMICALS = `Chemiekonzern mit mehr Umsatz

Frankfurt – Der Chemiekonzern Rheinchem hat den Farbenhersteller Lackwerk übernommen. Rheinchem konnte im ersten Quartal seinen Umsatz um acht Prozent auf 5,1 Milliarden Euro steigern. Die Gewerkschaft IG BCE begrüßte die Übernahme.`;

const GROCERIES = `Supermärkte werden umgebaut

Graz – Die Supermarktkette Frischkauf schließt bis Jahresende 35 Filialen in der Steiermark. Frischkauf will ihre Zentrale im Herbst von Wien nach Graz verlegen. Die Gewerkschaft GPA verlangte einen Sozialplan für die Beschäftigten.`;

const TIMBER = `Holzbauer wächst

Graz – Die Firma Steirerholz hat im Vorjahr 120 neue Mitarbeiter eingestellt. Steirerholz will seinen Umsatz bis 2027 auf 90 Millionen Euro verdoppeln. Die Wirtschaftskammer lobte das Unternehmen.`;

describe("a company's deed by its bare name with a possessive", () => {
  it("is stated of the company as the text introduced it, true, and false with another figure only", () => {
    const stated = statementsOf("chemicals", CHEMICALS).filter((statement) => statement.statement.includes("Umsatz"));
    expect(stated).toContainEqual(
      expect.objectContaining({
        statement: "Der Chemiekonzern Rheinchem konnte im ersten Quartal seinen Umsatz um acht Prozent auf 5,1 Milliarden Euro steigern.",
        answer: true,
      }),
    );
    expect(stated.filter((statement) => !statement.answer).length).toBeGreaterThan(0);
    // The union takes no "seinen": it is no rival of the company here.
    expect(stated.filter((statement) => statement.statement.includes("IG BCE"))).toEqual([]);
  });

  it("takes a feminine article with 'ihre'", () => {
    expect(statementsOf("groceries", GROCERIES)).toContainEqual(
      expect.objectContaining({ statement: "Die Supermarktkette Frischkauf will ihre Zentrale im Herbst von Wien nach Graz verlegen.", answer: true }),
    );
  });

  it("states nothing where the article the text introduced it with and the possessive disagree", () => {
    expect(statementsOf("timber", TIMBER).filter((statement) => statement.statement.includes("Umsatz"))).toEqual([]);
  });
});
