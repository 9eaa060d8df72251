/** German wording for stems: date spellings, figure spellings, hedges, articles and role phrases (typography: ../shared/german.ts). */
import { HEDGE_KINDS, NUMBER_WORDS } from "../extract/data/numbers";
import { usableHedgeBefore } from "../extract/units";
import { COMPARATIVE_ENDINGS, OPPOSITE_COMPARATIVES } from "./data/comparatives";
import { formatDate, formatNumber, monthName, yearlessDate } from "../shared/german";

/** Other ways to write a date that a learner may type ("04.06.2020", "Feb. 2019", "02/2019", "29.10."). */
export function dateSpellings(iso: string): string[] {
  const yearless = yearlessDate(iso);
  if (yearless) {
    const { month, day } = yearless;
    return month && day ? [...new Set([`${day}.${month}.`, `${Number(day)}.${Number(month)}.`, `${Number(day)}.${Number(month)}`])] : [];
  }
  const [year, month, day] = iso.split("-");
  const name = month ? monthName(Number(month)) : undefined;
  if (!year || !month || !name) return [];
  if (day) return [`${day}.${month}.${year}`, `${Number(day)}.${Number(month)}.${year}`, iso];
  return [`${name.slice(0, 3)}. ${year}`, `${month}/${year}`, `${month}.${year}`, iso];
}

/** "vom 4. Juni 2020", "vom März 2017", "aus dem Jahr 2021": how a stem dates a text. */
export function datePhrase(iso: string): string {
  return iso.includes("-") ? `vom ${formatDate(iso)}` : `aus dem Jahr ${iso}`;
}

/** "(sechs) von zehn Schülern", "(68) von 70 Abgeordneten": the whole of a share after its part. */
const SHARE_WHOLE_AFTER = /^\s+von\s+(?:\d|(\p{L}+)(?!\p{L}))/u;

/** Whether the figure that ends at `end` is the part of a share, a finding like a percentage: "sechs von zehn", "68 von 70". */
export function isSharePart(text: string, end: number): boolean {
  const whole = SHARE_WHOLE_AFTER.exec(text.slice(end, end + 24));
  return whole !== null && (whole[1] === undefined || NUMBER_WORDS.has(whole[1].toLowerCase()));
}

/** Spellings of a figure a learner may type: "14.000", "14000", "14 000". */
export function numberSpellings(value: number): string[] {
  const plain = String(value).replace(".", ",");
  const grouped = formatNumber(value);
  return [...new Set([grouped, plain, grouped.replaceAll(".", " ")])];
}

const SCALES: readonly { pattern: RegExp; factor: number; plural: string }[] = [
  { pattern: /\b(?:Billion|Billionen)\b/u, factor: 1e12, plural: "Billionen" },
  { pattern: /\b(?:Milliarde|Milliarden|Mrd\.?)(?!\p{L})/u, factor: 1e9, plural: "Milliarden" },
  { pattern: /\b(?:Million|Millionen|Mio\.?)(?!\p{L})/u, factor: 1e6, plural: "Millionen" },
];

/** The scale word in a written figure ("1,8 Milliarden"): the value is asked in that scale. */
export function scaleOf(written: string): { factor: number; plural: string } | undefined {
  return SCALES.find((scale) => scale.pattern.test(written));
}

/** Multiply or divide without binary noise. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** Relative tolerance for a hedged figure: "rund 14.000" accepts 12.600 to 15.400. */
const HEDGE_TOLERANCE = 0.1;

/**
 * The accepted range for a figure. Exact figures accept only themselves; "rund" accepts both sides,
 * "knapp"/"fast" the values up to the figure, "mehr als"/"gut" the values from it.
 */
