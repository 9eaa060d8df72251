/** A past participle inflected before an adjective and its noun ("der akkreditierten russischen Diplomaten"): an attribute, never the clause's verb. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));

describe("a participle in '-ten' before an adjective in '-en' and a noun", () => {
  it("is not restated as a perfect ('haben ... akkreditiert')", () => {
    const text = `Spionage in Wien

Wien – Österreich hat einen Diplomaten ausgewiesen. Nach Schätzungen der Polizei arbeiten rund 80 der in Wien stationierten ausländischen Agenten für Geheimdienste. Das Ministerium wollte das nicht kommentieren.`;
    const made = statementsOf("spionage", text);
    expect(made.filter((statement) => statement.endsWith("stationiert."))).toEqual([]);
  });
});
