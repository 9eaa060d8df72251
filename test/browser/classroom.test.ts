/**
 * The classroom in real Chromium against `wrangler dev`: a teacher creates a class and assigns a quiz,
 * two students join in their own browser contexts (one on a phone without JavaScript) and answer, and
 * the teacher's dashboard shows what they did.
 */
import type { Page } from "playwright-core";
import { expect, inject, it } from "vitest";
import { chromiumPages, DESKTOP, expectNoSeriousA11yViolations, PHONE } from "./chromium";

const baseUrl = inject("baseUrl");
const newPage = chromiumPages(baseUrl);

/**
 * Answers the open question with the first choice (or a fixed text) and returns the points the feedback gives. Waits
 * for the question's form to be there up to its button, after the answer fields: the click that led here ("Starten",
 * "Weiter") returns once the page has begun to load, and fields counted before they are parsed are none.
 */
async function answerQuestion(page: Page): Promise<number> {
  const form = page.locator("form.question");
  await form.getByRole("button", { name: "Antwort prüfen" }).waitFor();
  const choice = form.locator('input[name="antwort"][type="radio"], input[name="antwort"][type="checkbox"]').first();
  if ((await choice.count()) > 0) await choice.check();
  else await form.locator('input[name="antwort"]').fill("83");
  await form.getByRole("button", { name: "Antwort prüfen" }).click();
  const verdict = (await page.locator("#ergebnis").innerText()).trim();
  if (verdict.startsWith("Richtig")) return 1;
  const partly = /^Teilweise richtig: ([\d,]+) von 1 Punkt/.exec(verdict);
  if (partly) return Number(partly[1]!.replace(",", "."));
  expect(verdict).toMatch(/^(Leider falsch|Knapp daneben)/);
  return 0;
}

/** axe-core runs as page script, so it is skipped in the context without JavaScript. */
async function checkA11y(page: Page, javaScript: boolean): Promise<void> {
  if (javaScript) await expectNoSeriousA11yViolations(page);
}

async function studentAnswers(page: Page, joinCode: string, nickname: string, questionsToAnswer: number, javaScript = true): Promise<number> {
  await page.goto("/klassen/beitreten");
  await checkA11y(page, javaScript);
  await page.getByLabel("Klassencode").fill(joinCode.toLowerCase());
  await page.getByLabel("Spitzname").fill(nickname);
  await page.getByRole("button", { name: "Beitreten" }).click();
  await expect.poll(() => page.locator("h1").innerText()).toBe("Browserklasse 7c");
  expect(await page.locator("main").innerText()).toContain(`Du bist dabei als ${nickname}.`);
  await checkA11y(page, javaScript);

  await page.getByRole("button", { name: /^Starten/ }).click();
  let points = 0;
  for (let answered = 0; answered < questionsToAnswer; answered++) {
    points += await answerQuestion(page);
    if (answered < questionsToAnswer - 1) await page.getByRole("link", { name: "Weiter", exact: true }).click();
  }
  await page.goto(`${new URL(page.url()).origin}/klassen/meine`);
  await page.getByRole("link", { name: "Browserklasse 7c" }).click();
  expect(await page.locator("main").innerText()).toContain(`${questionsToAnswer} von`);
  return points;
}

/** The page itself never scrolls sideways (a wide grid scrolls inside its own box). */
async function expectNoHorizontalScrolling(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ content: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.content, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(widths.viewport);
}

const shots = process.env.SCREENSHOTS;
async function screenshot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

/** Checks a teacher page at desktop and phone size: no sideways scrolling, axe without serious violations. */
async function checkTeacherPage(pages: { desktop: Page; phone: Page }, path: string, name: string): Promise<void> {
  for (const [size, page] of Object.entries(pages)) {
    await page.goto(path);
    await expectNoHorizontalScrolling(page);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, `${name}-${size}`);
  }
}

