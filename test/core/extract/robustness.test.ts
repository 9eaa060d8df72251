/**
 * The extractor never throws, keeps every span inside the text, and on pathological input (megabytes of
 * one construct) finishes with facts that grow at most linearly with the text. No timing is asserted.
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

/** Facts take room, but never more than this many characters of JSON per character of text. */
const MAX_OUTPUT_PER_CHARACTER = 25;
const SLACK = 1024;

describe("pathological input", () => {
  // Each case at its full size and at a tenth of it: the facts must grow at most linearly with the text.
  const cases: [string, (times: number) => string, number][] = [
    ["one megabyte without spaces", (times) => "a".repeat(times), 1_000_000],
    ["only whitespace", (times) => " \t\n".repeat(times), 200_000],
    ["dots and digits", (times) => "1.".repeat(times), 100_000],
    ["digit groups", (times) => "1 000 ".repeat(times), 50_000],
    ["role words", (times) => "Außenminister ".repeat(times), 40_000],
    ["role and name", (times) => "Außenminister Abc ".repeat(times), 20_000],
    ["apposition without end", (times) => "der Koordinator für Abc, ".repeat(times), 20_000],
    ["prefixes", (times) => `${"US-".repeat(times)}Abc`, 100_000],
    ["hedges", (times) => `${"rund ".repeat(times)}5`, 50_000],
    ["quotes", (times) => "„".repeat(times), 100_000],
    ["periods", (times) => ".".repeat(times), 200_000],
    ["initials", (times) => "A. ".repeat(times), 100_000],
    ["hyphens", (times) => "a-".repeat(times), 100_000],
    ["meeting words", (times) => "Treffen in Rom ".repeat(times), 20_000],
    ["member counts", (times) => "Die 5 Staaten der Abc ".repeat(times), 20_000],
    ["representation", (times) => "ließ sich von Minister Abc ".repeat(times), 10_000],
    ["country names", (times) => "Irak Iraks irakischen ".repeat(times), 30_000],
    ["years", (times) => "2014 ".repeat(times), 100_000],
    ["control characters", (times) => "\u0000\u0001\u0002\u001f\u007f".repeat(times), 100_000],
    ["lone surrogates", (times) => "\ud800a\udc00".repeat(times), 100_000],
  ];

  it.each(cases)("handles %s in output linear in the text", (_name, make, times) => {
    const outputOf = (text: string) => {
      const facts = extractFacts(text);
      for (const span of allSpans(facts)) expect(span.end <= text.length).toBe(true);
      return JSON.stringify(facts).length;
    };
    const small = outputOf(make(times / 10));
    const text = make(times);
    const full = outputOf(text);
    expect(full).toBeLessThanOrEqual(MAX_OUTPUT_PER_CHARACTER * text.length + SLACK);
    expect(full).toBeLessThanOrEqual(10.5 * small + SLACK);
  });
});
