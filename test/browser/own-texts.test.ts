/**
 * Own texts in real Chromium against `wrangler dev`: a teacher pastes a text, reviews the questions,
 * changes one question's wording and evidence by selecting text (and another's without JavaScript, by
 * pasting the quote), publishes and assigns it; a student on a phone takes the quiz and sees the
 * teacher's evidence highlighted. Accessibility (axe) and phone width on every new page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, inject, it } from "vitest";
import { chromiumPages, DESKTOP, expectNoSeriousA11yViolations, PHONE } from "./chromium";

const baseUrl = inject("baseUrl");
const newPage = chromiumPages(baseUrl);
const TEXT = readFileSync(join(import.meta.dirname, "../fixtures/own-texts/ostseerat-danzig.txt"), "utf8");
const SHOTS = process.env.SCREENSHOT_DIR;

/** The page fits the viewport's width: nothing to scroll sideways. */
async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.page, `horizontal scrolling on ${page.url()}`).toBeLessThanOrEqual(widths.viewport);
}

async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Selects `quote` inside the text's passages, as a teacher would with the mouse. */
async function selectInText(page: Page, quote: string): Promise<void> {
  await page.evaluate((wanted) => {
    const passages = Array.from(document.querySelectorAll<HTMLElement>("[data-evidence-text] [data-start]"));
    const passage = passages.find((candidate) => (candidate.textContent ?? "").includes(wanted))!;
    const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const full = nodes.map((node) => node.data).join("");
    const start = full.indexOf(wanted);
    const end = start + wanted.length;
    const at = (offset: number): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return [node, offset - seen];
        seen += node.data.length;
      }
      throw new Error("offset outside the passage");
    };
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(end));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, quote);
}

