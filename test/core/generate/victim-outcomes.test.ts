/**
 * What befell the victims of an accident or attack ("Ein 34-jähriger Lenker wurde ... schwer verletzt", "Ein Mann ist ...
 * ums Leben gekommen"): stated true, and false with another outcome of the same event where no figure of theirs is the
 * news; never false by the victim's age alone. Through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { drawQuiz } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const accident = (victim: string, rest = "") => `Unfall auf der Innkreisautobahn

Ried – ${victim} Die Autobahn war drei Stunden lang gesperrt. Die Feuerwehr Ried räumte die Unfallstelle.${rest} Die Asfinag kündigte eine neue Leitschiene an.`;

function statementsOf(text: string): Statement[] {
  const [bank] = generateBank([{ id: "unfall", text }]);
  return bank!.questions.filter((question): question is Statement => question.type === "truefalse" && question.fact.startsWith("compound:"));
}

const said = (found: Statement[], answer: boolean) => found.filter((statement) => statement.answer === answer).map((statement) => statement.statement);

describe("what befell the victims", () => {
  it("is false with the other degree of the injury, not with another age", () => {
    const found = statementsOf(accident("Ein 34-jähriger Lenker wurde am Sonntag bei Ried schwer verletzt."));
    expect(said(found, true)).toContain("Ein 34-jähriger Lenker ist am Sonntag bei Ried schwer verletzt worden.");
    expect(said(found, false)).toEqual(["Ein 34-jähriger Lenker ist am Sonntag bei Ried leicht verletzt worden."]);
    const light = statementsOf(accident("Eine Radfahrerin wurde am Montag bei Ried von einem Lkw leicht verletzt."));
    expect(said(light, false)).toEqual(["Eine Radfahrerin ist am Montag bei Ried von einem Lkw schwer verletzt worden."]);
  });

  it("is false as badly hurt where the victim was killed or died", () => {
    const shot = statementsOf(accident("Ein Wachmann ist am Sonntag in Ried erschossen worden."));
    expect(said(shot, false)).toEqual(["Ein Wachmann wurde am Sonntag in Ried schwer verletzt."]);
    const died = statementsOf(accident("Ein 52-jähriger Mann ist am Freitag bei einem Auffahrunfall in Ried ums Leben gekommen."));
    expect(said(died, true)).toContain("Ein 52-jähriger Mann kam am Freitag bei einem Auffahrunfall in Ried ums Leben.");
    expect(said(died, false)).toEqual(["Ein 52-jähriger Mann wurde am Freitag bei einem Auffahrunfall in Ried schwer verletzt."]);
  });

  it("keeps the count of victims as the false twin where it is the news", () => {
    const found = statementsOf(accident("Zwei Bergsteiger sind am Samstag am Großglockner ums Leben gekommen."));
    const [falsehood, ...others] = said(found, false);
    expect(others).toEqual([]);
    expect(falsehood).toMatch(/^(?:Drei|Vier) Bergsteiger kamen am Samstag am Großglockner ums Leben\.$/u);
  });

  it("makes no false outcome that the text tells of someone else, which an indefinite victim could be", () => {
    const found = statementsOf(
      accident("Ein 52-jähriger Mann ist am Freitag bei einem Auffahrunfall in Ried ums Leben gekommen.", " Ein Lkw-Fahrer aus Passau wurde schwer verletzt."),
    );
    expect(found.flatMap((statement) => statement.statement).filter((statement) => statement.includes("52-jähriger"))).toEqual([]);
  });

  it("asks the victim's fate in the quiz", () => {
    const [bank] = generateBank([{ id: "unfall", text: accident("Ein 34-jähriger Lenker wurde am Sonntag bei Ried schwer verletzt.") }]);
    const asked = drawQuiz(bank!.questions, { seed: "unfall" }).flatMap((question) =>
      question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [],
    );
    expect(asked.filter((words) => words.includes("34-jähriger Lenker"))).not.toEqual([]);
    expect(asked.filter((words) => words.includes("jähriger Lenker") && !words.includes("34-jähriger Lenker"))).toEqual([]);
  });
});

describe("a deed whose only figure is an age", () => {
  it("is not made false by another age", () => {
    const text = `Festnahme in Graz

Graz – Die Polizei nahm am Sonntag in Graz einen 32-jährigen Mann fest. Die Ermittlungen dauern an. Der Bürgermeister lobte die Beamten.`;
    const [bank] = generateBank([{ id: "festnahme", text }]);
    // What the learner is shown as true or false: statements and the options of a choice.
    const shown = bank!.questions.flatMap((question) =>
      question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [],
    );
    expect(shown.some((words) => words.includes("einen 32-jährigen Mann fest"))).toBe(true);
    expect(shown.filter((words) => /\d+-jährigen/u.test(words) && !words.includes("32-jährigen"))).toEqual([]);
  });
});
