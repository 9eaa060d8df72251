/** Paragraphs, their kind (title, heading, byline, boilerplate, quote, text) and their sentences. */
import {
  ABBREVIATIONS,
  BOILERPLATE_PATTERNS,
  BYLINE_IN_BRACKETS,
  BYLINE_PATTERNS,
  CLAUSE_OPENING_WORDS,
  DATELINE_AGENCY,
  DATELINE_AT_SENTENCE_START,
  PLACE_NAMES_LED_BY_ARTICLE,
  MAX_HEADING_LENGTH,
  MAX_TEASER_SENTENCES,
  MODALS_AFTER_FRONTED_INFINITIVE,
  NOT_HEADING_STARTS,
  OPENING_SENTENCES,
  ORDINAL_CONTEXT_WORDS,
  SUBJECTS_AFTER_FRONTED_VERB,
} from "./data/passages";
import { mayBeFiniteVerb } from "./actions";
import { NOT_NAMES } from "./data/persons";
import { MONTHS, WEEKDAYS } from "./data/dates";
import { charClass, LETTER, matchesOf, NUMBER, oneByte } from "./text";
import type { Passage, PassageKind, Sentence, Span } from "./types";

/** Boilerplate patterns are only tried on short passages: article paragraphs are never page furniture. */
const MAX_BOILERPLATE_LENGTH = 400;

/** Blocks of non-blank lines, trimmed. A manual scan: a regex over blank lines backtracks on long whitespace runs. */
function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    if (first === lineEnd) {
      if (blockStart !== -1) spans.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
    } else {
      let last = lineEnd;
      while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
      if (blockStart === -1) blockStart = first;
      blockEnd = last;
    }
    lineStart = lineEnd + 1;
  }
  if (blockStart !== -1) spans.push({ start: blockStart, end: blockEnd });
  return spans;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0xfeff;
}

