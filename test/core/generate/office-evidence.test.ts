/** A deed or quote of someone the sentence names only by office ("Der Minister ..."): the evidence shows who holds it. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

describe("further evidence for an office that stands for its holder", () => {
  const text = `Gespräche über Gaspreise gehen weiter

Wien – Nach dem Treffen zwischen Anna Huber und Karl Novak in Wien gehen die Gespräche über die Gaspreise weiter. Die Preise seien viel zu hoch, sagte Energieminister Karl Novak am Montag im Radio. Die Industrie fordert seit Wochen niedrigere Preise für Gas und Strom. Der Minister rief die Lieferanten am Dienstag erneut auf, ihre Verträge mit den Gemeinden offenzulegen. Die Lieferanten wiesen die Kritik zurück. Die Wirtschaftskammer will im Herbst eine eigene Studie vorlegen.`;

  it("is the sentence that names the holder with the office, not merely the first that names them", () => {
    const questions = generateBank([{ id: "gas", text }])[0]!.questions.filter((question) => question.evidence.quote.startsWith("Der Minister rief"));
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions)
      expect(question.moreEvidence.map((more) => more.quote)).toEqual([expect.stringContaining("sagte Energieminister Karl Novak")]);
  });
});
