/**
 * Live answers move review cards once: the results write, retried after a failure, moves no card twice;
 * and a self-study answer that moves a card between the write's read and its update is not overwritten.
 */
import { env } from "cloudflare:test";
import { expect, it } from "vitest";
import { defaultQuiz, listDocuments } from "../../../src/bank";
import { gradeAnswer } from "../../../src/bank/grade";
import { writeResults } from "../../../src/worker/live/results";
import { Rating, reviewCard } from "../../../src/worker/review/cards";
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
  const session = { classId: created.classId, quizId, position: 2, createdAt: Date.now() } as SessionRow;
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

it("keeps a self-study answer that moved a card between the read of the cards and their update", async () => {
  const created = await createClass("Live Karten Wettlauf");
  await joinAs(created.joinCode, "Ida");
  const ida = (await env.DB.prepare("select learner_id as learnerId from class_members where class_id = ?")
    .bind(created.classId)
    .first<{ learnerId: string }>())!;
  const quizId = listDocuments()[0]!.id;
  const questions = defaultQuiz(quizId).slice(0, 2);
  const started = Date.now() - 60_000;
  const session = { classId: created.classId, quizId, position: 2, createdAt: Date.now() } as SessionRow;
  const players: PlayerRow[] = [{ learnerId: ida.learnerId, nickname: "Ida", attemptId: `live-wettlauf-${crypto.randomUUID()}`, joinedAt: started }];
  const given: AnswerRow[] = questions.map((question, index) => {
    const parsed = responseFromForm(question, wrongForm(question).form.antwort);
    if (!parsed.ok) throw new Error(parsed.message);
    return { position: index + 1, learnerId: ida.learnerId, response: parsed.response, score: 0, bonus: 0, answeredAt: started + (index + 1) * 1000 };
  });

  // Ida answers the first question in self-study (right) after the live write has read her cards, before its batch runs.
  const selfStudied = reviewCard(undefined, Rating.Good, new Date(started + 5000));
  const racing = new Proxy(env.DB, {
    get(target, property) {
      if (property === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          await target
            .prepare("update learners set review_cards = json_set(review_cards, ?, json(?)) where id = ?")
            .bind(`$."${questions[0]!.id}"`, JSON.stringify(selfStudied), ida.learnerId)
            .run();
          return target.batch(statements);
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  await writeResults(racing, session, players, given, (position) => ({ question: questions[position - 1]!, evidence: [] }));

  const cards = JSON.parse(
    (await env.DB.prepare("select review_cards as cards from learners where id = ?").bind(ida.learnerId).first<{ cards: string }>())!.cards,
  );
  // The self-study answer's card stands; the live answer to the other question moved its card as usual.
  expect(cards[questions[0]!.id]).toEqual(selfStudied);
  expect(cards[questions[1]!.id]).toMatchObject({ reps: 1, last: started + 2000 });
  expect(await env.DB.prepare("select count(*) as n from answers where attempt_id = ?").bind(players[0]!.attemptId).first("n")).toBe(2);
});
