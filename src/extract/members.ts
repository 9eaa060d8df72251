/** How many members an organisation has, as the text states it. */
import { countryCodeOfName } from "./countries";
import { COUNTRY_PREFIXES } from "./data/countries";
import { FORMING_VERBS, HAVING_VERBS, MEMBER_NOUNS } from "./data/organizations";
import { parseNumeral } from "./numbers";
import { alternation, isAdjectiveLike, matchesOf } from "./text";
import type { MemberCountFact, Sentence } from "./types";

const FIGURE = String.raw`(?<![\p{L}\p{N}.,/-])(\d{1,3}(?:\.\d{3})+|\d+)(?![\p{N}/]|[.,]\d)`;
const MEMBERS = `(${alternation(MEMBER_NOUNS)})`;
const ORGANIZATION = String.raw`(?<![\p{L}\p{N}-])(?!(?:Die|Der|Das|Den|Dem|Des|Eine|Ein) )(\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)?)`;

/** Every pattern has a figure and a member noun right after it (or after "EU-"): most sentences have neither. */
const MEMBER_HINT = new RegExp(String.raw`\d (?:\p{Lu}[\p{L}\p{N}]*-)?${MEMBERS}`, "u");

interface MemberPattern {
  pattern: RegExp;
  /** Capture groups of value, member noun and organisation. */
  groups: { value: number; unit: number; organization: number };
  /** The organisation is a description ("eine Koalition gegen ...") to resolve to the name used elsewhere. */
  described: boolean;
  /** The organisation is a genitive attribute ("der Europäischen Union", "des Stadtrats"), kept as in the nominative. */
  genitive?: boolean;
}

const PATTERNS: readonly MemberPattern[] = [
  {
    // "83 Staaten bilden eine Koalition gegen die Terrormiliz IS"
    pattern: new RegExp(`${FIGURE} ${MEMBERS} (?:${alternation(FORMING_VERBS)}) (?:eine|einen|ein|die|den|das) ([^,.;:!?]{1,80})`, "gu"),
    groups: { value: 1, unit: 2, organization: 3 },
    described: true,
  },
  {
    // "Die 68 Mitglieder der Anti-IS-Koalition"
    pattern: new RegExp(`(?<![\\p{L}])(?:[Dd]ie|[Dd]en|[Dd]er|[Aa]lle|[Aa]llen) ${FIGURE} ${MEMBERS} (?:der|des) ${ORGANIZATION}`, "gu"),
    groups: { value: 1, unit: 2, organization: 3 },
    described: false,
    genitive: true,
  },
  {
    // "die 27 EU-Staaten"
    pattern: new RegExp(`${FIGURE} (\\p{Lu}[\\p{L}\\p{N}]*)-${MEMBERS}(?![\\p{L}])`, "gu"),
    groups: { value: 1, organization: 2, unit: 3 },
    described: false,
  },
  {
    // "die Nato zählt 32 Mitglieder", "die Allianz mit ihren 32 Mitgliedstaaten"
    pattern: new RegExp(
      `${ORGANIZATION} (?:(?:${alternation(HAVING_VERBS)}) (?:inzwischen |mittlerweile |derzeit |nun |jetzt )?|mit (?:ihren |seinen |den )?)${FIGURE} ${MEMBERS}(?![\\p{L}])`,
      "gu",
    ),
    groups: { organization: 1, value: 2, unit: 3 },
    described: false,
  },
];

/** Endings of a masculine or neuter genitive "-es" ("des Rates", "des Verbandes", "des Kongresses"); elsewhere "-s". */
const GENITIVE_ES = /(?:[sßzxtdg]es)$/u;

/** A noun that looks plural ("Nationen", "Staaten", "Länder"): its adjective keeps "-en" after "die". */
const PLURAL_LOOKING = /(?:en|er)$/u;

/** A genitive s after a small letter. */
const GENITIVE_S = /\p{Ll}s$/u;

/**
 * An organisation named in the genitive as it reads after "die", "der" or "das": "des Stadtrats" ->
 * "Stadtrat", "des Deutschen Bundestages" -> "Deutsche Bundestag", "der Europäischen Union" ->
 * "Europäische Union", "der Vereinten Nationen" stays. Acronyms ("des IOC") stay.
 */
