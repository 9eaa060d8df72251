/** The last gate before a question enters the bank: nothing may give its answer away. */
import type { Question } from "../bank/schema";
import { containsPhrase, foldText } from "../bank/text";
import { numberSpellings } from "./german";

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
  const visible = question.type === "cloze" ? `${question.stem} ${question.before} ${question.after}` : question.stem;
  const shown = foldText(visible);
  return correctTexts(question).some((answer) => containsPhrase(shown, foldText(answer)));
}
