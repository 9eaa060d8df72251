/**
 * Why the default quiz of a text leaves out each pool question: the first chosen question it clashes
 * with (same fact, same sentence, same key, one shows the other's key, same foil; else any clash of the draw's own
 * fit: a key form shown, one event, shared words), or, where it fits
 * all of them, a limit of the draw (salience, figures, statements, balance).
 *   npx tsx bench/quality/draw-why.ts [--under 5] [--devset DIR]
 */
import { answerTexts, compatible, drawQuiz, shownText } from "../../src/bank/quiz";
import type { Question } from "../../src/bank/schema";
import { containsAcronym, containsPhrase, foldSpaces, foldText, isAcronym } from "../../src/bank/text";
import { generateBank } from "../../src/generate/index";
import { readDevset } from "../devset";

const underIndex = process.argv.indexOf("--under");
const under = underIndex === -1 ? Number.POSITIVE_INFINITY : Number(process.argv[underIndex + 1]);
const texts = readDevset("bench/quality/draw-why");

const keysOf = (question: Question) =>
  answerTexts(question)
    .map(foldText)
    .filter((key) => key.length >= 2 || /\d/u.test(key));
const optionTextsOf = (question: Question) =>
  question.type === "single" || question.type === "multi" ? question.options.map((option) => option.text).join(" | ") : "";
/** Whether `text` shows `answer` as the draw reads it: folded, and an acronym ("IST") as such, not as a common word ("ist"). */
const shows = (text: string, answer: string) =>
  containsPhrase(foldText(text), foldText(answer)) && (!isAcronym(answer) || containsAcronym(foldSpaces(text), foldSpaces(answer)));
const factsOf = (question: Question) => [question.fact, ...(question.alsoAbout ?? [])];

/** Why `a` and `b` may not stand together, or undefined. */
function clash(a: Question, b: Question): string | undefined {
  const shared = factsOf(a).find((fact) => factsOf(b).includes(fact));
  if (shared) return `same fact ${shared}`;
  if (a.evidence.start === b.evidence.start) return "same sentence";
  const key = keysOf(a).find((k) => keysOf(b).includes(k));
  if (key) return `same key "${key}"`;
  for (const [x, y, way] of [
    [a, b, "shows its key"],
    [b, a, "its key is shown"],
  ] as const) {
    for (const answer of answerTexts(y)) {
      if (!keysOf(y).includes(foldText(answer))) continue;
      if (shows(shownText(x), answer)) return `${way} "${foldText(answer)}" (text)`;
      const produced = y.type === "cloze" || y.type === "numeric";
      if (produced && optionTextsOf(x) !== "" && shows(optionTextsOf(x), answer)) return `${way} "${foldText(answer)}" (options)`;
    }
  }
  return undefined;
}

const describe = (question: Question) =>
  `${question.type.padEnd(9)} ${question.topic.padEnd(14)} s=${question.salience.toFixed(2)} ${question.type === "truefalse" ? (question.answer ? "T " : "F ") : ""}${(question.type === "truefalse" ? question.statement : `${question.stem} ${question.type === "cloze" || question.type === "numeric" ? `${question.before ?? ""}___${question.after ?? ""}` : ""}`).slice(0, 110)}`;

for (const { file, text } of texts ?? []) {
  const id = file.replace(/\.txt$/u, "");
  const [bank] = generateBank([{ id, text }]);
  const pool = bank?.questions ?? [];
  const quiz = drawQuiz(pool, { seed: id });
  if (quiz.length >= under) continue;
  console.log(`\n== ${file}: pool ${pool.length}, quiz ${quiz.length}`);
  for (const question of quiz) console.log(`  IN   ${describe(question)}`);
  for (const question of [...pool].sort((a, b) => b.salience - a.salience)) {
    if (quiz.includes(question)) continue;
    const blockers = quiz.map((chosen) => [chosen, clash(chosen, question)] as const).filter(([, reason]) => reason);
    // The reasons above are the plain ones; the draw's fit also sees a key's genitive or a country's adjective shown,
    // one event told twice, statements sharing a run of words, a borrowed office shown.
    const unfit = blockers.length ? [] : quiz.filter((chosen) => !compatible(chosen, question));
    const why = blockers.length
      ? blockers.map(([chosen, reason]) => `${reason} with ${chosen.type}/${chosen.topic}`).join("; ")
      : unfit.length
        ? unfit.map((chosen) => `clashes by the draw's fit (key form, event, words, office) with ${chosen.type}/${chosen.topic}`).join("; ")
        : "fits every chosen question: a limit (salience stage, figures, statements, balance)";
    console.log(`  OUT  ${describe(question)}\n         ${why}`);
  }
}
