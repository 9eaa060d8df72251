/**
 * Live-session routes. Teachers (mounted at /klassen/lehrkraft/:classId/live, behind the class's teacher
 * cookie, which is scoped to that path and so also reaches the presenter's WebSocket): start a session,
 * present it. Students (mounted at /live): join with the code, play, by WebSocket or by plain forms.
 *
 * Who is asking is decided here, from the cookies; the session's Durable Object trusts what the Worker
 * tells it (learner id, class id) and decides everything else.
 */
import { zValidator } from "@hono/zod-validator";
import { Hono, type Context } from "hono";
import { setCookie } from "hono/cookie";
import * as z from "zod";
import { messageResponse, type ClientErrorStatus } from "../errors";
import { ensureLearnerCookie, getLearnerId, learnerIdWithoutRow } from "../learner";
import { NICKNAME_MAX_LENGTH, nicknameField } from "../classroom/nickname";
import { teacherPath } from "../classroom/paths";
import { publicOrigin } from "../classroom/teacher/overview";
import { findMembership, JOIN_LIMIT, joinClass, MAX_MEMBERS } from "../classroom/store";
import { requireTeacher, RUNNING_SESSION_COOKIE, runningSessionCode, type TeacherEnv } from "../classroom/teacher/access";
import { questionSource } from "../content";
import { clientAddressHash, giveBackSlotQuery, type RateLimit, takeSlot } from "../rate-limit";
import { AnswerForm, refusedAnswerForm } from "../quiz/forms";
import type { AppEnv } from "../types";
import { LiveJoinPage, LiveStartPage, PlayerPage, PresenterPage, QUESTION_COUNTS, TIMER_CHOICES } from "./pages";
import { PHASES } from "./protocol";
import { askedInEarlierLessons, liveQuizzes, loadQuizQuestions } from "./questions";
import { MAX_PLAYERS } from "./store";
import { playerPath, presenterPath } from "./views";
import { codeLetters, LIVE_SESSION_CODE } from "../typed-codes";

/** Wrong live codes: 20 per address in 15 minutes, as for class codes (a whole class behind one router). */
export const WRONG_LIVE_CODE_LIMIT: RateLimit = { scope: "live", limit: 20, windowMs: 15 * 60 * 1000 };

/** Six digits, each equally likely (rejection sampling): typed on a phone's number pad. */
export function newSessionCode(): string {
  const digits: number[] = [];
  while (digits.length < 6) {
    for (const byte of crypto.getRandomValues(new Uint8Array(8))) if (byte < 250 && digits.length < 6) digits.push(byte % 10);
  }
  return digits.join("");
}

/** "482 913", "482-913", "482–913", full-width digits -> "482913"; null when it cannot be a code. */
export function normalizeSessionCode(input: string): string | null {
  const code = codeLetters(input);
  return LIVE_SESSION_CODE.test(code) ? code : null;
}

const sessionOf = (env: Env, code: string) => env.LIVE.get(env.LIVE.idFromName(code));

const message = (c: Context, status: ClientErrorStatus, title: string, text: string, link?: { href: string; text: string }) =>
  messageResponse(c, status, title, text, link);

const noSession = (c: Context) =>
  message(c, 404, "Live-Quiz nicht gefunden", "Dieses Live-Quiz gibt es nicht (mehr).", { href: "/live", text: "Mit einem anderen Code beitreten" });

/**
 * Hands a WebSocket upgrade to the session's object for the seat named in `seat`. Only same-origin pages
 * may open it: a page elsewhere could otherwise use the visitor's cookies (cross-site WebSocket hijacking).
 */
