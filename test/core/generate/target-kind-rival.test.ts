/**
 * A deed done to a body of a kind ("gegen eine oppositionelle Partei", "eine regierungskritische Publikation") is not
 * given to a body of that kind in a false statement: it was the target, not the doer. Through the whole generator on
 * texts of our own.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

function falseStatements(id: string, text: string): string[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.flatMap((question) =>
    question.type === "truefalse" && !question.answer
      ? [question.statement]
      : question.type === "single"
        ? question.options.filter((option) => option.id !== question.answer).map((option) => option.text)
        : [],
  );
}

const PARTY = `Razzia bei Oppositionspartei

Ankara – Die Staatsanwaltschaft ist am Dienstag erneut gegen eine oppositionelle Partei vorgegangen. Die Partei Neue Mitte teilte mit, dass drei ihrer Büros durchsucht worden seien. Die Partei Neue Mitte kündigte eine Klage an. Die Regierungspartei AKP kündigte eine Pressekonferenz an.`;

/** The kind named only before the bare name, which the text uses alone later. */
const PARTY_BY_NAME = `Razzia bei Oppositionspartei

Ankara – Die Staatsanwaltschaft ist am Dienstag erneut gegen eine oppositionelle Partei vorgegangen. Drei Büros der Partei "Neue Mitte" seien durchsucht worden, teilte ein Sprecher mit. Neue Mitte kündigte eine Klage an. Die Regierungspartei AKP kündigte eine Pressekonferenz an.`;

describe("a rival of the kind the deed was done to", () => {
  it("does not make a party proceed against a party, named with its kind or by its bare name", () => {
    for (const [id, text] of [
      ["partei", PARTY],
      ["name", PARTY_BY_NAME],
    ] as const) {
      const wrong = falseStatements(id, text).filter((statement) => statement.includes("oppositionelle Partei"));
      expect(wrong.filter((statement) => statement.includes("Neue Mitte"))).toEqual([]);
    }
  });

  it("still gives a deed that names no body of its kind to the party", () => {
    for (const [id, text] of [
      ["partei", PARTY],
      ["name", PARTY_BY_NAME],
    ] as const)
      expect(falseStatements(id, text).some((statement) => statement.includes("Neue Mitte") && statement.includes("Pressekonferenz"))).toBe(true);
  });

  it("reads a kind only in a noun: 'insgesamt' ends in 'amt' and names no office", () => {
    const text = `Regierung stockt Hilfen auf

Wiesbaden – Die Regierung hat am Dienstag insgesamt drei Milliarden Euro für die Hochwasserhilfe bereitgestellt. Das Statistische Bundesamt teilte mit, dass die Schäden größer seien als erwartet. Das Statistische Bundesamt kündigte neue Zahlen für den Herbst an. Die Regierung kündigte eine Pressekonferenz an.`;
    expect(falseStatements("amt", text).some((statement) => statement.includes("Bundesamt insgesamt drei Milliarden"))).toBe(true);
  });
});

/** Enough bodies of other kinds for "Wer ...?" of the deed done to a party. */
const SEARCH = `Razzia bei Oppositionspartei

Ankara – Die türkische Staatsanwaltschaft durchsuchte am Dienstag die Büros einer oppositionellen Partei in Ankara. Die Partei Neue Mitte kündigte am Mittwoch eine Klage gegen die Durchsuchung an. Die türkische Wahlkommission verschob am Mittwoch die Abstimmung in drei Provinzen. Der türkische Rechnungshof prüfte im Mai die Ausgaben der Regierung. Die türkische Zentralbank senkte am Montag den Leitzins deutlich. Die Staatsanwaltschaft Istanbul erhob am Montag Anklage gegen zwei Journalisten. Die Staatsanwaltschaft Izmir ließ im Mai zwei Zeitungen schließen. Die Regierungspartei AKP wählte am Sonntag einen neuen Vorsitzenden. Die Partei Neues Leben stellte am Freitag ihr Wahlprogramm vor.`;

