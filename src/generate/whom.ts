/**
 * Whom the actor's deed concerned: "Wen hat Recep Tayyip Erdoğan laut Text mit der Bildung einer Übergangsregierung
 * beauftragt?" with the person the deed names (Ahmet Davutoğlu) among the other people of the text. A who-did-what
 * question keys the actor's name, which stands in nearly every sentence of a short item, and no other question that
 * shows that name may then stand beside it; this one shows the actor and keys the person the deed was done to.
 * Asked only where the text marks that person's case: an article of one case ("den russischen Botschafter Sergej
 * Andrejew", "dem Kläger Max Huber") or a preposition of one case ("gegen Premier Victor Ponta", "mit der Ministerin
 * Anna Berg"), or a verb whose person is always an object of one case (data/objects.ts: "hat Ministerpräsident Ahmet
 * Davutoğlu beauftragt"); a bare name beside any other verb may be either object.
 */
import type { Question } from "../bank/schema";
import type { ActionFact, PersonFact } from "../extract/types";
import { MAX_DISTRACTORS, normalise, single } from "./build";
import { deedOf, namedAfterPerson, personBeforeEvidence } from "./claims";
import { articleSentenceAt, type DocContext, evidenceFor, type Pool, personOf } from "./context";
import {
  ACCUSATIVE_ONLY_PREPOSITIONS,
  ACCUSATIVE_PERSON_VERBS,
  COMPARISON_WORDS,
  DATIVE_ONLY_PREPOSITIONS,
  DATIVE_PERSON_VERBS,
  LIKENING_ADVERBS,
  TOGETHER_ADVERBS,
} from "./data/objects";
import { PREPOSITIONS, pronounsFirst } from "./german";
import { isAdjectiveLike } from "../extract/text";
import { ADJECTIVE, bare, CONTRACTIONS, LINKING_VERBS, LISTING, lexicalVerb, subjectOf, verbStem } from "./objects";
import { display, personDistractors, usesFullName } from "./persons";
import { actingInstitution, salienceOf } from "./salience";

type Case = "accusative" | "dative";

/**
 * Determiners of one case where the clause's subject is its actor: "den", "einen" and the possessives in "-en" are a
 * masculine accusative (a plural "den" would be a dative, but a plural stands before no one person's name), "die",
 * "seine", "ihre" an accusative beside the subject, "dem", "einem" and "-em" a dative. Not "der" (a dative or a
 * genitive: "die Entlassung der Ministerin Anna Berg").
 */
const DETERMINER_CASE: ReadonlyMap<string, Case> = new Map([
  ["den", "accusative"],
  ["einen", "accusative"],
  ["seinen", "accusative"],
  ["ihren", "accusative"],
  ["die", "accusative"],
  ["seine", "accusative"],
  ["ihre", "accusative"],
  ["dem", "dative"],
  ["einem", "dative"],
  ["seinem", "dative"],
  ["ihrem", "dative"],
]);
/** After a preposition of one case, its determiners ("gegen den", "mit der"); "der" after "mit" is a dative. */
const DETERMINERS_AFTER: Readonly<Record<Case, ReadonlySet<string>>> = {
  accusative: new Set(["den", "die", "einen", "eine", "seinen", "seine", "ihren", "ihre"]),
  dative: new Set(["dem", "der", "einem", "einer", "seinem", "seiner", "ihrem", "ihrer"]),
};
/** The stems of the verbs whose bare person is an object of one case. */
const PERSON_VERB_CASES: ReadonlyMap<string, Case> = new Map([
  ...ACCUSATIVE_PERSON_VERBS.map((verb) => [verbStem(verb), "accusative"] as const),
  ...DATIVE_PERSON_VERBS.map((verb) => [verbStem(verb), "dative"] as const),
]);
/** Words of the person's role before the name, at most ("der frühere SPD-Vorsitzende", "Metal Gear-Schöpfer"). */
const MAX_ROLE_WORDS = 3;
/** A relative pronoun after a comma: a clause about the person, which the stem leaves out. */
const RELATIVE_PRONOUN = /^(?:der|die|dem|den|deren|dessen|welcher|welche|welchem|welchen)$/u;
/** A stem longer than this runs over a phone's screen. */
const MAX_STEM_LENGTH = 170;

