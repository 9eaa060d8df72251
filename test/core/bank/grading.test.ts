/** Grading semantics agreed with the generator, on questions built here (the bank may not hold every edge case). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradeAnswer, matchClozeAnswer, normalizeClozeText, parseGermanNumber, parseNumericAnswer, textsHedge, withinOneEdit } from "../../../src/bank/grade";
import { Question } from "../../../src/bank/schema";

const evidence = { documentId: "d", passageId: "p1", start: 0, end: 5, quote: "Hallo" };
const base = { id: "q_00000000", documentId: "d", topic: "quantity", stem: "Frage?", fact: "f", salience: 0.5, evidence, moreEvidence: [] } as const;
const options = ["a", "b", "c", "d"].map((id) => ({ id, text: `Option ${id}` }));

const single = Question.parse({ ...base, type: "single", options, answer: "b" });
const multi = Question.parse({ ...base, type: "multi", options, answers: ["a", "c"] });
const numeric = Question.parse({ ...base, type: "numeric", answer: 14000, min: 13500, max: 14500, answerText: "rund 14.000" });
const decimal = Question.parse({ ...base, type: "numeric", answer: 1.8, min: 1.8, max: 1.8, answerText: "1,8" });
const truefalse = Question.parse({ ...base, type: "truefalse", statement: "Es regnet.", answer: false });
const cloze = Question.parse({ ...base, type: "cloze", before: "Es waren ", after: " Menschen.", answer: "19.000", accept: ["neunzehntausend"] });
const clozeOf = (question: Question) => {
  if (question.type !== "cloze") throw new Error("expected a gap text");
  return question;
};
const placeGap = clozeOf(Question.parse({ ...base, type: "cloze", before: "Das Treffen fand in ", after: " statt.", answer: "Washington", accept: [] }));
const shortGap = Question.parse({ ...base, type: "cloze", before: "Das Treffen fand in ", after: " statt.", answer: "Rom", accept: [] });
const dateGap = Question.parse({ ...base, type: "cloze", before: "Im Jahr ", after: " begann es.", answer: "2014", accept: ["Mai 2014"] });

describe("parseGermanNumber", () => {
  it.each([
    ["14.000", 14000],
    ["1,8", 1.8],
    ["19 000", 19000],
    ["19\u00a0000", 19000],
    ["1.234.567,5", 1234567.5],
    ["1.8", 1.8],
    ["-3", -3],
    ["250", 250],
  ])("reads %s as %d", (input, value) => expect(parseGermanNumber(input)).toBe(value));

  it.each(["", "abc", "14.00.0", "1,2,3", "12a"])("rejects %j", (input) => expect(parseGermanNumber(input)).toBeNull());
});

describe("parseNumericAnswer", () => {
  it.each([
    ["83 Staaten", "Staaten", 83],
    ["83 staaten.", "Staaten", 83],
    ["1,8 Millionen Euro", "Millionen Euro", 1.8],
    ["1,8 Millionen", "Millionen Euro", 1.8],
    ["1,8 Mio. Euro", "Millionen Euro", 1.8],
    ["62 %", "Prozent", 62],
    ["62%", "Prozent", 62],
    ["19 000 Luftschläge", "Luftschläge", 19000],
    ["14.000", undefined, 14000],
    ["sieben", undefined, 7],
    ["Zwölf Prozent", "Prozent", 12],
    ["dreissig", undefined, 30],
    // The text's hedge, copied with the figure.
    ["rund 40", "Außen- und Verteidigungsminister", 40],
    ["etwa 250 Soldatinnen und Soldaten", "Soldatinnen und Soldaten", 250],
    ["ca. 15.000", undefined, 15000],
    ["Rund 1,8 Milliarden Dollar", "Milliarden Dollar", 1.8],
  ])("reads %j with unit %j as %d", (input, unit, value) => expect(parseNumericAnswer(input, unit)).toBe(value));

  it.each([
    ["83 Länder", "Staaten"],
    ["1,8 Euro", "Millionen Euro"],
    ["83 Staaten", undefined],
    ["Staaten 83", "Staaten"],
    ["83 Staaten mehr", "Staaten"],
    ["sieben Länder", "Staaten"],
    ["siebenmal", undefined],
    ["mehr als 40", undefined],
    ["rund", undefined],
  ])("rejects %j with unit %j", (input, unit) => expect(parseNumericAnswer(input, unit)).toBeNull());

  it("reads the figure typed with the bound the text puts before it, and no other bound", () => {
    const answerText = "mehr als 700 Instituten";
    const hedge = textsHedge(answerText);
    expect(parseNumericAnswer("mehr als 700", "Instituten", hedge)).toBe(700);
    expect(parseNumericAnswer("Mehr als 700 Instituten", "Instituten", hedge)).toBe(700);
    expect(parseNumericAnswer("rund 700", "Instituten", hedge)).toBe(700);
    expect(parseNumericAnswer("über 700", "Instituten", hedge)).toBeNull();
    expect(parseNumericAnswer("weniger als 700", "Instituten", hedge)).toBeNull();
    expect(parseNumericAnswer("mehr als 40", undefined, textsHedge("40"))).toBeNull();
    expect(parseNumericAnswer("bis zu 300", undefined, textsHedge("bis zu 300 Soldaten"))).toBe(300);
  });
});

describe("parseNumericAnswer: scale abbreviations and the unit in another case", () => {
  it.each([
    ["15 Tsd.", undefined, 15_000],
    ["15 tsd", undefined, 15_000],
    ["1,5 Tsd. Euro", "Euro", 1500],
    ["4 Jahre", "Jahren", 4],
    ["4 Jahr", "Jahren", 4],
    ["4 Jahres", "Jahren", 4],
    ["83 Staat", "Staaten", 83],
    ["12 Ländern", "Länder", 12],
    ["3 Wochen", "Woche", 3],
    ["1,8 Milliarden Dollars", "Milliarden Dollar", 1.8],
  ])("reads %j with unit %j as %d", (input, unit, value) => expect(parseNumericAnswer(input, unit)).toBe(value));

  it.each([
    ["4 Monate", "Jahren"],
    ["4 Jahrzehnte", "Jahren"],
    ["4 Jahrhunderten", "Jahren"],
    ["15 Tsd. Länder", "Staaten"],
    ["15 Tsd. Stück", undefined],
    // Nouns that differ by -er are other nouns, not case forms.
    ["5.000 Besuche", "Besucher"],
    ["40 Spiele", "Spieler"],
  ])("rejects %j with unit %j", (input, unit) => expect(parseNumericAnswer(input, unit)).toBeNull());

  const CASE_ENDINGS = ["", "e", "n", "en", "s", "es"];
  /** Units of the bank and their stems, no stem the beginning of another's form. */
  const NOUNS = [
    ["Jahr", "Jahren"],
    ["Monat", "Monaten"],
    ["Woche", "Wochen"],
    ["Tag", "Tagen"],
    ["Staat", "Staaten"],
    ["Länder", "Ländern"],
    ["Mitglieder", "Mitgliedern"],
    ["Soldat", "Soldaten"],
    ["Mensch", "Menschen"],
    ["Luftschläge", "Luftschlägen"],
  ] as const;

  it("reads a figure with the unit in any case form of the same noun", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NOUNS), fc.constantFrom(...CASE_ENDINGS), fc.integer({ min: 0, max: 1_000_000 }), ([stem, unit], ending, n) => {
        expect(parseNumericAnswer(`${n} ${stem}${ending}`, unit)).toBe(n);
      }),
    );
  });

  it("never reads a figure with another noun as the unit", () => {
    const pairs = NOUNS.flatMap((typed) => NOUNS.filter((expected) => expected !== typed).map((expected) => [typed[0], expected[1]] as const));
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.constantFrom(...CASE_ENDINGS), fc.integer({ min: 0, max: 1_000_000 }), ([stem, unit], ending, n) => {
        expect(parseNumericAnswer(`${n} ${stem}${ending}`, unit)).toBeNull();
      }),
    );
  });

  it("reads a figure with Tsd. as with Tausend", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom("Tsd.", "Tsd", "tsd."), (n, abbreviation) => {
        expect(parseNumericAnswer(`${n} ${abbreviation}`)).toBe(n * 1000);
        expect(parseNumericAnswer(`${n} ${abbreviation}`)).toBe(parseNumericAnswer(`${n} Tausend`));
      }),
    );
  });
});

