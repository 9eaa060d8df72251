/** A person of the text named in the genitive ("nach Andrejews Worten"): counted as naming them, kept apart from their mentions. */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const genitivesOf = (text: string, surname: string) => {
  const person = extractFacts(text).persons.find((candidate) => candidate.surname === surname)!;
  return { genitives: person.genitives.map((naming) => naming.text), mentions: person.mentions.map((mention) => mention.text) };
};

describe("a person named in the genitive", () => {
  it("takes the surname or the whole name with an 's' or, after s, x, z or ß, an apostrophe, before or after its noun", () => {
    const text =
      "Der russische Botschafter Sergej Andrejew wurde zitiert. Die Beziehungen sind nach Andrejews Worten schlecht. " +
      "Der Senator Dan Sova wurde angeklagt. Das Parlament lehnte eine Aufhebung der Immunität Sovas ab. " +
      "Der griechische Premier Alexis Tsipras traf Juncker. Tsipras' Regierung will sparen, Tsipras’ Partei verliert. " +
      "Außenminister Jean-Yves Le Drian reiste nach Mali. Le Drians Besuch dauerte zwei Tage.";
    expect(genitivesOf(text, "Andrejew")).toEqual({ genitives: ["Andrejews"], mentions: ["Sergej Andrejew"] });
    expect(genitivesOf(text, "Sova").genitives).toEqual(["Sovas"]);
    expect(genitivesOf(text, "Tsipras").genitives).toEqual(["Tsipras'", "Tsipras’"]);
    expect(genitivesOf(text, "Le Drian").genitives).toEqual(["Le Drians"]);
    for (const person of extractFacts(text).persons) for (const naming of person.genitives) expect(text.slice(naming.start, naming.end)).toBe(naming.text);
  });

  it("takes no word that may mean something else: after an article, after another given name, a given name itself, a city", () => {
    // "die Obamas" is the family: the text uses the word as a noun.
    const family = "US-Präsident Barack Obama reiste ab. Die Obamas wohnen in Washington. Obamas Sprecher schwieg.";
    expect(genitivesOf(family, "Obama").genitives).toEqual([]);
    expect(genitivesOf("US-Präsident Barack Obama reiste ab. Michelle Obamas Rede war kurz.", "Obama").genitives).toEqual([]);
    // "Thomas" is a given name, not Thoma's; "Berlins" the city's.
    expect(genitivesOf("Die Ministerin Anna Thoma sprach. Thomas Müller sagte nichts.", "Thoma").genitives).toEqual([]);
    expect(genitivesOf("Der Manager Tilo Berlin wurde befragt. Berlins Bürgermeister kam nicht.", "Berlin").genitives).toEqual([]);
  });
});
