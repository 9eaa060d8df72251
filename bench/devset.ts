/**
 * Shared by the benchmarks over the devset (../shared/devset, 60 real German news texts, not part of
 * the product): finding and reading it, timing a function per article, and the summary figures.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

/** The devset's articles, sorted by file name; undefined (with a note on stdout) where there is no devset. */
export function readDevset(name: string): { file: string; text: string }[] | undefined {
  const index = process.argv.indexOf("--devset");
  const devset = index !== -1 ? process.argv[index + 1]! : [join(root, "../shared/devset"), "/work/shared/devset"].find((path) => existsSync(path));
  if (!devset || !existsSync(devset)) {
    console.log(`${name}: no devset folder found (../shared/devset); skipped`);
    return undefined;
  }
  return readdirSync(devset)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(devset, file), "utf8") }));
}

export interface ArticleTime {
  file: string;
  kilobytes: number;
  /** Median of the runs, in milliseconds. */
  median: number;
  /** The fastest run: a floor that load on the machine does not raise. */
  fastest: number;
}

/** `work` timed per article: the median and the fastest of `runs` runs, after a warm-up over all articles (JIT does not count). */
export function timePerArticle(texts: readonly { file: string; text: string }[], work: (text: string, file: string) => unknown, runs = 31): ArticleTime[] {
  for (let warmUp = 0; warmUp < 10; warmUp++) for (const { file, text } of texts) work(text, file);
  return texts.map(({ file, text }) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      work(text, file);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { file, kilobytes: text.length / 1024, median: times[runs >> 1]!, fastest: times[0]! };
  });
}

export const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};

const format = (ms: number) => ms.toFixed(3).padStart(7);

/** p50, p95 and max of the medians and of the fastest runs, and the slowest articles. */
export function printTimes(results: readonly ArticleTime[], runs = 31): void {
  const medians = results.map((result) => result.median);
  const fastest = results.map((result) => result.fastest);
  console.log(`  median of ${runs} runs: p50 ${format(quantile(medians, 0.5))}  p95 ${format(quantile(medians, 0.95))}  max ${format(Math.max(...medians))}`);
  console.log(`  fastest run:      p50 ${format(quantile(fastest, 0.5))}  p95 ${format(quantile(fastest, 0.95))}  max ${format(Math.max(...fastest))}`);
  console.log("  slowest articles:");
  for (const result of [...results].sort((a, b) => b.median - a.median).slice(0, 5)) {
    console.log(`    ${result.file.padEnd(24)} ${result.kilobytes.toFixed(1).padStart(5)} KB ${format(result.median)} ms (fastest ${format(result.fastest)})`);
  }
}
