/** What every question family needs about one document: its facts, its sentences in order, where evidence may come from. */
import type { Evidence } from "../bank/schema";
import { foldSpaces, isWordChar } from "../bank/text";
import { capitalsOf, oneByte } from "../extract/text";
import type { ActionFact, Facts, Passage, PassageKind, PersonFact, QuoteFact, Span } from "../extract/types";
import { usableHedgeBefore } from "../extract/units";
import { datePhrase } from "./german";

/** How many perDocument caches were made (above their first use in this module): the next one's slot in a document's `worked`. */
let documentCaches = 0;

/** Passages that are the article itself. Bylines carry only the publication date; boilerplate nothing. */
const ARTICLE_KINDS: ReadonlySet<PassageKind> = new Set(["title", "heading", "text", "quote"]);
/** Passages whose sentences can be turned into gap texts and statements. */
const PROSE_KINDS: ReadonlySet<PassageKind> = new Set(["text", "quote"]);

export interface DocContext {
  id: string;
  text: string;
  facts: Facts;
  /** The sentences of the article (title, headings, text, quotes) in text order: what salience ranks. */
  sentences: ArticleSentence[];
  /** How often each person is named, by surname, also in the genitive ("Andrejews"): the main actors are named most. */
  mentionCounts: Map<string, number>;
  /**
   * What perDocument and perFact worked out about the document, by the cache that asked. Kept on the
   * context, which dies with the document, not in WeakMaps keyed by it: V8's minor GC copies a WeakMap's
   * values before it drops entries whose keys died, so every document's caches were copied, promoted
   * and left for a full GC (two thirds of the time spent in minor GCs). An array by each cache's slot, not a Map
   * by a key object: the Map's lookups (some 380 per document) took about twice the time in profiles.
   */
  worked: unknown[];
}

/** A sentence of the article (the extractor keeps datelines such as "Hanoi / Phnom Penh –" out of sentences). */
export interface ArticleSentence extends Span {
  /** Position among the article's sentences, from 0. */
  index: number;
  /** Title, teaser or one of the first sentences of the body: what the text is mainly about. */
  lead: boolean;
}

/**
 * The name of a text in options that name texts ("Der Text „Titel“ vom März 2017"). Stems never
 * name their text: the page shows which text a question is about.
 */
export function textName(doc: DocContext): string {
  const title = doc.facts.document.title?.trim();
  const date = doc.facts.document.date;
  return `Der Text${title ? ` „${title}“` : ""}${date ? ` ${datePhrase(date)}` : ""}`;
}

const LETTER = /\p{L}/u;

/**
 * A figure as the text writes it, from `figure` (which may already hold its hedge and scale) on:
 * with the hedge before it, the other end of a range ("20 bis 30") and the counted noun when that
 * follows right after ("rund 14.000 Luftangriffe", "20 bis 30 Prozent"). Verbatim, so it can be
 * shown as "So steht es im Text".
 */
export function writtenFigure(text: string, figure: Span, unit?: string): string {
  let start = figure.start;
  let end = figure.end;
  const before = text.slice(Math.max(0, start - 40), start);
  const rangeStart = /(?<![\p{L}\p{N}])\d[\d.,\u00a0\u202f ]*?\s*(?:bis|–|-)\s*$/u.exec(before);
  if (rangeStart) start -= before.length - rangeStart.index;
  start = usableHedgeBefore(text, start, Math.max(0, start - 40), true)?.start ?? start;
  // "nicht mehr als 50": the negation belongs to the hedge; "mehr als 50" alone says the opposite.
  const negation = LETTER.test(text.charAt(start)) ? /(?<![\p{L}])nicht\s+$/u.exec(text.slice(Math.max(0, start - 10), start)) : null;
  if (negation) start -= negation[0].length;
  if (unit) {
    const after = text.slice(end, end + 40 + unit.length);
    const range = /^\s*(?:(?:bis|–|-)\s*\d[\d.,\u00a0\u202f]*(?:\s+(?:Millionen|Milliarden|Billionen|Tausend))?\s*)?/u.exec(after)![0];
    if (after.slice(range.length).startsWith(unit)) end += range.length + unit.length;
    else if (/^\s*(?:bis|–|-)\s*\d/u.test(after)) end += range.trimEnd().length;
  }
  return foldSpaces(text.slice(start, end));
}

