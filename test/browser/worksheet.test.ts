/**
 * The worksheet in real Chromium against `wrangler dev`: a teacher finds it on the dashboard, it is
 * accessible on screen (phone and desktop, with and without JavaScript), and printed (@media print)
 * it drops the site's frame and puts questions and answers on pages of their own.
 */
import type { Page } from "playwright-core";
import { expect, inject, it } from "vitest";
import { chromiumPages, DESKTOP, expectNoSeriousA11yViolations, PHONE } from "./chromium";

const baseUrl = inject("baseUrl");
const newPage = chromiumPages(baseUrl);

/** Pages of a PDF as Chromium writes it: one /Type /Page object each. */
const pdfPageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/gu)?.length ?? 0;

async function createClassAndOpenWorksheet(page: Page): Promise<string> {
  await page.goto("/klassen/neu");
  await page.getByRole("button", { name: "Klasse anlegen" }).click();
  await page.getByRole("link", { name: "Weiter zur Übersicht" }).click();
  await page.getByRole("link", { name: "Arbeitsblätter und Moodle" }).click();
  // The quiz title is visually hidden in the link name (Chromium reads it as "Arbeitsblatt : Titel").
  await page.getByRole("link", { name: /^Arbeitsblatt\W+Im Kampf gegen IS nicht nachlassen$/u }).click();
  await expect.poll(() => page.locator("h1").innerText()).toBe("Im Kampf gegen IS nicht nachlassen");
  return page.url();
}

it("a teacher opens a worksheet from the dashboard and prints it: text, questions, answers on their own pages", async () => {
  const page = await newPage({ viewport: DESKTOP });
  const worksheetUrl = await createClassAndOpenWorksheet(page);
  await expectNoSeriousA11yViolations(page);
  // With JavaScript the print button is there.
  await expect.poll(() => page.getByRole("button", { name: "Drucken" }).isVisible()).toBe(true);

  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      header: style(".site-header").display,
      footer: style(".site-footer").display,
      tools: style(".ws-tools").display,
      questions: style(".ws-questions").breakBefore,
      answers: style(".ws-key").breakBefore,
    };
  });
  expect(printed).toEqual({ header: "none", footer: "none", tools: "none", questions: "page", answers: "page" });

  const withAnswers = pdfPageCount(await page.pdf({ format: "A4" }));
  await page.goto(`${worksheetUrl}?loesungen=nein`);
  expect(await page.locator(".ws-key").count()).toBe(0);
  const withoutAnswers = pdfPageCount(await page.pdf({ format: "A4" }));
  // The text, then the questions from a new page; the answers add at least a page of their own.
  expect(withoutAnswers).toBeGreaterThanOrEqual(2);
  expect(withAnswers).toBeGreaterThan(withoutAnswers);
});

it("works on a phone without JavaScript: no dead print button, the rest readable", async () => {
  const setup = await newPage({ viewport: DESKTOP });
  const worksheetUrl = await createClassAndOpenWorksheet(setup);
  const cookies = await setup.context().cookies();

  const phone = await newPage({ viewport: PHONE, javaScriptEnabled: false });
  await phone.context().addCookies(cookies);
  await phone.goto(worksheetUrl);
  expect(await phone.getByRole("button", { name: "Drucken" }).isVisible()).toBe(false);
  expect(await phone.locator("main").innerText()).toContain("Strg+P");
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
