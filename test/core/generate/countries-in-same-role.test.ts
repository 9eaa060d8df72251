/**
 * A country the text names about the same thing as the asked one ("In Portugal wird über längere
 * Ladenöffnungszeiten gestritten" beside "Auch in Spanien gelten strenge Regeln für die Ladenöffnungszeiten") may be
 * true of it too, and is no wrong option of "In welchem Land ...?". And a country's adjective before a named place
 * ("der griechischen Insel Kreta") is where that place lies, no news to change. Through the whole generator on texts
 * of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const TEXT = `Debatte über Ladenöffnungszeiten

Lissabon – In Portugal wird seit Monaten über längere Ladenöffnungszeiten gestritten. Die Gewerkschaften lehnen jede Änderung ab, die Händler wollen am Sonntag öffnen. Auch in Spanien gelten strenge Regeln für die Ladenöffnungszeiten am Wochenende. Der Handelsverband verweist auf Frankreich, wo Geschäfte in Urlaubsorten länger öffnen dürfen. Eine Entscheidung der Regierung wird im Herbst erwartet.`;

const questions = (id: string, text: string): Question[] => generateBank([{ id, text }])[0]!.questions;
const optionsOf = (question: Question) => (question.type === "single" ? question.options.map((option) => option.text) : []);
const textsOf = (question: Question) => (question.type === "truefalse" ? [question.statement] : optionsOf(question));

describe("countries the text names in the same role", () => {
  it("offers no country named about the same thing as a wrong option", () => {
    const where = questions("laden", TEXT).find((question) => question.stem.startsWith("In welchem Land wird laut Text"))!;
    expect(optionsOf(where)).toContain("Portugal");
    expect(optionsOf(where)).not.toContain("Spanien");
    // A country the text names in another role still may be one.
    expect(optionsOf(where)).toContain("Frankreich");
  });

  it("offers no country the text says does the same ('Auch in Frankreich ...')", () => {
    const text = `Debatte über Ladenöffnungszeiten

Lissabon – In Portugal wird seit Monaten über längere Ladenöffnungszeiten gestritten. Die Gewerkschaften lehnen jede Änderung ab, die Händler wollen am Sonntag öffnen. Auch in Frankreich wird darüber heftig debattiert. Der Handelsverband verweist auf Irland, wo Geschäfte in Urlaubsorten länger öffnen dürfen. Eine Entscheidung der Regierung wird im Herbst erwartet.`;
    const where = questions("laden", text).find((question) => question.stem.startsWith("In welchem Land wird laut Text"))!;
    expect(optionsOf(where)).toContain("Portugal");
    expect(optionsOf(where)).not.toContain("Frankreich");
  });

  it("keeps a country that did the same as the wrong option of a denial", () => {
    const text = `Kandidaten für die Uno

Belgrad – Russland soll sich für einen früheren Außenminister einsetzen. Serbien nominierte wenige Tage vor Ablauf der Frist keinen eigenen Kandidaten für den Posten des UNO-Generalsekretärs. Slowenien, Kroatien und Mazedonien haben bereits ihre Kandidaten für den Posten des Generalsekretärs vorgeschlagen. Außenminister Ivo Marković bestätigte daraufhin, dass die Regierung keinen Kandidaten unterstütze. Die Wahl findet im Herbst statt.`;
    const which = questions("uno", text).find((question) => question.stem.startsWith("Welches Land nominierte laut Text"))!;
    expect(optionsOf(which)).toContain("Serbien");
    // Slowenien named its candidate: "nominierte keinen eigenen Kandidaten" is false of it, as a wrong option must be.
    expect(optionsOf(which)).toContain("Slowenien");
  });

  it("keeps the country of a named place", () => {
    const text = `Minister besucht Flüchtlingslager

Wien – Innenminister Michael Weber (ÖVP) bezweifelt, dass die neuen Lager in Italien und Griechenland bis Ende des Jahres fertig sind. Weber sagte, auch Länder wie Deutschland und Schweden würden Beamte schicken. Der Minister hatte am Dienstag Flüchtlingslager auf der griechischen Insel Kreta besucht. Die Opposition kritisierte den Besuch als zu spät.`;
    const statements = ["kreta", "lager", "besuch"].flatMap((id) => questions(id, text).flatMap(textsOf));
    expect(statements.some((statement) => statement.includes("Insel Kreta"))).toBe(true);
    for (const statement of statements) if (statement.includes("Insel Kreta")) expect(statement).toMatch(/griechischen Insel Kreta/u);
  });
});
