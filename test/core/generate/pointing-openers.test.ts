/**
 * Two classes found on self-written news texts (strike, airline): a sentence opened by "Das" as the object of a
 * verb in the past ("Das gab Vorstandschefin X bekannt", "Das bestätigte der Sprecher") hides what was announced and
 * asks nothing a learner can resolve; the plural of a thing ("Die Bänder standen still") is no group of people that
 * could have demanded or offered anything.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const AIRLINE = `Bahn streicht Züge

Wien – Die Westbahn streicht im Winter rund 300 Verbindungen zwischen Wien und Salzburg. Das gab Geschäftsführerin Sabine Rauch am Montag in Wien bekannt. Grund ist ein Mangel an Lokführern. Das bestätigte der Betriebsrat am Dienstag. Die Fahrgäste werden umgebucht.`;

const WAGES = `Streik in der Papierindustrie

Steyr – In der Papierindustrie ist die dritte Verhandlungsrunde gescheitert. Die Arbeitnehmer fordern ein Plus von fünf Prozent. Die Arbeitgeber bieten zwei Prozent. Am Montag standen die Bänder in mehreren Werken still. Die Fließbänder liefen erst am Abend wieder an.`;

function questionsOf(id: string, text: string): Question[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions;
}

function shownText(question: Question): string {
  if (question.type === "truefalse") return question.statement;
  if (question.type === "cloze") return `${question.before}___${question.after}`;
  return JSON.stringify(question);
}

describe("a sentence opened by 'Das' as the object of a past verb", () => {
  it("gives no question: what was announced or confirmed is in the sentence before", () => {
    const shown = questionsOf("airline", AIRLINE).map(shownText);
    expect(shown.some((text) => text.includes("Die Westbahn streicht"))).toBe(true);
    expect(shown.filter((text) => /^Das (?:gab|bestätigte)/u.test(text))).toEqual([]);
  });
});

describe("the plural of a thing", () => {
  it("is no group actor and no wrong option for the people who demanded something", () => {
    const shown = questionsOf("wages", WAGES).map(shownText);
    expect(shown.some((text) => text.includes("Die Arbeitnehmer"))).toBe(true);
    expect(shown.some((text) => text.includes("Die Arbeitgeber haben ein Plus von fünf Prozent gefordert."))).toBe(true);
    expect(shown.filter((text) => text.includes("Bänder"))).toEqual([]);
  });
});