/** What the whole set of documents offers as distractors: all their facts, and their people at hand. */
export interface Pool {
  documents: DocContext[];
  persons: { documentId: string; person: PersonFact }[];
}

/** The article's sentences in order, with the lead the extractor marks (title, teaser, opening). */
function articleSentences(facts: Facts): ArticleSentence[] {
  return facts.passages
    .filter((passage) => ARTICLE_KINDS.has(passage.kind))
    .flatMap((passage) => passage.sentences)
    .map((sentence, index) => ({ start: sentence.start, end: sentence.end, index, lead: sentence.lead !== undefined }));
}

export function makeContext(id: string, text: string, facts: Facts): DocContext {
  const mentionCounts = new Map<string, number>();
  for (const person of facts.persons) mentionCounts.set(person.surname, (mentionCounts.get(person.surname) ?? 0) + namings(person).length);
  return { id, text, facts, sentences: articleSentences(facts), mentionCounts, worked: [] };
}

/** Where the text names persons, countries and places: those have questions of their own, other families keep off them. */
export function personAndPlaceMentions(doc: DocContext): readonly Span[] {
  return mentionsOf(doc);
}

/** personAndPlaceMentions' spans, gathered once per document for the families that ask. */
const mentionsOf = perDocument(({ facts }): Span[] => {
  const mentions: Span[] = [];
  for (const person of facts.persons) for (const mention of person.mentions) mentions.push(mention);
  for (const country of facts.countries) for (const mention of country.mentions) mentions.push(mention);
  for (const place of facts.places) for (const mention of place.mentions) mentions.push(mention);
  return mentions;
});

