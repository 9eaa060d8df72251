/**
 * Runs of words shaped like a person's name that name none: the verb "bin" before a name or noun, a company named after
 * its founder with its legal form, a place whose name opens with a given name, a "von der" before a body's name.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const names = (text: string) => extractFacts(text).persons.map((person) => person.name);

describe("words shaped like a name that name no one", () => {
  it("reads 'bin' after 'ich' as the verb, no particle of a name ('Ich bin Steirerin'), and keeps 'bin' inside a name", () => {
    expect(names("„Ich bin Steirerin und bleibe es“, sagte Martina Kögl.")).toEqual(["Martina Kögl"]);
    expect(names("„Ich bin Lukas Brandl und koche seit 20 Jahren“, erzählt er.")).toEqual(["Lukas Brandl"]);
    expect(names("Auch Jamal bin Rashid wurde verhaftet.")).toEqual(["Jamal bin Rashid"]);
  });

  it("reads a name before a company's legal form as the company's, not a person ('laut Franz Gruber GmbH')", () => {
    expect(names("Laut Franz Gruber GmbH steigt der Umsatz um zehn Prozent.")).toEqual([]);
    expect(names("Auch Sabine Lechner KG liefert seit Jahren an den Handel.")).toEqual([]);
    // The founder named as such stays a person.
    expect(names("Firmengründer Franz Gruber sagte, der Umsatz steige.")).toEqual(["Franz Gruber"]);
  });

  it("reads a word of a given name and another joined by a hyphen as no given name ('Maria-Felden zu Lorch' is a place), two given names as one", () => {
    expect(names("Der Ort Maria-Felden zu Lorch feierte sein Jubiläum.")).toEqual([]);
    expect(names("Der Ort Maria-Felden zu Lorch feierte mit Hans-Georg zu Wendenau.")).toEqual(["Hans-Georg zu Wendenau"]);
  });

  it("reads 'von der' after a role before a body's name as a preposition, not a name ('Forscher von der Brown University')", () => {
    expect(names("Darauf haben nun Biologen von der Carter University in Boston eine Antwort gefunden.")).toEqual([]);
    expect(names("Eine Lehrerin von der Anna-Seghers-Schule hat den Preis gewonnen.")).toEqual([]);
    // A name that opens with its particle and surname stays one, so does one with its given name before.
    expect(names("Verteidigungsministerin von der Leyen besuchte die Truppe.")).toEqual(["von der Leyen"]);
    expect(names("Die Ministerin Ursula von der Heyde besuchte die Truppe.")).toEqual(["Ursula von der Heyde"]);
  });
});

describe("a function word opening a sentence that is also a given name ('Solange', 'Allen', 'Deren', 'Daran')", () => {
  it("opens a clause, no name", () => {
    expect(names("Solange Tageslicht herrscht, dürfen Hobbypiloten ihre Drohnen steigen lassen.")).toEqual([]);
    expect(names("Allen Beteiligten sei klar, dass die Frist nicht reicht, sagte der Minister.")).toEqual([]);
    expect(names("Deren Vorsitzender kündigte eine Klage an.")).toEqual([]);
    expect(names("Daran Zweifel zu hegen, sei falsch, hieß es im Ministerium.")).toEqual([]);
    expect(names("Die Regel ist einfach: Solange Tageslicht herrscht, darf geflogen werden.")).toEqual([]);
  });

  it("keeps the same word as a given name inside a sentence or after a role", () => {
    expect(names("Gestern trat Solange Berger vor die Presse.")).toEqual(["Solange Berger"]);
    expect(names("Die Sängerin Solange Berger sagte, sie fliege gerne.")).toEqual(["Solange Berger"]);
  });

  it("offers no such clause opener as a rival actor", () => {
    const text = `Neue Regeln für Drohnen

Wien – Die Regierung hat am Mittwoch neue Regeln für private Drohnen beschlossen. Solange Tageslicht herrscht, dürfen Hobbypiloten ihre Geräte ohne Genehmigung steigen lassen. Verkehrsminister Peter Hanke sagte, die Regeln seien ein guter Kompromiss. Der Flughafen Wien begrüßte die Entscheidung.`;
    const shown = generateBank([{ id: "drohnen", text }])[0]!.questions.map((question) => JSON.stringify(question));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((question) => question.includes("Solange Tageslicht"))).toEqual([]);
  });
});
