/**
 * Main clauses that a conjunction joins to the sentence before ("Denn die Behörde sieht ...", "Doch am Montag lehnte
 * die Regierung ... ab"): the deed is the clause after the conjunction, on short texts written for the test.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const deeds = (text: string) => extractFacts(text).actions.map((action) => [action.actor.text, text.slice(action.clause.start, action.clause.end)]);

describe("a main clause after a joining conjunction", () => {
  it("reads the actor right after the conjunction, and the actor after the verb, without the conjunction", () => {
    const text = `Streit um Gebühren

Wien – Die Reisebüros haben sich bei der Behörde beschwert. Denn die Fluglinie Aviona verlangt für jede Buchung eine Gebühr. Doch am Montag lehnte die Wettbewerbsbehörde eine Prüfung ab.`;
    expect(deeds(text)).toEqual(
      expect.arrayContaining([
        ["die Fluglinie Aviona", "die Fluglinie Aviona verlangt für jede Buchung eine Gebühr"],
        ["die Wettbewerbsbehörde", "am Montag lehnte die Wettbewerbsbehörde eine Prüfung ab"],
      ]),
    );
  });

  it("reads no deed where a verb follows the conjunction or an attribution after a comma reports the words", () => {
    const text = `Streit um Gebühren

Wien – Die Reisebüros haben sich beschwert. Doch sei die Wettbewerbsbehörde dafür nicht zuständig. Denn die Wettbewerbsbehörde sieht keinen Anlass, ein Verfahren einzuleiten, heißt es in einem Schreiben.`;
    expect(deeds(text).filter(([actor]) => actor?.toLowerCase() === "die wettbewerbsbehörde")).toEqual([]);
  });

  it("states the deed without the conjunction and with its actor's article capitalised", () => {
    const text = `Streit um Gebühren

Wien – Die Reisebüros haben sich bei der Behörde beschwert. Denn die Fluglinie Aviona verlangt für jede Buchung eine Gebühr von 16 Euro.`;
    const statements = (generateBank([{ id: "t", text }])[0]?.questions ?? []).flatMap((question) =>
      question.type === "truefalse" && question.answer ? [question.statement] : [],
    );
    expect(statements.some((statement) => statement.startsWith("Die Fluglinie Aviona") && statement.includes("eine Gebühr von 16 Euro"))).toBe(true);
    expect(statements.some((statement) => /^Denn\b/u.test(statement))).toBe(false);
  });
});
