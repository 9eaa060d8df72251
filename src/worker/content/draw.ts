/**
 * Which questions of a quiz's pool one attempt asks. A bank quiz asks its whole pool; an own text's
 * quiz asks as many as the teacher chose, a different draw per attempt (seeded with the attempt's
 * id, so the same attempt always gets the same questions), kept in the teacher's order.
 */
import type { Question } from "../../bank/schema";
import { hash } from "../../shared/hash";

export function drawQuestions(quiz: { pool: readonly Question[]; size: number }, seed: string): Question[] {
  if (quiz.size >= quiz.pool.length) return [...quiz.pool];
  const drawn = new Set(
    [...quiz.pool]
      .sort((a, b) => hash(seed, a.id) - hash(seed, b.id) || (a.id < b.id ? -1 : 1))
      .slice(0, Math.max(0, quiz.size))
      .map((question) => question.id),
  );
  return quiz.pool.filter((question) => drawn.has(question.id));
}
