/**
 * An answer given while the phone is offline: real Chromium against `wrangler dev`, the network switched
 * off in the browser. The answer stays in the page, the learner reads that it waits, and once the network
 * is back it is sent by itself and graded.
 */
import { expect, inject, it } from "vitest";
import { getQuestion } from "../../src/bank";
import { chromiumPages, expectNoSeriousA11yViolations, PHONE } from "./chromium";

const newPage = chromiumPages(inject("baseUrl"));

it("holds an answer given offline in the page, tells the learner, and sends it when the connection returns", async () => {
  const page = await newPage({ viewport: PHONE });
  await page.goto("/");
  await page.getByRole("button", { name: /Gemischtes Quiz starten/ }).click();
  await page.waitForURL(/\/versuch\/[0-9a-f-]+\/frage\/1$/);
  const questionUrl = page.url();
  const question = getQuestion((await page.locator("form.question").getAttribute("data-question-id")) ?? "");
  expect(question).toBeDefined();
  // Any answer will do: the first option, or a typed one.
  const choice = page.locator('input[name="antwort"][type=radio], input[name="antwort"][type=checkbox]').first();
  if ((await choice.count()) > 0) await choice.check();
  else await page.locator('input[name="antwort"]').first().fill("12");

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
