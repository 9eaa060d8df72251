/**
 * Persons precision and recall of the extractor against a gold annotation of the devset
 * (docs/quality/persons-guidelines.md, written by an independent annotator). Prints per article and
 * overall figures, and the gender agreement on matched persons.
 *
 * Matching: a predicted person matches a gold person when their surnames are equal after
 * normalisation (case, diacritics, hyphen spacing, genitive -s), or when the predicted full name or
 * surname equals the gold name or one of its aliases. Each gold person is matched at most once.
 * Predicted persons that match no gold person (anonymous role holders, organisations, places) are
 * false positives. Gold persons marked fictional are left out on both sides.
 *
 *   npm run quality:persons [-- --gold FILE] [--devset DIR] [--verbose]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractFacts, type PersonFact } from "../../src/extract/index";

interface GoldPerson {
  name: string;
  surname: string;
  aliases?: string[];
  gender?: "female" | "male";
  fictional?: boolean;
}

const root = join(import.meta.dirname, "../..");
const argument = (flag: string) => {
  const index = process.argv.indexOf(flag);
  return index === -1 ? undefined : process.argv[index + 1];
};
const firstExisting = (...paths: string[]) => paths.find((path) => existsSync(path)) ?? paths[0]!;
const goldPath = argument("--gold") ?? firstExisting(join(root, "docs/quality/persons-devset.json"), "/work/wt/ann/docs/quality/persons-devset.json");
const devset = argument("--devset") ?? firstExisting(join(root, "../shared/devset"), "/work/shared/devset");
const verbose = process.argv.includes("--verbose");

export function normalised(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/-\s+/gu, "-").replace(/\s+/gu, " ").trim();
}

function forms(gold: GoldPerson): Set<string> {
  return new Set([gold.name, gold.surname, ...(gold.aliases ?? [])].map(normalised));
}

function matches(predicted: PersonFact, gold: GoldPerson): boolean {
  const surname = normalised(predicted.surname);
  const goldSurname = normalised(gold.surname);
  if (surname === goldSurname || surname.replace(/s$/u, "") === goldSurname) return true;
  const known = forms(gold);
  return known.has(normalised(predicted.name)) || known.has(surname);
}

const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { articles: Record<string, GoldPerson[]> };
let truePositives = 0;
let falsePositives = 0;
let falseNegatives = 0;
let genderAgree = 0;
let genderDisagree = 0;
let genderMissing = 0;
const rows: string[] = [];
for (const [file, annotated] of Object.entries(gold.articles).sort(([a], [b]) => (a < b ? -1 : 1))) {
  const path = join(devset, file);
  if (!existsSync(path)) continue;
  const people = annotated.filter((person) => !person.fictional);
  const fictional = annotated.filter((person) => person.fictional);
  const predicted = extractFacts(readFileSync(path, "utf8"), { id: file }).persons.filter(
    (person) => !fictional.some((character) => matches(person, character)),
  );
  const unmatched = new Set(people);
  const wrong: string[] = [];
  let found = 0;
  for (const person of predicted) {
    const match = [...unmatched].find((candidate) => matches(person, candidate));
    if (!match) {
      wrong.push(person.name);
      continue;
    }
    unmatched.delete(match);
    found++;
    if (match.gender && person.gender) {
      if (match.gender === person.gender) genderAgree++;
      else genderDisagree++;
    } else if (match.gender) genderMissing++;
  }
  truePositives += found;
  falsePositives += wrong.length;
  falseNegatives += unmatched.size;
  const precision = predicted.length === 0 ? 1 : found / predicted.length;
  const recall = people.length === 0 ? 1 : found / people.length;
  let row = `${file.padEnd(22)} gold ${String(people.length).padStart(2)}  found ${String(predicted.length).padStart(2)}  P ${precision.toFixed(2)}  R ${recall.toFixed(2)}`;
  if (verbose || wrong.length > 0 || unmatched.size > 0) {
    if (wrong.length > 0) row += `\n    wrong:  ${wrong.join("; ")}`;
    if (unmatched.size > 0) row += `\n    missed: ${[...unmatched].map((person) => person.name).join("; ")}`;
  }
  rows.push(row);
}
console.log(rows.join("\n"));
const precision = truePositives / Math.max(1, truePositives + falsePositives);
const recall = truePositives / Math.max(1, truePositives + falseNegatives);
console.log(
  `\noverall: ${rows.length} articles, gold ${truePositives + falseNegatives}, predicted ${truePositives + falsePositives}, ` +
    `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
);
console.log(`gender on matched persons with gold gender: ${genderAgree} agree, ${genderDisagree} disagree, ${genderMissing} without predicted gender`);
