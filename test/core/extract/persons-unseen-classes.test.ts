/**
 * Persons of the kinds unseen news articles name, each class on sentences of its own: Greek names in "-os", a role in
 * an apposition after the name, a surname after a relative pronoun, a speaker by surname alone, a name after a noun
 * that took places of its words, a surname in "-s" whose stem is a given name; and what is no person: a noun after a
 * role in the dative, a journal's name, a news agency spoken to. Then a set of the hard cases of real news
 * (particles, hyphens, Asian and Arabic names, abbreviated surnames, companies, streets and prizes named after people).
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";

const persons = (text: string) => extractFacts(text).persons.map((person) => `${person.givenName ?? "-"} | ${person.surname}`);
const person = (text: string, surname: string) => extractFacts(text).persons.find((found) => found.surname === surname);

describe("names the given-name lists do not know, by the evidence around them", () => {
  it("reads a Greek surname in '-los' after a vowel as a name, not an adjective in '-los' ('Venizelos', 'Papadopoulos')", () => {
    expect(persons("Scharf kritisierte gestern Evangelos Venizelos, der frühere Chef der Sozialisten, den Plan.")).toEqual(["Evangelos | Venizelos"]);
    expect(persons("Den Vorsitz übernimmt Dimitrios Papadopoulos, der bisher die Fraktion leitete.")).toEqual(["Dimitrios | Papadopoulos"]);
  });

  it("reads a name with a role noun in an apposition after it as a person ('Panos Skourletis, der Arbeitsminister,')", () => {
    expect(persons("Auch Panos Skourletis, der Arbeitsminister, stimmte dagegen.")).toEqual(["Panos | Skourletis"]);
    expect(person("Auch Panos Skourletis, der Arbeitsminister, stimmte dagegen.", "Skourletis")?.role).toBe("Arbeitsminister");
    // Adjectives may stand between the apposition's article and its role noun.
    expect(persons("Mit Spott reagierte Panos Manolis, ein viel gelesener griechischer Kommentator.")).toEqual(["Panos | Manolis"]);
    expect(persons("Mit Spott reagierte Panos Manolis auf den Plan.")).toEqual([]);
    // An apposition of no role says nothing of a person.
    expect(persons("Die Filiale in Nordhafen Süd, der neue Standort, öffnet im Mai.")).toEqual([]);
  });

  it("keeps a surname after its given name a name where the text has it elsewhere after a relative pronoun ('die Abmachung, die Tsipras mitbrachte')", () => {
    const text = "Am Montag hat Alexis Tsipras die Einigung verteidigt. Die Opposition lehnt die Abmachung, die Tsipras aus Brüssel mitbrachte, ab.";
    expect(persons(text)).toEqual(["Alexis | Tsipras"]);
    expect(person(text, "Tsipras")?.mentions.map((mention) => mention.text)).toEqual(["Alexis Tsipras", "Tsipras"]);
  });

  it("reads a name after a noun and a 'von' that took places of its words whole ('ein Zitat von Martin Luther King')", () => {
    expect(persons("Sie schloss mit einem Zitat von Martin Luther King die Rede.")).toEqual(["Martin Luther | King"]);
  });
});

describe("a person named by surname alone beside a verb of speaking", () => {
  it("reads the word before 'sagte' after 'wie', and after ', sagte', as a person's surname", () => {
    expect(persons("Der Reaktor sei noch nicht ausgereift, wie Kellermeier sagte.")).toEqual(["- | Kellermeier"]);
    expect(persons("Das sei ein schwerer Fehler gewesen, sagte Poroschenko am Abend.")).toEqual(["- | Poroschenko"]);
    // Its later mentions by surname are the person's.
    const text = "Das Projekt komme voran, sagte Brandauer. Brandauer leitet das Labor seit zwei Jahren.";
    expect(person(text, "Brandauer")?.mentions).toHaveLength(2);
  });

  it("reads no person in a word said, a news agency spoken to, a place, a noun of the text, nor a surname's spelling variant", () => {
    expect(persons("Zu dem Angebot sagte die Gewerkschaft Nein, sagte Nein und blieb dabei.")).toEqual([]);
    expect(persons("Der Vorsitzende des Verbands, Amir Haddad, sagte Reuters, das Gebiet sei gesperrt.")).toEqual(["Amir | Haddad"]);
    expect(persons("Die Lage sei ruhig, sagte Wien am Montag.")).toEqual([]);
    expect(persons("Die Regierung hat entschieden. Das sei richtig, sagte Regierung.")).toEqual([]);
    // "sagte Hofmann" of "Eva Hoffmann": one person, the variant hers.
    expect(persons("Die Psychologin Eva Hoffmann hat Steuerzahler befragt. Das sei ein gutes Zeichen, sagte Hofmann.")).toEqual(["Eva | Hoffmann"]);
  });

  it("reads no person after the verb where the clause's subject stood before it ('Haddad sagte Reuters')", () => {
    expect(persons("Am Abend sagte Bloomberg, die Zahlen seien falsch.")).toEqual([]);
  });
});

describe("words after a role that are the verb's object, and names of bodies", () => {
  it("reads a noun after a role in the dative as the verb's object ('werfen dem Finanzminister Zynismus vor')", () => {
    expect(persons("Die Grünen werfen dem Finanzminister Zynismus vor. Das sei Zynismus pur, hieß es.")).toEqual([]);
    expect(persons("Die Opposition machte dem Bürgermeister Vorwürfe.")).toEqual([]);
    // A surname the text uses alone stays one after the dative.
    expect(persons("Die Opposition wirft dem Präsidenten Macron vor, versagt zu haben. Macron wies das zurück.")).toEqual(["- | Macron"]);
  });

  it("reads the name after a journal's noun as the journal's, not a person's ('im Fachblatt Current Biology')", () => {
    expect(persons("Im Fachblatt Current Biology erschien die Studie. Current Biology ist renommiert.")).toEqual([]);
    expect(persons("Das Fachjournal Nature Medicine veröffentlichte die Daten. Nature Medicine prüfte sie.")).toEqual([]);
  });
});

describe("roles of public life before a name", () => {
  it("reads lobbyists, theorists, bloggers and owners as roles, with the gender their form states", () => {
    expect(person("Der Lobbyist Walter Meischberger hat seine Villa geräumt.", "Meischberger")?.role).toBe("Lobbyist");
    expect(person("Um mit dem Militärtheoretiker Herfried Münkler zu sprechen: Kriege ändern sich.", "Münkler")?.role).toBe("Militärtheoretiker");
    const blogger = person("Die Bloggerin Eleni Kostaki schrieb einen bissigen Eintrag.", "Kostaki");
    expect([blogger?.role, blogger?.gender]).toEqual(["Bloggerin", "female"]);
    expect(person("Das bestätigte der Villeneigentümer Heinrich Schuster dem Kurier.", "Schuster")?.role).toBe("Villeneigentümer");
  });
});

describe("a surname in '-s' before a noun whose stem is a given name ('Anna Wagners Rede')", () => {
  it("reads the genitive where the text writes the stem alone elsewhere, and never the noun after it as the surname", () => {
    const text = "Anna Wagners Rede wurde lange beklatscht. Wagner sprach über die Reform.";
    expect(persons(text)).toEqual(["Anna | Wagner"]);
    expect(person(text, "Wagner")?.gender).toBe("female");
    // Without the stem alone the word stays the surname as written ("Robbie Williams"), the noun none of the name.
    expect(persons("Anna Wagners Rede wurde lange beklatscht.")).toEqual(["Anna | Wagners"]);
  });
});

describe("Russian names with a patronymic ('Sergej Jurjewitsch Netschajew')", () => {
  it("reads the word after the patronymic as the surname, not as a noun the name ran on into", () => {
    expect(persons("Im April hatte Wassili Petrowitsch Ossadtschij das Amt übernommen.")).toEqual(["Wassili Petrowitsch | Ossadtschij"]);
    const text = "Die Botschafterin Anna Petrowna Iwanowa reiste ab. Iwanowa sagte nichts.";
    expect(persons(text)).toEqual(["Anna Petrowna | Iwanowa"]);
    expect(person(text, "Iwanowa")?.mentions).toHaveLength(2);
  });
});

/** Hard cases of real news, each sentence with the persons (given name | surname) it names. */
const CHALLENGE: readonly [string, string[]][] = [
  ["Der frühere UN-Generalsekretär Boutros Boutros-Ghali war schon 1993 als Redner eingeladen.", ["Boutros | Boutros-Ghali"]],
  ["In ihrer Predigt zitierte die Pfarrerin Martin Luther King mit einem Satz über die Stille.", ["Martin Luther | King"]],
  ["Der frühere Bankchef Ettore Gotti Tedeschi wurde entlassen.", ["Ettore Gotti | Tedeschi"]],
  ["Das sei ein schwerer Fehler gewesen, sagte Präsident Poroschenko am Abend.", ["- | Poroschenko"]],
  ["Der Vorschlag stammt von Ursula von der Leyen.", ["Ursula | von der Leyen"]],
  ["Trainer Mark van Bommel stellte die Mannschaft um.", ["Mark | van Bommel"]],
  ["Der Spanier Luis de Guindos wurde zum Vizepräsidenten gewählt.", ["Luis | de Guindos"]],
  ["Der Anführer Abu Bakr al-Baghdadi soll getötet worden sein.", ["Abu Bakr | al-Baghdadi"]],
  ["Japans Regierungschef Shinzo Abe reiste nach Washington.", ["Shinzo | Abe"]],
  ["Vietnams Premier Nguyen Xuan Phuc empfing die Delegation.", ["Nguyen Xuan | Phuc"]],
  ["Der saudische Kronprinz Mohammed bin Salman traf den Präsidenten.", ["Mohammed | bin Salman"]],
  ["Der ägyptische Präsident Abdel Fattah al-Sisi sprach von einem Erfolg.", ["Abdel Fattah | al-Sisi"]],
  ["Die Tennisspielerin Li Na gewann das Turnier.", ["Na | Li"]],
  ["Der 34-jährige Mohammed K. wurde noch am Abend festgenommen.", ["Mohammed | K."]],
  ["Die Polizei nahm die 19-jährige Aylin S. fest, ihr Bruder Murat S. floh.", ["Aylin | S.", "Murat | S."]],
  ["Die Bürgermeisterin Sabine Huber eröffnete die Brücke.", ["Sabine | Huber"]],
  ["Die Richterin Maria Santos verkündete das Urteil.", ["Maria | Santos"]],
  ["Die Ministerin Annalena Baerbock und ihr Amtskollege Sergej Lawrow trafen sich in Moskau.", ["Annalena | Baerbock", "Sergej | Lawrow"]],
  ["Der britische Premier David Cameron und Kanzlerin Angela Merkel trafen sich.", ["David | Cameron", "Angela | Merkel"]],
  ["Der Schriftsteller Gabriel García Márquez starb in Mexiko.", ["Gabriel García | Márquez"]],
  ["Der Kurde Abdullah Öcalan sitzt seit 1999 in Haft.", ["Abdullah | Öcalan"]],
  ["Laut Mercedes-Chef Dieter Zetsche ist die Lage ernst.", ["Dieter | Zetsche"]],
  ["Nach Angaben von Kommandant Oleksandr Syrskyj ist die Lage stabil.", ["Oleksandr | Syrskyj"]],
  ["Die Aktivistin Malala Yousafzai erhielt den Friedensnobelpreis.", ["Malala | Yousafzai"]],
  ["Die Kommissarin Margrethe Vestager verhängte eine Strafe gegen Google.", ["Margrethe | Vestager"]],
  ["Die Pianistin Yuja Wang spielte in Wien.", ["Yuja | Wang"]],
  ["Ferdinand Porsche gründete das Unternehmen 1931 in Stuttgart.", ["Ferdinand | Porsche"]],
  ["Der Preis ist nach Georg Büchner benannt.", ["Georg | Büchner"]],
  // Companies, streets, institutes and prizes named after people, and places: no person.
  ["Porsche steigerte im Vorjahr den Gewinn deutlich.", []],
  ["Der Sportwagenbauer Porsche steigerte den Gewinn.", []],
  ["Mercedes-Benz und BMW verkauften weniger Autos.", []],
  ["Die Karl-Marx-Straße wird ab Montag gesperrt.", []],
  ["Sie erhielt im Oktober den Nobelpreis für Chemie.", []],
  ["Die Forscher am Max-Planck-Institut fanden das Gen.", []],
  ["Der Zug hielt in Paris und fuhr weiter nach Brüssel.", []],
  ["Das Spiel gegen Paris Saint-Germain endete unentschieden.", []],
  ["Laut Franz Gruber GmbH steigt der Umsatz.", []],
];

describe("hard cases of real news", () => {
  it.each(CHALLENGE)("%s", (sentence, expected) => {
    expect(persons(sentence)).toEqual(expected);
  });

  it("states the gender the role noun or the given name shows", () => {
    expect(person("Die Richterin Maria Santos verkündete das Urteil.", "Santos")?.gender).toBe("female");
    expect(person("Die Tennisspielerin Li Na gewann das Turnier.", "Li")?.gender).toBe("female");
    expect(person("Der 34-jährige Mohammed K. wurde noch am Abend festgenommen.", "K.")?.gender).toBe("male");
    expect(person("Der saudische Kronprinz Mohammed bin Salman traf den Präsidenten.", "bin Salman")?.gender).toBe("male");
  });
});
