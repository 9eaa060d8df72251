/** Reading and rendering the teacher's class overview; the routes of ../routes.tsx and ./results-routes.tsx answer with it. */
import type { Context } from "hono";
import { OwnTextList } from "../../own-texts/pages";
import { ownTextsOverview } from "../../own-texts/store";
import { MaterialSection } from "./material";
import { assignableQuizzes } from "../quizzes";
import { classOverview } from "../results";
import { loadClassQuizzes } from "../results-content";
import { loadClassResults } from "../results-queries";
import { className } from "../parts";
import { assignmentTitle } from "../schedule";
import type { Db } from "../../../db";
import type { AppEnv } from "../../types";
import type { TeacherEnv } from "./access";
import { type AssignInput, OverviewPage } from "./overview-page";
import type { TitledAssignment } from "./results-page";

/** Links shown to teachers start with the configured public address, never with a Host header a request brings. */
export const publicOrigin = <E extends AppEnv>(c: Context<E>) => new URL(c.env.PUBLIC_URL || c.req.url).origin;

export const joinLinkOf = <E extends AppEnv>(c: Context<E>, joinCode: string) => `${publicOrigin(c)}/klassen/beitreten?code=${joinCode}`;

/** The class's assignments with their titles, and every student's standing, as of `now`. */
export async function loadOverview(db: Db, classId: string, now: number) {
  const rows = await loadClassResults(db, classId);
  const content = await loadClassQuizzes(db, classId, rows.assignments);
  const assignments: TitledAssignment[] = rows.assignments.map((assignment) => ({
    ...assignment,
    title: assignmentTitle(assignment, content.titles.get(assignment.quizId) ?? assignment.quizId),
    withdrawn: content.quizzes.get(assignment.quizId)?.status === "withdrawn",
  }));
  return { ...rows, assignments, overview: classOverview(rows.members, assignments, rows.asked, rows.totals, content, now) };
}

export async function renderOverview(c: Context<TeacherEnv>, errors: string[] = [], status: 200 | 400 | 409 = 200, input: AssignInput = {}) {
  const classRow = c.get("classRow");
  const [{ assignments, members, overview }, { texts: ownTexts, hasWithdrawn }] = await Promise.all([
    loadOverview(c.var.db, classRow.id, Date.now()),
    ownTextsOverview(c.var.db, classRow.id),
  ]);
  const published = ownTexts.filter((text) => text.status === "published" && text.questionCount > 0);
  const quizzes = [
    ...published.map((text) => ({ id: text.id, title: text.title, questionCount: Math.min(text.quizSize, text.questionCount) })),
    ...assignableQuizzes(),
  ];
  return c.html(
    <OverviewPage
      classRow={classRow}
      className={className(classRow)}
      joinLink={joinLinkOf(c, classRow.joinCode)}
      assignments={assignments}
      members={members}
      overview={overview}
      quizzes={quizzes}
      material={
        <>
          <OwnTextList classId={classRow.id} texts={ownTexts} hasWithdrawn={hasWithdrawn} />
          <MaterialSection classId={classRow.id} quizzes={quizzes} />
        </>
      }
      errors={errors}
      assignInput={input}
    />,
    status,
  );
}
