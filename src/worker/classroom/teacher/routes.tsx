/** The teacher's side of the classroom: creating a class, the access link and sheet, the overview, assignments, results and exports (./results-routes.tsx), deletion. */
import { zValidator } from "@hono/zod-validator";
import { type Context, Hono } from "hono";
import * as z from "zod";
import { isOwnTextId } from "../../../bank/ids";
import { questionSource } from "../../content";
import { messageResponse } from "../../errors";
import { MessagePage } from "../../layout/message";
import { ClassId, confirmation, validForm, knownClassParams, noClass } from "../forms";
import { assignableQuizzes } from "../quizzes";
import { clientAddressHash, takeSlot } from "../../rate-limit";
import { secretMatches, TEACHER_SECRET_PATTERN } from "../secrets";
import { assignQuiz } from "../assignment-store";
import { berlinDate } from "../../../shared/berlin-days";
import { CREATE_CLASS_LIMIT, createClass, deleteClass, findClass, listAssignments, purgeExpiredClasses, renameClass } from "../store";
import { teacherPath } from "../paths";
import { deleteTeacherCookie, noAccess, requireTeacher, runningSessionCode, setTeacherCookie, type TeacherEnv, teacherCookieSecret } from "./access";
import { assignForm, classNameForm } from "./forms";
import { materialRoutes } from "./material";
import { className } from "../parts";
import { joinLinkOf, publicOrigin, renderOverview } from "./overview";
import { QrCode } from "../../qr";
import { AccessSheetPage, NewClassPage, TeacherLinkPage, TeacherWelcomePage } from "./pages";
import { resultRoutes } from "./results-routes";
import { windowErrors } from "./window-form";
import { ownTextRoutes } from "../../own-texts/routes";

/** The welcome page shows the teacher link only this long after the class was made (a reload right away still works). */
const WELCOME_MINUTES = 15;

export const teacherRoutes = new Hono<TeacherEnv>();

teacherRoutes.get("/neu", (c) => c.html(<NewClassPage />));

teacherRoutes.post(
  "/neu",
  validForm(classNameForm, (c: Context<TeacherEnv>, errors, input) => c.html(<NewClassPage errors={errors} name={input.name} />, 400)),
  async (c) => {
    const db = c.var.db;
    const now = Date.now();
    if (!(await takeSlot(db, CREATE_CLASS_LIMIT, await clientAddressHash(c), now))) {
      c.header("Retry-After", "3600");
      return messageResponse(
        c,
        429,
        "Zu viele neue Klassen",
        "Von diesem Anschluss wurden in der letzten Stunde zu viele Klassen angelegt. Bitte später erneut versuchen.",
      );
    }
    await purgeExpiredClasses(db, now);
    const { classRow, teacherSecret } = await createClass(db, c.req.valid("form").name);
    setTeacherCookie(c, classRow.id, teacherSecret);
    return c.redirect(`${teacherPath(classRow.id)}/willkommen`, 303);
  },
);

teacherRoutes.get(
  "/lehrkraft/:classId/zugang/:secret",
  zValidator("param", z.object({ classId: ClassId, secret: z.string().regex(TEACHER_SECRET_PATTERN) }), (result, c) =>
    result.success ? undefined : result.error.issues.some((issue) => issue.path[0] === "classId") ? noClass(c) : noAccess(c),
  ),
  async (c) => {
    const { classId, secret } = c.req.valid("param");
    const classRow = await findClass(c.var.db, classId);
    if (!classRow) return noClass(c);
    if (!(await secretMatches(secret, classRow.teacherSecretHash))) return noAccess(c);
    setTeacherCookie(c, classId, secret);
    return c.redirect(teacherPath(classId), 303);
  },
);

// A class's own texts: bring, review, edit, publish (../../own-texts/). Teachers only.
teacherRoutes.use("/lehrkraft/:classId/texte/*", knownClassParams, requireTeacher);
teacherRoutes.route("/lehrkraft/:classId/texte", ownTextRoutes);

teacherRoutes.get("/lehrkraft/:classId/willkommen", knownClassParams, requireTeacher, (c) => {
  const classRow = c.get("classRow");
  // The link is shown once, right after creating the class; opened again later (from the history, on a
  // projector), this address leads to the dashboard, which never shows the secret.
  if (Date.now() - classRow.createdAt.getTime() > WELCOME_MINUTES * 60 * 1000) return c.redirect(teacherPath(classRow.id), 303);
  return c.html(<TeacherWelcomePage classRow={classRow} teacherLink={teacherLinkOf(c, classRow.id)} joinLink={joinLinkOf(c, classRow.joinCode)} />);
});

teacherRoutes.get("/lehrkraft/:classId", knownClassParams, requireTeacher, (c) => renderOverview(c));

const teacherLinkOf = (c: Context<TeacherEnv>, classId: string) => `${publicOrigin(c)}${teacherPath(classId)}/zugang/${teacherCookieSecret(c)}`;

// The teacher link again, on a device that still opens the class: to keep it, or to open the class on another device.
teacherRoutes.get("/lehrkraft/:classId/lehrkraft-link", knownClassParams, requireTeacher, (c) => {
  const classRow = c.get("classRow");
  return c.html(<TeacherLinkPage classId={classRow.id} className={className(classRow)} teacherLink={teacherLinkOf(c, classRow.id)} />);
});

