/** Words attributed after them by a verb of a reply or an objection ("..., konterte X."), on short texts written for the test. */
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
