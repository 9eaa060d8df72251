/**
 * Where a live session's questions come from. Everything the session needs is copied into the Durable
 * Object when the session starts (question, answer, evidence passage), so the session neither reads the
 * bank again nor breaks when the bank is regenerated while it runs. Teachers' own texts will be a second
 * source behind `loadQuizQuestions`; nothing else here needs to know.
 */
import { getDocument } from "../../bank";
import type { Evidence, Question } from "../../bank/schema";
import { assignableQuizzes, quizTitle } from "../classroom/quizzes";
import { quizQuestions } from "../../bank";

/** An evidence passage as the projector shows it: the passage's text with the quote's span in it. */
export interface LiveEvidence {
  documentTitle: string;
  passage: string;
  /** The quote within `passage`. */
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

/** The quizzes a teacher can play live with a class. */
export async function liveQuizzes(): Promise<LiveQuiz[]> {
  return assignableQuizzes();
}

function evidenceSnapshot(evidence: Evidence): LiveEvidence | undefined {
  const document = getDocument(evidence.documentId);
  if (!document) return undefined;
  const passage = document.passages.find((candidate) => candidate.id === evidence.passageId) ?? evidence;
  return {
    documentTitle: document.title,
    passage: document.text.slice(passage.start, passage.end),
    mark: { start: Math.max(0, evidence.start - passage.start), end: Math.min(passage.end, evidence.end) - passage.start },
  };
}

/**
 * The questions of a quiz in the order asked, with their evidence, or undefined for an unknown quiz.
 * The same span can come twice (as evidence and in moreEvidence): it is shown once.
 */
export async function loadQuizQuestions(quizId: string): Promise<{ title: string; questions: LiveQuestion[] } | undefined> {
  const questions = quizQuestions(quizId);
  if (questions.length === 0) return undefined;
  return {
    title: quizTitle(quizId),
    questions: questions.map((question) => {
      const spans = [question.evidence, ...question.moreEvidence].filter(
        (item, index, all) => all.findIndex((other) => other.documentId === item.documentId && other.start === item.start && other.end === item.end) === index,
      );
      return { question, evidence: spans.flatMap((span) => evidenceSnapshot(span) ?? []) };
    }),
  };
}
