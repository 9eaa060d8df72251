/**
 * A spokesperson's absolute denial of a report ("Es gibt absolut keinen Plan, ..., erklärte eine Ministeriumssprecherin"):
 * the word that makes the denial absolute goes with it, so the false statement asserts the plain opposite ("Es gibt
 * einen Plan, ..."); "keinen" before a singular in "-n" ("keinen Plan", "keinen Mann") is "einen". Before, both gave the
 * denial no false statement, and an unnamed source's words none at all. A dative plural after "keinen" ("keinen
 * Schülern") and "ganz und gar nicht" stay as they were: no statement.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const REPORT = `Bericht über Schulschließungen

Innsbruck – Das Tiroler Bildungsministerium hat am Dienstag einen Zeitungsbericht über geplante Schulschließungen zurückgewiesen. Es gibt absolut keinen Plan, kleine Volksschulen in den Tälern zu schließen, erklärte eine Ministeriumssprecherin. Es gebe überhaupt keine Kürzungen beim Personal, sagte ein Gewerkschaftssprecher. Es gebe Hilfe von keinen Schülern, sagte ein Elternvertreter. Es gebe ganz und gar keine Einigung, sagte ein Landtagssprecher. Der Landtag berät im Herbst über das Budget.`;

function statementsOf(speaker: string): [string, boolean][] {
  const [bank] = generateBank([{ id: "report", text: REPORT }]);
  return bank!.questions
    .filter((question): question is Statement => question.type === "truefalse" && question.statement.startsWith(speaker))
    .map((question): [string, boolean] => [question.statement, question.answer])
    .sort(([one], [other]) => one.localeCompare(other));
}

describe("an absolute denial", () => {
  it("is false without the denial and the word that makes it absolute", () => {
    expect(statementsOf("Eine Ministeriumssprecherin")).toEqual([
      ["Eine Ministeriumssprecherin sagte: „Es gibt absolut keinen Plan, kleine Volksschulen in den Tälern zu schließen“", true],
      ["Eine Ministeriumssprecherin sagte: „Es gibt einen Plan, kleine Volksschulen in den Tälern zu schließen“", false],
    ]);
    expect(statementsOf("Ein Gewerkschaftssprecher")).toEqual([
      ["Ein Gewerkschaftssprecher sagte sinngemäß: Es gebe Kürzungen beim Personal.", false],
      ["Ein Gewerkschaftssprecher sagte sinngemäß: Es gebe überhaupt keine Kürzungen beim Personal.", true],
    ]);
  });

  it("keeps a dative plural after 'keinen' and 'ganz und gar nicht' unchanged: no statement", () => {
    expect(statementsOf("Ein Elternvertreter")).toEqual([]);
    expect(statementsOf("Ein Landtagssprecher")).toEqual([]);
  });
});
