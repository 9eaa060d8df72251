/**
 * A live session in real Chromium against `wrangler dev`: the projector (1280x800) and three phones
 * (390x844; two with JavaScript on WebSockets, one without, answering by forms on a page that reloads
 * itself) play the first two questions of a text, whatever their kind. Checked: nicknames in the lobby, the histogram against what the phones
 * answered, the evidence highlighted on projector and phones, a phone reloaded in the middle of a
 * question keeping its seat, the podium, and axe-core on the students' pages.
 */
import type { Page } from "playwright-core";
import { expect, inject, it } from "vitest";
import { listDocuments, defaultQuiz, MIXED_QUIZ_ID } from "../../src/bank";
import type { Question } from "../../src/bank/schema";
import { chromiumPages, expectNoSeriousA11yViolations, PHONE } from "./chromium";

const baseUrl = inject("baseUrl");
const newPage = chromiumPages(baseUrl);
const PROJECTOR = { width: 1280, height: 800 } as const;

/** The first text's quiz; its first two questions are asked. */
const quiz = listDocuments()[0]!;
const questions = defaultQuiz(quiz.id).slice(0, 2);
const germanNumber = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 6 });

/** The tile texts in the order shown (none for typed answers). */
function tileTexts(question: Question): string[] {
  if (question.type === "single" || question.type === "multi") return question.options.map((option) => option.text);
  return question.type === "truefalse" ? ["Stimmt", "Stimmt nicht"] : [];
}

/** What a phone picks (tile texts) or types for a right or a wrong answer, derived from the bank. */
function answerFor(question: Question, right: boolean): { picks: string[]; typed?: string } {
  switch (question.type) {
    case "single":
      return {
        picks: question.options
          .filter((option) => (option.id === question.answer) === right)
          .slice(0, 1)
          .map((option) => option.text),
      };
    case "multi": {
      const wrongOptions = question.options.filter((option) => !question.answers.includes(option.id));
      const chosen = right
        ? question.options.filter((option) => question.answers.includes(option.id))
        : wrongOptions.length > 0
          ? wrongOptions.slice(0, 1)
          : question.options.slice(0, 1);
      return { picks: chosen.map((option) => option.text) };
    }
    case "truefalse":
      return { picks: [question.answer === right ? "Stimmt" : "Stimmt nicht"] };
    case "numeric":
      return { picks: [], typed: germanNumber.format(right ? question.answer : question.max + Math.max(1000, Math.abs(question.max))) };
    case "cloze":
      return { picks: [], typed: right ? question.answer : "gewiss nicht die Lücke" };
  }
}

const viewOf = (page: Page) => page.locator("[data-live=view]");
const phaseOf = async (page: Page) => `${await viewOf(page).getAttribute("data-phase")} ${await viewOf(page).getAttribute("data-question")}`;
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** Answers on the phone: taps a tile, or ticks tiles and sends, or types and sends. */
async function answer(page: Page, question: Question, right: boolean) {
  const { picks, typed } = answerFor(question, right);
  if (typed !== undefined) {
    await page.locator("#live-antwort").fill(typed);
    await page.getByRole("button", { name: "Antwort abschicken" }).click();
  } else if (question.type === "multi") {
    for (const text of picks)
      await page
        .locator("label.tile", { has: page.locator(".tile-text", { hasText: exactly(text) }) })
        .locator("input")
        .check();
    await page.getByRole("button", { name: "Antwort abschicken" }).click();
  } else {
    await page.locator("button.tile", { has: page.locator(".tile-text", { hasText: exactly(picks[0]!) }) }).click();
  }
}

