/** Deleting a class, or a student leaving it, removes their rows from D1 and nothing else. */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { getQuestion, MIXED_QUIZ_ID } from "../../../src/bank";
import { answer, attemptQuestionIds, count, createClass, joinAs, rightResponse } from "./helpers";
import { type Browser, redirectTarget } from "../browser";

/** A class with the mixed quiz assigned and students who answered its first question. */
async function classWithAnswers(nicknames: string[]) {
  const created = await createClass();
  await created.teacher.post(`/klassen/lehrkraft/${created.classId}/aufgaben`, { quizId: MIXED_QUIZ_ID });
  const students: { nickname: string; student: Browser; attemptId: string; learnerId: string }[] = [];
  for (const nickname of nicknames) {
    const { student, classPath } = await joinAs(created.joinCode, nickname);
    const page = await (await student.get(classPath)).text();
    const attemptPath = redirectTarget(await student.post(page.match(/action="([^"]+\/starten)"/)![1]!));
    const attemptId = attemptPath.split("/").pop()!;
    const attempt = await env.DB.prepare("select learner_id from attempts where id = ?").bind(attemptId).first<{ learner_id: string }>();
    const [firstQuestionId] = await attemptQuestionIds(attemptPath);
    await answer(student, attemptPath, 1, rightResponse(getQuestion(firstQuestionId!)!));
    students.push({ nickname, student, attemptId, learnerId: attempt!.learner_id });
  }
  return { ...created, students };
}

/** A practice attempt of the learner outside any class, answered once. */
async function practiceOutsideClass(student: Browser): Promise<string> {
  const started = await student.post(`/quiz/${MIXED_QUIZ_ID}/starten`);
  const attemptPath = redirectTarget(started);
  const [firstQuestionId] = await attemptQuestionIds(attemptPath);
  await answer(student, attemptPath, 1, rightResponse(getQuestion(firstQuestionId!)!));
  return attemptPath.split("/").pop()!;
}

const rowsOfClass = async (classId: string, attemptIds: string[]) => ({
  classes: await count("select count(*) as n from classes where id = ?", classId),
  members: await count("select count(*) as n from class_members where class_id = ?", classId),
  assignments: await count("select count(*) as n from assignments where class_id = ?", classId),
  attempts: await count(`select count(*) as n from attempts where id in (${attemptIds.map(() => "?").join(",")})`, ...attemptIds),
  answers: await count(`select count(*) as n from answers where attempt_id in (${attemptIds.map(() => "?").join(",")})`, ...attemptIds),
});

it("deleting a class removes every membership, assignment, attempt and answer of it", async () => {
  const doomed = await classWithAnswers(["Emil", "Frieda"]);
  const kept = await classWithAnswers(["Gustav"]);
  const practice = await practiceOutsideClass(doomed.students[0]!.student);
  const doomedAttempts = doomed.students.map((student) => student.attemptId);
  expect(await rowsOfClass(doomed.classId, doomedAttempts)).toEqual({ classes: 1, members: 2, assignments: 1, attempts: 2, answers: 2 });

  const refused = await doomed.teacher.post(`/klassen/lehrkraft/${doomed.classId}/loeschen`, {});
  expect(refused.status).toBe(400);
  expect(await refused.text()).toContain("Bitte bestätigen Sie das Löschen");
  expect((await rowsOfClass(doomed.classId, doomedAttempts)).answers).toBe(2);

  const deleted = await doomed.teacher.post(`/klassen/lehrkraft/${doomed.classId}/loeschen`, { bestaetigung: "ja" });
  expect(redirectTarget(deleted)).toBe("/klassen/geloescht");
  expect(await rowsOfClass(doomed.classId, doomedAttempts)).toEqual({ classes: 0, members: 0, assignments: 0, attempts: 0, answers: 0 });
  expect(await count("select count(*) as n from class_members where learner_id in (?, ?)", ...doomed.students.map((student) => student.learnerId))).toBe(0);

  // The other class and the learner's own practice are untouched.
  expect(await rowsOfClass(kept.classId, [kept.students[0]!.attemptId])).toEqual({ classes: 1, members: 1, assignments: 1, attempts: 1, answers: 1 });
  expect(await count("select count(*) as n from answers where attempt_id = ?", practice)).toBe(1);

  // The teacher link and the student page lead nowhere now.
  expect((await doomed.teacher.get(`/klassen/lehrkraft/${doomed.classId}`)).status).toBe(404);
  expect((await doomed.students[1]!.student.get(`/klassen/meine/${doomed.classId}`)).status).toBe(404);
});

it("a student leaving deletes their membership, attempts and answers in that class only", async () => {
  const created = await classWithAnswers(["Hanna", "Ilias"]);
  const [hanna, ilias] = created.students;
  const practice = await practiceOutsideClass(hanna!.student);

  const refused = await hanna!.student.post(`/klassen/meine/${created.classId}/austreten`, {});
  expect(refused.status).toBe(400);
  expect(await count("select count(*) as n from class_members where learner_id = ?", hanna!.learnerId)).toBe(1);

  const left = await hanna!.student.post(`/klassen/meine/${created.classId}/austreten`, { bestaetigung: "ja" });
  expect(redirectTarget(left)).toBe("/klassen/verlassen");
  expect(await count("select count(*) as n from class_members where learner_id = ?", hanna!.learnerId)).toBe(0);
  expect(await count("select count(*) as n from attempts where id = ?", hanna!.attemptId)).toBe(0);
  expect(await count("select count(*) as n from answers where attempt_id = ?", hanna!.attemptId)).toBe(0);
  expect(await count("select count(*) as n from answers where attempt_id = ?", practice)).toBe(1);
  expect(await count("select count(*) as n from answers where attempt_id = ?", ilias!.attemptId)).toBe(1);

  const dashboard = await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text();
  expect(dashboard).not.toContain("Hanna");
  expect(dashboard).toContain("Ilias");
  // The nickname is free again.
  await joinAs(created.joinCode, "Hanna");
});
