/**
 * A reader's verdicts on a sheet of `paired-sheet.ts`, merged with its key into the shape of
 * docs/quality/judgement-devset-*.json (question id, salience, which checkout asked it), so that
 * `quality:past-verdicts` counts them; prints, per checkout, the questions read, acceptable and worth asking.
 *   npx tsx bench/quality/paired-verdicts.ts KEY.json VERDICTS.json READER "SOURCE" OUT.json
 */
import { readFileSync, writeFileSync } from "node:fs";
import { acceptable, type Verdict as RubricVerdict, worthAsking } from "./verdicts";

const [keyFile, verdictsFile, reader, source, out] = process.argv.slice(2);
if (!keyFile || !verdictsFile || !reader || !source || !out) {
  console.error('usage: npx tsx bench/quality/paired-verdicts.ts KEY.json VERDICTS.json READER "SOURCE" OUT.json');
  process.exit(2);
}

interface KeyEntry {
  n: number;
  article: string;
  questionId: string;
  salience: number;
  set: "a" | "b" | "both";
}
interface Verdict extends RubricVerdict {
  n: number;
  article: string;
}

const key = new Map((JSON.parse(readFileSync(keyFile, "utf8")) as KeyEntry[]).map((entry) => [entry.n, entry]));
const verdicts = JSON.parse(readFileSync(verdictsFile, "utf8")) as Verdict[];
const merged = verdicts.map((verdict) => {
  const entry = key.get(verdict.n);
  if (!entry || entry.article !== verdict.article) throw new Error(`verdict ${verdict.n} (${verdict.article}) matches no question of the key`);
  return { ...verdict, source, reader, questionId: entry.questionId, salience: entry.salience, set: entry.set };
});
writeFileSync(out, `${JSON.stringify(merged, null, 1)}\n`);

for (const set of ["a", "b"] as const) {
  const read = merged.filter((verdict) => verdict.set === set || verdict.set === "both");
  const worth = read.filter(worthAsking).length;
  console.log(`${set}: ${read.length} questions, acceptable ${read.filter(acceptable).length}, worth asking ${worth}`);
}
const missing = [...key.keys()].filter((n) => !verdicts.some((verdict) => verdict.n === n));
if (missing.length > 0) console.log(`no verdict for questions ${missing.join(", ")}`);
