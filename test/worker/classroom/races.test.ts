/**
 * Races through the Worker: parallel requests that used to end in 500s (FOREIGN KEY constraint failed)
 * or left rows behind that docs/privacy.md says are gone. Every request here must end in a clear answer
 * (a redirect, 404, 409 or 429), and afterwards no row of the class may be left.
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { getQuestion, MIXED_QUIZ_ID } from "../../../src/bank";
import { Browser, redirectTarget } from "../browser";
import { attemptQuestionIds, count, createClass, joinAs, rightResponse } from "./helpers";

const CLEAR = [200, 303, 404, 409, 429];
// Parallel requests on a loaded 2-core machine may take long; what counts is the statuses and the rows.
const RACE_TIMEOUT_MS = 240_000;

function expectNoServerError(responses: Response[]) {
  const statuses = responses.map((response) => response.status);
  expect(
    statuses.filter((status) => !CLEAR.includes(status)),
    `statuses: ${statuses.join(",")}`,
  ).toEqual([]);
}

/** Rows anywhere in D1 that belong to the class or to attempts for its assignments. */
async function leftovers(classId: string, assignmentIds: string[], learnerIds: string[]) {
  const marks = (values: unknown[]) => values.map(() => "?").join(",") || "''";
  return {
    members: await count("select count(*) as n from class_members where class_id = ?", classId),
    assignments: await count("select count(*) as n from assignments where class_id = ?", classId),
    attempts: await count(`select count(*) as n from attempts where assignment_id in (${marks(assignmentIds)})`, ...assignmentIds),
    answers: await count(
      `select count(*) as n from answers join attempts on attempts.id = answers.attempt_id where attempts.assignment_id in (${marks(assignmentIds)})`,
      ...assignmentIds,
    ),
    // A retry made from the class's attempt goes with it too.
    retries: await count(
      `select count(*) as n from attempts where learner_id in (${marks(learnerIds)}) and quiz_id = 'wiederholen' and assignment_id is not null`,
      ...learnerIds,
    ),
  };
}

async function classWithAssignment() {
  const created = await createClass();
  await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: MIXED_QUIZ_ID });
  const assignment = await env.DB.prepare("select id from assignments where class_id = ?").bind(created.classId).first<{ id: string }>();
  return { ...created, assignmentId: assignment!.id };
}

it(
  "starting an assignment while leaving the class: no 500, and no attempt survives the leaving",
  async () => {
    const { classId, joinCode, assignmentId } = await classWithAssignment();
    const { student, classPath } = await joinAs(joinCode, "Paula", "192.0.2.60");
    const start = () => student.post(`${classPath}/aufgaben/${assignmentId}/starten`);
    const responses = await Promise.all([start(), start(), start(), student.post(`${classPath}/austreten`, { bestaetigung: "ja" }), start(), start(), start()]);
    expectNoServerError(responses);
    const learner = await env.DB.prepare("select learner_id from attempts where assignment_id = ? union select ''")
      .bind(assignmentId)
      .first<{ learner_id: string }>();
    expect(learner).toBeTruthy();
    expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(0);
    expect(await count("select count(*) as n from attempts where assignment_id = ?", assignmentId)).toBe(0);
  },
  RACE_TIMEOUT_MS,
);

it(
  "answering while leaving the class: no 500, no answer left",
  async () => {
    const { joinCode, assignmentId } = await classWithAssignment();
    const { student, classPath } = await joinAs(joinCode, "Quentin", "192.0.2.61");
    const page = await (await student.get(classPath)).text();
    const attemptPath = redirectTarget(await student.post(page.match(/action="([^"]+\/starten)"/)![1]!));
    const questionIds = await attemptQuestionIds(attemptPath);
    const answerAt = (position: number) => {
      const response = rightResponse(getQuestion(questionIds[position - 1]!)!);
      const form = new URLSearchParams();
      if (response.type === "single") form.append("antwort", response.choice);
      else if (response.type === "multi") for (const choice of response.choices) form.append("antwort", choice);
      else if (response.type === "numeric") form.append("antwort", response.typed);
      else if (response.type === "truefalse") form.append("antwort", response.value ? "wahr" : "falsch");
      else form.append("antwort", response.text);
      return student.post(`${attemptPath}/frage/${position}`, form);
    };
    const positions = questionIds.slice(0, 8).map((_, index) => index + 1);
    const responses = await Promise.all([
      ...positions.slice(0, 4).map(answerAt),
      student.post(`${classPath}/austreten`, { bestaetigung: "ja" }),
      ...positions.slice(4).map(answerAt),
    ]);
    expectNoServerError(responses);
    expect(await count("select count(*) as n from attempts where assignment_id = ?", assignmentId)).toBe(0);
    expect(await count("select count(*) as n from answers where attempt_id = ?", attemptPath.split("/").pop())).toBe(0);
  },
  RACE_TIMEOUT_MS,
);

it(
  "joining while the class is deleted: no 500, no member or learner row of a refused join",
  async () => {
    const { teacher, classId, joinCode, assignmentId } = await classWithAssignment();
    const students = Array.from({ length: 16 }, (_, index) => new Browser(`192.0.2.${70 + index}`));
    const learnersBefore = await count("select count(*) as n from learners");
    const joins = students.map((student, index) => student.post("/klassen/beitreten", { code: joinCode, nickname: `Kind ${index}` }));
    const responses = await Promise.all([
      ...joins.slice(0, 8),
      teacher.post(`/klassen/lehrkraft/${classId}/loeschen`, { bestaetigung: "ja" }),
      ...joins.slice(8),
    ]);
    expectNoServerError(responses);
    expect(await leftovers(classId, [assignmentId], [])).toMatchObject({ members: 0, assignments: 0, attempts: 0, answers: 0 });
    // Joins that got in before the deletion made learners; refused ones (404) made none.
    const joined = responses.filter((response, index) => index !== 8 && response.status === 303).length;
    expect(await count("select count(*) as n from learners")).toBeLessThanOrEqual(learnersBefore + joined);
  },
  RACE_TIMEOUT_MS,
);

it(
  "deleting a class finds attempts through its assignments, also of students who already left",
  async () => {
    const { teacher, classId, joinCode, assignmentId } = await classWithAssignment();
    const { student, classPath } = await joinAs(joinCode, "Rosa", "192.0.2.62");
    const started = await Promise.all([1, 2, 3].map(() => student.post(`${classPath}/aufgaben/${assignmentId}/starten`)));
    expectNoServerError(started);
    const responses = await Promise.all([
      teacher.post(`/klassen/lehrkraft/${classId}/loeschen`, { bestaetigung: "ja" }),
      student.post(`${classPath}/austreten`, { bestaetigung: "ja" }),
    ]);
    expectNoServerError(responses);
    expect(await leftovers(classId, [assignmentId], [])).toMatchObject({ members: 0, assignments: 0, attempts: 0, answers: 0 });
  },
  RACE_TIMEOUT_MS,
);
