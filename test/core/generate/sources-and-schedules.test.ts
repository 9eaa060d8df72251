/** A source named in the dative as an option, figures beside the event, and plans told in the present. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;

describe("a source named after 'laut' with its article in the dative", () => {
  const text = `Neue Spielkonsole vorgestellt

Tokio – Der Elektronikkonzern Sony hat am Dienstag eine neue Spielkonsole vorgestellt. Laut dem Marktforschungsinstitut Gamedata wurden im vergangenen Jahr weltweit rund 30 Millionen Konsolen verkauft. Die Verbraucherzentrale Hamburg kritisierte, dass die neue Konsole mehr als 700 Euro kostet. Sony kündigte an, die Konsole ab März in Europa zu verkaufen.`;

  it("is no wrong option in the dative of who did something", () => {
    const options = questionsOf("konsole", text).flatMap((question) => (question.type === "single" ? question.options.map((option) => option.text) : []));
    expect(options.filter((option) => option.startsWith("Dem "))).toEqual([]);
  });
});

describe("a crowd before which a match was played", () => {
  const text = `Rapid gewinnt Derby

Wien – Vor 12.500 Zuschauern hat Rapid Wien am Sonntag das Derby gegen die Austria mit 2:0 gewonnen. Rapid liegt damit vier Punkte vor dem Stadtrivalen. Trainer Robert Klauß lobte die Mannschaft.`;

  it("weighs as an incidental figure, even in the lead", () => {
    const crowd = questionsOf("derby", text).find((question) => question.type === "numeric" && question.answer === 12500);
    expect(crowd?.salience ?? 0).toBeLessThan(0.3);
  });
});

describe("a deed in the present with a day to come", () => {
  const text = `Austria Wien siegt

Wien – Austria Wien hat am Samstag gegen den Wolfsberger AC mit 3:0 gewonnen. Trainer Michael Wimmer lobte die Mannschaft. Salzburg empfängt in der Champions League am Mittwoch Inter Mailand. Austria-Präsident Kurt Gollowitzer kritisiert die hohen Ticketpreise des Gegners.`;

  it("is never stated in the perfect as done", () => {
    const statements = questionsOf("austria", text).flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));
    expect(statements.filter((statement) => statement.includes("empfangen"))).toEqual([]);
    expect(statements).toContain("Kurt Gollowitzer kritisiert die hohen Ticketpreise des Gegners.");
  });
});

describe("two verbs of one actor joined by 'und'", () => {
  const text = `Einbruch in Salzburg

Salzburg – Unbekannte sind in der Nacht auf Montag in ein Elektronikgeschäft in der Salzburger Altstadt eingebrochen. Die Einbrecher beschädigten die Glastür und erbeuteten Mobiltelefone im Wert von rund 60.000 Euro. Die Polizei bittet die Bevölkerung um Hinweise.`;

  it("are stated in the perfect with one auxiliary, the figure changed in the false statement", () => {
    const statements = questionsOf("einbruch", text).flatMap((question) => (question.type === "truefalse" ? [question] : []));
    const stolen = statements.filter((question) => question.statement.includes("Glastür"));
    expect(stolen).toContainEqual(
      expect.objectContaining({
        statement: "Die Einbrecher haben die Glastür beschädigt und Mobiltelefone im Wert von rund 60.000 Euro erbeutet.",
        answer: true,
      }),
    );
    expect(stolen.filter((question) => !question.answer).every((question) => !question.statement.includes("60.000"))).toBe(true);
  });
});

describe("a strong verb in the simple past plural", () => {
  it("is put in the perfect by its singular ('stahlen' → 'stahl' → 'gestohlen')", () => {
    const text = `Einbruch in Linz

Linz – Unbekannte sind in der Nacht auf Montag in ein Elektronikgeschäft in der Linzer Innenstadt eingebrochen. Die Einbrecher zerschlugen die Glastür und stahlen Mobiltelefone im Wert von rund 60.000 Euro. Die Polizei bittet die Bevölkerung um Hinweise.`;
    const statements = questionsOf("einbruch-linz", text).flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));
    expect(statements).toContain("Die Einbrecher haben die Glastür zerschlagen und Mobiltelefone im Wert von rund 60.000 Euro gestohlen.");
  });
});
