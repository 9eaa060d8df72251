/**
 * A sentence that goes on from the one before without a verb of its own: a coordinating conjunction opens it and its
 * words before the attribution have no finite verb ("Wir wollen ... bringen. Und vor allem auch als Theater unsere
 * Verantwortung ... zeigen, erklärt Intendantin Maria Berger."). Alone it is a fragment. A gap in it is shown after the
 * sentence before, where that one can stand in the gap text, or not asked; no statement gives its words as said. A whole
 * sentence that opens with "Und" and has its own verb is asked as before. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const THEATRE = `Stadttheater Steyr setzt auf Klimaschutz

Das Stadttheater Steyr stellt sein Programm um.

Steyr – Das Stadttheater widmet die kommende Saison dem Thema Klimawandel. Wir wollen das Publikum zum Nachdenken bringen. Und vor allem auch als Theater unsere Verantwortung für die Region zeigen, erklärt Intendantin Maria Berger. Ein Theater muss ein Ort der offenen Debatte sein. Und vor allem ein Ort der Begegnung für Jung und Alt bleiben, sagt der Dramaturg Paul Wimmer. Und wir möchten junge Menschen für das Theater begeistern, sagt Berger. Die Proben beginnen im Jänner.`;

const questions = generateBank([{ id: "theatre", text: THEATRE }])[0]!.questions;

/** The gap texts of the pool, as a learner reads them. */
const gapTexts = questions.flatMap((question: Question) =>
  question.type === "cloze" || question.type === "numeric" ? [`${question.before ?? ""}___${question.after ?? ""}`] : [],
);

/** The statements and options of the pool. */
const statedTexts = questions.flatMap((question: Question) =>
  question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [],
);

describe("a sentence that goes on from the one before without a verb of its own", () => {
  it("is never a gap text alone", () => {
    expect(gapTexts.filter((text) => text.startsWith("Und vor allem"))).toEqual([]);
  });

  it("is shown after the sentence before where that one reads alone, else not asked", () => {
    expect(gapTexts.filter((text) => text.includes("unsere Verantwortung"))).toEqual([]);
    expect(gapTexts).toContain(
      "Ein Theater muss ein Ort der offenen Debatte sein. Und vor allem ein Ort der Begegnung für Jung und Alt bleiben, sagt der Dramaturg ___.",
    );
  });

  it("is given as nobody's words", () => {
    expect(statedTexts.filter((text) => text.includes("vor allem"))).toEqual([]);
  });
});

describe("a whole sentence that opens with a conjunction", () => {
  it("keeps its gap alone", () => {
    expect(gapTexts).toContain("Und wir möchten junge Menschen für das Theater begeistern, sagt ___.");
  });
});
