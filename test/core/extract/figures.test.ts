/** Figures, dates, countries and people on short made-up sentences, one behaviour at a time. */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const quantities = (text: string) =>
  extractFacts(text).quantities.map(({ text: written, value, unit, approx, hedge }) => ({ written, value, unit, approx, hedge }));

describe("quantities", () => {
  it.each([
    ["Es kamen 14.000 Besucher.", 14000, "Besucher"],
    ["Es kamen 19 000 Besucher.", 19000, "Besucher"],
    ["Das kostet 1,8 Milliarden Dollar.", 1.8e9, "Dollar"],
    ["Das kostet 22,2 Mrd. Euro.", 22.2e9, "Euro"],
    ["Der Anteil lag bei 62 Prozent.", 62, "Prozent"],
    ["Der Anteil lag bei 62 %.", 62, "Prozent"],
    ["Dabei starben sieben Menschen.", 7, "Menschen"],
    ["Sie ist seit vier Jahren im Amt.", 4, "Jahren"],
    ["Es waren 30 Soldatinnen und Soldaten.", 30, "Soldatinnen und Soldaten"],
    ["Es kamen 40 Außen- und Verteidigungsminister.", 40, "Außen- und Verteidigungsminister"],
    ["Es wurden 180 führende Kämpfer getötet.", 180, "führende Kämpfer"],
  ])("reads %j", (text, value, unit) => {
    expect(quantities(text)).toContainEqual(expect.objectContaining({ value, unit, approx: false }));
  });

  it.each([
    ["rund", "Es kamen rund 300 Gäste."],
    ["etwa", "Es kamen etwa 300 Gäste."],
    ["mehr als", "Es kamen mehr als 300 Gäste."],
    ["knapp", "Es kamen knapp 300 Gäste."],
    ["Mindestens", "Mindestens 300 Gäste kamen."],
    ["fast", "Es kamen fast 300 Gäste."],
    ["nahezu", "Es kamen nahezu 300 Gäste."],
    ["annähernd", "Es kamen annähernd 300 Gäste."],
    ["gut", "Es kamen gut 300 Gäste."],
    ["Gut", "Gut 300 Gäste kamen."],
    ["über", "Es kamen über 300 Gäste."],
    ["höchstens", "Es kamen höchstens 300 Gäste."],
    ["bis zu", "Es kamen bis zu 300 Gäste."],
    ["ungefähr", "Es kamen ungefähr 300 Gäste."],
    ["circa", "Es kamen circa 300 Gäste."],
    ["ca.", "Es kamen ca. 300 Gäste."],
    ["maximal", "Es kamen maximal 300 Gäste."],
    ["wenigstens", "Es kamen wenigstens 300 Gäste."],
  ])("marks a figure after %j as approximate", (hedge, text) => {
    expect(quantities(text)).toEqual([{ written: `${hedge} 300`, value: 300, unit: "Gäste", approx: true, hedge }]);
  });

  it("reads 'über' as a hedge only where it cannot be the preposition", () => {
    expect(quantities("Die Zahl der Toten stieg auf über 300.")).toEqual([{ written: "über 300", value: 300, unit: undefined, approx: true, hedge: "über" }]);
    expect(quantities("Es kamen über 300 Gäste.")[0]).toMatchObject({ value: 300, approx: true });
    expect(quantities("Er sprach über 2 und mehr.")[0]).toMatchObject({ value: 2, approx: false });
  });

  it("reads 'bald' as a hedge after a preposition, not as 'soon'", () => {
    expect(quantities("Die Stadt ist seit bald vier Jahren befreit.")).toEqual([
      { written: "bald vier", value: 4, unit: "Jahren", approx: true, hedge: "bald" },
    ]);
    expect(quantities("Die Regierung will bald 300 Soldaten schicken.")).toEqual([
      { written: "300", value: 300, unit: "Soldaten", approx: false, hedge: undefined },
    ]);
    expect(quantities("Er wird bald 60.")[0]).toMatchObject({ value: 60, approx: false });
  });

  it("reads 'gut' and 'über' as hedges only right before the figure", () => {
    expect(quantities("Das lief gut. 300 Gäste kamen.")[0]).toMatchObject({ value: 300, approx: false });
    expect(quantities("Es war gut, 300 Gäste kamen.")[0]).toMatchObject({ value: 300, approx: false });
    expect(quantities("Sie sprachen über die 300 Gäste.")[0]).toMatchObject({ value: 300, approx: false });
    expect(quantities("Das Werk besteht seit gut 30 Jahren.")[0]).toMatchObject({ value: 30, approx: true, hedge: "gut" });
  });

  it("gives a hedge only to the figure right after it", () => {
    const found = quantities("Die Truppe wird um rund 560 auf dann 4.600 Soldaten aufgestockt.");
    expect(found.map(({ value, approx }) => [value, approx])).toEqual([
      [560, true],
      [4600, false],
    ]);
  });

  it("leaves out years, dates, ordinals, times and parts of names", () => {
    const text =
      "Seit 2014 und im Jahr 2015 tagte der Rat am 3. Mai und am 04.06.2020 um 14 Uhr. Das Covid-19-Virus, die G7 und 9/11 sind keine Zahlen. 2017 werden Ausgaben erwartet.";
    expect(quantities(text)).toEqual([]);
    // "3. Mai" in a text of no date: a date of no year, as ISO 8601 writes it.
    expect(extractFacts(text).dates.map((date) => date.value)).toEqual(["2014", "2015", "--05-03", "2020-06-04", "2017"]);
  });

  it("takes no verb of reported speech for an adjective before the counted noun ('das iPhone 7 werde Dinge können')", () => {
    expect(quantities("Tim Cook versprach, das neue iPhone 7 werde Dinge können, die viele überzeugen.")).toEqual([
      { written: "7", value: 7, unit: undefined, approx: false, hedge: undefined },
    ]);
    expect(quantities("Es kamen 40 müde Soldaten zurück.")).toContainEqual(expect.objectContaining({ value: 40, unit: "müde Soldaten" }));
  });

  it("reads a year-like figure with a counted noun as a count", () => {
    expect(quantities("In den Lagern sitzen 2000 ausländische Kämpfer.")).toEqual([
      { written: "2000", value: 2000, unit: "ausländische Kämpfer", approx: false, hedge: undefined },
    ]);
  });

  it("counts a number word before a group in the genitive ('drei der Bewerber'), not one before another word", () => {
    expect(quantities("Mindestens drei der Bewerber zogen ihre Kandidatur zurück.")).toEqual([
      { written: "Mindestens drei", value: 3, unit: undefined, approx: true, hedge: "Mindestens" },
    ]);
    expect(quantities("Zwei dieser Schulen bleiben geschlossen.").map((quantity) => quantity.value)).toEqual([2]);
    expect(quantities("Die zwei der Regierung nahestehenden Blätter schwiegen.")).toEqual([]);
  });

  it("counts a number word that is the part of a share ('sechs von zehn Schülern'), not one before 'von' and a name", () => {
    expect(quantities("Nur sechs von zehn Schülern können sinnerfassend lesen.").map((quantity) => quantity.value)).toEqual([6, 10]);
    expect(quantities("Drei von 4 Befragten lehnen den Plan ab.").map((quantity) => quantity.value)).toEqual([3, 4]);
    expect(quantities("Sie hatte sechs von Experten geprüfte Anträge.").map((quantity) => quantity.value)).toEqual([]);
  });

  it("reads a share written as a fraction with its hedge, not a town's quarter, and not the fraction's count as a figure", () => {
    const fractions = (text: string) => extractFacts(text).quantities.map(({ text: written, value, fraction, hedge }) => ({ written, value, fraction, hedge }));
    expect(fractions("Fast ein Viertel aller Anschläge traf Sachsen.")).toEqual([{ written: "Fast ein Viertel", value: 0.25, fraction: true, hedge: "Fast" }]);
    expect(fractions("Die Zahl der Anschläge stieg um die Hälfte.")).toEqual([{ written: "die Hälfte", value: 0.5, fraction: true, hedge: undefined }]);
    expect(fractions("Zwei Drittel der Befragten lehnen den Plan ab.")).toEqual([
      { written: "Zwei Drittel", value: 0.666666666667, fraction: true, hedge: undefined },
    ]);
    expect(fractions("Im selben Viertel griffen die Täter an.")).toEqual([]);
    expect(fractions("Sie wohnt in einem Viertel der Stadt.")).toEqual([]);
    expect(fractions("Die Kosten sanken um ein Viertel.")).toEqual([{ written: "ein Viertel", value: 0.25, fraction: true, hedge: undefined }]);
  });

  it("does not count 'eine' without a scale word, but does with one", () => {
    expect(quantities("Eine Koalition stellte eine Milliarde Euro bereit.")).toEqual([
      { written: "eine Milliarde", value: 1e9, unit: "Euro", approx: false, hedge: undefined },
    ]);
  });
});

