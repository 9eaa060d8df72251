/**
 * A name set off by commas behind a noun ("den früheren Bürgermeister von Kuchl, Anton Reiter, wegen Untreue zu ...
 * verurteilt"): part of the deed's clause, which goes on after it, so the verdict is asked with its figure changed;
 * not where a relative clause follows the name.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";
import { extractFacts } from "../../../src/extract/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const VERDICT = `Geldstrafe für Bürgermeister

Salzburg – Das Landesgericht Salzburg hat am Dienstag den früheren Bürgermeister von Kuchl, Anton Reiter, wegen Untreue zu einer Geldstrafe von 20.000 Euro verurteilt. Reiter hatte Geld der Gemeinde auf eigene Konten überwiesen. Sein Anwalt Peter Hofmann kündigte Berufung an.`;

const RELATIVE = `Neuer Chef für Klinik

Graz – Der Aufsichtsrat hat am Montag den Leiter der Chirurgie, Martin Steiner, der seit 2019 im Haus arbeitet, zum Primar bestellt. Steiner folgt auf Eva Gruber. Die Klinik hat 400 Betten.`;

describe("a name between commas behind a noun", () => {
  it("is part of the deed's clause", () => {
    const [action] = extractFacts(VERDICT).actions.filter((one) => one.verb.text === "hat");
    expect(VERDICT.slice(action!.clause.start, action!.clause.end)).toMatch(/Anton Reiter, wegen Untreue .* verurteilt$/u);
  });

  it("leaves the verdict's figure to be asked", () => {
    const [bank] = generateBank([{ id: "verdict", text: VERDICT }]);
    const statements = bank!.questions.filter((question): question is Statement => question.type === "truefalse");
    const falsehood = statements.find((statement) => !statement.answer && statement.statement.includes("Geldstrafe"));
    expect(falsehood?.statement).toMatch(
      /^Am Dienstag hat das Landesgericht Salzburg den früheren Bürgermeister von Kuchl, Anton Reiter, wegen Untreue zu einer Geldstrafe von [\d.]+ Euro verurteilt\.$/u,
    );
    expect(falsehood?.statement).not.toContain("20.000");
  });

  it("is no apposition where a relative clause follows it", () => {
    const [action] = extractFacts(RELATIVE).actions.filter((one) => one.verb.text === "hat");
    expect(RELATIVE.slice(action!.clause.start, action!.clause.end)).not.toContain("Martin Steiner");
  });
});
