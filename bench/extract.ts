/**
 * Extraction alone over every article of the devset (../shared/devset, 60 real German news texts):
 * milliseconds per article, p50, p95 and max over the articles, each article's time being the
 * median of its runs after a warm-up (so JIT compilation does not count), plus the fastest run as a
 * floor that load on the machine does not raise. Also the cost of the first call in a fresh module
 * (the first-name table is built then). Prints figures only.
 *   npm run bench:extract [-- --devset DIR]
 */
import { extractFacts } from "../src/extract/index";
import { printTimes, readDevset, timePerArticle } from "./devset";

const texts = readDevset("bench/extract");
if (texts) {
  const firstStart = performance.now();
  extractFacts(texts[0]!.text);
  const firstCall = performance.now() - firstStart;
  const results = timePerArticle(texts, (text) => extractFacts(text));
  console.log(`extraction over ${results.length} devset articles (ms per article)`);
  printTimes(results);
  console.log(`  first call in a fresh process (module set-up, name table, JIT): ${firstCall.toFixed(1)} ms`);
}
