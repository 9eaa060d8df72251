/**
 * What a learner must give to be right, found another way than the generator's own helpers
 * (src/generate/checks.ts reads the answer fields): the options the grader scores, and the gap a gap
 * text cuts out of its evidence sentence. The oracle the bank tests compare against.
 */
import { expect } from "vitest";
import { gradeAnswer } from "../../../src/bank/grade";
import type { BankFile, Evidence, Question, Topic } from "../../../src/bank/schema";

/**
 * For comparing what is shown: case and spacing aside, and a name broken after a hyphen in the source
 * ("al- Kadhimi") is the same name as shown joined ("al-Kadhimi").
 */
export const fold = (value: string) =>
  value
    .replace(/(?<=\p{L})-\s+(?=\p{Lu})/gu, "-")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();

/** What stands in the gap: the evidence sentence between the text before and the text after it ("… " marks a cut). */
function gapInEvidence(question: Extract<Question, { type: "cloze" }>): string {
  const before = question.before.replace(/^… /u, "");
  const after = question.after.replace(/ …$/u, "");
  const quote = question.evidence.quote;
  const start = quote.indexOf(before);
  const end = start === -1 ? -1 : quote.indexOf(after, start + before.length);
  if (start === -1 || end === -1) throw new Error(`${question.id}: the gap text is not cut out of its evidence "${quote}"`);
  return quote.slice(start + before.length, end).trim();
}

/**
 * Texts of the correct options (those the grader gives credit for on their own), the gap of a gap text
 * as its evidence reads and the other spellings the grader accepts; nothing for statements and figures.
 */
export function correctTexts(question: Question): string[] {
  switch (question.type) {
    case "single":
      return question.options.filter((option) => gradeAnswer(question, { type: "single", choice: option.id }) === 1).map((option) => option.text);
    case "multi":
      return question.options.filter((option) => gradeAnswer(question, { type: "multi", choices: [option.id] }) > 0).map((option) => option.text);
    case "cloze": {
      const spellings = [gapInEvidence(question), ...question.accept];
      return spellings.filter((text) => gradeAnswer(question, { type: "cloze", text }) === 1);
    }
    default:
      return [];
  }
}

const SCALES: Record<string, number> = { tausend: 1e3, millionen: 1e6, milliarden: 1e9, billionen: 1e12 };

/** A German figure as a number: "14.000" -> 14000, "1,8" -> 1.8, "19 000" -> 19000. */
export function parseFigure(written: string): number | undefined {
  const match = /^\s*(\d{1,3}(?:[. ]\d{3})+|\d+)(?:,(\d+))?(?:\s+(\S+))?/u.exec(written);
  if (!match) return undefined;
  const value = Number(`${match[1]!.replace(/[. ]/gu, "")}.${match[2] ?? "0"}`);
  const scale = SCALES[(match[3] ?? "").toLowerCase()] ?? 1;
  return value * scale;
}

/** The figures a question takes as right, in absolute terms ("1,8" in "Milliarden Dollar" is 1.8e9). */
export function correctFigures(question: Question): number[] {
  if (question.type === "numeric") {
    const scale = SCALES[(question.unit ?? "").split(" ")[0]!.toLowerCase()] ?? 1;
    return [question.answer * scale];
  }
  return correctTexts(question).flatMap((text) => {
    const value = parseFigure(text);
    return value === undefined ? [] : [value];
  });
}

const MONTHS = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"];

/** "4. Juni 2020" -> "2020-06-04", "Februar 2019" -> "2019-02", "04.06.2020" -> "2020-06-04". */
export function parseGermanDate(written: string): string | undefined {
  const pad = (value: string | number) => String(value).padStart(2, "0");
  const numeric = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(written.trim());
  if (numeric) return `${numeric[3]}-${pad(numeric[2]!)}-${pad(numeric[1]!)}`;
  const named = /^(?:(\d{1,2})\.\s*)?(\p{L}+)\s+(\d{4})$/u.exec(written.trim());
  const month = named ? MONTHS.indexOf(named[2]!.toLowerCase()) + 1 : 0;
  if (!named || month === 0) return /^\d{4}$/u.test(written.trim()) ? written.trim() : undefined;
  return named[1] ? `${named[3]}-${pad(month)}-${pad(named[1])}` : `${named[3]}-${pad(month)}`;
}

export function allEvidence(question: Question): Evidence[] {
  return [question.evidence, ...question.moreEvidence];
}

export function questionsOf(bank: BankFile[], documentId: string): Question[] {
  return bank.find((file) => file.document.id === documentId)?.questions ?? [];
}

export interface SeedFact {
  kind: string;
  answer: unknown;
  approx?: boolean;
  also_by_adjective?: string[];
  evidence: string;
}

export interface Trap {
  why: string;
  not_an_attendee?: string;
  boilerplate_lines?: string[];
  no_attendees_in_document?: boolean;
}

/** Topics a fact kind may be asked under; kinds that are not topics themselves map to the nearest. */
const TOPICS: Record<string, Topic[]> = {
  previous_in_person_meeting: ["date", "meeting_date"],
  date: ["date", "meeting_date"],
};
const topicsFor = (kind: string) => TOPICS[kind] ?? [kind as Topic];

