/**
 * Scoring of a live session. Correctness comes first: the points are the graded scores (1 for a right
 * answer, part of it for a partly right multiple select), and the optional speed bonus only breaks ties
 * between equal points, so a right answer always beats a fast wrong one, over a question and over a game.
 */
import type { PublicQuestion } from "../../bank/public";
import type { Question } from "../../bank/schema";
import { figureWithUnit } from "../quiz/describe";
import type { AnswerRow, PlayerRow, PlayerTotal } from "./store";

/** Tied players in the order a reader expects: "Spieler 2" before "Spieler 11". */
const nicknameOrder = new Intl.Collator("de", { numeric: true });

/** Without a time limit, the speed bonus counts down over this long. */
const BONUS_WINDOW_WITHOUT_TIMER_MS = 30_000;

/** 1 for a right answer given at once, falling to 0 at the end of the time (0 for any answer not fully right). */
export function speedBonus(score: number, elapsedMs: number, timerSeconds: number): number {
  if (score < 1) return 0;
  const window = timerSeconds > 0 ? timerSeconds * 1000 : BONUS_WINDOW_WITHOUT_TIMER_MS;
  return Math.round(Math.max(0, 1 - elapsedMs / window) * 1000) / 1000;
}

export interface Standing {
  learnerId: string;
  nickname: string;
  points: number;
  bonus: number;
  /**
   * 1 for the best; equal results share a rank (1, 1, 3). Undefined at 0 points: a place among players who
   * all have nothing would read as a lead ("Platz 1 von 3" when nobody has answered right yet).
   */
  rank: number | undefined;
  /** How many others share this rank (0 when the rank is this player's alone or there is none). */
  tiedWith: number;
}

/** Every player by points, then (when the bonus is on) by speed bonus; ties share a rank, 0 points has none. */
export function standings(players: PlayerRow[], totals: Map<string, PlayerTotal>, withBonus: boolean): Standing[] {
  const entries = players.map((player) => {
    const total = totals.get(player.learnerId);
    return { learnerId: player.learnerId, nickname: player.nickname, points: total?.points ?? 0, bonus: withBonus ? (total?.bonus ?? 0) : 0 };
  });
  // Sums of fractions (partial credit) are compared in thousandths, so 0.1 + 0.2 ties with 0.3.
  const key = (entry: { points: number; bonus: number }) => `${Math.round(entry.points * 1000)}/${Math.round(entry.bonus * 1000)}`;
  const thousandths = (entry: { points: number; bonus: number }) => [Math.round(entry.points * 1000), Math.round(entry.bonus * 1000)] as const;
  entries.sort((a, b) => thousandths(b)[0] - thousandths(a)[0] || thousandths(b)[1] - thousandths(a)[1] || nicknameOrder.compare(a.nickname, b.nickname));
  const sharing = new Map<string, number>();
  for (const entry of entries) sharing.set(key(entry), (sharing.get(key(entry)) ?? 0) + 1);
  let rank = 0;
  return entries.map((entry, index) => {
    const previous = entries[index - 1];
    if (!previous || key(previous) !== key(entry)) rank = index + 1;
    if (thousandths(entry)[0] === 0) return { ...entry, rank: undefined, tiedWith: 0 };
    return { ...entry, rank, tiedWith: sharing.get(key(entry))! - 1 };
  });
}

/** How a tile is told apart without colour: a letter and a shape. */
export const TILE_SHAPES = ["▲", "◆", "●", "■", "★", "⬟", "⬢", "▼"];
export const tileLetter = (index: number) => String.fromCharCode(65 + index);

/**
 * The looks (colour and shape, tile-N in live.css and TILE_SHAPES) of "Stimmt" and "Stimmt nicht": blue ◆ and ochre ●.
 * Not the first two of the options' turn, red and blue: a red "Stimmt" beside a calm "Stimmt nicht" reads as a verdict
 * before anyone answered, and so would green. Blue and ochre also stay apart for red-green colour blindness.
 */
const TRUE_FALSE_LOOKS = [1, 2] as const;

export interface Tile {
  value: string;
  text: string;
  /** Which colour and shape the tile has (0 to 7): an option's place, or for true/false TRUE_FALSE_LOOKS. */
  look: number;
}

/** The choices a question offers as tiles (single, multiple select, true/false), or none (numbers, gap texts). */
export function tiles(question: Question | PublicQuestion): Tile[] {
  switch (question.type) {
    case "single":
    case "multi":
      return question.options.map((option, index) => ({ value: option.id, text: option.text, look: index }));
    case "truefalse":
      return [
        { value: "wahr", text: "Stimmt", look: TRUE_FALSE_LOOKS[0] },
        { value: "falsch", text: "Stimmt nicht", look: TRUE_FALSE_LOOKS[1] },
      ];
    default:
      return [];
  }
}

