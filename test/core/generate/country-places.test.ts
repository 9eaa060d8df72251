/**
 * "In welchem Land ist laut Text ...?": where the story's opening says its main event happened, for lead
 * sentences that have no actor to ask about (a passive, a plain noun as subject), through the whole
 * generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";
import { closeness } from "../../../src/generate/data/regions";

type Single = Extract<Question, { type: "single" }>;

const ARREST = `Festnahme nach Anschlag

Rabat – In Marokko ist ein Franzose mit Verbindungen zu einer Terrorzelle festgenommen worden. Das teilte das Innenministerium am Montag mit. Der Mann hatte zuvor mehrere Jahre in Libyen gelebt.`;

const JOURNALISTS = `Journalisten in Haft

Teheran – Im Iran wurden am Sonntag drei Journalisten einer Wochenzeitung verhaftet. Die Zeitung hatte über Proteste berichtet. Im Irak gab es ähnliche Fälle.`;

function whereQuestions(id: string, text: string): Single[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question): question is Single => question.type === "single" && question.stem.startsWith("In welchem Land"));
}

const option = (question: Single, correct: boolean) => question.options.filter((choice) => (choice.id === question.answer) === correct);

describe("where the main event happened", () => {
  it("asks for the country a lead sentence opens with, among countries of the region", () => {
    const [question, ...others] = whereQuestions("arrest", ARREST);
    expect(others).toEqual([]);
    expect(question?.stem).toBe("In welchem Land ist laut Text ein Franzose mit Verbindungen zu einer Terrorzelle festgenommen worden?");
    expect(option(question!, true).map((choice) => choice.text)).toEqual(["Marokko"]);
    expect(question!.evidence.quote).toContain("In Marokko ist ein Franzose");
    const wrong = option(question!, false);
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    for (const choice of wrong) expect(closeness("MA", choice.value!)).toBeGreaterThanOrEqual(1);
  });

  it("reads a country's name with its article ('Im Iran wurden ...')", () => {
    const [question] = whereQuestions("journalists", JOURNALISTS);
    expect(question?.stem).toBe("In welchem Land wurden laut Text am Sonntag drei Journalisten einer Wochenzeitung verhaftet?");
    expect(option(question!, true).map((choice) => choice.value)).toEqual(["IR"]);
  });

  it("asks nothing where the country is one example of several or the clause points back", () => {
    expect(whereQuestions("arrest", ARREST.replace("In Marokko ist ein", "In Marokko etwa ist ein"))).toEqual([]);
    expect(whereQuestions("arrest", ARREST.replace("ist ein Franzose mit", "ist er mit"))).toEqual([]);
  });
});
