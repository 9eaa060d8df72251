/**
 * The acceptance bar, read from test/fixtures/seed-facts.json against the committed bank: for every
 * fact there is a question whose correct answer is that fact and whose evidence contains the fact's
 * evidence text; nothing under "traps" is ever a correct answer.
 */
import { describe, expect, it } from "vitest";
import { bankFiles } from "../../../questions/index";
import fixture from "../../fixtures/seed-facts.json";
import { allEvidence, expectCountriesAsked, expectFactAsked, expectTrapRespected, questionsOf, type SeedFact, type Trap } from "./answers";

const documents = fixture.documents as Record<string, { facts: SeedFact[]; traps: Trap[] }>;

describe.each(Object.entries(documents))("%s", (file, { facts, traps }) => {
  const questions = questionsOf(bankFiles, file.replace(/\.txt$/u, ""));
  const single = facts.filter((fact) => fact.kind !== "countries_named");
  const countries = facts.filter((fact) => fact.kind === "countries_named");

  it.each(single.map((fact) => [`${fact.kind}: ${JSON.stringify(fact.answer)}`, fact] as const))("asks about %s", (_, fact) => {
    expectFactAsked(questions, fact);
  });
  it.each(countries.map((fact) => [fact] as const))("asks which countries are named, all of them and only them as correct", (fact) => {
    expectCountriesAsked(questions, fact);
  });
  it.each(traps.map((trap) => [trap.why, trap] as const))("respects the trap: %s", (_, trap) => {
    expectTrapRespected(questions, trap);
  });
});

describe("across documents", () => {
  for (const change of fixture.cross_document) {
    it(`asks about ${change.kind}, naming which text each count comes from`, () => {
      const values = change.answer.map((entry) => entry.value);
      const difference = Math.max(...values) - Math.min(...values);
      const all = bankFiles.flatMap((file) => file.questions);
      const crossing = all.filter((question) => question.topic === "member_count_change");
      expect(crossing.some((question) => question.type === "numeric" && question.answer === difference)).toBe(true);
      for (const question of crossing) {
        const documentsCited = new Set(allEvidence(question).map((item) => item.documentId));
        expect(documentsCited.size).toBeGreaterThanOrEqual(2);
      }
      // The question belongs to one of the texts (the page names it); its stem names only the other one.
      for (const question of crossing) {
        expect(question.stem).not.toContain(bankFiles.find((file) => file.document.id === question.documentId)!.document.title);
      }
    });
  }
});
