/** A noun in the genitive before a name ("des Mehrheitseigners Tswetan Wassilew") stands beside the person's name, it is no part of it. */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const namesOf = (text: string) => extractFacts(text).persons.map((person) => person.name);

describe("a genitive noun before a name", () => {
  it("is left out of the name after a possessive or an article", () => {
    const text =
      "Bank in Not\n\nSofia – Die Prüfer durchsuchen die Konten der Bank und ihres Mehrheitseigners Tswetan Wassilew. " +
      "Wassilew bestreitet alle Vorwürfe. Die Anwälte des Hauptaktionärs Radko Dimow schwiegen. Dimow war nicht zu erreichen.";
    const names = namesOf(text);
    expect(names).toContain("Tswetan Wassilew");
    expect(names).toContain("Radko Dimow");
    expect(names.filter((name) => name.includes("Mehrheitseigners") || name.includes("Hauptaktionärs"))).toEqual([]);
  });

  it("keeps a given name in '-s' after the article as the name's first word", () => {
    const text = "Die Regierung des Alexis Tsipras verliert Stimmen. Tsipras sagte am Montag, er bleibe im Amt.";
    expect(namesOf(text).filter((name) => name.endsWith("Tsipras") && name !== "Alexis Tsipras")).toEqual([]);
  });
});
