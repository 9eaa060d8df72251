/**
 * Recovery codes through the Worker: a code made on one device moves the learner's progress to a fresh
 * cookie jar; only a hash is stored; a new code replaces the old; wrong codes are refused with a German
 * message and, per client address, rate limited.
 */
import { env } from "cloudflare:test";
import { afterEach, expect, it, vi } from "vitest";
import { holdClockMidWindow } from "../clock";
import { getQuestion, listDocuments, quizPool } from "../../../src/bank";
import { LEARNER_COOKIE } from "../../../src/worker/learner";
import { WRONG_RECOVERY_CODE_LIMIT } from "../../../src/worker/recovery/routes";
import { CODE_ALPHABET } from "../../../src/worker/typed-codes";
import { Browser, redirectTarget, visibleText } from "../browser";
import { createClass, joinAs } from "../classroom/helpers";
import { wrongForm } from "../quiz/client";

afterEach(() => {
  vi.useRealTimers();
});

let addresses = 0;
/** A client address of its own for each device, so that the tests' counters do not meet. */
const newDevice = () => new Browser(`198.51.100.${++addresses}`);

/** Makes a code on the device and reads it off the page the post leads to, as the learner would. */
async function makeCode(device: Browser, returnTo = "/fortschritt"): Promise<{ code: string; html: string }> {
  const posted = await device.post("/weitermachen/code", { zurueck: returnTo });
  expect(posted.headers.get("Cache-Control")).toBe("no-store");
  const shown = await device.get(redirectTarget(posted));
  expect(shown.status).toBe(200);
  expect(shown.headers.get("Cache-Control")).toBe("no-store");
  const html = await shown.text();
  const code = /class="recovery-code code"[^>]*>([A-Z0-9-]+)</.exec(html)?.[1];
  expect(code, "the code on the page").toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  return { code: code!, html };
}

/** A learner who answered one question wrong; returns the question. */
async function practise(device: Browser) {
  const documentId = listDocuments().find((document) => quizPool(document.id).length > 0)!.id;
  const attemptId = await device.startQuiz(documentId);
  const row = await env.DB.prepare("select question_ids from attempts where id = ?").bind(attemptId).first<{ question_ids: string }>();
  const question = getQuestion((JSON.parse(row!.question_ids) as string[])[0]!)!;
  await device.post(`/versuch/${attemptId}/frage/1`, wrongForm(question).form);
  return question;
}

const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

it("the code moves a learner's progress to a fresh cookie jar", async () => {
  const phone = newDevice();
  const question = await practise(phone);
  const progressOnPhone = (await phone.page("/fortschritt")).html;
  expect(progressOnPhone).toContain(escaped(question.stem));
  expect(progressOnPhone).toContain("Code erstellen");
  const { code } = await makeCode(phone);
  // Afterwards the page says there is a code, without showing it again.
  const after = (await phone.page("/fortschritt")).html;
  expect(after).toContain("Neuen Code erstellen");
  expect(after).not.toContain(code);

  const laptop = newDevice();
  expect((await laptop.page("/fortschritt")).html).not.toContain(escaped(question.stem));
  const typedSloppily = ` ${code.toLowerCase().replace(/-/g, " ")} `;
  expect(redirectTarget(await laptop.post("/weitermachen", { code: typedSloppily }))).toBe("/fortschritt?weiter=ja");
  expect(laptop.cookies.get(LEARNER_COOKIE)).toBe(phone.cookies.get(LEARNER_COOKIE));
  const progressOnLaptop = await laptop.page("/fortschritt?weiter=ja");
  expect(visibleText(progressOnLaptop.html)).toContain("Du machst jetzt auf diesem Gerät weiter");
  expect(progressOnLaptop.html).toContain(escaped(question.stem));
  // The same review queue too: one card, not yet due.
  expect(visibleText((await laptop.page("/wiederholen")).html)).toContain("1 Frage in deiner Wiederholung");
});

it("stores only a hash of the code; a new code replaces the old one", async () => {
  const device = newDevice();
  const first = await makeCode(device);
  const { results } = await env.DB.prepare("select * from recovery_codes").all<Record<string, unknown>>();
  const stored = JSON.stringify(results);
  for (const form of [first.code, first.code.replace(/-/g, "")]) expect(stored).not.toContain(form);

  const second = await makeCode(device);
  expect(second.code).not.toBe(first.code);
  expect(visibleText(second.html)).toContain("Dein alter Code gilt ab jetzt nicht mehr");
  const other = newDevice();
  const refused = await other.post("/weitermachen", { code: first.code });
  expect(refused.status).toBe(404);
  expect(visibleText(await refused.text())).toContain("Diesen Code gibt es nicht, oder er wurde durch einen neueren ersetzt");
  expect(redirectTarget(await other.post("/weitermachen", { code: second.code }))).toBe("/fortschritt?weiter=ja");
});

