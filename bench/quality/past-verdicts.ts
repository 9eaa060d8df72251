/**
 * What the blind readings of earlier rounds said about the questions the default quizzes ask now: every
 * verdict in docs/quality/judgement-devset-*.json that names a question id, matched to today's quizzes of
 * the devset. A question's id is a hash of its document, type, topic and key (src/generate/build.ts), so it
 * stays across rounds while those do, and most questions of a quiz were read in some round; one read several
 * times counts as the share of its verdicts. Prints the share of the quizzes' questions read before and, of
 * those, the share acceptable and worth asking: a first look at a change before a fresh reading, never a
 * figure to report as one. The verdicts were given to the questions of those rounds (a wording may have
 * changed since), by different readers, and a change tuned to them is tuned to the devset.
 * With --by-kind also the same split by what the draw asks as salient against what fills a quiz up (by topic and
 * type) and by position in the quiz: where worth asking is lost.
 *   npm run --silent quality:past-verdicts [-- --devset DIR] [-- --by-kind]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { drawQuiz, MIN_CLAIM_SALIENCE, MIN_SALIENCE } from "../../src/bank/quiz";
import type { Question } from "../../src/bank/schema";
import { generateBank } from "../../src/generate/index";
import { readDevset } from "../devset";
import { acceptable, type Verdict as RubricVerdict, worthAsking } from "./verdicts";

interface Verdict extends RubricVerdict {
  questionId?: string;
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

const share = (verdicts: Verdict[], test: (verdict: Verdict) => boolean) => verdicts.filter(test).length / verdicts.length;

const texts = readDevset("bench/quality/past-verdicts");
if (texts) {
  const byId = verdictsById();
  const position = new Map<Question, number>();
  const articleOf = new Map<Question, string>();
  const asked: Question[] = texts.flatMap(({ file, text }) => {
    const id = file.replace(/\.txt$/u, "");
    const [bank] = generateBank([{ id, text }]);
    const quiz = drawQuiz(bank?.questions ?? [], { seed: id });
    for (const [index, question] of quiz.entries()) {
      position.set(question, index + 1);
      articleOf.set(question, id);
    }
    return quiz;
  });
  const read = asked.filter((question) => byId.has(question.id));
  const sum = (of: (verdicts: Verdict[]) => number) => read.reduce((total, question) => total + of(byId.get(question.id)!), 0);
  const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
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
      sum((verdicts) => share(verdicts, worthAsking)),
      read.length,
    )}`,
  );
  const worth = (verdicts: Verdict[]) => share(verdicts, worthAsking);
  if (process.argv.includes("--by-article")) {
    const byArticle = new Map<string, Question[]>();
    for (const question of asked) byArticle.set(articleOf.get(question)!, [...(byArticle.get(articleOf.get(question)!) ?? []), question]);
    const rows = [...byArticle].map(([article, questions]) => {
      const readHere = questions.filter((question) => byId.has(question.id));
      const worthSum = readHere.reduce((total, question) => total + worth(byId.get(question.id)!), 0);
      return { article, asked: questions.length, read: readHere.length, worthSum };
    });
    console.log("by article (least worth asking first):");
    for (const row of rows.sort((a, b) => a.worthSum / Math.max(1, a.read) - b.worthSum / Math.max(1, b.read))) {
      console.log(
        `  ${row.article.padEnd(20)} ${row.asked} asked, ${row.read} read, worth asking ${row.worthSum.toFixed(1)} (lost ${(row.read - row.worthSum).toFixed(1)})`,
      );
    }
  }
  if (process.argv.includes("--by-kind")) {
    const isClaim = (question: Question) => question.topic === "quote" || question.topic === "action";
    const asSalient = (question: Question) => question.salience >= (isClaim(question) ? MIN_CLAIM_SALIENCE : MIN_SALIENCE);
    const table = (title: string, groupOf: (question: Question) => string) => {
      const groups = new Map<string, Question[]>();
      for (const question of read) groups.set(groupOf(question), [...(groups.get(groupOf(question)) ?? []), question]);
      console.log(title);
      for (const [group, questions] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
        const worthSum = questions.reduce((total, question) => total + worth(byId.get(question.id)!), 0);
        console.log(
          `  ${group.padEnd(36)} ${String(questions.length).padStart(4)} read, worth asking ${(worthSum / questions.length).toFixed(2)}, lost ${(questions.length - worthSum).toFixed(1)}`,
        );
      }
    };
    table("by what the draw asks as salient and what fills up:", (question) => (asSalient(question) ? "salient" : "filling up"));
    table("by kind:", (question) => `${asSalient(question) ? "salient" : "filling up"} ${question.topic} ${question.type}`);
    table("by position in the quiz:", (question) => `position ${String(position.get(question)).padStart(2)}`);
  }
}
