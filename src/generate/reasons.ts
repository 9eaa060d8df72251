/**
 * The reason the text gives for what happened or what someone did, where its sentence states it in a causal clause
 * after the main clause ("Ponta ist auch als Premier mit der Anschuldigung eines Interessenskonflikts konfrontiert, weil
 * er Sova in seinen Regierungen wiederholt als Minister bestellte"). Asked as a choice: the main clause without its
 * reason, then "Welchen Grund nennt der Text dafür?"; the wrong options are the reasons the text gives for other things
 * and what else its actors did, told as reasons ("Weil Ponta einen Teil des Geldes ... verwendet haben soll"): all
 * stated by the text, none stated as this reason. Also a reason before its main clause ("Weil es offene Probleme gibt,
 * fordert Bieber mehr Engagement"), where the main clause is a deed of the text's actions: the stem states it with the
 * actor first. Only sentences whose shape can be cut safely: no other comma in the main clause, no quotation, no
 * reported speech. A causal phrase ("wegen einer Korruptionsaffäre") is not asked: its wrong options would have to be
 * phrases too, and a text states too few of them; nor a purpose ("um ... zu"), for the same reason. Nor a reason after
 * "denn": its clause has the verb second, and the extractor gives no action for it that could be told with the verb last.
 */
import type { Question } from "../bank/schema";
import { capitalise } from "../extract/text";
import type { ActionFact, Span } from "../extract/types";
import { type Choice, single } from "./build";
import { deedOf } from "./claims";
import { type DocContext, evidenceFor, isProse, overlaps, perDocument } from "./context";
import {
  AFTER_REASON,
  ALSO_ADVERB,
  CAUSAL_CONJUNCTIONS,
  CONNECTIVE_ADVERBS,
  DETACHABLE_AFTER_COMMA,
  DOUBT_BEFORE_CORRELATE,
  FOCUS_BEFORE_CORRELATE,
  FRONTED_CAUSAL_CONJUNCTIONS,
  HYPOTHESIS_FORMS,
  INDICATIVE_SOURCES,
  LINKING_OPENERS,
  PERSONAL_WORDS,
  POINTERS,
  REASON_CORRELATES,
  REPORTED_SPEECH_FORMS,
  SMALL_INSIDE_CLAUSE,
  SUBJECT_OPENERS,
  SUBORDINATORS,
} from "./data/reasons";
import { salienceOf } from "./salience";
import { standsAlone } from "./standalone";

export const REASON_STEM_QUESTION = "Welchen Grund nennt der Text dafür?";

/** A reason the text states, and the main clause it is the reason for. */
interface StatedReason {
  /** The sentence that states both: the evidence. */
  sentence: Span;
  /** The main clause without its reason, as the stem states it ("Ein finanzieller Neustart wurde notwendig"). */
  main: string;
  /** The reason as an option shows it ("Weil die Stadt ... gewesen wäre"). */
  reason: string;
}

/** Options longer than this are hard to compare at a glance; such reasons are not asked. */
const MAX_REASON_LENGTH = 150;
/** A main clause of fewer words says too little to ask why ("Das stimmt"). */
const MIN_MAIN_WORDS = 3;
const MAX_MAIN_LENGTH = 180;
const MIN_DISTRACTORS = 2;
/** A deed told as a reason says something only with a few words besides actor and verb. */
const MIN_DEED_WORDS = 2;

