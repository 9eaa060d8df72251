/**
 * Hostile and unusual input on the learner's routes, through real requests: numbers as learners around
 * the world type them, malformed positions, JSON clients, oversized bodies and cross-site posts of every
 * content type a form can send. Always a German 4xx (or the right grade), never a 500, never a stray stored answer.
 */
import { describe, expect, it } from "vitest";
import { defaultQuiz, listDocuments } from "../../../src/bank";
import { parseGermanNumber } from "../../../src/bank/grade";
import type { Question } from "../../../src/bank/schema";
import { LEARNER_COOKIE } from "../../../src/worker/learner";
import { storedAnswers } from "./client";
import { Browser, ORIGIN, visibleText } from "../browser";

type Numeric = Extract<Question, { type: "numeric" }>;

/** A document quiz whose first round has a numeric question with a whole number as answer, and its position there. */
const numericCase = listDocuments()
  .flatMap((document) =>
    defaultQuiz(document.id).flatMap((question, index) =>
      question.type === "numeric" && Number.isInteger(question.answer) && question.answer >= 0 && question.answer < 1e6
        ? [{ documentId: document.id, position: index + 1, question: question as Numeric }]
        : [],
    ),
  )
  .at(0)!;

const arabicIndic = (value: number) => String(value).replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
const persian = (value: number) => String(value).replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));
const fullWidth = (value: number) => String(value).replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));

describe("parseGermanNumber", () => {
  it.each([
    ["١٢", 12],
    ["۱۲", 12],
    ["１２", 12],
    ["١٤٬٠٠٠", 14000],
    ["١٫٨", 1.8],
    ["14'000", 14000],
    ["14’000,5", 14000.5],
    ["14\u202f000", 14000],
    ["1 234 567", 1234567],
    ["\u221214.000", -14000],
    ["14.000", 14000],
    ["14000", 14000],
    ["14 000", 14000],
  ])("reads %j as %d", (input, value) => expect(parseGermanNumber(input)).toBe(value));

  it.each(["1e309", "1e3", "NaN", "Infinity", "-Infinity", "0x10", "9".repeat(400), "1 2 3", "1234 567", "14 00", "12 Staaten", "½"])("rejects %j", (input) =>
    expect(parseGermanNumber(input)).toBeNull(),
  );
});

describe("numeric answers through the quiz", () => {
  it("the bank has a whole-number numeric question to try", () => {
    expect(numericCase).toBeDefined();
  });

  it.each([
    ["Arabic-Indic digits", arabicIndic],
    ["Persian digits", persian],
    ["full-width digits", fullWidth],
  ])("accepts the right answer in %s", async (_, write) => {
    const learner = new Browser();
    const attemptId = await learner.startQuiz(numericCase.documentId);
    const response = await learner.post(`/versuch/${attemptId}/frage/${numericCase.position}`, { antwort: write(numericCase.question.answer) });
    expect(response.status, visibleText(await response.clone().text())).toBe(303);
    const [stored] = await storedAnswers(attemptId);
    expect(stored).toMatchObject({ questionId: numericCase.question.id, score: 1, response: { type: "numeric", value: numericCase.question.answer } });
  });

  it.each(["1e309", "NaN", "Infinity", "1 2 3", "0x10", "9".repeat(400)])("refuses %j with a German message and stores nothing", async (typed) => {
    const learner = new Browser();
    const attemptId = await learner.startQuiz(numericCase.documentId);
    const response = await learner.post(`/versuch/${attemptId}/frage/${numericCase.position}`, { antwort: typed });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(visibleText(html)).toContain("Bitte gib nur eine Zahl ein");
    expect(html).toContain('role="alert"');
    expect(await storedAnswers(attemptId)).toEqual([]);
  });
});

describe("requests no page sends", () => {
  it.each(["1e1", "01", "0x1", "+1", "%201", "1.0"])("a question position written as %j is not found", async (position) => {
    const learner = new Browser();
    const attemptId = await learner.startQuiz(numericCase.documentId);
    const response = await learner.get(`/versuch/${attemptId}/frage/${position}`);
    expect(response.status).toBe(404);
    expect(visibleText(await response.text())).toContain("Diese Frage gibt es in diesem Quiz nicht.");
  });

  it("a JSON client gets its error as JSON", async () => {
    const learner = new Browser();
    const attemptId = await learner.startQuiz(numericCase.documentId);
    const body = new URLSearchParams({ antwort: "viele" });
    const response = await learner.send(`/versuch/${attemptId}/frage/${numericCase.position}`, {
      method: "POST",
      body,
      headers: { Origin: ORIGIN, Accept: "application/json" },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ fehler: expect.stringContaining("Bitte gib nur eine Zahl ein") });
    expect(await storedAnswers(attemptId)).toEqual([]);
  });

  it("an oversized body is refused with 413 before it is read, in German", async () => {
    const learner = new Browser();
    const attemptId = await learner.startQuiz(numericCase.documentId);
    const response = await learner.post(`/versuch/${attemptId}/frage/${numericCase.position}`, {
      antwort: String(numericCase.question.answer),
      padding: "x".repeat(200_000),
    });
    expect(response.status).toBe(413);
    expect(visibleText(await response.text())).toContain("Diese Anfrage ist zu groß.");
    expect(await storedAnswers(attemptId)).toEqual([]);
  });

  it.each([
    ["a form from another site", { Origin: "https://boese.example", "Content-Type": "application/x-www-form-urlencoded" }],
    ["a multipart form from another site", { Origin: "https://boese.example", "Content-Type": "multipart/form-data; boundary=x" }],
    ["a body without content type from another site", { Origin: "https://boese.example" }],
    ["a text/plain body from a browser saying cross-site", { "Sec-Fetch-Site": "cross-site", "Content-Type": "text/plain" }],
    ["a form with neither Origin nor Sec-Fetch-Site", { "Content-Type": "application/x-www-form-urlencoded" }],
  ])("%s is refused (CSRF) and starts nothing (no learner cookie)", async (_, headers) => {
    const learner = new Browser();
    const response = await learner.send(`/quiz/${numericCase.documentId}/starten`, { method: "POST", body: "{}", headers });
    expect(response.status).toBe(403);
    expect(visibleText(await response.text())).toContain("Diese Anfrage kam nicht von dieser Seite");
    expect(learner.cookies.has(LEARNER_COOKIE)).toBe(false);
  });

  it("a same-origin post is still accepted by Sec-Fetch-Site alone", async () => {
    const learner = new Browser();
    const response = await learner.send(`/quiz/${numericCase.documentId}/starten`, { method: "POST", headers: { "Sec-Fetch-Site": "same-origin" } });
    expect(response.status).toBe(303);
  });
});
