/**
 * A main clause that closes right before a colon with a particle of stating ("hält fest:", "stellte klar:") or with its
 * verb ("Das Problem ist:") holds what it says after the colon: alone it is no deed. On short texts written for the test.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const deeds = (text: string) => extractFacts(text).actions.map((action) => text.slice(action.clause.start, action.clause.end));

const text = `Neue Regeln für die Bahn

Linz – Die Verkehrsministerin Karin Holzer hält zu den Plänen der Regierung fest: Das dauert noch. Der Landesrat Peter Moser stellte am Montag klar: Die Strecke bleibt offen. Das Problem ist: Es fehlt Geld. Die Ministerin legte am Montag einen Plan vor: Neue Züge sollen kommen. Der Landesrat sagte: Wir warten ab.`;

describe("a clause before a colon", () => {
  it("is no deed where it closes with a particle of stating or with its verb", () => {
    const found = deeds(text);
    expect(found.some((deed) => deed.includes("hält zu den Plänen der Regierung fest"))).toBe(false);
    expect(found.some((deed) => deed.includes("stellte am Montag klar"))).toBe(false);
    expect(found.some((deed) => deed.startsWith("Das Problem ist"))).toBe(false);
  });

  it("stays a deed where its verb holds what was done before the colon", () => {
    expect(deeds(text).some((deed) => deed.includes("legte am Montag einen Plan vor"))).toBe(true);
  });

  it("leaves a verb of saying before a colon to the words it introduces", () => {
    const quotes = extractFacts(text).quotes.map((quote) => text.slice(quote.quote.start, quote.quote.end));
    expect(quotes.some((words) => words.includes("Wir warten ab"))).toBe(true);
  });
});
