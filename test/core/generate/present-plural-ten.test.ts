/**
 * Present plurals in "-ten" whose stem ends in "t" ("vermuten", "verzichten", "behaupten"): no weak past ("forderten"),
 * so no deed to state in the perfect ("haben ... gevermut"); and pasts in "-achten" ("machten", "brachten") keep their
 * singular ("machte", not "machtet").
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { singularVerb } from "../../../src/extract/actions";
import { generateBank } from "../../../src/generate/index";

type Statement = Extract<Question, { type: "truefalse" }>;

const LAKE = `Forscher untersuchen Bergsee

Innsbruck – Ein Team der Universität Innsbruck hat den Plansee im Außerfern vermessen. Die Forscher vermuten unter dem Schlamm am Grund des Sees alte Baumstämme aus der Eiszeit. Leiterin Anna Berger will im Sommer Proben nehmen lassen.`;

function statements(text: string): string[] {
  const [bank] = generateBank([{ id: "lake", text }]);
  return bank!.questions.filter((question): question is Statement => question.type === "truefalse").map((question) => question.statement);
}

describe("a present plural in -ten", () => {
  it("is no weak past: its singular is the present", () => {
    expect(singularVerb("vermuten")).toBe("vermutet");
    expect(singularVerb("verzichten")).toBe("verzichtet");
    expect(singularVerb("behaupten")).toBe("behauptet");
    expect(singularVerb("mieten")).toBe("mietet");
  });

  it("keeps a past in -achten a past", () => {
    expect(singularVerb("machten")).toBe("machte");
    expect(singularVerb("brachten")).toBe("brachte");
    expect(singularVerb("forderten")).toBe("forderte");
  });

  it("keeps a past in -ichten of a verb in -ichen a past, as only richten, verzichten and their kin are presents", () => {
    expect(singularVerb("erreichten")).toBe("erreichte");
    expect(singularVerb("veröffentlichten")).toBe("veröffentlichte");
    expect(singularVerb("ermöglichten")).toBe("ermöglichte");
    expect(singularVerb("berichten")).toBe("berichtet");
    expect(singularVerb("verpflichten")).toBe("verpflichtet");
  });

  it("is not stated in the perfect with a participle made up from it", () => {
    const said = statements(LAKE);
    expect(said.some((statement) => statement.includes("gevermut"))).toBe(false);
    expect(said.some((statement) => statement.startsWith("Die Forscher haben"))).toBe(false);
  });
});
