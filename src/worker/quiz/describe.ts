/** Answers in German words, for the feedback, results and progress pages and the teacher's dashboard. */
import { matchClozeAnswer, numberWordValue, parseGermanNumber, textsHedge, type LearnerResponse } from "../../bank/grade";
import type { Question } from "../../bank/schema";
import { PLURAL_ENDINGS, UNIT_AFTER_ONE } from "../../extract/data/unit-nouns";
import { formatNumber, formatPoints, quoted } from "../../shared/german";
import { isNearMiss } from "../review/cards";

const TRUE_TEXT = "Stimmt";
const FALSE_TEXT = "Stimmt nicht";
export const truthText = (value: boolean) => (value ? TRUE_TEXT : FALSE_TEXT);

const optionText = (question: Question & { options: { id: string; text: string }[] }, id: string) =>
  question.options.find((option) => option.id === id)?.text ?? id;

/** "Millionen", "Milliarden", "Billionen" after one: "1 Milliarde Euro", not "1 Milliarden Euro". */
const SCALE_PLURALS: ReadonlyMap<string, string> = new Map([
  ["Millionen", "Million"],
  ["Milliarden", "Milliarde"],
  ["Billionen", "Billion"],
]);

function nounAfterOne(noun: string): string | undefined {
  const known = UNIT_AFTER_ONE.get(noun);
  if (known) return known;
  const ending = PLURAL_ENDINGS.find(({ plural, stemAtLeast }) => noun.endsWith(plural) && noun.length - plural.length >= stemAtLeast);
  return ending && noun.slice(0, -ending.plural.length) + ending.singular;
}

/**
 * A unit as it reads after the figure one ("1 Jahr", "1 Milliarde Euro", "1 EU-Staat"), undefined where its singular is
 * not known: an adjective before the noun takes the noun's gender ("1 ausländischer Kämpfer"), and a plural such as
 * "Kämpfer" or "Länder" may or may not be its singular.
 */
export function unitAfterOne(unit: string): string | undefined {
  const whole = UNIT_AFTER_ONE.get(unit);
  if (whole) return whole;
  const [first = "", ...rest] = unit.split(" ");
  const scale = SCALE_PLURALS.get(first);
  if (scale) return [scale, ...rest].join(" ");
  if (rest.length > 0) return undefined;
  const headStart = unit.lastIndexOf("-") + 1;
  const head = nounAfterOne(unit.slice(headStart));
  return head && unit.slice(0, headStart) + head;
}

/** A figure with its unit in the number the figure takes; after one, the figure alone where the unit's singular is not known. */
function withUnit(figure: string, value: number, unit: string): string {
  if (value !== 1) return `${figure} ${unit}`;
  const one = unitAfterOne(unit);
  return one ? `${figure} ${one}` : figure;
}

/** A figure in German digits with the question's unit, as the right answer shows it: "94 Liter", "1.200 Euro", "1 Jahr". */
export const figureWithUnit = (value: number, unit: string | undefined) => (unit ? withUnit(formatNumber(value), value, unit) : formatNumber(value));

/** A figure typed without anything after it ("80", "sieben"), which the question's unit completes; "80 Staaten" needs no second one. */
function isFigureAlone(typed: string): boolean {
  const text = typed.trim();
  return parseGermanNumber(text) !== null || numberWordValue(text) !== undefined;
}

/** A figure as typed, but one typed as a word in digits: "eins Staat" is no German, and "ein Staat" no figure. */
const typedFigure = (typed: string, value: number) => (value === 1 && numberWordValue(typed.trim()) !== undefined ? formatNumber(1) : typed);

/** The right answer as shown after answering. */
export function correctAnswerText(question: Question): string {
  switch (question.type) {
    case "single":
      return optionText(question, question.answer);
    case "multi":
      return question.answers.map((id) => optionText(question, id)).join(", ");
    case "numeric": {
      const figure = (value: number) => figureWithUnit(value, question.unit);
      // As the text states it: "mehr als 700 Instituten" is not "700 Instituten".
      const hedge = textsHedge(question.answerText);
      const stated = hedge ? `${hedge} ${figure(question.answer)}` : figure(question.answer);
      return question.min === question.max ? stated : `${stated} (als richtig gilt ${formatNumber(question.min)} bis ${formatNumber(question.max)})`;
    }
    case "truefalse":
      return truthText(question.answer);
    case "cloze":
      return question.answer;
  }
}

/** The right spelling of a gap answer that was accepted with a typo; undefined when there was none. */
export function spellingCorrection(question: Question, response: LearnerResponse): string | undefined {
  if (question.type !== "cloze" || response.type !== "cloze") return undefined;
  const match = matchClozeAnswer(question, response.text);
  return match && !match.exact ? match.accepted : undefined;
}

/** What the learner answered, in words. */
export function responseText(question: Question, response: LearnerResponse): string {
  switch (response.type) {
    case "single":
      return question.type === "single" ? optionText(question, response.choice) : response.choice;
    case "multi":
      if (response.choices.length === 0) return "nichts ausgewählt";
      return question.type === "multi" ? response.choices.map((id) => optionText(question, id)).join(", ") : response.choices.join(", ");
    case "numeric":
      return question.type === "numeric" && question.unit && isFigureAlone(response.typed)
        ? withUnit(typedFigure(response.typed, response.value), response.value, question.unit)
        : response.typed;
    case "truefalse":
      return truthText(response.value);
    case "cloze":
      return response.text;
  }
}

