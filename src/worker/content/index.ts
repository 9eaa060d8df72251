/**
 * The question source of the Worker: every feature that needs a quiz, a question or a text asks here,
 * whether it lives in the committed bank (questions/, synchronous, no D1) or is a class's own text
 * (D1). Which one is told by the id alone (src/bank/ids.ts), so bank look-ups never touch D1.
 *
 * Two kinds of look-up, with different access rules:
 * - `quiz(id)`: what a quiz offers now (to start, assign, list). An own text's quiz is found only for
 *   the source's class, and only once published unless the source is the teacher's (`drafts`).
 * - `questions(ids)`, `documents(ids)`, `titles(ids)`: references the server stored itself (an
 *   attempt's question ids, an answer's question id, an assignment's quiz id), which the caller has
 *   already checked belong to the requester. They resolve any version, retired ones included, so an
 *   answer stays attached to the question it answered. With a class, only that class's texts are read.
 *
 * One source per request: it remembers what it read.
 */
import { and, asc, eq, exists, inArray, isNotNull, or, sql } from "drizzle-orm";
import { defaultQuiz, getDocument, getQuestion, quizPool, quizTitle as bankQuizTitle } from "../../bank";
import { isOwnQuestionId, isOwnTextId } from "../../bank/ids";
import type { BankDocument, Question } from "../../bank/schema";
import type { Db } from "../../db";
import { reusedQuery, runReused } from "../../db/reused";
import { classMembers } from "../../db/schema/classroom";
import { attempts } from "../../db/schema/progress";
import { ownQuestions, ownTexts, type OwnTextStatus } from "../../db/schema/own-texts";
import { drawQuestions } from "./draw";

export { isOwnQuestionId, isOwnTextId };

export interface Quiz {
  /** A bank document id, "gemischt", or an own text id. */
  id: string;
  title: string;
  origin: "bank" | "own";
  /** Every question an attempt may draw, in the quiz's order (an own text's: the teacher's). */
  pool: readonly Question[];
  /**
   * How many questions one attempt asks: the size of a bank quiz's default quiz, or the teacher's choice
   * (at most as many as may stand together: each fact once, no giveaway).
   */
  size: number;
  /** For own texts: draft or published. Bank quizzes are always published. */
  status: OwnTextStatus;
}

/**
 * A quiz without its questions: which ones, in the quiz's order, and how many an attempt asks. What the
 * teacher's figures need; for an own text it reads no question, which a long text's 258 would cost.
 */
export interface QuizOutline extends Omit<Quiz, "pool"> {
  questionIds: readonly string[];
}

export interface SourceScope {
  /** Own texts of this class only. */
  classId: string;
  /** The class's teacher: drafts too. Students and assignments see published quizzes only. */
  drafts?: boolean;
}

export interface QuestionSource {
  /** The quiz as the scope may see it now; undefined when unknown, another class's, or an unpublished draft. */
  quiz(quizId: string): Promise<Quiz | undefined>;
  /** The quiz's outline, with the same rules as `quiz`. */
  outline(quizId: string): Promise<QuizOutline | undefined>;
  /** The questions of stored ids (any version); unknown ids are missing from the map. */
  questions(ids: readonly string[]): Promise<Map<string, Question>>;
  /** Texts by id (bank documents and own texts, whatever their status). */
  documents(ids: readonly string[]): Promise<Map<string, BankDocument>>;
  /** Quiz titles by quiz id; unknown ids get "Unbekanntes Quiz". */
  titles(quizIds: readonly string[]): Promise<Map<string, string>>;
  /**
   * Of own texts' question versions, the version that replaced each (an edit that changed its meaning): by question id,
   * for the texts `textIds`. A version nothing replaced is missing (current, or deleted).
   */
  laterVersions(textIds: readonly string[]): Promise<Map<string, string>>;
  /**
   * The questions one attempt asks, drawn from the quiz's pool with `seed` (an attempt id, or the quiz
   * id for a text's default quiz); questions in `avoid` only when nothing else fits. See ./draw.ts.
   */
  draw(quiz: Quiz, seed: string, avoid?: ReadonlySet<string>, timesAsked?: ReadonlyMap<string, number>): Question[];
}

/** D1 binds at most 100 parameters per statement; look-ups by id go in chunks below that. */
const CHUNK = 90;
const chunks = <T>(items: readonly T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, index) => items.slice(index * CHUNK, (index + 1) * CHUNK));

const UNKNOWN_TITLE = "Unbekanntes Quiz";

type OwnTextRow = typeof ownTexts.$inferSelect;

/** An own text as the pages show texts: the same shape as a bank document. */
export function ownDocument(row: Pick<OwnTextRow, "id" | "title" | "source" | "date" | "text" | "passages">): BankDocument {
  return {
    id: row.id,
    title: row.title,
    ...(row.source ? { source: row.source } : {}),
    ...(row.date ? { date: row.date } : {}),
    text: row.text,
    passages: row.passages,
  };
}

/** The teacher's size kept within the questions there are (questions deleted after publishing lower it). */
const ownQuizSize = (quizSize: number, questionCount: number) => Math.min(quizSize, questionCount);

