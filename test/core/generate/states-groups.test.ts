/** "Die Staaten" and "Die Entwicklungsländer": the one group among the other, never each other's wrong actor. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `UN-Ozeanabkommen beschlossen

Nach zweiwöchigen Verhandlungen in New York haben sich die Staaten auf ein Abkommen zum Schutz der Hochsee geeinigt.

New York – Die Vereinten Nationen haben ein Abkommen zum Schutz der Meere außerhalb der nationalen Hoheitsgewässer verabschiedet. Bis 2030 sollen 30 Prozent der Ozeane unter Schutz stehen. Die Entwicklungsländer hatten zuvor einen gerechten Anteil an den Erlösen aus genetischen Ressourcen gefordert. Die Industrieländer sagten einen Fonds von 100 Millionen Dollar zu. Umweltorganisationen sprachen von einem historischen Tag.`;

describe("groups of states named by 'Staaten' and by a compound of 'Länder'", () => {
  const questions = generateBank([{ id: "ozean", text }])[0]!.questions;

  it("gives no deed of the states to the developing or industrial countries, nor theirs to the states", () => {
    const falseStatements = questions.flatMap((question) => (question.type === "truefalse" && question.answer === false ? [question.statement] : []));
    // A false statement of the same actor ("... nicht ... geeinigt") is no other group's.
    const ofOthers = falseStatements.filter((statement) => !statement.includes(" nicht "));
    expect(ofOthers.filter((statement) => /^Die (?:Entwicklungsländer|Industrieländer) haben sich|^Die Staaten haben einen Fonds/u.test(statement))).toEqual(
      [],
    );
    expect(ofOthers.filter((statement) => statement.startsWith("Die Staaten forderten"))).toEqual([]);
    // Two kinds of country that are not one another's stay rivals.
    expect(questions).toContainEqual(
      expect.objectContaining({
        statement: "Die Industrieländer forderten zuvor einen gerechten Anteil an den Erlösen aus genetischen Ressourcen.",
        answer: false,
      }),
    );
  });
});
