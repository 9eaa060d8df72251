/** Words that open with one of a row ("Ein erster Schritt ...", "Ein weiteres Problem ..."): the row is told before, so they never stand alone. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const linesOf = (question: Question) => [
  ...(question.type === "truefalse" ? [question.statement] : [question.stem]),
  ...("options" in question ? (question.options ?? []).map((option) => option.text) : []),
];

const text = (follow: string) => `Teuerung geht zurück

Wien – Die Teuerung in Österreich ist im März auf 2,9 Prozent gesunken. Vor allem Heizöl und Treibstoffe wurden billiger. Die Zentralbank werde die Zinsen bald senken, sagte Bankökonom Stefan Huber. ${follow} Die Gewerkschaft fordert trotzdem höhere Löhne, sagte ihre Sprecherin Anna Berger.`;

describe("a quote's next sentence that opens with one of a row", () => {
  it("gives no question ('Ein erster Schritt sei im Juni möglich': a step of what?), while words that say what they are about stay", () => {
    const lines = generateBank([{ id: "teuerung", text: text("Ein erster Schritt sei im Juni möglich.") }])[0]!.questions.flatMap(linesOf);
    expect(lines.filter((line) => line.includes("erster Schritt"))).toEqual([]);
    const named = generateBank([{ id: "teuerung", text: text("Eine Zinssenkung sei im Juni möglich.") }])[0]!.questions.flatMap(linesOf);
    expect(named.some((line) => line.includes("Stefan Huber sagte sinngemäß: Eine Zinssenkung sei im Juni möglich"))).toBe(true);
  });
});
