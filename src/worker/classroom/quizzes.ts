/** Quizzes a teacher can assign, and question wording as the classroom pages show it. */
import { defaultQuiz, listDocuments, MIXED_QUIZ_ID, quizTitle } from "../../bank";
import type { Question } from "../../bank/schema";
import { quoted } from "../../shared/german";

/** Every document that has questions, and the mixed quiz, with the number of questions a student gets. */
export function assignableQuizzes(): { id: string; title: string; questionCount: number }[] {
  return [...listDocuments().map((document) => document.id), MIXED_QUIZ_ID]
    .map((id) => ({ id, title: quizTitle(id), questionCount: defaultQuiz(id).length }))
    .filter((quiz) => quiz.questionCount > 0);
}

/** A gap sentence in one line, with single spaces: a source text's double space or line break would stand beside the gap. */
function oneLineGap(before: string, after: string): string {
  return `${before}___${after}`.replace(/\s+/gu, " ");
}

/** The question as a reader sees it, in one line: a true/false statement or a cloze gap is part of it. */
export function questionText(question: Question): string {
  switch (question.type) {
    case "truefalse":
      return `${question.stem} ${quoted(question.statement)}`;
    case "cloze":
      return `${question.stem} ${quoted(oneLineGap(question.before, question.after))}`;
    case "numeric":
      return question.before !== undefined ? `${question.stem} ${quoted(oneLineGap(question.before, question.after ?? ""))}` : question.stem;
    default:
      return question.stem;
  }
}
