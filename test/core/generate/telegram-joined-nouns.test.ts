/**
 * A teaser in telegram style whose bare nouns are joined ("zwischen alter Schule und Neubau"): no article can be told for
 * the second noun, so its deed is asked from the body's full sentence only, never in the teaser's broken words.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `Bürgermeisterin Lena Auer sieht klare Wahl zwischen alter Schule und Neubau. Linz – Die Linzer Bürgermeisterin Lena Auer hat am Dienstag den Plan für ein neues Schulzentrum vorgestellt. Auer sieht zwischen der Sanierung der alten Schule und einem Neubau am Stadtrand eine klare Wahl. Der Gemeinderat soll im Mai entscheiden. Die Opposition verlangt eine Volksbefragung.`;

describe("a teaser's deed with bare nouns joined by 'und'", () => {
  const questions = generateBank([{ id: "schule", text }])[0]!.questions;
  const words = questions.map((question) =>
    [
      question.stem,
      question.type === "truefalse" ? question.statement : "",
      question.type === "single" ? question.options.map((option) => option.text).join(" / ") : "",
    ].join(" | "),
  );

  it("is stated in no teaser's words, repaired or not", () => {
    expect(words.filter((line) => /alter Schule und Neubau|alten Schule und Neubau/u.test(line))).toEqual([]);
  });
});
