/** Vocabulary for member counts of organisations ("83 Staaten bilden eine Koalition", "Die 68 Mitglieder der ..."). */

/** Nouns that count the members of an organisation. */
export const MEMBER_NOUNS: readonly string[] = [
  "Mitgliedstaaten", "Mitgliedsstaaten", "Mitgliedsländer", "Mitgliedsländern", "Mitglieder",
  "Mitgliedern", "Staaten", "Länder", "Ländern", "Nationen", "Parteien", "Partner", "Partnerländer",
];

/** Verbs saying that members make up an organisation: "bilden eine Koalition", "gründeten die Allianz". */
export const FORMING_VERBS: readonly string[] = [
  "bilden", "bildeten", "gründeten", "gründen", "formen", "formten",
];

/** Verbs saying an organisation has members: "die Nato zählt 32 Mitglieder", "umfasst 27 Staaten". */
export const HAVING_VERBS: readonly string[] = ["zählt", "umfasst", "hat", "vereint", "vereinigt"];

/**
 * Heads of nouns that name an institution ("Bundesregierung", "EU-Kommission", "die Polizei"):
 * with a determiner they can speak or act in a text. Lower case endings.
 */
export const INSTITUTION_ENDINGS: readonly string[] = [
  "regierung", "kommission", "ministerium", "parlament", "gericht", "gerichtshof", "polizei",
  "staatsanwaltschaft", "armee", "behörde", "zentralbank", "notenbank", "partei", "koalition", "opposition",
  "verwaltung", "agentur", "konzern", "unternehmen", "gewerkschaft", "kammer", "rechnungshof", "bundesheer",
  "feuerwehr", "rettung", "militär", "streitkräfte", "führung", "präsidium", "vorstand", "aufsichtsrat",
  "senat", "kongress", "kabinett", "stadtregierung", "landesregierung", "bank", "universität", "institut",
  "organisation", "verband", "bündnis", "allianz", "union", "nato", "uno", "miliz", "terrormiliz", "bewegung", "bundeswehr",
  "sicherheitsrat", "gemeinderat", "stadtrat", "bundesrat", "nationalrat", "landtag", "bundestag",
  "ministerrat", "europarat", "verwaltungsrat", "betriebsrat", "delegation", "fraktion", "brigaden",
  "firma", "geldhaus", "geheimdienst", "nachrichtendienst", "fahndung", "justiz", "marine", "luftwaffe", "stiftung", "städtetag", "kreistag",
  "gemeindetag", "bundesamt", "landesamt",
  // Local news: clubs, schools, a town's council and bodies of parents, pupils or citizens act there.
  "verein", "klub", "club", "vertretung", "initiative", "schule", "gymnasium", "schulleitung", "direktion",
  "supermarktkette", "handelskette",
  // Trades of firms a price or a strike report names by their noun ("Die Molkereien erhöhen ...", "die Brauerei").
  "molkerei", "brauerei", "reederei", "bäckerei", "druckerei", "spedition",
];

/**
 * International organisations whose short name is read and written as a word ("Die Nato verlegt ...", "Die Unesco
 * hat ... aufgenommen"), not in capitals as an acronym is: named bodies that act, though the word looks like a noun's.
 * Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const ORGANISATIONS_NAMED_AS_WORDS: ReadonlySet<string> = new Set([
  "nato", "uno", "opec", "unesco", "unicef", "fifa", "uefa", "nasa", "esa", "interpol", "europol", "frontex", "asean",
]);

/**
 * Parties whose name is an adjective written as a noun, as they stand after "die" ("Die Grünen forderten ...", "Die
 * Linke lehnt ... ab", "Am Montag kündigten die Freiheitlichen ... an"): a named party that acts, not people of a kind.
 * Lower case. Not the colours a text may call parties by ("die Roten", "die Blauen"), which other things are called too.
 */
export const PARTIES_NAMED_BY_ADJECTIVE: ReadonlySet<string> = new Set(["grünen", "linke", "freiheitlichen"]);