it("a teacher creates a class, two students join and answer, the assignment's page shows their results and a new answer without reload", async () => {
  const teacher = await newPage({ viewport: DESKTOP });
  // A teacher finds the class set-up from the start page.
  await teacher.goto("/");
  await teacher.getByRole("link", { name: "Für Lehrkräfte: Klasse anlegen" }).click();
  await expect.poll(() => teacher.locator("h1").innerText()).toBe("Klasse anlegen");
  await expectNoSeriousA11yViolations(teacher);
  await teacher.getByLabel("Name der Klasse (freiwillig)").fill("Browserklasse 7c");
  await teacher.getByRole("button", { name: "Klasse anlegen" }).click();

  const joinCode = (await teacher.getByTestId("join-code").innerText()).trim();
  expect(joinCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  const teacherLink = (await teacher.getByTestId("lehrkraft-link").innerText()).trim();
  expect(teacherLink).toContain("/zugang/");
  // The copy button (shown by the script) puts the whole link on the clipboard.
  await teacher.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await teacher.getByRole("button", { name: "Link kopieren" }).first().click();
  await expect.poll(() => teacher.evaluate(() => navigator.clipboard.readText())).toBe(teacherLink);
  await expectNoHorizontalScrolling(teacher);
  await expectNoSeriousA11yViolations(teacher);
  await screenshot(teacher, "welcome-desktop");

  await teacher.getByRole("link", { name: "Weiter zur Übersicht" }).click();
  await teacher.getByLabel("Quiz zuweisen").selectOption("gemischt");
  const due = dueDate(17);
  await teacher.getByLabel("Fällig am (freiwillig)").fill(due.iso);
  await teacher.getByRole("button", { name: "Zuweisen" }).click();
  const questionCount = Number((await teacher.locator("#quizId option[value=gemischt]").innerText()).match(/\((\d+) Fragen\)/)![1]);
  expect(await teacher.getByTestId("assignment-card").innerText()).toContain(`fällig am ${due.typed}`);

  const firstStudent = await newPage({ viewport: DESKTOP });
  const secondStudent = await newPage({ viewport: PHONE, javaScriptEnabled: false });
  const firstAnswers = Math.min(2, questionCount);
  await studentAnswers(firstStudent, joinCode, "Ada", firstAnswers);
  await studentAnswers(secondStudent, joinCode, "Bo", 1, false);

  // The teacher link opened on another device lands on the dashboard; the secret leaves the address bar.
  const projector = await newPage({ viewport: { width: 1280, height: 800 } });
  await projector.goto(teacherLink);
  expect(projector.url()).not.toContain("/zugang/");
  const classPath = new URL(projector.url()).pathname;
  // On a laptop the dashboard is centred like every other page, its header and footer lined up with it.
  const boxes = await projector.evaluate(() =>
    ["header .inner", "main", "footer"].map((selector) => {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      return { left: Math.round(box.left), right: Math.round(window.innerWidth - box.right) };
    }),
  );
  expect(boxes[1]!.left).toBeGreaterThan(16);
  expect(Math.abs(boxes[1]!.left - boxes[1]!.right)).toBeLessThanOrEqual(2);
  expect(boxes[0]).toEqual(boxes[1]);
  expect(boxes[2]).toEqual(boxes[1]);
  // Deleting the class does not look like the page's main action: outlined, not filled like "Zuweisen".
  const look = (name: string) =>
    projector.getByRole("button", { name, exact: true }).evaluate((button) => {
      const style = getComputedStyle(button);
      return { background: style.backgroundColor, color: style.color };
    });
  const primary = await look("Zuweisen");
  const deletion = await look("Klasse löschen");
  expect(deletion.background).not.toBe(primary.background);
  expect(deletion.color).not.toBe(primary.color);
  const rows = projector.getByTestId("student-row");
  await expect.poll(() => rows.count()).toBe(2);
  expect(await rows.filter({ hasText: "Ada" }).innerText()).toContain(`${firstAnswers} von ${questionCount} bearbeitet`);
  expect(await rows.filter({ hasText: "Bo" }).innerText()).toContain(`1 von ${questionCount} bearbeitet`);

  // The assignment's page: one row per student, marks with words, right among the answered apart from "bearbeitet".
  await projector.getByRole("link", { name: "Gemischtes Quiz aus allen Texten" }).first().click();
  const ada = projector.locator("table.grid tr", { hasText: "Ada" });
  expect(await ada.innerText()).toContain(`${firstAnswers} von ${questionCount} bearbeitet`);
  expect(await ada.locator("td.mark.open").count()).toBe(questionCount - firstAnswers);
  expect(await projector.getByTestId("hard-question").count()).toBeGreaterThan(0);
  // A question to re-teach is named by its wording first (each student met it at a place of their own draw), its number
  // in the grid after it, and its evidence is marked in its passage as the students' feedback showed it.
  const hardest = projector.getByTestId("hard-question").first();
  expect(await hardest.locator(".question-line").innerText()).not.toMatch(/^Frage \d/);
  expect(await hardest.locator(".question-number").innerText()).toMatch(/^Frage \d+ im Raster/);
  expect(await hardest.locator("blockquote.evidence mark").count()).toBeGreaterThan(0);
  const assignmentPath = new URL(projector.url()).pathname;

  // Ada answers once more while the page is open: it shows the answer by itself, without loading the page again,
  // and the keyboard focus (on Ada's link) stays on the same element: only what changed is changed.
  await projector.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  await ada.getByRole("link", { name: "Ada" }).focus();
  await projector.evaluate(() => {
    (document.activeElement as HTMLElement & { focusedBeforeUpdate?: boolean }).focusedBeforeUpdate = true;
  });
  await firstStudent.goto("/klassen/meine");
  await firstStudent.getByRole("link", { name: "Browserklasse 7c" }).click();
  await firstStudent.getByRole("button", { name: /^Weitermachen/ }).click();
  await answerQuestion(firstStudent);
  await expect.poll(() => ada.innerText(), { timeout: 20_000, interval: 500 }).toContain(`${firstAnswers + 1} von ${questionCount} bearbeitet`);
  expect(await projector.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(
    await projector.evaluate(() => ({
      same: (document.activeElement as HTMLElement & { focusedBeforeUpdate?: boolean }).focusedBeforeUpdate === true,
      text: document.activeElement?.textContent,
    })),
  ).toEqual({ same: true, text: "Ada" });

  // One click to Ada's own answers.
  await ada.getByRole("link", { name: "Ada" }).click();
  expect(await projector.locator("h1").innerText()).toContain("Ada");
  const studentPath = new URL(projector.url()).pathname;

  const phone = await newPage({ viewport: PHONE });
  await phone.goto(teacherLink);
  for (const [path, name] of [
    [classPath, "overview"],
    [assignmentPath, "assignment"],
    [studentPath, "student"],
    [`${classPath}/zugangsblatt`, "access-sheet"],
    [`${classPath}/lehrkraft-link`, "teacher-link"],
    ["/klassen/meine", "my-classes"],
  ] as const) {
    await checkTeacherPage({ desktop: projector, phone }, path, name);
  }
  expect(await phone.locator("main").innerText()).toContain("Browserklasse 7c");
}, 300_000);

/** A due date `days` after today in Germany (the app accepts today up to a year ahead), as sent and as shown. */
function dueDate(days: number): { iso: string; typed: string } {
  const when = Date.now() + days * 24 * 60 * 60 * 1000;
  const parts = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(when);
  const part = (type: string) => parts.find((entry) => entry.type === type)!.value;
  return { iso: `${part("year")}-${part("month")}-${part("day")}`, typed: `${part("day")}.${part("month")}.${part("year")}` };
}
