/** Claims in an article's second half about none of its main actors: a side strand, asked after the main actors' claims. */
import { describe, expect, it } from "vitest";
import { drawQuiz, MIN_CLAIM_SALIENCE } from "../../../src/bank/quiz";
import { generateBank } from "../../../src/generate/index";

const text = `Neue Regeln für Mietwohnungen

Wien – Wohnbauministerin Katharina Berger hat am Montag ein Gesetz gegen steigende Mieten vorgestellt. Die Mieten sollen künftig höchstens um drei Prozent im Jahr steigen dürfen. Berger sprach von einem wichtigen Schritt für junge Familien. Der Mieterbund begrüßte den Entwurf. Die Hausbesitzer kritisierten das Gesetz dagegen scharf. Der Entwurf soll im Herbst im Parlament beschlossen werden. Die Regeln gelten für alle Wohnungen, die älter als zwanzig Jahre sind. Neue Wohnungen bleiben ausgenommen. Der Entwurf umfasst zwölf Seiten. Viele Mieter zahlen heute fast die Hälfte ihres Einkommens für die Wohnung. In Salzburg hat die Stadtregierung im Frühling eine eigene Mietgrenze beschlossen. Berger will zudem den Bau von Sozialwohnungen fördern. Die Bauwirtschaft rechnet mit weniger neuen Projekten. Ein Gutachten soll die Folgen prüfen. Die Opposition verlangt eine Abstimmung im Ausschuss. Die Mieten waren zuletzt stark gestiegen. Eine Wohnung in der Innenstadt kostet im Schnitt zwölf Euro pro Quadratmeter. Am Stadtrand ist es etwas weniger. Der Mieterbund rechnet mit vielen Anfragen. Das Gesetz soll im Jänner gelten. Die Regierung will die Folgen nach zwei Jahren prüfen.`;

describe("a claim in the second half about none of the main actors", () => {
  const questions = generateBank([{ id: "mieten", text }])[0]!.questions;
  const statement = (start: string) =>
    questions.find((question) => question.type === "truefalse" && question.answer === true && question.statement.startsWith(start));

  it("ranks below the claims of the lead's actor told next to it, below the threshold of claims", () => {
    const sideStrand = statement("Die Stadtregierung hat in Salzburg im Frühling eine eigene Mietgrenze beschlossen.");
    const mainActor = statement("Katharina Berger will den Bau von Sozialwohnungen fördern.");
    expect(sideStrand).toBeDefined();
    expect(mainActor).toBeDefined();
    expect(sideStrand!.salience).toBeLessThan(MIN_CLAIM_SALIENCE);
    expect(mainActor!.salience).toBeGreaterThanOrEqual(MIN_CLAIM_SALIENCE);
  });

  it("is left out of the default quiz, which asks what the minister did", () => {
    const quiz = drawQuiz(questions, { seed: "mieten" });
    expect(quiz.filter((question) => question.evidence.quote.includes("Salzburg"))).toEqual([]);
    expect(quiz.some((question) => question.topic === "action" && question.evidence.quote.startsWith("Berger will zudem"))).toBe(true);
  });
});
