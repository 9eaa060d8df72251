/**
 * A deed whose verb takes an infinitive clause with "zu" after a comma ("warf ihm vor, wichtige Unterlagen
 * zurückzuhalten", "unterstellte den USA, durch ihre Manöver einen Angriff vorzubereiten"): restated in the perfect with
 * the clause after the participle, whatever word the clause opens with, not only where it opens with an article; a
 * list or a main clause after the comma still keeps the deed from being restated. On texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { inPerfect } from "../../../src/generate/claims";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

function statements(id: string, text: string): { statement: string; answer: boolean }[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions
    .filter((question): question is Statement => question.type === "truefalse")
    .map((question) => ({ statement: question.statement, answer: question.answer }));
}

const BUDGET = `Streit um Haushalt in Graz

Graz – Die Stadtregierung hat am Montag den Haushalt für das kommende Jahr vorgelegt. Anna Berger warf Bürgermeister Karl Hofer vor, wichtige Unterlagen zum Haushalt zurückzuhalten. Karl Hofer wies die Vorwürfe am Dienstag zurück.`;

describe("a deed with an infinitive clause after the comma", () => {
  it("is restated in the perfect with the clause after the participle, whatever word opens the clause", () => {
    expect(inPerfect("unterstellte", "den USA, durch ihre Manöver einen Angriff vorzubereiten")).toEqual({
      verb: "hat",
      rest: "den USA unterstellt, durch ihre Manöver einen Angriff vorzubereiten",
    });
    expect(inPerfect("warf", "dem Minister vor, wichtige Unterlagen zurückzuhalten")).toEqual({
      verb: "hat",
      rest: "dem Minister vorgeworfen, wichtige Unterlagen zurückzuhalten",
    });
    expect(inPerfect("forderte", "die Regierung auf, sofort Neuwahlen auszurufen")).toEqual({
      verb: "hat",
      rest: "die Regierung aufgefordert, sofort Neuwahlen auszurufen",
    });
    expect(inPerfect("versprach", "den Eltern, rasch eine Lösung zu finden")).toEqual({
      verb: "hat",
      rest: "den Eltern versprochen, rasch eine Lösung zu finden",
    });
  });

  it("is asked as a statement of the deed, true and denied", () => {
    const made = statements("budget", BUDGET);
    expect(made).toContainEqual({
      statement: "Anna Berger hat Bürgermeister Karl Hofer vorgeworfen, wichtige Unterlagen zum Haushalt zurückzuhalten.",
      answer: true,
    });
    expect(made).toContainEqual({
      statement: "Anna Berger hat Bürgermeister Karl Hofer nicht vorgeworfen, wichtige Unterlagen zum Haushalt zurückzuhalten.",
      answer: false,
    });
  });

  it("does not take a list or a main clause after the comma for such a clause", () => {
    expect(inPerfect("forderte", "mehr Geld, neue Schulen und bessere Straßen")).toBeUndefined();
    expect(inPerfect("lobte", "den Plan, Kritiker sprachen von einem Fehler")).toBeUndefined();
  });
});
