/**
 * Typing errors of the article that a question would copy into what the learner reads: a stray capital before a word
 * ("CČeské Budějovice" where the text also writes "České"), an article glued to the noun before it ("Computerndas
 * Denken"), a word torn apart by a space ("im Kampf ge gen den Klimawandel", "beim Thema Trans parenz"), a full stop
 * after a sentence's own mark ("Wie lange soll sie dauern?.", "Weitermachen!.", a headline's "?" the dataset closed
 * with a "."). Blind readers
 * failed every question that showed one as ungrammatical. Each is told by the text itself: the right form stands in it elsewhere, so a name or
 * word of its own ("AlphaGo", "ÖVPler", "km lang") is never taken for one. The question shows the right form; its
 * evidence keeps the article's words. An error whose right form the text does not tell (a singular article before a
 * plural, "zu einer Kaufentscheidungen") is shown by no question.
 */
import type { Question } from "../bank/schema";
import { deu as STOPWORDS } from "stopword";
import { matchesOf } from "../extract/text";
import { type DocContext, perDocument } from "./context";
import { wholeWordsAt } from "./wholewords";

/** A wrong form of the text and what it stands for, where the text tells that. */
interface Flaw {
  wrong: string;
  right?: string;
  /** Punctuation, wrong wherever it stands: no word, which letters around it would make part of a longer one. */
  marks?: true;
}

/** A letter: next to a word, it makes the word part of a longer one. */
const JOINS_LETTER = /^\p{L}$/u;
/** The articles that may be glued to the end of the noun before them ("Computerndas"). */
const ARTICLES: readonly string[] = ["das", "dem", "den", "der", "des", "die"];
/** The shortest noun before a glued article: shorter ones end in an article's letters as a word ("Kinder", "Orden"). */
const MIN_GLUED_NOUN = 6;
/**
 * A singular indefinite article before a plural of "-ung", "-heit", "-keit", "-schaft", "-ion", "-tät" ("zu einer
 * Kaufentscheidungen"), adjectives between them, but no possessive or demonstrative ("einer ihrer Entscheidungen"):
 * one of the two is wrong, and the text does not tell which, so no question shows it.
 */
const SINGULAR_BEFORE_PLURAL =
  /(?<![\p{L}])(?:[Ee]in|[Ee]ine[mnrs]?)\s+(?:(?!(?:ihrer|seiner|unserer|eurer|deren|dessen|dieser|jener|aller|vieler|solcher|mancher|welcher|beider)\s)\p{Ll}{4,}(?:e|en|er|em|es)\s+)*\p{Lu}[\p{L}-]*(?:ungen|heiten|keiten|schaften|ionen|täten)(?![\p{L}])/gu;
/**
 * A full stop right after a question mark, an exclamation mark or a comma, semicolon or colon (not an ellipsis after
 * one: "Wirklich?..."): the sentence ends twice. The right form keeps the one mark that ends it.
 */
const MARK_AND_FULL_STOP = /[?!,;:]\.(?!\.)/gu;
/** What ends the sentence where a mark stands before its full stop: a question or exclamation mark itself, else the stop. */
const ENDING_MARKS = new Set(["?", "!"]);
/** Function words, which stand on their own ("am", "im", "zu"): no scrap of a word. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(STOPWORDS);

/** Whether the text writes `word` on its own somewhere, at least `times` times. */
function written(doc: DocContext, word: string, times = 1): boolean {
  return wholeWordsAt(doc.text, word, JOINS_LETTER, times).length >= times;
}

/** Whether `code` is a letter: ASCII and Latin by range, others by test (rare in German texts). */
function isLetter(text: string, index: number, code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 97 && (code | 0x20) <= 122;
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  LETTER_AT.lastIndex = index;
  return LETTER_AT.test(text);
}
const LETTER_AT = /\p{L}/uy;

const isUpper = (character: string) => character !== character.toLowerCase();
/** All lower case, and letters (checked by the caller): "parenz", "eské". */
const allLower = (word: string) => word === word.toLowerCase() && word !== word.toUpperCase();

/** Whether a word from `start` to `end` stands on its own: no hyphen or digit joins it to more ("US-Präsident", "G7"). */
function standsFree(text: string, start: number, end: number): boolean {
  const before = start === 0 ? 32 : text.charCodeAt(start - 1);
  const after = end >= text.length ? 32 : text.charCodeAt(end);
  return before !== 45 && after !== 45 && !(before >= 48 && before <= 57) && !(after >= 48 && after <= 57);
}

/** Where the words (runs of letters) of `text` start and end, in pairs: one look at each character, no expression over the text. */
function wordRuns(text: string): number[] {
  const runs: number[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index++) {
    const letter = index < text.length && isLetter(text, index, text.charCodeAt(index));
    if (letter && start === -1) start = index;
    else if (!letter && start !== -1) {
      runs.push(start, index);
      start = -1;
    }
  }
  return runs;
}

/**
 * The typing errors of a text, each with its right form where the text tells it; worked out once per text from its
 * words (most texts have none, and an expression with look-behinds tried at every character took milliseconds).
 */
