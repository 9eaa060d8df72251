/** "Die meisten Antragsteller", "im selben Zeitraum": a share of people is no one to name as who acted; "the same" period is the earlier sentence's. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const claimsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.filter((question) => question.type === "truefalse" || question.type === "single");

/** The words a learner reads of a claim: its stem, statement and options. */
const wordsOf = (question: Question) =>
  [
    question.stem,
    question.type === "truefalse" ? question.statement : "",
    ...(question.type === "single" ? question.options.map((option) => option.text) : []),
  ].join(" | ");

const text = (decided: string) => `Weniger Asylanträge in Bayern

Im ersten Quartal haben in Bayern 9.300 Menschen Asyl beantragt, ein Viertel weniger als im Vorjahr.

München – Die Zahl der Asylanträge in Bayern ist deutlich gesunken. Wie das Innenministerium am Montag mitteilte, stellten von Jänner bis März 9.300 Menschen einen Antrag. Die meisten Antragsteller kamen aus Syrien. ${decided} Der Bayerische Städtetag begrüßte den Rückgang. Der Bayerische Flüchtlingsrat kritisierte die langen Verfahren.`;

describe("a share of a group of people ('Die meisten Antragsteller')", () => {
  it("is never an option nor the false actor of another's deed", () => {
    const claims = claimsOf("asyl", text("Das Bundesamt BFA entschied über 12.000 Anträge."));
    expect(claims.map(wordsOf).filter((words) => words.includes("meisten"))).toEqual([]);
    // The deeds of the bodies are still asked.
    expect(claims.map(wordsOf)).toContain("Stimmt diese Aussage laut Text? | Das Bundesamt BFA hat über 12.000 Anträge entschieden.");
  });
});

describe("a deed 'im selben Zeitraum'", () => {
  it("is not asked without the period the sentence before names", () => {
    const claims = claimsOf("asyl", text("Das Bundesamt BFA entschied im selben Zeitraum über 12.000 Anträge."));
    expect(claims.map(wordsOf).filter((words) => words.includes("selben"))).toEqual([]);
  });
});
