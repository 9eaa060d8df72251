/**
 * A sheet for a paired blind reading: the default quizzes of some devset articles as two checkouts of the project draw
 * them (say main and a branch), each question once (by id), mixed in an order that tells nobody which checkout asked
 * it. The sheet holds the reader's brief with the rubric of docs/quality.md, each article whole, and its questions
 * with their key and evidence; a key file says which checkout asked which question ("a", "b" or "both"). A reader
 * writes the verdicts as the brief says; `paired-verdicts.ts` merges them with the key into a judgement file.
 *   npx tsx bench/quality/paired-sheet.ts ROOT_A ROOT_B OUT_PREFIX article,article,... [--devset DIR]
 * writes OUT_PREFIX.md (hand it to the reader, with nothing else) and OUT_PREFIX.key.json.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Question } from "../../src/bank/schema";
import { readDevset } from "../devset";

const [rootA, rootB, outPrefix, list] = process.argv.slice(2);
if (!rootA || !rootB || !outPrefix || !list) {
  console.error("usage: npx tsx bench/quality/paired-sheet.ts ROOT_A ROOT_B OUT_PREFIX article,article,...");
  process.exit(2);
}

interface Checkout {
  generateBank: (texts: { id: string; text: string }[]) => { questions: Question[] }[];
  drawQuiz: (questions: Question[], options: { seed: string }) => Question[];
}
const load = async (root: string): Promise<Checkout> => ({
  generateBank: (await import(join(resolve(root), "src/generate/index.ts"))).generateBank,
  drawQuiz: (await import(join(resolve(root), "src/bank/quiz.ts"))).drawQuiz,
});

/** The rubric as docs/quality.md writes it, from its heading to the end of the file. */
function rubric(): string {
  const quality = readFileSync(join(import.meta.dirname, "../../docs/quality.md"), "utf8");
  const start = quality.indexOf("## Rubric (written before judging)");
  if (start === -1) throw new Error("docs/quality.md has no rubric");
  return quality.slice(start).replace(/^## /u, "### ");
}

const BRIEF = `# Blind reading of quiz questions

You judge quiz questions generated from German news articles, as a teacher who has read the article would judge a
question handed to a class. Below: each article in full, then its questions (in no particular order), each with its
key (what counts as right) and the evidence passage a learner sees highlighted after answering. Judge only from this
sheet. Read each article whole before judging its questions, and judge each question on its own (several may ask
similar things).

${rubric()}
Write a JSON file holding an array with one object per question, in sheet order:
{"n": <question number>, "article": "<file>", "type": "<type>", "grammatical": true|false, "answerable": true|false,
 "keyCorrect": true|false, "distractors": true|false, "evidence": true|false, "worthAsking": true|false,
 "note": "<one sentence: why, especially for every false>"}
`;

/** What a learner sees of a question, then its key and its evidence. */
function rendered(question: Question): string[] {
  const lines = [`**${question.stem}**`];
  let key = "";
  switch (question.type) {
    case "truefalse":
      lines.push(`Aussage: „${question.statement}“ — Stimmt / Stimmt nicht`);
      key = question.answer ? "Stimmt" : `Stimmt nicht${question.correction ? ` (richtig: ${question.correction})` : ""}`;
      break;
    case "cloze":
      lines.push(`Lückentext: ${question.before}___${question.after}`);
      key = [question.answer, ...question.accept].join(" / ");
      break;
    case "numeric":
      lines.push(`Zahl eingeben: ${question.before ?? ""}___${question.after ?? ""}`);
      key = `${question.answerText} (accepted: ${question.min} to ${question.max})`;
      break;
    case "single":
    case "multi": {
      const right = question.type === "single" ? [question.answer] : question.answers;
      lines.push(question.type === "multi" ? "(mehrere richtig)" : "(eine richtig)", ...question.options.map((option) => `- ${option.text}`));
      key = question.options
        .filter((option) => right.includes(option.id))
        .map((option) => option.text)
        .join("; ");
      break;
    }
  }
  // The learner's feedback shows one further evidence of another paragraph (who an office or a pronoun stands for)
  // below the evidence, other further evidence folded under "weitere Belege im Text" (QuestionEvidence).
  const [single, ...others] = question.moreEvidence;
  const shown = single && others.length === 0 && single.passageId !== question.evidence.passageId ? "shown below it" : "folded, one click away";
  const further = question.moreEvidence.map((more) => `Further evidence (${shown}): „${more.quote}“`);
  return [...lines, `Key: ${key}`, `Evidence: „${question.evidence.quote}“`, ...further];
}

/** A fixed shuffle (a linear congruential generator): the same sheet for the same quizzes. */
let state = 20261207;
const next = () => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
};

const articles = list.split(",").map((name) => (name.endsWith(".txt") ? name : `${name}.txt`));
const texts = new Map((readDevset("bench/quality/paired-sheet") ?? []).map(({ file, text }) => [file, text]));
const [a, b] = [await load(rootA), await load(rootB)];
const sheet = [BRIEF];
const key: { n: number; article: string; type: string; questionId: string; salience: number; set: "a" | "b" | "both" }[] = [];
for (const article of articles) {
  const text = texts.get(article);
  if (text === undefined) throw new Error(`${article} is not in the devset`);
  const id = article.replace(/\.txt$/u, "");
  const quizOf = (checkout: Checkout) => checkout.drawQuiz(checkout.generateBank([{ id, text }])[0]?.questions ?? [], { seed: id });
  const asked = new Map<string, { question: Question; set: "a" | "b" | "both" }>();
  for (const question of quizOf(a)) asked.set(question.id, { question, set: "a" });
  for (const question of quizOf(b)) asked.set(question.id, { question, set: asked.has(question.id) ? "both" : "b" });
  const mixed = [...asked.values()]
    .map((entry) => ({ entry, order: next() }))
    .sort((x, y) => x.order - y.order)
    .map(({ entry }) => entry);
  sheet.push(`## Article ${article}`, "", "```", text.trim(), "```", "");
  for (const { question, set } of mixed) {
    const n = key.length + 1;
    sheet.push(`### Question ${n} (${article}, ${question.type})`, "", ...rendered(question), "");
    key.push({ n, article, type: question.type, questionId: question.id, salience: question.salience, set });
  }
}
writeFileSync(`${outPrefix}.md`, `${sheet.join("\n")}\n`);
writeFileSync(`${outPrefix}.key.json`, `${JSON.stringify(key, null, 1)}\n`);
console.log(`${key.length} questions of ${articles.length} articles: ${outPrefix}.md, ${outPrefix}.key.json`);