function bankQuiz(quizId: string): Quiz | undefined {
  const pool = quizPool(quizId);
  if (pool.length === 0) return undefined;
  return { id: quizId, title: bankQuizTitle(quizId), origin: "bank", pool, size: defaultQuiz(quizId).length, status: "published" };
}

/**
 * The text for a learner who opens it from a question's evidence: a published text of a class the learner
 * belongs to, or a withdrawn one the learner has begun (begun attempts may be finished, and its feedback
 * links here); anyone else gets nothing (the same as an unknown id).
 */
export async function textForLearner(db: Db, textId: string, learnerId: string): Promise<BankDocument | undefined> {
  const begun = db
    .select({ one: sql`1` })
    .from(attempts)
    .where(and(eq(attempts.learnerId, learnerId), eq(attempts.quizId, textId)));
  const row = await db
    .select({ text: ownTexts })
    .from(ownTexts)
    .innerJoin(classMembers, and(eq(classMembers.classId, ownTexts.classId), eq(classMembers.learnerId, learnerId)))
    .where(and(eq(ownTexts.id, textId), or(eq(ownTexts.status, "published"), and(eq(ownTexts.status, "withdrawn"), exists(begun)))))
    .get();
  return row ? ownDocument(row.text) : undefined;
}

/**
 * A published own text of a class the learner belongs to, with the ids of its current questions (no
 * retired versions): what the learner may still practise of it in "Mein Fortschritt" and "Wiederholen".
 */
export interface LearnerOwnText {
  id: string;
  title: string;
  questionIds: string[];
}

/**
 * The published own texts of the learner's classes, as a query to run alone or in a batch (one statement:
 * class_members by learner, own_texts by class, own_questions by text, each from an index).
 */
export function learnerOwnTextsQuery(db: Db, learnerId: string) {
  return db
    .select({
      id: ownTexts.id,
      title: ownTexts.title,
      questionIds: sql<string>`(select json_group_array(${ownQuestions.id}) from ${ownQuestions}
        where ${ownQuestions.textId} = ${ownTexts.id} and ${ownQuestions.position} is not null)`,
    })
    .from(classMembers)
    .innerJoin(ownTexts, eq(ownTexts.classId, classMembers.classId))
    .where(and(eq(classMembers.learnerId, learnerId), eq(ownTexts.status, "published")));
}

export const learnerOwnTexts = (rows: { id: string; title: string; questionIds: string }[]): LearnerOwnText[] =>
  rows.map((row) => ({ id: row.id, title: row.title, questionIds: JSON.parse(row.questionIds) as string[] }));

/**
 * Whether a question may be asked again (a review card, a wrong answer to retry): a bank question still
 * in the bank, or a current version of one of `ownTexts`. A retired version (the teacher changed its
 * key or deleted it) is not: its cards are deleted then (../review/store.ts, dropCardsQuery).
 */
export function practisable(ownTexts: readonly LearnerOwnText[]): (questionId: string) => boolean {
  const current = new Set(ownTexts.flatMap((text) => text.questionIds));
  return (questionId) => (isOwnQuestionId(questionId) ? current.has(questionId) : getQuestion(questionId) !== undefined);
}

/** The class whose published text `textId` is, when the learner belongs to it (to practise it again). */
export async function learnerClassOfText(db: Db, textId: string, learnerId: string): Promise<string | undefined> {
  const row = await db
    .select({ classId: ownTexts.classId })
    .from(ownTexts)
    .innerJoin(classMembers, and(eq(classMembers.classId, ownTexts.classId), eq(classMembers.learnerId, learnerId)))
    .where(and(eq(ownTexts.id, textId), eq(ownTexts.status, "published")))
    .get();
  return row?.classId;
}

// The outline's reads, built once per isolate (../../db/reused.ts): the teacher's dashboard asks them on every request.
const outlineText = reusedQuery(["textId", "classId"], (db, ids) =>
  db
    .select({ id: ownTexts.id, title: ownTexts.title, status: ownTexts.status, quizSize: ownTexts.quizSize })
    .from(ownTexts)
    .where(and(eq(ownTexts.id, ids.textId), eq(ownTexts.classId, ids.classId))),
);
const outlineQuestionIds = reusedQuery(["textId"], (db, ids) =>
  db
    .select({ id: ownQuestions.id })
    .from(ownQuestions)
    .where(and(eq(ownQuestions.textId, ids.textId), isNotNull(ownQuestions.position)))
    .orderBy(asc(ownQuestions.position)),
);

