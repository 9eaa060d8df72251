/** A company named with a town's adjective ("Die Gmundner Milch"): the adjective is part of the name, no kind noun before it. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => (question.type === "truefalse" && question.topic === "action" ? [question.statement] : []));

describe("a town's adjective before a company's noun after 'Die' or 'Das'", () => {
  const text = `Molkereien senken Milchpreis

Linz – Die Molkereien senken ab Dezember den Preis für Milch. Die Kremser Molkerei zahlt künftig 41 Cent für einen Kilogramm Milch. Das Wiener Burgtheater verkauft seine Karten künftig nur noch online. Die Salzburg AG hat ihre Preise erhöht.`;

  it("never leaves the noun alone as the actor ('Molkerei zahlt ...', 'Burgtheater verkauft ...')", () => {
    const made = statementsOf("milch", text);
    expect(made.filter((statement) => /^(?:Molkerei|Burgtheater)\s/u.test(statement))).toEqual([]);
  });
});
