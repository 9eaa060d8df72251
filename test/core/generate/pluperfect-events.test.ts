/**
 * What happened where the extractor takes no actor: a main clause in the pluperfect ("In der Stadt waren im Mai 40
 * Menschen verletzt worden.", "Die Schließung hatte zu Protesten geführt.") is stated in the simple past, one in the
 * simple past ("Rund 3.000 Besucher feierten ...") in the perfect, true, and false with its figure or country changed,
 * as compoundpast.ts states the perfect; texts of our own.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { compoundPast, inOtherTense, pastInPerfect } from "../../../src/generate/compoundpast";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;
type Choice = Extract<Question, { type: "single" }>;

const FLOOD = `Neue Unwetter in der Steiermark

Graz – Nach heftigen Regenfällen ist die Mur am Dienstag erneut über die Ufer getreten. Bürgermeisterin Eva Brandl rief die Anrainer zur Vorsicht auf. Bei einem Hochwasser im Mai waren in der Region 40 Menschen verletzt worden. Die Feuerwehr pumpte Keller aus.`;

const PLANT = `Werk in Kärnten schließt

Villach – Der Autozulieferer Kestner schließt sein Werk in Kärnten endgültig. Die Geschäftsführung nannte hohe Energiekosten als Grund. Die Ankündigung der Schließung hatte im Sommer zu Protesten von 300 Beschäftigten geführt. Das Land sucht nun einen Käufer.`;

const FESTIVAL = `Stadtfest in Krems

Krems – Rund 3.000 Besucher feierten am Samstag das Stadtfest in der Altstadt. Bürgermeister Peter Haas zeigte sich zufrieden. Die Polizei meldete keine Zwischenfälle. Das nächste Fest ist für den Herbst geplant.`;

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

describe("a clause in the simple past with no actor", () => {
  const perfect = (sentence: string) => {
    const clause = pastInPerfect(sentence);
    return clause && `${clause.forefield} ${clause.auxiliary} ${clause.middle} ${clause.participle}.`;
  };

  it("is read as the clause in the perfect where its finite verb follows a noun, a name or a figure", () => {
    expect(perfect("Rund 3.000 Besucher feierten am Samstag das Stadtfest.")).toBe("Rund 3.000 Besucher haben am Samstag das Stadtfest gefeiert.");
    expect(perfect("Am Freitag sprengten sich in Paris drei Attentäter in die Luft.")).toBe(
      "Am Freitag haben sich in Paris drei Attentäter in die Luft gesprengt.",
    );
    expect(perfect("Eine Militärintervention stoppte Anfang 2013 den Vormarsch der Milizen.")).toBe(
      "Eine Militärintervention hat Anfang 2013 den Vormarsch der Milizen gestoppt.",
    );
    // An attribute in the past form ("Die 1970 eröffnete Brücke gehört ..."), a strong verb's subjunctive ("hielte"), an
    // auxiliary of reported words ("habe ... vertrieben"), two the text named before ("Die beiden Minister"), a pronoun.
    expect(pastInPerfect("Die 1970 eröffnete Brücke gehört zu den ältesten der Stadt.")).toBeUndefined();
    expect(pastInPerfect("Die 1970 eröffneten Brücken gehören zu den ältesten der Stadt.")).toBeUndefined();
    expect(pastInPerfect("Einen Aufschub hielte die Firma für falsch.")).toBeUndefined();
    expect(pastInPerfect("Mit 200 Luftschlägen habe die Armee die Rebellen vertrieben.")).toBeUndefined();
    expect(pastInPerfect("Die beiden Minister setzten am Montag ihre Gespräche in Genf fort.")).toBeUndefined();
    expect(pastInPerfect("Sie zeigen ein Gerät mit einer am Rand positionierten Kamera.")).toBeUndefined();
    // "brannte ... nieder" has its perfect with "sein" ("ist ... niedergebrannt"), which a deed's perfect does not make.
    expect(pastInPerfect("Die Lagerhalle brannte in der Nacht bis auf die Grundmauern nieder.")).toBeUndefined();
  });

  it("states the event in the perfect true and with another figure false", () => {
    const found = compound("festival", FESTIVAL);
    expect(statements(found, true)).toEqual(["Rund 3.000 Besucher haben am Samstag das Stadtfest in der Altstadt gefeiert."]);
    const [falsehood] = statements(found, false);
    expect(falsehood).toMatch(/^Rund [\d.]+ Besucher haben am Samstag das Stadtfest in der Altstadt gefeiert\.$/u);
    expect(falsehood).not.toContain("3.000");
  });
});
