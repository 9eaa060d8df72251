/**
 * "Was verschärft Nordland laut Text ...?": what the lead's main actor did it to, among what other actors of the
 * same text did with the same verb, through the whole generator on a text of our own (an institution
 * as actor: who-did-what has no other institution to offer as a wrong option).
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { drawQuiz, MIN_SALIENCE } from "../../../src/bank/quiz";
import { generateBank } from "../../../src/generate/index";

const TEXT = `Stadtwerke erhöhen Preise

Linz – Die Linz AG hat am Montag ihre Strompreise deutlich erhöht. Der Linzer Gemeinderat hatte zuvor einen neuen Sparplan beschlossen. Die Opposition forderte eine schnelle Entlastung der Haushalte und kritisierte die hohen Gehälter im Vorstand. Viele Kunden wollen nun den Anbieter wechseln. Eine Sprecherin kündigte eine Informationsveranstaltung für die Kunden an. Der Bürgermeister verteidigte den Vorstand und lobte die Investitionen der letzten Jahre. Die Grünen verlangen eine unabhängige Prüfung. Der Gemeinderat erhöhte im Vorjahr die Müllgebühren. Die Stadt Wels erhöhte zuletzt die Kontrollen. Der Landtag beschloss im Mai einen neuen Kredit.`;

type Single = Extract<Question, { type: "single" }>;

function objectQuestions(text: string): Single[] {
  const [bank] = generateBank([{ id: "stadtwerke", text }]);
  return bank!.questions.filter((question): question is Single => question.type === "single" && /^Was (?!trifft)/u.test(question.stem));
}

const key = (question: Single) => question.options.find((option) => option.id === question.answer)!.text;
const wrong = (question: Single) => question.options.filter((option) => option.id !== question.answer).map((option) => option.text);

describe("what the lead's actor did it to", () => {
  it("asks for the object of the lead's main verb, with what other actors of the text did with the same or a like verb as wrong options", () => {
    const question = objectQuestions(TEXT).find((candidate) => candidate.stem.includes("Linz AG"));
    expect(question?.stem).toBe("Was hat die Linz AG laut Text am Montag deutlich erhöht?");
    // "ihre Strompreise" in the text: a possessive read on its own points nowhere, so the option says "die".
    expect(key(question!)).toBe("die Strompreise");
    expect(question!.evidence.quote).toContain("ihre Strompreise deutlich erhöht");
    // Salient, but below the same deed asked as a statement: a quiz asks the deed that way where it can (object
    // questions failed 10 of 12 blind readings, the same deeds as statements mostly passed).
    expect(question!.salience).toBeGreaterThan(MIN_SALIENCE);
    const statements = generateBank([{ id: "stadtwerke", text: TEXT }])[0]!.questions.filter(
      (other) => other.type === "truefalse" && other.fact === question!.fact,
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(question!.salience).toBeLessThan(statement.salience);
    // "erhöhte die Müllgebühren", "erhöhte die Kontrollen" (the same verb, other actors): things one can raise in this story. Not any other noun of the text ("den Vorstand", "den Anbieter",
    // "die Opposition"): they do not fit the verb, and the key stood out among them in every blind reading.
    expect(wrong(question!).sort()).toEqual(["die Kontrollen", "die Müllgebühren"]);
  });

  it("asks it in the default quiz, as the lead's fact", () => {
    const [bank] = generateBank([{ id: "stadtwerke", text: TEXT }]);
    const quiz = drawQuiz(bank!.questions, { seed: "stadtwerke" });
    const facts = quiz.map((question) => question.fact);
    expect(facts).toContain(objectQuestions(TEXT).find((question) => question.stem.includes("Linz AG"))!.fact);
  });

  it("asks nothing where the lead's verb takes no object in the accusative ('ist', a prepositional phrase)", () => {
    const linking = TEXT.replace("Die Linz AG hat am Montag ihre Strompreise deutlich erhöht.", "Die Linz AG ist seit Montag der teuerste Anbieter im Land.");
    expect(objectQuestions(linking).filter((question) => question.stem.includes("Linz AG"))).toEqual([]);
    const prepositional = TEXT.replace(
      "Die Linz AG hat am Montag ihre Strompreise deutlich erhöht.",
      "Die Linz AG hat am Montag mit deutlich höheren Strompreisen gerechnet.",
    );
    expect(objectQuestions(prepositional).filter((question) => question.stem.includes("Linz AG"))).toEqual([]);
    // The other lead sentence keeps its question.
    expect(objectQuestions(prepositional).map((question) => question.stem)).toContain("Was hatte der Linzer Gemeinderat laut Text zuvor beschlossen?");
  });

  it("asks for a plural without article ('Preiserhöhungen'), with other plurals of the text without article", () => {
    // With an adjective ("deutliche Preiserhöhungen") the key would stand out among the bare plurals: no question.
    const withAdjective = (text: string) => text.replace("am Montag Preiserhöhungen", "am Montag deutliche Preiserhöhungen");
    const text = `Stadtwerke erhöhen Preise

Linz – Die Linz AG hat am Montag Preiserhöhungen angekündigt. Der Linzer Gemeinderat hatte zuvor einen neuen Sparplan beschlossen. Die Gewerkschaft kündigte die Streiks an. Die Stadt Wels kündigte die Sparpläne an. Die Opposition kritisierte die Gehälter im Vorstand. Die Zeitung berichtete über die Gewinne der letzten Jahre.`;
    const question = objectQuestions(text).find((candidate) => candidate.stem.includes("Linz AG"))!;
    expect(question.stem).toBe("Was hat die Linz AG laut Text am Montag angekündigt?");
    expect(key(question)).toBe("Preiserhöhungen");
    // What others announced; "die Gehälter" were criticised (another kind of deed), "die Gewinne" follow a preposition.
    expect(wrong(question).sort()).toEqual(["Sparpläne", "Streiks"]);
    expect(objectQuestions(withAdjective(text)).filter((candidate) => candidate.stem.includes("Linz AG"))).toEqual([]);
  });

  it("offers only wrong options of the key's shape: as many words, definite where the key is", () => {
    const text = `Stadtwerke erhöhen Preise

Linz – Die Linz AG hat am Montag einen überraschenden Preisaufschlag angekündigt. Die Opposition kritisierte den Vorstand. Die Stadt Wels kündigte die Bilanz an. Die Zeitung berichtete über die Gewinne der letzten Jahre. Die Grünen verlangen die Wahrheit.`;
    // Only definite single nouns besides the key: no option of its shape, no question.
    expect(objectQuestions(text).filter((candidate) => candidate.stem.includes("Linz AG"))).toEqual([]);
    const shaped = text.replace(
      "Die Grünen verlangen die Wahrheit.",
      "Der Verband kündigte eine unabhängige Prüfung an. Die Konkurrenz kündigte einen günstigeren Tarif an.",
    );
    const question = objectQuestions(shaped).find((candidate) => candidate.stem.includes("Linz AG"))!;
    expect(key(question)).toBe("einen überraschenden Preisaufschlag");
    for (const option of wrong(question)) expect(option).toMatch(/^(?:ein|eine|einen) \p{Ll}+ \p{Lu}\p{Ll}+$/u);
  });

  it("asks nothing of an actor only the rest of the text names ('der Gemeinderat': of which town?), nor a noun with its attribute left in the stem", () => {
    const unnamed = TEXT.replace("Der Linzer Gemeinderat hatte", "Der Gemeinderat hatte");
    expect(objectQuestions(unnamed).filter((question) => question.stem.includes("Gemeinderat"))).toEqual([]);
    const attribute = TEXT.replace("ihre Strompreise deutlich erhöht", "einen Aufschlag für Strom verlangt");
    expect(objectQuestions(attribute).filter((question) => question.stem.includes("Linz AG"))).toEqual([]);
  });
});

describe("what a title's actor without its article did it to", () => {
  it("names the actor as the text names it with its article ('die Führung der Krim', not 'Krim-Führung')", () => {
    const text = `Krim-Führung fordert den neuen Strommast. Kiew – Ein Defekt der einzigen Stromleitung hat auf der Halbinsel zu Problemen geführt. Die Führung der Krim rief die Bewohner zum Energiesparen auf. Der Kreml fordert den harten Kurs. Die Ukraine fordert den schnellen Wiederaufbau. Die Bewohner erwarten den langen Winter. Die Techniker prüfen den alten Generator.`;
    const question = objectQuestions(text).find((candidate) => candidate.stem === "Was fordert die Führung der Krim laut Text?");
    expect(question && wrong(question).sort()).toEqual(["den harten Kurs", "den schnellen Wiederaufbau"]);
  });
});

describe("wrong options the verb takes in this story", () => {
  const text = `Serbien droht dem Kosovo. Belgrad – Als Reaktion auf Manöver im Grenzgebiet verschärft Serbien seine Drohgebärden. Das Militär warf der Regierung vor, einen Schlag gegen die Führung geplant zu haben und diesen Plan umsetzen zu wollen. Falls die Präsidentin und ihre Gruppe nicht antworten, wird die Artillerietruppe handeln. Der Sicherheitsrat verschärfte jüngst seine Sanktionen gegen das Regime.`;

  it("offers what another actor did with the same verb ('die Sanktionen'), never other nouns of the text ('die Gruppe', 'den Plan')", () => {
    const question = objectQuestions(text).find((candidate) => candidate.stem.startsWith("Was verschärft Serbien"))!;
    expect(key(question)).toBe("die Drohgebärden");
    expect(wrong(question)).toEqual(["die Sanktionen"]);
  });

  it("asks nothing when no other actor's deed offers a thing the verb takes", () => {
    const without = text.replace(" Der Sicherheitsrat verschärfte jüngst seine Sanktionen gegen das Regime.", "");
    expect(objectQuestions(without).filter((candidate) => candidate.stem.startsWith("Was verschärft Serbien"))).toEqual([]);
  });
});
