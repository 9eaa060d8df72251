/**
 * A ticked tile of a multiple select on a live phone stays readable: the page's stylesheet gives a chosen
 * quiz tile a light background, and a live tile's text is white, so without its own rule the chosen
 * option's text all but vanished (white on light grey-blue, contrast about 1.1:1).
 */
import { expect, inject, it } from "vitest";
import { defaultQuiz, listDocuments } from "../../src/bank";
import { chromiumPages, expectNoSeriousA11yViolations, oneClassOverview, PHONE } from "./chromium";

const newPage = chromiumPages(inject("baseUrl"));

/** A text whose live quiz opens with a multiple select. */
const quiz = listDocuments().find((document) => defaultQuiz(document.id)[0]?.type === "multi")!;
/** A text whose live quiz opens with a statement to judge. */
const statementQuiz = listDocuments().find((document) => defaultQuiz(document.id)[0]?.type === "truefalse")!;

/** WCAG contrast of two computed CSS colours ("rgb(r, g, b)"). */
function contrast(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The hue of a computed CSS colour ("rgb(r, g, b)"), in degrees. */
function hue(color: string): number {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
  const max = Math.max(r, g, b);
  const range = max - Math.min(r, g, b);
  if (range === 0) return 0;
  const sector = max === r ? ((g - b) / range + 6) % 6 : max === g ? (b - r) / range + 2 : (r - g) / range + 4;
  return sector * 60;
}
/** Red reads as "falsch", green as "richtig": hues around 0° and around 120°. */
const saysAVerdict = (color: string) => {
  const degrees = hue(color);
  return degrees < 25 || degrees > 335 || (degrees > 75 && degrees < 165);
};

/** The teacher's projector with the class's overview (one class for the file: CREATE_CLASS_LIMIT). */
const classOverview = oneClassOverview(newPage);

/** A teacher's projector at the first question of a live quiz on `quizId`, and a phone that joined it (as a new member of the class). */
async function liveAtFirstQuestion(quizId: string, nickname: string) {
  const teacher = await classOverview();
  await teacher.getByRole("link", { name: "Live-Quiz starten" }).click();
  await teacher.getByLabel("Quiz", { exact: true }).selectOption(quizId);
  await teacher.getByRole("button", { name: "Live-Quiz starten" }).click();
  const code = (await teacher.getByTestId("live-code").innerText()).replace(/\s/g, "");

  const phone = await newPage({ viewport: PHONE });
  await phone.goto(`/live?code=${code}`);
  await phone.getByLabel("Spitzname").fill(nickname);
  await phone.getByRole("button", { name: "Mitspielen" }).click();
  await expect.poll(() => phone.locator("main").getAttribute("data-connected")).toBe("ja");
  await teacher.keyboard.press("ArrowRight");
  await expect.poll(() => phone.locator("h1").innerText()).toBe(defaultQuiz(quizId)[0]!.stem);
  return { teacher, phone };
}

const backgrounds = (tiles: import("playwright-core").Locator) =>
  tiles.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).backgroundColor));

it("the tiles of a statement to judge say nothing of the answer by their colour, on the phone and on the projector", async () => {
  expect(statementQuiz, "a text whose quiz opens with a statement to judge").toBeDefined();
  const { teacher, phone } = await liveAtFirstQuestion(statementQuiz.id, "Mira");
  await expect.poll(() => teacher.locator(".tile").count()).toBe(2);
  for (const page of [phone, teacher]) {
    const tiles = page.locator(".tile");
    expect(await tiles.locator(".tile-text").allInnerTexts()).toEqual(["Stimmt", "Stimmt nicht"]);
    const colors = await backgrounds(tiles);
    expect(new Set(colors).size, "two colours").toBe(2);
    for (const color of colors) expect(saysAVerdict(color), color).toBe(false);
    // The two shapes differ as well, for a projector seen in black and white.
    expect(new Set(await tiles.locator(".tile-shape").allInnerTexts()).size).toBe(2);
    await expectNoSeriousA11yViolations(page);
  }
  // The histogram after the answer keeps each tile's colour: the verdict is its "✓ richtig" alone.
  const projectorColors = await backgrounds(teacher.locator(".tile"));
  await teacher.getByRole("button", { name: "Auflösen" }).click();
  await expect.poll(() => teacher.locator(".live-chip").count()).toBe(2);
  expect(await backgrounds(teacher.locator(".live-chip"))).toEqual(projectorColors);
});

it("a chosen tile of a live multiple select keeps its colour and readable text", async () => {
  expect(quiz, "a text whose quiz opens with a multiple select").toBeDefined();
  const { phone } = await liveAtFirstQuestion(quiz.id, "Noa");

  const tile = phone.locator("label.tile").first();
  const unticked = await tile.evaluate((element) => getComputedStyle(element).backgroundColor);
  await tile.locator("input").check();
  const [color, background] = await tile.locator(".tile-text").evaluate((element) => {
    const label = element.closest("label")!;
    return [getComputedStyle(element).color, getComputedStyle(label).backgroundColor];
  });
  expect(background).toBe(unticked);
  expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);
  await expectNoSeriousA11yViolations(phone);
});
