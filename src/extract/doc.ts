/**
 * A text analysed once: passages, the sentences facts are read from, and their words, with what
 * every finder asks of a word (lower case, capitalised, joined to the word before by spaces only).
 * Like spaCy's Doc: built once per text, read by every finder, never tokenized again.
 */
import { givenNameGender } from "./data/given-names";
import { markLead, splitPassages, type Dateline } from "./passages";
import { EVIDENCE_KINDS, isNameLikeWord, oneByte, oneByteCopy } from "./text";
import type { Passage, Sentence, Span } from "./types";

export interface Token extends Span {
  text: string;
  /** `text` in lower case, which several modules look up. */
  lower: string;
  /** Starts with an upper-case letter ("Merkel", "Die", "US-Präsident"). */
  capitalised: boolean;
  /** Only spaces or tabs (no line break, comma or other mark) stand between the previous word of the sentence and this one. */
  joined: boolean;
  /** Shaped like a name word: capitalised, lower case after the first letter ("Maas", "Mikl-Leitner"; not "NATO"). */
  nameLike: boolean;
  /** The role ending of a capitalised role noun ("minister" of "Außenminister"), null for no role noun; set on first question. */
  roleEnding?: string | null;
}

export interface Doc {
  text: string;
  passages: Passage[];
  /** Sentences of title, headings, text and quotes, in text order: where facts are read. */
  sentences: Sentence[];
  /** `tokens[i]`: the words of `sentences[i]`. */
  tokens: Token[][];
  /** `body[i]`: whether `sentences[i]` is article text (a text or quote passage), not a title or heading. */
  body: boolean[];
  /** The evidence sentences and those of bylines, where a date line states the document's date. */
  datedSentences: Sentence[];
  dateline?: Dateline;
}

/**
 * A word: a letter or digit, then letters, marks, digits, apostrophes and hyphens. ASCII characters
 * by code: 2 may start a word, 1 only continue it; other characters are tested with the regexes.
 */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_WORD[code] = /[A-Za-z0-9]/.test(char) ? 2 : char === "'" || char === "-" ? 1 : 0;
}
const WORD_START_AT = /[\p{L}\p{N}]/uy;
const WORD_PART_AT = /[\p{L}\p{M}\p{N}'’-]/uy;
const UPPER_AT = /\p{Lu}/uy;

/** Length of the word character at `index` (two for a surrogate pair), 0 if there is none. */
function wordCharAt(text: string, index: number, end: number, start: boolean): number {
  const code = text.charCodeAt(index);
  if (code < 128) return ASCII_WORD[code]! >= (start ? 2 : 1) ? 1 : 0;
  const pattern = start ? WORD_START_AT : WORD_PART_AT;
  pattern.lastIndex = index;
  return pattern.test(text) && pattern.lastIndex <= end ? pattern.lastIndex - index : 0;
}

function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90;
  UPPER_AT.lastIndex = index;
  return UPPER_AT.test(text);
}

/** Whether only spaces, tabs or no-break spaces stand between `from` and `to` (at least one). */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 0xa0) return false;
  }
  return true;
}

/**
 * The word of `text` between `start` and `end` as a token, `joined` to the one before by spaces only. `copy`: the
 * sentence from `copyStart` on, one byte per character (oneByteCopy), where it has no character beyond Latin-1:
 * the word is sliced from it, not copied character by character on its own.
 */
function token(text: string, start: number, end: number, joined: boolean, copy?: string, copyStart = 0): Token {
  const word = copy !== undefined ? copy.slice(start - copyStart, end - copyStart) : oneByte(text.slice(start, end));
  const capitalised = isUpperAt(text, start);
  return {
    text: word,
    lower: word.toLowerCase(),
    start,
    end,
    capitalised,
    joined,
    nameLike: capitalised && isNameLikeWord(word),
    // Present from the start (not known yet): filling it in later (persons.ts) grew each token's property store.
    roleEnding: undefined,
  };
}

