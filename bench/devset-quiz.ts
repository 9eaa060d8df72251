/**
 * What a pasted article costs: extraction, generation (the whole pool) and quiz assembly (the default
 * quiz a first attempt gets) over every article of the devset, in milliseconds per article; p50, p95
 * and max over the articles. Prints figures only.
 *   npm run bench:quiz [-- --devset DIR]
 */
import { drawQuiz } from "../src/bank/quiz";
import { generateBank } from "../src/generate/index";
import { printTimes, readDevset, timePerArticle } from "./devset";

const texts = readDevset("bench/devset-quiz");
if (texts) {
  const quizOf = (text: string, file: string) => {
    const id = file.replace(/\.txt$/u, "");
    const [bank] = generateBank([{ id, text }]);
    return { pool: bank!.questions.length, quiz: drawQuiz(bank!.questions, { seed: id }).length };
  };
  const sizes = texts.map(({ file, text }) => quizOf(text, file));
  const results = timePerArticle(texts, quizOf);
  console.log(`extraction + generation + quiz over ${results.length} devset articles (ms per article)`);
  printTimes(results);
  const pools = sizes.map((size) => size.pool).sort((a, b) => a - b);
  const quizzes = sizes.map((size) => size.quiz).sort((a, b) => a - b);
  console.log(`  pool per article: min ${pools[0]}, median ${pools[pools.length >> 1]}, max ${pools[pools.length - 1]}`);
  console.log(
    `  quiz per article: min ${quizzes[0]}, median ${quizzes[quizzes.length >> 1]}, max ${quizzes[quizzes.length - 1]}; ${quizzes.filter((size) => size >= 5).length} of ${quizzes.length} with 5 or more questions`,
  );
}