/**
 * Short names of the parties with seats in the parliaments of the German-speaking countries, in their current and their
 * previous term, as written: the Bundestag (2021 and 2025: SPD, CDU, CSU, AfD, FDP, BSW, SSW; "Grüne" and "Linke" are
 * PARTIES_NAMED_BY_ADJECTIVE), Austria's Nationalrat (2019 and 2024: ÖVP, SPÖ, FPÖ, NEOS) and Switzerland's Nationalrat
 * (2019 and 2023: SVP, SP, FDP, GLP, EVP, EDU, MCG, PdA, and CVP and BDP, which merged into "Die Mitte" in 2021). A text
 * names them without a hint of their kind ("Die SPD lehnt ... ab"): each is a party, whose deed no body of a state did.
 * Not "Mitte" or "Lega": words of other things too.
 */
// biome-ignore format: a word list, packed for reading
export const PARLIAMENT_PARTY_SHORT_NAMES: ReadonlySet<string> = new Set([
  "SPD", "CDU", "CSU", "AfD", "FDP", "BSW", "SSW",
  "ÖVP", "SPÖ", "FPÖ", "NEOS", "Neos",
  "SVP", "SP", "GLP", "EVP", "EDU", "MCG", "PdA", "CVP", "BDP",
]);

/**
 * Nouns of a product's kind with their article ("Das Programm" for "die Google-Software AlphaGo"): alone they name no
 * institution that acts, but where the text named one product of the kind before, they stand for it.
 */
export const PRODUCT_KIND_NOUNS: readonly string[] = ["die software", "das programm"];

/**
 * Nouns of vehicles and instruments of a mission with their article, each its own kind ("Die Sonde" for "die
 * europäische Raumsonde Juice", "Der Satellit"): like a product's, they stand for the one of their kind the text named.
 */
export const THING_KINDS: readonly (readonly string[])[] = [
  ["die sonde", "die raumsonde"],
  ["der satellit"],
  ["das teleskop"],
  ["der rover"],
  ["das raumschiff"],
];

/**
 * Common nouns that stand for an institution the text named before ("Der Konzern" for "Der deutsche Technologieriese
 * Siemens", "Das Ministerium" for "das marokkanische Innenministerium"), each with its article, and the nouns that
 * name an institution of the same kind (a compound may end in any of them: "Technologieriese", "Großbank").
 */
// biome-ignore format: a word list, packed for reading
export const INSTITUTION_KINDS: readonly (readonly string[])[] = [
  // A company, also as economy reports introduce it by its trade ("Der Energieversorger Donaustrom", "Die Fluggesellschaft
  // Alpair") before they call it "das Unternehmen", "der Konzern" or "die Airline".
  [
    "der konzern", "das unternehmen", "die firma", "der riese", "der hersteller", "der autobauer", "der versorger",
    "der anbieter", "der zulieferer", "der versicherer", "der betreiber", "der händler", "die kette", "die airline",
    "die fluggesellschaft", "die reederei", "der discounter",
  ],
  ["die bank", "das geldhaus"],
  ["das ministerium"],
  ["die behörde"],
  ["die bewegung"],
  ["die partei"],
  ["die miliz"],
  ["die organisation"],
  ["die gewerkschaft"],
  ["der verband"],
  ["die stiftung"],
  ["das institut"],
  ["die universität"],
  PRODUCT_KIND_NOUNS,
  ...THING_KINDS,
];

/**
 * Kinds of institution that a text names by their noun ("das Innenministerium", "die Asylbehörde"), never by a bare
 * name: a name without the noun ("Attac", "ÖVP") is none of them. For the other kinds it may be.
 */
export const KINDS_NAMED_BY_NOUN: ReadonlySet<string> = new Set(["ministerium", "behörde"]);

/**
 * Nouns of the kinds of organisation, company, medium and product that a text introduces by name right after the noun,
 * alone or as a compound's end ("die Gruppe Ansar Dine", "die Zeitschrift Nokta", "Palästinenserorganisation Hamas",
 * "die Google-Software AlphaGo", "der Drogeriemarktkette Schlecker"): the words after one are a name, which the text may
 * use alone later ("die Hamas", "Nokta erscheint ..."). Lower case. Not news agencies ("Nachrichtenagentur Anadolu"):
 * they are the source of a report, not who acted in it.
 */
