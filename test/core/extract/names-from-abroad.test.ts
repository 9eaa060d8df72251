/**
 * Persons named without a role word whose names the given-name lists do not know: Chinese and Korean names written
 * surname first; and runs of foreign words that are no one's name.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const persons = (text: string) => extractFacts(text).persons.map((person) => `${person.givenName ?? "-"} | ${person.surname}`);

describe("names written surname first", () => {
  it("reads a Chinese surname and a given name of two syllables of Pinyin as a person, surname first ('Zhao Minghui')", () => {
    expect(persons("Nach dem Treffen mit Zhao Minghui reiste die Delegation ab.")).toEqual(["Minghui | Zhao"]);
    const text = "Schon Guo Tianbao hatte den Hafen ausbauen lassen. Später lobte Guo die Arbeiter.";
    const guo = extractFacts(text).persons.find((person) => person.surname === "Guo")!;
    expect(guo.mentions.map((mention) => mention.text)).toEqual(["Guo Tianbao", "Guo"]);
  });

  it("reads a Korean given name after a short surname as a person, also after a word that is a German preposition ('An')", () => {
    expect(persons("Bei dem Unglück starben die Bergleute An Sung-min (41) und Choi Dae-hyun (38).")).toEqual(["Sung-min | An", "Dae-hyun | Choi"]);
  });

  it("reads no person in two syllables of Pinyin ('Feng Shui', 'Tai Chi'), a person only by other evidence", () => {
    expect(persons("Viele Büros werden heute nach Feng Shui eingerichtet.")).toEqual([]);
    expect(persons("Nach Yin Yang richtet sie ihre Küche ein.")).toEqual([]);
    // Two single syllables, whether the first is a Chinese surname or not ("Tai"), are a word from Chinese, no one's name.
    expect(persons("Wer Tai Chi übt, bleibt beweglich.")).toEqual([]);
    expect(persons("Flüge über Hong Kong wurden gestrichen.")).toEqual([]);
    // One syllable after the surname is a name by other evidence: the verb of saying.
    expect(persons("Das sei gut so, sagte Zhao Li.")).toEqual(["Li | Zhao"]);
  });
});

describe("abbreviations in brackets", () => {
  it("reads the run's own abbreviation after it as no party: the name of a body, not a person ('Nordland Union (NU)')", () => {
    expect(persons("Die Kämpfer der Befreiungsfront Nordland Union (NU) ergaben sich.")).toEqual([]);
    expect(persons("Der Antrag wurde von Maria Grabner (SPÖ) eingebracht.")).toEqual(["Maria | Grabner"]);
    // A party whose letters hold the name's initials in order but end otherwise ("Sabine Pichler (SPÖ)") stays a party.
    expect(persons("Der Antrag wurde von Sabine Pichler (SPÖ) eingebracht.")).toEqual(["Sabine | Pichler"]);
  });
});

describe("given names with the marks of other alphabets", () => {
  it("knows a given name the lists write without its letters' marks ('Tomáš', 'Łukasz', 'Bjørn') as one: a person without a role word", () => {
    expect(persons("Auf dem Podium saß auch Tomáš Hrubý.")).toEqual(["Tomáš | Hrubý"]);
    expect(persons("Den Preis nahm Łukasz Wiśniewski entgegen.")).toEqual(["Łukasz | Wiśniewski"]);
    expect(extractFacts("Den Preis nahm Bjørn Lunde entgegen.").persons.map((person) => person.gender)).toEqual(["male"]);
  });
});

describe("Arabic names with a particle joined by a hyphen", () => {
  it("reads a name whose surname the text uses without its particle ('Dschamal al-Kabbani ... Kabbani sagte') as a person, surname last", () => {
    const text = "Die Gespräche mit Dschamal al-Kabbani sind gescheitert. Kabbani sagte am Abend, er wolle weiter verhandeln.";
    const [kabbani] = extractFacts(text).persons;
    expect(kabbani).toMatchObject({ name: "Dschamal al-Kabbani", surname: "al-Kabbani", givenName: "Dschamal" });
    expect(kabbani!.mentions.map((mention) => mention.text)).toEqual(["Dschamal al-Kabbani", "Kabbani"]);
  });

  it("reads no person in a group's name of that shape the text never shortens ('Kämpfer von Harakat al-Fadschr')", () => {
    expect(persons("Kämpfer von Harakat al-Fadschr rückten in die Stadt vor.")).toEqual([]);
  });
});

describe("a name after the noun of a body and 'von'", () => {
  it("reads the name after 'von' as the person's ('die Partei von Zbyszek Kowalczyk'), the body's noun as none of it", () => {
    // A given name no list has ("Zbyszek"): the surname used alone is the evidence.
    expect(persons("Die Partei von Zbyszek Kowalczyk gewann die Wahl. Kowalczyk sprach von einem Sieg.")).toEqual(["Zbyszek | Kowalczyk"]);
    expect(persons("Die Stiftung von Mao Zedong verteilt das Geld.")).toEqual(["Zedong | Mao"]);
    expect(persons("Die Firma von der Heide baut Häuser.")).toEqual([]);
  });
});

describe("gender of a name from abroad and a pronoun after it", () => {
  const genders = (text: string) => extractFacts(text).persons.map((person) => `${person.name} | ${person.gender ?? "-"}`);

  it("takes no gender from another language's list for a Chinese given name ('Hui' is a woman's name there), the pronoun's where one tells", () => {
    expect(genders("Das sei ein Erfolg, sagte Zhao Hui.")).toEqual(["Zhao Hui | -"]);
    expect(genders("Das sei ein Erfolg, sagte Zhao Hui. Er wolle weiter forschen.")).toEqual(["Zhao Hui | male"]);
  });

  it("keeps the given name's gender where the next sentence opens with a pronoun of the other ('Sie läuft' of the software)", () => {
    expect(genders("Lukas Brandl hat eine Software geschrieben. Sie läuft auf jedem Rechner.")).toEqual(["Lukas Brandl | male"]);
    expect(genders("Die Studie stammt von Greta Lindner. Er hält sie für wichtig.")).toEqual(["Greta Lindner | female"]);
  });
});
