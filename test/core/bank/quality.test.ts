/**
 * Quality of the committed bank as a whole: evidence that matches the corpus and never comes from
 * page furniture, sound options, no stem that gives its answer away, every type and document
 * covered, ids unique and stable, and the committed files exactly what the generator makes.
 */
import { describe, expect, it } from "vitest";
import { BankFile, QUESTION_TYPES, type Question } from "../../../src/bank/schema";
import { escapeRegExp } from "../../../src/extract/text";
import { answerTexts as generatorCorrectTexts } from "../../../src/bank/quiz";
import { generateBank, type SourceDocument } from "../../../src/generate/index";
import { bankFiles } from "../../../questions/index";
import metadata from "../../../corpus/metadata.json";
import seed000 from "../../../corpus/000_da9cece58f689f55.txt?raw";
import seed001 from "../../../corpus/001_a0779ffe5682cfbe.txt?raw";
import seed002 from "../../../corpus/002_1b9413930cd04c90.txt?raw";
import seed003 from "../../../corpus/003_ffc1f06195f87f2c.txt?raw";
import seed004 from "../../../corpus/004_244a028948b0aebe.txt?raw";
import { allEvidence, correctTexts, fold } from "./answers";

const corpus: SourceDocument[] = Object.entries({
  "000_da9cece58f689f55.txt": seed000,
  "001_a0779ffe5682cfbe.txt": seed001,
  "002_1b9413930cd04c90.txt": seed002,
  "003_ffc1f06195f87f2c.txt": seed003,
  "004_244a028948b0aebe.txt": seed004,
}).map(([file, text]) => ({ id: file.replace(/\.txt$/u, ""), file, text, metadata: (metadata as Record<string, SourceDocument["metadata"]>)[file] ?? {} }));

const questions = bankFiles.flatMap((file) => file.questions);
const documentsById = new Map(bankFiles.map((file) => [file.document.id, file.document]));

