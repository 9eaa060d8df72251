/**
 * A country or city in the genitive before its noun's adjectives ("Griechenlands geschlagene Linke", "Polens neue
 * Regierung") opens that noun's phrase as an article would; alone it is no actor. Read as the country acting, it gave
 * the statement "Griechenlands ruft ... geschlagene Linke ... auf." (a real article's lead). Through the whole
 * generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const shownTexts = (questions: readonly Question[]) =>
  questions.flatMap((question) => [
    question.type === "truefalse" ? question.statement : question.stem,
    ...("options" in question ? question.options.map((option) => option.text) : []),
  ]);

const STRIKE = `Streik in Warschau

Warschau – Nach dem Scheitern der Gespräche ruft Polens enttäuschte Opposition am Freitag zu einem landesweiten Streik auf. Die Regierung in Warschau will an ihrem Sparpaket festhalten, sagte Ministerpräsidentin Ewa Nowak am Donnerstag. Die Gewerkschaften kündigten weitere Proteste an.`;

const BUDGET = `Haushalt beschlossen

Prag – Tschechiens neue Regierung hat am Montag einen Haushalt mit deutlich höheren Ausgaben beschlossen. Die Opposition kritisierte den Entwurf. Der Finanzminister verteidigte die Pläne im Parlament.`;

describe("a country's genitive before adjectives and their noun", () => {
  it("is not made the actor of the noun's deed", () => {
    for (const [id, text, country] of [
      ["strike", STRIKE, "Polens"],
      ["budget", BUDGET, "Tschechiens"],
    ] as const) {
      const shown = shownTexts(questionsOf(id, text));
      expect(shown.filter((line) => new RegExp(`(?:^|„)${country} (?!enttäuschte|neue)`, "u").test(line))).toEqual([]);
    }
  });
});
