/**
 * The question bank as the Worker reads it: documents, questions by id, the pool of each quiz and the
 * questions one attempt draws from it. Built once per isolate from the generated questions/index.ts
 * (validated at build time by `npm run check:bank`, so not parsed again here: that would cost CPU on
 * every cold start).
 */
import { bankFiles } from "../../questions/index";
import { hashHex } from "../shared/hash";
import { drawMixedQuiz, drawQuiz, keepProfiles, MIXED_QUIZ_SIZE, givenAwayByTitle } from "./quiz";
import type { BankDocument, Question } from "./schema";

export { MIXED_QUIZ_SIZE };

/** Quiz id of the mixed quiz across all texts. */
export const MIXED_QUIZ_ID = "gemischt";
/** Quiz id of a retry of wrongly answered questions; its questions are fixed in the attempt. */
export const RETRY_QUIZ_ID = "wiederholen";
/** Quiz id of a review session: questions due again, across all texts (src/worker/review/). */
export const REVIEW_QUIZ_ID = "wiederholung";

const documents: BankDocument[] = bankFiles.map((file) => file.document);
const documentsById = new Map(documents.map((document) => [document.id, document]));
const questionsByDocument = new Map(bankFiles.map((file) => [file.document.id, file.questions]));
const questionsById = new Map(bankFiles.flatMap((file) => file.questions.map((question) => [question.id, question] as const)));
/** What an attempt may ask of each text: its pool without the questions whose answer the title shows. */
const askableByDocument = new Map(
  bankFiles.map((file) => {
    const givenAway = givenAwayByTitle(file.document.title);
    return [file.document.id, file.questions.filter((question) => !givenAway(question))];
  }),
);
// Every attempt draws from these pools: what the draw works out about their questions is kept for the next.
keepProfiles(askableByDocument.values());

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

/** Every question a quiz may ask: a document's pool, or all pools for MIXED_QUIZ_ID. Unknown ids (and RETRY_QUIZ_ID) have none. */
export function quizPool(quizId: string): readonly Question[] {
  if (quizId === MIXED_QUIZ_ID) return [...questionsById.values()];
  return questionsByDocument.get(quizId) ?? [];
}

/**
 * What tells one deploy's quiz of a bank text from another's: the title and the ids of its pool, which are content
 * hashes (a regenerated question gets a new one). "" for an id the bank does not know (an own text has its own
 * version in D1). Hashing costs some 13 µs for the largest pool (76 questions), 40 µs for the mixed quiz (all 262).
 */
export function bankQuizVersion(quizId: string): string {
  const pool = quizPool(quizId);
  return pool.length > 0 ? hashHex(quizTitle(quizId), ...pool.map((question) => question.id)) : "";
}

/**
 * The questions one attempt asks, in order: drawn from the quiz's pool by the seed, preferring
 * questions not in `avoid` (asked in earlier rounds).
 */
export function drawBankQuiz(quizId: string, seed: string, avoid?: ReadonlySet<string>): Question[] {
  if (quizId === MIXED_QUIZ_ID) {
    return drawMixedQuiz(
      documents.map((document) => askableByDocument.get(document.id) ?? []),
      { seed, avoid },
    );
  }
  const pool = askableByDocument.get(quizId);
  return pool ? drawQuiz(pool, { seed, avoid }) : [];
}

const defaultQuizzes = new Map<string, Question[]>();

/**
 * The quiz a first attempt gets (seeded by the quiz id): what the catalog counts and `cli quiz` prints.
 * Later rounds and the mixed quiz draw anew per attempt.
 */
export function defaultQuiz(quizId: string): Question[] {
  let questions = defaultQuizzes.get(quizId);
  if (!questions) {
    questions = drawBankQuiz(quizId, quizId);
    if (questions.length > 0) defaultQuizzes.set(quizId, questions);
  }
  return questions;
}

/** The German name of a quiz. */
export function quizTitle(quizId: string): string {
  if (quizId === MIXED_QUIZ_ID) return "Gemischtes Quiz aus allen Texten";
  if (quizId === RETRY_QUIZ_ID) return "Falsch beantwortete Fragen wiederholen";
  if (quizId === REVIEW_QUIZ_ID) return "Wiederholung";
  return getDocument(quizId)?.title ?? "Unbekanntes Quiz";
}
