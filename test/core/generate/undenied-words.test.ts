/**
 * Words that deny, of a speaker nobody else of the text could have said them in place of ("Es gebe keinen Hinweis auf
 * einen Anschlag, sagte ein Polizeisprecher."): stated true as the text has them, denial and all, and false undenied,
 * through the whole generator on a text of our own. Before, they gave no statement at all, and a denial stood mostly
 * in false statements.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const EXPLOSION = `Explosion in Lagerhalle

Linz – In einer Lagerhalle in Linz hat sich am Sonntag eine Explosion ereignet. Es gebe keinen Hinweis auf einen Anschlag, sagte ein Polizeisprecher. Die Halle sei nicht einsturzgefährdet, sagte ein Stadtsprecher. Es gebe absolut keinen Grund zur Sorge, erklärte ein Feuerwehrsprecher. Es gebe keine Verletzten, sagte ein Rettungssprecher. Die Ermittlungen dauern an.`;

function statements(): Statement[] {
  const [bank] = generateBank([{ id: "explosion", text: EXPLOSION }]);
  return bank!.questions.filter((question): question is Statement => question.type === "truefalse");
}

const of = (found: Statement[], speaker: string) =>
  found
    .filter((statement) => statement.statement.startsWith(speaker))
    .map((statement) => [statement.statement, statement.answer])
    .sort(([one], [other]) => String(one).localeCompare(String(other)));

describe("words that deny", () => {
  it("are stated true with their denial and false without it: 'kein' made 'ein', 'nicht' taken out", () => {
    const found = statements();
    expect(of(found, "Ein Polizeisprecher")).toEqual([
      ["Ein Polizeisprecher sagte sinngemäß: Es gebe einen Hinweis auf einen Anschlag.", false],
      ["Ein Polizeisprecher sagte sinngemäß: Es gebe keinen Hinweis auf einen Anschlag.", true],
    ]);
    expect(of(found, "Ein Stadtsprecher")).toEqual([
      ["Ein Stadtsprecher sagte sinngemäß: Die Halle sei einsturzgefährdet.", false],
      ["Ein Stadtsprecher sagte sinngemäß: Die Halle sei nicht einsturzgefährdet.", true],
    ]);
    // "absolut keinen Grund": "absolut" goes with the denial it makes absolute (absolute-denials.test.ts); "keine
    // Verletzten" is a plural, which "eine" does not fit: undenied it has no article, and the noun made of an adjective
    // its bare ending ("Verletzte").
    expect(of(found, "Ein Feuerwehrsprecher")).toEqual([
      ["Ein Feuerwehrsprecher sagte sinngemäß: Es gebe absolut keinen Grund zur Sorge.", true],
      ["Ein Feuerwehrsprecher sagte sinngemäß: Es gebe einen Grund zur Sorge.", false],
    ]);
    expect(of(found, "Ein Rettungssprecher")).toEqual([
      ["Ein Rettungssprecher sagte sinngemäß: Es gebe keine Verletzten.", true],
      ["Ein Rettungssprecher sagte sinngemäß: Es gebe Verletzte.", false],
    ]);
    // Side by side as a choice, the two would be a statement in disguise.
    const [bank] = generateBank([{ id: "explosion", text: EXPLOSION }]);
    expect(bank!.questions.filter((question) => question.type === "single")).toEqual([]);
  });
});
