/**
 * What the teacher sees of an assignment, computed from D1 rows that ./results-queries.ts reads:
 * per student and question the newest answer (a live session after the homework shows over it), per
 * student the totals and the status (./schedule.ts), per question the share right and the wrong answers.
 *
 * Two counts are kept apart on purpose: "bearbeitet x von y" (answered of asked) and "richtig unter den
 * beantworteten" (right of answered). A question not answered yet is never counted as wrong.
 *
 * Pure: no D1, no clock; the caller passes `now`.
 */
import { LearnerResponse, normalizeClozeText } from "../../bank/grade";
import type { Question } from "../../bank/schema";
import type { OwnTextStatus } from "../../db/schema/own-texts";
import { formatNumber, germanList } from "../../shared/german";
import { figureWithUnit, truthText } from "../quiz/describe";
import { liveStatus, STUDENT_STATUSES, studentStatus, type StudentStatus } from "./schedule";

/** A quiz as an assignment asks it: its questions in the quiz's order, and how many one attempt asks. */
export interface QuizContent {
  questionIds: readonly string[];
  size: number;
  /** An own text's quiz: its questions are numbered as the teacher's review page numbers them. */
  origin?: "bank" | "own";
  /** An own text the teacher withdrew: nobody can begin it any more. */
  status?: OwnTextStatus;
}

/** Quizzes, questions and text titles, resolved once per request (bank or the class's own texts). */
export interface ResultContent {
  quizzes: ReadonlyMap<string, QuizContent>;
  /** At least the questions the attempts asked, and all of a quiz that every attempt asks in full. */
  questions: ReadonlyMap<string, Question>;
  /** Text titles by document id. */
  titles: ReadonlyMap<string, string>;
  /** Of own texts' retired question versions, the version that replaced each (ClassResultContent). */
  laterVersions?: ReadonlyMap<string, string>;
}

export interface Member {
  id: number;
  learnerId: string;
  nickname: string;
}

export interface AssignmentInfo {
  id: string;
  quizId: string;
  dueDate: string | null;
  /** Set for a live session's results (../../db/schema/classroom.ts): they ask what the session asked. */
  liveAt?: number | null;
}

/** An attempt of an assignment: whose, and which questions it asks. */
export interface AttemptQuestions {
  learnerId: string;
  assignmentId: string | null;
  questionIds: readonly string[];
}

/** The newest answer of a student to a question of an assignment. `response` is kept only when it was not right. */
export interface LatestAnswer {
  learnerId: string;
  questionId: string;
  score: number;
  response: string | null;
  answeredAt: number;
}

/** Per student and assignment that has attempts: how many different questions they asked. */
export interface AskedCount {
  learnerId: string;
  assignmentId: string;
  asked: number;
}

/** Per student and assignment, as D1 sums it up from the newest answers. */
export interface AnswerTotals {
  learnerId: string;
  assignmentId: string;
  answered: number;
  right: number;
  points: number;
  lastAnswerAt: number | null;
}

export interface StudentSummary {
  /** Questions the student is to answer: the quiz's size, or more when their attempts asked more. */
  asked: number;
  answered: number;
  /** Answers with full marks. */
  right: number;
  /** Sum of scores (partial credit on multiple select counts). */
  points: number;
  started: boolean;
  lastAnswerAt: number | null;
  status: StudentStatus;
}

/** Full marks only; partial credit on multiple select is not "right". */
export const isRight = (score: number) => score >= 1;

/** Share in whole percent, 0 when there is nothing to share. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((100 * part) / whole);
}

/** The questions each student's attempts of one assignment asked, merged over their attempts. */
function askedByStudent(attempts: readonly AttemptQuestions[]): Map<string, Set<string>> {
  const asked = new Map<string, Set<string>>();
  for (const attempt of attempts) {
    const ids = asked.get(attempt.learnerId) ?? new Set<string>();
    for (const id of attempt.questionIds) ids.add(id);
    asked.set(attempt.learnerId, ids);
  }
  return asked;
}

/**
 * How many questions a student is to answer: the quiz's size before starting; after, at least what their
 * attempts asked. In a live session's results, what the session asked them (nothing for who was not there).
 */
const askedCount = (askedByAttempts: number | undefined, quiz: QuizContent | undefined, live: boolean) =>
  live ? (askedByAttempts ?? 0) : Math.max(quiz?.size ?? 0, askedByAttempts ?? 0);

