/**
 * A short text's quiz below the floor: the longest quiz the rules allow, where it gives up no question for a less salient
 * one. A quote asked by its choice ("Was trifft laut Text zu?") instead of its statement asks the same quote, though the
 * draw counts the choice as no salient question: where that frees the balance of the statements for one more claim, the
 * quiz grows by one. The pool is built here from one made-up report, so that each question's salience is fixed.
 */
import { describe, expect, it } from "vitest";
import { balancedStatements, drawQuiz, QUIZ_FLOOR } from "../../../src/bank/quiz";
import { Question } from "../../../src/bank/schema";

// Ein erfundener Bericht, Satz für Satz: jede Frage stützt sich auf einen Satz (Beleg bei satz * 100).
const SENTENCES = [
  "Die Bergrettung Tirol hat am Sonntag 14 Wanderer aus einer Schlucht bei Imst geborgen.",
  "Die Schneedecke am Gipfel sei dünner als 20 Zentimeter, sagte Einsatzleiterin Vera Gruber.",
  "Die Wanderer sollen zuvor alte Wegmarkierungen übersehen haben.",
  "Den Verirrten droht nun eine Rechnung für den Einsatz.",
  "Der Hubschrauber flog bei starkem Wind.",
];
const evidence = (sentence: number) => ({
  documentId: "bericht",
  passageId: "p1",
  start: sentence * 100,
  end: sentence * 100 + 60,
  quote: SENTENCES[sentence]!,
});
let serial = 0;
const common = (topic: Question["topic"], sentence: number, salience: number) => ({
  id: `q_${(++serial).toString(16).padStart(16, "0")}`,
  documentId: "bericht",
  topic,
  fact: `${topic}:${sentence}`,
  salience,
  evidence: evidence(sentence),
  moreEvidence: [],
});
const statement = (topic: Question["topic"], sentence: number, salience: number, text: string, truth: boolean) =>
  Question.parse({
    ...common(topic, sentence, salience),
    type: "truefalse",
    stem: "Stimmt diese Aussage laut Text?",
    statement: text,
    answer: truth,
    ...(truth ? {} : { correction: SENTENCES[sentence] }),
  });

const rescueTrue = statement("action", 0, 1, "Die Bergrettung Tirol barg am Sonntag 14 Wanderer aus einer Schlucht bei Imst.", true);
const rescueFalse = statement("action", 0, 1, "Die Bergrettung Tirol barg am Sonntag 41 Wanderer aus einer Schlucht bei Imst.", false);
const quoteTrue = statement("quote", 1, 0.57, "Vera Gruber sagte: „Die Schneedecke am Gipfel ist dünner als 20 Zentimeter“", true);
const quoteFalse = statement("quote", 1, 0.57, "Vera Gruber sagte: „Die Schneedecke am Gipfel ist dicker als 20 Zentimeter“", false);
const quoteChoice = Question.parse({
  ...common("quote", 1, 0.57),
  type: "single",
  stem: "Was trifft laut Text zu?",
  options: [
    { id: "a", text: "Vera Gruber sagte: „Die Schneedecke am Gipfel ist dünner als 20 Zentimeter“" },
    { id: "b", text: "Vera Gruber sagte: „Die Schneedecke am Gipfel ist dicker als 20 Zentimeter“" },
  ],
  answer: "a",
});
/** Below the salience from which the draw asks a claim as it comes: it only fills a quiz up, and needs a false partner. */
const markingsTrue = statement("action", 2, 0.2, "Die Wanderer sollen zuvor alte Wegmarkierungen übersehen haben.", true);
const billGap = Question.parse({
  ...common("term", 3, 0.02),
  type: "cloze",
  stem: "Welcher Begriff fehlt in diesem Satz?",
  before: "Den Verirrten droht nun eine ",
  answer: "Rechnung",
  after: " für den Einsatz.",
  accept: [],
});
const pool = [rescueTrue, rescueFalse, quoteTrue, quoteFalse, quoteChoice, markingsTrue, billGap];

describe("a quiz below the floor", () => {
  it("asks the quote by its choice where that lets one more claim in, and keeps the main event", () => {
    for (const seed of ["a", "b", "c", "d", "e"]) {
      const quiz = drawQuiz(pool, { seed });
      const ids = quiz.map((question) => question.id);
      expect(quiz.length, seed).toBe(QUIZ_FLOOR - 1);
      expect(
        ids.filter((id) => id === rescueTrue.id || id === rescueFalse.id),
        seed,
      ).toHaveLength(1);
      expect(ids, seed).toContain(quoteChoice.id);
      expect(ids, seed).toContain(markingsTrue.id);
      expect(ids, seed).toContain(billGap.id);
      expect(balancedStatements(quiz), seed).toBe(true);
    }
  });

  it("stays as it is where the longer quiz would give up a more salient question", () => {
    // The organisation's gap (salience 0.43) is given away by three less salient gaps that show its name: a quiz of
    // four fillers would be longer, and ask nothing as salient.
    const cloze = (topic: Question["topic"], sentence: number, salience: number, before: string, key: string, after: string) =>
      Question.parse({ ...common(topic, sentence, salience), type: "cloze", stem: "Was fehlt in diesem Satz?", before, answer: key, after, accept: [] });
    const organisation = cloze("organisation", 0, 0.43, "Die ", "Bergrettung", " hat am Sonntag 14 Wanderer aus einer Schlucht bei Imst geborgen.");
    const showingName = [
      cloze("term", 1, 0.08, "Die ", "Schneedecke", " am Gipfel sei dünn, sagte die Bergrettung."),
      cloze("term", 2, 0.02, "Die Wanderer sollen alte ", "Wegmarkierungen", " übersehen haben, so die Bergrettung."),
      cloze("term", 3, 0.02, "Den Verirrten droht eine ", "Rechnung", " der Bergrettung."),
    ];
    const other = cloze("term", 4, 0.02, "Der Hubschrauber flog bei starkem ", "Wind", ".");
    const ids = drawQuiz([organisation, ...showingName, other], { seed: "a" }).map((question) => question.id);
    expect(ids).toEqual(expect.arrayContaining([organisation.id, other.id]));
    expect(ids).toHaveLength(2);
  });

  it("is drawn the same on reload", () => {
    expect(drawQuiz(pool, { seed: "x" }).map((question) => question.id)).toEqual(drawQuiz(pool, { seed: "x" }).map((question) => question.id));
  });

  it("asks another round's fresh questions first, one per fact and balanced", () => {
    const first = drawQuiz(pool, { seed: "a" });
    const again = drawQuiz(pool, { seed: "a", avoid: new Set(first.map((question) => question.id)) });
    const firstRescue = first.find((question) => question.fact === rescueTrue.fact)!;
    const ids = again.map((question) => question.id);
    expect(ids).toContain((firstRescue === rescueTrue ? rescueFalse : rescueTrue).id);
    expect(new Set(again.map((question) => question.fact)).size).toBe(again.length);
    expect(balancedStatements(again)).toBe(true);
  });
});
