/** Roles given in an apposition after the name, and the definite descriptions ("Der Chef der Bewegung") that stand for their holder. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";
import type { Question } from "../../../src/bank/schema";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const statementsOf = (questions: readonly Question[]) =>
  questions.flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));
const optionsOf = (questions: readonly Question[]) =>
  questions.flatMap((question) => (question.type === "single" ? question.options.map((option) => option.text) : []));

describe("a role in apposition after the name", () => {
  const text = `Streit um Moschee in Linz

Linz – Gegen den geplanten Bau einer Moschee im Linzer Süden regt sich Widerstand. Martin Huber, Chef der Bürgerinitiative Lebenswertes Linz, hat am Montag eine Unterschriftenaktion gegen das Projekt gestartet. Der Chef der Bürgerinitiative sagte, bis Ende März wolle die Initiative mehr als 5.000 Unterschriften sammeln. Die Stadt habe derzeit kein Geld für ein neues Gutachten, sagte Bürgermeisterin Anna Gruber. Der Bauantrag werde im April geprüft.`;

  it("is the person's role, and the office with its genitive later stands for that person", () => {
    const statements = statementsOf(questionsOf("moschee", text));
    expect(statements).toContainEqual({ statement: "Martin Huber ist Chef der Bürgerinitiative Lebenswertes Linz.", answer: true });
    expect(statements).toContainEqual({
      statement: "Martin Huber sagte sinngemäß: Bis Ende März wolle die Initiative mehr als 5.000 Unterschriften sammeln.",
      answer: true,
    });
  });

  it("makes a mayor's 'die Stadt' her own town, where the text names one", () => {
    const said = "Anna Gruber sagte sinngemäß: Die Stadt habe derzeit kein Geld für ein neues Gutachten.";
    expect(optionsOf(questionsOf("moschee", text))).toContain(said);
    // Someone who heads no town speaks of a town named before.
    const notMayor = text.replace("Bürgermeisterin Anna Gruber", "Anrainerin Anna Gruber");
    const asked = questionsOf("moschee", notMayor);
    expect([...optionsOf(asked), ...statementsOf(asked).map((statement) => statement.statement)].filter((words) => words.includes("Die Stadt habe"))).toEqual(
      [],
    );
  });
});

describe("a spokeswoman named in apposition", () => {
  const text = `Neue Regeln für Mieten

Wien – Die Regierung will die Mieten in Altbauten begrenzen. Sabine Koller, Sprecherin des Justizministeriums, bestätigte am Dienstag einen entsprechenden Entwurf. Die Sprecherin sagte, der Entwurf solle noch vor dem Sommer in Begutachtung gehen. Kritik kam vom Hausbesitzerverband. Dessen Präsident Karl Steiner warnte vor einem Rückgang der Investitionen.`;

  it("is the one 'Die Sprecherin' stands for", () => {
    const questions = questionsOf("mieten", text);
    expect(statementsOf(questions)).toContainEqual({ statement: "Sabine Koller ist Sprecherin des Justizministeriums.", answer: true });
    expect(optionsOf(questions)).toContain("Sabine Koller sagte sinngemäß: Der Entwurf solle noch vor dem Sommer in Begutachtung gehen.");
  });
});

describe("a source's role in apposition after 'Laut'", () => {
  it("is no part of what the source said", () => {
    const text = `Mehr Asylanträge

Wien – Die Zahl der Asylanträge ist im Jänner gestiegen. Laut Karin Hofer, Sprecherin des Innenministeriums, wurden 4.200 Anträge gestellt. Die Sprecherin kündigte zudem neue Quartiere in Tirol an. Kritik kam von Peter Lind, dem Chef der Caritas Wien.`;
    const questions = questionsOf("asyl", text);
    expect(statementsOf(questions)).toContainEqual({ statement: "Karin Hofer zufolge wurden 4.200 Anträge gestellt.", answer: true });
    expect(JSON.stringify([...statementsOf(questions), ...optionsOf(questions)])).not.toContain("„Sprecherin des");
  });
});

describe("a role with a genitive before the name, without a comma, or with a bracket", () => {
  const text = `Ermittlungen gegen Rechtsextremen

Graz – Gegen den Chef der rechtsextremen Bewegung Thomas Wallner ermittelt seit Montag die Staatsanwaltschaft Graz. Der Chef der Bewegung hatte in einem Video zu Gewalt gegen Flüchtlinge aufgerufen. Die Vorsitzende der Grünen Partei (GP), Eva Brunner, verlangte ein Verbot der Bewegung. Die Vorsitzende kündigte eine Anfrage im Landtag an.`;

  it("is the person's role, and the office alone later stands for that person", () => {
    const statements = statementsOf(questionsOf("graz", text));
    expect(statements).toContainEqual({ statement: "Thomas Wallner ist Chef der rechtsextremen Bewegung.", answer: true });
    expect(statements).toContainEqual({ statement: "Thomas Wallner hatte in einem Video zu Gewalt gegen Flüchtlinge aufgerufen.", answer: true });
    expect(statements).toContainEqual({ statement: "Eva Brunner ist Vorsitzende der Grünen Partei (GP).", answer: true });
    expect(statements).toContainEqual({ statement: "Eva Brunner kündigte eine Anfrage im Landtag an.", answer: true });
  });
});

describe("an office with an adjective before its genitive's noun", () => {
  it("stands for the one holder of that office", () => {
    const text = `Ermittlungen gegen Aktivisten

Graz – Gegen den Chef der rechtsextremen Bewegung Thomas Wallner ermittelt seit Montag die Staatsanwaltschaft Graz. Der Chef der fremdenfeindlichen Bewegung hatte in einem Video zu Gewalt gegen Flüchtlinge aufgerufen. Der Sprecher der Staatsanwaltschaft Graz, Michael Huber, bestätigte die Ermittlungen.`;
    const statements = statementsOf(questionsOf("aktivisten", text));
    expect(statements).toContainEqual({ statement: "Thomas Wallner hatte in einem Video zu Gewalt gegen Flüchtlinge aufgerufen.", answer: true });
    expect(statements).toContainEqual({ statement: "Michael Huber ist Sprecher der Staatsanwaltschaft Graz.", answer: true });
  });
});

describe("an apposition that is no role of the person", () => {
  const text = `Neuer Kandidat in Salzburg

Salzburg – Für die Wahl im Herbst tritt ein Quereinsteiger an. Karl Brandl, Schriftsteller, Musiker und Maler, will für die Liste Bürgernah kandidieren. Brandl wurde am Freitag vorgestellt. Die Liste hatte bei der letzten Wahl drei Prozent erreicht. Sabine Moser, Chefin der Liste, zeigte sich zufrieden. Jürgen Weiß, Chefin der Partei, schwieg. Auch Eva Lang, die Spitzenkandidaten der Partei kritisierte, schwieg. Hans Reiter, der Chef der Liste Ost ist, lobte Brandl.`;

  it("is neither a list of occupations, a role of the other gender than the given name's, nor a relative clause", () => {
    const statements = statementsOf(questionsOf("brandl", text)).map((statement) => statement.statement);
    expect(statements).toContain("Sabine Moser ist Chefin der Liste.");
    const others = ["Karl Brandl ist ", "Jürgen Weiß ist ", "Eva Lang ist ", "Hans Reiter ist "];
    expect(statements.filter((statement) => others.some((start) => statement.startsWith(start)))).toEqual([]);
  });
});

describe("scholars the press quotes by their discipline", () => {
  const text = `Debatte um Wahlrecht

Wien – Die Regierung will das Wahlrecht ab 16 Jahren überprüfen lassen. Der Politologe Peter Maurer hält den Plan für einen Fehler. Junge Menschen seien politisch interessierter als früher, sagte die Politikwissenschafterin Lisa Berger. Die Regierung will bis Juni entscheiden.`;

  it("gives them their discipline as a role", () => {
    const statements = statementsOf(questionsOf("wahlrecht", text)).map((statement) => statement.statement);
    expect(statements).toContain("Peter Maurer ist Politologe.");
    expect(statements).toContain("Lisa Berger ist Politikwissenschafterin.");
  });
});
