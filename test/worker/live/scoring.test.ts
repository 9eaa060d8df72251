/**
 * Correctness first: whatever the speed, more points rank higher; the speed bonus only orders players
 * with equal points, and only fully right answers earn it. With the bonus on, a session stores it.
 */
import { runInDurableObject } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listDocuments, defaultQuiz } from "../../../src/bank";
import { speedBonus, standings } from "../../../src/worker/live/scoring";
import { rightForm, wrongForm } from "../quiz/client";
import { createClass, joinSession, playerSocket, presenterSocket, startSession, stubOf } from "./helpers";

/** A player's game: per question a score (0, a part, or 1) and how long the answer took. */
const games = fc.array(
  fc.array(fc.record({ score: fc.constantFrom(0, 0.25, 0.5, 1), elapsedMs: fc.integer({ min: 0, max: 60_000 }) }), { minLength: 1, maxLength: 20 }),
  { minLength: 2, maxLength: 40 },
);

describe("the standings", () => {
  it("rank by points whatever the speed bonus; the bonus orders equal points only", () => {
    fc.assert(
      fc.property(games, fc.constantFrom(0, 20, 30, 60), (played, timerSeconds) => {
        const players = played.map((_, index) => ({ learnerId: `p${index}`, nickname: `Spieler ${index}`, attemptId: "a", joinedAt: index }));
        const totals = new Map(
          played.map((answers, index) => [
            `p${index}`,
            {
              points: answers.reduce((sum, answer) => sum + answer.score, 0),
              bonus: answers.reduce((sum, answer) => sum + speedBonus(answer.score, answer.elapsedMs, timerSeconds), 0),
            },
          ]),
        );
        for (const withBonus of [false, true]) {
          const ranked = standings(players, totals, withBonus);
          for (const a of ranked) {
            const pointsA = totals.get(a.learnerId)!.points;
            // No place without points; a place shared with every other player who has it.
            expect(a.rank === undefined).toBe(pointsA < 1e-9);
            expect(a.tiedWith).toBe(a.rank === undefined ? 0 : ranked.filter((b) => b !== a && b.rank === a.rank).length);
            for (const b of ranked) {
              const pointsB = totals.get(b.learnerId)!.points;
              if (pointsA > pointsB + 1e-9 && b.rank !== undefined) expect(a.rank).toBeLessThan(b.rank);
              if (Math.abs(pointsA - pointsB) < 1e-9 && !withBonus) expect(a.rank).toBe(b.rank);
            }
          }
        }
      }),
    );
  });

  it("gives the bonus for fully right answers only, falling with the time taken", () => {
    expect(speedBonus(1, 0, 30)).toBe(1);
    expect(speedBonus(1, 15_000, 30)).toBe(0.5);
    expect(speedBonus(1, 40_000, 30)).toBe(0);
    expect(speedBonus(0.5, 0, 30)).toBe(0);
    expect(speedBonus(0, 0, 30)).toBe(0);
    // Without a time limit the bonus counts down over 30 seconds.
    expect(speedBonus(1, 15_000, 0)).toBe(0.5);
  });
});

describe("a session with the speed bonus", () => {
  it("stores a bonus for a right answer and none for a wrong one; equal points rank by it", async () => {
    const quizId = listDocuments()[0]!.id;
    const question = defaultQuiz(quizId)[0]!;
    const created = await createClass();
    const { code } = await startSession(created, { quizId, zeit: "30", tempo: true });
    const presenter = await presenterSocket(created, code);
    const sockets = [];
    for (const name of ["Schnell", "Langsam", "Falsch"]) sockets.push(await playerSocket(await joinSession(code, name), code));
    await presenter.view("lobby", 0, (view) => view.players === 3);
    presenter.send({ type: "advance", phase: "lobby", question: 0 });
    for (const socket of sockets) await socket.view("question", 1);
    // "Langsam" answered 10 s later than "Schnell": the opening time moves back before Schnell answers.
    await runInDurableObject(stubOf(code), (_, state) => {
      state.storage.sql.exec("UPDATE session SET opened_at = opened_at - 10000");
    });
    sockets[0]!.send({ type: "answer", question: 1, ...rightForm(question) });
    await sockets[0]!.view("question", 1, (view) => view.answered);
    await runInDurableObject(stubOf(code), (_, state) => {
      state.storage.sql.exec("UPDATE session SET opened_at = opened_at - 10000");
    });
    sockets[1]!.send({ type: "answer", question: 1, ...rightForm(question) });
    await sockets[1]!.view("question", 1, (view) => view.answered);
    sockets[2]!.send({ type: "answer", question: 1, ...wrongForm(question).form });
    await sockets[2]!.view("results", 1);

    const bonuses = await runInDurableObject(stubOf(code), (_, state) =>
      Object.fromEntries(
        state.storage.sql
          .exec<{ nickname: string; bonus: number }>("SELECT p.nickname, a.bonus FROM answers a JOIN players p ON p.learner_id = a.learner_id")
          .toArray()
          .map((row) => [row.nickname, row.bonus]),
      ),
    );
    expect(bonuses.Schnell).toBeGreaterThan(bonuses.Langsam!);
    expect(bonuses.Langsam).toBeGreaterThan(0);
    expect(bonuses.Falsch).toBe(0);
    presenter.send({ type: "advance", phase: "results", question: 1 });
    await presenter.view("evidence", 1);
    await stubOf(code).finishByForm(created.classId);
    expect((await sockets[0]!.view("end", 1)).html).toContain("Platz 1 von 3");
    expect((await sockets[1]!.view("end", 1)).html).toContain("Platz 2 von 3");
  });
});
