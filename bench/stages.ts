/**
 * Where the time of one pasted text goes, stage by stage, in Node: the language check, extraction, each
 * question family, the last checks, and the first quiz drawn, for texts of 2 KB, 10 KB and the longest
 * allowed (MAX_TEXT_CHARACTERS). Milliseconds per stage: median and fastest of the runs after a
 * warm-up (JIT compilation does not count). Prints figures only.
 *   npm run bench:stages
 */
import { drawQuiz } from "../src/bank/quiz";
import type { Question } from "../src/bank/schema";
import { extractFacts } from "../src/extract/index";
import { attendanceQuestions } from "../src/generate/attendance";
import { leaksAnswer } from "../src/generate/checks";
import { actionQuestions, quoteQuestions } from "../src/generate/claims";
import { makeContext, type Pool } from "../src/generate/context";
import { attendeeCountQuestions, memberCountQuestions } from "../src/generate/counts";
import { countryQuestions } from "../src/generate/countries";
import { dateQuestions } from "../src/generate/dates";
import { generateBank } from "../src/generate/index";
import { meetingQuestions } from "../src/generate/meetings";
import { organisationQuestions } from "../src/generate/organisations";
import { countryGapQuestions, placeQuestions } from "../src/generate/places";
import { quantityQuestions } from "../src/generate/quantities";
import { roleQuestions } from "../src/generate/roles";
import { termQuestions } from "../src/generate/terms";
import { judgeLanguage } from "../src/worker/own-texts/language";
import { MAX_TEXT_CHARACTERS } from "../src/worker/own-texts/prepare";
import { benchText } from "./texts";

const RUNS = Number(process.env.BENCH_RUNS ?? 21);

function time(run: () => unknown): { median: number; fastest: number } {
  for (let warmUp = 0; warmUp < 5; warmUp++) run();
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[RUNS >> 1]!, fastest: times[0]! };
}

const sizes: [string, number][] = [
  ["2 KB", 2_000],
  ["10 KB", 10_000],
  ["maximum", MAX_TEXT_CHARACTERS],
];
const format = (ms: number) => ms.toFixed(2).padStart(7);
console.log(`Stages of one pasted text in Node (ms; median and fastest of ${RUNS} runs)`);
for (const [label, size] of sizes) {
  const text = benchText(size);
  const id = "bench";
  const facts = extractFacts(text, { id });
  const doc = makeContext(id, text, facts);
  const pool: Pool = { documents: [doc], persons: facts.persons.map((person) => ({ documentId: id, person })) };
  const families: [string, () => Question[]][] = [
    ["attendance", () => attendanceQuestions(doc, pool)],
    ["attendee counts", () => attendeeCountQuestions(doc)],
    ["member counts", () => memberCountQuestions(doc, [])],
    ["roles", () => roleQuestions(doc, pool)],
    ["meetings", () => meetingQuestions(doc, pool)],
    ["dates", () => dateQuestions(doc, pool)],
    ["quantities", () => quantityQuestions(doc)],
    ["countries", () => countryQuestions(doc, pool)],
    ["places", () => placeQuestions(doc)],
    ["country gaps", () => countryGapQuestions(doc)],
    ["quotes", () => quoteQuestions(doc, pool)],
    ["actions", () => actionQuestions(doc, pool)],
    ["organisations", () => organisationQuestions(doc)],
    ["key terms", () => termQuestions(doc)],
  ];
  const [bank] = generateBank([{ id, text }]);
  const questions = bank!.questions;
  const rows: [string, { median: number; fastest: number }, string][] = [
    ["language check", time(() => judgeLanguage(text)), ""],
    ["extraction", time(() => extractFacts(text, { id })), ""],
  ];
  let familyQuestions = 0;
  for (const [name, family] of families) {
    const count = family().length;
    familyQuestions += count;
    rows.push([`  ${name}`, time(family), `${count} questions`]);
  }
  rows.push(["  answer-leak check", time(() => questions.filter((question) => !leaksAnswer(question))), `${familyQuestions} in, ${questions.length} kept`]);
  rows.push(["extraction + generation", time(() => generateBank([{ id, text }])), `${questions.length} questions`]);
  rows.push(["quiz draw (first attempt)", time(() => drawQuiz(questions, { seed: id })), ""]);
  console.log(`${label}: ${text.length} characters`);
  for (const [name, { median, fastest }, note] of rows) console.log(`  ${name.padEnd(28)} ${format(median)} ${format(fastest)}  ${note}`);
}