it("a teacher pastes, reviews, edits, publishes and assigns a text; a student sees the teacher's evidence", async () => {
  const teacher = await newPage({ viewport: DESKTOP });
  await teacher.goto("/klassen/neu");
  await teacher.getByLabel("Name der Klasse (freiwillig)").fill("Eigene Texte 8b");
  await teacher.getByRole("button", { name: "Klasse anlegen" }).click();
  const joinCode = (await teacher.getByTestId("join-code").innerText()).trim();
  await teacher.getByRole("link", { name: "Weiter zur Übersicht" }).click();

  // Paste.
  await teacher.getByRole("link", { name: "Eigenen Text hinzufügen" }).click();
  await expect.poll(() => teacher.locator("h1").innerText()).toBe("Eigenen Text hinzufügen");
  await teacher.getByLabel("Text", { exact: true }).fill(TEXT);
  await expect.poll(() => teacher.locator(".counter").innerText()).toContain(`${TEXT.length.toLocaleString("de-DE")} von 20.000 Zeichen`);
  await teacher.getByLabel("Quelle (Adresse oder Name)").fill("Eigene Meldung");
  await expectNoSeriousA11yViolations(teacher);
  await shoot(teacher, "new-text-desktop");
  await teacher.getByRole("button", { name: "Fragen erstellen" }).click();

  // Review.
  await expect.poll(() => teacher.locator("h1").innerText()).toBe("Ostseerat berät in Danzig über den Schutz von Unterseekabeln");
  // The progress pages that reload themselves while the questions are made carry the title too: wait for the review.
  await teacher.getByTestId("review-question").first().waitFor();
  const reviewUrl = teacher.url();
  const questionCount = Number(/^Fragen \((\d+)\)$/.exec(await teacher.locator("#fragen").innerText())?.[1]);
  expect(questionCount).toBeGreaterThan(20);
  // Ten questions a page, each with its evidence marked, as the learner's feedback marks it: the answer's words emphasised where they stand in it.
  expect(await teacher.getByTestId("review-question").count()).toBe(10);
  expect(await teacher.locator(".review-questions li > blockquote.evidence mark").count()).toBe(10);
  expect(await teacher.locator(".review-questions li > blockquote.evidence mark strong.answer-word").count()).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(teacher);
  await shoot(teacher, "review-desktop");

  // Edit the first question: new wording, evidence by selecting text.
  const stem = "Wo haben sich die Außenministerinnen und Außenminister getroffen?";
  const evidence = "Gastgeber war der polnische Außenminister Tomasz Wierzbicki.";
  await teacher.getByRole("link", { name: "Bearbeiten (Frage 1)" }).click();
  await expect.poll(() => teacher.locator("h1").innerText()).toBe("Frage bearbeiten");
  await expectNoSeriousA11yViolations(teacher);
  await teacher.getByLabel("Frage", { exact: true }).fill(stem);
  // The bar that takes a selection stays at the end of the text, off the form, until words of the text are selected; then it is in view.
  const takeBar = teacher.locator(".take-selection");
  expect(await takeBar.evaluate((bar) => bar.getBoundingClientRect().top >= window.innerHeight)).toBe(true);
  await selectInText(teacher, evidence);
  await expect.poll(() => takeBar.evaluate((bar) => bar.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
  await teacher.getByRole("button", { name: "Markierung als Beleg übernehmen" }).click();
  expect(await teacher.getByLabel("Textstelle, die die Antwort belegt").inputValue()).toBe(evidence);
  expect(await teacher.locator("[data-evidence-text] mark").innerText()).toBe(evidence);
  await expect.poll(() => teacher.locator("[data-evidence-status]").innerText()).toContain("Beleg übernommen");
  await shoot(teacher, "editor-desktop");
  await teacher.getByRole("button", { name: "Änderungen speichern" }).click();
  const first = teacher.getByTestId("review-question").first();
  expect(await first.locator(".stem").innerText()).toBe(stem);
  expect(await first.locator(":scope > blockquote.evidence mark").innerText()).toBe(evidence);

  // "Löschen" asks first, on a page of its own; "Abbrechen" leads back and deletes nothing.
  await teacher.getByRole("link", { name: "Löschen (Frage 1)" }).click();
  await expect.poll(() => teacher.locator("h1").innerText()).toBe("Frage 1 löschen?");
  expect(await teacher.locator("main").innerText()).toContain(stem);
  await expectNoSeriousA11yViolations(teacher);
  await shoot(teacher, "delete-question-desktop");
  await teacher.getByRole("link", { name: "Abbrechen" }).click();
  await expect.poll(() => teacher.getByTestId("review-question").count()).toBe(10);
  expect(await teacher.getByTestId("review-question").first().locator(".stem").innerText()).toBe(stem);

  // Without JavaScript, on a phone: the second question's evidence by pasting the quote.
  const phoneTeacher = await newPage({ viewport: PHONE, javaScriptEnabled: false });
  await phoneTeacher.context().addCookies((await teacher.context().cookies()).map((cookie) => ({ ...cookie })));
  await phoneTeacher.goto(reviewUrl);
  await expectNoHorizontalScroll(phoneTeacher);
  await shoot(phoneTeacher, "review-phone");
  // A link to the title field ("Titel geben", "Titel ändern") stops with the field's label in view, not above the window's edge.
  await phoneTeacher.goto(`${reviewUrl}#titel`);
  expect(await phoneTeacher.locator('label[for="titel"]').evaluate((label) => label.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  await phoneTeacher.getByRole("link", { name: "Bearbeiten (Frage 2)" }).click();
  // The editor's page loaded: measured between two documents, the page has no element to measure (a rare failure in CI).
  await phoneTeacher.waitForURL(/\/fragen\/[^/]+$/);
  await expectNoHorizontalScroll(phoneTeacher);
  expect(await phoneTeacher.getByRole("button", { name: "Markierung als Beleg übernehmen" }).isVisible()).toBe(false);
  const pasted =
    "Die Außenministerinnen und Außenminister der Ostseeanrainer wollen ihre Zusammenarbeit beim Schutz der Infrastruktur auf dem Meeresgrund ausbauen.";
  await phoneTeacher.getByLabel("Textstelle, die die Antwort belegt").fill(pasted);
  await shoot(phoneTeacher, "editor-phone");
  await phoneTeacher.getByRole("button", { name: "Änderungen speichern" }).click();
  expect(await phoneTeacher.getByTestId("review-question").nth(1).locator("mark").innerText()).toBe(pasted);
  // Paging by keyboard, without JavaScript: choose page 3 in the select, then "Anzeigen".
  const pageSelect = phoneTeacher.getByLabel("Seite", { exact: true }).first();
  await pageSelect.focus();
  await phoneTeacher.keyboard.press("ArrowDown");
  await phoneTeacher.keyboard.press("ArrowDown");
  expect(await pageSelect.inputValue()).toBe("3");
  await phoneTeacher.keyboard.press("Tab");
  expect(await phoneTeacher.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Anzeigen");
  // The whole navigation is awaited: under load (CI with the other browser tests) the page took longer than a poll's 5 s.
  await Promise.all([phoneTeacher.waitForURL(/\?seite=3(?:#|$)/u), phoneTeacher.keyboard.press("Enter")]);
  expect(await phoneTeacher.locator(".pager-here").first().innerText()).toBe(
    `Fragen 21–30 von ${questionCount} · Seite 3 von ${Math.ceil(questionCount / 10)}`,
  );
  expect(await phoneTeacher.getByTestId("review-question").first().locator(".meta").innerText()).toMatch(/^Frage 21 ·/);
  await expectNoHorizontalScroll(phoneTeacher);
  await phoneTeacher.getByRole("link", { name: "Nächste Seite →" }).first().click();
  await expect.poll(() => new URL(phoneTeacher.url()).search).toBe("?seite=4");
  await shoot(phoneTeacher, "review-pager-phone");
  await teacher.goto(`${reviewUrl}?seite=2#fragen`);
  await expectNoSeriousA11yViolations(teacher);
  await shoot(teacher, "review-pager-desktop");
  await phoneTeacher.goto(reviewUrl.replace(/\/texte\/.*$/, "/texte/neu"));
  await expectNoHorizontalScroll(phoneTeacher);
  await shoot(phoneTeacher, "new-text-phone");

  // As many questions in one attempt as may go together, publish, assign.
  await teacher.goto(reviewUrl);
  const perAttempt = Number(await teacher.getByLabel(/Fragen je Versuch/).getAttribute("max"));
  expect(perAttempt).toBeGreaterThanOrEqual(5);
  expect(perAttempt).toBeLessThanOrEqual(questionCount);
  await teacher.getByLabel(/Fragen je Versuch/).fill(String(perAttempt));
  await teacher.getByRole("button", { name: "Umfang speichern" }).click();
  await teacher.getByRole("button", { name: "Quiz veröffentlichen" }).click();
  await expect.poll(() => teacher.locator("h1").innerText()).toBe("Eigene Texte 8b");
  const textId = new URL(reviewUrl).pathname.split("/").pop()!;
  await teacher.getByLabel("Quiz zuweisen").selectOption(textId);
  await teacher.getByRole("button", { name: "Zuweisen" }).click();
  expect(await teacher.locator("#aufgaben + ul").innerText()).toContain("Ostseerat berät in Danzig");
  await expectNoSeriousA11yViolations(teacher);
  await shoot(teacher, "dashboard-desktop");

  // A student on a phone takes it.
  const student = await newPage({ viewport: PHONE });
  await student.goto("/klassen/beitreten");
  await student.getByLabel("Klassencode").fill(joinCode);
  await student.getByLabel("Spitzname").fill("Kira");
  await student.getByRole("button", { name: "Beitreten" }).click();
  await expect.poll(() => student.locator("h1").innerText()).toBe("Eigene Texte 8b");
  expect(await student.locator("main").innerText()).toContain(`0 von ${perAttempt} beantwortet`);
  await student.getByRole("button", { name: /^Starten/ }).click();
  // Any well-formed answer, right or wrong, brings the evidence: a word for a gap, a figure for a number.
  const answerAny = async () => {
    const answerField = student.locator('input[name="antwort"]').first();
    if ((await answerField.getAttribute("inputmode")) === "decimal") await answerField.fill("7");
    else if ((await answerField.getAttribute("type")) === "text") await answerField.fill("Danzig");
    else await answerField.check();
    await student.getByRole("button", { name: "Antwort prüfen" }).click();
  };
  // The attempt asks its questions with the types mixed, not in the teacher's order: on to the edited one.
  for (let asked = 1; (await student.locator("#frage-text").innerText()) !== stem; asked++) {
    expect(asked, "the teacher's edited question is in the attempt").toBeLessThan(perAttempt);
    await answerAny();
    await student.getByRole("link", { name: "Weiter", exact: true }).click();
  }
  await expectNoSeriousA11yViolations(student);
  await expectNoHorizontalScroll(student);
  await answerAny();
  // The teacher's evidence comes first; a generated question keeps further evidence of its own (the first question
  // of the teacher's order is the engine's draw, seeded by the text's random id, and may be one with an attendee list).
  expect(await student.locator("blockquote.evidence mark").first().innerText()).toBe(evidence);
  await expectNoSeriousA11yViolations(student);
  await expectNoHorizontalScroll(student);
  await shoot(student, "feedback-phone");
  await student.getByRole("link", { name: "Diese Stelle im ganzen Text lesen" }).click();
  expect(await student.locator("article .passage mark").innerText()).toBe(evidence);
  await expectNoHorizontalScroll(student);

  // Deleting the text now would take Kira's answers along: the review page says so and withdraws it instead.
  await teacher.goto(reviewUrl);
  const deletion = teacher.locator("section", { has: teacher.locator("#text-loeschen") });
  expect(await deletion.innerText()).toContain("Eine Schülerin oder ein Schüler hat diesen Text schon bearbeitet");
  await expectNoSeriousA11yViolations(teacher);
  await expectNoHorizontalScroll(teacher);
  if (SHOTS) await deletion.screenshot({ path: join(SHOTS, "withdraw-desktop.png") });
  await teacher.setViewportSize(PHONE);
  await expectNoHorizontalScroll(teacher);
  if (SHOTS) await deletion.screenshot({ path: join(SHOTS, "withdraw-phone.png") });
  await teacher.setViewportSize(DESKTOP);
  await teacher.getByLabel("Ja, diesen Text zurückziehen").check();
  await teacher.getByRole("button", { name: "Text zurückziehen" }).click();
  await expect.poll(() => teacher.locator("h1").innerText()).toBe("Eigene Texte 8b");
  expect(await teacher.locator(`a[href$="/texte/${textId}"]`).count()).toBe(0);
  // Its results stay: the assignment with Kira's answers, marked as withdrawn.
  const card = teacher.getByTestId("assignment-card").filter({ hasText: "Ostseerat berät in Danzig" });
  expect(await card.innerText()).toContain("Text zurückgezogen");
  await expectNoSeriousA11yViolations(teacher);
  if (SHOTS) await card.screenshot({ path: join(SHOTS, "withdrawn-assignment-desktop.png") });
  await teacher.setViewportSize(PHONE);
  await expectNoHorizontalScroll(teacher);
  if (SHOTS) await card.screenshot({ path: join(SHOTS, "withdrawn-assignment-phone.png") });
  await teacher.setViewportSize(DESKTOP);

  // The questions of a text are made over a few requests (this one: the paste, the extraction, the
  // families in two, the pool, which questions may stand together), by a progress page that reloads itself (the Refresh header, no JavaScript
  // needed). Held on its first step (the header taken out) to look at it, then on by its link.
  const form = { text: TEXT.replace("Danzig", "Gdingen"), titel: "", quelle: "", datum: "" };
  const pastedAgain = await teacher.request.post(reviewUrl.replace(/\/texte\/.*$/, "/texte/neu"), {
    multipart: form,
    maxRedirects: 0,
    headers: { Origin: baseUrl },
  });
  expect(pastedAgain.status()).toBe(303);
  const progressUrl = new URL(pastedAgain.headers().location!, baseUrl).href;
  await teacher.route(progressUrl, async (route) => {
    const response = await route.fetch({ maxRedirects: 0 });
    const { refresh: _refresh, ...headers } = response.headers();
    await route.fulfill({ response, headers });
  });
  await teacher.goto(progressUrl);
  expect(await teacher.getByRole("status").innerText()).toBe("Fragen werden erstellt … (Schritt 2 von 6)");
  await expectNoSeriousA11yViolations(teacher);
  await teacher.setViewportSize({ width: 1280, height: 800 });
  await shoot(teacher, "progress-desktop");
  await teacher.setViewportSize(PHONE);
  await expectNoHorizontalScroll(teacher);
  await shoot(teacher, "progress-phone");
  await teacher.unroute(progressUrl);
  await teacher.getByRole("link", { name: "Weiter" }).click();
  // The progress page shows the title as its heading too: wait for the review's questions, which only the review has
  // (a fresh-clone CI read the heading on the next progress page, with no question yet).
  await expect.poll(() => teacher.getByTestId("review-question").count(), { timeout: 20_000 }).toBe(10);
  expect(await teacher.locator("h1").innerText()).toBe("Ostseerat berät in Gdingen über den Schutz von Unterseekabeln");
});
