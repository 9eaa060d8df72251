import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const sentencesOf = (text: string) =>
  extractFacts(text).passages.flatMap((passage) => passage.sentences.map((sentence) => text.slice(sentence.start, sentence.end)));

describe("sentences", () => {
  it("does not split at abbreviations, initials, ordinals and dates", () => {
    const text =
      "Der Gipfel begann am 14. Juni in Brüssel. Dr. Müller sprach z. B. über Zölle, u. a. mit Blick auf den 04.06.2020 als Stichtag. " +
      "George W. Bush war bzw. ist Thema. Beim 3. Treffen kamen ca. 40 Gäste. Danach ging es weiter!";
    expect(sentencesOf(text)).toEqual([
      "Der Gipfel begann am 14. Juni in Brüssel.",
      "Dr. Müller sprach z. B. über Zölle, u. a. mit Blick auf den 04.06.2020 als Stichtag.",
      "George W. Bush war bzw. ist Thema.",
      "Beim 3. Treffen kamen ca. 40 Gäste.",
      "Danach ging es weiter!",
    ]);
  });

  it("splits after a figure that ends a sentence and after closing quotes", () => {
    const text = "Die Zahl stieg auf 500. Danach sank sie. „Wir bleiben.“ Er ging.";
    expect(sentencesOf(text)).toEqual(["Die Zahl stieg auf 500.", "Danach sank sie.", "„Wir bleiben.“", "Er ging."]);
  });

  it("ends a link line without a final mark at the next item's dateline", () => {
    const text =
      "Die Studie erschien im Fachblatt Nature. AbstractNature: Soil carbon loss in warming forests Zürich – Die Stadt Zürich baut bis 2030 vier neue Schulen.";
    expect(sentencesOf(text)).toEqual([
      "Die Studie erschien im Fachblatt Nature.",
      "AbstractNature: Soil carbon loss in warming forests Zürich –",
      "Die Stadt Zürich baut bis 2030 vier neue Schulen.",
    ]);
    // A dash between capitalised words inside an ordinary sentence is no dateline.
    expect(sentencesOf("Die Sieger – Deutschland und Frankreich – feierten.")).toEqual(["Die Sieger – Deutschland und Frankreich – feierten."]);
  });

  it("leaves out a subheading run into the next sentence, but not a newspaper's name after 'laut'", () => {
    const text =
      "Der Papst eröffnete die Synode. Warnung vor Konsumgesellschaft In seiner Ansprache warnte er vor der Kultur des Konsums. " +
      "Drahtzieher Der Drahtzieher der Anschläge könnte ein Belgier sein. Laut Die Presse war er bekannt.";
    expect(sentencesOf(text)).toEqual([
      "Der Papst eröffnete die Synode.",
      "In seiner Ansprache warnte er vor der Kultur des Konsums.",
      "Der Drahtzieher der Anschläge könnte ein Belgier sein.",
      "Laut Die Presse war er bekannt.",
    ]);
  });

  it("leaves out a subheading run into a sentence that opens with an adverb or a fronted infinitive", () => {
    const text =
      "Die Mittel steigen. Außenministerium zuständig Insgesamt wurden 26 Millionen Euro bereitgestellt. " +
      "Unterschiedliche Fluchtwege Gelingen soll das mit einem Projekt. " +
      "Die neue Regierung Polens will sparen. In Bolivien will er eine Messe halten. Höhere Verwaltungskosten würden die Stadt belasten. " +
      "Für diese Waren soll es Kontingente geben. Er sagte Dann werde man sehen.";
    expect(sentencesOf(text)).toEqual([
      "Die Mittel steigen.",
      "Insgesamt wurden 26 Millionen Euro bereitgestellt.",
      "Gelingen soll das mit einem Projekt.",
      "Die neue Regierung Polens will sparen.",
      "In Bolivien will er eine Messe halten.",
      "Höhere Verwaltungskosten würden die Stadt belasten.",
      "Für diese Waren soll es Kontingente geben.",
      "Er sagte Dann werde man sehen.",
    ]);
  });

  it("leaves out a subheading run into a sentence that opens with the heading's own first word", () => {
    const text =
      "Der Bürgermeister von Schwechat, Karl Huber, hat eine Klage angekündigt. Huber bleibt hart Huber lehnte den Antrag am Dienstag ab. " +
      "Fonix baut Filialen aus Fonix will bis zum Herbst zehn neue Geschäfte eröffnen. " +
      "Schritt für Schritt soll der Lärmschutz verbessert werden. Wien ist nicht Wien ohne seine Kaffeehäuser.";
    expect(sentencesOf(text)).toEqual([
      "Der Bürgermeister von Schwechat, Karl Huber, hat eine Klage angekündigt.",
      "Huber lehnte den Antrag am Dienstag ab.",
      "Fonix will bis zum Herbst zehn neue Geschäfte eröffnen.",
      "Schritt für Schritt soll der Lärmschutz verbessert werden.",
      "Wien ist nicht Wien ohne seine Kaffeehäuser.",
    ]);
  });

  it("numbers passages and sentences in text order with offsets into the raw text", () => {
    const text = "\n\n  Titel der Meldung  \r\n\r\nErster Satz. Zweiter Satz.\n\nDritter Satz.\n";
    const { passages } = extractFacts(text);
    expect(passages.map((passage) => passage.id)).toEqual(["p1", "p2", "p3"]);
    expect(passages.map((passage) => text.slice(passage.start, passage.end))).toEqual(["Titel der Meldung", "Erster Satz. Zweiter Satz.", "Dritter Satz."]);
    expect(passages[1]!.sentences.map((sentence) => sentence.id)).toEqual(["p2s1", "p2s2"]);
  });
});

