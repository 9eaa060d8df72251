import { describe, expect, it } from "vitest";
import { planMerge, type MergeAnswer, type MergeAttempt, type MergeSide } from "../../../src/worker/classroom/merge";

const attempt = (id: string, assignmentId: string, questionIds: string[], createdAt: number): MergeAttempt => ({ id, assignmentId, questionIds, createdAt });
let nextId = 1;
const answer = (attemptId: string, questionId: string, score: number, createdAt: number): MergeAnswer => ({
  id: nextId++,
  attemptId,
  questionId,
  score,
  createdAt,
});

/** What the staying entry holds after the plan, per assignment: question -> [score, time]; and the attempts' questions. */
function apply(leaving: MergeSide, staying: MergeSide) {
  const plan = planMerge(leaving, staying);
  const deleted = new Set(plan.deleteAnswers);
  const attempts = new Map<string, MergeAttempt>(staying.attempts.map((entry) => [entry.id, { ...entry }]));
  for (const id of plan.moveAttempts) attempts.set(id, leaving.attempts.find((entry) => entry.id === id)!);
  for (const { attemptId, questionIds } of plan.setQuestionIds) attempts.get(attemptId)!.questionIds = questionIds;
  const answers = new Map<number, MergeAnswer>();
  for (const entry of [...staying.answers, ...leaving.answers]) if (!deleted.has(entry.id)) answers.set(entry.id, { ...entry });
  for (const { attemptId, answerIds } of plan.moveAnswers) for (const id of answerIds) answers.get(id)!.attemptId = attemptId;
  for (const id of plan.deleteAttempts) attempts.delete(id);
  const kept = [...answers.values()].filter((entry) => attempts.has(entry.attemptId));
  // No attempt may hold two answers to one question (the unique index).
  const keys = kept.map((entry) => `${entry.attemptId}|${entry.questionId}`);
  expect(new Set(keys).size).toBe(keys.length);
  return { plan, attempts: [...attempts.values()], answers: kept };
}

describe("merging two entries of a student", () => {
  it("moves the attempts of an assignment the staying entry never started", () => {
    const leaving = { attempts: [attempt("s1", "A", ["q1", "q2"], 10)], answers: [answer("s1", "q1", 1, 11)] };
    const staying = { attempts: [attempt("t1", "B", ["q9"], 5)], answers: [] };
    const { plan, answers } = apply(leaving, staying);
    expect(plan.moveAttempts).toEqual(["s1"]);
    expect(plan.deleteAttempts).toEqual([]);
    expect(answers.map((entry) => entry.questionId)).toEqual(["q1"]);
  });

  it("folds into the staying entry's newest attempt: the newer answer of a question wins, the attempt asks both sets", () => {
    const leaving = {
      attempts: [attempt("s1", "A", ["q1", "q2", "q4"], 10)],
      answers: [answer("s1", "q1", 1, 30), answer("s1", "q2", 0, 12), answer("s1", "q4", 1, 13)],
    };
    const staying = {
      attempts: [attempt("t-old", "A", ["q1"], 1), attempt("t1", "A", ["q1", "q2", "q3"], 20)],
      answers: [answer("t1", "q1", 0, 21), answer("t1", "q2", 1, 22), answer("t1", "q3", 1, 23)],
    };
    const { attempts, answers } = apply(leaving, staying);
    const inT1 = new Map(answers.filter((entry) => entry.attemptId === "t1").map((entry) => [entry.questionId, [entry.score, entry.createdAt]]));
    expect(Object.fromEntries(inT1)).toEqual({ q1: [1, 30], q2: [1, 22], q3: [1, 23], q4: [1, 13] });
    expect(attempts.find((entry) => entry.id === "t1")!.questionIds).toEqual(["q1", "q2", "q3", "q4"]);
    expect(attempts.map((entry) => entry.id).sort()).toEqual(["t-old", "t1"]);
  });

  it("at the same moment keeps the better answer; of the leaving entry's own repeats, the newest", () => {
    const leaving = {
      attempts: [attempt("s1", "A", ["q1"], 10), attempt("s2", "A", ["q1"], 40)],
      answers: [answer("s1", "q1", 1, 11), answer("s2", "q1", 0, 41)],
    };
    const tie = { attempts: [attempt("t1", "A", ["q1"], 20)], answers: [answer("t1", "q1", 1, 41)] };
    expect(apply(leaving, tie).answers.map((entry) => entry.score)).toEqual([1]);

    const older = { attempts: [attempt("t1", "A", ["q1"], 20)], answers: [answer("t1", "q1", 1, 25)] };
    // s2's wrong answer at 41 is the newest of all: it counts, as it would on the dashboard.
    expect(apply(leaving, older).answers.map((entry) => [entry.score, entry.createdAt])).toEqual([[0, 41]]);
  });

  it("plans nothing for an entry without attempts", () => {
    expect(planMerge({ attempts: [], answers: [] }, { attempts: [attempt("t1", "A", ["q1"], 1)], answers: [] })).toEqual({
      moveAttempts: [],
      deleteAnswers: [],
      moveAnswers: [],
      setQuestionIds: [],
      deleteAttempts: [],
    });
  });
});
