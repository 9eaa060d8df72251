/** A class iPad shared by students: a second join never silently becomes the member the device holds. */
import { env } from "cloudflare:test";
import { afterEach, expect, it, vi } from "vitest";
import { MAX_MEMBERS } from "../../../src/worker/classroom/store";
import { WRONG_RECOVERY_CODE_LIMIT } from "../../../src/worker/recovery/routes";
import { holdClockMidWindow } from "../clock";
import { visibleText } from "../browser";
import { Browser, redirectTarget } from "../browser";
import { count, createClass } from "./helpers";

afterEach(() => {
  vi.useRealTimers();
});

it("asks 'Bist du Fuchs?' and switches cleanly to the new student; Fuchs keeps everything", async () => {
  const { classId, joinCode } = await createClass();
  const ipad = new Browser("192.0.2.80");
  expect(redirectTarget(await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Fuchs" }))).toBe(`/klassen/meine/${classId}`);
  const fuchsCookie = ipad.cookies.get("qq_lernende");

  // The same nickname again (another spelling of it): still Fuchs, straight to the class.
  expect(redirectTarget(await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "fuchs" }))).toBe(`/klassen/meine/${classId}`);

  const asked = await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Igel" });
  expect(asked.status).toBe(200);
  const question = visibleText(await asked.text());
  expect(question).toContain("Bist du Fuchs?");
  expect(question).toContain("Nein, ich bin Igel");
  expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(1);

  // "Ja, ich bin Fuchs": back to Fuchs's class page, nothing changes.
  expect(redirectTarget(await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Fuchs" }))).toBe(`/klassen/meine/${classId}`);
  expect(ipad.cookies.get("qq_lernende")).toBe(fuchsCookie);

  // "Nein, ich bin Igel": the device becomes a new learner who joins as Igel.
  const switched = await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Igel", jemandAnderes: "ja" });
  expect(redirectTarget(switched)).toBe(`/klassen/meine/${classId}`);
  expect(ipad.cookies.get("qq_lernende")).not.toBe(fuchsCookie);
  expect(visibleText(await (await ipad.get(`/klassen/meine/${classId}`)).text())).toContain("Du bist dabei als Igel");
  expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(2);
  expect(await count("select count(distinct learner_id) as n from class_members where class_id = ?", classId)).toBe(2);

  // Fuchs on this device again: asked whether they are Igel; "no, Fuchs" is refused (Fuchs exists) and
  // leaves Igel on the device: Fuchs is told to use the code, no duplicate is made.
  const igelCookie = ipad.cookies.get("qq_lernende");
  expect(visibleText(await (await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Fuchs" })).text())).toContain("Bist du Igel?");
  const taken = await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Fuchs", jemandAnderes: "ja" });
  expect(taken.status).toBe(409);
  expect(visibleText(await taken.text())).toContain("Bist du das auf einem neuen Gerät?");
  expect(ipad.cookies.get("qq_lernende")).toBe(igelCookie);
  const elsewhere = await new Browser("192.0.2.81").post("/klassen/beitreten", { code: joinCode, nickname: "Fuchs" });
  expect(elsewhere.status).toBe(409);
  expect(visibleText(await elsewhere.text())).toContain("Bist du das auf einem neuen Gerät?");
  expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(2);
});

it("keeps the device's member when 'Ich bin jemand anderes' is refused (the class full): no new learner, no switched cookie", async () => {
  const { classId, joinCode } = await createClass();
  const ipad = new Browser("192.0.2.82");
  expect(redirectTarget(await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Luchs" }))).toBe(`/klassen/meine/${classId}`);
  const luchsCookie = ipad.cookies.get("qq_lernende");
  // The class filled up meanwhile (written directly: a hundred joins would be rate limited).
  const others = Array.from({ length: MAX_MEMBERS - 1 }, () => crypto.randomUUID());
  await env.DB.batch(
    others.flatMap((learnerId, index) => [
      env.DB.prepare("insert into learners (id) values (?)").bind(learnerId),
      env.DB.prepare("insert into class_members (class_id, learner_id, nickname, nickname_key, lookalike_key) values (?, ?, ?, ?, ?)").bind(
        classId,
        learnerId,
        `Kind ${index}`,
        `kind ${index}`,
        `kind ${index}`,
      ),
    ]),
  );
  const learnersBefore = await count("select count(*) as n from learners");

  const refused = await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Marder", jemandAnderes: "ja" });
  expect(refused.status).toBe(409);
  expect(visibleText(await refused.text())).toContain("Diese Klasse ist voll");
  expect(ipad.cookies.get("qq_lernende")).toBe(luchsCookie);
  expect(visibleText(await (await ipad.get(`/klassen/meine/${classId}`)).text())).toContain("Du bist dabei als Luchs");
  expect(await count("select count(*) as n from learners")).toBe(learnersBefore);
});

it("a student continues on a new device with the code from the class page; wrong codes are refused and rate limited", async () => {
  holdClockMidWindow(WRONG_RECOVERY_CODE_LIMIT.windowMs);
  const { classId, joinCode } = await createClass();
  const ipad = new Browser("192.0.2.90");
  expect(redirectTarget(await ipad.post("/klassen/beitreten", { code: joinCode, nickname: "Dachs" }))).toBe(`/klassen/meine/${classId}`);
  const classPage = await (await ipad.get(`/klassen/meine/${classId}`)).text();
  expect(visibleText(classPage)).toContain("Auf einem anderen Gerät weitermachen");
  const made = await ipad.post("/weitermachen/code", { zurueck: `/klassen/meine/${classId}` });
  const shown = await (await ipad.get(redirectTarget(made))).text();
  const code = /class="recovery-code code"[^>]*>([A-Z0-9-]+)</.exec(shown)![1]!;
  expect(shown).toContain(`href="/klassen/meine/${classId}"`);

  // The new device: the nickname is taken, the code brings Dachs back (no duplicate).
  const laptop = new Browser("192.0.2.91");
  expect((await laptop.post("/klassen/beitreten", { code: joinCode, nickname: "Dachs" })).status).toBe(409);
  expect((await laptop.post("/weitermachen", { code: code.toLowerCase() })).status).toBe(303);
  expect(visibleText(await (await laptop.get(`/klassen/meine/${classId}`)).text())).toContain("Du bist dabei als Dachs");
  expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(1);

  // Guessing: refused with a German message, and after the limit per address, refused without checking.
  const guesser = new Browser("192.0.2.92");
  const wrong = await guesser.post("/weitermachen", { code: "AAAA-AAAA-AAAA" });
  expect(wrong.status).toBe(404);
  expect(visibleText(await wrong.text())).toContain("Diesen Code gibt es nicht");
  let status = 404;
  for (let guess = 0; guess < 40 && status !== 429; guess++) status = (await guesser.post("/weitermachen", { code: "AAAA-AAAA-AAAB" })).status;
  expect(status).toBe(429);
  expect((await guesser.post("/weitermachen", { code })).status).toBe(429);
  expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(1);
});
