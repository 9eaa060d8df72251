/** Words in the subjunctive of reported speech after a noun phrase ("Ein Streik im Advent schade allen, sagte er"). */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const quoteStatements = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => (question.type === "truefalse" && question.topic === "quote" ? [question.statement] : []));

describe("reported words whose subject is a noun phrase, before a verb in -e", () => {
  const text = (words: string) => `Busfahrer drohen mit Streik

Die Gewerkschaft vida droht mit Streiks bei den Linzer Verkehrsbetrieben. Die Stadt will weiter verhandeln.

Linz – Die Gewerkschaft vida hat den Busfahrern der Linzer Verkehrsbetriebe einen Streik in der kommenden Woche angekündigt. Betriebsrat Markus Huber sprach von einer Notlage beim Personal. Verkehrsstadtrat Martin Hajart rief beide Seiten zu einer raschen Einigung auf. ${words}, sagte Hajart. Die nächste Runde ist für Montag angesetzt.`;

  it("are given as their sense, without quotation marks", () => {
    const made = quoteStatements("busstreik", text("Ein Streik im Advent schade allen Fahrgästen"));
    expect(made).toContain("Martin Hajart sagte sinngemäß: Ein Streik im Advent schade allen Fahrgästen.");
    expect(made.filter((statement) => statement.includes("„Ein Streik"))).toEqual([]);
  });

  it("stay verbatim in the indicative", () => {
    const made = quoteStatements("busstreik", text("Ein Streik im Advent schadet allen Fahrgästen"));
    expect(made).toContain("Martin Hajart sagte: „Ein Streik im Advent schadet allen Fahrgästen“");
  });
});
