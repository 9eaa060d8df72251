/** The teacher's figures, computed from the records of ./records.ts. */
import { isCorrect, LearnerResponse, normalizeClozeText } from "../../bank/grade";
import type { BankDocument, Question } from "../../bank/schema";
import { formatNumber } from "../../shared/german";
import type { Quiz, QuestionSource } from "../content";
import { truthText } from "../quiz/describe";
import type { AnswerRecord, AttemptRecord, ClassRecords } from "./records";
import type { AssignmentRow, MemberRow } from "./store";

/** Made once: localeCompare with a locale builds a new collator on every call. */
const germanOrder = new Intl.Collator("de");

export interface StudentAssignmentResult {
  assignment: AssignmentRow;
  questionCount: number;
  answered: number;
  /** Sum of the answer scores (partial credit counts). */
  points: number;
  started: boolean;
}

export interface StudentRow {
  member: MemberRow;
  results: StudentAssignmentResult[];
}

export interface WrongResponse {
  label: string;
  count: number;
}

export interface QuestionFigures {
  question: Question;
  answered: number;
  correct: number;
  /** Wrong answers grouped by what was chosen or typed, most frequent first. */
  wrongResponses: WrongResponse[];
}

export interface PassageFigures {
  documentId: string;
  documentTitle: string;
  passageId: string;
  text: string;
  answered: number;
  /** Answers without full marks. */
  wrong: number;
}

export interface Dashboard {
  students: StudentRow[];
  questions: QuestionFigures[];
  passages: PassageFigures[];
  /** Quiz titles by quiz id (assignments) and document id (questions). */
  titles: Map<string, string>;
}

/** What the dashboard needs from the question source, read once per request. */
export interface ClassContent {
  /** The quizzes of the assignments as they are now (pool and attempt size). */
  quizzes: Map<string, Quiz>;
  /** Every question of those quizzes and of the attempts, in the versions answered. */
  questions: Map<string, Question>;
  documents: Map<string, BankDocument>;
  titles: Map<string, string>;
}

export async function loadClassContent(source: QuestionSource, records: Pick<ClassRecords, "assignments" | "attempts">): Promise<ClassContent> {
  const quizIds = [...new Set(records.assignments.map((assignment) => assignment.quizId))];
  const quizzes = new Map(
    (await Promise.all(quizIds.map(async (id) => [id, await source.quiz(id)] as const))).flatMap(([id, quiz]) => (quiz ? [[id, quiz] as const] : [])),
  );
  const questions = await source.questions([
    ...[...quizzes.values()].flatMap((quiz) => quiz.pool.map((question) => question.id)),
    ...records.attempts.flatMap((attempt) => attempt.questionIds),
  ]);
  const documentIds = [...new Set([...questions.values()].map((question) => question.evidence.documentId))];
  const [documents, titles] = await Promise.all([source.documents(documentIds), source.titles([...quizIds, ...documentIds])]);
  return { quizzes, questions, documents, titles };
}

function parseJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * A stored response in words, such that equal answers read the same: "b) Rom", "a) Maas + c) Blinken",
 * "14.000", "Stimmt nicht", and cloze text as graded (case and spacing folded).
 */
function describeResponse(question: Question, stored: string | null): string {
  const parsed = LearnerResponse.safeParse(parseJson(stored));
  if (!parsed.success) return "(unlesbare Antwort)";
  const response = parsed.data;
  const optionLabel = (id: string) => {
    const option = "options" in question ? question.options.find((candidate) => candidate.id === id) : undefined;
    return option ? `${option.id}) ${option.text}` : id;
  };
  switch (response.type) {
    case "single":
      return optionLabel(response.choice);
    case "multi":
      return response.choices.length === 0 ? "(nichts ausgewählt)" : [...response.choices].sort().map(optionLabel).join(" + ");
    case "numeric":
      return formatNumber(response.value);
    case "truefalse":
      return truthText(response.value);
    case "cloze":
      return normalizeClozeText(response.text) || "(leer)";
  }
}

/**
 * One student's figures for one assignment, from the attempt that counts and its answers; before an
 * attempt, the quiz's attempt size counts (`quiz`, undefined when the quiz is gone).
 */
