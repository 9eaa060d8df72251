/**
 * Classroom routes, mounted at /klassen.
 *
 * Teacher access: the link /klassen/lehrkraft/:classId/zugang/:secret is shown once. Opening it puts the
 * secret into an HttpOnly cookie scoped to that class's path and redirects to the dashboard, so the
 * secret leaves the address bar at once: it is not on the projector when a teacher shows the dashboard
 * in class, and never a Referer (the link answers with a redirect; the app's policy is same-origin).
 * Every teacher page compares the SHA-256 of the cookie with the stored hash in constant time.
 */
import { zValidator } from "@hono/zod-validator";
import { Hono, type Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import * as z from "zod";
import { isOwnTextId } from "../../bank/ids";
import { questionSource } from "../content";
import { jsonErrors, messageResponse, type ClientErrorStatus } from "../errors";
import { ensureLearner, ensureLearnerCookie, getLearnerId, startNewLearner } from "../learner";
import { attemptUrl, startAttempt } from "../quiz/attempts";
import { ownTextRoutes } from "../own-texts/routes";
import type { AppEnv } from "../types";
import { assignQuiz, attemptsOfAssignment } from "./assignment-store";
import { materialRoutes } from "./material";
import { answeringState, berlinDate, germanNumericDate } from "./schedule";
import { loadStudentAssignments } from "./student/assignments";
import { MyClassPage } from "./student/class-page";
import { classNameOf, renderOverview } from "./teacher/overview";
import { resultRoutes } from "./teacher/results-routes";
import { windowErrors, windowFields } from "./teacher/window-form";
import { cleanNickname, isOffensive, mixesScripts, nicknameKey, NICKNAME_MAX_LENGTH, NICKNAME_MIN_LENGTH, NICKNAME_PATTERN } from "./nickname";
import { AccessSheetPage, JoinPage, MessagePage, MyClassesPage, NewClassPage, PrivacyPage, TeacherLinkPage, TeacherWelcomePage, WhoAreYouPage } from "./pages";
import { assignableQuizzes } from "./quizzes";
import { RecoveryCodePanel } from "../recovery/pages";
import { recoveryCodeStatus } from "../recovery/store";
import { hasNickname } from "./roster-store";
import { clientAddressHash, countRateLimited, isRateLimited } from "../rate-limit";
import { ID_PATTERN, JOIN_CODE_LENGTH, normalizeJoinCode, secretMatches, TEACHER_SECRET_PATTERN } from "./secrets";
import {
  addMember,
  classesOfLearner,
  classroomDb,
  CREATE_CLASS_LIMIT,
  createClass,
  deleteClass,
  deleteMember,
  findAssignment,
  findClass,
  findClassByJoinCode,
  findMembership,
  JOIN_LIMIT,
  listAssignments,
  MAX_MEMBERS,
  memberCount,
  purgeExpired,
  renameClass,
  WRONG_JOIN_CODE_LIMIT,
  type ClassRow,
} from "./store";

export type ClassroomEnv = AppEnv & { Variables: { classRow: ClassRow } };
type ClassroomContext = Context<ClassroomEnv, string>;

const TEACHER_COOKIE = "qq_lehrkraft";
const TEACHER_COOKIE_DAYS = 180;
/**
 * The ids (not the secrets) of the classes this device teaches, for "Meine Klassen": the teacher cookie
 * itself is scoped to its class's path and invisible there.
 */
const TAUGHT_COOKIE = "qq_unterrichtet";
const TAUGHT_MAX = 20;
/** The welcome page shows the teacher link only this long after the class was made (a reload right away still works). */
const WELCOME_MINUTES = 15;

export const classroomRoutes = new Hono<ClassroomEnv>();

// CSRF checks and the Referrer-Policy (same-origin: no Referer leaves the site) are app-wide (../app.ts).
classroomRoutes.use(async (c, next) => {
  await next();
  // Pages here show personal results or secrets: never cached.
  c.header("Cache-Control", "no-store");
});

const db = (c: Context<ClassroomEnv>) => classroomDb(c.env.DB);
// The learner helpers take the app's context; this router only adds a variable of its own.
const learnerIdOf = (c: ClassroomContext) => getLearnerId(c as unknown as Context<AppEnv>);
const ensureLearnerOf = (c: ClassroomContext) => ensureLearner(c as unknown as Context<AppEnv>);
const teacherPath = (classId: string) => `/klassen/lehrkraft/${classId}`;

function message(c: Context, status: ClientErrorStatus, title: string, text: string, link?: { href: string; text: string }) {
  return messageResponse(c, status, title, text, link);
}

const noAccess = (c: Context) =>
  message(c, 403, "Kein Zugriff", "Diese Seite öffnet nur der Lehrkraft-Link der Klasse. Bitte öffnen Sie Ihren Lehrkraft-Link erneut.");
const noClass = (c: Context) => message(c, 404, "Nicht gefunden", "Diese Klasse gibt es nicht (mehr).");

type ValidationResult = { success: true } | { success: false; error: { issues: readonly { message: string }[] } };

/**
 * zValidator hook: on invalid input, `render` answers with the form again, its German messages and
 * what was typed.
 */
const formError =
  (render: (c: ClassroomContext, errors: string[], input: Record<string, string>) => Response | Promise<Response>) =>
  // Typed loosely: zValidator cannot infer the router's environment from a hook.
  async (result: ValidationResult, c: Context) => {
    if (result.success) return;
    const messages = [...new Set(result.error.issues.map((issue) => issue.message))];
    const json = jsonErrors(c, 400, messages);
    if (json) return json;
    const body = await c.req.parseBody();
    const input = Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
    return render(c as ClassroomContext, messages, input);
  };

/** Ids in paths, as ./secrets.ts makes them; anything else is an unknown class (404). */
const ClassId = z.string().regex(ID_PATTERN);
const classParams = z.object({ classId: ClassId });
const knownClassParams = zValidator("param", classParams, (result, c) => (result.success ? undefined : noClass(c)));

// ---------------------------------------------------------------- creating a class

/**
 * Control and format characters (a right-to-left override, zero-width spaces, a soft hyphen pasted along)
 * would make the name look different from what it is on the students' pages: they are dropped, line
 * breaks and tabs become spaces.
 */
export const cleanClassName = (name: string) =>
  name
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, "")
    .trim();

