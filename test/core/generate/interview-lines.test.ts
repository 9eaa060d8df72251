/** An interview written as paragraphs, each question on a line of its own ("STANDARD: Was sind die Ursachen?"). */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const quoteStatements = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "quote" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("answers after short question lines", () => {
  const text = `Verkehrsplanerin Aigner: "Die Stadt braucht weniger Parkplätze"

Die Verkehrsplanerin Sabine Aigner fordert mehr Platz für Radfahrer in Graz.

Graz – Sabine Aigner forscht an der Technischen Universität Graz zum Stadtverkehr.

STANDARD: Ist Graz eine Autostadt?

Aigner: Leider ja. Fast jeder zweite Weg wird mit dem Auto zurückgelegt.

STANDARD: Was muss sich ändern?

Aigner: Graz braucht durchgehende Radwege. Heute enden viele Radwege an der nächsten Kreuzung.

STANDARD: Und die Autofahrer?

Aigner: Sie werden sich an höhere Parkgebühren gewöhnen müssen.`;

  it("are the interviewee's words, not only the first answer", () => {
    const made = quoteStatements("radverkehr", text).filter((statement) => statement.answer);
    expect(made.map((statement) => statement.statement)).toContain("Sabine Aigner sagte: „Graz braucht durchgehende Radwege“");
  });
});
