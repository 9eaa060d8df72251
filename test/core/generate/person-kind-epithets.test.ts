/**
 * A person named again by a noun of what they are in public life ("Der junge Sozialdemokrat", "Die Grünen-Politikerin")
 * as the subject of the next sentence, also with a phrase and a relative clause before the verb; and a person's age in
 * brackets inside a deed ("den Sitz von Maria Lechner (45)"), which the deed says as well without it.
 */
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/bank/schema";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;
const statementsOf = (questions: readonly Question[]) =>
  questions.flatMap((question) => (question.type === "truefalse" ? [{ statement: question.statement, answer: question.answer }] : []));
const saidOf = (questions: readonly Question[]) =>
  JSON.stringify(questions.map((question) => (question.type === "truefalse" ? question.statement : question.type === "single" ? question.options : "")));

describe("a person named again by a noun of their kind", () => {
  const text = `Neue Gesichter im Gemeinderat

Linz – Die SPÖ stellt ihre Fraktion im Linzer Gemeinderat neu auf. Lange hat er auf seine Chance gewartet, nun dürfte er es schaffen: Jakob Brunner, 31 Jahre alt und Leiter eines Jugendzentrums. Der junge Sozialdemokrat mit bosnischen Wurzeln, der bei der Wahl 2015 fast 900 Vorzugsstimmen bekam, soll im März den Sitz von Maria Lechner (45) übernehmen. Parteichefin Eva Wimmer bestätigte die Pläne am Montag.`;

  it("is the person the sentence before is about, past the phrase and the relative clause after the noun", () => {
    expect(statementsOf(questionsOf("brunner", text))).toContainEqual({
      statement: "Jakob Brunner soll im März den Sitz von Maria Lechner übernehmen.",
      answer: true,
    });
  });

  it("takes a woman for the feminine noun, and nobody for a noun of the other gender", () => {
    const woman = text
      .replace(
        "Lange hat er auf seine Chance gewartet, nun dürfte er es schaffen: Jakob Brunner",
        "Lange hat sie auf ihre Chance gewartet, nun dürfte sie es schaffen: Lena Brunner",
      )
      .replace("Der junge Sozialdemokrat", "Die junge Sozialdemokratin")
      .replace("der bei der Wahl", "die bei der Wahl");
    expect(statementsOf(questionsOf("brunner-w", woman))).toContainEqual({
      statement: "Lena Brunner soll im März den Sitz von Maria Lechner übernehmen.",
      answer: true,
    });
    const otherGender = woman.replace("Die junge Sozialdemokratin", "Der junge Sozialdemokrat").replace("die bei der Wahl", "der bei der Wahl");
    expect(saidOf(questionsOf("brunner-m", otherGender))).not.toContain("soll im März den Sitz von Maria Lechner übernehmen");
  });

  it("is no person for a noun in the plural", () => {
    const plural = text
      .replace("Der junge Sozialdemokrat mit bosnischen Wurzeln, der bei der Wahl 2015 fast 900 Vorzugsstimmen bekam, soll", "Die jungen Politiker sollen")
      .replace("Jakob Brunner, 31 Jahre alt", "Jakob Brunner und Tobias Hager, beide 31 Jahre alt");
    expect(saidOf(questionsOf("brunner-p", plural))).not.toContain("Jakob Brunner soll im März");
  });
});

describe("a person's age in brackets inside a deed", () => {
  it("is left out of the statement, as a party's short name is", () => {
    const text = `Wechsel im Landtag

Salzburg – Die ÖVP baut ihren Landtagsklub um. Anna Berger hat am Montag das Mandat von Nicole Solarz (34) übernommen. Peter Moser hat den Vorsitz im Kontrollausschuss von Karl Huber (ÖVP, 58) übernommen. Die Partei will damit jünger werden.`;
    const statements = statementsOf(questionsOf("landtag", text));
    expect(statements).toContainEqual({ statement: "Anna Berger hat am Montag das Mandat von Nicole Solarz übernommen.", answer: true });
    expect(statements).toContainEqual({ statement: "Peter Moser hat den Vorsitz im Kontrollausschuss von Karl Huber übernommen.", answer: true });
  });
});
