/**
 * What had happened before the day's news, where no one is named who did it: a main clause in the pluperfect ("In der
 * Stadt waren im Mai 40 Menschen verletzt worden.", "Die Schließung hatte zu Protesten geführt.") is stated in the simple
 * past, true, and false with its figure or country changed, as compoundpast.ts states the perfect; texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { compoundPast, inOtherTense } from "../../../src/generate/compoundpast";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;
type Choice = Extract<Question, { type: "single" }>;

const FLOOD = `Neue Unwetter in der Steiermark

Graz – Nach heftigen Regenfällen ist die Mur am Dienstag erneut über die Ufer getreten. Bürgermeisterin Eva Brandl rief die Anrainer zur Vorsicht auf. Bei einem Hochwasser im Mai waren in der Region 40 Menschen verletzt worden. Die Feuerwehr pumpte Keller aus.`;

const PLANT = `Werk in Kärnten schließt

Villach – Der Autozulieferer Kestner schließt sein Werk in Kärnten endgültig. Die Geschäftsführung nannte hohe Energiekosten als Grund. Die Ankündigung der Schließung hatte im Sommer zu Protesten von 300 Beschäftigten geführt. Das Land sucht nun einen Käufer.`;

function compound(id: string, text: string): Question[] {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.filter((question) => question.fact.startsWith("compound:"));
}

const statements = (found: Question[], answer: boolean) =>
  found.filter((question): question is Statement => question.type === "truefalse" && question.answer === answer).map((question) => question.statement);

describe("a clause in the pluperfect", () => {
  it("is read as a compound past and stated in the simple past", () => {
    expect(compoundPast("Bei dem Brand waren zwei Menschen verletzt worden.")).toMatchObject({ auxiliary: "waren", participle: "verletzt", worden: true });
    expect(inOtherTense(compoundPast("Bei dem Brand waren zwei Menschen verletzt worden.")!)).toBe("Bei dem Brand wurden zwei Menschen verletzt.");
    expect(inOtherTense(compoundPast("Der Streik hatte im Mai zu Ausfällen geführt.")!)).toBe("Der Streik führte im Mai zu Ausfällen.");
    expect(inOtherTense(compoundPast("Zwei Bergsteiger waren im Himalaya ums Leben gekommen.")!)).toBe("Zwei Bergsteiger kamen im Himalaya ums Leben.");
    // A state ("war ... untergebracht") is no event; two participles joined are two deeds the last one cannot carry.
    expect(compoundPast("Die Flüchtlinge waren in Zelten untergebracht.")).toBeUndefined();
    expect(compoundPast("Im April hatten zwei Kampfjets das Schiff überflogen und Angriffe simuliert.")).toBeUndefined();
  });

  it("states a passive in the pluperfect true and with another figure false", () => {
    const found = compound("flood", FLOOD);
    expect(statements(found, true)).toEqual(["Bei einem Hochwasser im Mai wurden in der Region 40 Menschen verletzt."]);
    const [falsehood] = statements(found, false);
    expect(falsehood).toMatch(/^Bei einem Hochwasser im Mai wurden in der Region \d+ Menschen verletzt\.$/u);
    expect(falsehood).not.toContain(" 40 ");
    const choice = found.find((question): question is Choice => question.type === "single");
    expect(choice?.options.map((option) => option.text).sort()).toEqual(
      [falsehood, "Bei einem Hochwasser im Mai wurden in der Region 40 Menschen verletzt."].sort(),
    );
  });

  it("states a thing's deed in the pluperfect in the simple past, the figure changed for the false twin", () => {
    const found = compound("plant", PLANT);
    expect(statements(found, true)).toEqual(["Die Ankündigung der Schließung führte im Sommer zu Protesten von 300 Beschäftigten."]);
    const [falsehood] = statements(found, false);
    expect(falsehood).toMatch(/^Die Ankündigung der Schließung führte im Sommer zu Protesten von \d+ Beschäftigten\.$/u);
    expect(falsehood).not.toContain(" 300 ");
  });
});
