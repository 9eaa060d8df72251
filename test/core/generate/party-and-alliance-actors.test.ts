/**
 * Parties named by an adjective's noun ("Die Grünen", "Die Linke"), international organisations whose short name is
 * written as a word ("Die Nato", "Die Uno"), and parties the text writes in brackets after a politician's name ("Peter
 * Krause (SPD)"): actors of their deeds, stated and asked among actors of their own kind. Through the whole generator
 * on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (text: string) => generateBank([{ id: "parteien", text }])[0]!.questions;
const statementsOf = (questions: readonly Question[]) =>
  questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );
const optionsOf = (questions: readonly Question[], stemStart: string) => {
  const asked = questions.find((question) => question.type === "single" && question.stem.startsWith(stemStart));
  return asked?.type === "single" ? asked.options.map((option) => option.text).sort() : undefined;
};

const BUDGET = `Streit um den Stadthaushalt

Die Grünen forderten am Montag mehr Geld für neue Radwege. Die SPD will dagegen die Grundsteuer senken.

Die Linke sammelt Unterschriften gegen die Schließung des Hallenbads. Die Polizei sperrte am Abend den Marktplatz. Bürgermeister Peter Krause (SPD) stellte am Mittwoch den Haushalt für das kommende Jahr vor.`;

describe("a party named by an adjective's noun", () => {
  const questions = questionsOf(BUDGET);

  it("is stated with its plural verb, and no other party takes the plural's deed in a false statement", () => {
    const demanded = statementsOf(questions).filter((statement) => statement.statement.includes("mehr Geld für neue Radwege"));
    expect(demanded).toContainEqual({ statement: "Am Montag forderten die Grünen mehr Geld für neue Radwege.", answer: true });
    expect(demanded.filter((statement) => !statement.answer && !statement.statement.includes("die Grünen"))).toEqual([]);
  });

  it("is asked 'Wer ...?' among the parties of the text, never the police", () => {
    expect(optionsOf(questions, "Wer forderte laut Text am Montag")).toEqual(["Die Grünen", "Die Linke", "Die SPD"]);
  });

  it("in the singular ('Die Linke') is asked among the parties too", () => {
    expect(optionsOf(questions, "Wer sammelt laut Text Unterschriften")).toEqual(["Die Grünen", "Die Linke", "Die SPD"]);
  });
});

describe("a party by its adjective's noun among parties in the singular", () => {
  it("is no option of the other number where a later clause of the deed shows the answer's number", () => {
    const text = `Machtwechsel in Kleinstadt

Nach sieben Jahrzehnten musste die SPD das Rathaus räumen, obwohl sie nach wie vor die stärkste Kraft im Stadtrat ist. Am Montag stellte die CDU ihren Kandidaten vor. Die Grünen forderten am Dienstag mehr Geld für Schulen, weil sie die Klassen verkleinern wollen. Die Linke unterstützt die neue Koalition.`;
    const questions = questionsOf(text);
    expect(optionsOf(questions, "Wer musste laut Text")?.includes("Die Grünen")).toBeFalsy();
    expect(optionsOf(questions, "Wer forderte laut Text am Dienstag")).toBeUndefined();
    expect(optionsOf(questions, "Wer unterstützt laut Text die neue Koalition")).toContain("Die Grünen");
  });
});

describe("a party the text writes in brackets after a politician's name", () => {
  const text = `Neue Tiefgarage geplant

Die CDU will eine neue Tiefgarage am Hauptbahnhof bauen. Die Grünen lehnen das Projekt ab.

Die Polizei sperrte am Abend den Marktplatz. Die Stadtverwaltung prüft derzeit die Kosten. Stadträtin Anna Weber (CDU) verteidigte die Pläne am Dienstag.`;

  it("is asked among parties, not among the state's bodies", () => {
    expect(optionsOf(questionsOf(text), "Wer will laut Text eine neue Tiefgarage")).toBeUndefined();
    const withRival = text.replace("Die Polizei sperrte", "Die Linke kritisierte die Pläne. Die Polizei sperrte");
    expect(optionsOf(questionsOf(withRival), "Wer will laut Text eine neue Tiefgarage")).toEqual(["Die CDU", "Die Grünen", "Die Linke"]);
  });
});

describe("an international organisation whose short name is written as a word", () => {
  const text = `Mehr Truppen im Osten

Die Nato schickt weitere Kampfjets nach Polen. Die Bundeswehr entsendet zusätzlich zwei Fregatten in die Ostsee.

Die Armee übt ab Montag mit 2.000 Soldaten in Ungarn. Die EU-Kommission fordert mehr Geld für die Verteidigung. Am Donnerstag kündigte die Uno eine neue Hilfsmission für den Sudan an.`;
  const questions = questionsOf(text);

  it("acts, and is asked among the forces of the text ('Die Nato' a military alliance)", () => {
    expect(optionsOf(questions, "Wer schickt laut Text weitere Kampfjets")).toEqual(["Die Armee", "Die Bundeswehr", "Die Nato"]);
  });

  it("is stated of its deed, and a body of states ('Die Uno') takes another body of states' deed falsely", () => {
    const announced = statementsOf(questions).filter((statement) => statement.statement.includes("Hilfsmission für den Sudan"));
    expect(announced).toContainEqual({ statement: "Die Uno kündigte am Donnerstag eine neue Hilfsmission für den Sudan an.", answer: true });
    expect(announced).toContainEqual({ statement: "Die EU-Kommission kündigte am Donnerstag eine neue Hilfsmission für den Sudan an.", answer: false });
  });
});