const QUOTE_MARKS = /[„“”"»«:?!()]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.-]*/gu;
const LOWER_WORD = /^\p{Ll}[\p{L}-]*$/u;
const SPACES = /\s+/gu;
/** A causal conjunction right after a comma (", weil", ", da"): a cheap look before reasonClause reads the clause. */
const CAUSAL_AFTER_COMMA = new RegExp(`^,\\s*(?:${[...CAUSAL_CONJUNCTIONS].join("|")})(?!\\p{L})`, "u");
const SUBJUNCTIVE_I_ENDING = /[^t]e$/u;
const FIRST_PERSON = /(?<!\p{L})(?:wir|uns|unser(?:e[mnrs]?)?|ich|mir|mich|mein(?:e[mnrs]?)?)(?!\p{L})/iu;

const squash = (text: string) => text.replace(SPACES, " ").trim();

/** Where a sentence's main clause ends and a causal clause after a comma opens: ", weil", ", da". */
function reasonClause(text: string): StatedReasonParts | undefined {
  const comma = text.indexOf(",");
  if (comma === -1) return undefined;
  const after = /^,\s*(\p{L}+)\s+(\p{L}+)/u.exec(text.slice(comma));
  if (!after || !CAUSAL_CONJUNCTIONS.has(after[1]!)) return undefined;
  // "..., da sind sich alle einig": "da" before a verb is the adverb of a main clause, not the conjunction.
  if (after[1] === ALSO_ADVERB && LOWER_WORD.test(after[2]!) && !SUBJECT_OPENERS.has(after[2]!)) return undefined;
  const main = withoutCorrelate(text.slice(0, comma));
  if (main === undefined) return undefined;
  let reason = text.slice(comma + after[0].length - after[2]!.length).replace(/[.\s]+$/u, "");
  const end = AFTER_REASON.exec(reason);
  if (end) reason = reason.slice(0, end.index);
  const stated = causalClause(reason, main);
  return stated ? { main, reason: stated } : undefined;
}

/**
 * A causal clause (without its conjunction) as an option shows it, "Weil ..." with the verb last, or undefined where it
 * is cut in the wrong place or retells what someone said, as the clause or `main` shows by a verb in the subjunctive I.
 */
function causalClause(clause: string, main: string): string | undefined {
  // A subordinate clause ends with its finite verb: anything else is a clause cut in the wrong place.
  const words = clause.match(WORD) ?? [];
  const verb = words[words.length - 1];
  if (!verb || words.length < 3 || !LOWER_WORD.test(verb) || (SUBJUNCTIVE_I_ENDING.test(verb) && !HYPOTHESIS_FORMS.has(verb))) return undefined;
  if ([...words, ...(main.match(WORD) ?? [])].some((word) => REPORTED_SPEECH_FORMS.has(word))) return undefined;
  return `Weil ${withoutConnectives(clause)}`;
}

/**
 * The main clause of a deed stated in its order, the actor first ("Bieber fordert mehr Engagement von EU-Staaten"), where
 * `action` is one whose deed can be stated alone: its actor named in the clause, no reported speech, nothing done to it.
 */
function mainOfDeed(doc: DocContext, action: ActionFact): string | undefined {
  if (action.antecedent || action.reported || action.undergoer || action.memberOf || action.referent || action.pair || action.namedAs) return undefined;
  const deed = deedOf(doc, action);
  if (!deed || deed.personBefore) return undefined;
  const rest = withoutCorrelate(deed.rest);
  return rest === undefined ? undefined : squash(`${capitalise(squash(action.actor.text))} ${deed.verb} ${rest}`);
}

/** The action whose clause opens right after `at` (a comma, a conjunction) and runs to the end of `sentence`. */
function actionAfter(doc: DocContext, sentence: Span, at: number): ActionFact | undefined {
  const action = doc.facts.actions.find((action) => action.clause.start >= at && action.clause.start < sentence.end);
  if (!action || doc.text.slice(at, action.clause.start).trim() !== "") return undefined;
  return /^[\s.]*$/u.test(doc.text.slice(action.clause.end, sentence.end)) ? action : undefined;
}

/**
 * A reason before its main clause ("Weil es offene Probleme gibt, fordert Bieber mehr Engagement"): the main clause
 * opens with its verb, and the stem states its deed with the actor first.
 */
function frontedReason(doc: DocContext, sentence: Span): StatedReasonParts | undefined {
  const comma = doc.text.indexOf(",", sentence.start);
  if (comma === -1 || comma >= sentence.end) return undefined;
  const action = actionAfter(doc, sentence, comma + 1);
  if (!action || action.actorFirst) return undefined;
  const main = mainOfDeed(doc, action);
  const opening = /^\p{L}+/u.exec(doc.text.slice(sentence.start, comma))!;
  const reason = squash(doc.text.slice(sentence.start + opening[0].length, comma));
  const stated = main === undefined ? undefined : causalClause(reason, main);
  return stated && main ? { main, reason: stated } : undefined;
}

interface StatedReasonParts {
  main: string;
  reason: string;
}

/**
 * A clause without the word that points forward to its reason ("deshalb", "daher") and the focus word before it
 * ("schon deshalb", "vor allem deshalb"), and without the adverbs that tie it to the clause before ("indes", "zudem"):
 * the stem and the options show it alone. Undefined where a word denies or hedges it ("nicht deshalb ..., weil", "wohl
 * deshalb"): the clause after it is not, or not surely, the reason.
 */
function withoutCorrelate(main: string): string | undefined {
  if (DENIED_CORRELATE.test(main)) return undefined;
  return withoutConnectives(main.replace(FOCUSED_CORRELATE, " "));
}

/**
 * A correlate or connective adverb as a whole word, as written. One expression over the clause, not a replacement
 * function called for each of its words.
 */
const CONNECTIVE_WORD = new RegExp(`(?<!\\p{L})(?:${[...REASON_CORRELATES, ...CONNECTIVE_ADVERBS].join("|")})(?!\\p{L})`, "gu");

/** A clause without the adverbs that tie it to the clause before ("indes", "zudem", "aber"). */
function withoutConnectives(clause: string): string {
  return squash(clause.replace(CONNECTIVE_WORD, ""));
}

const CORRELATES = [...REASON_CORRELATES].join("|");
/** A correlate with the focus words before it, all left out together. */
const FOCUSED_CORRELATE = new RegExp(`(?<!\\p{L})(?:(?:${FOCUS_BEFORE_CORRELATE.join("|")})\\s+)*(?:${CORRELATES})(?!\\p{L})`, "gu");
/** "nicht deshalb", "wohl deshalb"; not "nicht nur deshalb" or "nicht zuletzt deshalb" (focus words). */
const DENIED_CORRELATE = new RegExp(`(?<!\\p{L})(?:${DOUBT_BEFORE_CORRELATE.join("|")})\\s+(?:${CORRELATES})(?!\\p{L})`, "iu");

/** Every reason the text states in a sentence that can be cut into main clause and reason. */
const statedReasons = perDocument((doc: DocContext): StatedReason[] => {
  const reasons: StatedReason[] = [];
  for (const sentence of doc.sentences) {
    // The clause first: most sentences have no causal clause after their first comma, and the other checks cost more.
    const comma = doc.text.indexOf(",", sentence.start);
    if (comma === -1 || comma >= sentence.end) continue;
    const opening = /^\p{L}+/u.exec(doc.text.slice(sentence.start, sentence.start + 5))?.[0] ?? "";
    const fronted = FRONTED_CAUSAL_CONJUNCTIONS.has(opening);
    const afterComma = doc.text.slice(comma, Math.min(sentence.end, comma + 8));
    if (!fronted && !CAUSAL_AFTER_COMMA.test(afterComma)) continue;
    const text = doc.text.slice(sentence.start, sentence.end).replace(SPACES, " ");
    const parts = fronted ? frontedReason(doc, sentence) : reasonClause(text);
    if (!parts || !isProse(doc, sentence) || FIRST_PERSON.test(text)) continue;
    // What a speaker said is the speaker's reason, and a reported one has its verb in the subjunctive; "laut X" tells it
    // in the indicative, and the stem keeps "laut X".
    if (doc.facts.quotes.some((quote) => overlaps(quote, sentence) && (quote.direct || !INDICATIVE_SOURCES.has(quote.verb.toLowerCase())))) continue;
    const firstWord = opening.toLowerCase();
    if (!fronted && (SUBORDINATORS.has(firstWord) || LINKING_OPENERS.has(firstWord) || !/^\p{Lu}/u.test(text))) continue;
    if (parts.main.includes(",") || QUOTE_MARKS.test(parts.main) || QUOTE_MARKS.test(parts.reason)) continue;
    if ((parts.main.match(WORD) ?? []).length < MIN_MAIN_WORDS || parts.main.length > MAX_MAIN_LENGTH) continue;
    if (parts.reason.length > MAX_REASON_LENGTH) continue;
    reasons.push({ sentence: { start: sentence.start, end: sentence.end }, main: parts.main, reason: parts.reason });
  }
  return reasons;
});

/** Whether an option from another sentence reads on its own: no pointer to what only its own sentence says. */
const readsAlone = (reason: string) => !POINTERS.test(reason) && !PERSONAL_WORDS.test(reason);

/** The last part of a compound noun without its genitive ending ("Partei-Werbeverbots" → "werbeverbot"). */
const nounCore = (word: string) =>
  word
    .slice(word.lastIndexOf("-") + 1)
    .toLowerCase()
    .replace(/(?:es|s)$/u, "");

/** The nouns of a text by their cores: two reasons that share one may be one reason told twice. */
const nounCores = (text: string) => new Set((text.match(/\p{Lu}[\p{L}-]{3,}/gu) ?? []).map(nounCore));

function sameReason(one: StatedReason, other: StatedReason): boolean {
  const mine = nounCores(one.reason.slice(one.reason.indexOf(" ")));
  for (const core of nounCores(other.reason.slice(other.reason.indexOf(" ")))) if (mine.has(core)) return true;
  // The same deed told twice ("Gnesda sieht das Schreiben ... als problematisch", "Gnesda bezeichnet den Brief ... als problematisch").
  return echoes(contentWords(one.main), contentWords(other.main));
}

const CONTENT_WORD = /\p{L}{5,}/gu;
const contentWords = (text: string) => new Set((text.match(CONTENT_WORD) ?? []).map((word) => word.toLowerCase()));
/**
 * The content words of the text's stated reasons and deeds, each text's once: every stated reason compares them
 * with every deed, quote and other reason of the text.
 */
const contentWordsByText = perDocument(() => new Map<string, ReadonlySet<string>>());
function contentWordsIn(doc: DocContext, text: string): ReadonlySet<string> {
  const known = contentWordsByText(doc);
  let words = known.get(text);
  if (words === undefined) {
    words = contentWords(text);
    known.set(text, words);
  }
  return words;
}
/** Two content words in common: an option that may tell the key's reason again, or the main clause's own deed. */
const MAX_SHARED_WORDS = 1;

/** Whether an option of content words `option` shares more than MAX_SHARED_WORDS words of five letters or more with a text of content words `words`. */
function echoes(words: ReadonlySet<string>, option: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const word of option) if (words.has(word)) shared++;
  return shared > MAX_SHARED_WORDS;
}

