/** Quiz answers for the Worker tests: right and wrong forms derived from the bank, what D1 stored, and attempts of given questions. */
import { env } from "cloudflare:test";
import { getQuestion, listDocuments, RETRY_QUIZ_ID } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { database } from "../../../src/db";
import { startAttempt } from "../../../src/worker/quiz/attempts";
import type { Browser } from "../browser";

/**
 * An attempt of `learner` holding exactly `questions`, as "Falsche Fragen wiederholen" makes one: for
 * tests that need a question of a given kind, whatever a drawn quiz holds.
 */
export async function attemptWith(learner: Browser, questions: readonly Question[]): Promise<string> {
  const started = await learner.startQuiz(listDocuments()[0]!.id);
  const row = await env.DB.prepare("select learner_id from attempts where id = ?").bind(started).first<{ learner_id: string }>();
  return startAttempt(database(env.DB), row!.learner_id, RETRY_QUIZ_ID, () => questions.map((question) => question.id));
}

/** The questions of an attempt in the order asked, as stored in D1. */
export async function questionsOfAttempt(attemptId: string): Promise<Question[]> {
  const row = await env.DB.prepare("select question_ids from attempts where id = ?").bind(attemptId).first<{ question_ids: string }>();
  return (JSON.parse(row!.question_ids) as string[]).map((id) => getQuestion(id)!);
}

const germanNumber = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 6 });

/** A right answer as the form sends it, derived from the bank (as a German learner would type it). */
export function rightForm(question: Question): Record<string, string | string[]> {
  switch (question.type) {
    case "single":
      return { antwort: question.answer };
    case "multi":
      return { antwort: question.answers };
    case "numeric":
      return { antwort: germanNumber.format(question.answer) };
    case "truefalse":
      return { antwort: question.answer ? "wahr" : "falsch" };
    case "cloze":
      // Case and surrounding space do not matter.
      return { antwort: ` ${question.answer.toUpperCase()} ` };
  }
}

/** A wrong answer, and the score it must get. */
export function wrongForm(question: Question): { form: Record<string, string | string[]>; score: number } {
  switch (question.type) {
    case "single":
      return { form: { antwort: question.options.find((option) => option.id !== question.answer)!.id }, score: 0 };
    case "multi": {
      const wrongOption = question.options.find((option) => !question.answers.includes(option.id));
      // One right pick and one wrong pick cancel out: max(0, (1 - 1) / n) = 0.
      if (wrongOption) return { form: { antwort: [question.answers[0]!, wrongOption.id] }, score: 0 };
      // Every option is right: one of them alone earns 1 / n.
      return { form: { antwort: [question.answers[0]!] }, score: 1 / question.answers.length };
    }
    case "numeric":
      return { form: { antwort: germanNumber.format(question.max + Math.max(1, Math.abs(question.max))) }, score: 0 };
    case "truefalse":
      return { form: { antwort: question.answer ? "falsch" : "wahr" }, score: 0 };
    case "cloze":
      return { form: { antwort: "gewiss nicht die Lücke" }, score: 0 };
  }
}

export async function storedAnswers(attemptId: string) {
  const { results } = await env.DB.prepare("select question_id, response, score from answers where attempt_id = ? order by id")
    .bind(attemptId)
    .all<{ question_id: string; response: string; score: number }>();
  return results.map((row) => ({ questionId: row.question_id, response: JSON.parse(row.response) as unknown, score: row.score }));
}
