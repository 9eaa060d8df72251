/**
 * An institution whose name goes on with "für" before its acronym in brackets ("die Internationale Organisation für
 * Migration (IOM)"): named whole as actor, option and in statements; and a fore-field opening with a noun of time
 * ("Anfang der Woche") keeps its capital inside the statement.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const text = `Mehr Migranten in Griechenland

Athen – Anfang der Woche hatte die Internationale Organisation für Migration (IOM) bekannt gegeben, dass seit Jahresbeginn etwa 300.000 Migranten angekommen seien. Am Wochenende hatte das Deutsche Zentrum für Luft- und Raumfahrt (DLR) ein neues Kommando an die Sonde geschickt. Die EU will Griechenland mit 500 Millionen Euro unterstützen. Die Regierung hat am Montag neue Lager eröffnet. Die Regierung für ihre Politik zu loben, fällt vielen schwer.`;

const questions = generateBank([{ id: "iom", text }])[0]!.questions;
const statements = questions.flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));
const options = questions.flatMap((question) => (question.type === "single" ? question.options.map((option) => option.text) : []));

describe("a name with 'für' before its acronym", () => {
  it("reads the whole name as the actor after the verb", () => {
    const actors = extractFacts(text).actions.map((action) => action.actor.text);
    expect(actors).toContain("die Internationale Organisation für Migration");
    expect(actors).toContain("das Deutsche Zentrum für Luft- und Raumfahrt");
  });

  it("states and offers the whole name, never its first words alone", () => {
    expect(statements).toContain(
      "Die Internationale Organisation für Migration hatte Anfang der Woche bekannt gegeben, dass seit Jahresbeginn etwa 300.000 Migranten angekommen seien.",
    );
    expect(options).toContain("Die Internationale Organisation für Migration");
    expect([...statements, ...options].filter((wording) => /Internationale Organisation(?! für Migration)|für Migration bekannt/u.test(wording))).toEqual([]);
  });

  it("keeps 'Anfang' a noun inside the statement", () => {
    expect(statements.filter((statement) => /(?<!\p{L})anfang(?!\p{L})/u.test(statement))).toEqual([]);
  });
});
