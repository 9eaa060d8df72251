/** Names of Italian, Spanish and French bodies and media with a lower-case particle inside ("Corriere della Sera"), as speakers. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

/** The statements of the quote questions: true-or-false ones with their correction, and the options of the choices. */
const quoteStatementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => {
    if (question.topic !== "quote") return [];
    if (question.type === "truefalse") return [question.statement, ...(question.correction ? [question.correction] : [])];
    return question.type === "single" ? question.options.map((option) => option.text) : [];
  });

describe("a speaker's name with a Romance particle inside", () => {
  it("names the newspaper in full, never cut before 'della' ('Die Zeitung Corriere della Sera')", () => {
    const text = `Hochwasser in Venetien

Venedig – Nach tagelangem Regen sind in Venetien mehrere Flüsse über die Ufer getreten. Die Dämme seien seit Jahren nicht erneuert worden, berichtete die Zeitung Corriere della Sera. Die Schäden gingen in die Millionen, teilte die Regionalregierung am Abend mit.`;
    const made = quoteStatementsOf("hochwasser", text);
    expect(made.some((statement) => statement.startsWith("Die Zeitung Corriere della Sera sagte sinngemäß: Die Dämme"))).toBe(true);
    expect(made.filter((statement) => /Corriere(?! della Sera)/u.test(statement))).toEqual([]);
  });

  it("names a central bank with 'de' in full ('Die Notenbank Banco de España')", () => {
    const text = `Zinsen in Spanien

Madrid – Die spanischen Banken verlangen für Kredite wieder mehr Geld. Die Zinsen würden bis zum Sommer weiter steigen, teilte die Notenbank Banco de España am Montag mit. Die Regierung will Familien mit Krediten entlasten.`;
    const made = quoteStatementsOf("zinsen", text);
    expect(made.some((statement) => statement.startsWith("Die Notenbank Banco de España sagte sinngemäß: Die Zinsen"))).toBe(true);
    expect(made.filter((statement) => /Banco(?! de España)/u.test(statement))).toEqual([]);
  });
});
