/**
 * The teacher's routes for results and the class list, mounted under /klassen/lehrkraft/:classId behind
 * the teacher check (../routes.tsx): one assignment's results (and their polling), its dates and its
 * removal, one student's answers, renaming, merging and removing students, the CSV exports.
 */
import { teacherPath } from "../paths";
import { zValidator } from "@hono/zod-validator";
import { type Context, Hono } from "hono";
import * as z from "zod";
import { messageResponse } from "../../errors";
import { contentDisposition } from "./material";
import { cleanNickname, isOffensive, mixesScripts, NICKNAME_MAX_LENGTH, NICKNAME_MIN_LENGTH, NICKNAME_PATTERN, NICKNAME_PATTERN_MESSAGE } from "../nickname";
import { questionResultsCsv, studentResultsCsv } from "../csv";
import { removeAssignment, setAssignmentWindow } from "../assignment-store";
import { assignmentResults, questionResults, type ResponseCount } from "../results";
import { evidenceOf } from "../../../export/quiz";
import { loadDocuments, loadResultContent } from "../results-content";
import { loadAssignmentResults, loadResultsStamp, loadStudentResults, resultQueries } from "../results-queries";
import { parseResultsEtag, resultsEtag, resultsFingerprint } from "../results-version";
import { runOne, runReused } from "../../../db/reused";
import { findMember, mergeMembers, renameMember } from "../roster-store";
import { berlinDate } from "../../../shared/berlin-days";
import { assignmentTitle } from "../schedule";
import type { TeacherEnv } from "./access";
import { type AssignmentRow, deleteMember, findAssignment, listAssignments } from "../store";
import { loadOverview, renderOverview } from "./overview";
import { className } from "../parts";
import { AssignmentResultsPage, LiveResults, studentPath } from "./results-page";
import { StudentPage } from "./student-page";
import { windowErrors, windowFields } from "./window-form";

type ResultsEnv = TeacherEnv;
type ResultsContext = Context<ResultsEnv>;

export const resultRoutes = new Hono<ResultsEnv>();

const db = (c: Context<ResultsEnv>) => c.var.db;

const noAssignment = (c: Context) => messageResponse(c, 404, "Nicht gefunden", "Diese Aufgabe gibt es in dieser Klasse nicht (mehr).");
const noStudent = (c: Context) => messageResponse(c, 404, "Nicht gefunden", "Diese Schülerin oder diesen Schüler gibt es in dieser Klasse nicht (mehr).");

/** Form errors: the message page with a way back, or JSON for clients that ask for it. */
const formErrors = (back: (c: Context) => string) => (result: { success: boolean; error?: { issues: readonly { message: string }[] } }, c: Context) =>
  result.success
    ? undefined
    : messageResponse(c, 400, "Bitte korrigieren", [...new Set(result.error?.issues.map((issue) => issue.message))].join(" "), {
        href: back(c),
        text: "Zurück",
      });

const AssignmentParams = z.object({ assignmentId: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) });
const assignmentParams = zValidator("param", AssignmentParams, (result, c) => (result.success ? undefined : noAssignment(c)));
const MemberParams = z.object({
  memberId: z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/)
    .transform(Number),
});
const memberParams = zValidator("param", MemberParams, (result, c) => (result.success ? undefined : noStudent(c)));

const withTitles = <T extends { quizId: string; liveAt: number | null }>(rows: readonly T[], titles: ReadonlyMap<string, string>) =>
  rows.map((row) => ({ ...row, title: assignmentTitle(row, titles.get(row.quizId) ?? row.quizId) }));

