/** An office with a place's adjective before it ("Der Wiener Bürgermeister", "Der frühere Kärntner Landesrat"). */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = (lead: string) => `Neues Wohnbauprogramm

${lead} Das Programm kostet 200 Millionen Euro.

Klagenfurt – Die Opposition kritisierte das Programm scharf. „Das ist viel zu wenig“, sagte Grünen-Sprecherin Eva Moser.`;

const questionsOf = (lead: string) => generateBank([{ id: "wohnbau", text: text(lead) }])[0]!.questions;
const statementsOf = (lead: string) => questionsOf(lead).flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));

describe("an office holder whose office a place's adjective opens", () => {
  it("is the actor of a city's office ('Der Grazer Bürgermeister')", () => {
    const made = statementsOf("Der Grazer Bürgermeister Anton Huber hat am Montag ein neues Wohnbauprogramm angekündigt.");
    expect(made).toContain("Anton Huber hat am Montag ein neues Wohnbauprogramm angekündigt.");
  });

  it("is the actor of a region's office ('Der frühere Kärntner Landesrat'), and no statement calls him Landesrat now", () => {
    const made = statementsOf("Der frühere Kärntner Landesrat Herbert Gruber kündigte am Montag ein neues Wohnbauprogramm an.");
    expect(made).toContain("Herbert Gruber kündigte am Montag ein neues Wohnbauprogramm an.");
    expect(made.filter((statement) => statement === "Herbert Gruber ist Landesrat.")).toEqual([]);
  });
});
