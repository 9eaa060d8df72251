/** The country of an office named without a nationality ("Innenministerin", "Bundeskanzler") comes from what the text says of its home. */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const countryOf = (text: string, surname: string) => extractFacts(text).persons.find((person) => person.surname === surname)?.country;

describe("the home country of a text's own offices", () => {
  it("is Austria's where the text names Austrian parties, offices or places without naming the country", () => {
    const text =
      "Quartiere für Asylwerber gesucht\n\nInnsbruck – Innenministerin Johanna Hollerer (ÖVP) will bis Ende Oktober neue Quartiere schaffen. " +
      "Landeshauptmann Günther Platzgummer sagte am Montag, Tirol werde helfen. Die FPÖ kritisierte den Plan im Nationalrat.";
    expect(countryOf(text, "Hollerer")).toBe("AT");
  });

  it("is Switzerland's where the text names Swiss parties, chambers or cantons", () => {
    const text =
      "Neue Regeln für Banken\n\nBern – Finanzminister Urs Maurer (SVP) will die Regeln für Banken verschärfen. " +
      "Der Ständerat berät den Vorschlag im Juni. Im Kanton Zug regt sich Widerstand.";
    expect(countryOf(text, "Maurer")).toBe("CH");
  });

  it("is Germany's where the text names German parties and bodies", () => {
    const text =
      "Streit um Maut\n\nVerkehrsminister Alexander Dorndorf (CSU) will die Maut im Herbst einführen. " +
      "Im Bundestag stimmte die SPD dagegen. Die Grünen kündigten eine Klage an.";
    expect(countryOf(text, "Dorndorf")).toBe("DE");
  });

  it("is none the text gives where it names no home at all", () => {
    const text = "Streit um Gebühren\n\nFinanzministerin Clara Weidinger will die Gebühren senken. Die Opposition lehnte den Plan am Montag ab.";
    expect(countryOf(text, "Weidinger")).toBeUndefined();
  });
});
