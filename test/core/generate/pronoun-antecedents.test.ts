/**
 * "er" or "sie" as the subject of a sentence, standing for the person the sentence before is about: asked of that
 * person where the sentence names someone else of the same gender only after a preposition, and where the sentence
 * before is an institution's deed to one man, whom "er" then stands for.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a pronoun subject in a sentence that names another man after a preposition", () => {
  const text = (sentence: string) => `Neuer Landessprecher bei den Grünen

Graz – Die steirischen Grünen haben am Samstag einen neuen Landessprecher gewählt. Landesrat Martin Kogler setzte sich mit klarer Mehrheit durch.

Kogler gehört seit Jahren zum inneren Kreis der Partei. ${sentence} Die Parteibasis erwartet nun einen ruhigeren Kurs.`;

  it("stands for the man the sentence before is about, and the degree is not denied ('sehr nicht aufgeschlossen')", () => {
    const made = statementsOf(
      "kogler",
      text("Im Unterschied zu seinem Vorgänger Stefan Hofer ist er Koalitionen mit der ÖVP gegenüber sehr aufgeschlossen."),
    ).filter((statement) => statement.statement.includes("aufgeschlossen"));
    expect(made).toContainEqual({
      statement: "Martin Kogler ist im Unterschied zu seinem Vorgänger Stefan Hofer Koalitionen mit der ÖVP gegenüber sehr aufgeschlossen.",
      answer: true,
    });
    expect(made.filter((statement) => statement.statement.includes("sehr nicht"))).toEqual([]);
  });

  it("is not resolved where the other man is the subject of a clause ('Seit Stefan Hofer ...')", () => {
    const made = statementsOf("kogler", text("Seit Stefan Hofer die Partei führt, ist er Koalitionen mit der ÖVP gegenüber sehr aufgeschlossen."));
    expect(made.filter((statement) => statement.statement.includes("aufgeschlossen"))).toEqual([]);
  });
});

describe("'er' after an institution's deed to a man named as its object", () => {
  const text = (accused: string, pronoun: string, accuser = "Die Staatsanwaltschaft Linz") => `Anklage gegen Bauunternehmer

Linz – Nach dem Zusammenbruch einer großen Baufirma im Mühlviertel kommt es zum Prozess. ${accuser} wirft ${accused} schweren Betrug vor. Vor der Pleite ${pronoun === "er" ? "seiner" : "ihrer"} Firma soll ${pronoun} mehr als zwei Millionen Euro auf Konten in der Schweiz überwiesen haben. Ein Prozesstermin steht noch nicht fest.`;
  const transfers = (made: { statement: string }[]) => made.filter((statement) => statement.statement.includes("überwiesen"));

  it("stands for that man", () => {
    expect(transfers(statementsOf("anklage", text("Karl Brandner", "er")))).toContainEqual({
      statement: "Karl Brandner soll vor der Pleite seiner Firma mehr als zwei Millionen Euro auf Konten in der Schweiz überwiesen haben.",
      answer: true,
    });
  });

  it("is not resolved where the institution may be 'er' itself, nor for a woman's 'sie' (the institution's too)", () => {
    expect(transfers(statementsOf("anklage", text("Karl Brandner", "er", "Der Landesrechnungshof")))).toEqual([]);
    expect(transfers(statementsOf("anklage", text("Karin Brandner", "sie")))).toEqual([]);
  });
});

describe("a pronoun subject in a sentence that names its own antecedent after a preposition", () => {
  it("is someone else: 'Für Martin Kogler ist das ein Erfolg, sagte er' is not Kogler's word", () => {
    const text = `Neuer Landessprecher bei den Grünen

Graz – Die steirischen Grünen haben am Samstag einen neuen Landessprecher gewählt. Landesrat Martin Kogler setzte sich mit klarer Mehrheit durch. Für Martin Kogler ist das ein großer persönlicher Erfolg nach langen Jahren, sagte er. Die Parteibasis erwartet nun einen ruhigeren Kurs.`;
    const questions = generateBank([{ id: "kogler", text }])[0]!.questions;
    expect(questions.filter((question) => JSON.stringify(question).includes("persönlicher Erfolg") && question.type !== "cloze")).toEqual([]);
  });
});

describe("'er' again after a sentence that took its man up as 'er' and named another after a preposition", () => {
  const text = (middle: string) => `Neuer Landessprecher bei den Grünen

Graz – Die steirischen Grünen haben am Samstag einen neuen Landessprecher gewählt. Landesrat Martin Kogler setzte sich mit klarer Mehrheit durch.

Kogler gehört seit Jahren zum inneren Kreis der Partei. ${middle} Er gilt als entschiedener Gegner neuer Autobahnprojekte. Die Parteibasis erwartet nun einen ruhigeren Kurs.`;
  const opponent = (made: { statement: string }[]) => made.filter((statement) => statement.statement.includes("Autobahnprojekte"));

  it("stands for the same man: the text goes on about him", () => {
    const made = statementsOf("kogler", text("Im Unterschied zu Stefan Hofer ist er Koalitionen mit der ÖVP gegenüber aufgeschlossen."));
    expect(opponent(made)).toContainEqual({ statement: "Martin Kogler gilt als entschiedener Gegner neuer Autobahnprojekte.", answer: true });
  });

  it("is not resolved where the sentence before named its man and the other one alike", () => {
    const made = statementsOf("kogler", text("Kogler ist im Unterschied zu Stefan Hofer Koalitionen mit der ÖVP gegenüber aufgeschlossen."));
    expect(opponent(made)).toEqual([]);
  });
});
