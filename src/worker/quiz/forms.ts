/** From the submitted form field "antwort" to a typed, checked response, with German messages. */
import * as z from "zod";
import { parseNumericAnswer, textsHedge, type LearnerResponse } from "../../bank/grade";
import type { Question } from "../../bank/schema";

/** The answer form: "antwort" once, or several times for multiple select. */
export const AnswerForm = z.object({
  antwort: z.union([z.string().max(500, "Die Antwort ist zu lang."), z.array(z.string().max(500)).max(26)]).optional(),
});
export type AnswerForm = z.infer<typeof AnswerForm>;

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
