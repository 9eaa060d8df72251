/**
 * Which questions of a quiz's pool one attempt asks (src/bank/quiz.ts has the rules), seeded so the
 * same attempt always gets the same questions. A bank quiz: a selection by salience without
 * giveaways; the first round of a text's quiz is its default quiz (seeded with the quiz id). An own
 * text's quiz: as many as the teacher chose, each fact and sentence once, no giveaway, the teacher's
 * order deciding between two that clash; asked with the types mixed.
 * Questions in `avoid` (asked in the learner's earlier rounds) come only when nothing else fits; those in
 * `timesAsked` (asked in a class's earlier lessons) likewise, the most often asked last.
 */
import { drawBankQuiz } from "../../bank";
import { drawCurated } from "../../bank/quiz";
import type { Question } from "../../bank/schema";
import type { Quiz } from "./index";

export function drawQuestions(
  quiz: Pick<Quiz, "id" | "origin" | "pool" | "size">,
  seed: string,
  avoid?: ReadonlySet<string>,
  timesAsked?: ReadonlyMap<string, number>,
): Question[] {
  if (quiz.origin === "own") return drawCurated(quiz.pool, { seed, avoid, timesAsked, size: quiz.size });
  // A bank quiz's draw knows asked or not, not how often.
  return drawBankQuiz(quiz.id, seed, timesAsked ? new Set([...(avoid ?? []), ...timesAsked.keys()]) : avoid);
}
