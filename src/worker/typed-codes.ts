/**
 * Short random codes that people read and type: a class's join code, a learner's recovery code. One
 * alphabet without look-alikes (no 0/O, 1/I/L), upper case, shown in groups of four.
 */

export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** `length` letters of CODE_ALPHABET, each equally likely (log2(31) = 4.95 bits each). */
export function randomCode(length: number): string {
  // 31 characters; rejection sampling (248 = 8 x 31) keeps every one equally likely.
  const letters: string[] = [];
  while (letters.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      if (byte < 248 && letters.length < length) letters.push(CODE_ALPHABET[byte % 31]!);
    }
  }
  return letters.join("");
}

/**
 * The letters of what someone typed or pasted, upper case: without spaces, dashes of any kind ("ABCD–EFGH" from a word
 * processor), invisible format characters a copied page brings along, and with full-width letters and digits (an Asian
 * phone keyboard) as the plain ones.
 */
export const codeLetters = (input: string) =>
  input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\p{Pd}\p{Cf}]/gu, "");

/** A live session's code: six digits, typed on a phone's number pad. */
export const LIVE_SESSION_CODE = /^\d{6}$/;

/** What someone typed ("abcd-efgh", "ABCD EFGH") to the stored form, or null when it cannot be a code of this length. */
export function normalizeCode(input: string, length: number): string | null {
  const code = codeLetters(input);
  if (code.length !== length) return null;
  for (const letter of code) if (!CODE_ALPHABET.includes(letter)) return null;
  return code;
}

/**
 * True when what someone typed has the code's length but a sign the alphabet leaves out (O or 0, I, L
 * or 1, a typo): the form then says which letters a code has, not how long it is.
 */
export function hasLetterOutsideCodes(input: string, length: number): boolean {
  return codeLetters(input).length === length && normalizeCode(input, length) === null;
}

/** The German words for the letters CODE_ALPHABET holds. */
export const CODE_LETTERS = "die Buchstaben A bis Z ohne I, L und O und die Ziffern 2 bis 9";

/** "ABCDEFGHJKMN" -> "ABCD-EFGH-JKMN", easier to read aloud and to copy by hand. */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}
