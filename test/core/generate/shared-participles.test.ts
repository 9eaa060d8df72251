/**
 * A participle two verbs share, each with "haben" ("gestanden": "stehen" in Germany, "gestehen" everywhere): its
 * simple past is not known, so a deed told with it is never stated in the simple past ("Ein Mann stand ... den
 * Diebstahl" for a confession).
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question: Question) =>
    question.type === "truefalse" || question.type === "single"
      ? [question.type === "truefalse" ? question.statement : question.options.map((option) => option.text).join(" / ")]
      : [],
  );

const trial = (lead: string) => `Prozess in Steyr

Steyr – ${lead} Das Urteil ist nicht rechtskräftig. Die Verteidigung prüft eine Berufung.`;

describe("a deed told with 'hat ... gestanden'", () => {
  it("is not stated as 'stand' of an unnamed man who confessed", () => {
    const made = statementsOf("gestaendnis", trial("Ein 34-jähriger Mann hat am Dienstag vor Gericht mehrere Einbrüche gestanden."));
    expect(made.some((statement) => /\bstand\b/u.test(statement))).toBe(false);
  });

  it("is not stated as 'stand ... zu' where the participle has a particle ('hat ... zugestanden')", () => {
    const made = statementsOf("zugestaendnis", trial("Ein 34-jähriger Mann hat am Dienstag vor Gericht einen Fehler zugestanden."));
    expect(made.some((statement) => /\bstand\b/u.test(statement))).toBe(false);
  });

  it("still states a strong verb's other participles in the simple past ('hat ... gestohlen' as 'stahl')", () => {
    const made = statementsOf("diebstahl", trial("Ein 34-jähriger Mann hat am Dienstag in einem Supermarkt mehrere Flaschen Wein gestohlen."));
    expect(made).toContain("Ein 34-jähriger Mann stahl am Dienstag in einem Supermarkt mehrere Flaschen Wein.");
  });
});
