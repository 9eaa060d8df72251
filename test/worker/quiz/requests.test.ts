/**
 * What the learner's routes do with bad, foreign or forged requests: a German 4xx, never a 500 and never
 * a stored answer; and the headers every page carries (CSP, signed HttpOnly cookie).
 */
import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { defaultQuiz, listDocuments, quizPool } from "../../../src/bank";
import { QUESTION_TYPES, type QuestionType } from "../../../src/bank/schema";
import { LEARNER_COOKIE } from "../../../src/worker/learner";
import { attemptWith, rightForm, storedAnswers } from "./client";
import { Browser, ORIGIN, redirectTarget, visibleText } from "../browser";

const documentId = listDocuments().find((document) => quizPool(document.id).length > 0)!.id;
// A learner's first round of a text's quiz is the text's default quiz.
const firstQuestion = defaultQuiz(documentId)[0]!;

async function expectGermanError(response: Response, status: number, phrase: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
  expect(visibleText(await response.text())).toMatch(phrase);
}

describe("the learner cookie", () => {
  it("is signed, HttpOnly, SameSite=Lax and set only when a quiz starts", async () => {
    const learner = new Browser();
    const catalog = await learner.get("/");
    expect(catalog.headers.get("Set-Cookie")).toBeNull();
    const started = await learner.post(`/quiz/${documentId}/starten`);
    const cookie = started.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(new RegExp(`^${LEARNER_COOKIE}=[0-9a-f-]{36}\\.[^;]+;`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/); // the test origin is https
    const { n } = (await env.DB.prepare("select count(*) as n from learners").first<{ n: number }>())!;
    expect(n).toBeGreaterThan(0);
  });

  it("a forged or foreign cookie does not open someone else's quiz", async () => {
    const owner = new Browser();
    const attemptId = await owner.startQuiz(documentId);
    const ownerCookie = owner.cookies.get(LEARNER_COOKIE)!;
    const [learnerId] = ownerCookie.split(".");

    const forger = new Browser();
    forger.cookies.set(LEARNER_COOKIE, `${learnerId}.${"A".repeat(43)}%3D`); // right id, wrong signature
    await expectGermanError(await forger.get(`/versuch/${attemptId}/frage/1`), 404, /Quiz nicht gefunden/);

    const stranger = new Browser();
    await stranger.startQuiz(documentId);
    await expectGermanError(await stranger.get(`/versuch/${attemptId}/frage/1`), 404, /in einem anderen Browser begonnen/);
    await expectGermanError(await stranger.post(`/versuch/${attemptId}/frage/1`, rightForm(firstQuestion)), 404, /Quiz nicht gefunden/);
    expect(await storedAnswers(attemptId)).toEqual([]);
  });
});

describe("bad input gets a German 4xx and stores nothing", () => {
  it("an empty or malformed answer shows the question again with a message", async () => {
    const learner = new Browser();
    const attemptId = await learner.startQuiz(documentId);
    const path = `/versuch/${attemptId}/frage/1`;

    const empty = await learner.post(path, {});
    expect(empty.status).toBe(400);
    const html = await empty.text();
    expect(html).toContain('role="alert"');
    expect(visibleText(html)).toMatch(/Bitte (wähle|gib|fülle)/);
    expect(html).toContain(`action="${path}"`);

    // A gap's field takes no more (maxlength); a longer answer (a script's) is refused with the reason and a way back.
    const pages = await Promise.all(
      defaultQuiz(documentId).map((_, index) => learner.get(`/versuch/${attemptId}/frage/${index + 1}`).then((page) => page.text())),
    );
    const gapFields = pages.flatMap((page) => page.match(/<input[^>]*class="gap-input"[^>]*>/gu) ?? []);
    expect(gapFields.length).toBeGreaterThan(0);
    for (const field of gapFields) expect(field).toContain('maxlength="500"');
    const tooLong = await learner.post(path, { antwort: "x".repeat(600) });
    const refusal = await tooLong.text();
    expect(tooLong.status).toBe(400);
    expect(visibleText(refusal)).toContain("Antwort zu lang Die Antwort ist zu lang (höchstens 500 Zeichen). Bitte kürze sie.");
    expect(refusal).toContain(`href="${path}"`);
    // Too many picks is no answer too long: a form of no page of ours.
    const tooMany = await learner.post(path, { antwort: Array.from({ length: 30 }, () => "a") });
    expect(tooMany.status).toBe(400);
    expect(visibleText(await tooMany.text())).toContain("Antwort nicht lesbar Diese Antwort konnte nicht gelesen werden.");

    const json = await learner.send(path, {
      method: "POST",
      headers: { Origin: ORIGIN, "Content-Type": "application/json" },
      body: JSON.stringify({ antwort: "a" }),
    });
    // Not a form: refused before it is read (issue 16), and nothing stored.
    expect(json.status).toBe(415);
    expect(await storedAnswers(attemptId)).toEqual([]);
  });

  it("unknown addresses, attempts, positions, texts and quizzes are 404", async () => {
    const learner = new Browser();
    const attemptId = await learner.startQuiz(documentId);
    const total = defaultQuiz(documentId).length;
    await expectGermanError(await learner.get(`/versuch/${attemptId}/frage/${total + 1}`), 404, /Frage nicht gefunden/);
    await expectGermanError(await learner.get(`/versuch/${attemptId}/frage/0`), 404, /Frage nicht gefunden/);
    await expectGermanError(await learner.get(`/versuch/${attemptId}/frage/eins`), 404, /Frage nicht gefunden/);
    await expectGermanError(await learner.get("/versuch/kein-versuch"), 404, /Quiz nicht gefunden/);
    await expectGermanError(await learner.get("/versuch/00000000-0000-0000-0000-000000000000"), 404, /Quiz nicht gefunden/);
    await expectGermanError(await learner.get("/texte/gibt-es-nicht"), 404, /Text nicht gefunden/);
    await expectGermanError(await learner.get(`/texte/${"x".repeat(300)}`), 404, /Text nicht gefunden/);
    await expectGermanError(await learner.post(`/quiz/${"x".repeat(300)}/starten`), 404, /Quiz nicht gefunden/);
    await expectGermanError(await learner.post("/quiz/gibt-es-nicht/starten"), 404, /Quiz nicht gefunden/);
    await expectGermanError(await learner.get("/nirgendwo"), 404, /Seite nicht gefunden/);

    const json = await SELF.fetch(`${ORIGIN}/nirgendwo`, { headers: { Accept: "application/json" } });
    expect(json.status).toBe(404);
    expect(await json.json()).toEqual({ fehler: "Diese Adresse gibt es nicht (mehr)." });
    const jsonAttempt = await SELF.fetch(`${ORIGIN}/versuch/${attemptId}/frage/0`, { headers: { Accept: "application/json" } });
    expect(jsonAttempt.status).toBe(404);
    expect(await jsonAttempt.json()).toEqual({ fehler: "Diese Frage gibt es in diesem Quiz nicht." });
  });

  it("a post from another site is refused (CSRF) and stores nothing", async () => {
    const learner = new Browser();
    const attemptId = await learner.startQuiz(documentId);
    const body = new URLSearchParams(rightForm(firstQuestion) as Record<string, string>);
    const foreign = await learner.send(`/versuch/${attemptId}/frage/1`, { method: "POST", body, headers: { Origin: "https://boese.example" } });
    await expectGermanError(foreign, 403, /abgelehnt/);
    expect(await storedAnswers(attemptId)).toEqual([]);
  });

  it("a highlight range outside the text is ignored, not an error", async () => {
    const learner = new Browser();
    const page = await learner.get(`/texte/${documentId}?von=99999999&bis=-4`);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain("<mark>");
  });
});

describe("every page", () => {
  it("carries a strict Content-Security-Policy without inline script, and the assets are cacheable", async () => {
    const learner = new Browser();
    const response = await learner.get("/");
    const csp = response.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/); // every script is an external file
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="de">/);

    for (const [, url] of html.matchAll(/(?:href|src)="(\/static\/[^"]+)"/g)) {
      const asset = await learner.get(url!);
      expect(asset.status, url).toBe(200);
      expect(asset.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    }
  });

  it("without a cookie, progress is an empty page and a retry leads back to it", async () => {
    const learner = new Browser();
    const progress = await learner.page("/fortschritt");
    expect(visibleText(progress.html)).toContain("Du hast noch keine Frage beantwortet.");
    expect(redirectTarget(await learner.post("/fortschritt/wiederholen"))).toBe("/fortschritt");
  });
});

