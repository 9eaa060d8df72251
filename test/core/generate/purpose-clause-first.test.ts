/**
 * A deed whose sentence opens with its purpose ("Um die Wasserqualität zu prüfen, entnahmen die Forscher ...", "Um
 * herauszufinden, ob ..., befragten ..."): the main clause after the purpose clause, and after a clause of its own
 * inside it, is the deed, stated without the purpose; its actor as after any verb, a group named by its head ("die
 * Forscher um Jana Weber") whole. On texts written for the test, through the whole generator.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = (sentence: string) => `Schlechte Wasserqualität im Bergsee

Zell – Der Bergsee bei Zell ist seit Wochen trüb. Bürgermeisterin Maria Koller sperrte am Freitag den Badestrand. ${sentence} Der Gemeinderat Anton Leitner forderte rasche Hilfe.`;

const statementsOf = (sentence: string) =>
  generateBank([{ id: "see", text: text(sentence) }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a deed after a purpose clause", () => {
  it("is stated without the purpose, with the group named by its head whole, and falsely with another figure", () => {
    const statements = statementsOf("Um die Wasserqualität zu prüfen, entnahmen die Forscher um Jana Weber 40 Proben aus dem See.");
    expect(statements).toContainEqual({ statement: "Die Forscher um Jana Weber entnahmen 40 Proben aus dem See.", answer: true });
    expect(statements.some((each) => !each.answer && /^Die Forscher um Jana Weber entnahmen \d+ Proben aus dem See\.$/u.test(each.statement))).toBe(true);
  });

  it("reads the main clause after a clause inside the purpose clause ('Um herauszufinden, ob ...,')", () => {
    const statements = statementsOf("Um herauszufinden, ob die Abwässer der Fabrik schuld sind, befragten die Forscher um Jana Weber 60 Anrainer am Seeufer.");
    expect(statements).toContainEqual({ statement: "Die Forscher um Jana Weber befragten 60 Anrainer am Seeufer.", answer: true });
  });
});
