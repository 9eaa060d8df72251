/**
 * Known errors of round 44, each a class: "nicht" after a duration, a denied bound, a club's number, sports roles before
 * a name, dealers as companies, a product as a rival of persons or companies.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const statementsOf = (id: string, text: string) =>
  questionsOf(id, text).flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));

describe("a denied deed with a duration", () => {
  const text = `Streit um das Hallenbad

Linz – Die Gemeinde Wels hat drei Jahre lang mit dem Betreiber verhandelt. Bürgermeister Stefan Auer hat den Eintritt um 20 Prozent erhöht. Die Besucher beklagten sich über die Preise.`;

  it("says 'nicht' right after how long, before the phrase the verb takes", () => {
    const made = statementsOf("bad", text).filter((statement) => statement.statement.includes("Betreiber"));
    expect(made).toContainEqual({ statement: "Die Gemeinde Wels verhandelte drei Jahre lang nicht mit dem Betreiber.", answer: false });
    expect(made.filter((statement) => statement.statement.endsWith("nicht."))).toEqual([]);
  });

  it("gives no denial where an object follows the duration, which has no place for 'nicht' that reads right", () => {
    const shipping = `Schmuggel aufgedeckt

Rotterdam – Die Reederei Maersk transportierte jahrelang unwissentlich Kokain in Bananenkisten. Ein Sprecher wollte sich am Montag nicht äußern. Die Ermittlungen dauern an.`;
    const made = statementsOf("schmuggel", shipping).filter((statement) => statement.statement.includes("transportiert"));
    expect(made).toContainEqual({ statement: "Die Reederei Maersk hat jahrelang unwissentlich Kokain in Bananenkisten transportiert.", answer: true });
    expect(made.filter((statement) => statement.statement.includes("nicht"))).toEqual([]);
  });

  it("gives no denial after an adverb of manner ('scharf nicht kritisiert' denies nothing German says so)", () => {
    const critics = `Streit um Kraftwerk

Kiel – Die Landesregierung hat den Vertrag mit dem Kraftwerksbetreiber gekündigt. Die Opposition kritisierte das Vorgehen scharf.`;
    const made = statementsOf("kraftwerk", critics).filter((statement) => statement.statement.includes("kritisiert"));
    expect(made).toContainEqual({ statement: "Die Opposition hat das Vorgehen scharf kritisiert.", answer: true });
    expect(made.filter((statement) => statement.statement.includes("nicht"))).toEqual([]);
  });

  it("says 'nicht' before what someone complains about", () => {
    const made = statementsOf("bad", text).filter((statement) => statement.statement.includes("Preise"));
    expect(made).toContainEqual({ statement: "Die Besucher haben sich nicht über die Preise beklagt.", answer: false });
  });
});

describe("a figure with a denied bound", () => {
  const text = `Wenig Zulauf

Wien – Die Polizei nahm bei der Kundgebung am Samstag nicht mehr als zwei Personen fest. Der Verein Attac hat nach eigenen Angaben nicht weniger als 12.000 Mitglieder. Die Regierung will die Pläne im Mai beschließen.`;

  it("is contradicted by the bound without its 'nicht', which the figure itself cannot meet", () => {
    const made = statementsOf("demo", text);
    expect(made).toContainEqual({ statement: "Die Polizei hat bei der Kundgebung am Samstag mehr als zwei Personen festgenommen.", answer: false });
    expect(made).toContainEqual({ statement: "Attac hat nach eigenen Angaben weniger als 12.000 Mitglieder.", answer: false });
    expect(made.filter((statement) => /nicht weniger als zwei|nicht mehr als 12\.000/u.test(statement.statement))).toEqual([]);
  });

  it("keeps the 'nicht' in the figure's hedge, which bounds the other way", () => {
    const hedges = extractFacts(text).quantities.map((quantity) => quantity.hedge);
    expect(hedges).toEqual(expect.arrayContaining(["nicht mehr als", "nicht weniger als"]));
  });
});

describe("a club's number", () => {
  const text = `Derby in München

München – Der TSV 1860 München hat am Samstag das Derby vor 15.000 Zuschauern gewonnen. Der FC Schalke 04 entließ am Sonntag seinen Sportdirektor. Hannover 96 verlor in Paderborn mit 0:2. In Wien wurden am Montag 96 neue Fälle gemeldet.`;

  it("is part of the club's name: no figure gap, no false twin with another number, no town gap; a count or rank stays a figure", () => {
    const questions = questionsOf("derby", text);
    const asked = JSON.stringify(questions);
    expect(asked).not.toMatch(/TSV \d+(?<!1860) München|Schalke (?!04)\d+/u);
    const figures = questions.flatMap((question) => (question.type === "numeric" ? [question.answer] : []));
    expect(figures).not.toContain(1860);
    expect(figures).not.toContain(4);
    expect(figures).toContain(96);
    const towns = questions.flatMap((question) => (question.type === "cloze" && question.topic === "place" ? [question.answer] : []));
    expect(towns).not.toContain("Hannover");
    expect(towns).not.toContain("München");
    const ranked = extractFacts(text.replace("Hannover 96 verlor in Paderborn mit 0:2.", "Paderborn fiel auf Rang 14.")).quantities.map(
      (quantity) => quantity.value,
    );
    expect(ranked).toContain(14);
  });
});

describe("a sports role before a name", () => {
  const text = `Augsburg gewinnt in Bremen

Bremen – Der FC Augsburg hat am Samstag bei Werder Bremen mit 2:1 gewonnen. Stürmer Marco Richter erzielte beide Tore für die Gäste. Torwart Rafał Gikiewicz hielt einen Elfmeter. Trainer Markus Weinzierl lobte die Moral seiner Mannschaft.`;

  it("finds the person, whose surname may be a role noun", () => {
    const persons = extractFacts(text).persons.map((person) => [person.name, person.role]);
    expect(persons).toEqual(
      expect.arrayContaining([
        ["Marco Richter", "Stürmer"],
        ["Rafał Gikiewicz", "Torwart"],
      ]),
    );
    expect(statementsOf("augsburg", text)).toContainEqual({ statement: "Marco Richter erzielte beide Tore für die Gäste.", answer: true });
  });
});

describe("dealers in the plural", () => {
  const text = `Kokain im Hafen

Hamburg – Die Hamburger Polizei hat im Hafen 300 Kilogramm Kokain beschlagnahmt. Die Drogenhändler hatten das Rauschgift in Bananenkisten aus Ecuador versteckt. Die Reederei Hapag-Lloyd hat nach eigenen Angaben die Kontrollen verschärft. Die Zollbehörde lobte die Zusammenarbeit mit der Polizei.`;

  it("are people, never a company's rival; dealers of a trade of shops stay companies", () => {
    const made = statementsOf("hafen", text).filter((statement) => statement.statement.includes("Kontrollen"));
    expect(made).toContainEqual({ statement: "Die Reederei Hapag-Lloyd verschärfte nach eigenen Angaben die Kontrollen.", answer: true });
    expect(made.filter((statement) => statement.statement.includes("Drogenhändler"))).toEqual([]);
    const shops = text.replace("Die Drogenhändler hatten das Rauschgift", "Die Onlinehändler hatten die Waren");
    const rivals = statementsOf("hafen", shops).filter((statement) => statement.statement.includes("Kontrollen") && !statement.answer);
    expect(rivals).toContainEqual({ statement: "Die Onlinehändler verschärften nach eigenen Angaben die Kontrollen.", answer: false });
  });
});

describe("a product named after its kind", () => {
  const text = `Computer schlägt Go-Meister

Seoul – Die Google-Software AlphaGo hat den südkoreanischen Go-Meister Lee Sedol in fünf Partien viermal besiegt. AlphaGo sicherte sich damit ein Preisgeld von einer Million Dollar. Lee Sedol entschuldigte sich bei seinen Fans. Die Firma DeepMind stellte am Mittwoch in London eine neue Version vor. Der Entwickler Demis Hassabis spendete das Preisgeld an Unicef.`;

  it("is no rival of the company, under its name alone either", () => {
    const made = statementsOf("go", text).filter((statement) => statement.statement.includes("neue Version"));
    expect(made).toContainEqual({ statement: "Am Mittwoch stellte die Firma DeepMind in London eine neue Version vor.", answer: true });
    expect(made.filter((statement) => statement.statement.includes("AlphaGo"))).toEqual([]);
  });
});
