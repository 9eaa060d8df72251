/**
 * Words attributed after them by a verb of a reply or an objection ("..., konterte X."), and reported speech that goes
 * on after a deed that takes a stand past the actor's own unmarked words, on short texts written for the test.
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

describe("reported speech after a deed that takes a stand", () => {
  const deed = "Kanzlerin Eva Lind zeigte sich über den Unfall erschüttert.";
  const reported = "Man müsse die Straßen jetzt sicherer machen.";

  it("goes on with the deed's actor past one or two sentences of their own unmarked words", () => {
    for (const between of ["Wir haben einen solchen Unfall noch nie erlebt.", "Wir haben einen solchen Unfall noch nie erlebt. Das ist furchtbar."]) {
      const quotes = extractFacts(`${deed} ${between} ${reported}`).quotes;
      expect(quotes.map((quote) => [quote.person, quote.quote.text])).toEqual([["Lind", "Man müsse die Straßen jetzt sicherer machen"]]);
    }
  });

  it("stops at a sentence between that names someone else, and after three sentences between", () => {
    expect(extractFacts(`${deed} Minister Paul Berger kam später. ${reported}`).quotes).toEqual([]);
    expect(extractFacts(`${deed} Wir haben einen solchen Unfall noch nie erlebt. Das ist furchtbar. Es ist schlimm. ${reported}`).quotes).toEqual([]);
  });
});