async function connect(c: Context, code: string, seat: Record<string, string>): Promise<Response> {
  if (c.req.header("Upgrade")?.toLowerCase() !== "websocket") return message(c, 400, "WebSocket erwartet", "Diese Adresse ist für die Live-Verbindung.");
  const origin = c.req.header("Origin");
  if (origin && origin !== new URL(c.req.url).origin) return message(c, 403, "Kein Zugriff", "Diese Verbindung kam nicht von dieser Seite.");
  const url = new URL("https://live-session/verbindung");
  for (const [name, value] of Object.entries(seat)) url.searchParams.set(name, value);
  const response = await sessionOf(c.env as Env, code).fetch(new Request(url, { headers: { Upgrade: "websocket" } }));
  if (response.status !== 101 || !response.webSocket) return message(c, response.status === 404 ? 404 : 403, "Keine Verbindung", await response.text());
  // A new response: the object's has immutable headers, and the app's middleware adds security headers.
  return new Response(null, { status: 101, webSocket: response.webSocket });
}

const codeParam = zValidator("param", z.object({ code: z.string().regex(LIVE_SESSION_CODE) }), (result, c) => (result.success ? undefined : noSession(c)));

/** The presenter's and the no-JavaScript player's buttons: where to go on from. */
const advanceForm = z.object({ phase: z.enum(PHASES), frage: z.coerce.number().int().min(0).max(1000) });

// ---------------------------------------------------------------- teacher

export const liveTeacherRoutes = new Hono<TeacherEnv>();
liveTeacherRoutes.use(requireTeacher);

const startForm = z.object({
  quizId: z.string({ error: "Bitte ein Quiz auswählen." }).max(200),
  anzahl: z.enum(QUESTION_COUNTS.map((count) => count.value) as [string, ...string[]], { error: "Bitte angeben, wie viele Fragen." }),
  zeit: z.enum(TIMER_CHOICES.map((choice) => String(choice.seconds)) as [string, ...string[]], { error: "Bitte eine Zeit wählen." }),
  tempo: z.literal("ja").optional(),
});

async function renderStart(c: Context<TeacherEnv>, errors: string[] = [], status: 200 | 400 = 200) {
  const code = runningSessionCode(c);
  const running = code ? await sessionOf(c.env, code).summary() : undefined;
  return c.html(
    <LiveStartPage
      classRow={c.get("classRow")}
      quizzes={await liveQuizzes(c.var.db, c.get("classRow").id)}
      running={running && running.classId === c.get("classRow").id && running.phase !== "end" ? { code: code!, ...running } : undefined}
      errors={errors}
    />,
    status,
  );
}

liveTeacherRoutes.get("/", (c) => renderStart(c));

liveTeacherRoutes.post(
  "/",
  zValidator("form", startForm, async (result, c) =>
    result.success ? undefined : renderStart(c as Context<TeacherEnv>, [...new Set(result.error.issues.map((issue) => issue.message))], 400),
  ),
  async (c) => {
    const form = c.req.valid("form");
    const classId = c.get("classRow").id;
    const chosen = form.anzahl === "alle" ? undefined : Number(form.anzahl);
    const quiz = await loadQuizQuestions(questionSource(c.var.db, { classId }), form.quizId, {
      seed: `live:${crypto.randomUUID()}`,
      timesAsked: await askedInEarlierLessons(c.var.db, classId, form.quizId),
      size: chosen,
    });
    if (!quiz) return renderStart(c, ["Dieses Quiz gibt es nicht."], 400);
    // Without JavaScript the form offers sizes above the chosen quiz's: it asks all of them, and the lobby says so.
    const questions = chosen === undefined ? quiz.questions : quiz.questions.slice(0, chosen);
    const shortened = chosen !== undefined && chosen > quiz.questions.length ? `?gewaehlt=${chosen}` : "";
    const settings = {
      classId,
      quizId: form.quizId,
      quizTitle: quiz.title,
      // The join link on the projector and in its QR code: the configured public address, not the request's Host.
      origin: publicOrigin(c),
      timerSeconds: Number(form.zeit),
      speedBonus: form.tempo === "ja",
      questions,
    };
    // A million codes and sessions that live for hours: a clash is rare, and the object itself tells.
    for (let tries = 0; tries < 5; tries++) {
      const code = newSessionCode();
      if (!(await sessionOf(c.env, code).start({ ...settings, code }))) continue;
      setCookie(c, RUNNING_SESSION_COOKIE, code, {
        path: teacherPath(c.get("classRow").id),
        httpOnly: true,
        secure: new URL(c.req.url).protocol === "https:",
        sameSite: "Lax",
        maxAge: 12 * 60 * 60,
      });
      return c.redirect(`${presenterPath(classId, code)}${shortened}`, 303);
    }
    throw new Error("no free live code after 5 tries");
  },
);