describe("gradeAnswer", () => {
  it("single: the option id", () => {
    expect(gradeAnswer(single, { type: "single", choice: "b" })).toBe(1);
    expect(gradeAnswer(single, { type: "single", choice: "a" })).toBe(0);
  });

  it("multi: partial credit max(0, (right - wrong) / right options)", () => {
    expect(gradeAnswer(multi, { type: "multi", choices: ["a", "c"] })).toBe(1);
    expect(gradeAnswer(multi, { type: "multi", choices: ["a"] })).toBe(0.5);
    expect(gradeAnswer(multi, { type: "multi", choices: ["a", "c", "d"] })).toBe(0.5);
    expect(gradeAnswer(multi, { type: "multi", choices: ["a", "b", "d"] })).toBe(0);
    expect(gradeAnswer(multi, { type: "multi", choices: [] })).toBe(0);
  });

  it("numeric: inside [min, max], bounds included", () => {
    expect(gradeAnswer(numeric, { type: "numeric", value: 13500, typed: "13.500" })).toBe(1);
    expect(gradeAnswer(numeric, { type: "numeric", value: 14500, typed: "14.500" })).toBe(1);
    expect(gradeAnswer(numeric, { type: "numeric", value: 14501, typed: "14.501" })).toBe(0);
    expect(gradeAnswer(decimal, { type: "numeric", value: parseGermanNumber("1,8")!, typed: "1,8" })).toBe(1);
  });

  it("truefalse: the boolean", () => {
    expect(gradeAnswer(truefalse, { type: "truefalse", value: false })).toBe(1);
    expect(gradeAnswer(truefalse, { type: "truefalse", value: true })).toBe(0);
  });

  it("cloze: normalised text against answer and accept[]", () => {
    for (const text of ["19.000", "19000", "19 000", " 19.000 ", "neunzehntausend", "Neunzehntausend", "„19.000“"]) {
      expect(gradeAnswer(cloze, { type: "cloze", text }), text).toBe(1);
    }
    for (const text of ["19", "190.00", "", "neunzehn"]) expect(gradeAnswer(cloze, { type: "cloze", text }), text).toBe(0);
  });

  it("cloze: a name given with its abbreviation in brackets accepts either alone, never a part of it", () => {
    const named = Question.parse({
      ...base,
      type: "cloze",
      before: "Die Verluste der ",
      after: " wachsen.",
      answer: "Banca Agricola di Lodi (BAL)",
      accept: [],
    });
    for (const text of ["Banca Agricola di Lodi (BAL)", "Banca Agricola di Lodi", "BAL", "bal", "Banca Agricola di Lodi(BAL)"]) {
      expect(gradeAnswer(named, { type: "cloze", text }), text).toBe(1);
    }
    for (const text of ["Banca", "Banca Agricola", "Lodi", "(BAL)"]) expect(gradeAnswer(named, { type: "cloze", text }), text).toBe(0);
    // In brackets after a place, another place: not a second form of it.
    const placed = Question.parse({ ...base, type: "cloze", before: "Das Treffen fand in ", after: " statt.", answer: "Wien (Österreich)", accept: [] });
    expect(gradeAnswer(placed, { type: "cloze", text: "Wien" })).toBe(0);
    expect(gradeAnswer(placed, { type: "cloze", text: "Österreich" })).toBe(0);
  });

  it("cloze: umlauts and ß spelled out as German writes them without (a keyboard without them, Swiss spelling)", () => {
    const gap = (answer: string) => Question.parse({ ...base, type: "cloze", before: "Es sprach ", after: ".", answer, accept: [] });
    for (const [answer, typed] of [
      ["Außenministerin", "Aussenministerin"],
      ["Müller", "Mueller"],
      ["Köln", "KOELN"],
      ["Grünen-Fraktion", "Gruenen-Fraktion"],
      ["Straße", "Strasse"],
    ]) {
      expect(gradeAnswer(gap(answer!), { type: "cloze", text: typed! }), typed).toBe(1);
      expect(matchClozeAnswer(clozeOf(gap(answer!)), typed!)).toMatchObject({ exact: true });
    }
    // Still a letter each: an umlaut spelled out is no typo to forgive in a short word, and another word stays wrong.
    expect(gradeAnswer(gap("Köln"), { type: "cloze", text: "Koelm" })).toBe(0);
    expect(gradeAnswer(gap("Müller"), { type: "cloze", text: "Maier" })).toBe(0);
  });

  it("cloze: one typo is forgiven in answers of five letters or more, never in figures", () => {
    for (const text of ["Washingotn", "Washingtn", "Washingtonn", "Waschington", "washington"]) {
      expect(gradeAnswer(placeGap, { type: "cloze", text }), text).toBe(1);
    }
    for (const text of ["Wahsingotn", "Washing", "Vashingtn"]) expect(gradeAnswer(placeGap, { type: "cloze", text }), text).toBe(0);
    expect(gradeAnswer(shortGap, { type: "cloze", text: "Rim" })).toBe(0);
    expect(gradeAnswer(dateGap, { type: "cloze", text: "2015" })).toBe(0);
    expect(gradeAnswer(dateGap, { type: "cloze", text: "Mai 2015" })).toBe(0);
    expect(gradeAnswer(dateGap, { type: "cloze", text: "Mia 2014" })).toBe(0); // "mai 2014" has only three letters
    expect(matchClozeAnswer(placeGap, "Washingotn")).toEqual({ accepted: "Washington", exact: false });
    expect(matchClozeAnswer(placeGap, " WASHINGTON ")).toEqual({ accepted: "Washington", exact: true });
  });

  it("withinOneEdit is the Damerau-Levenshtein distance of at most one", () => {
    expect(withinOneEdit("abcdef", "abcdef")).toBe(true);
    expect(withinOneEdit("abcdef", "abdcef")).toBe(true);
    expect(withinOneEdit("abcdef", "abcef")).toBe(true);
    expect(withinOneEdit("abcdef", "abcxdef")).toBe(true);
    expect(withinOneEdit("abcdef", "abxdef")).toBe(true);
    expect(withinOneEdit("abcdef", "badcef")).toBe(false);
    expect(withinOneEdit("abcdef", "abcfed")).toBe(false);
    expect(withinOneEdit("Müller", "Mülelr")).toBe(true);
  });

  it("a response of another type scores 0", () => {
    expect(gradeAnswer(single, { type: "multi", choices: ["b"] })).toBe(0);
    expect(gradeAnswer(cloze, { type: "numeric", value: 19000, typed: "19000" })).toBe(0);
  });

  it("normalizeClozeText folds case, whitespace and thousands separators", () => {
    expect(normalizeClozeText("  Anti-IS   Koalition ")).toBe("anti-is koalition");
    expect(normalizeClozeText("1.234.567")).toBe("1234567");
  });
});
