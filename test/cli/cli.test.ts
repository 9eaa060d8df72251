import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse as parseGift } from "gift-pegjs";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { defaultQuiz, listDocuments } from "../../src/bank";
import { cli } from "./run";

describe("cli", () => {
  it("prints the facts of a text file with offsets into its text", async () => {
    const result = await cli("facts", "corpus/001_a0779ffe5682cfbe.txt");
    expect(result.code).toBe(0);
    const facts = JSON.parse(result.stdout);
    expect(facts.document.id).toBe("001_a0779ffe5682cfbe");
    expect(facts.passages.length).toBeGreaterThan(5);
  });

  it("prints the questions of a text file in the bank schema", async () => {
    const result = await cli("questions", "corpus/004_244a028948b0aebe.txt");
    expect(result.code).toBe(0);
    const bank = JSON.parse(result.stdout);
    expect(bank.document.id).toBe("004_244a028948b0aebe");
    expect(bank.questions.length).toBeGreaterThan(0);
  });

  it("prints the quiz a first attempt gets: a selection of the pool in the same shape, each fact and sentence once", async () => {
    const [pool, quiz] = await Promise.all([cli("questions", "corpus/002_1b9413930cd04c90.txt"), cli("quiz", "corpus/002_1b9413930cd04c90.txt")]);
    expect(quiz.code).toBe(0);
    const poolFile = JSON.parse(pool.stdout);
    const quizFile = JSON.parse(quiz.stdout);
    expect(quizFile.document).toEqual(poolFile.document);
    const questions: { id: string; fact: string; evidence: { start: number }; sentenceStart?: number }[] = quizFile.questions;
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(questions.length).toBeLessThanOrEqual(12);
    expect(questions.length).toBeLessThan(poolFile.questions.length);
    // The same questions as in the pool, field for field.
    const byId = new Map(poolFile.questions.map((question: { id: string }) => [question.id, question]));
    for (const question of questions) expect(question).toEqual(byId.get(question.id));
    expect(new Set(questions.map((question) => question.fact)).size).toBe(questions.length);
    // One question per sentence asked about: where the evidence starts, or, for words that go on from the sentence
    // naming their speaker (shown with them as evidence), where their own sentence does.
    expect(new Set(questions.map((question) => question.sentenceStart ?? question.evidence.start)).size).toBe(questions.length);
    // The same quiz every time: what a learner's first attempt at the text gets.
    expect((await cli("quiz", "corpus/002_1b9413930cd04c90.txt")).stdout).toBe(quiz.stdout);
  });

  it("prints for each corpus file the quiz the Worker gives a first attempt, its title taken from corpus/metadata.json", async () => {
    for (const document of listDocuments()) {
      const printed = JSON.parse((await cli("quiz", `corpus/${document.id}.txt`)).stdout);
      expect(printed.document.title).toBe(document.title);
      expect(printed.questions.map((question: { id: string }) => question.id)).toEqual(defaultQuiz(document.id).map((question) => question.id));
    }
  });

  it("leaves out of the quiz a gap whose answer the text's title shows, which the pool still holds", async () => {
    const path = await write(
      "busnetz.txt",
      "Verkehrsbetriebe kaufen 40 neue Elektrobusse\n\nDer Stadtrat von Lindenau hat am Donnerstag ein neues Busnetz beschlossen. Die Zahl der Fahrgäste ist nach Angaben der Verkehrsbetriebe zuletzt deutlich gestiegen. Im Stadtgebiet wurden im vergangenen Jahr rund 9,5 Millionen Fahrten gezählt. Oberbürgermeisterin Katrin Albers sprach von einem großen Schritt. Die Verkehrsbetriebe wollen nun 40 neue Elektrobusse anschaffen.\n",
    );
    const [pool, quiz] = await Promise.all([cli("questions", path), cli("quiz", path)]);
    const answers = (file: string) =>
      (JSON.parse(file).questions as { type: string; answer: unknown }[]).filter((question) => question.type === "numeric").map((question) => question.answer);
    expect(answers(pool.stdout)).toContain(40);
    expect(JSON.parse(quiz.stdout).questions.length).toBeGreaterThan(0);
    expect(answers(quiz.stdout)).not.toContain(40);
  });

  it.each([
    ["a missing file", async () => "/nonexistent/text.txt"],
    ["an empty file", async () => write("empty.txt", "")],
    ["a file of blanks", async () => write("blank.txt", " \n\t\n")],
    ["a binary file", async () => write("binary.txt", Buffer.from([0xff, 0xfe, 0x00, 0xc3]))],
  ])("exits 1 with one line on stderr for %s", async (_, makePath) => {
    for (const command of ["facts", "questions", "quiz"]) {
      const result = await cli(command, await makePath());
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("reads a pasted file as the Worker reads a pasted text: soft hyphens, zero-width spaces and CRLF change no output", async () => {
    const clean = await readFile("corpus/004_244a028948b0aebe.txt", "utf8");
    // As a text copied from a news page or a PDF comes: soft hyphens inside long words, zero-width spaces between
    // some words, a byte order mark, Windows line ends.
    const pasted = `\uFEFF${clean
      .replace(/\p{L}{10,}/gu, (word) => `${word.slice(0, 4)}\u00AD${word.slice(4, 8)}\u00AD${word.slice(8)}`)
      .replace(/ (?=\p{Lu})/gu, " \u200B")
      .replaceAll("\n", "\r\n")}`;
    expect(pasted).not.toBe(clean);
    const [cleanFile, pastedFile] = await Promise.all([write("text.txt", clean), write("text.txt", pasted)]);
    for (const args of [["facts"], ["questions"], ["quiz"], ["export", "gift"]]) {
      const [fromClean, fromPasted] = await Promise.all([cli(...args, cleanFile), cli(...args, pastedFile)]);
      expect(fromClean.code).toBe(0);
      expect(fromPasted).toEqual(fromClean);
    }
  });

  it("prints the quiz pool of any text file as Moodle XML and as GIFT", async () => {
    const file = "test/fixtures/export/ostseerat-danzig.txt";
    const bank = JSON.parse((await cli("questions", file)).stdout) as { questions: { id: string }[] };
    const xml = await cli("export", "moodle-xml", file);
    expect(xml.code).toBe(0);
    expect(xml.stderr).toBe("");
    let xmlError: Error | undefined;
    const questionTypes: string[] = [];
    const parser = new SaxesParser();
    parser.on("error", (error) => (xmlError ??= error));
    parser.on("opentag", (tag) => tag.name === "question" && questionTypes.push(String(tag.attributes.type)));
    parser.write(xml.stdout).close();
    expect(xmlError).toBeUndefined();
    expect(questionTypes).toHaveLength(bank.questions.length);
    expect(new Set(questionTypes)).toEqual(new Set(["multichoice", "numerical", "truefalse", "shortanswer"]));

    const gift = await cli("export", "gift", file);
    expect(gift.code).toBe(0);
    expect(parseGift(gift.stdout)).toHaveLength(bank.questions.length);
  });

  it.each([
    ["an unknown format", ["export", "qti", "corpus/001_a0779ffe5682cfbe.txt"]],
    ["no format", ["export"]],
    ["a missing file", ["export", "gift", "/nonexistent/text.txt"]],
    ["a text without questions", ["export", "moodle-xml", "test/fixtures/export/ohne-fakten.txt"]],
  ])("export exits 1 with one line on stderr for %s", async (_, args) => {
    const result = await cli(...args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("rejects an unknown command with usage", async () => {
    const result = await cli("frobnicate");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("usage");
  });
});

// Each case starts npm and tsx (seconds of start-up): the two run side by side.
describe.concurrent("npm run --silent cli", () => {
  const npmCli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)("npm", ["run", "--silent", "cli", "--", ...args]);
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };

  it("prints exactly the JSON of the command on stdout, and exits 0", async () => {
    const spawned = await npmCli("questions", "corpus/000_da9cece58f689f55.txt");
    expect(spawned.code).toBe(0);
    expect(spawned.stdout).toBe((await cli("questions", "corpus/000_da9cece58f689f55.txt")).stdout);
  });

  it("exits 1 with one line on stderr and nothing on stdout for a bad file", async () => {
    const spawned = await npmCli("facts", "/nonexistent/text.txt");
    expect(spawned).toMatchObject({ code: 1, stdout: "" });
    expect(spawned.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^error: cannot read \/nonexistent\/text\.txt/)]);
  });
});

async function write(name: string, content: string | Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "quellenquiz-cli-"));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}
