/** Small helpers over raw text, shared by the extractor modules. */
import { NOT_ADJECTIVES } from "./data/grammar";
import { CLUB_ABBREVIATIONS, COUNT_OPENERS, NUMBERED_NAME_WORDS, RANK_NOUNS } from "./data/organizations";
import type { Token } from "./doc";
import type { PassageKind, Sentence, Span } from "./types";

export type { Token } from "./doc";

/**
 * A pasted text as the extraction reads it: line ends as LF, invisible format characters dropped. Browsers send a
 * text area's line ends as CRLF whatever the teacher pasted, and a page shows CR LF as one line end: offsets into the
 * stored text must match the text on the review page, where evidence is selected. Soft hyphens, zero-width spaces,
 * direction marks and byte order marks come along when a news page or a PDF is copied; nobody sees them, but a word
 * with one inside is not the word the extraction knows (a pasted text with soft hyphens in its long words got 27
 * questions instead of 76, with zero-width spaces 19). The Worker's own texts and the command line's files alike.
 */
export function normalizeText(text: string): string {
  return text.replace(/\p{Cf}/gu, "").replace(/\r\n?/g, "\n");
}

/**
 * Below this length oneByte copies character by character; from it on, the codes go into one fromCharCode:
 * each concatenation makes a string of its own (a sentence of 150 characters left some 5 KB to collect, and
 * took three times as long).
 */
const SHORT_COPY = 10;
/** How many codes one fromCharCode call takes: far below any engine's limit on the number of arguments. */
const COPY_CHUNK = 4096;
/** oneByte's codes, kept from call to call. */
const copyCodes: number[] = [];

/**
 * `text` stored one byte per character, where none of its characters lies beyond Latin-1; else `text` itself.
 * The same string: only how V8 keeps it differs. A slice of a text that has a character beyond Latin-1
 * anywhere („“ – ’, in most articles) is kept two bytes per character even where it has none itself, and
 * on such strings toLowerCase takes ICU's path (about 25 times slower on a sentence) and a regular
 * expression with \p{…} about 2.5 times slower. A copy costs about as much as one such expression.
 */
export function oneByte(text: string): string {
  return oneByteCopy(text) ?? text;
}

/** oneByte's copy, or undefined where `text` has a character beyond Latin-1 (and stays as it is). */
export function oneByteCopy(text: string): string | undefined {
  if (text.length < SHORT_COPY) {
    let copy = "";
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code > 0xff) return undefined;
      copy += String.fromCharCode(code);
    }
    return copy;
  }
  let copy = "";
  for (let from = 0; from < text.length; from += COPY_CHUNK) {
    const to = Math.min(text.length, from + COPY_CHUNK);
    copyCodes.length = to - from;
    for (let index = from; index < to; index++) {
      const code = text.charCodeAt(index);
      if (code > 0xff) return undefined;
      copyCodes[index - from] = code;
    }
    copy += String.fromCharCode(...copyCodes);
  }
  return copy;
}

const UPPER_FIRST = /^\p{Lu}/u;

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII answered without a Unicode regex: this runs for every word of the text.
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_FIRST.test(word);
}

