/**
 * A text analysed once: passages, the sentences facts are read from, and their words, with what
 * every finder asks of a word (lower case, capitalised, joined to the word before by spaces only).
 * Like spaCy's Doc: built once per text, read by every finder, never tokenized again.
 */
import { markLead, splitPassages, type Dateline } from "./passages";
import { EVIDENCE_KINDS, isNameLikeWord, oneByte } from "./text";
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

/** Words of `text` between `start` and `end`, with offsets into `text`. A hand-written scan: it visits every character once. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
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
    const word = oneByte(text.slice(tokenStart, index));
    const capitalised = isUpperAt(text, tokenStart);
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start: tokenStart,
      end: index,
      capitalised,
      joined: previousEnd !== -1 && spacesOnly(text, previousEnd, tokenStart),
      nameLike: capitalised && isNameLikeWord(word),
      // Present from the start (not known yet): filling it in later (persons.ts) grew each token's property store.
      roleEnding: undefined,
    });
    previousEnd = index;
  }
  return tokens;
}

/** Splits the text into passages and sentences, takes the dateline out, and tokenizes every evidence sentence once. */
export function analyse(text: string): Doc {
  const passages = splitPassages(text);
  const dateline = markLead(text, passages);
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
  const tokens = sentences.map((sentence) => tokenize(text, sentence.start, sentence.end));
  const doc: Doc = { text, passages, sentences, tokens, body, datedSentences };
  if (dateline) doc.dateline = dateline;
  return doc;
}
