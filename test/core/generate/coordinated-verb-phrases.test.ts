/**
 * A clause with two verb phrases joined by "und" or "oder" after a fore-field ("Nach Angaben der Polizei liefen
 * Vermummte über den Platz und beschimpften die Passanten"): the second verb shares the first one's subject, and the
 * noun phrase after it is its object. No statement makes that object the subject. Texts written here.
 */
import { describe, expect, it } from "vitest";
import { statementsOf } from "./statements";

describe("a second verb phrase after 'und' in a clause with a fore-field", () => {
  const text = `Krawalle in Graz

Graz – Nach einem Fußballspiel ist es in der Grazer Innenstadt zu Krawallen gekommen. Nach Angaben der Polizei liefen Vermummte über den Hauptplatz und beschimpften die Passanten. In der Nacht kletterten Jugendliche auf das Dach des Rathauses oder bewarfen die Streifenwagen mit Flaschen. Am Sonntag lobte die Polizei die Zusammenarbeit mit den Vereinen. Die Ermittler suchen nun nach Zeugen.`;
  const statements = statementsOf("krawalle", text).map((question) => question.statement);

  it("makes no statement whose subject is the object of the second verb", () => {
    expect(statements.filter((statement) => /^Die (?:Passanten|Streifenwagen)\b/u.test(statement))).toEqual([]);
    expect(statements.filter((statement) => /\b(?:und|oder)\.$/u.test(statement))).toEqual([]);
  });

  it("still reads the actor after the verb of a fore-field without such a join", () => {
    expect(statements).toContain("Die Polizei lobte am Sonntag die Zusammenarbeit mit den Vereinen.");
  });
});
