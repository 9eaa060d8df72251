/**
 * A finding told as a proportion ("Je älter die Bäume waren, desto mehr Wasser speicherten sie"): stated with both
 * comparatives turned, true, and with the first turned only, false, through the whole generator on texts of our own.
 */
import { describe, expect, it } from "vitest";
import { drawQuiz } from "../../../src/bank/quiz";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";
import { oppositeComparative } from "../../../src/generate/german";
import { proportionStatements } from "../../../src/generate/proportions";

type Statement = Extract<Question, { type: "truefalse" }>;

const BIRDS = `Lärm stört Singvögel

Graz – Forscher der Universität Graz haben untersucht, wie Verkehrslärm das Verhalten von Meisen verändert. Sie beobachteten dafür 120 Brutpaare in Parks und Wäldern der Steiermark. Die Vögel wurden über zwei Jahre hinweg mit Mikrofonen aufgezeichnet. Es zeigte sich ein klarer Zusammenhang: Je lauter die Straße in der Nähe des Nestes war, desto weniger Junge zogen die Meisen groß. Die Forscher empfehlen deshalb Lärmschutzwände an stark befahrenen Straßen.`;

const MOSS = `Moos als Klimaspeicher

Innsbruck – Moose in den Alpen binden mehr Kohlenstoff als bisher angenommen. Ein Team der Universität Innsbruck hat dazu Proben auf 40 Almen genommen. Je höher die Almen lagen, desto mehr Kohlenstoff fand sich in den Moospolstern. Die Ergebnisse erscheinen im Fachblatt Ecology.`;

const SAID = `Streit um Fahrverbote

Wien – Der Verkehrsklub fordert strengere Fahrverbote in der Innenstadt. Am Montag warnte Sprecherin Anna Berger: Je länger die Stadt mit dem Verbot wartet, desto teurer wird die Sanierung der Straßen. Die Stadtregierung will im Herbst entscheiden.`;

function proportionQuestions(id: string, text: string): Question[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question) => question.fact.startsWith("proportion:"));
}

const statementsOf = (questions: Question[]) => questions.filter((question): question is Statement => question.type === "truefalse");

describe("a proportion", () => {
  it("turns a comparative into its opposite with its ending kept, and only where the opposite holds in every sense", () => {
    expect(oppositeComparative("größer")).toBe("kleiner");
    expect(oppositeComparative("höheren")).toBe("niedrigeren");
    expect(oppositeComparative("weniger")).toBe("mehr");
    expect(oppositeComparative("eher")).toBeUndefined();
    expect(oppositeComparative("weiter")).toBeUndefined();
    // "mehren" is a verb, no inflected "mehr".
    expect(oppositeComparative("mehren")).toBeUndefined();
  });

  it("is stated true with both comparatives turned and false with the first turned only, never as the text's sentence", () => {
    expect(proportionStatements("Je älter die Bäume waren, desto mehr Wasser speicherten die Wurzeln.")).toEqual({
      truth: "Je jünger die Bäume waren, desto weniger Wasser speicherten die Wurzeln.",
      falsehood: "Je jünger die Bäume waren, desto mehr Wasser speicherten die Wurzeln.",
    });
    expect(proportionStatements("Das Ergebnis war eindeutig: je größere Städte die Forscher befragten, umso häufiger fiel die Kritik aus.")).toEqual({
      truth: "Je kleinere Städte die Forscher befragten, umso seltener fiel die Kritik aus.",
      falsehood: "Je kleinere Städte die Forscher befragten, umso häufiger fiel die Kritik aus.",
    });
  });

  it("is no proportion where a clause goes on after a comma, a comparative has no sure opposite or no clause follows", () => {
    expect(proportionStatements("Je größer die Testspinne war, desto eher griff sie an, selbst wenn der Gegner größer war.")).toBeUndefined();
    expect(proportionStatements("Je größer die Testspinne war, desto eher griff sie an.")).toBeUndefined();
    expect(proportionStatements("Je seltener, desto wertvoller – das gilt auch im Tierhandel.")).toBeUndefined();
    expect(proportionStatements("Je nach Region kostet das Ticket unterschiedlich viel.")).toBeUndefined();
    // "niedriger steigen", "kürzer sitzen": no German a reader trusts.
    expect(proportionStatements("Je mehr Geld die Gemeinde ausgibt, desto höher steigen ihre Schulden.")).toBeUndefined();
    expect(proportionStatements("Je länger die Kinder vor dem Fernseher sitzen, desto schlechter schlafen die Kinder.")).toBeUndefined();
    // A level with another verb is turned: "Je niedriger die Almen lagen".
    expect(proportionStatements("Je höher der Preis war, desto weniger Kunden kauften das Gerät.")?.truth).toBe(
      "Je niedriger der Preis war, desto mehr Kunden kauften das Gerät.",
    );
  });

  it("makes a study's result a true and a false statement and a choice, and a quiz asks it", () => {
    const questions = proportionQuestions("meisen", BIRDS);
    const statements = statementsOf(questions);
    // "lauter" is not asked (also "nothing but"): no sure opposite.
    expect(statements).toEqual([]);
    const moss = proportionQuestions("moos", MOSS);
    expect(
      statementsOf(moss)
        .map((statement) => [statement.statement, statement.answer])
        .sort((a, b) => Number(b[1]) - Number(a[1])),
    ).toEqual([
      ["Je niedriger die Almen lagen, desto weniger Kohlenstoff fand sich in den Moospolstern.", true],
      ["Je niedriger die Almen lagen, desto mehr Kohlenstoff fand sich in den Moospolstern.", false],
    ]);
    const choice = moss.find((question) => question.type === "single");
    expect(choice?.type === "single" && choice.options.map((option) => option.text).sort()).toEqual([
      "Je niedriger die Almen lagen, desto mehr Kohlenstoff fand sich in den Moospolstern.",
      "Je niedriger die Almen lagen, desto weniger Kohlenstoff fand sich in den Moospolstern.",
    ]);
    const [bank] = generateBank([{ id: "moos", text: MOSS }]);
    expect(drawQuiz(bank!.questions, { seed: "moos" }).some((question) => question.fact.startsWith("proportion:"))).toBe(true);
  });

  it("is not someone's words", () => {
    expect(proportionQuestions("fahrverbote", SAID)).toEqual([]);
  });
});
