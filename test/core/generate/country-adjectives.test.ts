/**
 * A clause that names a country only by its adjective ("ein syrischer Pass", "vor italienischen Staatsanleihen"), with
 * no other country, figure or opposite event to change: stated falsely with the adjective of another country the text
 * names, of the same region, through the whole generator on texts of our own. Not an adjective that describes a
 * person the text names ("den französischen Präsidenten Emmanuel Macron").
 */
import { describe, expect, it } from "vitest";
import { type Statement, statementsOf } from "./statements";

const ATTACK = `Anschlag in Brüssel

Brüssel – Bei einem Anschlag auf einen Bahnhof sind am Dienstag drei Menschen getötet worden. Bei einem Verdächtigen wurde ein syrischer Pass gefunden. Am Abend wurde ein Brief an den französischen Präsidenten Emmanuel Macron geschickt. Die Ermittler prüfen nun Verbindungen in den Irak und nach Belgien. Der Bahnhof bleibt bis Freitag geschlossen.`;

const BONDS = `Zentralbank warnt

Frankfurt – Die Europäische Zentralbank warnt vor italienischen Staatsanleihen. Die Zinsen für Anleihen aus Spanien sind dagegen gesunken. Die Märkte reagierten gelassen.`;

const ARREST = `Festnahme in Toronto

Toronto – Nach einem Überfall auf eine Bank sind am Montag zwei Männer festgenommen worden. Bei einem Verdächtigen wurde ein kanadischer Pass gefunden. Die Polizei prüft nun Verbindungen in die USA. Die Bank bleibt bis Freitag geschlossen.`;

const said = (found: Statement[], answer: boolean, about: string) =>
  found.filter((statement) => statement.answer === answer && statement.statement.includes(about)).map((statement) => statement.statement);

describe("a country's adjective in a clause", () => {
  it("is another country's adjective in the false statement of an event nobody is named to have done", () => {
    const found = statementsOf("attack", ATTACK);
    expect(said(found, true, "Pass")).toEqual(["Bei einem Verdächtigen ist ein syrischer Pass gefunden worden."]);
    expect(said(found, false, "Pass")).toEqual(["Bei einem Verdächtigen ist ein irakischer Pass gefunden worden."]);
    // Before a person's name it tells who they are: "den belgischen Präsidenten Emmanuel Macron" is absurd, not false.
    expect(found.filter((statement) => statement.statement.includes("Brief"))).toEqual([]);
  });

  it("is another country's adjective in the false statement of a deed, before the deed's denial", () => {
    const found = statementsOf("bonds", BONDS);
    expect(said(found, true, "Zentralbank")).toEqual(["Die Europäische Zentralbank hat vor italienischen Staatsanleihen gewarnt."]);
    expect(said(found, false, "Zentralbank")).toEqual(["Die Europäische Zentralbank hat vor spanischen Staatsanleihen gewarnt."]);
  });

  it("takes the other country's adjective without a prefix that the text would capitalise ('amerikanisch', not 'us-amerikanisch')", () => {
    const found = statementsOf("arrest", ARREST);
    expect(said(found, false, "Pass")).toEqual(["Bei einem Verdächtigen ist ein amerikanischer Pass gefunden worden."]);
  });
});