/** One assignment's figures as of now, with the page's version; `assignments` are the class's (for their titles). */
async function assignmentFigures(c: ResultsContext, assignmentRows: readonly AssignmentRow[], assignmentId: string) {
  const classId = c.get("classRow").id;
  const assignmentRow = assignmentRows.find((candidate) => candidate.id === assignmentId);
  if (!assignmentRow) return undefined;
  const rows = await loadAssignmentResults(db(c), classId, assignmentId);
  const content = await loadResultContent(db(c), classId, assignmentRows, rows.attempts);
  const assignments = withTitles(assignmentRows, content.titles);
  const assignment = assignments.find((candidate) => candidate.id === assignmentId)!;
  const now = Date.now();
  const quiz = content.quizzes.get(assignment.quizId);
  const results = assignmentResults(assignment, rows.members, rows.attempts, rows.latest, content, now);
  return {
    assignment,
    assignments,
    questionsPerAttempt: quiz ? Math.min(quiz.size, quiz.questionIds.length) : 0,
    results,
    // The texts of the answered questions' evidence, which the page shows as the students' feedback did.
    documents: await loadDocuments(
      db(c),
      classId,
      results.hardest.flatMap((result) => evidenceOf(result.question).map((evidence) => evidence.documentId)),
    ),
    studentCount: rows.members.length,
    withdrawn: quiz?.status === "withdrawn",
    etag: resultsEtag(
      rows.newestAnswerId,
      resultsFingerprint({ assignment, members: rows.members, contentVersion: rows.contentVersion, attemptCount: rows.attempts.length }, now),
    ),
  };
}

resultRoutes.get("/aufgaben/:assignmentId", assignmentParams, async (c) => {
  const classRow = c.get("classRow");
  const figures = await assignmentFigures(c, await listAssignments(db(c), classRow.id), c.req.valid("param").assignmentId);
  if (!figures) return noAssignment(c);
  c.header("ETag", figures.etag);
  return c.html(<AssignmentResultsPage classRow={classRow} className={className(classRow)} {...figures} />);
});

/**
 * What the page's script polls: 304 when nothing changed since the ETag it holds (read without
 * computing anything), else the part of the page under #live with a new ETag.
 */
resultRoutes.get("/aufgaben/:assignmentId/stand", assignmentParams, async (c) => {
  const classId = c.get("classRow").id;
  const { assignmentId } = c.req.valid("param");
  const known = parseResultsEtag(c.req.header("If-None-Match"));
  if (known) {
    const stamp = await loadResultsStamp(db(c), classId, assignmentId, known.since);
    if (!stamp.assignment) return noAssignment(c);
    if (
      stamp.newAnswers === 0 &&
      resultsFingerprint(
        { assignment: stamp.assignment, members: stamp.members, contentVersion: stamp.contentVersion, attemptCount: stamp.attemptCount },
        Date.now(),
      ) === known.fingerprint
    ) {
      return c.body(null, 304, { ETag: resultsEtag(known.since, known.fingerprint) });
    }
  }
  const assignmentRow = await findAssignment(db(c), classId, assignmentId);
  const figures = assignmentRow && (await assignmentFigures(c, [assignmentRow], assignmentId));
  if (!figures) return noAssignment(c);
  c.header("ETag", figures.etag);
  return c.html(
    <LiveResults classId={classId} results={figures.results} documents={figures.documents} studentCount={figures.studentCount} withdrawn={figures.withdrawn} />,
  );
});

resultRoutes.post(
  "/aufgaben/:assignmentId/termine",
  assignmentParams,
  zValidator(
    "form",
    z.object(windowFields),
    formErrors((c) => `${teacherPath(c.req.param("classId") ?? "")}#aufgaben`),
  ),
  async (c) => {
    const classId = c.get("classRow").id;
    const assignment = await findAssignment(db(c), classId, c.req.valid("param").assignmentId);
    if (!assignment) return noAssignment(c);
    if (assignment.liveAt !== null) return renderOverview(c, ["Die Ergebnisse einer Live-Stunde haben keine Termine."], 409);
    const window = c.req.valid("form");
    const errors = windowErrors(window, berlinDate(Date.now()), assignment.dueDate);
    if (errors.length > 0) return renderOverview(c, errors, 400);
    await setAssignmentWindow(db(c), classId, assignment.id, window);
    return c.redirect(`${teacherPath(classId)}#aufgaben`, 303);
  },
);