/**
 * "die Staatsanwaltschaft St. Pölten", "in St. Gallen": the period of "St." belongs to the place's name, whose next word is
 * joined to it as by a space.
 */
function afterSaintAbbreviation(text: string, tokens: readonly Token[], previousEnd: number, tokenStart: number): boolean {
  return (
    text.charCodeAt(previousEnd) === 46 &&
    tokens[tokens.length - 1]!.text === "St" &&
    spacesOnly(text, previousEnd + 1, tokenStart) &&
    isUpperAt(text, tokenStart)
  );
}

/**
 * "Karim B. soll ...", "George W. Bush": the period of an initial after a name's word (an abbreviated surname or a middle
 * initial) belongs to the name, whose next word is joined to it as by a space. Not "z. B.", whose word before is small.
 */
function afterNameInitial(text: string, tokens: readonly Token[], previousEnd: number, tokenStart: number): boolean {
  const initial = tokens[tokens.length - 1]!;
  const nameWord = tokens[tokens.length - 2];
  return (
    text.charCodeAt(previousEnd) === 46 &&
    initial.text.length === 1 &&
    initial.capitalised &&
    initial.joined &&
    nameWord?.nameLike === true &&
    spacesOnly(text, previousEnd + 1, tokenStart)
  );
}

/** Words of `text` between `start` and `end`, with offsets into `text`. A hand-written scan: it visits every character once. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  // The sentence copied once (most sentences have no character beyond Latin-1, though the text has): not each word.
  const copy = oneByteCopy(text.slice(start, end));
  let index = start;
  let previousEnd = -1;
  while (index < end) {
    const first = wordCharAt(text, index, end, true);
    if (first === 0) {
      index++;
      continue;
    }
    const tokenStart = index;
    index += first;
    while (index < end) {
      const length = wordCharAt(text, index, end, false);
      if (length === 0) break;
      index += length;
    }
    const joined =
      previousEnd !== -1 &&
      (spacesOnly(text, previousEnd, tokenStart) ||
        afterSaintAbbreviation(text, tokens, previousEnd, tokenStart) ||
        afterNameInitial(text, tokens, previousEnd, tokenStart));
    tokens.push(token(text, tokenStart, index, joined, copy, start));
    previousEnd = index;
  }
  return tokens;
}

/** Two capitalised words without the space between them: "HansNiessl", "BürgermeisterThomas". */
const TWO_CAPITALISED_WORDS = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;
/** A capitalised word and a small one without the space between them: "Niesslnicht". */
const CAPITALISED_THEN_SMALL_WORD = /^\p{Lu}\p{Ll}+\p{Ll}{3}$/u;
/** A given name shorter than this may be part of a brand ("Link" of "LinkScience"): only longer ones open a glued token. */
const MIN_GLUED_GIVEN_NAME = 4;

const isGivenName = (word: string) => givenNameGender(word.toLowerCase()) !== undefined;

/**
 * Where the scraped text lost the space between two words ("Landeshauptmann HansNiessl (SPÖ)", "interpretiert
 * Niesslnicht als", "mit BürgermeisterThomas Steiner"): the two words, the second joined to the first. Only
 * where the text itself shows the parts as words: a given name and a word the text also writes alone
 * ("Niessl"), a word and a given name before a further name ("Thomas Steiner"), the surname after such a
 * given name and a small word the text also writes alone ("nicht"). Brands ("AlphaGo", "YouTube", "OnePlus")
 * have no such parts.
 */
