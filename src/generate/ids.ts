/** Question ids and deterministic "random" choices that survive regeneration, from content hashes. */
import { hashHexUnsaltedAndSalted } from "../shared/hash";

export { compareText, shuffled } from "../bank/random";

/** Two independent 32-bit hashes, so ids stay unique in large banks. */
export function contentId(...parts: string[]): string {
  return `q_${hashHexUnsaltedAndSalted("quellenquiz", parts)}`;
}
