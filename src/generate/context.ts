/** What every question family needs about one document: its facts, how to name it, where evidence may come from. */
import type { Evidence } from "../bank/schema";
import type { Facts, Passage, PassageKind, PersonFact, Span } from "../extract/types";
import { datePhrase } from "./german";

/** Passages that are the article itself. Bylines carry only the publication date; boilerplate nothing. */
const ARTICLE_KINDS: ReadonlySet<PassageKind> = new Set(["title", "heading", "text", "quote"]);
/** Passages whose sentences can be turned into gap texts and statements. */
const PROSE_KINDS: ReadonlySet<PassageKind> = new Set(["text", "quote"]);

export interface DocContext {
  id: string;
  text: string;
  facts: Facts;
  /** "dem Text „Titel“ vom März 2017": how stems name the text, in the dative ... */
  refDative: string;
  /** ... and in the nominative ("der Text „Titel“ vom März 2017"). */
  refNominative: string;
  /** Without the date, for questions about the date itself ("der Text „Titel“"). */
  refUndated: string;
  /** Without the title, for answers that the title gives away ("der Text vom März 2017"). */
  refUntitledDative: string;
  refUntitledNominative: string;
}

/** How a stem names the text: with its title, unless the title contains the answer. */
export function refFor(doc: DocContext, grammaticalCase: "nom" | "dat", answer: string): string {
  const leaks = (doc.facts.document.title ?? "").toLowerCase().includes(answer.toLowerCase());
  if (grammaticalCase === "nom") return leaks ? doc.refUntitledNominative : doc.refNominative;
  return leaks ? doc.refUntitledDative : doc.refDative;
}

/** What the whole set of documents offers as distractors: all their facts, and their people at hand. */
export interface Pool {
  documents: DocContext[];
  persons: { documentId: string; person: PersonFact }[];
}

export function makeContext(id: string, text: string, facts: Facts): DocContext {
  const title = facts.document.title?.trim();
  const named = title ? ` „${title}“` : "";
  const dated = facts.document.date ? ` ${datePhrase(facts.document.date)}` : "";
  return {
    id,
    text,
    facts,
    refDative: `dem Text${named}${dated}`,
    refNominative: `der Text${named}${dated}`,
    refUndated: `der Text${named}`,
    refUntitledDative: `dem Text${dated}`,
    refUntitledNominative: `der Text${dated}`,
  };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
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

/** The byline is evidence only for when the text appeared. */
export const DATELINE_KINDS: ReadonlySet<PassageKind> = new Set([...ARTICLE_KINDS, "byline"]);

const mentionCache = new WeakMap<DocContext, Map<string, boolean>>();

/** Whether a name occurs anywhere in the text, as a whole word: a distractor must not. */
export function textMentions(doc: DocContext, name: string): boolean {
  let cache = mentionCache.get(doc);
  if (!cache) mentionCache.set(doc, (cache = new Map()));
  let found = cache.get(name);
  if (found === undefined) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    found = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(doc.text);
    cache.set(name, found);
  }
  return found;
}
