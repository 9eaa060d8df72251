import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse as parseGift } from "gift-pegjs";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const CLI = ["node_modules/.bin/tsx", "src/cli/main.ts"] as const;

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(CLI[0], [CLI[1], ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

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

  it.each([
    ["a missing file", async () => "/nonexistent/text.txt"],
    ["an empty file", async () => write("empty.txt", "")],
    ["a file of blanks", async () => write("blank.txt", " \n\t\n")],
    ["a binary file", async () => write("binary.txt", Buffer.from([0xff, 0xfe, 0x00, 0xc3]))],
  ])("exits 1 with one line on stderr for %s", async (_, makePath) => {
    for (const command of ["facts", "questions"]) {
      const result = await cli(command, await makePath());
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
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

async function write(name: string, content: string | Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "quellenquiz-cli-"));
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}
