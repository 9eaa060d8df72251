/**
 * A gap forgives one typo, but never one that turns its answer into another word of the same text: a gap asking the
 * minister "Schenk" refuses "Schwenk", the noun two sentences on, as a spelling and as a typo.
 */
import { describe, expect, it } from "vitest";
import { gradeAnswer } from "../../../src/bank/grade";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const text = `Kurswechsel in der Verkehrspolitik

Stuttgart – Die Landesregierung hat am Dienstag einen Kurswechsel in der Verkehrspolitik beschlossen. Verkehrsministerin Andrea Schenk kündigte an, den Ausbau der Radwege deutlich zu beschleunigen. Der Schwenk kommt für viele überraschend. Oppositionsführer Markus Lindner kritisierte die Pläne als unbezahlbar. Schenk verteidigte das Vorhaben im Landtag. Bis 2030 sollen demnach 400 Kilometer neue Radwege entstehen.`;

const pool = generateBank([{ id: "kurswechsel", text }])[0]!.questions;
const gaps = pool.filter((question): question is Extract<Question, { type: "cloze" }> => question.type === "cloze");
const typed = (question: Question, answer: string) => gradeAnswer(question, { type: "cloze", text: answer });

describe("a gap's typo tolerance and the other words of its text", () => {
  const nameGap = gaps.find((gap) => gap.answer === "Andrea Schenk");
  const termGap = gaps.find((gap) => gap.answer === "Radwege");

  it("refuses another word of the text one typo from the answer", () => {
    expect(nameGap).toBeDefined();
    expect(nameGap!.accept).not.toContain("Schwenk");
    expect(typed(nameGap!, "Schwenk")).toBe(0);
    expect(typed(nameGap!, "Andrea Schenk")).toBe(1);
    expect(typed(nameGap!, "Schenk")).toBe(1);
  });

  it("still forgives a typo that is no word of the text", () => {
    expect(typed(nameGap!, "Schenck")).toBe(1);
    expect(typed(nameGap!, "Andrea Schnek")).toBe(1);
  });

  it("still takes the answer in another case, which the text may write too", () => {
    expect(termGap).toBeDefined();
    expect(termGap!.otherWords ?? []).toEqual([]);
    expect(typed(termGap!, "Radwegen")).toBe(1);
  });
});

describe("a surname's other spellings in the text", () => {
  const otherSpelling = `Neue Leitung im Stadtarchiv

Linz – Das Linzer Stadtarchiv bekommt eine neue Leiterin. Die Historikerin Eva Hofmann tritt ihr Amt im Mai an. Hoffmann leitete zuvor zehn Jahre lang das Archiv in Wels. Der Gemeinderat stimmte der Bestellung einstimmig zu.`;
  const gap = generateBank([{ id: "archiv", text: otherSpelling }])[0]!.questions.find(
    (question): question is Extract<Question, { type: "cloze" }> => question.type === "cloze" && question.answer === "Eva Hofmann",
  );

  it("are taken where the text writes them as a name", () => {
    expect(gap).toBeDefined();
    expect(gap!.accept).toContain("Hoffmann");
    expect(typed(gap!, "Hoffmann")).toBe(1);
  });
});
