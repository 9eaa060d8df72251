/**
 * Command line of the pipeline corpus -> facts -> questions:
 *   facts FILE           the facts of one text file, JSON on stdout
 *   questions FILE       the questions for one text file, JSON on stdout (the bank schema): the whole pool
 *   quiz FILE            the quiz a first attempt at that text gets, in the same shape
 *   generate [--check]   corpus/ -> questions/; with --check, fail when the committed bank is out of date
 *   export moodle-xml FILE | export gift FILE
 *                        the questions for one text file as a Moodle XML or GIFT file on stdout
 *
 * `runCli` takes the arguments and where to write, and returns the exit code, so that tests can call it
 * in-process; ./main.ts is the entry point `npm run cli` starts.
 */
import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { toGift } from "../export/gift";
import { toMoodleXml } from "../export/moodle-xml";
import { drawQuiz, givenAwayByTitle } from "../bank/quiz";
import { extractFacts } from "../extract/index";
import { normalizeText } from "../extract/text";
import { generateBank, type SourceDocument } from "../generate/index";
import { checkBank, writeBank } from "./bank-files";

class UsageError extends Error {}

/** Where the command line writes: process.stdout and process.stderr, or a test's buffers. */
export interface CliOutput {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * What a folder's metadata.json says about a file in it (title, source, date), as corpus/ has one: a corpus file then
 * has the title the Worker shows above its questions, which `quiz` leaves out the gaps it answers by. Nothing for other files.
 */
async function folderMetadata(path: string): Promise<SourceDocument["metadata"]> {
  try {
    const all = JSON.parse(await readFile(join(dirname(path), "metadata.json"), "utf8")) as Record<string, SourceDocument["metadata"]>;
    return all[basename(path)];
  } catch {
    return undefined;
  }
}

async function readTextFile(path: string | undefined): Promise<{ id: string; file: string; text: string; metadata?: SourceDocument["metadata"] }> {
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
  // As the Worker reads a teacher's pasted text: the same file gives the same questions here and there.
  text = normalizeText(text);
  if (text.trim() === "") throw new UsageError(`${path} is empty`);
  const file = basename(path);
  const metadata = await folderMetadata(path);
  return { id: file.replace(/\.[^.]+$/, ""), file, text, ...(metadata ? { metadata } : {}) };
}

async function run(argv: string[], output: CliOutput): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case "facts": {
      const doc = await readTextFile(rest[0]);
      output.stdout.write(`${JSON.stringify(extractFacts(doc.text, { ...doc.metadata, id: doc.id }), null, 2)}\n`);
      return;
    }
    case "questions": {
      const doc = await readTextFile(rest[0]);
      const [bank] = generateBank([doc]);
      output.stdout.write(`${JSON.stringify(bank, null, 2)}\n`);
      return;
    }
    case "quiz": {
      const doc = await readTextFile(rest[0]);
      const [bank] = generateBank([doc]);
      // Seeded by the document id, as the Worker seeds a learner's first attempt at a text, from what the title leaves to ask.
      const givenAway = givenAwayByTitle(bank!.document.title);
      const questions = drawQuiz(
        bank!.questions.filter((question) => !givenAway(question)),
        { seed: doc.id },
      );
      output.stdout.write(`${JSON.stringify({ ...bank, questions }, null, 2)}\n`);
      return;
    }
    case "export": {
      const [format, path] = rest;
      const write = format === "moodle-xml" ? toMoodleXml : format === "gift" ? toGift : undefined;
      if (!write) throw new UsageError("usage: cli export moodle-xml FILE | cli export gift FILE");
      const doc = await readTextFile(path);
      const [bank] = generateBank([doc]);
      if (!bank || bank.questions.length === 0) throw new UsageError(`${path}: no questions could be made from this text`);
      output.stdout.write(write({ title: bank.document.title, questions: bank.questions, documents: [bank.document] }));
      return;
    }
    case "generate": {
      if (rest.includes("--check")) {
        const stale = await checkBank();
        if (stale.length > 0) {
          throw new UsageError(`questions/ is out of date (${stale.join(", ")}); run npm run generate and commit`);
        }
        output.stderr.write("questions/ is up to date\n");
      } else {
        const written = await writeBank();
        output.stderr.write(`wrote ${written.length} files to questions/\n`);
      }
      return;
    }
    default:
      throw new UsageError("usage: cli facts FILE | cli questions FILE | cli quiz FILE | cli generate [--check] | cli export moodle-xml|gift FILE");
  }
}

/** Runs one command; 0 on success, 1 with one line on stderr on failure. */
export async function runCli(argv: string[], output: CliOutput): Promise<number> {
  try {
    await run(argv, output);
    return 0;
  } catch (error) {
    output.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
