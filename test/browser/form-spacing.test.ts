/**
 * The teacher's forms in real Chromium: no field touches its button or the tile next to it, and date fields are as
 * large as the other fields (a finger's 44 px). Before, the class name's field and "Namen speichern" met edge to edge,
 * the two "Was geschieht mit den Antworten?" tiles and the confirmation below them stood flush, and the due dates
 * were the browser's small default fields.
 */
import type { Locator, Page } from "playwright-core";
import { expect, inject, it } from "vitest";
import { chromiumPages, DESKTOP, PHONE } from "./chromium";

const baseUrl = inject("baseUrl");
const newPage = chromiumPages(baseUrl);
const MIN_GAP_PX = 4;

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  expect(found, "the element is laid out").not.toBeNull();
  return found!;
}

async function gapBetween(first: Locator, second: Locator, direction: "beside" | "below"): Promise<number> {
  const [a, b] = [await box(first), await box(second)];
  return direction === "beside" ? b.x - (a.x + a.width) : b.y - (a.y + a.height);
}

async function newClassOverview(page: Page): Promise<void> {
  await page.goto("/klassen/neu");
  await page.getByLabel("Name der Klasse (freiwillig)").fill("Abstände 7a");
  await page.getByRole("button", { name: "Klasse anlegen" }).click();
  await page.getByRole("link", { name: "Weiter zur Übersicht" }).click();
  await page.getByLabel("Quiz zuweisen").selectOption({ index: 0 });
  await page.getByRole("button", { name: "Zuweisen" }).click();
  await page.getByTestId("assignment-card").first().waitFor();
}

it.each([
  ["desktop", DESKTOP],
  ["phone", PHONE],
])("on the class overview (%s) fields, tiles and buttons keep apart", async (_, viewport) => {
  const teacher = await newPage({ viewport });
  await newClassOverview(teacher);

  const nameField = teacher.getByLabel("Name der Klasse");
  const saveName = teacher.getByRole("button", { name: "Namen speichern" });
  const beside = (await box(saveName)).y < (await box(nameField)).y + (await box(nameField)).height;
  expect(await gapBetween(nameField, saveName, beside ? "beside" : "below")).toBeGreaterThanOrEqual(MIN_GAP_PX);

  const card = teacher.getByTestId("assignment-card").first();
  await card.locator("summary", { hasText: "Aufgabe entfernen" }).click();
  const keep = card.getByLabel(/^Behalten/);
  const remove = card.getByLabel(/^Löschen/);
  const confirm = card.getByLabel("Ja, die Aufgabe entfernen");
  expect(await gapBetween(keep.locator("xpath=.."), remove.locator("xpath=.."), "below")).toBeGreaterThanOrEqual(MIN_GAP_PX);
  expect(await gapBetween(remove.locator("xpath=.."), confirm.locator("xpath=.."), "below")).toBeGreaterThanOrEqual(MIN_GAP_PX);
  expect(await gapBetween(confirm.locator("xpath=.."), card.locator("button.danger"), "below")).toBeGreaterThanOrEqual(MIN_GAP_PX);

  const deleteClass = teacher.getByLabel("Ja, die Klasse und alle Daten löschen");
  expect(await gapBetween(deleteClass.locator("xpath=.."), teacher.getByRole("button", { name: "Klasse löschen" }), "below")).toBeGreaterThanOrEqual(
    MIN_GAP_PX,
  );
  expect((await box(teacher.locator("#neu-faellig"))).height).toBeGreaterThanOrEqual(44);
});
