/**
 * A company whose brand ends in digits ("Der Mobilfunker O2", "Der Provider Tele2", "A1") acts and is another
 * company's rival as one named by letters alone: what it did is asked and may be given to another company in a false
 * statement. Only after the noun of its kind: alone such a word may be a product's model ("Pix M10"), and a type's
 * number after a hyphen ("Sars-CoV-2") is none. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;
type Single = Extract<Question, { type: "single" }>;

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const statementsOf = (questions: readonly Question[]) => questions.filter((question): question is Statement => question.type === "truefalse");
const singlesOf = (questions: readonly Question[]) => questions.filter((question): question is Single => question.type === "single");

const DATA_TRAP = `Teure Datenfalle im Handy

London – Der Softwarekonzern Sonnwerk hat mit seinem neuen Update eine Funktion eingeführt, die hohe Kosten verursachen kann. Der britische Mobilfunker Fon4 informiert seine Kunden nun per SMS über die Funktion. Der Provider Netz7 bietet seinen Kunden dagegen einen kostenlosen Datenpass an.`;

const TARIFFS = `Neuer Tarif ohne Bindung

Wien – Der Provider Netz7 bietet Internet und Fernsehen nun ohne Bindung an. Das Paket kostet ab 25 Euro im Monat. Der Mobilfunker Fon4 hatte im Sommer einen ähnlichen Tarif gestartet.`;

describe("a company whose brand ends in digits", () => {
  it("has its deed stated by its name and given to another company in a false statement", () => {
    const statements = statementsOf(questionsOf("data-trap", DATA_TRAP));
    expect(statements).toContainEqual(expect.objectContaining({ statement: "Fon4 informiert seine Kunden nun per SMS über die Funktion.", answer: true }));
    const given = statements.filter((statement) => !statement.answer && statement.statement.includes("informiert seine Kunden"));
    expect(given.length).toBeGreaterThan(0);
    for (const statement of given) expect(statement.statement).toMatch(/^(?:Netz7|Sonnwerk) informiert /u);
  });

  it("is a wrong option of who did another company's deed", () => {
    const who = singlesOf(questionsOf("data-trap", DATA_TRAP)).find((question) => question.stem.includes("eine Funktion eingeführt"));
    expect(who?.options.map((option) => option.text).sort()).toEqual(
      ["Der Provider Netz7", "Der Softwarekonzern Sonnwerk", "Der britische Mobilfunker Fon4"].sort(),
    );
    expect(who?.options.find((option) => option.id === who.answer)?.text).toBe("Der Softwarekonzern Sonnwerk");
  });

  it("has a rival of its own kind where two such brands act", () => {
    const statements = statementsOf(questionsOf("tariffs", TARIFFS)).map((statement) => [statement.statement, statement.answer]);
    expect(statements).toContainEqual(["Netz7 bietet Internet und Fernsehen nun ohne Bindung an.", true]);
    expect(statements).toContainEqual(["Fon4 bietet Internet und Fernsehen nun ohne Bindung an.", false]);
  });

  it("leaves a virus's type number after a hyphen no company", () => {
    const text = `Neue Virusvariante

Genf – Das Virus Sars-CoV-2 verbreitet sich in Europa wieder schneller. Der Pharmakonzern Heilwerk testet einen neuen Impfstoff. Die Behörde rechnet mit einer Zulassung im Herbst.`;
    const told = [
      ...statementsOf(questionsOf("virus", text)).map((statement) => statement.statement),
      ...singlesOf(questionsOf("virus", text)).flatMap((question) => question.options.map((option) => option.text)),
    ];
    expect(told.filter((words) => words.includes("Sars-CoV-2") && /testet|rechnet/u.test(words))).toEqual([]);
  });

  it("leaves a product's model ending in digits, named without a company's kind, no rival of its maker", () => {
    const text = `Neue Kameras im Herbst

Tokio – Der Kamerahersteller Lichtwerk hat am Dienstag zwei neue Modelle vorgestellt. PIX M10 heißt die kleinere Kamera, deren Sensor 20 Megapixel liefert. Auf einen Sucher hat Lichtwerk hingegen verzichtet. Mit der PIX G5 und der PIX G7 sollen im November auch zwei kompakte Kameras in den Handel kommen. Die PIX G7 hat einen größeren Zoom.`;
    const questions = questionsOf("cameras", text);
    const told = [
      ...statementsOf(questions).map((statement) => statement.statement),
      ...singlesOf(questions).flatMap((question) => question.options.map((option) => option.text)),
    ];
    expect(told.filter((words) => words.includes("PIX"))).toEqual([]);
  });
});
