/**
 * What a study found, told after its source in a clause of "wie" ("Wie eine Studie zeigt, wurden ... gezählt"), and
 * what a group expects in the present ("Experten rechnen damit, dass ..."): stated in words that are no copy of the
 * text's sentence (the source's verb in the perfect; "erwarten" for "rechnen damit"), true and falsely changed; through
 * the whole generator, on short texts written for the test.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (text: string) =>
  generateBank([{ id: "test", text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" ? [`${question.answer}: ${question.statement}`] : [],
  );

const WOLVES = `Wölfe breiten sich aus

Graz – Die Zahl der Wölfe in Europa wächst seit Jahren. Wie eine Studie der Universität Graz zeigt, wurden im vergangenen Jahr rund 3.000 Wölfe in den Alpen gezählt. Die Jäger im Land sind besorgt. Ein Team aus Salzburg hat die Tiere neu beschrieben: Wie die Forscher im Fachblatt Ecology schreiben, gibt es in Tirol inzwischen fünf Rudel.`;

const EXPERTS = `Mehr Elektroautos auf den Straßen

Wien – Der Verkauf von Elektroautos ist im ersten Halbjahr deutlich gestiegen. Experten rechnen damit, dass bis 2030 jedes zweite neue Auto elektrisch fährt. Neue Ladestationen sind geplant.`;

const DEALERS = `Batterien werden billiger

Wien – Der Verkauf von Elektroautos ist im ersten Halbjahr deutlich gestiegen. Die Autohändler gehen in ihrer Prognose für das kommende Jahr davon aus, dass die Preise der Batterien weiter sinken. Neue Ladestationen sind geplant.`;

describe("a finding after its source in a clause of 'wie'", () => {
  it("is stated with the source's verb in the perfect, and falsely with another figure", () => {
    const statements = statementsOf(WOLVES);
    expect(statements).toContain("true: Wie eine Studie der Universität Graz gezeigt hat, wurden im vergangenen Jahr rund 3.000 Wölfe in den Alpen gezählt.");
    const wrong = statements.filter((statement) => statement.startsWith("false: Wie eine Studie der Universität Graz gezeigt hat, wurden"));
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).not.toContain("3.000");
  });

  it("is read after a colon too, of researchers, with 'es' after the verb", () => {
    const statements = statementsOf(WOLVES);
    expect(statements).toContain("true: Wie die Forscher im Fachblatt Ecology geschrieben haben, gibt es in Tirol inzwischen fünf Rudel.");
    expect(statements).toContain("false: Wie die Forscher im Fachblatt Ecology geschrieben haben, gibt es in Tirol inzwischen sechs Rudel.");
  });

  it("asks nothing where the clause of 'wie' points back ('dort'): whose journal, the learner cannot see", () => {
    const text = WOLVES.replace("Wie die Forscher im Fachblatt Ecology schreiben", "Wie die Forscher dort schreiben");
    expect(statementsOf(text).filter((statement) => statement.includes("Rudel"))).toEqual([]);
  });

  it("is not taken where someone acts in the main clause: that is a deed of theirs", () => {
    const text = "Wie die Forscher im Fachblatt Nature berichten, haben sie in Kenia eine neue Froschart entdeckt. Die Art lebt in Bergwäldern.";
    expect(extractFacts(text).quotes.filter((quote) => quote.sourceFirst)).toEqual([]);
  });

  it("is not taken where the clause of 'wie' asks, nor where no study or researcher is its source", () => {
    const asks = "Wie viele Wölfe gezählt wurden, wird im Herbst bekanntgegeben. Die Jäger sind besorgt.";
    const noStudy = "Wie die Nachbarn erzählten, wurde das Haus im Frühjahr verkauft. Die Jäger sind besorgt.";
    for (const text of [asks, noStudy]) expect(extractFacts(text).quotes.filter((quote) => quote.sourceFirst)).toEqual([]);
  });
});

describe("an expectation told in the present", () => {
  it("is stated with a verb that says the same ('erwarten' for 'rechnen damit'), and falsely denied", () => {
    const statements = statementsOf(EXPERTS);
    expect(statements).toContain("true: Experten erwarten, dass bis 2030 jedes zweite neue Auto elektrisch fährt.");
    expect(statements).toContain("false: Experten erwarten nicht, dass bis 2030 jedes zweite neue Auto elektrisch fährt.");
  });

  it("keeps what stands before the pointer, with the new verb's particle in its place ('nehmen ... an')", () => {
    const statements = statementsOf(DEALERS);
    expect(statements).toContain("true: Die Autohändler nehmen in ihrer Prognose für das kommende Jahr an, dass die Preise der Batterien weiter sinken.");
    expect(statements).toContain(
      "false: Die Autohändler nehmen in ihrer Prognose für das kommende Jahr nicht an, dass die Preise der Batterien weiter sinken.",
    );
  });

  it("is not reworded where a word before the pointer would stand oddly after 'erwarten'", () => {
    const text = EXPERTS.replace("Experten rechnen damit", "Experten rechnen fest damit");
    expect(statementsOf(text).some((statement) => statement.includes("erwarten"))).toBe(false);
  });
});
