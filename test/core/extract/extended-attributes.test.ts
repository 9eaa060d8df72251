/**
 * An attribute with a phrase of its own between the article and a person's office or noun ("Der in Lyon geborene
 * Politiker Omar Kaya", "die seit vielen Jahren amtierende Präsidentin Eva Berg"): the person named after it acts or
 * speaks, on short texts written for the test.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const text = `Gespräche in Ankara

Ankara – Die Polizei hat in der Türkei am Montag mehrere Journalisten festgenommen. Der in Lyon geborene Politiker Omar Kaya kündigte neue Proteste an. Die seit vielen Jahren amtierende Präsidentin Eva Berg forderte die Freilassung der Reporter. Der aus Izmir stammende Autor Can Polat sagte, er sei besorgt. Der in Wien geborene Hauptverdächtige Karim Said wird weiter gesucht. Die in Wien lebende Familie eines Reporters reiste ab.`;

describe("a person after an attribute with a phrase of its own", () => {
  const facts = extractFacts(text);

  it("acts after 'der in Lyon geborene Politiker' and 'die seit vielen Jahren amtierende Präsidentin'", () => {
    const actors = facts.actions.map((action) => action.person);
    expect(actors).toContain("Kaya");
    expect(actors).toContain("Berg");
    expect(actors).toContain("Said");
  });

  it("speaks after 'der aus Izmir stammende Autor'", () => {
    expect(facts.quotes.map((quote) => [quote.person, quote.quote.text])).toContainEqual(["Polat", "er sei besorgt"]);
  });

  it("makes no person of a group after such an attribute ('Die in Wien lebende Familie eines Reporters')", () => {
    const family = facts.actions.filter((action) => text.slice(action.start, action.end).startsWith("Die in Wien lebende Familie"));
    expect(family.every((action) => action.person === undefined)).toBe(true);
  });

  const questions = generateBank([{ id: "ankara", text }])[0]!.questions;

  it("asks who the person after the attribute is, the attribute left as the text writes it", () => {
    const gap = questions.find((question) => question.type === "cloze" && question.before === "Der in Wien geborene Hauptverdächtige ");
    expect(gap?.type === "cloze" ? gap.answer : undefined).toBe("Karim Said");
  });

  it("gives no office the participle that closes the attribute ('Can Polat ist Autor.', not 'stammender Autor')", () => {
    const offices = questions.flatMap((question) => (question.topic === "person_role" && question.type === "truefalse" ? [question.statement] : []));
    expect(offices).toContain("Can Polat ist Autor.");
    expect(offices).toContain("Eva Berg ist Präsidentin.");
    expect(offices.filter((statement) => /stammend|amtierend/u.test(statement))).toEqual([]);
  });
});
