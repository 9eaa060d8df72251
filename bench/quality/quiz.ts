/**
 * The default quiz (what a first attempt gets) of every devset article, measured automatically: pool
 * and quiz size, true/false balance, the question families in the quiz, and how much of the quiz is
 * about the lead (title, teaser and opening sentences as the extractor marks them: what the text is
 * mainly about). The lead share is a proxy for "the most important facts are asked"; whether they are
 * needs a reader. Giveaways: python3 ../shared/tools/quiz_checks.py ../shared/devset.
 *   npm run quality:quiz [-- --devset DIR] [--verbose]
 */
import { drawQuiz } from "../../src/bank/quiz";
import type { Question } from "../../src/bank/schema";
import { extractFacts } from "../../src/extract/index";
import { generateBank } from "../../src/generate/index";
import { readDevset } from "../devset";

const verbose = process.argv.includes("--verbose");
const texts = readDevset("bench/quality/quiz");

interface Row {
  file: string;
  pool: number;
  quiz: number;
  statements: number;
  trueStatements: number;
  fromLead: number;
  claims: number;
}

if (texts) {
  const rows: Row[] = texts.map(({ file, text }) => {
    const id = file.replace(/\.txt$/u, "");
    const [bank] = generateBank([{ id, text }]);
    const pool = bank?.questions ?? [];
    const quiz = drawQuiz(pool, { seed: id });
    const lead = extractFacts(text, { id })
      .passages.flatMap((passage) => passage.sentences)
      .filter((sentence) => sentence.lead !== undefined);
    const inLead = (question: Question) => lead.some((sentence) => question.evidence.start < sentence.end && sentence.start < question.evidence.end);
    const statements = quiz.filter((question) => question.type === "truefalse");
    const row = {
      file,
      pool: pool.length,
      quiz: quiz.length,
      statements: statements.length,
      trueStatements: statements.filter((question) => question.type === "truefalse" && question.answer).length,
      fromLead: quiz.filter(inLead).length,
      claims: quiz.filter((question) => question.topic === "quote" || question.topic === "action").length,
    };
    if (verbose)
      console.log(`${file.padEnd(24)} pool ${String(row.pool).padStart(3)}  quiz ${String(row.quiz).padStart(2)}  lead ${row.fromLead}  claims ${row.claims}`);
    return row;
  });
  const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const sorted = (pick: (row: Row) => number) => rows.map(pick).sort((a, b) => a - b);
  const median = (pick: (row: Row) => number) => sorted(pick)[rows.length >> 1]!;
  const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(0)} %`;
  console.log(`default quiz of ${rows.length} devset articles`);
  console.log(`  pool per article: min ${sorted((row) => row.pool)[0]}, median ${median((row) => row.pool)}, max ${Math.max(...sorted((row) => row.pool))}`);
  console.log(`  quiz per article: min ${sorted((row) => row.quiz)[0]}, median ${median((row) => row.quiz)}, max ${Math.max(...sorted((row) => row.quiz))}`);
  console.log(`  articles with a quiz of 5 or more: ${rows.filter((row) => row.quiz >= 5).length} of ${rows.length}`);
  const quizzesWithStatements = rows.filter((row) => row.statements > 0);
  const balanced = quizzesWithStatements.filter((row) => row.trueStatements / row.statements >= 0.35 && row.trueStatements / row.statements <= 0.65);
  console.log(
    `  true/false: ${sum((row) => row.statements)} statements, ${percent(
      sum((row) => row.trueStatements),
      sum((row) => row.statements),
    )} keyed true; quizzes 35-65 % true: ${balanced.length} of ${quizzesWithStatements.length}`,
  );
  console.log(
    `  from the lead: ${percent(
      sum((row) => row.fromLead),
      sum((row) => row.quiz),
    )} of quiz questions; articles with 3 or more lead questions: ${rows.filter((row) => row.fromLead >= 3).length} of ${rows.length}`,
  );
  console.log(
    `  claims (quote attribution, who did what): ${sum((row) => row.claims)} questions, in ${rows.filter((row) => row.claims > 0).length} of ${rows.length} quizzes`,
  );
}
