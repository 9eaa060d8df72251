/**
 * "Aber: Ohne Zustimmung des Landtags kann das Gesetz nicht gelten, erklärt die Juristin X": the writer's connective
 * before the colon opens the sentence, not the speaker's words.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const text = `Streit um neues Jagdgesetz

Die Landesregierung will das Jagdgesetz rasch ändern. Juristen sind skeptisch.

Innsbruck – Die Landesregierung will das Jagdgesetz noch vor dem Sommer ändern. Landesrat Josef Geisler verteidigte den Entwurf am Montag. Aber: Ohne Zustimmung des Landtags kann das neue Gesetz nicht in Kraft treten, erklärt die Verfassungsjuristin Anna Gamper. Immerhin: Die Jäger sind mit dem Entwurf zufrieden, sagte Geisler.`;

describe("a connective with a colon before words a speaker is named after", () => {
  it("is not among the speaker's words", () => {
    const quotes = extractFacts(text).quotes.map((quote) => quote.quote.text);
    expect(quotes).toContain("Ohne Zustimmung des Landtags kann das neue Gesetz nicht in Kraft treten");
    expect(quotes).toContain("Die Jäger sind mit dem Entwurf zufrieden");
    expect(quotes.filter((words) => /^(?:Aber|Immerhin):/u.test(words))).toEqual([]);
  });

  it("is in no statement of who said what", () => {
    const statements = generateBank([{ id: "jagd", text }])[0]!.questions.map((question) =>
      question.type === "truefalse" ? question.statement : question.stem,
    );
    expect(statements.filter((statement) => /„(?:Aber|Immerhin):/u.test(statement))).toEqual([]);
  });
});
