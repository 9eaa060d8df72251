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

/** Answers the open question with the first choice (or a fixed text) and returns the points the feedback gives. */
async function answerQuestion(page: Page): Promise<number> {
  const choice = page.locator('input[name="antwort"][type="radio"], input[name="antwort"][type="checkbox"]').first();
  if ((await choice.count()) > 0) await choice.check();
  else await page.locator('input[name="antwort"]').fill("83");
  await page.getByRole("button", { name: "Antwort prüfen" }).click();
  const verdict = (await page.locator("#ergebnis").innerText()).trim();
  if (verdict.startsWith("Richtig")) return 1;
  if (verdict.startsWith("Falsch")) return 0;
  const partly = verdict.match(/\((\d+) %\)/);
  expect(partly, verdict).not.toBeNull();
  return Number(partly![1]) / 100;
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
    if (answered < questionsToAnswer - 1) await page.getByRole("link", { name: "Nächste Frage" }).click();
  }
  await page.goto(`${new URL(page.url()).origin}/klassen/meine`);
  await page.getByRole("link", { name: "Browserklasse 7c" }).click();
  expect(await page.locator("main").innerText()).toContain(`${questionsToAnswer} von`);
  return points;
}

it("a teacher creates a class, two students join and answer, the dashboard shows their results", async () => {
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
  const teacherLink = await teacher.getByLabel("Lehrkraft-Link (geheim halten)").inputValue();
  expect(teacherLink).toContain("/zugang/");
  await expectNoSeriousA11yViolations(teacher);

  await teacher.getByRole("link", { name: "Weiter zur Übersicht" }).click();
  await teacher.getByLabel("Quiz zuweisen").selectOption("gemischt");
  const due = dueDate(17);
  await teacher.getByLabel("Fällig am (freiwillig)").fill(due.iso);
  await teacher.getByRole("button", { name: "Zuweisen" }).click();
  const questionCount = Number((await teacher.locator("#quizId option[value=gemischt]").innerText()).match(/\((\d+) Fragen\)/)![1]);
  expect(await teacher.locator("#aufgaben + ul").innerText()).toContain(`fällig am ${due.shown}`);

  const firstStudent = await newPage({ viewport: DESKTOP });
  const secondStudent = await newPage({ viewport: PHONE, javaScriptEnabled: false });
  const firstAnswers = Math.min(2, questionCount);
  const firstPoints = await studentAnswers(firstStudent, joinCode, "Ada", firstAnswers);
  const secondPoints = await studentAnswers(secondStudent, joinCode, "Bo", 1, false);

  // The teacher link opened on another device lands on the dashboard; the secret leaves the address bar.
  const projector = await newPage({ viewport: DESKTOP });
  await projector.goto(teacherLink);
  expect(projector.url()).not.toContain("/zugang/");
  const rows = projector.getByTestId("student-row");
  await expect.poll(() => rows.count()).toBe(2);
  const ada = await rows.filter({ hasText: "Ada" }).innerText();
  const bo = await rows.filter({ hasText: "Bo" }).innerText();
  const pointsText = (points: number, total: number) =>
    `${points.toLocaleString("de-DE", { maximumFractionDigits: 2 })} von ${total} Punkten (${Math.round((100 * points) / total)} %)`;
  expect(ada).toContain(`${firstAnswers} von ${questionCount} beantwortet`);
  expect(ada.replace(/\s+/g, " ")).toContain(pointsText(firstPoints, questionCount));
  expect(bo).toContain(`1 von ${questionCount} beantwortet`);
  expect(bo.replace(/\s+/g, " ")).toContain(pointsText(secondPoints, questionCount));

  // Both answered the first question of the mixed quiz: it shows two answers.
  const firstQuestion = await projector.getByTestId("question").first().innerText();
  expect(firstQuestion).toMatch(/\d von 2 richtig/);
  expect(await projector.getByTestId("passage").count()).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(projector);

  const csv = await projector.request.get(`${projector.url().split("#")[0]}/export/schueler.csv`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const text = await csv.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain(`Ada;Gemischtes Quiz aus allen Texten;${due.iso}`);
});

/** A due date `days` after today in Germany (the app accepts today up to a year ahead), as sent and as shown. */
function dueDate(days: number): { iso: string; shown: string } {
  const when = Date.now() + days * 24 * 60 * 60 * 1000;
  const parts = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(when);
  const part = (type: string) => parts.find((entry) => entry.type === type)!.value;
  const shown = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", year: "numeric", month: "long", day: "numeric" }).format(when);
  return { iso: `${part("year")}-${part("month")}-${part("day")}`, shown };
}
