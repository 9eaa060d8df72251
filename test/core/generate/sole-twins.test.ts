/**
 * False statements for claims nobody else of the text could have made: a sole speaker's words changed, a deed of one
 * phrase denied; through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

function statements(id: string, text: string): { statement: string; answer: boolean }[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));
}
const falseOnes = (id: string, text: string) =>
  statements(id, text)
    .filter((statement) => !statement.answer)
    .map((statement) => statement.statement);

const SPEAKER = `Bürgermeister lobt Koalition

Wiener Neustadt – Bürgermeister Klaus Berger zieht eine Bilanz der Koalition mit den Grünen. Achtung und Vertrauen seien in der Stadtregierung spürbar, sagte Berger. Es solle auch einen Testbetrieb geben, sagte Berger. Die Zahl der Anträge liege unter 1.000 Fällen, sagte Berger.`;

const ONE_ACTOR = `Kommission warnt vor Rezession

Brüssel – Die EU-Kommission warnt vor einer Rezession in der Eurozone. Die Industrie meldet weniger Aufträge.`;

describe("false statements where nobody else of the text could have said or done it", () => {
  it("denies a sole speaker's predicate after a copula, with the same speaker", () => {
    expect(falseOnes("sole", SPEAKER)).toContain("Klaus Berger sagte sinngemäß: Achtung und Vertrauen seien in der Stadtregierung nicht spürbar.");
  });

  it("changes no words with 'auch', nor a figure after a bound, which may stay true", () => {
    const all = statements("sole", SPEAKER).map((statement) => statement.statement);
    expect(all.some((statement) => statement.includes("Testbetrieb") && statement.includes("kein"))).toBe(false);
    expect(all.filter((statement) => statement.includes("Fällen")).every((statement) => statement.includes(" 1.000 Fällen"))).toBe(true);
  });

  it("turns a bound the other way where the figure after it stays ('unter 1.000' → 'über 1.000', 'mehr als' → 'weniger als')", () => {
    expect(falseOnes("sole", SPEAKER)).toContain("Klaus Berger sagte sinngemäß: Die Zahl der Anträge liege über 1.000 Fällen.");
    const deed = `Festnahmen in Wien

Wien – Die Wiener Polizei hat am Montag mehr als 900 Demonstranten festgenommen. Die Proteste dauern seit Tagen an.`;
    expect(falseOnes("festnahmen", deed)).toContain("Am Montag hat die Wiener Polizei weniger als 900 Demonstranten festgenommen.");
    // "bis zu 300": its other side may still hold; no bound of it is turned.
    const upTo = `Entlassungen in Wien

Wien – Die Wiener Stadtregierung hat bis zu 300 Lehrer entlassen. Die Proteste dauern seit Tagen an.`;
    expect(falseOnes("lehrer", upTo).filter((statement) => /ab 300|mindestens 300|über 300/u.test(statement))).toEqual([]);
  });

  it("denies a deed of one phrase after a preposition before the phrase, not its article", () => {
    const wrong = falseOnes("rezession", ONE_ACTOR);
    expect(wrong).toContain("Die EU-Kommission hat nicht vor einer Rezession in der Eurozone gewarnt.");
    expect(wrong.some((statement) => statement.includes("vor keiner"))).toBe(false);
  });

  it("changes no figure that a bracket restates in another unit", () => {
    const text = `Hilfe für Odessa

Odessa – Gouverneur Michail Berger zieht eine Bilanz der Reformen. Die USA haben drei Millionen Dollar (2,65 Millionen Euro) für die neue Polizei gegeben, sagte Berger.`;
    const withFigure = falseOnes("odessa", text).filter((statement) => statement.includes("Millionen Dollar"));
    expect(withFigure.every((statement) => statement.includes("drei Millionen Dollar (2,65 Millionen Euro)"))).toBe(true);
  });

  it("denies what was done to someone by 'keine' before its bare plural subject, not after an adjective", () => {
    const opened = (subject: string) => `Ermittlungen gegen Aktivisten

Prag – Gegen den Chef der rechtsradikalen Anti-Islam-Bewegung Karel Novák sind ${subject} eingeleitet worden. Die Bewegung will bei den Wahlen antreten.`;
    expect(falseOnes("novak", opened("Ermittlungen"))).toContain("Gegen Karel Novák sind keine Ermittlungen eingeleitet worden.");
    // "keine strafrechtlichen Ermittlungen": the adjective's ending would change with it.
    expect(falseOnes("novak", opened("strafrechtliche Ermittlungen")).filter((statement) => statement.includes("keine"))).toEqual([]);
  });

  it("gives a deed whose role noun tells a woman's gender to a man of the text with the role noun in his", () => {
    const text = `Rochade in der Landesregierung

Graz – Gesundheitsministerin Anna Berger (SPÖ) wechselt zurück in die Steiermark und wird dort Landesrätin. Für sie übernimmt Landesrat Peter Huber das Gesundheitsressort, sagte Huber am Montag.`;
    const wrong = falseOnes("rochade", text);
    expect(wrong).toContain("Peter Huber wechselt zurück in die Steiermark und wird dort Landesrat.");
    expect(wrong.filter((statement) => statement.includes("Huber") && statement.includes("Landesrätin"))).toEqual([]);
  });

  it("gives no man a woman's role noun whose umlaut the ending rule misses ('die neue Landesrätin')", () => {
    const text = `Rochade in der Landesregierung

Graz – Gesundheitsministerin Anna Berger (SPÖ) wechselt zurück in die Steiermark und wird dort die neue Landesrätin. Für sie übernimmt Landesrat Peter Huber das Gesundheitsressort, sagte Huber am Montag.`;
    const [bank] = generateBank([{ id: "rochade", text }]);
    const texts = bank!.questions.flatMap((question) =>
      question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [],
    );
    expect(texts.filter((words) => words.includes("Huber") && words.includes("Landesrätin"))).toEqual([]);
  });

  it("reads a title before a name after a preposition as that person's, not as the actor's gender", () => {
    const text = `Papst in Bolivien

La Paz – Papst Franziskus hat in Bolivien seine Reise fortgesetzt. Der Pontifex traf am Montag in La Paz ein und wurde von Präsident Evo Morales auf dem Flughafen empfangen. Staatschefin Laura Gómez empfängt den Papst am Freitag in Asunción.`;
    expect(falseOnes("papst", text)).toContain("Laura Gómez traf am Montag in La Paz ein und wurde von Präsident Evo Morales auf dem Flughafen empfangen.");
  });

  it("changes a number word to the next one the text does not write ('zwei' → 'vier' where it writes 'drei')", () => {
    const text = `Wasser wird knapp

Graz – Die Führung der Steiermark hat etwa zwei Millionen Kunden der Wasserwerke mit Nachdruck zum Wassersparen aufgefordert. Die Trockenheit dauert seit drei Wochen an.`;
    const wrong = falseOnes("wasser", text);
    expect(wrong).toContain("Die Führung der Steiermark forderte etwa vier Millionen Kunden der Wasserwerke mit Nachdruck zum Wassersparen auf.");
    expect(wrong.some((statement) => statement.includes("drei Millionen"))).toBe(false);
  });

  it("denies what a deed makes of something before that phrase, not after it", () => {
    const text = `Kommission kürt Kulturhauptstadt

Brüssel – Die EU-Kommission hat die Stadt Graz zur Hauptstadt der europäischen Kultur gewählt. Die Industrie meldet weniger Aufträge.`;
    expect(falseOnes("kultur", text)).toContain("Die EU-Kommission wählte die Stadt Graz nicht zur Hauptstadt der europäischen Kultur.");
  });

  it("denies no object of two joined words with 'kein', nor a deed after an adverb of degree", () => {
    const joined = `Kommission legt Regeln vor

Brüssel – Die EU-Kommission hat eine neue und strengere Regel für Banken vorgelegt. Die Industrie meldet weniger Aufträge.`;
    expect(falseOnes("regeln", joined).filter((statement) => statement.includes("keine neue"))).toEqual([]);
    const early = `Kommission beendet Streit

Brüssel – Die EU-Kommission hat den Streit mit den Banken über die Gebühren vorzeitig beendet. Die Industrie meldet weniger Aufträge.`;
    expect(falseOnes("streit", early).filter((statement) => statement.includes("nicht"))).toEqual([]);
  });

  it("denies no deed after an adverb of how it is done ('offensiv', 'gezielt'): 'nicht' there reads as a riddle or denies only the how", () => {
    const offensive = `Bauern planen Kampagne

Graz – Die steirischen Bauern wollen im kommenden Jahr offensiv die Vorteile der regionalen Produkte bewerben. Die Industrie meldet weniger Aufträge.`;
    expect(statements("kampagne", offensive).filter((statement) => statement.statement.includes("Vorteile"))).toContainEqual({
      statement: expect.stringContaining("offensiv die Vorteile"),
      answer: true,
    });
    expect(falseOnes("kampagne", offensive).filter((statement) => statement.includes("Vorteile"))).toEqual([]);
    const aimed = `Kommission fördert Gemeinden

Brüssel – Die EU-Kommission hat gezielt kleine Gemeinden im Grenzland gefördert. Die Industrie meldet weniger Aufträge.`;
    expect(falseOnes("gemeinden", aimed).filter((statement) => /(?<!\p{L})(?:nicht|kein\p{L}*)(?!\p{L})/u.test(statement))).toEqual([]);
  });

  it("denies no deed whose verb denies or stops something itself ('hat ... nicht verweigert')", () => {
    const text = `Kommission weist Bericht zurück

Brüssel – Die EU-Kommission hat einen britischen Bericht über eine EU-Armee zurückgewiesen. Die Industrie meldet weniger Aufträge.`;
    expect(falseOnes("bericht", text).filter((statement) => /(?<!\p{L})(?:nicht|kein\p{L}*)(?!\p{L})/u.test(statement))).toEqual([]);
  });

  it("ranks a false statement made by a denial below its true twin, one of another actor beside it", () => {
    const salienceOf = (id: string, text: string, words: string) =>
      generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
        question.type === "truefalse" && question.statement.includes(words) ? [{ answer: question.answer, salience: question.salience }] : [],
      );
    const denial = salienceOf("rezession", ONE_ACTOR, "Rezession");
    const truth = denial.find((statement) => statement.answer)!;
    expect(denial.filter((statement) => !statement.answer).every((statement) => statement.salience < truth.salience)).toBe(true);
    expect(denial.some((statement) => !statement.answer)).toBe(true);
    const twoActors = `${ONE_ACTOR} Die EZB senkte am Montag ihre Prognose für die Eurozone.`;
    const swapped = salienceOf("prognose", twoActors, "Prognose");
    expect(swapped.map((statement) => statement.answer).sort()).toEqual([false, true]);
    expect(new Set(swapped.map((statement) => statement.salience)).size).toBe(1);
  });
});
