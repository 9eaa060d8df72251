/** A learner's browser for Worker tests: keeps cookies, sends form posts with Origin, follows no redirects by itself. */
import { env, SELF } from "cloudflare:test";
import { expect } from "vitest";
import { getQuestion, listDocuments, RETRY_QUIZ_ID } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { startAttempt } from "../../../src/worker/quiz/attempts";

export const ORIGIN = "https://quellenquiz.test";

export class LearnerBrowser {
  readonly cookies = new Map<string, string>();

  get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.send(path, { method: "GET", headers });
  }

  /** A form post; repeated fields (multiple select) as repeated entries. */
  post(path: string, form: Record<string, string | string[]> = {}): Promise<Response> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(form)) for (const entry of [value].flat()) body.append(name, entry);
    return this.send(path, { method: "POST", body, headers: { Origin: ORIGIN } });
  }

  async send(path: string, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("Cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await SELF.fetch(`${ORIGIN}${path}`, { ...init, headers, redirect: "manual" });
    for (const setCookie of response.headers.getAll("Set-Cookie")) {
      const [pair = ""] = setCookie.split(";");
      const separator = pair.indexOf("=");
      this.cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1));
    }
    return response;
  }

  /** GET, following redirects; fails on anything but 200 at the end. */
  async page(path: string): Promise<{ url: string; html: string }> {
    let url = path;
    for (let hops = 0; hops < 5; hops++) {
      const response = await this.get(url);
      if (response.status === 200) return { url, html: await response.text() };
      url = redirectTarget(response);
    }
    throw new Error(`too many redirects from ${path}`);
  }

  /**
   * An attempt of this learner holding exactly `questions`, as "Falsche Fragen wiederholen" makes one:
   * for tests that need a question of a given kind, whatever a drawn quiz holds.
   */
  async attemptWith(questions: readonly Question[]): Promise<string> {
    const started = await this.startQuiz(listDocuments()[0]!.id);
    const row = await env.DB.prepare("select learner_id from attempts where id = ?").bind(started).first<{ learner_id: string }>();
    return startAttempt(env.DB, row!.learner_id, RETRY_QUIZ_ID, () => questions.map((question) => question.id));
  }

  /** Starts the quiz of a document (or "gemischt") and returns the attempt id. */
  async startQuiz(quizId: string): Promise<string> {
    const response = await this.post(`/quiz/${quizId}/starten`);
    const match = /^\/versuch\/([0-9a-f-]{36})$/.exec(redirectTarget(response));
    if (!match?.[1]) throw new Error(`unexpected redirect after starting ${quizId}`);
    return match[1];
  }
}

/** The questions of an attempt in the order asked, as stored in D1. */
export async function questionsOfAttempt(attemptId: string): Promise<Question[]> {
  const row = await env.DB.prepare("select question_ids from attempts where id = ?").bind(attemptId).first<{ question_ids: string }>();
  return (JSON.parse(row!.question_ids) as string[]).map((id) => getQuestion(id)!);
}

export function redirectTarget(response: Response): string {
  expect([302, 303], `status of a redirect`).toContain(response.status);
  const url = new URL(response.headers.get("Location") ?? "", ORIGIN);
  expect(url.origin).toBe(ORIGIN);
  return url.pathname + url.search + url.hash;
}

/** As hono/jsx escapes text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The visible text of an HTML page, entities decoded, whitespace folded (enough for the pages here). */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|title)[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
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
