/**
 * When does an edited question stay the same question? It keeps its id (and the answers given so far
 * count for it) while its meaning stays: new stem wording, a fixed typo, moved evidence. It gets a new
 * id (the old version is retired, with its answers) when what is graded or asked changes: the type,
 * the key, the set of options, the accepted range or unit, the statement or its truth, the gap's answer
 * or accepted spellings.
 */
import { normalizeClozeText } from "../../bank/grade";
import type { Question } from "../../bank/schema";

const fold = (text: string) =>
  text
    .normalize("NFC")
    .toLocaleLowerCase("de")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Shorter words than this are names or figures whose every letter counts ("Maas", "Mass"). */
const MIN_LENGTH_FOR_TYPOS = 8;
const MAX_TYPO_EDITS = 2;

/**
 * The same text but for case, spacing, punctuation, or a typo: at most two letters changed in a text of
 * eight or more, and no digit changed (a different figure is a different answer).
 */
export function sameButForTypos(before: string, after: string): boolean {
  const a = fold(before);
  const b = fold(after);
  if (a === b) return true;
  if (a.replace(/\D/g, "") !== b.replace(/\D/g, "")) return false;
  return Math.min(a.length, b.length) >= MIN_LENGTH_FOR_TYPOS && editDistance(a, b) <= MAX_TYPO_EDITS;
}

const sameOptions = (before: { id: string; text: string }[], after: { id: string; text: string }[]) =>
  before.length === after.length && before.every((option, index) => option.id === after[index]!.id && sameButForTypos(option.text, after[index]!.text));

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");

export function sameMeaning(before: Question, after: Question): boolean {
  switch (before.type) {
    case "single":
      return after.type === "single" && sameOptions(before.options, after.options) && before.answer === after.answer;
    case "multi":
      return after.type === "multi" && sameOptions(before.options, after.options) && sameSet(before.answers, after.answers);
    case "numeric":
      return (
        after.type === "numeric" &&
        before.answer === after.answer &&
        before.min === after.min &&
        before.max === after.max &&
        sameButForTypos(before.unit ?? "", after.unit ?? "")
      );
    case "truefalse":
      return after.type === "truefalse" && before.answer === after.answer && sameButForTypos(before.statement, after.statement);
    case "cloze":
      return (
        after.type === "cloze" &&
        normalizeClozeText(before.answer) === normalizeClozeText(after.answer) &&
        sameSet(before.accept.map(normalizeClozeText), after.accept.map(normalizeClozeText))
      );
  }
}
