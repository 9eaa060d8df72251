/** False statements and wrong options that give an institution's deed to another kind of actor ("Die Polizei erhob Anklage"). */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;

const deedStatementsOf = (id: string, text: string) =>
  questionsOf(id, text).flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

/** The actors a deed's statements and options give it to: the statements' and options' first words up to the verb. */
const falseActors = (id: string, text: string, deedWords: string) =>
  deedStatementsOf(id, text)
    .filter((statement) => statement.statement.includes(deedWords) && !statement.answer)
    .map((statement) => statement.statement);

describe("an institution's deed given to another kind of actor", () => {
  const charges = `Anklage gegen Bauunternehmer

Linz – Die Staatsanwaltschaft Linz erhob am Montag Anklage gegen den Bauunternehmer Herbert Mayr. Ihm wird schwerer Betrug vorgeworfen. Der Schaden soll mehr als zwei Millionen Euro betragen.

Die Polizei nahm in Wels zwei weitere Verdächtige fest. Die Gewerkschaft Bau-Holz forderte eine rasche Aufklärung des Falls.`;

  it("never gives the prosecution's charges to the police or a union", () => {
    const wrong = falseActors("anklage", charges, "Anklage gegen den Bauunternehmer");
    expect(wrong.filter((statement) => /Polizei|Gewerkschaft/u.test(statement))).toEqual([]);
    expect(deedStatementsOf("anklage", charges)).toContainEqual({
      statement: "Am Montag erhob die Staatsanwaltschaft Linz Anklage gegen den Bauunternehmer Herbert Mayr.",
      answer: true,
    });
  });

  it("never gives the police's arrests to the union, nor the union's demand to the police", () => {
    expect(falseActors("anklage", charges, "Verdächtige").filter((statement) => statement.includes("Gewerkschaft"))).toEqual([]);
    expect(falseActors("anklage", charges, "Aufklärung").filter((statement) => /Polizei|Staatsanwaltschaft/u.test(statement))).toEqual([]);
  });

  const jobs = `Stahlkonzern baut Stellen ab

Linz – Der Stahlkonzern Voestalpine streicht 600 Stellen in seinem Werk in Linz. Die Gewerkschaft Pro-Ge kritisierte den Abbau scharf. „Das ist ein schwarzer Tag für die Region“, sagte Betriebsrat Hans Huber.

Die Bundesregierung erhöhte unterdessen die Mineralölsteuer um fünf Cent. Die Polizei sperrte am Abend die Zufahrt zum Werk.`;

  it("gives a company's job cuts to no union and the government's tax to no police", () => {
    expect(falseActors("stellen", jobs, "600 Stellen").filter((statement) => statement.includes("Gewerkschaft"))).toEqual([]);
    expect(falseActors("stellen", jobs, "Mineralölsteuer").filter((statement) => /Polizei|Gewerkschaft|Voestalpine/u.test(statement))).toEqual([]);
  });

  it("gives the police's search for witnesses to no sawmill", () => {
    const fire = `Brand in Sägewerk

Kirchdorf. Das Sägewerk Pichler ist in der Nacht auf Dienstag abgebrannt. Die Feuerwehr war mit 80 Einsatzkräften vor Ort. Die Polizei sucht nun Zeugen. Das Sägewerk will den Betrieb im Sommer wieder aufnehmen.`;
    expect(deedStatementsOf("brand", fire)).toContainEqual({ statement: "Nun sucht die Polizei Zeugen.", answer: true });
    expect(falseActors("brand", fire, "Zeugen")).toEqual([]);
  });

  it("offers no other kind of actor as a wrong option of 'Wer ...?'", () => {
    const options = questionsOf("stellen", jobs).flatMap((question) =>
      question.type === "single" && question.stem.startsWith("Wer ") ? question.options.map((option) => `${question.stem} ${option.text}`) : [],
    );
    expect(options.filter((option) => option.includes("Mineralölsteuer") && /Polizei|Gewerkschaft|Voestalpine/u.test(option))).toEqual([]);
    expect(options.filter((option) => option.includes("Stellen") && /Gewerkschaft|Polizei/u.test(option))).toEqual([]);
  });
});