describe("member counts", () => {
  it.each([
    ["Die 27 Mitgliedstaaten der Europäischen Union einigten sich.", "Europäische Union", 27],
    ["Von den 52 Mitgliedern des Stadtrats stimmten 47 dafür.", "Stadtrat", 52],
    ["Alle 18 Mitglieder des Olympischen Komitees stimmten zu.", "Olympische Komitee", 18],
    ["Die 193 Mitgliedstaaten der Vereinten Nationen stimmten ab.", "Vereinten Nationen", 193],
    ["Die 12 Mitglieder des Verbandes trafen sich.", "Verband", 12],
    ["Die Nato zählt 32 Mitglieder.", "Nato", 32],
    ["Die 20 G20-Staaten trafen sich.", "G20", 20],
  ])("reads %j", (text, organization, value) => {
    expect(extractFacts(text).memberCounts).toContainEqual(expect.objectContaining({ organization, value }));
  });

  it("does not read a count of contributing countries as membership", () => {
    expect(extractFacts("Derzeit stellen 23 Länder Truppen.").memberCounts).toEqual([]);
  });
});

describe("countries", () => {
  const codes = (text: string) => extractFacts(text).countries.map((country) => country.iso2);

  it("finds names with inflection, adjectives and prefixes", () => {
    expect(codes("Die Lage Afghanistans, im irakischen Mossul, der niederländische Kollege, US-Truppen, den Niederlanden, der Vereinigten Staaten.")).toEqual([
      "AF",
      "IQ",
      "NL",
      "US",
    ]);
  });

  it("tells Niger from Nigeria, Guinea from Guinea-Bissau and Papua-Neuguinea", () => {
    expect(codes("Niger, Nigeria, Guinea-Bissau, Papua-Neuguinea und Guinea.")).toEqual(["NE", "NG", "GW", "PG", "GN"]);
  });

  it("does not take cities, continents, organisations or territories for countries", () => {
    expect(codes("In Rom, Europa, Afrika, bei den Vereinten Nationen, der Europäischen Union, in Grönland und Puerto Rico.")).toEqual([]);
  });

  it("knows the adjectives of states news name seldom, from the nationality list, and none that means something else", () => {
    expect(codes("Mauretanische Soldaten, ein ivorischer Minister, die tschadische Armee und der costa-ricanische Präsident.")).toEqual([
      "MR",
      "CI",
      "TD",
      "CR",
    ]);
    // "salomonisch" is wise first; "kongolesisch" is both Congos.
    expect(codes("Eine salomonische Lösung fand die kongolesische Delegation.")).toEqual([]);
  });

  it("tells the Democratic Republic of the Congo from the Republic of the Congo, also declined", () => {
    expect(codes("Die meisten kommen aus der Demokratischen Republik Kongo, einige aus der DR Kongo.")).toEqual(["CD"]);
    expect(codes("Die Republik Kongo liegt am anderen Ufer.")).toEqual(["CG"]);
  });

  it("splits hyphenated adjectives into their countries", () => {
    expect(codes("Die deutsch-französische Freundschaft.")).toEqual(["DE", "FR"]);
  });
});

