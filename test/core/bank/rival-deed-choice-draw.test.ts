/**
 * "Was trifft laut Text auf Thomas Krenn zu?" offers another's deed ("legte einen eigenen Finanzierungsplan vor") as a
 * wrong option; "Thomas Krenn legte einen eigenen Finanzierungsplan vor." (false) gives him that deed. Side by side the
 * choice answers the statement: no quiz asks both.
 */
import { describe, expect, it } from "vitest";
import { drawQuiz } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const text = `Streit um neues Hallenbad

Graz – Im Grazer Gemeinderat ist der Streit um das neue Hallenbad eskaliert. Bürgermeister Thomas Krenn hat am Dienstag einen Baustopp für das Projekt verhängt. Stadträtin Monika Auer forderte daraufhin eine Sondersitzung des Gemeinderats. Der Klubobmann der Grünen, Stefan Pichler, legte einen eigenen Finanzierungsplan vor. Vizebürgermeisterin Claudia Reiter kündigte eine Bürgerbefragung im Herbst an. Krenn verteidigte seine Entscheidung mit den stark gestiegenen Baukosten. Auer warf dem Bürgermeister vor, die Opposition nicht informiert zu haben. Pichler will die Kosten nun vom Stadtrechnungshof prüfen lassen.`;

const CHOICE_OF = /^Was trifft laut Text auf (.+) zu\?$/u;

/** Each choice of what is true of someone, with each false statement that gives that person a deed the choice offers as wrong. */
function answeringPairs(pool: readonly Question[]): [Question, Question][] {
  const pairs: [Question, Question][] = [];
  for (const choice of pool) {
    const person = choice.type === "single" ? CHOICE_OF.exec(choice.stem)?.[1] : undefined;
    if (choice.type !== "single" || person === undefined) continue;
    const wrong = choice.options.filter((option) => option.id !== choice.answer).map((option) => `${person} ${option.text}.`);
    for (const statement of pool)
      if (statement.type === "truefalse" && !statement.answer && wrong.includes(statement.statement)) pairs.push([choice, statement]);
  }
  return pairs;
}

describe("a choice of what is true of someone and a false statement giving them a deed it offers as wrong", () => {
  const pool = generateBank([{ id: "hallenbad", text }])[0]!.questions;
  const pairs = answeringPairs(pool);

  it("are in the pool, about the same thing", () => {
    expect(pairs.length).toBeGreaterThan(0);
    for (const [choice, statement] of pairs) {
      const about = (question: Question) => [question.fact, ...(question.alsoAbout ?? [])];
      expect(about(choice).filter((fact) => about(statement).includes(fact))).not.toEqual([]);
    }
  });

  it("are never asked in one quiz", () => {
    for (const seed of ["a", "b", "c", "d", "e", "f", "g", "h"]) {
      const quiz = new Set(drawQuiz(pool, { seed }));
      for (const [choice, statement] of pairs) expect(quiz.has(choice) && quiz.has(statement)).toBe(false);
    }
  });
});
