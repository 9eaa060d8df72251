/**
 * Recovery codes: a learner makes a code on one device and types it on another, which then continues
 * as the same learner (the signed learner cookie is set to them). Wrong codes count against a rate
 * limit per client address (../rate-limit.ts).
 */
import { zValidator } from "@hono/zod-validator";
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import * as z from "zod";
import { jsonErrors, messageResponse } from "../errors";
import { continueAsLearner, cookieSecret, ensureLearner, getLearnerId } from "../learner";
import { clientAddressHash, giveBackSlotQuery, type RateLimit, takeSlot } from "../rate-limit";
import type { AppEnv } from "../types";
import { CODE_LETTERS, hasLetterOutsideCodes } from "../typed-codes";
import { normalizeRecoveryCode, RECOVERY_CODE_LENGTH } from "./codes";
import { CONTINUE_PATH, ContinuePage, RECOVERY_CODE_PATH, RecoveryCodeMadePage, RecoveryCodeShownPage } from "./pages";
import { createRecoveryCode, hasStartedQuizzes, learnerOfRecoveryCode, recoveryCodeStatus } from "./store";

/** Wrong codes: 30 per address in 15 minutes (a class behind one school router, typing 12 letters each). */
export const WRONG_RECOVERY_CODE_LIMIT: RateLimit = { scope: "recover", limit: 30, windowMs: 15 * 60 * 1000 };
/** New codes: 60 per address in 15 minutes, against scripts filling the table. */
export const NEW_RECOVERY_CODE_LIMIT: RateLimit = { scope: "recover-new", limit: 60, windowMs: 15 * 60 * 1000 };

/** After a code was entered: "Mein Fortschritt" greets the learner. */
export const CONTINUED_PATH = "/fortschritt?weiter=ja";

export const recoveryRoutes = new Hono<AppEnv>();

/** A code on the page, or the learner's own state: never stored by a cache. */
const personal = (c: Context<AppEnv>) => c.header("Cache-Control", "no-store");

const minutes = (rule: RateLimit) => rule.windowMs / 60_000;

function tooMany(c: Context<AppEnv>, rule: RateLimit, title: string, message: string) {
  c.header("Retry-After", String(rule.windowMs / 1000));
  return messageResponse(c, 429, title, message);
}

/**
 * The new code travels from the post to the page that shows it in a short-lived cookie of that page
 * alone, never in an address (history, logs, Referer); the page deletes it, so a reload or Back shows
 * that a code was made instead of posting again and silently replacing the code just written down.
 */
const NEW_CODE_COOKIE = "qq_neuer_code";
const NEW_CODE_COOKIE_SECONDS = 5 * 60;
/** The cookie's value after the code when the code replaced an older one. */
const REPLACED_MARK = ".ersetzt";

const DEFAULT_RETURN_PATH = "/fortschritt";

/** Where the page with a new code leads back to: "Mein Fortschritt" or a student's class page, nothing else. */
export function recoveryReturnPath(input: string | undefined): string {
  return input && /^\/(fortschritt|klassen\/meine\/[A-Za-z0-9_-]{16,64})$/.test(input) ? input : DEFAULT_RETURN_PATH;
}

function codePageAddress(returnTo: string): string {
  return returnTo === DEFAULT_RETURN_PATH ? RECOVERY_CODE_PATH : `${RECOVERY_CODE_PATH}?zurueck=${encodeURIComponent(returnTo)}`;
}

recoveryRoutes.post(RECOVERY_CODE_PATH, zValidator("form", z.object({ zurueck: z.string().max(200).optional().catch(undefined) })), async (c) => {
  personal(c);
  const now = Date.now();
  const address = await clientAddressHash(c);
  if (!(await takeSlot(c.var.db, NEW_RECOVERY_CODE_LIMIT, address, now))) {
    return tooMany(
      c,
      NEW_RECOVERY_CODE_LIMIT,
      "Zu viele neue Codes",
      `Von diesem Anschluss wurden gerade sehr viele Codes erstellt. Bitte warte ${minutes(NEW_RECOVERY_CODE_LIMIT)} Minuten.`,
    );
  }
  const learnerId = await ensureLearner(c);
  const replaced = (await recoveryCodeStatus(c.var.db, learnerId)) !== undefined;
  const code = await createRecoveryCode(c.var.db, await cookieSecret(c), learnerId);
  setCookie(c, NEW_CODE_COOKIE, `${code}${replaced ? REPLACED_MARK : ""}`, {
    path: RECOVERY_CODE_PATH,
    httpOnly: true,
    secure: new URL(c.req.url).protocol === "https:",
    sameSite: "Strict",
    maxAge: NEW_CODE_COOKIE_SECONDS,
  });
  return c.redirect(codePageAddress(recoveryReturnPath(c.req.valid("form").zurueck)), 303);
});

