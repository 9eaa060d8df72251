/**
 * Whether a sentence of the text can stand alone as a gap text or inside a statement: a learner sees
 * only this sentence, so it must not lean on an earlier one through a pronoun ("er", "sie"), a
 * pronominal adverb ("dafür", "darüber"), a demonstrative ("dieser", "dort") or an epithet for
 * someone or something named before ("die 52-Jährige", "der Konzern"); and it must be a sentence,
 * not a subtitle fragment ("Insgesamt 40 Angriffe."). A pronoun after a name in the same sentence
 * ("Merkel sagte, sie werde ...") points to that name and is fine.
 */
import { ANAPHORIC_EPITHETS, TIME_NOUNS } from "./data/anaphora";
import type { Span } from "../extract/types";
import type { DocContext } from "./context";

/** Fewer words than this, and a sentence is a subtitle or a fragment, not a statement one can ask about. */
const MIN_WORDS = 6;

/** Third-person pronouns: they stand for someone the sentence must have named before. */
const PRONOUN = /(?<![\p{L}\p{N}-])(?:er|sie|ihm|ihn|ihnen|es)(?![\p{L}\p{N}-])/giu;
/** Possessives: "seine Reise" needs someone in the sentence whose it is. */
const POSSESSIVE = /(?<![\p{L}\p{N}-])(?:sein|seine[mnrs]?|ihr|ihre[mnrs]?)(?![\p{L}\p{N}-])/giu;
/** Pronominal adverbs and demonstratives: they point at what an earlier sentence said. */
const POINTER =
  /(?<![\p{L}\p{N}-])(?:da(?:bei|für|gegen|ran|rauf|raus|rin|rüber|runter|von|vor|zu|durch|nach|neben|hinter|zwischen)|dort(?:hin|her|ige[mnrs]?)?|dies|diese[mnrs]?|jene[mnrs]?|solche[mnrs]?|derselbe|dieselbe|dasselbe|denselben|demselben|ebenda|ebendort)(?![\p{L}\p{N}-])/giu;
/** What a pointer may point forward to, in the same sentence: "darauf, dass ...", "darüber, wie ...". */
const POINTS_FORWARD = /^\s*,?\s*(?:dass|ob|wie|wer|was|wo|wann|warum|weshalb|zu)(?!\p{L})/iu;
/** "davon", "darunter" after a figure point at it: "352 Verletzte, 99 davon". */
const PART_OF = /^(?:davon|darunter)$/iu;
/** "damit" after a comma opens a clause of purpose ("…, damit alle kommen"); elsewhere it points back. */
const DAMIT = /(?<![\p{L}\p{N}-])damit(?![\p{L}\p{N}-])/giu;
/** "es gibt", "gibt es", "Es wurden 40 Menschen verletzt": an "es" that stands for nothing. */
const EXPLETIVE_ES =
  /(?<![\p{L}])(?:es\s+(?:gibt|gab|gebe|gäbe|geht|ging|gehe|handelt|handelte|handle|kam|kommt|komme|heißt|hieß|hieße|fehlt|fehlte|bleibt|blieb)|(?:gibt|gab|gebe|gäbe|geht|ging|gehe|handelt|handelte|heißt|hieß|fehlt|fehlte|bleibt|blieb)\s+es)(?![\p{L}])/giu;
const OPENING_ES = /^Es\s+(?:wurden?|werden|wird|würden?|sei|seien|habe|hatte|herrscht|herrschte|bestehe|besteht|bestand|laufen|liefen)(?!\p{L})/u;
/** "nach ihren Angaben", "seinen Worten zufolge": whose words, which the question does not depend on. */
const ATTRIBUTION =
  /(?:[Nn]ach|[Ll]aut)\s+(?:seinen|ihren)\s+(?:eigenen\s+)?(?:Angaben|Worten|Aussagen|Schätzungen)|(?:seinen|ihren)\s+(?:eigenen\s+)?(?:Angaben|Worten)\s+(?:zufolge|nach)/u;