describe("passage kinds", () => {
  it("tells title, dateline, headings, quotes, bylines and page furniture apart", () => {
    const text = [
      "Regierung legt Haushalt vor",
      "Berlin",
      "Das Kabinett hat den Haushalt für das kommende Jahr beschlossen. Die Ausgaben steigen deutlich.",
      "Streit um die Schuldenbremse",
      "Die Finanzministerin erklärte dazu:",
      "Wir halten an der Schuldenbremse fest, weil sie Vertrauen schafft und die Zinsen niedrig hält.",
      "Mehr zum Thema: Was die Schuldenbremse erlaubt",
      "Foto: Max Muster/dpa",
      "Von Lisa Beispiel, Hauptstadtstudio",
      "Teilen",
    ].join("\n\n");
    const kinds = extractFacts(text).passages.map((passage) => passage.kind);
    expect(kinds).toEqual(["title", "byline", "text", "heading", "text", "quote", "boilerplate", "boilerplate", "byline", "boilerplate"]);
  });

  it("takes title, date, source, author and dateline from the text when no metadata is given", () => {
    const text = "Neue Regeln für Drohnen\n\n12.03.2024 - Meldung\n\nParis (AFP) Die Regierung verschärft die Regeln.\n\nVon Paul Muster, Korrespondent";
    expect(extractFacts(text, { id: "x" }).document).toEqual({
      id: "x",
      title: "Neue Regeln für Drohnen",
      date: "2024-03-12",
      source: "AFP",
      dateline: "Paris",
      datelineSpan: { start: text.indexOf("Paris"), end: text.indexOf("Paris") + "Paris (AFP)".length },
      author: "Paul Muster",
    });
  });

  it("takes a dateline out of its sentence and marks teaser and opening as the lead", () => {
    const text = "Die Partei hat entschieden. Hanoi / Phnom Penh – Die Erwartungen waren hoch. Der Parteichef bleibt. Die Reformer verlieren. Mehr folgt.";
    const facts = extractFacts(text);
    expect(facts.document.dateline).toBe("Hanoi / Phnom Penh");
    expect(text.slice(facts.document.datelineSpan!.start, facts.document.datelineSpan!.end)).toBe("Hanoi / Phnom Penh –");
    const sentences = facts.passages[0]!.sentences;
    expect(sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual([
      "Die Partei hat entschieden.",
      "Die Erwartungen waren hoch.",
      "Der Parteichef bleibt.",
      "Die Reformer verlieren.",
      "Mehr folgt.",
    ]);
    expect(sentences.map((sentence) => sentence.lead)).toEqual(["teaser", "opening", "opening", undefined, undefined]);
  });

  it("reads a dateline whose town is named with its river ('Halle an der Saale –'), and no day after 'am' for one", () => {
    const text = "Neue Klinik eröffnet\n\nDie Stadt baut. Halle an der Saale – Die Klinik hat am Montag eröffnet.";
    const river = extractFacts(text);
    expect(river.document.dateline).toBe("Halle an der Saale");
    const sentences = river.passages.flatMap((passage) => passage.sentences).map((sentence) => text.slice(sentence.start, sentence.end));
    expect(sentences).toContain("Die Klinik hat am Montag eröffnet.");
    const day = extractFacts("Neue Klinik eröffnet\n\nDie Stadt baut. Eröffnung am Montag – Die Klinik ist fertig.");
    expect(day.document.dateline).toBeUndefined();
  });

  it("reads a dateline whose foreign town name has a lowercase particle ('Rio de Janeiro –', 'Val d'Isère –') or starts with 'Den' ('Den Haag –')", () => {
    for (const place of ["Rio de Janeiro", "Val d'Isère", "Boulogne sur Mer", "Den Haag"]) {
      const text = `Rennen abgesagt\n\n${place} – Der Rennleiter hat am Samstag das Rennen abgesagt. Die Fahrer reisen ab.`;
      const facts = extractFacts(text);
      expect(facts.document.dateline).toBe(place);
      const sentences = facts.passages.flatMap((passage) => passage.sentences).map((sentence) => text.slice(sentence.start, sentence.end));
      expect(sentences).toContain("Der Rennleiter hat am Samstag das Rennen abgesagt.");
    }
    expect(extractFacts("Rennen abgesagt\n\nDen Sieg – Der Trainer ist stolz. Er lacht.").document.dateline).toBeUndefined();
    expect(extractFacts("Rennen abgesagt\n\nde Janeiro – Der Trainer ist stolz. Er lacht.").document.dateline).toBeUndefined();
  });

  it("takes no grammar word for a dateline", () => {
    const facts = extractFacts("Die Lage – Experten sind besorgt. Sie warnen.");
    expect(facts.document.dateline).toBeUndefined();
    expect(facts.passages[0]!.sentences[0]!.start).toBe(0);
  });

  it("reads a dateline on a line of its own, and not a party in brackets for an agency", () => {
    const own = extractFacts("Haushalt beschlossen\n\nBerlin (dpa) -\n\nDas Kabinett hat den Haushalt beschlossen.");
    expect(own.passages.map((passage) => passage.kind)).toEqual(["title", "byline", "text"]);
    expect(own.document).toMatchObject({ dateline: "Berlin", source: "dpa" });
    const party = extractFacts("Die Grünen (Partei) legten zu. Sie gewannen deutlich.");
    expect(party.document.dateline).toBeUndefined();
    expect(party.document.source).toBeUndefined();
  });

  it("prefers given metadata", () => {
    const facts = extractFacts("Eine Überschrift hier\n\nText folgt.", { id: "a", title: "Gegeben", date: "2020-01", source: "dpa" });
    expect(facts.document).toMatchObject({ id: "a", title: "Gegeben", date: "2020-01", source: "dpa" });
  });
});