describe("persons", () => {
  it("reads role, name and nationality, and surname mentions later", () => {
    const text = "Der kanadische Außenminister Jean-Paul Le Roux warnte. Später sagte Le Roux, es reiche nicht.";
    const [person] = extractFacts(text).persons;
    expect(person).toMatchObject({ name: "Jean-Paul Le Roux", givenName: "Jean-Paul", surname: "Le Roux", role: "kanadische Außenminister", country: "CA" });
    expect(person!.mentions.map((mention) => mention.text)).toEqual(["Jean-Paul Le Roux", "Le Roux"]);
  });

  it("reads a role in apposition before the name", () => {
    const text = "Das sagte die Sprecherin des Weißen Hauses, Karine Beispiel, am Montag.";
    expect(extractFacts(text).persons[0]).toMatchObject({ surname: "Beispiel", role: "Sprecherin des Weißen Hauses", country: "US" });
  });

  it("does not take the verb before a role for part of the role", () => {
    expect(extractFacts('"Genug", sagte Innenministerin Eva Beispiel.').persons[0]?.role).toBe("Innenministerin");
  });

  it("does not take bylines and photo credits for persons", () => {
    const text = "Außenministerin Anna Muster reiste ab.\n\nFoto: Kai Knipser/dpa\n\nVon Paula Schreiber, Berlin";
    expect(extractFacts(text).persons.map((person) => person.surname)).toEqual(["Muster"]);
  });
});

