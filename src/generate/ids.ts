/** Question ids and deterministic "random" choices that survive regeneration, from content hashes. */
import { hash, hashHex } from "../shared/hash";

/** Two independent 32-bit hashes, so ids stay unique in large banks. */
export function contentId(...parts: string[]): string {
  return `q_${hashHex(...parts)}${hashHex("quellenquiz", ...parts)}`;
}

/** The items in an order that depends only on their own content and the seed. */
export function shuffled<T>(items: readonly T[], seed: string, key: (item: T) => string): T[] {
  return [...items]
    .map((item) => ({ item, rank: hash(seed, key(item)) }))
    .sort((a, b) => a.rank - b.rank || compareText(key(a.item), key(b.item)))
    .map(({ item }) => item);
}

/** Code-unit comparison: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
