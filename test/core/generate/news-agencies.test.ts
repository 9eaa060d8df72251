/**
 * One list of news agencies (src/extract/data/agencies.ts) serves all who need one, each with its spelling: a
 * dateline's sign ("Moskau (rtr)"), a speaker's slot after "sagte" ("sagte Reuters"), a short name in capitals that is
 * a report's source ("Laut TASS ...") and never a gap's answer or the one who said something.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

describe("news agencies", () => {
  it("are read as the source of a dateline by their sign", () => {
    const text =
      "Streit um Gaspreise\n\nMoskau (rtr) – Der Energiekonzern Gasprom will die Preise für Europa im Winter deutlich anheben. Das Unternehmen begründete den Schritt mit gestiegenen Kosten.";
    expect(extractFacts(text).document).toMatchObject({ dateline: "Moskau", source: "rtr" });
  });

  it("are no person where they stand after a verb of saying", () => {
    const text =
      "Neue Regeln für Banken\n\nDie Regierung in Prag will die Banken stärker kontrollieren. Die Vorschläge seien bereits fertig, sagte Reuters unter Berufung auf Regierungskreise. Finanzminister Karel Novak sagte, die Banken müssten mehr Kapital halten. Die Opposition lehnt die Pläne ab, sagte Novak.";
    expect(extractFacts(text).persons.map((person) => person.name)).toEqual(["Karel Novak"]);
  });

  it("are no gap's answer and no speaker asked for by their short name", () => {
    const text =
      "Russland verschärft Kontrollen\n\nDie russische Regierung will das Internet stärker überwachen. Das meldete die Agentur TASS am Dienstag. Laut TASS sollen die Anbieter alle Daten speichern. Die TASS berichtete zudem, dass das Parlament im Mai abstimmen werde. Die Regierung hatte die Pläne bereits im Winter angekündigt. Kritiker fürchten Zensur. Die Anbieter lehnen die Pläne ab. TASS zufolge sind die Kosten hoch.";
    const questions = generateBank([{ id: "agentur", text }])[0]!.questions;
    expect(questions.filter((question) => question.fact.includes("TASS") || question.stem.startsWith("Wer "))).toEqual([]);
  });
});
