import { describe, expect, it } from "vitest";
import { getDocument, listDocuments, quizPool } from "../../../src/bank";
import type { Question } from "../../../src/bank/schema";
import {
  assignmentResults,
  classOverview,
  questionResults,
  type AskedQuestion,
  type LatestAnswer,
  type Member,
  type ResponseCount,
  type ResultContent,
} from "../../../src/worker/classroom/results";

const document = listDocuments().find((candidate) => quizPool(candidate.id).filter((question) => question.type === "single").length >= 2)!;
const pool = quizPool(document.id).slice(0, 5);
const singles = pool.filter((question) => question.type === "single");
const content: ResultContent = {
  quizzes: new Map([["quiz", { questionIds: pool.map((question) => question.id), size: pool.length }]]),
  questions: new Map(pool.map((question) => [question.id, question])),
  titles: new Map([[document.id, getDocument(document.id)!.title]]),
};
const assignment = { id: "A1", quizId: "quiz", dueDate: "2026-06-04" };
/** What D1 gives the CSV of the questions for the attempts: per assignment each question asked, at its first position. */
const askedRows = (rows: readonly { assignmentId: string | null; questionIds: readonly string[] }[]): AskedQuestion[] => {
  const first = new Map<string, AskedQuestion>();
  for (const row of rows) {
    for (const [position, questionId] of row.questionIds.entries()) {
      const key = `${row.assignmentId}|${questionId}`;
      const known = first.get(key);
      if (!known || position < known.position) first.set(key, { assignmentId: row.assignmentId ?? "", questionId, position });
    }
  }
  return [...first.values()];
};
const beforeDue = Date.parse("2026-06-03T10:00:00Z");
const afterDue = Date.parse("2026-06-05T10:00:00Z");

const members: Member[] = ["Anna", "Ben", "Cleo", "Dora"].map((nickname, index) => ({ id: index + 1, learnerId: `L-${nickname}`, nickname }));
const allIds = pool.map((question) => question.id);
const attempts = [
  { learnerId: "L-Anna", assignmentId: "A1", questionIds: allIds },
  { learnerId: "L-Ben", assignmentId: "A1", questionIds: allIds },
  { learnerId: "L-Dora", assignmentId: "A1", questionIds: allIds },
  // Another assignment's attempt must not count here.
  { learnerId: "L-Cleo", assignmentId: "A2", questionIds: allIds },
];

/** A wrong single-choice response as stored (JSON), and how the dashboard names it: "b) Rom". */
function wrongChoice(question: Question, which = 0): { response: string; label: string } {
  if (question.type !== "single") throw new Error("single choice only");
  const option = question.options.filter((candidate) => candidate.id !== question.answer)[which]!;
  return { response: JSON.stringify({ type: "single", choice: option.id }), label: option.text };
}

const right = (learnerId: string, question: Question, answeredAt = beforeDue): LatestAnswer => ({
  learnerId,
  questionId: question.id,
  score: 1,
  response: null,
  answeredAt,
});
const wrong = (learnerId: string, question: Question, which = 0, answeredAt = beforeDue): LatestAnswer => ({
  learnerId,
  questionId: question.id,
  score: 0,
  response: wrongChoice(question, which).response,
  answeredAt,
});

// Anna: all right, the last one after the due date. Ben: the two single-choice questions wrong (the same
// wrong option), nothing else. Cleo: never started. Dora: started, answered nothing.
const latest: LatestAnswer[] = [
  ...pool.map((question, index) => right("L-Anna", question, index === pool.length - 1 ? afterDue : beforeDue)),
  wrong("L-Ben", singles[0]!),
  wrong("L-Ben", singles[1]!),
];

