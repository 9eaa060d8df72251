/**
 * A gap forgives one typo in its answer (src/bank/grade.ts), which would also take another word of the text: a gap
 * asking "Schenk" took "Schwenk", a noun of the same text, for a slip. Such words go with the question (otherWords),
 * so that grading, on the server without the text, refuses them.
 */
import { normalizeClozeText, sameWordInAnotherCase, TYPO_MIN_LETTERS, withinOneEdit } from "../bank/grade";
import type { Question } from "../bank/schema";
import { type DocContext, perDocument } from "./context";

const WORD = /\p{L}[\p{L}-]*/gu;
const UMLAUT = /[äöüß]/u;

/** A word of letters and hyphens as normalizeClozeText makes it, without its steps for spaces, figures and punctuation. */
const wordKey = (word: string) => {
  const lower = word.toLowerCase();
  return UMLAUT.test(lower) ? normalizeClozeText(lower) : lower;
};

/**
 * The text's words, normalised as grading compares them, by their length: a typo's neighbours are one longer or shorter
 * at most. Each word normalised once, however often the text has it.
 */
const wordsByLength = perDocument((doc: DocContext) => {
  const byLength = new Map<number, Set<string>>();
  for (const word of new Set(doc.text.match(WORD))) {
    if (word.length < TYPO_MIN_LETTERS - 1) continue;
    const normalised = wordKey(word);
    const words = byLength.get(normalised.length) ?? new Set<string>();
    byLength.set(normalised.length, words.add(normalised));
  }
  return byLength;
});

/**
 * The words of the text one typo from a spelling the gap accepts that are neither an accepted spelling nor one of them in
 * another case ("Schenks" of "Schenk", "Radwegen" of "Radwege"): typed, they name something else.
 */
function otherWordsNear(doc: DocContext, spellings: readonly string[]): string[] {
  const accepted = spellings.map(normalizeClozeText);
  const near = new Set<string>();
  for (const spelling of accepted) {
    if (spelling.includes(" ") || spelling.length < TYPO_MIN_LETTERS) continue;
    for (const length of [spelling.length - 1, spelling.length, spelling.length + 1]) {
      for (const word of wordsByLength(doc).get(length) ?? []) {
        // One typo leaves a word's first or last letter as it is: most words of the text differ in both.
        if (word[0] !== spelling[0] && word.at(-1) !== spelling.at(-1)) continue;
        if (accepted.includes(word) || !withinOneEdit(word, spelling)) continue;
        if (!accepted.some((other) => sameWordInAnotherCase(word, other))) near.add(word);
      }
    }
  }
  return [...near].sort();
}

/** The question, a gap given the other words of the text that its answer's typo tolerance would take (otherWordsNear). */
export function withOtherWords(doc: DocContext, question: Question): Question {
  if (question.type !== "cloze") return question;
  const otherWords = otherWordsNear(doc, [question.answer, ...question.accept]);
  return otherWords.length === 0 ? question : { ...question, otherWords };
}
