/** A student's assignments in a class with their own standing, as the student's class page shows them. */
import { questionSource } from "../../content";
import { classOverview } from "../results";
import { loadQuizzes } from "../results-content";
import { resultQueries } from "../results-queries";
import { runReused } from "../../../db/reused";
import { answeringState, assignmentTitle } from "../schedule";
import type { Db } from "../../../db";
import type { StudentAssignmentItem } from "./pages";

export async function loadStudentAssignments(db: Db, classId: string, learnerId: string, now: number): Promise<StudentAssignmentItem[]> {
  const queries = resultQueries(db, classId);
  const [assignments, asked, totals] = await runReused(db, [queries.assignments(), queries.asked(learnerId), queries.totals(learnerId)]);
  // Students see published quizzes only; titles and sizes as they are now.
  const content = await loadQuizzes(questionSource(db, { classId }), assignments);
  const self = { id: 0, learnerId, nickname: "" };
  const overview = classOverview([self], assignments, asked, totals, content, now);
  // A live session's results only for who took part: for the others there is nothing to see or do.
  const summaryOf = (assignmentId: string) => overview.students.get(self.id)!.get(assignmentId)!;
  return assignments.flatMap((assignment) => {
    const summary = summaryOf(assignment.id);
    if (assignment.liveAt != null && !summary.started) return [];
    // A quiz that is gone (an own text the teacher withdrew) only for who began it: they may finish it.
    if (!content.quizzes.has(assignment.quizId) && !summary.started) return [];
    return [
      {
        id: assignment.id,
        title: assignmentTitle(assignment, content.titles.get(assignment.quizId) ?? assignment.quizId),
        window: assignment,
        summary,
        state: answeringState(assignment, now),
      },
    ];
  });
}
