/**
 * A deed told in the present that the text marks as still pending ("übernimmt ..., die Behörde muss noch zustimmen",
 * "zahlt vorbehaltlich der Zustimmung ...", "..., der Kauf soll im Sommer abgeschlossen werden"): never stated in the
 * perfect, which would tell it as done.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));

const pendler = (second: string) => `Regierung hilft Pendlern

Die Bundesregierung erhöht die Pendlerpauschale um zehn Prozent. ${second} Finanzminister Markus Berger sprach von einer wichtigen Entlastung. Die Opposition kritisierte die Maßnahme als zu gering.`;
const doneOf = (statements: readonly string[]) => statements.filter((statement) => statement.includes("Pendlerpauschale") && statement.includes(" erhöht"));

describe("a deed in the present that is still pending", () => {
  it("is stated in the perfect where nothing marks it as pending", () => {
    expect(statementsOf("pendler", pendler("Die Kosten liegen bei 200 Millionen Euro."))).toContain(
      "Die Bundesregierung hat die Pendlerpauschale um zehn Prozent erhöht.",
    );
  });

  it("is not stated as done where the next sentence says an approval is still to come", () => {
    expect(doneOf(statementsOf("pendler", pendler("Der Nationalrat muss der Erhöhung noch zustimmen.")))).toEqual([]);
  });

  it("is not stated as done where a later clause says it is planned", () => {
    const text = pendler("Die Kosten liegen bei 200 Millionen Euro.").replace("um zehn Prozent.", "um zehn Prozent, die Erhöhung soll im Herbst gelten.");
    expect(doneOf(statementsOf("pendler", text))).toEqual([]);
  });

  it("is not stated as done where it is subject to an approval", () => {
    const text = pendler("Die Kosten liegen bei 200 Millionen Euro.").replace("erhöht die", "erhöht vorbehaltlich der Zustimmung des Parlaments die");
    expect(doneOf(statementsOf("pendler", text))).toEqual([]);
  });
});
