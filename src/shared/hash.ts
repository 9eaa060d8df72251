/** Content hashes: question ids, deterministic "random" choices that survive regeneration, asset versions. */

/** codePointAt by hand: charCodeAt, and a surrogate pair joined (a lone surrogate stays itself), cost less. */
function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return code;
}

/** FNV-1a over the parts, 32 bits, with a final mix so that inputs differing in the last character spread. */
export function hash(...parts: string[]): number {
  // Kept as a signed 32-bit integer until the end (imul and xor read only the 32 bits): as an unsigned value
  // (`>>> 0` after each step) it left the small-integer range and made the loop some 3 times slower (measured).
  let value = 0x811c9dc5 | 0;
  // By code point, parts joined by U+0000; an index loop, as a string iterator costs more than the hashing.
  for (let part = 0; part < parts.length; part++) {
    if (part > 0) value = Math.imul(value, 0x01000193);
    const text = parts[part]!;
    for (let index = 0; index < text.length; index++) {
      const code = codePointAt(text, index);
      if (code > 0xffff) index++;
      value = Math.imul(value ^ code, 0x01000193);
    }
  }
  return finalMix(value);
}

/** The final mix, so that inputs differing in the last character spread; unsigned. */
function finalMix(value: number): number {
  value = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  value = Math.imul(value ^ (value >>> 13), 0xc2b2ae35);
  return (value ^ (value >>> 16)) >>> 0;
}

/** The hash as eight hex digits. */
export const hashHex = (...parts: string[]): string => eightHexDigits(hash(...parts));

/**
 * hashHex(...parts) followed by hashHex(salt, ...parts), in one pass over the parts: every question built gets an
 * id of both, and reading each code point once, for the two hashes, costs less than two passes.
 */
export function hashHexUnsaltedAndSalted(salt: string, parts: readonly string[]): string {
  let unsalted = 0x811c9dc5 | 0;
  let salted = 0x811c9dc5 | 0;
  for (let index = 0; index < salt.length; index++) {
    const code = codePointAt(salt, index);
    if (code > 0xffff) index++;
    salted = Math.imul(salted ^ code, 0x01000193);
  }
  for (let part = 0; part < parts.length; part++) {
    // The salt is the salted hash's first part: every part of `parts` follows a separator there.
    if (part > 0) unsalted = Math.imul(unsalted, 0x01000193);
    salted = Math.imul(salted, 0x01000193);
    const text = parts[part]!;
    for (let index = 0; index < text.length; index++) {
      const code = codePointAt(text, index);
      if (code > 0xffff) index++;
      unsalted = Math.imul(unsalted ^ code, 0x01000193);
      salted = Math.imul(salted ^ code, 0x01000193);
    }
  }
  return eightHexDigits(finalMix(unsalted)) + eightHexDigits(finalMix(salted));
}

/**
 * A 32-bit unsigned value as eight lower-case hex digits, as toString(16) and padStart(8, "0") write it: by
 * hand, as those two cost twice the hash itself (every question built gets an id of two hashes).
 */
function eightHexDigits(value: number): string {
  return String.fromCharCode(
    hexDigit(value >>> 28),
    hexDigit((value >>> 24) & 15),
    hexDigit((value >>> 20) & 15),
    hexDigit((value >>> 16) & 15),
    hexDigit((value >>> 12) & 15),
    hexDigit((value >>> 8) & 15),
    hexDigit((value >>> 4) & 15),
    hexDigit(value & 15),
  );
}

/** The character code of a hex digit (0 to 15): "0" to "9", then "a" to "f". */
const hexDigit = (nibble: number) => (nibble < 10 ? 48 + nibble : 87 + nibble);
