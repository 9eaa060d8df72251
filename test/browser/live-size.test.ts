/**
 * The live start form without JavaScript offers sizes above the chosen quiz's ("10 Fragen" of a quiz of 5): the
 * session asks all of the quiz's questions, and the projector's lobby says so; the note goes once the quiz runs.
 */
import type { Page } from "playwright-core";
import { expect, inject, it } from "vitest";
import { defaultQuiz, listDocuments } from "../../src/bank";
import { chromiumPages, expectNoSeriousA11yViolations, PHONE } from "./chromium";

const baseUrl = inject("baseUrl");
const newPage = chromiumPages(baseUrl);
const PROJECTOR = { width: 1280, height: 800 } as const;
const SHOTS = process.env.SCREENSHOT_DIR;
const quiz = listDocuments()[0]!;

async function newClassWithLivePage(page: Page): Promise<void> {
  await page.goto("/klassen/neu");
  await page.getByLabel("Name der Klasse (freiwillig)").fill("Live ohne Skript");
  await page.getByRole("button", { name: "Klasse anlegen" }).click();
  await page.getByRole("link", { name: "Weiter zur Übersicht" }).click();
  await page.getByRole("link", { name: "Live-Quiz starten" }).click();
}

/** A full class of long nicknames (each phone its own cookie, all behind one school address), joining by the code. */
async function joinLongNicknames(code: string): Promise<string[]> {
  const firstNames = ["Konstantin", "Maximiliane", "Friederike", "Annemarie", "Christopher", "Valentina", "Leopoldine"];
  const lastNames = ["Hoffmann", "Schröder", "Neumann", "Schwarz"];
  // One right-to-left name with digits among them, as a class may have.
  const nicknames = ["مريم الأحمد924", ...firstNames.flatMap((first) => lastNames.map((last) => `${first} ${last}`))];
  for (const nickname of nicknames) {
    const joined = await fetch(`${baseUrl}/live`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: baseUrl, "cf-connecting-ip": "198.51.100.37" },
      body: new URLSearchParams({ code, nickname }),
    });
    expect(joined.status, `${nickname}: ${await joined.text()}`).toBe(303);
  }
  return nicknames;
}

/** Whether the element lies inside the viewport as it is, without scrolling. */
const onScreen = (page: Page, name: string) =>
  page.getByRole("button", { name }).evaluate((button) => {
    const box = button.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
  });

it("a teacher without JavaScript picks more questions than the quiz has: all are asked, and the lobby says so", async () => {
  const size = defaultQuiz(quiz.id).length;
  expect(size).toBeLessThan(10);
  const note = `Sie hatten 10 Fragen gewählt, dieses Quiz hat ${size}: Das Live-Quiz stellt alle ${size}.`;

  const plain = await newPage({ viewport: PROJECTOR, javaScriptEnabled: false });
  await newClassWithLivePage(plain);
  expect(await plain.locator("main").innerText()).toContain("Hat das Quiz weniger Fragen, stellt das Live-Quiz alle.");
  await plain.getByLabel("Quiz").selectOption(quiz.id);
  await plain.getByLabel("Wie viele Fragen?").selectOption("10");
  await plain.getByRole("button", { name: "Live-Quiz starten" }).click();
  expect(await plain.getByTestId("live-notice").innerText()).toBe(note);

  // The same lobby with the script, at projector and phone size: axe, and the note gone once a question is shown.
  const teacher = await newPage({ viewport: PROJECTOR });
  await newClassWithLivePage(teacher);
  await expectNoSeriousA11yViolations(teacher);
  if (SHOTS) await teacher.screenshot({ path: `${SHOTS}/live-start-desktop.png` });
  const started = await teacher.request.post(teacher.url(), {
    form: { quizId: quiz.id, anzahl: "10", zeit: "0" },
    maxRedirects: 0,
    headers: { Origin: baseUrl },
  });
  expect(started.status()).toBe(303);
  await teacher.goto(new URL(started.headers().location!, baseUrl).href);
  const notice = teacher.getByTestId("live-notice");
  expect(await notice.innerText()).toBe(note);
  await expectNoSeriousA11yViolations(teacher);
  if (SHOTS) await teacher.screenshot({ path: `${SHOTS}/live-lobby-desktop.png` });

  // A full class with long nicknames: "Quiz starten" stays on the projector's screen (and on a phone's) without scrolling.
  const code = (await teacher.getByTestId("live-code").innerText()).replace(/\s/g, "");
  const nicknames = await joinLongNicknames(code);
  await expect.poll(() => teacher.getByTestId("player-count").innerText()).toBe(String(nicknames.length));
  expect(await onScreen(teacher, "Quiz starten")).toBe(true);
  await expectNoSeriousA11yViolations(teacher);
  if (SHOTS) await teacher.screenshot({ path: `${SHOTS}/live-lobby-full-desktop.png` });
  await teacher.setViewportSize(PHONE);
  if (SHOTS) await teacher.screenshot({ path: `${SHOTS}/live-lobby-full-phone.png` });
  expect(await onScreen(teacher, "Quiz starten")).toBe(true);
  await expectNoSeriousA11yViolations(teacher);
  const widths = await teacher.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  if (SHOTS) await teacher.screenshot({ path: `${SHOTS}/live-lobby-phone.png` });
  await teacher.locator("[data-live=view]").evaluate((view) => view.setAttribute("data-phase", "question"));
  expect(await notice.isVisible()).toBe(false);
});
