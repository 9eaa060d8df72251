/**
 * Which questions of a teacher's text may stand together in one attempt (curatedChoice), as the review page shows it:
 * the most one attempt asks (the quiz size field's maximum) and, at each question a first attempt leaves out, the one
 * it yields to and why. Working it out compares the questions pair by pair: for the longest text (350 questions) 8 of
 * the 12 ms of CPU a view of its review took in workerd, on every view of each of its 36 pages. It changes only with
 * the questions: it is stored with the text's version (own_texts.curation) and read by the views, until the version
 * passes (every change of a question counts the version up) or a deploy brings another engine; then the first view works
 * it out again. A new text's is worked out by the last step of its preparation (CURATION_PENDING, routes.tsx), a request
 * of its own: in the step that puts the pool together the longest text's took 15 ms instead of 8, and in the review's
 * first view 10 ms, 6 of them the curation (round 49).
 */
import { type Clash, curatedChoice, type LeftOut } from "../../bank/quiz";
import type { Question } from "../../bank/schema";
import type { StoredCuration } from "../../db/schema/own-texts";

export interface Curation {
  /** How many questions one attempt may ask at most: curatedPool's. */
  perAttempt: number;
  leftOut: LeftOut[];
}

/** curatedChoice's answer for `questions`, the text's current questions in the quiz's order. */
export function curationOf(questions: readonly Question[]): Curation {
  const { kept, leftOut } = curatedChoice(questions);
  return { perAttempt: kept.length, leftOut };
}

/** `curation` as stored for the text's version `version`, worked out by the Worker's version `engine`: questions by id. */
export function storedCuration(version: number, engine: string, curation: Curation): StoredCuration {
  return {
    version,
    engine,
    perAttempt: curation.perAttempt,
    standIns: curation.leftOut.filter((out) => out.standsIn).map((out) => out.question.id),
    leftOut: curation.leftOut.map(({ question, yieldsTo, clash }) =>
      "by" in clash ? [question.id, yieldsTo.id, clash.reason, clash.by.id, clash.of.id] : [question.id, yieldsTo.id, clash.reason],
    ),
  };
}

/**
 * The stored curation of the text's `version`, with `questions` (its current questions) in the place of ids; undefined where
 * none is stored for that version by this `engine`, or it does not fit the questions (then it is worked out again).
 */
export function restoredCuration(stored: StoredCuration | null, version: number, engine: string, questions: readonly Question[]): Curation | undefined {
  if (stored === null || stored.version !== version || stored.engine !== engine || stored.perAttempt + stored.leftOut.length !== questions.length) {
    return undefined;
  }
  const questionOf = new Map(questions.map((question) => [question.id, question]));
  const leftOut: LeftOut[] = [];
  const standIns = new Set(stored.standIns ?? []);
  for (const [id, yieldsToId, reason, byId, ofId] of stored.leftOut) {
    const question = questionOf.get(id);
    const yieldsTo = questionOf.get(yieldsToId);
    if (question === undefined || yieldsTo === undefined) return undefined;
    let clash: Clash;
    if (reason === "shows" || reason === "offers" || reason === "office") {
      const by = questionOf.get(byId ?? "");
      const of = questionOf.get(ofId ?? "");
      if (by === undefined || of === undefined) return undefined;
      clash = { reason, by, of };
    } else clash = { reason };
    leftOut.push(standIns.has(id) ? { question, yieldsTo, clash, standsIn: true } : { question, yieldsTo, clash });
  }
  return { perAttempt: stored.perAttempt, leftOut };
}
