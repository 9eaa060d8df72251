/** Bodies that local news names by the noun alone ("Die Opposition", "Der Elternverein"): actors whose deeds are asked. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const actionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions.filter((question) => question.topic === "action");
const statementsOf = (id: string, text: string) =>
  actionsOf(id, text).flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));

describe("a local body named by its noun alone", () => {
  const text = `Gemeinde baut neuen Kindergarten

Zell – Der Gemeinderat von Zell hat am Montag den Bau eines neuen Kindergartens beschlossen. Die Baukosten betragen rund vier Millionen Euro. Das Land Salzburg übernimmt ein Drittel der Kosten. Die Opposition stimmte gegen den Neubau am Ortsrand. Der Elternverein sammelte mehr als 400 Unterschriften für einen anderen Standort.`;

  it("states the opposition's and a parents' association's deeds, each falsely of another body of the text", () => {
    const made = statementsOf("kindergarten", text);
    expect(made).toContainEqual({ statement: "Die Opposition hat gegen den Neubau am Ortsrand gestimmt.", answer: true });
    expect(made).toContainEqual({ statement: "Der Elternverein hat mehr als 400 Unterschriften für einen anderen Standort gesammelt.", answer: true });
    const falseOfVote = made.filter((statement) => !statement.answer && statement.statement.endsWith("gegen den Neubau am Ortsrand gestimmt."));
    expect(falseOfVote.length).toBe(1);
    expect(falseOfVote[0]!.statement).not.toMatch(/^Die Opposition/u);
  });

  it("sets the two local bodies' deeds side by side, never giving one to the state's body", () => {
    const voted = "hat gegen den Neubau am Ortsrand gestimmt.";
    const choice = actionsOf("kindergarten", text).find(
      (question) => question.type === "single" && question.options.some((option) => option.text.endsWith(voted)),
    );
    expect(choice?.type).toBe("single");
    if (choice?.type !== "single") return;
    expect(choice.options.map((option) => option.text).sort()).toEqual([`Der Elternverein ${voted}`, `Die Opposition ${voted}`]);
    expect(choice.options.find((option) => option.id === choice.answer)?.text).toBe(`Die Opposition ${voted}`);
    expect(
      statementsOf("kindergarten", text).filter((statement) => statement.statement.startsWith("Das Land Salzburg") && statement.statement.endsWith(voted)),
    ).toEqual([]);
  });
});
