/**
 * The Moodle XML export of every built-in quiz, of an own text and of a hostile edit of it, read back
 * with a strict XML parser and checked against what Moodle's importer reads
 * (question/format/xml/format.php) and how Moodle grades it.
 */
import { describe, expect, it } from "vitest";
import { gradeAnswer } from "../../../src/bank/grade";
import type { Question } from "../../../src/bank/schema";
import { toMoodleXml } from "../../../src/export/moodle-xml";
import { generateBank } from "../../../src/generate/index";
import BUSNETZ from "../../fixtures/own-texts/busnetz-lindenau.txt?raw";
import type { ExportQuiz } from "../../../src/export/quiz";
import {
  allEvidence,
  asExported,
  inGermanQuotes,
  asOneLine,
  gapParagraphCount,
  child,
  children,
  documentOf,
  exportedQuizzes,
  fieldText,
  hostileQuiz,
  HOSTILE,
  htmlParagraphs,
  isMoodleFraction,
  moodleMultiGrade,
  parseXml,
  textOf,
  tickings,
  type XmlElement,
} from "./read";

const MOODLE_TYPE: Record<Question["type"], string> = {
  single: "multichoice",
  multi: "multichoice",
  numeric: "numerical",
  truefalse: "truefalse",
  cloze: "shortanswer",
};

const fractionsOf = (element: XmlElement) => children(element, "answer").map((answer) => Number(answer.attributes.fraction) / 100);

function expectQuestionText(element: XmlElement, question: Question) {
  expect(child(element, "questiontext").attributes.format).toBe("html");
  const paragraphs = htmlParagraphs(fieldText(element, "questiontext"));
  expect(paragraphs[0]).toBe(asExported(question.stem));
  if (question.type === "truefalse") expect(paragraphs[1]).toBe(inGermanQuotes(asExported(question.statement)));
  if (question.type === "cloze" || (question.type === "numeric" && question.before !== undefined))
    expect(gapParagraphCount(paragraphs, question), "the gap text, nothing lost").toBeGreaterThan(0);
  if (question.type === "numeric" && question.unit) expect(paragraphs.at(-1)).toContain(asExported(question.unit));
}

function expectEvidenceInFeedback(element: XmlElement, question: Question, quiz: ExportQuiz) {
  expect(child(element, "generalfeedback").attributes.format).toBe("html");
  const feedback = htmlParagraphs(fieldText(element, "generalfeedback")).join("\n");
  for (const evidence of allEvidence(question)) {
    expect(feedback).toContain(inGermanQuotes(asExported(evidence.quote)));
    const document = documentOf(quiz, evidence)!;
    expect(feedback).toContain(asExported(document.title));
    if (document.source) expect(feedback).toContain(asExported(document.source));
  }
  if (question.type === "truefalse" && question.correction) expect(feedback).toContain(inGermanQuotes(asExported(question.correction)));
}

function expectAnswers(element: XmlElement, question: Question) {
  const answers = children(element, "answer");
  for (const fraction of fractionsOf(element)) expect(isMoodleFraction(fraction), `fraction ${fraction}`).toBe(true);
  switch (question.type) {
    case "single":
    case "multi": {
      expect(textOf(child(element, "single"))).toBe(question.type === "single" ? "true" : "false");
      expect(answers.map((answer) => htmlParagraphs(`<p>${textOf(child(answer, "text"))}</p>`)[0])).toEqual(
        question.options.map((option) => asExported(option.text)),
      );
      const fractions = fractionsOf(element);
      if (question.type === "single") {
        expect(fractions).toEqual(question.options.map((option) => (option.id === question.answer ? 1 : 0)));
        return;
      }
      // Moodle's import check for multiple answers: the positive fractions add up to 100 % (to 2 decimals).
      expect(Math.round(fractions.filter((fraction) => fraction > 0).reduce((sum, fraction) => sum + fraction, 0) * 100) / 100).toBe(1);
      // And Moodle grades every way of ticking as Quellenquiz does.
      for (const ticked of tickings(question.options.length)) {
        const choices = question.options.filter((_, index) => ticked[index]).map((option) => option.id);
        expect(moodleMultiGrade(fractions, ticked)).toBeCloseTo(gradeAnswer(question, { type: "multi", choices }), 5);
      }
      return;
    }
    case "numeric": {
      const intervals = answers.map((answer) => {
        const value = Number(textOf(child(answer, "text")));
        const tolerance = Number(textOf(child(answer, "tolerance")));
        expect(Number(answer.attributes.fraction)).toBe(100);
        return [value - tolerance, value + tolerance] as const;
      });
      const accepted = (value: number) => intervals.some(([low, high]) => low - 1e-9 <= value && value <= high + 1e-9);
      const step = Math.max(1e-3, Math.abs(question.max) * 1e-6);
      for (const value of [question.min, question.max, question.answer, (question.min + question.max) / 2]) expect(accepted(value), `${value}`).toBe(true);
      for (const value of [question.min - step, question.max + step]) expect(accepted(value), `${value}`).toBe(false);
      // The figure of the text is the answer Moodle shows as right (the first one).
      expect(Number(textOf(child(answers[0]!, "text")))).toBeCloseTo(question.answer, 9);
      expect(textOf(child(element, "showunits"))).toBe("3");
      return;
    }
    case "truefalse":
      expect(answers.map((answer) => [textOf(child(answer, "text")), Number(answer.attributes.fraction)])).toEqual([
        ["true", question.answer ? 100 : 0],
        ["false", question.answer ? 0 : 100],
      ]);
      return;
    case "cloze": {
      expect(textOf(child(element, "usecase"))).toBe("0");
      expect(fractionsOf(element).every((fraction) => fraction === 1)).toBe(true);
      // Moodle reads * as a wildcard and \* as an asterisk.
      const patterns = answers.map((answer) => textOf(child(answer, "text")));
      expect(patterns.every((pattern) => !/(?<!\\)\*/u.test(pattern))).toBe(true);
      expect(new Set(patterns.map((pattern) => pattern.replaceAll("\\*", "*")))).toEqual(
        new Set([question.answer, ...question.accept].map(asOneLine).filter((answer) => answer !== "")),
      );
      return;
    }
  }
}

