/**
 * Companies, groups and products the web's and the games' press introduces by their trade ("der Publisher Konami",
 * "das Hacker-Kollektiv Anonymous", "das Studio ..."): the name after the trade is a name, which acts alone later.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const GAMES = `Streit um Spieleserie

Tokio – Der Publisher Konami trennt sich von seinem bekanntesten Entwickler. Konami wollte sich zu den Vorwürfen nicht äußern. Das Hacker-Kollektiv Anonymous griff am Montag mehrere Websites an.`;

describe("a company or group introduced by a trade of the web or of games", () => {
  it("acts by its name alone after the text introduced it", () => {
    const actors = extractFacts(GAMES).actions.map((action) => action.actor.text);
    expect(actors).toContain("Konami");
    expect(actors).toContain("Das Hacker-Kollektiv Anonymous");
  });
});