const classNameField = z
  .string({ error: "Bitte einen Namen angeben." })
  .max(200, "Der Name darf höchstens 60 Zeichen lang sein.")
  .transform(cleanClassName)
  .pipe(z.string().max(60, "Der Name darf höchstens 60 Zeichen lang sein."))
  .optional()
  .transform((name) => (name ? name : null));

classroomRoutes.get("/neu", (c) => c.html(<NewClassPage />));

classroomRoutes.post(
  "/neu",
  zValidator(
    "form",
    z.object({ name: classNameField }),
    formError((c, errors, input) => c.html(<NewClassPage errors={errors} name={input.name} />, 400)),
  ),
  async (c) => {
    const now = Date.now();
    const addressHash = await clientAddressHash(c);
    if (await isRateLimited(db(c), CREATE_CLASS_LIMIT, addressHash, now)) {
      c.header("Retry-After", "3600");
      return message(
        c,
        429,
        "Zu viele neue Klassen",
        "Von diesem Anschluss wurden in der letzten Stunde zu viele Klassen angelegt. Bitte später erneut versuchen.",
      );
    }
    await countRateLimited(db(c), CREATE_CLASS_LIMIT, addressHash, now);
    await purgeExpired(db(c), now);
    const { classRow, teacherSecret } = await createClass(db(c), c.req.valid("form").name);
    setTeacherCookie(c, classRow.id, teacherSecret);
    return c.redirect(`${teacherPath(classRow.id)}/willkommen`, 303);
  },
);

const teacherCookieOptions = (c: Context, path: string) =>
  ({ path, httpOnly: true, secure: new URL(c.req.url).protocol === "https:", sameSite: "Lax", maxAge: TEACHER_COOKIE_DAYS * 24 * 60 * 60 }) as const;

