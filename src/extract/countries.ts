/** Sovereign states named in the text by name ("Afghanistans"), adjective ("irakischen") or prefix ("US-"). */
import {
  ADJECTIVE_ENDINGS,
  COUNTRY_ADJECTIVE_STEMS,
  COUNTRY_PREFIXES,
  countryNameEntries,
  countryShortName,
  DEMONYM_ENDINGS,
  IRREGULAR_DEMONYMS,
  NOT_DEMONYMS,
} from "./data/countries";
import type { Doc } from "./doc";
import { endsClubName } from "./places";
import { escapeRegExp } from "./text";
import type { CountryFact, Gender } from "./types";

export type CountryMention = CountryFact["mentions"][number] & { iso2: string };

/**
 * A name with German inflection: inner adjectives decline ("Vereinigte" -> "Vereinigten"), the last
 * word takes a genitive "s" ("Afghanistans") or, after "e", an "n" ("den Niederlanden").
 */
function inflectedName(name: string): string {
  const words = name.split(" ");
  return words
    .map((word, index) => {
      const escaped = escapeRegExp(word);
      if (index < words.length - 1) {
        if (word.endsWith("es")) return `${escapeRegExp(word.slice(0, -1))}[sn]`;
        if (word.endsWith("e")) return `${escaped}n?`;
        return escaped;
      }
      if (word.endsWith("e")) return `${escaped}[ns]?`;
      if (/[sxzß]$/.test(word)) return escaped;
      return `${escaped}s?`;
    })
    .join(" ");
}

const nameEntries = countryNameEntries().sort((a, b) => b.name.length - a.name.length);
/** Written name -> ISO code, or null for territories that are named but not countries. */
const codeByName = new Map<string, string | null>();
for (const entry of nameEntries) if (!codeByName.has(entry.name)) codeByName.set(entry.name, entry.iso2);

/** The start of a name that every inflection writes unchanged: its first word ("Vereinigte" of "Vereinigtes Königreich"). */
function uninflectedStart(name: string): string {
  const [first, ...rest] = name.split(" ");
  return rest.length > 0 && first!.endsWith("es") ? first!.slice(0, -1) : first!;
}

/** The first two code units of a name, as one number: most capitalised words start as no name does, and are ruled out without a slice. */
const pairKey = (text: string, at: number) => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

/**
 * A country name's pattern (inflectedName), made when a text first has a word that opens as the name does
 * (`written`), then kept: a pattern of \p{L} and \p{N} costs V8 some 0.15 ms to build, and all 270 of them, made as
 * the module loaded, were some 40 ms of every cold start (measured), for the few names a text holds.
 */
interface NameCandidate {
  name: string;
  written: string;
  iso2: string | null;
  pattern: RegExp | undefined;
}

/**
 * Name candidates by the first two letters of the name (pairKey), longest name first. Looking up candidates per
 * capitalised word is much faster than one alternation of all 250 names tried at every position.
 */
const namesByStart = new Map<number, NameCandidate[]>();
for (const entry of nameEntries) {
  const key = pairKey(entry.name, 0);
  const candidates = namesByStart.get(key) ?? [];
  candidates.push({ name: entry.name, written: uninflectedStart(entry.name), iso2: entry.iso2, pattern: undefined });
  namesByStart.set(key, candidates);
}

function namePattern(candidate: NameCandidate): RegExp {
  candidate.pattern ??= new RegExp(`${inflectedName(candidate.name)}(?![\\p{L}\\p{N}])`, "uy");
  return candidate.pattern;
}

const codeByStem = new Map<string, string>();
for (const [iso2, stems] of Object.entries(COUNTRY_ADJECTIVE_STEMS)) for (const stem of stems) codeByStem.set(stem, iso2);
/** Every inflected adjective ("irakischen") -> country; where two readings exist, the longer ending wins. */
const codeByAdjective = new Map<string, string>();
for (const ending of [...ADJECTIVE_ENDINGS].sort((a, b) => b.length - a.length)) {
  for (const [stem, iso2] of codeByStem) if (!codeByAdjective.has(stem + ending)) codeByAdjective.set(stem + ending, iso2);
}

/**
 * The last letters of codeByAdjective's keys, its endings' last letters: a word that ends otherwise is no key.
 * This runs for every word of the text, and most words are looked up in vain.
 */
const ADJECTIVE_LAST_LETTERS: readonly number[] = [...new Set(ADJECTIVE_ENDINGS.map((ending) => ending.charCodeAt(ending.length - 1)))];

/** Which of ADJECTIVE_OPENINGS' 4,096 bits the first three code units of a word (of three or more) set. */
const openingBit = (word: string) => (Math.imul(Math.imul(word.charCodeAt(0), 31) + word.charCodeAt(1), 31) + word.charCodeAt(2)) & 4095;
/** The shortest of codeByAdjective's keys. */
const SHORTEST_ADJECTIVE = Math.min(...[...codeByAdjective.keys()].map((adjective) => adjective.length));
/**
 * The bits (openingBit) of how codeByAdjective's keys open: most words of a text ("die", "und", "wurde") open as
 * none does, and are ruled out by two reads of this filter, not a look-up of their lower case in the map.
 */
