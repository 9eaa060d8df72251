/** The true/false statements the whole generator makes of a text of our own, as tests of false twins read them. */
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

export type Statement = Extract<Question, { type: "truefalse" }>;

/** Every true/false question of the text's pool. */
export function statementsOf(id: string, text: string): Statement[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question): question is Statement => question.type === "truefalse");
}

/** The statements of the text's pool keyed "Stimmt nicht". */
export const falseStatementsOf = (id: string, text: string): string[] =>
  statementsOf(id, text)
    .filter((question) => !question.answer)
    .map((question) => question.statement);
