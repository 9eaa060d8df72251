/**
 * An institution's own things ("ihrer Redakteure", "wonach ihre Strategie") in what it said or in a clause its deed
 * reports are not given to another institution of the text in a false statement; the deed's own object ("ihre
 * Teilnahme") is. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

function falseStatements(id: string, text: string): string[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.flatMap((question) => (question.type === "truefalse" && !question.answer ? [question.statement] : []));
}

const MAGAZINE = `Razzia bei Wochenzeitung

Istanbul – Die Polizei hat am Montag die Redaktion einer Wochenzeitung in Istanbul durchsucht. Zwei ihrer leitenden Redakteure seien am Montag festgenommen worden, berichtete die Zeitschrift Ufuk auf ihrer Internetseite. Die Polizei beschlagnahmte zudem die aktuelle Ausgabe.`;

const REPORT = `Kommission weist Bericht zurück

Brüssel – Die EU-Kommission hat einen britischen Pressebericht zurückgewiesen, wonach ihre neue Verteidigungsstrategie auf eine EU-Armee zielt. Die Zeitung The Sentinel hatte am Freitag über den Plan berichtet. Die Zeitung The Sentinel beruft sich auf Diplomaten.`;

const TALKS = `Gespräche ausgesetzt

Genf – Die Regierungsdelegation hat am Dienstag ihre weitere Teilnahme an den Friedensgesprächen in Genf ausgesetzt. Die Houthi-Rebellen kritisierten den Schritt der Delegation scharf. Die Houthi-Rebellen wollen dennoch in Genf bleiben.`;

describe("an institution's own things stay its own in a false statement", () => {
  it("does not give a magazine's words about its editors to the police", () => {
    const wrong = falseStatements("ufuk", MAGAZINE).filter((statement) => statement.includes("Redakteure"));
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.every((statement) => statement.startsWith("Die Zeitschrift Ufuk"))).toBe(true);
  });

  it("does not make a newspaper reject a report on its own strategy", () => {
    const wrong = falseStatements("sentinel", REPORT).filter((statement) => statement.includes("Pressebericht"));
    expect(wrong.some((statement) => statement.startsWith("Die Zeitung The Sentinel"))).toBe(false);
    // Nor "hat keinen Pressebericht zurückgewiesen": a rejection denied reads as a riddle.
    expect(wrong.filter((statement) => /(?<!\p{L})(?:nicht|kein\p{L}*)(?!\p{L})/u.test(statement))).toEqual([]);
  });

  it("still gives a deed with the actor's own object to a rival", () => {
    expect(falseStatements("genf", TALKS)).toContain(
      "Am Dienstag haben die Houthi-Rebellen ihre weitere Teilnahme an den Friedensgesprächen in Genf ausgesetzt.",
    );
  });
});
