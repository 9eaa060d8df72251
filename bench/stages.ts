/**
 * Where the time of one pasted text goes, stage by stage, in Node: the language check, extraction, each
 * question family, the last checks, and the first quiz drawn, for texts of 2 KB, 10 KB and the longest
 * allowed (MAX_TEXT_CHARACTERS). Milliseconds per stage: median and fastest of the runs after a
 * warm-up (JIT compilation does not count). Each family runs on a fresh context, so it pays for the
 * stand-alone check of the sentences it reads (in a whole run, the first family to read one pays):
 * the families add up to more than the whole. Prints figures only.
 *   npm run bench:stages
 */
import { drawQuiz } from "../src/bank/quiz";
import type { Question } from "../src/bank/schema";
import { extractFacts } from "../src/extract/index";
import { attendanceQuestions } from "../src/generate/attendance";
import { leaksAnswer } from "../src/generate/checks";
import { accusationQuestions } from "../src/generate/accusations";
import { actionQuestions, claimContentQuestions, quoteQuestions } from "../src/generate/claims";
import { compoundPastQuestions } from "../src/generate/compoundpast";
import { type DocContext, makeContext, type Pool } from "../src/generate/context";
import { attendeeCountQuestions, memberCountQuestions } from "../src/generate/counts";
import { countryActorQuestions, countryBodyQuestions } from "../src/generate/countryactors";
import { countryQuestions } from "../src/generate/countries";
import { countryPlaceQuestions } from "../src/generate/countryplaces";
import { dateQuestions } from "../src/generate/dates";
import { selfContainedQuestions } from "../src/generate/gapcontext";
import { generateBank } from "../src/generate/index";
import { meetingQuestions } from "../src/generate/meetings";
import { namedThingQuestions } from "../src/generate/namedthings";
import { objectQuestions } from "../src/generate/objects";
import { organisationQuestions } from "../src/generate/organisations";
import { countryGapQuestions, placeQuestions } from "../src/generate/places";
import { quantityQuestions } from "../src/generate/quantities";
import { reasonQuestions } from "../src/generate/reasons";
import { roleQuestions } from "../src/generate/roles";
import { termQuestions } from "../src/generate/terms";
import { judgeLanguage } from "../src/worker/own-texts/language";
import { MAX_TEXT_CHARACTERS } from "../src/worker/own-texts/prepare";
import { benchText } from "./texts";

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const WARM_UPS = 5;

function time(run: () => unknown): { median: number; fastest: number } {
  for (let warmUp = 0; warmUp < WARM_UPS; warmUp++) run();
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
  const persons = facts.persons.map((person) => ({ documentId: id, person }));
  // A fresh context per call: what a family reads of a sentence is kept per context (the stand-alone
  // check), so each family here pays for its own reading, which in a whole run the first to ask pays.
  const run = (family: (doc: DocContext, pool: Pool) => Question[]) => () => {
    const doc = makeContext(id, text, facts);
    return family(doc, { documents: [doc], persons });
  };
  const families: [string, () => Question[]][] = [
    ["attendance", run((doc, pool) => attendanceQuestions(doc, pool))],
    ["attendee counts", run((doc) => attendeeCountQuestions(doc))],
    ["member counts", run((doc) => memberCountQuestions(doc, []))],
    ["roles", run((doc, pool) => roleQuestions(doc, pool))],
    ["meetings", run((doc, pool) => meetingQuestions(doc, pool))],
    ["dates", run((doc, pool) => dateQuestions(doc, pool))],
    ["quantities", run((doc) => quantityQuestions(doc))],
    ["countries", run((doc, pool) => countryQuestions(doc, pool))],
    ["places", run((doc) => placeQuestions(doc))],
    ["country gaps", run((doc) => countryGapQuestions(doc))],
    ["quotes", run((doc, pool) => quoteQuestions(doc, pool))],
    ["actions", run((doc, pool) => actionQuestions(doc, pool))],
    ["compound past", run((doc, pool) => compoundPastQuestions(doc, pool))],
    ["accusations", run((doc, pool) => accusationQuestions(doc, pool))],
    ["country actors", run((doc, pool) => countryActorQuestions(doc, pool))],
    ["country bodies", run((doc, pool) => countryBodyQuestions(doc, pool))],
    ["country places", run((doc, pool) => countryPlaceQuestions(doc, pool))],
    ["claim contents", run((doc) => claimContentQuestions(doc))],
    ["objects", run((doc) => objectQuestions(doc))],
    ["organisations", run((doc) => organisationQuestions(doc))],
    ["named things", run((doc) => namedThingQuestions(doc))],
    ["key terms", run((doc) => termQuestions(doc))],
    ["reasons", run((doc) => reasonQuestions(doc))],
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
  // What generateBank does to every family's questions (gapcontext.ts: back-references of gap texts; textflaws.ts), on one
  // context, which keeps what it read of a sentence from the warm-up on (in a whole run the families pay for that).
  const made = families.flatMap(([, family]) => family());
  const context = makeContext(id, text, facts);
  rows.push(["  self-contained check", time(() => selfContainedQuestions(context, made)), `${made.length} in`]);
  rows.push(["  answer-leak check", time(() => questions.filter((question) => !leaksAnswer(question))), `${familyQuestions} in, ${questions.length} kept`]);
  rows.push(["extraction + generation", time(() => generateBank([{ id, text }])), `${questions.length} questions`]);
  // Fresh copies of the pool for every call, made beforehand: the draw keeps what it worked out per question object.
  const copies = Array.from({ length: WARM_UPS + RUNS }, () => questions.map((question) => ({ ...question })));
  rows.push(["quiz draw (first attempt)", time(() => drawQuiz(copies.pop()!, { seed: id })), ""]);
  console.log(`${label}: ${text.length} characters`);
  for (const [name, { median, fastest }, note] of rows) console.log(`  ${name.padEnd(28)} ${format(median)} ${format(fastest)}  ${note}`);
}
