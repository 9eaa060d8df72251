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
import { z } from "zod";
import { quizQuestions } from "../../bank";
import { ensureLearner, getLearnerId } from "../learner";
import { attemptUrl, startAttempt } from "../quiz/attempts";
import type { AppEnv } from "../types";
import { studentsCsv, questionsCsv } from "./csv";
import { assignmentResult, computeDashboard } from "./dashboard";
import { loadClassRecords } from "./records";
import { cleanNickname, isOffensive, nicknameKey, NICKNAME_MAX_LENGTH, NICKNAME_MIN_LENGTH, NICKNAME_PATTERN } from "./nickname";
import {
  DashboardPage,
  JoinPage,
  MessagePage,
  MyClassesPage,
  MyClassPage,
  NewClassPage,
  PrivacyPage,
  TeacherWelcomePage,
} from "./pages";
import { assignableQuizzes } from "./quizzes";
import { hashClientAddress, ID_PATTERN, JOIN_CODE_LENGTH, normalizeJoinCode, secretMatches } from "./secrets";
import {
  addMember,
  answersOfAttempts,
  assignQuiz,
  attemptsOfMember,
  classesOfLearner,
  classroomDb,
  clientAddressSalt,
  countRateLimited,
  CREATE_CLASS_LIMIT,
  createClass,
  deleteClass,
  deleteMember,
  findAssignment,
  findClass,
  findClassByJoinCode,
  findMembership,
  isRateLimited,
  JOIN_LIMIT,
  listAssignments,
  MAX_MEMBERS,
  memberCount,
  purgeExpired,
  renameClass,
  WRONG_JOIN_CODE_LIMIT,
  type ClassRow,
} from "./store";

type ClassroomEnv = AppEnv & { Variables: { classRow: ClassRow } };
type ClassroomContext = Context<ClassroomEnv, string>;

const TEACHER_COOKIE = "qq_lehrkraft";
const TEACHER_COOKIE_DAYS = 180;

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
/** Cloudflare sets CF-Connecting-IP and overwrites any value a client sends. */
const clientAddressHash = async (c: Context<ClassroomEnv>) =>
  hashClientAddress(c.req.header("cf-connecting-ip") ?? "unbekannt", await clientAddressSalt(db(c)));
const teacherPath = (classId: string) => `/klassen/lehrkraft/${classId}`;

function message(c: ClassroomContext, status: 400 | 403 | 404 | 409 | 429, title: string, text: string, link?: { href: string; text: string }) {
  return c.html(<MessagePage title={title} message={text} link={link} />, status);
}

const noAccess = (c: ClassroomContext) =>
  message(c, 403, "Kein Zugriff", "Diese Seite öffnet nur der Lehrkraft-Link der Klasse. Bitte öffnen Sie Ihren Lehrkraft-Link erneut.");
const noClass = (c: ClassroomContext) => message(c, 404, "Nicht gefunden", "Diese Klasse gibt es nicht (mehr).");

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
    const body = await c.req.parseBody();
    const input = Object.fromEntries(Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
    return render(c as ClassroomContext, [...new Set(result.error.issues.map((issue) => issue.message))], input);
  };

// ---------------------------------------------------------------- creating a class

const classNameField = z
  .string({ error: "Bitte einen Namen angeben." })
  .trim()
  .max(60, "Der Name darf höchstens 60 Zeichen lang sein.")
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
      return message(c, 429, "Zu viele neue Klassen", "Von diesem Anschluss wurden in der letzten Stunde zu viele Klassen angelegt. Bitte später erneut versuchen.");
    }
    await countRateLimited(db(c), CREATE_CLASS_LIMIT, addressHash, now);
    await purgeExpired(db(c), now);
    const { classRow, teacherSecret } = await createClass(db(c), c.req.valid("form").name);
    setTeacherCookie(c, classRow.id, teacherSecret);
    return c.redirect(`${teacherPath(classRow.id)}/willkommen`, 303);
  },
);

function setTeacherCookie(c: ClassroomContext, classId: string, secret: string) {
  setCookie(c, TEACHER_COOKIE, secret, {
    path: teacherPath(classId),
    httpOnly: true,
    secure: new URL(c.req.url).protocol === "https:",
    sameSite: "Lax",
    maxAge: TEACHER_COOKIE_DAYS * 24 * 60 * 60,
  });
}

// ---------------------------------------------------------------- teacher

classroomRoutes.get("/lehrkraft/:classId/zugang/:secret", async (c) => {
  const { classId, secret } = c.req.param();
  const classRow = ID_PATTERN.test(classId) ? await findClass(db(c), classId) : undefined;
  if (!classRow) return noClass(c);
  if (!(await secretMatches(secret, classRow.teacherSecretHash))) return noAccess(c);
  setTeacherCookie(c, classId, secret);
  return c.redirect(teacherPath(classId), 303);
});

