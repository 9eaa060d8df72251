/**
 * The quizzes, questions and texts the classroom's results refer to, resolved once per request through
 * the question source (../content), whether they are bank texts or the class's own texts.
 */
import type { BankDocument, Question } from "../../bank/schema";
import { type Quiz, type QuestionSource, questionSource } from "../content";
import type { ResultContent } from "./results";
import type { Db } from "../../db";

export interface ClassResultContent extends ResultContent {
  quizzes: Map<string, Quiz>;
  questions: Map<string, Question>;
  documents: Map<string, BankDocument>;
  /** Quiz titles by quiz id (assignments) and document id (questions). */
  titles: Map<string, string>;
}

/** The quizzes of the assignments as they are now, and every question the attempts asked, in the versions asked. */
export async function loadContent(
  source: QuestionSource,
  assignments: readonly { quizId: string }[],
  attempts: readonly { questionIds: readonly string[] }[],
): Promise<ClassResultContent> {
  const quizIds = [...new Set(assignments.map((assignment) => assignment.quizId))];
  const quizzes = new Map(
    (await Promise.all(quizIds.map(async (id) => [id, await source.quiz(id)] as const))).flatMap(([id, quiz]) => (quiz ? [[id, quiz] as const] : [])),
  );
  const questions = await source.questions([
    ...[...quizzes.values()].flatMap((quiz) => quiz.pool.map((question) => question.id)),
    ...attempts.flatMap((attempt) => attempt.questionIds),
  ]);
  const documentIds = [...new Set([...questions.values()].map((question) => question.evidence.documentId))];
  const [documents, titles] = await Promise.all([source.documents(documentIds), source.titles([...quizIds, ...documentIds])]);
  return { quizzes, questions, documents, titles };
}

/** As the class's teacher sees it: own texts of this class, drafts included. */
export const loadResultContent = (
  db: Db,
  classId: string,
  assignments: readonly { quizId: string }[],
  attempts: readonly { questionIds: readonly string[] }[],
): Promise<ClassResultContent> => loadContent(questionSource(db, { classId, drafts: true }), assignments, attempts);
