/**
 * Expressions skipped where a plain search for the words they cannot match without finds none (a speed measure):
 * wherever an expression matches, its guard lets it run; and the country adjectives are all still found behind
 * their filter of openings.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SOURCE_POINTER, SOURCE_POINTER_WORDS } from "../../../src/extract/actions";
import { isCountryAdjective } from "../../../src/extract/countries";
import { ADJECTIVE_ENDINGS, COUNTRY_ADJECTIVE_STEMS } from "../../../src/extract/data/countries";
import { MEETING_VERB_WORDS, MEETING_VERBS } from "../../../src/extract/data/meetings";
import { GUARDED_CONSEQUENCE } from "../../../src/generate/standalone";

/** Texts of `parts` in any order and case: the words of an expression, their neighbours and marks. */
const textsOf = (parts: readonly string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...parts), fc.boolean()), { maxLength: 8 })
    .map((pieces) => pieces.map(([part, upper]) => (upper ? part.charAt(0).toUpperCase() + part.slice(1) : part)).join(""));
const MARKS = [" ", "  ", "\u00a0", ",", ".", "-", "2", "ä", "„", "“"];
/** Whether `guard` finds a word in every text `expression` matches in (a fresh copy: global expressions keep a lastIndex). */
const guards = (guard: RegExp, expression: RegExp) => (text: string) =>
  !new RegExp(expression.source, expression.flags.replace("g", "")).test(text) || guard.test(text);

describe("guards of expressions by their words", () => {
  it("lets SOURCE_POINTER run wherever it matches", () => {
    const parts = ["nach", "diesen", "den", "seinen", "ihren", "Angaben", "angaben", "zufolge", "demnach", "dem", "nach", ...MARKS];
    fc.assert(fc.property(textsOf(parts), guards(SOURCE_POINTER_WORDS, SOURCE_POINTER)));
    expect(guards(SOURCE_POINTER_WORDS, SOURCE_POINTER)("Die Polizei habe demnach 921 Delikte registriert.")).toBe(true);
    expect(SOURCE_POINTER_WORDS.test("Die Polizei hat 921 Delikte registriert.")).toBe(false);
  });

  it("lets MEETING_VERBS run wherever it matches", () => {
    const parts = ["treffen", "trafen", "traf", "trifft", "sich", "kommen", "kamen", "kam", "kommt", "zusammen", "tagen", "tagten", "tagt", "am", ...MARKS];
    fc.assert(fc.property(textsOf(parts), guards(MEETING_VERB_WORDS, MEETING_VERBS)));
    expect(MEETING_VERB_WORDS.test("Die Minister kamen in Rom zusammen.")).toBe(true);
    expect(MEETING_VERB_WORDS.test("Die Minister reisten nach Rom.")).toBe(false);
  });

  it("lets the expression of consequences ('deshalb', 'daher') run wherever it matches", () => {
    const [expression, words] = GUARDED_CONSEQUENCE;
    const parts = ["trotzdem", "dennoch", "deshalb", "deswegen", "daher", "darum", "daraufhin", "folglich", "da", "her", "um", ...MARKS];
    fc.assert(fc.property(textsOf(parts), guards(words, expression)));
    expect(words.test("Die Bahn hat deshalb neue Züge bestellt.")).toBe(true);
  });
});

describe("country adjectives behind the filter of their openings", () => {
  it("finds every country adjective, in every ending", () => {
    const missed = Object.values(COUNTRY_ADJECTIVE_STEMS)
      .flat()
      .flatMap((stem) => ADJECTIVE_ENDINGS.map((ending) => stem + ending))
      .filter((adjective) => !isCountryAdjective(adjective));
    expect(missed).toEqual([]);
  });

  it("finds none in words that only open or end like one", () => {
    expect(isCountryAdjective("die")).toBe(false);
    expect(isCountryAdjective("deutschland")).toBe(false);
    expect(isCountryAdjective("russ")).toBe(false);
  });
});
