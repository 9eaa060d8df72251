/**
 * The projector's histogram: "✓ richtig" stands beside the right option, and where the option fills its column it
 * went under the bar, cut to "✓ rich" (a whole sentence at 1280 px, "▲ A Afghanistan" on a 1024x768 projector at
 * 125 % zoom, 820 px). It goes below the option instead: nowhere does a mark overlap its bar.
 */
import { expect, inject, it } from "vitest";
import { defaultQuiz, listDocuments } from "../../src/bank";
import { chromiumPages, PHONE } from "./chromium";

const newPage = chromiumPages(inject("baseUrl"));
/** A 1024x768 projector with the page zoomed to 125 %. */
const ZOOMED_PROJECTOR = { width: 820, height: 614 } as const;

/** The right options of a text's quiz, as the histogram labels them. */
const rightOptions = (textId: string) =>
  defaultQuiz(textId).flatMap((question) =>
    question.type === "single"
      ? question.options.filter((option) => option.id === question.answer).map((option) => option.text)
      : question.type === "multi"
        ? question.options.filter((option) => question.answers.includes(option.id)).map((option) => option.text)
        : [],
  );
/** The text whose quiz has the longest right option. */
const quiz = listDocuments()
  .map((document) => ({ id: document.id, longest: Math.max(0, ...rightOptions(document.id).map((text) => text.length)) }))
  .sort((a, b) => b.longest - a.longest)[0]!;

it("shows each right option's mark beside or below it, never under its bar", async () => {
  const teacher = await newPage({ viewport: ZOOMED_PROJECTOR });
  await teacher.goto("/klassen/neu");
  await teacher.getByRole("button", { name: "Klasse anlegen" }).click();
  await teacher.getByRole("link", { name: "Weiter zur Übersicht" }).click();
  await teacher.getByRole("link", { name: "Live-Quiz starten" }).click();
  await teacher.getByLabel("Quiz").selectOption(quiz.id);
  await teacher.getByLabel("Wie viele Fragen?").selectOption("alle");
  await teacher.getByRole("button", { name: "Live-Quiz starten" }).click();
  const code = (await teacher.getByTestId("live-code").innerText()).replace(/\s/g, "");
  const phone = await newPage({ viewport: PHONE });
  await phone.goto(`/live?code=${code}`);
  await phone.getByLabel("Spitzname").fill("Noa");
  await phone.getByRole("button", { name: "Mitspielen" }).click();
  await phone.getByTestId("nickname").waitFor();
  await teacher.getByRole("button", { name: "Quiz starten" }).click();

  const view = teacher.locator("[data-live=view]");
  const questions = defaultQuiz(quiz.id).length;
  let marksChecked = 0;
  for (let position = 1; position <= questions; position++) {
    await expect.poll(async () => `${await view.getAttribute("data-phase")} ${await view.getAttribute("data-question")}`).toBe(`question ${position}`);
    await teacher.getByRole("button", { name: "Auflösen" }).click();
    // Every histogram has a bar: an option, an outcome, or a number given, the right number even when nobody typed it.
    await teacher.locator(".live-histogram li").first().waitFor();
    // The right options (several in a multiple select) and numbers given; a gap's bars ("Richtig") have no mark.
    for (const right of await teacher.locator(".live-histogram li.right").all()) {
      if ((await right.locator(".live-right-mark").count()) === 0) continue;
      const option = (await right.locator(".live-histogram-label").innerText()).replace(/\s+/g, " ").trim();
      const [mark, bar] = await Promise.all([right.locator(".live-right-mark").boundingBox(), right.locator("svg").boundingBox()]);
      const overlaps = mark!.x < bar!.x + bar!.width && bar!.x < mark!.x + mark!.width && mark!.y < bar!.y + bar!.height && bar!.y < mark!.y + mark!.height;
      expect(overlaps, `"✓ richtig" of question ${position} (${option}) lies under its bar`).toBe(false);
      marksChecked++;
    }
    if (position === questions) break;
    await teacher.getByRole("button", { name: "Textstelle zeigen" }).click();
    await teacher.getByRole("button", { name: "Nächste Frage" }).click();
  }
  expect(marksChecked).toBeGreaterThanOrEqual(rightOptions(quiz.id).length);
});