/** "McGinley", "MacLeod", "O'Brien": a Gaelic surname's prefix before its capital. */
const NAME_LIKE = /^(?:Ma?c|O['’])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$/u;

/** A capitalised word with lower-case letters after the first: "Maas", "McGinley", not "IS" or "NATO". */
export function isNameLikeWord(word: string): boolean {
  // Most words are ASCII: "Merkel" is answered without the Unicode regex, which runs for every capitalised word.
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90 && word.length > 1) {
    let ascii = true;
    for (let index = 1; index < word.length; index++) {
      const code = word.charCodeAt(index);
      if (code < 97 || code > 122) {
        ascii = false;
        break;
      }
    }
    if (ascii) return true;
  }
  return NAME_LIKE.test(word);
}

/**
 * The matches of a global regular expression, by `exec` from the start: `matchAll` copies the
 * expression on every call, and a text's every sentence is read this way.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would stay in place (`matchAll` moves on too).
    if (match[0] === "") pattern.lastIndex++;
  }
  return matches;
}

/**
 * The words (lower case) an expression cannot match without, for mayHoldAnyOf: one expression of plain
 * strings, which V8 searches for all of them at once, at half the cost of a search per word.
 */
export function anyOfWords(words: readonly string[]): RegExp {
  return new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|"));
}

/**
 * Whether a case-insensitive expression that cannot match without one of `words` (anyOfWords) may match
 * in `text` (`lower`: its lower case). A few plain searches cost a fraction of an expression of many
 * words with a look-behind, which is tried at every position: where this is false, it need not run.
 */
export function mayHoldAnyOf(text: string, lower: string, words: RegExp): boolean {
  // "ſ" and the Kelvin sign: such an expression takes them for "s" and "k", lower case does not.
  return words.test(lower) || text.includes("\u017f") || text.includes("\u212a");
}

const UPPER_AT = /\p{Lu}/uy;

/** A match of matchesAtCapitals: where it starts and the text it matched. */
export interface CapitalMatch {
  index: number;
  word: string;
}

/** The indefinite article in every case: "ein Sprecher", "einer Firma" name someone or something not named. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(["ein", "eine", "einer", "einem", "eines", "einen"]);
/** The definite article in its six forms, lower case. */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(["der", "die", "das", "den", "dem", "des"]);

/** Character classes of Latin-1 codes (charClass), as bits. */
export const UPPER = 1;
export const LOWER = 2;
/** Any letter (\p{L}): upper and lower case, and "ª", "º". */
export const LETTER = 4;
/** \p{N}: digits, "²", "³", "¹", "¼", "½", "¾". */
export const NUMBER = 8;
/** \s */
export const SPACE = 16;

/** What each Latin-1 code is, by the expressions' own verdicts. */
const LATIN1_CLASSES = Uint8Array.from({ length: 0x100 }, (_, code) => {
  const char = String.fromCharCode(code);
  return (
    (/\p{Lu}/u.test(char) ? UPPER : 0) |
    (/\p{Ll}/u.test(char) ? LOWER : 0) |
    (/\p{L}/u.test(char) ? LETTER : 0) |
    (/\p{N}/u.test(char) ? NUMBER : 0) |
    (/\s/u.test(char) ? SPACE : 0)
  );
});

/** Marks beyond Latin-1 that German texts have between words: quotation marks, dashes, the ellipsis. None is a letter, figure or space. */
const PUNCTUATION_BEYOND_LATIN1: ReadonlySet<number> = new Set([..."‘’‚“”„–—…"].map((char) => char.charCodeAt(0)));

/**
 * The class bits of a character code: a Latin-1 character's, 0 for punctuation beyond Latin-1 (and for the end of
 * the text, NaN), undefined for any other character (a letter of another script, a surrogate), which only an
 * expression can judge.
 */
export function charClass(code: number): number | undefined {
  if (code < 0x100) return LATIN1_CLASSES[code]!;
  return Number.isNaN(code) || PUNCTUATION_BEYOND_LATIN1.has(code) ? 0 : undefined;
}

/**
 * Where a sticky expression's match at a capital ends, worked out by hand for the characters charClass knows (-1 for
 * no match), undefined where it meets another: then the expression decides. Running an expression at a position
 * costs some 150 ns, most of a whole text's search at its capitals.
 */
export type MatchEnd = (text: string, at: number) => number | undefined;

/** Where `sticky` matches at `at`: by `end` where it can tell, else by the expression; -1 for no match. */
function matchEnd(sticky: RegExp, text: string, at: number, end: MatchEnd | undefined): number {
  const known = end?.(text, at);
  if (known !== undefined) return known;
  sticky.lastIndex = at;
  return sticky.test(text) ? sticky.lastIndex : -1;
}

/**
 * The matches in `text`, in order, of `sticky` (flags "uy"; a match must open with an upper-case
 * letter), as a global expression of the same pattern finds them; but the expression is tried only
 * where an upper-case letter stands, not at each position (a look-behind first is tried everywhere).
 * Latin-1 characters are judged by their code. `mayMatch`, where given, rules out capitals at which
 * the expression cannot match, without running it (most of the call's cost is running it at all).
 * Tested, not executed: no match array is made for each word (the callers need no groups).
 */
export function matchesAtCapitals(sticky: RegExp, text: string, mayMatch?: (text: string, at: number) => boolean, end?: MatchEnd): CapitalMatch[] {
  const matches: CapitalMatch[] = [];
  for (let at = 0; at < text.length; at++) {
    if (!capitalAt(text, at)) continue;
    if (mayMatch !== undefined && !mayMatch(text, at)) continue;
    const matchedTo = matchEnd(sticky, text, at, end);
    if (matchedTo === -1) continue;
    matches.push({ index: at, word: text.slice(at, matchedTo) });
    at = matchedTo - 1;
  }
  return matches;
}

/** Whether an upper-case letter stands at `at`; Latin-1 judged by its code: "A"-"Z", "À"-"Þ" but "×". */
function capitalAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x100) return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
  UPPER_AT.lastIndex = at;
  return UPPER_AT.test(text);
}

