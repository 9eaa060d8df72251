/**
 * Rate limits in D1: fixed-window counters per client and scope. The client's address never reaches D1,
 * only a salted hash of its network: an IPv4 address, or the /64 of an IPv6 address, because one IPv6
 * client holds a whole /64 and can rotate through it at will. Every limited route takes its key from
 * clientAddressHash(), so how clients are keyed is decided here once.
 *
 * A slot is taken in one conditional upsert that returns the new count: parallel requests cannot all
 * read "below the limit" and then all count, as they could when the check and the count were two queries.
 */
import { lt, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "../db";
import { rateLimits } from "../db/schema/classroom";
import { storedSecret } from "./app-secrets";
import { hashSecret } from "./classroom/secrets";
import type { AppEnv } from "./types";

/** Counters older than this are deleted by the daily clean-up (./classroom/store.ts purgeExpired). */
const COUNTER_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * The network a client is limited as: an IPv4 address as it is, an IPv6 address as its first 64 bits
 * ("2001:db8:0:1::/64"), since a client gets a whole /64 and picks addresses in it freely. An IPv4 address
 * mapped into IPv6 ("::ffff:192.0.2.1") is the IPv4 address.
 */
export function clientNetwork(address: string): string {
  const trimmed = address.trim().toLowerCase();
  if (!trimmed.includes(":")) return trimmed;
  const mapped = trimmed.match(/^(?:0*:)*:?ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped) return mapped[1]!;
  const groups = expandIpv6(trimmed.replace(/%.*$/, ""));
  if (!groups) return trimmed;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, or undefined when it is none. */
function expandIpv6(address: string): string[] | undefined {
  const halves = address.split("::");
  if (halves.length > 2) return undefined;
  const groupsOf = (part: string) => (part === "" ? [] : part.split(":"));
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  // An embedded IPv4 tail ("::1.2.3.4") counts as two groups; only the first four groups matter here.
  const last = tail.at(-1) ?? head.at(-1);
  const tailGroups = last?.includes(".") ? 1 : 0;
  const missing = 8 - head.length - tail.length - tailGroups;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  return groups.every((group) => /^[0-9a-f]{1,4}$/.test(group) || group.includes(".")) ? groups : undefined;
}

/**
 * For rate limiting: the client address never reaches D1, only a hash of it with a secret salt (without
 * the salt, a hash of an IPv4 address could be reversed by trying all 2^32 of them).
 */
export async function hashClientAddress(address: string, salt: string): Promise<string> {
  return (await hashSecret(`${salt}:${clientNetwork(address)}`)).slice(0, 32);
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

/**
 * Takes one of the address's slots in the current window: true when there was one, false when the
 * window is used up (then nothing is counted). One statement: an upsert whose update only happens below
 * the limit, returning the new count.
 */
export async function takeSlot(db: Db, rule: RateLimit, addressHash: string, now: number): Promise<boolean> {
  const rows = await takeSlotQuery(db, rule, addressHash, now);
  return rows.length > 0;
}

export function takeSlotQuery(db: Db, rule: RateLimit, addressHash: string, now: number) {
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
      setWhere: sql`${rateLimits.windowStart} <> ${start} or ${rateLimits.count} < ${rule.limit}`,
    })
    .returning({ count: rateLimits.count });
}

/** Gives back a slot taken in this window (the event turned out not to count, such as a correct code). */
export function giveBackSlotQuery(db: Db, rule: RateLimit, addressHash: string, now: number) {
  return db
    .update(rateLimits)
    .set({ count: sql`${rateLimits.count} - 1` })
    .where(sql`${rateLimits.key} = ${`${rule.scope}:${addressHash}`} and ${rateLimits.windowStart} = ${windowStart(rule, now)} and ${rateLimits.count} > 0`);
}

/** Deletes counters of windows long past. */
export async function purgeRateLimits(db: Db, now: number): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, now - COUNTER_LIFETIME_MS));
}

/**
 * A slot taken inside a D1 batch, for writes that must count and happen together: `statement` takes
 * the slot (first in the batch), and `held` is an SQL condition (with its parameters) for the later
 * statements, true only when this statement got a slot. A refused statement leaves the counter one
 * above the limit, which is how `held` tells a refusal from taking the last slot.
 */
export function slotInBatch(db: Db, rule: RateLimit, addressHash: string, now: number): { statement: D1PreparedStatement; held: string; params: unknown[] } {
  const key = `${rule.scope}:${addressHash}`;
  const start = windowStart(rule, now);
  const statement = db.$client
    .prepare(
      `insert into rate_limits (key, window_start, count) values (?1, ?2, 1)
       on conflict (key) do update set count = case when window_start = ?2 then count + 1 else 1 end, window_start = ?2
       where window_start <> ?2 or count <= ?3`,
    )
    .bind(key, start, rule.limit);
  return { statement, held: "coalesce((select count from rate_limits where key = ? and window_start = ?), 0) <= ?", params: [key, start, rule.limit] };
}
