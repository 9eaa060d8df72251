/**
 * A deed whose sentence goes on with a clause that points back ("..., nachdem dieser die Kürzungen verteidigt hatte",
 * "..., in denen dieser Auskunft verlangt"): a clause of time or concession, or a relative clause after a preposition,
 * is left out of the statement, which is true without it; a purpose ("..., um diese Pläne umzusetzen") is not, as the
 * deed says little without it. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const deedStatements = (text: string) =>
  generateBank([{ id: "tail", text }])[0]!.questions.filter((question): question is Statement => question.type === "truefalse" && question.topic === "action");

const told = (text: string) => deedStatements(text).map((statement) => `${statement.answer}: ${statement.statement}`);

describe("a clause after the deed that points back", () => {
  it("is left out where it tells when ('nachdem dieser ...'): the deed is asked without it", () => {
    const stated = told(
      "Linz – Bürgermeister Karl Huber hat am Montag seinen Finanzstadtrat Peter Moser zu sich bestellt, nachdem dieser die Kürzungen öffentlich verteidigt hatte. Die Opposition fordert Neuwahlen.",
    );
    expect(stated).toContain("true: Karl Huber hat am Montag seinen Finanzstadtrat Peter Moser zu sich bestellt.");
    expect(stated.some((statement) => statement.includes("dieser"))).toBe(false);
  });

  it("is left out where it is a relative clause after a preposition ('in denen dieser ...')", () => {
    const stated = told(
      "Graz – Die Landesregierung hat am Montag Briefe des Rechnungshofs erhalten, in denen dieser Auskunft über die Spitalskosten verlangt. Die Opposition fordert Aufklärung.",
    );
    expect(stated).toContain("true: Am Montag hat die Landesregierung Briefe des Rechnungshofs erhalten.");
    expect(stated).toContain("false: Am Montag hat die Landesregierung keine Briefe des Rechnungshofs erhalten.");
  });

  it("keeps the deed unasked where the clause is its purpose ('um diese Pläne ...')", () => {
    const stated = told(
      "Linz – Bürgermeister Karl Huber hat am Montag einen neuen Anlauf unternommen, um diese Pläne doch noch umzusetzen. Die Opposition fordert Neuwahlen.",
    );
    expect(stated.some((statement) => statement.includes("Anlauf"))).toBe(false);
  });
});
