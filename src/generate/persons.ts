/** Shared by the families about people: how a person is shown and which people are safe distractors. */
import type { Question } from "../bank/schema";
import { isSpace } from "../bank/text";
import { charClass, LETTER, NUMBER, UPPER } from "../extract/text";
import type { PersonFact, Span } from "../extract/types";
import { type Choice, cloze, fitsGapText } from "./build";
import { withinOneEdit } from "../bank/grade";
import { givenNameGender } from "../extract/data/given-names";
import { NOUN_PHRASE_DETERMINERS } from "../extract/data/grammar";
import { type DocContext, evidenceFor, type Pool, perDocument, perFact, textCapitals, textMentions, within } from "./context";
import { nameGapSalience } from "./salience";
import { standsAlone } from "./standalone";

/** People the text reports at the meeting: attendees and those who came in someone's place. */
export function isPresent(person: PersonFact): boolean {
  return person.attendance === "attended" || person.attendance === "representative";
}

/** Whether shownName changes `name`: a hyphen before a space, whitespace other than one plain space, whitespace at either end. */
function needsMending(name: string): boolean {
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    if (!isSpace(code)) continue;
    if (code !== 32 || index === 0 || index === name.length - 1 || name.charCodeAt(index - 1) === 45 || isSpace(name.charCodeAt(index + 1))) return true;
  }
  return false;
}

/** A hyphen and a line break inside a name ("al- Kadhimi"); global for String.replace, which starts from 0 whatever lastIndex is. */
const BROKEN_HYPHEN = /(?<=\p{L})-\s+(?=\p{Lu})/gu;

/**
 * A name as shown in options and statements. The text may break a name after a hyphen ("al- Kadhimi",
 * a line-wrap artefact); shown, the parts are joined again ("al-Kadhimi"). Evidence stays verbatim.
 */
export function shownName(name: string): string {
  // Most names need neither: the test costs less than the two replacements.
  if (!needsMending(name)) return name;
  return name.replace(BROKEN_HYPHEN, "-").replace(/\s+/gu, " ").trim();
}

/** The person's full name as shown ("Frank-Walter Steinmeier", "al-Kadhimi"). */
export function fullName(person: PersonFact): string {
  return shownName(person.name);
}

/** Full names when the answer has a given name, surnames otherwise, so no option stands out by form. */
export function display(person: PersonFact, full: boolean): string {
  if (full) return fullName(person);
  // Without the given name, but with the particles that belong to the surname ("al-Kadhimi").
  if (person.givenName && person.name.startsWith(person.givenName)) return shownName(person.name.slice(person.givenName.length));
  return fullName(person);
}

/** A statement as a German sentence: it starts with a capital even when a name does not ("Al-Kadhimi ist ..."). */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function usesFullName(person: PersonFact): boolean {
  return person.givenName !== undefined && person.name.includes(" ");
}

/** Whether `person` may stand next to `answer` without their gender telling which is right: not known to differ. */
export function sameGender(person: PersonFact, answer: PersonFact): boolean {
  return answer.gender === undefined || person.gender === undefined || person.gender === answer.gender;
}

/**
 * Whether a person may be offered as a wrong answer: not one the text names by a given name alone ("Thor" of a garbled
 * "Thor bjorn Jagland"), which is no person a learner can tell apart.
 */
export const offerable = (person: PersonFact) => person.name.includes(" ") || givenNameGender(person.name.toLowerCase()) === undefined;

/**
 * People to offer as wrong answers: those of this text that `wrongHere` accepts, then people of
 * other texts that this text does not name at all (so the text cannot make them right). With
 * `matchGender`, nobody whose gender differs from the answer's (a stem such as "Wer ist Präsidentin?"
 * or "seine Reise" would give them away).
 */
export function personDistractors(
  doc: DocContext,
  pool: Pool,
  answer: PersonFact,
  wrongHere: (person: PersonFact) => boolean,
  full = usesFullName(answer),
  factOf?: (person: PersonFact) => string,
  matchGender = false,
): Choice[] {
  const same = (person: PersonFact) => person.surname === answer.surname;
  const fits = (person: PersonFact) => !matchGender || sameGender(person, answer);
  const here = doc.facts.persons.filter((person) => !same(person) && offerable(person) && wrongHere(person) && fits(person));
  const elsewhere = pool.persons
    .filter((entry) => entry.documentId !== doc.id)
    .map((entry) => entry.person)
    .filter((person) => !same(person) && offerable(person) && fits(person) && !textMentions(doc, person.surname));
  // People written like the answer (with or without given name) first, so no option stands out by form.
  const alike = (person: PersonFact) => usesFullName(person) === full;
  const ordered = [...elsewhere.filter(alike), ...elsewhere.filter((person) => !alike(person))];
  return [
    ...here.map((person) => ({ text: display(person, full), ...(factOf ? { fact: factOf(person) } : {}) })),
    ...ordered.map((person) => ({ text: display(person, full) })),
  ];
}

/** A capitalised word, tried only where a capital stands (matchesAtCapitals): its look-behind is not run at every position. */
export const CAPITALISED_AT = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'-]+/uy;

/** Where CAPITALISED_AT's match at a capital ends, by the characters' classes (MatchEnd). */
export function capitalisedEnd(text: string, at: number): number | undefined {
  const capital = charClass(text.charCodeAt(at));
  const before = at === 0 ? 0 : charClass(text.charCodeAt(at - 1));
  if (capital === undefined || before === undefined) return undefined;
  if ((capital & UPPER) === 0 || (before & (LETTER | NUMBER)) !== 0) return -1;
  let end = at + 1;
  for (;;) {
    const code = text.charCodeAt(end);
    const next = charClass(code);
    if (next === undefined) return undefined;
    if ((next & LETTER) === 0 && code !== 39 && code !== 45) break;
    end++;
  }
  return end > at + 1 ? end : -1;
}