/** The words of the right answer as the text may have them, to emphasise in the evidence. A statement to judge has none. */
export function answerTerms(question: Question): string[] {
  switch (question.type) {
    case "single":
      return [optionText(question, question.answer)];
    case "multi":
      return question.answers.map((id) => optionText(question, id));
    case "numeric":
      return [question.answerText];
    case "cloze":
      return [question.answer, ...question.accept];
    case "truefalse":
      return [];
  }
}

/**
 * Of a choice between statements (statementAnswer), the words that tell the right one apart from the others: "Der
 * Stadtrat" of "Der Stadtrat beschloss ..." beside "Das Land beschloss ...". The whole sentence stands in the evidence,
 * and all its longer words emphasised there hid what the question asked. None for other questions.
 */
export function distinguishingTerms(question: Question): string[] {
  const statement = statementAnswer(question);
  if (!statement || question.type !== "single") return [];
  const others = question.options.filter((option) => option.id !== question.answer).map((option) => option.text);
  return wordsApartFromAny(statement, others);
}

const SENTENCE_END = /[.!?]$/u;

/**
 * The right answer of a choice between statements ("Was trifft laut Text zu?"): a sentence, too long for the
 * feedback's heading and read as a heading's words ("richtig ist 2014 hatte ..."). Undefined for other questions.
 */
export function statementAnswer(question: Question): string | undefined {
  if (question.type !== "single") return undefined;
  const text = optionText(question, question.answer);
  return SENTENCE_END.test(text) && text.includes(" ") ? text : undefined;
}

/**
 * The words of `text` and whether each is missing from `other`: of two statements alike but for a word or a name
 * ("... nicht erreicht"), the words that tell them apart, for the feedback to mark.
 */
export function wordsApart(text: string, other: string): { word: string; differs: boolean }[] {
  const bare = (word: string) => word.replace(/[.,;:!?„“"]/gu, "").toLowerCase();
  const others = new Set(other.split(" ").map(bare));
  return text.split(" ").map((word) => ({ word, differs: !others.has(bare(word)) }));
}

/** A run worth emphasising has a figure or a longer word: an article alone ("der" for "dem") would mark each of its kind in the evidence. */
const WORTH_EMPHASIS = /\p{N}|\p{L}{4}/u;

/**
 * The runs of words of `text` that one of `others` lacks, each as `text` has it without the marks around it:
 * ["Der Stadtrat"] of "Der Stadtrat beschloss ..." beside "Das Land beschloss ...". Runs of short words only are left out.
 */
function wordsApartFromAny(text: string, others: readonly string[]): string[] {
  const apartFromEach = others.map((other) => wordsApart(text, other));
  const runs: string[][] = [];
  let inRun = false;
  text.split(" ").forEach((word, index) => {
    const differs = apartFromEach.some((words) => words[index]!.differs);
    if (differs && inRun) runs.at(-1)!.push(word);
    else if (differs) runs.push([word]);
    inRun = differs;
  });
  return runs.map((run) => run.join(" ").replace(/^[„"]+|[.,;:!?„“"]+$/gu, "")).filter((run) => WORTH_EMPHASIS.test(run));
}

/**
 * The one line after answering: "Richtig!", or what was right ("Leider falsch: richtig ist …", "Knapp daneben" for a figure close
 * to the text's). A multiple select says its points; its options carry their own marks. A statement that was right
 * follows on its own line (statementAnswer).
 */
export function resultLine(question: Question, response: LearnerResponse, score: number): string {
  if (score >= 1) return "Richtig!";
  if (question.type === "multi") return score > 0 ? `Teilweise richtig: ${formatPoints(score)} von 1 Punkt` : "Leider falsch: diesmal 0 Punkte";
  const opening = isNearMiss(question, response) ? "Knapp daneben" : "Leider falsch";
  if (question.type === "truefalse") return `${opening}: Die Aussage ${question.answer ? "stimmt" : "stimmt nicht"}.`;
  if (statementAnswer(question) !== undefined) return `${opening}.`;
  const right = correctAnswerText(question);
  return `${opening}: richtig ist ${question.type === "single" && goesOnFromStem(right) ? quoted(right) : right}`;
}

/** An option that goes on from its stem ("sitzt seit … in Haft" for "Was trifft auf X zu?"): "richtig ist sitzt …" does not read. */
const goesOnFromStem = (option: string) => /^\p{Ll}/u.test(option) && option.includes(" ");

export type Verdict = "right" | "partly" | "wrong";
export const verdict = (score: number): Verdict => (score >= 1 ? "right" : score > 0 ? "partly" : "wrong");
export const VERDICT_TEXT: Record<Verdict, string> = { right: "Richtig", partly: "Teilweise richtig", wrong: "Falsch" };

export const QUESTION_TYPE_NAMES: Record<Question["type"], string> = {
  single: "Einfachauswahl",
  multi: "Mehrfachauswahl",
  numeric: "Zahl",
  truefalse: "Stimmt oder stimmt nicht",
  cloze: "Lückentext",
};
