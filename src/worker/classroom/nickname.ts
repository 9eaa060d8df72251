/**
 * Nicknames of students: short, no real names needed, unique within a class, nothing offensive, and
 * no lookalikes: "ТОМ" in Cyrillic letters is not a second "TOM", "Hıtler" with a dotless ı is no way
 * round the word list.
 *
 * Lookalikes are folded with Unicode's confusables data (UTS #39 skeletons, ./confusables.generated.ts,
 * made by scripts/confusables.mjs): after NFKC, every letter or digit with a Latin prototype becomes
 * that prototype. The comparison is on capitals first, because Greek and Cyrillic capitals are the
 * lookalikes ("ΤΟΜ", "ТОМ"), and their small letters then fold with them ("том" is "ТОМ" in small
 * letters); small Latin lookalikes follow after lower-casing ("rn" for "m"). Names in one script that
 * looks like no Latin letter ("Анна", with its Н) stay apart from their Latin cousins ("Anna").
 *
 * The word lists are LDNOOBW's German and English lists (npm package naughty-words, CC BY 4.0) and the
 * German insults they lack, pupils' slurs such as "Spast" (./data/insults.ts). Matching
 * is deliberately blunt, because a false alarm only costs the student another try:
 * - the nickname and every list word are folded alike: lookalikes to their Latin capitals' prototypes
 *   ("ΗΙΤ", Cherokee "ᎻᎥᎢ"), digits read as the letters they imitate ("4rsch"), umlauts spelled out,
 *   u and v made one ("Fvck"), and "1", "I" and their lookalikes read both as i and as l ("Hit1er",
 *   "HitIer");
 * - every word of the nickname is compared with both lists;
 * - German list words of 6 letters or more also match inside a word ("Oberwichser");
 * - German list words of 4 letters or more also match at the start of a word ("Arschgesicht"), which
 *   keeps "Marschall" and "Fischer" allowed;
 * - a few unambiguous insults match anywhere.
 */
import germanWords from "naughty-words/de.json";
import englishWords from "naughty-words/en.json";
import * as z from "zod";
import { LATIN_CONFUSABLES } from "./confusables.generated";
import { GERMAN_INSULTS } from "./data/insults";

export const NICKNAME_MAX_LENGTH = 20;
export const NICKNAME_MIN_LENGTH = 2;

const prototypes = new Map(
  LATIN_CONFUSABLES.split("|").map((entry) => [String.fromCodePoint(entry.codePointAt(0)!), entry.slice(entry.codePointAt(0)! > 0xffff ? 2 : 1)]),
);

/** UTS #39 skeleton, limited to Latin prototypes: NFD, each character to its prototype, NFD again. */
function skeleton(text: string): string {
  let folded = "";
  for (const character of text.normalize("NFD")) folded += prototypes.get(character) ?? character;
  return folded.normalize("NFD");
}

/** Capitals first, then small letters: see the module comment. */
const latinLookalike = (text: string) => skeleton(skeleton(text.normalize("NFKC").toUpperCase()).toLowerCase());

/** The form compared for uniqueness as a teacher reads it: "Lena" and "lena " are the same nickname. */
export function nicknameKey(nickname: string): string {
  return nickname.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The form compared for lookalikes: "TOM", "ТОМ" (Cyrillic), "ΤΟΜ" (Greek) and "T0M" are one nickname,
 * and so are "Ina" and "lna". Stored beside nicknameKey, unique within the class as well.
 */
export function lookalikeKey(nickname: string): string {
  return latinLookalike(nickname).replace(/i/g, "l").replace(/\s+/g, " ").trim();
}

/** "O’Brien" as a phone's keyboard types it (the right single quotation mark) is the same name as "O'Brien". */
const TYPOGRAPHIC_APOSTROPHES = /[\u2019\u02bc]/gu;

/** Trimmed, inner spaces collapsed, NFC: the nickname as stored and shown. */
export function cleanNickname(input: string): string {
  return input.normalize("NFC").replace(/\s+/g, " ").replace(TYPOGRAPHIC_APOSTROPHES, "'").trim();
}

const LEET: Record<string, string> = { "0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", $: "s" };
/** Stands for "i or l": "1", "I" and their lookalikes in other scripts ("Ι", "І"). */
const I_OR_L = "*";
const MAX_I_OR_L = 6;

/** One character of a nickname as the word check reads it: a small Latin letter, I_OR_L, or itself. */
function foldCharacter(character: string): string {
  if (character === "1" || character === "I") return I_OR_L;
  const leet = LEET[character];
  if (leet) return leet;
  if (character < "\u0080") return character.toLowerCase();
  // Not the small-letter skeleton: "m" as "rn" would find "nazi" in "Mazin".
  const latin = skeleton(character.toUpperCase()).toLowerCase();
  return latin === "l" ? I_OR_L : latin;
}

/**
 * The nickname in small Latin letters, once for every reading of its I_OR_L characters ("Hit1er" is
 * "hitier" and "hitler"), so that a real "l" or "i" stays what it is ("Nazli" is no "nazi").
 */
function foldForWords(text: string): string[] {
  const spelled = text
    .normalize("NFKC")
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/Ä/g, "Ae")
    .replace(/Ö/g, "Oe")
    .replace(/Ü/g, "Ue")
    .replace(/ß/g, "ss");
  let folded = "";
  for (const character of spelled) folded += foldCharacter(character);
  folded = folded.normalize("NFD").replace(/\p{M}/gu, "").replace(/v/g, "u");
  let readings = [""];
  let ambiguous = 0;
  for (const character of folded) {
    if (character === I_OR_L && ++ambiguous <= MAX_I_OR_L) readings = readings.flatMap((reading) => [`${reading}i`, `${reading}l`]);
    else readings = readings.map((reading) => reading + (character === I_OR_L ? "i" : character));
  }
  return readings;
}

