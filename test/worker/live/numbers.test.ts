/**
 * A number typed in a live lesson: the projector shows which numbers the class gave most (the three most given, then
 * "andere"), the right one marked (shown even when nobody typed it), without a name: not only how many were right and
 * wrong.
 */
import { expect, it } from "vitest";
import { defaultQuiz, listDocuments } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import { unitAfterOne } from "../../../src/worker/quiz/describe";
import { visibleText } from "../browser";
import { createClass, joinSession, playerSocket, presenterSocket, startSession } from "./helpers";

// A text whose lesson of five asks a number; which place it takes in the quiz is the bank's, not this test's, matter.
const quizId = listDocuments().find((document) =>
  defaultQuiz(document.id)
    .slice(0, 5)
    .some((asked) => asked.type === "numeric"),
)!.id;
const position = defaultQuiz(quizId).findIndex((asked) => asked.type === "numeric") + 1;
const question = defaultQuiz(quizId)[position - 1] as Extract<Question, { type: "numeric" }>;
const german = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 6 });

/** Plays the lesson up to the number: every player types one of `given`; returns the projector's bars as [label, count]. */
async function projectorBars(given: number[], firstAddress: number): Promise<{ bars: [string, number][]; html: string; nicknames: string[] }> {
  const created = await createClass();
  const { code } = await startSession(created, { quizId, anzahl: "5" });
  const presenter = await presenterSocket(created, code);
  const nicknames = given.map((_, player) => `Zahlenfan ${player + 1}`);
  const sockets = [];
  for (const [player, nickname] of nicknames.entries())
    sockets.push(await playerSocket(await joinSession(code, nickname, `203.0.113.${firstAddress + player}`), code));
  await presenter.view("lobby", 0, (view) => view.players === given.length);
  presenter.send({ type: "advance", phase: "lobby", question: 0 });
  // The questions before the number pass unanswered.
  for (let earlier = 1; earlier < position; earlier++) {
    for (const socket of sockets) await socket.view("question", earlier);
    presenter.send({ type: "advance", phase: "question", question: earlier });
    await presenter.view("results", earlier);
    presenter.send({ type: "advance", phase: "results", question: earlier });
    await presenter.view("evidence", earlier);
    presenter.send({ type: "advance", phase: "evidence", question: earlier });
  }
  for (const socket of sockets) await socket.view("question", position);
  for (const [player, socket] of sockets.entries()) socket.send({ type: "answer", question: position, antwort: german.format(given[player]!) });

  const results = await presenter.view("results", position);
  const list = results.html.slice(
    results.html.indexOf('data-testid="histogram"'),
    results.html.indexOf("</ul>", results.html.indexOf('data-testid="histogram"')),
  );
  const bars = [...list.matchAll(/<li[^>]*data-count="(\d+)"[^>]*>([\s\S]*?)<\/li>/g)].map(
    (match) => [visibleText(match[2]!).replace(/\s+\d+$/, ""), Number(match[1])] as [string, number],
  );
  return { bars, html: results.html, nicknames };
}

// Wrong numbers beyond the right range, each its own.
const step = Math.max(1, Math.abs(question.max));
const wrong = [1, 2, 3, 4].map((times) => question.max + times * step);
const unit = question.unit ? ` ${question.unit}` : "";

it("shows the three numbers given most and the rest as 'andere', the right one marked, no names", async () => {
  // The right one three times, the first wrong one twice.
  const given = [question.answer, question.answer, question.answer, wrong[0]!, wrong[0]!, wrong[1]!, wrong[2]!, wrong[3]!];
  const { bars, html, nicknames } = await projectorBars(given, 160);
  expect(bars).toEqual([
    [`${german.format(question.answer)}${unit} ✓ richtig`, 3],
    [`${german.format(wrong[0]!)}${unit}`, 2],
    [`${german.format(wrong[1]!)}${unit}`, 1],
    ["andere", 2],
  ]);
  expect(visibleText(html)).toContain(`3 von ${given.length} richtig`);
  const list = html.slice(html.indexOf('data-testid="histogram"'), html.indexOf("</ul>", html.indexOf('data-testid="histogram"')));
  for (const nickname of nicknames) expect(list).not.toContain(nickname);
});

it("shows the right number after the numbers given most when too few or none typed it", async () => {
  // Nobody types the right number: it still stands on the projector, marked, with no answers.
  const { bars: noneRight } = await projectorBars([wrong[0]!, wrong[0]!, wrong[1]!, wrong[2]!, wrong[3]!], 180);
  expect(noneRight).toEqual([
    [`${german.format(wrong[0]!)}${unit}`, 2],
    [`${german.format(wrong[1]!)}${unit}`, 1],
    [`${german.format(wrong[2]!)}${unit}`, 1],
    [`${german.format(question.answer)}${unit} ✓ richtig`, 0],
    ["andere", 1],
  ]);
  // One typed it, but three wrong numbers were given more often: it is not folded into "andere".
  const given = [wrong[0]!, wrong[0]!, wrong[1]!, wrong[1]!, wrong[2]!, wrong[2]!, question.answer, wrong[3]!];
  const { bars: fewRight } = await projectorBars(given, 200);
  expect(fewRight).toEqual([
    [`${german.format(wrong[0]!)}${unit}`, 2],
    [`${german.format(wrong[1]!)}${unit}`, 2],
    [`${german.format(wrong[2]!)}${unit}`, 2],
    [`${german.format(question.answer)}${unit} ✓ richtig`, 1],
    ["andere", 1],
  ]);
});

it("reads a figure of one with the unit's singular, as the teacher's results do ('1 Staat', not '1 Staaten')", async () => {
  // The unit of the bank's number is a plural whose singular is known (figureWithUnit's rule): the bar must not keep the plural.
  expect(question.unit).toBeDefined();
  const singular = unitAfterOne(question.unit!);
  expect(singular).toBeDefined();
  expect(singular).not.toBe(question.unit);
  const { bars } = await projectorBars([1, 1, question.answer], 220);
  expect(bars).toEqual([
    [`1 ${singular}`, 2],
    [`${german.format(question.answer)}${unit} ✓ richtig`, 1],
  ]);
});
