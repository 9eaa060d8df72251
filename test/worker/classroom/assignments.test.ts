import { expect, it } from "vitest";
import { listDocuments, MIXED_QUIZ_ID, MIXED_QUIZ_SIZE, quizPool, quizTitle } from "../../../src/bank";
import { attemptQuestionIds, count, createClass, dueDate, joinAs } from "./helpers";
import { redirectTarget, visibleText } from "../browser";

const documentQuiz = listDocuments().find((document) => quizPool(document.id).length > 0)!.id;

it("assigns quizzes with and without due date; assigning again changes the date, or keeps it when left empty", async () => {
  const { teacher, classId, joinCode } = await createClass();
  const [today, inAWeek] = [dueDate(0), dueDate(7)];
  expect(redirectTarget(await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: documentQuiz, dueDate: today.iso }))).toBe(
    `/klassen/lehrkraft/${classId}#aufgaben`,
  );
  await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: MIXED_QUIZ_ID });
  await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: documentQuiz, dueDate: inAWeek.iso });
  expect(await count("select count(*) as n from assignments where class_id = ?", classId)).toBe(2);
  // Assigned again without a date: the date stays.
  await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: documentQuiz, dueDate: "" });
  expect(await count("select count(*) as n from assignments where class_id = ? and due_date = ?", classId, inAWeek.iso)).toBe(1);

  const dashboard = visibleText(await (await teacher.get(`/klassen/lehrkraft/${classId}`)).text());
  expect(dashboard).toContain(`${quizTitle(documentQuiz)} fällig am ${inAWeek.typed}`);

  const { student, classPath } = await joinAs(joinCode, "Pia");
  const page = await (await student.get(classPath)).text();
  expect(page.split('data-testid="assignment"')).toHaveLength(3);
  expect(visibleText(page)).toContain(`fällig in 7 Tagen (${inAWeek.typed})`);
  // The mixed quiz asks a selection of the pool, the same for every student: as many as the attempt then holds.
  const mixedPart = page.split('data-testid="assignment"').find((part) => part.includes(quizTitle(MIXED_QUIZ_ID)))!;
  const announced = Number(/0 von (\d+) beantwortet/u.exec(visibleText(mixedPart))![1]);
  expect(announced).toBeGreaterThanOrEqual(5);
  expect(announced).toBeLessThanOrEqual(MIXED_QUIZ_SIZE);
  const mixedStart = mixedPart.match(/action="([^"]+\/starten)"/)![1]!;
  expect(await attemptQuestionIds(redirectTarget(await student.post(mixedStart)))).toHaveLength(announced);
});

it("rejects an unknown quiz or a malformed date with a German message and stores nothing", async () => {
  const { teacher, classId } = await createClass();
  const unknown = await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: "gibt-es-nicht" });
  expect(unknown.status).toBe(400);
  expect(await unknown.text()).toContain("Dieses Quiz gibt es nicht.");
  const badDate = await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: MIXED_QUIZ_ID, dueDate: "31.13.2026" });
  expect(badDate.status).toBe(400);
  expect(await badDate.text()).toContain("Den 31.13.2026 gibt es im Kalender nicht");
  const shapeless = await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: MIXED_QUIZ_ID, dueDate: "nächste Woche" });
  expect(shapeless.status).toBe(400);
  expect(await shapeless.text()).toContain("Bitte ein gültiges Datum angeben");
  const missing = await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, {});
  expect(missing.status).toBe(400);
  expect(await missing.text()).toContain("Bitte ein Quiz auswählen.");
  expect(await count("select count(*) as n from assignments where class_id = ?", classId)).toBe(0);
});

it("starting an assignment twice continues the same attempt, marked with the assignment", async () => {
  const { teacher, classId, joinCode } = await createClass();
  await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId: MIXED_QUIZ_ID });
  const { student, classPath } = await joinAs(joinCode, "Quirin");
  const startPath = (await (await student.get(classPath)).text()).match(/action="([^"]+\/starten)"/)![1]!;
  const first = redirectTarget(await student.post(startPath));
  const second = redirectTarget(await student.post(startPath));
  expect(second).toBe(first);
  const assignmentId = startPath.split("/")[5]!;
  expect(await count("select count(*) as n from attempts where assignment_id = ? and quiz_id = ?", assignmentId, MIXED_QUIZ_ID)).toBe(1);
});

it("renames the class", async () => {
  const { teacher, classId } = await createClass("Alt");
  expect(redirectTarget(await teacher.post(`/klassen/lehrkraft/${classId}/name`, { name: "Neu 8a" }))).toBe(`/klassen/lehrkraft/${classId}#einstellungen`);
  expect(await count("select count(*) as n from classes where id = ? and name = 'Neu 8a'", classId)).toBe(1);
  const tooLong = await teacher.post(`/klassen/lehrkraft/${classId}/name`, { name: "x".repeat(61) });
  expect(tooLong.status).toBe(400);
  expect(await count("select count(*) as n from classes where id = ? and name = 'Neu 8a'", classId)).toBe(1);
});
