/** A sports club's name after its abbreviation ("SK Austria Klagenfurt", "FC Viktoria Köln") is the club, not a person. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));

describe("a club's name after its abbreviation", () => {
  const text = `Heimsieg für Klagenfurt

Klagenfurt – Der SK Austria Klagenfurt hat am Samstag gegen den SV Ried mit 2:1 gewonnen. Trainer Peter Pacult lobte nach dem Spiel seine Mannschaft. Die Gäste aus Ried bleiben damit Tabellenletzter.`;

  it("keeps the abbreviation in the club's deed and gives the club's deed to no person", () => {
    const made = statementsOf("klagenfurt", text).filter((statement) => statement.includes("gewonnen"));
    expect(made).toContain("Am Samstag hat der SK Austria Klagenfurt gegen den SV Ried mit 2:1 gewonnen.");
    expect(made.filter((statement) => statement.includes("Pacult"))).toEqual([]);
    expect(made.filter((statement) => /^Austria Klagenfurt/u.test(statement))).toEqual([]);
  });

  it("reads a club named after a person ('FC Carl Zeiss Jena') as the club", () => {
    const jena = `Auswärtssieg für Jena

Rostock – Der FC Carl Zeiss Jena hat am Sonntag überraschend gegen den FC Hansa Rostock gewonnen. Trainer Henning Bürger zeigte sich nach dem Spiel zufrieden. Die Gastgeber bleiben im Tabellenkeller.`;
    const made = statementsOf("jena", jena).filter((statement) => statement.includes("gewonnen"));
    expect(made).toContain("Am Sonntag hat der FC Carl Zeiss Jena überraschend gegen den FC Hansa Rostock gewonnen.");
    expect(made.filter((statement) => statement.includes("Bürger") || /^Carl Zeiss/u.test(statement))).toEqual([]);
  });
});
