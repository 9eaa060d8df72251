/** The quizzes, questions and texts the classroom's results refer to, resolved once per request. */
import { getDocument, getQuestion, quizQuestions, quizTitle } from "../../bank";
import type { BankDocument, Question } from "../../bank/schema";
import type { QuizContent, ResultContent } from "./results";

export interface ClassResultContent extends ResultContent {
  /** Quiz titles by quiz id. */
  titles: ReadonlyMap<string, string>;
}

export async function loadResultContent(
  assignments: readonly { quizId: string }[],
  attempts: readonly { questionIds: readonly string[] }[],
): Promise<ClassResultContent> {
  const quizIds = [...new Set(assignments.map((assignment) => assignment.quizId))];
  const quizzes = new Map<string, QuizContent>();
  for (const id of quizIds) {
    const pool = quizQuestions(id);
    if (pool.length > 0) quizzes.set(id, { pool, size: pool.length });
  }
  const questions = new Map<string, Question>();
  for (const id of [...[...quizzes.values()].flatMap((quiz) => quiz.pool.map((question) => question.id)), ...attempts.flatMap((attempt) => attempt.questionIds)]) {
    const question = getQuestion(id);
    if (question) questions.set(id, question);
  }
  const documents = new Map<string, BankDocument>();
  for (const question of questions.values()) {
    const document = getDocument(question.evidence.documentId);
    if (document) documents.set(document.id, document);
  }
  return { quizzes, questions, documents, titles: new Map(quizIds.map((id) => [id, quizTitle(id)])) };
}
