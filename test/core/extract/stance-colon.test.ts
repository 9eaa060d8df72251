/**
 * The words after the colon of a deed that takes a stand in words ("X verteidigte die Regeln: Wir werden ..."), on
 * short texts written for the test.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

describe("words after the colon of a deed that takes a stand", () => {
  it("gives words in the first person after the colon to the deed's actor, and keeps the deed", () => {
    const text =
      "Der Streit um die Armee geht weiter. Verteidigungsminister Moshe Kahn verteidigte zugleich die Regeln der Armee: Wir werden kein Fehlverhalten zulassen.";
    const facts = extractFacts(text);
    expect(facts.quotes).toHaveLength(1);
    expect(facts.quotes[0]).toMatchObject({ person: "Kahn", verb: "verteidigte", direct: false, quote: { text: "Wir werden kein Fehlverhalten zulassen" } });
    expect(facts.actions.map((action) => action.verb.text)).toEqual(["verteidigte"]);
  });

  it("gives words with a verb of reported speech or in quotation marks after the colon to the actor", () => {
    const [reported] = extractFacts("Kommissarin Eva Lind warb für Verständnis: Die Verhandlungen seien offener geworden.").quotes;
    expect(reported).toMatchObject({ person: "Lind", quote: { text: "Die Verhandlungen seien offener geworden" } });
    const [quoted] = extractFacts("Die Regierung verteidigte den Plan: „Das Land braucht neue Straßen“.").quotes;
    expect(quoted).toMatchObject({ speaker: { text: "Die Regierung" }, direct: true, quote: { text: "Das Land braucht neue Straßen" } });
  });

  it("takes no words without a mark of speech, after a deed of another kind, or of 'er'", () => {
    expect(extractFacts("Bürgermeister Karl Huber verteidigte den Plan: Die Brücke soll im Mai fertig sein.").quotes).toEqual([]);
    expect(extractFacts("Bürgermeister Karl Huber eröffnete die Brücke: Wir sind stolz.").quotes).toEqual([]);
    expect(extractFacts("Karl Huber kam am Montag. Er verteidigte den Plan: Wir brauchen die Brücke.").quotes).toEqual([]);
  });
});
