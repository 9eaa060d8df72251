/**
 * The mix of a teacher's quizzes (drawCurated) over the devset's articles pasted as own texts: each pool in the
 * own-text flow's order (its default quiz first, src/worker/own-texts/prepare.ts finishOwnText), drawn at the
 * teacher's sizes with a few seeds, and four rounds of a class (each round avoiding what the earlier ones asked). As
 * on the review page, the size is at most what may stand together (curatedPool): an attempt asks no fewer than it
 * says. Per size (first rounds also apart for the pools with more questions that stand together than the size, where
 * the draw has a choice): the share of the commonest type, statements per quiz, their share keyed true, quizzes whose
 * statements are out of balance (balancedStatements), quizzes shorter than the size, and the time a draw takes.
 *   npx tsx bench/quality/curated-mix.ts [-- --devset DIR]
 */
import { balancedStatements, curatedPool, drawCurated, drawQuiz } from "../../src/bank/quiz";
import type { Question } from "../../src/bank/schema";
import { generateBank } from "../../src/generate/index";
import { readDevset } from "../devset";

const SIZES = [10, 12];
const SEEDS = ["a", "b", "c", "d"];
const ROUNDS = 4;

interface Tally {
  quizzes: number;
  questions: number;
  commonestShare: number;
  overTypeShare: number;
  statements: number;
  overStatements: number;
  trues: number;
  unbalanced: number;
  shortOfSize: number;
  milliseconds: number;
}

const emptyTally = (): Tally => ({
  quizzes: 0,
  questions: 0,
  commonestShare: 0,
  overTypeShare: 0,
  statements: 0,
  overStatements: 0,
  trues: 0,
  unbalanced: 0,
  shortOfSize: 0,
  milliseconds: 0,
});

function count(tally: Tally, quiz: readonly Question[], size: number, milliseconds: number): void {
  const types = new Map<string, number>();
  for (const question of quiz) types.set(question.type, (types.get(question.type) ?? 0) + 1);
  const commonest = Math.max(0, ...types.values());
  const statements = quiz.filter((question) => question.type === "truefalse");
  tally.quizzes++;
  tally.questions += quiz.length;
  tally.commonestShare += quiz.length > 0 ? commonest / quiz.length : 0;
  if (commonest > Math.ceil(size * 0.4)) tally.overTypeShare++;
  tally.statements += statements.length;
  if (statements.length > 4) tally.overStatements++;
  tally.trues += statements.filter((question) => question.type === "truefalse" && question.answer).length;
  if (!balancedStatements(quiz)) tally.unbalanced++;
  if (quiz.length < size) tally.shortOfSize++;
  tally.milliseconds += milliseconds;
}

function report(label: string, tally: Tally): string {
  const per = (value: number) => (value / Math.max(1, tally.quizzes)).toFixed(2);
  const percent = (value: number, of: number) => `${((100 * value) / Math.max(1, of)).toFixed(0)} %`;
  return [
    `${label}: ${tally.quizzes} quizzes, ${per(tally.questions)} questions each`,
    `commonest type ${percent(tally.commonestShare, tally.quizzes)} of a quiz (over 40 %: ${tally.overTypeShare})`,
    `statements ${per(tally.statements)} (over 4: ${tally.overStatements}), keyed true ${percent(tally.trues, tally.statements)}, unbalanced ${tally.unbalanced}`,
    `short of the size ${tally.shortOfSize}`,
    `${(tally.milliseconds / Math.max(1, tally.quizzes)).toFixed(2)} ms a draw`,
  ].join("; ");
}

const texts = readDevset("bench/quality/curated-mix");
if (texts) {
  for (const size of SIZES) {
    const first = emptyTally();
    const firstWithChoice = emptyTally();
    let smaller = 0;
    const later = emptyTally();
    for (const { file, text } of texts) {
      const id = file.replace(/\.txt$/u, "");
      const generated = generateBank([{ id, text }])[0]?.questions ?? [];
      const defaultQuiz = drawQuiz(generated, { seed: id });
      const pool = [...defaultQuiz, ...generated.filter((question) => !defaultQuiz.includes(question))];
      const kept = curatedPool(pool).length;
      const quizSize = Math.min(size, kept);
      if (kept < size) smaller++;
      for (const seed of SEEDS) {
        const timesAsked = new Map<string, number>();
        for (let round = 0; round < ROUNDS; round++) {
          const start = performance.now();
          const quiz = drawCurated(pool, { seed: `${seed}${round}`, size: quizSize, timesAsked });
          const milliseconds = performance.now() - start;
          count(round === 0 ? first : later, quiz, quizSize, milliseconds);
          if (round === 0 && kept > size) count(firstWithChoice, quiz, quizSize, milliseconds);
          for (const question of quiz) timesAsked.set(question.id, (timesAsked.get(question.id) ?? 0) + 1);
        }
      }
    }
    console.log(`size ${size}: ${smaller} of ${texts.length} pools have fewer questions that stand together`);
    console.log(report(`size ${size}, first rounds`, first));
    console.log(report(`size ${size}, first rounds of those with more`, firstWithChoice));
    console.log(report(`size ${size}, rounds 2-${ROUNDS}`, later));
  }
}
