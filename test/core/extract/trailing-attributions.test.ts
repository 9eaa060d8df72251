/**
 * Words attributed after them by a verb of a reply or an objection ("..., konterte X.") or of a conviction ("...,
 * zeigte sich X überzeugt."), on short texts written for the test.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

describe("verbs of a reply or an objection after the words", () => {
  it("attribute the words before them to the speaker after them", () => {
    const [quote] = extractFacts("Die Gebühren seien viel zu hoch, monierte Stadtrat Paul Berger am Montag.").quotes;
    expect(quote).toMatchObject({ person: "Berger", verb: "monierte", quote: { text: "Die Gebühren seien viel zu hoch" } });
    const [replied] = extractFacts("Das Projekt werde pünktlich fertig, konterte Bürgermeisterin Anna Wolf.").quotes;
    expect(replied).toMatchObject({ person: "Wolf", verb: "konterte", quote: { text: "Das Projekt werde pünktlich fertig" } });
  });

  it("leave the reply before its words a deed of its actor", () => {
    const facts = extractFacts("Ministerin Eva Lind konterte, dass das Gesetz die Rechte der Gemeinden ausdrücklich schützen werde.");
    expect(facts.quotes).toEqual([]);
    expect(facts.actions.map((action) => [action.person, action.verb.text])).toEqual([["Lind", "konterte"]]);
  });
});

describe("verbs of a conviction after the words", () => {
  const opening = "Bürgermeister Karl Huber eröffnete am Montag die neue Brücke.";
  const said = (sentence: string) => extractFacts(`${opening} ${sentence}`).quotes.map((quote) => [quote.person, quote.quote.text, quote.direct]);

  it("attribute the words before them to the speaker after them, with the adjective of conviction closing the sentence", () => {
    expect(said("„Die Brücke verbindet zwei Stadtteile“, zeigte sich Huber überzeugt.")).toEqual([["Huber", "Die Brücke verbindet zwei Stadtteile", true]]);
    expect(said("Die Brücke werde lange halten, gab sich Huber am Montag zuversichtlich.")).toEqual([["Huber", "Die Brücke werde lange halten", false]]);
    expect(said("Die Brücke werde lange halten, ist sich Huber sicher.")).toEqual([["Huber", "Die Brücke werde lange halten", false]]);
  });

  it("attribute nothing with 'sicher' but no 'sich' (safe, not sure), nor with more than words between speaker and adjective", () => {
    expect(said("Die Brücke werde lange halten, ist Huber sicher.")).toEqual([]);
    expect(said("Mit der neuen Mauer, die 2010 gebaut wurde, ist das Land sicher.")).toEqual([]);
    expect(said("Die Brücke werde lange halten, zeigte sich Huber, der Ingenieur ist, überzeugt.")).toEqual([]);
  });
});
