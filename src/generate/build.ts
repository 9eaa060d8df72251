/** Question constructors: ids from content, option ids and a deterministic option order, distractors. */
import type { Evidence, Option, Question, Topic } from "../bank/schema";
import type { Span } from "../extract/types";
import { foldText } from "../bank/text";
import { formatNumber } from "../shared/german";
import { clean } from "./german";
import { hash } from "../shared/hash";
import { contentId, shuffled } from "./ids";

interface Common {
  documentId: string;
  topic: Topic;
  /** The question's identity within document and topic: part of the id. */
  key: string;
  /** The fact asked about: the questions about one fact share it, and a quiz asks each fact once. */
  fact: string;
  /** Further facts the question states (a borrowed office); those of its options are added by the constructors. */
  alsoAbout?: string[];
  /** How central the fact is to the text (salience.ts). */
  salience: number;
  stem: string;
  evidence: Evidence;
  moreEvidence?: Evidence[];
  /** Where the question's own sentence starts, when its evidence opens with an earlier one (Question.sentenceStart). */
  sentenceStart?: number;
}

/** An option's text and, where there is one, its machine-readable identity (ISO country code). */
export interface Choice {
  text: string;
  value?: string;
  /** The fact that showing this option states: a person of the text among "who was there" states their attendance. */
  fact?: string;
}

/** Wrong options of a choice at most. */
export const MAX_DISTRACTORS = 3;
export const MAX_GAP_SENTENCE = 260;

/** The stem of every true/false statement. */
export const STATEMENT_STEM = "Stimmt diese Aussage laut Text?";

/** As shown texts are compared (foldText): lower case, single spaces, trimmed. */
export const normalise = foldText;

const spanKey = (evidence: Evidence) => `${evidence.documentId}:${evidence.start}:${evidence.end}`;

