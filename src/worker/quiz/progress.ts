/** "Mein Fortschritt", computed from the stored answers (no counters are kept: they would cost writes). */
import { listDocuments, quizPool } from "../../bank";
import type { BankDocument, Question } from "../../bank/schema";
import { isCorrect } from "../../bank/grade";
import { type LearnerOwnText, practisable, type QuestionSource } from "../content";
import { attemptUrl, questionUrl } from "./attempts";
import type { AttemptSummary, LearnerAnswer } from "./store";

export type DocumentProgress = {
  /** A bank document, or an own text of one of the learner's classes. */
  document: Pick<BankDocument, "id" | "title">;
  questionCount: number;
  /** Questions answered at least once. */
  answered: number;
  /** Questions whose latest answer was fully right. */
  right: number;
  /** Sum of the latest scores. */
  points: number;
  /** The best finished quiz of this text. */
  best: Score | undefined;
  /**
   * Of an own text: questions the learner answered whose version the teacher has changed or deleted since. The card counts
   * current versions only, so its figures went down; the page says why.
   */
  changedSinceAnswered: number;
};

export type Score = { points: number; total: number };

/** A question whose latest answer was wrong, in the attempt `attemptId`. */
/** `documentTitle`: the title of the question's text; two texts may ask the same stem ("Wie viele Staaten …?"). */
export type WrongQuestion = { question: Question; documentTitle: string | undefined; score: number; attemptId: string; feedbackUrl: string };
export type AttemptResult = { id: string; quizId: string; url: string; title: string; answered: number; total: number; points: number; createdAt: Date };

export type Progress = {
  documents: DocumentProgress[];
  wrong: WrongQuestion[];
  unfinished: AttemptResult[];
  finished: AttemptResult[];
};

const share = (score: Score) => (score.total > 0 ? score.points / score.total : 0);

/**
 * The learner's best finished attempt at a quiz (by share of points: rounds may differ in length),
 * leaving out `except` (the attempt being shown, to tell whether it beat the others).
 */
export function personalBest(results: AttemptResult[], quizId: string, except?: string): Score | undefined {
  return results
    .filter((result) => result.quizId === quizId && result.id !== except && result.total > 0 && result.answered >= result.total)
    .map((result) => ({ points: result.points, total: result.total }))
    .reduce<Score | undefined>((best, score) => (!best || share(score) > share(best) ? score : best), undefined);
}

/** Right answers in a row, counting back from the latest (the streak in the quiz header). */
export function rightInARow(answers: { score: number; createdAt: Date }[]): number {
  const newestFirst = [...answers].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const firstMiss = newestFirst.findIndex((answer) => !isCorrect(answer.score));
  return firstMiss < 0 ? newestFirst.length : firstMiss;
}

/** What the progress page needs from the question source: every question of the attempts, and their titles. */
export interface ProgressContent {
  questions: Map<string, Question>;
  titles: Map<string, string>;
}

export async function progressContent(source: QuestionSource, attempts: AttemptSummary[]): Promise<ProgressContent> {
  const [questions, titles] = await Promise.all([
    source.questions(attempts.flatMap((attempt) => attempt.questionIds)),
    source.titles(attempts.map((attempt) => attempt.quizId)),
  ]);
  return { questions, titles };
}

/** How many of an attempt's questions are still there (a regenerated bank may have dropped some). */
const questionCount = (attempt: { questionIds: string[] }, content: ProgressContent) => attempt.questionIds.filter((id) => content.questions.has(id)).length;

/** Every attempt with its title, progress and points, newest first. */
export function attemptResults(attempts: AttemptSummary[], content: ProgressContent): AttemptResult[] {
  return attempts.map((attempt) => ({
    id: attempt.id,
    quizId: attempt.quizId,
    url: attemptUrl(attempt.id),
    title: content.titles.get(attempt.quizId) ?? attempt.quizId,
    answered: attempt.answered,
    total: questionCount(attempt, content),
    points: attempt.points,
    createdAt: attempt.createdAt,
  }));
}