resultRoutes.post(
  "/aufgaben/:assignmentId/entfernen",
  assignmentParams,
  zValidator(
    "form",
    z.object({
      antworten: z.enum(["behalten", "loeschen"], { error: "Bitte wählen Sie, ob die Antworten bleiben oder gelöscht werden." }),
      bestaetigung: z.literal("ja", { error: "Bitte bestätigen Sie das Entfernen mit dem Häkchen." }),
    }),
    formErrors((c) => `${teacherPath(c.req.param("classId") ?? "")}#aufgaben`),
  ),
  async (c) => {
    const classId = c.get("classRow").id;
    const assignment = await findAssignment(db(c), classId, c.req.valid("param").assignmentId);
    if (!assignment) return noAssignment(c);
    await removeAssignment(db(c), classId, assignment.id, c.req.valid("form").antworten === "behalten");
    return c.redirect(`${teacherPath(classId)}#aufgaben`, 303);
  },
);

// ---------------------------------------------------------------- students

async function renderStudent(c: ResultsContext, memberId: number, errors: string[] = [], status: 200 | 400 | 409 = 200, nicknameInput?: string) {
  const classRow = c.get("classRow");
  const queries = resultQueries(db(c), classRow.id);
  const members = await runOne(queries.members());
  const member = members.find((candidate) => candidate.id === memberId);
  if (!member) return noStudent(c);
  const rows = await loadStudentResults(db(c), classRow.id, member.learnerId);
  const content = await loadResultContent(db(c), classRow.id, rows.assignments, [
    ...rows.attempts,
    { questionIds: rows.classAsked.map((row) => row.questionId) },
  ]);
  const now = Date.now();
  const assignments = withTitles(rows.assignments, content.titles).map((assignment) => {
    const latest = rows.latest.filter((answer) => answer.assignmentId === assignment.id);
    return { assignment, results: assignmentResults(assignment, [member], rows.attempts, latest, content, now, rows.classAsked) };
  });
  return c.html(
    <StudentPage
      classRow={classRow}
      className={className(classRow)}
      member={member}
      others={members.filter((other) => other.id !== member.id)}
      assignments={assignments}
      errors={errors}
      nicknameInput={nicknameInput}
    />,
    status,
  );
}

resultRoutes.get("/schueler/:memberId", memberParams, (c) => renderStudent(c, c.req.valid("param").memberId));

/** A nickname as the teacher types it: the same rules as when students join, in "Sie" wording. */
const teacherNickname = z
  .string({ error: "Bitte einen Spitznamen angeben." })
  .max(100, `Ein Spitzname hat höchstens ${NICKNAME_MAX_LENGTH} Zeichen.`)
  .transform(cleanNickname)
  .pipe(
    z
      .string()
      .min(NICKNAME_MIN_LENGTH, `Ein Spitzname hat mindestens ${NICKNAME_MIN_LENGTH} Zeichen.`)
      .max(NICKNAME_MAX_LENGTH, `Ein Spitzname hat höchstens ${NICKNAME_MAX_LENGTH} Zeichen.`)
      .regex(NICKNAME_PATTERN, NICKNAME_PATTERN_MESSAGE)
      .refine((nickname) => !mixesScripts(nickname), "Bitte den Spitznamen ganz in einer Schrift schreiben.")
      .refine((nickname) => !isOffensive(nickname), "Dieser Spitzname ist nicht erlaubt."),
  );

resultRoutes.post(
  "/schueler/:memberId/name",
  memberParams,
  zValidator("form", z.object({ nickname: teacherNickname }), async (result, c) => {
    if (result.success) return;
    const memberId = Number(c.req.param("memberId"));
    const typed = (await c.req.parseBody()).nickname;
    return renderStudent(c as ResultsContext, memberId, [...new Set(result.error.issues.map((issue) => issue.message))], 400, String(typed ?? ""));
  }),
  async (c) => {
    const classId = c.get("classRow").id;
    const { memberId } = c.req.valid("param");
    const { nickname } = c.req.valid("form");
    if (!(await findMember(db(c), classId, memberId))) return noStudent(c);
    if (!(await renameMember(db(c), classId, memberId, nickname))) {
      return renderStudent(
        c,
        memberId,
        [`„${nickname}“ gibt es in der Klasse schon. Zum Zusammenführen zweier Einträge nutzen Sie „Zusammenführen“.`],
        409,
        nickname,
      );
    }
    return c.redirect(studentPath(classId, memberId), 303);
  },
);