export function toleranceRange(value: number, approx: boolean, hedge: string | undefined, wholeCount = true): { min: number; max: number } {
  if (!approx) return { min: value, max: value };
  // Counts get at least one either side: "mindestens sechs" accepts 7, not 6.6. Not so for scaled
  // amounts, where "rund eine Milliarde" must not accept two.
  const spread = Math.max(Math.abs(value) * HEDGE_TOLERANCE, wholeCount ? 1 : 0);
  const word = hedge?.toLowerCase();
  const low = clean(value - spread);
  const high = clean(value + spread);
  const kind = word ? HEDGE_KINDS.get(word) : undefined;
  if (kind === "at_most") return { min: low, max: value };
  if (kind === "at_least") return { min: value, max: high };
  return { min: low, max: high };
}

/** The hedge written right before a figure, if any ("rund", "mehr als"), lower case, as the extractor reads it. */
export function hedgeBefore(text: string, start: number): string | undefined {
  return usableHedgeBefore(text, start, Math.max(0, start - 40), true)?.hedge.toLowerCase();
}

type Gender = "f" | "m" | "n";

// biome-ignore format: a word list, packed for reading
const GENDER_BY_ENDING: readonly [string, Gender][] = [
  ["bündnis", "n"], ["komitee", "n"], ["gremium", "n"], ["parlament", "n"], ["netzwerk", "n"], ["forum", "n"],
  ["bund", "m"], ["pakt", "m"], ["rat", "m"], ["verband", "m"], ["verein", "m"], ["club", "m"], ["klub", "m"],
  ["kreis", "m"], ["ausschuss", "m"],
];

/** Grammatical gender of an organisation's name; most are feminine ("Koalition", "Union", "NATO"). */
function organisationGender(name: string): Gender {
  const lower = name.toLowerCase();
  return GENDER_BY_ENDING.find(([ending]) => lower.endsWith(ending))?.[1] ?? "f";
}

/** "die Anti-IS-Koalition", "der Weltsicherheitsrat", "das Bündnis". */
export function withArticle(name: string): string {
  const article = { f: "die", m: "der", n: "das" }[organisationGender(name)];
  return `${article} ${name}`;
}

/** Dative plural -n on plurals in -e, -er, -el dropped again: "Ministern" -> "Minister", "Gästen" stays. */
export function nominativePlural(noun: string): string {
  return noun.replace(/(er|el)n$/u, "$1");
}

/** Nouns that are relations to another person, not a role of their own ("sein US-Kollege Blinken", "ihrem Parteikollegen"), in any case. */
export function isRelationalRole(role: string): boolean {
  return /(?:kolleg(?:e|en|in|innen)|partner(?:in|innen|n)?)$/iu.test(role.trim().split(/\s+/).pop() ?? "");
}

const NOMINALISED_ADJECTIVES = /(?:beauftragt|gesandt|vorsitzend|abgeordnet|angestellt|bevollmächtigt)(?:e|en|er|em)$/u;

// biome-ignore format: a word list, packed for reading
const DETERMINERS = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer", "sein", "seine",
  "seinen", "seinem", "seines", "ihr", "ihre", "ihren", "ihrem", "ihres", "vom", "zum", "beim",
]);

/** Articles that cannot start a genitive attribute ("der" can: "Koordinator ... der US-Regierung"). */
const STRAY_ARTICLES = new Set(["die", "das", "den", "dem"]);
// biome-ignore format: a word list, packed for reading
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  "für", "von", "mit", "gegen", "über", "in", "an", "auf", "aus", "bei", "nach", "zu", "um", "durch", "ohne", "unter",
  "vor", "zwischen", "hinter", "neben", "seit", "gegenüber",
]);

const UPPER_FIRST = /^\p{Lu}/u;

const LOWER_FIRST = /^\p{Ll}/u;

/**
 * A role as it can follow "ist" without an article: adjectives and nominalised adjectives take the
 * strong ending ("der britische Verteidigungsminister" -> "britischer Verteidigungsminister",
 * "vom politischen Direktor" -> "politischer Direktor", "Der US-Sonderbeauftragte" -> "US-Sonderbeauftragter").
 */
