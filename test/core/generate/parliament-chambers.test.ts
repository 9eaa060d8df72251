/** A parliament and its chamber ("Das Parlament", "Der Nationalrat") as one body: neither is the other's wrong option, on texts written for the test. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (text: string, id = "bilanz") => generateBank([{ id, text }])[0]!.questions;

const TEXT = `Bilanz des Jahres

Wien – Das Parlament beschloss im letzten Jahr 80 Gesetze. Der Nationalrat trat zu 40 Sitzungen zusammen. Die Regierung erhielt 20 Aufträge vom Bundesrat. Der Rechnungshof legte 12 Berichte vor.`;

describe("a parliament and its chamber", () => {
  it("offers neither as the other's wrong option in 'Wer ...?'", () => {
    const questions = questionsOf(TEXT);
    const options = (words: string) =>
      questions.flatMap((question) => (question.type === "single" && question.stem.includes(words) ? question.options.map((option) => option.text) : []));
    expect(options("80 Gesetze")).toContain("Das Parlament");
    expect(options("80 Gesetze")).not.toContain("Der Nationalrat");
    expect(options("40 Sitzungen")).toContain("Der Nationalrat");
    expect(options("40 Sitzungen")).not.toContain("Das Parlament");
  });

  it("gives neither's deed to the other in a false statement, whichever rival the seed picks", () => {
    // The false statement's rival is drawn by the text's id: several ids try several draws.
    const statements = ["bilanz", "jahr", "sitzung", "wien", "t"].flatMap((id) =>
      questionsOf(TEXT, id).flatMap((question) =>
        question.type === "truefalse" && question.statement.includes("80 Gesetze") ? [[question.statement, question.answer]] : [],
      ),
    );
    expect(statements.filter(([statement]) => String(statement).startsWith("Der Nationalrat"))).toEqual([]);
    expect(statements).toContainEqual(["Das Parlament hat im letzten Jahr 80 Gesetze beschlossen.", true]);
  });
});
