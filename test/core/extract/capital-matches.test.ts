/**
 * The hand-written ends of the expressions tried at capitals (MatchEnd, src/extract/text.ts) find what the
 * expressions find: on German sentences and on strings of letters, marks and characters beyond Latin-1 mixed at random.
 */
import { describe, expect, it } from "vitest";
import { NOT_ADJECTIVES } from "../../../src/extract/data/grammar";
import { isAdjectiveLike, type MatchEnd, matchesAtCapitals } from "../../../src/extract/text";
import { CAPITALISED_AT, capitalisedEnd, shownName } from "../../../src/generate/persons";
import { NOUN_AT, nounEnd } from "../../../src/generate/terms";

const SENTENCES = [
  "Der Holocaust-Gedenktag am 27. Jänner erinnert an die Befreiung von Auschwitz-Birkenau.",
  "„Die Südamerika-Reise“ – so nannte Außenminister Heiko Maas seine Tour; O'Brien und Mikl-Leitner kamen mit.",
  "Die Bundes-Regierung, die EU-Kommission und Łódź: Straßen-Bahn-Ausbau 2017 ging weiter…",
  "Präsident Recep Tayyip Erdoğan sagte, die Türkei werde Schritt für Schritt vorgehen.",
];

/** Strings of characters the ends judge by class and of those they leave to the expression. */
function randomStrings(count: number): string[] {
  const alphabet = [..."AaBbZzÄäÖößÀÞþÿµªº×÷0123456789²¼-'’ \u00a0\t.,„“–…ŁłĞğ\u0301\u2003", "\u{1D400}", "\u{1D41A}", "\ud835"];
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  return Array.from({ length: count }, () => {
    let text = "";
    for (let length = 1 + Math.floor(next() * 20); length > 0; length--)
      text += next() < 0.5 ? "abcdeg"[Math.floor(next() * 6)] : alphabet[Math.floor(next() * alphabet.length)];
    return text;
  });
}

const PATTERNS: [string, RegExp, MatchEnd][] = [
  ["NOUN_AT", NOUN_AT, nounEnd],
  ["CAPITALISED_AT", CAPITALISED_AT, capitalisedEnd],
];

describe("matches at capitals by hand", () => {
  for (const [name, sticky, end] of PATTERNS) {
    it(`finds what ${name} finds`, () => {
      for (const text of [...SENTENCES, ...randomStrings(20000)]) {
        expect(matchesAtCapitals(sticky, text, undefined, end), text).toEqual(matchesAtCapitals(sticky, text));
      }
    });
  }
});

describe("words judged by hand", () => {
  it("takes as adjective-like what its expression takes", () => {
    const expression = /^\p{Ll}[\p{Ll}-]*(?:e|en|er|es|em)$/u;
    for (const word of [
      "e",
      "ee",
      "en",
      "een",
      "britische",
      "politischen",
      "deutsch-französische",
      "-en",
      "Neue",
      ...NOT_ADJECTIVES,
      ...randomStrings(20000),
    ]) {
      expect(isAdjectiveLike(word), word).toBe(expression.test(word) && !NOT_ADJECTIVES.has(word));
    }
  });

  it("mends names as the expressions did", () => {
    const mended = (name: string) =>
      /-\s|\s\s|[^\S ]|^\s|\s$/u.test(name)
        ? name
            .replace(/(?<=\p{L})-\s+(?=\p{Lu})/gu, "-")
            .replace(/\s+/gu, " ")
            .trim()
        : name;
    for (const name of ["al- Kadhimi", "Angela  Merkel", " Merkel", "Merkel ", "Frank-Walter\u00a0Steinmeier", ...randomStrings(20000)]) {
      expect(shownName(name), name).toBe(mended(name));
    }
  });
});
