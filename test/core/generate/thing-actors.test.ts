/** Actors named by one unknown word: a company introduced by an apposition of its kind, a probe named after its kind's noun. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a company named by one word and an apposition of its kind", () => {
  it("states the deed of a name with its article before 'das größte Molkereiunternehmen des Landes'", () => {
    const text = `Molkerei senkt den Milchpreis

Die Bauern bekommen ab März weniger Geld für ihre Milch.

Salzburg – Die Alpenmilch, das größte Molkereiunternehmen des Landes, zahlt den Bauern ab März nur noch 41 Cent je Kilogramm. Bisher waren es 46 Cent. Die Landwirtschaftskammer kritisierte die Senkung scharf.`;
    const paid = statementsOf("milch", text).filter((statement) => statement.statement.includes("Kilogramm"));
    expect(paid).toContainEqual({ statement: "Die Alpenmilch zahlt den Bauern ab März nur noch 41 Cent je Kilogramm.", answer: true });
    // The false twin changes the figure, not who paid.
    expect(paid.filter((statement) => !statement.answer).map((statement) => statement.statement.startsWith("Die Alpenmilch zahlt"))).toEqual([true]);
  });

  it("states the deed of a name opening the sentence before 'der größte Stahlkonzern des Landes'", () => {
    const text = `Stahlkonzern baut Stellen ab

Die Krise der Autoindustrie trifft auch die Zulieferer.

Linz – Montanwerk, der größte Stahlkonzern des Landes, streicht bis Jahresende 600 Stellen. Betroffen sind vor allem die Werke in der Steiermark.`;
    expect(statementsOf("stahl", text)).toContainEqual({ statement: "Montanwerk streicht bis Jahresende 600 Stellen.", answer: true });
  });
});

describe("a space probe named after its kind's noun", () => {
  const text = `Europäische Sonde erreicht den Mars

Nach sieben Monaten Flug ist die Raumsonde Nova am Ziel. Ingenieurin Lena Brandt leitet die Mission.

Darmstadt – Die europäische Raumsonde Nova ist am Sonntag in eine Umlaufbahn um den Mars eingeschwenkt. Am Montag schickte die Sonde die ersten Bilder zur Erde. Nova soll zwei Jahre lang nach Wasser unter der Oberfläche suchen. Ab 2030 soll Nova als erste Sonde auf einem anderen Mond als dem Erdmond landen. Gebaut wurde die Sonde vom Raumfahrtkonzern Airbus.`;

  it("states what 'die Sonde' and the bare name did as the probe's deeds, named as the text introduced it", () => {
    const made = statementsOf("sonde", text);
    expect(made).toContainEqual({ statement: "Die Raumsonde Nova schickte am Montag die ersten Bilder zur Erde.", answer: true });
    expect(made).toContainEqual({ statement: "Die europäische Raumsonde Nova soll zwei Jahre lang nach Wasser unter der Oberfläche suchen.", answer: true });
    // Where the text names no probe, "die Sonde" is nobody it could name.
    const unnamed = text
      .replace("die Raumsonde Nova", "die Raumsonde")
      .replace("Die europäische Raumsonde Nova", "Die europäische Raumsonde")
      .replace(/Nova soll/gu, "Sie soll");
    expect(statementsOf("unbenannt", unnamed).filter((statement) => /Bilder zur Erde/u.test(statement.statement))).toEqual([]);
  });

  it("never gives the probe's deed to a person or a company, and denies 'als erste Sonde', not the comparison", () => {
    const made = statementsOf("sonde", text).filter((statement) => /Bilder|Wasser|landen/u.test(statement.statement));
    expect(made.filter((statement) => /Brandt|Airbus/u.test(statement.statement))).toEqual([]);
    const landing = made.filter((statement) => statement.statement.includes("landen") && !statement.answer).map((statement) => statement.statement);
    expect(landing).toEqual(["Die europäische Raumsonde Nova soll ab 2030 nicht als erste Sonde auf einem anderen Mond als dem Erdmond landen."]);
  });
});
