/** Deeds told with a pointer to their source ("nach diesen Angaben"): the same deeds without it. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("deeds that read on their own once a pointer is left out", () => {
  const text = `Mehr rechte Gewalt

Berlin – Die Zahl rechter Gewalttaten ist laut einem Bericht der Zeitung Tagesspiegel deutlich gestiegen. Insgesamt stellte die Polizei nach diesen Angaben im vergangenen Jahr insgesamt 9.200 rechte Straftaten fest. Die Zahlen könnten noch steigen.`;

  it("leaves out 'nach diesen Angaben' and a fore-field the clause repeats, and gives the deed to no other body", () => {
    const made = statementsOf("gewalt", text).filter((statement) => statement.statement.includes("Straftaten"));
    expect(made).toContainEqual({ statement: "Die Polizei stellte im vergangenen Jahr insgesamt 9.200 rechte Straftaten fest.", answer: true });
    // The source relayed the same figures: its name never takes the deed.
    expect(made.filter((statement) => !statement.statement.startsWith("Die Polizei"))).toEqual([]);
  });

  it("still drops a deed whose pointer is no source", () => {
    const pointing = text.replace("nach diesen Angaben", "in diesen Ländern");
    expect(statementsOf("gewalt", pointing).filter((statement) => statement.statement.includes("Straftaten"))).toEqual([]);
  });
});

describe("a deed in the subjunctive that the text relays from a source named before", () => {
  const text = (relayed: string) => `Mehr rechte Gewalt

Berlin – Die Zahl rechter Gewalttaten ist laut einem Bericht der Zeitung Tagesspiegel deutlich gestiegen. ${relayed} Die Zahlen könnten noch steigen.`;

  it("states it in the indicative, the fore-field's adjective inside the clause, and as nobody else's", () => {
    const made = statementsOf("gewalt", text("Deutschlandweit habe die Polizei demnach im Jahr 2015 rund 920 Delikte von Neonazis registriert."));
    const registered = made.filter((statement) => statement.statement.includes("registriert"));
    expect(registered).toContainEqual({ statement: "Die Polizei hat deutschlandweit im Jahr 2015 rund 920 Delikte von Neonazis registriert.", answer: true });
    expect(registered.filter((statement) => !statement.statement.startsWith("Die Polizei hat deutschlandweit"))).toEqual([]);
  });

  it("leaves the subjunctive without a pointer to the source as someone's words", () => {
    const made = statementsOf("gewalt", text("Deutschlandweit habe die Polizei im Jahr 2015 rund 920 Delikte von Neonazis registriert."));
    expect(made.filter((statement) => statement.statement.includes("registriert"))).toEqual([]);
  });
});

describe("a deed that goes on with a main clause of the actor's pronoun", () => {
  it("is stated, never asked 'Wer ..., er ...?'", () => {
    const text = `Wahl in Guatemala

Guatemala-Stadt – Der Komiker Jimmy Morales hat die erste Runde der Präsidentschaftswahl gewonnen. Politisch steht Morales rechts, er unterstützt die Todesstrafe und lehnt Steuererhöhungen ab. Sein Herausforderer Manuel Baldizón kündigte am Montag einen harten Wahlkampf an. Der frühere Präsident Otto Pérez Molina sitzt in Haft.`;
    const questions = generateBank([{ id: "guatemala", text }])[0]!.questions;
    const onDeed = questions.filter((question) => JSON.stringify(question).includes("Todesstrafe"));
    expect(onDeed.some((question) => question.type === "truefalse" && question.statement.startsWith("Jimmy Morales steht politisch rechts"))).toBe(true);
    expect(onDeed.filter((question) => question.stem.startsWith("Wer "))).toEqual([]);
  });
});
