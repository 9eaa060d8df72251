/** Bringing an own text through the Worker as a teacher's browser does: a multipart form post. */
import { env } from "cloudflare:test";
import { expect } from "vitest";
import { Question, type BankPassage } from "../../../src/bank/schema";
import { type Browser, ORIGIN, redirectTarget } from "../browser";
import { type CreatedClass, createClass } from "../classroom/helpers";
import danzig from "../../fixtures/own-texts/ostseerat-danzig.txt?raw";

/** A German news text written for these tests (in no corpus and no other fixture). */
export const FRESH_TEXT = danzig;

export interface NewTextFields {
  text?: string;
  titel?: string;
  quelle?: string;
  datum?: string;
  file?: { name: string; content: string | Uint8Array; type?: string };
}

export function postNewText(teacher: Browser, classId: string, fields: NewTextFields): Promise<Response> {
  const form = new FormData();
  for (const name of ["titel", "quelle", "datum", "text"] as const) if (fields[name] !== undefined) form.append(name, fields[name]!);
  if (fields.file) form.append("datei", new File([fields.file.content], fields.file.name, { type: fields.file.type ?? "text/plain" }));
  else form.append("datei", new File([], "", { type: "application/octet-stream" }));
  return teacher.send(`/klassen/lehrkraft/${classId}/texte/neu`, { method: "POST", body: form, headers: { Origin: ORIGIN } }, {});
}

/** Pastes the text and returns the new text's id (from the redirect to its page), before any question is made. */
export async function pasteOnly(created: CreatedClass, fields: NewTextFields = { text: FRESH_TEXT }): Promise<string> {
  const response = await postNewText(created.teacher, created.classId, fields);
  expect(response.status, await response.clone().text()).toBe(303);
  const match = /^\/klassen\/lehrkraft\/[^/]+\/texte\/(t_[0-9a-f]{16})$/.exec(redirectTarget(response));
  expect(match).not.toBeNull();
  return match![1]!;
}

/** One request to the text's page while its questions are made: a progress page, the redirect to the review, or the form with a message. */
export interface GenerationStep {
  status: number;
  /** The Refresh header: the page loads itself again. */
  refresh: string | null;
  html: string;
  location: string | null;
}

export async function generationStep(teacher: Browser, classId: string, textId: string): Promise<GenerationStep> {
  const response = await teacher.get(textPath(classId, textId));
  return { status: response.status, refresh: response.headers.get("Refresh"), html: await response.text(), location: response.headers.get("Location") };
}

/**
 * Loads the text's page as a browser does, following its Refresh header, until the questions are made
 * (the redirect to the review); returns the progress pages on the way.
 */
export async function completeGeneration(teacher: Browser, classId: string, textId: string): Promise<GenerationStep[]> {
  const steps: GenerationStep[] = [];
  for (;;) {
    const step = await generationStep(teacher, classId, textId);
    steps.push(step);
    expect(steps.length, "a generation that never ends").toBeLessThan(20);
    if (step.status === 303) {
      expect(step.location).toBe(textPath(classId, textId));
      return steps;
    }
    expect(step.status, step.html.slice(0, 500)).toBe(200);
    expect(step.refresh).toBe("0");
  }
}

/** Pastes the text, lets the questions be made as the browser does, and returns the new text's id. */
export async function pasteText(created: CreatedClass, fields: NewTextFields = { text: FRESH_TEXT }): Promise<string> {
  const textId = await pasteOnly(created, fields);
  await completeGeneration(created.teacher, created.classId, textId);
  return textId;
}

export interface StoredText {
  text: string;
  title: string;
  source: string | null;
  date: string | null;
  status: string;
  quizSize: number;
  passages: BankPassage[];
}

export async function storedText(textId: string): Promise<StoredText> {
  const row = await env.DB.prepare("select text, title, source, date, status, quiz_size, passages from own_texts where id = ?")
    .bind(textId)
    .first<{ text: string; title: string; source: string | null; date: string | null; status: string; quiz_size: number; passages: string }>();
  expect(row).not.toBeNull();
  return { ...row!, quizSize: row!.quiz_size, passages: JSON.parse(row!.passages) as BankPassage[] };
}

/** The current versions in the quiz's order, parsed with the bank's schema. */
export async function currentQuestions(textId: string): Promise<Question[]> {
  const { results } = await env.DB.prepare("select question from own_questions where text_id = ? and position is not null order by position")
    .bind(textId)
    .all<{ question: string }>();
  return results.map((row) => Question.parse(JSON.parse(row.question)));
}

/** Rows of one class's own texts and their questions (tests share one D1: each counts its own class). */
export async function rowCounts(classId: string): Promise<{ texts: number; questions: number }> {
  const texts = await env.DB.prepare("select count(*) as n from own_texts where class_id = ?").bind(classId).first<{ n: number }>();
  const questions = await env.DB.prepare(
    "select count(*) as n from own_questions join own_texts on own_texts.id = own_questions.text_id where own_texts.class_id = ?",
  )
    .bind(classId)
    .first<{ n: number }>();
  return { texts: texts!.n, questions: questions!.n };
}

export const textPath = (classId: string, textId: string) => `/klassen/lehrkraft/${classId}/texte/${textId}`;

/** Every page of a text's review, as a teacher gets them: page 1, then each "Nächste Seite" link. */
export async function reviewPages(teacher: Browser, classId: string, textId: string): Promise<string[]> {
  const pages: string[] = [];
  for (let path: string | undefined = textPath(classId, textId); path !== undefined; ) {
    const response = await teacher.get(path);
    expect(response.status, path).toBe(200);
    const html = await response.text();
    pages.push(html);
    expect(pages.length, "a review that never ends").toBeLessThan(100);
    path = /<a class="[^"]*" href="([^"]+)" rel="next">/.exec(html)?.[1]?.replaceAll("&amp;", "&");
  }
  return pages;
}

/** The question ids in the order the review pages show them. */
export const reviewedIds = (pages: string[]) => pages.flatMap((html) => [...html.matchAll(/data-question-id="([^"]+)"/g)].map((match) => match[1]!));

/** A class with a pasted, published text that is assigned; returns the start form of a student's class page. */
export async function publishedAndAssigned(created: CreatedClass, fields?: NewTextFields) {
  const textId = await pasteText(created, fields);
  expect((await created.teacher.post(`${textPath(created.classId, textId)}/veroeffentlichen`)).status).toBe(303);
  expect((await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: textId })).status).toBe(303);
  return textId;
}

/**
 * Sets the text's quiz to as many questions per attempt as the review page allows (the questions that do
 * not give each other away), so an attempt asks every one of them; returns that number.
 */
export async function askAsManyAsAllowed(created: CreatedClass, textId: string): Promise<number> {
  const review = await (await created.teacher.get(textPath(created.classId, textId))).text();
  const allowed = Number(/id="umfang"[^>]*\bmax="(\d+)"/.exec(review)?.[1]);
  expect(allowed).toBeGreaterThan(0);
  const saved = await created.teacher.post(`${textPath(created.classId, textId)}/umfang`, { umfang: String(allowed) });
  expect(saved.status).toBe(303);
  return allowed;
}

export { createClass };
