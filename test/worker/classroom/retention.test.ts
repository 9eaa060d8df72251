/**
 * The clean-ups promised in docs/privacy.md: classes after 12 months, rate-limit counters after a day,
 * both when a class is created and in the daily scheduled run.
 */
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { expect, it } from "vitest";
import { database } from "../../../src/db";
import { CLASS_LIFETIME_DAYS, IDLE_LEARNER_DAYS, PRACTICE_LIFETIME_DAYS, WRONG_JOIN_CODE_LIMIT } from "../../../src/worker/classroom/store";
import { takeSlot } from "../../../src/worker/rate-limit";
import worker from "../../../src/worker/index";
import { count, createClass, joinAs } from "./helpers";
import { Browser, redirectTarget, visibleText } from "../browser";

const DAY_MS = 24 * 60 * 60 * 1000;

it("deletes a class and its members when a new class is created after its lifetime", async () => {
  const old = await createClass("Vorletztes Schuljahr");
  const recent = await createClass("Dieses Schuljahr");
  await joinAs(old.joinCode, "Ehemalige");
  const longAgo = Date.now() - (CLASS_LIFETIME_DAYS + 1) * DAY_MS;
  await env.DB.prepare("update classes set created_at = ? where id = ?").bind(longAgo, old.classId).run();

  await createClass("Neue Klasse");
  expect(await count("select count(*) as n from classes where id = ?", old.classId)).toBe(0);
  expect(await count("select count(*) as n from class_members where class_id = ?", old.classId)).toBe(0);
  expect(await count("select count(*) as n from classes where id = ?", recent.classId)).toBe(1);
});

it("deletes expired classes and old rate-limit counters in the daily scheduled run, without any request", async () => {
  const old = await createClass("Abgelaufen");
  const recent = await createClass("Aktuell");
  await joinAs(old.joinCode, "Ehemaliger");
  const now = Date.now();
  await env.DB.prepare("update classes set created_at = ? where id = ?")
    .bind(now - (CLASS_LIFETIME_DAYS + 1) * DAY_MS, old.classId)
    .run();
  await env.DB.prepare("insert into rate_limits (key, count, window_start) values ('join:alt', 3, ?)")
    .bind(now - 2 * DAY_MS)
    .run();

  const context = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime: now, cron: "17 3 * * *" }), env, context);
  await waitOnExecutionContext(context);

  expect(await count("select count(*) as n from classes where id = ?", old.classId)).toBe(0);
  expect(await count("select count(*) as n from class_members where class_id = ?", old.classId)).toBe(0);
  expect(await count("select count(*) as n from classes where id = ?", recent.classId)).toBe(1);
  expect(await count("select count(*) as n from rate_limits where key = 'join:alt'")).toBe(0);
});

it("counts wrong codes in fixed windows per address", async () => {
  const db = database(env.DB);
  const start = 1_800_000_000_000 - (1_800_000_000_000 % WRONG_JOIN_CODE_LIMIT.windowMs);
  for (let wrong = 0; wrong < WRONG_JOIN_CODE_LIMIT.limit; wrong++) expect(await takeSlot(db, WRONG_JOIN_CODE_LIMIT, "fenster", start + wrong)).toBe(true);
  expect(await takeSlot(db, WRONG_JOIN_CODE_LIMIT, "fenster", start + 1000)).toBe(false);
  expect(await takeSlot(db, WRONG_JOIN_CODE_LIMIT, "andere-adresse", start + 1000)).toBe(true);
  // A refused try counts nothing; the next window starts from zero, in the same row.
  const nextWindow = start + WRONG_JOIN_CODE_LIMIT.windowMs;
  expect(await env.DB.prepare("select count from rate_limits where key = ?").bind("join:fenster").first()).toEqual({ count: WRONG_JOIN_CODE_LIMIT.limit });
  expect(await takeSlot(db, WRONG_JOIN_CODE_LIMIT, "fenster", nextWindow)).toBe(true);
  const row = await env.DB.prepare("select count, window_start from rate_limits where key = ?").bind("join:fenster").first();
  expect(row).toEqual({ count: 1, window_start: nextWindow });
});

