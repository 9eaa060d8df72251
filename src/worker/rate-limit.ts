/**
 * Rate limits in D1: fixed-window counters per client address and scope (wrong class codes, new classes,
 * wrong recovery codes). The address never reaches D1, only a salted hash of it. Every limited route
 * takes the client's key from clientAddressHash(), so a change in how addresses are keyed applies to all.
 */
import { eq, lt, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "../db";
import { rateLimits } from "../db/schema/classroom";
import { storedSecret } from "./app-secrets";
import { hashSecret } from "./classroom/secrets";
import type { AppEnv } from "./types";

/** Counters older than this are deleted by the daily clean-up (./classroom/store.ts purgeExpired). */
const COUNTER_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * For rate limiting: the client address never reaches D1, only a hash of it with a secret salt (without
 * the salt, a hash of an IPv4 address could be reversed by trying all 2^32 of them).
 */
export async function hashClientAddress(address: string, salt: string): Promise<string> {
  return (await hashSecret(`${salt}:${address}`)).slice(0, 32);
}

/** The rate-limit key of the request's client. Cloudflare sets CF-Connecting-IP and overwrites any value a client sends. */
export async function clientAddressHash<E extends AppEnv>(c: Context<E>): Promise<string> {
  // The salt is made once per deployment and kept in D1 (./app-secrets.ts).
  const salt = await storedSecret(c.var.db, "rate_limit_salt");
  return hashClientAddress(c.req.header("cf-connecting-ip") ?? "unbekannt", salt);
}

export interface RateLimit {
  scope: string;
  limit: number;
  windowMs: number;
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
