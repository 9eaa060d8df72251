/**
 * What an unnamed source said ("sagte ein malischer Offizier"): asked as a true statement with a false twin that
 * changes what it said, never as "Wer sagte ...?" nor given to someone else; through the whole generator.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

function questionsOf(id: string, text: string) {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions;
}
const statementsOf = (id: string, text: string) =>
  questionsOf(id, text).flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));

const OFFICER = `Festnahmen im Süden Malis

Bamako – Bei Einsätzen in der Grenzregion Sikasso seien 15 Kämpfer festgenommen worden, sagte ein malischer Offizier am Dienstag. Ein anderer malischer Militärvertreter sagte, die Soldaten hätten in einem weiteren Camp 40 Gewehre beschlagnahmt. Präsident Ibrahim Keïta lobte die Armee.`;

const DENIAL = `Streit um Armee

Brüssel – Es gibt keinen Plan und keine Frist für eine gemeinsame Armee, erklärte eine Kommissionssprecherin am Freitag. Präsident Jean-Claude Juncker reiste nach Rom.`;

describe("what an unnamed source said", () => {
  it("states it with the source as the text calls it, and falsely with another figure", () => {
    const statements = statementsOf("officer", OFFICER);
    expect(statements).toContainEqual({
      statement: "Ein malischer Offizier sagte sinngemäß: Bei Einsätzen in der Grenzregion Sikasso seien 15 Kämpfer festgenommen worden.",
      answer: true,
    });
    const wrong = statements.filter((statement) => !statement.answer && statement.statement.startsWith("Ein malischer Offizier"));
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.statement).not.toContain("15 Kämpfer");
  });

  it("never asks who said it, gives it to no one else, and leaves 'ein anderer' source alone", () => {
    const questions = questionsOf("officer", OFFICER);
    expect(questions.some((question) => question.type === "single" && question.stem.startsWith("Wer sagte"))).toBe(false);
    const statements = statementsOf("officer", OFFICER).map((statement) => statement.statement);
    expect(statements.some((statement) => statement.includes("Sikasso") && !statement.startsWith("Ein malischer Offizier"))).toBe(false);
    expect(statements.some((statement) => statement.includes("anderer"))).toBe(false);
  });

  it("does not state the words that go on from the sentence before: they lean on it", () => {
    const text = OFFICER.replace(
      "Ein anderer malischer Militärvertreter sagte, die Soldaten hätten",
      "Unter den Festgenommenen seien 3 Prediger. Die Soldaten hätten",
    );
    const statements = statementsOf("officer", text).map((statement) => statement.statement);
    expect(statements.some((statement) => statement.includes("Sikasso"))).toBe(true);
    expect(statements.some((statement) => statement.includes("Festgenommenen"))).toBe(false);
  });

  it("asks nothing where its words cannot be changed into a false twin: a true statement alone would tip the balance", () => {
    // Two denials: undenied one of them, the words would still deny ("keinen Plan" alone is "einen Plan", absolute-denials.test.ts).
    expect(statementsOf("denial", DENIAL).some((statement) => statement.statement.includes("Kommissionssprecherin"))).toBe(false);
  });
});
