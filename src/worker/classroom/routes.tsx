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
import { ensureLearner, ensureLearnerCookie, getLearnerId } from "../learner";
import { attemptUrl, startAttempt } from "../quiz/attempts";
import { OwnTextList } from "../own-texts/pages";
import { ownTextRoutes } from "../own-texts/routes";
import { listOwnTexts } from "../own-texts/store";
import type { AppEnv } from "../types";
import { studentsCsv, questionsCsv } from "./csv";
import { assignmentResult, computeDashboard, loadClassContent } from "./dashboard";
import { materialRoutes } from "./material";
import { loadClassRecords } from "./records";
import { cleanNickname, isOffensive, mixesScripts, nicknameKey, NICKNAME_MAX_LENGTH, NICKNAME_MIN_LENGTH, NICKNAME_PATTERN } from "./nickname";
import { DashboardPage, JoinPage, MessagePage, MyClassesPage, MyClassPage, NewClassPage, PrivacyPage, TeacherWelcomePage } from "./pages";
import { assignableQuizzes } from "./quizzes";
import { hashClientAddress, ID_PATTERN, JOIN_CODE_LENGTH, normalizeJoinCode, secretMatches, TEACHER_SECRET_PATTERN } from "./secrets";
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

export type ClassroomEnv = AppEnv & { Variables: { classRow: ClassRow } };
type ClassroomContext = Context<ClassroomEnv, string>;

const TEACHER_COOKIE = "qq_lehrkraft";
const TEACHER_COOKIE_DAYS = 180;
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
/** Cloudflare sets CF-Connecting-IP and overwrites any value a client sends. */
const clientAddressHash = async (c: Context<ClassroomEnv>) =>
  hashClientAddress(c.req.header("cf-connecting-ip") ?? "unbekannt", await clientAddressSalt(db(c)));
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
  const secret = getCookie(c, TEACHER_COOKIE) ?? "";
  const teacherLink = `${new URL(c.req.url).origin}${teacherPath(classRow.id)}/zugang/${secret}`;
  return c.html(<TeacherWelcomePage classRow={classRow} teacherLink={teacherLink} joinLink={joinLink(c, classRow.joinCode)} />);
});

const INVALID_DATE = "Bitte ein gültiges Datum angeben (TT.MM.JJJJ).";

const berlinDate = new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Germany, "2026-12-01". */
function germanToday(now: number): string {
  const parts = berlinDate.formatToParts(now);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * The due date as the date field sends it ("2026-12-31") or as typed where there is no date picker
 * ("31.12.2026", "1.2.27"): from today (in Germany) to a year ahead (classes are deleted after a year).
 */
const dueDateField = z
  .string()
  .max(40, INVALID_DATE)
  .optional()
  .transform((input, context) => {
    const typed = (input ?? "").trim();
    if (typed === "") return null;
    const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(typed);
    const iso = german ? `${german[3]!.length === 2 ? `20${german[3]}` : german[3]}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}` : typed;
    if (!z.iso.date().safeParse(iso).success) {
      context.addIssue({ code: "custom", message: INVALID_DATE });
      return z.NEVER;
    }
    const today = germanToday(Date.now());
    const latest = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
    if (iso < today || iso > latest) {
      context.addIssue({ code: "custom", message: "Das Fälligkeitsdatum muss zwischen heute und einem Jahr von heute an liegen." });
      return z.NEVER;
    }
    return iso;
  });

/** The dashboard's figures, with the class's own texts resolved through the question source. */
async function teacherDashboard(c: ClassroomContext, records?: Awaited<ReturnType<typeof loadClassRecords>>) {
  const classId = c.get("classRow").id;
  const loaded = records ?? (await loadClassRecords(db(c), classId));
  return computeDashboard(loaded, await loadClassContent(questionSource(db(c), { classId, drafts: true }), loaded));
}

async function renderDashboard(c: ClassroomContext, errors: string[] = [], status: 200 | 400 = 200, input: Record<string, string> = {}) {
  const classRow = c.get("classRow");
  const [records, ownTexts] = await Promise.all([loadClassRecords(db(c), classRow.id), listOwnTexts(db(c), classRow.id)]);
  const published = ownTexts.filter((text) => text.status === "published" && text.questionCount > 0);
  return c.html(
    <DashboardPage
      classRow={classRow}
      dashboard={await teacherDashboard(c, records)}
      assignments={records.assignments}
      quizzes={[
        ...published.map((text) => ({ id: text.id, title: text.title, questionCount: Math.min(text.quizSize, text.questionCount) })),
        ...assignableQuizzes(),
      ]}
      ownTexts={<OwnTextList classId={classRow.id} texts={ownTexts} />}
      joinLink={joinLink(c, classRow.joinCode)}
      errors={errors}
      assignInput={{ quizId: input.quizId, dueDate: input.dueDate }}
    />,
    status,
  );
}

classroomRoutes.get("/lehrkraft/:classId", knownClassParams, requireTeacher, (c) => renderDashboard(c));

classroomRoutes.post(
  "/lehrkraft/:classId/aufgaben",
  knownClassParams,
  requireTeacher,
  zValidator(
    "form",
    z.object({
      quizId: z.string({ error: "Bitte ein Quiz auswählen." }).max(200, "Dieses Quiz gibt es nicht."),
      dueDate: dueDateField,
    }),
    formError((c, errors, input) => renderDashboard(c, errors, 400, input)),
  ),
  async (c) => {
    const { quizId, dueDate } = c.req.valid("form");
    // A built-in quiz, or a published own text of this class.
    const assignable = isOwnTextId(quizId)
      ? await questionSource(db(c), { classId: c.get("classRow").id }).quiz(quizId)
      : assignableQuizzes().some((quiz) => quiz.id === quizId);
    if (!assignable) return renderDashboard(c, ["Dieses Quiz gibt es nicht."], 400, { quizId, dueDate: dueDate ?? "" });
    await assignQuiz(db(c), c.get("classRow").id, quizId, dueDate);
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
    formError((c, errors) => renderDashboard(c, errors, 400)),
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
    formError((c, errors) => renderDashboard(c, errors, 400)),
  ),
  async (c) => {
    const classId = c.get("classRow").id;
    await deleteClass(db(c), classId);
    deleteCookie(c, TEACHER_COOKIE, { path: teacherPath(classId) });
    return c.redirect("/klassen/geloescht", 303);
  },
);

classroomRoutes.post("/lehrkraft/:classId/abmelden", knownClassParams, requireTeacher, (c) => {
  deleteCookie(c, TEACHER_COOKIE, { path: teacherPath(c.get("classRow").id) });
  return c.redirect("/klassen/neu", 303);
});

function csvResponse(c: ClassroomContext, fileName: string, body: string) {
  return c.body(body, 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${fileName}"`,
  });
}

