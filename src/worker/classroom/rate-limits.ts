/**
 * Rate limits of the classroom: fixed-window counters in D1 per client address. The address never
 * reaches D1, only a hash of it with a secret salt (without the salt, a hash of an IPv4 address could be
 * reversed by trying all 2^32 of them).
 */
import { eq, lt, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "../../db";
import { rateLimits } from "../../db/schema/classroom";
import { storedSecret } from "../app-secrets";
import type { AppEnv } from "../types";
import { hashClientAddress } from "./secrets";

export interface RateLimit {
  scope: string;
  limit: number;
  windowMs: number;
}

/** Join attempts with a wrong code: 20 per address in 15 minutes (a whole class behind one school router). */
export const WRONG_JOIN_CODE_LIMIT: RateLimit = { scope: "join", limit: 20, windowMs: 15 * 60 * 1000 };
/** Successful joins: 60 per address in 15 minutes, against scripts filling a class with made-up students. */
export const JOIN_LIMIT: RateLimit = { scope: "joined", limit: 60, windowMs: 15 * 60 * 1000 };
/** New classes: 10 per address per hour. */
export const CREATE_CLASS_LIMIT: RateLimit = { scope: "create", limit: 10, windowMs: 60 * 60 * 1000 };

/** Counters older than this are deleted by the daily clean-up (./store.ts purgeExpired). */
const COUNTER_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The hash of this request's client address. Cloudflare sets CF-Connecting-IP and overwrites any value a client sends. */
export async function clientAddressHash<E extends AppEnv>(c: Context<E>): Promise<string> {
  const salt = await storedSecret(c.var.db, "rate_limit_salt");
  return hashClientAddress(c.req.header("cf-connecting-ip") ?? "unbekannt", salt);
}

function windowStart(rule: RateLimit, now: number): number {
  return now - (now % rule.windowMs);
}

/** True when the address has used up the window; costs one read and no write. */
export async function isRateLimited(db: Db, rule: RateLimit, addressHash: string, now: number): Promise<boolean> {
  const row = await db
    .select()
    .from(rateLimits)
    .where(eq(rateLimits.key, `${rule.scope}:${addressHash}`))
    .get();
  return row !== undefined && row.windowStart === windowStart(rule, now) && row.count >= rule.limit;
}

/** Counts one event; a counter from an older window starts again at 1. Returns D1's rows_written. */
export async function countRateLimited(db: Db, rule: RateLimit, addressHash: string, now: number): Promise<number> {
  const start = windowStart(rule, now);
  const result = await db
    .insert(rateLimits)
    .values({ key: `${rule.scope}:${addressHash}`, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} = ${start} then ${rateLimits.count} + 1 else 1 end`,
        windowStart: start,
      },
    })
    .run();
  return result.meta.rows_written;
}

/** Deletes counters of windows long past. */
export async function purgeRateLimits(db: Db, now: number): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, now - COUNTER_LIFETIME_MS));
}
