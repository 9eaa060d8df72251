/** A person the text names by a given name alone ("Lars" of a garbled "Lars erik Sundqvist") is no wrong option to offer. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `Regierungskrise in Kiew hält an.

Kiew – Die Abstimmung über die neue Regierung ist erneut verschoben worden. Parlamentspräsident Andrij Melnyk beendete die Sitzung am Abend nach stundenlangem Streit. Der Politologe Oleh Bondar sagte, der Premier habe kein Interesse an einer raschen Einigung. Generalsekretär Lars erik Sundqvist bezeichnete die Lage als äußerst instabil. Premierminister Wiktor Hrytsenko will am Mittwoch einen neuen Anlauf nehmen.`;

describe("a given name alone", () => {
  it("is offered as no wrong option", () => {
    const wrongOptions = generateBank([{ id: "given-name-alone", text }])[0]!.questions.flatMap((question) =>
      question.type === "single" ? question.options.filter((option) => option.id !== question.answer).map((option) => option.text) : [],
    );
    expect(wrongOptions).not.toContain("Lars");
  });
});