/** Further evidence without the main evidence and without repeats, first come first served. */
export function furtherEvidence(evidence: Evidence, more: readonly Evidence[]): Evidence[] {
  if (more.length === 0) return [];
  const seen = new Set([spanKey(evidence)]);
  return more.filter((item) => {
    const key = spanKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The fields every question has, in the order the bank file lists them. The constructors add their
 * own with Object.assign: spreading this object (whose shape varies with `alsoAbout`) into a new
 * literal took V8's slow path, about 10 µs a question.
 */
function base(common: Common, type: Question["type"], shown: readonly Choice[] = []) {
  // Most questions state no further fact: then neither the set nor the optional key is needed.
  const statesMore = (common.alsoAbout !== undefined && common.alsoAbout.length > 0) || shown.some((choice) => choice.fact);
  const alsoAbout = statesMore
    ? [...new Set([...(common.alsoAbout ?? []), ...shown.flatMap((choice) => (choice.fact ? [choice.fact] : []))])].filter((fact) => fact !== common.fact)
    : [];
  const id = contentId(common.documentId, type, common.topic, common.key);
  const moreEvidence = furtherEvidence(common.evidence, common.moreEvidence ?? []);
  const { documentId, topic, stem, fact, salience, evidence, sentenceStart } = common;
  // Literals, not a spread of an optional key in the middle of one: that spread takes V8's slow path for
  // every question. The keys stay in one order, which the bank files show.
  if (sentenceStart !== undefined)
    return alsoAbout.length > 0
      ? { id, documentId, topic, stem, fact, alsoAbout, salience, evidence, moreEvidence, sentenceStart }
      : { id, documentId, topic, stem, fact, salience, evidence, moreEvidence, sentenceStart };
  return alsoAbout.length > 0
    ? { id, documentId, topic, stem, fact, alsoAbout, salience, evidence, moreEvidence }
    : { id, documentId, topic, stem, fact, salience, evidence, moreEvidence };
}

/** Distinct choices (by shown text), none of those in `taken`, first come first served. */
export function distinct(choices: readonly Choice[], taken: Set<string> = new Set(), limit = Infinity): Choice[] {
  const result: Choice[] = [];
  for (const choice of choices) {
    // Stopped at the limit, before folding the rest: callers hand in every candidate of the text, sorted.
    if (result.length >= limit) break;
    const key = normalise(choice.text);
    if (key === "" || taken.has(key)) continue;
    taken.add(key);
    result.push(choice);
  }
  return result;
}

function toOptions(choices: readonly Choice[]): Option[] {
  return choices.map((choice, index) => ({ id: String.fromCharCode(97 + index), text: choice.text, ...(choice.value ? { value: choice.value } : {}) }));
}

/** One correct option among up to three distractors, in an order fixed by the content. */
export function single(common: Common, correct: Choice, distractors: readonly Choice[]): Question | undefined {
  const wrong = distinct(distractors, new Set([normalise(correct.text)]), MAX_DISTRACTORS);
  if (wrong.length === 0) return undefined;
  const question = base(common, "single", [correct, ...wrong]);
  const options = toOptions(shuffled([correct, ...wrong], question.id, (choice) => choice.text));
  const answer = options.find((option) => option.text === correct.text)!.id;
  return Object.assign(question, { type: "single" as const, options, answer });
}

/** Several correct options among distractors; graded with partial credit. */
export function multi(common: Common, correct: readonly Choice[], distractors: readonly Choice[]): Question | undefined {
  const taken = new Set<string>();
  const right = distinct(correct, taken, correct.length);
  const wrong = distinct(distractors, taken, MAX_DISTRACTORS);
  if (right.length === 0 || wrong.length === 0 || right.length + wrong.length < 3) return undefined;
  const question = base(common, "multi", [...right, ...wrong]);
  const options = toOptions(shuffled([...right, ...wrong], question.id, (choice) => choice.text));
  const rightTexts = new Set(right.map((choice) => choice.text));
  const answers = options.filter((option) => rightTexts.has(option.text)).map((option) => option.id);
  return Object.assign(question, { type: "multi" as const, options, answers });
}

/** Factors for made-up figures: far enough from the answer that a hedge ("rund") cannot blur them. */
const BELOW_FACTORS = [0.5, 0.7, 0.3, 0.2];
const ABOVE_FACTORS = [1.5, 2, 3, 1.3];

/** A made-up figure rounded to the precision of the answer, so it does not stand out. */
function roundLike(value: number, answer: number): number {
  const digits = Math.max(1, String(Math.round(Math.abs(answer))).replace(/0+$/u, "").length);
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(value))) + 1 - digits);
  if (!Number.isInteger(answer)) return clean(Math.round(value * 10) / 10);
  return Math.max(1, Math.round(value / magnitude) * magnitude);
}

