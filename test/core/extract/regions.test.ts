/** States, Länder and cantons as places, on texts written for the test (src/extract/data/regions.ts). */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const placesOf = (text: string) => extractFacts(text).places.map(({ name, country, kind }) => ({ name, country, kind }));

describe("regions", () => {
  it("finds the states a ranking names, each with its country", () => {
    const text = "Sachsen ist Spitzenreiter bei den Anschlägen. Dahinter rangieren Nordrhein-Westfalen (17), Baden-Württemberg (10) und Bayern (8).";
    expect(placesOf(text)).toEqual([
      { name: "Sachsen", country: "DE", kind: "region" },
      { name: "Nordrhein-Westfalen", country: "DE", kind: "region" },
      { name: "Baden-Württemberg", country: "DE", kind: "region" },
      { name: "Bayern", country: "DE", kind: "region" },
    ]);
  });

  it("takes a state that shares its capital's name for the city, once", () => {
    const text = "480 Personen lebten in Zelten, je 200 in Salzburg und in Krumpendorf (Kärnten) und 50 im Burgenland. Auch Salzburg will helfen.";
    expect(placesOf(text)).toEqual([
      { name: "Salzburg", country: "AT", kind: undefined },
      { name: "Kärnten", country: "AT", kind: "region" },
      { name: "Burgenland", country: "AT", kind: "region" },
    ]);
    expect(extractFacts(text).places[0]!.mentions).toHaveLength(2);
  });

  it("finds cantons and states of two words", () => {
    const text = "Die Kantone Appenzell Innerrhoden und Basel-Stadt stimmten zu. In North Carolina wird noch gezählt.";
    expect(placesOf(text).map((place) => `${place.name}:${place.country}`)).toEqual(["Appenzell Innerrhoden:CH", "Basel-Stadt:CH", "North Carolina:US"]);
  });

  it("reads a state's name that is also a given name before a name as the name's, after 'in' as the state", () => {
    expect(placesOf("Ein Beispiel: Tennessee Whiskey. Auch Virginia Raggi kam.")).toEqual([]);
    expect(placesOf("Die Stichwahl in Georgia Anfang Jänner entscheidet über die Mehrheit.")).toEqual([{ name: "Georgia", country: "US", kind: "region" }]);
  });

  it("takes no state for a person ('Tennessee Whiskey'), but keeps a person a given name and other evidence name", () => {
    const names = (text: string) => extractFacts(text).persons.map((person) => person.name);
    expect(names("Für geschützte Herkunft gibt es nur wenige Fälle. Ein Beispiel: Tennessee Whiskey. Für Schultes ist das zu wenig.")).toEqual([]);
    expect(names("Am Montag trat Virginia Raggi zurück. Raggi hatte die Stadt drei Jahre regiert.")).toEqual(["Virginia Raggi"]);
  });
});
