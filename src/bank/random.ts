/** Deterministic "random" choices from content hashes: option orders and quiz draws that a seed reproduces. */
import { hash } from "../shared/hash";

export { hash };

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
