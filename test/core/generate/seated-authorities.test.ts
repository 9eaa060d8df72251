/** Authorities named with their seat ("Die Staatsanwaltschaft Wels", "das Landesgericht Linz"): the seat is no actor of their own. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const deedTextsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) => {
    if (question.topic !== "action") return [];
    if (question.type === "truefalse") return [question.statement];
    if (question.type === "single") return question.options.map((option) => option.text);
    return [];
  });

describe("an authority with its seat as the actor of a deed", () => {
  it("never gives an authority's deed to its seat alone, a town the text does not know as a place", () => {
    const text = `Ermittlungen nach Unfall auf Baustelle

Nach dem Einsturz eines Gerüsts auf einer Baustelle in Oberösterreich ermitteln nun zwei Behörden. Die Staatsanwaltschaft Linz ermittelt wegen fahrlässiger Körperverletzung gegen den Bauleiter. Drei Arbeiter waren am Montag schwer verletzt worden.

Die Staatsanwaltschaft Wels prüft zudem Hinweise auf Betrug bei der Auftragsvergabe. Die Firma soll Rechnungen gefälscht haben.`;
    const made = deedTextsOf("gerüst", text);
    expect(made.filter((statement) => /^(?:Wels|Linz) /u.test(statement))).toEqual([]);
  });

  it("keeps the seat after the verb with the authority, and its twin is an authority of the same kind", () => {
    const text = `Betrugsverdacht bei Gemeindebau

Nach Hinweisen auf gefälschte Rechnungen beim Bau eines Gemeindezentrums ermitteln zwei Behörden gegen einen Bauunternehmer. Am Montag leitete die Staatsanwaltschaft Steyr ein Verfahren wegen schweren Betrugs ein. Der Unternehmer bestreitet die Vorwürfe.

Die Staatsanwaltschaft Leoben ermittelt wegen Untreue gegen einen früheren Bürgermeister. Laut Staatsanwaltschaft geht es um rund 400.000 Euro.`;
    const made = deedTextsOf("gemeindebau", text).filter((statement) => statement.includes("Verfahren"));
    expect(made).toContain("Die Staatsanwaltschaft Steyr leitete am Montag ein Verfahren wegen schweren Betrugs ein.");
    expect(made).toContain("Die Staatsanwaltschaft Leoben leitete am Montag ein Verfahren wegen schweren Betrugs ein.");
    expect(made.filter((statement) => !statement.startsWith("Die Staatsanwaltschaft Steyr") && !statement.startsWith("Die Staatsanwaltschaft Leoben"))).toEqual(
      [],
    );
  });

  it("gives the prosecution's deed to no club, whose kind its name's opener tells", () => {
    const text = `Überfall nach Fußballspiel

Nach dem Spiel wurde ein Fan auf dem Heimweg ausgeraubt. Die Staatsanwaltschaft Klagenfurt beantragte die Untersuchungshaft gegen zwei Verdächtige. Der Fan erlitt leichte Verletzungen.

Der SK Austria Klagenfurt verurteilte die Tat scharf. Der Verein verbietet den beiden Männern den Besuch seiner Spiele.`;
    const made = deedTextsOf("fan", text).filter((statement) => statement.includes("Untersuchungshaft"));
    expect(made).toContain("Die Staatsanwaltschaft Klagenfurt hat die Untersuchungshaft gegen zwei Verdächtige beantragt.");
    expect(made.filter((statement) => !statement.startsWith("Die Staatsanwaltschaft Klagenfurt"))).toEqual([]);
  });

  it("keeps the authority whole where a name of the text ends in its seat's town, which the person finder misread", () => {
    const text = `Überfall nach Fußballspiel

Nach dem Spiel in Klagenfurt wurde ein Fan auf dem Heimweg ausgeraubt. Die Staatsanwaltschaft Klagenfurt beantragte die Untersuchungshaft gegen zwei Verdächtige. Der Fan erlitt leichte Verletzungen.

Der SK Austria Klagenfurt verurteilte die Tat scharf. Der Verein verbietet den beiden Männern den Besuch seiner Spiele.`;
    const made = deedTextsOf("fan", text).filter((statement) => statement.includes("Untersuchungshaft"));
    expect(made).toContain("Die Staatsanwaltschaft Klagenfurt hat die Untersuchungshaft gegen zwei Verdächtige beantragt.");
    expect(made.filter((statement) => !statement.startsWith("Die Staatsanwaltschaft Klagenfurt"))).toEqual([]);
  });
});
