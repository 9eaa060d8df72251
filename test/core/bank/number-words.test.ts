/** Figures a learner types in words or with a scale word: every number below a million spelled out, and the forms people type. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberWordValue, parseNumericAnswer } from "../../../src/bank/grade";

// German number words written out by the rules of the language, for the round trip below.
const ONES = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];
const TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"];
const TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];

function spellBelowHundred(n: number, alone: boolean): string {
  if (n === 1) return alone ? "eins" : "ein";
  if (n < 10) return ONES[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const ones = n % 10;
  return ones === 0 ? TENS[Math.floor(n / 10)]! : `${ONES[ones]}und${TENS[Math.floor(n / 10)]}`;
}

function spellBelowThousand(n: number, alone: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 0 ? "" : `${hundreds === 1 ? "ein" : ONES[hundreds]}hundert`;
  return head + (rest === 0 ? "" : spellBelowHundred(rest, alone));
}

function spell(n: number): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = thousands === 0 ? "" : `${spellBelowThousand(thousands, false)}tausend`;
  return head + (rest === 0 ? "" : spellBelowThousand(rest, true));
}

describe("number words", () => {
  it("reads every number from 1 to 999,999 written out as one word", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => numberWordValue(spell(n)) === n));
    expect(numberWordValue(spell(83))).toBe(83);
    expect(spell(243_517)).toBe("zweihundertdreiundvierzigtausendfünfhundertsiebzehn");
  });

  it.each([
    ["dreiundachtzig", undefined, 83],
    ["Dreiundachtzig Staaten", "Staaten", 83],
    ["fünfzehntausend", undefined, 15_000],
    ["hunderteins", undefined, 101],
    ["dreissigtausend", undefined, 30_000],
    ["15 Tausend", undefined, 15_000],
    ["1,1 Millionen", undefined, 1_100_000],
    ["zwei Millionen Euro", "Euro", 2_000_000],
    ["1,8 Millionen", "Millionen Euro", 1.8],
    ["83.", undefined, 83],
    ["83 Staaten.", "Staaten", 83],
  ])("reads %j with unit %j as %d", (input, unit, value) => expect(parseNumericAnswer(input, unit)).toBe(value));

  it.each([
    ["Hund", undefined],
    ["undachtzig", undefined],
    ["dreiundacht", undefined],
    ["zehnundzwanzig", undefined],
    ["15 Tausend Länder", "Staaten"],
    ["15 Stück", undefined],
    ["tausendtausend", undefined],
    ["83..", undefined],
  ])("rejects %j with unit %j", (input, unit) => expect(parseNumericAnswer(input, unit)).toBeNull());
});