export function questionSource(db: Db, scope?: SourceScope): QuestionSource {
  const questionCache = new Map<string, Question | null>();
  const documentCache = new Map<string, BankDocument | null>();
  const titleCache = new Map<string, string>();
  const inScope = (textIds: readonly string[]) =>
    scope ? and(inArray(ownTexts.id, textIds), eq(ownTexts.classId, scope.classId)) : inArray(ownTexts.id, textIds);

  async function ownQuestionsById(ids: string[]): Promise<void> {
    for (const part of chunks(ids)) {
      const query = db
        .select({ id: ownQuestions.id, question: ownQuestions.question })
        .from(ownQuestions)
        .innerJoin(ownTexts, eq(ownTexts.id, ownQuestions.textId));
      const rows = await query.where(scope ? and(inArray(ownQuestions.id, part), eq(ownTexts.classId, scope.classId)) : inArray(ownQuestions.id, part));
      for (const row of rows) questionCache.set(row.id, row.question);
    }
    for (const id of ids) if (!questionCache.has(id)) questionCache.set(id, null);
  }

  async function ownDocumentsById(ids: string[]): Promise<void> {
    for (const part of chunks(ids)) {
      const rows = await db
        .select({ id: ownTexts.id, title: ownTexts.title, source: ownTexts.source, date: ownTexts.date, text: ownTexts.text, passages: ownTexts.passages })
        .from(ownTexts)
        .where(inScope(part));
      for (const row of rows) {
        documentCache.set(row.id, ownDocument(row));
        titleCache.set(row.id, row.title);
      }
    }
    for (const id of ids) if (!documentCache.has(id)) documentCache.set(id, null);
  }

  return {
    async quiz(quizId) {
      if (!isOwnTextId(quizId)) return bankQuiz(quizId);
      if (!scope) return undefined;
      const text = await db
        .select()
        .from(ownTexts)
        .where(and(eq(ownTexts.id, quizId), eq(ownTexts.classId, scope.classId)))
        .get();
      if (!text || (text.status !== "published" && !scope.drafts)) return undefined;
      const rows = await db
        .select({ id: ownQuestions.id, question: ownQuestions.question })
        .from(ownQuestions)
        .where(and(eq(ownQuestions.textId, text.id), isNotNull(ownQuestions.position)))
        .orderBy(asc(ownQuestions.position));
      documentCache.set(text.id, ownDocument(text));
      titleCache.set(text.id, text.title);
      for (const row of rows) questionCache.set(row.id, row.question);
      return {
        id: text.id,
        title: text.title,
        origin: "own",
        pool: rows.map((row) => row.question),
        // The teacher's size is kept within the curated pool when saved and on publishing; working the
        // pool out again here cost 12 to 40 ms per request for a 20,000-character text (258 questions).
        size: ownQuizSize(text.quizSize, rows.length),
        status: text.status,
      };
    },

    async outline(quizId) {
      if (!isOwnTextId(quizId)) {
        const quiz = bankQuiz(quizId);
        return quiz && { ...quiz, questionIds: quiz.pool.map((question) => question.id) };
      }
      if (!scope) return undefined;
      // One round trip; the question ids count only when the text is the class's.
      const [[text], rows] = await runReused(db, [outlineText(db, { textId: quizId, classId: scope.classId }), outlineQuestionIds(db, { textId: quizId })]);
      if (!text || (text.status !== "published" && !scope.drafts)) return undefined;
      titleCache.set(text.id, text.title);
      return {
        id: text.id,
        title: text.title,
        origin: "own",
        questionIds: rows.map((row) => row.id),
        size: ownQuizSize(text.quizSize, rows.length),
        status: text.status,
      };
    },

    async questions(ids) {
      const missing = [...new Set(ids)].filter((id) => isOwnQuestionId(id) && !questionCache.has(id));
      if (missing.length > 0) await ownQuestionsById(missing);
      const found = new Map<string, Question>();
      for (const id of ids) {
        const question = isOwnQuestionId(id) ? questionCache.get(id) : getQuestion(id);
        if (question) found.set(id, question);
      }
      return found;
    },

    async documents(ids) {
      const missing = [...new Set(ids)].filter((id) => isOwnTextId(id) && !documentCache.has(id));
      if (missing.length > 0) await ownDocumentsById(missing);
      const found = new Map<string, BankDocument>();
      for (const id of ids) {
        const document = isOwnTextId(id) ? documentCache.get(id) : getDocument(id);
        if (document) found.set(id, document);
      }
      return found;
    },

    async laterVersions(textIds) {
      const later = new Map<string, string>();
      for (const part of chunks([...new Set(textIds)].filter(isOwnTextId))) {
        const rows = await db
          .select({ id: ownQuestions.id, replaces: ownQuestions.replaces })
          .from(ownQuestions)
          .innerJoin(ownTexts, eq(ownTexts.id, ownQuestions.textId))
          .where(and(inScope(part), isNotNull(ownQuestions.replaces)));
        for (const row of rows) if (row.replaces) later.set(row.replaces, row.id);
      }
      return later;
    },

    async titles(quizIds) {
      const missing = [...new Set(quizIds)].filter((id) => isOwnTextId(id) && !titleCache.has(id));
      for (const part of chunks(missing)) {
        const rows = await db.select({ id: ownTexts.id, title: ownTexts.title }).from(ownTexts).where(inScope(part));
        for (const row of rows) titleCache.set(row.id, row.title);
      }
      return new Map(quizIds.map((id) => [id, isOwnTextId(id) ? (titleCache.get(id) ?? UNKNOWN_TITLE) : bankQuizTitle(id)]));
    },

    draw: drawQuestions,
  };
}
