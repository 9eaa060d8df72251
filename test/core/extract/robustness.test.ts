/**
 * The extractor never throws, keeps every span inside the text, and stays linear on pathological
 * input (a catastrophic regex would exceed the test timeout here). No timing is asserted.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import seed002 from "../../../corpus/002_1b9413930cd04c90.txt?raw";
import seed004 from "../../../corpus/004_244a028948b0aebe.txt?raw";
import { extractFacts, type Facts, type Span } from "../../../src/extract/index";

/** Pieces of German news text and of the constructs the extractor looks for, to combine at random. */
// biome-ignore format: a word list, packed for reading
const PIECES = [
  "Außenminister ", "Bundesaußenminister ", "Maas ", "Jean-Yves ", "Le ", "Drian", "al- ", "Kadhimi", "US-", "britische ",
  "Kollege ", "rund ", "mehr als ", "14.000 ", "19 000 ", "1,8 ", "Milliarden ", "Euro", "sieben ", "Menschen", "2014 ",
  "04.06.2020", "14. ", "Juni ", "z. B. ", "u. a. ", "Dr. ", ". ", "! ", "? ", ", ", ": ", "\n", "\n\n", "\r\n", "\t", " ",
  "„", "“", '"', "(", ")", "-", "–", "/", "©", "Lesen Sie auch: ", "Von ", "Foto: ", "Treffen ", "in ", "Rom", "nach ",
  "Washington ", "Videokonferenz ", "persönlich ", "ließ sich von ", "vertreten", "ist nicht ", "gereist ", "sind dabei",
  "sagte ", "Irak", "Iraks ", "irakischen ", "Vereinigten Staaten ", "Niederlanden ", "Die 68 Mitglieder der ", "Anti-IS-Koalition",
  "83 Staaten bilden eine ", "Koalition ", "Prozent ", "%", "date 2017-03 ", "artikel-ansicht/dg/0/", "\u0000", "\u200b",
  "\ud800", "\udc00", "\ud83d\ude00", "\u00a0", "ß", "ẞ", "İ",
];

const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((pieces) => pieces.join(""));
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 2000 }),
  fc.string({ unit: "grapheme", maxLength: 2000 }),
  newsLike,
  fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { maxLength: 50 }).map((codes) => String.fromCharCode(...codes)),
);

function allSpans(facts: Facts): Span[] {
  return [
    ...facts.passages,
    ...facts.passages.flatMap((passage) => passage.sentences),
    ...facts.countries.flatMap((country) => country.mentions),
    ...facts.persons.flatMap((person) => person.mentions),
    ...facts.persons.flatMap((person) => (person.attendanceEvidence ? [person.attendanceEvidence] : [])),
    ...facts.quantities,
    ...facts.quantities.flatMap((quantity) => (quantity.context ? [quantity.context] : [])),
    ...facts.memberCounts,
    ...facts.dates,
    ...facts.meetings,
    ...facts.meetings.flatMap((meeting) => [meeting.placeEvidence, meeting.formatEvidence].filter((span): span is Span => !!span)),
    ...facts.places.flatMap((place) => place.mentions),
  ];
}

function checkInvariants(text: string, facts: Facts): void {
  for (const span of allSpans(facts)) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
    expect(0 <= span.start && span.start <= span.end && span.end <= text.length).toBe(true);
  }
  const mentions = [
    ...facts.countries.flatMap((country) => country.mentions),
    ...facts.persons.flatMap((person) => person.mentions),
    ...facts.quantities,
    ...facts.dates,
  ];
  for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  facts.passages.forEach((passage, index) => {
    expect(passage.id).toBe(`p${index + 1}`);
    if (index > 0) expect(passage.start).toBeGreaterThanOrEqual(facts.passages[index - 1]!.end);
    passage.sentences.forEach((sentence, sentenceIndex) => {
      expect(sentence.id).toBe(`${passage.id}s${sentenceIndex + 1}`);
      expect(passage.start <= sentence.start && sentence.end <= passage.end).toBe(true);
    });
  });
  for (const quantity of facts.quantities) {
    expect(Number.isFinite(quantity.value)).toBe(true);
    expect(["string", "undefined"]).toContain(typeof quantity.unit);
  }
  expect(() => JSON.stringify(facts)).not.toThrow();
}

describe("any input", () => {
  it("never throws and keeps every span inside the text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text, extractFacts(text));
      }),
      { numRuns: 400 },
    );
  });

  it("is deterministic, also after other documents", () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const first = extractFacts(text);
        extractFacts(seed002);
        expect(extractFacts(text)).toEqual(first);
      }),
      { numRuns: 50 },
    );
    const before = extractFacts(seed004);
    extractFacts(seed002);
    expect(extractFacts(seed004)).toEqual(before);
  });

  it("does not mistake names of object properties for vocabulary", () => {
    const text =
      "Es kamen 5 constructor. Sieben __proto__ trafen toString in hasOwnProperty. Am 3. valueOf 2020 tagte der Rat mit US-constructor Minister Abc. Das Treffen in constructor begann.";
    const facts = extractFacts(text);
    checkInvariants(text, facts);
    expect(facts.quantities.map((quantity) => [quantity.value, quantity.unit])).toEqual([[5, undefined]]);
    expect(facts.meetings[0]?.place).toBeUndefined();
    expect(facts.meetings[0]?.hostCountry).toBeUndefined();
    expect(facts.places).toEqual([]);
    expect(facts.dates.map((date) => date.value)).toEqual(["2020"]);
  });

  it("returns empty facts for empty and whitespace-only text", () => {
    for (const text of ["", " ", "\n\n\n", "\t \r\n \u00a0"]) {
      const facts = extractFacts(text);
      expect(facts.passages).toEqual([]);
      expect(facts.quantities).toEqual([]);
      expect(facts.persons).toEqual([]);
    }
  });
});

describe("pathological input", () => {
  const cases: [string, string][] = [
    ["one megabyte without spaces", "a".repeat(1_000_000)],
    ["only whitespace", " \t\n".repeat(200_000)],
    ["dots and digits", "1.".repeat(100_000)],
    ["digit groups", "1 000 ".repeat(50_000)],
    ["role words", "Außenminister ".repeat(40_000)],
    ["role and name", "Außenminister Abc ".repeat(20_000)],
    ["apposition without end", "der Koordinator für Abc, ".repeat(20_000)],
    ["prefixes", `${"US-".repeat(100_000)}Abc`],
    ["hedges", `${"rund ".repeat(50_000)}5`],
    ["quotes", "„".repeat(100_000)],
    ["periods", ".".repeat(200_000)],
    ["initials", "A. ".repeat(100_000)],
    ["hyphens", "a-".repeat(100_000)],
    ["meeting words", "Treffen in Rom ".repeat(20_000)],
    ["member counts", "Die 5 Staaten der Abc ".repeat(20_000)],
    ["representation", "ließ sich von Minister Abc ".repeat(10_000)],
    ["country names", "Irak Iraks irakischen ".repeat(30_000)],
    ["years", "2014 ".repeat(100_000)],
    ["control characters", "\u0000\u0001\u0002\u001f\u007f".repeat(100_000)],
    ["lone surrogates", "\ud800a\udc00".repeat(100_000)],
  ];

  it.each(cases)("handles %s", (_name, text) => {
    const facts = extractFacts(text);
    for (const span of allSpans(facts)) expect(span.end <= text.length).toBe(true);
  });
});
