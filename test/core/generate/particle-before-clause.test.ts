/** A deed told in the perfect whose separable particle stood alone before a clause ("stellten klar, dass ..."). */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => (question.type === "truefalse" && question.topic === "action" ? [question.statement] : []));

describe("a particle alone before the clause it points to", () => {
  const text = `Verbot aufgehoben

Das Gericht hat das Verbot gekippt. Die Stadt muss nachbessern.

Graz – Der Verwaltungsgerichtshof hat das Fahrverbot in der Grazer Innenstadt aufgehoben. Die Richter stellten klar, dass Städte Fahrverbote grundsätzlich erlassen dürfen. Bürgermeisterin Elke Kahr kündigte an, dass die Stadt eine neue Verordnung ausarbeiten werde. Der Verkehrsclub legte fest, dass er weiter klagen wird.`;

  it("is written together with the participle", () => {
    const made = statementsOf("fahrverbot", text).filter((statement) => statement.includes("Fahrverbote grundsätzlich"));
    expect(made).toContain("Die Richter haben klargestellt, dass Städte Fahrverbote grundsätzlich erlassen dürfen.");
    expect(made.filter((statement) => statement.includes("klar gestellt"))).toEqual([]);
  });
});
