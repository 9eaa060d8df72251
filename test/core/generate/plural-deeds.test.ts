/**
 * Deeds of groups in the plural, stated as the text says them. People named by a plural noun alone ("Kritiker werfen
 * ... vor", "Nach den Anschlägen befürchten Experten ..."): their deed is given falsely only to another such group of the
 * text or denied, never to a body or a group the text singles out; a bare plural of things does not act. Through the
 * whole generator.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const FLOODS = `Sorge nach dem Hochwasser

Passau – Die Stadtverwaltung hat am Dienstag alle Schulen der Innenstadt geschlossen. Nach dem Hochwasser befürchten Experten eine weitere Zunahme von Schäden an alten Häusern. Kritiker werfen der Landesregierung vor, die Dämme jahrelang vernachlässigt zu haben. Proteste nehmen in der Stadt seit Tagen zu. Die Anwohner haben am Sonntag eine Petition eingereicht. Bürgermeister Anton Leitner kündigte am Montag neue Hilfen an.`;

function statementsOf(text: string) {
  const [bank] = generateBank([{ id: "groups", text }]);
  return bank!.questions.flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));
}

describe("people named by a plural noun alone", () => {
  it("reads them as the actor before and after the verb, not a bare plural of things", () => {
    const actors = extractFacts(FLOODS).actions.map((action) => `${action.actor.text} | ${action.verb.text}`);
    expect(actors).toContain("Experten | befürchten");
    expect(actors).toContain("Kritiker | werfen");
    expect(actors.some((actor) => actor.startsWith("Proteste"))).toBe(false);
  });

  it("states their deed, with a verb whose singular changes its vowel, and gives it falsely to no other such group", () => {
    const statements = statementsOf(FLOODS);
    expect(statements).toContainEqual({
      statement: "Experten befürchten nach dem Hochwasser eine weitere Zunahme von Schäden an alten Häusern.",
      answer: true,
    });
    expect(statements).toContainEqual({
      statement: "Kritiker haben der Landesregierung vorgeworfen, die Dämme jahrelang vernachlässigt zu haben.",
      answer: true,
    });
    // People named by a plural noun alone are no party of the story: what the experts fear, the text does not say the
    // critics do not (unrivalledGroup).
    expect(statements.some((statement) => statement.statement.startsWith("Kritiker befürchten"))).toBe(false);
  });

  it("gives their deed to no group the text singles out, nor one of those to them", () => {
    const statements = statementsOf(FLOODS);
    expect(statements.some((statement) => statement.statement.startsWith("Die Anwohner") && statement.statement.includes("befürchten"))).toBe(false);
    expect(statements.some((statement) => /^(?:Experten|Kritiker)/u.test(statement.statement) && statement.statement.includes("Petition"))).toBe(false);
  });

  it("gives neither a body's deed to such a group nor theirs to a body", () => {
    const statements = statementsOf(FLOODS);
    const schools = statements.filter((statement) => statement.statement.includes("Schulen"));
    expect(schools.some((statement) => /Experten|Kritiker/u.test(statement.statement))).toBe(false);
    const fears = statements.filter((statement) => statement.statement.includes("befürchte"));
    expect(fears.some((statement) => statement.statement.includes("Stadtverwaltung"))).toBe(false);
  });
});

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