/** "Es ist das erste Treffen seit ...": an "es" that presents the event the text reports. */
const PRESENTING_ES = /^Es\s+(?:ist|war|sei)\s+(?:der|die|das|ein|eine)\s/u;
/** "die 52-Jährige", "der 70-jährige": an age for someone named before. */
const AGE_EPITHET = /(?<![\p{L}])(?:[Dd]er|[Dd]ie|[Dd]en|[Dd]em|[Dd]es)\s+\d+-[Jj]ährige[nr]?(?![\p{L}])/u;
/** "die gleiche Summe", "dieselbe Zahl": what an earlier sentence said. */
const SAME_AS_BEFORE = /(?<![\p{L}])(?:der|die|das|den|dem|des)\s+(?:gleiche[nrs]?|selbe[nrs]?)(?![\p{L}])/iu;

/** Names and places the text mentions, by start offset: what a pronoun after them may stand for. */
const namedStarts = new WeakMap<DocContext, number[]>();

function namesOf(doc: DocContext): number[] {
  let starts = namedStarts.get(doc);
  if (!starts) {
    const facts = doc.facts;
    starts = [
      ...facts.persons.flatMap((person) => person.mentions.map((mention) => mention.start)),
      ...facts.countries.flatMap((country) => country.mentions.map((mention) => mention.start)),
      ...facts.places.flatMap((place) => place.mentions.map((mention) => mention.start)),
      ...facts.quotes.map((quote) => quote.speaker.start),
      ...facts.actions.map((action) => action.actor.start),
    ].sort((a, b) => a - b);
    namedStarts.set(doc, starts);
  }
  return starts;
}

/** Whether something is named in [from, to): a pronoun at `to` can stand for it. */
function namedBetween(doc: DocContext, from: number, to: number): boolean {
  return namesOf(doc).some((start) => start >= from && start < to);
}

/** An epithet ("der Konzern", "beim Unternehmen") with no name right after it to say who is meant. */
function hasEpithet(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.some((word, index) => {
    const bare = word.replace(/[^\p{L}-]/gu, "");
    if (!ANAPHORIC_EPITHETS.has(bare) || index === 0) return false;
    const before = words[index - 1]!.toLowerCase();
    if (!/^(?:der|die|das|den|dem|des|beim|im|vom|zum|zur)$/u.test(before)) return false;
    // "der Konzern Siemens": the name follows and says who.
    return !/^\p{Lu}/u.test(words[index + 1] ?? "") || /[.,;:!?]$/u.test(word);
  });
}

/** A demonstrative of time ("diese Woche", "dieses Jahres") points at the date of the text, which is fine. */
function pointsAtTime(text: string, index: number, length: number): boolean {
  const next = /^\s+(\p{L}+)/u.exec(text.slice(index + length))?.[1];
  return next !== undefined && TIME_NOUNS.has(next);
}

/** Whether a noun (a capitalised word, the sentence's first word aside) stands in `text` before `index`. */
function nounBefore(text: string, index: number): boolean {
  return /^\S+\s.*?(?<![\p{L}])\p{Lu}\p{Ll}/u.test(text.slice(0, index));
}

/** Where each pointer, demonstrative or "damit" that points outside the text stands (offsets into `text`). */
function pointers(text: string, resolved: (index: number) => boolean): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(POINTER)) {
    const word = match[0];
    const after = text.slice(match.index + word.length);
    if (/^dies/iu.test(word) && pointsAtTime(text, match.index, word.length)) continue;
    if (/^da/iu.test(word) && POINTS_FORWARD.test(after)) continue;
    if (PART_OF.test(word) && /\d/u.test(text.slice(0, match.index))) continue;
    // "in jenen Gebieten, die vom IS befreit wurden": the relative clause says which.
    if (/^jene/iu.test(word) && /^[^.,;:]{0,60},\s*(?:der|die|das|den|dem|denen|deren|dessen|welche[mnrs]?)(?!\p{L})/u.test(after)) continue;
    if (/^dort/iu.test(word) && resolved(match.index)) continue;
    found.push(match.index);
  }
  for (const match of text.matchAll(DAMIT)) {
    if (!/,\s*$/u.test(text.slice(0, match.index)) && !POINTS_FORWARD.test(text.slice(match.index + 5))) found.push(match.index);
  }
  return found;
}

