/**
 * A speaker named in the sentence after the news, pointing back with "Das" or "Dies" ("Das teilte das
 * Innenministerium mit.", "Das kündigte X an."): the news sentence is the speaker's, retold, never in quotation marks;
 * its own deed is still asked. "Das kritisierte X" takes a stand, it gives X no words.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const linesOf = (question: Question) => [
  ...(question.type === "truefalse" ? [question.statement] : [question.stem]),
  ...("options" in question ? (question.options ?? []).map((option) => option.text) : []),
];
const trueStatements = (questions: Question[]) =>
  questions.filter((question) => question.type === "truefalse" && question.answer).map((question) => (question.type === "truefalse" ? question.statement : ""));

const police = `Mehr Polizei für Wien

Wien – Innenminister Karl Berger schickt ab Juli 500 zusätzliche Polizisten nach Wien. Das teilte das Innenministerium am Dienstag mit. Die Beamten sollen vor allem in der Nacht auf Streife gehen.

Die Gewerkschaft begrüßt den Schritt. Die Stadt bekommt damit so viele Polizisten wie noch nie. Das kritisierte Bürgermeisterin Maria Lang scharf.`;

const cycling = `Neue Radwege für Graz

Graz – Die Stadt Graz baut bis 2027 insgesamt 40 Kilometer neue Radwege. Dies kündigte Verkehrsstadträtin Judith Schwentner am Montag an. Die Kosten liegen bei rund 30 Millionen Euro.`;

describe("a speaker named after the news with 'Das'/'Dies' pointing back", () => {
  const [policeBank, cyclingBank] = generateBank([
    { id: "polizei", text: police },
    { id: "radwege", text: cycling },
  ]);
  const policeQuestions = policeBank!.questions;

  it("gives the sentence before to the body that made it known, retold without quotation marks ('Das teilte ... mit')", () => {
    expect(trueStatements(policeQuestions)).toContain(
      "Das Innenministerium sagte sinngemäß: Innenminister Karl Berger schickt ab Juli 500 zusätzliche Polizisten nach Wien.",
    );
    expect(policeQuestions.flatMap(linesOf).filter((line) => line.includes("„"))).toEqual([]);
  });

  it("gives it to a person who announced it ('Dies kündigte X an')", () => {
    expect(trueStatements(cyclingBank!.questions)).toContain(
      "Judith Schwentner sagte sinngemäß: Die Stadt Graz baut bis 2027 insgesamt 40 Kilometer neue Radwege.",
    );
  });

  it("still asks the deed of the news sentence itself", () => {
    expect(trueStatements(policeQuestions)).toContain("Karl Berger schickt ab Juli 500 zusätzliche Polizisten nach Wien.");
  });

  it("gives no words to a speaker who takes a stand on the sentence before ('Das kritisierte X')", () => {
    expect(trueStatements(policeQuestions).filter((line) => line.startsWith("Maria Lang sagte"))).toEqual([]);
  });
});