const presenterQuery = z.object({ gewaehlt: z.coerce.number().int().min(1).max(1000).optional().catch(undefined) });

liveTeacherRoutes.get("/:code", codeParam, zValidator("query", presenterQuery), async (c) => {
  const { code } = c.req.valid("param");
  const view = await sessionOf(c.env, code).presenterView(c.get("classRow").id);
  if (!view) return noSession(c);
  return c.html(<PresenterPage classRow={c.get("classRow")} code={code} view={view} chosen={c.req.valid("query").gewaehlt} />);
});

liveTeacherRoutes.get("/:code/verbindung", codeParam, (c) => connect(c, c.req.valid("param").code, { klasse: c.get("classRow").id }));

/** The projector's step buttons are hidden fields: a form without them is a page from elsewhere, not a step. */
const advanceFormError = (result: { success: boolean }, c: Context) =>
  result.success
    ? undefined
    : message(c, 400, "Schritt nicht lesbar", "Dieser Schritt konnte nicht gelesen werden. Bitte laden Sie die Seite des Live-Quiz neu.", {
        href: presenterPath((c as Context<TeacherEnv>).get("classRow").id, c.req.param("code") ?? ""),
        text: "Zum Live-Quiz",
      });

liveTeacherRoutes.post("/:code/weiter", codeParam, zValidator("form", advanceForm, advanceFormError), async (c) => {
  const { code } = c.req.valid("param");
  const { phase, frage } = c.req.valid("form");
  await sessionOf(c.env, code).advanceByForm(c.get("classRow").id, phase, frage);
  return c.redirect(presenterPath(c.get("classRow").id, code), 303);
});

liveTeacherRoutes.post("/:code/beenden", codeParam, async (c) => {
  const { code } = c.req.valid("param");
  await sessionOf(c.env, code).finishByForm(c.get("classRow").id);
  return c.redirect(presenterPath(c.get("classRow").id, code), 303);
});

// ---------------------------------------------------------------- students

export const liveStudentRoutes = new Hono<AppEnv>();

liveStudentRoutes.use(async (c, next) => {
  await next();
  // Pages with a seat and its answers: never cached.
  if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
});

/** The nickname a learner has in the session's class, if they are a member. */
async function classNickname(c: Context<AppEnv>, classId: string, learnerId: string | null): Promise<string | undefined> {
  return learnerId ? (await findMembership(c.var.db, classId, learnerId))?.nickname : undefined;
}

liveStudentRoutes.get("/", zValidator("query", z.object({ code: z.string().max(20).optional().catch(undefined) })), async (c) => {
  await ensureLearnerCookie(c);
  const code = normalizeSessionCode(c.req.valid("query").code ?? "");
  if (!code) return c.html(<LiveJoinPage code={c.req.valid("query").code} />);
  const learnerId = await getLearnerId(c);
  const summary = await sessionOf(c.env, code).summary(learnerId ?? undefined);
  if (summary?.seatedAs) return c.redirect(playerPath(code), 303);
  if (!summary || summary.phase === "end")
    return c.html(
      <LiveJoinPage code={code} errors={[summary ? "Dieses Live-Quiz ist schon vorbei." : "Dieses Live-Quiz gibt es nicht (mehr). Bitte prüfe den Code."]} />,
      summary ? 409 : 404,
    );
  return c.html(<LiveJoinPage code={code} quizTitle={summary.quizTitle} memberNickname={await classNickname(c, summary.classId, learnerId)} />);
});

