/** "Mein Fortschritt", computed from the stored answers (no counters are kept: they would cost writes). */
import { listDocuments, quizPool } from "../../bank";
import type { BankDocument, Question } from "../../bank/schema";
import { isCorrect } from "../../bank/grade";
import type { QuestionSource } from "../content";
import { attemptUrl, questionUrl } from "./attempts";
import type { AttemptSummary, LearnerAnswer } from "./store";

export type DocumentProgress = {
  document: BankDocument;
  questionCount: number;
  /** Questions answered at least once. */
  answered: number;
  /** Questions whose latest answer was fully right. */
  right: number;
  /** Sum of the latest scores. */
  points: number;
};

export type WrongQuestion = { question: Question; score: number; feedbackUrl: string };
export type AttemptResult = { url: string; title: string; answered: number; total: number; points: number; createdAt: Date };

export type Progress = {
  documents: DocumentProgress[];
  wrong: WrongQuestion[];
  unfinished: AttemptResult[];
  finished: AttemptResult[];
};

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

export function computeProgress(attempts: AttemptSummary[], answers: LearnerAnswer[], content: ProgressContent): Progress {
  const questionsOf = (attempt: { questionIds: string[] }) => attempt.questionIds.flatMap((id) => content.questions.get(id) ?? []);
  const attemptsById = new Map(attempts.map((attempt) => [attempt.id, attempt]));
  // Oldest first, so the latest answer to a question wins.
  const latest = new Map<string, LearnerAnswer>();
  for (const answer of answers) latest.set(answer.questionId, answer);

  const documents = listDocuments().map((document) => {
    const questions = quizPool(document.id);
    const latestOfDocument = questions.flatMap((question) => latest.get(question.id) ?? []);
    return {
      document,
      questionCount: questions.length,
      answered: latestOfDocument.length,
      right: latestOfDocument.filter((answer) => isCorrect(answer.score)).length,
      points: latestOfDocument.reduce((sum, answer) => sum + answer.score, 0),
    };
  });

  const wrong = [...latest.values()].flatMap((answer) => {
    const question = content.questions.get(answer.questionId);
    const attempt = attemptsById.get(answer.attemptId);
    if (!question || !attempt || isCorrect(answer.score)) return [];
    const position = questionsOf(attempt).findIndex((candidate) => candidate.id === answer.questionId) + 1;
    return [{ question, score: answer.score, feedbackUrl: questionUrl(attempt.id, position) }];
  });

  const pointsByAttempt = new Map<string, number>();
  for (const answer of answers) pointsByAttempt.set(answer.attemptId, (pointsByAttempt.get(answer.attemptId) ?? 0) + answer.score);
  const results = attempts.map((attempt) => ({
    url: attemptUrl(attempt.id),
    title: content.titles.get(attempt.quizId) ?? attempt.quizId,
    answered: attempt.answered,
    total: questionsOf(attempt).length,
    points: pointsByAttempt.get(attempt.id) ?? 0,
    createdAt: attempt.createdAt,
  }));

  return {
    documents,
    wrong,
    unfinished: results.filter((result) => result.answered < result.total),
    finished: results.filter((result) => result.answered >= result.total),
  };
}
