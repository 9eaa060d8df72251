/**
 * How large a quiz the pool of each text allows under the draw's hard rules alone, against the quiz drawn: the
 * largest set of pool questions of which every two fit together (compatible: one question per fact and sentence,
 * no answer shown in another), with at most `--figures` figures (3 by default), at most four true/false
 * statements balanced 35-65 %, and one "which countries" multi at most, from `--countries-salience` on (MIN_SALIENCE,
 * as the draw has it; 0 for any). An exact search, exponential in the pool: for texts whose quiz is short (under
 * `--under`, 5 by default), whose pools are small.
 *   npx tsx bench/quality/draw-headroom.ts [--under 5] [--figures 3] [--countries-salience 0.35] [--devset DIR]
 */
import { balancedStatements, compatible, drawQuiz, MIN_SALIENCE } from "../../src/bank/quiz";
import type { Question } from "../../src/bank/schema";
import { generateBank } from "../../src/generate/index";
import { readDevset } from "../devset";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const under = argument("--under", 5);
const maxFigures = argument("--figures", 3);
const FIGURE_TOPICS = new Set(["quantity", "member_count", "attendee_count", "member_count_change"]);
const isFigure = (question: Question) => question.type === "numeric" || FIGURE_TOPICS.has(question.topic);
const isCountries = (question: Question) => question.topic === "countries_named" && question.type === "multi";
const minCountriesSalience = argument("--countries-salience", MIN_SALIENCE);

/** The largest sets under the rules (all of the largest size), by an exact search over the pool. */
function largestSets(pool: readonly Question[]): Question[][] {
  const fits = pool.map((a) => pool.map((b) => a !== b && compatible(a, b)));
  let best: number[][] = [];
  let bestSize = 0;
  const chosen: number[] = [];
  const extend = (from: number, figures: number, countries: number, statements: number) => {
    const set = chosen.map((index) => pool[index]!);
    if (balancedStatements(set)) {
      if (chosen.length > bestSize) {
        bestSize = chosen.length;
        best = [];
      }
      if (chosen.length === bestSize) best.push([...chosen]);
    }
    if (chosen.length + (pool.length - from) < bestSize) return;
    for (let index = from; index < pool.length; index++) {
      const question = pool[index]!;
      if (!chosen.every((other) => fits[other]![index])) continue;
      const figure = isFigure(question) ? 1 : 0;
      const country = isCountries(question) ? 1 : 0;
      const statement = question.type === "truefalse" ? 1 : 0;
      if (country && question.salience < minCountriesSalience) continue;
      if (figures + figure > maxFigures || countries + country > 1 || statements + statement > 4) continue;
      chosen.push(index);
      extend(index + 1, figures + figure, countries + country, statements + statement);
      chosen.pop();
    }
  };
  extend(0, 0, 0, 0);
  return best.map((set) => set.map((index) => pool[index]!));
}

const describe = (question: Question) =>
  `${question.type}/${question.topic} s=${question.salience.toFixed(2)}${question.type === "truefalse" ? (question.answer ? " T" : " F") : ""}`;

let short = 0;
let reachable = 0;
for (const { file, text } of readDevset("bench/quality/draw-headroom") ?? []) {
  const id = file.replace(/\.txt$/u, "");
  const pool = generateBank([{ id, text }])[0]?.questions ?? [];
  const quiz = drawQuiz(pool, { seed: id });
  if (quiz.length >= under) continue;
  short++;
  const sets = largestSets(pool);
  const size = sets[0]?.length ?? 0;
  if (size >= under) reachable++;
  // Of the largest sets, the one whose saliences, highest first, rank first.
  const key = (set: readonly Question[]) => set.map((question) => question.salience).sort((a, b) => b - a);
  const lexBetter = (a: number[], b: number[]) => {
    for (let index = 0; index < Math.max(a.length, b.length); index++) if ((a[index] ?? -1) !== (b[index] ?? -1)) return (a[index] ?? -1) > (b[index] ?? -1);
    return false;
  };
  const top = sets.reduce<Question[] | undefined>((winner, set) => (winner === undefined || lexBetter(key(set), key(winner)) ? set : winner), undefined) ?? [];
  console.log(`${file.padEnd(22)} pool ${String(pool.length).padStart(3)} quiz ${quiz.length} largest ${size} (${sets.length} sets)`);
  console.log(`   drawn:   ${quiz.map(describe).join(", ")}`);
  if (size > quiz.length || lexBetter(key(top), key(quiz))) console.log(`   largest: ${top.map(describe).join(", ")}`);
}
console.log(
  `${short} texts with a quiz under ${under}; ${reachable} of them have a set of ${under} under the hard rules (figures <= ${maxFigures}, "which countries" from salience ${minCountriesSalience})`,
);
