/**
 * "in 12 der 50 US-Staaten": a country's own states are no members of an alliance; no "Wie viele Staaten zählt die US"
 * (a compound's first part, and a figure of general knowledge). An alliance's members stay counted ("die 27 EU-Staaten").
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const text = `Mehr Staaten erlauben Cannabis

In immer mehr Bundesstaaten ist Cannabis legal.

Washington – Cannabis ist inzwischen in 12 der 50 US-Staaten für Erwachsene legal. In Europa beraten die 27 EU-Staaten noch über gemeinsame Regeln. Gesundheitsexperten warnen vor den Folgen für Jugendliche.`;

describe("a figure of a country's states", () => {
  it("is no member count, while an alliance's members are", () => {
    const counts = extractFacts(text).memberCounts.map((count) => `${count.organization}:${count.value}`);
    expect(counts).toEqual(["EU:27"]);
  });

  it("is asked of no country as its members", () => {
    const stems = generateBank([{ id: "cannabis", text }])[0]!.questions.map((question) => question.stem);
    expect(stems.filter((stem) => /Staaten (?:zählt|hat) die US/u.test(stem))).toEqual([]);
  });
});
