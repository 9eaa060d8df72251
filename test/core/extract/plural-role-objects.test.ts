/** People of an office in the plural after the verb ("glauben die Forscher Lawinen ...") end before the verb's object: an office's noun in "-er" is no adjective of a name. */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const actorsOf = (text: string) => extractFacts(text).actions.map((action) => action.actor.text);

describe("a bare plural object after people of an office", () => {
  it("is not read into the actor", () => {
    const text =
      "Muren in Salzburg\n\nSalzburg – Im Pinzgau gingen am Wochenende mehrere Muren ab. Seit Jahren versuchen die Geologen Muren früher zu erkennen. " +
      "Seit Monaten hoffen die Forscher Unwetter genauer vorhersagen zu können. Landesrat Peter Gruber lobte die Arbeit.";
    const actors = actorsOf(text);
    expect(actors.filter((actor) => /Muren|Unwetter/u.test(actor))).toEqual([]);
  });

  it("keeps a capitalised adjective's name going ('Der Oberste Gerichtshof')", () => {
    const text = "Urteil in Wien\n\nWien – Am Montag hat der Oberste Gerichtshof das Urteil bestätigt. Der Angeklagte muss nun in Haft.";
    expect(actorsOf(text)).toContain("der Oberste Gerichtshof");
  });
});