it("a projector and three phones play two questions", async () => {
  const problems: string[] = [];
  // Errors in a page's console (a refused WebSocket, a policy violation); the browser's own favicon request aside.
  const watch = (page: Page, who: string) =>
    page.on("console", (message) => {
      if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico"))
        problems.push(`${who}: ${message.text()} (${message.location().url})`);
    });

  const teacher = await newPage({ viewport: PROJECTOR });
  watch(teacher, "projector");
  await teacher.goto("/klassen/neu");
  await teacher.getByLabel("Name der Klasse (freiwillig)").fill("Live 10a");
  await teacher.getByRole("button", { name: "Klasse anlegen" }).click();
  await teacher.getByRole("link", { name: "Weiter zur Übersicht" }).click();
  await teacher.getByRole("link", { name: "Live-Quiz starten" }).click();
  await expectNoSeriousA11yViolations(teacher);
  // No size above the chosen quiz's: the text's quiz has 5 questions, the mixed one 10.
  const tenQuestions = teacher.locator('#live-anzahl option[value="10"]');
  await teacher.getByLabel("Quiz").selectOption(MIXED_QUIZ_ID);
  expect(await tenQuestions.isDisabled()).toBe(false);
  await teacher.getByLabel("Wie viele Fragen?").selectOption("10");
  await teacher.getByLabel("Quiz").selectOption(quiz.id);
  expect(defaultQuiz(quiz.id).length).toBeLessThan(10);
  expect(await tenQuestions.isDisabled()).toBe(true);
  expect(await teacher.getByLabel("Wie viele Fragen?").inputValue()).toBe("alle");
  await teacher.getByLabel("Wie viele Fragen?").selectOption("5");
  await teacher.getByRole("button", { name: "Live-Quiz starten" }).click();
  const code = (await teacher.getByTestId("live-code").innerText()).replace(/\s/g, "");
  expect(code).toMatch(/^\d{6}$/);
  await expect.poll(() => teacher.locator("main").getAttribute("data-connected")).toBe("ja");

  // Two phones come by the QR code's link (the code filled in), one types the code; one has no JavaScript.
  const names = ["Lena", "Jonas", "Aylin"];
  const phones: Page[] = [];
  for (const [index, name] of names.entries()) {
    const javaScript = index < 2;
    const phone = await newPage({ viewport: PHONE, javaScriptEnabled: javaScript });
    watch(phone, name);
    if (index === 1) {
      await phone.goto("/");
      await phone.getByRole("link", { name: "Live-Quiz" }).click();
      await phone.getByLabel("Code").fill(`${code.slice(0, 3)} ${code.slice(3)}`);
    } else {
      await phone.goto(`/live?code=${code}`);
    }
    if (index === 0) await expectNoSeriousA11yViolations(phone);
    await phone.getByLabel("Spitzname").fill(name);
    await phone.getByRole("button", { name: "Mitspielen" }).click();
    await expect.poll(() => phone.getByTestId("nickname").innerText()).toBe(name);
    if (javaScript) await expect.poll(() => phone.locator("main").getAttribute("data-connected")).toBe("ja");
    if (index === 0) await expectNoSeriousA11yViolations(phone);
    phones.push(phone);
  }
  const [lena, jonas, aylin] = phones as [Page, Page, Page];
  await expect.poll(() => teacher.getByTestId("player-count").innerText()).toBe("3");
  expect(await teacher.locator(".live-names").innerText()).toMatch(/Lena\s+Jonas\s+Aylin/);

  for (const [index, question] of questions.entries()) {
    const position = index + 1;
    // The presenter's clicker (arrow key) on the first question, the button on the second.
    if (index === 0) await teacher.keyboard.press("ArrowRight");
    else await teacher.getByRole("button", { name: "Nächste Frage" }).click();
    await expect.poll(() => phaseOf(teacher)).toBe(`question ${position}`);
    expect(await teacher.locator("h1").innerText()).toBe(question.stem);

    await expect.poll(() => phaseOf(lena)).toBe(`question ${position}`);
    await expect.poll(() => phaseOf(jonas)).toBe(`question ${position}`);
    await expect.poll(() => lena.locator("h1").innerText()).toBe(question.stem);
    if (index === 0) await expectNoSeriousA11yViolations(lena);

    // Lena reloads before answering (the open question comes back), answers right, reloads again (still answered).
    // She taps as soon as she sees the question, whether or not the socket is open yet: the tap may fall on any
    // moment of its start (live-answer.test.ts holds the worst ones), and what counts is what her screen says.
    await lena.reload();
    await expect.poll(() => lena.locator("h1").innerText()).toBe(question.stem);
    await answer(lena, question, true);
    await expect.poll(() => lena.locator("h1").innerText()).toBe("Antwort gespeichert");
    await lena.reload();
    await expect.poll(() => lena.locator("h1").innerText()).toBe("Antwort gespeichert");
    await expect.poll(() => lena.locator("main").getAttribute("data-connected")).toBe("ja");
    await expect.poll(() => teacher.locator("[data-live=answers]").innerText()).toBe("1");

    await answer(jonas, question, false);
    // Aylin's page (no JavaScript) reloads itself until the question is there; her answer is a form post.
    await expect.poll(() => phaseOf(aylin), { timeout: 15_000 }).toBe(`question ${position}`);
    await answer(aylin, question, true);

    // All three answered: the histogram, bars in the order of the tiles, the right one marked.
    await expect.poll(() => phaseOf(teacher)).toBe(`results ${position}`);
    const bars = teacher.getByTestId("histogram").locator("li");
    const sent = [answerFor(question, true), answerFor(question, false), answerFor(question, true)];
    const texts = tileTexts(question);
    const expected = texts.length > 0 ? texts.map((text) => sent.filter((given) => given.picks.includes(text)).length) : [2, 1];
    expect(await bars.evaluateAll((items) => items.map((item) => Number(item.getAttribute("data-count"))))).toEqual(expected);
    expect(await teacher.locator(".live-summary").innerText()).toBe("2 von 3 richtig");
    await expect.poll(() => lena.getByTestId("verdict").innerText()).toBe("Richtig!");
    await expect.poll(() => jonas.getByTestId("verdict").innerText()).toMatch(/^(Falsch|Teilweise richtig)\.$/);
    // Lena and Aylin both answered right: they share the first place.
    expect(await lena.getByTestId("standing").innerText()).toBe(
      `${position} ${position === 1 ? "Punkt" : "Punkte"} · Platz 1 von 3, gleichauf mit einer anderen Person`,
    );
    if (index === 0) await expectNoSeriousA11yViolations(lena);

    // The evidence: the deciding passage, the quote highlighted, on the projector and the phones.
    await teacher.getByRole("button", { name: "Textstelle zeigen" }).click();
    await expect.poll(() => phaseOf(teacher)).toBe(`evidence ${position}`);
    expect(await teacher.locator(".live-evidence mark").innerText()).toBe(question.evidence.quote);
    await expect.poll(() => jonas.locator(".live-evidence mark").innerText()).toBe(question.evidence.quote);
    await expect.poll(() => aylin.locator(".live-evidence mark").innerText(), { timeout: 15_000 }).toBe(question.evidence.quote);
    if (index === 0) await expectNoSeriousA11yViolations(jonas);
  }

  teacher.once("dialog", (dialog) => dialog.accept());
  await teacher.getByRole("button", { name: "Quiz beenden" }).click();
  await expect.poll(() => phaseOf(teacher)).toBe("end 2");
  expect((await teacher.getByTestId("podium").innerText()).replace(/\s+/g, " ")).toContain("1. Platz Aylin, Lena 2 Punkte");
  // Jonas answered wrong twice: no point, so no place either.
  await expect.poll(() => jonas.getByTestId("standing").innerText()).toBe("0 Punkte");
  await expectNoSeriousA11yViolations(jonas);
  await expectNoSeriousA11yViolations(teacher);

  // The answers are in the class: the dashboard lists the three with both questions answered.
  await teacher.getByRole("link", { name: "Übersicht der Klasse" }).click();
  const rows = teacher.getByTestId("student-row");
  await expect.poll(() => rows.count()).toBe(3);
  expect(await rows.filter({ hasText: "Lena" }).innerText()).toMatch(/2 von \d+ bearbeitet · 2 von 2 richtig/);
  expect(problems).toEqual([]);
});
