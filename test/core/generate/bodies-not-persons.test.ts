/** "Tabellenführer Sturm Graz", "Hilfsorganisationen wie Pro Asyl": a club and an organisation, never persons among the options. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `Neues Asylquartier in Traiskirchen

Das Innenministerium will in Traiskirchen 300 zusätzliche Plätze schaffen. Die Gemeinde ist dagegen.

Traiskirchen – Das Innenministerium will das Erstaufnahmezentrum in Traiskirchen um 300 Plätze erweitern. Im Vorjahr haben in Österreich 25.000 Menschen erstmals Asyl beantragt. Bürgermeister Andreas Babler kritisierte die Pläne scharf. Hilfsorganisationen wie Pro Asyl begrüßten den Ausbau, sie fordern aber bessere Betreuung. Innenminister Gerhard Karner verteidigte das Vorhaben. Die Fußballer von Tabellenführer Sturm Graz spendeten Decken für das Quartier.`;

describe("a club after an office and an organisation after its kind's plural and 'wie'", () => {
  const questions = generateBank([{ id: "quartier", text }])[0]!.questions;
  const words = questions.map((question) =>
    [
      question.stem,
      question.type === "truefalse" ? question.statement : "",
      question.type === "single" ? question.options.map((option) => option.text).join(" / ") : "",
    ].join(" | "),
  );

  it("reads neither as a person: no office asked of them, no option or statement naming them", () => {
    expect(words.filter((line) => line.includes("Sturm Graz") || line.includes("Pro Asyl"))).toEqual([]);
    expect(questions.filter((question) => question.topic === "person_role" && question.stem.includes("Tabellenführer"))).toEqual([]);
  });
});
