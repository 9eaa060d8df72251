/**
 * Accusations, charges and investigations against a named person ("wird ... vorgeworfen, ... zu haben", "ermittelt gegen",
 * "Gegen X laufen Ermittlungen", "muss sich ... verantworten", "..., so der Vorwurf"): asked who is accused, as a choice
 * of persons and as a statement that stays reported ("Laut Text wird X vorgeworfen, ..."), beside its false twin with
 * another person of the text; through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;
type Choice = Extract<Question, { type: "single" }>;

const FRAUD = `Anklage gegen Bauunternehmer

Linz – Die Staatsanwaltschaft Linz hat Anklage gegen den Bauunternehmer Karl Huber erhoben. Darüber hinaus wird dem ehemaligen Firmenchef Karl Huber vorgeworfen, Gelder der Firma auf private Konten umgeleitet zu haben. Huber muss sich ab März wegen schweren Betrugs vor dem Landesgericht verantworten. Sein Anwalt Peter Gruber wies die Vorwürfe zurück. Bürgermeister Franz Moser sagte, die Stadt habe keine Verträge mehr mit der Firma. Landesrat Stefan Berger kündigte eine Prüfung aller Aufträge an.`;

const MINISTER = `Ermittlungen gegen Ministerin

Rom – Die Staatsanwaltschaft Rom ermittelt gegen die frühere Gesundheitsministerin Giulia Bianchi wegen Amtsmissbrauchs. Gegen Bianchi laufen zudem Ermittlungen wegen Vorteilsannahme. Die Ministerin habe Aufträge für Schutzmasken an einen Freund vergeben, so der Vorwurf. Regierungschefin Laura Conti verteidigte ihre frühere Ministerin. Oppositionsführerin Marta Ricci forderte einen Untersuchungsausschuss.`;

const MAYOR = `Bürgermeister unter Verdacht

Graz – Gegen den Bürgermeister von Weiz, Hans Lechner, wird wegen Untreue ermittelt. Die Gemeindekasse weist eine Lücke von 200.000 Euro auf. Landeshauptmann Markus Wolf forderte eine Sondersitzung des Gemeinderats.`;

const COMPLAINT = `Konzernchef unter Druck

Frankfurt – Die Finanzaufsicht Bafin hat Strafanzeige gegen den Vorstandschef der Solar AG, Michael Brenner, erstattet. Aufsichtsratschef Peter Winkler kündigte eine Sondersitzung an. Wirtschaftsminister Klaus Hofer sprach von einem schweren Schlag für den Finanzplatz.`;

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const statements = (questions: readonly Question[]) =>
  questions
    .filter((question): question is Statement => question.type === "truefalse")
    .map((question) => ({ statement: question.statement, answer: question.answer }));
const choiceWithStem = (questions: readonly Question[], stem: string) =>
  questions.find((question): question is Choice => question.type === "single" && question.stem === stem);
const answerOf = (choice: Choice) => choice.options.find((option) => option.id === choice.answer)!.text;

describe("a charge told by 'vorgeworfen'", () => {
  const made = questionsOf("fraud", FRAUD);

  it("asks whom it is made against, the role before the name left out, never with a person the text names beside the charges", () => {
    const choice = choiceWithStem(made, "Wem wird laut Text vorgeworfen, Gelder der Firma auf private Konten umgeleitet zu haben?");
    expect(choice && answerOf(choice)).toBe("Karl Huber");
    // The lawyer who rejected the charges stands in a sentence about them: never offered as the accused.
    expect(choice!.options.map((option) => option.text)).not.toContain("Peter Gruber");
  });

  it("states it reported with 'Laut Text', beside its false twin with another person of the text", () => {
    const said = statements(made);
    expect(said).toContainEqual({ statement: "Laut Text wird Karl Huber vorgeworfen, Gelder der Firma auf private Konten umgeleitet zu haben.", answer: true });
    expect(said).toContainEqual({
      statement: "Laut Text wird Franz Moser vorgeworfen, Gelder der Firma auf private Konten umgeleitet zu haben.",
      answer: false,
    });
  });

  it("asks whom a charge was brought against ('hat Anklage gegen ... erhoben')", () => {
    const choice = choiceWithStem(made, "Gegen wen hat laut Text die Staatsanwaltschaft Linz Anklage erhoben?");
    expect(choice && answerOf(choice)).toBe("Karl Huber");
  });
});

describe("an investigation against a named person", () => {
  const made = questionsOf("minister", MINISTER);

  it("asks whom the prosecutors investigate ('ermittelt gegen die frühere Ministerin X wegen ...')", () => {
    const choice = choiceWithStem(made, "Gegen wen ermittelt laut Text die Staatsanwaltschaft Rom wegen Amtsmissbrauchs?");
    expect(choice && answerOf(choice)).toBe("Giulia Bianchi");
  });

  it("restates 'Gegen X laufen zudem Ermittlungen' without the 'zudem' that points back", () => {
    expect(statements(made)).toContainEqual({ statement: "Laut Text laufen gegen Giulia Bianchi Ermittlungen wegen Vorteilsannahme.", answer: true });
    expect(statements(made)).toContainEqual({ statement: "Laut Text laufen gegen Laura Conti Ermittlungen wegen Vorteilsannahme.", answer: false });
  });

  it("keeps '..., so der Vorwurf' reported, its subject 'die Ministerin' resolved by her role, never told as a fact", () => {
    const said = statements(made);
    expect(said).toContainEqual({
      statement: "Laut Text wird Giulia Bianchi vorgeworfen, Aufträge für Schutzmasken an einen Freund vergeben zu haben.",
      answer: true,
    });
    expect(said.some((one) => one.statement.startsWith("Giulia Bianchi hat Aufträge"))).toBe(false);
  });

  it("reads a role set off by commas before the name ('gegen den Bürgermeister von Weiz, Hans Lechner, wird ...'), not a denial", () => {
    const said = statements(questionsOf("mayor", MAYOR));
    expect(said).toContainEqual({ statement: "Laut Text wird gegen Hans Lechner wegen Untreue ermittelt.", answer: true });
    expect(said).toContainEqual({ statement: "Laut Text wird gegen Markus Wolf wegen Untreue ermittelt.", answer: false });
    // Denied, there is no charge to ask.
    const denied = questionsOf("mayor", MAYOR.replace("wird wegen Untreue ermittelt", "wird nicht wegen Untreue ermittelt"));
    expect(statements(denied).filter((one) => one.statement.startsWith("Laut Text"))).toEqual([]);
  });

  it("asks whom a criminal complaint was filed against, the role set off by commas left out", () => {
    const made = questionsOf("complaint", COMPLAINT);
    const choice = choiceWithStem(made, "Gegen wen hat laut Text die Finanzaufsicht Bafin Strafanzeige erstattet?");
    expect(choice && answerOf(choice)).toBe("Michael Brenner");
    expect(statements(made)).toContainEqual({
      statement: "Laut Text hat die Finanzaufsicht Bafin Strafanzeige gegen Michael Brenner erstattet.",
      answer: true,
    });
  });
});
