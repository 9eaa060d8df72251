/**
 * An institution named first in another case ("nach Angaben der Gewerkschaft Vida") and then by its kind noun as the
 * subject ("Die Gewerkschaft fordert ..."): the deed is the named institution's, told with the subject's article.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a kind noun that points back to an institution named in the genitive or dative", () => {
  const text = (naming: string) => `Streik bei den Busbetrieben

Linz – In mehreren Städten sind am Montag keine Busse gefahren. ${naming} legten rund 900 Fahrerinnen und Fahrer die Arbeit nieder. Die Gewerkschaft fordert für die Beschäftigten eine Lohnerhöhung von acht Prozent. Die Betriebe haben bisher drei Prozent angeboten.`;

  it("states the deed of the named union, in the nominative", () => {
    const made = statementsOf("bus", text("Nach Angaben der Gewerkschaft Younion")).filter((statement) => statement.statement.includes("Lohnerhöhung"));
    expect(made).toContainEqual({ statement: "Die Gewerkschaft Younion fordert für die Beschäftigten eine Lohnerhöhung von acht Prozent.", answer: true });
    expect(made.every((statement) => statement.statement.startsWith("Die Gewerkschaft Younion fordert"))).toBe(true);
    // Where no union is named, the bare kind noun acts as nobody.
    const unnamed = statementsOf("bus", text("Nach Angaben der Polizei")).filter((statement) => statement.statement.includes("Lohnerhöhung"));
    expect(unnamed).toEqual([]);
  });

  it("takes a dative naming too", () => {
    const made = statementsOf("bus", text("Nach einem Aufruf von der Gewerkschaft Younion")).filter((statement) =>
      statement.statement.includes("Lohnerhöhung"),
    );
    expect(made).toContainEqual({ statement: "Die Gewerkschaft Younion fordert für die Beschäftigten eine Lohnerhöhung von acht Prozent.", answer: true });
  });
});

describe("an adverb of contrast after the actor of a sentence opened by its object", () => {
  it("is left out of the statement", () => {
    const text = `Bürgermeister verliert Mehrheit

Wels – Bei der Gemeinderatswahl in Wels hat die Liste von Bürgermeister Karl Huber ihre absolute Mehrheit verloren. Huber sprach von einem schmerzhaften Ergebnis. Einen Rückzug schloss der Bürgermeister aber aus. Die Grünen-Spitzenkandidatin Eva Lechner feierte ihren Zugewinn als großen Erfolg.`;
    const made = statementsOf("wels", text).filter((statement) => statement.statement.includes("Rückzug"));
    expect(made).toContainEqual({ statement: "Karl Huber schloss einen Rückzug aus.", answer: true });
    expect(made.filter((statement) => statement.statement.includes("aber"))).toEqual([]);
  });
});
