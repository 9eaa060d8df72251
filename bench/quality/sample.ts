/**
 * A uniform random sample of the questions of the default quizzes (what a first attempt gets) of the
 * devset articles, for a reader to judge by the rubric in docs/quality.md. Seeded, so the lead and
 * the reader draw the same sample; the JSON has the shape of docs/quality/judgement-devset.json's
 * sample (n, article, positionInQuiz, question).
 *   npm run --silent quality:sample -- [--n 80] [--seed 20261202] [--devset DIR] > sample.json
 */
import { drawQuiz } from "../../src/bank/quiz";
import { generateBank } from "../../src/generate/index";
import { readDevset } from "../devset";

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};

/** mulberry32: a small seeded generator, so the sample does not depend on the platform. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const texts = readDevset("bench/quality/sample");
if (texts) {
  const all = texts.flatMap(({ file, text }) => {
    const id = file.replace(/\.txt$/u, "");
    const [bank] = generateBank([{ id, text }]);
    return drawQuiz(bank!.questions, { seed: id }).map((question, index) => ({ article: file, positionInQuiz: index + 1, question }));
  });
  const next = random(option("--seed", 20261202));
  // A partial Fisher-Yates shuffle: the first n of a uniform permutation.
  const n = Math.min(option("--n", 80), all.length);
  for (let index = 0; index < n; index++) {
    const other = index + Math.floor(next() * (all.length - index));
    [all[index], all[other]] = [all[other]!, all[index]!];
  }
  const sample = all
    .slice(0, n)
    .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.positionInQuiz - b.positionInQuiz))
    .map((entry, index) => ({ n: index + 1, ...entry }));
  console.log(JSON.stringify(sample, null, 1));
}
