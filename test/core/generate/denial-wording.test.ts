/** False statements made by a denial, worded as German denies: "keine" before a bare object, "nicht" before the phrase a verb takes, no "ein" for an uncounted noun, no second denial. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a bare object denied", () => {
  it("takes 'keine', not 'nicht' before the participle", () => {
    const text = `Hallenbad in Gmunden bleibt geschlossen

Gmunden – Das Hallenbad in Gmunden bleibt bis auf Weiteres geschlossen. Der Schwimmverein kündigte Proteste vor dem Rathaus an. Die Sanierung würde rund vier Millionen Euro kosten.`;
    const made = statementsOf("bad", text).filter((statement) => statement.statement.includes("Proteste"));
    expect(made).toContainEqual({ statement: "Der Schwimmverein hat keine Proteste vor dem Rathaus angekündigt.", answer: false });
    expect(made.filter((statement) => statement.statement.includes("nicht"))).toEqual([]);
  });

  it("gives the plural's adjective the ending it has after 'keine'", () => {
    const text = `Lehrermangel in Vorarlberg

Bregenz – In Vorarlberg fehlen zu Schulbeginn rund 80 Lehrkräfte. Für zusätzliche Stellen gebe es keine finanziellen Mittel, sagte Bildungslandesrätin Sandra Fink. Die Elternvertreter haben neue Lösungen gefordert. Die Landesregierung will sich im Herbst mit dem Problem befassen.`;
    const made = statementsOf("lehrer", text).filter((statement) => statement.statement.includes("Lösungen"));
    expect(made).toContainEqual({ statement: "Die Elternvertreter forderten keine neuen Lösungen.", answer: false });
    expect(made.filter((statement) => statement.statement.includes("nicht"))).toEqual([]);
  });
});

describe("a person's name alone after the verb", () => {
  it("is no bare object: no 'keine Jansen'", () => {
    const text = `Ministerin trifft Kritiker

Wien – Gesundheitsministerin Petra Novak hat am Montag den Ärztekammerpräsidenten Martin Jansen getroffen. Novak empfing Jansen im Ministerium. Die Ärztekammer forderte mehr Geld für Spitäler. Die Ministerin kündigte Gespräche mit den Ländern an.`;
    const made = statementsOf("jansen", text).filter((statement) => statement.statement.includes("empfing"));
    expect(made).toContainEqual({ statement: "Petra Novak empfing Jansen im Ministerium.", answer: true });
    expect(made.filter((statement) => statement.statement.includes("keine"))).toEqual([]);
  });
});

describe("a deed whose verb takes a phrase with a preposition, denied", () => {
  it("puts 'nicht' before the phrase ('nicht über die Zukunft des Bades beraten')", () => {
    const text = `Hallenbad in Gmunden bleibt geschlossen

Gmunden – Das Hallenbad in Gmunden bleibt bis auf Weiteres geschlossen. Der Gemeinderat will am Donnerstag über die Zukunft des Bades beraten. Die Sanierung würde rund vier Millionen Euro kosten.`;
    const made = statementsOf("bad", text).filter((statement) => statement.statement.includes("beraten"));
    expect(made).toContainEqual({ statement: "Am Donnerstag will der Gemeinderat nicht über die Zukunft des Bades beraten.", answer: false });
  });

  it("keeps the phrase's own attribute inside it ('nicht mit der Arbeit am neuen Stadion beginnen')", () => {
    const text = `Neues Stadion für Linz

Linz – Die Stadt Linz bekommt ein neues Fußballstadion. Die Baufirma Hofer will im Frühjahr mit der Arbeit am neuen Stadion beginnen. Das Stadion soll 2028 fertig sein.`;
    const made = statementsOf("stadion", text).filter((statement) => statement.statement.includes("beginnen") && !statement.answer);
    expect(made.length).toBeGreaterThan(0);
    for (const { statement } of made) expect(statement).toContain("nicht mit der Arbeit am neuen Stadion beginnen");
  });
});

describe("a sole speaker's denial, undenied", () => {
  it("drops 'kein' before a noun that stands bare ('habe derzeit Geld', not 'ein Geld')", () => {
    const text = `Hallenbad in Gmunden bleibt geschlossen

Gmunden – Das Hallenbad in Gmunden bleibt bis auf Weiteres geschlossen. Gmunden habe derzeit kein Geld für eine Sanierung, sagte Bürgermeister Stefan Krapf am Dienstag. Die Sanierung würde rund vier Millionen Euro kosten.`;
    const made = statementsOf("bad", text).filter((statement) => statement.statement.includes("Geld"));
    expect(made).toContainEqual({ statement: "Stefan Krapf sagte sinngemäß: Gmunden habe derzeit Geld für eine Sanierung.", answer: false });
  });

  it("drops 'keine' before a plural and gives its adjective the bare ending ('finanzielle Mittel')", () => {
    const text = `Lehrermangel in Vorarlberg

Bregenz – In Vorarlberg fehlen zu Schulbeginn rund 80 Lehrkräfte. Für zusätzliche Stellen gebe es keine finanziellen Mittel, sagte Bildungslandesrätin Sandra Fink. Die Schulen suchen weiter.`;
    const made = statementsOf("lehrer", text).filter((statement) => statement.statement.includes("Mittel"));
    expect(made).toContainEqual({ statement: "Sandra Fink sagte sinngemäß: Für zusätzliche Stellen gebe es finanzielle Mittel.", answer: false });
  });

  it("never denies words that deny with 'nichts' once more", () => {
    const text = `Finanzpolizei kontrolliert Baustellen

Klagenfurt – Die Finanzpolizei hat in der vergangenen Woche 40 Baustellen in Kärnten kontrolliert. Ehrliche Betriebe hätten nichts zu befürchten, sagte Finanzminister Markus Brandl.`;
    const made = statementsOf("bau", text).filter((statement) => statement.statement.includes("befürchten"));
    expect(made.filter((statement) => /nichts nicht/u.test(statement.statement))).toEqual([]);
  });
});
