/**
 * A clause that opens with its own reason or concession ("Wegen fehlender Grundstücke seien deshalb ...", "Trotz der
 * Kritik hält die Stadt dennoch ..."): the consequence word after the verb only takes it up again and points at nothing
 * before the sentence, so the words stand alone. Where the reason only stands inside a noun phrase, or nowhere in the
 * sentence, the word still points back. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";
import { quoteStandsAlone } from "../../../src/generate/standalone";

type Statement = Extract<Question, { type: "truefalse" }>;

const statementsAbout = (text: string, word: string): Statement[] =>
  generateBank([{ id: "quartiere", text }])[0]!.questions.filter(
    (question): question is Statement => question.type === "truefalse" && question.statement.includes(word),
  );

const SHELTERS = `Quartiere gesucht

Graz – Das Land sucht weiter Quartiere für Flüchtlinge. Das Sozialministerium verweist darauf, wie schwierig es für die Gemeinden sei, Wohnungen zu finden. Wegen fehlender Grundstücke seien deshalb weiter Notquartiere nötig. Die Gemeinden kritisieren den Plan.`;

describe("a reason that opens its own clause, taken up by 'deshalb'", () => {
  it("states the reported words with their reason, true and false", () => {
    const made = statementsAbout(SHELTERS, "Notquartiere");
    expect(made.map((statement) => [statement.statement, statement.answer])).toEqual(
      expect.arrayContaining([
        ["Das Sozialministerium sagte sinngemäß: Wegen fehlender Grundstücke seien deshalb weiter Notquartiere nötig.", true],
        ["Das Sozialministerium sagte sinngemäß: Wegen fehlender Grundstücke seien deshalb weiter Notquartiere nicht nötig.", false],
      ]),
    );
  });

  it("still finds 'deshalb' pointing back where the sentence gives no reason of its own", () => {
    const without = SHELTERS.replace("Wegen fehlender Grundstücke seien deshalb", "Auch in Zukunft seien deshalb");
    expect(statementsAbout(without, "Notquartiere")).toEqual([]);
  });

  it("reads the reason or concession only where it opens the clause, and each with its own word", () => {
    expect(quoteStandsAlone("Wegen fehlender Grundstücke seien deshalb weiter Notquartiere nötig")).toBe(true);
    expect(quoteStandsAlone("Aufgrund hoher Baukosten verzichte Salzburg daher auf einen Neubau")).toBe(true);
    expect(quoteStandsAlone("Trotz heftiger Proteste halte Salzburg dennoch an einem Neubau fest")).toBe(true);
    // Inside a noun phrase the reason is the noun's, not the clause's: "deshalb" points back.
    expect(quoteStandsAlone("Die wegen Betrugs angeklagten Manager seien deshalb zurückgetreten")).toBe(false);
    // A concession is not taken up by "deshalb", a reason not by "dennoch".
    expect(quoteStandsAlone("Trotz heftiger Proteste halte Salzburg deshalb an einem Neubau fest")).toBe(false);
    expect(quoteStandsAlone("Wegen heftiger Proteste halte Salzburg dennoch an einem Neubau fest")).toBe(false);
  });
});
