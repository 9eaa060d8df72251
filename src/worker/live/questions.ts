/**
 * Where a live session's questions come from: the Worker's question source (../content), so a class plays
 * the built-in quizzes and its own published texts alike. Everything the session needs is copied into the
 * Durable Object when it starts (question, answer, evidence passage): the session reads neither bank nor
 * D1 again, and a text edited or a bank regenerated while it runs changes nothing in it.
 */
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { BankDocument, Evidence, Question } from "../../bank/schema";
import { evidenceOf } from "../../export/quiz";
import type { Db } from "../../db";
import { assignments } from "../../db/schema/classroom";
import { attempts } from "../../db/schema/progress";
import { assignableQuizzes } from "../classroom/quizzes";
import type { QuestionSource } from "../content";
import { listOwnTexts } from "../own-texts/store";
import { answerTexts } from "../../bank/quiz";
import { markedPart, passageExcerpt, type Range, type Withheld, withheldRanges } from "../quiz/highlight";

/** An evidence passage as the projector shows it: the passage's text with the quote's span in it. */
export interface LiveEvidence {
  documentTitle: string;
  passage: string;
  /** What of the quote is marked within `passage`: the asked sentence of it (markedPart), else all of it. */
  mark: { start: number; end: number };
}

export interface LiveQuestion {
  question: Question;
  evidence: LiveEvidence[];
}

export interface LiveQuiz {
  id: string;
  title: string;
  questionCount: number;
}

/** The quizzes a teacher can play live with a class: its published own texts, then the built-in ones. */
export async function liveQuizzes(db: Db, classId: string): Promise<LiveQuiz[]> {
  const ownTexts = await listOwnTexts(db, classId);
  return [
    ...ownTexts
      .filter((text) => text.status === "published" && text.questionCount > 0)
      // As many as an attempt asks (the teacher's quiz size), which is what "alle Fragen des Quiz" plays.
      .map((text) => ({ id: text.id, title: text.title, questionCount: Math.min(text.quizSize, text.questionCount) })),
    ...assignableQuizzes(),
  ];
}

/**
 * `marked`: the part of the evidence to mark (markedPart). `withheld`: the evidence and answers of the questions still
 * to come, which the class must not see before they are asked.
 */
function evidenceSnapshot(evidence: Evidence, marked: Range, document: BankDocument | undefined, withheld: Withheld): LiveEvidence | undefined {
  if (!document) return undefined;
  const passage = document.passages.find((candidate) => candidate.id === evidence.passageId) ?? evidence;
  // Cut as the learner's feedback cuts it: a long passage (a pasted text without blank lines is one) would push the quote off the projector.
  const shown = passageExcerpt(document.text, passage, evidence, withheldRanges(document, passage, withheld));
  const before = shown.cutBefore ? "… " : "";
  return {
    documentTitle: document.title,
    passage: `${before}${document.text.slice(shown.start, shown.end)}${shown.cutAfter ? " …" : ""}`,
    mark: { start: before.length + Math.max(0, marked.start - shown.start), end: before.length + Math.min(shown.end, marked.end) - shown.start },
  };
}

/**
 * The questions a live session asks of a quiz the source lets the class see (an own text only once
 * published), with their evidence: not the pool in its order (which may hold several questions on one
 * sentence, and runs of one type), but a selection as an attempt asks it: a built-in quiz's default
 * selection; an own text's draw of the teacher's size, the teacher's order deciding between questions that
 * clash, its types mixed (src/bank/quiz.ts drawCurated), seeded with `lessonSeed`. A lesson draws its own
 * (not the text's worksheet, nor the last lesson's); it is drawn once when the session starts and copied
 * into it, so every phone and the projector ask the same. Undefined for an unknown quiz or one without questions.
 *
 * A class's next lesson on the same quiz asks what its earlier lessons did not (`timesAsked`, from
 * askedInEarlierLessons), where the pool has it: the most often asked last. An own text's draw takes the
 * lesson's `size` (when smaller than the teacher's quiz), so that the questions left out are not the new ones.
 */
export async function loadQuizQuestions(
  source: QuestionSource,
  quizId: string,
  lesson: { seed: string; timesAsked: ReadonlyMap<string, number>; size: number | undefined },
): Promise<{ title: string; questions: LiveQuestion[] } | undefined> {
  const quiz = await source.quiz(quizId);
  if (!quiz) return undefined;
  const asked =
    quiz.origin === "own"
      ? source.draw({ ...quiz, size: Math.min(quiz.size, lesson.size ?? quiz.size) }, lesson.seed, undefined, lesson.timesAsked)
      : source.draw(quiz, quiz.id, undefined, lesson.timesAsked);
  if (asked.length === 0) return undefined;
  const documents = await source.documents([...new Set(asked.flatMap((question) => evidenceOf(question).map((span) => span.documentId)))]);
  return {
    title: quiz.title,
    questions: asked.map((question, index) => {
      const later = asked.slice(index + 1);
      const withheld = { evidence: later.flatMap(evidenceOf), answers: later.flatMap(answerTexts) };
      return {
        question,
        evidence: evidenceOf(question).flatMap((span) => evidenceSnapshot(span, markedPart(span, question), documents.get(span.documentId), withheld) ?? []),
      };
    }),
  };
}

/**
 * How many of the class's earlier live lessons on the quiz asked each question: read from the results the
 * lessons wrote (./results.ts: one assignment row per lesson, its players' attempts with the questions
 * asked), so remembering them costs no D1 write. A lesson whose results are not written yet (still running,
 * or nobody played) counts as none. Retries of wrong answers belong to the same assignment: only the
 * lesson's own attempts (the quiz's id) count.
 */
export async function askedInEarlierLessons(db: Db, classId: string, quizId: string): Promise<Map<string, number>> {
  const lessonQuestions = db
    .select({ questionIds: attempts.questionIds })
    .from(attempts)
    .where(and(eq(attempts.assignmentId, assignments.id), eq(attempts.quizId, assignments.quizId)))
    .limit(1);
  const lessons = await db
    .select({ questionIds: sql<string | null>`(${lessonQuestions})` })
    .from(assignments)
    .where(and(eq(assignments.classId, classId), eq(assignments.quizId, quizId), isNotNull(assignments.liveAt)));
  const timesAsked = new Map<string, number>();
  for (const { questionIds } of lessons) {
    for (const id of new Set<string>(questionIds ? JSON.parse(questionIds) : [])) timesAsked.set(id, (timesAsked.get(id) ?? 0) + 1);
  }
  return timesAsked;
}
