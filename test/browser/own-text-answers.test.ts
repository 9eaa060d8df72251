/**
 * What a student on a phone reads after answering an own text's choice between statements ("Was trifft laut Text
 * zu?"), in real Chromium against `wrangler dev`: the evidence emphasises the words that tell the right statement apart
 * from the wrong one, not every longer word of the sentence; the results put a long answer under its label, where
 * beside it it was a column of two or three words a line, and leave a short one beside it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { expect, inject, it } from "vitest";
import { chromiumPages, DESKTOP, expectNoSeriousA11yViolations, PHONE } from "./chromium";

const baseUrl = inject("baseUrl");
const newPage = chromiumPages(baseUrl);
const TEXT = readFileSync(join(import.meta.dirname, "../fixtures/own-texts/hochwasser-weissenfels.txt"), "utf8");
const SHOTS = process.env.SCREENSHOT_DIR;
const STATEMENT_STEM = "Was trifft laut Text zu?";
const RIGHT_STATEMENT = /Der Stadtrat beschloss am Dienstagabend/u;

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.page, `horizontal scrolling on ${page.url()}`).toBeLessThanOrEqual(widths.viewport);
}

/** The question card of the review whose stem is `stem` and whose options hold `option`, searched page by page. */
async function findReviewQuestion(teacher: Page, reviewUrl: string, stem: string, option: RegExp): Promise<Locator> {
  for (let page = 1; ; page++) {
    await teacher.goto(`${reviewUrl}?seite=${page}`);
    const cards = teacher.getByTestId("review-question");
    expect(await cards.count(), `a question "${stem}" with the option ${option}`).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      if ((await card.locator(".stem").innerText()) !== stem) continue;
      if ((await card.locator("li").allInnerTexts()).some((text) => option.test(text))) return card;
    }
  }
}

/** Where a label and its answer stand on the results page. */
async function answerRows(item: Locator) {
  return item.locator("dl.answers > div").evaluateAll((rows) =>
    rows.map((row) => {
      const label = row.querySelector("dt")!.getBoundingClientRect();
      const answer = row.querySelector("dd")!;
      const box = answer.getBoundingClientRect();
      return {
        text: answer.textContent!.trim(),
        belowLabel: box.top >= label.bottom - 1,
        besideLabel: Math.abs(box.top - label.top) < 2,
        left: box.left,
        labelLeft: label.left,
      };
    }),
  );
}

