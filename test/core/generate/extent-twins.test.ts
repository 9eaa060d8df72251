/**
 * A deed that nobody else of the text could have done, told with how far or how long it went right before the verb
 * that closes it ("hat das Bauverbot teilweise aufgehoben", "vorübergehend gesperrt"): stated falsely with the other
 * extent ("vollständig", "dauerhaft"), an affirmative false twin in place of the deed denied. Through the whole
 * generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { falseStatementsOf, statementsOf } from "./statements";

const RULING = `Gericht kippt Bauverbot

Der Verwaltungsgerichtshof hat das Bauverbot für das Seeufer teilweise aufgehoben. Die Richter sahen keine ausreichende Begründung für das gesamte Verbot. Bürgermeisterin Anna Huber kündigte eine neue Verordnung an.`;

const BRIDGE = `Brücke gesperrt

Die Tiroler Landesregierung hat die Brücke über den Inn nach dem Hochwasser vorübergehend gesperrt. Techniker prüfen nun die Pfeiler. Bürgermeister Georg Willi rechnet mit einer Freigabe im Frühjahr.`;

const PROTESTS = `Proteste in Belgrad

Die Polizei hat bei den Protesten in Belgrad teilweise Tränengas gegen die Demonstranten eingesetzt. Tausende Menschen zogen durch die Innenstadt.`;

const BOTH_EXTENTS_NAMED = `Gericht kippt Bauverbot

Der Verwaltungsgerichtshof hat das Bauverbot für das Seeufer teilweise aufgehoben. Die Gemeinde hatte gehofft, es werde vollständig bestätigt.`;

describe("a deed's false twin with the other extent", () => {
  it("states a partial repeal as a full one, not as denied", () => {
    const found = falseStatementsOf("urteil", RULING);
    expect(found).toContain("Der Verwaltungsgerichtshof hob das Bauverbot für das Seeufer vollständig auf.");
    expect(found.some((statement) => statement.startsWith("Der Verwaltungsgerichtshof") && / nicht /u.test(statement))).toBe(false);
    expect(statementsOf("urteil", RULING).find((question) => question.answer && question.statement.startsWith("Der Verwaltungsgerichtshof"))?.statement).toBe(
      "Der Verwaltungsgerichtshof hob das Bauverbot für das Seeufer teilweise auf.",
    );
  });

  it("states a closure for a while as one for good", () => {
    expect(falseStatementsOf("bruecke", BRIDGE)).toContain("Die Tiroler Landesregierung sperrte die Brücke über den Inn nach dem Hochwasser dauerhaft.");
  });

  it("leaves the adverb where it does not close the clause", () => {
    expect(falseStatementsOf("proteste", PROTESTS).some((statement) => statement.includes("vollständig"))).toBe(false);
  });

  it("leaves the adverb where the text writes the other extent too", () => {
    expect(falseStatementsOf("beide", BOTH_EXTENTS_NAMED).some((statement) => statement.includes("vollständig auf"))).toBe(false);
  });
});
