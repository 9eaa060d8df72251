/** The last gate before a question enters the bank: nothing may give its answer away. */
import { answerTexts } from "../bank/quiz";
import type { Question } from "../bank/schema";
import { foldSpaces, foldText, showsAnswer } from "../bank/text";

/** Whether the visible question (stem, gap text) contains one of its correct answers. */
export function leaksAnswer(question: Question): boolean {
  // A statement has no answer text to give away: its question is not folded for nothing.
  const answers = answerTexts(question);
  if (answers.length === 0) return false;
  const visible = question.type === "cloze" ? `${question.stem} ${question.before} ${question.after}` : question.stem;
  const shown = foldText(visible);
  const cased = foldSpaces(visible);
  return answers.some((answer) => showsAnswer(shown, cased, answer));
}

/**
 * A true statement that is its evidence sentence word for word: "verbatim means true" would answer it without
 * reading (the rule: true and false statements built the same way, never a sentence of the text as the
 * whole statement). Statements are rephrased (tense, names resolved); one that could not be is not asked.
 */
export function copiesItsEvidence(question: Question): boolean {
  if (question.type !== "truefalse" || !question.answer) return false;
  return foldSpaces(question.statement) === foldSpaces(question.evidence.quote);
}
