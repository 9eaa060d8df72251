/**
 * Parties, companies, institutions and products the text names again and again ("FPÖ", "TTIP",
 * "OnePlus"), as gaps in the first sentence that can carry them: who acted is what a reader must have
 * taken in. Only names of a shape no common noun has (an acronym, a word with a capital inside), so
 * that the gap asks for a name and the text alone decides which.
 */
import type { Question } from "../bank/schema";
import { matchesAtCapitalsOf, overlapsAnyOf } from "../extract/text";
import type { Span } from "../extract/types";
import { besideFormSalience, otherFormBeside } from "./besideforms";
import { cloze, fitsGapText } from "./build";
import { type DocContext, evidenceFor, isProse, perDocument, personAndPlaceMentions, textCapitals } from "./context";
import { NAME_GAP_STEM } from "./persons";
import { AGENCY_SHORT_NAMES } from "../extract/data/agencies";
import { salienceOf } from "./salience";
import { gapStandsAlone } from "./standalone";

/**
 * An acronym of three to five letters ("SPÖ", "EZB", "TTIP"; "EU" and "UN" are too common to ask), a name with a capital
 * inside ("OnePlus", "AlphaGo") or a web address a service is named by ("Docs.com", "Golem.de").
 */
const NAME_SHAPE = /(?<![\p{L}\p{N}-])(?:\p{Lu}{3,5}|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+|\p{Lu}[\p{L}\p{N}-]*\.(?:com|net|org|io|de|at|ch))(?![\p{L}\p{N}])/gu;
/** NAME_SHAPE tried at one position, by matchesAtCapitals: a name of that shape opens with an upper-case letter. */
const NAME_SHAPE_AT = new RegExp(NAME_SHAPE.source, "uy");

/** Where the run of small ASCII letters from `from` on ends. */
function asciiLowerRunEnd(text: string, from: number): number {
  let index = from;
  for (let code = text.charCodeAt(index); code >= 97 && code <= 122; code = text.charCodeAt(index)) index++;
  return index;
}

/** Whether the character at `index` is ASCII but no letter (or the text ends there): it is neither \p{L} nor \p{Lu}. */
function asciiNonLetterAt(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const code = text.charCodeAt(index);
  return code < 128 && !((code | 0x20) >= 97 && (code | 0x20) <= 122);
}

const DOT = 46;

/**
 * Whether NAME_SHAPE may match at a capital: not where small ASCII letters follow it and end at an ASCII
 * character that is no letter ("Regierung "), after which neither an acronym nor a capital inside can come; but a dot
 * before small letters may go on to a web address ("Docs.com").
 */
function mayBeNameShape(text: string, at: number): boolean {
  const end = asciiLowerRunEnd(text, at + 1);
  return end === at + 1 || !asciiNonLetterAt(text, end) || (text.charCodeAt(end) === DOT && asciiLowerRunEnd(text, end + 1) > end + 1);
}

/** Roman numerals ("II", "XIV") have an acronym's shape and name nothing. */
const ROMAN = /^[IVXLCDM]+$/u;
/**
 * "(OGH)" after "Der Oberste Gerichtshof", "Ponta (PSD)": in parentheses an acronym spells out what
 * the sentence says already, or is a party label; "laut der Nachrichtenagentur APA" names a source.
 */
