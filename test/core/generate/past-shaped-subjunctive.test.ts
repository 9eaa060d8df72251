/**
 * Words without quotation marks whose verb is a past indicative in form and may be the subjunctive II of reported
 * speech ("nützten", "fielen"): retold after "sagte sinngemäß:", never put in quotation marks as the speaker's own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const linesOf = (question: Question) => [
  ...(question.type === "truefalse" ? [question.statement] : [question.stem]),
  ...("options" in question ? (question.options ?? []).map((option) => option.text) : []),
];

const text = `Bauern protestieren gegen niedrige Milchpreise

St. Pölten – Rund 300 Milchbauern haben am Dienstag vor dem Landhaus in St. Pölten gegen die niedrigen Erzeugerpreise protestiert. Große Molkereien nützten ihre Marktmacht rücksichtslos aus, sagte Bauernbundobmann Georg Strasser. Seit dem Frühjahr fielen die Preise für Rohmilch fast jede Woche, sagte Kammerpräsidentin Maria Huber. Der Markt ist völlig aus dem Gleichgewicht, sagte Strasser. Landesrat Stephan Pernkopf versprach den Bauern rasche Hilfe. „Wir lassen die Betriebe nicht im Stich“, sagte Pernkopf.`;

describe("reported speech whose subjunctive II looks like the past indicative", () => {
  const lines = generateBank([{ id: "milchpreise", text }])[0]!.questions.flatMap(linesOf);
  const about = (words: string) => lines.filter((line) => line.includes(words));

  it("retells a weak verb's past ('Große Molkereien nützten ... aus') without quotation marks", () => {
    const said = about("Marktmacht");
    expect(said.some((line) => line.includes("sagte sinngemäß: Große Molkereien nützten ihre Marktmacht rücksichtslos aus"))).toBe(true);
    expect(said.filter((line) => line.includes("„"))).toEqual([]);
  });

  it("retells a strong plural without umlaut ('fielen die Preise') without quotation marks", () => {
    const said = about("Rohmilch");
    expect(said.some((line) => line.includes("sagte sinngemäß: Seit dem Frühjahr fielen die Preise für Rohmilch fast jede Woche"))).toBe(true);
    expect(said.filter((line) => line.includes("„"))).toEqual([]);
  });

  it("keeps words in quotation marks in the text, and words in the present indicative, as exact words", () => {
    expect(about("nicht im Stich").some((line) => line.includes("„Wir lassen die Betriebe nicht im Stich“"))).toBe(true);
    expect(about("Gleichgewicht").some((line) => line.includes("„Der Markt ist völlig aus dem Gleichgewicht“"))).toBe(true);
  });
});
