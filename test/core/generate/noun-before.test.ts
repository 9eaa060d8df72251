/**
 * Statements and options whose object is a definite noun the sentence or two before brought in with "ein" ("hat einen Brief
 * geschrieben. ... bezeichnete den Brief als problematisch"; "ein Hilfsprogramm ... lobte das Programm"): which letter,
 * which programme, the learner cannot tell from the statement alone. Kept where the title names the noun.
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

/** Every text a learner reads of the text's statement and choice questions: statements, stems, options. */
const readOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => {
    if (question.type === "truefalse") return [question.statement];
    if (question.type === "single") return [question.stem, ...question.options.map((option) => option.text)];
    return [];
  });

const school = `Streit an Welser Gymnasium

Wels – Am Gymnasium Wels ist ein Streit über politische Werbung ausgebrochen. Die Schüler wählen im März eine neue Schulsprecherin. Ein Schüler des Gymnasiums hat einen Brief an Bürgermeister Andreas Rabl geschrieben. Schulleiterin Karin Gnesda bezeichnete den Brief am Montag als problematisch. Die Landesregierung stellte am Dienstag ein Hilfsprogramm für Schulen vor. Bildungsdirektor Paul Weiß lobte das Programm ausdrücklich. Die Stadt Wels plant zudem einen neuen Radweg entlang der Traun. Rabl hat den Radweg im Gemeinderat verteidigt. Die Grünen forderten am Mittwoch eine zweite Fußgängerbrücke. „Die Brücke ist für unsere Stadt viel zu teuer“, sagte Rabl am Donnerstag.`;

describe("a deed or someone's words whose object the sentence before brought in with 'ein'", () => {
  it("is not asked: 'bezeichnete den Brief als problematisch', 'lobte das Programm', 'hat den Radweg verteidigt', 'die Brücke sei zu teuer'", () => {
    const read = readOf("wels", school);
    expect(read.filter((text) => /den Brief|das Programm|den Radweg|die Brücke/u.test(text))).toEqual([]);
    // The deed that brings the programme in is still asked.
    expect(read).toContain("Am Dienstag stellte die Landesregierung ein Hilfsprogramm für Schulen vor.");
  });

  it("is asked where the noun says which, or where the title names it as the text's topic", () => {
    const told = school
      .replace("den Brief am Montag", "den Brief des Schülers am Montag")
      .replace("Streit an Welser Gymnasium", "Neuer Radweg in Wels umstritten");
    const read = readOf("wels-told", told);
    expect(read).toContain("Karin Gnesda bezeichnete den Brief des Schülers am Montag als problematisch.");
    expect(read.filter((text) => text.includes("den Radweg im Gemeinderat verteidigt")).length).toBeGreaterThan(0);
    // The programme, which neither the title nor the phrase names, is still left out.
    expect(read.filter((text) => text.includes("das Programm"))).toEqual([]);
  });
});
