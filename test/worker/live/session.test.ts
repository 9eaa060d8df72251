/**
 * A whole lesson through the Worker and the session's Durable Object: a teacher starts a live session,
 * 30 students join and play 5 questions over WebSockets (lobby, question, histogram, evidence, podium),
 * and the answers land in the class in D1, where the dashboard and the CSV export show them.
 * Expected figures are derived here from the answers the students sent and the bank, not from the code.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { type Browser, escapeHtml, redirectTarget, visibleText } from "../browser";
import { listDocuments, defaultQuiz, quizTitle } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { escapeRegExp } from "../../../src/extract/text";
import { rightForm, wrongForm } from "../quiz/client";
import { parseCsv } from "../classroom/helpers";
import { createClass, eventually, joinSession, type LiveSocket, playerSocket, presenterSocket, startSession, type CreatedClass } from "./helpers";

const PLAYERS = 30;
const QUESTIONS = 5;

/** A text whose first five questions cover several types (the bank's order is the order asked). */
const quizId = listDocuments()
  .map((document) => document.id)
  .find(
    (id) =>
      new Set(
        defaultQuiz(id)
          .slice(0, QUESTIONS)
          .map((question) => question.type),
      ).size >= 3,
  )!;
const questions = defaultQuiz(quizId).slice(0, QUESTIONS);

/** Player n answers question q right unless (n + q) is a multiple of 3. */
const answersRight = (player: number, question: number) => (player + question) % 3 !== 0;
const formFor = (player: number, question: number) => (answersRight(player, question) ? rightForm(questions[question]!) : wrongForm(questions[question]!).form);
const scoreFor = (player: number, question: number) => (answersRight(player, question) ? 1 : wrongForm(questions[question]!).score);

/** The values a player's answer picks, as tiles count them. */
const picks = (form: Record<string, string | string[]>): string[] => [form.antwort ?? []].flat();

/** Picks per tile in the order shown, from what the players sent; for a number, the three numbers sent most and the rest. */
function expectedCounts(question: Question, position: number): number[] {
  if (question.type === "numeric") {
    const sent = new Map<string, number>();
    for (let player = 0; player < PLAYERS; player++) {
      const typed = String(formFor(player, position).antwort);
      sent.set(typed, (sent.get(typed) ?? 0) + 1);
    }
    const most = [...sent.values()].sort((a, b) => b - a).slice(0, 3);
    const others = PLAYERS - most.reduce((sum, count) => sum + count, 0);
    return others > 0 ? [...most, others] : most;
  }
  const values =
    question.type === "single" || question.type === "multi"
      ? question.options.map((option) => option.id)
      : question.type === "truefalse"
        ? ["wahr", "falsch"]
        : undefined;
  if (!values) {
    const right = Array.from({ length: PLAYERS }, (_, player) => scoreFor(player, position)).filter((score) => score >= 1).length;
    return [right, PLAYERS - right];
  }
  return values.map(
    (value) => Array.from({ length: PLAYERS }, (_, player) => picks(formFor(player, position))).filter((chosen) => chosen.includes(value)).length,
  );
}

const dataCounts = (html: string) => [...html.matchAll(/data-count="(\d+)"/g)].map((match) => Number(match[1]));

let created: CreatedClass;
let code = "";
let presenter: LiveSocket;
const students: Browser[] = [];
const sockets: LiveSocket[] = [];

beforeAll(async () => {
  expect(questions).toHaveLength(QUESTIONS);
  created = await createClass("Live 8a");
  ({ code } = await startSession(created, { quizId, anzahl: String(QUESTIONS) }));
  presenter = await presenterSocket(created, code);
  for (let player = 0; player < PLAYERS; player++) {
    const student = await joinSession(code, `Spieler ${player + 1}`, `192.0.2.${100 + player}`);
    students.push(student);
    sockets.push(await playerSocket(student, code));
  }
});

