/**
 * CPU of making an own text's question pool, in workerd (the Workers runtime): the pure work of the
 * paste-and-generate request (checks, extraction, generation), repeated, timed with performance.now().
 */
import { it } from "vitest";
import { prepareOwnText } from "../../src/worker/own-texts/prepare";
import { benchText } from "./inputs";

const ROUNDS = 15;
const RUNS_PER_ROUND = 10;

it("prepares own texts", () => {
  for (const size of [2_000, 10_000, 20_000, 26_000]) {
    const text = benchText(size);
    for (let warmUp = 0; warmUp < 5; warmUp++) prepareOwnText("t_0000000000000000", { text });
    const rounds: number[] = [];
    let questions = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const start = performance.now();
      for (let run = 0; run < RUNS_PER_ROUND; run++) {
        const prepared = prepareOwnText("t_0000000000000000", { text });
        questions = prepared.ok ? prepared.questions.length : 0;
      }
      rounds.push((performance.now() - start) / RUNS_PER_ROUND);
    }
    rounds.sort((a, b) => a - b);
    console.log(`${String(text.length).padStart(6)} chars ${String(questions).padStart(4)} questions  min ${rounds[0]!.toFixed(2)} ms  median ${rounds[ROUNDS >> 1]!.toFixed(2)} ms`);
  }
});
