/**
 * Races through the Worker: parallel requests that used to end in 500s (FOREIGN KEY constraint failed)
 * or left rows behind that docs/privacy.md says are gone. Every request here must end in a clear answer
 * (a redirect, 404, 409 or 429), and afterwards no row of the class may be left.
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { getQuestion, MIXED_QUIZ_ID } from "../../../src/bank";
import { database } from "../../../src/db";
import { findMember, mergeMembers } from "../../../src/worker/classroom/roster-store";
import { deleteMember } from "../../../src/worker/classroom/store";
import { startRetryAttempt } from "../../../src/worker/quiz/attempts";
import { Browser, redirectTarget } from "../browser";
import { InstrumentedD1 } from "../instrumented-d1";
import { rightForm, wrongForm } from "../quiz/client";
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

it("an answer whose attempt goes between reading it and writing (the teacher removes the assignment with its answers) writes nothing, not even the review card", async () => {
  const { teacher, classId, joinCode, assignmentId } = await classWithAssignment();
  const { student, classPath } = await joinAs(joinCode, "Rosa", "192.0.2.62");
  const page = await (await student.get(classPath)).text();
  const attemptPath = redirectTarget(await student.post(page.match(/action="([^"]+\/starten)"/)![1]!));
  const attemptId = attemptPath.split("/").pop()!;
  const learnerId = (await env.DB.prepare("select learner_id from attempts where id = ?").bind(attemptId).first<{ learner_id: string }>())!.learner_id;
  const cards = () => env.DB.prepare("select review_cards from learners where id = ?").bind(learnerId).first<{ review_cards: string }>();
  const cardsBefore = await cards();
  // The student's D1: right before the batch that stores the answer, the teacher's removal runs through the Worker.
  const sqlOf = new WeakMap<D1PreparedStatement, string>();
  let removal: Response | undefined;
  const racing = new Proxy(env.DB, {
    get(target, property) {
      if (property === "prepare") {
        return (sql: string) => {
          const statement = target.prepare(sql);
          const bind = statement.bind.bind(statement);
          statement.bind = (...values: unknown[]) => {
            const bound = bind(...values);
            sqlOf.set(bound, sql);
            return bound;
          };
          sqlOf.set(statement, sql);
          return statement;
        };
      }
      if (property === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          if (!removal && statements.some((statement) => sqlOf.get(statement)?.startsWith("insert into answers"))) {
            removal = await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben/${assignmentId}/entfernen`, { antworten: "loeschen", bestaetigung: "ja" });
          }
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const racingStudent = new Browser(student.address, new InstrumentedD1(racing));
  for (const [name, value] of student.cookies) racingStudent.cookies.set(name, value);
  const [questionId] = await attemptQuestionIds(attemptPath);
  const answered = await racingStudent.post(`${attemptPath}/frage/1`, rightForm(getQuestion(questionId!)!));
  expect(removal?.status).toBe(303);
  expectNoServerError([answered]);
  expect(await count("select count(*) as n from attempts where id = ?", attemptId)).toBe(0);
  expect(await count("select count(*) as n from answers where attempt_id = ?", attemptId)).toBe(0);
  expect(await cards()).toEqual(cardsBefore);
});

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

/** A member of a new class with an assignment, who has answered its first two questions wrong. */
async function memberWithWrongAnswers(nickname: string) {
  const created = await classWithAssignment();
  const { student, classPath } = await joinAs(created.joinCode, nickname);
  const attemptPath = redirectTarget(await student.post(`${classPath}/aufgaben/${created.assignmentId}/starten`));
  const questionIds = await attemptQuestionIds(attemptPath);
  for (const position of [1, 2]) {
    const submitted = await student.post(`${attemptPath}/frage/${position}`, wrongForm(getQuestion(questionIds[position - 1]!)!).form);
    expect(submitted.status).toBe(303);
  }
  const learnerId = (await env.DB.prepare("select learner_id from class_members where class_id = ?").bind(created.classId).first<{ learner_id: string }>())!
    .learner_id;
  return { ...created, student, classPath, attemptPath, learnerId };
}

const retries = (learnerId: string) => count("select count(*) as n from attempts where learner_id = ? and quiz_id = 'wiederholen'", learnerId);

