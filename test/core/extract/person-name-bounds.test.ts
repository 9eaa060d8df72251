/**
 * Where a person's name begins and ends, and which runs of capitalised words name no one: a regnal number ends a monarch's
 * name, an abbreviated surname ends before a bare object, a noun before another person's genitive is no given name, the
 * given names alone of a full name are that person, a capitalised preposition opening the sentence is no name word, a
 * company's rank in its market is no role, "Machthaber" is one, and a kin or succession noun after whose it is says a
 * name is a person's.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const names = (text: string) => extractFacts(text).persons.map((person) => person.name);
const person = (text: string, name: string) => extractFacts(text).persons.find((found) => found.name === name);

describe("a monarch's or pope's name with its regnal number ('König Felipe VI.')", () => {
  it("keeps the number with its period as part of the name, before a small word and at a sentence's end", () => {
    expect(names("Den Auftrag zur Regierungsbildung erteilte ihm König Carlos IV. am Mittwoch.")).toEqual(["Carlos IV."]);
    expect(names("In Amman empfing die Ministerin auch König Hassan III. Danach reiste sie weiter.")).toEqual(["Hassan III."]);
    expect(names("Papst Johannes Paul II. besuchte damals die Stadt.")).toEqual(["Johannes Paul II."]);
  });

  it("keeps the role and the gender the role states", () => {
    expect(person("Auch Königin Margarethe XII. kam zur Eröffnung.", "Margarethe XII.")).toMatchObject({ role: "Königin", gender: "female" });
  });

  it("reads no number in a capital word that is none, nor a name in a league's number", () => {
    expect(names("Der Klub spielt nächste Saison in der II. Liga.")).toEqual([]);
  });
});

describe("an abbreviated surname, as the press writes suspects' names ('Karim B.')", () => {
  it("ends the name at the period before a noun of a fixed phrase ('Anklage erheben', 'Haftbefehl erlassen')", () => {
    expect(names("Schon am Samstag war gegen den festgenommenen Tarek S. Anklage erhoben worden.")).toEqual(["Tarek S."]);
    expect(names("Am Montag wurde gegen Tarek S. Haftbefehl erlassen.")).toEqual(["Tarek S."]);
  });

  it("reads a name word and an abbreviated surname before a word in lower case as a person's, also of a given name the lists lack", () => {
    expect(names("Sadibou F. war am Freitag bei einer Razzia verletzt worden.")).toEqual(["Sadibou F."]);
  });

  it("reads no person in a noun and a letter at a sentence's end ('Plan B. Das ...'), and keeps a middle initial ('George W. Bush')", () => {
    expect(names("Dann gilt Plan B. Das hat der Vorstand so entschieden.")).toEqual([]);
    expect(names("Der frühere Präsident George W. Bush war zu Gast.")).toEqual(["George W. Bush"]);
  });
});

describe("a noun before the genitive of a person of the text ('schmutzige Propaganda Erdoğans')", () => {
  it("is no person of its own, the genitive names the person the text named in full", () => {
    const text =
      "Präsident Ilham Karadağ sprach am Montag in Ankara. Die Partei hatte Karadağs konservative AKP um die Mehrheit gebracht. " +
      "Das sei billige Propaganda Karadağs. Aslan warf der Regierung vor, zu lügen.";
    expect(names(text)).toEqual(["Ilham Karadağ"]);
  });

  it("keeps a person whose surname is another's genitive where a given name of the lists opens it", () => {
    expect(names("Bürgermeister Max Peter lud ein. Gekommen war auch Anna Peters, die Nachbarin.")).toEqual(["Max Peter", "Anna Peters"]);
  });
});

describe("a person named by given names alone after the full name ('Anna Lena Brunner ... Anna Lena')", () => {
  it("is the person of the full name, not one with the surname 'Lena'", () => {
    const text =
      "Die Studentin Anna Lena Brunner ist nach Kanada ausgewandert. Anna Lena telefonierte oft mit ihren Eltern. Warum Anna Lena ging, weiß niemand.";
    const found = extractFacts(text).persons;
    expect(found.map((each) => each.name)).toEqual(["Anna Lena Brunner"]);
    expect(found[0]!.mentions.map((mention) => mention.text)).toEqual(["Anna Lena Brunner", "Anna Lena", "Anna Lena"]);
  });

  it("keeps a name introduced first with a role whole, where a later run reads more words after it", () => {
    const text =
      "Paul Brandt, technischer Chef der Firma Alert Logic, rät zu langen Passwörtern. Das bestätigt auch Paul Brandt. " +
      "Paul Brandt von Alert Logic rät zudem zur Vorsicht.";
    expect(extractFacts(text).persons.find((found) => found.surname === "Brandt")?.name).toBe("Paul Brandt");
  });

  it("keeps two people who share given names apart", () => {
    expect(names("Die Ärztin Anna Lena Brunner kam. Später sprach Anna Lena Huber.")).toEqual(["Anna Lena Brunner", "Anna Lena Huber"]);
  });
});

describe("a company's rank in its market, no role of a person ('Marktführer Streamio')", () => {
  it("reads no person after 'Marktführer' or its compounds", () => {
    expect(names("Der bisherige Marktführer Streamio besorgt sich frisches Geld. Streamio gilt als Vorreiter.")).toEqual([]);
    expect(names("Der Weltmarktführer Kranix baut Stellen ab, sagte Firmenchef Paul Berger.")).toEqual(["Paul Berger"]);
  });
});

describe("'Machthaber' as the role before a ruler's name", () => {
  it("reads the ruler with the role, also in the genitive", () => {
    expect(person("Nach dem Sturz von Machthaber Idris Bakar brach Chaos aus.", "Idris Bakar")).toMatchObject({ role: "Machthaber", gender: "male" });
    expect(person("Die Gegner des gestürzten Machthabers Idris Bakar jubelten.", "Idris Bakar")?.role).toBe("gestürzte Machthaber");
  });
});

describe("a kin or succession noun after whose it is, before a name ('Bans Vorgänger Boutros Boutros-Ghali')", () => {
  it("says the name after it is a person's, of a given name the lists lack", () => {
    const text = "Generalsekretär Ban Ki-moon sprach zuerst. Eingeladen war auch bereits Bans Vorgänger Nektarios Kallergis-Doukas im Jahr 1993.";
    expect(names(text)).toEqual(["Ban Ki-moon", "Nektarios Kallergis-Doukas"]);
    expect(names("Nun will ihr Amtsnachfolger Nektarios Vasilescu das ändern.")).toEqual(["Nektarios Vasilescu"]);
  });

  it("reads no person after such a noun that no possessive or genitive makes a person's ('Der Nachfolger Opel Astra')", () => {
    expect(names("Der Nachfolger Opel Astra kam 1991 auf den Markt.")).toEqual([]);
  });
});

describe("a name after a preposition that opens the sentence ('Laut Hiroshi Tanaka ist ...')", () => {
  it("reads the whole name, the preposition no part of a run of capitalised words", () => {
    expect(names("Laut Tadashi Morimoto ist das Werk sicher. Das sei geprüft, sagte Morimoto.")).toEqual(["Tadashi Morimoto"]);
  });
});

describe("a kin noun after a possessive and an adjective ('Ihr angetrunkener Mann Tan Yong')", () => {
  it("says the name after it is a person's", () => {
    expect(names("Am Abend kam es zum Streit. Ihr betrunkener Bruder Nektarios Kallergis-Doukas schlug zu.")).toEqual(["Nektarios Kallergis-Doukas"]);
  });
});
