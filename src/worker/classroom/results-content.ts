/**
 * The quizzes, questions and text titles the classroom's results refer to, resolved once per request
 * through the question source (../content), whether they are bank texts or the class's own texts. Quizzes
 * come as outlines (question ids and size): a long own text has hundreds of questions, and the results
 * need only those that were asked.
 */
import type { BankDocument, Question } from "../../bank/schema";
import { type QuestionSource, type QuizOutline, questionSource } from "../content";
import type { Db } from "../../db";

export interface ClassQuizzes {
  quizzes: Map<string, QuizOutline>;
  /** Quiz titles by quiz id (assignments) and document id (questions). */
  titles: Map<string, string>;
}

/** What ./results.ts computes the figures from (a ResultContent), with the quizzes' titles. */
export interface ClassResultContent extends ClassQuizzes {
  questions: Map<string, Question>;
  laterVersions: Map<string, string>;
}

/** The quizzes of the assignments as they are now (outlines) and their titles: what the class overview needs. */
export async function loadQuizzes(source: QuestionSource, assignments: readonly { quizId: string }[]): Promise<ClassQuizzes> {
  const quizIds = [...new Set(assignments.map((assignment) => assignment.quizId))];
  const outlines = await Promise.all(quizIds.map((id) => source.outline(id)));
  const quizzes = new Map(outlines.flatMap((quiz) => (quiz ? [[quiz.id, quiz] as const] : [])));
  return { quizzes, titles: await source.titles(quizIds) };
}

/**
 * The quizzes of the assignments, and every question the results show: those the attempts asked (in the
 * versions asked), and all of a quiz whose every attempt asks all of it (./results.ts, assignmentQuestions).
 */
export async function loadContent(
  source: QuestionSource,
  assignments: readonly { quizId: string }[],
  attempts: readonly { questionIds: readonly string[] }[],
): Promise<ClassResultContent> {
  const { quizzes, titles } = await loadQuizzes(source, assignments);
  const questions = await source.questions([
    ...[...quizzes.values()].filter(asksAll).flatMap((quiz) => quiz.questionIds),
    ...attempts.flatMap((attempt) => attempt.questionIds),
  ]);
  const documentIds = [...new Set([...questions.values()].map((question) => question.evidence.documentId))];
  // Only a question the quizzes no longer hold has a later version: no look-up while there is none.
  const current = new Set([...quizzes.values()].flatMap((quiz) => quiz.questionIds));
  const retiredIn = [...questions.values()].filter((question) => !current.has(question.id)).map((question) => question.evidence.documentId);
  const laterVersions = retiredIn.length > 0 ? await source.laterVersions(retiredIn) : new Map<string, string>();
  return { quizzes, questions, laterVersions, titles: new Map([...titles, ...(await source.titles(documentIds))]) };
}

/** Every attempt asks every question of the quiz. */
export const asksAll = (quiz: { questionIds: readonly string[]; size: number }) => quiz.size >= quiz.questionIds.length;

/** As the class's teacher sees it: own texts of this class, drafts included. */
const teacherSource = (db: Db, classId: string) => questionSource(db, { classId, drafts: true });

export const loadResultContent = (
  db: Db,
  classId: string,
  assignments: readonly { quizId: string }[],
  attempts: readonly { questionIds: readonly string[] }[],
): Promise<ClassResultContent> => loadContent(teacherSource(db, classId), assignments, attempts);

/** The teacher's overview: the quizzes' outlines and titles, no question. */
export const loadClassQuizzes = (db: Db, classId: string, assignments: readonly { quizId: string }[]): Promise<ClassQuizzes> =>
  loadQuizzes(teacherSource(db, classId), assignments);

/** The texts `documentIds` as the class's teacher may read them: where the results show a question's evidence. */
export const loadDocuments = (db: Db, classId: string, documentIds: readonly string[]): Promise<Map<string, BankDocument>> =>
  teacherSource(db, classId).documents(documentIds);