describe("an answer that does not fit the question type", () => {
  const invalid: Record<QuestionType, { form: Record<string, string | string[]>; message: RegExp }> = {
    single: { form: { antwort: "z" }, message: /Bitte wähle eine Antwort aus\./ },
    multi: { form: { antwort: ["a", "z"] }, message: /Bitte wähle nur Antworten aus der Liste\./ },
    numeric: { form: { antwort: "ungefähr viele" }, message: /Bitte gib nur eine Zahl ein/ },
    truefalse: { form: { antwort: "vielleicht" }, message: /Bitte wähle „Stimmt“ oder „Stimmt nicht“\./ },
    cloze: { form: { antwort: "   " }, message: /Bitte fülle die Lücke aus\./ },
  };

  it.each(QUESTION_TYPES)("%s: 400 with a German message, the question again, nothing stored", async (type) => {
    const question = listDocuments()
      .flatMap((document) => quizPool(document.id))
      .find((candidate) => candidate.type === type);
    expect(question, `a ${type} question in the bank`).toBeDefined();
    const learner = new Browser();
    const attemptId = await attemptWith(learner, [question!]);
    const response = await learner.post(`/versuch/${attemptId}/frage/1`, invalid[type].form);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(visibleText(html)).toMatch(invalid[type].message);
    expect(html).toContain('name="antwort"');
    expect(await storedAnswers(attemptId)).toEqual([]);
  });
});
