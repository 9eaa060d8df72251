/**
 * A deed whose verb is written apart from its adjective ("schuldig gesprochen", "verantwortlich gemacht"), denied:
 * "nicht" before the adjective ("sprach ... nicht schuldig"), not between it and the verb ("sprach ... schuldig nicht").
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const VERDICT = `Urteil gegen Bauunternehmer

Salzburg – Das Landesgericht Salzburg hat den Bauunternehmer Markus Eder am Dienstag schuldig gesprochen. Eder muss eine Geldstrafe zahlen. Sein Anwalt Peter Hofmann kündigte Berufung an.`;

describe("a deed with an adjective of its verb, denied", () => {
  it("puts nicht before the adjective", () => {
    const [bank] = generateBank([{ id: "verdict", text: VERDICT }]);
    const said = bank!.questions.filter((question): question is Statement => question.type === "truefalse").map((question) => question.statement);
    expect(said).toContain("Das Landesgericht Salzburg sprach den Bauunternehmer Markus Eder am Dienstag nicht schuldig.");
    expect(said.some((statement) => statement.includes("schuldig nicht"))).toBe(false);
  });
});
