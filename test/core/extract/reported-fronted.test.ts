/**
 * Reported speech that goes on after its quote in a sentence whose main clause follows a clause put first ("Um ...
 * zu ..., sei es ..."), on short texts written for the test.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

describe("reported speech after a clause put first", () => {
  it("gives a subjunctive main clause after a clause put first and its comma to the quote's speaker before", () => {
    const text =
      "Ministerin Eva Lind sagte, die Lage sei ernst. Um die Krise in der Region zu lösen, brauche es mehr Geld. Was die Schulen betrifft, wolle die Regierung im Herbst einen Plan vorlegen.";
    const quotes = extractFacts(text).quotes;
    expect(quotes.map((quote) => [quote.person, quote.quote.text])).toEqual([
      ["Lind", "die Lage sei ernst"],
      ["Lind", "Um die Krise in der Region zu lösen, brauche es mehr Geld"],
      ["Lind", "Was die Schulen betrifft, wolle die Regierung im Herbst einen Plan vorlegen"],
    ]);
  });

  it("takes no sentence whose subjunctive stands in the clause put first only", () => {
    const text = "Ministerin Eva Lind sagte, die Lage sei ernst. Wenn das Geld fehle, dann gibt es in der Region ein Problem.";
    expect(extractFacts(text).quotes.map((quote) => quote.quote.text)).toEqual(["die Lage sei ernst"]);
  });
});
