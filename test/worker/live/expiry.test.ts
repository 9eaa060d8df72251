/**
 * The end of a session: after two hours without a join or a phase change it ends by itself and keeps the
 * answers given; half an hour after its end it is deleted (sockets closed, storage empty, code free again).
 * What reaches D1 respects the class as it is then: a student who left it, or a deleted class, leaves no data.
 */
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { listDocuments, defaultQuiz } from "../../../src/bank";
import { INACTIVE_MS, KEEP_ENDED_MS } from "../../../src/worker/live/session";
import { redirectTarget } from "../browser";
import { count } from "../classroom/helpers";
import { rightForm } from "../quiz/client";
import { createClass, eventually, joinSession, playerSocket, presenterSocket, startSession, stubOf } from "./helpers";

const quizId = listDocuments()[2]!.id;
const questions = defaultQuiz(quizId);

/** Moves a stored time of the session back, as if that much time had gone by. */
const backdate = (code: string, column: "active_at" | "ended_at", by: number) =>
  runInDurableObject(stubOf(code), (_, state) => {
    state.storage.sql.exec(`UPDATE session SET ${column} = ${column} - ?`, by);
  });

/** The learner id of a player, as the session's object stored it. */
const seatOf = (code: string, nickname: string) =>
  runInDurableObject(
    stubOf(code),
    (_, state) => state.storage.sql.exec<{ learner_id: string }>("SELECT learner_id FROM players WHERE nickname = ?", nickname).one().learner_id,
  );

const answersInClass = (classId: string) =>
  count(
    "select count(*) as n from answers a join attempts t on t.id = a.attempt_id join assignments s on s.id = t.assignment_id where s.class_id = ?",
    classId,
  );

describe("a session nobody moves on", () => {
  it("ends after two hours, keeps the answers, and is deleted half an hour later", async () => {
    const created = await createClass();
    const { code } = await startSession(created, { quizId });
    const presenter = await presenterSocket(created, code);
    const phone = await playerSocket(await joinSession(code, "Vergessen"), code);
    await presenter.view("lobby", 0, (view) => view.players === 1);
    presenter.send({ type: "advance", phase: "lobby", question: 0 });
    await phone.view("question", 1);
    phone.send({ type: "answer", question: 1, ...rightForm(questions[0]!) });
    await phone.view("results", 1);

    // The alarm before the time is up changes nothing.
    expect(await runDurableObjectAlarm(stubOf(code))).toBe(true);
    expect(await stubOf(code).summary()).toMatchObject({ phase: "results" });

    await backdate(code, "active_at", INACTIVE_MS);
    expect(await runDurableObjectAlarm(stubOf(code))).toBe(true);
    expect(await phone.view("end", 1)).toMatchObject({ points: 1 });
    expect(
      await eventually(
        "the answer in D1",
        () => answersInClass(created.classId),
        (n) => n === 1,
      ),
    ).toBe(1);

    await backdate(code, "ended_at", KEEP_ENDED_MS);
    expect(await runDurableObjectAlarm(stubOf(code))).toBe(true);
    await phone.waitFor("closed", () => phone.closed !== undefined).catch(() => undefined);
    expect(phone.closed).toEqual({ code: 4000, reason: "Das Live-Quiz ist beendet." });
    expect(await stubOf(code).summary()).toBeUndefined();
    const left = await runInDurableObject(stubOf(code), async (_, state) => ({
      tables: state.storage.sql.exec("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'").one().n,
      alarm: await state.storage.getAlarm(),
    }));
    expect(left).toEqual({ tables: 0, alarm: null });
    // The answers stay in the class; the phone's page now leads to the join form.
    expect(await answersInClass(created.classId)).toBe(1);
    // The code is free for a new session.
    expect(
      await stubOf(code).start({
        code,
        classId: created.classId,
        quizId,
        quizTitle: "x",
        origin: "https://x.test",
        timerSeconds: 0,
        speedBonus: false,
        questions: [],
      }),
    ).toBe(true);
  });

  it("a lobby nobody started ends without writing anything", async () => {
    const created = await createClass();
    const { code } = await startSession(created, { quizId });
    await joinSession(code, "Früh");
    await backdate(code, "active_at", INACTIVE_MS);
    expect(await runDurableObjectAlarm(stubOf(code))).toBe(true);
    expect(await stubOf(code).summary()).toMatchObject({ phase: "end" });
    expect(await count("select count(*) as n from assignments where class_id = ?", created.classId)).toBe(0);
  });
});

