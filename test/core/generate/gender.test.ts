/** Statements and options agree with a person's gender only where the text tells it: never one guessed from a given name of either gender. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (text: string) =>
  generateBank([{ id: "geschlecht", text }])[0]!.questions.flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));

describe("gender of a given name the name lists disagree on", () => {
  it("builds no feminine office for a man whose given name is also a woman's in another list ('Ashton')", () => {
    const text = [
      "Nato berät über Russland",
      "",
      "Brüssel – US-Verteidigungsminister Ashton Carter hat am Mittwoch in Brüssel mehr Truppen für Osteuropa angekündigt. US-Außenminister John Kerry lobte den Plan. Carter sagte, die Allianz müsse stark bleiben. Kerry reiste am Abend nach Washington zurück.",
    ].join("\n");
    const aboutCarter = statementsOf(text).filter((statement) => statement.startsWith("Ashton Carter ist"));
    expect(aboutCarter.length).toBeGreaterThan(0);
    for (const statement of aboutCarter) expect(statement).not.toMatch(/ministerin\.$/u);
  });
});
