/**
 * What a source reports in a fronted attribution ("Der Weltbank zufolge hat ...", "Laut Experten-Informationen war
 * es ..."): the reported clause opens with its verb, so it is no one's words to give as "X sagte". Asked as a true
 * statement with the source turned round (never the text's sentence copied) and a false twin changed the same way;
 * through the whole generator.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";
import { quoteStandsAlone } from "../../../src/generate/standalone";

const statementsOf = (id: string, text: string) => {
  const [bank] = generateBank([{ id, text }]);
  return bank!.questions.flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));
};

const BANK = `Armut in Gaza

Gaza – Der Weltbank zufolge hat der Gazastreifen mit knapp 44 Prozent die höchste Arbeitslosenquote der Region. Die Regierung in Ramallah kündigte Hilfen an.`;

const REPORTS = `Streit in Niederösterreich

St. Pölten – Laut ORF-Informationen war es im Vorfeld der Landtagswahl zu heftigen Verwerfungen zwischen Huber und Maier gekommen. Die Partei wählte am Sonntag einen neuen Vorstand.`;

describe("what a source reports in a fronted attribution", () => {
  it("states it with the source as 'laut', and falsely with another figure", () => {
    const statements = statementsOf("bank", BANK);
    expect(statements).toContainEqual({
      statement: "Laut der Weltbank hat der Gazastreifen mit knapp 44 Prozent die höchste Arbeitslosenquote der Region.",
      answer: true,
    });
    const wrong = statements.filter((statement) => !statement.answer && statement.statement.startsWith("Laut der Weltbank"));
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.statement).not.toContain("44 Prozent");
  });

  it("turns 'laut' of a bare plural into 'zufolge', and denies the clause where it has no figure", () => {
    const statements = statementsOf("reports", REPORTS);
    expect(statements).toContainEqual({
      statement: "ORF-Informationen zufolge war es im Vorfeld der Landtagswahl zu heftigen Verwerfungen zwischen Huber und Maier gekommen.",
      answer: true,
    });
    expect(statements).toContainEqual({
      statement: "ORF-Informationen zufolge war es im Vorfeld der Landtagswahl nicht zu heftigen Verwerfungen zwischen Huber und Maier gekommen.",
      answer: false,
    });
  });

  it("asks nothing of an unnamed report, nor of a claim that counts on from an earlier sentence", () => {
    const unnamed = BANK.replace("Der Weltbank zufolge", "Einem Bericht zufolge");
    expect(statementsOf("unnamed", unnamed).some((statement) => statement.statement.includes("Bericht"))).toBe(false);
    const further = BANK.replace("hat der Gazastreifen mit knapp 44 Prozent", "sind im Gazastreifen zwei weitere Kliniken mit 44 Betten");
    expect(statementsOf("further", further).some((statement) => statement.statement.includes("weitere"))).toBe(false);
  });
});

describe("the 'es' of 'es ist zu ... gekommen'", () => {
  it("stands for nothing, unlike the 'es' of 'zu spät'", () => {
    expect(quoteStandsAlone("war es im Vorfeld der Wahl zu massiven Verwerfungen gekommen")).toBe(true);
    expect(quoteStandsAlone("Es ist zu Ausschreitungen gekommen")).toBe(true);
    expect(quoteStandsAlone("Es ist zu spät gekommen")).toBe(false);
  });
});
