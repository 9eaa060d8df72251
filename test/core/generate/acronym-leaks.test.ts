/** The last gate (leaksAnswer) counts an acronym answer as shown only where the question writes it as one. */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { leaksAnswer } from "../../../src/generate/checks";

const evidence = { documentId: "d_0000000000000000", passageId: "p1", start: 0, end: 5, quote: "Das IST hat gewarnt." };
const cloze = (before: string, after: string, answer: string): Question => ({
  id: "q_0000000000000001",
  documentId: evidence.documentId,
  topic: "organisation",
  fact: "named:IST",
  salience: 1,
  stem: "Welcher Name fehlt in diesem Satz?",
  evidence,
  moreEvidence: [],
  type: "cloze",
  before,
  after,
  answer,
  accept: [],
});

describe("an acronym answer", () => {
  it("is not leaked by the same letters as a common word", () => {
    expect(leaksAnswer(cloze("Wie das Institut mitteilte, ist das ", " vorbereitet.", "IST"))).toBe(false);
  });

  it("is leaked where the question writes it as an acronym", () => {
    expect(leaksAnswer(cloze("Das IST warnt, das ", " hat gewarnt.", "IST"))).toBe(true);
  });

  it("any other answer is leaked in any case", () => {
    expect(leaksAnswer(cloze("In danzig tagte der Rat, in ", " auch.", "Danzig"))).toBe(true);
  });
});
