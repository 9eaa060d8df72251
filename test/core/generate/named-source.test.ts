/** A deed told with its source by one noun ("nach Angaben der Gemeinde"): the same deed without it reads on its own. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

const text = (deed: string) => `Hochwasser in Oberösterreich: 40 Häuser evakuiert

Nach tagelangem Regen ist die Enns über die Ufer getreten. In Steyr mussten Dutzende Menschen ihre Häuser verlassen.

Steyr – Das Hochwasser hat in der Nacht auf Mittwoch weite Teile der Altstadt von Steyr überflutet. ${deed} Verletzt wurde niemand. Bürgermeister Markus Vogl sagte, die Lage sei ernst, aber unter Kontrolle.`;

describe("a deed 'nach Angaben der Gemeinde'", () => {
  it("is stated without its source, whose 'der Gemeinde' would point to a town the statement does not name", () => {
    expect(statementsOf("hochwasser", text("Die Feuerwehr evakuierte nach Angaben der Gemeinde 40 Häuser in Ufernähe."))).toContainEqual({
      statement: "Die Feuerwehr evakuierte 40 Häuser in Ufernähe.",
      answer: true,
    });
  });
});