resultRoutes.post(
  "/schueler/:memberId/zusammenfuehren",
  memberParams,
  zValidator(
    "form",
    z.object({
      ziel: z
        .string({ error: "Bitte wählen Sie den Eintrag, der bleibt." })
        .regex(/^[1-9][0-9]{0,15}$/, "Bitte wählen Sie den Eintrag, der bleibt.")
        .transform(Number),
      bestaetigung: z.literal("ja", { error: "Bitte bestätigen Sie das Zusammenführen mit dem Häkchen." }),
    }),
    formErrors((c) => studentPath(c.req.param("classId") ?? "", Number(c.req.param("memberId")))),
  ),
  async (c) => {
    const classId = c.get("classRow").id;
    const { memberId } = c.req.valid("param");
    const { ziel } = c.req.valid("form");
    const [leaving, staying] = await Promise.all([findMember(db(c), classId, memberId), findMember(db(c), classId, ziel)]);
    if (!leaving) return noStudent(c);
    if (!staying || staying.id === leaving.id) return renderStudent(c, memberId, ["Bitte wählen Sie einen anderen Eintrag dieser Klasse."], 400);
    if (!(await mergeMembers(db(c), classId, leaving, staying))) {
      return renderStudent(
        c,
        memberId,
        ["Diese Einträge wurden gerade an anderer Stelle geändert. Bitte prüfen Sie sie und führen Sie sie noch einmal zusammen."],
        409,
      );
    }
    return c.redirect(studentPath(classId, staying.id), 303);
  },
);

resultRoutes.post(
  "/schueler/:memberId/entfernen",
  memberParams,
  zValidator(
    "form",
    z.object({ bestaetigung: z.literal("ja", { error: "Bitte bestätigen Sie das Entfernen mit dem Häkchen." }) }),
    formErrors((c) => studentPath(c.req.param("classId") ?? "", Number(c.req.param("memberId")))),
  ),
  async (c) => {
    const classId = c.get("classRow").id;
    const member = await findMember(db(c), classId, c.req.valid("param").memberId);
    if (!member) return noStudent(c);
    await deleteMember(db(c), classId, member.learnerId);
    return c.redirect(`${teacherPath(classId)}#schueler`, 303);
  },
);

// ---------------------------------------------------------------- CSV

function csvResponse(c: ResultsContext, part: string, body: string) {
  const title = `${className(c.get("classRow"))} – ${part} – ${berlinDate(Date.now()).split("-").reverse().join(".")}`;
  return c.body(body, 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": contentDisposition(title, "csv") });
}

resultRoutes.get("/export/schueler.csv", async (c) => {
  const { assignments, members, overview } = await loadOverview(c.var.db, c.get("classRow").id, Date.now());
  const students = members.map((member) => ({ member, results: overview.students.get(member.id) ?? new Map() }));
  return csvResponse(c, "Ergebnisse je Schüler", studentResultsCsv(assignments, students));
});

resultRoutes.get("/export/fragen.csv", async (c) => {
  const queries = resultQueries(db(c), c.get("classRow").id);
  const [assignmentRows, asked, responses] = await runReused(db(c), [queries.assignments(), queries.askedQuestions(), queries.responses()]);
  const content = await loadResultContent(db(c), c.get("classRow").id, assignmentRows, [
    { questionIds: [...asked.map((row) => row.questionId), ...responses.map((row) => row.questionId)] },
  ]);
  const perAssignment = withTitles(assignmentRows, content.titles).map((assignment) => ({
    assignment,
    questions: questionResults(assignment, asked, responses as ResponseCount[], content),
  }));
  return csvResponse(c, "Ergebnisse je Frage", questionResultsCsv(perAssignment));
});
