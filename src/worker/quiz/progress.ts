/** "Mein Fortschritt", computed from the stored answers (no counters are kept: they would cost writes). */
import { getQuestion, listDocuments, quizPool, quizTitle } from "../../bank";
import type { BankDocument, Question } from "../../bank/schema";
import { isCorrect } from "../../bank/grade";
import { attemptQuestions, attemptUrl, questionUrl } from "./attempts";
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

export function computeProgress(attempts: AttemptSummary[], answers: LearnerAnswer[]): Progress {
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
    const question = getQuestion(answer.questionId);
    const attempt = attemptsById.get(answer.attemptId);
    if (!question || !attempt || isCorrect(answer.score)) return [];
    const position = attemptQuestions(attempt).findIndex((candidate) => candidate.id === answer.questionId) + 1;
    return [{ question, score: answer.score, feedbackUrl: questionUrl(attempt.id, position) }];
  });

  const pointsByAttempt = new Map<string, number>();
  for (const answer of answers) pointsByAttempt.set(answer.attemptId, (pointsByAttempt.get(answer.attemptId) ?? 0) + answer.score);
  const results = attempts.map((attempt) => ({
    url: attemptUrl(attempt.id),
    title: quizTitle(attempt.quizId),
    answered: attempt.answered,
    total: attemptQuestions(attempt).length,
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
