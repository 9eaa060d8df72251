/** A teaser's article in "-er" after a preposition ("bei der Chorolympiade") is no strong adjective that lacks its article. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => (question.type === "truefalse" && question.topic === "action" ? [question.statement] : []));

describe("a teaser with a preposition, an article in -er and a feminine noun", () => {
  const text = (teaser: string) => `Linzer Jugendchor holt Gold

${teaser} Die Sängerinnen und Sänger setzten sich gegen 40 Chöre durch.

Riga – Der Jugendchor Cantabile aus Linz hat am Samstag in Riga die Goldmedaille gewonnen. „Wir haben monatelang jeden Abend geprobt“, sagte Chorleiterin Maria Egger.`;

  it("keeps the article as written, never 'bei einer den'", () => {
    const made = statementsOf("chor", text("Der Linzer Jugendchor Cantabile hat bei der Chorolympiade in Riga die Goldmedaille gewonnen."));
    expect(made).toContain("Der Linzer Jugendchor Cantabile gewann bei der Chorolympiade in Riga die Goldmedaille.");
    expect(made.filter((statement) => / einer (?:den|der|einen) /u.test(statement))).toEqual([]);
  });

  it("does so for a possessive in -er too", () => {
    const made = statementsOf("chor", text("Der Linzer Jugendchor Cantabile hat mit seiner Hymne in Riga die Goldmedaille gewonnen."));
    expect(made).toContain("Der Linzer Jugendchor Cantabile gewann mit seiner Hymne in Riga die Goldmedaille.");
  });
});
