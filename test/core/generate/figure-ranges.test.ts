/**
 * A bound of a range is no figure gap: "Das ___ bis 149 Millionen Jahre alte Fossil" left the scale and unit with the
 * other bound, so the key read "100 bis 149 Millionen" while only 100 counted. Through the whole generator on a text of our own.
 */
import { expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const TEXT = `Fund in Brasilien

São Paulo – Forscher haben in Brasilien ein Fossil einer Urschlange mit vier Beinen entdeckt. Das 100 bis 149 Millionen Jahre alte Tier war etwa 20 Zentimeter lang. Die Ausgrabung dauerte drei bis vier Wochen. Der Fund soll ab 2027 in einem Museum in Rio de Janeiro zu sehen sein, wo jährlich 120.000 Menschen die Sammlung besuchen.`;

it("asks no bound of a range as a figure gap, but the figures that stand alone", () => {
  const gaps = generateBank([{ id: "fossil", text: TEXT }])[0]!.questions.flatMap((question) =>
    question.type === "numeric" ? [`${question.before}___${question.after}`] : [],
  );
  expect(gaps.some((gap) => /___ bis 149|100 bis ___/u.test(gap))).toBe(false);
  expect(gaps.some((gap) => gap.includes("etwa ___ Zentimeter"))).toBe(true);
});
