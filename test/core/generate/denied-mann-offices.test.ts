/**
 * An office in "-mann" after "ist" ("Peter Huber ist Klubobmann der Grünen") is a masculine singular: its denial never
 * reads "ist keine Klubobmann", as the "-n" of a plural ("keine Kontrollen") would have it.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const TEXT = `Grüne suchen Spitzenkandidaten

Linz – Die Grünen in Linz wollen bis Ende Mai entscheiden, wer bei der Gemeinderatswahl antritt. Als Favoritin gilt Eva Brunner. Auch Peter Huber (52) werden Ambitionen nachgesagt. Huber ist Klubobmann der Grünen im Gemeinderat. Huber und Brunner wollten sich nicht äußern.`;

describe("the denial of an office in -mann", () => {
  it("gives no plural 'keine' to the singular office", () => {
    const statements = generateBank([{ id: "mann-offices", text: TEXT }])[0]!.questions.flatMap((question) =>
      question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [],
    );
    expect(statements).toContain("Peter Huber ist Klubobmann der Grünen im Gemeinderat.");
    expect(statements.filter((statement) => /\bkeine \p{Lu}\p{Ll}*mann\b/u.test(statement))).toEqual([]);
  });
});
