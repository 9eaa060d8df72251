/**
 * "Die Werbeagentur Young Enterprises": a name after the noun of a trade's agency is a company's, never a person, so
 * never the wrong person in a statement of someone's office ("Young Enterprises ist Bürgermeister von ...").
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const text = `Streit um Werbung in Kindergärten

Die Werbeagentur Grace Media verteilt Malbücher mit Werbung an Kindergärten. Eltern sind empört.

Linz – Die Werbeagentur Grace Media hat im Herbst 20.000 Malbücher an Kindergärten in Oberösterreich verteilt. Auf jeder dritten Seite wirbt ein Unternehmen. Die Elternvertreterin Maria Gruber kritisierte die Aktion scharf. Der Landesrat für Bildung will nun Regeln vorlegen. Gruber ist Bürgermeisterin von Ottensheim im Mühlviertel. Die Agentur wollte sich dazu nicht äußern.`;

describe("a company introduced by its trade's agency noun", () => {
  it("is no person of the text", () => {
    expect(extractFacts(text).persons.map((person) => person.name)).toEqual(["Maria Gruber"]);
  });

  it("is never the wrong holder of a person's office in a statement or option", () => {
    const questions = generateBank([{ id: "agentur", text }])[0]!.questions;
    const words = questions.map((question) =>
      [
        question.stem,
        question.type === "truefalse" ? question.statement : "",
        question.type === "single" ? question.options.map((option) => option.text).join(" / ") : "",
      ].join(" | "),
    );
    expect(words.filter((line) => line.includes("Bürgermeister") && line.includes("Grace Media"))).toEqual([]);
  });
});
