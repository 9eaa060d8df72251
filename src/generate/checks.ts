/** The last gate before a question enters the bank: nothing may give its answer away. */
import { answerTexts } from "../bank/quiz";
import type { Question } from "../bank/schema";
import { containsPhrase, foldText } from "../bank/text";

/** Whether the visible question (stem, gap text) contains one of its correct answers. */
export function leaksAnswer(question: Question): boolean {
  // A statement has no answer text to give away: its question is not folded for nothing.
  const answers = answerTexts(question);
  if (answers.length === 0) return false;
  const visible = question.type === "cloze" ? `${question.stem} ${question.before} ${question.after}` : question.stem;
  const shown = foldText(visible);
  return answers.some((answer) => containsPhrase(shown, foldText(answer)));
}
