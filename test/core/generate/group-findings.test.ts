/**
 * What groups of researchers and studies found, in the forms science reports give it: a finding before a verb of
 * computing ("..., berechneten Forscher der Universität Graz."), before a closing clause of "wie" ("..., wie Forscher nun
 * herausfanden."), after an inverted verb of finding ("So fanden die Forscher heraus, dass ..."), of a study named by
 * whose it is ("Messungen von Greenpeace ergaben, dass ...", "Einer Studie der Universität Graz zufolge ..."): stated
 * true and, changed, false; through the whole extractor and generator, on short texts written for the test.
 */
import { describe, expect, it } from "vitest";
import { drawQuiz } from "../../../src/bank/quiz";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const poolOf = (text: string) => generateBank([{ id: "findings", text }])[0]!.questions;

const statementsOf = (text: string) => poolOf(text).flatMap((question) => (question.type === "truefalse" ? [`${question.answer}: ${question.statement}`] : []));

const BEES = `Bienen lernen im Schwarm

Graz – Die Größe des Schwarms beeinflusst das Lernen der Bienen, berechneten Forscher der Universität Graz. Für die Studie wurden 40 Völker zwei Sommer lang beobachtet. Duftsignale spielen bei der Suche nach Blüten eine wichtige Rolle, wie Forscher nun herausfanden. So fanden die Forscher heraus, dass junge Bienen stark vom Tanz der Sammlerinnen lernen. Der Imker Karl Huber will die Ergebnisse nun in seinem Betrieb nutzen.`;

describe("a finding before a verb of computing and its researchers", () => {
  it("is stated as what they computed, in a 'dass' clause, and falsely denied there", () => {
    const statements = statementsOf(BEES);
    expect(statements).toContain("true: Forscher haben berechnet, dass die Größe des Schwarms das Lernen der Bienen beeinflusst.");
    expect(statements).toContain("false: Forscher haben berechnet, dass die Größe des Schwarms das Lernen der Bienen nicht beeinflusst.");
  });

  it("is no 'dass' clause where a pronoun or an adverb opens it: whom 'sie' means, or how to write the adverb, the finder cannot tell", () => {
    for (const opening of ["Sie beeinflusst das Lernen der Bienen", "Offenbar beeinflusst die Größe des Schwarms das Lernen der Bienen"]) {
      const text = BEES.replace("Die Größe des Schwarms beeinflusst das Lernen der Bienen", opening);
      expect(statementsOf(text).filter((statement) => statement.includes("haben berechnet"))).toEqual([]);
    }
  });
});

describe("a finding before a closing clause of 'wie' with its researchers", () => {
  it("is what the researchers found, and false with the article denied", () => {
    const statements = statementsOf(BEES);
    expect(statements).toContain("true: Forscher fanden heraus: Duftsignale spielen bei der Suche nach Blüten eine wichtige Rolle.");
    expect(statements).toContain("false: Forscher fanden heraus: Duftsignale spielen bei der Suche nach Blüten keine wichtige Rolle.");
  });

  it("is no finding where someone other than a study or researchers closes the sentence", () => {
    const text = BEES.replace("wie Forscher nun herausfanden", "wie die Imker nun herausfanden");
    expect(extractFacts(text).quotes.filter((quote) => quote.quote.text.startsWith("Duftsignale"))).toEqual([]);
  });
});

