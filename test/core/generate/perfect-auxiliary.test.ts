/**
 * A deed in the simple past restated in the perfect: verbs of motion without an object take "sein" ("sind ...
 * abgezogen"), with an object "haben"; an adjective that is a particle of other verbs stays an adverb ("hat ... klar
 * gewonnen"), through the whole generator and the restating itself, on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { inPerfect } from "../../../src/generate/claims";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const PROTEST = `Protest gegen Schulschließung

Kassel – Die Elterninitiative zog am Dienstag mit 300 Menschen vor das Rathaus der Stadt. Die Demonstranten forderten den Erhalt der Grundschule im Stadtteil Wehlheiden. Die Demonstranten zogen am Abend wieder ab. Bürgermeister Jens Falk fuhr am Mittwoch nach Berlin. Die Landesregierung zog ihre Pläne für eine Kürzung zurück.`;

function statements(id: string, text: string): string[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question): question is Statement => question.type === "truefalse").map((question) => question.statement);
}

describe("the auxiliary of a restated deed", () => {
  it("states a deed of motion without an object with sein, one with an object with haben", () => {
    const found = statements("protest", PROTEST);
    expect(found).toContain("Die Demonstranten sind am Abend wieder abgezogen.");
    expect(found.some((statement) => /haben am Abend wieder abgezogen/u.test(statement))).toBe(false);
    expect(found).toContain("Die Landesregierung hat ihre Pläne für eine Kürzung zurückgezogen.");
  });

  it("chooses sein for a direction, haben for an object or a reflexive", () => {
    expect(inPerfect("zog", "am Dienstag vor das Rathaus der Stadt")).toEqual({ verb: "ist", rest: "am Dienstag vor das Rathaus der Stadt gezogen" });
    expect(inPerfect("kehrten", "am Montag nach Hause zurück")).toEqual({ verb: "sind", rest: "am Montag nach Hause zurückgekehrt" });
    expect(inPerfect("schwenkte", "auf den Kurs der Regierung ein")).toEqual({ verb: "ist", rest: "auf den Kurs der Regierung eingeschwenkt" });
    expect(inPerfect("zog", "sich aus der Politik zurück")).toEqual({ verb: "hat", rest: "sich aus der Politik zurückgezogen" });
    expect(inPerfect("zog", "Bilanz")).toEqual({ verb: "hat", rest: "Bilanz gezogen" });
  });
});

describe("an adjective after the verb", () => {
  it("stays apart from a participle it makes no verb with, and joins one it makes a verb with", () => {
    expect(inPerfect("gewann", "die Wahl am Sonntag klar")).toEqual({ verb: "hat", rest: "die Wahl am Sonntag klar gewonnen" });
    expect(inPerfect("besiegte", "den Titelverteidiger klar")).toEqual({ verb: "hat", rest: "den Titelverteidiger klar besiegt" });
    expect(inPerfect("legte", "ihre Finanzen offen")).toEqual({ verb: "hat", rest: "ihre Finanzen offengelegt" });
    expect(inPerfect("nahm", "den Mann fest")).toEqual({ verb: "hat", rest: "den Mann festgenommen" });
  });
});

const OBITUARY = `Malerin Helga Brandstätter gestorben

Salzburg – Die Malerin Helga Brandstätter ist tot. Die Salzburger Künstlerin starb am Sonntag im Alter von 84 Jahren in ihrem Atelier. Brandstätter war eine der bekanntesten Malerinnen Österreichs. Bürgermeister Peter Lanz würdigte die Verstorbene als große Künstlerin.`;

describe("the office of a person who died", () => {
  it("is stated as what they were, that of the living as what they are", () => {
    const found = statements("obituary", OBITUARY);
    expect(found).toContain("Helga Brandstätter war Malerin.");
    expect(found).not.toContain("Helga Brandstätter ist Malerin.");
    expect(found).toContain("Peter Lanz ist Bürgermeister.");
  });

  it("is not made past by someone telling of another's death, nor by a killing someone did", () => {
    const found = statements("accident", ACCIDENT);
    expect(found).toContain("Karl Hofer ist Bürgermeister.");
    expect(found).not.toContain("Karl Hofer war Bürgermeister.");
    expect(found).not.toContain("Anna Weiss war Polizeichefin.");
  });
});

const ACCIDENT = `Lenker stirbt bei Unfall in Wels

Bei einem Unfall auf der Umfahrung von Wels ist am Montag ein 45-jähriger Lenker ums Leben gekommen.

Wels – Ein Lastwagen kam am Montagmorgen auf der Umfahrung von Wels von der Fahrbahn ab und prallte gegen einen Baum. Bürgermeister Karl Hofer sagte am Nachmittag, der Lenker sei noch an der Unfallstelle gestorben. Polizeichefin Anna Weiss hat im Vorjahr einen bewaffneten Räuber in Notwehr getötet, wie die Zeitung berichtete. Die Umfahrung blieb bis zum Abend gesperrt. Karl Hofer kündigte an, die Kreuzung entschärfen zu lassen.`;