function summary(
  askedByAttempts: number | undefined,
  quiz: QuizContent | undefined,
  totals: Omit<AnswerTotals, "learnerId" | "assignmentId"> | undefined,
  assignment: AssignmentInfo,
  now: number,
): StudentSummary {
  const live = assignment.liveAt != null;
  const result: StudentSummary = {
    asked: askedCount(askedByAttempts, quiz, live),
    answered: totals?.answered ?? 0,
    right: totals?.right ?? 0,
    points: totals?.points ?? 0,
    started: askedByAttempts !== undefined,
    lastAnswerAt: totals?.lastAnswerAt ?? null,
    status: "offen",
  };
  result.status = live ? liveStatus(result) : studentStatus(result, assignment.dueDate, now, quiz?.status === "withdrawn");
  return result;
}

export type StatusCounts = Record<StudentStatus, number>;

const noStatuses = (): StatusCounts => Object.fromEntries(STUDENT_STATUSES.map((status) => [status, 0])) as StatusCounts;

export interface ClassOverview {
  /** Per member id, per assignment id. */
  students: Map<number, Map<string, StudentSummary>>;
  /** Per assignment id. */
  statusCounts: Map<string, StatusCounts>;
}

/** Rows by student, then by assignment: looked up without building a key string per cell. */
function byStudentAndAssignment<Row extends { learnerId: string; assignmentId: string }>(rows: readonly Row[]): Map<string, Map<string, Row>> {
  const byStudent = new Map<string, Map<string, Row>>();
  for (const row of rows) {
    const ofStudent = byStudent.get(row.learnerId);
    if (ofStudent) ofStudent.set(row.assignmentId, row);
    else byStudent.set(row.learnerId, new Map([[row.assignmentId, row]]));
  }
  return byStudent;
}

/** Every student's standing in every assignment, from D1's sums (no answer rows needed). */
export function classOverview(
  members: readonly Member[],
  assignments: readonly AssignmentInfo[],
  asked: readonly AskedCount[],
  totals: readonly AnswerTotals[],
  content: Pick<ResultContent, "quizzes">,
  now: number,
): ClassOverview {
  const askedByStudent = byStudentAndAssignment(asked);
  const totalsByStudent = byStudentAndAssignment(totals);
  const columns = assignments.map((assignment) => ({ assignment, quiz: content.quizzes.get(assignment.quizId), counts: noStatuses() }));
  const students = new Map<number, Map<string, StudentSummary>>();
  for (const member of members) {
    const askedOf = askedByStudent.get(member.learnerId);
    const totalsOf = totalsByStudent.get(member.learnerId);
    const perAssignment = new Map<string, StudentSummary>();
    for (const { assignment, quiz, counts } of columns) {
      const result = summary(askedOf?.get(assignment.id)?.asked, quiz, totalsOf?.get(assignment.id), assignment, now);
      perAssignment.set(assignment.id, result);
      counts[result.status]++;
    }
    students.set(member.id, perAssignment);
  }
  return { students, statusCounts: new Map(columns.map(({ assignment, counts }) => [assignment.id, counts])) };
}

// ---------------------------------------------------------------- one assignment in detail

/** A cell of the grid: the student's newest answer to the question, or why there is none. */
export type Mark = "right" | "partly" | "wrong" | "open" | "absent";

export interface WrongResponse {
  label: string;
  count: number;
  /** Whether the label is what the student gave (shown in quotes), not a description of it (a multiple select's picks). */
  quoted: boolean;
}

/** A wrong answer as the teacher's pages write it: „Rom“, or a multiple select's "Blok (richtig) gewählt, Tusk fehlt". */
export const responseInWords = (response: WrongResponse): string => (response.quoted ? `„${response.label}“` : response.label);

export interface QuestionResult {
  /** 1, 2, ... in the quiz's order: the grid's column and the question's name on the page. */
  number: number;
  question: Question;
  /** Title of the text the question's evidence is in. */
  documentTitle: string;
  answered: number;
  right: number;
  /** Wrong and partly right answers by what was given, most frequent first. */
  wrongResponses: WrongResponse[];
  /**
   * Of a question the quiz no longer holds: the number of the question that replaced it (a changed key or options), or
   * "changed" where that one was asked nobody yet, or "gone" (deleted, or no longer in a built-in quiz).
   */
  replacedBy?: number | "changed" | "gone";
}

/** "frühere Fassung von Frage 4": what a teacher needs to read two columns of one question, or one that is gone. */
export function replacedNote(result: QuestionResult): string | undefined {
  if (result.replacedBy === undefined) return undefined;
  if (result.replacedBy === "changed") return "frühere Fassung, inzwischen geändert";
  if (result.replacedBy === "gone") return "nicht mehr im Quiz";
  return `frühere Fassung von Frage ${result.replacedBy}`;
}

