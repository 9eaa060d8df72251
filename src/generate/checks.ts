/** The last gate before a question enters the bank: nothing may give its answer away. */
import type { Question } from "../bank/schema";
import { normalise } from "./build";
import { numberSpellings } from "./german";

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const NUMBER = /\p{N}/u;

/** The character (code point) that ends at `index`, or "" at the start. */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const pair = index >= 2 && /^[\ud800-\udbff][\udc00-\udfff]$/.test(text.slice(index - 2, index));
  return text.slice(pair ? index - 2 : index - 1, index);
}

/** The character (code point) that starts at `index`, or "" at the end. */
const codePointAt = (text: string, index: number) => (index >= text.length ? "" : String.fromCodePoint(text.codePointAt(index)!));

/**
 * Whether `word` occurs in `haystack` (both normalised) as a whole word: no letter or digit right
 * before it, none right after it, and no decimal or thousands separator followed by a digit ("1,8").
 * A scan with indexOf rather than a regex per word: this runs for every candidate question.
 */
function containsWord(haystack: string, word: string): boolean {
  for (let at = haystack.indexOf(word); at !== -1 && at <= haystack.length; at = haystack.indexOf(word, at + 1)) {
    const after = at + word.length;
    const next = codePointAt(haystack, after);
    const wholeWord =
      !LETTER_OR_NUMBER.test(codePointBefore(haystack, at)) &&
      !LETTER_OR_NUMBER.test(next) &&
      !((next === "." || next === ",") && NUMBER.test(codePointAt(haystack, after + 1)));
    if (wholeWord) return true;
    if (at === haystack.length) break;
  }
  return false;
}

/** The texts a learner must produce or pick to be right. */
export function correctTexts(question: Question): string[] {
  switch (question.type) {
    case "single":
      return question.options.filter((option) => option.id === question.answer).map((option) => option.text);
    case "multi":
      return question.options.filter((option) => question.answers.includes(option.id)).map((option) => option.text);
    case "numeric":
      return numberSpellings(question.answer);
    case "cloze":
      return [question.answer, ...question.accept];
    case "truefalse":
      return [];
  }
}

/** Whether the visible question (stem, gap text) contains one of its correct answers. */
export function leaksAnswer(question: Question): boolean {
  const visible = normalise(question.type === "cloze" ? `${question.stem} ${question.before} ${question.after}` : question.stem);
  return correctTexts(question).some((answer) => containsWord(visible, normalise(answer)));
}