/** A text's card: its questions now, the latest answer to each, the best finished attempt of its quiz. */
function textProgress(
  document: Pick<BankDocument, "id" | "title">,
  questionIds: readonly string[],
  latest: Map<string, LearnerAnswer>,
  results: AttemptResult[],
): DocumentProgress {
  const latestOfText = questionIds.flatMap((id) => latest.get(id) ?? []);
  return {
    document,
    questionCount: questionIds.length,
    answered: latestOfText.length,
    right: latestOfText.filter((answer) => isCorrect(answer.score)).length,
    points: latestOfText.reduce((sum, answer) => sum + answer.score, 0),
    best: personalBest(results, document.id),
    changedSinceAnswered: 0,
  };
}

/** The learner's answered questions of an own text that are no longer current (changed or deleted by the teacher). */
function answeredRetiredVersions(text: LearnerOwnText, latest: Map<string, LearnerAnswer>, content: ProgressContent): number {
  const current = new Set(text.questionIds);
  return [...latest.keys()].filter((id) => !current.has(id) && content.questions.get(id)?.documentId === text.id).length;
}

/**
 * The learner's progress. `ownTexts` are the published own texts of the learner's classes: each one the
 * learner has been asked questions of (an assignment, a live lesson) gets a card before the bank's texts,
 * counting the current versions of those questions (answers to retired ones no longer count there, and the card says how many
 * of those there are: changedSinceAnswered); and a wrong answer is offered to
 * retry only while its question can still be asked (a bank question, a current own one).
 */
export function computeProgress(attempts: AttemptSummary[], answers: LearnerAnswer[], content: ProgressContent, ownTexts: readonly LearnerOwnText[]): Progress {
  const questionsOf = (attempt: { questionIds: string[] }) => attempt.questionIds.flatMap((id) => content.questions.get(id) ?? []);
  const attemptsById = new Map(attempts.map((attempt) => [attempt.id, attempt]));
  // Oldest first, so the latest answer to a question wins.
  const latest = new Map<string, LearnerAnswer>();
  for (const answer of answers) latest.set(answer.questionId, answer);

  const results = attemptResults(attempts, content);
  // An own text's learner meets only the questions its assignments and lessons ask, not its whole pool
  // (a long text has hundreds): its card counts those, of the rounds begun. A round just started, nothing answered
  // yet, would add questions the learner has not seen ("10 von 20" after clicking "Noch eine Runde üben").
  const asked = new Set(attempts.filter((attempt) => attempt.answered > 0).flatMap((attempt) => attempt.questionIds));
  const ownDocuments = ownTexts
    .map((text) => ({
      ...textProgress(
        { id: text.id, title: text.title },
        text.questionIds.filter((id) => asked.has(id)),
        latest,
        results,
      ),
      changedSinceAnswered: answeredRetiredVersions(text, latest, content),
    }))
    .filter((entry) => entry.questionCount > 0);
  const bankDocuments = listDocuments().map((document) =>
    textProgress(
      document,
      quizPool(document.id).map((question) => question.id),
      latest,
      results,
    ),
  );
  const documents = [...ownDocuments, ...bankDocuments];
  const canAskAgain = practisable(ownTexts);
  const documentTitles = new Map<string, string>([
    ...ownTexts.map((text) => [text.id, text.title] as const),
    ...listDocuments().map((document) => [document.id, document.title] as const),
  ]);

  const wrong = [...latest.values()].flatMap((answer) => {
    const question = content.questions.get(answer.questionId);
    const attempt = attemptsById.get(answer.attemptId);
    if (!question || !attempt || isCorrect(answer.score) || !canAskAgain(answer.questionId)) return [];
    const position = questionsOf(attempt).findIndex((candidate) => candidate.id === answer.questionId) + 1;
    return [
      {
        question,
        documentTitle: documentTitles.get(question.documentId),
        score: answer.score,
        attemptId: attempt.id,
        feedbackUrl: questionUrl(attempt.id, position),
      },
    ];
  });

  return {
    documents,
    wrong,
    unfinished: results.filter((result) => result.answered < result.total),
    finished: results.filter((result) => result.answered >= result.total),
  };
}