export interface GridRow {
  member: Member;
  summary: StudentSummary;
  /** One per column; null before the student started. */
  marks: Mark[] | null;
}

export interface AssignmentResults {
  /** The questions in the quiz's order. */
  columns: QuestionResult[];
  rows: GridRow[];
  /** Answered questions, the lowest share right first; unanswered ones are not in it. */
  hardest: QuestionResult[];
  statusCounts: StatusCounts;
}

function parseJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/** "Tusk fehlt", "Tusk und Kopacz fehlen": the right options a multiple select's answer left out. */
function missingText(missing: readonly string[]): string {
  if (missing.length === 0) return "";
  return `, ${germanList(missing)} ${missing.length === 1 ? "fehlt" : "fehlen"}`;
}

/**
 * A stored response in words: "Rom", "14.000 Euro", "Stimmt nicht", a gap text as typed; a multiple select's picks
 * and the right options it left out ("Maas (richtig) + Foucher (falsch) gewählt, Tusk fehlt"), so that a partly
 * right answer reads as such. Also the key under which equal answers count together (a gap text as graded: case
 * and spacing folded). Options go by their text, not a letter: every attempt shows them in an order of its own.
 * A multiple select's picks come in the quiz's order.
 */
export function describeResponse(question: Question, stored: string | null): { key: string; label: string; quoted: boolean } {
  const parsed = LearnerResponse.safeParse(parseJson(stored));
  if (!parsed.success) return { key: "", label: "(unlesbare Antwort)", quoted: false };
  const response = parsed.data;
  const same = (label: string) => ({ key: label, label, quoted: true });
  const options = "options" in question ? question.options : [];
  const optionText = (id: string) => options.find((option) => option.id === id)?.text ?? id;
  switch (response.type) {
    case "single":
      return same(optionText(response.choice));
    case "multi": {
      const position = (id: string) => {
        const index = options.findIndex((option) => option.id === id);
        return index < 0 ? options.length : index;
      };
      const right = question.type === "multi" ? question.answers : [];
      const picks = [...new Set(response.choices)].sort((a, b) => position(a) - position(b) || (a < b ? -1 : 1));
      const missing = options.filter((option) => right.includes(option.id) && !picks.includes(option.id)).map((option) => option.text);
      const chosen =
        picks.length === 0 ? "Nichts gewählt" : `${picks.map((id) => `${optionText(id)} (${right.includes(id) ? "richtig" : "falsch"})`).join(" + ")} gewählt`;
      const label = chosen + missingText(missing);
      return { key: label, label, quoted: false };
    }
    case "numeric": {
      // With the unit, as the right answer beside it reads ("9 Liter" next to "94 Liter"): a bare "9" says nothing to
      // the teacher. Counted by the figure alone.
      const figure = formatNumber(response.value);
      return { key: figure, label: question.type === "numeric" ? figureWithUnit(response.value, question.unit) : figure, quoted: true };
    }
    case "truefalse":
      return same(truthText(response.value));
    case "cloze": {
      const typed = response.text.normalize("NFC").replace(/\s+/g, " ").trim();
      return typed ? { key: normalizeClozeText(response.text), label: typed, quoted: true } : { key: "", label: "(leer)", quoted: false };
    }
  }
}

/**
 * Stored responses with their counts, as the page lists them: equal answers together (by their key), each
 * shown as most of its students typed it; the most frequent first.
 */
function responsesInWords(question: Question, counted: Iterable<readonly [string | null, number]>): WrongResponse[] {
  const byKey = new Map<string, { count: number; labels: Map<string, number>; quoted: boolean }>();
  for (const [stored, count] of counted) {
    const { key, label, quoted } = describeResponse(question, stored);
    const entry = byKey.get(key) ?? { count: 0, labels: new Map<string, number>(), quoted };
    entry.count += count;
    entry.labels.set(label, (entry.labels.get(label) ?? 0) + count);
    byKey.set(key, entry);
  }
  const shown = [...byKey.values()].map(({ count, labels, quoted }) => {
    const [label] = [...labels].sort((a, b) => b[1] - a[1] || germanOrder.compare(a[0], b[0]))[0]!;
    return { label, count, quoted };
  });
  return sortedResponses(shown);
}

/** Made once: localeCompare with a locale builds a new collator on every call. */
const germanOrder = new Intl.Collator("de");

