/**
 * "die von Huber 2009 ins Amt gehobene heutige Landesrätin": an adjective that closes an attribute's long
 * phrase is no part of the role, which without that phrase says nothing ("gehobene heutige Landesrätin").
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const text = `Streit um Memoiren

Der frühere Landeshauptmann verklagt seinen Biografen.

Graz – Der frühere Landeshauptmann Franz Huber hat seinen Biografen Karl Steiner geklagt. Steiner zitiert Huber in seinem Buch mit harten Worten über Parteifreunde, darunter die von Huber 2009 ins Amt gehobene heutige Landesrätin Eva Berger. Huber verlangt 200.000 Euro Schadenersatz. Steiner will das Buch weiter verkaufen.`;

describe("a role after an attribute's long phrase", () => {
  it("keeps the adjectives of the role only, not the one closing the phrase", () => {
    const berger = extractFacts(text).persons.find((person) => person.surname === "Berger");
    expect(berger?.role).toBe("heutige Landesrätin");
  });

  it("gives no other person a role with the phrase's participle", () => {
    const statements = generateBank([{ id: "memoiren", text }])[0]!.questions.map((question) => (question.type === "truefalse" ? question.statement : ""));
    expect(statements.filter((statement) => /gehobene/u.test(statement) && !statement.includes("ins Amt"))).toEqual([]);
  });

  it("still reads an adjective in '-er' after a noun as a genitive plural's, before no name", () => {
    const report = "Wien – Im Norden des Landes ist laut Berichten unabhängiger Experten Tränengas eingesetzt worden. Die Regierung bestreitet das.";
    expect(extractFacts(report).persons).toEqual([]);
  });
});
