/**
 * Who did what: main clauses whose subject is a named person or institution, with its finite verb
 * ("Merkel kündigte ... an", "Am Montag kündigte Merkel ... an"). Pronouns and "man" are no actors.
 */
import { FOREFIELD_OPENERS, IRREGULAR_FINITE_VERBS, NOT_FINITE_VERBS, PHRASE_DETERMINERS, SEPARABLE_PARTICLES } from "./data/claims";
import { type Phrase, type PersonMention, phraseAt } from "./phrases";
import type { Doc } from "./doc";
import type { Token } from "./text";
import type { ActionFact, Mention, Sentence, Span } from "./types";

/** Adverbs that may stand between a subject and its verb ("Trong hingegen gehört ..."). */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(["hingegen", "jedoch", "aber", "allerdings", "indes", "dagegen", "wiederum", "selbst"]);
const REGULAR_FINITE_ENDING = /(?:t|te|ten|en|ern|eln)$/u;
/** Longest fore-field before an inverted verb, in words ("Am Montag", "Nach dem Treffen in Rom"). */
const MAX_FOREFIELD_WORDS = 7;

function isFiniteVerb(token: Token): boolean {
  const first = token.text.charAt(0);
  const lowerCase = first === first.toLowerCase() && first !== first.toUpperCase();
  if (!lowerCase || NOT_FINITE_VERBS.has(token.lower) || token.lower.includes("-")) return false;
  return IRREGULAR_FINITE_VERBS.has(token.lower) || (token.lower.length >= 3 && REGULAR_FINITE_ENDING.test(token.lower));
}

