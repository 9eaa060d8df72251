/** The last gate before a question enters the bank: nothing may give its answer away. */
import { answerTexts } from "../bank/quiz";
import type { Question } from "../bank/schema";
import { containsPhrase, foldText } from "../bank/text";

/** Whether the visible question (stem, gap text) contains one of its correct answers. */
export function leaksAnswer(question: Question): boolean {
  const visible = question.type === "cloze" ? `${question.stem} ${question.before} ${question.after}` : question.stem;
  const shown = foldText(visible);
  return answerTexts(question).some((answer) => containsPhrase(shown, foldText(answer)));
}
