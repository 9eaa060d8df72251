/**
 * Reported words that open with a possessive ("Sein Interesse ... sei gering, glaubt Bondar") go on from the sentence
 * before, whose subject it may be: they are no statement of what the speaker said, as the learner cannot see whose it is.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `Regierungskrise in Kiew hält an.

Kiew – Die Abstimmung über die neue Regierung ist erneut verschoben worden. Parlamentspräsident Andrij Melnyk beendete die Sitzung am Abend nach stundenlangem Streit. Für Premier Wiktor Hrytsenko wäre ein Scheitern der Gespräche günstig, meint der Politologe Oleh Bondar. Solange er Premier ist, behält er die Kontrolle über die Regierung. Sein Interesse an einer raschen Einigung sei also gering, glaubt Bondar. Die Partei des Premiers weist den Vorwurf zurück.`;

describe("reported words that open with a possessive", () => {
  it("are asked nowhere", () => {
    const asked = generateBank([{ id: "opening-possessive-words", text }])[0]!.questions.flatMap((question) => [
      question.stem,
      ...(question.type === "truefalse" ? [question.statement] : []),
    ]);
    expect(asked.filter((text) => text.includes("Sein Interesse"))).toEqual([]);
  });
});
