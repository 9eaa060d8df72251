/**
 * Which of a family's facts one run asks about: the `part`-th (from 0) of `parts` runs over them, each a run of
 * consecutive facts in text order, so that the parts' questions one after the other are the whole family's. A Worker
 * runs the costliest families of a long text in parts, each within a request's CPU time (src/worker/own-texts).
 */
export interface FamilyShare {
  part: number;
  parts: number;
}

/** All of a family's facts, in one run. */
export const WHOLE_FAMILY: FamilyShare = { part: 0, parts: 1 };

/** The items of `share`: about as many for each part, none twice, in order. */
export function shareOf<T>(items: readonly T[], { part, parts }: FamilyShare): readonly T[] {
  if (parts === 1) return items;
  return items.slice(Math.floor((items.length * part) / parts), Math.floor((items.length * (part + 1)) / parts));
}