function splitGluedWords(text: string, sentences: Token[][]): Token[][] {
  // A name-like word ("Merkel", "Mikl-Leitner") has no capital after a small letter, and most capitalised words are asked without the expression.
  const mayBeGlued = (word: Token) => word.capitalised && !word.nameLike && TWO_CAPITALISED_WORDS.test(word.text);
  // Most texts have no such word: then no set of every word and no copy of every sentence's tokens.
  if (!sentences.some((tokens) => tokens.some(mayBeGlued))) return sentences;
  // Every word of the text, made when first asked: only a glued word that opens with a given name needs it ("HansNiessl").
  let words: Set<string> | undefined;
  const isWordOfText = (word: string) => {
    if (words === undefined) {
      words = new Set();
      for (const tokens of sentences) for (const each of tokens) words.add(each.text);
    }
    return words.has(word);
  };
  const glued = (word: Token, next: Token | undefined): number | undefined => {
    const two = TWO_CAPITALISED_WORDS.exec(word.text);
    if (two) {
      const [, first, second] = two as unknown as [string, string, string];
      if (first.length >= MIN_GLUED_GIVEN_NAME && isGivenName(first) && isWordOfText(second)) return first.length;
      if (second.length >= MIN_GLUED_GIVEN_NAME && isGivenName(second) && next?.joined && next.nameLike) return first.length;
    }
    return undefined;
  };
  // A sentence without such a word keeps its tokens: no copy of them, one array per word.
  const split = sentences.map((tokens) =>
    !tokens.some(mayBeGlued)
      ? tokens
      : tokens.flatMap((word, index) => {
          const at = word.text === text.slice(word.start, word.end) ? glued(word, tokens[index + 1]) : undefined;
          if (at === undefined) return [word];
          return [token(text, word.start, word.start + at, word.joined), token(text, word.start + at, word.end, true)];
        }),
  );
  // The name after a given name split off ("HansNiessl"): the text lost its spaces, "Niesslnicht" is "Niessl" and "nicht".
  const surnames: string[] = [];
  for (const tokens of split)
    for (let index = 1; index < tokens.length; index++)
      if (tokens[index]!.start === tokens[index - 1]!.end && tokens[index]!.capitalised) surnames.push(tokens[index]!.text);
  if (surnames.length === 0) return split;
  // A word split after such a surname, or null: only a name-like word ("Niesslnicht") can be one.
  const afterSurname = (word: Token): [Token, Token] | null => {
    if (!word.nameLike || !CAPITALISED_THEN_SMALL_WORD.test(word.text) || word.text !== text.slice(word.start, word.end)) return null;
    const surname = surnames.find((name) => word.text.startsWith(name) && isWordOfText(word.text.slice(name.length)));
    if (surname === undefined) return null;
    const at = word.start + surname.length;
    return [token(text, word.start, at, word.joined), token(text, at, word.end, true)];
  };
  // A sentence without such a word keeps its tokens: no array per word.
  return split.map((tokens) => {
    let withSplits: Token[] | undefined;
    for (let index = 0; index < tokens.length; index++) {
      const parts = afterSurname(tokens[index]!);
      if (parts !== null) {
        withSplits ??= tokens.slice(0, index);
        withSplits.push(...parts);
      } else withSplits?.push(tokens[index]!);
    }
    return withSplits ?? tokens;
  });
}

/** Splits the text into passages and sentences, takes the dateline out, and tokenizes every evidence sentence once. */
export function analyse(text: string): Doc {
  const passages = splitPassages(text);
  const dateline = markLead(text, passages);
  const doc = analysePassages(text, passages);
  if (dateline) doc.dateline = dateline;
  return doc;
}

/**
 * The text analysed from its passages as `analyse` split and marked them (also after JSON): what the later requests of a
 * long text's extraction read, without splitting the text again. No dateline: only the document's details read it.
 */
export function analysePassages(text: string, passages: Passage[]): Doc {
  const sentences: Sentence[] = [];
  const body: boolean[] = [];
  const datedSentences: Sentence[] = [];
  for (const passage of passages) {
    const isEvidence = EVIDENCE_KINDS.has(passage.kind);
    if (isEvidence || passage.kind === "byline") datedSentences.push(...passage.sentences);
    if (!isEvidence) continue;
    for (const sentence of passage.sentences) {
      sentences.push(sentence);
      body.push(passage.kind === "text" || passage.kind === "quote");
    }
  }
  const tokens = splitGluedWords(
    text,
    sentences.map((sentence) => tokenize(text, sentence.start, sentence.end)),
  );
  return { text, passages, sentences, tokens, body, datedSentences };
}