/** Whether `shown` contains `answer` as a whole word or figure. */
function containsAnswer(shown: string, answer: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fold(answer))}(?![\\p{L}\\p{N}]|[.,]\\d)`, "u").test(fold(shown));
}

/** The spellings of a figure a stem could give away: 14000, 14.000, 14 000, 1,8. */
function figureSpellings(value: number): string[] {
  const [whole = "", fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ".");
  const tail = fraction ? `,${fraction}` : "";
  return [whole + tail, grouped + tail, grouped.replaceAll(".", " ") + tail];
}

describe("the committed bank", () => {
  it("matches the schema and covers every corpus document", () => {
    for (const file of bankFiles) BankFile.parse(file);
    expect(bankFiles.map((file) => file.document.id)).toEqual(corpus.map((doc) => doc.id));
    for (const file of bankFiles) expect(file.questions.length, file.document.id).toBeGreaterThan(0);
  });

  it("is exactly what the generator makes from the corpus (deterministic, up to date)", () => {
    const fresh = generateBank(corpus);
    expect(JSON.stringify(fresh)).toBe(JSON.stringify(bankFiles));
    expect(JSON.stringify(generateBank(corpus))).toBe(JSON.stringify(fresh));
  });

  it("keeps answers out of stems by the answers the grader accepts (the generator's gate reads the same ones)", () => {
    for (const question of questions.filter((candidate) => candidate.type !== "numeric" && candidate.type !== "truefalse")) {
      expect(new Set(generatorCorrectTexts(question)), question.id).toEqual(new Set(correctTexts(question)));
    }
  });

  it("has every question type", () => {
    expect(new Set(questions.map((question) => question.type))).toEqual(new Set(QUESTION_TYPES));
  });

  it("has unique ids, and the same bank whatever the order of the documents", () => {
    const ids = questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    const reversed = generateBank([...corpus].reverse()).reverse();
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(bankFiles));
  });

  it("keeps the id of a question when another document changes", () => {
    // Dropping a document changes the distractor pool of the others, not what their questions ask.
    const without = generateBank(corpus.slice(1));
    const before = new Map(questions.map((question) => [question.id, question]));
    let kept = 0;
    for (const question of without.flatMap((file) => file.questions)) {
      const earlier = before.get(question.id);
      if (!earlier) continue;
      kept++;
      expect([earlier.topic, earlier.type, earlier.evidence]).toEqual([question.topic, question.type, question.evidence]);
    }
    expect(kept).toBeGreaterThan(questions.length / 2);
  });

  it.each(questions.map((question) => [question.id, question] as const))("%s has evidence from the article that matches the text", (_, question) => {
    for (const evidence of allEvidence(question)) {
      const document = documentsById.get(evidence.documentId)!;
      expect(document.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      const passage = document.passages.find((candidate) => candidate.id === evidence.passageId)!;
      expect(passage.kind).not.toBe("boilerplate");
      expect(passage.start <= evidence.start && evidence.end <= passage.end).toBe(true);
    }
    expect(question.evidence.documentId).toBe(question.documentId);
  });

  it.each(questions.map((question) => [question.id, question] as const))("%s has sound options and keeps its answer out of the stem", (_, question) => {
    const shown = question.type === "cloze" ? `${question.stem} ${question.before} ${question.after}` : question.stem;
    switch (question.type) {
      case "single":
      case "multi": {
        const texts = question.options.map((option) => fold(option.text));
        expect(new Set(texts).size).toBe(texts.length);
        expect(question.options.map((option) => option.id)).toEqual(question.options.map((_, index) => String.fromCharCode(97 + index)));
        const right = question.type === "single" ? [question.answer] : question.answers;
        for (const id of right) expect(question.options.some((option) => option.id === id)).toBe(true);
        expect(right.length).toBeLessThan(question.options.length);
        break;
      }
      case "numeric":
        expect(question.min).toBeLessThanOrEqual(question.answer);
        expect(question.answer).toBeLessThanOrEqual(question.max);
        for (const spelling of figureSpellings(question.answer)) expect(containsAnswer(shown, spelling), spelling).toBe(false);
        break;
      case "cloze":
        expect(question.before.length + question.after.length).toBeGreaterThan(0);
        break;
      case "truefalse":
        if (!question.answer) expect(question.correction).toBeTruthy();
        break;
    }
    for (const answer of correctTexts(question)) expect(containsAnswer(shown, answer), answer).toBe(false);
  });

  it.each(questions.map((question) => [question.id, question] as const))("%s reads without template seams", (_, question) => {
    const shown = [question.stem, question.type === "truefalse" ? question.statement : "", question.type === "numeric" ? question.answerText : ""];
    for (const text of shown) expect(text).not.toMatch(/undefined|null|NaN|\[object|\s{2}|\s[,.?!]|\?\?/u);
    expect(question.stem).toMatch(/[?.“]$/u);
  });

  it("never repeats its text's title in a stem: the page shows which text a question is about", () => {
    for (const file of bankFiles) {
      for (const question of file.questions) expect(question.stem, question.id).not.toContain(file.document.title);
    }
  });

  it("gives further evidence only once and never the main evidence again", () => {
    const spanKey = (item: Question["evidence"]) => `${item.documentId}:${item.start}:${item.end}`;
    for (const question of questions) {
      const keys = allEvidence(question).map(spanKey);
      expect(new Set(keys).size, `${question.id} ${question.stem}`).toBe(keys.length);
      for (const more of question.moreEvidence) expect(more, question.id).not.toEqual(question.evidence);
    }
  });

  it("shows figures as the text writes them after answering", () => {
    for (const question of questions) {
      if (question.type !== "numeric") continue;
      const quotes = allEvidence(question).map((item) => fold(item.quote));
      if (question.topic === "member_count_change") {
        // One figure from each text, in words a learner reads after "So steht es im Text".
        const [first, second] = question.answerText.split(" im einen Text, ");
        expect(second, question.answerText).toMatch(/ im anderen$/u);
        for (const figure of [first!, second!.replace(/ im anderen$/u, "")])
          expect(
            quotes.some((quote) => quote.includes(fold(figure))),
            figure,
          ).toBe(true);
      } else {
        expect(
          quotes.some((quote) => quote.includes(fold(question.answerText))),
          `${question.id}: ${question.answerText}`,
        ).toBe(true);
      }
    }
  });

  it("shows names joined where the source breaks them after a hyphen, and starts statements with a capital", () => {
    const broken = /\p{L}-\s+\p{Lu}/u;
    for (const question of questions) {
      const shown = [
        ...(question.type === "single" || question.type === "multi" ? question.options.map((option) => option.text) : []),
        ...(question.type === "truefalse" ? [question.statement, question.correction ?? ""] : []),
      ];
      for (const text of shown) expect(text, question.id).not.toMatch(broken);
      if (question.type === "truefalse") expect(question.statement, question.id).toMatch(/^[\p{Lu}\p{N}"„]/u);
    }
  });

  it("does not always put the correct option in the same place", () => {
    const positions = new Set(
      questions
        .filter((question): question is Extract<Question, { type: "single" }> => question.type === "single" && question.options.length === 4)
        .map((question) => question.answer),
    );
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  it("alters exactly the evidence sentence in false figure statements", () => {
    for (const question of questions) {
      if (question.type !== "truefalse" || question.answer || question.topic !== "quantity") continue;
      // An altered figure statement is the evidence sentence with one figure changed.
      expect(question.correction).toBe(question.evidence.quote);
      expect(question.statement).not.toBe(question.evidence.quote);
    }
  });
});
