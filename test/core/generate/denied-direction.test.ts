/** A deed that leads somewhere ("ins Ministerium zitiert"), denied: "nicht" before the phrase of direction. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => (question.type === "truefalse" && !question.answer ? [question.statement] : []));

describe("a denied deed with a phrase of direction before its participle", () => {
  it("puts 'nicht' before 'ins', not between the phrase and the participle", () => {
    const text = `Streit um Spionage

Prag – Tschechien hat einen ungarischen Diplomaten ausgewiesen. Der ungarische Botschafter Gábor Szabó wurde ins Außenministerium zitiert. Die Regierung in Budapest kündigte eine Antwort an.`;
    const denied = statementsOf("prag", text).filter((statement) => statement.includes("zitiert"));
    expect(denied).toContainEqual("Gábor Szabó wurde nicht ins Außenministerium zitiert.");
    expect(denied.filter((statement) => statement.includes("Außenministerium nicht zitiert"))).toEqual([]);
  });
});
