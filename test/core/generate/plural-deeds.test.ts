/** Deeds of groups in the plural, stated as the text says them. Through the whole generator. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

function statementsOf(text: string) {
  const [bank] = generateBank([{ id: "groups", text }]);
  return bank!.questions.flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));
}

describe("a plural verb whose singular changes its vowel", () => {
  it("states the deed of a group with it ('werfen' → 'Wer wirft ...?')", () => {
    const text = `Streit um die Reform

Wien – Die Sozialdemokraten werfen der Regierung vor, die Pensionen gekürzt zu haben. Kanzlerin Eva Brunner verteidigte die Reform am Montag.`;
    expect(statementsOf(text)).toContainEqual({
      statement: "Die Sozialdemokraten haben der Regierung vorgeworfen, die Pensionen gekürzt zu haben.",
      answer: true,
    });
  });

  it("keeps no deed of an actor after its verb that a relative clause follows: the clause would be cut off it", () => {
    const text = `Treffen in Rom

Rom – Beim Treffen in Rom beraten die Staaten, die sich im Kampf gegen den Terror zusammengeschlossen haben, über ihr weiteres Vorgehen. Außenminister Paul Steiner reiste am Montag an.`;
    expect(statementsOf(text).some((statement) => statement.statement.includes("Rom, die sich"))).toBe(false);
  });
});
