/**
 * Command line of the pipeline corpus -> facts -> questions:
 *   facts FILE           the facts of one text file, JSON on stdout
 *   questions FILE       the questions for one text file, JSON on stdout (the bank schema): the whole pool
 *   quiz FILE            the quiz a first attempt at that text gets, in the same shape
 *   generate [--check]   corpus/ -> questions/; with --check, fail when the committed bank is out of date
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { extractFacts } from "../extract/index";
import { drawQuiz } from "../bank/quiz";
import { generateBank } from "../generate/index";
import { checkBank, writeBank } from "./bank-files";

class UsageError extends Error {}

async function readTextFile(path: string | undefined): Promise<{ id: string; file: string; text: string }> {
  if (!path) throw new UsageError("missing FILE argument");
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${path} is not UTF-8 text`);
  }
  if (text.trim() === "") throw new UsageError(`${path} is empty`);
  const file = basename(path);
  return { id: file.replace(/\.[^.]+$/, ""), file, text };
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case "facts": {
      const doc = await readTextFile(rest[0]);
      process.stdout.write(JSON.stringify(extractFacts(doc.text, { id: doc.id }), null, 2) + "\n");
      return;
    }
    case "questions": {
      const doc = await readTextFile(rest[0]);
      const [bank] = generateBank([{ id: doc.id, file: doc.file, text: doc.text }]);
      process.stdout.write(JSON.stringify(bank, null, 2) + "\n");
      return;
    }
    case "quiz": {
      const doc = await readTextFile(rest[0]);
      const [bank] = generateBank([{ id: doc.id, file: doc.file, text: doc.text }]);
      // Seeded by the document id, as the Worker seeds a learner's first attempt at a text.
      const questions = drawQuiz(bank!.questions, { seed: doc.id });
      process.stdout.write(JSON.stringify({ ...bank, questions }, null, 2) + "\n");
      return;
    }
    case "generate": {
      if (rest.includes("--check")) {
        const stale = await checkBank();
        if (stale.length > 0) {
          throw new UsageError(`questions/ is out of date (${stale.join(", ")}); run npm run generate and commit`);
        }
        process.stderr.write("questions/ is up to date\n");
      } else {
        const written = await writeBank();
        process.stderr.write(`wrote ${written.length} files to questions/\n`);
      }
      return;
    }
    default:
      throw new UsageError("usage: cli facts FILE | cli questions FILE | cli quiz FILE | cli generate [--check]");
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