const ADJECTIVE_OPENINGS: Int32Array = (() => {
  const bits = new Int32Array(128);
  for (const adjective of codeByAdjective.keys()) {
    const bit = openingBit(adjective);
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return bits;
})();

/** The country of an adjective ("irakischen" -> IQ), or of the first part of a compound ("deutsch-französische"). */
function adjectiveCountry(lowerWord: string): string | undefined {
  if (lowerWord.length < SHORTEST_ADJECTIVE) return undefined;
  const bit = openingBit(lowerWord);
  if ((ADJECTIVE_OPENINGS[bit >>> 5]! & (1 << (bit & 31))) === 0) return undefined;
  return ADJECTIVE_LAST_LETTERS.includes(lowerWord.charCodeAt(lowerWord.length - 1)) ? codeByAdjective.get(lowerWord) : undefined;
}

/** An acronym before a hyphen and a capital ("EU-Kommission"). */
const ACRONYM_PREFIX = /^(\p{Lu}+)-\p{Lu}/u;

const UPPER = /\p{Lu}/u;

/** Country mentions in the given sentences, in text order. */
export function findCountryMentions(doc: Doc): CountryMention[] {
  const { text } = doc;
  const mentions: CountryMention[] = [];
  doc.sentences.forEach((sentence, sentenceIndex) => {
    let coveredUntil = 0;
    const tokens = doc.tokens[sentenceIndex]!;
    // By index, not over entries(): this runs for every word of the text, and each entry was an array of its own.
    for (let index = 0; index < tokens.length; index++) {
      const { text: word, lower, start, capitalised } = tokens[index]!;
      if (start < coveredUntil) continue;
      // "zur AS Monaco": the club, not the country.
      if (capitalised && endsClubName(tokens, index)) continue;
      const prefix = capitalised && word.includes("-") ? ACRONYM_PREFIX.exec(word)?.[1] : undefined;
      const prefixCountry = prefix ? COUNTRY_PREFIXES.get(prefix) : undefined;
      if (prefixCountry) {
        mentions.push({ iso2: prefixCountry, start, end: start + prefix!.length, text: prefix!, form: "prefix" });
        continue;
      }
      if (capitalised) {
        const name = nameAt(text, start, sentence.end);
        if (name) {
          coveredUntil = name.end;
          if (name.iso2) {
            const form = text[name.end] === "-" && UPPER.test(text[name.end + 1] ?? "") ? "prefix" : "name";
            mentions.push({ iso2: name.iso2, start, end: name.end, text: text.slice(start, name.end), form });
          }
          continue;
        }
      }
      const whole = adjectiveCountry(lower);
      if (whole) {
        mentions.push({ iso2: whole, start, end: start + word.length, text: word, form: "adjective" });
        continue;
      }
      // "deutsch-französische": every part of a hyphenated adjective names a country.
      if (!lower.includes("-")) continue;
      let partStart = start;
      for (const part of lower.split("-")) {
        const iso2 = codeByStem.get(part) ?? adjectiveCountry(part);
        if (iso2)
          mentions.push({ iso2, start: partStart, end: partStart + part.length, text: text.slice(partStart, partStart + part.length), form: "adjective" });
        partStart += part.length + 1;
      }
    }
  });
  return mentions;
}

function nameAt(text: string, start: number, limit: number): { end: number; iso2: string | null } | undefined {
  const candidates = namesByStart.get(pairKey(text, start));
  if (!candidates) return undefined;
  for (const candidate of candidates) {
    // A plain comparison rules out most candidates: running an expression at all costs more than its failing.
    if (!text.startsWith(candidate.written, start)) continue;
    // test, not exec: a sticky pattern's lastIndex is where the match ends, and no match array is made.
    const pattern = namePattern(candidate);
    pattern.lastIndex = start;
    if (pattern.test(text) && pattern.lastIndex <= limit) return { end: pattern.lastIndex, iso2: candidate.iso2 };
  }
  return undefined;
}

/** Person nouns of a country ("schwedin" -> SE, female), by DEMONYM_ENDINGS; not a word that is a country's name ("Ukraine"). */
const demonyms = new Map<string, { iso2: string; gender: Gender }>();
for (const [stem, iso2] of codeByStem) {
  if (!stem.endsWith("isch")) continue;
  for (const [ending, gender] of Object.entries(DEMONYM_ENDINGS)) {
    const noun = stem.slice(0, -4) + ending;
    if (!NOT_DEMONYMS.has(noun) && !codeByName.has(noun.charAt(0).toUpperCase() + noun.slice(1))) demonyms.set(noun, { iso2, gender });
  }
}

for (const [noun, [iso2, gender]] of Object.entries(IRREGULAR_DEMONYMS)) demonyms.set(noun, { iso2, gender });

/** The country and gender of a person's noun of a country ("Schwedin": SE, female), undefined for any other word. */
export function demonymOf(lowerWord: string): { iso2: string; gender: Gender } | undefined {
  return demonyms.get(lowerWord);
}

/** The country of a lower-case country adjective ("argentinische": "AR"), undefined for any other word. */
export function countryOfAdjective(lowerWord: string): string | undefined {
  return adjectiveCountry(lowerWord);
}

/** Whether a lower-case word is a country adjective ("deutsche", "irakischen"). */
export function isCountryAdjective(lowerWord: string): boolean {
  return adjectiveCountry(lowerWord) !== undefined;
}

/** Mentions grouped by country, countries in order of first mention. */
export function groupCountries(mentions: readonly CountryMention[]): CountryFact[] {
  const byCode = new Map<string, CountryFact>();
  for (const { iso2, ...mention } of mentions) {
    let country = byCode.get(iso2);
    if (!country) {
      country = { iso2, name: countryShortName(iso2), mentions: [] };
      byCode.set(iso2, country);
    }
    country.mentions.push(mention);
  }
  return [...byCode.values()];
}

/** ISO code of a sovereign state written as `name` (also genitive: "Iraks"), else undefined. */
export function countryCodeOfName(name: string): string | undefined {
  const code = codeByName.get(name) ?? (name.endsWith("s") ? codeByName.get(name.slice(0, -1)) : undefined);
  return code ?? undefined; // null: a territory
}
