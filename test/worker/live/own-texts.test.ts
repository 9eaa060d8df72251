/**
 * A class's own text played live: only once published, its questions and evidence from the teacher's
 * text, and the answers back in the class on the text's assignment.
 */
import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { escapeHtml, visibleText } from "../browser";
import { inGermanQuotes } from "../../core/export/read";
import { count } from "../classroom/helpers";
import { textPath, currentQuestions, pasteText } from "../own-texts/helpers";
import { rightForm } from "../quiz/client";
import { createClass, eventually, joinSession, playerSocket, presenterSocket, startSession, stubOf } from "./helpers";

/** The one question of the text whose wording a phone's view shows (the session draws its own selection). */
function shownQuestion(html: string, pool: Question[]): Question {
  const shown = visibleText(html);
  const wording = (question: Question): string[] => {
    switch (question.type) {
      case "truefalse":
        return [question.stem, inGermanQuotes(question.statement)];
      case "cloze":
        return [question.stem, question.before.trim(), question.after.trim()];
      case "numeric":
        return [question.stem, question.before?.trim() ?? "", question.after?.trim() ?? ""];
      default:
        return [question.stem, ...question.options.map((option) => option.text)];
    }
  };
  const matches = pool.filter((question) => wording(question).every((part) => shown.includes(part)));
  expect(matches, `exactly one question of the text matches the phone's view: ${shown}`).toHaveLength(1);
  return matches[0]!;
}