const DASH_OR_COMMA = /[,;–—]|\s-\s/u;

/**
 * What an actor of the text did, told as a reason ("Weil Jimmy Morales in der ersten Runde ... auf dem ersten Platz
 * landete"): something the text states, but not as the reason for the main clause asked. Only deeds of one clause whose
 * actor the clause names and that read on their own.
 */
function deedAsReason(doc: DocContext, action: ActionFact): string | undefined {
  if (action.antecedent || action.reported || action.undergoer || action.memberOf || action.referent) return undefined;
  const deed = deedOf(doc, action);
  if (!deed || deed.personBefore) return undefined;
  const detachable = DETACHABLE_AFTER_COMMA.exec(deed.rest);
  const own = detachable ? deed.rest.slice(0, detachable.index) : deed.rest;
  if (DASH_OR_COMMA.test(own) || QUOTE_MARKS.test(own)) return undefined;
  const actor = squash((action.namedAs ?? action.actor).text);
  const firstWord = /^\p{L}+/u.exec(actor)?.[0] ?? "";
  const actorInside = SMALL_INSIDE_CLAUSE.has(firstWord.toLowerCase()) ? firstWord.toLowerCase() + actor.slice(firstWord.length) : actor;
  let rest = withoutCorrelate(own);
  if (rest === undefined) return undefined;
  let verb = deed.verb;
  // A separable verb's particle closes the deed ("kehrt ... hervor"): at the end of a subordinate clause it joins the verb.
  if (action.particle && rest.endsWith(` ${action.particle.text}`)) {
    rest = rest.slice(0, -action.particle.text.length - 1);
    verb = action.particle.text + verb;
  }
  // "„...“, sagte Nancy Faeser": a verb of saying whose words are no part of the deed leaves nothing to tell.
  if (!LOWER_WORD.test(verb) || (rest.match(WORD) ?? []).length < MIN_DEED_WORDS) return undefined;
  const reason = `Weil ${actorInside} ${rest} ${verb}`;
  return reason.length <= MAX_REASON_LENGTH && readsAlone(reason) ? reason : undefined;
}