const requireTeacher = createMiddleware<ClassroomEnv>(async (c, next) => {
  const classId = c.req.param("classId") ?? "";
  const classRow = ID_PATTERN.test(classId) ? await findClass(db(c), classId) : undefined;
  if (!classRow) return noClass(c);
  const secret = getCookie(c, TEACHER_COOKIE);
  if (!secret || !(await secretMatches(secret, classRow.teacherSecretHash))) return noAccess(c);
  c.set("classRow", classRow);
  await next();
});

const joinLink = (c: ClassroomContext, joinCode: string) => `${new URL(c.req.url).origin}/klassen/beitreten?code=${joinCode}`;

classroomRoutes.get("/lehrkraft/:classId/willkommen", requireTeacher, (c) => {
  const classRow = c.get("classRow");
  const secret = getCookie(c, TEACHER_COOKIE) ?? "";
  const teacherLink = `${new URL(c.req.url).origin}${teacherPath(classRow.id)}/zugang/${secret}`;
  return c.html(<TeacherWelcomePage classRow={classRow} teacherLink={teacherLink} joinLink={joinLink(c, classRow.joinCode)} />);
});

async function renderDashboard(c: ClassroomContext, errors: string[] = [], status: 200 | 400 = 200) {
  const classRow = c.get("classRow");
  const records = await loadClassRecords(db(c), classRow.id);
  return c.html(
    <DashboardPage
      classRow={classRow}
      dashboard={computeDashboard(records)}
      assignments={records.assignments}
      quizzes={assignableQuizzes()}
      joinLink={joinLink(c, classRow.joinCode)}
      errors={errors}
    />,
    status,
  );
}

classroomRoutes.get("/lehrkraft/:classId", requireTeacher, (c) => renderDashboard(c));

classroomRoutes.post(
  "/lehrkraft/:classId/aufgaben",
  requireTeacher,
  zValidator(
    "form",
    z.object({
      quizId: z
        .string({ error: "Bitte ein Quiz auswählen." })
        .refine((quizId) => assignableQuizzes().some((quiz) => quiz.id === quizId), "Dieses Quiz gibt es nicht."),
      dueDate: z
        .union([z.literal(""), z.iso.date({ error: "Bitte ein gültiges Datum angeben (TT.MM.JJJJ)." })])
        .optional()
        .transform((date) => date || null),
    }),
    formError((c, errors) => renderDashboard(c, errors, 400)),
  ),
  async (c) => {
    const { quizId, dueDate } = c.req.valid("form");
    await assignQuiz(db(c), c.get("classRow").id, quizId, dueDate);
    return c.redirect(`${teacherPath(c.get("classRow").id)}#aufgaben`, 303);
  },
);

classroomRoutes.post(
  "/lehrkraft/:classId/name",
  requireTeacher,
  zValidator("form", z.object({ name: classNameField }), formError((c, errors) => renderDashboard(c, errors, 400))),
  async (c) => {
    await renameClass(db(c), c.get("classRow").id, c.req.valid("form").name);
    return c.redirect(`${teacherPath(c.get("classRow").id)}#einstellungen`, 303);
  },
);

classroomRoutes.post(
  "/lehrkraft/:classId/loeschen",
  requireTeacher,
  zValidator(
    "form",
    z.object({ bestaetigung: z.literal("ja", { error: "Bitte bestätigen Sie das Löschen mit dem Häkchen." }) }),
    formError((c, errors) => renderDashboard(c, errors, 400)),
  ),
  async (c) => {
    const classId = c.get("classRow").id;
    await deleteClass(db(c), classId);
    deleteCookie(c, TEACHER_COOKIE, { path: teacherPath(classId) });
    return c.redirect("/klassen/geloescht", 303);
  },
);

classroomRoutes.post("/lehrkraft/:classId/abmelden", requireTeacher, (c) => {
  deleteCookie(c, TEACHER_COOKIE, { path: teacherPath(c.get("classRow").id) });
  return c.redirect("/klassen/neu", 303);
});

function csvResponse(c: ClassroomContext, fileName: string, body: string) {
  return c.body(body, 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${fileName}"`,
  });
}

classroomRoutes.get("/lehrkraft/:classId/export/schueler.csv", requireTeacher, async (c) => {
  const dashboard = computeDashboard(await loadClassRecords(db(c), c.get("classRow").id));
  return csvResponse(c, `klasse-${c.get("classRow").joinCode}-schueler.csv`, studentsCsv(dashboard));
});

