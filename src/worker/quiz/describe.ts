/** Answers and dates in German words, for the feedback, results and progress pages. */
import { matchClozeAnswer, type LearnerResponse } from "../../bank/grade";
import type { Question } from "../../bank/schema";

const TRUE_TEXT = "Stimmt";
const FALSE_TEXT = "Stimmt nicht";
export const truthText = (value: boolean) => (value ? TRUE_TEXT : FALSE_TEXT);

const optionText = (question: Question & { options: { id: string; text: string }[] }, id: string) =>
  question.options.find((option) => option.id === id)?.text ?? id;

const numberFormat = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 4 });
export const formatNumber = (value: number) => numberFormat.format(value);

/** The right answer as shown after answering. */
export function correctAnswerText(question: Question): string {
  switch (question.type) {
    case "single":
      return optionText(question, question.answer);
    case "multi":
      return question.answers.map((id) => optionText(question, id)).join(", ");
    case "numeric": {
      const withUnit = (value: number) => (question.unit ? `${formatNumber(value)} ${question.unit}` : formatNumber(value));
      return question.min === question.max
        ? withUnit(question.answer)
        : `${withUnit(question.answer)} (als richtig gilt ${formatNumber(question.min)} bis ${formatNumber(question.max)})`;
    }
    case "truefalse":
      return truthText(question.answer);
    case "cloze":
      return question.answer;
  }
}

/** The right spelling of a gap answer that was accepted with a typo; undefined when there was none. */
export function spellingCorrection(question: Question, response: LearnerResponse): string | undefined {
  if (question.type !== "cloze" || response.type !== "cloze") return undefined;
  const match = matchClozeAnswer(question, response.text);
  return match && !match.exact ? match.accepted : undefined;
}

/** What the learner answered, in words. */
export function responseText(question: Question, response: LearnerResponse): string {
  switch (response.type) {
    case "single":
      return question.type === "single" ? optionText(question, response.choice) : response.choice;
    case "multi":
      if (response.choices.length === 0) return "nichts ausgewählt";
      return question.type === "multi" ? response.choices.map((id) => optionText(question, id)).join(", ") : response.choices.join(", ");
    case "numeric":
      return question.type === "numeric" && question.unit ? `${response.typed} ${question.unit}` : response.typed;
    case "truefalse":
      return truthText(response.value);
    case "cloze":
      return response.text;
  }
}

export type Verdict = "right" | "partly" | "wrong";
export const verdict = (score: number): Verdict => (score >= 1 ? "right" : score > 0 ? "partly" : "wrong");
export const VERDICT_TEXT: Record<Verdict, string> = { right: "Richtig", partly: "Teilweise richtig", wrong: "Falsch" };

const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

/** "2020-06-04" -> "4. Juni 2020", "2017-03" -> "März 2017", "2021" -> "2021". */
export function germanDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!year || !monthName) return isoDate;
  return day ? `${Number(day)}. ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Points with a German decimal comma: "3,5". */
export const formatPoints = (points: number) => numberFormat.format(Math.round(points * 100) / 100);
export const formatPercent = (share: number) => `${Math.round(share * 100)} %`;

export const QUESTION_TYPE_NAMES: Record<Question["type"], string> = {
  single: "Einfachauswahl",
  multi: "Mehrfachauswahl",
  numeric: "Zahl",
  truefalse: "Stimmt oder stimmt nicht",
  cloze: "Lückentext",
};