it(
  "a retry of a class attempt's questions goes when the student leaves, also when started while leaving",
  async () => {
    for (const retryPath of [(attemptPath: string) => `${attemptPath}/wiederholen`, () => "/fortschritt/wiederholen"]) {
      // One after the other: retry, then leave.
      const first = await memberWithWrongAnswers("Sina");
      expect(redirectTarget(await first.student.post(retryPath(first.attemptPath)))).toMatch(/^\/versuch\//);
      expect(await retries(first.learnerId)).toBe(1);
      expect((await first.student.post(`${first.classPath}/austreten`, { bestaetigung: "ja" })).status).toBe(303);
      expect(await retries(first.learnerId)).toBe(0);
      // At once: several retries while leaving.
      const racing = await memberWithWrongAnswers("Timo");
      const retry = () => racing.student.post(retryPath(racing.attemptPath));
      const responses = await Promise.all([retry(), retry(), racing.student.post(`${racing.classPath}/austreten`, { bestaetigung: "ja" }), retry(), retry()]);
      expectNoServerError(responses);
      expect(await count("select count(*) as n from class_members where class_id = ?", racing.classId)).toBe(0);
      expect(await retries(racing.learnerId)).toBe(0);
    }
  },
  RACE_TIMEOUT_MS,
);

it(
  "a retry of a class attempt's questions goes with the class, also of a student who keeps practising",
  async () => {
    const member = await memberWithWrongAnswers("Uwe");
    // Own practice outside the class stays.
    const practice = await member.student.startQuiz(MIXED_QUIZ_ID);
    expect(redirectTarget(await member.student.post(`${member.attemptPath}/wiederholen`))).toMatch(/^\/versuch\//);
    const responses = await Promise.all([
      member.teacher.post(`/klassen/lehrkraft/${member.classId}/loeschen`, { bestaetigung: "ja" }),
      member.student.post(`${member.attemptPath}/wiederholen`),
      member.student.post("/fortschritt/wiederholen"),
    ]);
    expectNoServerError(responses);
    expect(await leftovers(member.classId, [member.assignmentId], [member.learnerId])).toMatchObject({ members: 0, attempts: 0, answers: 0 });
    expect(await retries(member.learnerId)).toBe(0);
    expect(await count("select count(*) as n from attempts where id = ?", practice)).toBe(1);
  },
  RACE_TIMEOUT_MS,
);

it(
  "removing an assignment with its answers takes the retries of its questions; keeping the answers keeps them",
  async () => {
    for (const antworten of ["loeschen", "behalten"] as const) {
      const member = await memberWithWrongAnswers(antworten === "loeschen" ? "Vera" : "Wim");
      expect(redirectTarget(await member.student.post(`${member.attemptPath}/wiederholen`))).toMatch(/^\/versuch\//);
      const removed = await member.teacher.post(`/klassen/lehrkraft/${member.classId}/aufgaben/${member.assignmentId}/entfernen`, {
        antworten,
        bestaetigung: "ja",
      });
      expect(removed.status).toBe(303);
      expect(await retries(member.learnerId)).toBe(antworten === "loeschen" ? 0 : 1);
    }
  },
  RACE_TIMEOUT_MS,
);

it("a retry whose source attempt has just been deleted (the leaving came between reading and writing) writes nothing", async () => {
  const member = await memberWithWrongAnswers("Xaver");
  const questionIds = await attemptQuestionIds(member.attemptPath);
  const sourceId = member.attemptPath.split("/").pop()!;
  await deleteMember(database(env.DB), member.classId, member.learnerId);
  expect(await startRetryAttempt(database(env.DB), member.learnerId, questionIds.slice(0, 2), [sourceId])).toBeUndefined();
  expect(await retries(member.learnerId)).toBe(0);
});

it(
  "a retry of one's own practice stays when the class asked the same questions but its answers to them were not wrong",
  async () => {
    const { joinCode, assignmentId } = await classWithAssignment();
    const { student, classPath } = await joinAs(joinCode, "Yara");
    const classAttemptPath = redirectTarget(await student.post(`${classPath}/aufgaben/${assignmentId}/starten`));
    const classQuestions = await attemptQuestionIds(classAttemptPath);
    // In the class: the first question right, the others not answered.
    const right = await student.post(`${classAttemptPath}/frage/1`, rightForm(getQuestion(classQuestions[0]!)!));
    expect(right.status).toBe(303);
    // Own practice of the same bank, all wrong, round after round until it shares a question with the class attempt.
    let practicePath = "";
    for (let round = 0; round < 10 && practicePath === ""; round++) {
      const path = `/versuch/${await student.startQuiz(MIXED_QUIZ_ID)}`;
      const asked = await attemptQuestionIds(path);
      for (const [index, id] of asked.entries()) expect((await student.post(`${path}/frage/${index + 1}`, wrongForm(getQuestion(id)!).form)).status).toBe(303);
      if (asked.some((id) => classQuestions.includes(id))) practicePath = path;
    }
    expect(practicePath, "a practice round sharing a question with the class").not.toBe("");
    const retryPath = redirectTarget(await student.post(`${practicePath}/wiederholen`));
    const retryQuestions = await attemptQuestionIds(retryPath);
    expect(retryQuestions.some((id) => classQuestions.includes(id))).toBe(true);
    expect((await student.post(`${retryPath}/frage/1`, rightForm(getQuestion(retryQuestions[0]!)!))).status).toBe(303);

    expect((await student.post(`${classPath}/austreten`, { bestaetigung: "ja" })).status).toBe(303);
    // The class attempt is gone; the practice retry and its answer stay.
    expect(await count("select count(*) as n from attempts where id = ?", classAttemptPath.split("/").pop())).toBe(0);
    expect(await count("select count(*) as n from attempts where id = ?", retryPath.split("/").pop())).toBe(1);
    expect(await count("select count(*) as n from answers where attempt_id = ?", retryPath.split("/").pop())).toBe(1);
  },
  RACE_TIMEOUT_MS,
);

async function membersWithAnAnswer(joinCode: string, assignmentId: string, nicknames: string[]) {
  for (const nickname of nicknames) {
    const { student, classPath } = await joinAs(joinCode, nickname);
    const attemptPath = redirectTarget(await student.post(`${classPath}/aufgaben/${assignmentId}/starten`)).replace(/\/frage\/\d+$/, "");
    const [questionId] = await attemptQuestionIds(attemptPath);
    expect((await student.post(`${attemptPath}/frage/1`, rightForm(getQuestion(questionId!)!))).status).toBe(303);
  }
}

const attemptsOutsideTheClass = (classId: string, assignmentId: string) =>
  count(
    "select count(*) as n from attempts where assignment_id = ? and learner_id not in (select learner_id from class_members where class_id = ?)",
    assignmentId,
    classId,
  );

it(
  "merging two entries into each other at the same time: one merge wins, the other changes nothing",
  async () => {
    const { classId, joinCode, assignmentId } = await classWithAssignment();
    await membersWithAnAnswer(joinCode, assignmentId, ["Ali", "Ali 2"]);
    const db = database(env.DB);
    const ids = await env.DB.prepare("select id from class_members where class_id = ? order by id").bind(classId).all<{ id: number }>();
    const [one, two] = await Promise.all(ids.results.map((row) => findMember(db, classId, row.id)));
    // Both read their plan before either writes: before, both wrote, and both entries were gone.
    const merged = await Promise.all([mergeMembers(db, classId, one!, two!), mergeMembers(db, classId, two!, one!)]);
    expect(merged.filter(Boolean)).toHaveLength(1);
    expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBe(1);
    expect(await attemptsOutsideTheClass(classId, assignmentId), "attempts of the class kept by a learner who is no member").toBe(0);
    expect(await count("select count(*) as n from app_secrets where name = 'merge-guard'")).toBe(0);
  },
  RACE_TIMEOUT_MS,
);

it(
  "merges in a ring through the teacher's pages: clear answers, and no work left outside the class",
  async () => {
    const { teacher, classId, joinCode, assignmentId } = await classWithAssignment();
    await membersWithAnAnswer(joinCode, assignmentId, ["Ida", "Ida 2", "Ida 3"]);
    const ids = await env.DB.prepare("select id from class_members where class_id = ? order by id").bind(classId).all<{ id: number }>();
    const [first, second, third] = ids.results.map((row) => String(row.id));
    const merge = (leaving: string, staying: string) =>
      teacher.post(`/klassen/lehrkraft/${classId}/schueler/${leaving}/zusammenfuehren`, { ziel: staying, bestaetigung: "ja" });
    const responses = await Promise.all([merge(first!, second!), merge(second!, first!), merge(second!, third!), merge(third!, first!)]);
    // 400: the entry to keep is gone by now, and the page says to choose another.
    expect(responses.map((response) => response.status).filter((status) => ![303, 400, 404, 409].includes(status))).toEqual([]);
    expect(await count("select count(*) as n from class_members where class_id = ?", classId)).toBeGreaterThanOrEqual(1);
    expect(await attemptsOutsideTheClass(classId, assignmentId)).toBe(0);
  },
  RACE_TIMEOUT_MS,
);
