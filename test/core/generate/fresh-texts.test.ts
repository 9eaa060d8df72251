/**
 * The generator on German news texts about other topics than the corpus, one text at a time as a
 * teacher would paste it: what a careful reader asks (test/fixtures/generate-texts/expectations.json)
 * is asked, traps are respected, and every question is sound.
 */
import { describe, expect, it } from "vitest";
import { BankFile, type Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";
import expectations from "../../fixtures/generate-texts/expectations.json";
import hochwasser from "../../fixtures/generate-texts/hochwasser-slowenien.txt?raw";
import nordsee from "../../fixtures/generate-texts/nordsee-konferenz.txt?raw";
import pandemiefonds from "../../fixtures/generate-texts/pandemiefonds-videokonferenz.txt?raw";
import { allEvidence, correctTexts, expectCountriesAsked, expectFactAsked, expectTrapRespected, fold, type SeedFact, type Trap } from "../bank/answers";

const texts: Record<string, string> = {
  "hochwasser-slowenien.txt": hochwasser,
  "nordsee-konferenz.txt": nordsee,
  "pandemiefonds-videokonferenz.txt": pandemiefonds,
};
const documents = expectations.documents as Record<string, { facts: SeedFact[]; traps: Trap[] }>;

describe.each(Object.entries(documents))("%s", (file, { facts, traps }) => {
  const text = texts[file]!;
  const [bank] = generateBank([{ id: file.replace(/\.txt$/u, ""), file, text }]);
  const questions: Question[] = bank!.questions;

  it("yields a sound bank file with several kinds of question", () => {
    BankFile.parse(bank);
    expect(new Set(questions.map((question) => question.type)).size).toBeGreaterThanOrEqual(3);
    for (const question of questions) {
      for (const evidence of allEvidence(question)) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      const shown = question.type === "cloze" ? `${question.stem} ${question.before} ${question.after}` : question.stem;
      for (const answer of correctTexts(question)) expect(fold(shown)).not.toContain(fold(answer));
      expect(question.stem).not.toMatch(/undefined|\[object|\s{2}|\s[,.?]/u);
    }
  });

  it("gives the same questions for the same text", () => {
    expect(JSON.stringify(generateBank([{ id: bank!.document.id, file, text }]))).toBe(JSON.stringify([bank]));
  });

  it.each(facts.filter((fact) => fact.kind !== "countries_named").map((fact) => [`${fact.kind}: ${JSON.stringify(fact.answer)}`, fact] as const))(
    "asks about %s",
    (_, fact) => expectFactAsked(questions, fact),
  );
  it.each(facts.filter((fact) => fact.kind === "countries_named").map((fact) => [fact] as const))("asks which countries are named", (fact) =>
    expectCountriesAsked(questions, fact),
  );
  it.each(traps.map((trap) => [trap.why, trap] as const))("respects the trap: %s", (_, trap) => expectTrapRespected(questions, trap));
});
