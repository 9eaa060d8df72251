/**
 * A sum of money or a share in the closing part of a report ("Österreichweit sind rund zwölf Prozent der Brücken
 * sanierungsbedürftig.", "Die Kärntner Industrie setzt jährlich rund acht Milliarden Euro um."): the background the
 * report ends with, which fills a quiz up only after the figures of its body, through the whole generator on texts of
 * our own.
 */
import { describe, expect, it } from "vitest";
import { drawQuiz, MIN_FILL_SALIENCE } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const BRIDGE = `Stadt saniert Brücke

Salzburg – Die Stadt Salzburg hat am Montag die Sanierung der Lehener Brücke beschlossen. Die Arbeiten sollen im März beginnen. Bürgermeister Harald Preuner sprach von einem dringenden Schritt.

Die Lehener Brücke wurde im Jahr 1962 eröffnet. Täglich fahren rund 20.000 Autos über die Lehener Brücke. Die Sanierung der Lehener Brücke kostet 14 Millionen Euro. Während der Arbeiten wird der Verkehr umgeleitet. Die Anrainer fürchten lange Staus. Die Wirtschaftskammer begrüßte die Pläne. Für alle Brücken des Landes wären laut Rechnungshof 900 Millionen Euro nötig. Österreichweit sind rund zwölf Prozent der Brücken sanierungsbedürftig.`;

const PLANT = `Autozulieferer baut Werk in Kärnten

Klagenfurt – Der Autozulieferer Magna hat am Dienstag den Bau eines neuen Werks in St. Veit angekündigt. Die Produktion soll im Herbst 2027 starten. Landeshauptmann Peter Kaiser begrüßte die Pläne.

Das Werk soll Batteriegehäuse für Elektroautos fertigen. Magna investiert in den Standort 120 Millionen Euro. Im Vollbetrieb sollen dort 400 Menschen arbeiten. Die Gemeinde stellt das Grundstück zur Verfügung. Die Gewerkschaft fordert faire Löhne. Anrainer sorgen sich um den Verkehr. Die Arbeitslosenquote im Bezirk liegt derzeit bei 6,1 Prozent. Die Kärntner Industrie setzt jährlich rund acht Milliarden Euro um.`;

type FigureGap = Extract<Question, { type: "numeric" }>;

const poolOf = (id: string, text: string): Question[] => generateBank([{ id, text }])[0]!.questions;
const figureGap = (pool: readonly Question[], value: number): FigureGap => {
  const found = pool.find((question): question is FigureGap => question.type === "numeric" && question.answer === value);
  expect(found, `a gap of ${value}`).toBeDefined();
  return found!;
};

describe("a sum of money or a share in the closing part of a text", () => {
  it("ranks below the fill-up threshold, below the sums and counts of the body", () => {
    const bridge = poolOf("bruecke", BRIDGE);
    const share = figureGap(bridge, 12);
    expect(share.after).toBe(" Prozent der Brücken sanierungsbedürftig.");
    expect(share.salience).toBeLessThan(MIN_FILL_SALIENCE);
    expect(share.salience).toBeLessThan(figureGap(bridge, 14).salience);
    expect(share.salience).toBeLessThan(figureGap(bridge, 20000).salience);

    const plant = poolOf("werk", PLANT);
    const investment = figureGap(plant, 120);
    expect(investment.before).toBe("Magna investiert in den Standort ");
    expect(investment.salience).toBeGreaterThanOrEqual(MIN_FILL_SALIENCE);
    for (const closing of [figureGap(plant, 6.1), figureGap(plant, 8)]) {
      expect(closing.salience).toBeLessThan(MIN_FILL_SALIENCE);
      expect(closing.salience).toBeLessThan(investment.salience);
    }
  });

  it("leaves the quiz's places for figures to the figures of the body", () => {
    const bridge = poolOf("bruecke", BRIDGE);
    const asked = drawQuiz(bridge, { seed: "bruecke" })
      .filter((question): question is FigureGap => question.type === "numeric")
      .map((question) => question.answer)
      .sort((a, b) => a - b);
    expect(asked).toEqual([14, 20000]);
  });
});
