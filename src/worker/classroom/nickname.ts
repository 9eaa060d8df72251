/**
 * Nicknames of students: short, no real names needed, unique within a class, nothing offensive.
 *
 * The word lists are LDNOOBW's German and English lists (npm package naughty-words, CC BY 4.0). Matching
 * is deliberately blunt, because a false alarm only costs the student another try:
 * - every word of the nickname is compared with both lists;
 * - German list words of 6 letters or more also match inside a word ("Oberwichser");
 * - German list words of 4 letters or more also match at the start of a word ("Arschgesicht"), which
 *   keeps "Marschall" and "Fischer" allowed;
 * - a few unambiguous insults match anywhere.
 */
import germanWords from "naughty-words/de.json";
import englishWords from "naughty-words/en.json";

export const NICKNAME_MAX_LENGTH = 20;
export const NICKNAME_MIN_LENGTH = 2;

const ALWAYS_INSIDE = ["fuck", "cunt", "nigg", "fotze", "wichs", "hurens", "fick", "schlampe", "nazi", "hitler"];

/** Lower case, umlauts spelled out, digits read as the letters they imitate ("4rsch"). */
function fold(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[0134578@$]/g, (digit) => ({ "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", $: "s" })[digit]!)
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

const lettersOnly = (text: string) => text.replace(/[^a-z]/g, "");

const german = germanWords.map((word) => lettersOnly(fold(word))).filter((word) => word.length >= 3);
const everyListedWord = new Set([...german, ...englishWords.map((word) => lettersOnly(fold(word)))].filter(Boolean));

export function isOffensive(nickname: string): boolean {
  const folded = fold(nickname);
  const words = folded.split(/[^a-z]+/).filter(Boolean);
  const squashed = words.join("");
  if (everyListedWord.has(squashed) || words.some((word) => everyListedWord.has(word))) return true;
  if (ALWAYS_INSIDE.some((bad) => squashed.includes(bad))) return true;
  return german.some((bad) => (bad.length >= 6 && squashed.includes(bad)) || (bad.length >= 4 && words.some((word) => word.startsWith(bad))));
}

/** The form compared for uniqueness: "Lena" and "lena " are the same nickname. */
export function nicknameKey(nickname: string): string {
  return nickname.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Trimmed, inner spaces collapsed, NFC: the nickname as stored and shown. */
export function cleanNickname(input: string): string {
  return input.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * Latin mixed with Cyrillic or Greek letters: "Аnna" with a Cyrillic "А" looks like "Anna" on the
 * teacher's dashboard but is another nickname. Such names are refused, names in one script are fine.
 */
export function mixesScripts(nickname: string): boolean {
  return /\p{Script=Latin}/u.test(nickname) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(nickname);
}

/** Letters of any script, digits, single spaces, "-", "_" and ".". */
export const NICKNAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u;