export function assignmentResult(
  assignment: AssignmentRow,
  attempt: { questionIds: string[] } | undefined,
  given: { score: number }[],
  quiz: Pick<Quiz, "size"> | undefined,
): StudentAssignmentResult {
  return {
    assignment,
    questionCount: attempt ? attempt.questionIds.length : (quiz?.size ?? 0),
    answered: given.length,
    points: given.reduce((sum, answer) => sum + answer.score, 0),
    started: attempt !== undefined,
  };
}

/** The attempt that counts per student and assignment: the newest. */
function countingAttempts(records: ClassRecords): Map<string, AttemptRecord> {
  const byStudentAssignment = new Map<string, AttemptRecord>();
  for (const attempt of records.attempts) {
    const key = `${attempt.learnerId}|${attempt.assignmentId}`;
    const known = byStudentAssignment.get(key);
    if (!known || known.createdAt < attempt.createdAt) byStudentAssignment.set(key, attempt);
  }
  return byStudentAssignment;
}

export function computeDashboard(records: ClassRecords, content: ClassContent): Dashboard {
  const counting = countingAttempts(records);
  const countingIds = new Set([...counting.values()].map((attempt) => attempt.id));
  const answersByAttempt = new Map<string, AnswerRecord[]>();
  for (const answer of records.answers) {
    if (!countingIds.has(answer.attemptId)) continue;
    const list = answersByAttempt.get(answer.attemptId) ?? [];
    list.push(answer);
    answersByAttempt.set(answer.attemptId, list);
  }

  const students = records.members.map((member) => ({
    member,
    results: records.assignments.map((assignment) => {
      const attempt = counting.get(`${member.learnerId}|${assignment.id}`);
      return assignmentResult(assignment, attempt, attempt ? (answersByAttempt.get(attempt.id) ?? []) : [], content.quizzes.get(assignment.quizId));
    }),
  }));

  const questionIds = new Set<string>();
  // An own text's questions all show (the teacher wrote or kept them); of a bank quiz, whose pool is
  // large and drawn from per attempt, those the students were asked.
  for (const assignment of records.assignments) {
    const quiz = content.quizzes.get(assignment.quizId);
    if (quiz?.origin === "own") for (const question of quiz.pool) questionIds.add(question.id);
  }
  for (const attempt of counting.values()) for (const id of attempt.questionIds) questionIds.add(id);

  const figures = new Map<string, QuestionFigures & { wrongCounts: Map<string, number> }>();
  for (const id of questionIds) {
    const question = content.questions.get(id);
    if (question) figures.set(id, { question, answered: 0, correct: 0, wrongResponses: [], wrongCounts: new Map() });
  }
  for (const given of answersByAttempt.values()) {
    for (const answer of given) {
      const entry = figures.get(answer.questionId);
      if (!entry) continue;
      entry.answered++;
      if (isCorrect(answer.score)) entry.correct++;
      else {
        const label = describeResponse(entry.question, answer.response);
        entry.wrongCounts.set(label, (entry.wrongCounts.get(label) ?? 0) + 1);
      }
    }
  }
  const questions = [...figures.values()].map(({ wrongCounts, ...entry }) => ({
    ...entry,
    wrongResponses: [...wrongCounts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || germanOrder.compare(a.label, b.label)),
  }));

  const passages = new Map<string, PassageFigures>();
  for (const entry of questions) {
    const { documentId, passageId } = entry.question.evidence;
    const key = `${documentId}|${passageId}`;
    let passage = passages.get(key);
    if (!passage) {
      const document = content.documents.get(documentId);
      const bankPassage = document?.passages.find((candidate) => candidate.id === passageId);
      passage = {
        documentId,
        documentTitle: document?.title ?? documentId,
        passageId,
        text: document && bankPassage ? document.text.slice(bankPassage.start, bankPassage.end) : entry.question.evidence.quote,
        answered: 0,
        wrong: 0,
      };
      passages.set(key, passage);
    }
    passage.answered += entry.answered;
    passage.wrong += entry.answered - entry.correct;
  }

  return {
    titles: content.titles,
    students,
    questions,
    passages: [...passages.values()].filter((passage) => passage.answered > 0).sort((a, b) => b.wrong / b.answered - a.wrong / a.answered || b.wrong - a.wrong),
  };
}

/** Share in whole percent, for tables, bars and CSV. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((100 * part) / whole);
}