/** The words of a deed that name a person with the case marked before them, and that case. */
interface PersonPhrase {
  person: PersonFact;
  /** Words [from, to) of the deed: the preposition or determiner, the role and the name. */
  from: number;
  to: number;
  grammaticalCase: Case;
  preposition?: string;
}

/** Where the words of `name` stand in `words`, the last with a mark after it at most ("Häupl,"). */
function positionOf(words: readonly string[], name: string): number {
  const parts = name.split(/\s+/u);
  for (let at = 0; at + parts.length <= words.length; at++) {
    if (parts.every((part, index) => bare(words[at + index]!) === part && (index === parts.length - 1 || words[at + index] === part))) return at;
  }
  return -1;
}

/** Any determiner: the role before a name starts after it ("eine", "einen" and "seinen" also look like adjectives). */
const DETERMINERS: ReadonlySet<string> = new Set([
  ...DETERMINER_CASE.keys(),
  ...DETERMINERS_AFTER.accusative,
  ...DETERMINERS_AFTER.dative,
  "der",
  "des",
  "keinen",
  "keinem",
  "diesen",
  "diesem",
  "dieser",
]);

/**
 * An inflected adjective of a role ("früheren", "russische"), not a preposition or other function word of the same ending
 * ("Anklage gegen Bürgermeister ...", "ohne Ministerin ...", "aber", "wieder"), which ends the role instead.
 */
const isRoleAdjective = (word: string) => ADJECTIVE.test(word) && isAdjectiveLike(word) && !PREPOSITIONS.has(word);

const caseOfPreposition = (preposition: string): Case | undefined =>
  ACCUSATIVE_ONLY_PREPOSITIONS.has(preposition) ? "accusative" : DATIVE_ONLY_PREPOSITIONS.has(preposition) ? "dative" : undefined;

/** What stands before the name at `start`: a preposition or determiner of one case, the role words between. */
function markedCase(
  words: readonly string[],
  start: number,
  verbCase: Case | undefined,
): { from: number; grammaticalCase: Case; preposition?: string } | undefined {
  let at = start - 1;
  let roleWords = 0;
  // The role: capitalised nouns and inflected adjectives ("den russischen Botschafter", "Finanzreferentin"); "wie",
  // "gegen" and "ohne" only look like adjectives.
  while (at >= 0 && roleWords < MAX_ROLE_WORDS) {
    const word = words[at]!;
    if (word !== bare(word) || DETERMINERS.has(word) || NOT_BEFORE_OBJECT.has(word) || !(/^\p{Lu}/u.test(word) || isRoleAdjective(word))) break;
    at--;
    roleWords++;
  }
  const word = words[at];
  if (word === undefined) return verbCase ? { from: 0, grammaticalCase: verbCase } : undefined;
  if (word !== bare(word)) return undefined;
  const before = words[at - 1];
  // "gegen Premier Victor Ponta", "mit Hideo Kojima": a preposition right before the role or the name.
  const byPreposition = caseOfPreposition(word);
  if (byPreposition) return attachedToVerb(word, before) ? { from: at, grammaticalCase: byPreposition, preposition: word } : undefined;
  if (!DETERMINERS.has(word)) return verbCase && bareBefore(words, at) ? { from: at + 1, grammaticalCase: verbCase } : undefined;
  // With a determiner, a role between it and the name: "den Südkoreaner Lee Sedol", not "den Lee Sedol".
  if (roleWords === 0) return undefined;
  if (before === undefined) {
    const byDeterminer = DETERMINER_CASE.get(word);
    return byDeterminer ? { from: at, grammaticalCase: byDeterminer } : undefined;
  }
  // After a comma or "und" the person is one of a list.
  if (before !== bare(before) || LISTING.has(before)) return undefined;
  const afterPreposition = caseOfPreposition(before);
  if (afterPreposition) {
    if (!DETERMINERS_AFTER[afterPreposition].has(word) || !attachedToVerb(before, words[at - 2])) return undefined;
    return { from: at - 1, grammaticalCase: afterPreposition, preposition: before };
  }
  // After another preposition ("hinter dem FPÖ-Politiker Hofer") the case is that preposition's.
  const lower = before.toLowerCase();
  if (PREPOSITIONS.has(lower) || CONTRACTIONS.has(lower)) return undefined;
  const byDeterminer = DETERMINER_CASE.get(word);
  return byDeterminer ? { from: at, grammaticalCase: byDeterminer } : undefined;
}