// biome-ignore format: a word list, packed for reading
export const NAME_INTRODUCING_KINDS: readonly string[] = [
  "gruppe", "gruppierung", "organisation", "miliz", "bewegung", "partei", "verein", "verband", "netzwerk", "allianz",
  "konzern", "unternehmen", "firma", "hersteller", "riese", "kette", "bank", "anbieter", "airline", "fluglinie",
  "zeitschrift", "zeitung", "magazin", "wochenblatt", "fachblatt", "journal", "sender", "plattform", "software", "programm", "dienst",
  // The web's and the games' trade ("der Publisher Konami", "das Studio DontNod", "das Hacker-Kollektiv Anonymous", "die
  // Suchmaschine Bing", "der Messenger Signal", "der Onlinehändler Zalando"): a company, a group or a product by name.
  "publisher", "studio", "kollektiv", "suchmaschine", "browser", "messenger", "händler", "startup", "start-up",
  // Agencies of a trade ("die Werbeagentur Young Enterprises", "die PR-Agentur Ketchum"): a company by name, never a person.
  // News agencies stay out (see above).
  "werbeagentur", "marketingagentur", "pr-agentur", "kommunikationsagentur", "mediaagentur", "modelagentur",
  "künstleragentur", "castingagentur", "personalagentur", "eventagentur", "internetagentur", "digitalagentur",
  // "die Raumsonde Juice", "der Satellit Sentinel": vehicles and instruments of a mission, which may act in a report alone.
  "sonde", "satellit", "teleskop", "rover", "raumschiff", "raumkapsel", "raumfähre", "mission",
  // "die Bank-Austria-Mutter Unicredit", "die VW-Tochter Audi": a company named by its parent or its subsidiary, only as
  // a compound's end (a mother or a daughter named before her name is a person).
  "-mutter", "-tochter", "konzernmutter", "konzerntochter",
];

/**
 * Of NAME_INTRODUCING_KINDS, the kinds of company ("der Elektronikkonzern Samsung", "die Supermarktkette Billa"): the
 * name after one is a company's, which "der Konzern" or "das Unternehmen" may stand for later. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const COMPANY_INTRODUCING_KINDS: readonly string[] = [
  "konzern", "unternehmen", "firma", "hersteller", "riese", "kette", "bank", "anbieter", "airline", "fluglinie", "-mutter", "-tochter",
  "konzernmutter", "konzerntochter", "publisher", "studio", "händler", "startup", "start-up",
];

/**
 * Second parts of a hyphenated compound whose first part is a company's or organisation's name ("Lufthansa-Chef",
 * "Google-Mutter", "Siemens-Aktie", "Telekom-Sprecherin"): the people, shares and parts only an organisation has. A
 * word the text writes so is a name that may act alone ("Die Lufthansa streicht ...", "Google muss ..."). Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const ORGANISATION_COMPOUND_HEADS: ReadonlySet<string> = new Set([
  "chef", "chefin", "konzernchef", "konzernchefin", "vorstandschef", "vorstandschefin", "sprecher", "sprecherin", "konzernsprecher",
  "konzernsprecherin", "gründer", "gründerin", "manager", "managerin", "mitarbeiter", "mitarbeiterin", "belegschaft", "betriebsrat",
  "aufsichtsrat", "vorstand", "konzern", "mutter", "tochter", "aktie", "aktien", "aktionäre", "zentrale", "konzernzentrale", "filiale",
  "filialen", "werk", "werke", "kunden", "eigentümer", "gruppe", "holding",
]);

/**
 * Abbreviations of a sports club's kind before its name ("SK Austria Klagenfurt", "FC Red Bull Salzburg", "VfB
 * Stuttgart"): the capitalised words after one name the club, even where the first is a given name ("Austria").
 */