function asideOrSource(doc: DocContext, mention: Span): boolean {
  const before = doc.text.slice(Math.max(0, mention.start - 30), mention.start);
  const after = doc.text.slice(mention.end, mention.end + 3);
  return (
    /\(\s*$/u.test(before) ||
    /^\s*\(/u.test(after) ||
    /(?:[Aa]gentur|[Ss]ender|[Zz]eitung)\s+$/u.test(before) ||
    AGENCY_SHORT_NAMES.has(doc.text.slice(mention.start, mention.end))
  );
}

/** A name must come up this often to be one the text is about. */
const MIN_MENTIONS = 2;

/** A letter, digit or hyphen before a name: it is part of a longer word. */
const WORD_GOES_ON_BEFORE = /[\p{L}\p{N}-]/u;

/** How often `name` opens a compound ("SPÖ-Chef"). */
function compounds(text: string, name: string): number {
  const opening = `${name}-`;
  let count = 0;
  for (let at = text.indexOf(opening); at !== -1; at = text.indexOf(opening, at + 1)) if (!WORD_GOES_ON_BEFORE.test(text.charAt(at - 1))) count++;
  return count;
}

/** How far before "(WFP)" the words spelling it out may start. */
const MAX_SPELLED_OUT_WORDS = 6;
/**
 * A written-out name's words: capitalised ones and the small words inside it ("Organisation für ... Zusammenarbeit",
 * "Monte dei Paschi di Siena", "Banco de la Nación").
 */
const SPELLED_OUT_WORD = /^(?:\p{Lu}[\p{L}-]*|für|der|des|und|of|for|the|and|de|du|la|le|les|di|dei|del|della|degli|da|do|dos|y|e|et|van|von)$/u;

const UPPER_FIRST = /^\p{Lu}/u;

const NAME_GOES_ON = /[\p{L}\p{N}]/u;

/**
 * The shorter forms of a written-out name that the text uses on their own as well ("die Cassa Rurale" after "Cassa
 * Rurale di Pergine (CRP)"): its first two or more words, ending in a capitalised one, found somewhere the whole name
 * does not go on. Never a single word ("Deutsche" of "Deutsche Bank" names nothing alone) nor a form the text never
 * uses ("Royal Bank" of "Royal Bank of Scotland" may be another bank).
 */
export function shorterFormsUsed(text: string, name: string): string[] {
  const words = name.split(" ");
  const forms: string[] = [];
  for (let count = words.length - 1; count >= 2; count--) {
    if (!UPPER_FIRST.test(words[count - 1]!)) continue;
    const form = words.slice(0, count).join(" ");
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      const wholeWords = !NAME_GOES_ON.test(text.charAt(at - 1)) && !NAME_GOES_ON.test(text.charAt(end));
      if (wholeWords && !text.startsWith(name, at)) {
        forms.push(form);
        break;
      }
    }
  }
  return forms;
}

/** Whether the letters of `acronym` stand in `word` in their order, case aside ("Bundeskriminalamt", "BKA"). */
function holdsInOrder(word: string, acronym: string): boolean {
  const lower = word.toLowerCase();
  let from = 0;
  for (const letter of acronym.toLowerCase()) {
    const at = lower.indexOf(letter, from);
    if (at === -1) return false;
    from = at + 1;
  }
  return true;
}

/**
 * What the text spells out for an acronym ("das World Food Programm (WFP)"): the words right before
 * "(WFP)", from the nearest one that starts with the acronym's first letter, and the shorter forms of
 * them the text uses too (shorterFormsUsed). A learner who read the article may type any; the blind
 * reading of round 8 failed a gap that took only the acronym.
 */
export function spelledOut(text: string, acronym: string): string[] {
  const spellings = new Set<string>();
  for (let at = text.indexOf(`(${acronym})`); at !== -1; at = text.indexOf(`(${acronym})`, at + 1)) {
    const words = text
      .slice(Math.max(0, at - 120), at)
      .trimEnd()
      .split(/\s+/u)
      .slice(-MAX_SPELLED_OUT_WORDS);
    for (let first = words.length - 1; first >= 0; first--) {
      const word = words[first]!;
      if (!SPELLED_OUT_WORD.test(word)) break;
      if (word.charAt(0).toLowerCase() === acronym.charAt(0).toLowerCase() && UPPER_FIRST.test(word)) {
        const spelling = words.slice(first).join(" ");
        // "Elke Kahr (KPÖ)": a single word spells an acronym out only where it holds its letters in order ("Bundeskriminalamt (BKA)").
        if (first === words.length - 1 && !holdsInOrder(word, acronym)) break;
        spellings.add(spelling);
        for (const form of shorterFormsUsed(text, spelling)) spellings.add(form);
        break;
      }
    }
  }
  return [...spellings];
}

/** A company's legal form after its name ("TransCanada Corp"): the gap would cut the name in two. */
const COMPANY_SUFFIX_AFTER = /^\s+(?:Corp|Corporation|Inc|Ltd|AG|SE|GmbH|plc|Co|Group|Holding)(?![\p{L}\p{N}])/u;

/** Whether a span overlaps a name of a person, country or place: made once per document for the two families that keep off them. */
export const overlapsPersonOrPlace = perDocument((doc) => overlapsAnyOf(personAndPlaceMentions(doc)));

export function organisationQuestions(doc: DocContext): Question[] {
  const isTaken = overlapsPersonOrPlace(doc);
  const byName = new Map<string, { start: number; end: number; text: string }[]>();
  for (const match of matchesAtCapitalsOf(NAME_SHAPE_AT, doc.text, textCapitals(doc), mayBeNameShape)) {
    const mention = { start: match.index, end: match.index + match.word.length, text: match.word };
    if (ROMAN.test(mention.text) || isTaken(mention)) continue;
    const mentions = byName.get(mention.text);
    if (mentions) mentions.push(mention);
    else byName.set(mention.text, [mention]);
  }
  const questions: Question[] = [];
  for (const [name, mentions] of byName) {
    // Counted also in compounds ("SPÖ-Chef"): the text is about the party all the same.
    const named = mentions.length + compounds(doc.text, name);
    if (named < MIN_MENTIONS) continue;
    const usable = mentions.filter(
      (candidate) =>
        doc.text[candidate.end] !== "-" && !COMPANY_SUFFIX_AFTER.test(doc.text.slice(candidate.end, candidate.end + 14)) && !asideOrSource(doc, candidate),
    );
    // A mention beside its other form ("des Weltklimarats ___") last, and then only as a filler.
    const beside = new Set(usable.filter((mention) => otherFormBeside(doc.text, mention.start, mention.end)));
    for (const mention of [...usable.filter((mention) => !beside.has(mention)), ...beside]) {
      const evidence = isProse(doc, mention) ? evidenceFor(doc, mention) : undefined;
      if (!evidence || !fitsGapText(evidence) || !gapStandsAlone(doc, evidence, { start: mention.start, end: mention.end, name: true })) continue;
      const offset = mention.start - evidence.start;
      const question = cloze(
        {
          documentId: doc.id,
          topic: "organisation",
          key: name,
          fact: `organisation:${name}`,
          salience: beside.has(mention) ? besideFormSalience(salienceOf(doc, "organisation", mention)) : salienceOf(doc, "organisation", mention),
          stem: NAME_GAP_STEM,
          evidence,
        },
        evidence.quote,
        offset,
        offset + name.length,
        spelledOut(doc.text, name),
      );
      if (question) {
        questions.push(question);
        break;
      }
    }
  }
  return questions;
}
