/**
 * The object decides and remembers: a second answer to a question does not count, a player who loses
 * the connection (or reloads, or switches apps) comes back to the same seat and score, and a restart of
 * the object in the middle of a question loses nothing.
 */
import { abortAllDurableObjects, env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { type Browser, visibleText } from "../browser";
import { listDocuments, defaultQuiz } from "../../../src/bank";
import { LiveSession } from "../../../src/worker/live/session";
import { rightForm, wrongForm } from "../quiz/client";
import { createClass, joinSession, type LiveSocket, playerSocket, presenterSocket, startSession, stubOf, type CreatedClass } from "./helpers";

const quizId = listDocuments().find((document) => defaultQuiz(document.id).length >= 5)!.id;
const questions = defaultQuiz(quizId);

let created: CreatedClass;
let code: string;
let presenter: LiveSocket;
let students: Browser[];
let sockets: LiveSocket[];

/** A session of three players at question 1 of 5; options as for startSession. */
async function playUntilFirstQuestion(options: { zeit?: string } = {}) {
  created = await createClass("Robust 9c");
  ({ code } = await startSession(created, { quizId, anzahl: "5", ...options }));
  presenter = await presenterSocket(created, code);
  students = [];
  sockets = [];
  for (const name of ["Ada", "Bo", "Cy"]) {
    const student = await joinSession(code, name, `192.0.2.${60 + students.length}`);
    students.push(student);
    sockets.push(await playerSocket(student, code));
  }
  await presenter.view("lobby", 0, (view) => view.players === 3);
  presenter.send({ type: "advance", phase: "lobby", question: 0 });
  for (const socket of sockets) await socket.view("question", 1);
}

const errors = (socket: LiveSocket) => socket.received.flatMap((message) => (message.type === "error" ? [message.message] : []));

describe("one answer per player and question", () => {
  beforeEach(() => playUntilFirstQuestion());

  it("keeps the first answer: a second one, from the same or a second tab, is refused", async () => {
    const [ada] = sockets;
    const secondTab = await playerSocket(students[0]!, code);
    await secondTab.view("question", 1);
    ada!.send({ type: "answer", question: 1, ...rightForm(questions[0]!) });
    // Both tabs show the stored answer; then each sends a wrong one.
    await ada!.view("question", 1, (view) => view.answered);
    await secondTab.view("question", 1, (view) => view.answered);
    ada!.send({ type: "answer", question: 1, ...wrongForm(questions[0]!).form });
    secondTab.send({ type: "answer", question: 1, ...wrongForm(questions[0]!).form });
    await ada!.waitFor("refusal", (message) => message.type === "error");
    await secondTab.waitFor("refusal", (message) => message.type === "error");
    expect([...errors(ada!), ...errors(secondTab)]).toEqual([
      "Du hast diese Frage schon beantwortet. Es zählt deine erste Antwort.",
      "Du hast diese Frage schon beantwortet. Es zählt deine erste Antwort.",
    ]);
    const progress = await presenter.waitFor("progress", (message) => message.type === "progress");
    expect(progress).toEqual({ type: "progress", players: 3, answers: 1 });

    presenter.send({ type: "advance", phase: "question", question: 1 });
    const result = await ada!.view("results", 1);
    expect(result.score).toBe(1);
    expect(result.points).toBe(1);
    expect((await secondTab.view("results", 1)).score).toBe(1);
    expect(visibleText((await presenter.view("results", 1)).html)).toContain("1 von 3 richtig · 2 ohne Antwort");
  });

  it("refuses answers to another question than the open one (a later one: not asked yet), and commands a player may not give", async () => {
    const [ada] = sockets;
    ada!.send({ type: "answer", question: 2, ...rightForm(questions[1]!) });
    ada!.send({ type: "advance", phase: "question", question: 1 });
    ada!.send({ type: "finish" });
    ada!.send("kein JSON");
    await ada!.waitFor("four refusals", () => errors(ada!).length === 4);
    // Sorted: the test runner's socket does not always deliver a burst in the order sent.
    expect(errors(ada!).sort()).toEqual([
      "Das darf nur die Lehrkraft.",
      "Das darf nur die Lehrkraft.",
      "Diese Frage ist noch nicht dran: Die Lehrkraft stellt sie gleich.",
      "Diese Nachricht verstehe ich nicht. Bitte lade die Seite neu.",
    ]);
    const view = await stubOf(code).presenterView(created.classId);
    expect(view).toMatchObject({ phase: "question", question: 1, answers: 0 });
  });

  it("answers a phone's heartbeat 'ping' with 'pong', for player and presenter, and nothing else", async () => {
    const [ada] = sockets;
    ada!.socket.send("ping");
    presenter.socket.send("ping");
    await ada!.waitFor("a pong", () => ada!.pongs === 1);
    await presenter.waitFor("a pong", () => presenter.pongs === 1);
    // No refusal of a message not understood; the answer after it counts.
    ada!.send({ type: "answer", question: 1, ...rightForm(questions[0]!) });
    await ada!.view("question", 1, (view) => view.answered);
    expect(errors(ada!)).toEqual([]);
    expect(errors(presenter)).toEqual([]);
  });

  it("tells a player whose answer is too long to be one to shorten it, not to reload, and counts the answer sent next", async () => {
    const [ada] = sockets;
    // 600 characters: over the answer's limit; 9,000: over what the object reads of a message at all.
    ada!.send({ type: "answer", question: 1, antwort: "Lücke ".repeat(100) });
    ada!.send({ type: "answer", question: 1, antwort: "x".repeat(9_000) });
    await ada!.waitFor("two refusals", () => errors(ada!).length === 2);
    expect(errors(ada!)).toEqual([
      "Die Antwort ist zu lang (höchstens 500 Zeichen). Bitte kürze sie.",
      "Die Antwort ist zu lang (höchstens 500 Zeichen). Bitte kürze sie.",
    ]);
    ada!.send({ type: "answer", question: 1, ...rightForm(questions[0]!) });
    await ada!.view("question", 1, (view) => view.answered);
    presenter.send({ type: "advance", phase: "question", question: 1 });
    expect((await ada!.view("results", 1)).score).toBe(1);
  });

  it("ignores a presenter's second click on the same button (from the socket or the form)", async () => {
    presenter.send({ type: "advance", phase: "question", question: 1 });
    await presenter.view("results", 1);
    presenter.send({ type: "advance", phase: "question", question: 1 });
    await stubOf(code).advanceByForm(created.classId, "question", 1);
    expect(await stubOf(code).presenterView(created.classId)).toMatchObject({ phase: "results", question: 1 });
    await stubOf(code).advanceByForm(created.classId, "results", 1);
    expect(await stubOf(code).presenterView(created.classId)).toMatchObject({ phase: "evidence", question: 1 });
  });
});

describe("a player who loses the connection", () => {
  beforeEach(() => playUntilFirstQuestion());

  it("comes back to the same seat, answer and score, by socket and by reloading the page", async () => {
    const bo = sockets[1]!;
    bo.send({ type: "answer", question: 1, ...rightForm(questions[0]!) });
    await bo.view("question", 1, (view) => view.answered);
    bo.close();

    // A reload mid-question: the page shows the stored answer; the new socket says the same.
    const page = await students[1]!.get(`/live/${code}`);
    expect(page.status).toBe(200);
    expect(visibleText(await page.text())).toContain("Antwort gespeichert");
    const back = await playerSocket(students[1]!, code);
    expect(await back.view("question", 1)).toMatchObject({ answered: true, nickname: "Bo" });

    presenter.send({ type: "advance", phase: "question", question: 1 });
    expect(await back.view("results", 1)).toMatchObject({ score: 1, points: 1 });
    presenter.send({ type: "advance", phase: "results", question: 1 });
    await presenter.view("evidence", 1);
    presenter.send({ type: "advance", phase: "evidence", question: 1 });

    // Away during question 2 (app switch), back before it closes: answers and keeps the point of question 1.
    back.close();
    await presenter.view("question", 2);
    const again = await playerSocket(students[1]!, code);
    expect(await again.view("question", 2)).toMatchObject({ answered: false });
    again.send({ type: "answer", question: 2, ...rightForm(questions[1]!) });
    await again.view("question", 2, (view) => view.answered);
    presenter.send({ type: "advance", phase: "question", question: 2 });
    expect(await again.view("results", 2)).toMatchObject({ score: 1, points: 2 });

    // Joining again with the same browser lands on the same seat, not a second one.
    const rejoin = await students[1]!.post("/live", { code, nickname: "Bo Zwei" });
    expect(rejoin.headers.get("Location")).toBe(`/live/${code}`);
    expect((await stubOf(code).summary())!.players).toBe(3);
  });
});

describe("a restart of the object in the middle of a question", () => {
  beforeEach(() => playUntilFirstQuestion({ zeit: "60" }));

  it("is one no one notices: sockets reconnect to the same question, answers and timer stay", async () => {
    sockets[0]!.send({ type: "answer", question: 1, ...rightForm(questions[0]!) });
    await sockets[0]!.view("question", 1, (view) => view.answered);
    const deadline = (await sockets[0]!.view("question", 1)).deadline;
    expect(deadline).toBeGreaterThan(Date.now());

    await abortAllDurableObjects();
    for (const socket of [...sockets, presenter]) {
      await socket.waitFor("the socket closes", () => socket.closed !== undefined).catch(() => undefined);
      expect(socket.closed, "the restart closes every socket").toBeDefined();
    }

    // The clients reconnect (the script does so by itself) and find everything as it was.
    presenter = await presenterSocket(created, code);
    expect(await presenter.view("question", 1)).toMatchObject({ players: 3, answers: 1, deadline });
    const ada = await playerSocket(students[0]!, code);
    const bo = await playerSocket(students[1]!, code);
    const cy = await playerSocket(students[2]!, code);
    expect(await ada.view("question", 1)).toMatchObject({ answered: true });
    expect(await bo.view("question", 1)).toMatchObject({ answered: false });

    ada.send({ type: "answer", question: 1, ...wrongForm(questions[0]!).form });
    await ada.waitFor("refusal", (message) => message.type === "error");
    bo.send({ type: "answer", question: 1, ...wrongForm(questions[0]!).form });
    cy.send({ type: "answer", question: 1, ...rightForm(questions[0]!) });
    expect(await ada.view("results", 1)).toMatchObject({ score: 1 });
    expect(await bo.view("results", 1)).toMatchObject({ score: wrongForm(questions[0]!).score });
    expect(await cy.view("results", 1)).toMatchObject({ score: 1 });
  });

  it("a new instance built over the stored state continues the question where the old one was", async () => {
    sockets[0]!.send({ type: "answer", question: 1, ...rightForm(questions[0]!) });
    await sockets[0]!.view("question", 1, (view) => view.answered);

    // After a restart, every event goes to the new instance: here the players' next messages, delivered
    // on their (hibernatable) sockets, which the state hands over.
    await runInDurableObject(stubOf(code), async (_, state) => {
      const fresh = new LiveSession(state, env);
      expect(await fresh.presenterView(created.classId)).toMatchObject({ phase: "question", question: 1, players: 3, answers: 1 });
      const socketOf = (nickname: string) =>
        state.getWebSockets("player").find((socket) => (socket.deserializeAttachment() as { learnerId: string }).learnerId === learnerIdOf(state, nickname))!;
      const deliver = (nickname: string, form: Record<string, string | string[]>) =>
        fresh.webSocketMessage(socketOf(nickname), JSON.stringify({ type: "answer", question: 1, ...form }));
      await deliver("Ada", wrongForm(questions[0]!).form); // refused: Ada's first answer is stored
      await deliver("Bo", wrongForm(questions[0]!).form);
      expect(await fresh.presenterView(created.classId)).toMatchObject({ phase: "question", answers: 2 });
      await deliver("Cy", rightForm(questions[0]!)); // the last answer closes the question
      expect(await fresh.presenterView(created.classId)).toMatchObject({ phase: "results", question: 1 });
    });
    expect(errors(sockets[0]!)).toEqual(["Du hast diese Frage schon beantwortet. Es zählt deine erste Antwort."]);
    expect(await sockets[0]!.view("results", 1)).toMatchObject({ score: 1, points: 1 });
    expect(await sockets[1]!.view("results", 1)).toMatchObject({ score: wrongForm(questions[0]!).score });
    expect(await sockets[2]!.view("results", 1)).toMatchObject({ score: 1 });
    expect((await presenter.view("results", 1)).html).toContain("2 von 3 richtig");
  });

  it("the timer's alarm closes the question, and a later answer is refused", async () => {
    const stub = stubOf(code);
    // Time runs out: the stored deadline moves into the past, as if 60 s had gone by.
    await runInDurableObject(stub, (_, state) => {
      state.storage.sql.exec("UPDATE session SET deadline = ?", Date.now() - 5_000);
    });
    sockets[0]!.send({ type: "answer", question: 1, ...rightForm(questions[0]!) });
    await sockets[0]!.waitFor("too late", (message) => message.type === "error" && message.message === "Die Zeit für diese Frage ist abgelaufen.");
    expect(await sockets[0]!.view("results", 1)).toMatchObject({ answered: false, score: null, points: 0 });

    // The next question's timer closes it from the alarm, with nobody answering.
    presenter.send({ type: "advance", phase: "results", question: 1 });
    await presenter.view("evidence", 1);
    presenter.send({ type: "advance", phase: "evidence", question: 1 });
    await presenter.view("question", 2);
    await runInDurableObject(stub, (_, state) => {
      state.storage.sql.exec("UPDATE session SET deadline = ?", Date.now() - 1);
    });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect((await presenter.view("results", 2)).html).toContain("0 von 3 richtig");
  });
});

/** A player's learner id, from the players the object stored. */
function learnerIdOf(state: DurableObjectState, nickname: string): string {
  return state.storage.sql.exec<{ learner_id: string }>("SELECT learner_id FROM players WHERE nickname = ?", nickname).one().learner_id;
}
