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
    if (!isSpace(code)) {
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
  return foldSpaces(value.toLowerCase());
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

/**
 * A 1,024-bit filter of the pairs of adjacent code units a text has. A text holds a needle only if it
 * has every pair of it, so `mayContain` rules most needles out before a search: the quiz draw looks for
 * every answer of a pool in every other question's text. Its 32 words in a plain array: a typed array
 * of more than 64 bytes gets its store outside V8's heap, which cost more to make than the filter saved.
 */
export function pairFilter(text: string): number[] {
  const bits = new Array<number>(32).fill(0);
  for (let index = 1; index < text.length; index++) {
    const bit = pairBit(text.charCodeAt(index - 1), text.charCodeAt(index));
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return bits;
}

/** Which of the 1,024 bits a pair of code units sets: the top ten bits of a multiplicative hash. */
const pairBit = (first: number, second: number) => Math.imul(Math.imul(first, 0x5bd1e995) ^ second, 0x9e3779b1) >>> 22;

/** The filter bits of the pairs of `needle`: worked out once for a needle looked for in many filters. */
export function pairBits(needle: string): Uint16Array {
  const bits = new Uint16Array(Math.max(0, needle.length - 1));
  for (let index = 1; index < needle.length; index++) bits[index - 1] = pairBit(needle.charCodeAt(index - 1), needle.charCodeAt(index));
  return bits;
}

/** False when the text of `filter` cannot contain the needle of `bits` (pairBits; a pair of it is missing); true when it may. */
export function mayContain(filter: readonly number[], bits: Uint16Array): boolean {
  for (let index = 0; index < bits.length; index++) {
    const bit = bits[index]!;
    if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}
