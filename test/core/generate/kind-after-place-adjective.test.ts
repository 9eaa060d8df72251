/**
 * An institution introduced by a place's adjective, its kind and its name ("Der Kärntner Papierkonzern Wiesner"): the
 * name is the last word, not the kind noun with it ("Papierkonzern Wiesner ist ...", which lacks its article).
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const ATTACK = `Hacker legen Sägewerk lahm

Villach – Der Kärntner Holzkonzern Obermoser ist Opfer eines Hackerangriffs geworden. Die Produktion in zwei Werken steht still. Konzernchef Stefan Lanz sagte, man werde kein Lösegeld zahlen.`;

describe("an institution after a place's adjective and its kind", () => {
  it("is stated by its name, without the kind noun", () => {
    const [bank] = generateBank([{ id: "attack", text: ATTACK }]);
    const said = bank!.questions.filter((question): question is Statement => question.type === "truefalse").map((question) => question.statement);
    expect(said).toContain("Obermoser ist Opfer eines Hackerangriffs geworden.");
    expect(said.some((statement) => statement.startsWith("Holzkonzern"))).toBe(false);
  });
});
