/**
 * A gap of a seat of state as one side of a relation ("Das Verhältnis zwischen ___ und Berlin") reads as its state
 * as well: its country is accepted, as right as the city. Not so where the seat is a place ("in ___"), nor for a city
 * that is no seat of state. Through the whole generator and the
 * grading of a typed answer, on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { matchClozeAnswer } from "../../../src/bank/grade";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Cloze = Extract<Question, { type: "cloze" }>;

const placeGaps = (text: string): Cloze[] =>
  generateBank([{ id: "zoelle", text }])[0]!.questions.filter((question): question is Cloze => question.type === "cloze" && question.topic === "place");

const TEXT = `Streit um Zölle

Das Verhältnis zwischen Ankara und Berlin ist seit Monaten angespannt. Der türkische Präsident Recep Tayyip Erdoğan kritisierte am Montag die deutsche Regierung. Bundeskanzlerin Angela Merkel wies die Vorwürfe zurück. Die Gespräche über neue Zölle sollen im Herbst fortgesetzt werden.`;

describe("gaps of a seat of state", () => {
  it("accept the state's name as well as the city's", () => {
    const gap = placeGaps(TEXT).find((question) => question.answer === "Ankara")!;
    expect(matchClozeAnswer(gap, "Ankara")).toBeDefined();
    expect(matchClozeAnswer(gap, "Türkei")).toBeDefined();
    expect(matchClozeAnswer(gap, "Griechenland")).toBeUndefined();
  });

  it("accept no country where the seat is a place ('in ___'): there it is the city", () => {
    const text = TEXT.replace(
      "Das Verhältnis zwischen Ankara und Berlin ist seit Monaten angespannt.",
      "Im Juni treffen sich die Außenminister der Nato in Ankara.",
    );
    const gap = placeGaps(text).find((question) => question.answer === "Ankara")!;
    expect(matchClozeAnswer(gap, "Ankara")).toBeDefined();
    expect(matchClozeAnswer(gap, "Türkei")).toBeUndefined();
  });

  it("accept no country for a city that is no seat of state", () => {
    const text = TEXT.replace("zwischen Ankara und Berlin", "zwischen Istanbul und Berlin");
    const gap = placeGaps(text).find((question) => question.answer === "Istanbul")!;
    expect(matchClozeAnswer(gap, "Istanbul")).toBeDefined();
    expect(matchClozeAnswer(gap, "Türkei")).toBeUndefined();
  });
});
