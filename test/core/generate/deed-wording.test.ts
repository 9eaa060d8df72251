/**
 * Deeds and figures as a strict teacher reads them: a separable verb's particle "ein" is no article to deny ("stürzten
 * ... kein"), a supposition in the second subjunctive ("hätten ... erwirtschaftet") is no deed, a figure whose source is
 * named by an epithet ("wie das Unternehmen mitteilte") stands alone, and a compound of a period ("Geschäftsjahres") is
 * no term worth a gap. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { UNRESOLVED_SALIENCE } from "../../../src/generate/gapcontext";
import { generateBank } from "../../../src/generate/index";

function questionsOf(id: string, text: string): Question[] {
  return generateBank([{ id, text }])[0]!.questions;
}

const statementsOf = (questions: readonly Question[]) =>
  questions.flatMap((question) => (question.type === "truefalse" ? [question.statement] : question.type === "single" ? [question.stem] : []));

const STORM = `Sturm über Kärnten

Klagenfurt – In zahlreichen Orten stürzten die alten Holzhäuser ein, während die Bewohner schliefen. Die Feuerwehr rückte zu 300 Einsätzen aus. Das Land Kärnten sagte eine Soforthilfe von zwei Millionen Euro zu.`;

const BRIDGE = `Brücke gesperrt

Linz – Am Montag stürzte ein Gerüst an der Nibelungenbrücke ein. Die Polizei sperrte die Brücke für den Verkehr.`;

describe("a separable verb's particle 'ein' at the end of its clause", () => {
  it("is not denied as an article would be ('stürzten ... kein')", () => {
    for (const [id, text] of [
      ["storm", STORM],
      ["bridge", BRIDGE],
    ] as const) {
      for (const statement of statementsOf(questionsOf(id, text))) expect(statement).not.toMatch(/(?<!\p{L})kein[,.]/u);
    }
  });
});

const PLANT = `Werk wird geschlossen

Steyr – Der Betriebsrat zeigte sich empört über die geplante Schließung. Betriebsratschef Peter Gruber sprach von einem „Schlag ins Gesicht“. Die Arbeiter hätten in den letzten Jahren hohe Gewinne erwirtschaftet und dürften nun nicht die Zeche zahlen. Analysten der Bank Austria senkten ihr Kursziel. An der Börse reagierten die Anleger enttäuscht.`;

describe("a deed in the second subjunctive", () => {
  it("is neither asked ('Wer hätte ...?') nor stated as the text's fact", () => {
    for (const statement of statementsOf(questionsOf("plant", PLANT))) expect(statement).not.toMatch(/hätte|dürfte|erwirtschaftet/u);
    expect(statementsOf(questionsOf("plant", PLANT))).toContain("Die Anleger reagierten an der Börse enttäuscht.");
  });
});

const RESULTS = `Bäckereikette wächst

Salzburg – Die Bäckereikette Kornfeld hat im ersten Quartal ihres Geschäftsjahres deutlich mehr verdient. Der Gewinn stieg von Jänner bis März um 23 Prozent auf 14 Millionen Euro, wie das Unternehmen am Donnerstag mitteilte. Im Geschäftsjahr will Kornfeld 40 neue Filialen eröffnen.`;

describe("a sentence whose source is named by an epithet in a clause of 'wie'", () => {
  it("gives its figures, which stand alone without knowing which company reported them", () => {
    const asked = questionsOf("results", RESULTS).flatMap((question) => (question.type === "numeric" ? [question.answer] : []));
    expect(asked).toEqual(expect.arrayContaining([23, 14]));
  });

  it("while a compound of a period ('Geschäftsjahres') is no term to ask", () => {
    const gaps = questionsOf("results", RESULTS).flatMap((question) => (question.type === "cloze" && question.topic === "term" ? [question.answer] : []));
    expect(gaps.some((answer) => /jahr/iu.test(answer))).toBe(false);
  });
});

const PLANT_WITH_ANALYSTS = `Werk vor dem Aus

Steyr – Betriebsratschef Peter Gruber sprach von einem „Schlag ins Gesicht“. Die Arbeiter hätten in den letzten Jahren hohe Gewinne erwirtschaftet und dürften nun nicht die Zeche zahlen. Analysten der Bank Austria senkten ihr Kursziel von 40 auf 31 Euro. An der Börse reagierten die Anleger enttäuscht.`;

describe("who is named only in a supposition ('Die Arbeiter hätten ...')", () => {
  it("is nobody's false actor: the text tells nothing they did", () => {
    for (const statement of statementsOf(questionsOf("plant-analysts", PLANT_WITH_ANALYSTS))) expect(statement).not.toMatch(/^Die Arbeiter/u);
  });
});

const BAKERY = `Bäckereikette Kornfeld wächst kräftig

Salzburg – Die Bäckereikette Kornfeld hat im vergangenen Jahr mehr Brot verkauft als je zuvor. Der Umsatz stieg um zwölf Prozent auf 80 Millionen Euro. Im Sommer will Kornfeld 40 neue Filialen eröffnen.`;

describe("a figure of a company's accounts opened by 'Der Umsatz'", () => {
  it("is the accounts of the company the title names, not an unresolved back-reference", () => {
    const turnover = questionsOf("bakery", BAKERY).find((question) => question.type === "numeric" && question.answer === 80);
    expect(turnover?.salience).toBeGreaterThan(UNRESOLVED_SALIENCE);
  });
});

const OCTOPUS = `Kraken fressen anders als gedacht

Wien – Forscher der Universität Wien haben das Fressverhalten von Kraken untersucht. Martin Leitner hat mit Kollegen zwölf Krebse an Kraken verfüttert und genau analysiert, wie die Tiere ihre Beute öffnen. Die Kraken bohrten die Panzer zuerst an, berichtete Leitner. Der Meeresbiologe Peter Hofer von der Universität Graz hält die Ergebnisse für überraschend.`;

describe("a perfect of two participles joined by 'und'", () => {
  it("is told in the simple past with a verb for each participle, never leaving the first behind ('analysierte ... verfüttert und genau')", () => {
    const statements = statementsOf(questionsOf("octopus", OCTOPUS));
    expect(statements.filter((statement) => statement.includes("Krebse"))).not.toHaveLength(0);
    for (const statement of statements) expect(statement).not.toMatch(/analysierte .*verfüttert/u);
    expect(statements).toContain("Martin Leitner verfütterte mit Kollegen zwölf Krebse an Kraken und analysierte genau, wie die Tiere ihre Beute öffnen.");
  });
});
