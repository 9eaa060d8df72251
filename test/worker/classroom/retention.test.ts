/**
 * The clean-ups promised in docs/privacy.md: classes after 12 months, rate-limit counters after a day,
 * both when a class is created and in the daily scheduled run.
 */
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { expect, it } from "vitest";
import { database } from "../../../src/db";
import { CLASS_LIFETIME_DAYS, WRONG_JOIN_CODE_LIMIT } from "../../../src/worker/classroom/store";
import { countRateLimited, isRateLimited } from "../../../src/worker/rate-limit";
import worker from "../../../src/worker/index";
import { count, createClass, joinAs } from "./helpers";
import { Browser } from "../browser";

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
  for (let wrong = 0; wrong < WRONG_JOIN_CODE_LIMIT.limit; wrong++) {
    expect(await isRateLimited(db, WRONG_JOIN_CODE_LIMIT, "fenster", start + wrong)).toBe(false);
    await countRateLimited(db, WRONG_JOIN_CODE_LIMIT, "fenster", start + wrong);
  }
  expect(await isRateLimited(db, WRONG_JOIN_CODE_LIMIT, "fenster", start + 1000)).toBe(true);
  expect(await isRateLimited(db, WRONG_JOIN_CODE_LIMIT, "andere-adresse", start + 1000)).toBe(false);
  // The next window starts from zero, in the same row.
  const nextWindow = start + WRONG_JOIN_CODE_LIMIT.windowMs;
  expect(await isRateLimited(db, WRONG_JOIN_CODE_LIMIT, "fenster", nextWindow)).toBe(false);
  await countRateLimited(db, WRONG_JOIN_CODE_LIMIT, "fenster", nextWindow);
  const row = await env.DB.prepare("select count, window_start from rate_limits where key = ?").bind("join:fenster").first();
  expect(row).toEqual({ count: 1, window_start: nextWindow });
});

it("stores a hash of the address in rate-limit keys, never the address", async () => {
  const { joinCode } = await createClass();
  const wrongCode = joinCode.startsWith("E") ? "FFFF-FFFF" : "EEEE-EEEE";
  await new Browser("203.0.113.77").post("/klassen/beitreten", { code: wrongCode, nickname: "Test" });
  expect(await count("select count(*) as n from rate_limits where key like '%203.0.113.77%'")).toBe(0);
  expect(await count("select count(*) as n from rate_limits where key like 'join:%'")).toBeGreaterThan(0);
});
