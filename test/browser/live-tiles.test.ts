/**
 * A ticked tile of a multiple select on a live phone stays readable: the page's stylesheet gives a chosen
 * quiz tile a light background, and a live tile's text is white, so without its own rule the chosen
 * option's text all but vanished (white on light grey-blue, contrast about 1.1:1).
 */
import { expect, inject, it } from "vitest";
import { defaultQuiz, listDocuments } from "../../src/bank";
import { chromiumPages, expectNoSeriousA11yViolations, PHONE } from "./chromium";

const newPage = chromiumPages(inject("baseUrl"));

/** A text whose live quiz opens with a multiple select. */
const quiz = listDocuments().find((document) => defaultQuiz(document.id)[0]?.type === "multi")!;

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

it("a chosen tile of a live multiple select keeps its colour and readable text", async () => {
  expect(quiz, "a text whose quiz opens with a multiple select").toBeDefined();
  const teacher = await newPage({ viewport: { width: 1280, height: 800 } });
  await teacher.goto("/klassen/neu");
  await teacher.getByRole("button", { name: "Klasse anlegen" }).click();
  await teacher.getByRole("link", { name: "Weiter zur Übersicht" }).click();
  await teacher.getByRole("link", { name: "Live-Quiz starten" }).click();
  await teacher.getByLabel("Quiz").selectOption(quiz.id);
  await teacher.getByRole("button", { name: "Live-Quiz starten" }).click();
  const code = (await teacher.getByTestId("live-code").innerText()).replace(/\s/g, "");

  const phone = await newPage({ viewport: PHONE });
  await phone.goto(`/live?code=${code}`);
  await phone.getByLabel("Spitzname").fill("Mira");
  await phone.getByRole("button", { name: "Mitspielen" }).click();
  await expect.poll(() => phone.locator("main").getAttribute("data-connected")).toBe("ja");
  await teacher.keyboard.press("ArrowRight");
  await expect.poll(() => phone.locator("h1").innerText()).toBe(defaultQuiz(quiz.id)[0]!.stem);

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
