/**
 * A title whose actor has no article ("Türkische Polizei nahm ... fest") is no German sentence as it stands: no
 * statement is made of it, and its actor is no rival of another deed, unless the body names it with its article.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const text = `Türkische Polizei nahm offenbar drei Journalisten fest.

Istanbul – In der Türkei sind am Dienstag drei Journalisten einer Oppositionszeitung festgenommen worden. Die Staatsanwaltschaft wirft ihnen Propaganda für eine verbotene Organisation vor. Die Zeitung sprach von einem Angriff auf die Pressefreiheit. Auch die Opposition im Parlament kritisierte die Festnahmen scharf.`;

describe("a title's actor without its article", () => {
  it("opens no statement and no option", () => {
    const told = generateBank([{ id: "bare-headline-actors", text }])[0]!.questions.flatMap((question) =>
      question.type === "truefalse" ? [question.statement] : question.type === "single" ? question.options.map((option) => option.text) : [],
    );
    expect(told.filter((statement) => statement.startsWith("Türkische Polizei"))).toEqual([]);
  });
});