/** Per assignment and question its attempts asked: the first position (from 0) an attempt asked it at. */
export interface AskedQuestion {
  assignmentId: string;
  questionId: string;
  position: number;
}

/** The questions the attempts asked, each with the first position an attempt asked it at. */
function firstPositions(attempts: readonly AttemptQuestions[]): Map<string, number> {
  const positions = new Map<string, number>();
  for (const attempt of attempts) {
    for (const [position, id] of attempt.questionIds.entries()) {
      const known = positions.get(id);
      if (known === undefined || position < known) positions.set(id, position);
    }
  }
  return positions;
}

const idOrder = (a: Question, b: Question) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * An assignment's questions in order: the quiz's questions that were asked (all of them when every attempt
 * asks all), then questions that were asked and the quiz no longer has. A question nobody was asked is no
 * column: a long own text's quiz asks 13 of 258. A live lesson's are the questions in the order the session
 * asked them (every attempt of it lists them so), which is the projector's "Frage 1 von 8".
 */
function assignmentQuestions(
  quiz: QuizContent | undefined,
  asked: ReadonlyMap<string, number>,
  questions: ReadonlyMap<string, Question>,
  live: boolean,
): Question[] {
  const askedQuestions = [...asked.keys()].flatMap((id) => questions.get(id) ?? []);
  if (live) return askedQuestions.sort((a, b) => asked.get(a.id)! - asked.get(b.id)! || idOrder(a, b));
  const inQuiz = quiz?.questionIds ?? [];
  const showsAll = quiz !== undefined && quiz.size >= inQuiz.length;
  const fromQuiz = showsAll ? inQuiz : inQuiz.filter((id) => asked.has(id));
  const inQuizSet = new Set(inQuiz);
  const retired = askedQuestions
    .filter((question) => !inQuizSet.has(question.id))
    // In the text's order: the grid and the CSV learn them from the attempts each in its own order, and both must
    // give a question the same number.
    .sort((a, b) => a.evidence.start - b.evidence.start || idOrder(a, b));
  return [...fromQuiz.flatMap((id) => questions.get(id) ?? []), ...retired];
}

const markOf = (score: number): Mark => (isRight(score) ? "right" : score > 0 ? "partly" : "wrong");

/**
 * One assignment: the grid of students x questions, the questions hardest first, the students' status.
 * `classAsked`, for fewer members than the class (one student's page): what the whole class was asked, so
 * that the questions are numbered as on the class's grid.
 */
export function assignmentResults(
  assignment: AssignmentInfo,
  members: readonly Member[],
  attempts: readonly AttemptQuestions[],
  latest: readonly LatestAnswer[],
  content: ResultContent,
  now: number,
  classAsked?: readonly AskedQuestion[],
): AssignmentResults {
  const quiz = content.quizzes.get(assignment.quizId);
  const ownAttempts = attempts.filter((attempt) => attempt.assignmentId === assignment.id);
  const positions = classAsked
    ? new Map(classAsked.filter((row) => row.assignmentId === assignment.id).map((row) => [row.questionId, row.position]))
    : firstPositions(ownAttempts);
  const live = assignment.liveAt != null;
  const columns = numberedQuestions(assignmentQuestions(quiz, positions, content.questions, live), content, quiz, live);
  const columnOf = new Map(columns.map((column, index) => [column.question.id, index]));
  const asked = askedByStudent(ownAttempts);
  const answersOf = new Map<string, LatestAnswer[]>();
  for (const answer of latest) {
    const list = answersOf.get(answer.learnerId);
    if (list) list.push(answer);
    else answersOf.set(answer.learnerId, [answer]);
  }

  // Counted by the stored response first: a class gives few different wrong answers, and reading one in words (a
  // zod parse) once per response instead of once per answer saves some 5 ms on the grid of a full class.
  const wrongCounts = columns.map(() => new Map<string | null, number>());
  const statusCounts = noStatuses();
  const rows = members.map((member): GridRow => {
    const askedIds = asked.get(member.learnerId);
    const given = answersOf.get(member.learnerId) ?? [];
    const totals = { answered: 0, right: 0, points: 0, lastAnswerAt: null as number | null };
    const marks: Mark[] | null = askedIds ? columns.map((column) => (askedIds.has(column.question.id) ? "open" : "absent")) : null;
    for (const answer of given) {
      totals.answered++;
      totals.points += answer.score;
      if (isRight(answer.score)) totals.right++;
      if (totals.lastAnswerAt === null || answer.answeredAt > totals.lastAnswerAt) totals.lastAnswerAt = answer.answeredAt;
      const index = columnOf.get(answer.questionId);
      if (index === undefined) continue;
      const column = columns[index]!;
      column.answered++;
      if (marks) marks[index] = markOf(answer.score);
      if (isRight(answer.score)) column.right++;
      else wrongCounts[index]!.set(answer.response, (wrongCounts[index]!.get(answer.response) ?? 0) + 1);
    }
    const result = summary(askedIds?.size, quiz, totals, assignment, now);
    statusCounts[result.status]++;
    return { member, summary: result, marks };
  });

  for (const [index, column] of columns.entries()) {
    // Different stored forms may be the same answer.
    column.wrongResponses = responsesInWords(column.question, wrongCounts[index]!);
  }
  return { columns, rows, hardest: hardestFirst(columns), statusCounts };
}