const flawsOf = perDocument((doc: DocContext): Flaw[] => {
  const flaws: Flaw[] = [];
  const text = doc.text;
  const runs = wordRuns(text);
  for (let run = 0; run < runs.length; run += 2) {
    const start = runs[run]!;
    const end = runs[run + 1]!;
    const length = end - start;
    if (length < 2 || !standsFree(text, start, end)) continue;
    const first = text.charAt(start);
    const capital = isUpper(first);
    // A stray capital: "CČeské" where the text writes "České".
    if (capital && length >= 5 && isUpper(text.charAt(start + 1))) {
      const word = text.slice(start, end);
      if (allLower(word.slice(2)) && written(doc, word.slice(1))) flaws.push({ wrong: word, right: word.slice(1) });
      continue;
    }
    // A glued article: "Computerndas" where the text writes "Computer" (a dative plural keeps its "n").
    if (capital && length >= MIN_GLUED_NOUN + 3) {
      const word = text.slice(start, end);
      const article = ARTICLES.find((candidate) => word.endsWith(candidate));
      if (article && allLower(word.slice(1))) {
        const noun = word.slice(0, -3);
        if (written(doc, noun) || (noun.endsWith("n") && written(doc, noun.slice(0, -1)))) flaws.push({ wrong: word, right: `${noun} ${article}` });
      }
    }
    // A torn word: a scrap of two or three lower-case letters, or a capital and up to five, one space before a
    // lower-case rest ("ge gen", "Trans parenz"), where neither is a word of the text and the two together are.
    const next = run + 2;
    if (next >= runs.length || runs[next]! !== end + 1 || text.charCodeAt(end) !== 32) continue;
    if (capital ? length > 6 : length > 3) continue;
    const restEnd = runs[next + 1]!;
    if (restEnd - runs[next]! < 2 || !standsFree(text, runs[next]!, restEnd)) continue;
    const scrap = text.slice(start, end);
    const rest = text.slice(end + 1, restEnd);
    if (!allLower(rest) || (!capital && !allLower(scrap)) || (capital && length > 1 && !allLower(scrap.slice(1)))) continue;
    if (FUNCTION_WORDS.has(scrap.toLowerCase()) || FUNCTION_WORDS.has(rest) || written(doc, scrap, 2)) continue;
    if (written(doc, scrap + rest)) flaws.push({ wrong: `${scrap} ${rest}`, right: scrap + rest });
  }
  for (const match of matchesOf(SINGULAR_BEFORE_PLURAL, text)) flaws.push({ wrong: match[0] });
  for (const wrong of new Set(text.match(MARK_AND_FULL_STOP)))
    flaws.push({ wrong, right: ENDING_MARKS.has(wrong.charAt(0)) ? wrong.charAt(0) : ".", marks: true });
  return flaws;
});

/** Nothing: punctuation is wrong whatever stands beside it. */
const JOINS_NOTHING = /(?!)/u;
const joinsOf = (flaw: Flaw) => (flaw.marks ? JOINS_NOTHING : JOINS_LETTER);

/** `shown` with each wrong form of `flaws` (as a whole word) replaced by its right one. */
function mended(shown: string, flaws: readonly Flaw[]): string {
  let result = shown;
  for (const flaw of flaws) {
    if (flaw.right === undefined) continue;
    const places = wholeWordsAt(result, flaw.wrong, joinsOf(flaw));
    for (const at of places.reverse()) result = result.slice(0, at) + flaw.right + result.slice(at + flaw.wrong.length);
  }
  return result;
}

/** Whether `shown` holds one of the wrong forms as a whole word. */
const holdsFlaw = (shown: string, flaws: readonly Flaw[]) =>
  flaws.some((flaw) => shown.includes(flaw.wrong) && wholeWordsAt(shown, flaw.wrong, joinsOf(flaw), 1).length > 0);

/**
 * The question with the text's typing errors mended in all it shows (stem, statement, gap text, options), or
 * undefined where the error is in its answer, which the learner would have to type wrong, or cannot be mended.
 */
export function withoutTextFlaws(doc: DocContext, question: Question): Question | undefined {
  const flaws = flawsOf(doc);
  if (flaws.length === 0) return question;
  const fix = (shown: string) => (holdsFlaw(shown, flaws) ? mended(shown, flaws) : shown);
  const shownAll = shownTexts(question);
  if (!shownAll.some((shown) => holdsFlaw(shown, flaws))) return question;
  const unmendable = flaws.filter((flaw) => flaw.right === undefined);
  if (unmendable.length > 0 && shownAll.some((shown) => holdsFlaw(shown, unmendable))) return undefined;
  const stem = fix(question.stem);
  switch (question.type) {
    case "truefalse":
      return { ...question, stem, statement: fix(question.statement), ...(question.correction === undefined ? {} : { correction: fix(question.correction) }) };
    case "single":
    case "multi":
      return { ...question, stem, options: question.options.map((option) => ({ ...option, text: fix(option.text) })) };
    case "cloze":
      if (holdsFlaw(question.answer, flaws) || question.accept.some((form) => holdsFlaw(form, flaws))) return undefined;
      return { ...question, stem, before: fix(question.before), after: fix(question.after) };
    case "numeric":
      return {
        ...question,
        stem,
        ...(question.before === undefined ? {} : { before: fix(question.before) }),
        ...(question.after === undefined ? {} : { after: fix(question.after) }),
      };
  }
}

/** What a question shows the learner, and a gap's answers. */
function shownTexts(question: Question): string[] {
  switch (question.type) {
    case "truefalse":
      return [question.stem, question.statement, question.correction ?? ""];
    case "single":
    case "multi":
      return [question.stem, ...question.options.map((option) => option.text)];
    case "cloze":
    case "numeric":
      return [
        question.stem,
        question.before ?? "",
        question.after ?? "",
        // The sentence filled in: an error may take in the gap ("zu einer ___ bewegen").
        ...(question.type === "cloze" ? [`${question.before}${question.answer}${question.after}`, question.answer, ...question.accept] : []),
      ];
  }
}