// biome-ignore format: a word list, packed for reading
export const CLUB_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "FC", "SC", "SV", "SK", "TSV", "VfB", "VfL", "VfR", "ASK", "ATSV", "FK", "AC", "AS", "TSG", "RB", "FSV", "SpVgg", "BSC", "KSC",
  "SSC", "SSV", "PSV", "ASV", "USV", "ESV", "KSV", "DSV", "SKN", "SG", "FV", "BV", "TuS", "CF", "CD", "SD", "UD", "HC", "EHC", "EC",
  "KAC", "VSV", "OSC", "ATV", "SCR", "SKU", "NK", "HNK", "GNK",
]);
/**
 * The legal forms of companies written after the company's name ("Wilhelm Blasko GmbH", "Hans Moser KG", "Acme Ltd"):
 * German, Austrian and Swiss forms and the English ones news quotes. A person's name before one names the firm.
 */
// biome-ignore format: a word list, packed for reading
export const COMPANY_LEGAL_FORMS: ReadonlySet<string> = new Set([
  "GmbH", "AG", "KG", "OG", "OHG", "KGaA", "SE", "eG", "GesmbH", "Ges.m.b.H", "mbH", "Ltd", "Inc", "Corp", "LLC", "plc", "SA", "SpA", "NV", "BV",
]);

/**
 * Words that open a sports club's name before its town ("FC Bayern München", "Bayer Leverkusen", "Rapid Wien", "FK
 * Austria Wien"): every club abbreviation and the first words of well-known clubs. The club acts in a match report as a
 * body does. Not "Union", "Austria", "Red": words of other names.
 */
// biome-ignore format: a word list, packed for reading
export const CLUB_NAME_OPENERS: ReadonlySet<string> = new Set([
  ...CLUB_ABBREVIATIONS,
  "Bayer", "Borussia", "Eintracht", "Werder", "Hertha", "Fortuna", "Arminia", "Rapid", "Sturm", "Admira", "Real",
  "Atlético", "Olympique", "Sporting", "Dynamo", "Lokomotive",
]);
/** Club names after a town's adjective ("Hamburger SV", "Karlsruher SC", "Kölner FC"). */
export const CLUB_NAME_ENDINGS: ReadonlySet<string> = new Set(["SV", "SC", "FC", "HC", "EC"]);

/**
 * Names of channels and series whose number is part of the name ("Puls 4", "Kabel 1", "Formel 1"): the number after one
 * counts nothing. An acronym before a number ("ORF 2", "RTL 2") is read so without a list.
 */
export const NUMBERED_NAME_WORDS: ReadonlySet<string> = new Set(["Puls", "Kabel", "Formel"]);

/**
 * Nouns whose number is a rank or a label, not a name's ("auf Rang 14.", "in Minute 90 fiel", "Artikel 16 regelt"): the
 * figure after them stays one. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const RANK_NOUNS: ReadonlySet<string> = new Set([
  "platz", "rang", "position", "stelle", "runde", "minute", "seite", "artikel", "paragraf", "paragraph", "absatz",
  "kapitel", "nummer", "startnummer", "etappe", "spieltag", "tag", "woche", "folge", "staffel", "stufe", "phase", "zone",
  "gleis", "linie", "zimmer", "saal", "block", "loch", "bahn", "kilometer", "punkt", "ziffer", "klasse", "liga",
]);

/**
 * Capitalised words that open a sentence before a count, never a name with a number ("Insgesamt 50 starben", "Weitere 20
 * wurden verletzt"): unlike "Hannover 96 verlor", the figure after them counts. Lower case; the hedges count too.
 */
// biome-ignore format: a word list, packed for reading
export const COUNT_OPENERS: ReadonlySet<string> = new Set([
  "insgesamt", "weitere", "nur", "allein", "ganze", "bereits", "schon", "bislang", "bisher", "damals", "heute", "jetzt",
  "nun", "zuletzt", "zuvor", "jeweils", "gerade", "noch", "erst", "alle", "rund", "etwa", "knapp", "gut", "fast", "über",
  "unter", "bis", "mindestens", "höchstens", "maximal", "ungefähr", "circa", "zirka", "beinahe", "nahezu", "dann",
  "danach", "davon", "darunter", "dort", "hier", "doch", "aber", "und", "zudem", "außerdem", "gestern", "morgen",
]);
