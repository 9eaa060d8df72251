/** An institution named by its noun and its field after "für" ("das Bundesamt für Verbraucherschutz"), as the speaker after the verb. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const quoteStatementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "quote" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a body with 'für' and its field as the speaker after the verb", () => {
  const text = (speaker: string) => `Rückruf von Babybrei

Wien – Ein Hersteller ruft mehrere Sorten Babybrei zurück. In mehreren Gläsern seien Glassplitter gefunden worden, teilte ${speaker} am Freitag mit. Die Gläser wurden seit Jänner verkauft.`;

  it("states what the body said, named in full", () => {
    const made = quoteStatementsOf("brei", text("das Bundesamt für Ernährungssicherheit"));
    expect(made).toContainEqual({
      statement: "Das Bundesamt für Ernährungssicherheit sagte sinngemäß: In mehreren Gläsern seien Glassplitter gefunden worden.",
      answer: true,
    });
    expect(made.filter((statement) => statement.statement.startsWith("Das Bundesamt sagte"))).toEqual([]);
    // Where the name may go on past the field ("für Sicherheit im Gesundheitswesen"), no cut name speaks.
    const cut = quoteStatementsOf("brei", text("das Bundesamt für Sicherheit im Gesundheitswesen"));
    expect(cut.filter((statement) => statement.statement.startsWith("Das Bundesamt für Sicherheit sagte"))).toEqual([]);
  });
});
