/**
 * Ties and nothing yet: players with equal results share a place and are told so, and a player without a
 * point has no place at all, so nobody reads "Platz 1 von 3" as a lead when all three have 0 points. The
 * phone, the projector's podium and the end agree on the same rule.
 */
import { describe, expect, it } from "vitest";
import { type Browser, redirectTarget, visibleText } from "../browser";
import { listDocuments, defaultQuiz } from "../../../src/bank";
import { rightForm, wrongForm } from "../quiz/client";
import { createClass, joinSession, startSession } from "./helpers";

/** A text whose first two questions have a wrong answer worth nothing (a multiple select may give part). */
const quizId = listDocuments()
  .map((document) => document.id)
  .find((id) =>
    defaultQuiz(id)
      .slice(0, 2)
      .every((question) => wrongForm(question).score === 0),
  )!;
const questions = defaultQuiz(quizId);

function postAnswer(student: Browser, code: string, question: number, form: Record<string, string | string[]>) {
  const body = new URLSearchParams({ frage: String(question) });
  for (const value of [form.antwort ?? []].flat()) body.append("antwort", value);
  return student.post(`/live/${code}/antwort`, body);
}

const standingOf = async (student: Browser, code: string) => /data-testid="standing">([^<]*)</.exec(await (await student.get(`/live/${code}`)).text())?.[1];

describe("the standings on the phones and the projector", () => {
  it("give no place at 0 points and say when a place is shared", async () => {
    const created = await createClass();
    const { code, presenterPath } = await startSession(created, { quizId });
    const players = [await joinSession(code, "Kim", "192.0.2.41"), await joinSession(code, "Pat", "192.0.2.42"), await joinSession(code, "Ali", "192.0.2.43")];
    const [kim, pat, ali] = players as [Browser, Browser, Browser];
    await created.teacher.post(`${presenterPath}/weiter`, { phase: "lobby", frage: "0" });

    // Question 1: all three wrong. Everybody has 0 points, and nobody a place.
    for (const player of players) expect(redirectTarget(await postAnswer(player, code, 1, wrongForm(questions[0]!).form))).toBe(`/live/${code}`);
    for (const player of players) expect(await standingOf(player, code)).toBe("0 Punkte · noch ohne Platz");

    // Question 2: Kim and Pat right, Ali wrong. Kim and Pat share the first place and are told so.
    await created.teacher.post(`${presenterPath}/weiter`, { phase: "results", frage: "1" });
    await created.teacher.post(`${presenterPath}/weiter`, { phase: "evidence", frage: "1" });
    await postAnswer(kim, code, 2, rightForm(questions[1]!));
    await postAnswer(pat, code, 2, rightForm(questions[1]!));
    await postAnswer(ali, code, 2, wrongForm(questions[1]!).form);
    for (const player of [kim, pat]) expect(await standingOf(player, code)).toBe("1 Punkt · Platz 1 von 3, gleichauf mit einer anderen Person");
    expect(await standingOf(ali, code)).toBe("0 Punkte · noch ohne Platz");

    // The end: the same on the podium; Ali is not on a step.
    await created.teacher.post(`${presenterPath}/beenden`);
    const podium = visibleText(await (await created.teacher.get(presenterPath)).text());
    expect(podium).toContain("1. Platz Kim, Pat 1 Punkt");
    expect(podium).not.toContain("Ali");
    expect(await standingOf(kim, code)).toBe("1 Punkt · Platz 1 von 3, gleichauf mit einer anderen Person");
    expect(await standingOf(ali, code)).toBe("0 Punkte");
  });

  it("show no podium when nobody has a point", async () => {
    const created = await createClass();
    const { code, presenterPath } = await startSession(created, { quizId });
    const players = [await joinSession(code, "Kim", "192.0.2.44"), await joinSession(code, "Pat", "192.0.2.45")];
    await created.teacher.post(`${presenterPath}/weiter`, { phase: "lobby", frage: "0" });
    for (const player of players) await postAnswer(player, code, 1, wrongForm(questions[0]!).form);
    await created.teacher.post(`${presenterPath}/beenden`);
    const end = visibleText(await (await created.teacher.get(presenterPath)).text());
    expect(end).toContain("Niemand hat einen Punkt geholt, darum gibt es diesmal keine Plätze.");
    expect(end).not.toContain("1. Platz");
    for (const player of players) expect(await standingOf(player, code)).toBe("0 Punkte");
  });
});
