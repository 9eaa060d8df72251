/**
 * The country names' patterns (src/extract/countries.ts) are made as a text first needs them, not as the module
 * loads: each costs V8 some 0.15 ms to build, and all 270 of them were some 40 ms of every cold start. On texts
 * written for the test.
 */
import { describe, expect, it } from "vitest";

/** How many regular expressions `load` builds with the RegExp constructor (literals are not counted). */
async function regExpsBuiltBy(load: () => Promise<unknown>): Promise<number> {
  const original = globalThis.RegExp;
  let built = 0;
  globalThis.RegExp = new Proxy(original, {
    construct(target, args) {
      built++;
      return new target(...(args as [string, string?]));
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = original;
  }
  return built;
}

describe("country name patterns", () => {
  it("builds no pattern per country name as the module loads", async () => {
    // A module of its own, loaded here (its imports are loaded already): one pattern per name would be some 270.
    const path = "../../../src/extract/countries?cold";
    expect(await regExpsBuiltBy(() => import(/* @vite-ignore */ path))).toBeLessThan(20);
  });

  it("still finds inflected names, the same name in a second text, and none in a longer word", async () => {
    const { extractFacts } = await import("../../../src/extract/index");
    const countriesOf = (text: string) => extractFacts(text).countries.map((country) => country.iso2);
    expect(countriesOf("Die Regierung Afghanistans lehnte das ab. Auch aus den Niederlanden kam Kritik.")).toEqual(["AF", "NL"]);
    expect(countriesOf("Der Präsident der Vereinigten Staaten reiste nach Kanada.")).toEqual(["US", "CA"]);
    expect(countriesOf("Afghanistan bleibt ein Thema, sagte die Ministerin in Kanada.")).toEqual(["AF", "CA"]);
    // "Kanadagans": a word that only opens like the name.
    expect(countriesOf("Im Park brütet eine Kanadagans.")).toEqual([]);
  });
});