describe("meetings", () => {
  it("reads a video conference with its date and leaves earlier meetings out", () => {
    const text =
      "Die Außenminister der G7 berieten am 3. März 2021 per Videokonferenz. Bei ihrem letzten persönlichen Treffen in London war das anders. " +
      "Außenministerin Anna Muster nahm an der Konferenz teil.";
    const [meeting] = extractFacts(text).meetings;
    expect(meeting).toMatchObject({ format: "video_conference", date: "2021-03-03", participants: ["Muster"] });
    expect(meeting!.place).toBeUndefined();
  });

  it("reports no meeting and no attendance when the text has none", () => {
    const facts = extractFacts("Präsident Max Muster sagte, die Lage sei ernst. Er reiste danach ab.");
    expect(facts.meetings).toEqual([]);
    expect(facts.persons.map((person) => person.attendance)).toEqual(["mentioned"]);
  });
});

describe("a number that is part of a name ('ORF 2', 'Puls 4')", () => {
  it("counts nothing after an acronym or a word that takes a number as part of its name", () => {
    expect(quantities("Insgesamt erzielte ORF 2 im März einen Marktanteil von 20 Prozent.").map((found) => found.written)).toEqual(["20"]);
    expect(quantities("Puls 4 kam mit einer Castingshow auf 190.000 Zuseher.").map((found) => found.written)).toEqual(["190.000"]);
  });

  it("still counts what follows an acronym as a figure: a noun, a percent sign, a decimal or a second figure", () => {
    expect(quantities("Damit gewann die ÖVP 35 Mandate.").map((found) => found.unit)).toEqual(["Mandate"]);
    expect(quantities("Zuletzt hatte die SPÖ 27 % der Stimmen.").map((found) => found.value)).toEqual([27]);
    expect(quantities("Zuletzt kam die SPÖ 27,5 auf dem Papier.").map((found) => found.value)).toEqual([27.5]);
    expect(quantities("Zuletzt hatte die FPÖ 3 von 9 Sitzen.").map((found) => found.value)).toContain(3);
  });

  it("reads the acronym and its number as one actor", () => {
    const actors = extractFacts("Fernsehen im März. Wien – Insgesamt erzielte ORF 2 im März einen Marktanteil von 20 Prozent.").actions.map(
      (action) => action.actor.text,
    );
    expect(actors).toEqual(["ORF 2"]);
  });
});

describe("a match minute in brackets ('(34.)')", () => {
  it("is an ordinal, no quantity", () => {
    expect(quantities("Die Gäste glichen durch einen Kopfball aus (34.).")).toEqual([]);
    expect(quantities("Ein Elfmeter brachte die Führung (58., Huber).")).toEqual([]);
    expect(quantities("Es kamen 300 Gäste (2.000 im Vorjahr).").map((found) => found.value)).toEqual([300, 2000]);
  });
});
