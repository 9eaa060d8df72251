/**
 * A deed that says someone else did the same ("begrüßte die Einigung ebenfalls"): "Wer ...?" has more than one answer,
 * and the deed given falsely to another actor of the text may be true of them; it is stated only of its actor.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const SUMMIT = `Einigung beim Gipfel

Brüssel – Die Staaten der Europäischen Union haben sich auf ein neues Asylpaket geeinigt. Ratspräsident Pedro Almeida sprach von einem großen Erfolg. Kommissionspräsidentin Maria Kessler begrüßte die Einigung ebenfalls. Der ungarische Regierungschef Ferenc Kovács hatte zuvor mit einem Veto gedroht. Bundeskanzler Martin Huber zeigte sich zufrieden.`;

function questionsOf(id: string, text: string): Question[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions;
}

describe("a deed others did too", () => {
  it("is stated true of its actor, never false of another nor asked as 'Wer ...?'", () => {
    const questions = questionsOf("summit", SUMMIT);
    const statements = questions.filter((question) => question.type === "truefalse" && question.statement.includes("begrüßte die Einigung"));
    expect(statements.map((question) => question.type === "truefalse" && [question.statement, question.answer])).toEqual([
      ["Maria Kessler begrüßte die Einigung ebenfalls.", true],
    ]);
    expect(questions.filter((question) => question.type === "single" && question.stem.startsWith("Wer begrüßte"))).toEqual([]);
    const offered = questions.flatMap((question) =>
      question.type === "single" && question.stem.startsWith("Was trifft laut Text auf") && !question.stem.includes("Kessler")
        ? question.options.map((option) => option.text)
        : [],
    );
    expect(offered.filter((text) => text.includes("begrüßte"))).toEqual([]);
  });
});
