/**
 * Two organisations acting together, one of them named only by a name the text marks as an organisation's ("AUA und
 * Lufthansa" after "der Lufthansa-Gruppe"), on texts written for the test.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const TEXT = `Streit um Gebühren

Wien – ÖFL und Aviona heben von Reisebüros für jede Buchung eine Gebühr von zwölf Euro ein. Die Reisebüros haben sich bei der Wettbewerbsbehörde beschwert. Die Behörde sieht keinen Anlass für ein Verfahren. Die Flüge der Aviona-Gruppe sind seit Jahren teurer geworden.`;

describe("a name before '-Gruppe' or '-Holding'", () => {
  it("marks a company that may act alone and with another", () => {
    const pair = extractFacts(TEXT).actions.find((action) => action.pair);
    expect(pair?.pair).toMatchObject([{ mention: { text: "ÖFL" } }, { mention: { text: "Aviona" }, organisation: true }]);
  });

  it("states the pair's deed of both, and falsely with one of them swapped for another body of the text", () => {
    const statements = (generateBank([{ id: "gebuehr", text: TEXT }])[0]?.questions ?? []).flatMap((question) =>
      question.type === "truefalse" && question.statement.includes("Gebühr") ? [[question.statement, question.answer]] : [],
    );
    expect(statements).toContainEqual(["ÖFL und Aviona haben von Reisebüros für jede Buchung eine Gebühr von zwölf Euro eingehoben.", true]);
    expect(
      statements
        .filter(([, answer]) => !answer)
        .every(
          ([statement]) =>
            String(statement).startsWith("ÖFL und ") ||
            String(statement).endsWith("und Aviona haben von Reisebüros für jede Buchung eine Gebühr von zwölf Euro eingehoben."),
        ),
    ).toBe(true);
  });

  it("reads no word before '-Gruppe' that ends like a plural or names a place ('Rebellen-Gruppe')", () => {
    const text = `Kämpfe im Norden

Bamako – Die Rebellen-Gruppe griff am Montag einen Posten an. Rebellen und Soldaten lieferten sich Gefechte.`;
    expect(extractFacts(text).actions.filter((action) => action.organisation || action.pair?.some((member) => member.organisation))).toEqual([]);
  });
});