/** Whether a text names someone or something only an earlier sentence identifies ("die 52-Jährige", "der Konzern"). */
function hasEpithets(text: string): boolean {
  return AGE_EPITHET.test(text) || SAME_AS_BEFORE.test(text) || hasEpithet(text);
}

/** Offsets (into `text`) of its third-person pronouns that stand for someone ("es gibt" aside). */
function pronouns(text: string): number[] {
  const expletives = new Set([...text.matchAll(EXPLETIVE_ES)].map((match) => match.index + /(?<!\p{L})es(?!\p{L})/iu.exec(match[0])!.index));
  if (OPENING_ES.test(text) || PRESENTING_ES.test(text)) expletives.add(0);
  return [...text.matchAll(PRONOUN)]
    .map((match) => match.index)
    .filter((index) => !expletives.has(index) && !(/^es$/iu.test(text.slice(index, index + 2)) && /,\s*(?:dass|ob|wenn|zu)(?!\p{L})/u.test(text.slice(index))));
}

/** Possessives, except in attributions ("nach ihren Angaben") that say whose words, not what happened. */
function possessives(text: string): number[] {
  return [...text.matchAll(POSSESSIVE)].map((match) => match.index).filter((index) => !ATTRIBUTION.test(text.slice(Math.max(0, index - 12), index + 40)));
}

/** Whether someone's words (a quote in a stem or statement) hold nothing that points outside them. */
export function quoteStandsAlone(words: string): boolean {
  return !hasEpithets(words) && pointers(words, () => false).length === 0 && pronouns(words).length === 0 && possessives(words).length === 0;
}

/** Where a clause ends: a comma or colon before a space (not "1,8"), a semicolon, a dash, a parenthesis. */
const CLAUSE_BOUNDARY = /[,;:](?=\s)|[–()]/gu;

/** The clause (between commas, colons, dashes, parentheses) of `text` around `index`. */
function clauseAround(text: string, index: number): Span {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(CLAUSE_BOUNDARY)) {
    if (match.index < index) start = match.index + 1;
    else {
      end = match.index;
      break;
    }
  }
  return { start, end };
}

export interface Gap extends Span {
  /** A name or place: a pronoun after it may stand for it, since it is there once filled in. */
  name?: boolean;
}

/**
 * Whether the sentence at `sentence` reads on its own, as far as `gap` (what the learner fills in; a
 * statement has none, and all of it counts) is concerned. A pointer ("dafür", "dieses", "er") in the
 * gap's clause, or opening the sentence, hides what the question is about; one in another clause
 * ("Um dieses Momentum zu nutzen, kündigte Fallon ... ___ an") does not. Epithets ("der Konzern")
 * count anywhere: they name the actors.
 */
export function standsAlone(doc: DocContext, sentence: Span, gap?: Gap): boolean {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length < MIN_WORDS) return false;
  if (hasEpithets(text)) return false;
  const gapAt = gap ? gap.start - sentence.start : undefined;
  const namedBefore = (index: number) => namedBetween(doc, sentence.start, sentence.start + index) || (gap?.name === true && gapAt! < index);
  const clause = gapAt === undefined ? { start: 0, end: text.length } : clauseAround(text, gapAt);
  const matters = (index: number) => index === 0 || (index >= clause.start && index < clause.end);
  if (pointers(text, namedBefore).some(matters)) return false;
  // "Vor seiner Reise sagte Erdogan ...", "Beschäftigte verloren ihren Arbeitsplatz": a possessive
  // points to a name of its sentence or to a noun before it; "In seinem Auto ..." to nothing here.
  const named = namedBetween(doc, sentence.start, sentence.end);
  if (possessives(text).some((index) => matters(index) && !named && !namedBefore(index) && !nounBefore(text, index))) return false;
  // "Die Regierung kündigte an, sie werde ...": a pronoun stands for a name or noun of an earlier
  // clause of its sentence, not for one in its own clause ("Im Gegensatz zu Dung ist er ..." is someone else).
  return pronouns(text).every((index) => {
    if (!matters(index)) return true;
    const boundary = Math.max(0, ...[...text.slice(0, index).matchAll(CLAUSE_BOUNDARY)].map((match) => match.index), text.lastIndexOf(" und ", index));
    return boundary > 0 && (namedBefore(boundary) || nounBefore(text, boundary));
  });
}