/** Where `text` has an upper-case letter (as matchesAtCapitals tells them), for several searches of one text. */
export function capitalsOf(text: string): number[] {
  const capitals: number[] = [];
  for (let at = 0; at < text.length; at++) if (capitalAt(text, at)) capitals.push(at);
  return capitals;
}

/**
 * matchesAtCapitals(sticky, text, mayMatch) with the text's capitals (capitalsOf) found before: a whole text
 * searched with several expressions is scanned for its capitals once, not once per expression.
 */
export function matchesAtCapitalsOf(
  sticky: RegExp,
  text: string,
  capitals: readonly number[],
  mayMatch?: (text: string, at: number) => boolean,
  end?: MatchEnd,
): CapitalMatch[] {
  const matches: CapitalMatch[] = [];
  let from = 0;
  for (const at of capitals) {
    if (at < from || (mayMatch !== undefined && !mayMatch(text, at))) continue;
    const matchedTo = matchEnd(sticky, text, at, end);
    if (matchedTo === -1) continue;
    matches.push({ index: at, word: text.slice(at, matchedTo) });
    from = matchedTo;
  }
  return matches;
}

/** The endings of an adjective: "Rotes", "Rote" and "Roten" are one word. */
export const ADJECTIVE_INFLECTION = /(?:e|en|er|es|em)$/u;

/** An adjective without its ending, in lower case: "deutsch" of "deutsche", "deutschen", "deutscher". */
export const adjectiveStem = (word: string) => word.toLowerCase().replace(ADJECTIVE_INFLECTION, "");

const ADJECTIVE_ENDING = /^\p{Ll}[\p{Ll}-]*(?:e|en|er|es|em)$/u;

/**
 * ADJECTIVE_ENDING by the characters' classes (charClass), undefined where a character is beyond Latin-1: a small
 * letter, small letters and hyphens, and an ending after the first letter. Every word of a text is asked.
 */
function adjectiveShaped(word: string): boolean | undefined {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    const kind = charClass(code);
    if (kind === undefined) return undefined;
    if ((kind & LOWER) === 0 && (index === 0 || code !== 45)) return false;
  }
  const last = word.charCodeAt(word.length - 1);
  // "e", or "en", "er", "es", "em" with a letter before it.
  if (last === 101) return word.length >= 2;
  return (last === 110 || last === 114 || last === 115 || last === 109) && word.length >= 3 && word.charCodeAt(word.length - 2) === 101;
}

/** The text with its first letter in capitals ("weil ..." -> "Weil ..."). */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Lower-case attributive adjective ("britische", "politischen"), not an article or verb. */
export function isAdjectiveLike(word: string): boolean {
  return (adjectiveShaped(word) ?? ADJECTIVE_ENDING.test(word)) && !NOT_ADJECTIVES.has(word);
}

