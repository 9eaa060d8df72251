/**
 * An adverb or particle between a role and the name set off by commas after it ("Der Gouverneur selbst, Iwan Petrow,
 * trat ... zurück", "Die Ministerin hingegen, ...") belongs to the clause, not to the role: the person holds the role
 * without it, and no question asks for "Gouverneur selbst". A complement that ends in a noun stays the role's. Texts
 * written here.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const text = (between: string) => `Skandal um Landesbank

Sofia – Gegen zwei Vorstände der Landesbank wurde am Montag Anklage erhoben. Der Gouverneur ${between}, Iwan Petrow, trat schon im Juni zurück. Die Opposition fordert nun Neuwahlen. Die Finanzministerin hingegen, Maria Iwanowa, will im Amt bleiben.`;

const roleOf = (source: string, name: string) => extractFacts(source).persons.find((person) => person.name === name)?.role;

describe("a word in lower case between a role and its apposition", () => {
  it("is no part of the role ('Der Gouverneur selbst, Iwan Petrow,')", () => {
    for (const adverb of ["selbst", "persönlich", "wiederum"]) expect(roleOf(text(adverb), "Iwan Petrow")).toBe("Gouverneur");
    expect(roleOf(text("selbst"), "Maria Iwanowa")).toBe("Finanzministerin");
  });

  it("asks no question with the adverb as part of the role", () => {
    const [bank] = generateBank([{ id: "landesbank", text: text("selbst") }]);
    const shown = bank!.questions.map((question) => (question.type === "truefalse" ? question.statement : question.stem));
    expect(shown.filter((line) => /Gouverneur selbst\b|Finanzministerin hingegen\b/u.test(line))).toEqual([]);
    expect(shown).toContain("Iwan Petrow ist Gouverneur.");
  });

  it("keeps a complement that ends in a noun ('Der Gouverneur der Notenbank, Iwan Petrow,')", () => {
    expect(roleOf(text("der Notenbank"), "Iwan Petrow")).toBe("Gouverneur der Notenbank");
  });
});
