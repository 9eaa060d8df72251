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

  it("offers no other kind of actor as a wrong option of 'Wer ...?'", () => {
    const options = questionsOf("stellen", jobs).flatMap((question) =>
      question.type === "single" && question.stem.startsWith("Wer ") ? question.options.map((option) => `${question.stem} ${option.text}`) : [],
    );
    expect(options.filter((option) => option.includes("Mineralölsteuer") && /Polizei|Gewerkschaft|Voestalpine/u.test(option))).toEqual([]);
    expect(options.filter((option) => option.includes("Stellen") && /Gewerkschaft|Polizei/u.test(option))).toEqual([]);
  });
});
