/**
 * Scholars of the sciences and the healing professions introduced by their discipline ("der Meeresbiologe Paul
 * Steiner", "mit dem Evolutionsbiologen Karl Brandl", "die Psychotherapeutin Eva Lindner") are persons with that role;
 * the same nouns in the plural after "die" ("haben die Biologen herausgefunden") stay a group of people who act.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const REPORT = `Neue Studie zu Korallen

Wien – Korallen erholen sich schneller als gedacht, sagte der Meeresbiologe Paul Steiner am Montag. Die Psychotherapeutin Eva Lindner und der Physiker Jan Kowalski prüften die Daten. Steiner arbeitete dafür mit dem Evolutionsbiologen Karl Brandl zusammen.`;

describe("a scholar introduced by a discipline of the sciences", () => {
  it("is a person with that role, also after an inflected role noun", () => {
    const persons = extractFacts(REPORT).persons;
    expect(persons.find((person) => person.surname === "Steiner")).toMatchObject({ role: "Meeresbiologe" });
    expect(persons.find((person) => person.surname === "Lindner")).toMatchObject({ role: "Psychotherapeutin", gender: "female" });
    expect(persons.find((person) => person.surname === "Kowalski")).toMatchObject({ role: "Physiker" });
    expect(persons.find((person) => person.surname === "Brandl")?.role).toMatch(/^Evolutionsbiologe/u);
  });

  it("in the plural after 'die' is a group that acts, no office", () => {
    const text =
      "Meisen singen\n\nGraz – In ihren Versuchen haben die Biologen herausgefunden, dass Meisen im Takt singen. Die Vögel wurden ein Jahr lang beobachtet.";
    expect(extractFacts(text).actions.map((action) => action.actor.text)).toContain("die Biologen");
  });
});
