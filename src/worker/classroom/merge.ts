/**
 * Merging two entries of the same student (a second device, a second nickname): the teacher picks the
 * entry that stays; the other one's work for the class's assignments moves to it, and the other entry
 * is removed. Their own practice outside the class stays with the learner it belongs to.
 *
 * Per assignment:
 * - when the staying entry has no attempt of it, the other entry's attempts move over as they are;
 * - else they are folded into the staying entry's newest attempt: per question the NEWER answer is
 *   kept (at the same moment the better one), the other is deleted, and the attempt asks the questions
 *   of both. That is the rule the dashboard reads by (the newest answer of a student counts, as after a
 *   live session), so a merge changes no figure except that two rows become one.
 *
 * Pure: ./store.ts reads the rows and carries the plan out in one D1 batch.
 */

export interface MergeAttempt {
  id: string;
  assignmentId: string;
  questionIds: readonly string[];
  createdAt: number;
}

export interface MergeAnswer {
  id: number;
  attemptId: string;
  questionId: string;
  score: number;
  createdAt: number;
}

/** One entry's attempts of the class's assignments and their answers. */
export interface MergeSide {
  attempts: readonly MergeAttempt[];
  answers: readonly MergeAnswer[];
}

export interface MergePlan {
  /** Attempts that move to the staying learner as they are. */
  moveAttempts: string[];
  /** Answers that lost against a newer one, deleted first. */
  deleteAnswers: number[];
  /** Answers that move into an attempt of the staying learner. */
  moveAnswers: { attemptId: string; answerIds: number[] }[];
  /** Attempts of the staying learner that now ask more questions. */
  setQuestionIds: { attemptId: string; questionIds: string[] }[];
  /** The other entry's attempts once folded in (what is left of their answers goes with them). */
  deleteAttempts: string[];
}

const newer = (a: MergeAnswer, b: MergeAnswer) => a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.score > b.score);

export function planMerge(leaving: MergeSide, staying: MergeSide): MergePlan {
  const plan: MergePlan = { moveAttempts: [], deleteAnswers: [], moveAnswers: [], setQuestionIds: [], deleteAttempts: [] };
  const assignmentIds = [...new Set(leaving.attempts.map((attempt) => attempt.assignmentId))];
  for (const assignmentId of assignmentIds) {
    const from = leaving.attempts.filter((attempt) => attempt.assignmentId === assignmentId);
    const into = staying.attempts
      .filter((attempt) => attempt.assignmentId === assignmentId)
      .reduce<MergeAttempt | undefined>((newest, attempt) => (!newest || attempt.createdAt > newest.createdAt ? attempt : newest), undefined);
    if (!into) {
      plan.moveAttempts.push(...from.map((attempt) => attempt.id));
      continue;
    }

    const kept = new Map(staying.answers.filter((answer) => answer.attemptId === into.id).map((answer) => [answer.questionId, answer]));
    const fromIds = new Set(from.map((attempt) => attempt.id));
    const moved: number[] = [];
    // The leaving entry's own attempts may answer a question twice (homework and a live session): newest first.
    const candidates = leaving.answers.filter((answer) => fromIds.has(answer.attemptId)).sort((a, b) => (newer(a, b) ? -1 : newer(b, a) ? 1 : 0));
    const seen = new Set<string>();
    for (const answer of candidates) {
      if (seen.has(answer.questionId)) continue;
      seen.add(answer.questionId);
      const existing = kept.get(answer.questionId);
      if (existing && !newer(answer, existing)) continue;
      if (existing) plan.deleteAnswers.push(existing.id);
      moved.push(answer.id);
    }
    if (moved.length > 0) plan.moveAnswers.push({ attemptId: into.id, answerIds: moved });

    const questionIds = [...into.questionIds];
    const known = new Set(questionIds);
    for (const attempt of from) {
      for (const id of attempt.questionIds) {
        if (known.has(id)) continue;
        known.add(id);
        questionIds.push(id);
      }
    }
    if (questionIds.length > into.questionIds.length) plan.setQuestionIds.push({ attemptId: into.id, questionIds });
    plan.deleteAttempts.push(...from.map((attempt) => attempt.id));
  }
  return plan;
}
