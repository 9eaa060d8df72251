/** Deeds told with a pointer to their source ("nach diesen Angaben"): the same deeds without it. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("deeds that read on their own once a pointer is left out", () => {
  const text = `Mehr rechte Gewalt

Berlin – Die Zahl rechter Gewalttaten ist laut einem Bericht der Zeitung Tagesspiegel deutlich gestiegen. Insgesamt stellte die Polizei nach diesen Angaben im vergangenen Jahr insgesamt 9.200 rechte Straftaten fest. Die Zahlen könnten noch steigen.`;

  it("leaves out 'nach diesen Angaben' and a fore-field the clause repeats, and gives the deed to no other body", () => {
    const made = statementsOf("gewalt", text).filter((statement) => statement.statement.includes("Straftaten"));
    expect(made).toContainEqual({ statement: "Die Polizei stellte im vergangenen Jahr insgesamt 9.200 rechte Straftaten fest.", answer: true });
    // The source relayed the same figures: its name never takes the deed.
    expect(made.filter((statement) => !statement.statement.startsWith("Die Polizei"))).toEqual([]);
  });

  it("still drops a deed whose pointer is no source", () => {
    const pointing = text.replace("nach diesen Angaben", "in diesen Ländern");
    expect(statementsOf("gewalt", pointing).filter((statement) => statement.statement.includes("Straftaten"))).toEqual([]);
  });
});