/** The deeds of the text told as reasons, by the sentence that tells each. */
const deedsAsReasons = perDocument((doc: DocContext) => {
  const deeds: { sentence: number; reason: string; fact: string }[] = [];
  for (const action of doc.facts.actions) {
    const reason = deedAsReason(doc, action);
    if (reason) deeds.push({ sentence: action.start, reason, fact: `action:${action.clause.start}` });
  }
  return deeds;
});

const reasonFact = (stated: StatedReason) => `reason:${stated.sentence.start}`;

/** A quote or deed that shares this many content words with the stem, and most of those of the shorter, is one it states. */
const MIN_STATED_WORDS = 3;
const STATED_SHARE = 0.75;

/**
 * Whether the stem's content words and those of `claim` are mostly the same: one tells what the other does, give or
 * take a detail ("Eva Brandt hat den Pachtvertrag gekündigt", "Bürgermeisterin Eva Brandt hat am Montag den
 * Pachtvertrag für das Seebad gekündigt").
 */
function tellsSame(stem: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const word of words) if (stem.has(word)) shared++;
  return shared >= MIN_STATED_WORDS && shared >= STATED_SHARE * Math.min(stem.size, words.size);
}

/**
 * The quotes and deeds of the text that the stem states as true: those of its sentence, and the same told again
 * elsewhere, as a title tells the sentence it repeats ("Laut STANDARD-Informationen war es ... gekommen"). A quiz that
 * shows the stem asks none of them: the stem would prove a statement of one true.
 */
