/** What every question family needs about one document: its facts, how to name it, where evidence may come from. */
import type { Evidence } from "../bank/schema";
import { escapeRegExp } from "../extract/text";
import type { Facts, Passage, PassageKind, PersonFact, Span } from "../extract/types";
import { usableHedgeBefore } from "../extract/units";
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

/**
 * How a stem names the text: with its title, unless the title contains an answer. Then by its date;
 * a text without a date keeps its title with the answer left out ("der Text „… rufen zum Kampf auf“"),
 * since a bare "der Text" would not tell it from the others in a quiz across texts.
 */
export function refFor(doc: DocContext, grammaticalCase: "nom" | "dat", answer: string | readonly string[]): string {
  const title = doc.facts.document.title?.trim() ?? "";
  const answers = (typeof answer === "string" ? [answer] : answer).filter((item) => item.trim() !== "");
  const leaking = answers.filter((item) => title.toLowerCase().includes(item.toLowerCase()));
  const article = grammaticalCase === "nom" ? "der" : "dem";
  if (leaking.length === 0) return grammaticalCase === "nom" ? doc.refNominative : doc.refDative;
  if (!doc.facts.document.date) {
    let masked = title;
    // The whole word that holds the answer ("Irakkrieg", "US-Truppen"), so no part of it is left to guess from.
    for (const item of leaking) masked = masked.replace(new RegExp(`[\\p{L}\\p{N}-]*${escapeRegExp(item)}[\\p{L}\\p{N}-]*`, "giu"), "…");
    if (/[\p{L}\p{N}]/u.test(masked)) return `${article} Text „${masked.replace(/…(?:\s*…)+/gu, "…")}“`;
  }
  return grammaticalCase === "nom" ? doc.refUntitledNominative : doc.refUntitledDative;
}

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
  if (unit) {
    const after = text.slice(end, end + 40 + unit.length);
    const range = /^\s*(?:(?:bis|–|-)\s*\d[\d.,\u00a0\u202f]*(?:\s+(?:Millionen|Milliarden|Billionen|Tausend))?\s*)?/u.exec(after)![0];
    if (after.slice(range.length).startsWith(unit)) end += range.length + unit.length;
    else if (/^\s*(?:bis|–|-)\s*\d/u.test(after)) end += range.trimEnd().length;
  }
  return text.slice(start, end).replace(/\s+/gu, " ").trim();
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
  if (!cache) {
    cache = new Map();
    mentionCache.set(doc, cache);
  }
  let found = cache.get(name);
  if (found === undefined) {
    found = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "u").test(doc.text);
    cache.set(name, found);
  }
  return found;
}