classroomRoutes.get("/lehrkraft/:classId/export/fragen.csv", requireTeacher, async (c) => {
  const dashboard = computeDashboard(await loadClassRecords(db(c), c.get("classRow").id));
  return csvResponse(c, `klasse-${c.get("classRow").joinCode}-fragen.csv`, questionsCsv(dashboard));
});

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
    .min(1, "Bitte gib den Klassencode ein.")
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
        .min(1, "Bitte gib einen Spitznamen ein.")
        .min(NICKNAME_MIN_LENGTH, `Dein Spitzname braucht mindestens ${NICKNAME_MIN_LENGTH} Zeichen.`)
        .max(NICKNAME_MAX_LENGTH, `Dein Spitzname darf höchstens ${NICKNAME_MAX_LENGTH} Zeichen lang sein.`)
        .regex(NICKNAME_PATTERN, "Im Spitznamen gehen nur Buchstaben, Ziffern, Leerzeichen, Punkt, - und _.")
        .refine((nickname) => !isOffensive(nickname), "Dieser Spitzname ist nicht erlaubt. Bitte wähle einen anderen."),
    ),
});

const renderJoin = (c: ClassroomContext, errors: string[], input: Record<string, string>, status: 400 | 404 | 409 | 429) =>
  c.html(<JoinPage errors={errors} code={input.code} nickname={input.nickname} />, status);

classroomRoutes.get("/beitreten", (c) => c.html(<JoinPage code={c.req.query("code")?.slice(0, 20)} />));

classroomRoutes.post(
  "/beitreten",
  zValidator("form", joinForm, formError((c, errors, input) => renderJoin(c, errors, input, 400))),
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
    const learnerId = await ensureLearnerOf(c);
    if (await findMembership(db(c), classRow.id, learnerId)) return c.redirect(`/klassen/meine/${classRow.id}`, 303);
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
    return renderJoin(c, ["Diesen Spitznamen gibt es in der Klasse schon. Bitte wähle einen anderen."], input, 409);
  },
);

classroomRoutes.get("/meine", async (c) => {
  const learnerId = await learnerIdOf(c);
  const memberships = learnerId ? await classesOfLearner(db(c), learnerId) : [];
  return c.html(<MyClassesPage classes={memberships.map(({ classRow, member }) => ({ classRow, nickname: member.nickname }))} />);
});

/** The class and membership of the learner in this request, or undefined: other classes look the same as missing ones. */
async function ownMembership(c: ClassroomContext) {
  const classId = c.req.param("classId") ?? "";
  const learnerId = await learnerIdOf(c);
  if (!learnerId || !ID_PATTERN.test(classId)) return undefined;
  const member = await findMembership(db(c), classId, learnerId);
  const classRow = member && (await findClass(db(c), classId));
  return member && classRow ? { member, classRow, learnerId } : undefined;
}

classroomRoutes.get("/meine/:classId", async (c) => {
  const own = await ownMembership(c);
  if (!own) return noClass(c);
  const assignments = await listAssignments(db(c), own.classRow.id);
  const ownAttempts = await attemptsOfMember(db(c), own.learnerId, assignments.map((assignment) => assignment.id));
  const given = await answersOfAttempts(db(c), ownAttempts.map((attempt) => attempt.id));
  const results = assignments.map((assignment) => {
    // Newest first: the newest attempt is the one that counts, as on the teacher's dashboard.
    const attempt = ownAttempts.find((candidate) => candidate.assignmentId === assignment.id);
    return assignmentResult(assignment, attempt, attempt ? given.filter((answer) => answer.attemptId === attempt.id) : []);
  });
  return c.html(<MyClassPage classRow={own.classRow} nickname={own.member.nickname} assignments={results} />);
});

classroomRoutes.post("/meine/:classId/aufgaben/:assignmentId/starten", async (c) => {
  const own = await ownMembership(c);
  if (!own) return noClass(c);
  const assignment = await findAssignment(db(c), own.classRow.id, c.req.param("assignmentId"));
  if (!assignment) return message(c, 404, "Nicht gefunden", "Diese Aufgabe gibt es in deiner Klasse nicht.");
  if (quizQuestions(assignment.quizId).length === 0) return message(c, 404, "Quiz nicht gefunden", "Dieses Quiz gibt es nicht mehr. Bitte sag deiner Lehrkraft Bescheid.");
  const [existing] = await attemptsOfMember(db(c), own.learnerId, [assignment.id]);
  const attemptId = existing?.id ?? (await startAttempt(c.env.DB, own.learnerId, assignment.quizId, { assignmentId: assignment.id }));
  return c.redirect(attemptUrl(attemptId), 303);
});

classroomRoutes.post(
  "/meine/:classId/austreten",
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
