/** Classes through the Worker: a teacher creates one, students join, answer; and what D1 holds. */
import { env } from "cloudflare:test";
import { expect } from "vitest";
import type { LearnerResponse } from "../../../src/bank/grade";
import type { Question } from "../../../src/bank/schema";
import { Browser, redirectTarget } from "../browser";

export interface CreatedClass {
  teacher: Browser;
  classId: string;
  secret: string;
  joinCode: string;
  teacherLink: string;
}

/** A teacher (own browser, own address: class creation is rate limited per address) creates a class. */
export async function createClass(name = "9b Politik"): Promise<CreatedClass> {
  const teacher = new Browser();
  const created = await teacher.post("/klassen/neu", { name });
  const welcomePath = redirectTarget(created);
  const classId = welcomePath.match(/^\/klassen\/lehrkraft\/([^/]+)\/willkommen$/)![1]!;
  const secret = teacher.cookies.get("qq_lehrkraft")!;
  const welcome = await teacher.get(welcomePath);
  expect(welcome.status).toBe(200);
  const html = await welcome.text();
  const joinCode = html.match(/data-testid="join-code">([A-Z0-9-]+)</)![1]!;
  const teacherLink = html.match(/data-testid="lehrkraft-link">(https:\/\/[^<]+\/zugang\/[^<]+)</)![1]!;
  return { teacher, classId, secret, joinCode, teacherLink };
}

/** A new student (own browser) who joins with the code and nickname. */
export async function joinAs(joinCode: string, nickname: string, address?: string): Promise<{ student: Browser; classPath: string }> {
  const student = new Browser(address);
  const joined = await student.post("/klassen/beitreten", { code: joinCode, nickname });
  expect(joined.status, await joined.clone().text()).toBe(303);
  return { student, classPath: redirectTarget(joined) };
}

export async function count(sql: string, ...params: unknown[]): Promise<number> {
  const row = await env.DB.prepare(sql)
    .bind(...params)
    .first<{ n: number }>();
  return row!.n;
}

/** Semicolon CSV with double-quoted fields, CRLF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ";") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index++;
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function rightResponse(question: Question): LearnerResponse {
  switch (question.type) {
    case "single":
      return { type: "single", choice: question.answer };
    case "multi":
      return { type: "multi", choices: question.answers };
    case "numeric":
      return { type: "numeric", value: question.answer, typed: String(question.answer) };
    case "truefalse":
      return { type: "truefalse", value: question.answer };
    case "cloze":
      return { type: "cloze", text: question.answer };
  }
}

/** The answer form's field "antwort" as the quiz page sends it. */
export function answerFields(response: LearnerResponse): string[] {
  switch (response.type) {
    case "single":
      return [response.choice];
    case "multi":
      return response.choices;
    case "numeric":
      return [response.typed];
    case "truefalse":
      return [response.value ? "wahr" : "falsch"];
    case "cloze":
      return [response.text];
  }
}

/** Answers the question at `position` (from 1) of an attempt through the learner's quiz route. */
export async function answer(student: Browser, attemptPath: string, position: number, response: LearnerResponse): Promise<void> {
  const form = new URLSearchParams();
  for (const value of answerFields(response)) form.append("antwort", value);
  const submitted = await student.post(`${attemptPath}/frage/${position}`, form);
  expect(submitted.status, await submitted.clone().text()).toBe(303);
}

/** The question ids of an attempt in the order asked, from D1. */
export async function attemptQuestionIds(attemptPath: string): Promise<string[]> {
  const row = await env.DB.prepare("select question_ids from attempts where id = ?").bind(attemptPath.split("/").pop()).first<{ question_ids: string }>();
  return JSON.parse(row!.question_ids) as string[];
}

/**
 * A due date `days` after today in Germany: as the date field sends it ("2026-12-18"), as a teacher types
 * it without a date picker ("18.12.2026") and as pages show it ("18. Dezember 2026").
 */
export function dueDate(days: number): { iso: string; typed: string; shown: string } {
  const when = Date.now() + days * 24 * 60 * 60 * 1000;
  const parts = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(when);
  const part = (type: string) => parts.find((entry) => entry.type === type)!.value;
  const shown = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", year: "numeric", month: "long", day: "numeric" }).format(when);
  return { iso: `${part("year")}-${part("month")}-${part("day")}`, typed: `${part("day")}.${part("month")}.${part("year")}`, shown };
}
