/**
 * Statements and options whose object is a definite noun for what an earlier sentence said, proposed or decided ("lehnte
 * das Angebot ab", "begrüßte die Initiative"): which offer, the learner cannot tell. Kept where the phrase says which.
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

describe("a deed whose object points at the sentence before", () => {
  const strike = `Streik bei den Verkehrsbetrieben in Kassel

Die Gewerkschaft Verdi hat die Kasseler Verkehrsbetriebe am Montag scharf kritisiert. Verdi-Sprecherin Anna Berger warf der Geschäftsführung vor, die Beschäftigten seit Monaten hinzuhalten. Geschäftsführer Klaus Meier legte am Mittwoch ein neues Angebot vor. Die Gewerkschaft lehnte das Angebot am Donnerstag ab. Verdi kündigte für Freitag einen Warnstreik in allen Bussen und Straßenbahnen an. Die Stadt Kassel begrüßte den Vorschlag, die Gespräche unter einem Schlichter fortzusetzen. Bürgermeister Peter Schmitt unterstützte die Forderung der Gewerkschaft nach mehr Personal. Die Fahrgäste müssen sich am Freitag auf große Einschränkungen einstellen.`;

  it("is not stated: 'lehnte das Angebot ab' does not say which offer", () => {
    const read = readOf("streik", strike);
    expect(read.filter((text) => text.includes("das Angebot"))).toEqual([]);
    // The deed that brings the offer in is still asked.
    expect(read).toContain("Klaus Meier legte am Mittwoch ein neues Angebot vor.");
  });

  it("is stated where the phrase itself says which: a genitive with 'nach', an infinitive clause", () => {
    const read = readOf("streik", strike);
    expect(read).toContain("Peter Schmitt unterstützte die Forderung der Gewerkschaft nach mehr Personal.");
    expect(read).toContain("Die Stadt Kassel hat den Vorschlag begrüßt, die Gespräche unter einem Schlichter fortzusetzen.");
  });
});

describe("a choice whose options welcome what the sentence before brought in", () => {
  const aid = `Dürrehilfe für Bauern in Niedersachsen

Hannover – Die Landesregierung von Niedersachsen will Bauern nach der Dürre mit 50 Millionen Euro unterstützen. Agrarministerin Petra Vogel stellte am Montag ein Hilfsprogramm für betroffene Höfe vor. Bauernpräsident Martin Krüger begrüßte die Initiative, mahnte aber eine schnelle Auszahlung an. Nabu-Chefin Sabine Roth meinte, man müsse das Thema ganz anders angehen. Vogel verteidigte ihr Hilfsprogramm am Dienstag im Landtag.`;

  it("asks neither 'begrüßte die Initiative' nor 'das Thema angehen', in statements, stems or options", () => {
    const read = readOf("duerre", aid);
    expect(read.filter((text) => text.includes("die Initiative") || text.includes("das Thema"))).toEqual([]);
    expect(read).toContain("Petra Vogel stellte am Montag ein Hilfsprogramm für betroffene Höfe vor.");
  });
});

describe("a definite noun of what was said, explained by a genitive without article", () => {
  it("keeps 'für die Ankündigung neuer Sparmaßnahmen', drops a bare 'kritisierte die Ankündigung'", () => {
    const text = `Haushalt in Sachsen

Dresden – Finanzminister Tobias Lange will die Haushaltsdebatte am Mittwoch für die Ankündigung neuer Sparmaßnahmen nutzen. Die Opposition erwartet harte Einschnitte bei Schulen und Kitas. Grünen-Fraktionschefin Maria Fuchs kritisierte die Ankündigung am Donnerstag scharf. Der Landtag soll den Haushalt im Dezember beschließen.`;
    const read = readOf("haushalt", text);
    expect(read).toContain("Tobias Lange will die Haushaltsdebatte am Mittwoch für die Ankündigung neuer Sparmaßnahmen nutzen.");
    expect(read.filter((text) => text.includes("kritisierte die Ankündigung"))).toEqual([]);
  });
});