/**
 * Where the text's capitalised words end, by where they start (CAPITALISED_AT's matches, as matchesAtCapitalsOf
 * finds them), as numbers: a surname's other spellings are looked for among the few of them that start with its
 * letter and are about as long, and a string of every word, hashed into sets, cost more than the whole search.
 */
const capitalisedWordEnds = perDocument((doc) => {
  const text = doc.text;
  const starts: number[] = [];
  const ends: number[] = [];
  let from = 0;
  for (const at of textCapitals(doc)) {
    if (at < from) continue;
    let end = capitalisedEnd(text, at);
    if (end === undefined) {
      CAPITALISED_AT.lastIndex = at;
      end = CAPITALISED_AT.test(text) ? CAPITALISED_AT.lastIndex : -1;
    }
    if (end === -1) continue;
    starts.push(at);
    ends.push(end);
    from = end;
  }
  return { starts, ends };
});

/** The text's capitalised words that start with `first` and are `length` long give or take two, once each and in text order. */
function capitalisedWordsLike(doc: DocContext, first: number, length: number): string[] {
  const words: string[] = [];
  const { starts, ends } = capitalisedWordEnds(doc);
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index]!;
    const end = ends[index]!;
    if (doc.text.charCodeAt(start) !== first || Math.abs(end - start - length) > 2) continue;
    const word = doc.text.slice(start, end);
    if (!words.includes(word)) words.push(word);
  }
  return words;
}

/** Surnames shorter than this have too many neighbours one letter away ("Lee", "Leh"). */
const MIN_VARIANT_SURNAME = 5;

/**
 * Other spellings of a person's surname that the text itself uses ("Hofmann" three times next to
 * "Hoffmann"): one letter apart, same first letter, not the genitive, no other person's surname. A
 * learner who read the article may type either; the blind reading of round 8 failed such a gap.
 */
export function surnameSpellings(doc: DocContext, person: PersonFact): string[] {
  const surname = shownName(person.surname);
  if (surname.includes(" ") || surname.length < MIN_VARIANT_SURNAME) return [];
  const others = new Set(doc.facts.persons.filter((other) => other !== person).map((other) => shownName(other.surname)));
  // withinOneEdit rules out words whose lengths differ by more than two.
  return capitalisedWordsLike(doc, surname.charCodeAt(0), surname.length).filter(
    (word) => word !== surname && word !== `${surname}s` && !others.has(word) && withinOneEdit(word, surname) && !writtenAsNoun(doc, word),
  );
}

/** The word before a capitalised word: letters only, right before its space. */
const WORD_BEFORE = /(\p{L}+)\s+$/u;

/** Whether the text writes `word` after an article or another determiner ("Der Schwenk", "einen Schwenk"): a noun, no spelling of a name. */
function writtenAsNoun(doc: DocContext, word: string): boolean {
  const { starts, ends } = capitalisedWordEnds(doc);
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index]!;
    if (ends[index]! - start !== word.length || !doc.text.startsWith(word, start)) continue;
    const before = WORD_BEFORE.exec(doc.text.slice(Math.max(0, start - 12), start))?.[1];
    if (before !== undefined && NOUN_PHRASE_DETERMINERS.has(before.toLowerCase())) return true;
  }
  return false;
}

/**
 * Every spelling of the person's name a gap accepts: full name, surname, and the other spellings the text
 * uses; of a name of three words or more also its last words ("Pérez Molina" of "Otto Pérez Molina", "Tan
 * Dung" of "Nguyen Tan Dung"), which the text itself may use. Once per person: the families ask a person's
 * name in many of their sentences.
 */
const nameSpellings = perFact((doc: DocContext, person: PersonFact): readonly string[] => {
  const variants = surnameSpellings(doc, person);
  const given = person.givenName ? shownName(person.givenName) : undefined;
  const words = fullName(person).split(" ");
  const lastWords = words.slice(1, -1).map((_, index) => words.slice(index + 1).join(" "));
  return [fullName(person), shownName(person.surname), ...variants, ...(given ? variants.map((variant) => `${given} ${variant}`) : []), ...lastWords];
});

export const NAME_GAP_STEM = "Welcher Name fehlt in diesem Satz?";

/**
 * The sentence at `span` with the person's name cut out: who said or did it, or holds an office, asked
 * without wrong options, so also in texts that name few people. Undefined where the sentence names the
 * person twice or not at all.
 */
export function nameGap(
  doc: DocContext,
  person: PersonFact,
  span: Span,
  common: { topic: Question["topic"]; key: string; fact: string; salience: number },
): Question | undefined {
  const evidence = evidenceFor(doc, span);
  if (!evidence || !fitsGapText(evidence)) return undefined;
  const inSentence = person.mentions.filter((mention) => within(mention, evidence));
  if (inSentence.length !== 1) return undefined;
  const mention = inSentence[0]!;
  if (!standsAlone(doc, evidence, { start: mention.start, end: mention.end, name: true })) return undefined;
  const offset = mention.start - evidence.start;
  // A literal, not a spread of `common`: spreading objects of the callers' varying shapes took V8's slow path (src/generate/build.ts).
  return cloze(
    {
      documentId: doc.id,
      topic: common.topic,
      key: `${common.key}:name`,
      fact: common.fact,
      salience: nameGapSalience(doc, person, common.salience),
      stem: NAME_GAP_STEM,
      evidence,
    },
    evidence.quote,
    offset,
    offset + mention.end - mention.start,
    nameSpellings(doc, person),
  );
}