describe("a live session of 30 players", () => {
  it("shows every nickname in the lobby as the players join", async () => {
    const lobby = await presenter.view("lobby", 0, (view) => view.players === PLAYERS);
    const names = visibleText(lobby.html);
    for (let player = 1; player <= PLAYERS; player++) expect(names).toContain(`Spieler ${player} `.trimEnd());
    expect(lobby.html).toContain(`>${code.slice(0, 3)} ${code.slice(3)}<`);
    expect(lobby.html).toContain('role="img"'); // the QR code
    for (const socket of sockets) expect((await socket.view("lobby", 0)).html).toContain("Du bist dabei!");
  });

  it("plays 5 questions: question, histogram, evidence, next", async () => {
    const points = Array.from({ length: PLAYERS }, () => 0);
    for (let position = 1; position <= QUESTIONS; position++) {
      const question = questions[position - 1]!;
      presenter.send({ type: "advance", phase: position === 1 ? "lobby" : "evidence", question: position - 1 });
      await presenter.view("question", position);
      for (const socket of sockets) {
        const view = await socket.view("question", position);
        expect(view.answered).toBe(false);
        expect(view.score).toBeNull();
        expect(view.html).toContain(escapeHtml(question.stem));
        expect(view.html).not.toContain("<mark");
      }
      for (const [player, socket] of sockets.entries()) socket.send({ type: "answer", question: position, ...formFor(player, position - 1) });

      // The last answer closes the question by itself: everyone has answered.
      const results = await presenter.view("results", position);
      expect(dataCounts(results.html), `histogram of question ${position} (${question.type})`).toEqual(expectedCounts(question, position - 1));
      const right = Array.from({ length: PLAYERS }, (_, player) => scoreFor(player, position - 1)).filter((score) => score >= 1).length;
      expect(visibleText(results.html)).toContain(`${right} von ${PLAYERS} richtig`);
      // The right option is marked; a bar that says "Richtig" itself is not marked again ("Richtig ✓ richtig").
      expect(visibleText(results.html)).not.toMatch(/Richtig\s*✓ richtig/u);
      if (question.type === "single" || question.type === "multi" || question.type === "truefalse") expect(results.html).toContain("✓ richtig");

      for (const [player, socket] of sockets.entries()) {
        points[player]! += scoreFor(player, position - 1);
        const view = await socket.view("results", position);
        expect(view.score, `player ${player}, question ${position}`).toBeCloseTo(scoreFor(player, position - 1), 6);
        expect(view.points).toBeCloseTo(points[player]!, 6);
      }

      presenter.send({ type: "advance", phase: "results", question: position });
      const evidence = await presenter.view("evidence", position);
      expect(evidence.html).toContain(`<mark>${escapeHtml(question.evidence.quote)}</mark>`);
      for (const socket of sockets) expect((await socket.view("evidence", position)).html).toContain(`<mark>${escapeHtml(question.evidence.quote)}</mark>`);
    }

    presenter.send({ type: "advance", phase: "evidence", question: QUESTIONS });
    const end = await presenter.view("end", QUESTIONS);
    const best = Math.max(...points);
    const winners = points.flatMap((score, player) => (score === best ? [`Spieler ${player + 1}`] : []));
    // The podium names five per step and counts the rest.
    const named = winners.slice(0, 5).join(", ") + (winners.length > 5 ? ` und ${winners.length - 5} weitere` : "");
    const bestText = `${best.toLocaleString("de-DE", { maximumFractionDigits: 2 })} ${best === 1 ? "Punkt" : "Punkte"}`;
    expect(visibleText(end.html)).toContain(`1. Platz ${named} ${bestText}`);
    for (const [player, socket] of sockets.entries()) {
      const rank = 1 + points.filter((score) => score > points[player]! + 1e-9).length;
      const others = points.filter((score) => Math.abs(score - points[player]!) < 1e-9).length - 1;
      const tie = others === 0 ? "" : `, gleichauf mit ${others === 1 ? "einer anderen Person" : `${others} anderen`}`;
      expect(visibleText((await socket.view("end", QUESTIONS)).html)).toContain(`Platz ${rank} von ${PLAYERS}${tie}`);
    }
  });

  it("writes every answer into the class: D1, the dashboard and the CSV show it like an assignment", async () => {
    const rows = await eventually(
      "answers in D1",
      async () =>
        (
          await env.DB.prepare(
            `select m.nickname, count(a.id) as answered, sum(a.score) as points
             from class_members m join attempts t on t.learner_id = m.learner_id
             join assignments s on s.id = t.assignment_id and s.class_id = m.class_id
             left join answers a on a.attempt_id = t.id
             where m.class_id = ? and s.quiz_id = ? group by m.nickname`,
          )
            .bind(created.classId, quizId)
            .all<{ nickname: string; answered: number; points: number }>()
        ).results,
      (found) => found.length === PLAYERS,
    );
    for (let player = 0; player < PLAYERS; player++) {
      const row = rows.find((candidate) => candidate.nickname === `Spieler ${player + 1}`)!;
      expect(row.answered).toBe(QUESTIONS);
      expect(row.points).toBeCloseTo(
        questions.reduce((sum, _, position) => sum + scoreFor(player, position), 0),
        6,
      );
    }

    const dashboard = await created.teacher.get(`/klassen/lehrkraft/${created.classId}`);
    const text = visibleText(await dashboard.text());
    expect(text).toContain(quizTitle(quizId));
    // The session's results as an assignment of their own: answered of what the session asked.
    const liveTitle = `${escapeRegExp(quizTitle(quizId))} \\(Live-Stunde am \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d\\)`;
    expect(text).toMatch(new RegExp(`Spieler 1 ${liveTitle}: ${QUESTIONS} von ${QUESTIONS} bearbeitet`));

    const csv = parseCsv((await (await created.teacher.get(`/klassen/lehrkraft/${created.classId}/export/schueler.csv`)).text()).replace(/^\uFEFF/, ""));
    const answeredColumn = csv[0]!.findIndex((heading) => new RegExp(`^${liveTitle}: bearbeitet`).test(heading));
    expect(answeredColumn).toBeGreaterThan(0);
    const playerRows = csv.slice(1).filter((row) => row[0]!.startsWith("Spieler "));
    expect(playerRows).toHaveLength(PLAYERS);
    for (const row of playerRows) expect(row[answeredColumn]).toBe(String(QUESTIONS));
  });

  it("moves each player's review cards like answers in a quiz: a missed question comes back within the hour, a right one days later", async () => {
    const cards = await eventually(
      "review cards in D1",
      async () =>
        (
          await env.DB.prepare(`select m.nickname, l.review_cards as cards from class_members m join learners l on l.id = m.learner_id where m.class_id = ?`)
            .bind(created.classId)
            .all<{ nickname: string; cards: string }>()
        ).results,
      (found) => found.length === PLAYERS && found.every((row) => Object.keys(JSON.parse(row.cards)).length > 0),
    );
    const HOUR = 60 * 60 * 1000;
    for (let player = 0; player < PLAYERS; player++) {
      const stored = JSON.parse(cards.find((row) => row.nickname === `Spieler ${player + 1}`)!.cards) as Record<
        string,
        { due: number; last: number; reps: number }
      >;
      expect(Object.keys(stored).sort()).toEqual(questions.map((question) => question.id).sort());
      questions.forEach((question, position) => {
        const card = stored[question.id]!;
        expect(card.reps, `${player} ${position}`).toBe(1);
        const wait = card.due - card.last;
        if (scoreFor(player, position) >= 1) expect(wait, `right: player ${player}, question ${position}`).toBeGreaterThanOrEqual(24 * HOUR);
        else expect(wait, `missed: player ${player}, question ${position}`).toBeLessThanOrEqual(HOUR);
      });
    }
  });

  it("lists the quiz on each student's class page, answered, to review with the evidence", async () => {
    const classPage = await students[0]!.get(`/klassen/meine/${created.classId}`);
    expect(classPage.status).toBe(200);
    expect(visibleText(await classPage.text())).toMatch(new RegExp(`${QUESTIONS} von \\d+ beantwortet`));
    const start = /action="([^"]*\/aufgaben\/[^"]+\/starten)"/.exec(await (await students[0]!.get(`/klassen/meine/${created.classId}`)).text())![1]!;
    expect(redirectTarget(await students[0]!.post(start))).toMatch(/^\/versuch\//);
  });
});