const SENTENCE_END = /[.!?…]+/g;
const CLOSING = /^[\s"'“”‘’»«)\]]/u;

const LETTER_OR_FIGURE = /[\p{L}\p{N}]/u;

/** Whether a letter or figure stands at `index`: a Latin-1 character by its class bits (charClass), another by the expression. */
function isLetterOrFigureAt(text: string, index: number): boolean {
  const kind = charClass(text.charCodeAt(index));
  return kind !== undefined ? (kind & (LETTER | NUMBER)) !== 0 : LETTER_OR_FIGURE.test(text[index]!);
}

function previousWord(text: string, end: number): string {
  let start = end;
  while (start > 0 && isLetterOrFigureAt(text, start - 1)) start--;
  return text.slice(start, end);
}

function nextWord(text: string, from: number, limit: number): string {
  let start = from;
  while (start < limit && isSpace(text.charCodeAt(start))) start++;
  let end = start;
  while (end < limit && isLetterOrFigureAt(text, end)) end++;
  return text.slice(start, end);
}

const ONE_LETTER = /^\p{L}$/u;

/** Whether the period at `dot` ends a sentence, or belongs to an abbreviation, initial or ordinal. */
function periodEndsSentence(text: string, dot: number, limit: number): boolean {
  const before = previousWord(text, dot);
  const following = nextWord(text, dot + 1, limit);
  if (before === "") return true;
  if (ONE_LETTER.test(before)) return false; // "z. B.", "u. a.", "George W. Bush"
  if (ABBREVIATIONS.has(before.toLowerCase())) return false;
  if (/^\d{1,3}$/.test(before)) {
    if (MONTHS.has(following.toLowerCase())) return false;
    const wordBeforeNumber = previousWord(text, dot - before.length - 1).toLowerCase();
    if (ORDINAL_CONTEXT_WORDS.has(wordBeforeNumber)) return false;
  }
  return true;
}

/** A list bullet between spaces ("· Der augenfälligste ...", "Spaltpilz Gentechnik · Kompliziert ..."): where a sentence ends and the next starts. */
const BULLET = /(?:^|\s)[·•▪●]\s+/gu;
/** The bullets alone: most sentences have none, and a search for one is cheaper than BULLET, tried at every position. */
const BULLET_MARK = /[·•▪●]/u;

/** The sentence at [start, end) split at its list bullets; the bullets belong to no sentence. */
function splitAtBullets(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  const body = text.slice(start, end);
  for (const match of BULLET_MARK.test(body) ? matchesOf(BULLET, body) : []) {
    const bulletAt = start + match.index;
    const before = text.slice(from, bulletAt).trimEnd();
    if (before !== "") spans.push({ start: from, end: from + before.length });
    from = bulletAt + match[0].length;
  }
  if (from < end) spans.push({ start: from, end });
  return spans;
}

/** A link or source line that opens with its label glued to a name ("AbstractPNAS:", "LinkScience News:"). */
const LINK_LABEL = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*(?:[ \u00a0]\p{Lu}[\p{L}]*)?:/u;
/** A dateline inside a run of words: one to three capitalised words, a dash, a capital ("... forests Cambridge – Die Firma"). */
const INNER_DATELINE = /[ \u00a0]\p{Lu}[\p{L}.'-]*(?:[ \u00a0]\p{Lu}[\p{L}.'-]*){0,2}[ \u00a0]+[–—][ \u00a0]+(?=[\p{Lu}„"»])/u;

/**
 * A link line without a final mark runs into the next item's first sentence ("AbstractPNAS: Lianas reduce ...
 * forests Cambridge – Die Firma Novartis hat ..."): the item's dateline ends the link line, and the sentence
 * after it stands on its own.
 */
function splitAfterLinkLine(text: string, span: Span): Span[] {
  const body = text.slice(span.start, span.end);
  if (!LINK_LABEL.test(body)) return [span];
  const dateline = INNER_DATELINE.exec(body);
  if (!dateline) return [span];
  const next = span.start + dateline.index + dateline[0].length;
  return [
    { start: span.start, end: span.start + dateline.index + dateline[0].trimEnd().length },
    { start: next, end: span.end },
  ];
}

/** Articles and prepositions that only a sentence's start writes with a capital. */
const SENTENCE_OPENERS = "(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Im|Am|In|Beim|Zum|Zur|Nach|Mit|Bei|Für|Seit|Auf)";
/**
 * A subheading run into the sentence after it, where the source lost the line break ("Drahtzieher Der
 * Drahtzieher der Anschläge könnte ...", "Warnung vor Konsumgesellschaft In seiner Ansprache warnte ..."):
 * up to six words, the first capitalised, without punctuation, then an article or preposition written with
 * a capital, which German writes so only where a sentence begins.
 */
const SUBHEADING = new RegExp(`^\\p{Lu}[\\p{L}-]*(?:[ \\u00a0]+[\\p{L}-]+){0,5}?[ \\u00a0]+(?=${SENTENCE_OPENERS}[ \\u00a0]+\\p{L})`, "u");
/** Words before which a capitalised article is a name's ("laut Die Presse", "berichtete Die Welt"). */
const BEFORE_A_TITLE =
  /(?:^|[ \u00a0])(?:[Ll]aut|[Bb]erichtete?|[Ss]chreibt|[Ss]chrieb|[Mm]eldete?|[Zz]itiert[e]?|[Ss]agte|[Zz]eitung|[Bb]latt|[Mm]agazin)[ \u00a0]+$/u;

/** SUBHEADING's capitalised article or preposition after a space: most sentences have none, and this is a plain search. */
const CAPITALISED_OPENER_INSIDE = new RegExp(` ${SENTENCE_OPENERS}[ \\u00a0]`, "u");
/** How far into a sentence a subheading can reach: six words and the opener. */
const SUBHEADING_REACH = 120;

const CLAUSE_OPENERS = `(?:${CLAUSE_OPENING_WORDS.join("|")})`;
/** The head words of a subheading: one to five words, the first capitalised, no punctuation. */
const HEADING_WORDS = "^\\p{Lu}[\\p{L}-]*(?:[ \\u00a0]+[\\p{L}-]+){0,4}?[ \\u00a0]+";
/** A subheading before an adverb, conjunction or pronoun that German writes with a capital only where a sentence begins ("Außenministerium zuständig Insgesamt wurden ..."). */
const HEADING_BEFORE_CLAUSE_OPENER = new RegExp(`${HEADING_WORDS}(?=${CLAUSE_OPENERS}[ \\u00a0]+\\p{Ll})`, "u");
/** A subheading before a fronted infinitive and its modal verb ("Unterschiedliche Fluchtwege Gelingen soll das ..."). */
const HEADING_BEFORE_FRONTED_INFINITIVE = new RegExp(
  `${HEADING_WORDS}(?=\\p{Lu}\\p{Ll}+en[ \\u00a0]+(?:${MODALS_AFTER_FRONTED_INFINITIVE.join("|")})[ \\u00a0]+(?:${SUBJECTS_AFTER_FRONTED_VERB.join("|")})[ \\u00a0])`,
  "u",
);
/** The clause openers after a space, as a plain search: most sentences have none. */
const CLAUSE_OPENER_INSIDE = new RegExp(` (?:${CLAUSE_OPENERS}|\\p{Lu}\\p{Ll}+en [\\p{Ll}]+ (?:${SUBJECTS_AFTER_FRONTED_VERB.join("|")}) )`, "u");
/** A lower-case word shaped like a finite verb ("sagte", "ist", "hat"): a heading has none, a sentence's start has. */
const FINITE_VERB_SHAPE = /^\p{Ll}+(?:t|te|ten)$/u;

/**
 * A subheading run into a sentence that opens with an adverb or a fronted infinitive rather than an article.
 * The heading has no word shaped like a finite verb, and its first word does not itself open a clause.
 */
function headingBeforeClause(head: string): string | undefined {
  if (!CLAUSE_OPENER_INSIDE.test(head)) return undefined;
  const beforeOpener = HEADING_BEFORE_CLAUSE_OPENER.exec(head);
  // A plural noun or a name ending in -en looks like an infinitive ("In Bolivien will er ..."): only a heading of
  // two words or more that does not open a noun or prepositional phrase stands before one.
  const beforeInfinitive = beforeOpener ? null : HEADING_BEFORE_FRONTED_INFINITIVE.exec(head);
  const heading = beforeOpener ?? beforeInfinitive;
  if (!heading) return undefined;
  const words = heading[0].trim().split(/[ \u00a0]+/u);
  if (CLAUSE_OPENING_WORDS.includes(words[0]!) || words.some((word) => FINITE_VERB_SHAPE.test(word))) return undefined;
  if (beforeInfinitive && (words.length < 2 || NOT_HEADING_STARTS.has(words[0]!.toLowerCase()))) return undefined;
  return heading[0];
}

/** A subheading before an article or preposition written with a capital ("Drahtzieher Der Drahtzieher ..."). */
function headingBeforeArticle(head: string): string | undefined {
  if (!CAPITALISED_OPENER_INSIDE.test(head)) return undefined;
  const heading = SUBHEADING.exec(head);
  if (!heading || BEFORE_A_TITLE.test(heading[0])) return undefined;
  return heading[0];
}

/**
 * A subheading of three to six words run into a sentence that opens with the heading's own first word, a name, and its
 * finite verb ("Huber bleibt hart Huber lehnte den Antrag ab"): the heading, its first word again, and the word after
 * it. Not two words between ("Schritt für Schritt wurde ...": a set phrase).
 */
const HEADING_BEFORE_ITS_FIRST_WORD = /^(\p{Lu}[\p{L}-]*)(?:[ \u00a0]+[\p{L}-]+){2,5}?[ \u00a0]+(?=\1[ \u00a0]+(\p{Ll}+)[ \u00a0])/u;

/**
 * A subheading before a sentence that opens with the heading's first word and a finite verb
 * (HEADING_BEFORE_ITS_FIRST_WORD): a sentence names its subject again before a second finite verb only after a comma
 * or a conjunction; without one the words before are a heading ("Wien ist nicht Wien ohne ...": no verb after).
 */
function headingBeforeItsFirstWord(head: string): string | undefined {
  const firstWord = /^\p{Lu}[\p{L}-]*/u.exec(head)?.[0];
  // Most sentences never repeat their first word: no search with the backreference then.
  if (firstWord === undefined || !head.includes(` ${firstWord} `, firstWord.length)) return undefined;
  const heading = HEADING_BEFORE_ITS_FIRST_WORD.exec(head);
  return heading && mayBeFiniteVerb(heading[2]!) ? heading[0] : undefined;
}

/** The sentence without a subheading run into it (which is left out: it is no sentence of the text). */
function withoutSubheading(text: string, span: Span): Span {
  // One byte per character where it can be (oneByte): five expressions with \p{…} may run on it.
  const head = oneByte(text.slice(span.start, Math.min(span.end, span.start + SUBHEADING_REACH)));
  const heading = headingBeforeArticle(head) ?? headingBeforeClause(head) ?? headingBeforeItsFirstWord(head);
  if (heading === undefined) return span;
  return { start: span.start + heading.length, end: span.end };
}

/** A sentence's end mark, or a closing quotation mark after one, right before a byline (after spaces). */
const BEFORE_BYLINE = /(?:^|[.!?…"“”»«'’])[ \t\u00a0]*$/u;
/** The next sentence's start after a byline: spaces and a capital, a figure or an opening quotation mark. */
const AFTER_BYLINE = /^[ \t\u00a0]+[\p{Lu}\p{N}„"»]/u;

/**
 * The passage without its bylines in brackets (BYLINE_IN_BRACKETS), which belong to no sentence: the journalist and
 * the agency are no people or speakers of the text. A byline counts where it ends the passage, or stands between two
 * sentences ("... abgewehrt. (Rainer Sigl, 9.3.2016) Das Spiel ..."); one glued to a sentence's end mark too
 * ("orientieren.(Karl Muster, 19.1.2016)").
 */
function withoutBylines(text: string, passage: Span): Span[] {
  const body = text.slice(passage.start, passage.end);
  // Most passages have no date of a byline's shape: no search with the long expression then.
  if (!body.includes("(") || !/\d\.[ \u00a0]?\d{4}/u.test(body)) return [passage];
  const pieces: Span[] = [];
  let from = passage.start;
  for (const match of matchesOf(BYLINE_IN_BRACKETS, body)) {
    const start = passage.start + match.index;
    const end = start + match[0].length;
    const between = BEFORE_BYLINE.test(text.slice(from, start)) && AFTER_BYLINE.test(text.slice(end, Math.min(passage.end, end + 3)));
    if (end !== passage.end && !between) continue;
    const before = text.slice(from, start).trimEnd();
    if (before !== "") pieces.push({ start: from, end: from + before.length });
    from = skipSpace(text, end, passage.end);
  }
  if (from < passage.end) pieces.push({ start: from, end: passage.end });
  return pieces;
}

function splitSentences(text: string, passage: Span, passageId: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const span of withoutBylines(text, passage).flatMap((piece) => splitAtWholeSentences(text, piece))) {
    for (const part of splitAtBullets(text, span.start, span.end))
      for (const piece of splitAfterLinkLine(text, part)) sentences.push({ id: `${passageId}s${sentences.length + 1}`, ...withoutSubheading(text, piece) });
  }
  return sentences;
}

const LOWER = /\p{Ll}/u;

function splitAtWholeSentences(text: string, passage: Span): Span[] {
  const sentences: Span[] = [];
  let sentenceStart = passage.start;
  const body = text.slice(passage.start, passage.end);
  for (const match of matchesOf(SENTENCE_END, body)) {
    let end = passage.start + match.index + match[0].length;
    while (end < passage.end && /["'“”‘’»«)\]]/u.test(text[end]!)) end++;
    if (end >= passage.end) break;
    if (!CLOSING.test(text[end]!)) continue;
    const nextStart = skipSpace(text, end, passage.end);
    const nextChar = text[nextStart] ?? "";
    if (LOWER.test(nextChar)) continue;
    const lastMark = passage.start + match.index + match[0].length - 1;
    if (text[lastMark] === "." && match[0].length === 1 && !periodEndsSentence(text, lastMark, passage.end)) continue;
    sentences.push({ start: sentenceStart, end });
    sentenceStart = nextStart;
  }
  if (sentenceStart < passage.end) {
    sentences.push({ start: sentenceStart, end: passage.end });
  }
  return sentences;
}

/** The first whole sentence of a passage, as splitPassages splits it (its bullets and link lines aside): for a text's name. */
export function firstSentence(text: string, passage: Span): Span {
  return splitAtWholeSentences(text, passage)[0] ?? passage;
}

function skipSpace(text: string, from: number, limit: number): number {
  let index = from;
  while (index < limit && isSpace(text.charCodeAt(index))) index++;
  return index;
}

const wordCount = (value: string) => value.split(/\s+/).filter(Boolean).length;

function isBoilerplate(body: string): boolean {
  return body.length <= MAX_BOILERPLATE_LENGTH && BOILERPLATE_PATTERNS.some((pattern) => pattern.test(body));
}

function isByline(body: string): boolean {
  return body.length <= 120 && BYLINE_PATTERNS.some((pattern) => pattern.test(body));
}

/**
 * An interviewer's question on a line of its own ("STANDARD: Was sind die Ursachen?"): a line of the interview, short
 * as a heading, whose label the answer after it needs to be read as the interviewee's words.
 */
const INTERVIEW_QUESTION = /^\p{Lu}[\p{L}-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}-]*){0,2}:[ \t\u00a0][^\n]*\?$/u;

function isShortLine(body: string): boolean {
  return body.length <= MAX_HEADING_LENGTH && !body.includes("\n") && !/[.,;:]$/.test(body);
}

/** A capitalised word and nothing else. */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}-]*$/u;

/** A place name alone at the top of the article ("Washington"): the dateline. */
function isDatelineOnly(body: string): boolean {
  return wordCount(body) <= 3 && body.split(/\s+/).every((word) => CAPITALISED_WORD.test(word));
}

function classify(texts: string[]): PassageKind[] {
  const kinds: PassageKind[] = [];
  let seenArticleText = false;
  let previousArticleBody = "";
  for (const body of texts) {
    let kind: PassageKind;
    if (isBoilerplate(body)) kind = "boilerplate";
    else if (isByline(body)) kind = "byline";
    else if (!seenArticleText && isShortLine(body) && isDatelineOnly(body)) kind = "byline";
    else if (!seenArticleText && isShortLine(body) && wordCount(body) >= 2 && !kinds.includes("title")) kind = "title";
    else if (previousArticleBody.endsWith(":")) kind = "quote";
    else if (isShortLine(body) && wordCount(body) <= 14 && !INTERVIEW_QUESTION.test(body)) kind = "heading";
    else if (/^[„"»“]/u.test(body) && /[“"«”]$/u.test(body)) kind = "quote";
    else kind = "text";
    if (kind === "text" || kind === "quote") seenArticleText = true;
    if (kind !== "boilerplate" && kind !== "byline") previousArticleBody = body;
    kinds.push(kind);
  }
  return kinds;
}

/** Paragraphs in text order with ids p1, p2, ... and sentences p1s1, p1s2, ... */
export function splitPassages(text: string): Passage[] {
  const spans = paragraphSpans(text);
  const kinds = classify(spans.map((span) => text.slice(span.start, span.end)));
  return spans.map((span, index) => {
    const id = `p${index + 1}`;
    return { id, start: span.start, end: span.end, kind: kinds[index]!, sentences: splitSentences(text, span, id) };
  });
}

export interface Dateline {
  /** The place(s) as written ("Hanoi / Phnom Penh"). */
  place: string;
  span: Span;
}

const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);

/** A dateline at the start of a sentence, unless its first word is a grammar word ("Die Lage – ..."). */
function datelineAt(text: string, sentence: Sentence): Dateline | undefined {
  const body = text.slice(sentence.start, sentence.end);
  const match = DATELINE_AT_SENTENCE_START.exec(body) ?? DATELINE_AGENCY.exec(body);
  if (!match) return undefined;
  const place = match[1]!;
  // "Treffen am Montag – ...": a day or a month after "am" is no river.
  if (
    !PLACE_NAMES_LED_BY_ARTICLE.includes(place) &&
    place.split(/[\s/]+/u).some((word) => NOT_NAMES.has(word) || WEEKDAY_NAMES.has(word) || MONTHS.has(word.toLowerCase()))
  )
    return undefined;
  const end = sentence.start + match[0].length;
  let spanEnd = end;
  while (spanEnd > sentence.start && isSpace(text.charCodeAt(spanEnd - 1))) spanEnd--;
  return { place, span: { start: sentence.start, end: spanEnd } };
}

/**
 * Finds the dateline among the first sentences of the article text and takes it out of its
 * sentence, so that no fact is read from it; marks the lead: title, teaser (the sentences before the
 * dateline) and the first sentences of the body.
 */
export function markLead(text: string, passages: readonly Passage[]): Dateline | undefined {
  for (const passage of passages) if (passage.kind === "title") for (const sentence of passage.sentences) sentence.lead = "title";
  const body = passages.filter((passage) => passage.kind === "text" || passage.kind === "quote").flatMap((passage) => passage.sentences);
  let dateline: Dateline | undefined;
  let bodyStart = 0;
  for (let index = 0; index < Math.min(body.length, MAX_TEASER_SENTENCES + 1); index++) {
    const sentence = body[index]!;
    dateline = datelineAt(text, sentence);
    if (!dateline) continue;
    let start = dateline.span.end;
    while (start < sentence.end && isSpace(text.charCodeAt(start))) start++;
    sentence.start = start;
    for (const teaser of body.slice(0, index)) teaser.lead = "teaser";
    bodyStart = index;
    break;
  }
  for (const sentence of body.slice(bodyStart, bodyStart + OPENING_SENTENCES)) sentence.lead = "opening";
  return dateline;
}
