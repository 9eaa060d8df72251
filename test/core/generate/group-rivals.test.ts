/** A group whose noun ends another group's compound ("Die Staaten", "Die Industriestaaten") holds its members: no rival of it. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `Einigung beim Artenschutzgipfel

Die Industrieländer sollen ab 2030 jährlich 20 Milliarden Euro für den Artenschutz zahlen. Das haben die Teilnehmer des Gipfels in Cali beschlossen.

Cali – Nach zwei Wochen Verhandlungen ist der UN-Artenschutzgipfel im kolumbianischen Cali am Samstag zu Ende gegangen. Umweltorganisationen kritisierten das Ergebnis. Bis 2026 sollen die Länder neue Pläne vorlegen. „Das ist ein erster Schritt“, sagte Konferenzpräsidentin Susana Muhamad.`;

describe("the deed of a group that others' noun also names", () => {
  it("is falsely given to no group whose noun ends its compound", () => {
    const falseOnes = generateBank([{ id: "cali", text }])[0]!.questions.flatMap((question) =>
      question.type === "truefalse" && !question.answer
        ? [question.statement]
        : question.type === "single"
          ? question.options.map((option) => option.text)
          : [],
    );
    expect(falseOnes.filter((statement) => /\bdie Länder\b|^Die Länder\b/u.test(statement) && statement.includes("20 Milliarden"))).toEqual([]);
  });
});
