/**
 * The question bank as the Worker reads it: documents, questions by id, and the questions of a quiz.
 * Built once per isolate from the generated questions/index.ts (validated at build time by
 * `npm run check:bank`, so not parsed again here: that would cost CPU on every cold start).
 */
import { bankFiles } from "../../questions/index";
import type { BankDocument, Question, QuestionType } from "./schema";

/** Quiz id of the mixed quiz across all texts. */
export const MIXED_QUIZ_ID = "gemischt";
/** Quiz id of a retry of wrongly answered questions; its questions are fixed in the attempt. */
export const RETRY_QUIZ_ID = "wiederholen";
/** Quiz id of a review session: questions due again, across all texts (src/worker/review/). */
export const REVIEW_QUIZ_ID = "wiederholung";
/** How many questions the mixed quiz asks. */
export const MIXED_QUIZ_SIZE = 10;

const documents: BankDocument[] = bankFiles.map((file) => file.document);
const documentsById = new Map(documents.map((document) => [document.id, document]));
const questionsByDocument = new Map(bankFiles.map((file) => [file.document.id, file.questions]));
const questionsById = new Map(bankFiles.flatMap((file) => file.questions.map((question) => [question.id, question] as const)));

/** The documents in bank order (the corpus order). */
export function listDocuments(): BankDocument[] {
  return documents;
}

export function getDocument(id: string): BankDocument | undefined {
  return documentsById.get(id);
}

export function getQuestion(id: string): Question | undefined {
  return questionsById.get(id);
}

/**
 * Up to MIXED_QUIZ_SIZE questions, taken in turn from each document so that every text comes up. Each
 * pick prefers the question type used least so far (all types come up) and a topic not yet asked for
 * that document (one question must not give away the answer to another) and a wording not yet in the
 * quiz (a generic stem such as "Welche dieser Länder werden im Text genannt?" would repeat).
 */
function mixedQuestions(): Question[] {
  const mixed: Question[] = [];
  const typeCounts = new Map<QuestionType, number>();
  const topicsAsked = new Map<string, Set<string>>();
  const remaining = new Map(documents.map((document) => [document.id, [...(questionsByDocument.get(document.id) ?? [])]]));
  while (mixed.length < MIXED_QUIZ_SIZE && [...remaining.values()].some((questions) => questions.length > 0)) {
    for (const document of documents) {
      const questions = remaining.get(document.id)!;
      const asked = topicsAsked.get(document.id) ?? new Set<string>();
      const fresh = questions.filter((question) => !asked.has(question.topic) && !mixed.some((other) => other.stem === question.stem));
      const candidates = fresh.length > 0 ? fresh : questions;
      const pick = candidates.reduce<Question | undefined>(
        (best, question) => (!best || (typeCounts.get(question.type) ?? 0) < (typeCounts.get(best.type) ?? 0) ? question : best),
        undefined,
      );
      if (!pick || mixed.length >= MIXED_QUIZ_SIZE) continue;
      mixed.push(pick);
      questions.splice(questions.indexOf(pick), 1);
      typeCounts.set(pick.type, (typeCounts.get(pick.type) ?? 0) + 1);
      topicsAsked.set(document.id, asked.add(pick.topic));
    }
  }
  return mixed;
}

const mixedQuiz = mixedQuestions();

/** The questions of a quiz: a document id or MIXED_QUIZ_ID. Unknown ids (and RETRY_QUIZ_ID) have none. */
export function quizQuestions(quizId: string): Question[] {
  if (quizId === MIXED_QUIZ_ID) return mixedQuiz;
  return questionsByDocument.get(quizId) ?? [];
}

/** The German name of a quiz. */
export function quizTitle(quizId: string): string {
  if (quizId === MIXED_QUIZ_ID) return "Gemischtes Quiz aus allen Texten";
  if (quizId === RETRY_QUIZ_ID) return "Falsch beantwortete Fragen wiederholen";
  if (quizId === REVIEW_QUIZ_ID) return "Wiederholung";
  return getDocument(quizId)?.title ?? "Unbekanntes Quiz";
}
