/**
 * Typing errors of the article that a question would copy into what the learner reads: a stray capital before a word
 * ("CČeské Budějovice" where the text also writes "České"), an article glued to the noun before it ("Computerndas
 * Denken"), a word torn apart by a space ("im Kampf ge gen den Klimawandel", "beim Thema Trans parenz"). Blind readers failed every question that
 * showed one as ungrammatical. Each is told by the text itself: the right form stands in it elsewhere, so a name or
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
}

/** A letter: next to a word, it makes the word part of a longer one. */
const JOINS_LETTER = /^\p{L}$/u;
/** A capital before a capitalised word ("CČeské"): the first letter typed twice, the second time right. */
const STRAY_CAPITAL = /(?<![\p{L}\p{N}-])\p{Lu}(\p{Lu}\p{Ll}{3,})(?![\p{L}\p{N}-])/gu;
/** A noun of at least six letters with an article glued to its end ("Computerndas"). */
const GLUED_ARTICLE = /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}{5,})(das|dem|den|der|des|die)(?![\p{L}\p{N}-])/gu;
/**
 * A scrap of two or three lower-case letters, or a capital and up to five, before a lower-case word ("ge gen", "Trans
 * parenz"): a word a space tore apart.
 * The word after it is looked at, not taken, so that it may be the next match's scrap.
 */
const TORN_WORD = /(?<![\p{L}\p{N}-])(\p{Ll}{2,3}|\p{Lu}\p{Ll}{1,5})\s(?=(\p{Ll}{2,})(?![\p{L}\p{N}-]))/gu;
/**
 * A singular indefinite article before a plural of "-ung", "-heit", "-keit", "-schaft", "-ion", "-tät" ("zu einer
 * Kaufentscheidungen"), adjectives between them, but no possessive or demonstrative ("einer ihrer Entscheidungen"):
 * one of the two is wrong, and the text does not tell which, so no question shows it.
 */
const SINGULAR_BEFORE_PLURAL =
  /(?<![\p{L}])(?:[Ee]in|[Ee]ine[mnrs]?)\s+(?:(?!(?:ihrer|seiner|unserer|eurer|deren|dessen|dieser|jener|aller|vieler|solcher|mancher|welcher|beider)\s)\p{Ll}{4,}(?:e|en|er|em|es)\s+)*\p{Lu}[\p{L}-]*(?:ungen|heiten|keiten|schaften|ionen|täten)(?![\p{L}])/gu;
/** Function words, which stand on their own ("am", "im", "zu"): no scrap of a word. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(STOPWORDS);

/** Whether the text writes `word` on its own somewhere, at least `times` times. */
function written(doc: DocContext, word: string, times = 1): boolean {
  return wholeWordsAt(doc.text, word, JOINS_LETTER, times).length >= times;
}

/** The typing errors of a text, each with its right form; worked out once per text (most have none). */
const flawsOf = perDocument((doc: DocContext): Flaw[] => {
  const flaws: Flaw[] = [];
  const text = doc.text;
  for (const match of matchesOf(STRAY_CAPITAL, text)) if (written(doc, match[1]!)) flaws.push({ wrong: match[0], right: match[1]! });
  for (const match of matchesOf(GLUED_ARTICLE, text)) {
    const noun = match[1]!;
    // "Computern" is written nowhere else, but "Computer" is: a dative plural keeps its "n".
    if (written(doc, noun) || (noun.endsWith("n") && written(doc, noun.slice(0, -1)))) flaws.push({ wrong: match[0], right: `${noun} ${match[2]}` });
  }
  for (const match of matchesOf(TORN_WORD, text)) {
    const scrap = match[1]!;
    // A scrap is no word: not a function word, and nowhere else in the text on its own.
    if (FUNCTION_WORDS.has(scrap.toLowerCase()) || written(doc, scrap, 2)) continue;
    const whole = scrap + match[2]!;
    if (written(doc, whole)) flaws.push({ wrong: `${scrap} ${match[2]}`, right: whole });
  }
  for (const match of matchesOf(SINGULAR_BEFORE_PLURAL, text)) flaws.push({ wrong: match[0] });
  return flaws;
});

/** `shown` with each wrong form of `flaws` (as a whole word) replaced by its right one. */
function mended(shown: string, flaws: readonly Flaw[]): string {
  let result = shown;
  for (const flaw of flaws) {
    if (flaw.right === undefined) continue;
    const places = wholeWordsAt(result, flaw.wrong, JOINS_LETTER);
    for (const at of places.reverse()) result = result.slice(0, at) + flaw.right + result.slice(at + flaw.wrong.length);
  }
  return result;
}

/** Whether `shown` holds one of the wrong forms as a whole word. */
const holdsFlaw = (shown: string, flaws: readonly Flaw[]) =>
  flaws.some((flaw) => shown.includes(flaw.wrong) && wholeWordsAt(shown, flaw.wrong, JOINS_LETTER, 1).length > 0);

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
