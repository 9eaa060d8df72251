/**
 * A kind's noun pointing back ("Die Firma", "Der Konzern") stands for the institution named by the kind before only
 * where no other thing of that kind, unnamed ("einer Baufirma", "einem Unternehmen"), stands between or in its sentence.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a kind's noun after another, unnamed thing of the kind", () => {
  const firmText = (between: string, pointer: string) => `Stellenabbau in Linz

Linz – Der Stahlkonzern Voestalpine streicht 600 Stellen in Linz. ${between} ${pointer}

Die Gewerkschaft Pro-Ge forderte strengere Kontrollen in der Branche.`;

  it("stands for nobody after 'einer Firma' or with 'einer Baufirma' in its own sentence, and for the naming after 'des Konzerns'", () => {
    const damage = (text: string) => statementsOf("firma", text).filter((statement) => statement.statement.includes("Schaden"));
    const afterOther = firmText(
      "Die Polizei verhaftete den früheren Geschäftsführer einer Firma aus Wels.",
      "Die Firma hat den Schaden mit rund zwei Millionen Euro beziffert.",
    );
    expect(damage(afterOther)).toEqual([]);
    const otherInOwnSentence = firmText(
      "Die Polizei verhaftete am Montag einen Manager.",
      "Das Unternehmen hat den Schaden einer Baufirma mit rund zwei Millionen Euro beziffert.",
    );
    expect(damage(otherInOwnSentence)).toEqual([]);
    // The kind's noun alone after a definite article points back itself: the same company.
    const afterSame = firmText("Die Polizei verhaftete am Montag den Chef des Konzerns.", "Die Firma hat den Schaden mit rund zwei Millionen Euro beziffert.");
    expect(damage(afterSame)).toContainEqual({
      statement: "Der Stahlkonzern Voestalpine hat den Schaden mit rund zwei Millionen Euro beziffert.",
      answer: true,
    });
  });

  const plantText = (between: string) => `Neue Fabrik in Graz

Graz – Der Autokonzern Steyrwerk baut eine neue Fabrik in Graz. ${between} Der Konzern hat rund 300 Millionen Euro in das Werk investiert.`;

  it("stands for nobody after another noun of the kind in the sentence before, and for the naming where that one stands further up", () => {
    const investment = (text: string) => statementsOf("werk", text).filter((statement) => statement.statement.includes("investiert"));
    expect(investment(plantText("Die Stadt Graz stellte einem Unternehmen aus Wien ein Grundstück zur Verfügung."))).toEqual([]);
    const further = plantText(
      "Der Gewinn eines Unternehmens hänge heute von der Batterie ab, sagte eine Sprecherin. Die Stadt Graz stellte das Grundstück zur Verfügung.",
    );
    expect(investment(further)).toContainEqual({ statement: "Der Autokonzern Steyrwerk hat rund 300 Millionen Euro in das Werk investiert.", answer: true });
  });
});
