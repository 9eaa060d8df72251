/** An interview's answer that is a subordinate clause after a focus particle ("Nur wenn ..."): no quote to state. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

describe("an interview answer that only completes the question", () => {
  it("is not stated as the interviewee's words", () => {
    const text = `Ökonom Berger: "Die Steuer trifft die Falschen"

Der Wirtschaftsforscher Martin Berger spricht über die geplante Vermögenssteuer.

STANDARD: Die Regierung will eine Vermögenssteuer einführen. Ist das gerecht?

Berger: Nur wenn der Staat das Geld nicht an die Familien zurückgibt. Die Steuer trifft derzeit vor allem den Mittelstand.

STANDARD: Was schlagen Sie vor?

Berger: Wir brauchen eine Reform der Grundsteuer. Die Werte stammen aus den Siebzigerjahren.`;
    const questions = generateBank([{ id: "berger", text }])[0]!.questions;
    const asked = questions.flatMap((question) =>
      question.type === "truefalse"
        ? [question.statement]
        : question.type === "single"
          ? [question.stem, ...question.options.map((option) => option.text)]
          : [],
    );
    expect(asked.filter((words) => words.includes("Nur wenn"))).toEqual([]);
  });
});
