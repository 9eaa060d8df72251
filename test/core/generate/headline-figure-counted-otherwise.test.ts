/**
 * "18 Verletzte bei Brand in Wohnhaus" … "Nach Angaben der Feuerwehr wurden 23 Bewohner verletzt": a headline figure whose
 * count the body gives with another figure, and never with its own, is not asked; one the body repeats still is.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const gapsOf = (text: string) =>
  generateBank([{ id: "brand", text }])[0]!.questions.flatMap((question) =>
    question.topic === "quantity" && question.type === "numeric" ? [question.answer] : [],
  );

const contradicted = `18 Verletzte bei Brand in Wohnhaus – Feuerwehr mit 60 Kräften im Einsatz. Graz – In einem Wohnhaus im Grazer Bezirk Lend ist am Freitagabend ein Feuer ausgebrochen. Nach Angaben der Feuerwehr wurden 23 Bewohner verletzt, drei davon schwer. Die Brandursache ist noch unklar. Die Polizei ermittelt.`;

const repeated = `18 Verletzte bei Brand in Wohnhaus – Feuerwehr mit 60 Kräften im Einsatz. Graz – In einem Wohnhaus im Grazer Bezirk Lend ist am Freitagabend ein Feuer ausgebrochen. Nach Angaben der Feuerwehr wurden 18 Bewohner verletzt, drei davon schwer. Die Brandursache ist noch unklar. Die Polizei ermittelt.`;

describe("a headline figure the body counts otherwise", () => {
  it("is not asked where the body gives another figure of the same count", () => {
    expect(gapsOf(contradicted)).not.toContain(18);
  });

  it("is asked where the body gives the same figure", () => {
    expect(gapsOf(repeated)).toContain(18);
  });
});
