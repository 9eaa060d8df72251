/**
 * A member of an Austrian state's government named by portfolio ("Finanzreferentin Gaby Schaunig", "der
 * Gesundheitsreferent Peter Huber") is a person with that office, and the pool asks it: a quiz on a state
 * parliament's session otherwise names the member it is about without any question on her.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const REPORT = `Landtag streitet über Spitäler

Klagenfurt – Die Opposition hat im Landtag am Donnerstag einen Misstrauensantrag gegen Finanzreferentin Gaby Schaunig (SPÖ) eingebracht. Der Gesundheitsreferent Peter Huber verteidigte die geplanten Einsparungen bei den Landesspitälern. Der Antrag wurde dem zuständigen Ausschuss zugewiesen.`;

describe("a state government member named by portfolio", () => {
  it("is a person with that office, in either gender", () => {
    const persons = extractFacts(REPORT).persons;
    expect(persons.find((person) => person.surname === "Schaunig")).toMatchObject({ role: "Finanzreferentin", gender: "female" });
    expect(persons.find((person) => person.surname === "Huber")).toMatchObject({ role: "Gesundheitsreferent", gender: "male" });
  });

  it("is asked in the pool by the office the text gives", () => {
    const [bank] = generateBank([{ id: "landtag", text: REPORT }]);
    const offices = (bank?.questions ?? []).filter((question) => question.topic === "person_role");
    const asked = offices.map((question) => JSON.stringify(question));
    expect(asked.some((text) => text.includes("Finanzreferentin") && text.includes("Schaunig"))).toBe(true);
  });
});