/**
 * Whether the word at `at`, right before a bare person's role or name, leaves the person the verb's object: a word in
 * lower case that opens no phrase of its own ("hat nun Ministerin ..."), not a preposition, a conjunction, "als" or "wie"
 * ("als Nachfolger", "wie Häupl"). A capitalised word ends a phrase ("am Montag"): the role words are then read from
 * after it only where they are roles.
 */
function bareBefore(words: readonly string[], at: number): boolean {
  const word = words[at]!;
  if (!/^\p{Ll}+$/u.test(word)) return false;
  return !(PREPOSITIONS.has(word) || CONTRACTIONS.has(word) || LISTING.has(word) || NOT_BEFORE_OBJECT.has(word));
}
/** Words after which a bare name is compared or described, not the verb's object. */
const NOT_BEFORE_OBJECT: ReadonlySet<string> = new Set([...COMPARISON_WORDS, "zu", "um", "ob", "dass", "sich", "es"]);

/**
 * Whether the person's phrase, starting at word `from`, names one compared with the actor or acting with the actor
 * ("ebenso wie die Ministerin Eva Lang", "wie auch Eva Lang", "gemeinsam mit Eva Lang"): not whom the deed concerned.
 */
function comparedOrTogether(words: readonly string[], from: number, preposition: string | undefined): boolean {
  const before = words[from - 1];
  if (before === undefined || before !== bare(before)) return false;
  if (preposition === "mit" && TOGETHER_ADVERBS.has(before)) return true;
  const comparison = before === "auch" ? words[from - 2] : before;
  return comparison !== undefined && COMPARISON_WORDS.has(comparison);
}

/**
 * A preposition of the dative right after a noun mostly belongs to it ("bei einem Treffen mit dem Präsidenten"): not
 * asked as the verb's. One of the accusative is asked either way ("erhob Anklage gegen den Premier": "Gegen wen ...
 * erhob ... Anklage?").
 */
function attachedToVerb(preposition: string, before: string | undefined): boolean {
  if (before === undefined) return true;
  if (before !== bare(before) || LISTING.has(before)) return false;
  return ACCUSATIVE_ONLY_PREPOSITIONS.has(preposition) || !/^\p{Lu}/u.test(before);
}