describe("what a company said given to the state, and the reverse", () => {
  const prices = `Strompreis steigt im Frühjahr

Graz – Der Energieversorger Energie Steiermark erhöht im April den Strompreis um zwölf Prozent. Die gestiegenen Einkaufspreise ließen keine andere Wahl, teilte der Energieversorger Energie Steiermark am Montag mit.

Die Stadt Graz kündigte am Dienstag an, die Gebühren für die Müllabfuhr würden im Mai um drei Prozent gesenkt. Die Arbeiterkammer Steiermark sagte, viele Haushalte könnten sich die Stromrechnung kaum noch leisten. Der Landtag soll im Juni über einen Heizkostenzuschuss beraten.`;

  const quoteQuestionsOf = (id: string, text: string) => questionsOf(id, text).filter((question) => question.topic === "quote");

  it("gives a power supplier's words to no city, and keeps the chamber as their false twin", () => {
    const statements = quoteQuestionsOf("strom", prices).flatMap((question) =>
      question.type === "truefalse" && question.statement.includes("Einkaufspreise") ? [`${question.answer} ${question.statement}`] : [],
    );
    expect(statements).toEqual([
      "true Der Energieversorger Energie Steiermark sagte: „Die gestiegenen Einkaufspreise ließen keine andere Wahl“",
      "false Die Arbeiterkammer Steiermark sagte: „Die gestiegenen Einkaufspreise ließen keine andere Wahl“",
    ]);
  });

  it("offers no power supplier for who announced the city's fees", () => {
    const fees = quoteQuestionsOf("strom", prices).find((question) => question.type === "single" && question.stem.includes("Müllabfuhr"));
    expect(fees?.type === "single" ? fees.options.map((option) => option.text) : []).toEqual([
      "Der Landtag",
      "Die Arbeiterkammer Steiermark",
      "Die Stadt Graz",
    ]);
  });
});

describe("offices in the plural", () => {
  const audits = `Steuerprüfer nehmen Wirte ins Visier

Wien – Die Finanzämter prüfen ab März verstärkt Gastronomiebetriebe in ganz Österreich. Die Behörden wollen so Steuerbetrug mit manipulierten Registrierkassen aufdecken. Die Wirte kritisierten die Kontrollen als Schikane. Finanzminister Hans Berger sagte, ehrliche Betriebe hätten nichts zu befürchten.`;

  it("ask what the offices do, and never give it to the authorities they are", () => {
    const audit = deedStatementsOf("aemter", audits).filter((statement) => statement.statement.includes("Gastronomiebetriebe"));
    expect(audit).toContainEqual({ statement: "Ab März prüfen die Finanzämter verstärkt Gastronomiebetriebe in ganz Österreich.", answer: true });
    expect(audit.filter((statement) => statement.statement.includes("Behörden"))).toEqual([]);
  });
});

describe("a person's deed given to a person of another kind of office", () => {
  const derby = `Rote Karte überschattet Derby

Wien – Schiedsrichter Markus Leitner hat am Sonntag im Wiener Derby den Verteidiger Lukas Berger nach einer Notbremse vom Platz gestellt. Trainer Peter Stöger kritisierte die Entscheidung nach dem Spiel scharf. Kapitän Daniel Kern erzielte in der 78. Minute das Siegestor für die Gäste. Leitner verteidigte seine Entscheidung: Die Notbremse sei eindeutig gewesen.`;

  it("gives the referee's red card to no player or coach, the captain's goal to no referee or coach, a criticism to anyone", () => {
    expect(falseActors("derby", derby, "vom Platz").filter((statement) => /Kern|Stöger/u.test(statement))).toEqual([]);
    expect(falseActors("derby", derby, "Siegestor").filter((statement) => /Leitner|Stöger/u.test(statement))).toEqual([]);
    const options = questionsOf("derby", derby).flatMap((question) =>
      question.type === "single" && question.stem === "Was trifft laut Text zu?" ? question.options.map((option) => option.text) : [],
    );
    expect(options.filter((option) => /^(?:Daniel Kern|Peter Stöger) hat .* vom Platz gestellt/u.test(option))).toEqual([]);
    // What was said in a deed anyone may have said.
    expect(falseActors("derby", derby, "kritisierte die Entscheidung")).toContain("Daniel Kern kritisierte die Entscheidung nach dem Spiel scharf.");
  });
});
