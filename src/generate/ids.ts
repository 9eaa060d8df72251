/** Question ids and deterministic "random" choices that survive regeneration, from content hashes. */

export { compareText, shuffled } from "../bank/random";

const FNV_PRIME = 0x01000193;
/** hash()'s state after "quellenquiz" and before the separator of the next part: where the second hash of an id starts. */
const SALTED_START = fnvState(0x811c9dc5, "quellenquiz");

/** FNV-1a over `text` by code point from `value`, as hash() in src/shared/hash.ts steps through each part. */
function fnvState(start: number, text: string): number {
  let value = start;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        index++;
      }
    }
    value = Math.imul(value ^ code, FNV_PRIME) >>> 0;
  }
  return value;
}

/** hash()'s final mix. */
function mixed(value: number): number {
  let mix = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  mix = Math.imul(mix ^ (mix >>> 13), 0xc2b2ae35);
  return (mix ^ (mix >>> 16)) >>> 0;
}

/**
 * Two independent 32-bit hashes, so ids stay unique in large banks: hashHex(...parts) and
 * hashHex("quellenquiz", ...parts). The second differs from the first only in where it starts, so both
 * step through the parts together: a question's key may hold its whole sentence, and every question built gets an id.
 */
export function contentId(...parts: string[]): string {
  let plain = 0x811c9dc5;
  let salted = SALTED_START;
  for (let part = 0; part < parts.length; part++) {
    if (part > 0) plain = Math.imul(plain, FNV_PRIME) >>> 0;
    salted = Math.imul(salted, FNV_PRIME) >>> 0;
    const text = parts[part]!;
    for (let index = 0; index < text.length; index++) {
      let code = text.charCodeAt(index);
      if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
        const low = text.charCodeAt(index + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          index++;
        }
      }
      plain = Math.imul(plain ^ code, FNV_PRIME) >>> 0;
      salted = Math.imul(salted ^ code, FNV_PRIME) >>> 0;
    }
  }
  return idOf(mixed(plain), mixed(salted));
}

const hexDigit = (nibble: number) => (nibble < 10 ? 48 + nibble : 87 + nibble);

/** "q_" and the two values as eight lower-case hex digits each, as one string (no parts joined). */
function idOf(first: number, second: number): string {
  return String.fromCharCode(
    113,
    95,
    hexDigit(first >>> 28),
    hexDigit((first >>> 24) & 15),
    hexDigit((first >>> 20) & 15),
    hexDigit((first >>> 16) & 15),
    hexDigit((first >>> 12) & 15),
    hexDigit((first >>> 8) & 15),
    hexDigit((first >>> 4) & 15),
    hexDigit(first & 15),
    hexDigit(second >>> 28),
    hexDigit((second >>> 24) & 15),
    hexDigit((second >>> 20) & 15),
    hexDigit((second >>> 16) & 15),
    hexDigit((second >>> 12) & 15),
    hexDigit((second >>> 8) & 15),
    hexDigit((second >>> 4) & 15),
    hexDigit(second & 15),
  );
}
