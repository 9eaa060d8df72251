/**
 * An institution the text introduces by its kind ("Der Molkereikonzern Bergland zahlt ...") whose deed opens the
 * sentence in the present: stated by its name alone, as a person's deed is stated without their role, and falsely of
 * a rival institution of the text; never a place that qualifies the noun ("Die Universität Graz"). Through the
 * whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

function statements(id: string, text: string): { statement: string; answer: boolean }[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));
}

const DAIRY = `Molkerei zahlt mehr

Der Molkereikonzern Bergland zahlt seinen Bauern künftig mehr Geld für die Milch. Der Preis steigt um drei Cent je Liter. Der Konkurrent Talhof prüft einen ähnlichen Schritt. Der Bauernverband begrüßte die Entscheidung.`;

const LAB = `Neues Labor

Die Universität Graz eröffnet ein neues Labor für Batterieforschung. Das Labor kostet vier Millionen Euro. Die Firma Voltix liefert die Geräte. Die Landesregierung begrüßte das Projekt.`;

describe("an institution named after its kind noun", () => {
  it("states its deed of the sentence's start by its name, true of it and false of a rival", () => {
    const made = statements("bergland", DAIRY).filter((question) => question.statement.includes("seinen Bauern"));
    expect(made).toContainEqual({ statement: "Bergland zahlt seinen Bauern künftig mehr Geld für die Milch.", answer: true });
    expect(made).toContainEqual({ statement: "Talhof zahlt seinen Bauern künftig mehr Geld für die Milch.", answer: false });
  });

  it("keeps a place after the noun as part of the name", () => {
    const made = statements("graz", LAB);
    expect(made.some((question) => question.statement.startsWith("Graz "))).toBe(false);
  });
});
