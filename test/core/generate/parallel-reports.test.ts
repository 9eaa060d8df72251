/**
 * A report that repeats one pattern for several frames ("In Lend kam die KPÖ auf ... Die ÖVP landete ... In Gries ...
 * Die KPÖ landete ..."): a sentence whose frame stands only in the sentence before is true of one frame and false of
 * another, so no statement or gap is made of it. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

/** What a question shows of the text: its statement, its gap text or its options. */
function shown(question: Question): string {
  if (question.type === "truefalse") return question.statement;
  if (question.type === "cloze" || question.type === "numeric") return `${question.before ?? ""}___${question.after ?? ""}`;
  return `${question.stem} ${question.options.map((option) => option.text).join(" ")}`;
}

const shownOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions.map(shown);

const DISTRICTS = `Knappes Rennen in den Bezirken

Graz – Die Gemeinderatswahl in Graz hat in mehreren Bezirken knappe Ergebnisse gebracht. In Lend kam die KPÖ auf 31,2 Prozent der Stimmen. Die ÖVP landete mit 30,4 Prozent auf dem zweiten Platz. In Gries erreichte die ÖVP 29,8 Prozent der Stimmen. Die KPÖ landete mit 29,1 Prozent auf dem zweiten Platz. Der Bürgermeister Siegfried Nagl zeigte sich am Abend mit dem Ergebnis zufrieden.`;

describe("a sentence that leans on the frame of the one before, in a report of results by frame", () => {
  it("makes no statement or gap of it, but of the framed sentences and of a named person's deed", () => {
    const questions = shownOf("bezirke", DISTRICTS);
    expect(questions.filter((text) => /zweiten (?:Platz|___)|30,4|29,1|\b___ Prozent auf dem/u.test(text))).toEqual([]);
    expect(questions.some((text) => text.includes("in Lend auf 31,2 Prozent") || text.includes("In Lend kam die"))).toBe(true);
    expect(questions.some((text) => text.includes("Siegfried Nagl zeigte sich"))).toBe(true);
  });

  it("still asks such a sentence where the text reports one frame only", () => {
    const oneDistrict = `Knappes Rennen in Lend

Graz – Die Gemeinderatswahl in Graz hat im Bezirk Lend ein knappes Ergebnis gebracht. In Lend kam die KPÖ auf 31,2 Prozent der Stimmen. Die ÖVP landete mit 30,4 Prozent auf dem zweiten Platz. Der Bürgermeister Siegfried Nagl zeigte sich am Abend mit dem Ergebnis zufrieden.`;
    expect(shownOf("lend", oneDistrict).some((text) => text.includes("zweiten Platz"))).toBe(true);
  });
});
