/**
 * Rate limits in D1: fixed-window counters per client address and scope (wrong class codes, new classes,
 * wrong recovery codes). The address never reaches D1, only a salted hash of it. Every limited route
 * takes the client's key from clientAddressHash(), so a change in how addresses are keyed applies to all.
 */
import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import { appSecrets } from "../db/schema/progress";
import { rateLimits } from "../db/schema/classroom";
import { drizzle, type DrizzleD1Database } from "drizzle-orm/d1";
import { hashSecret, randomId } from "./classroom/secrets";

type Db = DrizzleD1Database;

const RATE_LIMIT_SALT = "rate_limit_salt";
let rateLimitSalt: Promise<string> | undefined;

/** The salt for hashing client addresses: made once per deployment, kept in D1, cached per isolate. */
export function clientAddressSalt(db: Db): Promise<string> {
  rateLimitSalt ??= (async () => {
    const read = () => db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, RATE_LIMIT_SALT)).get();
    const existing = await read();
    if (existing) return existing.value;
    // Two isolates may get here at once: the first insert wins, and both read back the same salt.
    await db
      .insert(appSecrets)
      .values({ name: RATE_LIMIT_SALT, value: randomId(32) })
      .onConflictDoNothing();
    const stored = await read();
    if (!stored) throw new Error("rate-limit salt could not be stored in D1");
    return stored.value;
  })().catch((error: unknown) => {
    rateLimitSalt = undefined;
    throw error;
  });
  return rateLimitSalt;
}

/**
 * For rate limiting: the client address never reaches D1, only a hash of it with a secret salt (without
 * the salt, a hash of an IPv4 address could be reversed by trying all 2^32 of them).
 */
export async function hashClientAddress(address: string, salt: string): Promise<string> {
  return (await hashSecret(`${salt}:${address}`)).slice(0, 32);
}

/** The rate-limit key of the request's client. Cloudflare sets CF-Connecting-IP and overwrites any value a client sends. */
export async function clientAddressHash(c: Context): Promise<string> {
  const salt = await clientAddressSalt(drizzle((c.env as Env).DB));
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

/** Counts one event; a counter from an older window starts again at 1. */
export async function countRateLimited(db: Db, rule: RateLimit, addressHash: string, now: number): Promise<void> {
  await rateLimitCountQuery(db, rule, addressHash, now);
}

export function rateLimitCountQuery(db: Db, rule: RateLimit, addressHash: string, now: number) {
  const start = windowStart(rule, now);
  return db
    .insert(rateLimits)
    .values({ key: `${rule.scope}:${addressHash}`, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} = ${start} then ${rateLimits.count} + 1 else 1 end`,
        windowStart: start,
      },
    });
}