/** Whether a word starts with an ASCII digit: a cheap look before an expression that needs one ("61-Jährige", "15 Euro"). */
export const startsWithDigit = (word: string) => word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;

/** An age in digits before "-Jährige": its digits, the "J" or "j", its case ending. */
const AGE_WORD = /^(\d{1,3})-([Jj])ährige([nr]?)$/u;

/**
 * The age in years of a word that names a person by age, "Der 61-Jährige" (a noun in the nominative); where the caller
 * says so, also in another case ("des 61-Jährigen", `inflected`) or as the adjective before a noun ("Der 61-jährige
 * Däne", `adjective`). Undefined for any other word.
 */
export function ageOfAgeWord(word: string, forms: { inflected?: boolean; adjective?: boolean } = {}): string | undefined {
  const match = AGE_WORD.exec(word);
  if (!match || (match[2] === "j" && !forms.adjective) || (match[3] !== "" && !forms.inflected)) return undefined;
  return match[1];
}

/** Index of the sentence containing `position`, or -1. Sentences must be sorted. */
export function sentenceIndexAt(sentences: readonly Sentence[], position: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (position < sentence.start) high = middle - 1;
    else if (position >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Passages whose text is the article itself, usable as evidence for facts. */
export const EVIDENCE_KINDS: ReadonlySet<PassageKind> = new Set(["title", "heading", "text", "quote"]);

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An alternation that tries longer words first, so "Guinea-Bissau" wins over "Guinea". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * `(span) => spans.some((other) => overlaps(other, span))` for many look-ups in the same spans: a
 * binary search over the spans sorted by start, with the farthest end reached so far, instead of a
 * pass over all of them (a long text has hundreds of name spans, asked for each of its nouns).
 */
export function overlapsAnyOf(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let farthest = Number.NEGATIVE_INFINITY;
  for (const span of sorted) {
    farthest = Math.max(farthest, span.end);
    reach.push(farthest);
  }
  return (span) => {
    // The spans that start before `span` ends are a prefix; one of them overlaps if it reaches past its start.
    const before = firstStartingAt(sorted, span.end);
    return before > 0 && reach[before - 1]! > span.start;
  };
}

const MAX_CLAUSE_REACH = 300;

/**
 * Whether a clause ends at `index`. A function of the module, not a closure in clauseAround: built with
 * keepNames (tsx, wrangler), every named closure costs a defineProperty of its name each time it is made.
 */
function isBreak(text: string, index: number): boolean {
  const char = text[index];
  if (char === ";" || char === ":" || char === "–" || char === "—") return true;
  // A comma between digits belongs to a number ("1,8").
  return char === "," && !(/\d/.test(text[index - 1] ?? "") && /\d/.test(text[index + 1] ?? ""));
}

/** The clause around a span: up to the nearest comma, semicolon, colon or dash inside the sentence. */
export function clauseAround(text: string, sentence: Span, span: Span): Span {
  // Bounded so that a huge run-on "sentence" stays linear.
  const lowest = Math.max(sentence.start, span.start - MAX_CLAUSE_REACH);
  const highest = Math.min(sentence.end, span.end + MAX_CLAUSE_REACH);
  let start = span.start;
  while (start > lowest && !isBreak(text, start - 1)) start--;
  let end = span.end;
  while (end < highest && !isBreak(text, end)) end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * A test for "ends with one of these endings, optionally followed by an inflection": returns the
 * matched ending (lower case), the longest one. Walks a trie of the reversed endings from the end of
 * the word, because an unanchored regex alternation tries every position of the word and a lookup
 * per possible ending length allocates a string each. The trie is flat: node by node, a child per
 * letter of the endings in one typed array: with a Map of children per node the matcher took some 20 % longer.
 */
export function suffixMatcher(endings: readonly string[], inflections: readonly string[] = []): (word: string) => string | undefined {
  // The endings' characters numbered from 1; 0 stands for any other, which no ending has.
  const letterOf = new Map<number, number>();
  for (const ending of endings)
    for (let index = 0; index < ending.length; index++) if (!letterOf.has(ending.charCodeAt(index))) letterOf.set(ending.charCodeAt(index), letterOf.size + 1);
  const latin1Letters = Uint32Array.from({ length: 256 }, (_, code) => letterOf.get(code) ?? 0);
  const letterAt = (code: number) => (code < 256 ? latin1Letters[code]! : (letterOf.get(code) ?? 0));
  const width = letterOf.size + 1;
  // The root is node 0, so 0 as a child means none.
  const children: number[] = new Array<number>(width).fill(0);
  const endingOf: (string | undefined)[] = [undefined];
  for (const ending of endings) {
    let node = 0;
    for (let index = ending.length - 1; index >= 0; index--) {
      const slot = node * width + letterAt(ending.charCodeAt(index));
      if (children[slot] === 0) {
        children[slot] = endingOf.length;
        endingOf.push(undefined);
        for (let letter = 0; letter < width; letter++) children.push(0);
      }
      node = children[slot]!;
    }
    endingOf[node] = ending;
  }
  const childOf = Int32Array.from(children);
  const strips = ["", ...inflections];
  // A word with a character beyond Latin-1 near its end: lower-cased as a whole (toLowerCase), then walked.
  const matchLowerCased = (word: string): string | undefined => {
    const lowerWord = lowerCased(word);
    for (const inflection of strips) {
      if (!lowerWord.endsWith(inflection)) continue;
      let node = 0;
      let longest = endingOf[0];
      for (let index = lowerWord.length - inflection.length - 1; index >= 0; index--) {
        const letter = letterAt(lowerWord.charCodeAt(index));
        if (letter === 0) break;
        node = childOf[node * width + letter]!;
        if (node === 0) break;
        if (endingOf[node] !== undefined) longest = endingOf[node];
      }
      if (longest !== undefined) return longest;
    }
    return undefined;
  };
  // Each character lower-cased as it is read, from the end: the walk stops after a few, where lowerCased read them all.
  return (word) => {
    for (const inflection of strips) {
      const stemEnd = word.length - inflection.length;
      if (stemEnd < 0) continue;
      let inflected = true;
      for (let at = 0; at < inflection.length && inflected; at++) {
        const code = lowerLatin1(word.charCodeAt(stemEnd + at));
        if (code === -1) return matchLowerCased(word);
        inflected = code === inflection.charCodeAt(at);
      }
      if (!inflected) continue;
      let node = 0;
      let longest = endingOf[0];
      for (let index = stemEnd - 1; index >= 0; index--) {
        const code = lowerLatin1(word.charCodeAt(index));
        if (code === -1) return matchLowerCased(word);
        const letter = latin1Letters[code]!;
        if (letter === 0) break;
        node = childOf[node * width + letter]!;
        if (node === 0) break;
        if (endingOf[node] !== undefined) longest = endingOf[node];
      }
      if (longest !== undefined) return longest;
    }
    return undefined;
  };
}

/** The lower case of a Latin-1 code unit (as toLowerCase gives it), -1 for one beyond Latin-1. */
function lowerLatin1(code: number): number {
  if (code > 0xff) return -1;
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 32 : code;
}

/**
 * `word` in lower case: the word itself where no character of it changes (ASCII and Latin-1 other than capitals),
 * else toLowerCase's. Most words asked of a suffixMatcher are lower case already (a token's `lower`), and
 * toLowerCase was some 40 % of the matcher's time on them.
 */
function lowerCased(word: string): string {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || code > 0xff) return word.toLowerCase();
  }
  return word;
}

/** Index of the first span starting at or after `position`, in a list sorted by start. */
export function firstStartingAt(spans: readonly Span[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Index of the span that starts exactly at `position`, -1 where none does, in a list sorted by start: a binary search,
 * since finders ask it per role or mention and a sentence may hold thousands of them (hostile input).
 */
export function indexStartingAt(spans: readonly Span[], position: number): number {
  const index = firstStartingAt(spans, position);
  return spans[index]?.start === position ? index : -1;
}

const ACRONYM_ONLY = /^\p{Lu}{2,}$/u;
/** Words after a number that join it to another figure ("ORF 2 von 5", "3 bis 4"), not to a name. */
const FIGURE_LINKS: ReadonlySet<string> = new Set(["von", "bis", "der", "mal"]);

/**
 * "Insgesamt erzielte ORF 2 ...", "Puls 4 kam auf ...": a number of one or two digits right after an acronym or a
 * NUMBERED_NAME_WORDS word is the end of a name, where no noun it counts ("ÖVP 35 Mandate"), no decimal or percent
 * sign, and no second figure follows.
 */
export function isNameNumber(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  if (!token?.joined || !before || !/^\d{1,2}$/u.test(token.text)) return false;
  if (!ACRONYM_ONLY.test(before.text) && !NUMBERED_NAME_WORDS.has(before.text)) return false;
  if (/^(?:[.,]\d|[ \t\u00a0]*%)/u.test(text.slice(token.end, token.end + 3))) return false;
  const after = tokens[index + 1];
  return !(after?.joined && (after.capitalised || FIGURE_LINKS.has(after.lower)));
}

/** A club's abbreviation before its number, with a word of its name between or not ("TSV 1860", "SV Darmstadt 98"). */
const CLUB_BEFORE_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(CLUB_ABBREVIATIONS)})(?:[ \\t\\u00a0]+\\p{Lu}[\\p{L}-]*)?[ \\t\\u00a0]+$`, "u");
/** Digits a name may hold ("96", "04", "1860"). */
const DIGITS_OF_NAME = /^\d{1,4}$/u;
/** A percent sign or decimals after a number: a figure, never a name's. */
const SHARE_OR_DECIMAL_AFTER = /^[ \t\u00a0]*%|^[.,]\d/u;
/** A capitalised word right before a number ("Hannover 96"), and the word. */
const CAPITALISED_BEFORE_NUMBER = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]*)[ \t\u00a0]+$/u;
/** After a number of a name: a lower-case word that no noun follows ("96 verlor in ...", "04 hat den ..."), or the sentence's end. */
const NO_COUNTED_NOUN_AFTER = /^(?:[ \t\u00a0]+\p{Ll}+(?:[ \t\u00a0]+(?!\p{Lu})|[,.;:!?]|$)|[ \t\u00a0]*[,.;:!?](?!\d)|$)/u;

/** A small letter anywhere in a word: a name, not an acronym. */
const LOWER_LETTER = /\p{Ll}/u;

/**
 * Whether the number `written` at `start` of `text` is part of a name, not a figure: a club's number after its
 * abbreviation ("TSV 1860 München", "SV Darmstadt 98", "FC Schalke 04"), or one or two digits right after a name where no
 * noun they count follows ("Hannover 96 verlor", "Mainz 05 hat ...", "die Playstation 3 zu knacken", "die Roku 4 um 240
 * Euro", "in der ZiB 2"; not "Wien 96 neue Fälle", "Insgesamt 50 starben" nor a rank, "auf Rang 14."). Asked as a figure,
 * "die Sicherheitssperren der Playstation ___" tested knowing the product.
 * Such a number is no amount to ask or change.
 */
export function isNumberInName(text: string, start: number, written: string): boolean {
  if (!DIGITS_OF_NAME.test(written)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(start + written.length, start + written.length + 40);
  if (SHARE_OR_DECIMAL_AFTER.test(after)) return false;
  if (CLUB_BEFORE_NUMBER.test(before)) return true;
  if (written.length > 2) return false;
  const name = CAPITALISED_BEFORE_NUMBER.exec(before)?.[1];
  // One digit after an acronym is a count as often as not ("die FPÖ 3 von 9 Sitzen"); isNameNumber knows those names.
  if (name === undefined || (written.length === 1 && !LOWER_LETTER.test(name))) return false;
  const lower = name.toLowerCase();
  return !COUNT_OPENERS.has(lower) && !RANK_NOUNS.has(lower) && NO_COUNTED_NOUN_AFTER.test(after);
}