/** Whether two figures are far enough apart to be told apart, wider when one of them is hedged. */
export function clearlyDifferent(a: number, b: number, hedged = true): boolean {
  return Math.abs(a - b) >= (hedged ? 0.2 : 0.1) * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * A choice between figures, shown in ascending order. Where the answer ranks among the options is
 * drawn from the content, so it is neither always in the middle nor always at an edge. Figures from
 * the texts (`nearby`) come first; made-up ones fill up.
 */
export function numericChoice(common: Common, answer: number, nearby: readonly number[], hedged: boolean, unit = ""): Question | undefined {
  const id = contentId(common.documentId, "single", common.topic, common.key);
  const below = BELOW_FACTORS.map((factor) => roundLike(answer * factor, answer));
  const above = ABOVE_FACTORS.map((factor) => roundLike(answer * factor, answer));
  const sameMagnitude = (value: number) => value > 0 && value / answer >= 0.1 && value / answer <= 10;
  const usable = (value: number, chosen: number[]) =>
    value !== answer && clearlyDifferent(value, answer, hedged) && chosen.every((other) => clearlyDifferent(value, other, false));
  const belowRank = hash(id, "rank") % 4;
  const chosen: number[] = [];
  const candidatesBelow = [...nearby.filter((value) => value < answer && sameMagnitude(value)), ...below];
  const candidatesAbove = [...nearby.filter((value) => value > answer && sameMagnitude(value)), ...above];
  for (const value of candidatesBelow) if (chosen.length < belowRank && usable(value, chosen)) chosen.push(value);
  for (const value of candidatesAbove) if (chosen.length < 3 && usable(value, chosen)) chosen.push(value);
  for (const value of candidatesBelow) if (chosen.length < 3 && usable(value, chosen)) chosen.push(value);
  if (chosen.length < 2) return undefined;
  const label = (value: number) => (unit ? `${formatNumber(value)} ${unit}` : formatNumber(value));
  const options = toOptions([answer, ...chosen].sort((a, b) => a - b).map((value) => ({ text: label(value) })));
  const correct = options.find((option) => option.text === label(answer))!.id;
  return Object.assign(base(common, "single"), { type: "single" as const, options, answer: correct, ordered: true });
}

export function numeric(
  common: Common,
  answer: number,
  range: { min: number; max: number },
  answerText: string,
  unit: string | undefined,
  gap?: { before: string; after: string },
): Question {
  return Object.assign(
    base(common, "numeric"),
    { type: "numeric" as const, answer, min: range.min, max: range.max, answerText },
    unit ? { unit } : {},
    gap ? { before: gap.before, after: gap.after } : {},
  );
}

/** Every word that denies, to count them: a false statement made by a denial has one more than its true twin. */
export const DENYING_WORDS = /(?<!\p{L})(?:nicht|kein|keine[mnrs]?|nie|niemals|weder|nirgends|nirgendwo)(?!\p{L})/giu;
const denials = (text: string) => text.match(DENYING_WORDS)?.length ?? 0;

/**
 * Whether two statements differ in how often they deny: side by side as the two options of "Was trifft laut Text
 * zu?", such a pair is a true/false statement in disguise, its wrong option the key with "nicht" (blind readers
 * failed 5 of the 6 such choices in the quizzes as transparent).
 */
export const deniedTwins = (one: string, other: string) => denials(one) !== denials(other);
/**
 * A false statement that differs from its true twin by a denial ("hat ... nicht beschlossen") wears its key on its
 * surface: a learner who answers "Stimmt nicht" wherever a "nicht" stands scores well (in the 60 devset quizzes of round
 * 32, 12 of the 17 statements with a denial were false). It ranks below its true twin and other statements.
 */
const DENIED_TWIN_SALIENCE = 0.5;

export function trueFalse(common: Common, statement: string, answer: boolean, correction?: string): Question {
  const denial = !answer && correction !== undefined && denials(statement) > denials(correction);
  const ranked = denial ? { ...common, salience: common.salience * DENIED_TWIN_SALIENCE } : common;
  return Object.assign(base(ranked, "truefalse"), { type: "truefalse" as const, statement, answer }, answer || !correction ? {} : { correction });
}

/**
 * Whether the sentence at `span` is short enough for a gap text (cloze turns a longer one down): the families
 * ask it before standsAlone, which would read the sentence for nothing.
 */
export function fitsGapText(span: Span): boolean {
  return span.end - span.start <= MAX_GAP_SENTENCE;
}

/** A gap text cut out of `sentence` at [start, end) (offsets into the sentence). */
export function cloze(common: Common, sentence: string, start: number, end: number, accept: readonly string[] = []): Question | undefined {
  // A gap text longer than this runs over a phone's screen and buries what is asked.
  if (sentence.length > MAX_GAP_SENTENCE) return undefined;
  const answer = sentence.slice(start, end).trim();
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const shownAnswer = normalise(answer);
  if (answer === "" || normalise(`${before} ${after}`).includes(shownAnswer)) return undefined;
  const alternatives = [...new Set(accept.filter((spelling) => normalise(spelling) !== shownAnswer))];
  return Object.assign(base(common, "cloze"), { type: "cloze" as const, before, after, answer, accept: alternatives });
}