function setTeacherCookie(c: ClassroomContext, classId: string, secret: string) {
  setCookie(c, TEACHER_COOKIE, secret, teacherCookieOptions(c, teacherPath(classId)));
  setTaught(c, [classId, ...taughtClassIds(c).filter((id) => id !== classId)]);
}

const taughtClassIds = (c: Context) =>
  (getCookie(c, TAUGHT_COOKIE) ?? "")
    .split(".")
    .filter((id) => ID_PATTERN.test(id))
    .slice(0, TAUGHT_MAX);

function setTaught(c: Context, classIds: string[]) {
  if (classIds.length === 0) deleteCookie(c, TAUGHT_COOKIE, { path: "/klassen" });
  else setCookie(c, TAUGHT_COOKIE, classIds.slice(0, TAUGHT_MAX).join("."), teacherCookieOptions(c, "/klassen"));
}

function forgetTeacher(c: ClassroomContext, classId: string) {
  deleteCookie(c, TEACHER_COOKIE, { path: teacherPath(classId) });
  setTaught(
    c,
    taughtClassIds(c).filter((id) => id !== classId),
  );
}

// ---------------------------------------------------------------- teacher

classroomRoutes.get(
  "/lehrkraft/:classId/zugang/:secret",
  zValidator("param", z.object({ classId: ClassId, secret: z.string().regex(TEACHER_SECRET_PATTERN) }), (result, c) =>
    result.success ? undefined : result.error.issues.some((issue) => issue.path[0] === "classId") ? noClass(c) : noAccess(c),
  ),
  async (c) => {
    const { classId, secret } = c.req.valid("param");
    const classRow = await findClass(db(c), classId);
    if (!classRow) return noClass(c);
    if (!(await secretMatches(secret, classRow.teacherSecretHash))) return noAccess(c);
    setTeacherCookie(c, classId, secret);
    return c.redirect(teacherPath(classId), 303);
  },
);

/** After knownClassParams: the class of the path, opened by the teacher cookie. */
const TeacherCookie = z.string().regex(TEACHER_SECRET_PATTERN);

const requireTeacher = createMiddleware<ClassroomEnv>(async (c, next) => {
  const classRow = await findClass(db(c), c.req.param("classId") ?? "");
  if (!classRow) return noClass(c);
  const secret = TeacherCookie.safeParse(getCookie(c, TEACHER_COOKIE));
  if (!secret.success || !(await secretMatches(secret.data, classRow.teacherSecretHash))) return noAccess(c);
  c.set("classRow", classRow);
  await next();
});

// A class's own texts: bring, review, edit, publish (../own-texts/). Teachers only.
classroomRoutes.use("/lehrkraft/:classId/texte/*", knownClassParams, requireTeacher);
classroomRoutes.route("/lehrkraft/:classId/texte", ownTextRoutes);

const joinLink = (c: ClassroomContext, joinCode: string) => `${new URL(c.req.url).origin}/klassen/beitreten?code=${joinCode}`;

classroomRoutes.get("/lehrkraft/:classId/willkommen", knownClassParams, requireTeacher, (c) => {
  const classRow = c.get("classRow");
  // The link is shown once, right after creating the class; opened again later (from the history, on a
  // projector), this address leads to the dashboard, which never shows the secret.
  if (Date.now() - classRow.createdAt.getTime() > WELCOME_MINUTES * 60 * 1000) return c.redirect(teacherPath(classRow.id), 303);
  return c.html(<TeacherWelcomePage classRow={classRow} teacherLink={teacherLinkOf(c, classRow.id)} joinLink={joinLink(c, classRow.joinCode)} />);
});

classroomRoutes.get("/lehrkraft/:classId", knownClassParams, requireTeacher, (c) => renderOverview(c));

const teacherLinkOf = (c: ClassroomContext, classId: string) =>
  `${new URL(c.req.url).origin}${teacherPath(classId)}/zugang/${getCookie(c, TEACHER_COOKIE) ?? ""}`;

