/** Deterministic "random" choices from content hashes: ids, option orders and quiz draws that a seed reproduces. */

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

/** Code-unit comparison: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The items in an order that depends only on their own content and the seed. */
export function shuffled<T>(items: readonly T[], seed: string, key: (item: T) => string): T[] {
  return [...items]
    .map((item) => ({ item, rank: hash(seed, key(item)) }))
    .sort((a, b) => a.rank - b.rank || compareText(key(a.item), key(b.item)))
    .map(({ item }) => item);
}
