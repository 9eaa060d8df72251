/**
 * A learner in real headless Chromium against `wrangler dev`, on a phone and on a desktop: takes the
 * whole mixed quiz with the keyboard alone, sees the evidence highlighted after each answer, follows it
 * into the document view, reloads and resumes, and reaches results and "Mein Fortschritt"; axe-core
 * checks every kind of page, and every question type (those the drawn mixed quiz lacks in a text's
 * quiz). A second test answers with JavaScript switched off.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { defaultQuiz, getQuestion, listDocuments } from "../../src/bank";
import { QUESTION_TYPES, type Question, type QuestionType } from "../../src/bank/schema";
import { markedPart } from "../../src/worker/quiz/highlight";
import { chromiumPages, DESKTOP, expectNoSeriousA11yViolations, PHONE } from "./chromium";

const baseUrl = inject("baseUrl");
/** The one question the learner answers wrong on purpose, so that "Mein Fortschritt" lists it. */
const WRONG_POSITION = 2;
/** Where the learner reloads, leaves and resumes. */
const RESUME_AFTER = 4;

const newPage = chromiumPages(baseUrl);

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element
      ? {
          tag: element.tagName.toLowerCase(),
          id: element.id,
          text: (element.textContent ?? "").trim(),
          type: element.getAttribute("type"),
          value: (element as HTMLInputElement).value,
        }
      : null;
  });

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (element: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean, what: string) {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press("Tab");
    const element = await focused(page);
    if (element && matches(element)) return;
  }
  throw new Error(`Tab never reached ${what} on ${page.url()}`);
}

const germanNumber = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 6 });

/** The bank question the page asks (drawn per attempt: the page names its id, which tells nothing of the answer). */
async function askedQuestion(page: Page): Promise<Question> {
  const id = await page.locator("form.question").getAttribute("data-question-id");
  const question = id ? getQuestion(id) : undefined;
  expect(question, `the question on ${page.url()}`).toBeDefined();
  return question!;
}

/** The option ids in the order this attempt shows them. */
const shownOptionIds = (page: Page) => page.locator('input[name="antwort"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

/** Answers the question on the page with the keyboard only: right, or wrong when `right` is false. */
async function answerByKeyboard(page: Page, question: Question, right: boolean) {
  // The page puts focus on the question; from there Tab leads into the answer.
  expect((await focused(page))?.id).toBe("frage-text");
  switch (question.type) {
    case "single":
    case "truefalse": {
      const values = question.type === "single" ? await shownOptionIds(page) : ["wahr", "falsch"];
      const rightValue = question.type === "single" ? question.answer : question.answer ? "wahr" : "falsch";
      const target = right ? rightValue : values.find((value) => value !== rightValue)!;
      await tabTo(page, (element) => element.type === "radio", "the first option");
      await page.keyboard.press("Space");
      for (let index = 0; index < values.indexOf(target); index++) await page.keyboard.press("ArrowDown");
      expect((await focused(page))?.value).toBe(target);
      break;
    }
    case "multi": {
      const picks = right ? question.answers : question.options.filter((option) => !question.answers.includes(option.id)).map((option) => option.id);
      await tabTo(page, (element) => element.type === "checkbox", "the first option");
      for (const [index, optionId] of (await shownOptionIds(page)).entries()) {
        if (index > 0) await page.keyboard.press("Tab");
        expect((await focused(page))?.value).toBe(optionId);
        if (picks.includes(optionId)) await page.keyboard.press("Space");
      }
      break;
    }
    case "numeric":
    case "cloze": {
      const text =
        question.type === "numeric"
          ? germanNumber.format(right ? question.answer : question.max + Math.max(1, Math.abs(question.max)))
          : right
            ? question.answer
            : "sicher falsch";
      await tabTo(page, (element) => element.id === "antwort", "the answer field");
      await page.keyboard.type(text);
      break;
    }
  }
  await tabTo(page, (element) => element.tag === "button" && element.text === "Antwort prüfen", "the submit button");
  await page.keyboard.press("Enter");
  // Only the feedback page has it (the URL stays the same: redirect after POST to the question's address).
  await page.waitForSelector("#rueckmeldung");
}

/** Readable on a phone: nothing forces horizontal scrolling. */
async function expectFitsWidth(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `width of ${page.url()}`).toBe(true);
}

const normalizeSpace = (text: string) => text.replace(/\s+/g, " ").trim();

