/**
 * Question generation: how many questions of each type and topic the corpus yields, and how long it
 * takes, per text (as when a teacher pastes one) and for the whole corpus. Extraction is timed on its
 * own as well, since generation includes it. Prints figures only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BankFile } from "../src/bank/schema";
import { extractFacts } from "../src/extract/index";
import { generateBank, type SourceDocument } from "../src/generate/index";

const root = join(import.meta.dirname, "..");
const metadata = JSON.parse(readFileSync(join(root, "corpus/metadata.json"), "utf8")) as Record<string, SourceDocument["metadata"]>;

function readTexts(directory: string): SourceDocument[] {
  return readdirSync(join(root, directory))
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ id: file.replace(/\.txt$/, ""), file, text: readFileSync(join(root, directory, file), "utf8"), metadata: metadata[file] ?? {} }));
}

/** Median milliseconds per call after a warm-up, so JIT compilation does not count. */
function measure(run: () => unknown, runs: number): number {
  for (let warmUp = 0; warmUp < 10; warmUp++) run();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function tally(banks: BankFile[], key: (question: BankFile["questions"][number]) => string): string {
  const counts = new Map<string, number>();
  for (const question of banks.flatMap((bank) => bank.questions)) counts.set(key(question), (counts.get(key(question)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, count]) => `${name} ${count}`)
    .join(", ");
}

const corpus = readTexts("corpus");
const banks = generateBank(corpus);
console.log(`corpus: ${banks.flatMap((bank) => bank.questions).length} questions from ${banks.length} texts`);
console.log(`  by type:  ${tally(banks, (question) => question.type)}`);
console.log(`  by topic: ${tally(banks, (question) => question.topic)}`);

const format = (ms: number) => ms.toFixed(3).padStart(10);
console.log(`\n${"text".padEnd(52)} ${"questions".padStart(9)} ${"extract ms".padStart(10)} ${"total ms".padStart(10)}`);
for (const doc of [...corpus, ...readTexts("test/fixtures/generate-texts")]) {
  const count = generateBank([doc])[0]!.questions.length;
  const extract = measure(() => extractFacts(doc.text, { ...doc.metadata, id: doc.id }), 100);
  const total = measure(() => generateBank([doc]), 100);
  console.log(`${(doc.file ?? doc.id).padEnd(52)} ${String(count).padStart(9)} ${format(extract)} ${format(total)}`);
}
const whole = measure(() => generateBank(corpus), 50);
const extractAll = measure(() => {
  for (const doc of corpus) extractFacts(doc.text, { ...doc.metadata, id: doc.id });
}, 50);
console.log(
  `${"whole corpus (with cross-document questions)".padEnd(52)} ${String(banks.flatMap((bank) => bank.questions).length).padStart(9)} ${format(extractAll)} ${format(whole)}`,
);
