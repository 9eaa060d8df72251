/**
 * A company's deed in a lead that introduces it with adjectives and its kind ("Der schwedische Möbelkonzern Nordhem will
 * ..."): stated by its name alone, as one introduced by its kind alone is (company-names.test.ts), so the main event of
 * an economy report is asked. Also where the deed goes on after "und" with "sie" for its own object ("will die
 * Belegschaft beteiligen und sie als Eigner gewinnen"). Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const statementsOf = (text: string) =>
  generateBank([{ id: "lead", text }])[0]!.questions.filter((question): question is Statement => question.type === "truefalse");

const FURNITURE = `Möbelkonzern baut um

Stockholm – Der schwedische Möbelkonzern Nordhem will bis 2030 in Europa zwanzig neue Filialen eröffnen. Die Gewerkschaft Handel kritisierte die Pläne.`;

const SHARES = `Belegschaft soll mitverdienen

Graz – Der steirische Stahlkonzern Murtalstahl will seine Belegschaft stärker am Gewinn beteiligen und sie als Teilhaber gewinnen. Die Gewerkschaft Pro-Ge begrüßte die Pläne.`;

const TAXES = `Streit um Abgaben

Graz – Bürgermeister Karl Huber hat die neuen Abgaben vorgestellt und sie gegen die Kritik der Opposition verteidigt. Die Opposition will klagen.`;

describe("a company introduced with adjectives and its kind", () => {
  it("is stated by its name alone where the statement would otherwise be the lead's sentence word for word", () => {
    const stated = statementsOf(FURNITURE).map((statement) => statement.statement);
    expect(stated).toContain("Nordhem will bis 2030 in Europa zwanzig neue Filialen eröffnen.");
    expect(stated.some((statement) => statement.startsWith("Der schwedische Möbelkonzern Nordhem will"))).toBe(false);
  });

  it("has its deed asked where it goes on after 'und' with 'sie' for the deed's own object", () => {
    expect(statementsOf(SHARES)).toContainEqual(
      expect.objectContaining({ statement: "Murtalstahl will seine Belegschaft stärker am Gewinn beteiligen und sie als Teilhaber gewinnen.", answer: true }),
    );
  });
});

describe("'sie' after 'und' in a deed", () => {
  it("stands for the deed's own object in the feminine or plural, so the deed is asked", () => {
    expect(statementsOf(TAXES).some((statement) => statement.statement.includes("und sie gegen die Kritik der Opposition verteidigt"))).toBe(true);
  });

  it("still points back where the deed's first clause names nothing 'sie' could stand for", () => {
    const spoke = (object: string) => `Streit um Abgaben

Graz – Die Opposition lehnt die Abgaben ab. Bürgermeister Karl Huber hat gestern im Rathaus gesprochen und ${object}scharf kritisiert.`;
    const asked = (text: string) => statementsOf(text).some((statement) => statement.statement.startsWith("Karl Huber hat gestern im Rathaus gesprochen"));
    expect(asked(spoke(""))).toBe(true);
    expect(asked(spoke("sie "))).toBe(false);
  });
});
