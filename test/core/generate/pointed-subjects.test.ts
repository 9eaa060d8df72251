/**
 * Gap texts of a sentence whose subject points back ("Sie will ...", "Der 58-Jährige will ...", "Er will ..." for a
 * company): where the extractor resolved the subject to one person or institution of the sentence before, the gap
 * text shows the referent in brackets after the pointer and is asked; where two could be meant, it is not. The
 * evidence stays the article's sentence, verbatim. Sentences written here; facts from the real extractor.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { UNRESOLVED_SALIENCE } from "../../../src/generate/gapcontext";
import { generateBank } from "../../../src/generate/index";

/** The gap texts (before, gap, after) of a text's pool, with the evidence each stands on. */
function gaps(text: string): { shown: string; quote: string; salience: number }[] {
  const questions = generateBank([{ id: "t", text }])[0]!.questions;
  return questions
    .filter((question): question is Question & { type: "cloze" | "numeric" } => question.type === "cloze" || question.type === "numeric")
    .map((question) => ({ shown: `${question.before ?? ""}___${question.after ?? ""}`, quote: question.evidence.quote, salience: question.salience }));
}

describe("gap texts whose subject points back", () => {
  it("show the person a pronoun subject stands for in brackets, before or after the gap", () => {
    const opening = gaps(
      "Neue Züge für die Steiermark\n\nDie Verkehrsministerin Maria Huber hat am Montag in Graz ein neues Bahnprogramm vorgestellt. Sie will bis 2030 insgesamt 40 neue Züge kaufen.",
    );
    expect(opening.map((gap) => gap.shown)).toEqual(
      expect.arrayContaining([
        "Sie [Maria Huber] will bis ___ insgesamt 40 neue Züge kaufen.",
        "Sie [Maria Huber] will bis 2030 insgesamt ___ neue Züge kaufen.",
      ]),
    );
    // The evidence is the article's sentence as it stands: the brackets are only in the gap text.
    expect(opening.find((gap) => gap.shown.includes("[Maria Huber]"))!.quote).toBe("Sie will bis 2030 insgesamt 40 neue Züge kaufen.");
    const inverted = gaps(
      "Neue Züge für die Steiermark\n\nDie Verkehrsministerin Maria Huber hat am Montag in Graz ein neues Bahnprogramm vorgestellt. Bis 2030 will sie insgesamt 40 neue Züge kaufen.",
    );
    expect(inverted.map((gap) => gap.shown)).toContain("Bis ___ will sie [Maria Huber] insgesamt 40 neue Züge kaufen.");
  });

  it("show the person an age epithet stands for, and the company a pronoun stands for", () => {
    expect(
      gaps(
        "Wechsel im Rathaus\n\nKarl Berger ist seit 2005 Bürgermeister der Stadt Wels. Der 58-Jährige will bei der Gemeinderatswahl im Mai 2027 nicht mehr antreten.",
      ).map((gap) => gap.shown),
    ).toContain("Der 58-Jährige [Karl Berger] will bei der Gemeinderatswahl im ___ nicht mehr antreten.");
    expect(
      gaps(
        "Stahl aus Linz\n\nDer Stahlkonzern Voestalpine hat am Montag neue Pläne für sein Werk in Linz vorgestellt. Er will bis 2030 insgesamt 300 Millionen Euro in neue Öfen investieren.",
      ).map((gap) => gap.shown),
    ).toContain("Er [der Stahlkonzern Voestalpine] will bis 2030 insgesamt ___ Millionen Euro in neue Öfen investieren.");
  });

  it("show the referents of a pointed subject and a pointed phrase, both on one side of the gap or one on each, as resolved", () => {
    const bothBefore = gaps(
      "Stahl aus Steyr\n\nDie Managerin Maria Huber leitet seit 2019 den Stahlkonzern Steyrwerk. Sie will die 2.400 Beschäftigten des Konzerns bis 2030 in neuen Hallen unterbringen.",
    );
    const bothAfter = gaps(
      "Stahl aus Steyr\n\nDie Managerin Maria Huber leitet seit 2019 den Stahlkonzern Steyrwerk. Bis 2030 will sie insgesamt 300 Millionen Euro in neue Hallen des Konzerns investieren.",
    );
    const shown = [...bothBefore, ...bothAfter].filter((gap) => gap.shown.includes("["));
    expect(shown.map((gap) => gap.shown).sort()).toEqual([
      "Bis 2030 will sie [Maria Huber] insgesamt ___ Millionen Euro in neue Hallen des Konzerns [Steyrwerk] investieren.",
      "Bis ___ will sie [Maria Huber] insgesamt 300 Millionen Euro in neue Hallen des Konzerns [Steyrwerk] investieren.",
      "Sie [Maria Huber] will die 2.400 Beschäftigten des Konzerns [Steyrwerk] bis ___ in neuen Hallen unterbringen.",
      "Sie [Maria Huber] will die ___ Beschäftigten des Konzerns [Steyrwerk] bis 2030 in neuen Hallen unterbringen.",
    ]);
    // The brackets resolve both pointers: no sentence before is shown, and the gaps are not lowered as unresolved.
    for (const gap of shown) expect(gap.salience, gap.shown).toBeGreaterThan(UNRESOLVED_SALIENCE);
  });

  it("ask nothing of the sentence where two could be meant", () => {
    const ambiguous = [
      // Two men before "Er".
      "Treffen in Linz\n\nInnenminister Karl Berger hat am Montag Bürgermeister Hans Gruber in Linz getroffen. Er will bis 2030 insgesamt 40 neue Polizisten einstellen.",
      // Two women before "Sie".
      "Neue Züge\n\nDie Verkehrsministerin Maria Huber hat am Montag mit Landesrätin Anna Gruber ein neues Bahnprogramm vorgestellt. Sie will bis 2030 insgesamt 40 neue Züge kaufen.",
      // Two people acting together: "Sie" with a plural verb.
      "Neue Züge\n\nVerkehrsministerin Maria Huber und Landesrat Karl Berger haben am Montag ein neues Bahnprogramm vorgestellt. Sie wollen bis 2030 insgesamt 40 neue Züge kaufen.",
    ];
    for (const text of ambiguous) {
      const shown = gaps(text).map((gap) => gap.shown);
      expect(
        shown.filter((gap) => gap.includes("[")),
        text,
      ).toEqual([]);
      expect(
        shown.filter((gap) => gap.includes("2030") || gap.includes(" 40 ")),
        text,
      ).toEqual([]);
    }
  });
});
