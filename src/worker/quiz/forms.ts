/** From the submitted form field "antwort" to a typed, checked response, with German messages. */
import * as z from "zod";
import { parseNumericAnswer, textsHedge, type LearnerResponse } from "../../bank/grade";
import type { Question } from "../../bank/schema";

/** Characters an answer may have: a gap's word or figure, with room for a learner's whole sentence. */
export const MAX_ANSWER_LENGTH = 500;
export const ANSWER_TOO_LONG = `Die Antwort ist zu lang (höchstens ${MAX_ANSWER_LENGTH} Zeichen). Bitte kürze sie.`;

/** The answer form: "antwort" once, or several times for multiple select. Its messages are German: the live socket sends them as they are. */
export const AnswerForm = z.object({
  antwort: z
    .union([
      z.string().max(MAX_ANSWER_LENGTH, ANSWER_TOO_LONG),
      z.array(z.string().max(MAX_ANSWER_LENGTH, ANSWER_TOO_LONG)).max(26, "Bitte wähle nur Antworten aus der Liste."),
    ])
    .optional(),
});
export type AnswerForm = z.infer<typeof AnswerForm>;

/** Why an answer form was refused, where its answer was too long: the other ways it fails come from no form of ours. */
export const tooLongAnswer = (issues: readonly z.core.$ZodIssue[]): string | undefined =>
  issues.find((issue) => issue.code === "too_big" && issue.origin === "string" && issue.path[0] === "antwort")?.message;

/**
 * The heading and text of the page that refuses an answer form: the reason where the answer was too long, else
 * `unreadable` (the quiz's and the live lesson's words for it differ).
 */
export function refusedAnswerForm(issues: readonly z.core.$ZodIssue[], unreadable: string): { title: string; text: string } {
  const tooLong = tooLongAnswer(issues);
  return tooLong ? { title: "Antwort zu lang", text: tooLong } : { title: "Antwort nicht lesbar", text: unreadable };
}

export type ParsedResponse = { ok: true; response: LearnerResponse } | { ok: false; message: string };

/** The submitted values as a list (none, one, or several for multiple select). */
export const formValues = (value: AnswerForm["antwort"]): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export function responseFromForm(question: Question, value: AnswerForm["antwort"]): ParsedResponse {
  const values = formValues(value).map((entry) => entry.trim());
  const first = values[0] ?? "";
  switch (question.type) {
    case "single": {
      if (values.length !== 1 || !question.options.some((option) => option.id === first)) return { ok: false, message: "Bitte wähle eine Antwort aus." };
      return { ok: true, response: { type: "single", choice: first } };
    }
    case "multi": {
      const choices = [...new Set(values)];
      if (choices.length === 0) return { ok: false, message: "Bitte wähle mindestens eine Antwort aus." };
      if (!choices.every((choice) => question.options.some((option) => option.id === choice)))
        return { ok: false, message: "Bitte wähle nur Antworten aus der Liste." };
      return { ok: true, response: { type: "multi", choices: choices.sort() } };
    }
    case "numeric": {
      if (values.length !== 1 || first === "") return { ok: false, message: "Bitte gib eine Zahl ein." };
      const number = parseNumericAnswer(first, question.unit, textsHedge(question.answerText));
      if (number === null) {
        const unitHint = question.unit ? `, gern mit „${question.unit}“ dahinter` : "";
        return { ok: false, message: `Bitte gib nur eine Zahl ein, zum Beispiel 14.000, 1,8 oder sieben${unitHint}.` };
      }
      return { ok: true, response: { type: "numeric", value: number, typed: first } };
    }
    case "truefalse": {
      if (values.length !== 1 || (first !== "wahr" && first !== "falsch")) return { ok: false, message: "Bitte wähle „Stimmt“ oder „Stimmt nicht“." };
      return { ok: true, response: { type: "truefalse", value: first === "wahr" } };
    }
    case "cloze": {
      if (values.length !== 1 || first === "") return { ok: false, message: "Bitte fülle die Lücke aus." };
      return { ok: true, response: { type: "cloze", text: first } };
    }
  }
}