it("refuses wrong codes with a German message and rate limits them per address", async () => {
  holdClockMidWindow(WRONG_RECOVERY_CODE_LIMIT.windowMs);
  const owner = newDevice();
  const { code } = await makeCode(owner);
  const guesser = newDevice();
  const guesserCookie = () => guesser.cookies.get(LEARNER_COOKIE);
  await guesser.page("/");
  const before = guesserCookie();

  const malformed = await guesser.post("/weitermachen", { code: "ABCD-EFGH" });
  expect(malformed.status).toBe(400);
  expect(visibleText(await malformed.text())).toContain("Ein Code hat 12 Zeichen, zum Beispiel ABCD-EFGH-JKMN.");
  // Twelve characters, one a letter codes leave out (an I for a one): said so, not "has 12 characters".
  const lookalike = await guesser.post("/weitermachen", { code: "ABCD-EFGH-JKMI" });
  expect(lookalike.status).toBe(400);
  expect(visibleText(await lookalike.text())).toContain("In einem Code kommen nur die Buchstaben A bis Z ohne I, L und O und die Ziffern 2 bis 9 vor.");
  const empty = await guesser.post("/weitermachen", { code: "  " });
  expect(empty.status).toBe(400);
  expect(visibleText(await empty.text())).toContain("Bitte gib deinen Code ein.");

  // A wrong code of the right form: any other letter at the end.
  const lastLetter = code.at(-1)!;
  const wrong = `${code.slice(0, -1)}${CODE_ALPHABET[(CODE_ALPHABET.indexOf(lastLetter) + 1) % CODE_ALPHABET.length]}`;
  // The two malformed codes counted; the empty field did not.
  for (let guess = 2; guess < WRONG_RECOVERY_CODE_LIMIT.limit; guess++) {
    const response = await guesser.post("/weitermachen", { code: wrong });
    expect(response.status, `guess ${guess}`).toBe(404);
  }
  const limited = await guesser.post("/weitermachen", { code });
  expect(limited.status, "even the right code, once the address used up its tries").toBe(429);
  expect(limited.headers.get("Retry-After")).toBe(String(WRONG_RECOVERY_CODE_LIMIT.windowMs / 1000));
  expect(visibleText(await limited.text())).toContain("Zu viele falsche Codes von diesem Anschluss. Bitte warte 15 Minuten.");
  expect(guesserCookie()).toBe(before);

  // Another address is not affected.
  const elsewhere = newDevice();
  expect(redirectTarget(await elsewhere.post("/weitermachen", { code }))).toBe("/fortschritt?weiter=ja");
});

it("leads back to the page it was made on, and only to pages of this site", async () => {
  const device = newDevice();
  const classPage = "/klassen/meine/AbCdEfGhIjKlMnOp";
  expect((await makeCode(device, classPage)).html).toContain(`href="${classPage}"`);
  for (const elsewhere of ["https://example.com/", "//example.com/fortschritt", "/klassen/lehrkraft/AbCdEfGhIjKlMnOp"]) {
    const { html } = await makeCode(device, elsewhere);
    expect(html).not.toContain(`href="${escaped(elsewhere)}"`);
    expect(html).toContain('href="/fortschritt"');
  }
});

it("a class member makes the code on the class page and finds the class on the other device", async () => {
  const { joinCode } = await createClass("8a Recovery");
  const { student, classPath } = await joinAs(joinCode, "Wandernde", "198.51.100.200");
  const classPage = await (await student.get(classPath)).text();
  expect(visibleText(classPage)).toContain("Auf einem anderen Gerät weitermachen");
  expect(classPage).toContain(`name="zurueck" value="${classPath}"`);
  const { code } = await makeCode(student, classPath);

  const otherDevice = newDevice();
  expect(redirectTarget(await otherDevice.post("/weitermachen", { code }))).toBe("/fortschritt?weiter=ja");
  const onOtherDevice = await otherDevice.get(classPath);
  expect(onOtherDevice.status).toBe(200);
  expect(visibleText(await onOtherDevice.text())).toContain("Du bist dabei als Wandernde");
});

it("the code page names the start page's link to the code field as the start page writes it", async () => {
  const device = newDevice();
  await practise(device);
  const { html } = await makeCode(device);
  const named = /auf der Startseite: „([^“]+)“/.exec(visibleText(html))?.[1];
  expect(named, "the code page names a link of the start page").toBeDefined();
  const startPage = (await newDevice().page("/")).html;
  expect(startPage).toContain(`<a href="/weitermachen">${named}</a>`);
});

it("a reload or Back of the code page keeps the code: the post leads to a page that shows it once, never in the address", async () => {
  const device = newDevice();
  const posted = await device.post("/weitermachen/code", { zurueck: "/fortschritt" });
  expect(posted.status).toBe(303);
  const address = redirectTarget(posted);
  expect(address).toBe("/weitermachen/code");
  const shown = await (await device.get(address)).text();
  const code = /class="recovery-code code"[^>]*>([A-Z0-9-]+)</.exec(shown)![1]!;
  expect(posted.headers.get("Location")).not.toContain(code.replace(/-/g, ""));

  const reloaded = await device.get(address);
  expect(reloaded.status).toBe(200);
  expect(reloaded.headers.get("Cache-Control")).toBe("no-store");
  const reloadedText = visibleText(await reloaded.text());
  expect(reloadedText).toContain("Du hast dir gerade einen Code erstellt");
  expect(reloadedText).not.toContain(code);
  expect(redirectTarget(await newDevice().post("/weitermachen", { code }))).toBe("/fortschritt?weiter=ja");

  // From a class page, the way back stays in the address (the code does not).
  const classPage = "/klassen/meine/AbCdEfGhIjKlMnOp";
  const fromClass = redirectTarget(await device.post("/weitermachen/code", { zurueck: classPage }));
  expect(fromClass).toBe(`/weitermachen/code?zurueck=${encodeURIComponent(classPage)}`);
  await device.get(fromClass);
  expect(await (await device.get(fromClass)).text()).toContain(`href="${classPage}"`);
  // Without a code the page leads back.
  expect(redirectTarget(await newDevice().get(address))).toBe("/fortschritt");
});
