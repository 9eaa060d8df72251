/**
 * Finding an answer in shown text, shared by the generator's last check and the quiz assembly. Plain
 * string search with boundary checks: no regular expression is built per answer, which on long texts
 * with many answers cost more than everything else the generator does.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or digit (`[\p{L}\p{N}]`), ASCII judged by its code; false for none. */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(char);
}

const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";

/** Whitespace other than the plain space, as `\s` and trim() know it. */
function isOtherSpace(code: number): boolean {
  if (code < 128) return code >= 9 && code <= 13;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `\s` on a character code. */
export const isSpace = (code: number) => code === 32 || isOtherSpace(code);

/**
 * `value.replace(/\s+/gu, " ").trim()` in one scan that copies only around the spaces it changes: most
 * texts have single plain spaces only (then `value` itself comes back), a gap text a double one on either
 * side of the gap, and the regular expression's replacement cost more than the scan.
 */
export function foldSpaces(value: string): string {
  let index = 0;
  while (index < value.length && isSpace(value.charCodeAt(index))) index++;
  let folded = "";
  let copiedUntil = index;
  while (index < value.length) {
    const code = value.charCodeAt(index);
    // Letters, digits and punctuation (33 to 159: no space among them) with two comparisons.
    if ((code > 32 && code < 0xa0) || !isSpace(code)) {
      index++;
      continue;
    }
    let runEnd = index + 1;
    while (runEnd < value.length && isSpace(value.charCodeAt(runEnd))) runEnd++;
    if (runEnd === value.length) return folded + value.slice(copiedUntil, index);
    if (runEnd - index > 1 || code !== 32) {
      folded += `${value.slice(copiedUntil, index)} `;
      copiedUntil = runEnd;
    }
    index = runEnd;
  }
  return copiedUntil === 0 ? value : folded + value.slice(copiedUntil);
}

/**
 * foldSpaces written out again for foldText alone, which hands it what toLowerCase made: flat strings. V8 fits
 * a scan's code to the kinds of string it has seen, and the slices and joined strings other callers hand
 * foldSpaces made its scan 3 to 4 times slower per character (measured); foldText's share of the quiz draw is large.
 */
function foldLoweredSpaces(value: string): string {
  let index = 0;
  while (index < value.length && isSpace(value.charCodeAt(index))) index++;
  let folded = "";
  let copiedUntil = index;
  while (index < value.length) {
    const code = value.charCodeAt(index);
    if ((code > 32 && code < 0xa0) || !isSpace(code)) {
      index++;
      continue;
    }
    let runEnd = index + 1;
    while (runEnd < value.length && isSpace(value.charCodeAt(runEnd))) runEnd++;
    if (runEnd === value.length) return folded + value.slice(copiedUntil, index);
    if (runEnd - index > 1 || code !== 32) {
      folded += `${value.slice(copiedUntil, index)} `;
      copiedUntil = runEnd;
    }
    index = runEnd;
  }
  return copiedUntil === 0 ? value : folded + value.slice(copiedUntil);
}

/** Lower case, whitespace (also no-break spaces) folded to single spaces, trimmed: how shown texts are compared. */
export function foldText(value: string): string {
  return foldLoweredSpaces(value.toLowerCase());
}

/**
 * Whether `needle` stands in `haystack` as a whole word or figure (both folded with foldText): not inside
 * a longer word, and a figure not inside a longer figure ("14" is not in "14.000" nor in "1,14").
 */
export function containsPhrase(haystack: string, needle: string): boolean {
  if (needle === "") return false;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (isWordChar(before) || isWordChar(after)) continue;
    if ((before === "." || before === ",") && isDigit(haystack[at - 2]) && isDigit(needle[0])) continue;
    if ((after === "." || after === ",") && isDigit(haystack[at + needle.length + 1]) && isDigit(needle[needle.length - 1])) continue;
    return true;
  }
  return false;
}

/** A lower-case letter, and a capital one. */
const LOWER_LETTER = /\p{Ll}/u;
const CAPITAL_LETTERS = /\p{Lu}.*\p{Lu}/u;

/** Whether `text` is written as an acronym: two capitals or more and no lower-case letter ("IST", "WHO", "SPÖ", "U.S.A."). */
export function isAcronym(text: string): boolean {
  return !LOWER_LETTER.test(text) && CAPITAL_LETTERS.test(text);
}

/** What may stand between a sentence's end and its first word: spaces, opening quotes and brackets. */
const BEFORE_SENTENCE_WORD = new Set([" ", "„", "“", '"', "«", "»", "‚", "'", "(", "["]);
/** What ends a sentence, or a part of one after which German writes a capital as a sentence's first word. */
const SENTENCE_END = new Set([".", "!", "?", ":", "…", "–"]);

