/**
 * Every question of the devset's pools ("P" lines) and of their default quizzes in draw order ("Q" lines), one line
 * each: id, topic/type, salience, stem, and what is asked with its key. Run in two checkouts and `diff` the outputs
 * to see exactly which questions a change adds, removes or rewords, and which quizzes it changes.
 *   npm run --silent quality:dump [-- --devset DIR] > checkout.dump
 */
import { drawQuiz } from "../../src/bank/quiz";
import type { Question } from "../../src/bank/schema";
import { generateBank } from "../../src/generate/index";
import { readDevset } from "../devset";

/** One question on one line: what it asks and its key (marked with asterisks among options). */
function line(question: Question): string {
  const head = `${question.id} ${question.topic}/${question.type} s=${question.salience.toFixed(3)} | ${question.stem}`;
  const marked = (options: readonly { id: string; text: string }[], right: readonly string[]) =>
    options.map((option) => (right.includes(option.id) ? `*${option.text}*` : option.text)).join(" / ");
  const asked = (() => {
    switch (question.type) {
      case "truefalse":
        return `«${question.statement}» => ${question.answer ? "Stimmt" : "Stimmt nicht"}${question.correction ? ` [${question.correction}]` : ""}`;
      case "single":
        return marked(question.options, [question.answer]);
      case "multi":
        return marked(question.options, question.answers);
      case "numeric":
        return `${question.before ?? ""}___${question.after ?? ""} => ${question.answerText} [${question.min}..${question.max}]`;
      case "cloze":
        return `${question.before}___${question.after} => ${[question.answer, ...question.accept].join(", ")}`;
    }
  })();
  return `${head} | ${asked}`.replace(/\s*\n\s*/gu, " ");
}

const texts = readDevset("bench/quality/devset-dump");
if (texts) {
  for (const { file, text } of texts) {
    const id = file.replace(/\.txt$/u, "");
    const pool = generateBank([{ id, text }])[0]?.questions ?? [];
    for (const question of pool) console.log(`P ${id} ${line(question)}`);
    for (const question of drawQuiz(pool, { seed: id })) console.log(`Q ${id} ${line(question)}`);
  }
}
