/**
 * A named member of a group that acted ("Viele Landwirte, allen voran Kammerpräsident Jonas Berger, fordern ..."): stated
 * of the member with the verb in the singular, never given to someone else of the text (who may be one of the group),
 * through the whole generator.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const FLOODS = `Bauern fordern Hilfe nach dem Hochwasser

Linz – Viele Landwirte, allen voran Kammerpräsident Jonas Berger, fordern mehr Geld für den Hochwasserschutz. Die Schäden an Feldern und Ställen seien enorm. Agrarminister Paul Huber besuchte am Montag die betroffenen Gemeinden. Landesrätin Maria Kogler kündigte eine Soforthilfe von zwei Millionen Euro an. Bürgermeister Franz Leitner sprach von der schlimmsten Flut seit Jahrzehnten.`;

function questionsOf() {
  const [bank] = generateBank([{ id: "floods", text: FLOODS }]);
  return bank!.questions;
}

describe("a named member of a group that acted", () => {
  it("states the group's deed of the member, with the verb in the singular", () => {
    const statements = questionsOf().flatMap((question) => (question.type === "truefalse" ? [question] : []));
    expect(statements).toContainEqual(expect.objectContaining({ statement: "Jonas Berger fordert mehr Geld für den Hochwasserschutz.", answer: true }));
  });

  it("neither gives the deed to another person of the text nor asks who did it among them", () => {
    const questions = questionsOf();
    const deeds = questions.flatMap((question) =>
      question.type === "truefalse" && question.statement.includes("Hochwasserschutz") ? [question.statement] : [],
    );
    expect(deeds.every((statement) => statement.startsWith("Jonas Berger"))).toBe(true);
    expect(questions.some((question) => question.type === "single" && question.stem.includes("Hochwasserschutz"))).toBe(false);
  });
});