function numberedQuestions(
  questions: readonly Question[],
  content: Pick<ResultContent, "titles" | "laterVersions">,
  quiz: QuizContent | undefined,
  live: boolean,
): QuestionResult[] {
  // An own text's question has the number the teacher's review page gives it, the same whichever questions the draws
  // asked so far; a question the quiz no longer holds comes after them. A bank quiz's are counted among those asked.
  const byQuizPosition = !live && quiz?.origin === "own";
  const positionInQuiz = new Map(quiz?.questionIds.map((id, index) => [id, index + 1]));
  let retired = quiz?.questionIds.length ?? 0;
  const results: QuestionResult[] = questions.map((question, index) => ({
    number: byQuizPosition ? (positionInQuiz.get(question.id) ?? ++retired) : index + 1,
    question,
    documentTitle: content.titles.get(question.evidence.documentId) ?? "",
    answered: 0,
    right: 0,
    wrongResponses: [],
  }));
  // A live lesson's questions are as the session asked them, and a quiz nobody knows any more has none to compare with.
  if (live || !quiz) return results;
  const inQuiz = new Set(quiz.questionIds);
  const later = content.laterVersions ?? new Map<string, string>();
  const numberOf = new Map(results.map((result) => [result.question.id, result.number]));
  for (const result of results) {
    if (inQuiz.has(result.question.id)) continue;
    // Each edit that changed the meaning made the next version: the chain ends in the quiz's question, or nowhere.
    let id: string | undefined = result.question.id;
    for (let steps = 0; id !== undefined && !inQuiz.has(id) && steps <= later.size; steps++) id = later.get(id);
    result.replacedBy = id === undefined || !inQuiz.has(id) ? "gone" : (numberOf.get(id) ?? "changed");
  }
  return results;
}

const sortedResponses = (responses: WrongResponse[]): WrongResponse[] => responses.sort((a, b) => b.count - a.count || germanOrder.compare(a.label, b.label));

/** The answered questions, the lowest share right first; at equal shares the one more students got wrong. */
const hardestFirst = (questions: readonly QuestionResult[]) =>
  questions
    .filter((question) => question.answered > 0)
    .sort((a, b) => a.right / a.answered - b.right / b.answered || b.answered - b.right - (a.answered - a.right) || a.number - b.number);

/** How many students gave a response to a question of an assignment; `response` is null for right answers. */
export interface ResponseCount {
  assignmentId: string;
  questionId: string;
  response: string | null;
  right: number | boolean;
  count: number;
}

/**
 * Per question of one assignment, from D1's counts of the newest answers: for the CSV of the questions. Its
 * questions are those the attempts asked (`asked`), numbered as the grid numbers them, answered or not yet.
 */
export function questionResults(
  assignment: AssignmentInfo,
  asked: readonly AskedQuestion[],
  responses: readonly ResponseCount[],
  content: ResultContent,
): QuestionResult[] {
  const own = responses.filter((row) => row.assignmentId === assignment.id);
  const positions = new Map(asked.filter((row) => row.assignmentId === assignment.id).map((row) => [row.questionId, row.position]));
  const quiz = content.quizzes.get(assignment.quizId);
  const live = assignment.liveAt != null;
  const questions = numberedQuestions(assignmentQuestions(quiz, positions, content.questions, live), content, quiz, live);
  const byId = new Map(questions.map((question) => [question.question.id, { result: question, wrong: [] as [string | null, number][] }]));
  for (const row of own) {
    const entry = byId.get(row.questionId);
    if (!entry) continue;
    entry.result.answered += row.count;
    if (row.right) entry.result.right += row.count;
    else entry.wrong.push([row.response, row.count]);
  }
  for (const { result, wrong } of byId.values()) result.wrongResponses = responsesInWords(result.question, wrong);
  return questions;
}
