/**
 * "Welche dieser Länder werden im Text genannt?" asked in rounds where a text names many countries: a round whose
 * countries the lead names none of (where a side strand passes) is scanning, even where the lead is about countries.
 */
import { describe, expect, it } from "vitest";
import { MIN_SALIENCE } from "../../../src/bank/quiz";
import { generateBank } from "../../../src/generate/index";

const text = `Gipfel in Wien

Wien – Österreich und Ungarn haben am Montag in Wien ein Abkommen über die gemeinsame Grenzsicherung unterzeichnet. Die Regierungen wollen damit die Zusammenarbeit der Polizei verbessern. Das Abkommen soll im Frühjahr in Kraft treten. Kritik kam von Menschenrechtsgruppen. Ein Schlepper, der im Sommer gefasst worden war, hatte die Route genau beschrieben: Er sei über Spanien, Portugal, Italien und Frankreich gereist.`;

const rounds = generateBank([{ id: "gipfel", text }])[0]!.questions.filter((question) => question.topic === "countries_named" && question.type === "multi");
const keyed = (question: (typeof rounds)[number]) =>
  question.type === "multi" ? question.options.filter((option) => question.answers.includes(option.id)).map((option) => option.text) : [];

describe("which countries the text names, asked in rounds", () => {
  it("asks the round with a country of the lead as a quiz may", () => {
    const withLead = rounds.filter((question) => keyed(question).includes("Österreich") || keyed(question).includes("Ungarn"));
    expect(withLead.length).toBeGreaterThan(0);
    for (const question of withLead) expect(question.salience).toBeGreaterThanOrEqual(MIN_SALIENCE);
  });

  it("leaves a round of countries only a side strand passes through below what a quiz asks", () => {
    const sideOnly = rounds.filter((question) => !keyed(question).includes("Österreich") && !keyed(question).includes("Ungarn"));
    expect(sideOnly.length).toBeGreaterThan(0);
    for (const question of sideOnly) expect(question.salience).toBeLessThan(MIN_SALIENCE);
  });
});
