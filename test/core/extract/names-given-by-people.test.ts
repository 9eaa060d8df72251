/** A word after "nennen Forscher" is the name people give something, a term, not a person with a role. */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const namesOf = (text: string) => extractFacts(text).persons.map((person) => person.name);

describe("a role noun after a plural verb of naming", () => {
  it("is the subject, the word after it no person", () => {
    const text =
      "Käfer tarnen sich\n\nLinz – Manche Käfer sehen aus wie Ameisen. Diese Art der Täuschung nennen Forscher Mimese. " +
      "Die Forscherin Eva Gruber untersucht sie seit Jahren.";
    expect(namesOf(text)).toEqual(["Eva Gruber"]);
  });

  it("still introduces a person after the singular", () => {
    const text = "Streit um Budget\n\nWien – Als Fehler bezeichnete Außenminister Konrad Haidl den Beschluss. Haidl will nun verhandeln.";
    expect(namesOf(text)).toContain("Konrad Haidl");
  });
});
