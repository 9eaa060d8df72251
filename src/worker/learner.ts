/**
 * The anonymous learner: a random id in a signed, HttpOnly cookie. No account, nothing personal.
 *
 * The signing key is env.COOKIE_SECRET, or, when that is unset, a key the Worker makes once and keeps
 * in D1 (./app-secrets.ts), so that self-hosters need no configuration.
 */
import type { Context } from "hono";
import { getSignedCookie, setSignedCookie } from "hono/cookie";
import type { Db } from "../db";
import { learners } from "../db/schema/progress";
import { storedSecret } from "./app-secrets";
import type { AppEnv } from "./types";

export const LEARNER_COOKIE = "qq_lernende";
const COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60; // the longest browsers accept
const SECRET_NAME = "learner_cookie_key";
const LEARNER_ID_PATTERN = /^[0-9a-f-]{36}$/;

/** The key that signs the learner cookie; recovery codes are hashed with it too (./recovery/codes.ts). */
export async function cookieSecret(c: Context<AppEnv>): Promise<string> {
  return c.env.COOKIE_SECRET || storedSecret(c.var.db, SECRET_NAME);
}

/** The learner id from the signed cookie, or null when there is none or its signature is wrong. */
export async function getLearnerId(c: Context<AppEnv>): Promise<string | null> {
  const known = c.get("learnerId");
  if (known) return known;
  const value = await getSignedCookie(c, await cookieSecret(c), LEARNER_COOKIE);
  if (typeof value !== "string" || !LEARNER_ID_PATTERN.test(value)) return null;
  c.set("learnerId", value);
  return value;
}

async function setLearnerCookie(c: Context<AppEnv>, learnerId: string): Promise<void> {
  await setSignedCookie(c, LEARNER_COOKIE, learnerId, await cookieSecret(c), {
    path: "/",
    httpOnly: true,
    secure: new URL(c.req.url).protocol === "https:",
    sameSite: "Lax",
    maxAge: COOKIE_MAX_AGE_SECONDS,
  });
  c.set("learnerId", learnerId);
}

/**
 * Stores the learner unless the row exists. Returns D1's rows_written: 2 for a new learner (the row and
 * its primary-key index entry), 0 otherwise.
 */
export async function storeLearner(db: Db, learnerId: string): Promise<number> {
  const result = await db.insert(learners).values({ id: learnerId }).onConflictDoNothing().run();
  return result.meta.rows_written;
}

/**
 * Makes this browser the given learner from now on (a recovery code was entered, or someone else on a shared device
 * has just joined a class as a new learner): the cookie is replaced, whatever learner it held before, who keeps all
 * their data and comes back with their recovery code. The caller has checked that the learner exists.
 */
export async function continueAsLearner(c: Context<AppEnv>, learnerId: string): Promise<void> {
  await setLearnerCookie(c, learnerId);
}

/** The learner id, creating the learner (row and cookie) when the request has none. */
export async function ensureLearner(c: Context<AppEnv>): Promise<string> {
  const existing = await getLearnerId(c);
  const learnerId = existing ?? crypto.randomUUID();
  // Also for an existing cookie: the row may be gone (a reset local database, or a cookie handed out by
  // ensureLearnerCookie); a no-op write otherwise.
  await storeLearner(c.var.db, learnerId);
  if (!existing) await setLearnerCookie(c, learnerId);
  return learnerId;
}

/**
 * Gives the browser its learner cookie before a form whose post would create the learner (joining a
 * class), without writing to D1: two posts of that form at once (a double click without JavaScript)
 * then carry the same id, instead of making two learners of whom the browser keeps only one.
 */
export async function ensureLearnerCookie(c: Context<AppEnv>): Promise<void> {
  if (!(await getLearnerId(c))) await setLearnerCookie(c, crypto.randomUUID());
}

/** The learner id of the cookie, or a new one in a new cookie, without writing the learner row (a join writes it with the membership). */
export async function learnerIdWithoutRow(c: Context<AppEnv>): Promise<string> {
  await ensureLearnerCookie(c);
  return (await getLearnerId(c))!;
}
