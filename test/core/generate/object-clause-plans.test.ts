/**
 * A demand or announcement told in the present whose "dass" clause speaks of what is to come ("fordern, dass die
 * Hersteller die Preise künftig senken"): the plan is what was demanded, the demand itself is made, and it is stated in
 * the perfect as other such deeds are. A deed whose own clause is pending ("vorbehaltlich der Zustimmung"), or that a
 * clause after a semicolon leaves pending, still is not stated as done. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const statementsOf = (text: string, word: string): [string, boolean][] =>
  generateBank([{ id: "preise", text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.statement.includes(word) ? [[(question as Statement).statement, question.answer]] : [],
  );

const text = (deed: string) => `Video von Entwicklern

Berlin – Eine Gruppe von Entwicklern hat ein Video veröffentlicht. ${deed} Die Kritiker fordern, dass die Hersteller mehr Personal einstellen.`;

describe("a present-tense demand whose 'dass' clause tells a plan", () => {
  it("is stated as made, with the plan as its object, true and with another actor false", () => {
    expect(statementsOf(text("Die Entwickler fordern, dass die Hersteller die Preise künftig senken."), "senken")).toEqual(
      expect.arrayContaining([
        ["Die Entwickler haben gefordert, dass die Hersteller die Preise künftig senken.", true],
        ["Die Kritiker haben gefordert, dass die Hersteller die Preise künftig senken.", false],
      ]),
    );
  });

  it("takes a time ahead and 'kommenden' in the object clause alike", () => {
    expect(statementsOf(text("Die Entwickler fordern, dass die Hersteller die Preise im kommenden Jahr senken."), "senken")).toContainEqual([
      "Die Entwickler haben gefordert, dass die Hersteller die Preise im kommenden Jahr senken.",
      true,
    ]);
  });

  it("still states no deed as done whose own clause is pending, or that a clause after a semicolon leaves pending", () => {
    const pending = statementsOf(text("Der Konzern Nordtel übernimmt den Anbieter Funkwerk vorbehaltlich der Zustimmung der Behörden."), "Funkwerk");
    expect(pending.filter(([statement]) => statement.includes("übernommen"))).toEqual([]);
    const approval = text("Die Entwickler fordern, dass die Hersteller die Preise künftig senken; die Regierung muss noch zustimmen.");
    expect(statementsOf(approval, "künftig senken")).toEqual([]);
  });
});
