/**
 * Moodle XML, as Moodle's importer reads it (question/format/xml/format.php): a <quiz> of <question
 * type="..."> elements with <name>, <questiontext format="html">, <generalfeedback>, and <answer
 * fraction="percent"> children per type.
 *
 * Types: single -> multichoice (<single>true</single>), multi -> multichoice with partial credit,
 * numeric -> numerical with <tolerance>, truefalse -> truefalse, cloze -> shortanswer. A cloze becomes
 * a short answer with the gap shown as _____ rather than Moodle's cloze type (multianswer): GIFT has no
 * multianswer and imports its missing-word format as shortanswer too, so both files give Moodle the same
 * question; and multianswer reads `{1:SHORTANSWER:...}` anywhere in the question text as a gap, so a
 * teacher's text would be parsed as code, where shortanswer keeps every text as text.
 */
import type { Question } from "../bank/schema";
import { multipleChoiceGrades, percentOf } from "./fractions";
import {
  acceptedAnswers,
  generalFeedbackHtml,
  htmlText,
  moodleNumber,
  numericAnswers,
  questionHtml,
  questionName,
  withoutForbiddenCharacters,
  type ExportQuiz,
} from "./quiz";

/**
 * Character data for XML: as it is when it needs no escaping, otherwise in CDATA (as Moodle's own export
 * does, so that HTML stays readable), with a "]]>" inside split across two CDATA sections.
 */
export function xmlText(text: string): string {
  const clean = withoutForbiddenCharacters(text);
  if (!/[&<>]/.test(clean)) return clean;
  return `<![CDATA[${clean.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

const text = (value: string) => `<text>${xmlText(value)}</text>`;
const htmlField = (element: string, html: string) => `<${element} format="html">${text(html)}</${element}>`;
const emptyFeedback = htmlField("feedback", "");

/** An answer whose text is HTML (multiple choice options). */
const htmlAnswer = (fraction: number, html: string) => `<answer fraction="${percentOf(fraction)}" format="html">${text(html)}${emptyFeedback}</answer>`;

/** An answer whose text Moodle reads as plain text (short answer, numerical, true/false). */
const plainAnswer = (fraction: number, value: string, extra = "") =>
  `<answer fraction="${percentOf(fraction)}" format="moodle_auto_format">${text(value)}${emptyFeedback}${extra}</answer>`;

function typeSpecific(question: Question): { type: string; penalty: string; body: string } {
  switch (question.type) {
    case "single":
      return {
        type: "multichoice",
        penalty: "0.3333333",
        body: [
          "<single>true</single><shuffleanswers>false</shuffleanswers><answernumbering>abc</answernumbering>",
          ...question.options.map((option) => htmlAnswer(option.id === question.answer ? 1 : 0, htmlText(option.text))),
        ].join("\n"),
      };
    case "multi": {
      const grades = multipleChoiceGrades(question.answers.length);
      const rightIds = question.options.filter((option) => question.answers.includes(option.id)).map((option) => option.id);
      return {
        type: "multichoice",
        penalty: "0.3333333",
        body: [
          "<single>false</single><shuffleanswers>false</shuffleanswers><answernumbering>abc</answernumbering><shownumcorrect/>",
          ...question.options.map((option) => {
            const rightIndex = rightIds.indexOf(option.id);
            return htmlAnswer(rightIndex >= 0 ? grades.right[rightIndex]! : grades.wrong, htmlText(option.text));
          }),
        ].join("\n"),
      };
    }
    case "numeric":
      return {
        type: "numerical",
        penalty: "0.3333333",
        body: [
          ...numericAnswers(question).map((answer) => {
            const [value, tolerance] = "value" in answer ? [answer.value, answer.tolerance] : [(answer.min + answer.max) / 2, (answer.max - answer.min) / 2];
            return plainAnswer(1, moodleNumber(value), `<tolerance>${moodleNumber(tolerance)}</tolerance>`);
          }),
          // No units: the unit is part of the question text; "3" means no unit input (qtype_numerical::UNITNONE).
          "<unitgradingtype>0</unitgradingtype><unitpenalty>0.1</unitpenalty><showunits>3</showunits><unitsleft>0</unitsleft>",
        ].join("\n"),
      };
    case "truefalse":
      return {
        type: "truefalse",
        penalty: "1",
        body: [plainAnswer(question.answer ? 1 : 0, "true"), plainAnswer(question.answer ? 0 : 1, "false")].join("\n"),
      };
    case "cloze":
      return {
        type: "shortanswer",
        penalty: "0.3333333",
        body: ["<usecase>0</usecase>", ...acceptedAnswers(question).map((answer) => plainAnswer(1, answer))].join("\n"),
      };
  }
}

function questionXml(question: Question, index: number, quiz: ExportQuiz): string {
  const { type, penalty, body } = typeSpecific(question);
  return [
    `<question type="${type}">`,
    `<name>${text(questionName(question, index))}</name>`,
    htmlField("questiontext", questionHtml(question)),
    htmlField("generalfeedback", generalFeedbackHtml(question, quiz.documents)),
    "<defaultgrade>1</defaultgrade>",
    `<penalty>${penalty}</penalty>`,
    "<hidden>0</hidden>",
    `<idnumber>${xmlText(question.id)}</idnumber>`,
    body,
    "</question>",
  ].join("\n");
}

/** The quiz as a Moodle XML file (UTF-8). */
export function toMoodleXml(quiz: ExportQuiz): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<quiz>",
    ...quiz.questions.map((question, index) => questionXml(question, index, quiz)),
    "</quiz>",
    "",
  ].join("\n");
}
