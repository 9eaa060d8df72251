/**
 * The word filter the quiz draw puts before containsPhrase: it may let a needle through that the text
 * does not hold, never turn one away that containsPhrase finds (else a quiz could show an answer).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsPhrase, mayContain, wordBits, wordFilter } from "../../../src/bank/text";

/** Letters, digits, umlauts, a letter beyond Latin-1, an astral one, separators and punctuation: short texts with many repeats. */
const PIECES = ["a", "b", "ab", "s", "ä", "ß", "ğ", "1", "14", ".", ",", " ", "  ", "-", "(", ")", "„", "\u00a0", "𝔸", "²"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((pieces) => pieces.join(""));

describe("wordFilter and wordBits", () => {
  it("let every needle through that containsPhrase finds", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (haystack, from, length) => {
        const start = from % (haystack.length + 1);
        const needle = haystack.slice(start, start + (length % 8));
        if (containsPhrase(haystack, needle)) expect(mayContain(wordFilter(haystack), wordBits(needle))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("turn away a word the text does not have", () => {
    expect(mayContain(wordFilter("der berliner senat tagt"), wordBits("berlin"))).toBe(false);
    expect(mayContain(wordFilter("der senat in berlin tagt"), wordBits("berlin"))).toBe(true);
    expect(mayContain(wordFilter("1,5 millionen euro"), wordBits("1,5 millionen"))).toBe(true);
  });
});
