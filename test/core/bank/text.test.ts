/**
 * The word filter the quiz draw puts before containsPhrase: it may let a needle through that the text
 * does not hold, never turn one away that containsPhrase finds (else a quiz could show an answer).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsPhrase, foldSpaces, foldText, mayContain, wordBits, wordFilter } from "../../../src/bank/text";

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

describe("foldSpaces and foldText", () => {
  // foldText has its own copy of the scan (for V8's sake): both must stay the regular expression they replace.
  const SPACED = [...PIECES, "A", "Ä", "\t", "\n", "\u2009", "\u3000", "\ufeff"];
  const spaced = fc.array(fc.constantFrom(...SPACED), { maxLength: 14 }).map((pieces) => pieces.join(""));

  it("fold as replace(/\\s+/gu, ' ').trim() does, foldText after lower-casing", () => {
    fc.assert(
      fc.property(spaced, (value) => {
        expect(foldSpaces(value)).toBe(value.replace(/\s+/gu, " ").trim());
        expect(foldText(value)).toBe(value.toLowerCase().replace(/\s+/gu, " ").trim());
      }),
      { numRuns: 3000 },
    );
  });
});