classroomRoutes.get("/lehrkraft/:classId/export/schueler.csv", knownClassParams, requireTeacher, async (c) => {
  const dashboard = await teacherDashboard(c);
  return csvResponse(c, `klasse-${c.get("classRow").joinCode}-schueler.csv`, studentsCsv(dashboard));
});

classroomRoutes.get("/lehrkraft/:classId/export/fragen.csv", knownClassParams, requireTeacher, async (c) => {
  const dashboard = await teacherDashboard(c);
  return csvResponse(c, `klasse-${c.get("classRow").joinCode}-fragen.csv`, questionsCsv(dashboard));
});

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
});

const renderJoin = (c: ClassroomContext, errors: string[], input: Record<string, string>, status: 400 | 404 | 409 | 429) =>
  jsonErrors(c, status, errors) ?? c.html(<JoinPage errors={errors} code={input.code} nickname={input.nickname} />, status);

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
  const assignments = await listAssignments(db(c), own.classRow.id);
  const ownAttempts = await attemptsOfMember(
    db(c),
    own.learnerId,
    assignments.map((assignment) => assignment.id),
  );
  const given = await answersOfAttempts(
    db(c),
    ownAttempts.map((attempt) => attempt.id),
  );
  const source = questionSource(db(c), { classId: own.classRow.id });
  const titles = await source.titles(assignments.map((assignment) => assignment.quizId));
  const results = await Promise.all(
    assignments.map(async (assignment) => {
      // Newest first: the newest attempt is the one that counts, as on the teacher's dashboard.
      const attempt = ownAttempts.find((candidate) => candidate.assignmentId === assignment.id);
      const quiz = attempt ? undefined : await source.quiz(assignment.quizId);
      return assignmentResult(assignment, attempt, attempt ? given.filter((answer) => answer.attemptId === attempt.id) : [], quiz);
    }),
  );
  return c.html(<MyClassPage classRow={own.classRow} nickname={own.member.nickname} assignments={results} titles={titles} />);
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
    const [existing] = await attemptsOfMember(db(c), own.learnerId, [assignment.id]);
    if (existing) return c.redirect(attemptUrl(existing.id), 303);
    const source = questionSource(db(c), { classId: own.classRow.id });
    const quiz = await source.quiz(assignment.quizId);
    if (!quiz) return message(c, 404, "Quiz nicht gefunden", "Dieses Quiz gibt es nicht mehr. Bitte sag deiner Lehrkraft Bescheid.");
    // The whole class gets the same questions (the quiz's default selection, seeded with its id), so the
    // dashboard compares like with like and the number announced before starting holds; each attempt
    // still shows its own option order.
    const questionIds = source.draw(quiz, quiz.id).map((question) => question.id);
    const attemptId = await startAttempt(c.env.DB, own.learnerId, quiz.id, () => questionIds, { assignmentId: assignment.id });
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
