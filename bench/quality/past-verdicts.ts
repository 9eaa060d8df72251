/**
 * What the blind readings of earlier rounds said about the questions the default quizzes ask now: every
 * verdict in docs/quality/judgement-devset-*.json that names a question id, matched to today's quizzes of
 * the devset. A question's id is a hash of its document, type, topic and key (src/generate/build.ts), so it
 * stays across rounds while those do, and most questions of a quiz were read in some round; one read several
 * times counts as the share of its verdicts. Prints the share of the quizzes' questions read before and, of
 * those, the share acceptable and worth asking: a first look at a change before a fresh reading, never a
 * figure to report as one. The verdicts were given to the questions of those rounds (a wording may have
 * changed since), by different readers, and a change tuned to them is tuned to the devset.
 *   npm run --silent quality:past-verdicts [-- --devset DIR]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { drawQuiz } from "../../src/bank/quiz";
import type { Question } from "../../src/bank/schema";
import { generateBank } from "../../src/generate/index";
import { readDevset } from "../devset";

interface Verdict {
  questionId?: string;
  grammatical: boolean;
  answerable: boolean;
  keyCorrect: boolean;
  distractors: boolean;
  evidence: boolean;
  worthAsking: boolean;
}

const JUDGEMENTS = join(import.meta.dirname, "../../docs/quality");

/** Every earlier verdict, by question id. */
function verdictsById(): Map<string, Verdict[]> {
  const byId = new Map<string, Verdict[]>();
  for (const file of readdirSync(JUDGEMENTS).filter((name) => /^judgement-devset-.*\.json$/u.test(name))) {
    const verdicts: unknown = JSON.parse(readFileSync(join(JUDGEMENTS, file), "utf8"));
    if (!Array.isArray(verdicts)) continue;
    for (const verdict of verdicts as Verdict[]) {
      if (!verdict.questionId) continue;
      byId.set(verdict.questionId, [...(byId.get(verdict.questionId) ?? []), verdict]);
    }
  }
  return byId;
}

const acceptable = (verdict: Verdict) => verdict.grammatical && verdict.answerable && verdict.keyCorrect && verdict.distractors && verdict.evidence;
const share = (verdicts: Verdict[], test: (verdict: Verdict) => boolean) => verdicts.filter(test).length / verdicts.length;

const texts = readDevset("bench/quality/past-verdicts");
if (texts) {
  const byId = verdictsById();
  const asked: Question[] = texts.flatMap(({ file, text }) => {
    const id = file.replace(/\.txt$/u, "");
    const [bank] = generateBank([{ id, text }]);
    return drawQuiz(bank?.questions ?? [], { seed: id });
  });
  const read = asked.filter((question) => byId.has(question.id));
  const sum = (of: (verdicts: Verdict[]) => number) => read.reduce((total, question) => total + of(byId.get(question.id)!), 0);
  const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(0)} %`;
  console.log(
    `default quizzes of ${texts.length} devset articles: ${asked.length} questions, ${read.length} read in earlier rounds (${percent(read.length, asked.length)})`,
  );
  console.log(
    `  of those, by their earlier verdicts: acceptable ${percent(
      sum((verdicts) => share(verdicts, acceptable)),
      read.length,
    )}`,
  );
  console.log(
    `  worth asking ${percent(
      sum((verdicts) => share(verdicts, (verdict) => acceptable(verdict) && verdict.worthAsking)),
      read.length,
    )}`,
  );
}
