/**
 * Screenshots of the learner pages for the README (`npx tsx scripts/screenshots.ts [out-dir]`, default
 * docs/screenshots): starts the app like the browser tests (wrangler dev, a throw-away local D1), plays a
 * learner through the mixed quiz in Debian's Chromium, makes the answered questions due for review, and
 * photographs each page at phone size (390x844) and desktop size (1280x800).
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { getQuestion, MIXED_QUIZ_SIZE } from "../src/bank";
import type { Question } from "../src/bank/schema";
import { applyLocalMigrations, runWrangler, wranglerEnv } from "./wrangler.mjs";

const outDir = process.argv[2] ?? "docs/screenshots";
const port = Number(process.env.PORT ?? 8712);
const baseUrl = `http://127.0.0.1:${port}`;
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
const germanNumber = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 6 });

/** Answers the question on the page: right, a near miss for a figure, or wrong. */
async function answer(page: Page, question: Question, how: "right" | "wrong") {
  const right = how === "right";
  switch (question.type) {
    case "single":
      await page.check(`input[value="${right ? question.answer : question.options.find((option) => option.id !== question.answer)!.id}"]`);
      break;
    case "multi": {
      // Wrong: one right pick and one wrong pick, or only the first of all-right options (partial credit).
      const wrongOption = question.options.find((option) => !question.answers.includes(option.id));
      const picks = right ? question.answers : [question.answers[0]!, ...(wrongOption ? [wrongOption.id] : [])];
      for (const id of picks) await page.check(`input[value="${id}"]`);
      break;
    }
    case "truefalse":
      await page.check(`input[value="${question.answer === right ? "wahr" : "falsch"}"]`);
      break;
    case "numeric":
      await page.fill("#antwort", germanNumber.format(right ? question.answer : question.max + Math.abs(question.answer) * 0.05 + 1));
      break;
    case "cloze":
      await page.fill("#antwort", right ? question.answer : "Berlin");
      break;
  }
  await Promise.all([page.waitForSelector("#rueckmeldung"), page.click("button[type=submit]")]);
}

async function shoot(page: Page, name: string) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(outDir, `${name}-${size}.png`) });
  }
  await page.setViewportSize(VIEWPORTS.phone);
}

const persistTo = await mkdtemp(join(tmpdir(), "quellenquiz-screenshots-"));
await applyLocalMigrations(persistTo);
const server = spawn("node_modules/.bin/wrangler", ["dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistTo], {
  env: wranglerEnv(),
  detached: true,
  stdio: "ignore",
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  for (let tries = 0; ; tries++) {
    const up = await fetch(baseUrl).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (tries > 240) throw new Error("wrangler dev did not start");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await mkdir(outDir, { recursive: true });
  const page = await browser.newPage({ baseURL: baseUrl, viewport: VIEWPORTS.phone, locale: "de-DE" });
  await page.goto("/");
  await Promise.all([page.waitForURL(/\/frage\/1$/), page.getByRole("button", { name: /^Gemischtes Quiz starten/ }).click()]);
  const shotOfType = new Set<string>();
  // The mixed quiz is drawn anew for each attempt: the page names the question it asks.
  for (let index = 0; index < MIXED_QUIZ_SIZE; index++) {
    const question = getQuestion((await page.getAttribute("form.question", "data-question-id")) ?? "");
    if (!question) throw new Error(`no question on ${page.url()}`);
    if (index === 0) await shoot(page, "question");
    // Right answers first (the streak), then some misses, so that every kind of feedback shows once.
    const how = index < 3 || question.type === "single" ? "right" : "wrong";
    await answer(page, question, how);
    const kind = `${question.type}-${how}`;
    if (!shotOfType.has(kind)) {
      shotOfType.add(kind);
      await shoot(page, `feedback-${kind}`);
    }
    await Promise.all([page.waitForURL(/\/(frage\/\d+|ergebnis)$/), page.click(".next-bar a")]);
  }
  await shoot(page, "results");
  await page.goto("/fortschritt");
  await shoot(page, "progress");
  // Come back "tomorrow": every card due now (wrangler's local D1, the same file the server reads).
  await runWrangler(
    [
      "d1",
      "execute",
      "DB",
      "--local",
      "--persist-to",
      persistTo,
      "--command",
      "update learners set review_cards = (select json_group_object(key, json_set(value, '$.due', 0)) from json_each(learners.review_cards))",
    ],
    { stdio: "ignore" },
  );
  await page.goto("/");
  await shoot(page, "start");
  await page.goto("/wiederholen");
  await shoot(page, "review");
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid, "SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  await rm(persistTo, { recursive: true, force: true });
}
