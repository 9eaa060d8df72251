/**
 * Making a teacher's questions over several requests (src/worker/own-texts/prepare.ts) gives the same
 * pool as the engine in one go (generateBank), question for question and byte for byte: with the facts
 * and questions passing through JSON between the requests, however the families are split.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { makeContext } from "../../../src/generate/context";
import { distinctQuestions, generateBank, SINGLE_DOCUMENT_FAMILIES, singleDocumentPool, usableQuestion, WHOLE_FAMILY } from "../../../src/generate/index";
import {
  CURATION_PENDING,
  EXTRACTION_FIGURES_DONE,
  EXTRACTION_PENDING,
  EXTRACTION_PERSONS_DONE,
  EXTRACTION_QUOTES_DONE,
  extractionSteps,
  extractOwnText,
  extractOwnTextFirstPart,
  extractPersonsOfOwnText,
  extractQuotesOfOwnText,
  extractActionsOfOwnText,
  FAMILY_COUNT,
  FAMILY_CPU_MS,
  familyRunCount,
  familyRuns,
  generationProgress,
  MAX_TEXT_CHARACTERS,
  nextFamilyBoundary,
  prepareOwnText,
  runFamilies,
  startOwnText,
} from "../../../src/worker/own-texts/prepare";

const root = join(import.meta.dirname, "../../..");
const textsIn = (directory: string) =>
  readdirSync(join(root, directory))
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ name: `${directory}/${file}`, text: readFileSync(join(root, directory, file), "utf8") }));

const texts = [...textsIn("corpus"), ...textsIn("test/fixtures/generate-texts"), ...textsIn("test/fixtures/own-texts")];
/** As long as a teacher may paste: the texts above one after the other, in whole paragraphs. */
const longest = texts
  .flatMap(({ text }) => text.split(/\n\s*\n/))
  .reduce((long, paragraph) => (long.length + paragraph.length + 2 <= MAX_TEXT_CHARACTERS ? `${long}${long ? "\n\n" : ""}${paragraph.trim()}` : long), "");

const ID = "t_00000000000000aa";

/** The pool as the requests make it, the runs of families (familyRuns) split where `next` says. */
function stepwisePool(text: string, next: (from: number) => number): Question[] {
  const started = startOwnText(ID, { text });
  if (!started.ok) throw new Error(started.message);
  const facts = JSON.stringify(started.facts);
  let generated = "";
  for (let from = 0; from < familyRunCount(text.length); from = next(from)) generated += runFamilies(ID, started.document.text, facts, from, next(from));
  // As finishOwnText: the runs checked each question (usableQuestion), the pool keeps each id and shown form once.
  return distinctQuestions(JSON.parse(`[${generated.slice(1)}]`) as Question[]);
}

