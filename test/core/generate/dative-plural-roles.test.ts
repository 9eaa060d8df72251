/**
 * A role noun in "-er" or "-el" in the dative plural before names ("bei den Ministern Anna Berger (Familien) und Paul
 * Huber (Landwirtschaft)"): a plural that names women and men alike, so it states no gender, and the office is asked in
 * its singular, in each person's own gender ("Anna Berger ist Ministerin."). Texts written here.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { statementsOf } from "./statements";

const text = (names: string) => `Regierung im Umbau

Wien – Der Bundeskanzler plant einen Umbau seiner Regierung. Unruhe herrscht deshalb vor allem bei den Ministern ${names}. Die Opposition fordert Neuwahlen im Herbst.`;

const WOMAN_FIRST = "Anna Berger (Familien) und Paul Huber (Landwirtschaft)";

describe("a role noun in the dative plural before names", () => {
  it("gives a woman no masculine gender and the role in the singular", () => {
    const berger = extractFacts(text(WOMAN_FIRST)).persons.find((person) => person.name === "Anna Berger");
    expect(berger?.gender).toBe("female");
    expect(berger?.role).toBe("Minister");
  });

  it("states her office in her gender, never the masculine form", () => {
    const statements = statementsOf("umbau", text(WOMAN_FIRST)).map((question) => question.statement);
    expect(statements.filter((statement) => /^Anna Berger ist Ministern?\b\.?/u.test(statement) && !statement.includes("Ministerin"))).toEqual([]);
    expect(statements).toContain("Anna Berger ist Ministerin.");
  });

  it("keeps a man's office masculine", () => {
    const statements = statementsOf("umbau", text("Paul Huber (Landwirtschaft) und Anna Berger (Familien)")).map((question) => question.statement);
    expect(statements).toContain("Paul Huber ist Minister.");
  });
});
