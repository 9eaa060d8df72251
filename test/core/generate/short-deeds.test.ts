/** Deeds of two words, an object noun after an article or an adverb ("übernimmt die Kosten", "sucht nun Zeugen"): whole deeds. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a deed of an object noun alone after its verb", () => {
  const hall = `Neue Turnhalle für Freistadt

Freistadt. Die Gemeinde Freistadt baut eine neue Turnhalle für ihre Volksschule. Das Land Oberösterreich übernimmt die Kosten. Die Arbeiten beginnen im Mai, sagte Bürgermeister Karl Brandstätter.`;

  it("states who bears the costs, truly and of the other body", () => {
    const made = statementsOf("halle", hall).filter((statement) => statement.statement.includes("Kosten"));
    expect(made).toContainEqual({ statement: "Das Land Oberösterreich hat die Kosten übernommen.", answer: true });
    expect(made).toContainEqual({ statement: "Die Gemeinde Freistadt hat die Kosten übernommen.", answer: false });
  });

  const theft = `Einbruch in Trafik

Wels. Unbekannte sind in der Nacht auf Freitag in eine Trafik in der Innenstadt eingebrochen. Sie erbeuteten Zigaretten und Bargeld. Die Polizei sucht nun Zeugen.`;

  it("states a search that goes on with its adverb first, not in the perfect, and no becoming", () => {
    const made = statementsOf("trafik", theft).filter((statement) => statement.statement.includes("Zeugen"));
    expect(made).toContainEqual({ statement: "Nun sucht die Polizei Zeugen.", answer: true });
    expect(made.filter((statement) => statement.statement.includes("gesucht"))).toEqual([]);
    // A phrase after a preposition ("wird zum Tatort") is a becoming, no deed of two words.
    const become = theft.replace("Die Polizei sucht nun Zeugen.", "Die Trafik wird zum Tatort.");
    expect(statementsOf("trafik", become).filter((statement) => statement.statement.includes("Tatort"))).toEqual([]);
  });
});

describe("an institution named by a building's noun and its place", () => {
  const school = `Handyverbot an Volksschule

Steyr. Die Volksschule Tabor verbietet ab Montag Handys im Unterricht. Die Kinder müssen ihre Geräte am Morgen abgeben. Der Elternverein ist mit der Regel zufrieden.`;

  it("names the school in full, never its place alone, and opens a present of a day to come with the day", () => {
    const made = statementsOf("schule", school).filter((statement) => statement.statement.includes("Handys"));
    expect(made).toContainEqual({ statement: "Ab Montag verbietet die Volksschule Tabor Handys im Unterricht.", answer: true });
    // With no day to open it, the school's deed by its place alone ("Tabor verbietet ...") would read as the town's.
    const undated = statementsOf("schule", school.replace("verbietet ab Montag Handys", "erlaubt keine Handys"));
    expect(undated.filter((statement) => statement.statement.startsWith("Tabor"))).toEqual([]);
  });
});

describe("a business named after the family of a person the text names", () => {
  const bakery = `Traditionsbäckerei sperrt zu

Linz. Die Bäckerei Gruber in Urfahr sperrt Ende April zu. Das teilte Inhaberin Maria Gruber am Dienstag mit. Als Grund nannte sie fehlendes Personal.`;

  it("reads the bakery as the actor, not the owner, and opens its closing with the time to come", () => {
    const made = statementsOf("baeckerei", bakery);
    expect(made).toContainEqual({ statement: "Ende April sperrt die Bäckerei Gruber in Urfahr zu.", answer: true });
    expect(made.filter((statement) => statement.statement.startsWith("Maria Gruber sperrt"))).toEqual([]);
  });
});
