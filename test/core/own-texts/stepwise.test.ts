/**
 * Making a teacher's questions over several requests (src/worker/own-texts/prepare.ts) gives the same
 * pool as the engine in one go (generateBank), question for question and byte for byte: with the facts
 * and questions passing through JSON between the requests, however the families are split.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { finishedQuestions, generateBank } from "../../../src/generate/index";
import { FAMILY_COUNT, MAX_TEXT_CHARACTERS, nextFamilyBoundary, prepareOwnText, runFamilies, startOwnText } from "../../../src/worker/own-texts/prepare";

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

/** The pool as the requests make it, the families split at `boundaries` (each family's start index). */
function stepwisePool(text: string, next: (from: number) => number): Question[] {
  const started = startOwnText(ID, { text });
  if (!started.ok) throw new Error(started.message);
  const facts = JSON.stringify(started.facts);
  let generated = "";
  for (let from = 0; from < FAMILY_COUNT; from = next(from)) generated += runFamilies(ID, started.document.text, facts, from, next(from));
  return finishedQuestions(JSON.parse(`[${generated.slice(1)}]`) as Question[]);
}

describe("questions made step by step", () => {
  it.each([...texts.map(({ name, text }) => [name, text] as const), [`${longest.length} characters of them`, longest] as const])(
    "%s: the same pool as generateBank, split as the Worker splits it and one family per step",
    (_name, text) => {
      const [bank] = generateBank([{ id: ID, text }]);
      const expected = JSON.stringify(bank!.questions);
      expect(bank!.questions.length).toBeGreaterThan(0);
      expect(JSON.stringify(stepwisePool(text, (from) => nextFamilyBoundary(from, text.length)))).toBe(expected);
      expect(JSON.stringify(stepwisePool(text, (from) => from + 1))).toBe(expected);
    },
  );

  it("splits the longest text into several steps, and a short one into one", () => {
    const steps = (length: number) => {
      let count = 0;
      for (let from = 0; from < FAMILY_COUNT; from = nextFamilyBoundary(from, length)) count++;
      return count;
    };
    expect(longest.length).toBeGreaterThan(MAX_TEXT_CHARACTERS * 0.95);
    expect(steps(longest.length)).toBeGreaterThan(1);
    expect(steps(1_000)).toBe(1);
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
