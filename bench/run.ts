/**
 * Time per article of the fact extractor: each corpus text, the fresh test texts, and one ~50 KB
 * text made of all of them. Prints figures only; a Worker request has about 10 ms of CPU.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractFacts } from "../src/extract/index";

const root = join(import.meta.dirname, "..");

function readTexts(directory: string): { name: string; text: string }[] {
  return readdirSync(join(root, directory))
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ name: `${directory}/${file}`, text: readFileSync(join(root, directory, file), "utf8") }));
}

/** Median milliseconds per call after a warm-up, so JIT compilation does not count. */
function measure(text: string, runs: number): { median: number; max: number } {
  for (let warmUp = 0; warmUp < 20; warmUp++) extractFacts(text);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    extractFacts(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]! };
}

const format = (ms: number) => ms.toFixed(3).padStart(8);
const texts = [...readTexts("corpus"), ...readTexts("test/fixtures/texts")];

console.log(`${"text".padEnd(46)} ${"KB".padStart(6)} ${"median ms".padStart(10)} ${"max ms".padStart(8)} ${"ms/4KB".padStart(8)}`);
for (const { name, text } of texts) {
  const { median, max } = measure(text, 200);
  const kilobytes = text.length / 1024;
  console.log(`${name.padEnd(46)} ${kilobytes.toFixed(1).padStart(6)} ${format(median).padStart(10)} ${format(max)} ${format((median / kilobytes) * 4)}`);
}

let large = "";
while (large.length < 50 * 1024) large += `${texts.map(({ text }) => text).join("\n\n")}\n\n`;
large = large.slice(0, 50 * 1024);
const { median, max } = measure(large, 30);
console.log(
  `${"all texts repeated to ~50 KB".padEnd(46)} ${(large.length / 1024).toFixed(1).padStart(6)} ${format(median).padStart(10)} ${format(max)} ${format((median / (large.length / 1024)) * 4)}`,
);
