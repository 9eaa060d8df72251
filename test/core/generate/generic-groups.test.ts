/** A group named by a plural for people of any kind alone ("die Frauen"): nobody the learner can tell, so no rival. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

describe("a group named only 'die Frauen', 'die Männer'", () => {
  const text = `Zwei Bergsteiger in den Alpen verunglückt

Innsbruck – Zwei deutsche Bergsteiger sind am Wochenende in den Tiroler Alpen tödlich verunglückt. Laut Angaben ihrer Ehefrauen waren die beiden am Samstag früh zum Gipfel aufgebrochen. Am Abend alarmierten die Frauen die Bergrettung. Wenig später fanden die Retter die Bergsteiger in einer Schlucht. Die Polizei ermittelt nun die Ursache des Unglücks. Die Bergrettung warnte vor Steinschlag in der Region.`;
  const questions = generateBank([{ id: "alpen", text }])[0]!.questions;

  it("is given no other group's deed in a false statement ('Die Frauen fanden ... die Bergsteiger')", () => {
    const found = questions.filter((question) => question.evidence.quote.startsWith("Wenig später fanden die Retter"));
    expect(
      found.some((question) => question.type === "truefalse" && question.statement === "Die Retter fanden wenig später die Bergsteiger in einer Schlucht."),
    ).toBe(true);
    expect(found.filter((question) => question.type === "truefalse" && question.statement.startsWith("Die Frauen"))).toEqual([]);
  });

  it("is no wrong option for another group's deed", () => {
    const options = questions.flatMap((question) =>
      question.type === "single" && !question.evidence.quote.includes("die Frauen") ? question.options.map((option) => option.text) : [],
    );
    expect(options.filter((option) => option.startsWith("Die Frauen"))).toEqual([]);
  });
});