it("a student's feedback on a choice between statements emphasises what tells them apart, and the results read on a phone", async () => {
  const teacher = await newPage({ viewport: DESKTOP });
  await teacher.goto("/klassen/neu");
  await teacher.getByRole("button", { name: "Klasse anlegen" }).click();
  const joinCode = (await teacher.getByTestId("join-code").innerText()).trim();
  await teacher.getByRole("link", { name: "Weiter zur Übersicht" }).click();
  await teacher.getByRole("link", { name: "Eigenen Text hinzufügen" }).click();
  await teacher.getByLabel("Text", { exact: true }).fill(TEXT);
  await teacher.getByRole("button", { name: "Fragen erstellen" }).click();
  await teacher.getByTestId("review-question").first().waitFor({ timeout: 30_000 });
  const reviewUrl = teacher.url().replace(/[?#].*$/u, "");

  // The teacher moves the choice between statements to the top: the first question of the order is asked in every attempt.
  let card = await findReviewQuestion(teacher, reviewUrl, STATEMENT_STEM, RIGHT_STATEMENT);
  const questionId = await card.getAttribute("data-question-id");
  for (let moves = 0; !(await card.locator(".meta").innerText()).startsWith("Frage 1 ·"); moves++) {
    expect(moves).toBeLessThan(80);
    await card.getByRole("button", { name: /^Nach oben/ }).click();
    card = teacher.locator(`[data-question-id="${questionId}"]`);
  }
  await teacher.goto(reviewUrl);
  const perAttempt = await teacher.getByLabel(/Fragen je Versuch/).getAttribute("max");
  await teacher.getByLabel(/Fragen je Versuch/).fill(perAttempt!);
  await teacher.getByRole("button", { name: "Umfang speichern" }).click();
  await teacher.getByRole("button", { name: "Quiz veröffentlichen" }).click();
  const textId = reviewUrl.split("/").pop()!;
  await teacher.getByLabel("Quiz zuweisen").selectOption(textId);
  await teacher.getByRole("button", { name: "Zuweisen" }).click();

  const student = await newPage({ viewport: PHONE });
  await student.goto("/klassen/beitreten");
  await student.getByLabel("Klassencode").fill(joinCode);
  await student.getByLabel("Spitzname").fill("Jola");
  await student.getByRole("button", { name: "Beitreten" }).click();
  await student.getByRole("button", { name: /^Starten/ }).click();
  let statementSeen = false;
  for (let asked = 1; ; asked++) {
    expect(asked).toBeLessThan(40);
    const form = student.locator("form.question");
    await form.getByRole("button", { name: "Antwort prüfen" }).waitFor();
    const field = form.locator('input[name="antwort"]');
    // The text has more than one choice between statements: this one is the Stadtrat's decision.
    if ((await form.locator("label.choice").filter({ hasText: RIGHT_STATEMENT }).count()) > 0) {
      // The wrong statement: the one that is not the right one.
      await form.locator("label.choice").filter({ hasNotText: RIGHT_STATEMENT }).first().locator("input").check();
      await form.getByRole("button", { name: "Antwort prüfen" }).click();
      await student.locator("#ergebnis").waitFor();
      expect(await student.locator("blockquote.evidence strong.answer-word").allInnerTexts()).toEqual(["Der Stadtrat"]);
      await expectNoSeriousA11yViolations(student);
      await expectNoHorizontalScroll(student);
      if (SHOTS) await student.screenshot({ path: join(SHOTS, "statement-feedback-phone.png") });
      statementSeen = true;
    } else {
      // Any other answer, wrong where it is typed: a short answer for the results.
      const inputmode = await field.first().getAttribute("inputmode");
      if (inputmode === "decimal") await field.first().fill("1");
      else if ((await field.first().getAttribute("type")) === "text") await field.first().fill("Mosel");
      else await field.last().check();
      await form.getByRole("button", { name: "Antwort prüfen" }).click();
    }
    await student.locator("#ergebnis").waitFor();
    const next = student.locator(".next-bar a");
    if ((await next.innerText()) === "Zum Ergebnis") {
      await next.click();
      break;
    }
    await next.click();
  }
  expect(statementSeen, "the first question of the teacher's order is asked").toBe(true);
  await student.getByRole("heading", { name: "Geschafft!" }).waitFor();

  await expectNoSeriousA11yViolations(student);
  await expectNoHorizontalScroll(student);
  const statementItem = student.locator("li.result-item").filter({ hasText: RIGHT_STATEMENT });
  const statementRows = await answerRows(statementItem);
  expect(statementRows.map((row) => row.text)).toEqual([expect.stringMatching(/^Das Land Sachsen-Anhalt beschloss/u), expect.stringMatching(RIGHT_STATEMENT)]);
  for (const row of statementRows) {
    expect(row.belowLabel, `"${row.text}" under its label`).toBe(true);
    expect(row.left).toBeCloseTo(row.labelLeft, 0);
  }
  const shortRows = (await answerRows(student.locator("li.result-item"))).filter((row) => row.text.length <= 15);
  expect(shortRows.length, "a short answer on the results").toBeGreaterThan(0);
  for (const row of shortRows) expect(row.besideLabel, `"${row.text}" beside its label`).toBe(true);
  if (SHOTS) await student.screenshot({ path: join(SHOTS, "results-phone.png"), fullPage: true });

  // On a wide screen the answers stay in the two columns of label and answer.
  await student.setViewportSize(DESKTOP);
  for (const row of await answerRows(statementItem)) expect(row.besideLabel, `"${row.text}" beside its label`).toBe(true);
});
