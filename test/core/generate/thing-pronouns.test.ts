/**
 * "er", "sie", "es" as the subject right after a sentence whose actor is a person or institution, where that sentence
 * also names a thing of the pronoun's gender and number and the pronoun's verb is one a thing mostly has ("legte einen
 * Plan vor. Er sieht vor, dass ..."): the pronoun is the thing, so the deed is no deed of the actor, and a gap text
 * shows no actor in brackets after the pronoun. Where no such thing is named, or the verb calls its subject something
 * with "als" ("Er gilt als Favorit"), the actor stays.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string): Question[] => generateBank([{ id, text }])[0]!.questions;

/** Everything a learner reads of a question: statements, options, stems and gap texts. */
const shownTexts = (questions: readonly Question[]) =>
  questions.flatMap((question) => {
    switch (question.type) {
      case "truefalse":
        return [question.stem, question.statement];
      case "single":
      case "multi":
        return [question.stem, ...question.options.map((option) => option.text)];
      default:
        return [question.stem, `${question.before ?? ""}___${question.after ?? ""}`];
    }
  });

const trueStatements = (questions: readonly Question[]) =>
  questions.flatMap((question) => (question.type === "truefalse" && question.answer ? [question.statement] : []));

const FEES = `Neue Gebühren für Parkplätze

Graz – Die Stadt Graz will die Gebühren für Parkplätze in der Innenstadt erhöhen. Die Opposition lehnt das ab.

Verkehrsstadtrat Karl Huber legte am Dienstag einen Plan für die neuen Gebühren vor. Er sieht vor, dass eine Stunde Parken in der Innenstadt künftig 3,50 Euro kostet. Die Stadträtin Maria Lang stellte am Mittwoch eine Studie zum Verkehr in Graz vor. Sie betrifft vor allem die Pendler aus dem Umland.

Karl Huber sagte am Freitag, die Stadt brauche das Geld für neue Busse. Er kündigte an, dass die ersten Busse im Herbst fahren. Er gilt als Favorit für das Amt des Bürgermeisters.`;

describe("a pronoun after a person's sentence that names a thing of its gender", () => {
  const questions = questionsOf("fees", FEES);

  it("is the thing where its verb is one a thing has: no deed of the person, no person in brackets", () => {
    for (const text of shownTexts(questions)) {
      expect(text).not.toMatch(/(?:Karl Huber|Maria Lang) (?:sieht vor|betrifft)|\[(?:Karl Huber|Maria Lang)\] (?:sieht|betrifft)/u);
    }
  });

  it("stays the person with a verb of a person, and where the verb calls them something with 'als'", () => {
    const made = trueStatements(questions);
    expect(made).toContain("Karl Huber kündigte an, dass die ersten Busse im Herbst fahren.");
    expect(made).toContain("Karl Huber gilt als Favorit für das Amt des Bürgermeisters.");
  });
});

const STEEL = `Sparplan bei Stahlkonzern

Linz – Der Stahlkonzern Voestalpine muss sparen. Die Gewerkschaft kritisiert die Pläne.

Der Stahlkonzern Voestalpine legte am Montag einen Sparplan für das Werk in Linz vor. Er sieht vor, dass bis 2027 rund 500 Stellen wegfallen. Das Unternehmen Voestalpine veröffentlichte am Dienstag ein Gutachten zur Lage des Werks. Es kostete die Firma rund 200.000 Euro.

Verkehrsstadtrat Karl Huber sprach am Mittwoch vor Journalisten in Graz. Er sieht vor, im Herbst 40 neue Busse zu kaufen.`;

describe("a pronoun after an institution's sentence that names a thing of its gender", () => {
  const questions = questionsOf("steel", STEEL);

  it("is the thing too: the institution is neither its actor nor in brackets after it", () => {
    for (const text of shownTexts(questions)) {
      expect(text).not.toMatch(/Voestalpine (?:sieht vor|kostete)|\[(?:der Stahlkonzern|das Unternehmen) Voestalpine\]/u);
    }
  });

  it("but is the person where the sentence before names nothing else of its gender (a time is no such thing)", () => {
    expect(trueStatements(questions)).toContain("Karl Huber sieht vor, im Herbst 40 neue Busse zu kaufen.");
  });
});
