/**
 * Digits that run on into letters ("5G", "3D-Brille", "Komet 46P", "Rapper 50Cent", "Galaxy S7", "4k-Fernseher",
 * "70er-Jahre") name a technology, a model, a comet or a decade; they count nothing. Asked as a figure, the gap cut
 * the word ("die Mobilfunktechnik ___G"). Through extraction and the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const NETWORK = `Mobilfunker testen neues Netz

Graz – Die Mobilfunker haben am Montag in Graz den ersten Test der Mobilfunktechnik 6G gestartet. Das neue Netz soll Daten mit bis zu 40 Gbit/s übertragen. An dem Test nehmen 120 Haushalte teil.

Die Betreiber setzen auf 6G, weil das Datenvolumen jedes Jahr um 30 Prozent steigt. Für den Test verteilen sie 3D-Brillen und 8k-Fernseher. Schon Ende der 90er-Jahre hatte Graz ein Netz getestet. Ohne 6G sei das Land nicht gerüstet, sagte ein Sprecher.`;

const quantities = (text: string) => extractFacts(text).quantities.map((quantity) => quantity.text);
const figureGaps = (text: string): Extract<Question, { type: "numeric" }>[] =>
  generateBank([{ id: "netz", text }])[0]!.questions.filter((question): question is Extract<Question, { type: "numeric" }> => question.type === "numeric");

describe("digits that run on into letters", () => {
  it.each([
    ["Die Mobilfunktechnik 5G soll schneller sein.", "5"],
    ["Die Forscher landeten auf dem Kometen 46P/Wirtanen.", "46"],
    ["Der Rapper 50Cent trat in Wien auf.", "50"],
    ["Das neue Galaxy S7 kam, das iPhone 6s blieb im Regal.", "6"],
    ["Sie verkauften 3D-Brillen und 4k-Fernseher.", "3"],
    ["Erst Ende der 70er-Jahre kamen die ersten Geräte.", "70"],
  ])("are no figure in %j", (text, digits) => {
    expect(quantities(text)).not.toContain(digits);
  });

  it("still read a figure with a unit symbol written on, and the figures beside such a name", () => {
    expect(extractFacts("Die Strecke ist 12km lang.").quantities).toEqual([expect.objectContaining({ value: 12, unit: "Kilometer" })]);
    expect(quantities("Die Mobilfunktechnik 5G bringt 20 Gbit/s für 300 Haushalte.")).toEqual(["20", "300"]);
  });

  it("are never asked as a figure gap, while the text's counts are", () => {
    const gaps = figureGaps(NETWORK);
    expect(gaps.map((gap) => gap.answer).sort((a, b) => a - b)).toEqual([30, 40, 120]);
    for (const gap of gaps) expect(gap.after).not.toMatch(/^\p{L}/u);
  });
});

describe("a single digit right after a name, where no noun it counts follows ('Playstation 3', 'Roku 4')", () => {
  it("is part of the name, no figure", () => {
    expect(quantities("Dem Hacker gelang es, die Playstation 3 zu knacken.")).toEqual([]);
    expect(quantities("Die Box Roku 4 um etwa 240 Euro gewann.")).toEqual(["etwa 240"]);
    expect(quantities("Das sagte er gestern in der Sendung Report 2 nicht.")).toEqual([]);
  });

  it("still counts what it is followed by, and after a word that opens a count", () => {
    expect(quantities("In Wien gab es 3 Verletzte.")).toEqual(["3"]);
    expect(quantities("Bei dem Unfall in Linz wurden insgesamt 4 verletzt.")).toEqual(["4"]);
    expect(quantities("Auf Platz 3 landete der Titelverteidiger.")).toEqual(["3"]);
    expect(quantities("Zuletzt hatte die FPÖ 3 von 9 Sitzen.")).toEqual(["3", "9"]);
  });
});
