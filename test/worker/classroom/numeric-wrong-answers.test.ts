/**
 * A wrong figure on the teacher's results reads with the question's unit, as the right answer beside it does
 * ("„1.283 Staaten“" next to "83 Staaten", never a bare "1283"): on the assignment's page, on a student's page and
 * in the CSV per question, where the column of the wrong answer holds text of every kind of question anyway.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { defaultQuiz, getQuestion, listDocuments } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { questionText } from "../../../src/worker/classroom/quizzes";
import { correctAnswerText } from "../../../src/worker/quiz/describe";
import { type Browser, redirectTarget, visibleText } from "../browser";
import { answer, attemptQuestionIds, createClass, type CreatedClass, joinAs, parseCsv, rightResponse } from "./helpers";

type Numeric = Extract<Question, { type: "numeric" }>;
const isNumericWithUnit = (question: Question): question is Numeric & { unit: string } => question.type === "numeric" && Boolean(question.unit);

const quizId = listDocuments()
  .map((document) => document.id)
  .find((id) => defaultQuiz(id).some(isNumericWithUnit))!;

/** Two students give the same wrong figure, the third another; both lie outside what counts as right. */
const manyWrong = (question: Numeric) => Math.floor(question.max) + 1200;
const fewWrong = (question: Numeric) => Math.floor(question.max) + 9;
const nicknames = ["Kind 1", "Kind 2", "Kind 3"];
/** Written here by hand, not by the code under test: German digits ("1.283"), then the unit. */
const inGerman = (value: number, unit: string) => `${value.toLocaleString("de-DE")} ${unit}`;

let teacher: CreatedClass["teacher"];
let classId = "";
let assignmentPath = "";
/** The numeric questions with a unit that each student was asked. */
const askedNumeric = new Map<string, (Numeric & { unit: string })[]>();

beforeAll(async () => {
  expect(quizId).toBeDefined();
  const created = await createClass("Zahlen 8a");
  ({ teacher, classId } = created);
  expect((await teacher.post(`/klassen/lehrkraft/${classId}/aufgaben`, { quizId, dueDate: "" })).status).toBe(303);
  for (const [index, nickname] of nicknames.entries()) {
    const { student, classPath }: { student: Browser; classPath: string } = await joinAs(created.joinCode, nickname);
    const start = /action="([^"]+\/aufgaben\/([^"/]+)\/starten)"/.exec(await (await student.get(classPath)).text())!;
    assignmentPath = `/klassen/lehrkraft/${classId}/aufgaben/${start[2]}`;
    const attemptPath = redirectTarget(await student.post(start[1]!));
    const ids = await attemptQuestionIds(attemptPath);
    askedNumeric.set(nickname, []);
    for (const [position, id] of ids.entries()) {
      const question = getQuestion(id)!;
      if (!isNumericWithUnit(question)) {
        await answer(student, attemptPath, position + 1, rightResponse(question));
        continue;
      }
      askedNumeric.get(nickname)!.push(question);
      const value = index < 2 ? manyWrong(question) : fewWrong(question);
      await answer(student, attemptPath, position + 1, { type: "numeric", value, typed: String(value) });
    }
  }
});

/** Per numeric question: how many students gave the frequent wrong figure and how many the other. */
function expectedCounts(): Map<string, { question: Numeric & { unit: string }; many: number; few: number }> {
  const counts = new Map<string, { question: Numeric & { unit: string }; many: number; few: number }>();
  for (const [index, nickname] of nicknames.entries()) {
    for (const question of askedNumeric.get(nickname)!) {
      const entry = counts.get(question.id) ?? { question, many: 0, few: 0 };
      if (index < 2) entry.many++;
      else entry.few++;
      counts.set(question.id, entry);
    }
  }
  return counts;
}

describe("a wrong figure on the teacher's results", () => {
  it("reads with the question's unit on the assignment's page", async () => {
    const html = await (await teacher.get(assignmentPath)).text();
    const counts = expectedCounts();
    expect(counts.size).toBeGreaterThan(0);
    for (const { question, many, few } of counts.values()) {
      const part = html.split(`data-testid="hard-question" data-question-id="${question.id}"`)[1]!;
      const item = visibleText(part.slice(part.indexOf(">") + 1, part.indexOf("</li>")));
      expect(item).toContain(`Richtige Antwort: ${correctAnswerText(question)}`);
      expect(item).toContain(`Am häufigsten falsch: „${inGerman(manyWrong(question), question.unit)}“ (${many}×)`);
      if (few > 0) expect(item).toContain(`außerdem „${inGerman(fewWrong(question), question.unit)}“ (${few}×)`);
      expect(item).not.toContain(`„${manyWrong(question)}“`);
    }
  });

  it("reads with the question's unit on a student's page", async () => {
    const html = await (await teacher.get(assignmentPath)).text();
    const studentLink = html.match(/<th scope="row" class="name"><a href="([^"]+)"><bdi>Kind 3</)![1]!;
    const page = visibleText(await (await teacher.get(studentLink)).text());
    for (const question of askedNumeric.get("Kind 3")!) expect(page).toContain(`Antwort: „${inGerman(fewWrong(question), question.unit)}“.`);
  });

  it("reads with the question's unit in the CSV per question, beside the right answer with its unit", async () => {
    const [header, ...rows] = parseCsv((await (await teacher.get(`/klassen/lehrkraft/${classId}/export/fragen.csv`)).text()).replace(/^\uFEFF/, ""));
    const wrongColumn = header!.indexOf("Häufigste falsche Antwort");
    const countColumn = header!.indexOf("Wie oft");
    for (const { question, many } of expectedCounts().values()) {
      const row = rows.find((candidate) => candidate[header!.indexOf("Frage")] === questionText(question))!;
      expect(row[wrongColumn]).toBe(inGerman(manyWrong(question), question.unit));
      expect(row[countColumn]).toBe(String(many));
    }
  });
});