const joinForm = z.object({
  code: z
    .string({ error: "Bitte gib den Code vom Beamer ein." })
    .max(40, "Der Code hat 6 Ziffern, zum Beispiel 482 913.")
    .transform((code, context) => {
      const normalized = normalizeSessionCode(code);
      if (normalized) return normalized;
      context.addIssue({ code: "custom", message: "Der Code hat 6 Ziffern, zum Beispiel 482 913." });
      return z.NEVER;
    }),
  // Checked with the class's rules once the code is known; this bound only keeps a pasted page out of the form shown back.
  nickname: z.string().max(100, `Dein Spitzname darf höchstens ${NICKNAME_MAX_LENGTH} Zeichen lang sein.`).optional(),
});

liveStudentRoutes.post(
  "/",
  zValidator("form", joinForm, async (result, c) => {
    if (result.success) return undefined;
    const body = await c.req.parseBody();
    return c.html(
      <LiveJoinPage
        code={String(body.code ?? "")}
        nickname={String(body.nickname ?? "")}
        errors={[...new Set(result.error.issues.map((issue) => issue.message))]}
      />,
      400,
    );
  }),
  async (c) => {
    const { code, nickname: typed } = c.req.valid("form");
    const refuse = (status: 400 | 404 | 409 | 429, text: string) => c.html(<LiveJoinPage code={code} nickname={typed} errors={[text]} />, status);
    const now = Date.now();
    const addressHash = await clientAddressHash(c);
    // Every try takes a wrong-code slot first (one statement: parallel guesses cannot all slip under the
    // limit); a right code gives it back.
    if (!(await takeSlot(c.var.db, WRONG_LIVE_CODE_LIMIT, addressHash, now))) {
      c.header("Retry-After", String(WRONG_LIVE_CODE_LIMIT.windowMs / 1000));
      return refuse(429, "Zu viele falsche Codes von diesem Anschluss. Bitte warte 15 Minuten und frag deine Lehrkraft nach dem Code.");
    }
    const session = sessionOf(c.env, code);
    const summary = await session.summary((await getLearnerId(c)) ?? undefined);
    if (!summary) return refuse(404, "Dieses Live-Quiz gibt es nicht (mehr). Bitte prüfe den Code.");
    await giveBackSlotQuery(c.var.db, WRONG_LIVE_CODE_LIMIT, addressHash, now);
    if (summary.seatedAs) return c.redirect(playerPath(code), 303);
    if (summary.phase === "end") return refuse(409, "Dieses Live-Quiz ist schon vorbei.");
    if (summary.players >= MAX_PLAYERS) return refuse(409, `Dieses Live-Quiz ist voll (höchstens ${MAX_PLAYERS} Mitspielende).`);

    // Players join the session's class (with the class's nickname rules, lookalikes included), so that
    // their answers reach the teacher's dashboard like those of any assignment, and no two players of a
    // session look alike. Members play under their class nickname.
    const learnerId = await learnerIdWithoutRow(c);
    let nickname = await classNickname(c, summary.classId, learnerId);
    if (!nickname) {
      const checked = nicknameField.safeParse(typed ?? "");
      if (!checked.success) return refuse(400, checked.error.issues[0]!.message);
      if (!(await takeSlot(c.var.db, JOIN_LIMIT, addressHash, now))) {
        c.header("Retry-After", String(JOIN_LIMIT.windowMs / 1000));
        return refuse(429, "Von diesem Anschluss sind gerade sehr viele beigetreten. Bitte warte 15 Minuten.");
      }
      const joined = await joinClass(c.var.db, summary.classId, learnerId, checked.data);
      // Only joins count against the limit.
      if (joined !== "joined") await giveBackSlotQuery(c.var.db, JOIN_LIMIT, addressHash, now);
      switch (joined) {
        case "joined":
          nickname = checked.data;
          break;
        case "already-member":
          // A lost race against the learner's own double submit is a join, not a taken nickname.
          nickname = await classNickname(c, summary.classId, learnerId);
          break;
        case "no-class":
          return refuse(404, "Die Klasse dieses Live-Quiz gibt es nicht mehr.");
        case "full":
          return refuse(409, `Die Klasse ist voll (höchstens ${MAX_MEMBERS} Schülerinnen und Schüler).`);
        case "nickname-taken":
          return refuse(409, "Diesen Spitznamen gibt es in der Klasse schon. Bitte wähle einen anderen.");
        case "lookalike-taken":
          return refuse(409, "In der Klasse gibt es schon einen Spitznamen, der genauso aussieht. Bitte wähle einen anderen.");
      }
      if (!nickname) return refuse(409, "Diesen Spitznamen gibt es in der Klasse schon. Bitte wähle einen anderen.");
    }
    const outcome = await session.join(learnerId, nickname);
    if (outcome.status === "joined" || outcome.status === "seated") return c.redirect(playerPath(code), 303);
    if (outcome.status === "full") return refuse(409, `Dieses Live-Quiz ist voll (höchstens ${MAX_PLAYERS} Mitspielende).`);
    if (outcome.status === "ended") return refuse(409, "Dieses Live-Quiz ist schon vorbei.");
    return refuse(404, "Dieses Live-Quiz gibt es nicht (mehr). Bitte prüfe den Code.");
  },
);

