/**
 * The adjectives that give a country's gap away ("die russische Propaganda" for "Russland", src/bank/quiz.ts) are
 * made for the countries a draw asks, as it first asks them: not the forms of all 200 countries at the first draw
 * (some 1,100 forms and their filter bits, a few ms of a cold start). Pools written for the test.
 */
import { describe, expect, it, vi } from "vitest";
import * as text from "../../../src/bank/text";
import { Question } from "../../../src/bank/schema";

const gap = (index: number, answer: string, before: string, salience: number) =>
  Question.parse({
    id: `q_${index.toString(16).padStart(8, "0")}`,
    documentId: "doc",
    fact: `term:${index}`,
    topic: "term",
    salience,
    evidence: { documentId: "doc", passageId: "p1", start: index * 100, end: index * 100 + 50, quote: `${before}${answer}.` },
    type: "cloze",
    stem: "Welches Wort fehlt?",
    before,
    after: ".",
    answer,
    accept: [],
  });

describe("country adjectives in the draw", () => {
  it("makes the adjective forms of the asked country only, and still keeps its adjective out beside its gap", async () => {
    const bits = vi.spyOn(text, "wordBits");
    // A module of its own: the forms other tests' draws made are not there yet.
    const path = "../../../src/bank/quiz?cold";
    const { drawQuiz } = (await import(/* @vite-ignore */ path)) as typeof import("../../../src/bank/quiz");
    const pool = [
      gap(0, "Polen", "Die Regierung in Warschau sprach von einem Erfolg für ", 0.9),
      gap(1, "Zollunion", "Die polnischen Bauern protestierten gegen die ", 0.8),
      gap(2, "Traktoren", "Vor dem Parlament standen am Morgen viele ", 0.6),
      gap(3, "Landwirte", "Nach Angaben der Polizei kamen rund dreitausend ", 0.6),
      gap(4, "Minister", "Am Abend empfing der zuständige ", 0.5),
    ];
    const ids = drawQuiz(pool, { seed: "s" }).map((question) => question.id);
    expect(ids).toContain(pool[0]!.id);
    expect(ids).not.toContain(pool[1]!.id);
    // Poland's forms ("polnische", "polnischen", ...) and the keys: a few dozen, not the 1,100 of every country.
    expect(bits.mock.calls.length).toBeLessThan(200);
    bits.mockRestore();
  });
});
