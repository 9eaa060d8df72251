/** A body and its organ named by a compound of its name ("Polizei" and "Landespolizeidirektion"): never each other's wrong option. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer, topic: question.topic }] : [],
  );

describe("a body and an organ whose name is a compound of the body's name", () => {
  it("does not give the police's deed to the police directorate as a false statement, nor the other way round", () => {
    const text = `Einbrecherbande in Innsbruck gefasst

Die Polizei hat nach einer Serie von Einbrüchen in Innsbruck drei Männer festgenommen. Sie sollen in 40 Wohnungen eingebrochen sein.

Innsbruck – Nach monatelangen Ermittlungen hat die Polizei in Innsbruck eine Einbrecherbande zerschlagen. Die drei Männer wurden am Dienstag in einem Hotel festgenommen, teilte die Landespolizeidirektion Tirol mit. Die Beute hat einen Wert von rund 300.000 Euro. Ein Zeuge hatte die Männer beobachtet.`;
    const made = statementsOf("einbruch", text);
    const false_ = made.filter((statement) => !statement.answer);
    expect(made.some((statement) => statement.statement.startsWith("Die Polizei") || statement.statement.startsWith("Die Landespolizeidirektion"))).toBe(true);
    expect(false_.filter((statement) => statement.statement.startsWith("Die Polizei") && statement.topic === "quote")).toEqual([]);
    expect(false_.filter((statement) => statement.statement.startsWith("Die Landespolizeidirektion Tirol") && statement.topic === "action")).toEqual([]);
  });

  it("does not give the European Union's deed to the EU Commission, nor the other way round", () => {
    const text = `EU beschließt Hilfen für Landwirte

Die Agrarminister haben sich nach langen Verhandlungen geeinigt.

Brüssel – Die Europäische Union hat sich auf neue Hilfen für Landwirte in Höhe von zwei Milliarden Euro geeinigt. Die Agrarminister stimmten dem Paket am Montag in Brüssel zu. Die EU-Kommission soll bis zum Sommer einen Bericht über die Verteilung der Mittel vorlegen. Die Bauernverbände begrüßten die Einigung.`;
    const made = statementsOf("agrar", text);
    expect(made).toContainEqual({
      statement: "Die Europäische Union einigte sich auf neue Hilfen für Landwirte in Höhe von zwei Milliarden Euro.",
      answer: true,
      topic: "action",
    });
    const swapped = made.filter(
      (statement) =>
        !statement.answer &&
        ((statement.statement.startsWith("Die EU-Kommission") && statement.statement.includes("einigte")) ||
          (statement.statement.startsWith("Die Europäische Union") && statement.statement.includes("Bericht"))),
    );
    expect(swapped).toEqual([]);
  });
});
