/** Live answers move review cards once: the results write, retried after a failure, moves no card twice. */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { defaultQuiz, listDocuments } from "../../../src/bank";
import { gradeAnswer } from "../../../src/bank/grade";
import { writeResults } from "../../../src/worker/live/results";
import type { AnswerRow, PlayerRow, SessionRow } from "../../../src/worker/live/store";
import { responseFromForm } from "../../../src/worker/quiz/forms";
import { joinAs } from "../classroom/helpers";
import { rightForm, wrongForm } from "../quiz/client";
import { createClass } from "./helpers";

it("moves each card once, even when the results are written again; a player who left the class moves none", async () => {
  const created = await createClass("Live Karten");
  await joinAs(created.joinCode, "Mia");
  await joinAs(created.joinCode, "Ben");
  const members = (
    await env.DB.prepare("select nickname, learner_id as learnerId from class_members where class_id = ? order by nickname")
      .bind(created.classId)
      .all<{ nickname: string; learnerId: string }>()
  ).results;
  const [ben, mia] = members;
  // Someone who played but is not (or no longer) in the class: a learner of their own.
  const outsider = crypto.randomUUID();
  await env.DB.prepare("insert into learners (id) values (?)").bind(outsider).run();

  const quizId = listDocuments()[0]!.id;
  const questions = defaultQuiz(quizId).slice(0, 2);
  const started = Date.now() - 60_000;
  const session = { classId: created.classId, quizId, position: 2 } as SessionRow;
  const players: PlayerRow[] = [ben!, mia!, { learnerId: outsider, nickname: "Gast" }].map((player, index) => ({
    learnerId: player.learnerId,
    nickname: player.nickname,
    attemptId: `live-karten-${index}-${crypto.randomUUID()}`,
    joinedAt: started,
  }));
  const answer = (learnerId: string, position: number, right: boolean): AnswerRow => {
    const question = questions[position - 1]!;
    const parsed = responseFromForm(question, (right ? rightForm(question) : wrongForm(question).form).antwort);
    if (!parsed.ok) throw new Error(parsed.message);
    return { position, learnerId, response: parsed.response, score: gradeAnswer(question, parsed.response), bonus: 0, answeredAt: started + position * 1000 };
  };
  const given = [answer(ben!.learnerId, 1, true), answer(ben!.learnerId, 2, false), answer(mia!.learnerId, 1, false), answer(outsider, 1, true)];
  const questionAt = (position: number) => ({ question: questions[position - 1]!, evidence: [] });

  await writeResults(env.DB, session, players, given, questionAt);
  await writeResults(env.DB, session, players, given, questionAt);

  const cardsOf = async (learnerId: string) =>
    JSON.parse((await env.DB.prepare("select review_cards as cards from learners where id = ?").bind(learnerId).first<{ cards: string }>())!.cards) as Record<
      string,
      { reps: number; due: number; last: number }
    >;
  const benCards = await cardsOf(ben!.learnerId);
  expect(Object.keys(benCards).sort()).toEqual(questions.map((question) => question.id).sort());
  expect(Object.values(benCards).map((card) => card.reps)).toEqual([1, 1]);
  expect(benCards[questions[0]!.id]!.last).toBe(started + 1000);
  expect(benCards[questions[0]!.id]!.due).toBeGreaterThan(benCards[questions[1]!.id]!.due);
  const miaCards = await cardsOf(mia!.learnerId);
  expect(Object.keys(miaCards)).toEqual([questions[0]!.id]);
  expect(miaCards[questions[0]!.id]!.reps).toBe(1);
  expect(await cardsOf(outsider)).toEqual({});
});
