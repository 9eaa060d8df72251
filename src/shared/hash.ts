/** Content hashes: question ids, deterministic "random" choices that survive regeneration, asset versions. */

/** FNV-1a over the parts, 32 bits, with a final mix so that inputs differing in the last character spread. */
export function hash(...parts: string[]): number {
  let value = 0x811c9dc5;
  for (const char of parts.join("\u0000")) {
    value = Math.imul(value ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  }
  value = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  value = Math.imul(value ^ (value >>> 13), 0xc2b2ae35);
  return (value ^ (value >>> 16)) >>> 0;
}

/** The hash as eight hex digits. */
export const hashHex = (...parts: string[]): string =>
  hash(...parts)
    .toString(16)
    .padStart(8, "0");