describe("a wrong option of 'Wer ...?' of the kind the deed was done to", () => {
  const whoOptions = (stemStart: string) =>
    generateBank([{ id: "razzia", text: SEARCH }])[0]!.questions.flatMap((question) =>
      question.type === "single" && question.stem.startsWith(stemStart) ? [question.options.map((option) => option.text)] : [],
    );

  it("does not offer the party for who searched a party's offices, and still offers it elsewhere", () => {
    const searched = whoOptions("Wer durchsuchte laut Text");
    expect(searched).toHaveLength(1);
    expect(searched[0]).toContain("Die türkische Staatsanwaltschaft");
    expect(searched[0]).not.toContain("Die Partei Neue Mitte");
    expect(whoOptions("Wer wählte laut Text")[0]).toContain("Die Partei Neue Mitte");
  });

  it("gives no body's deed to people of another body ('Analysten der US-Bank Goldman Sachs kündigten eine Kapitalerhöhung an')", () => {
    const text = `Sparkassen unter Druck

Madrid – Spaniens Sparkassen stehen erneut im Visier der Bankenaufsicht. Die Bankenaufsicht prüft seit Montag die Bilanzen von zwölf Instituten. Inzwischen warnen Analysten der US-Bank Goldman Sachs vor spanischen Immobilienkrediten. Die Sparkasse Bankia kündigte am Dienstag eine Kapitalerhöhung an. Die Regierung in Madrid kündigte neue Regeln an.`;
    expect(falseStatements("analysten", text).filter((statement) => statement.includes("Analysten") && statement.includes("Kapitalerhöhung"))).toEqual([]);
  });
});

/** The deed met negotiators; one of them is named as the government's, by a noun before his name with a comma. */
const NEGOTIATORS = `Gespräche in Genf

Genf – Der UN-Gesandte Karl Berger traf am Montag die Unterhändler der Regierung und der Rebellen. Es war ein gutes Gespräch, sagte der Chefunterhändler der Regierung, Paul Novak. Berger will die Gespräche im Mai fortsetzen. Der Außenminister Franz Auer begrüßte das Treffen.`;

/** Two unnamed bodies of one state, each the actor of its own deed. */
const STATE_GROUPS = `Frauenzentrum geschlossen

Peking – Die Behörden haben ein bekanntes Frauenzentrum in Peking geschlossen. Die Gesetzgeber schreckten vor einem strengeren Gesetz zurück. Die Behörden begründeten die Schließung nicht.`;

describe("a rival who is among those the deed concerned, or a body of the state as the answer is", () => {
  it("does not give the meeting with the negotiators to one of the negotiators", () => {
    const wrong = falseStatements("unterhaendler", NEGOTIATORS).filter((statement) => statement.includes("Unterhändler der Regierung"));
    expect(wrong.filter((statement) => statement.includes("Paul Novak"))).toEqual([]);
    // Nor is he a wrong option of who met them.
    const [bank] = generateBank([{ id: "unterhaendler", text: NEGOTIATORS }]);
    const whoMet = bank!.questions.flatMap((question) =>
      question.type === "single" && question.stem.startsWith("Wer traf") ? question.options.map((option) => option.text) : [],
    );
    expect(whoMet).not.toContain("Paul Novak");
    // Someone else still takes the deed.
    expect(wrong.some((statement) => statement.includes("Franz Auer"))).toBe(true);
  });

  it("offers neither of two unnamed bodies of the state ('Die Behörden', 'Die Gesetzgeber') for the other's deed", () => {
    const wrong = falseStatements("behoerden", STATE_GROUPS);
    expect(wrong.filter((statement) => statement.includes("Die Gesetzgeber") && statement.includes("Frauenzentrum"))).toEqual([]);
    expect(wrong.filter((statement) => statement.includes("Die Behörden") && statement.includes("zurück"))).toEqual([]);
  });
});