describe("a finding after an inverted verb of finding", () => {
  it("leaves a linking adverb out, and turns a strong degree to 'kaum' for the false statement", () => {
    const statements = statementsOf(BEES);
    expect(statements).toContain("true: Die Forscher haben herausgefunden, dass junge Bienen stark vom Tanz der Sammlerinnen lernen.");
    expect(statements).toContain("false: Die Forscher haben herausgefunden, dass junge Bienen kaum vom Tanz der Sammlerinnen lernen.");
  });

  it("leaves out the study it was found in, and says the perfect as the text has it", () => {
    const text = BEES.replace("So fanden die Forscher heraus", "In ihren Versuchen haben die Biologen herausgefunden");
    expect(statementsOf(text)).toContain("true: Die Biologen haben herausgefunden, dass junge Bienen stark vom Tanz der Sammlerinnen lernen.");
  });

  it("is no finding after a fore-field that narrows it: left out, the statement would say more than the text", () => {
    const text = BEES.replace("So fanden die Forscher heraus", "Bei Hummeln fanden die Forscher heraus");
    expect(extractFacts(text).quotes.filter((quote) => quote.finding && quote.quote.text.startsWith("junge Bienen"))).toEqual([]);
  });

  it("keeps 'kaum' away from a comparison ('kaum mehr' reads 'no longer')", () => {
    const text = BEES.replace("stark vom Tanz der Sammlerinnen lernen", "erheblich mehr vom Tanz der Sammlerinnen lernen");
    expect(statementsOf(text).filter((statement) => statement.includes("kaum"))).toEqual([]);
  });

  it("is not asked where the finding is half of a pair ('nicht nur ...'): a denial would double its 'nicht'", () => {
    const text = BEES.replace("stark vom Tanz der Sammlerinnen lernen", "nicht nur vom Tanz der Sammlerinnen lernen");
    expect(statementsOf(text).filter((statement) => statement.includes("herausgefunden"))).toEqual([]);
  });
});

describe("a study named by whose it is", () => {
  const LAKE = `Der See wird flacher

Bregenz – Der Bodensee verliert seit Jahren Wasser. Messungen von Greenpeace ergaben, dass der Wasserstand seit 2010 um 30 Zentimeter gesunken ist. Einer Studie der Universität Innsbruck zufolge leben im See rund 40 Fischarten. Die Fischer am Ufer sind besorgt.`;

  it("found, in the plural and named after 'von', what its statements change", () => {
    const statements = statementsOf(LAKE);
    expect(statements).toContain("true: Messungen von Greenpeace haben ergeben, dass der Wasserstand seit 2010 um 30 Zentimeter gesunken ist.");
    expect(statements).toContain("false: Messungen von Greenpeace haben ergeben, dass der Wasserstand seit 2010 um 30 Zentimeter gestiegen ist.");
  });

  it("is the source of a claim before 'zufolge', turned to 'Laut' with the article written small, the figure changed", () => {
    const about = statementsOf(LAKE).filter((statement) => statement.includes("Fischarten"));
    expect(about).toContain("true: Laut einer Studie der Universität Innsbruck leben im See rund 40 Fischarten.");
    expect(about.filter((statement) => statement.startsWith("false: Laut einer Studie der Universität Innsbruck leben im See rund "))).toHaveLength(1);
  });

  it("after 'Laut' is turned to 'zufolge'", () => {
    const text = LAKE.replace("Einer Studie der Universität Innsbruck zufolge leben", "Laut einer Studie der Universität Innsbruck leben");
    expect(statementsOf(text)).toContain("true: Einer Studie der Universität Innsbruck zufolge leben im See rund 40 Fischarten.");
  });

  it("is no source where the text does not say whose study it is", () => {
    const text = LAKE.replace("Einer Studie der Universität Innsbruck zufolge", "Einer Studie zufolge");
    expect(statementsOf(text).filter((statement) => statement.includes("Fischarten"))).toEqual([]);
  });
});

describe("researchers in the dative plural before 'zufolge'", () => {
  it("stand after 'Laut' with their article written small", () => {
    const text = `Bienen in Gefahr

Graz – Forscher haben die Bienenvölker in der Steiermark gezählt. Den Forschern zufolge ist die Hälfte der Bienenvölker in Österreich gefährdet. Die Imker sind besorgt.`;
    expect(statementsOf(text)).toContain("true: Laut den Forschern ist die Hälfte der Bienenvölker in Österreich gefährdet.");
  });
});

describe("a short report on a study", () => {
  it("asks what its researchers computed in its quiz", () => {
    const quiz = drawQuiz(poolOf(BEES), { seed: "findings" });
    expect(quiz.some((question) => question.topic === "quote" && question.type === "truefalse")).toBe(true);
  });
});