describe("one assignment", () => {
  const results = assignmentResults(assignment, members, attempts, latest, content, afterDue);
  const row = (nickname: string) => results.rows.find((candidate) => candidate.member.nickname === nickname)!;

  it("has a column per question of the quiz, in its order", () => {
    expect(results.columns.map((column) => column.question.id)).toEqual(allIds);
    expect(results.columns.map((column) => column.number)).toEqual([1, 2, 3, 4, 5]);
    expect(results.columns[0]!.documentTitle).toBe(document.title);
  });

  it("keeps answered-of-asked apart from right-of-answered; unanswered is never wrong", () => {
    expect(row("Anna").summary).toMatchObject({ asked: 5, answered: 5, right: 5, points: 5, started: true });
    expect(row("Ben").summary).toMatchObject({ asked: 5, answered: 2, right: 0, started: true });
    expect(row("Dora").summary).toMatchObject({ asked: 5, answered: 0, right: 0, started: true });
    expect(row("Cleo").summary).toMatchObject({ asked: 5, answered: 0, started: false });
    const benMarks = row("Ben").marks!;
    expect(benMarks.filter((mark) => mark === "wrong")).toHaveLength(2);
    expect(benMarks.filter((mark) => mark === "open")).toHaveLength(3);
    expect(row("Dora").marks).toEqual(["open", "open", "open", "open", "open"]);
    expect(row("Cleo").marks).toBeNull();
    expect(row("Anna").marks).toEqual(["right", "right", "right", "right", "right"]);
  });

  it("marks late work and overdue work after the due date", () => {
    expect(row("Anna").summary.status).toBe("verspätet");
    expect(row("Ben").summary.status).toBe("überfällig");
    expect(row("Cleo").summary.status).toBe("überfällig");
    expect(results.statusCounts).toEqual({
      offen: 0,
      fertig: 0,
      verspätet: 1,
      überfällig: 3,
      zurückgezogen: 0,
      "nicht dabei": 0,
      unvollständig: 0,
      "keine Antwort": 0,
    });
    const early = assignmentResults(assignment, members, attempts, latest, content, beforeDue);
    expect(early.statusCounts).toEqual({
      offen: 3,
      fertig: 0,
      verspätet: 1,
      überfällig: 0,
      zurückgezogen: 0,
      "nicht dabei": 0,
      unvollständig: 0,
      "keine Antwort": 0,
    });
  });

  it("lists the answered questions hardest first, with the wrong answer given most", () => {
    const ids = results.hardest.map((question) => question.question.id);
    // The two questions Ben got wrong: 1 of 2 right; the others 1 of 1.
    expect(new Set(ids.slice(0, 2))).toEqual(new Set([singles[0]!.id, singles[1]!.id]));
    expect(ids).toHaveLength(5);
    const first = results.hardest[0]!;
    expect(first).toMatchObject({ answered: 2, right: 1 });
    expect(first.wrongResponses).toEqual([{ label: wrongChoice(first.question).label, count: 1, quoted: true }]);
  });

  it("leaves questions nobody answered out of the hardest list", () => {
    const onlyBen = assignmentResults(assignment, members, attempts, latest.slice(pool.length), content, beforeDue);
    expect(onlyBen.hardest.map((question) => question.question.id).sort()).toEqual([singles[0]!.id, singles[1]!.id].sort());
  });
});

describe("a quiz that draws fewer questions than it has", () => {
  const drawn: ResultContent = { ...content, quizzes: new Map([["quiz", { questionIds: allIds, size: 2 }]]) };
  const drawnAttempts = [
    { learnerId: "L-Anna", assignmentId: "A1", questionIds: [allIds[0]!, allIds[1]!] },
    { learnerId: "L-Ben", assignmentId: "A1", questionIds: [allIds[1]!, allIds[3]!] },
  ];

  it("shows the questions someone was asked, and 'absent' where a student was not asked one", () => {
    const results = assignmentResults(assignment, members, drawnAttempts, [right("L-Anna", pool[0]!)], drawn, beforeDue);
    expect(results.columns.map((column) => column.question.id)).toEqual([allIds[0], allIds[1], allIds[3]]);
    const anna = results.rows.find((row) => row.member.nickname === "Anna")!;
    expect(anna.marks).toEqual(["right", "open", "absent"]);
    expect(anna.summary).toMatchObject({ asked: 2, answered: 1 });
    expect(results.rows.find((row) => row.member.nickname === "Cleo")!.summary.asked).toBe(2);
  });
});

describe("the class overview from D1's sums", () => {
  it("gives every student a summary per assignment, with the quiz's size before they start", () => {
    const overview = classOverview(
      members,
      [assignment, { id: "A2", quizId: "gone", dueDate: null }],
      [
        { learnerId: "L-Anna", assignmentId: "A1", asked: 5 },
        { learnerId: "L-Cleo", assignmentId: "A2", asked: 3 },
      ],
      [
        { learnerId: "L-Anna", assignmentId: "A1", answered: 5, right: 4, points: 4.5, lastAnswerAt: beforeDue },
        { learnerId: "L-Cleo", assignmentId: "A2", answered: 3, right: 3, points: 3, lastAnswerAt: afterDue },
      ],
      content,
      afterDue,
    );
    expect(overview.students.get(1)!.get("A1")).toEqual({
      asked: 5,
      answered: 5,
      right: 4,
      points: 4.5,
      started: true,
      lastAnswerAt: beforeDue,
      status: "fertig",
    });
    expect(overview.students.get(2)!.get("A1")).toMatchObject({ asked: 5, answered: 0, started: false, status: "überfällig" });
    // A quiz that is gone counts what the attempts asked.
    expect(overview.students.get(3)!.get("A2")).toMatchObject({ asked: 3, answered: 3, status: "fertig" });
    expect(overview.students.get(2)!.get("A2")).toMatchObject({ asked: 0, status: "offen" });
    expect(overview.statusCounts.get("A1")).toEqual({
      offen: 0,
      fertig: 1,
      verspätet: 0,
      überfällig: 3,
      zurückgezogen: 0,
      "nicht dabei": 0,
      unvollständig: 0,
      "keine Antwort": 0,
    });
  });
});

