/** The reason the text gives for what happened, asked as a choice among what else the text states (src/generate/reasons.ts). */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";
import { REASON_STEM_QUESTION } from "../../../src/generate/reasons";
import { compatible } from "../../../src/bank/quiz";

const OTHER_DEEDS =
  "Bürgermeisterin Eva Brandt kündigte am Montag eine Ausschreibung für einen neuen Pächter an. Der Stadtrat hat zudem im Frühjahr eine Sanierung des Bades beschlossen. Die Feuerwehr übte im Sommer eine Rettung auf dem See.";

const article = (sentence: string) => `Lindau kündigt Pachtvertrag für das Seebad

Lindau – ${sentence} ${OTHER_DEEDS}
`;

function reasonQuestionsOf(text: string): Extract<Question, { type: "single" }>[] {
  const [bank] = generateBank([{ id: "seebad", text }]);
  return bank!.questions.filter((question): question is Extract<Question, { type: "single" }> => question.topic === "reason" && question.type === "single");
}

const keyOf = (question: Extract<Question, { type: "single" }>) => question.options.find((option) => option.id === question.answer)?.text;
const optionTexts = (question: Extract<Question, { type: "single" }>) => question.options.map((option) => option.text).sort();

describe("reasons the text gives", () => {
  it("asks the reason of a causal clause, the main clause as the stem, with the evidence of the whole sentence", () => {
    const sentence = "Die Stadt Lindau hat den Pachtvertrag für das Seebad gekündigt, weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte.";
    const [question, ...more] = reasonQuestionsOf(article(sentence));
    expect(more).toEqual([]);
    expect(question!.stem).toBe(`Die Stadt Lindau hat den Pachtvertrag für das Seebad gekündigt. ${REASON_STEM_QUESTION}`);
    expect(keyOf(question!)).toBe("Weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte");
    expect(question!.evidence.quote).toBe(sentence);
  });

  it("takes its wrong options from what else the text states, told as reasons with the verb last and a separable verb whole", () => {
    const [question] = reasonQuestionsOf(
      article("Die Stadt Lindau hat den Pachtvertrag für das Seebad gekündigt, weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte."),
    );
    expect(optionTexts(question!)).toEqual([
      "Weil Eva Brandt am Montag eine Ausschreibung für einen neuen Pächter ankündigte",
      "Weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte",
      "Weil der Stadtrat im Frühjahr eine Sanierung des Bades beschlossen hat",
      "Weil die Feuerwehr im Sommer eine Rettung auf dem See übte",
    ]);
  });

  it("is not asked in one quiz with a question on a deed it shows as a wrong option", () => {
    const text = article("Die Stadt Lindau hat den Pachtvertrag für das Seebad gekündigt, weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte.");
    const [bank] = generateBank([{ id: "seebad", text }]);
    const reason = bank!.questions.find((question) => question.topic === "reason")!;
    const onCouncil = bank!.questions.filter((question) => question.topic === "action" && question.evidence.quote.startsWith("Der Stadtrat"));
    expect(onCouncil.length).toBeGreaterThan(0);
    for (const question of onCouncil) expect(compatible(reason, question)).toBe(false);
  });

  it("is not asked in one quiz with a statement of what its stem states, told again elsewhere in the text", () => {
    const text = `Lindau kündigt Pachtvertrag

Lindau – Bürgermeisterin Eva Brandt hat am Montag den Pachtvertrag für das Seebad gekündigt. Der Stadtrat hat im Frühjahr eine Sanierung des Bades beschlossen. Die Feuerwehr übte im Sommer eine Rettung auf dem See. Landrat Max Huber hat im Mai eine Prüfung der Bücher verlangt. Eva Brandt hat den Pachtvertrag am Montag gekündigt, weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte.
`;
    const [bank] = generateBank([{ id: "seebad", text }]);
    const reason = bank!.questions.find((question) => question.topic === "reason")!;
    expect(reason.stem).toBe(`Eva Brandt hat den Pachtvertrag am Montag gekündigt. ${REASON_STEM_QUESTION}`);
    const onLead = bank!.questions.filter(
      (question) => question.topic === "action" && question.type === "truefalse" && question.evidence.quote.startsWith("Bürgermeisterin Eva Brandt"),
    );
    expect(onLead.length).toBeGreaterThan(0);
    for (const question of onLead) expect(compatible(reason, question)).toBe(false);
  });

  it("leaves out the word that points forward to the reason, and one that ties the clause to the one before", () => {
    const [question] = reasonQuestionsOf(
      article("Die Stadt Lindau hat indes den Pachtvertrag deshalb gekündigt, da der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte."),
    );
    expect(question!.stem).toBe(`Die Stadt Lindau hat den Pachtvertrag gekündigt. ${REASON_STEM_QUESTION}`);
    expect(keyOf(question!)).toBe("Weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte");
  });

  it("leaves out the focus word with the correlate, which would otherwise focus the next word of the stem", () => {
    for (const focus of ["schon", "vor allem", "nicht zuletzt"]) {
      const [question] = reasonQuestionsOf(
        article(`Die Stadt Lindau hat den Pachtvertrag ${focus} deshalb gekündigt, weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte.`),
      );
      expect(question!.stem).toBe(`Die Stadt Lindau hat den Pachtvertrag gekündigt. ${REASON_STEM_QUESTION}`);
    }
  });

  it("does not ask a reason that the text denies or hedges before the correlate", () => {
    for (const doubt of ["nicht", "wohl"]) {
      const sentence = `Die Stadt Lindau hat den Pachtvertrag ${doubt} deshalb gekündigt, weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte.`;
      expect(reasonQuestionsOf(article(sentence))).toEqual([]);
    }
  });

  it("asks a reason before its main clause, the stem stating the deed with its actor first", () => {
    const sentence =
      "Weil der Pächter aber seit einem Jahr keine Pacht mehr bezahlt hatte, kündigte Bürgermeisterin Eva Brandt den Pachtvertrag am Freitag auf.";
    const text = `Lindau kündigt Pachtvertrag für das Seebad

Lindau – ${sentence} ${OTHER_DEEDS.replace(/^[^.]*\. /u, "")} Landrat Max Huber hat im Mai eine Prüfung der Bücher verlangt.
`;
    const [question, ...more] = reasonQuestionsOf(text);
    expect(more).toEqual([]);
    expect(question!.stem).toBe(`Eva Brandt kündigte den Pachtvertrag am Freitag auf. ${REASON_STEM_QUESTION}`);
    expect(keyOf(question!)).toBe("Weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte");
    expect(question!.evidence.quote).toBe(sentence);
  });

  it("ends the reason before a clause on the whole sentence", () => {
    const [question] = reasonQuestionsOf(
      article("Die Stadt Lindau hat den Pachtvertrag gekündigt, weil der Pächter keine Pacht bezahlt hatte, was der Stadtrat bestätigte."),
    );
    expect(keyOf(question!)).toBe("Weil der Pächter keine Pacht bezahlt hatte");
  });

  it("does not ask a reason told in reported speech, whose speaker the stem would not show", () => {
    expect(reasonQuestionsOf(article("Die Stadt Lindau habe den Pachtvertrag gekündigt, weil der Pächter keine Pacht bezahlt hatte."))).toEqual([]);
    expect(reasonQuestionsOf(article("Die Stadt Lindau hat den Pachtvertrag gekündigt, weil der Pächter keine Pacht bezahle."))).toEqual([]);
    expect(reasonQuestionsOf(article("Die Stadt Lindau hat den Pachtvertrag gekündigt, weil der Pächter keine Pacht bezahlte."))).toHaveLength(1);
  });

  it("reads „da“ before a verb as the adverb of a main clause, not as the conjunction", () => {
    expect(reasonQuestionsOf(article("Die Stadt Lindau hat den Pachtvertrag gekündigt, da sind sich alle Fraktionen einig."))).toEqual([]);
    expect(reasonQuestionsOf(article("Die Stadt Lindau hat den Pachtvertrag gekündigt, da sich alle Fraktionen einig waren."))).toHaveLength(1);
  });

  it("does not make a stem of a main clause that a conjunction ties to the sentence before", () => {
    expect(reasonQuestionsOf(article("Doch die Stadt Lindau hat den Pachtvertrag gekündigt, weil der Pächter keine Pacht bezahlt hatte."))).toEqual([]);
  });

  it("does not ask where the main clause points back to what only the text before says", () => {
    expect(reasonQuestionsOf(article("Dieser Vertrag wurde gekündigt, weil der Pächter keine Pacht bezahlt hatte."))).toEqual([]);
    expect(reasonQuestionsOf(article("Der Vertrag wurde gekündigt, weil der Pächter keine Pacht bezahlt hatte."))).toHaveLength(1);
  });

  it("takes no deed as a wrong option that points back (a pronoun, a demonstrative)", () => {
    const text = `Lindau kündigt Pachtvertrag für das Seebad

Lindau – Die Stadt Lindau hat den Pachtvertrag für das Seebad gekündigt, weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte. Bürgermeisterin Eva Brandt kündigte am Montag eine Ausschreibung an. Sie hat dort eine Rede gehalten. Der Stadtrat hat im Frühjahr eine Sanierung des Bades beschlossen. Die Feuerwehr übte im Sommer eine Rettung auf dem See.
`;
    const [question] = reasonQuestionsOf(text);
    expect(optionTexts(question!).filter((option) => /(?<!\p{L})(?:sie|dort)(?!\p{L})/iu.test(option))).toEqual([]);
  });

  it("takes no deed as a wrong option that tells the reason again, nor a verb of saying without its words", () => {
    const text = `Lindau kündigt Pachtvertrag für das Seebad

Lindau – Die Stadt Lindau hat den Pachtvertrag für das Seebad gekündigt, weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte. Der Pächter Max Huber hat seit Januar keine Pacht bezahlt. Bürgermeisterin Eva Brandt sagte, das Bad bleibe im Sommer geöffnet. ${OTHER_DEEDS}
`;
    const [question] = reasonQuestionsOf(text);
    expect(optionTexts(question!)).toEqual([
      "Weil Eva Brandt am Montag eine Ausschreibung für einen neuen Pächter ankündigte",
      "Weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte",
      "Weil der Stadtrat im Frühjahr eine Sanierung des Bades beschlossen hat",
      "Weil die Feuerwehr im Sommer eine Rettung auf dem See übte",
    ]);
  });

  it("does not ask where the text states fewer than two other things to choose from", () => {
    const text = `Lindau kündigt Pachtvertrag für das Seebad

Lindau – Die Stadt Lindau hat den Pachtvertrag für das Seebad gekündigt, weil der Pächter seit einem Jahr keine Pacht mehr bezahlt hatte. Der Stadtrat hat im Frühjahr eine Sanierung des Bades beschlossen.
`;
    expect(reasonQuestionsOf(text)).toEqual([]);
  });
});
