/** Small helpers over raw text, shared by the extractor modules. */
import { NOT_ADJECTIVES } from "./data/grammar";
import type { PassageKind, Sentence, Span } from "./types";

export interface Token extends Span {
  text: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/** Words of `text` between `start` and `end`, with offsets into `text`. */
function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(WORD)) {
    const tokenStart = start + match.index;
    tokens.push({ text: match[0], start: tokenStart, end: tokenStart + match[0].length });
  }
  return tokens;
}

/** Several modules read the words of the same sentences; the sentence objects of one call key the cache. */
const tokensOfSentence = new WeakMap<Sentence, Token[]>();

export function sentenceTokens(text: string, sentence: Sentence): Token[] {
  let tokens = tokensOfSentence.get(sentence);
  if (!tokens) {
    tokens = tokenize(text, sentence.start, sentence.end);
    tokensOfSentence.set(sentence, tokens);
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII answered without a Unicode regex: this runs for every word of the text.
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

/** A capitalised word with lower-case letters after the first: "Maas", not "IS" or "NATO". */
export function isNameLikeWord(word: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$/u.test(word);
}

const ADJECTIVE_ENDING = /^\p{Ll}[\p{Ll}-]*(?:e|en|er|es|em)$/u;

/** Lower-case attributive adjective ("britische", "politischen"), not an article or verb. */
export function isAdjectiveLike(word: string): boolean {
  return ADJECTIVE_ENDING.test(word) && !NOT_ADJECTIVES.has(word);
}

/** Index of the sentence containing `position`, or -1. Sentences must be sorted. */
export function sentenceIndexAt(sentences: readonly Sentence[], position: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (position < sentence.start) high = middle - 1;
    else if (position >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Passages whose text is the article itself, usable as evidence for facts. */
export const EVIDENCE_KINDS: ReadonlySet<PassageKind> = new Set(["title", "heading", "text", "quote"]);

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An alternation that tries longer words first, so "Guinea-Bissau" wins over "Guinea". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

const MAX_CLAUSE_REACH = 300;

/** The clause around a span: up to the nearest comma, semicolon, colon or dash inside the sentence. */
export function clauseAround(text: string, sentence: Span, span: Span): Span {
  const isBreak = (index: number) => {
    const char = text[index];
    if (char === ";" || char === ":" || char === "–" || char === "—") return true;
    // A comma between digits belongs to a number ("1,8").
    return char === "," && !(/\d/.test(text[index - 1] ?? "") && /\d/.test(text[index + 1] ?? ""));
  };
  // Bounded so that a huge run-on "sentence" stays linear.
  const lowest = Math.max(sentence.start, span.start - MAX_CLAUSE_REACH);
  const highest = Math.min(sentence.end, span.end + MAX_CLAUSE_REACH);
  let start = span.start;
  while (start > lowest && !isBreak(start - 1)) start--;
  let end = span.end;
  while (end < highest && !isBreak(end)) end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * A test for "ends with one of these endings, optionally followed by an inflection": returns the
 * matched ending (lower case). Suffix lookups in a set, because an unanchored regex alternation
 * tries every position of the word.
 */
export function suffixMatcher(endings: readonly string[], inflections: readonly string[] = []): (word: string) => string | undefined {
  const set = new Set(endings);
  const lengths = [...new Set(endings.map((ending) => ending.length))].sort((a, b) => b - a);
  const strips = ["", ...inflections];
  // Most words end differently from every ending: their last two letters decide that cheaply.
  const lastTwo = new Set(strips.flatMap((inflection) => endings.map((ending) => (ending + inflection).slice(-2))));
  return (word) => {
    if (!lastTwo.has(word.slice(-2).toLowerCase())) return undefined;
    const lowerWord = word.toLowerCase();
    for (const inflection of strips) {
      if (!lowerWord.endsWith(inflection)) continue;
      const base = lowerWord.slice(0, lowerWord.length - inflection.length);
      for (const length of lengths) {
        if (length <= base.length && set.has(base.slice(base.length - length))) return base.slice(base.length - length);
      }
    }
    return undefined;
  };
}

/** Index of the first span starting at or after `position`, in a list sorted by start. */
export function firstStartingAt(spans: readonly Span[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
