/** wholeWordsAt against the expression with look-arounds it stands for, on words next to letters, digits, hyphens and astral letters. */
import { describe, expect, it } from "vitest";
import { escapeRegExp } from "../../../src/extract/text";
import { JOINS_WORD, JOINS_WORD_OR_HYPHEN, wholeWordsAt } from "../../../src/generate/wholewords";

const byExpression = (text: string, word: string, hyphen: boolean) => {
  const joins = hyphen ? "[\\p{L}\\p{N}-]" : "[\\p{L}\\p{N}]";
  return [...text.matchAll(new RegExp(`(?<!${joins})${escapeRegExp(word)}(?!${joins})`, "gu"))].map((match) => match.index);
};

const TEXTS = [
  "Frankreich und Frankreich-Reise, Frankreichs Lage; (Frankreich) Frankreich",
  "15 Staaten, 150 Staaten, 1,15 Prozent, 15.000 Euro, 15. Mai, x15 15",
  "𝐀Iran Iran𝐀 Iran 𝐀 Iran",
  "aaa aa aa-aa aa",
  "1.1.1 1.1 1.1",
];

describe("wholeWordsAt", () => {
  it("finds what the expression with look-arounds finds", () => {
    for (const text of TEXTS)
      for (const word of ["Frankreich", "15", "1.1", "Iran", "aa", "a"])
        for (const hyphen of [false, true]) {
          expect(wholeWordsAt(text, word, hyphen ? JOINS_WORD_OR_HYPHEN : JOINS_WORD), `${word} in ${text}`).toEqual(byExpression(text, word, hyphen));
        }
  });

  it("stops at the limit", () => {
    expect(wholeWordsAt("Iran, Iran und Iran", "Iran", JOINS_WORD, 1)).toEqual([0]);
  });
});
