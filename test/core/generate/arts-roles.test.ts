/**
 * People of the arts introduced by their trade ("Die Malerin Helga Brandstätter", "Bildhauer Karl Prantl"): a person
 * with that role, whose deeds are asked, not a term ("Bis zuletzt arbeitete ___ täglich in ihrem Atelier.").
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const OBITUARY = `Bildhauerin gestorben

Wien – Die Bildhauerin Margarethe Pfaffenbichler ist tot. Sie starb am Freitag im Alter von 91 Jahren. Pfaffenbichler stellte im Jahr 1975 erstmals in der Secession aus. Museumsdirektor Klaus Albrecht würdigte sie als große Künstlerin.`;

describe("a person introduced by an artist's trade", () => {
  it("is a person with that role", () => {
    const person = extractFacts(OBITUARY).persons.find((one) => one.surname === "Pfaffenbichler");
    expect(person).toMatchObject({ name: "Margarethe Pfaffenbichler", role: "Bildhauerin" });
  });

  it("is asked about as a person", () => {
    const [bank] = generateBank([{ id: "obituary", text: OBITUARY }]);
    const said = bank!.questions.filter((question): question is Statement => question.type === "truefalse").map((question) => question.statement);
    expect(said).toContain("Margarethe Pfaffenbichler starb am Freitag im Alter von 91 Jahren.");
    expect(said).toContain("Margarethe Pfaffenbichler stellte im Jahr 1975 erstmals in der Secession aus.");
  });
});
