/**
 * An answer the server could not take: real Chromium against `wrangler dev`. Offline (the network switched
 * off in the browser) or busy (503), the answer stays in the page, the learner reads what happens, and it
 * is sent again by itself and graded, once.
 */
import { expect, inject, it } from "vitest";
import { getQuestion } from "../../src/bank";
import { chromiumPages, expectNoSeriousA11yViolations, PHONE } from "./chromium";

const newPage = chromiumPages(inject("baseUrl"));

/** A phone on the first question of a new mixed quiz, an answer chosen but not sent. */
async function firstQuestionAnswered() {
  const page = await newPage({ viewport: PHONE });
  await page.goto("/");
  await page.getByRole("button", { name: /Gemischtes Quiz starten/ }).click();
  await page.waitForURL(/\/versuch\/[0-9a-f-]+\/frage\/1$/);
  expect(getQuestion((await page.locator("form.question").getAttribute("data-question-id")) ?? "")).toBeDefined();
  // Any answer will do: the first option, or a typed one.
  const choice = page.locator('input[name="antwort"][type=radio], input[name="antwort"][type=checkbox]').first();
  if ((await choice.count()) > 0) await choice.check();
  else await page.locator('input[name="antwort"]').first().fill("12");
  return { page, questionUrl: page.url() };
}

it("holds an answer given offline in the page, tells the learner, and sends it when the connection returns", async () => {
  const { page, questionUrl } = await firstQuestionAnswered();

  await page.context().setOffline(true);
  await page.getByRole("button", { name: "Antwort prüfen" }).click();
  const status = page.getByRole("status").filter({ hasText: "Keine Verbindung" });
  await expect.poll(() => status.textContent()).toContain("sobald du wieder online bist");
  // Still the question, with the answer chosen, not a browser error page.
  expect(page.url()).toBe(questionUrl);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: ".wrangler/offline-answer.png" });

  await page.context().setOffline(false);
  // Sent by itself: the feedback of the graded answer (the same address, now with the answer).
  await expect.poll(() => page.locator("form.question").count(), { timeout: 15_000 }).toBe(0);
  expect(page.url()).toBe(questionUrl);
  await expect.poll(() => page.locator("main").textContent()).toMatch(/Richtig|Falsch|Teilweise|Punkt/);
});

it("sends an answer again by itself while the server answers 503 (busy), tells the learner, and records it once", async () => {
  const { page, questionUrl } = await firstQuestionAnswered();

  // The first send reaches the Worker and is stored, but its answer is lost and the page reads the
  // database's 503 instead (as when D1 was busy on the way back); the second is refused as busy before it
  // reaches the Worker; the third goes through. The Worker's own busy answer says "Retry-After: 5"; 1
  // here keeps the test short. What the Worker itself answered is kept: a busy local D1 on a loaded
  // machine answers 503 too, and then one more send is right.
  const sends: number[] = [];
  const workerAnswers: number[] = [];
  await page.route(questionUrl, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    sends.push(Date.now());
    const busy = {
      status: 503,
      headers: { "Retry-After": "1", "Content-Type": "text/html; charset=utf-8" },
      body: "<title>Die Datenbank antwortet gerade nicht</title>",
    };
    if (sends.length === 1) {
      await route.fetch({ maxRedirects: 0 });
      return route.fulfill(busy);
    }
    if (sends.length === 2) return route.fulfill(busy);
    const response = await route.fetch({ maxRedirects: 0 });
    workerAnswers.push(response.status());
    return route.fulfill({ response });
  });
  await page.getByRole("button", { name: "Antwort prüfen" }).click();
  const status = page.getByRole("status").filter({ hasText: "überlastet" });
  await expect.poll(() => status.textContent()).toMatch(/noch nicht gespeichert.*aufgehoben.*noch einmal gesendet \(Versuch 2 von \d+\)/);
  // Still the question, with the answer chosen, while it waits.
  expect(page.url()).toBe(questionUrl);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: ".wrangler/busy-answer.png" });

  await expect.poll(() => page.locator("form.question").count(), { timeout: 20_000 }).toBe(0);
  expect(page.url()).toBe(questionUrl);
  await expect.poll(() => page.locator("main").textContent()).toMatch(/Richtig|Falsch|Teilweise|Punkt/);
  // The last send went through; every one after the second followed a busy answer of the Worker.
  expect(workerAnswers.at(-1)).not.toBe(503);
  expect(workerAnswers.slice(0, -1).every((status) => status === 503)).toBe(true);
  expect(sends).toHaveLength(2 + workerAnswers.length);
  // Sent again after a pause that grows, never sooner than Retry-After.
  expect(sends[1]! - sends[0]!).toBeGreaterThanOrEqual(1000);
  expect(sends[2]! - sends[1]!).toBeGreaterThanOrEqual(2000);
  // Two sends reached the Worker: the first answer stands, once.
  await page.goto("/fortschritt");
  await expect.poll(() => page.locator("main").textContent()).toContain("1 Frage beantwortet");
});

it("shows a refused answer's page (429) as the server sent it, without sending the answer a second time", async () => {
  const { page, questionUrl } = await firstQuestionAnswered();

  // The refusal as the Worker words it when an address has answered too much; whether the script sends
  // the form again is what this test counts (a second send would count against the limit twice).
  const sends: string[] = [];
  await page.route(questionUrl, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    sends.push(route.request().postData() ?? "");
    return route.fulfill({
      status: 429,
      headers: { "Retry-After": "3600", "Content-Type": "text/html; charset=utf-8" },
      body: '<!doctype html><html lang="de"><title>Zu viele Antworten</title><main><h1>Zu viele Antworten</h1><p>Bitte mach später weiter.</p></main></html>',
    });
  });
  await page.getByRole("button", { name: "Antwort prüfen" }).click();
  await expect.poll(() => page.locator("h1").textContent()).toBe("Zu viele Antworten");
  expect(await page.title()).toBe("Zu viele Antworten");
  expect(page.url()).toBe(questionUrl);
  // Give a second send the time it would need, then count.
  await page.waitForTimeout(1000);
  expect(sends).toHaveLength(1);
  expect(sends[0]).toContain("antwort=");
});
