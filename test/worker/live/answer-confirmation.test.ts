/**
 * Every answer a phone sends ends in a confirmation or a German message it can act on. A phone that missed the
 * confirmation of its answer (a socket lost before the reply, a reply that never came) sends the same answer
 * again, by its socket or by the form: that is confirmed, not refused as a second answer.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { type Browser, redirectTarget, visibleText } from "../browser";
import { defaultQuiz, listDocuments } from "../../../src/bank";
import { rightForm, wrongForm } from "../quiz/client";
import { createClass, joinSession, type LiveSocket, playerSocket, presenterSocket, startSession } from "./helpers";

const quizId = listDocuments()[2]!.id;
const question = defaultQuiz(quizId)[0]!;

let code: string;
let student: Browser;
let socket: LiveSocket;

/** Posts an answer form as the phone's page does. */
function postAnswer(form: Record<string, string | string[]>) {
  const body = new URLSearchParams({ frage: "1" });
  for (const value of [form.antwort ?? []].flat()) body.append("antwort", value);
  return student.post(`/live/${code}/antwort`, body);
}

const errors = () => socket.received.flatMap((message) => (message.type === "error" ? [message.message] : []));

beforeEach(async () => {
  const created = await createClass("Bestätigt 8b");
  ({ code } = await startSession(created, { quizId }));
  const presenter = await presenterSocket(created, code);
  student = await joinSession(code, "Lou", "192.0.2.80");
  // A second player who does not answer: the question stays open after Lou's answer.
  await joinSession(code, "Mo", "192.0.2.81");
  socket = await playerSocket(student, code);
  await presenter.view("lobby", 0, (view) => view.players === 2);
  presenter.send({ type: "advance", phase: "lobby", question: 0 });
  await socket.view("question", 1);
});

describe("an answer sent again", () => {
  it("by the socket: the same answer gets the stored view again, another one the refusal", async () => {
    socket.send({ type: "answer", question: 1, ...rightForm(question) });
    await socket.view("question", 1, (view) => view.answered);
    socket.clear();
    socket.send({ type: "answer", question: 1, ...rightForm(question) });
    await socket.view("question", 1, (view) => view.answered);
    expect(errors()).toEqual([]);

    socket.send({ type: "answer", question: 1, ...wrongForm(question).form });
    await socket.waitFor("refusal", (message) => message.type === "error");
    expect(errors()).toEqual(["Du hast diese Frage schon beantwortet. Es zählt deine erste Antwort."]);
  });

  it("by the form after an answer by the socket: the lesson's page with the answer stored, no refusal", async () => {
    socket.send({ type: "answer", question: 1, ...rightForm(question) });
    await socket.view("question", 1, (view) => view.answered);
    const posted = await postAnswer(rightForm(question));
    expect(posted.status).toBe(303);
    expect(redirectTarget(posted)).toBe(`/live/${code}`);
    const page = visibleText((await student.page(`/live/${code}`)).html);
    expect(page).toContain("Antwort gespeichert");
    expect(page).not.toContain("schon beantwortet");
  });
});

it("an answer form that cannot be read leads back to the lesson's page (reloading would post it again), saying why", async () => {
  const response = await postAnswer({ antwort: "x".repeat(501) });
  expect(response.status).toBe(400);
  const html = await response.text();
  expect(visibleText(html)).toContain("Antwort zu lang Die Antwort ist zu lang (höchstens 500 Zeichen). Bitte kürze sie.");
  expect(html).toContain(`href="/live/${code}"`);
  expect(visibleText(html)).toContain("Zurück zum Live-Quiz");
});