/** Topics whose correct answers say that someone was at the meeting. */
const PRESENCE_TOPICS: ReadonlySet<Topic> = new Set(["attendee", "represented_by", "attendee_count"]);

const hasEvidence = (question: Question, evidence: string) => allEvidence(question).some((item) => item.quote.includes(evidence));
const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Whether a statement keyed true says the person of a role fact holds a role ("Robert Golob ist Ministerpräsident."). */
function statesRole(question: Question, fact: SeedFact): boolean {
  return (
    fact.kind === "person_role" &&
    question.type === "truefalse" &&
    question.answer &&
    fold(question.statement).startsWith(`${fold(fact.answer as string)} ist `)
  );
}

function answers(question: Question, fact: SeedFact): boolean {
  if (typeof fact.answer === "number") return correctFigures(question).some((value) => sameNumber(value, fact.answer as number));
  const expected = fact.answer as string;
  if (fact.kind === "date") return correctTexts(question).some((text) => parseGermanDate(text) === expected);
  // Where the text has nobody of the same gender to offer against "Wer ist Ministerpräsident?", the
  // role is asked as a statement: offering only women against a man's office would answer itself.
  return correctTexts(question).some((text) => fold(text) === fold(expected)) || statesRole(question, fact);
}

/**
 * A question answers the fact with its evidence. A hedged figure accepts a range where the hedge is
 * hidden; where the gap sentence prints the hedge ("etwa ___ Soldaten"), only the printed figure. An
 * exact figure accepts only itself.
 */
export function expectFactAsked(questions: Question[], fact: SeedFact): void {
  const matching = questions.filter(
    (question) => topicsFor(fact.kind).includes(question.topic) && answers(question, fact) && hasEvidence(question, fact.evidence),
  );
  expect(
    matching.map((question) => question.stem),
    `${fact.kind} ${JSON.stringify(fact.answer)}`,
  ).not.toEqual([]);
  for (const question of matching) {
    if (question.type !== "numeric") continue;
    // The gap sentence is the text's own: the word before the gap is the word before the figure, the
    // hedge of a hedged fact ("etwa ___", "Mindestens ___").
    const wordBeforeGap = /(\p{L}+)\s*$/u.exec(fold(question.before ?? ""))?.[1];
    const hedgeShown = wordBeforeGap !== undefined && fold(fact.evidence).includes(`${wordBeforeGap} `);
    if (fact.approx && !hedgeShown) expect(question.max, question.stem).toBeGreaterThan(question.min);
    else expect(question.max, question.stem).toBe(question.min);
  }
}

/** The countries named are exactly the correct options; no country the text mentions is a distractor. */
export function expectCountriesAsked(questions: Question[], fact: SeedFact): void {
  const named = new Set(fact.answer as string[]);
  const mentioned = new Set([...named, ...(fact.also_by_adjective ?? [])]);
  const multis = questions.filter(
    (question): question is Extract<Question, { type: "multi" }> => question.topic === "countries_named" && question.type === "multi",
  );
  const right = multis.flatMap((question) => question.options.filter((option) => question.answers.includes(option.id)));
  const wrong = multis.flatMap((question) => question.options.filter((option) => !question.answers.includes(option.id)));
  expect(new Set(right.map((option) => option.value))).toEqual(named);
  for (const option of wrong) expect(mentioned.has(option.value!), option.text).toBe(false);
  expect(multis.some((question) => hasEvidence(question, fact.evidence))).toBe(true);
}

const TRAP_KEYS: ReadonlySet<string> = new Set(["why", "not_an_attendee", "boilerplate_lines", "no_attendees_in_document"]);

/** A trap with a key no check knows would pass without being checked: it fails instead. */
export function expectOnlyKnownTrapKeys(trap: object): void {
  expect(
    Object.keys(trap).filter((key) => !TRAP_KEYS.has(key)),
    `keys of the trap ${JSON.stringify(trap)} that no check reads`,
  ).toEqual([]);
}

export function expectTrapRespected(questions: Question[], trap: Trap): void {
  expectOnlyKnownTrapKeys(trap);
  if (trap.not_an_attendee) {
    const surname = fold(trap.not_an_attendee).split(" ").pop()!;
    for (const question of questions.filter((candidate) => PRESENCE_TOPICS.has(candidate.topic))) {
      for (const text of correctTexts(question)) expect(fold(text).split(" ").pop(), question.stem).not.toBe(surname);
    }
    for (const question of questions) {
      if (question.type === "truefalse" && question.answer && question.topic === "attendee") {
        expect(fold(question.statement)).not.toContain(surname);
      }
    }
  }
  for (const line of trap.boilerplate_lines ?? []) {
    for (const question of questions) expect(JSON.stringify(question)).not.toContain(line.trim());
  }
  if (trap.no_attendees_in_document) {
    expect(questions.filter((question) => PRESENCE_TOPICS.has(question.topic))).toEqual([]);
  }
}