/** The learner's seat in the session of the path, or a redirect to the join form. */
async function playerOrJoin(c: Context<AppEnv>, code: string, notice?: string, status: 200 | 400 | 409 = 200) {
  const learnerId = await getLearnerId(c);
  const view = learnerId ? await sessionOf(c.env, code).playerView(learnerId) : undefined;
  if (!view) return c.redirect(`/live?code=${code}`, 303);
  return c.html(<PlayerPage code={code} view={view} notice={notice} />, status);
}

liveStudentRoutes.get("/:code", codeParam, (c) => playerOrJoin(c, c.req.valid("param").code));

// A refused answer's page stands at the form's address; without JavaScript it reloads itself (or the student
// does), and the browser asks for that address with GET: back to the lesson, not to a 404 that ends it.
liveStudentRoutes.get("/:code/antwort", codeParam, (c) => c.redirect(playerPath(c.req.valid("param").code), 303));

liveStudentRoutes.get("/:code/verbindung", codeParam, async (c) => {
  const learnerId = await getLearnerId(c);
  if (!learnerId) return message(c, 403, "Kein Platz", "Bitte tritt dem Live-Quiz zuerst bei.");
  return connect(c, c.req.valid("param").code, { spieler: learnerId });
});

const answerForm = AnswerForm.extend({ frage: z.coerce.number().int().min(1).max(1000) });

liveStudentRoutes.post(
  "/:code/antwort",
  codeParam,
  // Reloading this page would post the same form again: the way back is a link to the lesson's page.
  zValidator("form", answerForm, (result, c) => {
    if (result.success) return undefined;
    const { title, text } = refusedAnswerForm(result.error.issues, "Diese Antwort konnte nicht gelesen werden. Bitte antworte noch einmal.");
    return message(c, 400, title, text, { href: playerPath(c.req.param("code") ?? ""), text: "Zurück zum Live-Quiz" });
  }),
  async (c) => {
    const { code } = c.req.valid("param");
    const learnerId = await getLearnerId(c);
    if (!learnerId) return c.redirect(`/live?code=${code}`, 303);
    const { frage, antwort } = c.req.valid("form");
    const refusal = await sessionOf(c.env, code).answerByForm(learnerId, frage, antwort);
    if (refusal) return playerOrJoin(c, code, refusal, 409);
    return c.redirect(playerPath(code), 303);
  },
);
