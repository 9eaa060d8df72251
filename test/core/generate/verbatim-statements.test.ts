/**
 * No true statement is a sentence of the text word for word: "verbatim means true" would answer it without reading.
 * A sentence no family could rephrase (a plan in the present passive: "muss neu verhandelt werden") is not asked as
 * a true statement; its false twin may stand. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const RETRIAL = `Bestechungsprozess muss neu verhandelt werden

Die Causa Stadtwerke muss neu verhandelt werden. Der Oberste Gerichtshof hob am Mittwoch das Urteil gegen den früheren Bürgermeister Karl Huber teilweise auf. Huber war im Vorjahr wegen Untreue zu drei Jahren Haft verurteilt worden.`;

const sentencesOf = (text: string) => new Set(text.split(/(?<=[.!?])\s+|\n+/u).map((sentence) => sentence.trim()));

describe("true statements", () => {
  it("are never a sentence of the text as it stands", () => {
    const [bank] = generateBank([{ id: "neuverhandlung", text: RETRIAL }]);
    const statements = bank!.questions.filter((question): question is Statement => question.type === "truefalse");
    const sentences = sentencesOf(RETRIAL);
    expect(statements.filter((statement) => statement.answer && sentences.has(statement.statement)).map((statement) => statement.statement)).toEqual([]);
    // The plan is still asked, by its false twin, and the rephrased deeds stay.
    expect(statements.map((statement) => statement.statement)).toContain("Die Causa Stadtwerke muss nicht neu verhandelt werden.");
    expect(statements.some((statement) => statement.answer && statement.statement.startsWith("Karl Huber war im Vorjahr"))).toBe(true);
  });
});
