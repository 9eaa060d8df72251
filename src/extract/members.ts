/** How many members an organisation has, as the text states it. */
import { FORMING_VERBS, HAVING_VERBS, MEMBER_NOUNS } from "./data/organizations";
import { parseNumeral } from "./numbers";
import { alternation, escapeRegExp } from "./text";
import type { MemberCountFact, Sentence } from "./types";

const FIGURE = String.raw`(?<![\p{L}\p{N}.,/-])(\d{1,3}(?:\.\d{3})+|\d+)(?![\p{N}/]|[.,]\d)`;
const MEMBERS = `(${alternation(MEMBER_NOUNS)})`;
const ORGANIZATION = String.raw`(?<![\p{L}\p{N}-])(?!(?:Die|Der|Das|Den|Dem|Des|Eine|Ein) )(\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*)?)`;

interface MemberPattern {
  pattern: RegExp;
  /** Capture groups of value, member noun and organisation. */
  groups: { value: number; unit: number; organization: number };
  /** The organisation is a description ("eine Koalition gegen ...") to resolve to the name used elsewhere. */
  described: boolean;
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
  },
  {
    // "die 27 EU-Staaten"
    pattern: new RegExp(`${FIGURE} (\\p{Lu}[\\p{L}\\p{N}]*)-${MEMBERS}(?![\\p{L}])`, "gu"),
    groups: { value: 1, organization: 2, unit: 3 },
    described: false,
  },
  {
    // "die Nato zählt 32 Mitglieder", "die Allianz mit ihren 32 Mitgliedstaaten"
    pattern: new RegExp(`${ORGANIZATION} (?:(?:${alternation(HAVING_VERBS)}) (?:inzwischen |mittlerweile |derzeit |nun |jetzt )?|mit (?:ihren |seinen |den )?)${FIGURE} ${MEMBERS}(?![\\p{L}])`, "gu"),
    groups: { organization: 1, value: 2, unit: 3 },
    described: false,
  },
];

/** The name the text uses for a described organisation: "eine Koalition gegen ..." -> "Anti-IS-Koalition". */
function resolveOrganization(description: string, text: string, compoundByHead: Map<string, string | undefined>): string {
  const head = /\p{Lu}[\p{L}-]*/u.exec(description)?.[0];
  if (!head) return description.trim();
  if (!compoundByHead.has(head)) {
    const compounds = new Map<string, number>();
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}-])[\\p{L}\\p{N}-]+-${escapeRegExp(head)}(?![\\p{L}])`, "gu"))) {
      compounds.set(match[0], (compounds.get(match[0]) ?? 0) + 1);
    }
    compoundByHead.set(head, [...compounds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]);
  }
  return compoundByHead.get(head) ?? description.trim();
}

export function findMemberCounts(text: string, sentences: readonly Sentence[]): MemberCountFact[] {
  const counts: MemberCountFact[] = [];
  const compoundByHead = new Map<string, string | undefined>();
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    if (!/\d/.test(body)) continue;
    // Characters already part of a count: the patterns overlap ("Die 68 Mitglieder der ..." and "... hat 68 Mitglieder").
    const taken = new Uint8Array(body.length);
    for (const { pattern, groups, described } of PATTERNS) {
      for (const match of body.matchAll(pattern)) {
        const organization = match[groups.organization]!;
        if (taken.subarray(match.index, match.index + match[0].length).includes(1)) continue;
        taken.fill(1, match.index, match.index + match[0].length);
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        counts.push({
          start,
          end,
          organization: described ? resolveOrganization(organization, text, compoundByHead) : organization,
          value: parseNumeral(match[groups.value]!),
          unit: match[groups.unit]!,
        });
      }
    }
  }
  return counts.sort((a, b) => a.start - b.start);
}