describe.each(exportedQuizzes())("Moodle XML of %s", (_, quiz) => {
  const xml = toMoodleXml(quiz);
  const root = parseXml(xml);

  it("is well-formed UTF-8 XML with one <question> per question", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
    expect(root.name).toBe("quiz");
    expect(children(root, "question")).toHaveLength(quiz.questions.length);
    expect(quiz.questions.length).toBeGreaterThan(0);
  });

  it.each(quiz.questions.map((question, index) => [`${index + 1} (${question.type})`, question, index] as const))(
    "question %s: type, texts, answers and evidence as Moodle reads them",
    (_, question, index) => {
      const element = children(root, "question")[index]!;
      expect(element.attributes.type).toBe(MOODLE_TYPE[question.type]);
      expect(fieldText(element, "name")).toMatch(new RegExp(`^${String(index + 1).padStart(2, "0")} \\S`, "u"));
      expect(textOf(child(element, "idnumber"))).toBe(question.id);
      expectQuestionText(element, question);
      expectEvidenceInFeedback(element, question, quiz);
      expectAnswers(element, question);
    },
  );
});

it("sets the sentence before a gap sentence apart, as a paragraph of its own, where the gap text carries one", () => {
  const [bank] = generateBank([{ id: "busnetz", text: BUSNETZ }]);
  const withSentenceBefore = bank!.questions.filter(
    (question): question is Extract<Question, { type: "cloze" | "numeric" }> =>
      (question.type === "cloze" || question.type === "numeric") &&
      question.before !== undefined &&
      !asOneLine(question.evidence.quote).startsWith(asOneLine(question.before)),
  );
  expect(withSentenceBefore.length).toBeGreaterThan(0);
  const root = parseXml(toMoodleXml({ title: bank!.document.title, questions: withSentenceBefore, documents: [bank!.document] }));
  for (const [index, question] of withSentenceBefore.entries()) {
    const paragraphs = htmlParagraphs(fieldText(children(root, "question")[index]!, "questiontext"));
    expect(gapParagraphCount(paragraphs, question)).toBe(2);
    expect(paragraphs[1]).not.toContain("_____");
    expect(asOneLine(question.evidence.quote).startsWith(asOneLine(paragraphs[2]!.split("_____")[0]!))).toBe(true);
  }
});

describe("Moodle XML of hostile texts", () => {
  const xml = toMoodleXml(hostileQuiz());

  it("keeps every hostile string inside character data: no markup, CDATA ends split", () => {
    expect(xml).not.toContain("<script");
    expect(xml).toContain("]]]]><![CDATA[>");
    // Control characters are gone; line breaks of a text are <br /> in HTML fields.
    expect(xml).not.toContain("\u0001");
    expect(xml).not.toContain("\u000b");
    const feedback = htmlParagraphs(fieldText(children(parseXml(xml), "question")[0]!, "generalfeedback")).join("\n");
    for (const hostile of HOSTILE.slice(0, 3)) expect(feedback).toContain(asExported(hostile));
  });
});
