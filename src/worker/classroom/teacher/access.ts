/**
 * Teacher access. The link /klassen/lehrkraft/:classId/zugang/:secret is shown once. Opening it puts the
 * secret into an HttpOnly cookie scoped to that class's path and redirects to the dashboard, so the
 * secret leaves the address bar at once: it is not on the projector when a teacher shows the dashboard
 * in class, and never a Referer (the link answers with a redirect; the app's policy is same-origin).
 * Every teacher page compares the SHA-256 of the cookie with the stored hash in constant time.
 */
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import * as z from "zod";
import { messageResponse } from "../../errors";
import type { AppEnv } from "../../types";
import { noClass } from "../forms";
import { teacherPath } from "../paths";
import { ID_PATTERN, secretMatches, TEACHER_SECRET_PATTERN } from "../secrets";
import { type ClassRow, findClass } from "../store";
import { LIVE_SESSION_CODE } from "../../typed-codes";

/** The routes of one class's teacher: the class of the path, opened by the teacher cookie. */
export type TeacherEnv = AppEnv & { Variables: { classRow: ClassRow } };

const TEACHER_COOKIE = "qq_lehrkraft";
const TEACHER_COOKIE_DAYS = 180;
const TeacherSecret = z.string().regex(TEACHER_SECRET_PATTERN);

export const noAccess = (c: Context) =>
  messageResponse(c, 403, "Kein Zugriff", "Diese Seite öffnet nur der Lehrkraft-Link der Klasse. Bitte öffnen Sie Ihren Lehrkraft-Link erneut.");

/**
 * The ids (not the secrets) of the classes this device teaches, for "Meine Klassen": the teacher cookie
 * itself is scoped to its class's path and not sent there.
 */
const TAUGHT_COOKIE = "qq_unterrichtet";
const TAUGHT_MAX = 20;

const cookieOptions = (c: Context, path: string) =>
  ({ path, httpOnly: true, secure: new URL(c.req.url).protocol === "https:", sameSite: "Lax", maxAge: TEACHER_COOKIE_DAYS * 24 * 60 * 60 }) as const;

/** The classes this device teaches, newest first (each still to be opened with its own teacher cookie). */
export const taughtClassIds = (c: Context): string[] =>
  (getCookie(c, TAUGHT_COOKIE) ?? "")
    .split(".")
    .filter((id) => ID_PATTERN.test(id))
    .slice(0, TAUGHT_MAX);

function setTaught(c: Context, classIds: string[]): void {
  if (classIds.length === 0) deleteCookie(c, TAUGHT_COOKIE, { path: "/klassen" });
  else setCookie(c, TAUGHT_COOKIE, classIds.slice(0, TAUGHT_MAX).join("."), cookieOptions(c, "/klassen"));
}

export function setTeacherCookie(c: Context, classId: string, secret: string): void {
  setCookie(c, TEACHER_COOKIE, secret, cookieOptions(c, teacherPath(classId)));
  setTaught(c, [classId, ...taughtClassIds(c).filter((id) => id !== classId)]);
}

export function deleteTeacherCookie(c: Context, classId: string): void {
  deleteCookie(c, TEACHER_COOKIE, { path: teacherPath(classId) });
  setTaught(
    c,
    taughtClassIds(c).filter((id) => id !== classId),
  );
}

/**
 * The code of the live session this device presents for the class (../../live/routes.tsx sets it, scoped to the
 * class's path): the live start page leads back to it, and deleting the class ends it.
 */
export const RUNNING_SESSION_COOKIE = "qq_live";

export function runningSessionCode(c: Context): string | undefined {
  const code = getCookie(c, RUNNING_SESSION_COOKIE);
  return code && LIVE_SESSION_CODE.test(code) ? code : undefined;
}

/** The secret as the cookie holds it (for the welcome page's link); empty when there is none. */
export const teacherCookieSecret = (c: Context) => getCookie(c, TEACHER_COOKIE) ?? "";

/** After knownClassParams: 404 for an unknown class, 403 without its secret; sets `classRow`. */
export const requireTeacher = createMiddleware<TeacherEnv>(async (c, next) => {
  const classRow = await findClass(c.var.db, c.req.param("classId") ?? "");
  if (!classRow) return noClass(c);
  const secret = TeacherSecret.safeParse(getCookie(c, TEACHER_COOKIE));
  if (!secret.success || !(await secretMatches(secret.data, classRow.teacherSecretHash))) return noAccess(c);
  c.set("classRow", classRow);
  await next();
});