describe("what reaches the class", () => {
  it("leaves out a student who left the class during the session", async () => {
    const created = await createClass();
    const { code, presenterPath } = await startSession(created, { quizId });
    const staying = await joinSession(code, "Bleibt");
    const leaving = await joinSession(code, "Geht", "192.0.2.32");
    const sockets = [await playerSocket(staying, code), await playerSocket(leaving, code)];
    await created.teacher.post(`${presenterPath}/weiter`, { phase: "lobby", frage: "0" });
    for (const socket of sockets) {
      await socket.view("question", 1);
      socket.send({ type: "answer", question: 1, ...rightForm(questions[0]!) });
      await socket.view("question", 1, (view) => view.answered);
    }
    expect((await leaving.post(`/klassen/meine/${created.classId}/austreten`, { bestaetigung: "ja" })).status).toBe(303);
    await created.teacher.post(`${presenterPath}/beenden`);
    await eventually(
      "results written",
      async () => (await stubOf(code).summary())?.phase,
      (phase) => phase === "end",
    );
    await eventually(
      "answers in D1",
      () => answersInClass(created.classId),
      (n) => n === 1,
    );
    expect(await count("select count(*) as n from attempts where learner_id = ?", await seatOf(code, "Bleibt"))).toBe(1);
    expect(await count("select count(*) as n from attempts where learner_id = ?", await seatOf(code, "Geht"))).toBe(0);
  });

  it("writes nothing for a class deleted during the session on another device, and still ends and deletes it", async () => {
    const created = await createClass();
    const { code, presenterPath } = await startSession(created, { quizId });
    const socket = await playerSocket(await joinSession(code, "Weg"), code);
    await created.teacher.post(`${presenterPath}/weiter`, { phase: "lobby", frage: "0" });
    await socket.view("question", 1);
    socket.send({ type: "answer", question: 1, ...rightForm(questions[0]!) });
    await socket.view("results", 1);
    // Another device of the teacher: it opens the class, but does not know the running session.
    created.teacher.cookies.delete("qq_live");
    expect((await created.teacher.post(`/klassen/lehrkraft/${created.classId}/loeschen`, { bestaetigung: "ja" })).status).toBe(303);
    const learnerId = await seatOf(code, "Weg");
    await stubOf(code).finishByForm(created.classId);
    await runDurableObjectAlarm(stubOf(code));
    expect(await count("select count(*) as n from attempts where learner_id = ?", learnerId)).toBe(0);
    expect(await count("select count(*) as n from assignments where class_id = ?", created.classId)).toBe(0);
    await backdate(code, "ended_at", KEEP_ENDED_MS);
    await runDurableObjectAlarm(stubOf(code));
    expect(await stubOf(code).summary()).toBeUndefined();
  });

  it("ends at once, with the reason on the phones, when the class is deleted on the device presenting it", async () => {
    const created = await createClass();
    const { code, presenterPath } = await startSession(created, { quizId });
    const student = await joinSession(code, "Bleibt nicht");
    const socket = await playerSocket(student, code);
    await created.teacher.post(`${presenterPath}/weiter`, { phase: "lobby", frage: "0" });
    await socket.view("question", 1);
    expect((await created.teacher.post(`/klassen/lehrkraft/${created.classId}/loeschen`, { bestaetigung: "ja" })).status).toBe(303);
    await eventually(
      "the phone's socket closed",
      async () => socket.closed,
      (closed) => closed !== undefined,
    );
    expect(socket.closed).toEqual({ code: 4000, reason: "Die Lehrkraft hat die Klasse gelöscht. Damit ist dieses Live-Quiz beendet." });
    // Nothing of it is left: the seat and its nickname are gone, the phone's page leads to the join form.
    expect(await stubOf(code).summary()).toBeUndefined();
    expect(redirectTarget(await student.get(`/live/${code}`))).toBe(`/live?code=${code}`);
    expect(await count("select count(*) as n from assignments where class_id = ?", created.classId)).toBe(0);
  });
});
