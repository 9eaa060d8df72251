/** A deed done to a person named with their office ("hat ... Cheftrainer Maximilian Senft entlassen"): the office is the object's, not the actor's. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

const text = `Ried entlässt Trainer

Nach der vierten Niederlage in Serie hat der SV Ried Cheftrainer Maximilian Senft entlassen. Ein Nachfolger steht noch nicht fest.

Ried – Der SV Ried hat am Dienstag die Konsequenzen gezogen und Trainer Maximilian Senft mit sofortiger Wirkung freigestellt. Das teilte der Verein mit. Sportdirektor Wolfgang Fiala sagte, man habe keine Entwicklung mehr gesehen. Die Mannschaft liegt auf dem vorletzten Platz der Tabelle.`;

describe("a club that dismisses its coach, named with his office", () => {
  it("reads the office before the coach's name as his, not as the end of the club's name after the verb", () => {
    expect(statementsOf("ried", text)).toContainEqual({
      statement: "Der SV Ried hat nach der vierten Niederlage in Serie Cheftrainer Maximilian Senft entlassen.",
      answer: true,
    });
  });

  it("states the deed whose object is the coach with his office, which tells nothing of the club's gender", () => {
    expect(statementsOf("ried", text)).toContainEqual({
      statement: "Am Dienstag hat der SV Ried die Konsequenzen gezogen und Trainer Maximilian Senft mit sofortiger Wirkung freigestellt.",
      answer: true,
    });
  });
});