describe("an own text in a live session", () => {
  it("is offered once published, asks its questions with the teacher's evidence, and writes the answers to its assignment", async () => {
    const created = await createClass("Eigene 10b");
    const textId = await pasteText(created);
    const startPage = `/klassen/lehrkraft/${created.classId}/live`;

    // A draft is neither offered nor playable.
    expect(await (await created.teacher.get(startPage)).text()).not.toContain(`value="${textId}"`);
    const draft = await created.teacher.post(startPage, { quizId: textId, anzahl: "5", zeit: "0" });
    expect(draft.status).toBe(400);
    expect(visibleText(await draft.text())).toContain("Dieses Quiz gibt es nicht.");

    expect((await created.teacher.post(`${textPath(created.classId, textId)}/veroeffentlichen`)).status).toBe(303);
    const offered = await (await created.teacher.get(startPage)).text();
    expect(offered).toContain(`value="${textId}"`);
    const pool = await currentQuestions(textId);
    // Offered with as many questions as "alle" plays (the quiz size), not the text's whole pool.
    const quizSize = await count("select quiz_size as n from own_texts where id = ?", textId);
    expect(quizSize).toBeLessThan(pool.length);
    const { title } = (await env.DB.prepare("select title from own_texts where id = ?").bind(textId).first<{ title: string }>())!;
    expect(visibleText(offered)).toContain(`${title} (${quizSize} Fragen)`);

    const { code } = await startSession(created, { quizId: textId });
    const presenter = await presenterSocket(created, code);
    const phones = [await playerSocket(await joinSession(code, "Eigen Eins"), code), await playerSocket(await joinSession(code, "Eigen Zwei"), code)];
    await presenter.view("lobby", 0, (view) => view.players === 2);
    presenter.send({ type: "advance", phase: "lobby", question: 0 });
    const views = [];
    for (const phone of phones) views.push(await phone.view("question", 1));
    const asked = shownQuestion(views[0]!.html, pool);
    expect(shownQuestion(views[1]!.html, pool).id).toBe(asked.id);
    for (const phone of phones) phone.send({ type: "answer", question: 1, ...rightForm(asked) });
    await presenter.view("results", 1);
    presenter.send({ type: "advance", phase: "results", question: 1 });
    expect((await presenter.view("evidence", 1)).html).toContain(`<mark>${escapeHtml(asked.evidence.quote)}</mark>`);
    presenter.send({ type: "finish" });
    await presenter.view("end", 1);

    const answers = await eventually(
      "the answers in D1",
      () =>
        count(
          "select count(*) as n from answers a join attempts t on t.id = a.attempt_id join assignments s on s.id = t.assignment_id where s.class_id = ? and s.quiz_id = ? and a.question_id = ?",
          created.classId,
          textId,
          asked.id,
        ),
      (n) => n === 2,
    );
    expect(answers).toBe(2);
    const dashboard = visibleText(await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text());
    // One live question answered, of the one the session asked (the results stand as an assignment of their own).
    expect(dashboard).toMatch(/\(Live-Stunde am [0-9.]+, [0-9:]+\): 1 von 1 bearbeitet/);
  });

  it("writes nothing when the teacher deletes the text during the lesson: no answers to a quiz nobody knows", async () => {
    const created = await createClass("Eigene 10c");
    const textId = await pasteText(created);
    expect((await created.teacher.post(`${textPath(created.classId, textId)}/veroeffentlichen`)).status).toBe(303);
    const pool = await currentQuestions(textId);
    const { code } = await startSession(created, { quizId: textId });
    const presenter = await presenterSocket(created, code);
    const phone = await playerSocket(await joinSession(code, "Eigen Drei"), code);
    await presenter.view("lobby", 0, (view) => view.players === 1);
    presenter.send({ type: "advance", phase: "lobby", question: 0 });
    phone.send({ type: "answer", question: 1, ...rightForm(shownQuestion((await phone.view("question", 1)).html, pool)) });
    await presenter.view("results", 1);
    // Nobody has begun it in D1 (the lesson's answers are in the session until it ends): the text can be deleted.
    expect((await created.teacher.post(`${textPath(created.classId, textId)}/loeschen`, { bestaetigung: "ja" })).status).toBe(303);
    presenter.send({ type: "finish" });
    await presenter.view("end", 1);
    await eventually(
      "the results written (as far as there is anything to write)",
      () => runInDurableObject(stubOf(code), (_, state) => state.storage.sql.exec("SELECT results_written_at FROM session").one().results_written_at),
      (writtenAt) => writtenAt !== null,
    );
    expect(await count("select count(*) as n from assignments where class_id = ?", created.classId)).toBe(0);
    expect(await count("select count(*) as n from attempts where quiz_id = ?", textId)).toBe(0);
    expect(visibleText(await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text())).not.toContain("Unbekanntes Quiz");
  });

  it("asks a selection as an attempt does (one question per sentence, the types mixed) and shows the phones what was asked after the reveal", async () => {
    const created = await createClass("Eigene 10c");
    const textId = await pasteText(created);
    expect((await created.teacher.post(`${textPath(created.classId, textId)}/veroeffentlichen`)).status).toBe(303);
    const pool = await currentQuestions(textId);
    const quizSize = await count("select quiz_size as n from own_texts where id = ?", textId);
    const { code } = await startSession(created, { quizId: textId, anzahl: "alle" });
    const presenter = await presenterSocket(created, code);
    const phone = await playerSocket(await joinSession(code, "Eigen Drei"), code);
    await presenter.view("lobby", 0, (view) => view.players === 1);
    presenter.send({ type: "advance", phase: "lobby", question: 0 });
    const asked: Question[] = [];
    for (let position = 1; position <= quizSize; position++) {
      const question = shownQuestion((await phone.view("question", position)).html, pool);
      asked.push(question);
      phone.send({ type: "answer", question: position, ...rightForm(question) });
      // After the reveal the phone shows the statement or the gap sentence, not the stem alone.
      const revealed = visibleText((await phone.view("results", position)).html);
      if (question.type === "truefalse") expect(revealed).toContain(inGermanQuotes(question.statement));
      if (question.type === "cloze") expect(revealed).toContain(question.before.trim());
      await presenter.view("results", position);
      presenter.send({ type: "advance", phase: "results", question: position });
      await presenter.view("evidence", position);
      presenter.send({ type: "advance", phase: "evidence", question: position });
    }
    expect(asked.some((question) => question.type === "truefalse")).toBe(true);
    // The sentence asked about (sentenceStart where the evidence opens with the sentence naming who spoke or acted).
    expect(new Set(asked.map((question) => question.sentenceStart ?? question.evidence.start)).size, "one question per sentence").toBe(asked.length);
    // Two of a type in a row only where one type is more than half: then the fewest possible.
    const repeats = asked.filter((question, index) => index > 0 && asked[index - 1]!.type === question.type).length;
    const commonest = Math.max(...asked.map((question) => asked.filter((other) => other.type === question.type).length));
    expect(repeats, asked.map((question) => question.type).join(" ")).toBe(Math.max(0, 2 * commonest - asked.length - 1));
  });

  it("draws a selection of its own for each lesson (stored once when it starts, for every phone and the projector)", async () => {
    const created = await createClass("Eigene 10d");
    const textId = await pasteText(created);
    expect((await created.teacher.post(`${textPath(created.classId, textId)}/veroeffentlichen`)).status).toBe(303);
    const quizSize = await count("select quiz_size as n from own_texts where id = ?", textId);
    /** The question ids a session stored when it started, in their order: what its phones and projector are asked. */
    const askedIn = (code: string) =>
      runInDurableObject(stubOf(code), (_, state) =>
        state.storage.sql
          .exec<{ content: string }>("SELECT content FROM questions ORDER BY position")
          .toArray()
          .map((row) => (JSON.parse(row.content) as { question: Question }).question.id),
      );
    const lessons: string[][] = [];
    for (let lesson = 0; lesson < 4; lesson++) {
      const { code } = await startSession(created, { quizId: textId, anzahl: "alle" });
      const asked = await askedIn(code);
      expect(asked).toHaveLength(quizSize);
      lessons.push(asked);
    }
    // The text's worksheet and homework do not decide a lesson's questions: four lessons are not all one draw.
    expect(new Set(lessons.map((asked) => asked.join(" "))).size).toBeGreaterThan(1);
  });
});
