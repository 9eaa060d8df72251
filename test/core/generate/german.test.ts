import { describe, expect, it } from "vitest";
import {
  countryPhrase,
  dateSpellings,
  hedgeBefore,
  nominativePlural,
  predicativeRole,
  scaleOf,
  toleranceRange,
  withArticle,
} from "../../../src/generate/german";

describe("German wording", () => {
  it("accepts the usual spellings of a date", () => {
    expect(dateSpellings("2020-06-04")).toContain("04.06.2020");
    expect(dateSpellings("2019-03")).toEqual(["Mär. 2019", "03/2019", "03.2019", "2019-03"]);
    expect(dateSpellings("2019-02")).toContain("02/2019");
    expect(dateSpellings("--10-29")).toEqual(["29.10.", "29.10"]);
    expect(dateSpellings("--03-04")).toEqual(["04.03.", "4.3.", "4.3"]);
  });

  it("widens the accepted range with the hedge, and only then", () => {
    expect(toleranceRange(19000, false, undefined)).toEqual({ min: 19000, max: 19000 });
    const rund = toleranceRange(14000, true, "rund");
    expect(rund.min).toBeLessThan(14000);
    expect(rund.max).toBeGreaterThan(14000);
    expect(toleranceRange(60, true, "Mindestens").min).toBe(60);
    expect(toleranceRange(60, true, "mehr als").max).toBeGreaterThan(60);
    expect(toleranceRange(500, true, "knapp").max).toBe(500);
    expect(toleranceRange(500, true, "knapp").min).toBeLessThan(500);
    // A hedged small count still accepts a neighbour; a scaled amount ("rund eine Milliarde") does not double.
    expect(toleranceRange(6, true, "mindestens").max).toBe(7);
    expect(toleranceRange(1, true, "rund", false).max).toBeLessThan(1.5);
  });

  it("reads each hedge as approximate, at most or at least the figure", () => {
    for (const hedge of ["rund", "etwa", "ungefähr", "circa", "ca.", "annähernd"]) expect(toleranceRange(300, true, hedge)).toEqual({ min: 270, max: 330 });
    for (const hedge of ["knapp", "fast", "nahezu", "bald", "höchstens", "bis zu", "maximal"])
      expect(toleranceRange(300, true, hedge)).toEqual({ min: 270, max: 300 });
    for (const hedge of ["mehr als", "über", "gut", "mindestens", "wenigstens"]) expect(toleranceRange(300, true, hedge)).toEqual({ min: 300, max: 330 });
    // "seit bald vier Jahren": three or four, not five.
    expect(toleranceRange(4, true, "bald")).toEqual({ min: 3, max: 4 });
  });

  it("finds the hedge right before a figure, 'bald' only after a preposition", () => {
    const hedgeOf = (text: string) => hedgeBefore(text, text.search(/\d/u));
    expect(hedgeOf("Es kamen gut 300 Gäste.")).toBe("gut");
    expect(hedgeOf("Es kamen mehr als 300 Gäste.")).toBe("mehr als");
    expect(hedgeOf("Die Stadt ist seit bald 4 Jahren befreit.")).toBe("bald");
    expect(hedgeOf("Die Regierung will bald 300 Soldaten schicken.")).toBeUndefined();
    expect(hedgeOf("Es war gut. 300 Gäste kamen.")).toBeUndefined();
  });

  it("finds the scale word a figure is written with", () => {
    expect(scaleOf("rund 1,8 Milliarden")?.factor).toBe(1e9);
    expect(scaleOf("160 Mio.")?.plural).toBe("Millionen");
    expect(scaleOf("rund 14.000")).toBeUndefined();
  });

  it("turns a role as the text inflects it into one that follows 'ist'", () => {
    expect(predicativeRole("britische Verteidigungsminister")).toBe("britischer Verteidigungsminister");
    expect(predicativeRole("politischen Direktor im Auswärtigen Amt")).toBe("politischer Direktor im Auswärtigen Amt");
    expect(predicativeRole("US-Sonderbeauftragte")).toBe("US-Sonderbeauftragter");
    expect(predicativeRole("Frankreichs Verteidigungsminister")).toBe("Frankreichs Verteidigungsminister");
    expect(predicativeRole("der irakische Premierminister")).toBe("irakischer Premierminister");
    expect(predicativeRole("Koordinator für Terrorismusbekämpfung der US-Regierung")).toBe("Koordinator für Terrorismusbekämpfung der US-Regierung");
    expect(predicativeRole("stellvertretenden Regierungssprecherin")).toBe("stellvertretende Regierungssprecherin");
    // A source that drops a word ("Sonderbeauftragte [für] die Koalition"): the role ends at the stray article.
    expect(predicativeRole("US-Sonderbeauftragte die Anti-IS-Koalition")).toBe("US-Sonderbeauftragter");
    expect(predicativeRole("Sonderbeauftragte für die Anti-IS-Koalition")).toBe("Sonderbeauftragter für die Anti-IS-Koalition");
  });

  it("puts articles where German needs them", () => {
    expect(withArticle("Anti-IS-Koalition")).toBe("die Anti-IS-Koalition");
    expect(withArticle("Nordatlantikrat")).toBe("der Nordatlantikrat");
    expect(withArticle("Verteidigungsbündnis")).toBe("das Verteidigungsbündnis");
    expect(countryPhrase("Irak", "acc")).toBe("den Irak");
    expect(countryPhrase("Türkei", "nom")).toBe("die Türkei");
    expect(countryPhrase("USA", "acc")).toBe("die USA");
    expect(countryPhrase("Syrien", "acc")).toBe("Syrien");
    expect(nominativePlural("Verteidigungsministern")).toBe("Verteidigungsminister");
    expect(nominativePlural("Soldaten")).toBe("Soldaten");
  });
});
