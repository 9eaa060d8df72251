/** A quote's true and false statement side by side as a choice: for a quiz that has no statement of the other key to balance one. */
import { describe, expect, it } from "vitest";
import { drawQuiz } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";
import { correctTexts } from "../bank/answers";

type Single = Extract<Question, { type: "single" }>;
const CHOICE_STEM = "Was trifft laut Text zu?";
const quoteChoices = (questions: readonly Question[]) =>
  questions.filter((question): question is Single => question.type === "single" && question.topic === "quote" && question.stem === CHOICE_STEM);
const optionTexts = (question: Single) => question.options.map((option) => option.text).sort();

const QUOTE = "„Wir brauchen dringend mehr Platz für die Kinder“, sagte Bürgermeisterin Anna Gruber am Montag.";
const SAID = "Anna Gruber sagte: „Wir brauchen dringend mehr Platz für die Kinder“";
const SAID_BY_OTHER = "Maria Huber sagte: „Wir brauchen dringend mehr Platz für die Kinder“";

/** A report whose one claim is a quote; the rest are figures, places and one other holder of an office, who may have said it. */
const FIGURES = [
  "Neue Schule für Graz",
  "",
  `Graz – In Graz soll im Herbst 2026 eine neue Schule mit 24 Klassen im Bezirk Lend öffnen. ${QUOTE} Der Bau kostet rund 30 Millionen Euro. Bei der Präsentation in Wien war auch Stadträtin Maria Huber von den Grünen dabei. Die Schule soll rund 600 Schülerinnen und Schüler aufnehmen.`,
].join("\n");

/** A report with a deed in the lead whose statements can balance the quote's. */
const DEED = [
  "Streit um neue Schule",
  "",
  `Graz – Die Stadt Graz will im Herbst eine neue Schule im Bezirk Lend eröffnen. ${QUOTE} Stadträtin Maria Huber kritisierte die hohen Kosten des Neubaus.`,
].join("\n");

const poolOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;

describe("a quote's statements side by side as a choice", () => {
  it("offers the quote's true statement and the one giving it to another speaker as a choice where no 'Wer sagte' asks it", () => {
    const choices = quoteChoices(poolOf("schule", FIGURES));
    expect(choices.map(optionTexts)).toEqual([[SAID, SAID_BY_OTHER].sort()]);
    expect(correctTexts(choices[0]!)).toEqual([SAID]);
    // Three rivals of the speaker: "Wer sagte ...?" asks it with more options, so no choice between two.
    const rivals = FIGURES.replace("den Grünen dabei.", "den Grünen dabei, wie auch Stadträtin Eva Berger und Vizebürgermeisterin Lisa Moser.");
    const pool = poolOf("schule", rivals);
    expect(pool.some((question) => question.type === "single" && question.stem.startsWith("Wer sagte laut Text"))).toBe(true);
    expect(quoteChoices(pool)).toEqual([]);
  });

  it("lets a quiz ask the quote as that choice where no statement of the other key could balance its statement", () => {
    // Without the rival's office stated ("Maria Huber ist Stadträtin."), a statement of the other key, nothing balances the quote's.
    const pool = poolOf("schule", FIGURES).filter((question) => question.topic !== "person_role");
    const quiz = drawQuiz(pool, { seed: "schule" });
    const choice = quoteChoices(quiz)[0];
    expect(choice && correctTexts(choice)).toEqual([SAID]);
  });

  it("asks the quote as a statement, not as the choice, where another statement balances it", () => {
    const quiz = drawQuiz(poolOf("schule", DEED), { seed: "schule" });
    expect(quoteChoices(quiz)).toEqual([]);
    expect(quiz.filter((question) => question.type === "truefalse" && question.topic === "quote")).toHaveLength(1);
  });
});
