/**
 * Persons on texts written for the test: names without a role word, international names with
 * particles and abbreviations, anonymous role holders that are no person, and gender.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/index";
import { generateBank } from "../../../src/generate/index";

const names = (text: string) => extractFacts(text).persons.map((person) => person.name);

describe("persons", () => {
  it("finds people named without a role word, by given name, by later surname mentions and by a party in brackets", () => {
    const text =
      "Angela Merkel traf am Montag Recep Tayyip Erdogan. Nguyen Phu Trong bleibt an der Spitze der Partei. " +
      "Trong gilt als vorsichtig. Die Stadt werde saniert, sagte Klaus Huber (ÖVP) am Abend.";
    expect(names(text)).toEqual(expect.arrayContaining(["Angela Merkel", "Recep Tayyip Erdogan", "Nguyen Phu Trong", "Klaus Huber"]));
    const trong = extractFacts(text).persons.find((person) => person.surname === "Trong")!;
    expect(trong.mentions.map((mention) => mention.text)).toEqual(["Nguyen Phu Trong", "Trong"]);
  });

  it("reads a name the text introduces after a group's noun as that group's wherever it stands, not a person's ('Ansar Dine')", () => {
    // A given name opens the group's name ("Ansar", "Jamal"): at the sentence's start it alone would make a person of it.
    const text =
      "Der Ort wurde im Mai von der Rebellengruppe Jamal Harun angegriffen. Die Gruppe plünderte Geschäfte. " +
      "Jamal Harun und andere Milizen kontrollieren seit Jahren den Norden.";
    expect(names(text)).toEqual([]);
    // The genitive of an owner after a party's or movement's noun leaves the person: "die Bewegung Marcel Dufours".
    const owner = "Die Bewegung Marcel Dufours gewann die Wahl. Marcel Dufour kündigte Reformen an.";
    expect(names(owner)).toEqual(["Marcel Dufour"]);
  });

  it("finds people after a military rank, a church office or a title ('Generalmajor', 'Kardinal', 'Europameister')", () => {
    expect(names("In Israel sorgt eine Rede von Generalmajor Yoav Berkan für Streit.")).toEqual(["Yoav Berkan"]);
    expect(names("Die Messe leitete Kardinal Lorenzo Bertani am Sonntag.")).toEqual(["Lorenzo Bertani"]);
    expect(names("Das Programm schlug den Europameister Fan Hui mit 5:0.")).toEqual(["Fan Hui"]);
  });

  it("reads offices of culture, sport, law and the press as roles, so a surname shaped like a compound stays ('Intendant Markus Hinterhäuser')", () => {
    const text =
      "Intendant Markus Hinterhäuser zog eine positive Bilanz. Journalist Peter Filzmaier sprach von einer Wende. " +
      "Kapitänin Alexandra Popp traf zweimal. Die Ärztin Anna Berg behandelte die Verletzten. Staatsrechtler Heinz Mayer kritisierte das Gesetz.";
    const persons = extractFacts(text).persons.map((person) => `${person.name} | ${person.role ?? "-"} | ${person.gender ?? "-"}`);
    expect(persons).toEqual(
      expect.arrayContaining([
        "Markus Hinterhäuser | Intendant | male",
        "Peter Filzmaier | Journalist | male",
        "Alexandra Popp | Kapitänin | female",
        "Anna Berg | Ärztin | female",
        "Heinz Mayer | Staatsrechtler | male",
      ]),
    );
  });

  it("takes a name that is all of its quotation for a work's title ('Mozarts „Don Giovanni“'), not for someone", () => {
    expect(names("Besonders die Neuinszenierung von Mozarts „Don Giovanni“ sei ein großer Erfolg gewesen, sagte Anna Berger.")).toEqual(["Anna Berger"]);
    expect(names("Die Aufführung von Schillers »Maria Stuart« begeisterte das Publikum.")).toEqual([]);
    expect(names("Paula Beer spielte Maria Stuart.")).toEqual(expect.arrayContaining(["Maria Stuart", "Paula Beer"]));
  });

  it("takes no name without a role right after 'in' for a person: a place ('in Santa Cruz de la Sierra'), not someone", () => {
    expect(names("In Bolivien will er in Santa Cruz de la Sierra eine Messe halten. Paula Weber reist mit.")).toEqual(["Paula Weber"]);
    expect(names("Die Ministerin Paula Weber war in Santa Cruz.")).toEqual(["Paula Weber"]);
  });

  it("takes the full name written again inside a sentence for a mention of the full name, not of the surname alone", () => {
    const text = "Staats- und Parteichef Xi Jinping hat den Kampf bezeichnet. Deutlich ging Xi Jinping bei einem Treffen auf die Kontroverse ein.";
    const xi = extractFacts(text).persons.find((person) => person.surname === "Xi")!;
    expect(xi.mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual(["Xi Jinping", "Xi Jinping"]);
    for (const mention of xi.mentions) expect(mention.text).toBe(text.slice(mention.start, mention.end));
    // The surname alone stays a mention of the surname.
    const later = `${text} Später sprach Xi mit Journalisten.`;
    expect(
      extractFacts(later)
        .persons.find((person) => person.surname === "Xi")!
        .mentions.map((mention) => mention.text),
    ).toEqual(["Xi Jinping", "Xi Jinping", "Xi"]);
  });

  it("reads a month's name that is also a given name as one ('Staatsanwalt Jan Holzner'), not a month ('am 2. August', 'Jan. 2016')", () => {
    expect(names("Wir ermitteln weiter, sagte Staatsanwalt Jan Holzner der Zeitung.")).toEqual(["Jan Holzner"]);
    expect(names("Die Lage bleibt ernst, sagte Bürgermeister August Berger am Montag.")).toEqual(["August Berger"]);
    expect(names("Am 2. August Merkel zu treffen, war der Plan. Seit Jan. Berger im Amt ist, sinkt der Umsatz.")).toEqual([]);
  });

  it("reads Austrian offices and lawyers as roles ('Landeshauptfrau', 'Klubobmann', 'Staatsanwältin'), not a role after 'als'", () => {
    const roles = (text: string) => extractFacts(text).persons.map((person) => `${person.name} | ${person.role ?? "-"} | ${person.gender ?? "-"}`);
    expect(roles("Landeshauptfrau Johanna Berger, Klubobmann Peter Maier und Staatsanwältin Eva Huber kamen.")).toEqual([
      "Johanna Berger | Landeshauptfrau | female",
      "Peter Maier | Klubobmann | male",
      "Eva Huber | Staatsanwältin | female",
    ]);
    // What someone works as is no title before a name: "Aktenfälschung" is none.
    expect(names("Ihm werden mit Bezug auf seine Tätigkeit als Anwalt Aktenfälschung und Geldwäsche vorgeworfen.")).toEqual([]);
    // "zuständig" needs what it governs: no part of the role.
    expect(roles("Laut dem für Terrorismus zuständigen französischen Staatsanwalt François Molins gab es drei Teams.")).toEqual([
      "François Molins | französischen Staatsanwalt | male",
    ]);
  });

  it("keeps particles and abbreviated surnames whole, and tells two abbreviated suspects apart", () => {
    const text = "Präsident Baschar al-Assad empfing Kommissionspräsidentin Ursula von der Leyen. Die Ermittler suchen Samy A. und Brahim A. in Brüssel.";
    expect(names(text)).toEqual(["Baschar al-Assad", "Ursula von der Leyen", "Samy A.", "Brahim A."]);
    const leyen = extractFacts(text).persons.find((person) => person.name === "Ursula von der Leyen")!;
    expect(leyen.surname).toBe("von der Leyen");
  });

  it("tells two people of one family apart by their given names, and takes a capitalised word before a surname for no one", () => {
    const family = "Bill Clinton unterstützt den Wahlkampf. Hillary Clinton sprach am Montag in Ohio. Sowohl Clinton als auch Trump warben um Stimmen.";
    expect(names(family)).toEqual(["Bill Clinton", "Hillary Clinton"]);
    const hillary = extractFacts(family).persons.find((person) => person.name === "Hillary Clinton")!;
    expect(hillary.gender).toBe("female");
    expect(hillary.mentions.map((mention) => mention.text)).toEqual(["Hillary Clinton"]);
  });

  it("takes no anonymous role holder, organisation or common noun for a person", () => {
    expect(names("Ein Sprecher der Polizei sagte, die Lage sei ruhig.")).toEqual([]);
    expect(names("Die Vorsitzende der Umweltpartei trat zurück.")).toEqual([]);
    expect(names("Der Bürgermeister von Linz besuchte das Land Burgenland. Im Land gab es Streit.")).toEqual([]);
    expect(names("Zwei Millionen Euro fehlen. Millionen Euro werden gesucht.")).toEqual([]);
  });

  it("takes a name right after a noun for a facility, place or vessel for that thing's name, unless the text calls it a person elsewhere", () => {
    const landing =
      "Die Maschine landete am Dienstag auf dem Flughafen Franz Josef Strauß, wo die Passagiere von Helfern empfangen wurden. " +
      "Die Verletzten kamen in das Klinikum Rudolf Virchow. Vor der Küste lag der Zerstörer Thomas Hudner. " +
      "Ein Sprecher der Polizei, Markus Weber, sagte, die Lage sei ruhig.";
    expect(names(landing)).toEqual(["Markus Weber"]);
    const person = "Der Politiker Konrad Adenauer prägte die Stadt. Heute landen die Flugzeuge am Flughafen Konrad Adenauer. Adenauer starb 1967.";
    expect(names(person)).toEqual(["Konrad Adenauer"]);
  });

  it("ends a name before a following noun: a common noun of the text or a long German compound", () => {
    const compound = "Bei dem Fest verteilten die Helfer Anna Berger und Tom Walker Eintrittskarten und Getränke. Walker sagte, der Andrang sei groß.";
    expect(names(compound)).toEqual(["Anna Berger", "Tom Walker"]);
    const afterRole = "Im Saal überreichte der Bürgermeister Hans Peter Gruber Urkunden. Die Urkunden waren gerahmt.";
    expect(names(afterRole)).toEqual(["Hans Peter Gruber"]);
    const withoutRole = "Bei der Feier überreichten Anna Berger und Tom Walker Blumen. Die Blumen kamen aus dem Stadtpark.";
    expect(names(withoutRole)).toEqual(["Anna Berger", "Tom Walker"]);
    // A relative pronoun is no article: "den Erdogan" leaves the surname a name.
    const relative = "Präsident Recep Tayyip Erdogan reiste nach Peking. Es war ein Besuch, den Erdogan lange geplant hatte.";
    expect(names(relative)).toEqual(["Recep Tayyip Erdogan"]);
    // Also after a preposition: "über die Morales ... spricht" is no article before a noun "Morales".
    const afterPreposition = "Der Komiker Jimmy Morales landete auf dem ersten Platz. Korruption und Armut sind Themen, über die Morales nicht gerne spricht.";
    expect(names(afterPreposition)).toEqual(["Jimmy Morales"]);
  });

  it("keeps a noun before a surname out of the person's mention ('Parteifreund Jaalon')", () => {
    const text =
      "Netanjahu zitierte seinen Verteidigungsminister und Parteifreund Jaalon zu sich. Jerusalem – In Israel sorgt eine Rede für Streit. " +
      "Israels Ministerpräsident Benjamin Netanjahu zitierte am Montag Verteidigungsminister Moshe Jaalon zu sich. Jaalon verteidigte zugleich die Einsatzregeln der Armee.";
    const jaalon = extractFacts(text).persons.find((person) => person.surname === "Jaalon");
    expect(jaalon?.name).toBe("Moshe Jaalon");
    expect(jaalon?.mentions.map((mention) => mention.text)).toEqual(["Jaalon", "Moshe Jaalon", "Jaalon"]);
  });

  it("reads gender from the given name, a relative pronoun and a following pronoun", () => {
    const facts = extractFacts(
      "Anna Berger lobte den Plan. Der Ökonom Tan Dung, der die Reformer führt, widersprach. Minister Li Wei reiste ab. Er kommt im Mai wieder.",
    );
    const genders = Object.fromEntries(facts.persons.map((person) => [person.surname, person.gender]));
    // "Li Wei": a Chinese name, surname first.
    expect(genders).toMatchObject({ Berger: "female", Dung: "male", Li: "male" });
  });

  it("takes the given name's gender over a relative pronoun that may refer to the noun the name hangs on", () => {
    const facts = extractFacts(
      "Die Abwehr um Kapitän Lukas Brenner, die kaum Chancen zuließ, überzeugte. Die Elf von Trainerin Maria Gruber, der nichts gelang, verlor.",
    );
    const genders = Object.fromEntries(facts.persons.map((person) => [person.surname, person.gender]));
    expect(genders).toMatchObject({ Brenner: "male", Gruber: "female" });
  });

  it("reads gender from an article before an age opening the next sentence ('Der 21-jährige Däne') where the given name tells none", () => {
    const facts = extractFacts(
      "Alex Hansen verlässt den Klub. Der 21-jährige Däne unterschrieb bis 2029. Sascha Moser gewann das Finale. Die 30-Jährige jubelte. " +
        "Laszlo Berger bleibt. Die 30-Jährige hatte ihn geholt.",
    );
    const genders = Object.fromEntries(facts.persons.map((person) => [person.surname, person.gender]));
    // "Laszlo": a man's name; the 30-year-old woman is someone else.
    expect(genders).toEqual({ Hansen: "male", Moser: "female", Berger: "male" });
  });

  it("takes a city's name that is a given name too for a person's only with other evidence ('gegen Paris Saint-Germain')", () => {
    expect(names("Der Stürmer traf auch gegen Paris Saint-Germain und den FC Porto.")).toEqual([]);
    expect(names("Sofia Lindner sagte, der Film sei fertig.")).toEqual(["Sofia Lindner"]);
  });

  it("reads no person from an organisation's name that ends in a region's ('die IG Musik Kärnten')", () => {
    expect(names("Die IG Musik Kärnten warnte vor den Kürzungen.")).toEqual([]);
  });

  it("tells no gender from a given name the name lists give both genders ('Andrea', 'Simone')", () => {
    const facts = extractFacts("Simone Carter lobte den Plan. Andrea Bellini widersprach am Montag.");
    const genders = Object.fromEntries(facts.persons.map((person) => [person.surname, person.gender]));
    expect(Object.keys(genders)).toEqual(expect.arrayContaining(["Carter", "Bellini"]));
    expect(genders.Carter).toBeUndefined();
    expect(genders.Bellini).toBeUndefined();
  });

  it("reads a name written surname first when the text uses its first word alone ('Li Keqiang' ... 'Li')", () => {
    const text = "Regierungschef Li Keqiang besuchte am Montag Berlin. Li sprach mit Unternehmern über Zölle. Am Abend reiste Li weiter nach Paris.";
    const li = extractFacts(text).persons.find((person) => person.name === "Li Keqiang")!;
    expect(li).toMatchObject({ surname: "Li", givenName: "Keqiang" });
    expect(li.mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual(["Li Keqiang", "Li", "Li"]);
    const western = extractFacts("Ministerin Anna Berger besuchte Berlin. Berger sprach mit Unternehmern.").persons[0]!;
    expect(western).toMatchObject({ surname: "Berger", givenName: "Anna" });
  });

  it("takes a surname with one letter doubled or single as the same person ('Hofmann' after 'Claudia Hoffmann')", () => {
    const text = "Die Ökonomin Claudia Hoffmann hat die Mieten in zwölf Städten verglichen. Die Preise stiegen vor allem am Stadtrand, sagte Hofmann.";
    const [hoffmann, ...others] = extractFacts(text).persons;
    expect(others).toEqual([]);
    expect(hoffmann!.mentions.map((mention) => mention.text)).toEqual(["Claudia Hoffmann", "Hofmann"]);
    // Two people whose surnames differ by more than a doubled letter stay two people.
    const two = extractFacts("Die Ökonomin Claudia Hoffmann widersprach. Der Richter Peter Hofer blieb dabei, sagte Hofer.").persons;
    expect(two.map((person) => person.surname).sort()).toEqual(["Hofer", "Hoffmann"]);
  });
  it("ends a name before an article that is no particle ('Reinhold Entholzer den Rücken'), keeps 'von der Leyen'", () => {
    expect(names("Die SPÖ hat ihrem Vorsitzenden Reinhold Entholzer den Rücken gestärkt.")).toEqual(["Reinhold Entholzer"]);
    expect(names("Am Montag sprach Kanzlerin Angela Merkel den Bauern Mut zu.")).toEqual(["Angela Merkel"]);
    expect(names("Kommissionschefin Ursula von der Leyen sprach in Brüssel.")).toEqual(["Ursula von der Leyen"]);
    expect(names("Ministerin Tinne Van der Straeten sprach in Brüssel.")).toEqual(["Tinne Van der Straeten"]);
  });
  it("keeps 'von der' and 'van der' in a name that no role word introduces, and reads no name into 'von der Regierung'", () => {
    expect(names("Am Sonntag sprach Ursula von der Leyen in Hamburg.")).toEqual(["Ursula von der Leyen"]);
    expect(names("Am Sonntag spielte Rafael van der Vaart in Hamburg.")).toEqual(["Rafael van der Vaart"]);
    expect(names("Die Zahl der von der Regierung genannten Züge stieg, sagte der Sprecher.")).toEqual([]);
  });
  it("reads a nationality from a country's adjective written with a hyphen ('sein US-amerikanischer Amtskollege')", () => {
    const persons = (text: string) => extractFacts(text).persons.map((person) => [person.name, person.role, person.country]);
    expect(persons("Im November trafen Xi und sein US-amerikanischer Amtskollege Barack Obama einander in Peking.")).toEqual([
      ["Barack Obama", "US-amerikanischer Amtskollege", "US"],
    ]);
    expect(persons("Der US-amerikanische Präsident Barack Obama sprach in Peking.")).toEqual([["Barack Obama", "US-amerikanische Präsident", "US"]]);
  });
  it("gives an office named without a nationality the text's own country: Austria's in a text about Austria", () => {
    const countries = (text: string) => extractFacts(text).persons.map((person) => [person.surname, person.country]);
    const austrian =
      "Wien – In Österreich sind knapp 1000 Flüchtlinge in Zelten untergebracht. Innenministerin Johanna Mikl-Leitner will das ändern. Bundesministerin Anna Berg schweigt.";
    expect(countries(austrian)).toEqual([
      ["Mikl-Leitner", "AT"],
      ["Berg", "AT"],
    ]);
    // A German text: Germany's; one that names no German-speaking country tells of no country.
    expect(countries("Berlin – Außenminister Heiko Maas reist nach Rom. Deutschland will helfen.")).toEqual([["Maas", "DE"]]);
    expect(countries("Außenminister Heiko Maas reist nach Rom.")).toEqual([["Maas", undefined]]);
    // A German body stays Germany's in any text.
    expect(countries("In Österreich wird gewählt. Der Sprecher der Bundeswehr, Oberst Karl Huber, sagte nichts.")).toEqual([["Huber", "DE"]]);
  });
  it("gives a minister without nationality the country of a text from abroad that names that country only", () => {
    const countries = (text: string) => extractFacts(text).persons.map((person) => [person.surname, person.country]);
    const chilean =
      "Santiago. Chile will das Rentensystem umbauen. Finanzminister Rodrigo Valdés stellte den Entwurf am Montag vor. " +
      "Die Renten sollen um zehn Prozent steigen, sagte Valdés.";
    expect(countries(chilean)).toEqual([["Valdés", "CL"]]);
    // A second country leaves the office without one; a city of a German-speaking country or a "Bundes-" office give the home country.
    expect(countries("Chile und Peru streiten um Fischgründe. Finanzminister Rodrigo Valdés sagte nichts.")).toEqual([["Valdés", undefined]]);
    expect(countries("Berlin. Außenminister Karl Berger reist nach Chile. Dort trifft er Unternehmer.")).toEqual([["Berger", "DE"]]);
    expect(countries("Chile will das Rentensystem umbauen. Bundesfinanzminister Karl Berger lobte den Plan.")).toEqual([["Berger", "DE"]]);
  });
  it("reads two people of the text side by side as two ('richtete Sobotka Schelling aus'), not as one name", () => {
    const text =
      "Sobotka war als Finanzminister im Gespräch, doch das Amt bekam Hans Jörg Schelling. Schelling gilt als sparsam. Im Streit um die Schulden richtete Sobotka Schelling drohend aus, man sehe sich wieder. Landesrat Wolfgang Sobotka schwieg.";
    const persons = extractFacts(text).persons;
    expect(persons.map((person) => person.name).sort()).toEqual(["Hans Jörg Schelling", "Wolfgang Sobotka"]);
    const mentions = Object.fromEntries(persons.map((person) => [person.surname, person.mentions.map((mention) => text.slice(mention.start, mention.end))]));
    expect(mentions.Schelling).toEqual(["Hans Jörg Schelling", "Schelling", "Schelling"]);
    expect(mentions.Sobotka).toEqual(["Sobotka", "Sobotka", "Wolfgang Sobotka"]);
  });
});

describe("a role, a full name and another person's surname side by side ('empfing Ministerin Claudia Hartl Brunner')", () => {
  const mentionsBySurname = (text: string) => {
    const persons = extractFacts(text).persons;
    return Object.fromEntries(persons.map((person) => [person.surname, person.mentions.map((mention) => mention.text)]));
  };

  it("ends the name before the surname of another person of the text and gives each their mention", () => {
    const text =
      "Landeshauptmann Peter Brunner reiste am Montag nach Graz. Dort wartete Ministerin Claudia Hartl auf ihn. " +
      "Im Rathaus empfing Ministerin Claudia Hartl Brunner zu einem langen Gespräch. Hartl sprach danach von Fortschritten.";
    const persons = extractFacts(text).persons;
    expect(persons.map((person) => person.name).sort()).toEqual(["Claudia Hartl", "Peter Brunner"]);
    expect(mentionsBySurname(text)).toEqual({ Brunner: ["Peter Brunner", "Brunner"], Hartl: ["Claudia Hartl", "Claudia Hartl", "Hartl"] });
  });

  it("makes the first name a person of its own where the text uses its surname alone, and the verb its action", () => {
    const text =
      "Der Druck auf Regierungschef Martin Berger wächst. Am Mittwoch forderte Präsident Anton Weiskirchner Berger zum Rücktritt auf. " +
      "Das Vertrauen sei verloren, sagte Weiskirchner. Berger lehnte ab.";
    const facts = extractFacts(text);
    expect(facts.persons.map((person) => [person.name, person.role])).toEqual(
      expect.arrayContaining([
        ["Martin Berger", "Regierungschef"],
        ["Anton Weiskirchner", "Präsident"],
      ]),
    );
    expect(facts.persons.map((person) => person.name)).not.toContain("Anton Weiskirchner Berger");
    const demand = facts.actions.find((action) => action.verb.text === "forderte")!;
    expect(demand.person).toBe("Weiskirchner");
  });

  it("gives the other person back its surname where it was named by surname alone ('Landeshauptmann Brunner')", () => {
    const text =
      "Landeshauptmann Brunner kam am Montag nach Graz. Im Rathaus empfing Ministerin Claudia Hartl Brunner zu einem Gespräch. " +
      "Hartl sprach danach von Fortschritten.";
    const persons = extractFacts(text).persons;
    expect(persons.map((person) => person.name).sort()).toEqual(["Brunner", "Claudia Hartl"]);
    expect(mentionsBySurname(text)).toEqual({ Brunner: ["Brunner", "Brunner"], Hartl: ["Claudia Hartl", "Hartl"] });
    expect(persons.find((person) => person.surname === "Brunner")).toMatchObject({ role: "Landeshauptmann", gender: "male" });
  });

  it("keeps the names of a family and of a surname after a second given name or a name with a middle part", () => {
    // "Peter" is a given name: Hans Peter Müller is one person next to Anna Müller.
    expect(mentionsBySurname("Ministerin Anna Müller lobte Bürgermeister Hans Peter Müller. Müller dankte.").Müller).toBeDefined();
    expect(extractFacts("Ministerin Anna Müller lobte Bürgermeister Hans Peter Müller.").persons.map((person) => person.name)).toContain("Hans Peter Müller");
    // "Rodham" never stands alone: a name's middle part, not another person.
    const family = "Ex-Präsident Bill Clinton kam mit Ex-Außenministerin Hillary Rodham Clinton nach Berlin. Clinton sprach zuerst.";
    expect(extractFacts(family).persons.map((person) => person.name)).toContain("Hillary Rodham Clinton");
    // No other person is named "Un".
    const kim = "Machthaber Kim Jong Un zeigte sich mit seiner Schwester Kim Yo Jong. Kim Yo Jong gilt als einflussreich.";
    expect(extractFacts(kim).persons.map((person) => person.name)).toContain("Kim Jong Un");
  });
});

describe("an office that is an elided compound ('Staats- und Parteichef')", () => {
  it("takes both halves into the role, and the country or adjectives before them", () => {
    const person = (text: string) => extractFacts(text).persons[0]!;
    expect(person("Peking – Chinas Staats- und Parteichef Xi Jinping hat den Kampf bezeichnet.")).toMatchObject({
      role: "Chinas Staats- und Parteichef",
      country: "CN",
    });
    expect(person("Der frühere russische Staats- und Regierungschef Paul Dupont reiste ab.")).toMatchObject({
      role: "frühere russische Staats- und Regierungschef",
      country: "RU",
    });
  });
});

describe("an office with a capitalised adjective of its title", () => {
  it("keeps 'frühere Hohe', 'bisherige Zweite' in the role, and a noun before the role out of it", () => {
    const roleOf = (text: string, name: string) => extractFacts(text).persons.find((person) => person.name === name)?.role;
    expect(roleOf("Der frühere Hohe Repräsentant in Bosnien-Herzegowina, Wolfgang Petritsch, begrüßte die Initiative.", "Wolfgang Petritsch")).toBe(
      "frühere Hohe Repräsentant in Bosnien-Herzegowina",
    );
    expect(roleOf("Neu ist die bisherige Zweite Landtagspräsidentin Gerda Weichsler-Hauer.", "Gerda Weichsler-Hauer")).toBe(
      "bisherige Zweite Landtagspräsidentin",
    );
    expect(roleOf("Auf der Landesliste folgt Klubobmann Christian Makor.", "Christian Makor")).toBe("Klubobmann");
  });
});

describe("words the scraped text glued together", () => {
  const text =
    "Eisenstadt – Landeshauptmann MartinGruber (SPÖ) zeigt sich zufrieden. Die Arbeit sei intensiver, sagte Gruber im Interview. " +
    "Das Zelt interpretiert Grubernicht als Versäumnis der Stadt mit BürgermeisterThomas Brandl (ÖVP). Die Lage sei ernst, so Gruber. " +
    "Die Software AlphaGo und die App OnePlus stammen von DeepMind; Link und LinkScience sind Namen.";

  it("reads a given name glued to a word the text writes alone, and that name glued to a small word, as two words: a person", () => {
    const facts = extractFacts(text);
    const gruber = facts.persons.find((person) => person.surname === "Gruber")!;
    expect(gruber.name).toBe("Martin Gruber");
    expect(gruber.role).toBe("Landeshauptmann");
    expect(gruber.mentions.map((mention) => mention.text)).toEqual(expect.arrayContaining(["MartinGruber", "Gruber"]));
    expect(facts.quotes.map((quote) => quote.person)).toEqual(["Gruber", "Gruber"]);
    expect(facts.persons.find((person) => person.surname === "Brandl")?.name).toBe("Thomas Brandl");
  });

  it("leaves brands and words whose parts the text does not show as words whole", () => {
    const names = extractFacts(text).persons.map((person) => person.name);
    for (const name of names) expect(name).not.toMatch(/Alpha|One|Deep|Science/u);
  });
});

describe("a single word after a role noun in an inflected form ('den Abgeordneten Rede und Antwort')", () => {
  it("takes it for no person where the text never uses it alone: it is the verb's object", () => {
    const text = "Am Donnerstag steht Ex-Finanzministerin Maria Fekter den Abgeordneten Rede und Antwort. Fekter war bis 2013 im Amt.";
    expect(names(text)).toEqual(["Maria Fekter"]);
  });

  it("keeps it as a surname where the text uses it alone elsewhere, and a name of two words anyway", () => {
    expect(names("Er traf den Präsidenten Macron in Paris. Macron sagte nichts dazu.")).toEqual(["Macron"]);
    expect(names("Die Partei schickt den Abgeordneten Peter Pilz in den Ausschuss.")).toEqual(["Peter Pilz"]);
    expect(names("Bürgermeister Koch lobte den Plan.")).toEqual(["Koch"]);
  });

  it("takes it for no person after a plural that 'die' makes of a masculine role noun ('die Ermittler Bargeld')", () => {
    const text =
      "Die Polizei nahm in Wels einen 38-jährigen Mann fest. In seiner Wohnung stellten die Ermittler Bargeld und Schmuck sicher. " +
      "Im Keller fanden die zuständigen Fahnder Munition.";
    expect(names(text)).toEqual([]);
    const [bank] = generateBank([{ id: "einbruch", text }]);
    expect(bank!.questions.filter((question) => question.topic === "person_role")).toEqual([]);
    // A woman's role noun after "die" is one person's, a name of two words after a plural still a person, and a
    // masculine role noun without "die" keeps its single surname.
    expect(names("Am Montag sagte die Sprecherin Gruber, der Täter sei gefasst. Gruber lobte die Polizei.")).toEqual(["Gruber"]);
    expect(names("Die Forscher Anna Huber und Max Maier fanden ein neues Virus.")).toEqual(["Anna Huber", "Max Maier"]);
    expect(names("Am Montag lobte Bürgermeister Huber die Feuerwehr.")).toEqual(["Huber"]);
  });
});

describe("a name read on into a noun after it that no name has", () => {
  it("ends before a role noun's feminine form, also after a surname that is a given name too ('dass Eva Paul Präsidentin wird')", () => {
    const text = "Viele erwarten, dass Eva Paul Präsidentin wird. Paul selbst schweigt dazu.";
    expect(extractFacts(text).persons.map((person) => person.mentions.map((mention) => mention.text))).toEqual([["Eva Paul", "Paul"]]);
    // A role noun's masculine form after a given name is still a surname ("Richter", "Meister").
    expect(names("Stürmer Marco Richter erzielte das Tor.")).toEqual(["Marco Richter"]);
  });

  it("ends before a compound with a hyphen whose last part is a common noun ('Franz Hofer Bio-Tiefkühlgerichte')", () => {
    expect(names("Zum Konzern gehören neben der Molkerei auch Franz Hofer Bio-Tiefkühlgerichte.")).toEqual(["Franz Hofer"]);
    // A double surname keeps its second part.
    expect(names("Dagegen stimmte am Ende Anna Maria Berger-Lindner.")).toEqual(["Anna Maria Berger-Lindner"]);
  });
});

describe("a German noun right after a given name and a surname ('der Tierärztin Anna Wallner Giftköder')", () => {
  it("ends the name before it where the text never uses the word alone", () => {
    expect(names("Im Stadtpark sind nach Angaben der Tierärztin Anna Wallner Giftköder ausgelegt worden.")).toEqual(["Anna Wallner"]);
  });

  it("keeps a third name word the text uses alone or writes again after the surname, and names from abroad", () => {
    expect(names("Am Montag empfing Michail Sergejewitsch Gorbatschow die Gäste. Gorbatschow lobte sie.")).toEqual(["Michail Sergejewitsch Gorbatschow"]);
    expect(names("Präsident Carlos Peña Nieto traf den Papst. Peña Nieto lobte ihn.")).toEqual(["Carlos Peña Nieto"]);
    expect(names("Ex-Präsident Otto Pérez Molina sitzt in Haft.")).toEqual(["Otto Pérez Molina"]);
    expect(names("Am Montag sprach Marcel A. Müller im Landtag.")).toEqual(["Marcel A. Müller"]);
  });
});

describe("a role noun in the plural before a name ('werfen die Abgeordneten Gruber vor')", () => {
  it("gives the single name after it no role and, without other evidence, no person: it is the verb's object", () => {
    const text =
      "Im Landtag werfen die Abgeordneten Gruber vor, sie habe die Gläubiger verärgert. Landesrätin Eva Gruber (SPÖ) wies das zurück. " +
      "Gruber bleibt trotzdem im Amt.";
    const gruber = extractFacts(text).persons;
    expect(gruber.map((person) => [person.name, person.role])).toEqual([["Eva Gruber", "Landesrätin"]]);
    const [bank] = generateBank([{ id: "landtag", text }]);
    // What the role questions ask or state, without the text's own sentence they show as evidence.
    const roleQuestions = bank!.questions
      .filter((question) => question.topic === "person_role")
      .map((question) => JSON.stringify({ ...question, evidence: undefined, before: undefined, after: undefined }));
    expect(roleQuestions.length).toBeGreaterThan(0);
    expect(roleQuestions.filter((question) => question.includes("Abgeordnete"))).toEqual([]);
    expect(names("Die Spieler von den Inseln lobten den neuen Trainer.")).toEqual([]);
    expect(names("Am Ende bedankten sich beide Minister Berger für die Hilfe. Berger nahm den Dank an.")).toEqual([]);
  });

  it("keeps the role of names joined by 'und' after it, and reads 'die' after a comma as a relative pronoun", () => {
    const text = "Nun schlossen die Gründer Anna Huber und Max Maier die Testphase ab.";
    expect(extractFacts(text).persons.map((person) => [person.name, person.role])).toEqual([
      ["Anna Huber", "Gründer"],
      ["Max Maier", undefined],
    ]);
    const relative = "Auch die Lösung, die Bankchef Paul Moser bevorzugt, kostet Stellen.";
    expect(extractFacts(relative).persons.map((person) => [person.name, person.role])).toEqual([["Paul Moser", "Bankchef"]]);
  });
});

describe("a full name read on into a bare object after it ('soll Thomas Berger Kunden betrogen haben')", () => {
  it("ends before the object where the text names the person by the word before it alone, never by the object", () => {
    const text = "Laut Anklage soll der Installateur Thomas Berger Kunden um 80.000 Euro betrogen haben. Berger bestreitet die Vorwürfe.";
    expect(names(text)).toEqual(["Thomas Berger"]);
    const berger = extractFacts(text).persons[0]!;
    expect(berger.mentions.map((mention) => mention.text)).toEqual(["Thomas Berger", "Berger"]);
    expect(names("Am Montag hat Ministerin Anna Huber Schulen in Linz besucht. Huber lobte die Lehrer.")).toEqual(["Anna Huber"]);
    // Nothing a question asks or states names "Berger Kunden": only the evidence, the text's own sentence, does.
    const [bank] = generateBank([{ id: "betrug", text }]);
    const asked = bank!.questions.map((question) => JSON.stringify({ ...question, evidence: undefined, before: undefined, after: undefined }));
    expect(asked.filter((question) => question.includes("Berger Kunden"))).toEqual([]);
  });

  it("keeps a name of three words whose last word the text uses alone, or whose middle is a given name", () => {
    expect(names("Hillary Rodham Clinton sprach in Iowa. Clinton lobte die Wähler.")).toEqual(["Hillary Rodham Clinton"]);
    expect(names("Am Montag hat Frank Walter Steinmeier Polen besucht. Steinmeier lobte die Regierung.")).toEqual(["Frank Walter Steinmeier"]);
  });
});

describe("a run of capitalised words that opens with the noun of a company's or medium's kind ('der Firma Alpenblick Film')", () => {
  it("names that body, no person, also where a relative pronoun follows", () => {
    const text = "Gedreht hat den Film die Grazer Firma Alpenblick Film, die seit 1990 Dokumentationen herstellt. Regisseurin Anna Gruber lobte das Team.";
    expect(names(text)).toEqual(["Anna Gruber"]);
    expect(names("Den Vertrieb übernimmt die Produktionsfirma Bergwerk Media, die in Linz sitzt.")).toEqual([]);
  });

  it("keeps a person named by a given name after the kind's noun and a comma", () => {
    expect(names("Gedreht hat die Firma, sagte Peter Huber, der sie leitet.")).toEqual(["Peter Huber"]);
  });
});

describe("a city alone after a role noun ('Tabellenführer Salzburg')", () => {
  it("is the club or town that holds the title, no person; a person's name of two words after the same noun still is one", () => {
    expect(names("Die Grazer verkürzten den Rückstand auf Tabellenführer Salzburg auf drei Punkte.")).toEqual([]);
    expect(names("Die Grazer verkürzten den Rückstand auf Tabellenführer Anna Gruber auf drei Punkte.")).toEqual(["Anna Gruber"]);
  });
  it("reads a saint's word before a name as a place, not a given name ('an der Küste von Santa Catarina', 'in San Luca')", () => {
    const text =
      "Der Gesuchte wurde in einem Ferienhaus an der Küste von Santa Catarina gefasst, sagte Polizeichef Rui Matos. " +
      "Seine Komplizen stammen aus San Luca in Kalabrien, wie Staatsanwältin Paola Greco erklärte.";
    expect(names(text)).toEqual(["Rui Matos", "Paola Greco"]);
  });
});

describe("a Gaelic surname", () => {
  it('is a name word after its prefix\'s capital ("McCallum", "O\'Brien")', () => {
    expect(names("Der Biologe Rowan McCallum spielte den Tieren Videos vor.")).toEqual(["Rowan McCallum"]);
    expect(names("Die Sängerin Sinead O'Brien trat am Freitag auf.")).toEqual(["Sinead O'Brien"]);
  });
});

describe("a byline in brackets after the article's last sentence ('(Anna Lechner, Paul Winter, 4.5.2016)')", () => {
  it("makes no person of the journalists, wherever the byline stands between sentences", () => {
    const text =
      "Die Gemeinde Hartberg baut eine neue Volksschule. Bürgermeister Karl Huber lobte den Plan des Landes. " +
      "Der Bau soll im Herbst beginnen. (Anna Lechner, Paul Winter aus Graz, 4.5.2016)";
    expect(names(text)).toEqual(["Karl Huber"]);
    // A byline glued to the last sentence's period, one with a semicolon, one without its closing bracket at the end.
    expect(names("Huber kritisierte den Plan.(Sabine Krammer; 12.3. 2016)")).toEqual([]);
    expect(names("Der Stadtrat tagt erneut. (Michael Ortner, APA, 1.2.2016")).toEqual([]);
    // A byline between two parts of an article, before an info box.
    expect(names("Das Spiel ist fertig. (Thomas Wagner, 9.3.2016) Es kostet zwanzig Euro.")).toEqual([]);
    // Without a date a name in brackets is the text's ("(Karl Huber, ÖVP)" reads no byline).
    expect(names("Der Antrag kam von Bürgermeister Karl Huber. Unterstützt wurde er von (Anna Lechner, Bürgerliste).")).toContain("Karl Huber");
  });

  it("makes no person of the makers of the video or photos a labelled credit names, joined by '&' or 'und'", () => {
    const text = "An der Grenze warten Hunderte. Bürgermeister Karl Huber bittet um Hilfe. (Petra Lindner, Videos: Jonas Reiter & Lea Brandl, 12.11.2015)";
    expect(names(text)).toEqual(["Karl Huber"]);
    expect(names("Die Lage bleibt angespannt, sagte Karl Huber. (Fotos: Jonas Reiter und Lea Brandl, 3.4.2016)")).toEqual(["Karl Huber"]);
  });

  it("keeps a person the text names who also writes the byline, and asks no quiz question about the journalist", () => {
    expect(names("Reporterin Eva Brunner war in Lesbos. Dort traf sie Helfer. (Eva Brunner, 2.10.2015)")).toEqual(["Eva Brunner"]);
    const text =
      "Der Landtag beschloss am Dienstag ein neues Budget. Landesrat Peter Moser sagte, das Land spare bei der Verwaltung. " +
      "Die Opposition kritisierte das Budget scharf. Klubobmann Franz Egger sprach von einem Rückschritt. (Katharina Stein, 3.3.2016)";
    const [bank] = generateBank([{ id: "landtag", text }]);
    expect(JSON.stringify(bank!.questions)).not.toContain("Katharina Stein");
  });
});

describe("a surname that ends as an adjective does after a given name ('Klara Fischer', 'Jens Mundlos')", () => {
  it("keeps it as the surname, where the run has no other sign of a person than its given name", () => {
    expect(names("Im Vertrauensindex liegt sie knapp hinter Staatsoberhaupt Klara Fischer auf Platz zwei.")).toEqual(["Klara Fischer"]);
    expect(names("Im Gerichtssaal saß auch Jens Mundlos in der ersten Reihe.")).toEqual(["Jens Mundlos"]);
    expect(names("Zum Konzert kamen Paul Lustig und Anna Fröhlich aus Graz.")).toEqual(["Paul Lustig", "Anna Fröhlich"]);
    // A derived noun after a given name stays a noun.
    expect(names("Neben Maria Bewegung kam niemand.")).toEqual([]);
  });
});

describe("a run of two capitalised words whose first is no given name here, though the lists have it", () => {
  it("reads two people side by side where the first word is another person's surname ('hat Werner Pichler kennengelernt')", () => {
    const text =
      "Verfassungsrechtler Franz Werner kennt Ministerin Eva Pichler seit Jahren. " + "Als Präsident des Segelklubs hat Werner Pichler damals kennengelernt.";
    const persons = extractFacts(text).persons;
    expect(persons.map((person) => person.name)).toEqual(["Franz Werner", "Eva Pichler"]);
    expect(persons.map((person) => person.mentions.length)).toEqual([2, 2]);
  });

  it("reads another person's surname in the genitive before a noun as that person's genitive ('Kowalczyks Büro')", () => {
    const text = "Premierminister Tomasz Kowalczyk rief den Präsidenten an. Kowalczyks Büro teilte mit, das Gespräch sei gut verlaufen.";
    const persons = extractFacts(text).persons;
    expect(persons.map((person) => person.name)).toEqual(["Tomasz Kowalczyk"]);
    expect(persons[0]!.genitives.map((genitive) => genitive.text)).toEqual(["Kowalczyks"]);
  });

  it("reads a colour's word before a noun the text puts after 'von den' as no given name ('Rosa Flamingos')", () => {
    const text = "Die Krebse, die von den Flamingos gefressen werden, färben das Gefieder. Rosa Flamingos leben auch in Europa.";
    expect(names(text)).toEqual([]);
    // "van den" stays a particle of a name, and so does "von den" after a given name.
    expect(names("Am Sonntag lobte Trainer Erik van den Berg die Mannschaft.")).toEqual(["Erik van den Berg"]);
  });

  it("reads no name after an adjective in '-em' that follows a preposition ('in strengem Ton von Sparpaketen')", () => {
    expect(names("Im Interview sprach Kanzler Karl Huber in strengem Ton von Sparpaketen.")).toEqual(["Karl Huber"]);
    expect(names("Zur Gala kamen unter anderem Peter Kraus und vor allem Anna Berger.")).toEqual(["Peter Kraus", "Anna Berger"]);
  });

  it("reads no surname after a role noun in the genitive plural an adjective in '-er' makes ('unabhängiger Experten Chlorgas')", () => {
    const text = "In Syrien ist nach Angaben internationaler Experten Chlorgas eingesetzt worden. Der Einsatz von Chlorgas ist verboten.";
    expect(names(text)).toEqual([]);
    // The singular with its article still names one expert.
    expect(names("Nach Angaben des Experten Klaus Berger ist Chlorgas eingesetzt worden.")).toEqual(["Klaus Berger"]);
  });
  it("keeps a last surname that ends as Italian and Spanish names do after a surname ('Ettore Gotti Tedeschi'), and a noun spelled German still ends it", () => {
    expect(names("Rom. Der Banker Lorenzo Vitti Bianchi sagte am Montag, er sei zufrieden.")).toEqual(["Lorenzo Vitti Bianchi"]);
    expect(names("Rom. Am Montag traf Paolo Sarti Marchetti den Minister.")).toEqual(["Paolo Sarti Marchetti"]);
    expect(names("Nach Angaben des Experten Klaus Berger Chlorgas eingesetzt.")).toEqual(["Klaus Berger"]);
  });

  it("continues a name with a particle joined by an apostrophe ('d'Allegeershecque')", () => {
    expect(names("London. Die Botschafterin Claire le Blanc d'Avrincourt sagte, man sei besorgt.")).toEqual(["Claire le Blanc d'Avrincourt"]);
    expect(names("Paris. Die Ministerin Claire d'Estival sagte, sie sei zufrieden.")).toEqual(["Claire d'Estival"]);
    expect(extractFacts("Paris. Die Ministerin Claire d'Estival sagte, sie sei zufrieden.").persons[0]!.surname).toBe("d'Estival");
  });
  it("reads a surname in the genitive '-s' before a noun as the person without its 's', and the noun as none of the name ('Justin Biebers Kommentare')", () => {
    const persons = extractFacts("Berlin. Lena Krügers Kommentare sorgten für Aufregung in der Stadt.").persons;
    expect(persons.map((person) => `${person.name} | ${person.surname}`)).toEqual(["Lena Krüger | Krüger"]);
    expect(persons[0]!.mentions.map((mention) => mention.text)).toEqual(["Lena Krügers"]);
    // Named before: the genitive is that person's, no second one.
    const named = extractFacts("Berlin. Die Rede von Anna Bergmann war kurz. Anna Bergmanns Rede sorgte für Aufregung.").persons;
    expect(named.map((person) => person.name)).toEqual(["Anna Bergmann"]);
    expect(named[0]!.genitives.map((genitive) => genitive.text)).toEqual(["Anna Bergmanns"]);
    // A surname in "-s" takes an apostrophe in the genitive, and a stem that is a given name is likelier the surname itself.
    expect(names("Berlin. Hans Weiss sagte am Montag, er sei zufrieden.")).toEqual(["Hans Weiss"]);
    expect(names("Berlin. Ingrid Fuchs Rede sorgte für Aufregung.")).not.toContain("Ingrid Fuch");
    expect(names("Lima. Mario Vargas Llosa sagte, er sei müde.")).toEqual(["Mario Vargas Llosa"]);
  });
  it("reads a single surname after an office word as a person, merged with the full name the text gives later ('Präsident Poroschenko')", () => {
    const later = extractFacts("Kiew. Präsident Kowaltschuk sagte am Montag, die Lage sei ernst. Bohdan Kowaltschuk reist nach Berlin.").persons;
    expect(later.map((person) => `${person.name} | ${person.role}`)).toEqual(["Bohdan Kowaltschuk | Präsident"]);
    expect(names("Kiew. Präsident Kowaltschuk sagte am Montag, die Lage sei ernst.")).toEqual(["Kowaltschuk"]);
  });
});

describe("a role noun before the first name of a list", () => {
  const genderOf = (text: string, surname: string) => extractFacts(text).persons.find((person) => person.surname === surname)?.gender;

  it("gives its gender to that name where its form is singular only ('der Stadtrat Jani Rossi sowie Maria Huber')", () => {
    const text = "Neue Brücke in Bozen\n\nDen Bau präsentierten der Stadtrat Jani Rossi sowie Maria Huber am Freitag. Die Brücke soll 2028 fertig sein.";
    expect(genderOf(text, "Rossi")).toBe("male");
    expect(genderOf(text, "Huber")).toBe("female");
    expect(genderOf(text.replace("der Stadtrat", "Stadtrat"), "Rossi")).toBe("male");
  });

  it("gives none where the form reads as a plural too ('der Minister Jani Rossi und Maria Huber')", () => {
    const text = "Neue Brücke in Bozen\n\nDen Bau präsentierten der Minister Jani Rossi und Maria Huber am Freitag. Die Brücke soll 2028 fertig sein.";
    expect(extractFacts(text).persons.find((person) => person.surname === "Rossi")?.role).toBe("Minister");
    expect(genderOf(text, "Rossi")).not.toBe("male");
  });
});

describe("a role noun inside a firm's name", () => {
  it("reads no role holder after '&' ('Daily Mail & General Trust'), and the role before a name elsewhere still", () => {
    const text = "Übernahme in London\n\nDer Verlag Harbour & General Holdings führt Gespräche über ein Angebot, meldete eine Zeitung am Sonntag.";
    expect(names(text)).toEqual([]);
    expect(names("Übernahme in London\n\nDas bestätigte General Peter Holdings am Sonntag.")).toEqual(["Peter Holdings"]);
  });
});
