/** The teacher's side of the classroom: creating a class, the access link, the dashboard, assignments, exports, deletion. */
import { zValidator } from "@hono/zod-validator";
import { type Context, Hono } from "hono";
import * as z from "zod";
import { isOwnTextId } from "../../../bank/ids";
import { questionSource } from "../../content";
import { messageResponse } from "../../errors";
import { MessagePage } from "../../layout/message";
import { questionsCsv, studentsCsv } from "../csv";
import { computeDashboard, loadClassContent } from "../dashboard";
import { ClassId, confirmation, validForm, knownClassParams, noClass } from "../forms";
import { assignableQuizzes } from "../quizzes";
import { clientAddressHash, countRateLimited, isRateLimited } from "../../rate-limit";
import { loadClassRecords } from "../records";
import { secretMatches, TEACHER_SECRET_PATTERN } from "../secrets";
import { assignQuiz, CREATE_CLASS_LIMIT, createClass, deleteClass, findClass, purgeExpired, renameClass } from "../store";
import { deleteTeacherCookie, noAccess, requireTeacher, setTeacherCookie, type TeacherEnv, teacherCookieSecret, teacherPath } from "./access";
import { assignForm, classNameForm } from "./forms";
import { materialRoutes } from "./material";
import { DashboardPage, NewClassPage, TeacherWelcomePage } from "./pages";
import { OwnTextList } from "../../own-texts/pages";
import { ownTextRoutes } from "../../own-texts/routes";
import { listOwnTexts } from "../../own-texts/store";

/** The welcome page shows the teacher link only this long after the class was made (a reload right away still works). */
const WELCOME_MINUTES = 15;

export const teacherRoutes = new Hono<TeacherEnv>();

const joinLink = (c: Context, joinCode: string) => `${new URL(c.req.url).origin}/klassen/beitreten?code=${joinCode}`;

teacherRoutes.get("/neu", (c) => c.html(<NewClassPage />));

teacherRoutes.post(
  "/neu",
  validForm(classNameForm, (c: Context<TeacherEnv>, errors, input) => c.html(<NewClassPage errors={errors} name={input.name} />, 400)),
  async (c) => {
    const db = c.var.db;
    const now = Date.now();
    const addressHash = await clientAddressHash(c);
    if (await isRateLimited(db, CREATE_CLASS_LIMIT, addressHash, now)) {
      c.header("Retry-After", "3600");
      return messageResponse(
        c,
        429,
        "Zu viele neue Klassen",
        "Von diesem Anschluss wurden in der letzten Stunde zu viele Klassen angelegt. Bitte später erneut versuchen.",
      );
    }
    await countRateLimited(db, CREATE_CLASS_LIMIT, addressHash, now);
    await purgeExpired(db, now);
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
  const teacherLink = `${new URL(c.req.url).origin}${teacherPath(classRow.id)}/zugang/${teacherCookieSecret(c)}`;
  return c.html(<TeacherWelcomePage classRow={classRow} teacherLink={teacherLink} joinLink={joinLink(c, classRow.joinCode)} />);
});

/** The dashboard's figures, with the class's own texts resolved through the question source. */
async function teacherDashboard(c: Context<TeacherEnv>, records?: Awaited<ReturnType<typeof loadClassRecords>>) {
  const classId = c.get("classRow").id;
  const loaded = records ?? (await loadClassRecords(c.var.db, classId));
  return computeDashboard(loaded, await loadClassContent(questionSource(c.var.db, { classId, drafts: true }), loaded));
}

async function renderDashboard(c: Context<TeacherEnv>, errors: string[] = [], status: 200 | 400 = 200, input: Record<string, string> = {}) {
  const classRow = c.get("classRow");
  const [records, ownTexts] = await Promise.all([loadClassRecords(c.var.db, classRow.id), listOwnTexts(c.var.db, classRow.id)]);
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

teacherRoutes.get("/lehrkraft/:classId", knownClassParams, requireTeacher, (c) => renderDashboard(c));

teacherRoutes.post(
  "/lehrkraft/:classId/aufgaben",
  knownClassParams,
  requireTeacher,
  validForm(assignForm, (c: Context<TeacherEnv>, errors, input) => renderDashboard(c, errors, 400, input)),
  async (c) => {
    const { quizId, dueDate } = c.req.valid("form");
    // A built-in quiz, or a published own text of this class.
    const assignable = isOwnTextId(quizId)
      ? await questionSource(c.var.db, { classId: c.get("classRow").id }).quiz(quizId)
      : assignableQuizzes().some((quiz) => quiz.id === quizId);
    if (!assignable) return renderDashboard(c, ["Dieses Quiz gibt es nicht."], 400, { quizId, dueDate: dueDate ?? "" });
    await assignQuiz(c.var.db, c.get("classRow").id, quizId, dueDate);
    return c.redirect(`${teacherPath(c.get("classRow").id)}#aufgaben`, 303);
  },
);

teacherRoutes.post(
  "/lehrkraft/:classId/name",
  knownClassParams,
  requireTeacher,
  validForm(classNameForm, (c: Context<TeacherEnv>, errors) => renderDashboard(c, errors, 400)),
  async (c) => {
    await renameClass(c.var.db, c.get("classRow").id, c.req.valid("form").name);
    return c.redirect(`${teacherPath(c.get("classRow").id)}#einstellungen`, 303);
  },
);

teacherRoutes.post(
  "/lehrkraft/:classId/loeschen",
  knownClassParams,
  requireTeacher,
  validForm(confirmation("Bitte bestätigen Sie das Löschen mit dem Häkchen."), (c: Context<TeacherEnv>, errors) => renderDashboard(c, errors, 400)),
  async (c) => {
    const classId = c.get("classRow").id;
    await deleteClass(c.var.db, classId);
    deleteTeacherCookie(c, classId);
    return c.redirect("/klassen/geloescht", 303);
  },
);

teacherRoutes.post("/lehrkraft/:classId/abmelden", knownClassParams, requireTeacher, (c) => {
  deleteTeacherCookie(c, c.get("classRow").id);
  return c.redirect("/klassen/neu", 303);
});

function csvResponse(c: Context, fileName: string, body: string) {
  return c.body(body, 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${fileName}"`,
  });
}

teacherRoutes.get("/lehrkraft/:classId/export/schueler.csv", knownClassParams, requireTeacher, async (c) => {
  const dashboard = await teacherDashboard(c);
  return csvResponse(c, `klasse-${c.get("classRow").joinCode}-schueler.csv`, studentsCsv(dashboard));
});

teacherRoutes.get("/lehrkraft/:classId/export/fragen.csv", knownClassParams, requireTeacher, async (c) => {
  const dashboard = await teacherDashboard(c);
  return csvResponse(c, `klasse-${c.get("classRow").joinCode}-fragen.csv`, questionsCsv(dashboard));
});

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
