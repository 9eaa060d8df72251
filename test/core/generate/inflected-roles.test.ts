/**
 * An office the text gives in the genitive, with an adjective or a complement ("des neuen Bürgermeisters Karl Brunner",
 * "des Staatssekretärs im Linzer Sozialministerium, Eva Moser"): the extractor gives it in the nominative ("neue
 * Bürgermeister"), which the text does not write; its evidence is the phrase as written, so the office is asked.
 * Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const roleQuestionsOf = (text: string): Question[] => generateBank([{ id: "amt", text }])[0]!.questions.filter((question) => question.topic === "person_role");

const statementsOf = (text: string) =>
  roleQuestionsOf(text).flatMap((question) => (question.type === "truefalse" ? [[question.statement, question.answer] as const] : []));

const PROTEST = `Protest in Linz

Linz – Vor dem Büro des neuen Bürgermeisters Karl Brunner versammelten sich am Montag rund 200 Demonstranten. Sie forderten mehr Wohnungen. Die Stadträtin Anna Huber begrüßte den Protest.`;

describe("an office given in the genitive", () => {
  it("is asked with an adjective, in the nominative, its evidence the phrase as the text writes it", () => {
    expect(statementsOf(PROTEST)).toContainEqual(["Karl Brunner ist neuer Bürgermeister.", true]);
    const brunner = roleQuestionsOf(PROTEST).find((question) => question.type === "truefalse" && question.statement.startsWith("Karl Brunner"));
    expect(PROTEST.slice(brunner!.evidence.start, brunner!.evidence.end)).toContain("des neuen Bürgermeisters Karl Brunner");
  });

  it("is asked with a complement after the noun", () => {
    const text = `Zu wenig Personal

Linz – Nach Worten des Staatssekretärs im Linzer Sozialministerium, Eva Moser, fehlen 300 Betreuer. Die Stadträtin Anna Huber begrüßte den Plan.`;
    expect(statementsOf(text)).toContainEqual(["Eva Moser ist Staatssekretärin im Linzer Sozialministerium.", true]);
  });
});
