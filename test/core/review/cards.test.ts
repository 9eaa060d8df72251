/** The rating of an answer, near misses, the queue and its German times. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { isNearMiss, Rating, ratingFor, reviewCard, type StoredCard } from "../../../src/worker/review/cards";
import { reviewQueue, whenDue } from "../../../src/worker/review/queue";

const evidence = { documentId: "d", passageId: "p1", start: 0, end: 5, quote: "12000" };
const base = {
  id: "q_00000001",
  documentId: "d",
  topic: "quantity" as const,
  fact: "quantity:12000",
  salience: 1,
  stem: "Wie viele?",
  evidence,
  moreEvidence: [],
};
const numeric: Question = { ...base, type: "numeric", answer: 12_000, min: 12_000, max: 12_000, unit: "Soldaten", answerText: "12.000" };
const typed = (value: number) => ({ type: "numeric" as const, value, typed: String(value) });

describe("near misses in figures", () => {
  it("within 10 % of the text's figure, outside the accepted range", () => {
    expect(isNearMiss(numeric, typed(11_000))).toBe(true);
    expect(isNearMiss(numeric, typed(13_200))).toBe(true);
    expect(isNearMiss(numeric, typed(10_700))).toBe(false);
    expect(isNearMiss(numeric, typed(12_000)), "right is not a miss").toBe(false);
    expect(isNearMiss(numeric, { type: "cloze", text: "11000" })).toBe(false);
  });
  it("a hedged range widens the near band from its edges", () => {
    const hedged: Question = { ...numeric, answer: 100, min: 90, max: 110 };
    expect(isNearMiss(hedged, typed(119))).toBe(true);
    expect(isNearMiss(hedged, typed(121))).toBe(false);
  });
  it("a figure of 0 has no near band", () => {
    expect(isNearMiss({ ...numeric, answer: 0, min: 0, max: 0 }, typed(1))).toBe(false);
  });
});

describe("ratings", () => {
  it("right is Good, partly right or a near miss Hard, wrong Again", () => {
    expect(ratingFor(numeric, typed(12_000), 1)).toBe(Rating.Good);
    expect(ratingFor(numeric, typed(11_500), 0)).toBe(Rating.Hard);
    expect(ratingFor(numeric, typed(5), 0)).toBe(Rating.Again);
    expect(ratingFor({ ...base, type: "multi", options: [], answers: ["a", "b"] }, { type: "multi", choices: ["a"] }, 0.5)).toBe(Rating.Hard);
  });
});

describe("the queue", () => {
  const now = Date.UTC(2026, 4, 4, 10);
  const at = (minutes: number) => reviewCard(undefined, Rating.Again, new Date(now + (minutes - 10) * 60_000));
  const cards: Record<string, StoredCard> = { q_b: at(-5), q_a: at(-30), q_gone: at(-60), q_later: at(90) };
  const queue = reviewQueue(cards, now, (id) => id !== "q_gone");
  it("the longest overdue first; cards of questions that are gone left out", () => {
    expect(queue.due).toEqual(["q_a", "q_b"]);
    expect(queue.total).toBe(3);
    expect(queue.nextDue).toBe(now + 90 * 60_000);
  });
});

describe("when something is due, in German", () => {
  const now = Date.UTC(2026, 4, 4, 10); // 12:00 in Berlin
  const hours = (count: number) => now + count * 3_600_000;
  it.each([
    [now - 1, "jetzt"],
    [now + 30_000, "in 1 Minute"],
    [now + 10 * 60_000, "in 10 Minuten"],
    [hours(3), "in 3 Stunden"],
    [hours(20), "morgen"],
    [hours(24 * 4), "in 4 Tagen"],
    [hours(24 * 30), "am 3. Juni"],
  ])("%s", (time, text) => {
    expect(whenDue(time, now)).toBe(text);
  });
});
