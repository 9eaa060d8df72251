/** Whole words in a text, found by a search for the string, not by an expression compiled per word. */

/** A letter or a digit: next to a word or figure, it makes it part of a longer one. */
export const JOINS_WORD = /^[\p{L}\p{N}]$/u;
/** A letter, a digit or a hyphen: next to a name, it makes it part of a compound ("Russland-Reise"). */
export const JOINS_WORD_OR_HYPHEN = /^[\p{L}\p{N}-]$/u;

/** The character (a surrogate pair whole) that ends right before `at`, as a look-behind reads it. */
function characterBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text.charAt(at - 1);
}

/** The character (a surrogate pair whole) that starts at `at`, as a look-ahead reads it. */
function characterAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? "" : String.fromCodePoint(code);
}

/**
 * Where `word` stands in `text` with no character `joins` matches right before or after it, at most `limit` of them,
 * left to right and not overlapping: as a global expression with look-arounds finds them, by indexOf and a look at
 * the neighbours, not an expression compiled for every word.
 */
export function wholeWordsAt(text: string, word: string, joins: RegExp, limit = Infinity): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at !== -1 && found.length < limit; ) {
    if (joins.test(characterBefore(text, at)) || joins.test(characterAt(text, at + word.length))) at = text.indexOf(word, at + 1);
    else {
      found.push(at);
      at = text.indexOf(word, at + Math.max(1, word.length));
    }
  }
  return found;
}

/**
 * The words `after` finds (its group 1) right after `word` wherever it stands in `text`, where it stands there at
 * least twice and is followed by the same words every time: they are of one name with it ("Global 2000", "Block
 * gegen den Islam"), which the text never writes apart.
 */
export function sameWordsAfterEach(text: string, word: string, after: RegExp): string | undefined {
  const places = wholeWordsAt(text, word, JOINS_WORD_OR_HYPHEN);
  if (places.length < 2) return undefined;
  const followers = new Set(places.map((at) => after.exec(text.slice(at + word.length, at + word.length + 60))?.[1]));
  const [only] = followers;
  return followers.size === 1 ? only : undefined;
}
