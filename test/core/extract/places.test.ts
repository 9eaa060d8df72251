/** Cities as places, on texts written for the test: not where a city's name is part of a newspaper's or an institution's. */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const placeMentions = (text: string) => extractFacts(text).places.flatMap((place) => place.mentions.map((mention) => mention.text));

describe("places", () => {
  it("takes a city in a newspaper's name for no place ('in der Washington Post', 'Times of London')", () => {
    expect(placeMentions("Ein Kommentar in der Washington Post lobte den Plan. Die Times of London widersprach.")).toEqual([]);
    expect(placeMentions("Die New York Times berichtete am Montag darüber.")).toEqual([]);
  });

  it("takes the town in a sports club's name for no place and no country ('FC Bayern München', 'AS Monaco'), the town alone for one", () => {
    const text = "Der FC Bayern München spielte beim 1. FC Union Berlin nur 1:1. Ein Stürmer wechselt zur AS Monaco. In Monaco und Berlin regnet es.";
    expect(placeMentions(text)).toEqual(["Berlin"]);
    expect(extractFacts(text).countries.map((country) => country.mentions.map((mention) => mention.text))).toEqual([["Monaco"]]);
  });

  it("takes a region whose name stands without an article for no place after one ('an den Bayern vorbei'), 'die Steiermark' for one", () => {
    expect(placeMentions("Leverkusen zog an den Bayern vorbei. Die Sachsen wählen im Mai. In Bayern regnet es. Die Steiermark spart.")).toEqual([
      "Bayern",
      "Steiermark",
    ]);
  });

  it("keeps a city followed by a capitalised noun or after a preposition", () => {
    expect(placeMentions("Der Präsident führte in Washington Gespräche mit Firmen. Danach flog er nach London.")).toEqual(["Washington", "London"]);
  });
});