/** The person of the text (not the actor) the deed names with a marked case, if exactly one is. */
function personPhraseOf(doc: DocContext, action: ActionFact, words: readonly string[]): PersonPhrase | undefined {
  const found: PersonPhrase[] = [];
  const verbCase = PERSON_VERB_CASES.get(verbStem(lexicalVerb(words, action)));
  for (const person of doc.facts.persons) {
    if (person.surname === action.person) continue;
    const full = positionOf(words, person.name);
    const start = full !== -1 ? full : positionOf(words, person.surname);
    if (start === -1) continue;
    const to = start + (full !== -1 ? person.name : person.surname).split(/\s+/u).length;
    const marked = markedCase(words, start, verbCase);
    if (marked && comparedOrTogether(words, marked.from, marked.preposition)) continue;
    // "nannte den Vergleich schockierend und zitierte ...": a second verb's person, which the stem would join to the first.
    if (marked && !words.slice(0, marked.from).some((word) => LISTING.has(bare(word))))
      found.push({ person, from: marked.from, to, grammaticalCase: marked.grammaticalCase, preposition: marked.preposition });
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Whether the stem likens the deed to another one it does not show: "Mit wem ging X laut Text ebenso heftig ins Gericht?"
 * (from "Ebenso heftig ging X mit Y ins Gericht", after another's deed) cannot be answered from the question; "ebenso
 * wie die Opposition" can.
 */
function likensToUnshownDeed(stem: string): boolean {
  const words = stem.replace(/[?,]/gu, "").toLowerCase().split(" ");
  return words.some((word, index) => LIKENING_ADVERBS.has(word) && !words.slice(index + 1).some((after) => COMPARISON_WORDS.has(after)));
}

/** The deed's words without the person's phrase, or undefined where what follows it cannot be left behind. */
function restWithout(words: readonly string[], phrase: PersonPhrase): string | undefined {
  const last = words[phrase.to - 1]!;
  const after = words.slice(phrase.to);
  if (LISTING.has(bare(after[0] ?? ""))) return undefined;
  let kept = after;
  if (last.endsWith(",")) {
    // "den Südkoreaner Lee Sedol, der das Spiel jahrelang dominiert hatte": a relative clause to the deed's end is left out.
    if (!RELATIVE_PRONOUN.test(after[0] ?? "") || after.some((word) => /[,;:]$/u.test(word))) return undefined;
    kept = [];
  } else if (last !== bare(last) && !/\.$/u.test(last)) return undefined;
  return [...words.slice(0, phrase.from), ...kept].join(" ").replace(/[.,;:]$/u, "");
}

/**
 * Whether a person other than the actor is named in the action's clause or the sentence before it (whom a pronoun of
 * the deed may stand for: "Für sie übernimmt ..."): most deeds name nobody else, and their deeds are then not worked
 * out here (the other families work out the deeds of few actions).
 */
function namesSomeoneNear(doc: DocContext, action: ActionFact): boolean {
  const sentence = articleSentenceAt(doc, action.clause.start);
  const before = sentence && sentence.index > 0 ? doc.sentences[sentence.index - 1]! : sentence;
  const from = before?.start ?? action.clause.start;
  return doc.facts.persons.some(
    (person) => person.surname !== action.person && person.mentions.some((mention) => mention.start >= from && mention.start < action.clause.end),
  );
}

export function whomQuestions(doc: DocContext, pool: Pool): Question[] {
  const questions: Question[] = [];
  const quoted = new Set(doc.facts.quotes.filter((quote) => !quote.pointsBack).map((quote) => quote.start));
  for (const action of doc.facts.actions) {
    // Reported speech would keep its subjunctive; an actor "Er" or a person something was done to is no one to ask about.
    if (quoted.has(action.start) || action.reported || action.undergoer || action.antecedent || action.pair) continue;
    if (LINKING_VERBS.has(action.verb.text) || !namesSomeoneNear(doc, action)) continue;
    const deed = deedOf(doc, action);
    if (!deed || !doc.facts.persons.some((person) => person.surname !== action.person && deed.rest.includes(person.surname))) continue;
    const words = deed.rest.replace(/^[,;:]\s*/u, "").split(" ");
    const phrase = personPhraseOf(doc, action, words);
    const rest = phrase && restWithout(words, phrase);
    if (!phrase || rest === undefined || (action.person && namedAfterPerson(doc, action.actor))) continue;
    const subject = subjectOf(doc, action);
    const evidence = evidenceFor(doc, action);
    if (!subject || !evidence) continue;
    const asked = phrase.grammaticalCase === "accusative" ? "wen" : "wem";
    const questionWord = phrase.preposition ? `${phrase.preposition.charAt(0).toUpperCase()}${phrase.preposition.slice(1)} ${asked}` : `W${asked.slice(1)}`;
    const { pronouns, after } = pronounsFirst(rest);
    const stem = `${questionWord} ${action.verb.text} ${subject} ${pronouns}laut Text ${after}?`.replace(/\s+\?$/u, "?").replace(/\s+/gu, " ");
    const shown = normalise(stem);
    const key = phrase.person;
    if (stem.length > MAX_STEM_LENGTH || shown.includes(normalise(key.surname)) || likensToUnshownDeed(stem)) continue;
    const actor = personOf(doc, action.person);
    // Wrong options: other people of the text, none named in the stem (the actor is); then people of other texts.
    const full = usesFullName(key);
    const here = doc.facts.persons.filter((person) => person.surname !== key.surname && !shown.includes(normalise(person.surname)));
    if (here.length === 0) continue;
    const distractors = personDistractors(doc, pool, key, (person) => !shown.includes(normalise(person.surname)), full).slice(0, MAX_DISTRACTORS);
    const question = single(
      {
        documentId: doc.id,
        topic: "action",
        key: `${action.clause.start}:whom`,
        fact: `action:${action.clause.start}`,
        salience: salienceOf(doc, "action", action.clause, { persons: actor ? [actor] : [], institution: actingInstitution(action) }),
        stem,
        evidence,
        // "Für sie übernimmt ...": the sentence that names whom "sie" stands for.
        moreEvidence: personBeforeEvidence(doc, deed),
      },
      { text: display(key, full) },
      distractors,
    );
    if (question) questions.push(question);
  }
  return questions;
}
