/**
 * What the feedback shows of the text: the passage around the evidence (cut when long) and where the
 * answer's words stand in the evidence, to emphasise them. Pure: offsets into the document's text.
 */

export type Range = { start: number; end: number };

/** Beyond this many characters a passage is cut to the evidence and some context, so that the feedback fits a phone screen. */
const LONG_PASSAGE = 480;
const CONTEXT = 140;

/**
 * The part of the passage to show: all of it, or the evidence with up to CONTEXT characters either side, cut at
 * spaces. Never any of `withheld`, the evidence of questions still to come, which would show their answers: the
 * passage ends before the nearest of them on either side of the evidence.
 */
export function passageExcerpt(
  text: string,
  passage: Range,
  evidence: Range,
  withheld: readonly Range[] = [],
): Range & { cutBefore: boolean; cutAfter: boolean } {
  let from = passage.start;
  let to = passage.end;
  for (const range of withheld) {
    if (range.end <= evidence.start) from = Math.max(from, range.end);
    else if (range.start >= evidence.end) to = Math.min(to, range.start);
  }
  // Evidence may be a clause cut from a sentence: then the rest of that sentence goes too, not half of it.
  if (from > passage.start) from = sentenceStartFrom(text, from, evidence.start);
  if (to < passage.end) to = sentenceEndUpTo(text, evidence.end, to);
  let start = from;
  let end = to;
  if (to - from > LONG_PASSAGE) {
    start = Math.max(from, evidence.start - CONTEXT);
    end = Math.min(to, evidence.end + CONTEXT);
    if (start > from) start = Math.min(evidence.start, text.indexOf(" ", start) + 1 || evidence.start);
    if (end < to) end = Math.max(evidence.end, text.lastIndexOf(" ", end));
  }
  if (start > passage.start) start = pastDash(text, start, evidence.start);
  return { start, end, cutBefore: start > passage.start, cutAfter: end < passage.end };
}

/** A dash and the space after it: a dateline's ("Panama – Für ...") or a sentence's inner one ("begünstigen – die ..."). */
const DASH_AND_SPACE = /^[–—-]\s+/u;

/** Where a cut that begins at a dash begins after it (not past `limit`): the words are what follows it, not "– Die ...". */
function pastDash(text: string, start: number, limit: number): number {
  const dash = DASH_AND_SPACE.exec(text.slice(start, limit));
  return dash ? start + dash[0].length : start;
}

/** A sentence's last character followed by white space; and a text that ends a sentence. */
const SENTENCE_END = /[.!?:"“”«»)]\s+/gu;
const ENDS_SENTENCE = /[.!?:"“”«»)]\s*$/u;

/** Where the first sentence at or after `from` begins, not past `limit`; white space skipped. */
function sentenceStartFrom(text: string, from: number, limit: number): number {
  let start = from;
  if (!ENDS_SENTENCE.test(text.slice(Math.max(0, from - 3), from))) {
    SENTENCE_END.lastIndex = from;
    const found = SENTENCE_END.exec(text);
    start = found && found.index + found[0].length <= limit ? found.index + found[0].length : from;
  }
  while (start < limit && /\s/u.test(text[start]!)) start++;
  return start;
}

/** Where the last sentence ending between `after` and `to` ends (else `to`); white space dropped. */
function sentenceEndUpTo(text: string, after: number, to: number): number {
  let end = to;
  if (!ENDS_SENTENCE.test(text.slice(after, to))) {
    SENTENCE_END.lastIndex = after;
    for (let found = SENTENCE_END.exec(text); found && found.index < to; found = SENTENCE_END.exec(text)) end = found.index + 1;
    if (end === to) end = after;
  }
  while (end > after && /\s/u.test(text[end - 1]!)) end--;
  return end;
}

/** A phone shows at most this much of the context before the evidence (nearContextStart). */
const NEAR_CONTEXT = 100;

/**
 * Where the context before the evidence that a phone shows begins: its last sentence (or the start of the sentence
 * the evidence is cut from), when that is short; else nowhere (`context.end`). The rest would push the marked sentence
 * below the first screen.
 */
export function nearContextStart(text: string, context: Range): number {
  let start = context.start;
  SENTENCE_END.lastIndex = context.start;
  for (let found = SENTENCE_END.exec(text); found && found.index + found[0].length < context.end; found = SENTENCE_END.exec(text)) {
    start = found.index + found[0].length;
  }
  return context.end - start <= NEAR_CONTEXT ? start : context.end;
}

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** Where `term` occurs in `range` of `text` as whole words, ignoring case. */
function occurrences(text: string, range: Range, term: string): Range[] {
  const needle = term.trim().toLowerCase();
  const haystack = text.slice(range.start, range.end).toLowerCase();
  // Lower-casing may change the length of rare letters; then the offsets would not fit the text.
  if (needle.length < 2 || haystack.length !== range.end - range.start) return [];
  const found: Range[] = [];
  for (let index = haystack.indexOf(needle); index >= 0; index = haystack.indexOf(needle, index + needle.length)) {
    const start = range.start + index;
    const end = start + needle.length;
    if (!isWordCharacter(text[start - 1]) && !isWordCharacter(text[end])) found.push({ start, end });
  }
  return found;
}

/**
 * What of a question's evidence the feedback marks: where the evidence opens with an earlier sentence only to show who
 * spoke or acted (Question.sentenceStart: "Sales warnte davor, … „Das IS-Kalifat ist zerstört …“, sagte er."), the
 * asked sentence and what follows it, so that the mark points at what was asked and the earlier sentence stands
 * unmarked before it; else, and for further evidence, the whole evidence.
 */
export function markedPart(
  evidence: Range & { documentId: string },
  question: { evidence: Range & { documentId: string }; sentenceStart?: number | undefined },
): Range {
  const asked = question.sentenceStart;
  const own = evidence.documentId === question.evidence.documentId && evidence.start === question.evidence.start && evidence.end === question.evidence.end;
  return own && asked !== undefined && evidence.start < asked && asked < evidence.end ? { start: asked, end: evidence.end } : evidence;
}

/** What the feedback must not show yet: the evidence and the answers of the questions still to come. */
export interface Withheld {
  evidence: readonly (Range & { documentId: string })[];
  answers: readonly string[];
}

/**
 * Where in `passage` of the document `documentId` what is withheld stands: the evidence, and the answers as whole
 * words ("Mindestens 691 Personen verletzt" in the title beside the body's "691").
 */
export function withheldRanges(document: { id: string; text: string }, passage: Range, withheld: Withheld): Range[] {
  return [
    ...withheld.evidence.filter((span) => span.documentId === document.id),
    ...withheld.answers.flatMap((term) => occurrences(document.text, passage, term)),
  ];
}

/** Words of a term long enough to mean something on their own ("Macron" of "Emmanuel Macron"). */
const MIN_WORD_LENGTH = 4;

/**
 * Where the answer's words stand in the evidence: each term as a whole, or, where the text words it
 * differently, its longer words one by one. Sorted, without overlaps.
 */
export function answerRanges(text: string, evidence: Range, terms: string[]): Range[] {
  const ranges = terms.flatMap((term) => {
    const whole = occurrences(text, evidence, term);
    if (whole.length > 0) return whole;
    return term
      .split(/[^\p{L}\p{N}.,]+/u)
      .filter((word) => word.length >= MIN_WORD_LENGTH)
      .flatMap((word) => occurrences(text, evidence, word));
  });
  const sorted = ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((range, index) => sorted.slice(0, index).every((earlier) => earlier.end <= range.start));
}
