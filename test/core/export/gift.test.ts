/**
 * The GIFT export of every built-in quiz, of an own text and of a hostile edit of it, parsed back by an
 * independent parser (gift-pegjs): the same questions, keys, texts and evidence.
 */
import { parse, type GIFTQuestion, type NumericalChoice, type TextChoice } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { gradeAnswer } from "../../../src/bank/grade";
import type { Question } from "../../../src/bank/schema";
import { escapeGift, toGift } from "../../../src/export/gift";
import {
  allEvidence,
  asExported,
  inGermanQuotes,
  asOneLine,
  gapParagraphCount,
  documentOf,
  exportedQuizzes,
  HOSTILE,
  htmlParagraphs,
  isMoodleFraction,
  moodleMultiGrade,
  tickings,
} from "./read";

const GIFT_TYPE: Record<Question["type"], GIFTQuestion["type"]> = {
  single: "MC",
  multi: "MC",
  numeric: "Numerical",
  truefalse: "TF",
  cloze: "Short",
};

type Parsed = Extract<GIFTQuestion, { globalFeedback: unknown }>;

/** An answer's HTML text as shown. */
const shown = (choice: TextChoice) => htmlParagraphs(`<p>${choice.text.text}</p>`)[0];

function expectAnswers(parsed: Parsed, question: Question) {
  switch (question.type) {
    case "single":
    case "multi": {
      const choices = (parsed as Extract<GIFTQuestion, { type: "MC" }>).choices;
      expect(choices.map(shown)).toEqual(question.options.map((option) => asExported(option.text)));
      if (question.type === "single") {
        // `=` marks the one right option; Moodle makes the question single-answer because of it.
        expect(choices.map((choice) => choice.isCorrect)).toEqual(question.options.map((option) => option.id === question.answer));
        expect(choices.every((choice) => choice.isCorrect || (choice.weight ?? 0) === 0)).toBe(true);
        return;
      }
      // No `=`: Moodle makes it a multiple-answer question with the weights as fractions.
      expect(choices.some((choice) => choice.isCorrect)).toBe(false);
      const fractions = choices.map((choice) => (choice.weight ?? 0) / 100);
      for (const fraction of fractions) expect(isMoodleFraction(fraction), `weight ${fraction}`).toBe(true);
      for (const ticked of tickings(question.options.length)) {
        const picks = question.options.filter((_, index) => ticked[index]).map((option) => option.id);
        expect(moodleMultiGrade(fractions, ticked)).toBeCloseTo(gradeAnswer(question, { type: "multi", choices: picks }), 5);
      }
      return;
    }
    case "numeric": {
      const choices = (parsed as Extract<GIFTQuestion, { type: "Numerical" }>).choices as NumericalChoice[];
      const intervals = choices.map(({ text, weight }) => {
        expect(weight).toBe(100);
        if (text.type === "range") return [text.number! - text.range!, text.number! + text.range!] as const;
        expect(text.type).toBe("high-low");
        return [text.numberLow!, text.numberHigh!] as const;
      });
      const accepted = (value: number) => intervals.some(([low, high]) => low - 1e-9 <= value && value <= high + 1e-9);
      const step = Math.max(1e-3, Math.abs(question.max) * 1e-6);
      for (const value of [question.min, question.max, question.answer]) expect(accepted(value), `${value}`).toBe(true);
      for (const value of [question.min - step, question.max + step]) expect(accepted(value), `${value}`).toBe(false);
      expect(choices[0]!.text.number).toBeCloseTo(question.answer, 9);
      return;
    }
    case "truefalse":
      expect((parsed as Extract<GIFTQuestion, { type: "TF" }>).isTrue).toBe(question.answer);
      return;
    case "cloze": {
      const choices = (parsed as Extract<GIFTQuestion, { type: "Short" }>).choices;
      expect(choices.every((choice) => choice.weight === 100)).toBe(true);
      // As Moodle's short answer reads them: \* is an asterisk; "->" is written as an arrow (gift.ts says why).
      const expected = [question.answer, ...question.accept].map((answer) => asOneLine(answer).replaceAll("->", "→")).filter(Boolean);
      expect(new Set(choices.map((choice) => choice.text.text.replaceAll("\\*", "*")))).toEqual(new Set(expected));
      return;
    }
  }
}

describe.each(exportedQuizzes())("GIFT of %s", (_, quiz) => {
  const gift = toGift(quiz);
  const parsed = parse(gift).filter((item): item is Parsed => "globalFeedback" in item);

  it("parses back into one question per question, in order", () => {
    expect(parsed).toHaveLength(quiz.questions.length);
    // Moodle splits questions at blank lines: one block per question after the header, none blank inside.
    const blocks = gift.trimEnd().split("\n\n");
    expect(blocks).toHaveLength(quiz.questions.length + 1);
    for (const block of blocks) expect(block.split("\n").every((line) => line.trim() !== "")).toBe(true);
  });

  it.each(quiz.questions.map((question, index) => [`${index + 1} (${question.type})`, question, index] as const))(
    "question %s: type, texts, keys and evidence as written",
    (_, question, index) => {
      const item = parsed[index]!;
      expect(item.type).toBe(GIFT_TYPE[question.type]);
      expect(item.title).toMatch(new RegExp(`^${String(index + 1).padStart(2, "0")} \\S`, "u"));
      expect(item.stem.format).toBe("html");
      const paragraphs = htmlParagraphs(item.stem.text);
      expect(paragraphs[0]).toBe(asExported(question.stem));
      if (question.type === "truefalse") expect(paragraphs[1]).toBe(inGermanQuotes(asExported(question.statement)));
      if (question.type === "cloze" || (question.type === "numeric" && question.before !== undefined))
        expect(gapParagraphCount(paragraphs, question), "the gap text, nothing lost").toBeGreaterThan(0);
      const feedback = htmlParagraphs(item.globalFeedback!.text).join("\n");
      for (const evidence of allEvidence(question)) {
        expect(feedback).toContain(inGermanQuotes(asExported(evidence.quote)));
        expect(feedback).toContain(asExported(documentOf(quiz, evidence)!.title));
      }
      expectAnswers(item, question);
    },
  );
});

describe("GIFT escaping", () => {
  it("escapes ~ = # { } : and the backslash, and writes line breaks as \\n", () => {
    expect(escapeGift("a~b=c#d{e}f:g\\h\ni")).toBe("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni");
  });

  it.each(HOSTILE.map((hostile) => [hostile]))("carries %j through a question intact", (hostile) => {
    const [question] = parse(`::${escapeGift(hostile)}::[plain]${escapeGift(hostile)}{T####[plain]${escapeGift(hostile)}}`) as Parsed[];
    const expected = [...hostile].filter((character) => character !== "\u0001" && character !== "\u000b").join("");
    expect(question!.title).toBe(expected.trim());
    expect(question!.stem.text).toBe(expected.trim());
    expect(question!.globalFeedback!.text).toBe(expected.trim());
  });
});