function nominativeOfGenitive(name: string, masculineOrNeuter: boolean): string {
  const words = name.split(" ");
  let noun = words[words.length - 1]!;
  if (masculineOrNeuter && GENITIVE_S.test(noun)) {
    if (noun.endsWith("nisses")) noun = noun.slice(0, -3);
    else if (noun.endsWith("ees") || !GENITIVE_ES.test(noun)) noun = noun.slice(0, -1);
    else noun = noun.slice(0, -2);
    words[words.length - 1] = noun;
  }
  if (words.length > 1 && words[0]!.endsWith("en") && isAdjectiveLike(words[0]!.toLowerCase()) && !PLURAL_LOOKING.test(noun)) words[0] = words[0]!.slice(0, -1);
  return words.join(" ");
}

const COMPOUND_CHAR = /^[\p{L}\p{N}-]$/u;
const LETTER_AT = /\p{L}/uy;

/** Start of the run of letters, digits and hyphens that ends at `end` (code points, as the regexes see them). */
function compoundStart(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const high = start >= 2 ? text.charCodeAt(start - 2) : 0;
    const charStart = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? start - 2 : start - 1;
    if (!COMPOUND_CHAR.test(text.slice(charStart, start))) break;
    start = charStart;
  }
  return start;
}

/**
 * Compounds ending in "-" + `head` and no further letter ("Anti-IS-Koalition"), in text order: per run
 * of letters, digits and hyphens the longest one. Found from the occurrences of the head, as a regex
 * for the whole compound would be tried at the start of every word of the text.
 */
function compoundsWithHead(text: string, head: string): string[] {
  const needle = `-${head}`;
  const byRunStart = new Map<number, string>();
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    LETTER_AT.lastIndex = end;
    if (LETTER_AT.test(text)) continue;
    const start = compoundStart(text, at);
    if (start < at) byRunStart.set(start, text.slice(start, end));
  }
  return [...byRunStart.values()];
}

/** A capitalised word. */
const CAPITALISED_WORD = /\p{Lu}[\p{L}-]*/u;

/** The name the text uses for a described organisation: "eine Koalition gegen ..." -> "Anti-IS-Koalition". */
function resolveOrganization(description: string, text: string, compoundByHead: Map<string, string | undefined>): string {
  const head = CAPITALISED_WORD.exec(description)?.[0];
  if (!head) return description.trim();
  if (!compoundByHead.has(head)) {
    const compounds = new Map<string, number>();
    for (const compound of compoundsWithHead(text, head)) compounds.set(compound, (compounds.get(compound) ?? 0) + 1);
    compoundByHead.set(head, [...compounds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]);
  }
  return compoundByHead.get(head) ?? description.trim();
}

export function findMemberCounts(text: string, sentences: readonly Sentence[]): MemberCountFact[] {
  const counts: MemberCountFact[] = [];
  const compoundByHead = new Map<string, string | undefined>();
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    if (!MEMBER_HINT.test(body)) continue;
    // Characters already part of a count: the patterns overlap ("Die 68 Mitglieder der ..." and "... hat 68 Mitglieder").
    const taken = new Uint8Array(body.length);
    for (const { pattern, groups, described, genitive } of PATTERNS) {
      for (const match of matchesOf(pattern, body)) {
        if (taken.subarray(match.index, match.index + match[0].length).includes(1)) continue;
        taken.fill(1, match.index, match.index + match[0].length);
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        const written = match[groups.organization]!;
        // "in 31 der 50 US-Staaten", "die 50 Staaten der USA": a country's own states are no members of an alliance.
        if (COUNTRY_PREFIXES.has(written) || countryCodeOfName(written) !== undefined) continue;
        const organization = described
          ? resolveOrganization(written, text, compoundByHead)
          : genitive
            ? nominativeOfGenitive(written, match[0].includes(` des ${written}`))
            : written;
        counts.push({
          start,
          end,
          organization,
          value: parseNumeral(match[groups.value]!),
          unit: match[groups.unit]!,
        });
      }
    }
  }
  return counts.sort((a, b) => a.start - b.start);
}
