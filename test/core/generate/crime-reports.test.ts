/** Reports of a crime: what a body or group did to a woman, the one suspect named "der Verdächtige", and what only might happen. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;

const statementsOf = (questions: readonly Question[]) =>
  questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a deed of a body or a group done to a woman", () => {
  it("states the arrest of a woman by the police ('hat eine 45-jährige Kassierin festgenommen')", () => {
    const text = `Diebstahl im Supermarkt

Die Polizei hat am Montag in Steyr eine 45-jährige Kassierin festgenommen. Die Frau soll über Monate Geld aus der Kasse eines Supermarkts genommen haben.`;
    const made = statementsOf(questionsOf("kasse", text));
    expect(made).toContainEqual({ statement: "Am Montag hat die Polizei in Steyr eine 45-jährige Kassierin festgenommen.", answer: true });
    expect(made.some((statement) => !statement.answer)).toBe(true);
  });

  it("states a fraud on a pensioner, true and with its sum changed ('betrogen eine Pensionistin um 40.000 Euro')", () => {
    const text = `Betrug am Telefon

Unbekannte haben in Graz eine Pensionistin um 40.000 Euro betrogen. Die Polizei warnt vor falschen Bankberatern am Telefon.`;
    const made = statementsOf(questionsOf("betrug", text));
    expect(made).toContainEqual({ statement: "Unbekannte betrogen in Graz eine Pensionistin um 40.000 Euro.", answer: true });
    const changed = made.find((statement) => !statement.answer && statement.statement.startsWith("Unbekannte betrogen in Graz eine Pensionistin um"));
    expect(changed?.statement).not.toContain("40.000");
  });
});

describe("what a body only might do ('könnte')", () => {
  it("states no deed in the second subjunctive, whose denial the text does not contradict", () => {
    const text = `Stellenabbau befürchtet

Der Stahlkonzern Voestalpine könnte im kommenden Jahr bis zu 500 Stellen in Linz streichen. Betriebsratschef Karl Huber kritisierte die Pläne am Montag scharf.`;
    const made = statementsOf(questionsOf("stellen", text));
    expect(made.some((statement) => statement.statement.includes("könnte"))).toBe(false);
  });
});
