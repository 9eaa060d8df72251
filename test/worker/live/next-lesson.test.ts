/**
 * A class's next live lesson on the same text asks what the earlier lessons did not, where the text has
 * it: remembered from the results the lessons wrote into the class (no extra D1 write), the fewest asked
 * first, still drawn per lesson and copied into the session.
 */
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { defaultQuiz, listDocuments, quizPool } from "../../../src/bank";
import { redirectTarget } from "../browser";
import { count } from "../classroom/helpers";
import { currentQuestions, pasteText, textPath } from "../own-texts/helpers";
import { curatedPool } from "../../../src/bank/quiz";
import { createClass, type CreatedClass, eventually, joinSession, startSession, stubOf } from "./helpers";

/** The question ids a session asks, in its order, as copied into its Durable Object. */
async function sessionQuestionIds(code: string): Promise<string[]> {
  return runInDurableObject(stubOf(code), (_, state) =>
    state.storage.sql
      .exec<{ content: string }>("SELECT content FROM questions ORDER BY position")
      .toArray()
      .map((row) => (JSON.parse(row.content) as { question: { id: string } }).question.id),
  );
}

/** A whole lesson: one player, every question opened and closed by the projector's buttons, then the end. */
async function playLesson(created: CreatedClass, quizId: string, address: string): Promise<string[]> {
  const lessonsBefore = await count("select count(*) as n from assignments where class_id = ? and live_at is not null", created.classId);
  const { code, presenterPath } = await startSession(created, { quizId, anzahl: "alle" });
  const asked = await sessionQuestionIds(code);
  await joinSession(code, `Kim ${lessonsBefore + 1}`, address);
  const step = async (phase: string, frage: number) =>
    expect(redirectTarget(await created.teacher.post(`${presenterPath}/weiter`, { phase, frage: String(frage) }))).toBe(presenterPath);
  await step("lobby", 0);
  for (let position = 1; position <= asked.length; position++) {
    await step("question", position);
    await step("results", position);
    if (position < asked.length) await step("evidence", position);
  }
  await created.teacher.post(`${presenterPath}/beenden`);
  await eventually(
    "the lesson's results in D1",
    () => count("select count(distinct assignment_id) as n from attempts t join assignments s on s.id = t.assignment_id where s.class_id = ?", created.classId),
    (written) => written === lessonsBefore + 1,
  );
  return asked;
}

const repeated = (lesson: string[], earlier: Iterable<string>) => lesson.filter((id) => new Set(earlier).has(id)).length;

describe("the next live lesson on a text", () => {
  it("asks an own text's questions not asked in the class's earlier lessons where they may stand together", async () => {
    const created = await createClass("Zweite Stunde");
    const textId = await pasteText(created);
    const pool = await currentQuestions(textId);
    // The teacher's quiz asks half of what may stand together: a second lesson has just enough new ones.
    const fitting = curatedPool(pool).length;
    const size = Math.floor(fitting / 2);
    expect(size).toBeGreaterThan(2);
    expect((await created.teacher.post(`${textPath(created.classId, textId)}/umfang`, { umfang: String(size) })).status).toBe(303);
    expect((await created.teacher.post(`${textPath(created.classId, textId)}/veroeffentlichen`)).status).toBe(303);

    const first = await playLesson(created, textId, "192.0.2.51");
    expect(first).toHaveLength(size);
    const second = await playLesson(created, textId, "192.0.2.52");
    expect(second).toHaveLength(size);
    // The text's questions that may stand together and the first lesson did not ask: as many as a lesson, all asked now.
    const fittingUnasked = curatedPool(pool).filter((question) => !first.includes(question.id)).length;
    expect(second.filter((id) => !first.includes(id)).length).toBeGreaterThanOrEqual(Math.min(size, fittingUnasked));
  });

  it("varies a built-in quiz in the class's next lesson where its text has more questions", async () => {
    const created = await createClass("Zweite Stunde Bank");
    const quizId = listDocuments()
      .map((document) => document.id)
      .find((id) => quizPool(id).length >= 2 * defaultQuiz(id).length)!;
    const first = await playLesson(created, quizId, "192.0.2.54");
    expect(first).toEqual(defaultQuiz(quizId).map((question) => question.id));
    const second = await playLesson(created, quizId, "192.0.2.55");
    expect(repeated(second, first)).toBeLessThan(first.length / 2);
    // Another class still gets the default quiz: the memory is the class's.
    const other = await createClass("Andere Klasse");
    expect(await playLesson(other, quizId, "192.0.2.56")).toEqual(first);
  });
});
