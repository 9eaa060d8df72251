/** ageOfAgeWord: a person named by age ("der 61-Jährige"), in the forms each finder reads. */
import { describe, expect, it } from "vitest";
import { ageOfAgeWord } from "../../../src/extract/text";

describe("ageOfAgeWord", () => {
  it("reads the age of the noun in the nominative", () => {
    expect(ageOfAgeWord("61-Jährige")).toBe("61");
    expect(ageOfAgeWord("7-Jährige")).toBe("7");
  });

  it("reads another case or the adjective only where the caller asks for it", () => {
    expect(ageOfAgeWord("61-Jährigen")).toBeUndefined();
    expect(ageOfAgeWord("61-Jährigen", { inflected: true })).toBe("61");
    expect(ageOfAgeWord("61-Jähriger", { inflected: true })).toBe("61");
    expect(ageOfAgeWord("61-jährige")).toBeUndefined();
    expect(ageOfAgeWord("61-jährige", { adjective: true })).toBe("61");
    expect(ageOfAgeWord("61-jährigen", { adjective: true })).toBeUndefined();
  });

  it("reads no other word", () => {
    expect(
      ["Jährige", "1234-Jährige", "61-Jährigem", "61-Jahre", "x61-Jährige"].map((word) => ageOfAgeWord(word, { inflected: true, adjective: true })),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
