/**
 * What the feedback shows of the text: the passage around the evidence (cut when long) and where the
 * answer's words stand in the evidence, to emphasise them. Pure: offsets into the document's text.
 */

export type Range = { start: number; end: number };

/** Beyond this many characters a passage is cut to the evidence and some context, so that the feedback fits a phone screen. */
const LONG_PASSAGE = 480;
const CONTEXT = 140;

/** The part of the passage to show: all of it, or the evidence with up to CONTEXT characters either side, cut at spaces. */
export function passageExcerpt(text: string, passage: Range, evidence: Range): Range & { cutBefore: boolean; cutAfter: boolean } {
  if (passage.end - passage.start <= LONG_PASSAGE) return { ...passage, cutBefore: false, cutAfter: false };
  let start = Math.max(passage.start, evidence.start - CONTEXT);
  let end = Math.min(passage.end, evidence.end + CONTEXT);
  if (start > passage.start) start = Math.min(evidence.start, text.indexOf(" ", start) + 1 || evidence.start);
  if (end < passage.end) end = Math.max(evidence.end, text.lastIndexOf(" ", end));
  return { start, end, cutBefore: start > passage.start, cutAfter: end < passage.end };
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
