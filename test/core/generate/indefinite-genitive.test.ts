/**
 * Statements refused as not self-contained although the sentence introduces whom it means: an office or epithet with an
 * indefinite genitive ("den Geschäftsführer einer Baufirma", "die Täter einer Einbruchsserie"), a pro-adverb that points
 * forward to an infinitive clause ("warnte davor, die Inflation zu unterschätzen").
 */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const statementsOf = (id: string, text: string) =>
  generateBank([{ id, text }])[0]!.questions.flatMap((question) =>
    question.type === "truefalse" && question.topic === "action" ? [{ statement: question.statement, answer: question.answer }] : [],
  );

describe("an office with an indefinite genitive after it", () => {
  const text = (deed: string) => `Förderbetrug in Linz

Linz. ${deed} Der Mann soll Förderungen in Höhe von 400.000 Euro erschlichen haben. Die Polizei durchsuchte am Dienstag mehrere Büros in der Innenstadt und stellte zahlreiche Unterlagen sicher. Ein Sprecher der Behörde sagte, die Ermittlungen stünden noch am Anfang.`;

  it("is stated: the genitive says whose office it is", () => {
    const made = statementsOf("linz", text("Die Staatsanwaltschaft Linz ermittelt gegen den früheren Geschäftsführer einer Baufirma."));
    expect(made).toContainEqual({ statement: "Gegen den früheren Geschäftsführer einer Baufirma ermittelt die Staatsanwaltschaft Linz.", answer: true });
    // Without the genitive nobody says which manager: still no statement.
    const pointing = statementsOf("linz", text("Die Staatsanwaltschaft Linz ermittelt gegen den früheren Geschäftsführer."));
    expect(pointing.filter((statement) => statement.statement.includes("Geschäftsführer"))).toEqual([]);
  });

  it("is stated where it is the deed's object after a plain article", () => {
    const made = statementsOf("linz", text("Die Polizei hat am Mittwoch den Chef eines Bauunternehmens festgenommen."));
    expect(made).toContainEqual({ statement: "Am Mittwoch hat die Polizei den Chef eines Bauunternehmens festgenommen.", answer: true });
    const pointing = statementsOf("linz", text("Die Polizei hat am Mittwoch den Chef des Bauunternehmens festgenommen."));
    expect(pointing.filter((statement) => statement.statement.includes("Chef"))).toEqual([]);
  });
});

describe("an epithet with an indefinite genitive after it", () => {
  const text = (deed: string) => `Einbruchsserie in Wels geklärt

Wels. ${deed} Die Kriminalpolizei Wels nahm am Freitag drei Männer aus Rumänien fest. Die Ermittler stellten Schmuck und Bargeld im Wert von 250.000 Euro sicher.`;

  it("is stated: 'die Täter einer Einbruchsserie' are new, not someone named before", () => {
    const made = statementsOf("wels", text("Nach monatelangen Ermittlungen hat die Polizei in Oberösterreich die Täter einer Einbruchsserie gefasst."));
    expect(made).toContainEqual({
      statement: "Die Polizei hat nach monatelangen Ermittlungen in Oberösterreich die Täter einer Einbruchsserie gefasst.",
      answer: true,
    });
    const pointing = statementsOf("wels", text("Nach monatelangen Ermittlungen hat die Polizei in Oberösterreich die Täter gefasst."));
    expect(pointing.filter((statement) => statement.statement.includes("Täter"))).toEqual([]);
  });
});

describe("a pro-adverb that points forward to an infinitive clause", () => {
  const text = (deed: string) => `Teuerung bleibt hoch

Wien. Die Inflation in Österreich ist im Oktober auf 4,1 Prozent gestiegen. ${deed} Notenbankchef Robert Holzmann rechnet erst im kommenden Jahr mit einer Entspannung. Die Gewerkschaften fordern höhere Löhne.`;

  it("is stated: the clause after the comma says what was warned against", () => {
    const made = statementsOf("inflation", text("Am Montag warnte Wirtschaftsminister Martin Kocher davor, die Teuerung zu unterschätzen."));
    expect(made).toContainEqual({ statement: "Martin Kocher warnte am Montag davor, die Teuerung zu unterschätzen.", answer: true });
    // "davor" with nothing after it points back at what was said before.
    const pointing = statementsOf("inflation", text("Am Montag warnte Wirtschaftsminister Martin Kocher eindringlich davor."));
    expect(pointing.filter((statement) => statement.statement.includes("warnte"))).toEqual([]);
  });
});

describe("'dabei' in a clause of 'was' after the deed's own clause", () => {
  const text = (deed: string) => `Wie Kraken jagen

Wien. Krakenforscher der Universität Wien haben das Jagdverhalten der Tiere genauer untersucht. ${deed} Die Ergebnisse erscheinen im Fachmagazin Current Biology. Die Forscherin Anna Berger von der Universität Graz nannte die Studie einen wichtigen Schritt.`;

  it("is stated: it is during that deed, not during something told before", () => {
    const made = statementsOf(
      "kraken",
      text(
        "Martin Leitner (Universität Innsbruck), der seit langem über Kraken forscht, hat mit Kollegen zwölf Krebse an Kraken verfüttert und genau analysiert, was dabei mit den Krebsen geschah.",
      ),
    );
    expect(made).toContainEqual({
      statement: "Martin Leitner hat mit Kollegen zwölf Krebse an Kraken verfüttert und genau analysiert, was dabei mit den Krebsen geschah.",
      answer: true,
    });
    // An opening "dabei" hangs on what the sentence before told.
    const pointing = statementsOf(
      "kraken",
      text("Martin Leitner (Universität Innsbruck), der seit langem über Kraken forscht, hat dabei mit Kollegen zwölf Krebse an Kraken verfüttert."),
    );
    expect(pointing.filter((statement) => statement.statement.includes("Krebse"))).toEqual([]);
  });
});