// One printable page for the class: the code, the join link and its QR code.
teacherRoutes.get("/lehrkraft/:classId/zugangsblatt", knownClassParams, requireTeacher, (c) => {
  const classRow = c.get("classRow");
  const joinLink = joinLinkOf(c, classRow.joinCode);
  return c.html(
    <AccessSheetPage
      classId={classRow.id}
      className={className(classRow)}
      joinCode={classRow.joinCode}
      joinLink={joinLink}
      qr={<QrCode class="access-qr" text={joinLink} label={`QR-Code zum Beitreten: ${joinLink}`} />}
    />,
  );
});

teacherRoutes.post(
  "/lehrkraft/:classId/aufgaben",
  knownClassParams,
  requireTeacher,
  validForm(assignForm, (c: Context<TeacherEnv>, errors, input) => renderOverview(c, errors, 400, input)),
  async (c) => {
    const { quizId, ...window } = c.req.valid("form");
    const classId = c.get("classRow").id;
    // A built-in quiz, or a published own text of this class.
    const assignable = isOwnTextId(quizId) ? await questionSource(c.var.db, { classId }).quiz(quizId) : assignableQuizzes().some((quiz) => quiz.id === quizId);
    // Assigned again: dates left empty keep the ones there are.
    const existing = (await listAssignments(c.var.db, classId)).find((assignment) => assignment.quizId === quizId);
    const effective = existing ? { ...window, dueDate: window.dueDate ?? existing.dueDate, openFrom: window.openFrom ?? existing.openFrom } : window;
    const errors = [...(assignable ? [] : ["Dieses Quiz gibt es nicht."]), ...windowErrors(effective, berlinDate(Date.now()), existing?.dueDate)];
    if (errors.length > 0) {
      const typed = await c.req.parseBody();
      const input = Object.fromEntries(Object.entries(typed).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
      return renderOverview(c, errors, 400, input);
    }
    if (!(await assignQuiz(c.var.db, classId, quizId, window))) return renderOverview(c, ["Dieses Quiz gibt es nicht."], 400);
    return c.redirect(`${teacherPath(classId)}#aufgaben`, 303);
  },
);

teacherRoutes.post(
  "/lehrkraft/:classId/name",
  knownClassParams,
  requireTeacher,
  validForm(classNameForm, (c: Context<TeacherEnv>, errors) => renderOverview(c, errors, 400)),
  async (c) => {
    await renameClass(c.var.db, c.get("classRow").id, c.req.valid("form").name);
    return c.redirect(`${teacherPath(c.get("classRow").id)}#einstellungen`, 303);
  },
);

/**
 * Ends the running live session this device presents for a class just deleted: otherwise the phones would wait hours
 * for the next step, which the deleted class's presenter page can no longer take. The class is deleted whatever happens
 * here: a session that cannot be reached now ends by itself after its inactivity and writes nothing.
 */
async function discardRunningSession(c: Context<TeacherEnv>, classId: string): Promise<void> {
  const code = runningSessionCode(c);
  if (!code) return;
  try {
    await c.env.LIVE.get(c.env.LIVE.idFromName(code)).discard(classId);
  } catch (error) {
    console.error("live session of a deleted class: not discarded", error);
  }
}

teacherRoutes.post(
  "/lehrkraft/:classId/loeschen",
  knownClassParams,
  requireTeacher,
  validForm(confirmation("Bitte bestätigen Sie das Löschen mit dem Häkchen."), (c: Context<TeacherEnv>, errors) => renderOverview(c, errors, 400)),
  async (c) => {
    const classId = c.get("classRow").id;
    await deleteClass(c.var.db, classId);
    await discardRunningSession(c, classId);
    deleteTeacherCookie(c, classId);
    return c.redirect("/klassen/geloescht", 303);
  },
);

teacherRoutes.post("/lehrkraft/:classId/abmelden", knownClassParams, requireTeacher, (c) => {
  deleteTeacherCookie(c, c.get("classRow").id);
  return c.redirect("/klassen/neu", 303);
});

// One assignment's results, one student's answers, the class list, the CSV exports (./results-routes.tsx).
for (const path of ["aufgaben/*", "schueler/*", "export/*"]) teacherRoutes.use(`/lehrkraft/:classId/${path}`, knownClassParams, requireTeacher);
teacherRoutes.route("/lehrkraft/:classId", resultRoutes);

// Worksheets and LMS exports of the quizzes (./material.tsx): they carry the answers, so teachers only.
teacherRoutes.use("/lehrkraft/:classId/quizze/*", knownClassParams, requireTeacher);
teacherRoutes.route("/lehrkraft/:classId/quizze", materialRoutes);

teacherRoutes.get("/geloescht", (c) =>
  c.html(
    <MessagePage
      title="Klasse gelöscht"
      message="Die Klasse ist gelöscht, mit allen Spitznamen, Aufgaben und Antworten."
      link={{ href: "/klassen/neu", text: "Neue Klasse anlegen" }}
    />,
  ),
);