/** The "Weiter" link at the bottom of a feedback page is on screen without scrolling (sticky on a phone). */
async function expectNextInView(page: Page, viewport: { width: number; height: number }) {
  const box = await page.locator(".next-bar a").boundingBox();
  expect(box, `"Weiter" on ${page.url()}`).not.toBeNull();
  expect(box!.y, `"Weiter" on ${page.url()}`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `"Weiter" on ${page.url()}`).toBeLessThanOrEqual(viewport.height);
}

/** The evidence is marked from the sentence the question asks about on (all of it when it opens with that sentence). */
async function expectEvidenceHighlighted(page: Page, question: Question) {
  const mark = page.locator("blockquote.evidence mark").first();
  expect(await mark.isVisible()).toBe(true);
  const asked = question.evidence.quote.slice(markedPart(question.evidence, question).start - question.evidence.start);
  expect(normalizeSpace(await mark.innerText())).toBe(normalizeSpace(asked));
}

describe.each([
  ["phone", PHONE],
  ["desktop", DESKTOP],
] as const)("on a %s", (_name, viewport) => {
  it("takes the mixed quiz by keyboard, sees the evidence, reloads and resumes", async () => {
    const page = await newPage({ viewport });
    await page.goto("/");
    await expectNoSeriousA11yViolations(page);
    await expectFitsWidth(page);

    await tabTo(page, (element) => element.tag === "button" && element.text.startsWith("Gemischtes Quiz starten"), "the mixed quiz");
    await Promise.all([page.waitForURL(/\/frage\/1$/), page.keyboard.press("Enter")]);
    const total = Number((await page.locator("#fortschritt").innerText()).match(/von (\d+)$/)![1]);
    expect(total).toBeGreaterThan(RESUME_AFTER);

    const checkedTypes = new Set<QuestionType>();
    const asked: Question[] = [];
    for (let position = 1; position <= total; position++) {
      expect(page.url()).toMatch(new RegExp(`/frage/${position}$`));
      const question = await askedQuestion(page);
      asked.push(question);
      expect(normalizeSpace(await page.locator("#frage-text").innerText())).toBe(normalizeSpace(question.stem));
      expect(await page.locator("#fortschritt").innerText()).toBe(`Frage ${position} von ${total}`);
      // In the quiz across texts, each question says which text it is from.
      expect(await page.locator(".question .meta").innerText()).toMatch(/^aus: /u);
      if (!checkedTypes.has(question.type)) {
        await expectNoSeriousA11yViolations(page);
        await expectFitsWidth(page);
      }

      const right = position !== WRONG_POSITION;
      await answerByKeyboard(page, question, right);
      expect((await focused(page))?.id, "focus moves to the feedback").toBe("rueckmeldung");
      expect(await page.locator("#ergebnis").innerText()).toMatch(right ? /^Richtig!$/ : /^(Leider falsch|Knapp daneben|Teilweise richtig)/);
      await expectEvidenceHighlighted(page, question);
      await expectNextInView(page, viewport);
      await expectFitsWidth(page);
      if (!checkedTypes.has(question.type)) {
        await expectNoSeriousA11yViolations(page);
        checkedTypes.add(question.type);
      }

      if (position === 1) {
        // The link into the whole text: the passage is the URL's target and the evidence is marked there.
        const link = page.getByRole("link", { name: "Diese Stelle im ganzen Text lesen" }).first();
        const href = (await link.getAttribute("href"))!;
        expect(href).toContain(`#${question.evidence.passageId}`);
        await page.goto(href);
        const passage = page.locator(`[id="${question.evidence.passageId}"]`);
        expect(await passage.evaluate((element) => element.matches(":target"))).toBe(true);
        expect(await passage.locator("mark").count()).toBeGreaterThan(0);
        expect(await passage.isVisible()).toBe(true);
        const box = (await passage.boundingBox())!;
        expect(box.y).toBeLessThan(viewport.height); // scrolled into view
        await expectNoSeriousA11yViolations(page);
        await page.goBack();
        await page.waitForSelector("#rueckmeldung");
      }

      if (position === RESUME_AFTER) {
        // Reload: the answer is kept, the feedback comes back, nothing is asked twice.
        await page.reload();
        expect(await page.locator("#ergebnis").innerText()).toMatch(/^Richtig/);
        // Leave, come back to the start page, resume.
        await page.goto("/");
        await tabTo(page, (element) => element.tag === "a" && element.text.startsWith("Fortsetzen"), "the resume link");
        await Promise.all([page.waitForURL(new RegExp(`/frage/${RESUME_AFTER + 1}$`)), page.keyboard.press("Enter")]);
        continue;
      }

      const last = position === total;
      await tabTo(page, (element) => element.tag === "a" && element.text === (last ? "Zum Ergebnis" : "Weiter"), "the next link");
      await Promise.all([page.waitForURL(last ? /\/ergebnis$/ : new RegExp(`/frage/${position + 1}$`)), page.keyboard.press("Enter")]);
    }

    // Every answer right but one, which scored 0: the score and the retry on top, the wrong question
    // spelled out, the right ones folded away.
    expect(normalizeSpace(await page.locator(".score-big").innerText())).toBe(`${total - 1} von ${total} Punkten`);
    const retry = page.getByRole("button", { name: "Falsche wiederholen (1)" });
    expect((await retry.boundingBox())!.y).toBeLessThan(viewport.height);
    expect(await page.locator(".result-item").count()).toBe(1);
    expect(normalizeSpace(await page.locator(".result-item").innerText())).toContain(normalizeSpace(asked[WRONG_POSITION - 1]!.stem));
    // Its evidence as the feedback showed it, folded (open, each passage took a phone's screen): opened by keyboard,
    // marked in its passage, not a quote on its own.
    expect(await page.locator(".result-item blockquote.evidence mark").first().isVisible()).toBe(false);
    await page.locator(".result-item summary", { hasText: "Wo steht das im Text?" }).focus();
    await page.keyboard.press("Enter");
    await expectEvidenceHighlighted(page, asked[WRONG_POSITION - 1]!);
    expect(await page.locator(".result-item blockquote.evidence").count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator("details .results li").count()).toBe(total - 1);
    expect(await page.locator("details .results li").first().isVisible()).toBe(false);
    await expectNoSeriousA11yViolations(page);
    await expectFitsWidth(page);
    const results = page.url();

    await page.goto("/fortschritt");
    const progress = await page.locator("main").innerText();
    expect(progress).toContain("Zuletzt falsch beantwortet");
    expect(normalizeSpace(progress)).toContain(normalizeSpace(asked[WRONG_POSITION - 1]!.stem));
    await expectNoSeriousA11yViolations(page);
    await expectFitsWidth(page);

    // Every answer made a review card, none due yet: the review page says when the next one comes.
    await page.goto("/wiederholen");
    expect(normalizeSpace(await page.locator("main").innerText())).toContain(`${total} Fragen in deiner Wiederholung`);
    await expectNoSeriousA11yViolations(page);
    await expectFitsWidth(page);

    // The recovery code: made on "Mein Fortschritt", shown once, typed in on another device.
    await page.goto("/fortschritt");
    await Promise.all([page.waitForURL(/\/weitermachen\/code$/), page.getByRole("button", { name: "Code erstellen" }).click()]);
    const code = normalizeSpace(await page.locator(".recovery-code").innerText());
    await expectNoSeriousA11yViolations(page);
    await expectFitsWidth(page);
    // A reload shows that a code was made, without making a new one (the code written down keeps working).
    await page.reload();
    expect(normalizeSpace(await page.locator("main").innerText())).toContain("Du hast dir gerade einen Code erstellt");
    await expectNoSeriousA11yViolations(page);
    await expectFitsWidth(page);
    const otherDevice = await newPage({ viewport });
    await otherDevice.goto("/weitermachen");
    await expectNoSeriousA11yViolations(otherDevice);
    await expectFitsWidth(otherDevice);
    await otherDevice.getByLabel("Dein Code").fill(code.toLowerCase());
    await Promise.all([otherDevice.waitForURL(/\/fortschritt/), otherDevice.getByRole("button", { name: "Weitermachen" }).click()]);
    expect(normalizeSpace(await otherDevice.locator("main").innerText())).toContain(normalizeSpace(asked[WRONG_POSITION - 1]!.stem));

    // "Noch eine Runde": a new attempt at the mixed quiz.
    await page.goto(results);
    await Promise.all([page.waitForURL(/\/frage\/1$/), page.getByRole("button", { name: "Noch eine Runde" }).click()]);
    expect(page.url()).not.toContain(results.replace(/\/ergebnis$/u, ""));

    // Question types the drawn mixed quiz did not bring: from the quiz of a text that has them (a
    // learner's first round of a text's quiz is its default quiz).
    for (const type of QUESTION_TYPES.filter((candidate) => !checkedTypes.has(candidate))) {
      const document = listDocuments().find((candidate) => defaultQuiz(candidate.id).some((question) => question.type === type))!;
      const position = defaultQuiz(document.id).findIndex((question) => question.type === type) + 1;
      await page.goto("/");
      const start = page.locator(`form[action="/quiz/${encodeURIComponent(document.id)}/starten"] button`);
      await Promise.all([page.waitForURL(/\/frage\/\d+$/), start.click()]);
      await page.goto(page.url().replace(/\/frage\/\d+$/u, `/frage/${position}`));
      const question = await askedQuestion(page);
      expect(question.type).toBe(type);
      await expectNoSeriousA11yViolations(page);
      await expectFitsWidth(page);
      await answerByKeyboard(page, question, true);
      await expectEvidenceHighlighted(page, question);
      await expectNoSeriousA11yViolations(page);
      await expectFitsWidth(page);
      checkedTypes.add(type);
    }
    expect([...checkedTypes].sort()).toEqual([...QUESTION_TYPES].sort());
  });
});