export function predicativeRole(role: string): string {
  const words = role.trim().split(/\s+/);
  while (words.length > 1 && DETERMINERS.has(words[0]!.toLowerCase())) words.shift();
  // The head noun is the first capitalised word that is not a genitive name in front of it ("Frankreichs").
  let head = words.findIndex((word, index) => UPPER_FIRST.test(word) && !(/s$/u.test(word) && UPPER_FIRST.test(words[index + 1] ?? "")));
  if (head === -1) head = words.length - 1;
  // An article right after the head noun without a preposition before it cannot belong to the role
  // ("US-Sonderbeauftragte die Anti-IS-Koalition", a word missing in the source): the role ends there.
  const stray = words.findIndex((word, index) => index > head && STRAY_ARTICLES.has(word) && !PREPOSITIONS.has(words[index - 1]!.toLowerCase()));
  if (stray !== -1) words.splice(stray);
  const feminine = /in$/u.test(words[head]!);
  const ending = feminine ? "e" : "er";
  return words
    .map((word, index) => {
      if (index < head && LOWER_FIRST.test(word)) return word.replace(/(?:e|en|er|es|em)$/u, ending);
      if (index === head && NOMINALISED_ADJECTIVES.test(word)) return word.replace(/(?:e|en|er|em)$/u, ending);
      return word;
    })
    .join(" ");
}

// biome-ignore format: a word list, packed for reading
const MASCULINE_COUNTRIES = new Set([
  "Irak", "Iran", "Libanon", "Jemen", "Sudan", "Südsudan", "Tschad", "Niger", "Kongo", "Senegal", "Oman",
  "Vatikan", "Kosovo",
]);
const FEMININE_COUNTRIES = /^(?:.*ei|Schweiz|Ukraine|Elfenbeinküste|.* Republik)$/u;
const PLURAL_COUNTRIES = /^(?:USA|Vereinigte.*|Niederlande|Philippinen|Malediven|Seychellen|Komoren|Bahamas|Salomonen)$/u;

/** A country name as it stands in a sentence: "den Irak", "die Türkei", "die USA", "Syrien". */
export function countryPhrase(name: string, grammaticalCase: "nom" | "acc"): string {
  if (MASCULINE_COUNTRIES.has(name)) return `${grammaticalCase === "nom" ? "der" : "den"} ${name}`;
  if (FEMININE_COUNTRIES.test(name) || isPluralCountry(name)) return `die ${name}`;
  return name;
}

export function isPluralCountry(name: string): boolean {
  return PLURAL_COUNTRIES.test(name);
}

/**
 * Unstressed pronouns that open what follows a question's verb ("sich", "es", "ihm"): German puts them right after the
 * verb, before "laut Text" ("Wer sah es laut Text als erwiesen an?", not "Wer sah laut Text es ..."). "ihr" only where
 * no noun follows it (not the possessive "ihr Amt").
 */
const UNSTRESSED_PRONOUNS = /^(?:(?:sich|es|ihn|ihm|ihnen|sie|uns|euch|mich|mir|dich|dir|ihr(?!\s+\p{Lu}))(?=[\s,])\s*)+/u;

/** `rest` split before "laut Text": the unstressed pronouns it opens with ("es " of "es als erwiesen an"), and the words after them. */
export function pronounsFirst(rest: string): { pronouns: string; after: string } {
  const found = UNSTRESSED_PRONOUNS.exec(rest)?.[0] ?? "";
  return { pronouns: found === "" ? "" : `${found.trim()} `, after: rest.slice(found.trimEnd().length) };
}

/** "mehr" and "weniger" stand before a noun as they are ("mehr Männer"): "wenigere" is no comparative asked. */
const UNINFLECTED: ReadonlySet<string> = new Set(["mehr", "weniger"]);

/** The opposite of a comparative with its ending kept ("größere" → "kleinere"), or undefined where it has none. */
export function oppositeComparative(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const ending of COMPARATIVE_ENDINGS) {
    const stem = lower.slice(0, lower.length - ending.length);
    if (!lower.endsWith(ending) || (ending !== "" && UNINFLECTED.has(stem))) continue;
    const opposite = OPPOSITE_COMPARATIVES.get(stem);
    if (opposite !== undefined) return opposite + ending;
  }
  return undefined;
}
