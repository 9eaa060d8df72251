/** Companies described by what they do ("Die Energieversorger") and those who speak for a workforce ("Betriebsrätin Maria Gruber"). */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;

describe("companies in the plural described by what they do", () => {
  const text = `Strom wird billiger

Wien – Die Energieversorger senkten am Montag ihre Tarife für Haushalte deutlich. Die Anbieter begründeten die Senkung mit den gefallenen Preisen an der Strombörse. Ökonomen erwarten, dass die Teuerung im Frühjahr spürbar zurückgeht. Die Arbeiterkammer riet den Kunden, ihre Verträge zu prüfen.`;

  it("never give their deed to a group of people", () => {
    const statements = questionsOf("strom", text).flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));
    expect(statements.filter((statement) => /^Ökonomen (?:senkten|haben)/u.test(statement))).toEqual([]);
    expect(statements.some((statement) => /^Die (?:Energieversorger|Anbieter)\b/u.test(statement))).toBe(true);
  });
});

describe("who speaks for a workforce, by a role before the name", () => {
  const text = `Streik bei Zulieferer

Graz – Bei einem Zulieferer in Graz haben am Dienstag rund 600 Beschäftigte die Arbeit niedergelegt. Betriebsrätin Maria Gruber kritisierte die geplante Schließung des Werks scharf. Gewerkschafter Thomas Berger forderte einen Sozialplan für alle Mitarbeiter. Die Geschäftsführung lehnte eine Stellungnahme ab.`;

  it("take the role as an office of the person and their deeds as a person's", () => {
    const questions = questionsOf("streik", text);
    const statements = questions.flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));
    expect(statements).toContainEqual({ statement: "Maria Gruber ist Betriebsrätin.", answer: true });
    expect(statements).toContainEqual({ statement: "Maria Gruber kritisierte die geplante Schließung des Werks scharf.", answer: true });
    expect(statements).toContainEqual({ statement: "Thomas Berger ist Gewerkschafter.", answer: true });
  });
});

describe("a works council named by its noun alone", () => {
  it("stays a body whose deed is stated, no person's role", () => {
    const text = `Sparplan abgelehnt

Linz – Der Betriebsrat des Stahlwerks hat den Sparplan der Konzernleitung am Mittwoch abgelehnt. Die Gewerkschaft Pro-Ge kündigte Betriebsversammlungen an. Der Vorstand will 300 Stellen streichen.`;
    const statements = questionsOf("sparplan", text).flatMap((question) =>
      question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : [],
    );
    expect(statements).toContainEqual({ statement: "Der Betriebsrat des Stahlwerks lehnte den Sparplan der Konzernleitung am Mittwoch ab.", answer: true });
  });
});
