/**
 * A gap text whose sentence points back at the one before it ("… demnach …") shows that sentence in its
 * quote box (src/generate/gapcontext.ts). In real Chromium: the sentence before reads as secondary
 * (smaller, on a line of its own above, introduced for screen readers), the gap sentence stands apart,
 * and the answer field is described by the gap sentence alone. On the teacher's review page, the
 * learner's question page and the feedback page; phone and desktop; axe.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { expect, inject, it } from "vitest";
import { chromiumPages, DESKTOP, expectNoSeriousA11yViolations, PHONE } from "./chromium";

const baseUrl = inject("baseUrl");
const newPage = chromiumPages(baseUrl);
const TEXT = readFileSync(join(import.meta.dirname, "../fixtures/own-texts/busnetz-lindenau.txt"), "utf8");
const SHOTS = process.env.SCREENSHOT_DIR;
/** The sentence before the gap sentence in the fixture, which the gap sentence ("demnach") points back at. */
const CONTEXT = "Die Zahl der Fahrgäste ist nach Angaben der Verkehrsbetriebe zuletzt deutlich gestiegen.";

/** The quote box of `scope`: the sentence before apart from the gap sentence, smaller, above it, first for screen readers. */
async function expectContextApart(scope: Locator): Promise<void> {
  const context = scope.locator(".sentence-context");
  const sentence = scope.locator(".sentence-box .sentence");
  expect(await context.innerText()).toContain(CONTEXT);
  expect(await sentence.innerText()).not.toContain(CONTEXT);
  expect(await sentence.innerText()).toMatch(/^Im Stadtgebiet wurden demnach/);
  // Introduced for screen readers, and read before the gap sentence.
  expect(await context.locator(".visually-hidden").textContent()).toBe("Der Satz davor im Text: ");
  const order = await scope.evaluate((box) => {
    const [first, second] = [box.querySelector(".sentence-context")!, box.querySelector(".sentence-box .sentence")!];
    return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  // Secondary by size and slant, not by colour alone; the gap sentence on its own line below.
  const style = async (locator: Locator) =>
    locator.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { size: Number.parseFloat(computed.fontSize), italic: computed.fontStyle === "italic" };
    });
  const [contextStyle, sentenceStyle] = [await style(context), await style(sentence)];
  expect(contextStyle.size).toBeLessThan(sentenceStyle.size * 0.9);
  expect(contextStyle.italic).toBe(true);
  expect(sentenceStyle.italic).toBe(false);
  const [contextBox, sentenceBox] = [(await context.boundingBox())!, (await sentence.boundingBox())!];
  expect(sentenceBox.y).toBeGreaterThanOrEqual(contextBox.y + contextBox.height);
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  for (const [size, viewport] of Object.entries({ phone: PHONE, desktop: { width: 1280, height: 800 } })) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(SHOTS, `${name}-${size}.png`) });
  }
}

it("shows the sentence before a gap sentence apart from it and as secondary, for teacher and learner", async () => {
  const teacher = await newPage({ viewport: DESKTOP });
  await teacher.goto("/klassen/neu");
  await teacher.getByLabel("Name der Klasse (freiwillig)").fill("Lückentext 9c");
  await teacher.getByRole("button", { name: "Klasse anlegen" }).click();
  const joinCode = (await teacher.getByTestId("join-code").innerText()).trim();
  await teacher.getByRole("link", { name: "Weiter zur Übersicht" }).click();
  await teacher.getByRole("link", { name: "Eigenen Text hinzufügen" }).click();
  await teacher.getByLabel("Text", { exact: true }).fill(TEXT);
  await teacher.getByRole("button", { name: "Fragen erstellen" }).click();
  await expect.poll(() => teacher.locator("h1").innerText()).toBe("Neues Busnetz für Lindenau");
  // The progress pages that reload themselves while the questions are made carry the title too: wait for the review.
  await teacher.getByTestId("review-question").first().waitFor();
  const reviewUrl = teacher.url();

  // The review page: the question with the sentence before it.
  const withContext = teacher.getByTestId("review-question").filter({ has: teacher.locator(".sentence-context") });
  expect(await withContext.count()).toBe(1);
  await expectContextApart(withContext);
  await expectNoSeriousA11yViolations(teacher);
  const keep = (await withContext.getAttribute("data-question-id"))!;

  // Only that question stays, so that the student's attempt asks it. A question that another one kept out of the
  // teacher's order (same sentence) comes in once that one is deleted: delete again until none is left.
  const textPath = new URL(reviewUrl).pathname;
  for (let round = 0; round < 5; round++) {
    const others = (await teacher.getByTestId("review-question").evaluateAll((items) => items.map((item) => item.getAttribute("data-question-id")!))).filter(
      (id) => id !== keep,
    );
    if (others.length === 0) break;
    for (const id of others) {
      const deleted = await teacher.request.post(`${textPath}/fragen/${id}/loeschen`, {
        form: { bestaetigung: "ja" },
        headers: { Origin: baseUrl },
        maxRedirects: 0,
      });
      expect(deleted.status()).toBe(303);
    }
    await teacher.goto(reviewUrl);
  }
  expect(await teacher.getByTestId("review-question").count()).toBe(1);
  await teacher.getByRole("button", { name: "Quiz veröffentlichen" }).click();
  await teacher.getByLabel("Quiz zuweisen").selectOption(textPath.split("/").pop()!);
  await teacher.getByRole("button", { name: "Zuweisen" }).click();

  const student = await newPage({ viewport: PHONE });
  await student.goto("/klassen/beitreten");
  await student.getByLabel("Klassencode").fill(joinCode);
  await student.getByLabel("Spitzname").fill("Jona");
  await student.getByRole("button", { name: "Beitreten" }).click();
  await student.getByRole("button", { name: /^Starten/ }).click();
  const form = student.locator("form.question");
  await expectContextApart(form);
  // The answer field is described by the gap sentence, not by the sentence before.
  const describedBy = (await student.locator("#antwort").getAttribute("aria-describedby"))!.split(" ");
  expect(await student.locator(`#${describedBy[0]}`).innerText()).toMatch(/^Im Stadtgebiet wurden demnach/);
  await expectNoSeriousA11yViolations(student);
  await shoot(student, "gap-context-question");
  await student.setViewportSize(PHONE);

  await student.locator("#antwort").fill("9,5");
  await student.getByRole("button", { name: "Antwort prüfen" }).click();
  // Only the feedback page has it (the same address): the question page has the sentence before too.
  await student.waitForSelector("#rueckmeldung");
  await expectContextApart(student.locator("main"));
  await expectNoSeriousA11yViolations(student);
  await shoot(student, "gap-context-feedback");
});
