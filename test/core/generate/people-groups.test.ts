/**
 * A group of people named by a preposition and what they are in or about ("Die Gegner von CETA", "Die jungen Abgeordneten
 * innerhalb der Freien Volkspartei"): stated as the text says, and no rival of a body's deed; through the whole generator.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const TRADE = `Streit um das Handelsabkommen

Brüssel – Die EU-Kommission will bei CETA erstmals ein ständiges Berufungsgericht einführen. Die Gegner von CETA haben in den vergangenen Monaten eine Petition mit 30.000 Unterschriften eingereicht. Handelskommissarin Maria Kogler verteidigte das Abkommen am Montag in Wien.`;

function statementsOf() {
  const [bank] = generateBank([{ id: "trade", text: TRADE }]);
  return bank!.questions.flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));
}

describe("a group of people named by what they are about", () => {
  it("states the group's deed as the text names the group", () => {
    expect(statementsOf()).toContainEqual({
      statement: "Die Gegner von CETA reichten in den vergangenen Monaten eine Petition mit 30.000 Unterschriften ein.",
      answer: true,
    });
  });

  it("does not give a body's deed to the group", () => {
    const court = statementsOf().filter((statement) => statement.statement.includes("Berufungsgericht"));
    expect(court.some((statement) => statement.statement.includes("Gegner"))).toBe(false);
  });
});
