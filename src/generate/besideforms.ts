/**
 * A gap whose other form stands right beside it: "Der Oberste ___ (OGH) hat ..." asks for what "(OGH)"
 * abbreviates, "laut dem UN-Flüchtlingshochkommissariat ___" and "die Berichte des Weltklimarats ___" for the
 * acronym of the noun just before, "Urlauberinnen und ___" the other gender's form, "die verholzenden ___, also Lianen"
 * the same thing in other words (RESTATING_MARKERS). The learner completes a name from its neighbour, not from the story. Over
 * the blind readings of rounds 3 to 25 such gaps were worth asking 3 of 29 times (the organisation gaps
 * without such a neighbour 0.7), also where the gap was the main actor of the lead. Such a gap is asked
 * only as a last filler, where a short text offers nothing else (another mention of the name comes first).
 */

import { RESTATING_MARKERS } from "./data/restatements";

/** The salience of a gap beside its other form: at most a generic term's (GENERIC_SALIENCE in src/generate/terms.ts). */
export const besideFormSalience = (salience: number) => Math.min(salience, 0.02);

/** An acronym in parentheses right after the gap: "___ (OGH)", "___ (DNA)". */
const ACRONYM_AFTER = /^\s*\(\p{Lu}[\p{Lu}\p{N}]+\)/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
/** The word before the gap and the one before that: "dem UN-Flüchtlingshochkommissariat ___". */
const WORD_BEFORE = /(\S*)\s+(\p{Lu}[\p{L}-]*)\s+$/u;
/** What ends a sentence or a headline before a capitalised word, which may then be any word. */
const SENTENCE_END = /[.!?:"„“]$/u;

const RESTATING = RESTATING_MARKERS.map((marker) => marker.replaceAll(".", "\\.").replaceAll(" ", "\\s+")).join("|");
/** An inflected adjective before the restating noun ("verholzende"), not a phrase that narrows it ("vor allem", "etwa"). */
const ADJECTIVE = "\\p{Ll}{3,}(?:e|en|er|es|em)";
/** ", also Lianen" after the gap: the text names the same thing in other words right beside it. */
const RESTATED_AFTER = new RegExp(`^,\\s+(?:${RESTATING})\\s+(?:${ADJECTIVE}\\s+){0,2}\\p{Lu}`, "u");
/** "Lianen, also (verholzende) ___": the gap restates the noun right before it, after an adjective or two. */
const RESTATED_BEFORE = new RegExp(`\\p{Lu}[\\p{L}-]*,\\s+(?:${RESTATING})\\s+(?:${ADJECTIVE}\\s+){0,2}$`, "u");
/** A noun the text restates in other words, or restates it by: "Kletterpflanzen, also Lianen", "Lianen, also verholzende Kletterpflanzen". */
const RESTATEMENT = new RegExp(`(\\p{Lu}[\\p{L}-]*\\p{Ll}),\\s+(?:${RESTATING})\\s+(?:${ADJECTIVE}\\s+){0,2}(\\p{Lu}[\\p{L}-]*\\p{Ll})(?=[\\s,.;:!?)–])`, "gu");

/**
 * The nouns the text gives as other words for a noun, by noun, in the same form: "Lianen" for "Kletterpflanzen" where it
 * writes "Kletterpflanzen, also Lianen" or "Lianen, also Kletterpflanzen". A gap of the one elsewhere takes either.
 */
export function restatements(text: string): Map<string, string[]> {
  const byNoun = new Map<string, string[]>();
  const add = (noun: string, other: string) => {
    const others = byNoun.get(noun) ?? [];
    if (noun !== other && !others.includes(other)) others.push(other);
    byNoun.set(noun, others);
  };
  if (RESTATING_MARKERS.some((marker) => text.includes(`, ${marker} `))) {
    for (const match of text.matchAll(RESTATEMENT)) {
      add(match[1]!, match[2]!);
      add(match[2]!, match[1]!);
    }
  }
  return byNoun;
}

/** The word before "und"/"oder" before the gap, and the one after it after the gap: "Wählerinnen und ___", "___ und Wählerinnen". */
const PAIRED_BEFORE = /(\p{L}+)\s+(?:und|oder)\s+$/u;
const PAIRED_AFTER = /^\s+(?:und|oder)\s+(\p{L}+)/u;
const FEMININE_PLURAL = "innen";

/** "Urlauberinnen" and "Urlaubern", "Ärzte" and "Ärztinnen": the feminine and the masculine form of one noun. */
function genderForms(one: string, other: string): boolean {
  const [feminine, masculine] = one.endsWith(FEMININE_PLURAL) ? [one, other] : [other, one];
  if (!feminine.endsWith(FEMININE_PLURAL) || masculine.endsWith(FEMININE_PLURAL)) return false;
  const base = feminine.slice(0, -FEMININE_PLURAL.length);
  return base.length >= 3 && masculine.startsWith(base);
}

/**
 * Whether the gap text[start, end) stands beside its other form. An acronym after a town's adjective ("Die
 * Klosterneuburger ___") is not spelled out by it.
 */
export function otherFormBeside(text: string, start: number, end: number): boolean {
  if (ACRONYM_AFTER.test(text.slice(end, end + 12))) return true;
  // "die verholzenden ___, also Lianen", "Lianen, also ___": the noun beside says it in other words.
  if (RESTATED_AFTER.test(text.slice(end, end + 20)) || RESTATED_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return true;
  // "Urlauberinnen und ___": the other gender's form of the same noun spells the gap out. Looked for only where a
  // feminine plural stands in the gap or near it: this runs for every gap.
  const gap = text.slice(start, end);
  const nearBefore = text.slice(Math.max(0, start - 40), start);
  const nearAfter = text.slice(end, end + 40);
  if (gap.endsWith(FEMININE_PLURAL) || nearBefore.includes(FEMININE_PLURAL) || nearAfter.includes(FEMININE_PLURAL)) {
    const pairedBefore = PAIRED_BEFORE.exec(nearBefore)?.[1];
    const pairedAfter = PAIRED_AFTER.exec(nearAfter)?.[1];
    if ((pairedBefore && genderForms(pairedBefore, gap)) || (pairedAfter && genderForms(gap, pairedAfter))) return true;
  }
  if (!ACRONYM.test(text.slice(start, end))) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return before !== null && !SENTENCE_END.test(before[1]!) && !before[2]!.endsWith("er");
}