function factsStatedBy(doc: DocContext, stated: StatedReason): string[] {
  const stem = contentWordsIn(doc, stated.main);
  const facts: string[] = [];
  for (const quote of doc.facts.quotes)
    if (overlaps(quote, stated.sentence) || tellsSame(stem, contentWordsIn(doc, quote.quote.text))) facts.push(`quote:${quote.quote.start}`);
  for (const action of doc.facts.actions)
    if (overlaps(action, stated.sentence) || tellsSame(stem, contentWordsIn(doc, doc.text.slice(action.clause.start, action.clause.end))))
      facts.push(`action:${action.clause.start}`);
  return facts;
}

export function reasonQuestions(doc: DocContext): Question[] {
  const reasons = statedReasons(doc);
  if (reasons.length === 0) return [];
  const questions: Question[] = [];
  for (const stated of reasons) {
    if (POINTERS.test(stated.reason) || POINTERS.test(stated.main) || !standsAlone(doc, stated.sentence)) continue;
    const otherReasons = reasons.filter((other) => other !== stated && readsAlone(other.reason) && !sameReason(stated, other));
    const deeds = deedsAsReasons(doc).filter(
      (deed) =>
        !(deed.sentence >= stated.sentence.start && deed.sentence < stated.sentence.end) &&
        !echoes(contentWordsIn(doc, stated.reason), contentWordsIn(doc, deed.reason)) &&
        !echoes(contentWordsIn(doc, stated.main), contentWordsIn(doc, deed.reason)),
    );
    // Each option states a fact of the text: a quiz that shows it here does not ask it elsewhere ("Weil Trong zur alten
    // Garde gehört" beside the statement "Nguyen Phu Trong gehört zur alten Garde").
    const distractors: Choice[] = [
      ...otherReasons.map((other) => ({ text: other.reason, fact: reasonFact(other) })),
      ...deeds.map((deed) => ({ text: deed.reason, fact: deed.fact })),
    ];
    if (distractors.length < MIN_DISTRACTORS) continue;
    const evidence = evidenceFor(doc, stated.sentence);
    if (!evidence) continue;
    const persons = doc.facts.persons.filter((person) => person.mentions.some((mention) => overlaps(mention, stated.sentence)));
    const question = single(
      {
        documentId: doc.id,
        topic: "reason",
        key: `${stated.sentence.start}:${stated.reason}`,
        fact: reasonFact(stated),
        alsoAbout: factsStatedBy(doc, stated),
        salience: salienceOf(doc, "action", stated.sentence, { persons }),
        stem: `${stated.main}. ${REASON_STEM_QUESTION}`,
        evidence,
      },
      { text: stated.reason },
      distractors,
    );
    if (question) questions.push(question);
  }
  return questions;
}