describe("questions made step by step", () => {
  it.each([...texts.map(({ name, text }) => [name, text] as const), [`${longest.length} characters of them`, longest] as const])(
    "%s: the same pool as generateBank, split as the Worker splits it and one run of a family per step",
    (_name, text) => {
      const [bank] = generateBank([{ id: ID, text }]);
      const expected = JSON.stringify(bank!.questions);
      expect(bank!.questions.length).toBeGreaterThan(0);
      expect(JSON.stringify(stepwisePool(text, (from) => nextFamilyBoundary(from, text.length)))).toBe(expected);
      expect(JSON.stringify(stepwisePool(text, (from) => from + 1))).toBe(expected);
    },
  );

  /** The runs of families each request does, for a text of this length. */
  const groups = (length: number) => {
    const found: number[][] = [];
    for (let from = 0; from < familyRunCount(length); from = nextFamilyBoundary(from, length)) found.push([from, nextFamilyBoundary(from, length)]);
    return found;
  };

  it("splits the longest text into several steps, and a short one into one", () => {
    const steps = (length: number) => groups(length).length;
    expect(longest.length).toBeGreaterThan(MAX_TEXT_CHARACTERS * 0.95);
    expect(steps(longest.length)).toBeGreaterThan(1);
    expect(steps(1_000)).toBe(1);
    // More text, more steps: a family costs more on a longer text.
    expect(steps(10_000)).toBeGreaterThan(steps(2_000));
    expect(steps(MAX_TEXT_CHARACTERS)).toBeGreaterThan(steps(10_000));
  });

  it.each([1, 400, 1_000, 2_000, 3_999, 4_001, 7_500, 10_000, 15_000, 19_999, MAX_TEXT_CHARACTERS])(
    "%i characters: the steps do every run exactly once, in order, each family whole or in all its parts, and the progress counts them",
    (length) => {
      expect(FAMILY_CPU_MS).toHaveLength(FAMILY_COUNT);
      const found = groups(length);
      expect(found.flatMap(([from, to]) => Array.from({ length: to! - from! }, (_, index) => from! + index))).toEqual(
        Array.from({ length: familyRunCount(length) }, (_, index) => index),
      );
      const runs = familyRuns(length);
      expect([...new Set(runs.map((run) => run.family))]).toEqual(Array.from({ length: FAMILY_COUNT }, (_, index) => index));
      for (const [index, run] of runs.entries()) {
        expect(run.share.part).toBe(run.share.part === 0 ? 0 : runs[index - 1]!.share.part + 1);
        if (run.share.part === run.share.parts - 1) expect(runs[index + 1]?.share.part ?? 0).toBe(0);
      }
      // The paste, the extraction in one or four, one per group, the pool, the curation.
      const total = 1 + extractionSteps(length) + found.length + 2;
      expect(generationProgress(EXTRACTION_PENDING, length)).toEqual({ done: 1, total });
      if (extractionSteps(length) === 4) {
        expect(generationProgress(EXTRACTION_FIGURES_DONE, length)).toEqual({ done: 2, total });
        expect(generationProgress(EXTRACTION_PERSONS_DONE, length)).toEqual({ done: 3, total });
        expect(generationProgress(EXTRACTION_QUOTES_DONE, length)).toEqual({ done: 4, total });
      }
      expect(generationProgress(0, length)).toEqual({ done: 1 + extractionSteps(length), total });
      expect(generationProgress(familyRunCount(length), length)).toEqual({ done: total - 2, total });
      expect(generationProgress(CURATION_PENDING, length)).toEqual({ done: total - 1, total });
    },
  );

  it("runs the costliest families of the longest text in parts, none of a short text", () => {
    const inParts = (length: number) => new Set(familyRuns(length).flatMap((run) => (run.share.parts > 1 ? [run.family] : [])));
    // The family of who did what (index 11 of SINGLE_DOCUMENT_FAMILIES), the costliest.
    expect(inParts(MAX_TEXT_CHARACTERS)).toContain(11);
    expect(familyRuns(MAX_TEXT_CHARACTERS).filter((run) => run.family === 11).length).toBeGreaterThan(2);
    expect(inParts(2_000).size).toBe(0);
  });

  it("extracts a long text in four requests, only a long one, with the same facts and record as in one", () => {
    expect(extractionSteps(2_000)).toBe(1);
    expect(extractionSteps(longest.length)).toBe(4);
    for (const length of [4_500, 10_000, MAX_TEXT_CHARACTERS]) {
      const text = longest.slice(0, longest.lastIndexOf("\n\n", length));
      const whole = extractOwnText(ID, text, { title: undefined, source: "Eigene Quelle", date: undefined }, "Ohne Titel");
      const first = extractOwnTextFirstPart(ID, text, { title: undefined, source: "Eigene Quelle", date: undefined }, "Ohne Titel");
      expect(first.document).toEqual(whole.document);
      const persons = extractPersonsOfOwnText(text, JSON.stringify(first.figureFacts));
      const quoted = JSON.stringify(extractQuotesOfOwnText(text, JSON.stringify(persons)));
      expect(JSON.stringify(extractActionsOfOwnText(text, quoted))).toBe(JSON.stringify(whole.facts));
    }
  });

  it("checks each question in the run of families that made it: none that leaks its answer goes on to the pool's request", () => {
    let unusable = 0;
    for (const { text } of texts) {
      const started = startOwnText(ID, { text });
      if (!started.ok) continue;
      const doc = makeContext(ID, started.document.text, started.facts);
      const pool = singleDocumentPool(doc);
      unusable += SINGLE_DOCUMENT_FAMILIES.flatMap((family) => family(doc, pool, WHOLE_FAMILY)).filter((question) => !usableQuestion(question)).length;
      const handedOn = JSON.parse(
        `[${runFamilies(ID, started.document.text, JSON.stringify(started.facts), 0, familyRunCount(text.length)).slice(1)}]`,
      ) as Question[];
      expect(handedOn.filter((question) => !usableQuestion(question))).toEqual([]);
    }
    // The families do make such questions (a gap whose sentence names its answer again, a true statement copied whole).
    expect(unusable).toBeGreaterThan(0);
  });

  it("prepares the same document and pool in one go as the steps do", () => {
    const prepared = prepareOwnText(ID, { text: longest });
    if (!prepared.ok) throw new Error(prepared.message);
    const withoutId = (question: Question) => JSON.stringify({ ...question, id: "" });
    expect(prepared.questions.map(withoutId).sort()).toEqual(
      generateBank([{ id: ID, text: longest }])[0]!
        .questions.map(withoutId)
        .sort(),
    );
  });
});