it("deletes practice past its lifetime and learners in no class with nothing left, in the daily run", async () => {
  const now = Date.now();
  const old = (days: number) => now - (days + 1) * DAY_MS;
  await env.DB.batch([
    // A learner whose practice is old: the attempt goes, then the learner.
    env.DB.prepare("insert into learners (id, created_at) values ('purge-old', ?)").bind(old(PRACTICE_LIFETIME_DAYS)),
    env.DB.prepare(
      "insert into attempts (id, learner_id, quiz_id, question_ids, created_at) values ('purge-old-attempt', 'purge-old', 'gemischt', '[]', ?)",
    ).bind(old(PRACTICE_LIFETIME_DAYS)),
    env.DB.prepare("insert into answers (attempt_id, question_id, response, score) values ('purge-old-attempt', 'q_1', '\"a\"', 1)"),
    // A learner made by a "Starten" long ago who never got further (no attempt): goes.
    env.DB.prepare("insert into learners (id, created_at) values ('purge-idle', ?)").bind(old(IDLE_LEARNER_DAYS)),
    // A learner with recent practice: stays, with the old attempt gone and the recent one kept.
    env.DB.prepare("insert into learners (id, created_at) values ('purge-active', ?)").bind(old(PRACTICE_LIFETIME_DAYS)),
    env.DB.prepare(
      "insert into attempts (id, learner_id, quiz_id, question_ids, created_at) values ('purge-active-old', 'purge-active', 'gemischt', '[]', ?)",
    ).bind(old(PRACTICE_LIFETIME_DAYS)),
    env.DB.prepare(
      "insert into attempts (id, learner_id, quiz_id, question_ids, created_at) values ('purge-active-new', 'purge-active', 'gemischt', '[]', ?)",
    ).bind(now),
    // A new learner without attempts yet: stays.
    env.DB.prepare("insert into learners (id, created_at) values ('purge-new', ?)").bind(now),
  ]);
  // A learner in a class, without attempts, made long ago: stays.
  const { joinCode, classId } = await createClass("Bleibt");
  await joinAs(joinCode, "Bleibt");
  const member = await env.DB.prepare("select learner_id from class_members where class_id = ?").bind(classId).first<{ learner_id: string }>();
  await env.DB.prepare("update learners set created_at = ? where id = ?").bind(old(PRACTICE_LIFETIME_DAYS), member!.learner_id).run();

  const context = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime: now, cron: "17 3 * * *" }), env, context);
  await waitOnExecutionContext(context);

  const learnersLeft = async (...ids: string[]) => count(`select count(*) as n from learners where id in (${ids.map(() => "?").join(",")})`, ...ids);
  expect(await learnersLeft("purge-old", "purge-idle")).toBe(0);
  expect(await learnersLeft("purge-active", "purge-new", member!.learner_id)).toBe(3);
  expect(await count("select count(*) as n from attempts where id in ('purge-old-attempt', 'purge-active-old')")).toBe(0);
  expect(await count("select count(*) as n from answers where attempt_id = 'purge-old-attempt'")).toBe(0);
  expect(await count("select count(*) as n from attempts where id = 'purge-active-new'")).toBe(1);
});

it("stores a hash of the address in rate-limit keys, never the address", async () => {
  const { joinCode } = await createClass();
  const wrongCode = joinCode.startsWith("E") ? "FFFF-FFFF" : "EEEE-EEEE";
  await new Browser("203.0.113.77").post("/klassen/beitreten", { code: wrongCode, nickname: "Test" });
  expect(await count("select count(*) as n from rate_limits where key like '%203.0.113.77%'")).toBe(0);
  expect(await count("select count(*) as n from rate_limits where key like 'join:%'")).toBeGreaterThan(0);
});

it("a class member whose old practice attempt the daily run deleted is told the attempt is gone, without a reason nobody knows", async () => {
  const { joinCode, classId } = await createClass("Übt auch allein");
  const { student, classPath } = await joinAs(joinCode, "Langzeit");
  const attemptPath = redirectTarget(await student.post("/quiz/gemischt/starten"));
  const attemptId = attemptPath.split("/").pop()!;
  const now = Date.now();
  await env.DB.prepare("update attempts set created_at = ? where id = ?")
    .bind(now - (PRACTICE_LIFETIME_DAYS + 1) * DAY_MS, attemptId)
    .run();
  const context = createExecutionContext();
  worker.scheduled(createScheduledController({ scheduledTime: now, cron: "17 3 * * *" }), env, context);
  await waitOnExecutionContext(context);
  expect(await count("select count(*) as n from attempts where id = ?", attemptId)).toBe(0);
  expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(1);

  for (const response of [await student.get(`${attemptPath}/frage/1`), await student.get(`${attemptPath}/ergebnis`)]) {
    expect(response.status).toBe(404);
    const html = await response.text();
    const text = visibleText(html);
    expect(text).toContain("Dieses Quiz gibt es nicht (mehr). Was du jetzt bearbeiten kannst, siehst du bei deiner Klasse.");
    // Neither the teacher nor another browser did anything here.
    expect(text).not.toContain("Lehrkraft");
    expect(text).not.toContain("anderen Browser");
    expect(html).toContain(`href="${classPath}"`);
  }
});
