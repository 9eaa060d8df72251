/**
 * Key figures whose sentence stands alone although a word in it looks like a pointer back: "davon" after a figure
 * written as a word ("zwei Milliarden Euro – davon 1,6 Milliarden für ..."), "jene" with a comparison of "wie" that
 * says which ("ein Viertel jener Menge wie in ..."). Texts and sentences written here.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";
import { standsAlone } from "../../../src/generate/standalone";
import { contextOf, emptyFacts, spanOf } from "./facts";

/** Whether the only sentence of a text stands alone with a gap at `gapWord`. */
function alone(sentence: string, gapWord: string): boolean {
  const doc = contextOf("doc", sentence, emptyFacts(sentence, "Titel"));
  return standsAlone(doc, { start: 0, end: sentence.length }, spanOf(sentence, gapWord));
}

/** The figure gaps of a text's pool, as "before___after". */
function figureGaps(text: string): string[] {
  return generateBank([{ id: "figures", text }])[0]!.questions.flatMap((question) =>
    (question.type === "numeric" || question.type === "cloze") && question.topic === "quantity" ? [`${question.before}___${question.after}`] : [],
  );
}

describe("davon after a figure written as a word", () => {
  it("reads the part of a figure as standing alone, whatever way the whole is written", () => {
    expect(alone("Österreich gibt heuer zwei Millionen Euro für Radwege aus, davon 800.000 Euro für neue Brücken.", "800.000")).toBe(true);
    expect(alone("Österreich gibt heuer 2 Millionen Euro für Radwege aus, davon 800.000 Euro für neue Brücken.", "800.000")).toBe(true);
    // No figure before it: "davon" points at what an earlier sentence said.
    expect(alone("Österreich erwartet davon 800.000 Euro an zusätzlichen Einnahmen.", "800.000")).toBe(false);
  });

  it("asks the part as a gap of the lead", () => {
    const text = `Geld für Schulen

Graz – Das Land Steiermark investiert heuer drei Milliarden Euro in seine Schulen – davon 1,2 Milliarden Euro für neue Gebäude. Die Bauarbeiten sollen im Frühjahr beginnen, teilte die Landesregierung am Montag mit.`;
    expect(figureGaps(text)).toContain(
      "Das Land Steiermark investiert heuer drei Milliarden Euro in seine Schulen – davon ___ Milliarden Euro für neue Gebäude.",
    );
  });
});

describe("davon after the part's figure", () => {
  it("reads 'davon' as a part only where the sentence names the whole before the part's figure", () => {
    expect(alone("Die Polizei zählte 40 Verletzte, sechs davon schwer.", "40")).toBe(true);
    expect(alone("Die Polizei zählte viele Verletzte: sechs davon schwer, die anderen leicht.", "sechs")).toBe(true);
    expect(alone("Bei dem Sturm wurden 1,5 Millionen Bäume entwurzelt und 200.000 davon müssen sofort weg.", "200.000")).toBe(true);
    // The part's figure opens the clause, or "davon" is the object of the verb: of what, an earlier sentence said.
    expect(alone("Seit Jahresbeginn sind sechs davon bei Angriffen beschädigt worden.", "sechs")).toBe(false);
    expect(alone("Seit Jahresbeginn sind 1,5 Millionen davon ausgeliefert worden.", "1,5")).toBe(false);
    expect(alone("Rund 70 Prozent der Gemeinden seien davon noch weit entfernt.", "70")).toBe(false);
  });

  it("asks no figure of a sentence whose 'davon' points at an earlier one", () => {
    const text = `Angriffe auf Windräder

Linz – In Oberösterreich stehen an der Grenze zu Bayern zahlreiche Windräder. Seit Jahresbeginn sind 14 davon bei Angriffen beschädigt worden. Die Polizei zählte im Vorjahr 40 Anzeigen, zwölf davon wegen Sachbeschädigung.`;
    const gaps = figureGaps(text);
    expect(gaps.filter((gap) => gap.includes("beschädigt worden"))).toEqual([]);
    expect(gaps).toContain("Die Polizei zählte im Vorjahr ___ Anzeigen, zwölf davon wegen Sachbeschädigung.");
  });
});

describe("jene with a comparison", () => {
  it("reads 'jene' as saying which where a comparison of 'wie' follows in its clause", () => {
    expect(alone("In Graz fielen 2015 nur 40 Prozent jener Abfallmenge an wie in den Dörfern der Umgebung.", "40")).toBe(true);
    expect(alone("Die Regierung machte 2015 jene Fehler wie im Jahr 2014 und verlor 30 Kunden.", "30")).toBe(true);
    // No comparison, or one after a comma (the source of the report): "jene" points back.
    expect(alone("In jenen Jahren fielen 40 Prozent mehr Abfälle an als heute.", "40")).toBe(false);
    expect(alone("Jene Regeln gelten seit 2015, wie die Stadt mitteilte.", "2015")).toBe(false);
  });

  it("reads 'jenem', 'jenes' without a noun after them as pointing back, even where a relative clause follows", () => {
    expect(alone("Nur in jenem, das dem Direktor zugeordnet wurde, fanden die Ermittler im Jahr 2015 noch Akten.", "2015")).toBe(false);
    expect(alone("Auch jenes, in dem der Direktor 2015 wohnte, wurde bei dem Brand beschädigt.", "2015")).toBe(false);
    // With its noun, or "jenen" for people in general, the relative clause says which.
    expect(alone("Auch jenes Haus, in dem der Direktor 2015 wohnte, wurde bei dem Brand beschädigt.", "2015")).toBe(true);
    expect(alone("Die Regierung will 2015 jenen helfen, die ihre Arbeit verloren haben.", "2015")).toBe(true);
  });

  it("asks the study's finding as a gap", () => {
    const text = `Grüne Dächer

Wien – Forscher der Universität für Bodenkultur haben begrünte Dächer in Wien untersucht. In Vierteln mit begrünten Dächern gelangen nur 30 Prozent jener Regenmenge in den Kanal wie in Vierteln ohne Grün. Die Stadt will nun mehr Dächer begrünen lassen.`;
    expect(figureGaps(text)).toContain("In Vierteln mit begrünten Dächern gelangen nur ___ Prozent jener Regenmenge in den Kanal wie in Vierteln ohne Grün.");
  });
});
