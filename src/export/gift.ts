/**
 * GIFT, as Moodle's importer reads it (question/format/gift/format.php): one question per block,
 * blocks separated by a blank line, `::name::[html]question text{answers ####general feedback}`.
 *
 * Types: single -> `=right ~wrong`, multi -> `~%33.33333%right ~%-33.33333%wrong` (partial credit,
 * the same fractions as the XML export), numeric -> `{# =%100%value:tolerance =%100%min..max}`,
 * truefalse -> `{T}` / `{F}`, cloze -> short answer `{=%100%answer =%100%other spelling}` with the gap
 * written as _____ in the question text (the answers stand at the end, so Moodle adds no second gap).
 */
import type { Question } from "../bank/schema";
import { multipleChoiceGrades, percentOf } from "./fractions";
import {
  acceptedAnswers,
  generalFeedbackHtml,
  htmlText,
  moodleNumber,
  numericAnswers,
  oneLine,
  questionHtml,
  questionName,
  withoutForbiddenCharacters,
  type ExportQuiz,
} from "./quiz";

/**
 * GIFT's escapes, as its documentation lists them and Moodle's importer undoes them
 * (qformat_gift::escapedchar_pre): a backslash before ~ = # { } : and before itself; a line break as \n.
 */
export function escapeGift(text: string): string {
  return withoutForbiddenCharacters(text)
    .replace(/[\\~=#{}:]/g, (character) => `\\${character}`)
    .replace(/\r\n?|\n/g, "\\n");
}

/**
 * A text after an answer marker. Moodle reads a leading [html], [plain], [markdown] or [moodle] as the
 * text's format and a leading %50% as a weight; a text starting with "[" gets its format written out, and
 * one starting with "%" an explicit weight, so that neither is mistaken for markup.
 */
function answerText(text: string, format: "html" | "plain"): string {
  const escaped = escapeGift(text);
  return escaped.startsWith("[") ? `[${format}]${escaped}` : escaped;
}

const weight = (fraction: number) => `%${percentOf(fraction)}%`;

function answers(question: Question): string[] {
  switch (question.type) {
    case "single":
      return question.options.map((option) => {
        const text = answerText(htmlText(option.text), "html");
        if (option.id === question.answer) return `=${text}`;
        return text.startsWith("%") ? `~${weight(0)}${text}` : `~${text}`;
      });
    case "multi": {
      const grades = multipleChoiceGrades(question.answers.length);
      const rightIds = question.options.filter((option) => question.answers.includes(option.id)).map((option) => option.id);
      return question.options.map((option) => {
        const rightIndex = rightIds.indexOf(option.id);
        return `~${weight(rightIndex >= 0 ? grades.right[rightIndex]! : grades.wrong)}${answerText(htmlText(option.text), "html")}`;
      });
    }
    case "numeric":
      return numericAnswers(question).map((answer) =>
        "value" in answer
          ? `=${weight(1)}${moodleNumber(answer.value)}:${moodleNumber(answer.tolerance)}`
          : `=${weight(1)}${moodleNumber(answer.min)}..${moodleNumber(answer.max)}`,
      );
    case "truefalse":
      return [question.answer ? "T" : "F"];
    case "cloze":
      // Moodle takes answers with "=" and "->" for a matching question, and GIFT cannot escape "->":
      // in a short answer it is written as an arrow, the one spelling GIFT cannot carry.
      return [...new Set(acceptedAnswers(question).map((answer) => answer.replaceAll("->", "→")))].map(
        (answer) => `=${weight(1)}${answerText(answer, "plain")}`,
      );
  }
}

function questionGift(question: Question, index: number, quiz: ExportQuiz): string {
  const head = `::${escapeGift(questionName(question, index))}::[html]${escapeGift(questionHtml(question))}`;
  const feedback = `####${escapeGift(generalFeedbackHtml(question, quiz.documents))}`;
  const open = question.type === "numeric" ? "{#" : "{";
  if (question.type === "truefalse") return `${head}{${answers(question)[0]}${feedback}}`;
  return [`${head}${open}`, ...answers(question).map((answer) => `\t${answer}`), `\t${feedback}`, "}"].join("\n");
}

/** The quiz as a GIFT file (UTF-8 text). */
export function toGift(quiz: ExportQuiz): string {
  const count = quiz.questions.length === 1 ? "1 Frage" : `${quiz.questions.length} Fragen`;
  const header = [`// Quellenquiz: ${oneLine(quiz.title)}`, `// ${count}, jede mit ihrem Beleg im Text als allgemeinem Feedback`];
  return [header.join("\n"), ...quiz.questions.map((question, index) => `// ${oneLine(question.id)}\n${questionGift(question, index, quiz)}`), ""].join("\n\n");
}
