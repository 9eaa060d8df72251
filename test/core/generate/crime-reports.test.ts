/** Reports of a crime: what a body or group did to a woman, the one suspect named "der Verdächtige", and what only might happen. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;

const statementsOf = (questions: readonly Question[]) =>
  questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("what a body only might do ('könnte')", () => {
  it("states no deed in the second subjunctive, whose denial the text does not contradict", () => {
    const text = `Stellenabbau befürchtet

Der Stahlkonzern Voestalpine könnte im kommenden Jahr bis zu 500 Stellen in Linz streichen. Betriebsratschef Karl Huber kritisierte die Pläne am Montag scharf.`;
    const made = statementsOf(questionsOf("stellen", text));
    expect(made.some((statement) => statement.statement.includes("könnte"))).toBe(false);
  });
});