/** The article sentence that holds `position`, if any. */
export function articleSentenceAt(doc: DocContext, position: number): ArticleSentence | undefined {
  let low = 0;
  let high = doc.sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = doc.sentences[middle]!;
    if (position < sentence.start) high = middle - 1;
    else if (position >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `inner` lies wholly inside `outer`. */
export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function passageAt(doc: DocContext, position: number): Passage | undefined {
  return doc.facts.passages.find((passage) => passage.start <= position && position < passage.end);
}

export function isProse(doc: DocContext, span: Span): boolean {
  const passage = passageAt(doc, span.start);
  return passage !== undefined && PROSE_KINDS.has(passage.kind) && span.end <= passage.end;
}

/** The sentence(s) around a span, or undefined when the span lies outside article text. */
export function sentenceSpan(doc: DocContext, span: Span, kinds: ReadonlySet<PassageKind> = ARTICLE_KINDS): Span | undefined {
  const passage = passageAt(doc, span.start);
  if (!passage || !kinds.has(passage.kind) || span.end > passage.end) return undefined;
  const covering = passage.sentences.filter((sentence) => sentence.start < span.end && span.start < sentence.end);
  if (covering.length === 0) return { start: passage.start, end: passage.end };
  return { start: covering[0]!.start, end: covering[covering.length - 1]!.end };
}

/** Evidence for a fact at `span`: the whole sentence, never page furniture. */
export function evidenceFor(doc: DocContext, span: Span, kinds?: ReadonlySet<PassageKind>): Evidence | undefined {
  const sentence = sentenceSpan(doc, span, kinds);
  if (!sentence) return undefined;
  const passage = passageAt(doc, sentence.start)!;
  return { documentId: doc.id, passageId: passage.id, start: sentence.start, end: sentence.end, quote: doc.text.slice(sentence.start, sentence.end) };
}

/**
 * The evidence of an action or a quote: its sentence, and where its actor or speaker is a pronoun ("Er
 * entschuldigte sich ...", "..., sagte er.") the sentence before too, which names the person: the learner sees
 * who it was. Undefined where the two stand in different passages (the extractor does not resolve across paragraphs).
 */
export function claimEvidence(doc: DocContext, claim: ActionFact | QuoteFact): Evidence | undefined {
  const evidence = evidenceFor(doc, claim);
  if (evidence && "attribution" in claim && claim.attribution) return withAttribution(doc, evidence, claim.attribution);
  if (!evidence || !claim.antecedent) return evidence;
  const named = namingSentence(doc, claim.antecedent, claim.person);
  const before = named && evidenceFor(doc, named);
  if (!before || before.passageId !== evidence.passageId) return undefined;
  return { ...evidence, start: before.start, quote: doc.text.slice(before.start, evidence.end) };
}

/**
 * Where a claim's own sentence starts, for a question whose evidence opens with an earlier sentence that names who spoke
 * or acted ("Xi sagte, ... . China wolle ...", "Lee Sedol unterlag ... Er entschuldigte sich ..."): the quiz asks one
 * question per sentence by it (Question.sentenceStart). Nothing where the evidence starts with the claim's sentence.
 */
export function askedSentence(claim: { start: number }, evidence: Evidence): { sentenceStart?: number } {
  return evidence.start < claim.start ? { sentenceStart: claim.start } : {};
}

/**
 * Words that go on with the reported speech of another sentence ("Sieben Terroristen seien gestorben."), shown together
 * with the sentence that names the speaker, before or after them in the same passage: the highlighted passage shows who
 * said it (blind readers failed such evidence: the attribution stood only in a second passage). In another passage
 * the attribution stays further evidence.
 */
function withAttribution(doc: DocContext, evidence: Evidence, attribution: Span): Evidence {
  const named = evidenceFor(doc, attribution);
  if (!named || named.passageId !== evidence.passageId) return evidence;
  const start = Math.min(named.start, evidence.start);
  const end = Math.max(named.end, evidence.end);
  return { ...evidence, start, end, quote: doc.text.slice(start, end) };
}

/**
 * Where the text names the person: their mentions, and the genitive ("nach Andrejews Worten", "die Immunität Sovas"),
 * which says who just as well though it is no name to cut a gap from or to ask about.
 */
export const namings = (person: PersonFact): readonly Span[] => [...person.mentions, ...person.genitives];

/** The person of the text with this surname (PersonFact.surname, as facts name their persons). */
export const personOf = (doc: DocContext, surname: string | undefined) =>
  surname ? doc.facts.persons.find((person) => person.surname === surname) : undefined;

/** How many sentences before the antecedent may still be the one that names the person. */
const MAX_SENTENCES_TO_NAME = 2;

/**
 * The sentence that names the person a pronoun stands for: the antecedent, or where that says "er" again ("Seit
 * sieben Jahren lebt er in Kampala. ..., sagt er."), the nearest sentence before it that names them. Undefined where
 * none close by does: evidence that only says "er" does not show who.
 */
function namingSentence(doc: DocContext, antecedent: Span, surname: string | undefined): Span | undefined {
  const person = personOf(doc, surname);
  if (!person) return antecedent;
  const first = articleSentenceAt(doc, antecedent.start);
  if (!first) return antecedent;
  const named = namings(person);
  for (let index = first.index; index >= Math.max(0, first.index - MAX_SENTENCES_TO_NAME); index--) {
    const sentence = doc.sentences[index]!;
    if (named.some((naming) => naming.start >= sentence.start && naming.end <= sentence.end)) return sentence;
  }
  return undefined;
}

/** The byline is evidence only for when the text appeared. */
export const DATELINE_KINDS: ReadonlySet<PassageKind> = new Set([...ARTICLE_KINDS, "byline"]);

/** Sentences after the lead that still tell the main event: the story's first paragraph. */
const SENTENCES_AFTER_LEAD = 4;

/** Index of the first article sentence after the lead and the story's first paragraph, where the background begins. */
export function storyOpeningEnd(doc: DocContext): number {
  const firstAfterLead = doc.sentences.findIndex((sentence) => !sentence.lead);
  return firstAfterLead === -1 ? doc.sentences.length : firstAfterLead + SENTENCES_AFTER_LEAD;
}

/**
 * What `make` gives for a fact, worked out once per document however many families ask (a fact of
 * another document of the pool, a person among the distractors, once per document that asks); an
 * undefined result is kept too.
 */
export function perFact<F extends object, T>(make: (doc: DocContext, fact: F) => T): (doc: DocContext, fact: F) => T {
  const madeFor = perDocument(() => new Map<F, { value: T }>());
  return (doc, fact) => {
    const made = madeFor(doc);
    let entry = made.get(fact);
    if (entry === undefined) {
      entry = { value: make(doc, fact) };
      made.set(fact, entry);
    }
    return entry.value;
  };
}

/** `make` worked out once per document and kept as long as the document is: for what several questions ask of it. */
export function perDocument<T extends object>(make: (doc: DocContext) => T): (doc: DocContext) => T {
  // This cache's slot in every document's `worked`.
  const slot = documentCaches++;
  return (doc) => {
    let value = doc.worked[slot] as T | undefined;
    if (value === undefined) {
      value = make(doc);
      doc.worked[slot] = value;
    }
    return value;
  };
}

/** Where the document's text has its capitals: three families search the whole text at them (matchesAtCapitalsOf). */
export const textCapitals = perDocument((doc) => capitalsOf(doc.text));

/** textMentions' verdicts, by name. */
const mentionVerdicts = perDocument(() => new Map<string, boolean>());

/** Whether a name occurs anywhere in the text, as a whole word: a distractor must not. */
export function textMentions(doc: DocContext, name: string): boolean {
  const cache = mentionVerdicts(doc);
  let found = cache.get(name);
  if (found === undefined) {
    found = false;
    if (name === "") return false;
    // A search for the string with a look at its neighbours: no regular expression compiled per name.
    for (let at = doc.text.indexOf(name); at !== -1 && !found; at = doc.text.indexOf(name, at + 1)) {
      found = !isWordChar(doc.text[at - 1]) && !isWordChar(doc.text[at + name.length]);
    }
    cache.set(name, found);
  }
  return found;
}

/** The texts spanText made, by start: a span of the document is a sentence, mostly, asked for by several families. */
const spanTexts = perDocument(() => new Map<number, string>());

/**
 * The document's text of `span`, one byte per character where it can be (oneByte), made once per document
 * and span: the readings of standsAlone, the named things and the objects run expressions over the same
 * sentences, and a slice of a text with „“ or – anywhere stays two bytes per character, which they run slower on.
 */
export function spanText(doc: DocContext, span: Span): string {
  const byStart = spanTexts(doc);
  let text = byStart.get(span.start);
  if (text === undefined || text.length !== span.end - span.start) {
    text = oneByte(doc.text.slice(span.start, span.end));
    byStart.set(span.start, text);
  }
  return text;
}

/** The lower-cased texts lowerSpanText made, by start, with the end each was made to. */
const lowerSpanTexts = perDocument(() => new Map<number, { end: number; lower: string }>());

/**
 * The document's text of `span` in lower case, made once per document and span: for families that look for a word in
 * a sentence whatever its case, where several facts of one sentence ask.
 */
export function lowerSpanText(doc: DocContext, span: Span): string {
  const byStart = lowerSpanTexts(doc);
  let made = byStart.get(span.start);
  if (made === undefined || made.end !== span.end) {
    made = { end: span.end, lower: doc.text.slice(span.start, span.end).toLowerCase() };
    byStart.set(span.start, made);
  }
  return made.lower;
}
