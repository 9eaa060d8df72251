/**
 * A deed's statement leaves out what brackets add after a name (a party and an age: "Peter Maier (ÖVP, 58)"), as the
 * deed is true without it; a deed with no bracket is stated as written (findDeed looks for brackets only where the
 * deed has one). Through the whole generator on a text of our own.
 */
import { describe, expect, it } from "vitest";
import { statementsOf } from "./statements";

const BOARD = `Neuer Vorstand in Graz

Graz – Der Aufsichtsrat der Stadtwerke hat am Montag einen neuen Vorstand bestellt. Bürgermeister Josef Huber lobte den neuen Vorstandschef Peter Maier (ÖVP, 58) für seine Erfahrung. Landesrätin Eva Gruber (SPÖ) begrüßte die Entscheidung.`;

const trueStatements = () =>
  statementsOf("board", BOARD)
    .filter((question) => question.answer)
    .map((question) => question.statement);

describe("a deed with a party and an age in brackets after a name", () => {
  it("is stated without the brackets", () => {
    expect(trueStatements()).toContain("Josef Huber lobte den neuen Vorstandschef Peter Maier für seine Erfahrung.");
    for (const statement of trueStatements()) expect(statement).not.toContain("(");
  });

  it("leaves a deed without brackets as the text words it", () => {
    expect(trueStatements()).toContain("Am Montag hat der Aufsichtsrat der Stadtwerke einen neuen Vorstand bestellt.");
  });
});
