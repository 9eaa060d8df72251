/** A woman the text names by what she does ("Die Grazer Architektin"): a person, never an institution to swap with a body. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("a deed of a woman named by her occupation alone", () => {
  const text = `Architektin Erika Wallner ist tot

Die Linzer Architektin prägte den Schulbau in Oberösterreich. Sie starb im Alter von 88 Jahren.

Linz – Die Architektin Erika Wallner ist tot. Sie starb am Freitag in Linz, wie ihre Tochter mitteilte. Wallner plante mehr als 40 Schulen und hat den Schulbau im Land über Jahrzehnte geprägt. Die Landesgalerie Linz kündigte an, im Herbst eine Ausstellung über ihr Werk zu zeigen. Bürgermeister Dietmar Prammer würdigte sie als große Baumeisterin.`;

  it("is never given to a body of the text as a false statement", () => {
    const made = statementsOf("wallner", text).filter((statement) => statement.statement.includes("Schulbau in Oberösterreich"));
    expect(made.filter((statement) => statement.statement.startsWith("Die Landesgalerie"))).toEqual([]);
  });
});