it("works without JavaScript: plain forms, redirect after POST", async () => {
  const page = await newPage({ viewport: PHONE, javaScriptEnabled: false });
  await page.goto("/");
  await page.getByRole("button", { name: /^Gemischtes Quiz starten/ }).click();
  await page.waitForURL(/\/frage\/1$/);
  const question = await askedQuestion(page);
  await answerByKeyboard(page, question, true);
  expect(await page.locator("#ergebnis").innerText()).toMatch(/^Richtig/);
  await expectEvidenceHighlighted(page, question);
});

it("in forced colours (Windows high contrast), right and wrong feedback differ by more than their words", async () => {
  const document = listDocuments().find((candidate) => defaultQuiz(candidate.id).length >= 2)!;
  const page = await newPage({ viewport: PHONE });
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/");
  const start = page.locator(`form[action="/quiz/${encodeURIComponent(document.id)}/starten"] button`);
  await Promise.all([page.waitForURL(/\/frage\/\d+$/), start.click()]);
  const looks: { mark: string; border: string }[] = [];
  for (const [position, right] of [
    [1, true],
    [2, false],
  ] as const) {
    await page.goto(page.url().replace(/\/frage\/\d+$/u, `/frage/${position}`));
    await answerByKeyboard(page, await askedQuestion(page), right);
    const result = page.locator("#ergebnis");
    // The mark is not read out: the heading's name stays its words.
    expect(await page.getByRole("heading", { name: await result.innerText(), exact: true }).count()).toBe(1);
    looks.push(
      await result.evaluate((heading) => ({
        mark: getComputedStyle(heading, "::before").content,
        border: getComputedStyle(heading.parentElement!).borderTopStyle,
      })),
    );
    await expectNoSeriousA11yViolations(page);
  }
  const [rightLook, wrongLook] = looks;
  expect(rightLook!.mark).toContain("✓");
  expect(wrongLook!.mark).toContain("✗");
  expect(wrongLook!.border).not.toBe(rightLook!.border);
});

it("a long typed answer without spaces wraps on a phone instead of widening the page", async () => {
  // A text's first round is its default quiz, so the gap question's position is known beforehand (the
  // mixed quiz is drawn at random and may hold no gap at all).
  const document = listDocuments().find((candidate) => defaultQuiz(candidate.id).some((question) => question.type === "cloze"))!;
  const position = defaultQuiz(document.id).findIndex((question) => question.type === "cloze") + 1;
  const page = await newPage({ viewport: PHONE });
  await page.goto("/");
  const start = page.locator(`form[action="/quiz/${encodeURIComponent(document.id)}/starten"] button`);
  await Promise.all([page.waitForURL(/\/frage\/\d+$/), start.click()]);
  await page.goto(page.url().replace(/\/frage\/\d+$/u, `/frage/${position}`));
  expect((await askedQuestion(page)).type).toBe("cloze");
  await page.locator("#antwort").fill("Rom".repeat(100));
  await page.getByRole("button", { name: "Antwort prüfen" }).click();
  await page.waitForSelector("#rueckmeldung");
  expect(await page.locator(".your-answer").innerText()).toContain("Rom".repeat(100));
  await expectFitsWidth(page);
  await expectNextInView(page, PHONE);
});