describe("the questions from D1's counts", () => {
  it("agree with the grid computed from the single answers", () => {
    const counts = new Map<string, ResponseCount>();
    for (const answer of latest) {
      const key = `${answer.questionId}|${answer.response}`;
      const entry = counts.get(key) ?? { assignmentId: "A1", questionId: answer.questionId, response: answer.response, right: answer.score >= 1, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
    const fromCounts = questionResults(assignment, askedRows(attempts), [...counts.values()], content);
    const fromGrid = assignmentResults(assignment, members, attempts, latest, content, afterDue).columns;
    expect(fromCounts).toEqual(fromGrid);
  });
});

describe("questions the teacher deleted or changed after they were answered", () => {
  // The quiz holds the first three now; the last two were answered, then retired.
  const current = pool.slice(0, 3);
  const retired = pool.slice(3);
  const changedContent: ResultContent = { ...content, quizzes: new Map([["quiz", { questionIds: current.map((question) => question.id), size: 3 }]]) };
  // The attempt lists the retired ones in the opposite order to the answers' counts.
  const askedInOrder = [...current, ...[...retired].reverse()].map((question) => question.id);
  const latestAnswers = [...current, ...retired].map((question) => right("L-Anna", question));
  const counts: ResponseCount[] = [...current, ...retired].map((question) => ({
    assignmentId: "A1",
    questionId: question.id,
    response: null,
    right: true,
    count: 1,
  }));

  it("get the same numbers on the dashboard and in the CSV", () => {
    const grid = assignmentResults(
      assignment,
      members,
      [{ learnerId: "L-Anna", assignmentId: "A1", questionIds: askedInOrder }],
      latestAnswers,
      changedContent,
      beforeDue,
    );
    const csv = questionResults(assignment, askedRows([{ assignmentId: "A1", questionIds: askedInOrder }]), counts, changedContent);
    const numbered = (columns: readonly { number: number; question: Question }[]) => columns.map((column) => `${column.number} ${column.question.id}`);
    expect(numbered(csv)).toEqual(numbered(grid.columns));
    expect(grid.columns.slice(0, 3).map((column) => column.question.id)).toEqual(current.map((question) => question.id));
  });
});

/** Per question, how many students gave each response, as D1 counts them for the CSV. */
function responseCounts(answers: readonly LatestAnswer[], assignmentId: string): ResponseCount[] {
  const counts = new Map<string, ResponseCount>();
  for (const answer of answers) {
    const key = `${answer.questionId}|${answer.response}`;
    const entry = counts.get(key) ?? { assignmentId, questionId: answer.questionId, response: answer.response, right: answer.score >= 1, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

const numbered = (columns: readonly { number: number; question: Question }[]) => columns.map((column) => `${column.number} ${column.question.id}`);

describe("a live lesson's results", () => {
  // The session asked the quiz's questions in an order of its own (its draw), not the quiz's.
  const sessionOrder = [pool[3]!, pool[0]!, pool[4]!, pool[1]!].map((question) => question.id);
  const live = { id: "L1", quizId: "quiz", dueDate: null, liveAt: beforeDue };
  const liveAttempts = ["L-Anna", "L-Ben"].map((learnerId) => ({ learnerId, assignmentId: "L1", questionIds: sessionOrder }));
  const liveAnswers = [right("L-Anna", pool[3]!), right("L-Anna", pool[0]!), right("L-Ben", pool[4]!)];

  it("number the questions as the projector asked them, on the dashboard and in the CSV", () => {
    const grid = assignmentResults(live, members, liveAttempts, liveAnswers, content, afterDue);
    expect(grid.columns.map((column) => column.question.id)).toEqual(sessionOrder);
    const csv = questionResults(live, askedRows(liveAttempts), responseCounts(liveAnswers, "L1"), content);
    expect(numbered(csv)).toEqual(numbered(grid.columns));
  });
});

describe("an assignment still running, a drawn question not answered yet", () => {
  // A quiz that draws 3 of its 5: Anna was asked the first three, Ben the last three; nobody answered the fourth yet.
  const drawing: ResultContent = { ...content, quizzes: new Map([["quiz", { questionIds: allIds, size: 3 }]]) };
  const drawn = [
    { learnerId: "L-Anna", assignmentId: "A1", questionIds: allIds.slice(0, 3) },
    { learnerId: "L-Ben", assignmentId: "A1", questionIds: allIds.slice(2) },
  ];
  const answered = [right("L-Anna", pool[0]!), right("L-Anna", pool[1]!), right("L-Ben", pool[4]!)];

  it("gets the same numbers on the dashboard and in the CSV, the unanswered question listed in both", () => {
    const grid = assignmentResults(assignment, members, drawn, answered, drawing, beforeDue);
    const csv = questionResults(assignment, askedRows(drawn), responseCounts(answered, "A1"), drawing);
    expect(numbered(csv)).toEqual(numbered(grid.columns));
    expect(csv.map((question) => question.answered)).toEqual([1, 1, 0, 0, 1]);
  });
});
