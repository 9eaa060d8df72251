/**
 * How steady the default quizzes are under a change of their pools: each devset pool without one of its questions the
 * default quiz does not ask, one at a time, drawn again with the same seed. A quiz whose set of questions then changes
 * moved for a question it never asked, so a pool change shows in articles it did not touch, and comparing two checkouts'
 * quizzes article by article reads noise as effect (round 48: 116 of 1,626 removals, almost all through select's other
 * orders for pools whose greedy draw falls short of five).
 *   npm run --silent quality:stability [-- --devset DIR]
 */
import { drawQuiz } from "../../src/bank/quiz";
import { generateBank } from "../../src/generate/index";
import { readDevset } from "../devset";

const texts = readDevset("bench/quality/draw-stability");
if (texts) {
  let removals = 0;
  let moved = 0;
  const byArticle: string[] = [];
  for (const { file, text } of texts) {
    const id = file.replace(/\.txt$/u, "");
    const pool = generateBank([{ id, text }])[0]?.questions ?? [];
    const asked = new Set(drawQuiz(pool, { seed: id }).map((question) => question.id));
    const unasked = pool.filter((question) => !asked.has(question.id));
    let movedHere = 0;
    for (const left of unasked) {
      const again = drawQuiz(
        pool.filter((question) => question !== left),
        { seed: id },
      );
      if (again.length !== asked.size || again.some((question) => !asked.has(question.id))) movedHere++;
    }
    removals += unasked.length;
    moved += movedHere;
    if (movedHere > 0) byArticle.push(`  ${id.padEnd(20)} ${movedHere} of ${unasked.length}`);
  }
  console.log(`default quizzes of ${texts.length} devset articles, each pool without one question its quiz does not ask:`);
  console.log(`  ${moved} of ${removals} removals change the quiz's questions (${((100 * moved) / Math.max(1, removals)).toFixed(1)} %)`);
  console.log(byArticle.join("\n"));
}