/** Whether the word at `at` of `text` opens a sentence: nothing but marks and spaces before it, or a sentence's end. */
function opensSentence(text: string, at: number): boolean {
  let index = at - 1;
  while (index >= 0 && BEFORE_SENTENCE_WORD.has(text[index]!)) index--;
  return index < 0 || SENTENCE_END.has(text[index]!);
}

/**
 * Whether `acronym` ("IST", or a genitive "ISTs") stands in `text` (spaces folded as foldSpaces does, case kept) as a
 * whole word: as written, or as a name ("Uno" beside "UNO"), but not as a common word that folds to the same letters
 * ("ist" for the Institute of Science and Technology, "Ist" opening a sentence, where every word has a capital).
 */
export function containsAcronym(text: string, acronym: string): boolean {
  if (containsPhrase(text, acronym)) return true;
  const asName = acronym[0] + acronym.slice(1).toLowerCase();
  for (let at = text.indexOf(asName); at !== -1; at = text.indexOf(asName, at + 1)) {
    if (isWordChar(text[at - 1]) || isWordChar(text[at + asName.length])) continue;
    if (!opensSentence(text, at)) return true;
  }
  return false;
}

/**
 * Whether a shown text names an answer: `folded` is the text with foldText, `cased` with foldSpaces. An acronym answer
 * counts only where the text writes it as one, not as a common word ("IST" is not in "Das ist neu").
 */
export function showsAnswer(folded: string, cased: string, answer: string): boolean {
  return containsPhrase(folded, foldText(answer)) && (!isAcronym(answer) || containsAcronym(cased, foldSpaces(answer)));
}

/** isWordChar of the code units below 256, looked up: most letters of German text beyond ASCII are among them. */
const LATIN1_WORD_CHARS = Uint8Array.from({ length: 256 }, (_, code) => (WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0));

/** isWordChar on a code unit; the lower-case letters of folded text first. */
export function isWordCode(code: number): boolean {
  if (code >= 97 && code <= 122) return true;
  return code < 256 ? LATIN1_WORD_CHARS[code] === 1 : WORD_CHAR.test(String.fromCharCode(code));
}

/** One code unit more of a word's hash. */
const wordHashStep = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;
/** Which of the 1,024 bits a word sets: the top ten bits of its mixed hash. */
const wordBit = (hash: number) => Math.imul(hash ^ (hash >>> 15), 0x9e3779b1) >>> 22;

/**
 * A 1,024-bit filter of the words (runs of letters and digits, as isWordChar tells) a text has. Where
 * containsPhrase finds a needle, each word of the needle is a whole word of the text, as the needle stands
 * between characters that are none: so a text holds a needle only if its filter has every word of it, and
 * `mayContain` rules most needles out before a search (the quiz draw looks for every answer of a pool in
 * every other question's text). Words rule out more than the pairs of characters filtered before: a
 * German text has most of the common pairs of any answer, and half the searches found nothing. Its 32
 * numbers of 32 bits in a plain array: a typed array of more than 64 bytes gets its store outside V8's
 * heap, which cost more to make than the filter saved.
 */
export function wordFilter(text: string): number[] {
  // The same scan as wordBits, written out: a filter made from wordBits' list of every word of a question's text
  // made the draw about 17 % slower (measured side by side).
  const bits = new Array<number>(32).fill(0);
  let hash = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isWordCode(code)) {
      hash = inWord ? wordHashStep(hash, code) : code;
      inWord = true;
    } else if (inWord) {
      const bit = wordBit(hash);
      bits[bit >>> 5]! |= 1 << (bit & 31);
      inWord = false;
    }
  }
  if (inWord) {
    const bit = wordBit(hash);
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return bits;
}

/** The filter bits of the words of `needle`: worked out once for a needle looked for in many filters. None for a needle without a word. */
export function wordBits(needle: string): number[] {
  const found: number[] = [];
  let hash = 0;
  let inWord = false;
  for (let index = 0; index < needle.length; index++) {
    const code = needle.charCodeAt(index);
    if (isWordCode(code)) {
      hash = inWord ? wordHashStep(hash, code) : code;
      inWord = true;
    } else if (inWord) {
      found.push(wordBit(hash));
      inWord = false;
    }
  }
  if (inWord) found.push(wordBit(hash));
  return found;
}

/** False when the text of `filter` (wordFilter) cannot contain the needle of `bits` (wordBits; a word of it is missing); true when it may. */
export function mayContain(filter: readonly number[], bits: readonly number[]): boolean {
  for (let index = 0; index < bits.length; index++) {
    const bit = bits[index]!;
    if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}
