/** Shares through the whole generator: "sechs von zehn Schülern" and "ein Viertel aller …" are findings, asked as the text writes them. */
import { describe, expect, it } from "vitest";
import { MIN_FILL_SALIENCE, MIN_SALIENCE } from "../../../src/bank/quiz";
import { gradeAnswer } from "../../../src/bank/grade";
import { generateBank } from "../../../src/generate/index";

const READING = `Viele Volksschüler lesen schlecht

Wien – Nur sechs von zehn Schülern der vierten Klasse können sinnerfassend lesen. Das zeigt eine Studie des Bildungsinstituts, die am Montag vorgestellt wurde. Die Ministerin kündigte ein Förderprogramm an. Die Lehrer fordern mehr Unterstützung. Das Programm soll im Herbst beginnen. Die Gewerkschaft begrüßte die Pläne. Die Schulen sollen zusätzliche Stunden erhalten. Laut einer Umfrage wünschen sich drei von vier Eltern mehr Leseunterricht. Fast ein Viertel der Schulen hat keine Bibliothek. Im Bezirk Favoriten arbeiten derzeit drei Lesetrainer.`;

describe("shares ('sechs von zehn Schülern')", () => {
  const reading = () => generateBank([{ id: "lesen", text: READING }])[0]!.questions;
  const figureGaps = (value: number) => reading().filter((question) => question.type === "numeric" && question.answer === value);

  it("asks the part of a share in the lead, with its whole shown, as a salient figure", () => {
    const part = figureGaps(6);
    expect(part.length).toBe(1);
    expect(part[0]!.type === "numeric" && `${part[0]!.before}___${part[0]!.after}`).toContain("Nur ___ von zehn Schülern");
    expect(part[0]!.salience).toBeGreaterThanOrEqual(MIN_SALIENCE);
    // The whole alone is the base of the finding, not the finding.
    for (const whole of figureGaps(10)) expect(whole.salience).toBeLessThan(part[0]!.salience);
  });

  it("weighs a share late in the text as a finding, not as a small count", () => {
    const share = reading().filter((question) => question.type === "numeric" && question.answer === 3 && question.evidence.quote.includes("Eltern"));
    const count = reading().filter((question) => question.type === "numeric" && question.answer === 3 && question.evidence.quote.includes("Lesetrainer"));
    expect(share.length).toBe(1);
    expect(count.length).toBe(1);
    expect(share[0]!.salience).toBeGreaterThanOrEqual(MIN_FILL_SALIENCE);
    expect(share[0]!.salience).toBeGreaterThan(2 * count[0]!.salience);
  });
});

describe("shares written as fractions ('fast ein Viertel der Schulen')", () => {
  const fraction = () => {
    const found = generateBank([{ id: "lesen", text: READING }])[0]!.questions.filter((question) => question.stem === "Welcher Anteil fehlt in diesem Satz?");
    expect(found.length).toBe(1);
    return found[0]!;
  };

  it("asks the fraction as a gap with its hedge shown, and weighs it as a finding, not a small count", () => {
    const question = fraction();
    expect(question.type === "cloze" && `${question.before}___${question.after}`).toBe("Fast ___ der Schulen hat keine Bibliothek.");
    expect(question.salience).toBeGreaterThanOrEqual(MIN_FILL_SALIENCE);
  });

  it("grades the fraction as written, as a fraction in figures and as the exact percentage, but not another fraction", () => {
    const question = fraction();
    const typed = (text: string) => gradeAnswer(question, { type: "cloze", text });
    for (const right of ["ein Viertel", "Viertel", "1/4", "25 Prozent", "25 %", "25%"]) expect(typed(right)).toBe(1);
    for (const wrong of ["ein Drittel", "1/3", "20 Prozent", "die Hälfte"]) expect(typed(wrong)).toBe(0);
  });
});