/** End of the main clause that `verb` is the finite verb of: the next comma, semicolon, colon or dash, or the sentence end. */
function clauseEnd(text: string, tokens: readonly Token[], verbIndex: number, sentence: Span): { end: number; lastToken: number } {
  for (let index = verbIndex; index < tokens.length - 1; index++) {
    const gap = text.slice(tokens[index]!.end, tokens[index + 1]!.start);
    const decimalComma = gap === "," && /\d$/u.test(tokens[index]!.text) && /^\d/u.test(tokens[index + 1]!.text);
    if (!decimalComma && /[,;:–—(]|\s-\s/u.test(gap)) return { end: tokens[index]!.end, lastToken: index };
  }
  const last = tokens.length - 1;
  let end = sentence.end;
  while (end > tokens[last]!.end && /[\s.!?"“”»«']/u.test(text[end - 1]!)) end--;
  return { end, lastToken: last };
}

function mentionOf(token: Token): Mention {
  return { start: token.start, end: token.end, text: token.text };
}

/** A plural finite verb ("sollen", "haben", "sind") cannot have one person or one institution as subject. */
function isPluralVerb(verb: Token): boolean {
  return verb.lower === "sind" || verb.lower === "waren" || /(?:en|ern|eln)$/u.test(verb.lower);
}

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["wird", "werden", "wurde", "wurden"]);
/** A participle ("aufgelöst", "ersetzt", "festgenommen", "angegriffen"), not an infinitive ("anführen"). */
const PARTICIPLE = /(?:t|^ge\p{Ll}+en|\p{Ll}ge\p{Ll}+en|worden)$/u;

function actionFact(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  actor: Phrase,
  verbIndex: number,
  clauseStart: number,
  actorFirst: boolean,
): ActionFact | undefined {
  const verb = tokens[verbIndex]!;
  // Plural nouns ("die Behörden", "die Streitkräfte") and acronyms ("die USA") may take a plural verb.
  const singularActor = actor.person !== undefined || !/(?:en|kräfte|\p{Lu})$/u.test(actor.mention.text);
  if (singularActor && isPluralVerb(verb)) return undefined;
  const { end, lastToken } = clauseEnd(text, tokens, verbIndex, sentence);
  // "In Odessa wurde die alte Verkehrspolizei aufgelöst": the subject of a passive did not act.
  if (PASSIVE_AUXILIARIES.has(verb.lower) && PARTICIPLE.test(tokens[lastToken]!.lower)) return undefined;
  const fact: ActionFact = {
    start: sentence.start,
    end: sentence.end,
    actor: actor.mention,
    verb: mentionOf(verb),
    actorFirst,
    clause: { start: clauseStart, end },
  };
  if (actor.person) fact.person = actor.person.surname;
  const last = tokens[lastToken]!;
  const firstAfterActorAndVerb = actorFirst ? verbIndex + 1 : actor.next;
  if (lastToken > firstAfterActorAndVerb && SEPARABLE_PARTICLES.has(last.text)) fact.particle = mentionOf(last);
  return fact;
}

/** A short bracket right after the actor: what may stand between an actor and its verb. */
export const ACTOR_BRACKET = /^\s*\([^()]{1,30}\)\s+$/u;

/** The index of the first token after a bracket that follows `end`, if one does. */
function afterBracket(text: string, tokens: readonly Token[], end: number, from: number): number | undefined {
  if (text.charAt(end) !== " " || text.charAt(end + 1) !== "(") return undefined;
  for (let index = from; index < tokens.length && index < from + 6; index++) {
    if (ACTOR_BRACKET.test(text.slice(end, tokens[index]!.start))) return index;
  }
  return undefined;
}

/** "Merkel kündigte ... an", "Die EU-Kommission hat ...". */
function actorFirst(text: string, sentence: Sentence, tokens: readonly Token[], actor: Phrase | undefined): ActionFact | undefined {
  if (!actor || (!actor.person && !actor.named)) return undefined;
  let verbIndex = actor.next;
  // "Johanna Mikl-Leitner (ÖVP) wechselt", "Der Oberste Gerichtshof (OGH) hat": a party or a short form in brackets.
  const bracketed = afterBracket(text, tokens, actor.mention.end, verbIndex);
  if (bracketed !== undefined) verbIndex = bracketed;
  else if (tokens[verbIndex] && BETWEEN_SUBJECT_AND_VERB.has(tokens[verbIndex]!.lower)) verbIndex++;
  const verb = tokens[verbIndex];
  if (!verb || (!verb.joined && bracketed === undefined) || !isFiniteVerb(verb)) return undefined;
  return actionFact(text, sentence, tokens, actor, verbIndex, tokens[0]!.start, true);
}

/** "Am Montag kündigte Merkel ... an": a short fore-field, the finite verb, then the actor. */
function actorAfterVerb(text: string, sentence: Sentence, tokens: readonly Token[], persons: ReadonlyMap<number, PersonMention>): ActionFact | undefined {
  if (!tokens[0] || !FOREFIELD_OPENERS.has(tokens[0].lower)) return undefined;
  for (let index = 1; index < Math.min(tokens.length - 1, MAX_FOREFIELD_WORDS + 1); index++) {
    if (!tokens[index]!.joined) return undefined;
    const verb = tokens[index]!;
    if (!isFiniteVerb(verb)) continue;
    const before = tokens[index - 1]!.lower;
    if (PHRASE_DETERMINERS.has(before) || FOREFIELD_OPENERS.has(before)) continue; // "Am vergangenen Montag"
    if (!tokens[index + 1]!.joined) return undefined;
    const actor = phraseAt(text, tokens, index + 1, persons);
    if (!actor || (!actor.person && !actor.named)) return undefined;
    return actionFact(text, sentence, tokens, actor, index, tokens[0].start, false);
  }
  return undefined;
}

/** One action per sentence at most, from the sentences of the article's text. */
export function findActions(doc: Doc, persons: ReadonlyMap<number, PersonMention>, openings: readonly (Phrase | undefined)[]): ActionFact[] {
  const { text } = doc;
  const actions: ActionFact[] = [];
  doc.sentences.forEach((sentence, index) => {
    if (!doc.body[index] || /^["„»“]/u.test(text.slice(sentence.start, sentence.start + 1))) return;
    const tokens = doc.tokens[index]!;
    const action = actorFirst(text, sentence, tokens, openings[index]) ?? actorAfterVerb(text, sentence, tokens, persons);
    if (action) actions.push(action);
  });
  return actions;
}
