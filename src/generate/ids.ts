/** Content hashes: question ids and deterministic "random" choices that survive regeneration. */
import { hash } from "../bank/random";

export { compareText, hash, shuffled } from "../bank/random";

/** Two independent 32-bit hashes, so ids stay unique in large banks. */
export function contentId(...parts: string[]): string {
  const first = hash(...parts)
    .toString(16)
    .padStart(8, "0");
  const second = hash("quellenquiz", ...parts)
    .toString(16)
    .padStart(8, "0");
  return `q_${first}${second}`;
}
