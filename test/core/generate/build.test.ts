import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Evidence, Question } from "../../../src/bank/schema";
import { clearlyDifferent, cloze, fitsGapText, multi, numericChoice, single } from "../../../src/generate/build";
import { contentId } from "../../../src/generate/ids";

const evidence: Evidence = { documentId: "doc", passageId: "p1", start: 0, end: 4, quote: "Text" };
const common = (key: string) => ({ documentId: "doc", topic: "quantity" as const, key, fact: `figure:${key}`, salience: 0.5, stem: "Wie viele?", evidence });

function singleOf(question: Question | undefined): Extract<Question, { type: "single" }> {
  if (question?.type !== "single") throw new Error("expected a single-choice question");
  return question;
}

describe("numeric choices", () => {
  it("offers distinct figures of the same magnitude, ascending, one of them right", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 5_000_000 }), fc.array(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 5 }), (answer, nearby) => {
        const question = singleOf(numericChoice(common(`n${answer}`), answer, nearby, true));
        const values = question.options.map((option) => Number(option.text.replaceAll(".", "").replace(",", ".")));
        expect(values).toEqual([...values].sort((a, b) => a - b));
        expect(new Set(values).size).toBe(values.length);
        const right = question.options.find((option) => option.id === question.answer)!;
        expect(Number(right.text.replaceAll(".", "").replace(",", "."))).toBe(answer);
        for (const value of values) {
          expect(value / answer).toBeGreaterThanOrEqual(0.1);
          expect(value / answer).toBeLessThanOrEqual(10);
          if (value !== answer) expect(clearlyDifferent(value, answer, true)).toBe(true);
        }
      }),
    );
  });

  it("puts the right figure in every position across questions, not always in the middle or at an edge", () => {
    const positions = new Set<number>();
    for (let answer = 20; answer < 60; answer++) {
      const question = singleOf(numericChoice(common(`position${answer}`), answer, [], false));
      positions.add(question.options.findIndex((option) => option.id === question.answer));
    }
    expect(positions).toEqual(new Set([0, 1, 2, 3]));
  });

  it("prefers figures from the texts as distractors", () => {
    const question = singleOf(numericChoice(common("members"), 83, [68, 83], false));
    expect(question.options.map((option) => option.text)).toContain("68");
  });
});

describe("choices", () => {
  it("drops duplicate and correct distractors and fixes the order by content", () => {
    const question = singleOf(
      single(common("who"), { text: "Maas" }, [
        { text: "Blinken" },
        { text: "maas" },
        { text: "Blinken" },
        { text: "Blok" },
        { text: "Kerry" },
        { text: "Sales" },
      ]),
    );
    expect(question.options.map((option) => option.text).sort()).toEqual(["Blinken", "Blok", "Kerry", "Maas"]);
    expect(single(common("who"), { text: "Maas" }, [{ text: "Blinken" }, { text: "Blok" }, { text: "Kerry" }])).toEqual(question);
    expect(question.id).toBe(contentId("doc", "single", "quantity", "who"));
  });

  it("does not always put the correct option first", () => {
    const positions = new Set<string>();
    for (let index = 0; index < 20; index++) {
      positions.add(singleOf(single(common(`k${index}`), { text: "Richtig" }, [{ text: "A" }, { text: "B" }, { text: "C" }]))!.answer);
    }
    expect(positions.size).toBeGreaterThan(2);
  });

  it("needs a distractor to ask at all", () => {
    expect(single(common("alone"), { text: "Maas" }, [{ text: "Maas" }])).toBeUndefined();
    expect(multi(common("alone"), [{ text: "Irak" }, { text: "Syrien" }], [])).toBeUndefined();
  });

  it("marks every correct option of a multiple-select question", () => {
    const question = multi(
      common("countries"),
      [
        { text: "Irak", value: "IQ" },
        { text: "Syrien", value: "SY" },
      ],
      [{ text: "Italien", value: "IT" }],
    );
    if (question?.type !== "multi") throw new Error("expected multi");
    const right = question.options.filter((option) => question.answers.includes(option.id)).map((option) => option.value);
    expect(right.sort()).toEqual(["IQ", "SY"]);
  });
});

describe("gap texts", () => {
  it("cuts the answer out of the sentence", () => {
    const sentence = "Heute treffen sich deren Vertreter in Rom.";
    const question = cloze(common("rom"), sentence, sentence.indexOf("Rom"), sentence.indexOf("Rom") + 3);
    expect(question).toMatchObject({ type: "cloze", before: "Heute treffen sich deren Vertreter in ", after: ".", answer: "Rom" });
  });

  it("refuses a gap whose answer is still in the sentence", () => {
    const sentence = "In Rom beraten die Vertreter in Rom.";
    expect(cloze(common("rom"), sentence, 3, 6)).toBeUndefined();
  });

  it("fitsGapText says which sentences cloze takes by their length, so the families may ask it first", () => {
    for (let filler = 200; filler < 280; filler++) {
      const sentence = `Heute treffen sich ${"x".repeat(filler)} Vertreter in Rom.`;
      const question = cloze(common("rom"), sentence, sentence.indexOf("Rom"), sentence.indexOf("Rom") + 3);
      expect(fitsGapText({ start: 10, end: 10 + sentence.length })).toBe(question !== undefined);
    }
  });
});
