/** Firms named by the noun of their trade in the plural ("Die Brauereien", "Die Reedereien"), as actors of an economy report. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const actionStatementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("firms named by their trade", () => {
  it("states what the breweries of a price report did, and falsely with its figure changed", () => {
    const text = `Bier wird teurer

Linz – Die oberösterreichischen Brauereien erhöhen ihre Preise für die Gastronomie um durchschnittlich sechs Prozent. Als Grund nennt der Brauereiverband die hohen Kosten für Gerste und Glas. Die Wirte wollen die Erhöhung an ihre Gäste weitergeben.`;
    const made = actionStatementsOf("bier", text);
    const breweries = made.filter((statement) => statement.statement.startsWith("Die oberösterreichischen Brauereien"));
    expect(breweries.some((statement) => statement.answer && statement.statement.includes("sechs Prozent"))).toBe(true);
    expect(breweries.some((statement) => !statement.answer && !statement.statement.includes("sechs Prozent"))).toBe(true);
  });

  it("states what the shipping companies of a strike report did ('Die großen Reedereien')", () => {
    const text = `Fähren fallen aus

Kiel – Wegen eines Streiks der Seeleute stehen die Fähren nach Norwegen still. Die großen Reedereien strichen am Dienstag insgesamt 40 Abfahrten. Die Gewerkschaft fordert zwölf Prozent mehr Lohn.`;
    const made = actionStatementsOf("faehren", text);
    expect(made.some((statement) => statement.answer && /[Dd]ie großen Reedereien/u.test(statement.statement))).toBe(true);
  });
});
