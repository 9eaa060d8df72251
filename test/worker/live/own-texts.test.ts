/**
 * A class's own text played live: only once published, its questions and evidence from the teacher's
 * text, and the answers back in the class on the text's assignment.
 */
import { describe, expect, it } from "vitest";
import { escapeHtml, visibleText } from "../browser";
import { count } from "../classroom/helpers";
import { textPath, currentQuestions, pasteText } from "../own-texts/helpers";
import { rightForm } from "../quiz/client";
import { createClass, eventually, joinSession, playerSocket, presenterSocket, startSession } from "./helpers";

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
    expect(await (await created.teacher.get(startPage)).text()).toContain(`value="${textId}"`);
    const questions = (await currentQuestions(textId)).slice(0, 5);

    const { code } = await startSession(created, { quizId: textId });
    const presenter = await presenterSocket(created, code);
    const phones = [await playerSocket(await joinSession(code, "Eigen Eins"), code), await playerSocket(await joinSession(code, "Eigen Zwei"), code)];
    await presenter.view("lobby", 0, (view) => view.players === 2);
    presenter.send({ type: "advance", phase: "lobby", question: 0 });
    for (const phone of phones) expect((await phone.view("question", 1)).html).toContain(escapeHtml(questions[0]!.stem));
    for (const phone of phones) phone.send({ type: "answer", question: 1, ...rightForm(questions[0]!) });
    await presenter.view("results", 1);
    presenter.send({ type: "advance", phase: "results", question: 1 });
    expect((await presenter.view("evidence", 1)).html).toContain(`<mark>${escapeHtml(questions[0]!.evidence.quote)}</mark>`);
    presenter.send({ type: "finish" });
    await presenter.view("end", 1);

    const answers = await eventually(
      "the answers in D1",
      () =>
        count(
          "select count(*) as n from answers a join attempts t on t.id = a.attempt_id join assignments s on s.id = t.assignment_id where s.class_id = ? and s.quiz_id = ? and a.question_id = ?",
          created.classId,
          textId,
          questions[0]!.id,
        ),
      (n) => n === 2,
    );
    expect(answers).toBe(2);
    const dashboard = visibleText(await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}`)).text());
    // One live question answered, of what the class's assignment of this text asks.
    expect(dashboard).toMatch(/: 1 von \d+ bearbeitet/);
  });
});
