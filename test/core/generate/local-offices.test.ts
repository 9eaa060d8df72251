/**
 * Offices of a town's or a district's government before a name ("Stadträtin Anna Berger", "Bezirksvorsteher Paul
 * Wallner"): a person with that office, whose deeds are asked, while "Der Gemeinderat" alone stays the town's body.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const COUNCIL_ROW = `Streit um Parkgebühren in Steyr

Steyr – Die Stadt will die Parkgebühren im Zentrum ab Juli verdoppeln. Stadträtin Anna Berger kündigte am Montag an, einen Misstrauensantrag gegen den Bürgermeister einzubringen. Bezirksvorsteher Paul Wallner sammelt Unterschriften gegen die Erhöhung. Der Gemeinderat berät am Donnerstag über den Plan. Bürgermeister Karl Huber verteidigte die Erhöhung.`;

/** What the pool states, as a true-or-false statement or as an option of a choice. */
const statements = (text: string) =>
  generateBank([{ id: "council-row", text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [],
  );

describe("a local office before a name", () => {
  it("makes the name a person with that office", () => {
    const persons = extractFacts(COUNCIL_ROW).persons;
    expect(persons.find((person) => person.surname === "Berger")).toMatchObject({ name: "Anna Berger", role: "Stadträtin" });
    expect(persons.find((person) => person.surname === "Wallner")).toMatchObject({ name: "Paul Wallner", role: "Bezirksvorsteher" });
  });

  it("lets the pool ask what the office holder did", () => {
    const made = statements(COUNCIL_ROW);
    expect(made).toContain("Anna Berger kündigte am Montag an, einen Misstrauensantrag gegen den Bürgermeister einzubringen.");
    expect(made.some((statement) => statement.startsWith("Paul Wallner sammelt Unterschriften"))).toBe(true);
  });

  it("gives no man the feminine office nor a woman the masculine one", () => {
    const made = statements(`${COUNCIL_ROW} Berger ist seit 2015 Stadträtin.`);
    expect(made.filter((statement) => /^(?:Karl Huber|Paul Wallner) ist .*Stadträtin/u.test(statement))).toEqual([]);
  });

  it("keeps the council named alone a body, not a person", () => {
    const persons = extractFacts(COUNCIL_ROW).persons;
    expect(persons.map((person) => person.name)).not.toContain("Gemeinderat");
    expect(statements(COUNCIL_ROW).some((statement) => statement.includes("Der Gemeinderat berät") || statement.includes("der Gemeinderat"))).toBe(true);
  });

  it("keeps the council after an article a body in what an office holder did", () => {
    const made = statements(`Neues Hallenbad für Steyr

Steyr – Stadträtin Anna Berger legte dem Gemeinderat am Montag einen Plan für ein neues Hallenbad vor. Peter Huber (41) ist Klubobmann im Gemeinderat. Huber kritisierte den Plan als zu teuer. Karl Maier ist seit 2010 Gemeinderat. Eva Brunner ist seit 2015 Gemeinderätin.`);
    expect(made).toContain("Anna Berger legte dem Gemeinderat am Montag einen Plan für ein neues Hallenbad vor.");
    expect(made).toContain("Peter Huber ist Klubobmann im Gemeinderat.");
    expect(made.filter((statement) => /^(?:Eva Brunner|Anna Berger) .*ist .*Gemeinderat\b/u.test(statement))).toEqual([]);
  });
});