// The teacher link again, on a device that still opens the class: to keep it, or to open the class on another device.
classroomRoutes.get("/lehrkraft/:classId/lehrkraft-link", knownClassParams, requireTeacher, (c) => {
  const classRow = c.get("classRow");
  return c.html(<TeacherLinkPage classId={classRow.id} className={classNameOf(classRow)} teacherLink={teacherLinkOf(c, classRow.id)} />);
});

// One printable page for the class: the code, the join link and its QR code.
classroomRoutes.get("/lehrkraft/:classId/zugangsblatt", knownClassParams, requireTeacher, (c) => {
  const classRow = c.get("classRow");
  return c.html(
    <AccessSheetPage classId={classRow.id} className={classNameOf(classRow)} joinCode={classRow.joinCode} joinLink={joinLink(c, classRow.joinCode)} />,
  );
});

classroomRoutes.post(
  "/lehrkraft/:classId/aufgaben",
  knownClassParams,
  requireTeacher,
  zValidator(
    "form",
    z.object({
      quizId: z.string({ error: "Bitte ein Quiz auswählen." }).max(200, "Dieses Quiz gibt es nicht."),
      ...windowFields,
    }),
    formError((c, errors, input) => renderOverview(c, errors, 400, input)),
  ),
  async (c) => {
    const { quizId, ...window } = c.req.valid("form");
    const classId = c.get("classRow").id;
    // A built-in quiz, or a published own text of this class.
    const assignable = isOwnTextId(quizId) ? await questionSource(db(c), { classId }).quiz(quizId) : assignableQuizzes().some((quiz) => quiz.id === quizId);
    const existing = (await listAssignments(db(c), classId)).find((assignment) => assignment.quizId === quizId);
    const effective = existing ? { ...window, dueDate: window.dueDate ?? existing.dueDate, openFrom: window.openFrom ?? existing.openFrom } : window;
    const errors = [...(assignable ? [] : ["Dieses Quiz gibt es nicht."]), ...windowErrors(effective, berlinDate(Date.now()), existing?.dueDate)];
    if (errors.length > 0) {
      const typed = await c.req.parseBody();
      const input = Object.fromEntries(Object.entries(typed).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
      return renderOverview(c, errors, 400, input);
    }
    await assignQuiz(db(c), classId, quizId, window);
    return c.redirect(`${teacherPath(c.get("classRow").id)}#aufgaben`, 303);
  },
);

classroomRoutes.post(
  "/lehrkraft/:classId/name",
  knownClassParams,
  requireTeacher,
  zValidator(
    "form",
    z.object({ name: classNameField }),
    formError((c, errors) => renderOverview(c, errors, 400)),
  ),
  async (c) => {
    await renameClass(db(c), c.get("classRow").id, c.req.valid("form").name);
    return c.redirect(`${teacherPath(c.get("classRow").id)}#einstellungen`, 303);
  },
);

classroomRoutes.post(
  "/lehrkraft/:classId/loeschen",
  knownClassParams,
  requireTeacher,
  zValidator(
    "form",
    z.object({ bestaetigung: z.literal("ja", { error: "Bitte bestätigen Sie das Löschen mit dem Häkchen." }) }),
    formError((c, errors) => renderOverview(c, errors, 400)),
  ),
  async (c) => {
    const classId = c.get("classRow").id;
    await deleteClass(db(c), classId);
    forgetTeacher(c, classId);
    return c.redirect("/klassen/geloescht", 303);
  },
);

classroomRoutes.post("/lehrkraft/:classId/abmelden", knownClassParams, requireTeacher, (c) => {
  forgetTeacher(c, c.get("classRow").id);
  return c.redirect("/klassen/neu", 303);
});

// One assignment's results, one student's answers, the class list, the CSV exports (./teacher/results-routes.tsx).
for (const path of ["aufgaben/*", "schueler/*", "export/*"]) classroomRoutes.use(`/lehrkraft/:classId/${path}`, knownClassParams, requireTeacher);
classroomRoutes.route("/lehrkraft/:classId", resultRoutes);

// Worksheets and LMS exports of the quizzes (./material.tsx): they carry the answers, so teachers only.
classroomRoutes.use("/lehrkraft/:classId/quizze/*", knownClassParams, requireTeacher);
classroomRoutes.route("/lehrkraft/:classId/quizze", materialRoutes);

classroomRoutes.get("/geloescht", (c) =>
  c.html(
    <MessagePage
      title="Klasse gelöscht"
      message="Die Klasse ist gelöscht, mit allen Spitznamen, Aufgaben und Antworten."
      link={{ href: "/klassen/neu", text: "Neue Klasse anlegen" }}
    />,
  ),
);

// ---------------------------------------------------------------- students

const joinForm = z.object({
  code: z
    .string({ error: "Bitte gib den Klassencode ein." })
    .max(40, `Der Klassencode hat ${JOIN_CODE_LENGTH} Zeichen, zum Beispiel ABCD-EFGH.`)
    .trim()
    .min(1, { error: "Bitte gib den Klassencode ein.", abort: true })
    .transform((code, context) => {
      const normalized = normalizeJoinCode(code);
      if (normalized) return normalized;
      context.addIssue({ code: "custom", message: `Der Klassencode hat ${JOIN_CODE_LENGTH} Zeichen, zum Beispiel ABCD-EFGH.` });
      return z.NEVER;
    }),
  nickname: z
    .string({ error: "Bitte gib einen Spitznamen ein." })
    .max(100, `Dein Spitzname darf höchstens ${NICKNAME_MAX_LENGTH} Zeichen lang sein.`)
    .transform(cleanNickname)
    .pipe(
      z
        .string()
        .min(1, { error: "Bitte gib einen Spitznamen ein.", abort: true })
        .min(NICKNAME_MIN_LENGTH, `Dein Spitzname braucht mindestens ${NICKNAME_MIN_LENGTH} Zeichen.`)
        .max(NICKNAME_MAX_LENGTH, `Dein Spitzname darf höchstens ${NICKNAME_MAX_LENGTH} Zeichen lang sein.`)
        .regex(NICKNAME_PATTERN, "Im Spitznamen gehen nur Buchstaben, Ziffern, Leerzeichen, Punkt, - und _.")
        .refine(
          (nickname) => !mixesScripts(nickname),
          "Bitte schreib deinen Spitznamen ganz in einer Schrift, ohne lateinische und kyrillische oder griechische Buchstaben zu mischen.",
        )
        .refine((nickname) => !isOffensive(nickname), "Dieser Spitzname ist nicht erlaubt. Bitte wähle einen anderen."),
    ),
  /** "Ich bin jemand anderes": the device holds another member of this class, who is not the one typing. */
  jemandAnderes: z.literal("ja").optional().catch(undefined),
});

const renderJoin = (c: ClassroomContext, errors: string[], input: Record<string, string>, status: 400 | 404 | 409 | 429) =>
  jsonErrors(c, status, errors) ?? c.html(<JoinPage errors={errors} code={input.code} nickname={input.nickname} />, status);

const nicknameTaken = (c: ClassroomContext, input: Record<string, string>) =>
  renderJoin(
    c,
    [
      "Diesen Spitznamen gibt es in der Klasse schon. Bist du das auf einem neuen Gerät? Dann erstelle auf deinem alten Gerät auf der Klassenseite einen Code und gib ihn unter „Ich habe schon einen Code“ ein. Sonst wähle bitte einen anderen Spitznamen.",
    ],
    input,
    409,
  );

// The join link carries the code (?code=ABCDEFGH); anything else in the query is ignored.
const joinQuery = z.object({ code: z.string().max(20).optional().catch(undefined) });

classroomRoutes.get("/beitreten", zValidator("query", joinQuery), async (c) => {
  await ensureLearnerCookie(c as unknown as Context<AppEnv>);
  return c.html(<JoinPage code={c.req.valid("query").code} />);
});

classroomRoutes.post(
  "/beitreten",
  zValidator(
    "form",
    joinForm,
    formError((c, errors, input) => renderJoin(c, errors, input, 400)),
  ),
  async (c) => {
    const { code, nickname } = c.req.valid("form");
    const typed = await c.req.parseBody();
    const input = { code: String(typed.code ?? ""), nickname };
    const now = Date.now();
    const addressHash = await clientAddressHash(c);
    if (await isRateLimited(db(c), WRONG_JOIN_CODE_LIMIT, addressHash, now)) {
      c.header("Retry-After", String(WRONG_JOIN_CODE_LIMIT.windowMs / 1000));
      return renderJoin(c, ["Zu viele falsche Codes von diesem Anschluss. Bitte warte 15 Minuten und frag deine Lehrkraft nach dem Code."], input, 429);
    }
    const classRow = await findClassByJoinCode(db(c), code);
    if (!classRow) {
      await countRateLimited(db(c), WRONG_JOIN_CODE_LIMIT, addressHash, now);
      return renderJoin(c, ["Diesen Klassencode gibt es nicht. Bitte prüfe ihn."], input, 404);
    }
    let learnerId = await ensureLearnerOf(c);
    const onThisDevice = await findMembership(db(c), classRow.id, learnerId);
    if (onThisDevice) {
      // The same person again: to the class. Someone else on a shared device: never silently the member it holds.
      if (onThisDevice.nicknameKey === nicknameKey(nickname)) return c.redirect(`/klassen/meine/${classRow.id}`, 303);
      if (!c.req.valid("form").jemandAnderes) {
        return c.html(<WhoAreYouPage code={input.code} nickname={nickname} member={onThisDevice.nickname} className={classNameOf(classRow)} />);
      }
      // Switching only when the new nickname is free: else the device would lose its member for nothing.
      if (await hasNickname(db(c), classRow.id, nicknameKey(nickname))) return nicknameTaken(c, input);
      learnerId = await startNewLearner(c as unknown as Context<AppEnv>);
    }
    if (await isRateLimited(db(c), JOIN_LIMIT, addressHash, now)) {
      c.header("Retry-After", String(JOIN_LIMIT.windowMs / 1000));
      return renderJoin(c, ["Von diesem Anschluss sind gerade sehr viele beigetreten. Bitte warte 15 Minuten."], input, 429);
    }
    if ((await memberCount(db(c), classRow.id)) >= MAX_MEMBERS) {
      return renderJoin(c, [`Diese Klasse ist voll (höchstens ${MAX_MEMBERS} Schülerinnen und Schüler).`], input, 409);
    }
    const joined = await addMember(db(c), classRow.id, learnerId, nickname, nicknameKey(nickname));
    if (joined) await countRateLimited(db(c), JOIN_LIMIT, addressHash, now);
    // A lost race against the learner's own double submit is a join, not a taken nickname.
    if (joined || (await findMembership(db(c), classRow.id, learnerId))) return c.redirect(`/klassen/meine/${classRow.id}`, 303);
    return nicknameTaken(c, input);
  },
);

classroomRoutes.get("/meine", async (c) => {
  const learnerId = await learnerIdOf(c);
  const memberships = learnerId ? await classesOfLearner(db(c), learnerId) : [];
  // Deleted classes drop out; whether this device still opens a class, its dashboard checks.
  const taught = (await Promise.all(taughtClassIds(c).map((id) => findClass(db(c), id)))).filter((classRow) => classRow !== undefined);
  return c.html(
    <MyClassesPage
      taught={taught.map((classRow) => ({ id: classRow.id, name: classNameOf(classRow) }))}
      joined={memberships.map(({ classRow, member }) => ({ id: classRow.id, name: classNameOf(classRow), nickname: member.nickname }))}
    />,
  );
});

/**
 * The class and membership of the learner in this request, or undefined: other classes look the same as
 * missing ones. After knownClassParams.
 */
async function ownMembership(c: ClassroomContext) {
  const classId = c.req.param("classId") ?? "";
  const learnerId = await learnerIdOf(c);
  if (!learnerId) return undefined;
  const member = await findMembership(db(c), classId, learnerId);
  const classRow = member && (await findClass(db(c), classId));
  return member && classRow ? { member, classRow, learnerId } : undefined;
}

classroomRoutes.get("/meine/:classId", knownClassParams, async (c) => {
  const own = await ownMembership(c);
  if (!own) return noClass(c);
  const now = Date.now();
  const [items, recovery] = await Promise.all([
    loadStudentAssignments(db(c), own.classRow.id, own.learnerId, now),
    recoveryCodeStatus(c.env.DB, own.learnerId),
  ]);
  return c.html(
    <MyClassPage
      classId={own.classRow.id}
      className={classNameOf(own.classRow)}
      nickname={own.member.nickname}
      items={items}
      today={berlinDate(now)}
      otherDevice={<RecoveryCodePanel status={recovery} returnTo={`/klassen/meine/${own.classRow.id}`} />}
    />,
  );
});

const noAssignment = (c: Context) => message(c, 404, "Nicht gefunden", "Diese Aufgabe gibt es in deiner Klasse nicht.");

classroomRoutes.post(
  "/meine/:classId/aufgaben/:assignmentId/starten",
  knownClassParams,
  zValidator("param", z.object({ classId: ClassId, assignmentId: ClassId }), (result, c) => (result.success ? undefined : noAssignment(c))),
  async (c) => {
    const own = await ownMembership(c);
    if (!own) return noClass(c);
    const assignment = await findAssignment(db(c), own.classRow.id, c.req.valid("param").assignmentId);
    if (!assignment) return noAssignment(c);
    const state = answeringState(assignment, Date.now());
    const back = { href: `/klassen/meine/${own.classRow.id}`, text: "Zurück zur Klasse" };
    if (state === "not-yet")
      return message(c, 409, "Noch nicht freigegeben", `Diese Aufgabe gibt es ab dem ${germanNumericDate(assignment.openFrom ?? "")}. Bis dann!`, back);
    const attempts = await attemptsOfAssignment(db(c), own.learnerId, assignment.id);
    // The newest attempt with questions left; else the newest (its results); a closed assignment opens no new one.
    const existing = attempts.find((attempt) => attempt.answered < attempt.questionCount) ?? attempts[0];
    if (existing) return c.redirect(attemptUrl(existing.id), 303);
    if (state === "closed")
      return message(c, 409, "Aufgabe geschlossen", `Diese Aufgabe war bis zum ${germanNumericDate(assignment.dueDate ?? "")} zu erledigen.`, back);
    const source = questionSource(db(c), { classId: own.classRow.id });
    const quiz = await source.quiz(assignment.quizId);
    if (!quiz) return message(c, 404, "Quiz nicht gefunden", "Dieses Quiz gibt es nicht mehr. Bitte sag deiner Lehrkraft Bescheid.");
    const drawn = (attemptId: string) => source.draw(quiz, attemptId).map((question) => question.id);
    const attemptId = await startAttempt(c.env.DB, own.learnerId, quiz.id, drawn, { assignmentId: assignment.id });
    return c.redirect(attemptUrl(attemptId), 303);
  },
);

classroomRoutes.post(
  "/meine/:classId/austreten",
  knownClassParams,
  zValidator(
    "form",
    z.object({ bestaetigung: z.literal("ja", { error: "Bitte bestätige das Löschen mit dem Häkchen." }) }),
    formError((c, errors) => message(c, 400, "Nicht gelöscht", errors.join(" "), { href: `/klassen/meine/${c.req.param("classId")}`, text: "Zurück" })),
  ),
  async (c) => {
    const own = await ownMembership(c);
    if (!own) return noClass(c);
    await deleteMember(db(c), own.classRow.id, own.learnerId);
    return c.redirect("/klassen/verlassen", 303);
  },
);

classroomRoutes.get("/verlassen", (c) =>
  c.html(
    <MessagePage
      title="Daten gelöscht"
      message="Du hast die Klasse verlassen. Dein Spitzname und deine Antworten in dieser Klasse sind gelöscht."
      link={{ href: "/klassen/beitreten", text: "Einer Klasse beitreten" }}
    />,
  ),
);

classroomRoutes.get("/datenschutz", (c) => c.html(<PrivacyPage />));
