/**
 * What a text tells as to come is not stated as done, and a denial of what a deed calls something stands before "als":
 * through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const statements = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question: Question) =>
    question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

const FORECAST = `Forscher erwarten schwieriges Jahr

Wien – Die Wirtschaftsforscher rechnen mit einem schwierigen Jahr. Die Inflation sinkt im kommenden Jahr auf 2,1 Prozent. Die Arbeitslosigkeit steigt 2027 auf zehn Prozent. Die Zahl der Firmenpleiten stieg im Vorjahr auf 6.000. Die Regierung kündigte ein Konjunkturpaket an. Die Opposition kritisierte die Pläne der Regierung als zu zaghaft.`;

const CLOSING = `Spital schließt Geburtenstation

Kirchdorf – Das Krankenhaus Kirchdorf schließt Ende Juni seine Geburtenstation. Es fehlten Hebammen, sagte Direktorin Eva Huber. Die Gemeinde kritisierte die Entscheidung scharf.`;

describe("a change or an act in the present with a time ahead", () => {
  it("is no statement in the perfect ('Die Inflation ist im kommenden Jahr ... gesunken'), while a past change is", () => {
    const told = statements("prognose", FORECAST).map((one) => one.statement);
    expect(told.filter((statement) => /Inflation|Arbeitslosigkeit/u.test(statement))).toEqual([]);
    expect(told).toContain("Die Zahl der Firmenpleiten ist im Vorjahr auf 6.000 gestiegen.");
  });

  it("'schließt Ende Juni' is not told as done", () => {
    const told = statements("spital", CLOSING).map((one) => one.statement);
    expect(told.filter((statement) => /geschlossen/u.test(statement))).toEqual([]);
  });
});

describe("a denial of a deed that calls something so ('als zu zaghaft')", () => {
  it("puts 'nicht' before 'als'", () => {
    const found = statements("prognose", FORECAST).filter((one) => one.statement.includes("zaghaft"));
    expect(found).toContainEqual({ statement: "Die Opposition hat die Pläne der Regierung als zu zaghaft kritisiert.", answer: true });
    expect(found).toContainEqual({ statement: "Die Opposition hat die Pläne der Regierung nicht als zu zaghaft kritisiert.", answer: false });
  });
});
