/**
 * "Ein Sprecher sagte, ...": a spokesperson of the body an earlier sentence named, whom a statement alone leaves
 * unresolved ("Ein Sprecher sagte sinngemäß: ..." – whose?). A compound that says whose ("Ein Polizeisprecher") stays a source.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const text = (speaker: string) => `Mehr Einbrüche in Wohnungen

Graz – Die Zahl der Wohnungseinbrüche in der Steiermark ist gestiegen. Das Landeskriminalamt bestätigte am Montag entsprechende Zahlen. ${speaker} sagte, die Einbrüche hätten im vergangenen Jahr um rund 20 Prozent zugenommen. Die Polizei rät zu besseren Schlössern.`;

function statements(speaker: string): string[] {
  const [bank] = generateBank([{ id: "burglaries", text: text(speaker) }]);
  return bank!.questions.filter((question): question is Statement => question.type === "truefalse").map((question) => question.statement);
}

describe("an unnamed spokesperson", () => {
  it("is not a statement's speaker without whose", () => {
    expect(statements("Ein Sprecher").some((statement) => statement.startsWith("Ein Sprecher"))).toBe(false);
  });

  it("is one where the noun says whose", () => {
    expect(statements("Ein Polizeisprecher")).toContain(
      "Ein Polizeisprecher sagte sinngemäß: Die Einbrüche hätten im vergangenen Jahr um rund 20 Prozent zugenommen.",
    );
  });
});
