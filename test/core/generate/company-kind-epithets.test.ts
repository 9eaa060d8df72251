/**
 * A company introduced by the noun of its trade ("Der Energieversorger Donaustrom", "Die Fluggesellschaft Alpair") and
 * then called "das Unternehmen", "der Konzern" or by its trade alone ("die Airline"): its later deeds and words are
 * the company's, stated by its name, as for a company introduced as "Konzern" or "Hersteller" (company-epithets.test.ts).
 * Where the text names two companies of such trades, the noun may be either's and nothing is stated. Through the whole
 * generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;
type Single = Extract<Question, { type: "single" }>;

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const statementsOf = (questions: readonly Question[]) => questions.filter((question): question is Statement => question.type === "truefalse");
const optionsOf = (questions: readonly Question[]) =>
  questions.flatMap((question) => (question.type === "single" ? (question as Single).options.map((option) => option.text) : []));

const POWER = `Strompreise steigen

Linz – Der Energieversorger Donaustrom erhöht mit April die Strompreise um neun Prozent. Das Unternehmen begründete die Erhöhung mit den hohen Einkaufspreisen an der Strombörse. Der Konzern hatte im Vorjahr einen Gewinn von 210 Millionen Euro erzielt. Die Arbeiterkammer kritisierte die Erhöhung scharf.`;

const FLIGHTS = `Flugausfälle zu Ostern

Wien – Die Fluggesellschaft Alpair streicht zu Ostern 120 Flüge nach Deutschland und Italien. Das Unternehmen will die betroffenen Passagiere auf andere Verbindungen umbuchen. Die Airline erklärte, der Mangel an Piloten sei der Grund für die Ausfälle. Die Gewerkschaft Vida kritisierte das Management scharf.`;

const BRAKES = `Streit um Bremsen

Stuttgart – Der Autobauer Nordwagen hat den Zulieferer Kremtec wegen fehlerhafter Bremsen verklagt. Der Konzern fordert Schadenersatz in Höhe von 40 Millionen Euro. Die Staatsanwaltschaft prüft den Fall.`;

describe("a company introduced by its trade and then called by a company's noun", () => {
  it("has its later deeds stated by its name, also the key figure of its accounts", () => {
    const stated = statementsOf(questionsOf("power", POWER));
    expect(stated).toContainEqual(
      expect.objectContaining({
        statement: "Der Energieversorger Donaustrom begründete die Erhöhung mit den hohen Einkaufspreisen an der Strombörse.",
        answer: true,
      }),
    );
    expect(stated).toContainEqual(
      expect.objectContaining({ statement: "Der Energieversorger Donaustrom hatte im Vorjahr einen Gewinn von 210 Millionen Euro erzielt.", answer: true }),
    );
    expect(stated.filter((statement) => /^(?:Das Unternehmen|Der Konzern)\s/u.test(statement.statement))).toEqual([]);
  });

  it("has what it did and said as the trade's noun alone ('die Airline') stated by its name", () => {
    const questions = questionsOf("flights", FLIGHTS);
    expect(statementsOf(questions)).toContainEqual(
      expect.objectContaining({ statement: "Die Fluggesellschaft Alpair will die betroffenen Passagiere auf andere Verbindungen umbuchen.", answer: true }),
    );
    const words = [...statementsOf(questions).map((statement) => statement.statement), ...optionsOf(questions)].filter((text) =>
      text.includes("Mangel an Piloten"),
    );
    expect(words).toContain("Die Fluggesellschaft Alpair sagte sinngemäß: Der Mangel an Piloten sei der Grund für die Ausfälle.");
    expect(words.filter((text) => text.startsWith("Die Airline"))).toEqual([]);
  });

  it("states nothing of 'der Konzern' where the text names two companies of such trades", () => {
    const questions = questionsOf("brakes", BRAKES);
    const told = [...statementsOf(questions).map((statement) => statement.statement), ...optionsOf(questions)];
    expect(told.filter((text) => text.includes("Schadenersatz"))).toEqual([]);
  });
});