const lettersOnly = (text: string) => text.replace(/[^a-z]/g, "");
const foldListWord = (word: string) => foldForWords(word).map(lettersOnly);

const ALWAYS_INSIDE = ["fuck", "cunt", "nigg", "fotze", "wichs", "hurens", "fick", "schlampe", "nazi", "hitler"].flatMap(foldListWord);
const german = [...germanWords, ...GERMAN_INSULTS].flatMap(foldListWord).filter((word) => word.length >= 3);
const everyListedWord = new Set([...german, ...englishWords.flatMap(foldListWord)].filter(Boolean));

function isOffensiveReading(folded: string): boolean {
  const words = folded.split(/[^a-z]+/).filter(Boolean);
  const squashed = words.join("");
  if (everyListedWord.has(squashed) || words.some((word) => everyListedWord.has(word))) return true;
  if (ALWAYS_INSIDE.some((bad) => squashed.includes(bad))) return true;
  return german.some((bad) => (bad.length >= 6 && squashed.includes(bad)) || (bad.length >= 4 && words.some((word) => word.startsWith(bad))));
}

export function isOffensive(nickname: string): boolean {
  return foldForWords(nickname).some(isOffensiveReading);
}

/**
 * Scripts a nickname may use, one at a time. Han goes with Hiragana and Katakana (Japanese), Hangul
 * (Korean) or Bopomofo (Chinese), and those with Latin, as UTS #39's "highly restrictive" level allows.
 * Letters of a script not listed count as one more script ("Other").
 */
const SCRIPTS = [
  "Latin",
  "Greek",
  "Cyrillic",
  "Armenian",
  "Hebrew",
  "Arabic",
  "Syriac",
  "Thaana",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Oriya",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
  "Thai",
  "Lao",
  "Tibetan",
  "Myanmar",
  "Georgian",
  "Hangul",
  "Ethiopic",
  "Cherokee",
  "Canadian_Aboriginal",
  "Khmer",
  "Mongolian",
  "Hiragana",
  "Katakana",
  "Bopomofo",
  "Han",
  "Tifinagh",
  "Runic",
  "Ogham",
  "Coptic",
  "Gothic",
  "Glagolitic",
  "Vai",
  "Lisu",
  "Yi",
].map((name) => ({ name, pattern: new RegExp(`\\p{Script=${name}}`, "u") }));
const COMMON = /[\p{Script=Common}\p{Script=Inherited}]/u;
const ALLOWED_TOGETHER = [
  ["Latin", "Han", "Hiragana", "Katakana"],
  ["Latin", "Han", "Hangul"],
  ["Latin", "Han", "Bopomofo"],
];

/** The scripts of a nickname's letters and digits (Common ones, such as 0-9, left out). */
export function scriptsOf(nickname: string): Set<string> {
  const scripts = new Set<string>();
  for (const character of nickname.normalize("NFKC")) {
    if (!/[\p{L}\p{N}]/u.test(character) || COMMON.test(character)) continue;
    scripts.add(SCRIPTS.find((script) => script.pattern.test(character))?.name ?? "Other");
  }
  return scripts;
}

/**
 * Letters of two scripts: "Аnna" with a Cyrillic "А" looks like "Anna" on the teacher's dashboard but
 * is another nickname. Such names are refused; names in one script are fine.
 */
export function mixesScripts(nickname: string): boolean {
  const scripts = [...scriptsOf(nickname)];
  return scripts.length > 1 && !ALLOWED_TOGETHER.some((together) => scripts.every((script) => together.includes(script)));
}

/** Letters of any script, digits, single spaces, "-", "_", "." and the apostrophe of "O'Brien". */
export const NICKNAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._'-]*$/u;
/** What NICKNAME_PATTERN allows, in words: the join form's hint and the refusal say the same. */
export const NICKNAME_CHARACTERS = "Buchstaben, Ziffern, Leerzeichen, Punkt, Apostroph, - und _";
export const NICKNAME_PATTERN_MESSAGE = `Im Spitznamen gehen nur ${NICKNAME_CHARACTERS}.`;

/** The nickname field of the join forms (class and live session), with the German messages. */
export const nicknameField = z
  .string({ error: "Bitte gib einen Spitznamen ein." })
  .max(100, `Dein Spitzname darf höchstens ${NICKNAME_MAX_LENGTH} Zeichen lang sein.`)
  .transform(cleanNickname)
  .pipe(
    z
      .string()
      .min(1, { error: "Bitte gib einen Spitznamen ein.", abort: true })
      .min(NICKNAME_MIN_LENGTH, `Dein Spitzname braucht mindestens ${NICKNAME_MIN_LENGTH} Zeichen.`)
      .max(NICKNAME_MAX_LENGTH, `Dein Spitzname darf höchstens ${NICKNAME_MAX_LENGTH} Zeichen lang sein.`)
      .regex(NICKNAME_PATTERN, NICKNAME_PATTERN_MESSAGE)
      .refine(
        (nickname) => !mixesScripts(nickname),
        "Bitte schreib deinen Spitznamen ganz in einer Schrift, ohne lateinische und kyrillische oder griechische Buchstaben zu mischen.",
      )
      .refine((nickname) => !isOffensive(nickname), "Dieser Spitzname ist nicht erlaubt, weil er wie ein Schimpfwort aussieht. Bitte wähle einen anderen."),
  );
