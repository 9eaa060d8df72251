/** A venue's name of two words ("Generali Stadion") is no kind noun and a name: its head noun is never asked as the name. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `Sturm gewinnt Grazer Derby

Der SK Sturm hat das Grazer Derby gegen den GAK mit 2:0 gewonnen.

Graz – Vor 15.400 Zuschauern im Generali Stadion hat der SK Sturm am Samstag das Derby gegen den GAK mit 2:0 gewonnen. „Wir haben verdient gewonnen“, sagte Sturm-Trainer Jürgen Säumel.

Das Generali Stadion war damit zum dritten Mal in dieser Saison ausverkauft.`;

describe("a venue named by a word and its noun", () => {
  it("asks no gap of 'Stadion' after 'Generali'", () => {
    const gaps = generateBank([{ id: "derby", text }])[0]!.questions.flatMap((question) => (question.type === "cloze" ? [question.answer] : []));
    expect(gaps).not.toContain("Stadion");
  });
});