recoveryRoutes.get(RECOVERY_CODE_PATH, async (c) => {
  personal(c);
  const returnTo = recoveryReturnPath(c.req.query("zurueck"));
  const learnerId = await getLearnerId(c);
  const status = learnerId ? await recoveryCodeStatus(c.var.db, learnerId) : undefined;
  if (!learnerId || !status) return c.redirect(returnTo, 303);

  const cookie = getCookie(c, NEW_CODE_COOKIE);
  if (cookie === undefined) return c.html(<RecoveryCodeMadePage status={status} returnTo={returnTo} />);
  deleteCookie(c, NEW_CODE_COOKIE, { path: RECOVERY_CODE_PATH });
  const replaced = cookie.endsWith(REPLACED_MARK);
  const code = normalizeRecoveryCode(replaced ? cookie.slice(0, -REPLACED_MARK.length) : cookie);
  // Only the learner's current code: not one replaced since, nor one of another learner of this browser.
  const current = code !== null && (await learnerOfRecoveryCode(c.var.db, await cookieSecret(c), code)) === learnerId;
  if (!current) return c.html(<RecoveryCodeMadePage status={status} returnTo={returnTo} />);
  return c.html(<RecoveryCodeShownPage code={code} replaced={replaced} returnTo={returnTo} />);
});

async function hasProgress(c: Context<AppEnv>): Promise<boolean> {
  const learnerId = await getLearnerId(c);
  return learnerId !== null && (await hasStartedQuizzes(c.var.db, learnerId));
}

recoveryRoutes.get(CONTINUE_PATH, async (c) => {
  personal(c);
  return c.html(<ContinuePage hasProgressHere={await hasProgress(c)} />);
});

/** What is wrong with a code that cannot be one: its length, or a letter codes leave out. */
const formatMessage = (typed: string) =>
  hasLetterOutsideCodes(typed, RECOVERY_CODE_LENGTH)
    ? `In einem Code kommen nur ${CODE_LETTERS} vor. Bitte prüfe ihn.`
    : `Ein Code hat ${RECOVERY_CODE_LENGTH} Zeichen, zum Beispiel ABCD-EFGH-JKMN.`;

recoveryRoutes.post(CONTINUE_PATH, zValidator("form", z.object({ code: z.string().max(100).optional().catch(undefined) })), async (c) => {
  personal(c);
  const typed = c.req.valid("form").code ?? "";
  const refuse = async (status: 400 | 404 | 429, message: string) =>
    jsonErrors(c, status, [message]) ?? c.html(<ContinuePage error={message} code={typed} hasProgressHere={await hasProgress(c)} />, status);

  if (typed.trim() === "") return refuse(400, "Bitte gib deinen Code ein.");
  const now = Date.now();
  const address = await clientAddressHash(c);
  // Every try takes a wrong-code slot first (one statement: parallel guesses cannot all slip under the
  // limit); a right code gives it back.
  if (!(await takeSlot(c.var.db, WRONG_RECOVERY_CODE_LIMIT, address, now))) {
    c.header("Retry-After", String(WRONG_RECOVERY_CODE_LIMIT.windowMs / 1000));
    return refuse(429, `Zu viele falsche Codes von diesem Anschluss. Bitte warte ${minutes(WRONG_RECOVERY_CODE_LIMIT)} Minuten.`);
  }
  const code = normalizeRecoveryCode(typed);
  const learnerId = code ? await learnerOfRecoveryCode(c.var.db, await cookieSecret(c), code) : undefined;
  if (!learnerId) {
    // A malformed code counts too: it is a wrong guess like any other.
    return code ? refuse(404, "Diesen Code gibt es nicht, oder er wurde durch einen neueren ersetzt. Bitte prüfe ihn.") : refuse(400, formatMessage(typed));
  }
  await giveBackSlotQuery(c.var.db, WRONG_RECOVERY_CODE_LIMIT, address, now);
  await continueAsLearner(c, learnerId);
  return c.redirect(CONTINUED_PATH, 303);
});
