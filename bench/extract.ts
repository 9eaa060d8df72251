/**
 * Extraction alone over every article of the devset (../shared/devset, 60 real German news texts):
 * milliseconds per article, p50, p95 and max over the articles, each article's time being the
 * median of its runs after a warm-up (so JIT compilation does not count), plus the fastest run as a
 * floor that load on the machine does not raise. Also the cost of the first call in a fresh module
 * (the first-name table is built then). Prints figures only.
 *   npm run bench:extract [-- --devset DIR]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractFacts } from "../src/extract/index";

const root = join(import.meta.dirname, "..");
const index = process.argv.indexOf("--devset");
const devset = index !== -1 ? process.argv[index + 1]! : [join(root, "../shared/devset"), "/work/shared/devset"].find((path) => existsSync(path));
if (!devset || !existsSync(devset)) {
  console.log("bench/extract: no devset folder found (../shared/devset); skipped");
  process.exit(0);
}
const texts = readdirSync(devset)
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(devset, file), "utf8") }));

const firstStart = performance.now();
extractFacts(texts[0]!.text);
const firstCall = performance.now() - firstStart;

const RUNS = 31;
for (let warmUp = 0; warmUp < 10; warmUp++) for (const { text } of texts) extractFacts(text);
const results = texts.map(({ file, text }) => {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    extractFacts(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { file, kilobytes: text.length / 1024, median: times[RUNS >> 1]!, fastest: times[0]! };
});

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};
const format = (ms: number) => ms.toFixed(3).padStart(7);
const medians = results.map((result) => result.median);
const fastest = results.map((result) => result.fastest);
console.log(`extraction over ${results.length} devset articles (ms per article; median of ${RUNS} runs, and the fastest run)`);
console.log(`  median of runs:  p50 ${format(quantile(medians, 0.5))}  p95 ${format(quantile(medians, 0.95))}  max ${format(Math.max(...medians))}`);
console.log(`  fastest run:     p50 ${format(quantile(fastest, 0.5))}  p95 ${format(quantile(fastest, 0.95))}  max ${format(Math.max(...fastest))}`);
console.log(`  first call in a fresh process (module set-up, name table, JIT): ${firstCall.toFixed(1)} ms`);
console.log("  slowest articles:");
for (const result of [...results].sort((a, b) => b.median - a.median).slice(0, 5)) {
  console.log(`    ${result.file.padEnd(24)} ${result.kilobytes.toFixed(1).padStart(5)} KB ${format(result.median)} ms (fastest ${format(result.fastest)})`);
}