export interface HistogramBar {
  /** The tile's index (for its letter), or undefined for the rows of typed answers. */
  tile: number | undefined;
  /** The tile's colour and shape (Tile.look), or undefined for the rows of typed answers. */
  look: number | undefined;
  text: string;
  count: number;
  /** This bar is (part of) the right answer. */
  right: boolean;
  /** The bar is an answer as given (a tile, a typed number), marked where it is right; not an outcome ("Richtig"), which says so itself. */
  given: boolean;
}

export interface Histogram {
  bars: HistogramBar[];
  answered: number;
  /** Answers with full marks. */
  right: number;
}

/** How many of the numbers given the projector shows; the rest count as "andere". */
const MOST_GIVEN_NUMBERS = 3;

/**
 * The answer distribution of one question: picks per tile (a multiple select counts every pick), for a number the
 * numbers given most (MOST_GIVEN_NUMBERS, then "andere": which figures a class believes is what a teacher takes up),
 * for a gap right / partly / wrong. Typed text is never shown on the projector: a gap's might be anything, a number
 * is a number. No name stands beside an answer.
 */
export function histogram(question: Question, answers: AnswerRow[]): Histogram {
  const right = answers.filter((answer) => answer.score >= 1).length;
  if (question.type === "numeric") return { bars: mostGivenNumbers(question, answers), answered: answers.length, right };
  const choices = tiles(question);
  if (choices.length > 0) {
    const picks = new Map<string, number>();
    for (const { response } of answers) {
      const values =
        response.type === "single"
          ? [response.choice]
          : response.type === "multi"
            ? response.choices
            : response.type === "truefalse"
              ? [response.value ? "wahr" : "falsch"]
              : [];
      for (const value of values) picks.set(value, (picks.get(value) ?? 0) + 1);
    }
    const isRight = (value: string) =>
      question.type === "single"
        ? question.answer === value
        : question.type === "multi"
          ? question.answers.includes(value)
          : question.type === "truefalse" && question.answer === (value === "wahr");
    return {
      bars: choices.map((choice, index) => ({
        tile: index,
        look: choice.look,
        text: choice.text,
        count: picks.get(choice.value) ?? 0,
        right: isRight(choice.value),
        given: true,
      })),
      answered: answers.length,
      right,
    };
  }
  const partly = answers.filter((answer) => answer.score > 0 && answer.score < 1).length;
  return {
    bars: [
      { tile: undefined, look: undefined, text: "Richtig", count: right, right: true, given: false },
      ...(partly > 0 ? [{ tile: undefined, look: undefined, text: "Teilweise richtig", count: partly, right: false, given: false }] : []),
      { tile: undefined, look: undefined, text: "Falsch", count: answers.length - right - partly, right: false, given: false },
    ],
    answered: answers.length,
    right,
  };
}

/**
 * The numbers given most, most often first (equal counts: the smaller number first), the right figure after them where
 * none of them is right, then the rest as "andere".
 */
function mostGivenNumbers(question: Extract<Question, { type: "numeric" }>, answers: AnswerRow[]): HistogramBar[] {
  const byValue = new Map<number, { count: number; right: boolean }>();
  for (const { response, score } of answers) {
    if (response.type !== "numeric") continue;
    const entry = byValue.get(response.value) ?? { count: 0, right: score >= 1 };
    entry.count++;
    byValue.set(response.value, entry);
  }
  const most = [...byValue].sort(([a, x], [b, y]) => y.count - x.count || a - b).slice(0, MOST_GIVEN_NUMBERS);
  const bars: HistogramBar[] = most.map(([value, { count, right }]) => ({
    tile: undefined,
    look: undefined,
    text: figureWithUnit(value, question.unit),
    count,
    right,
    given: true,
  }));
  if (!bars.some((bar) => bar.right)) {
    // The right figure stays on the projector even when nobody (or too few to rank) typed it: it is what the class talks about next.
    const typedRight = answers.filter((answer) => answer.response.type === "numeric" && answer.score >= 1).length;
    bars.push({ tile: undefined, look: undefined, text: figureWithUnit(question.answer, question.unit), count: typedRight, right: true, given: true });
  }
  const others = answers.length - bars.reduce((sum, bar) => sum + bar.count, 0);
  if (others > 0) bars.push({ tile: undefined, look: undefined, text: "andere", count: others, right: false, given: false });
  return bars;
}
