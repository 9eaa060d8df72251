/**
 * Nouns for one kind of body, lower case: a deed that names one as its object ("ist gegen eine regierungskritische
 * Publikation vorgegangen") is done to a body of that kind, and no body named by a noun of it ("Die Zeitschrift Nokta")
 * did it. A name's noun may be a compound's end ("Wochenzeitung", "Oppositionspartei").
 */
export const KIND_FAMILIES: readonly (readonly string[])[] = [
  [
    "zeitschrift",
    "zeitschriften",
    "zeitung",
    "zeitungen",
    "magazin",
    "magazine",
    "wochenblatt",
    "blatt",
    "blätter",
    "publikation",
    "publikationen",
    "medium",
    "medien",
  ],
  ["sender", "fernsehsender", "radiosender", "medium", "medien"],
  ["partei", "parteien"],
  ["behörde", "behörden", "amt", "ämter"],
  ["konzern", "konzerne", "unternehmen", "firma", "firmen", "hersteller"],
  ["bank", "banken", "geldhaus", "geldhäuser"],
  ["gewerkschaft", "gewerkschaften"],
  ["verband", "verbände", "verein", "vereine"],
  ["miliz", "milizen", "gruppe", "gruppen", "gruppierung", "gruppierungen", "organisation", "organisationen"],
];

/**
 * Ends of nouns that describe a company by what it does or is ("Stahlkonzern", "Autobauer", "Energieversorger"), lower
 * case: with adjectives alone before them ("Der Linzer Stahlkonzern", "Der deutsche Autobauer") they stand for a company
 * the text names elsewhere, not for a name of their own.
 */
// biome-ignore format: a word list, packed for reading
export const COMPANY_DESCRIPTION_ENDINGS: readonly string[] = [
  "konzern", "unternehmen", "firma", "hersteller", "bauer", "zulieferer", "versorger", "versicherer", "händler", "anbieter",
  "betreiber", "veranstalter", "produzent", "erzeuger", "entwickler", "dienstleister", "riese", "gigant", "platzhirsch",
  // Telecoms by their trade ("Der britische Mobilfunker O2", "Der Provider Tele2").
  "mobilfunker", "provider",
];

/**
 * Kinds of trade whose dealers ("-händler") are shops or firms ("Die Einzelhändler", "Die Onlinehändler"), lower case,
 * a compound's first part. Other dealers in the plural are people ("Die Drogenhändler", "Die Waffenhändler", "Die
 * Autohändler" of a fraud case): a group, never a company's rival.
 */
// biome-ignore format: a word list, packed for reading
export const COMPANY_TRADES: readonly string[] = [
  "einzel", "groß", "online", "internet", "versand", "fach", "lebensmittel", "elektronik", "elektro", "möbel", "mode",
  "textil", "energie", "strom", "gas", "baumarkt", "drogerie", "sportartikel", "spielwaren", "buch",
];

/**
 * Nouns of things a company makes or sells, lower case, a compound's end among them ("Klapphandy", "Elektroauto"):
 * a name after one ("Das Smartphone Galaxy S9", "Das neue Modell") is a product, which never acts as its maker does.
 */
// biome-ignore format: a word list, packed for reading
export const PRODUCT_NOUN_ENDINGS: readonly string[] = [
  "gerät", "modell", "smartphone", "handy", "telefon", "tablet", "laptop", "notebook", "computer", "konsole", "chip",
  "prozessor", "auto", "fahrzeug", "produkt", "medikament", "impfstoff", "präparat", "arzneimittel", "software",
  "sonde", "satellit", "teleskop", "rover", "raumschiff", "raumkapsel", "raumfähre",
];

/**
 * Nouns of buildings and venues that end a name of two words ("Allianz Stadion", "Helmut-List Halle", "Wiener Stadthalle"):
 * after the name's first word they are its head, no name of their own. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const VENUE_NOUNS: ReadonlySet<string> = new Set([
  "stadion", "arena", "halle", "zentrum", "center", "park", "platz", "bahnhof", "flughafen", "hafen", "theater", "oper",
  "museum", "kirche", "dom", "schloss", "hotel", "klinikum", "spital", "krankenhaus", "universität", "schule", "galerie",
  "kaserne", "messe", "brücke", "tunnel", "turm", "saal", "bühne", "kino",
]);

/**
 * Nouns that name a side only by its part in an event the text told ("Die Gäste übernahmen die Kontrolle", "Der
 * Gegner glich aus"): which team or person is meant, a statement naming them so does not say. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const SIDE_OF_EVENT_NOUNS: ReadonlySet<string> = new Set([
  "gäste", "gast", "gastgeber", "gastgeberin", "hausherren", "hausherrinnen", "heimischen", "gegner", "gegnerin",
  "kontrahenten", "kontrahent", "herausforderer", "herausforderin", "titelverteidiger", "titelverteidigerin", "favoriten",
  "favorit", "außenseiter", "sieger", "siegerin", "verlierer", "verliererin", "gastmannschaft", "heimmannschaft",
]);

/**
 * Words after the article that take a share of a group ("Die meisten Antragsteller", "Viele Bewohner", "Beide
 * Parteien"): some of the people the text counts, no one a learner could name as who did something. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const QUANTIFYING_WORDS: ReadonlySet<string> = new Set([
  "meisten", "viele", "vielen", "einige", "manche", "mehrere", "wenige", "zahlreiche", "alle", "beide", "beiden",
  "übrigen", "restlichen", "anderen", "sämtliche", "etliche", "tausende", "hunderte", "dutzende",
]);

/** The kinds of actor whose deeds do not pass from one to another (ACTOR_KIND_ENDINGS, ACTS_OF_KINDS). */
export type ActorKind =
  | "government"
  | "prosecution"
  | "police"
  | "court"
  | "military"
  | "central bank"
  | "party"
  | "company"
  | "association"
  | "media"
  | "team";

/** The sides of public life that the kinds of actor stand on (SIDE_OF_ACTOR_KIND). */
export type ActorSide = "state" | "party" | "company" | "association" | "media";

/**
 * The side each kind of actor stands on: the state's powers (government, prosecution, police, court, military, central
 * bank), the parties, companies, associations (unions, chambers, NGOs), the media. A deed passes to another actor of its
 * kind only (ACTOR_KIND_ENDINGS); what was said, between the sides of SIDES_APART_IN_WORDS only not.
 */
export const SIDE_OF_ACTOR_KIND: Readonly<Record<ActorKind, ActorSide>> = {
  government: "state",
  prosecution: "state",
  police: "state",
  court: "state",
  military: "state",
  "central bank": "state",
  party: "party",
  company: "company",
  association: "association",
  media: "media",
  team: "association",
};

/**
 * Sides whose words do not pass from one to the other: the state speaks of its laws, rules and investigations, a company
 * of its business ("Der Konzern sagte, das Gesetz trete im Mai in Kraft" of a ministry's words). Parties, associations
 * and the media speak of either, and the two sides of a dispute (a union and a company, the opposition and the
 * government) say each other's opposite: their twins are what a learner must read the text for
 * ("Die Polizei sagte: Die Ausgabe sei beschlagnahmt worden" of a magazine's words).
 */
export const SIDES_APART_IN_WORDS: readonly (readonly [ActorSide, ActorSide])[] = [["state", "company"]];

/**
 * Ends of the nouns that say what kind of actor an institution is ("Die Staatsanwaltschaft Stuttgart", "Die Gewerkschaft
 * Pro-Ge", 'der Zeitung "Kurier"'), lower case, the longest end deciding ("aufsichtsrat" before "rat"). What one kind
 * did another could not have done: a false statement giving it to another kind ("Die Polizei hat die Mineralölsteuer
 * erhöht", "Die Gewerkschaft erhob Anklage") a learner rejects without reading the text. Government, parliament and the
 * administration are one kind (either may decide a law); police and prosecution two (only the prosecution brings charges).
 */
// biome-ignore format: a word list, packed for reading
export const ACTOR_KIND_ENDINGS: ReadonlyMap<ActorKind, readonly string[]> = new Map<ActorKind, readonly string[]>([
  ["government", [
    "regierung", "ministerium", "kabinett", "ministerrat", "kommission", "parlament", "landtag", "bundestag", "bundesrat",
    "nationalrat", "senat", "kongress", "gemeinderat", "stadtrat", "sicherheitsrat", "behörde", "behörden", "rechnungshof",
    "stadtverwaltung", "landesregierung", "stadt", "gemeinde", "bundesland", "rat", "amt", "ämter",
    // Bodies of states and their agencies, by their short names written as words (ORGANISATIONS_NAMED_AS_WORDS).
    "uno", "opec", "asean", "nasa",
  ]],
  ["prosecution", ["staatsanwaltschaft", "oberstaatsanwaltschaft", "anklagebehörde"]],
  ["police", [
    "polizei", "ermittlungsbehörde", "ermittlungsbehörden", "geheimdienst", "nachrichtendienst", "verfassungsschutz",
    "landeskriminalamt", "bundeskriminalamt", "zollfahndung", "interpol", "europol", "frontex",
  ]],
  ["court", ["gericht", "gerichtshof", "schiedsgericht"]],
  ["team", ["klub", "club", "mannschaft", "nationalmannschaft", "nationalteam", "fußballklub", "team"]],
  ["military", ["armee", "militär", "streitkräfte", "marine", "luftwaffe", "bundesheer", "bundeswehr", "truppen", "nato"]],
  ["central bank", ["zentralbank", "notenbank", "nationalbank"]],
  ["party", ["partei", "parteien", "fraktion", "parteivorstand", "parteipräsidium", "parteirat", "parteispitze", "parteiführung"]],
  ["company", [
    ...COMPANY_DESCRIPTION_ENDINGS, "konzerne", "firmen", "bank", "banken", "geldhaus", "versicherung", "fluggesellschaft", "fluglinie", "airline",
    "aufsichtsrat", "brauerei", "reederei", "holding", "handelskette", "supermarktkette",
  ]],
  ["association", [
    "gewerkschaft", "gewerkschaften", "gewerkschaftsbund", "kammer", "verband", "verbände", "verein", "betriebsrat", "personalrat", "zentralrat",
    "hilfsorganisation", "umweltorganisation", "menschenrechtsorganisation", "tierschutzorganisation", "stiftung", "hilfswerk",
    "verbraucherorganisation", "verbraucherschutzorganisation", "verbraucherzentrale", "konsumentenschutzorganisation",
    "fifa", "uefa", "unicef",
  ]],
  ["media", [
    "zeitung", "zeitungen", "zeitschrift", "magazin", "sender", "fernsehsender", "rundfunk", "nachrichtenagentur",
    "presseagentur", "wochenblatt", "nachrichtenportal", "onlineportal",
  ]],
]);

/**
 * Ends of plural nouns for the state's bodies and its people as many ("Die Behörden", "Die Finanzämter", "Die
 * Sicherheitsbehörden", "Die Gesetzgeber", "Die Ermittler"), lower case: another body of the state the text names may
 * be one of them, so neither is the other's rival ("Die Gesetzgeber" for what "Die Behörden" did tests the word only).
 */
export const STATE_BODIES_PLURAL_ENDINGS: readonly string[] = ["behörden", "ämter", "gesetzgeber", "ermittler", "beamten", "sicherheitskräfte", "machthaber"];

/**
 * Kinds of actor close enough that a deed of one may be the other's (the police and the prosecution both investigate and
 * arrest): rivals of each other where the deed is of both kinds by ACTS_OF_KINDS, and only there.
 */
export const KINDRED_ACTOR_KINDS: readonly (readonly ActorKind[])[] = [["prosecution", "police"]];

/**
 * Deeds that only some kinds of actor do, by words of the deed (lower case, whole words or their start): bringing
 * charges (prosecution), investigating and arresting (prosecution, police), sentencing (court), raising a tax or passing a law (government), cutting jobs or
 * making a profit (an employer, a company), calling a strike (a union). A rival of another kind is no wrong option even
 * where the answer's own kind is not known ("Die WKStA erhob Anklage": no union did). Where the answer is known to be of
 * another kind, the words say something else of the deed ("Die Partei kritisierte das Urteil") and do not count.
 */
export const ACTS_OF_KINDS: readonly { act: RegExp; kinds: readonly ActorKind[] }[] = [
  {
    act: /\b(?:\p{L}*anklage\p{L}*\s+(?:erhoben|erhebt|erhob|eingebracht)|(?:erhoben|erhebt|erhob)\s+(?:\p{L}+\s+){0,6}\p{L}*anklage\p{L}*|angeklagt)\b/iu,
    kinds: ["prosecution"],
  },
  { act: /\b(?:ermittel\p{L}*\s+gegen|ermittlungen\s+gegen|verhaftet|festgenommen|beschlagnahmt)\b/iu, kinds: ["prosecution", "police"] },
  // Looking for witnesses or a suspect ("sucht nun Zeugen", "fahndet nach dem Täter"): no sawmill or school does.
  { act: /\b(?:zeugen|zeugenaufruf|fahndet|fahndeten|fahndung)\b/iu, kinds: ["prosecution", "police", "court"] },
  { act: /\b(?:\p{L}*(?:haft|geld|bewährungs)strafe\p{L}*|freigesprochen|freispruch|urteil\s+gefällt|schuldig\s+gesprochen)\b/iu, kinds: ["court"] },
  {
    act: /\b(?:\p{L}*steuer\p{L}*|gesetz\p{L}*)\s+(?:\p{L}+\s+){0,6}(?:erhöht|gesenkt|beschlossen|verabschiedet|eingeführt|abgeschafft)\b|\b(?:erhöht|senkt|beschließt|beschloss|verabschiedet)\s+(?:\p{L}+\s+){0,4}\p{L}*(?:steuer|gesetz)\p{L}*\b/iu,
    kinds: ["government"],
  },
  {
    act: /\b(?:stellen|arbeitsplätze|jobs|mitarbeiter\p{L}*|beschäftigte\p{L}*)\s+(?:\p{L}+\s+){0,3}(?:streich\p{L}*|gestrichen|abbauen|abgebaut|entlassen|kündig\p{L}*|gekündigt)\b|\b(?:streicht|strich|strichen|baut|bauen|entlässt|entließ)\s+(?:[\p{L}\d.]+\s+){0,6}(?:stellen|arbeitsplätze|jobs|mitarbeiter\p{L}*)\b|\b(?:stellen|arbeitsplätze|jobs)\s+ab$|\b(?:abbau|streichung)\s+von\s+(?:[\p{L}\d.]+\s+){0,3}(?:stellen|arbeitsplätzen|jobs|mitarbeiter\p{L}*)\b/iu,
    kinds: ["company", "government", "media"],
  },
  { act: /\b(?:umsatz|gewinn|reingewinn|betriebsgewinn|dividende|quartalsgewinn|nettogewinn)\b/iu, kinds: ["company", "media", "central bank"] },
  { act: /\b(?:streik|streiks|warnstreik|warnstreiks|gestreikt|bestreikt)\b/iu, kinds: ["association"] },
  // A match, by its score or its noun (the deed's words after the verb): no police or ministry played it.
  {
    act: /\b\d{1,2}:\d{1,2}\b(?!\s+uhr)|\b(?:derby|spitzenspiel|heimspiel|auswärtsspiel|ligaspiel|länderspiel|finale|halbfinale|viertelfinale|achtelfinale)\b/iu,
    kinds: ["team"],
  },
];

/** The kinds of office a person holds whose deeds do not pass from one to another (PERSON_OFFICE_ENDINGS). */
export type OfficeKind =
  | "politics"
  | "judge"
  | "prosecutor"
  | "lawyer"
  | "police"
  | "military"
  | "business"
  | "association"
  | "media"
  | "science"
  | "church"
  | "culture"
  | "medicine"
  | "player"
  | "coach"
  | "referee";

/**
 * Ends of the nouns of a person's role that say the kind of their office ("Schiedsrichter", "Trainer", "EU-Kommissarin",
 * "Chefredakteur der Zeitung X"), lower case, the longest end deciding ("schiedsrichter" before "richter"); a woman's
 * form is looked up without its "-in" ("Ministerin" as "minister"). What a referee did, no coach did ("Trainer Huber
 * zeigte dem Verteidiger die Rote Karte"), nor did an economist lead a party: a deed given to a person of another kind
 * of office is a false statement a learner rejects without reading the text. A government's and a party's offices are
 * one kind (politicians hold both, and either announces and demands); words of many kinds ("Chef", "Sprecher",
 * "Geschäftsführer", "Vorsitzende") tell none.
 */
// biome-ignore format: a word list, packed for reading
export const PERSON_OFFICE_ENDINGS: ReadonlyMap<OfficeKind, readonly string[]> = new Map<OfficeKind, readonly string[]>([
  ["politics", [
    "minister", "präsident", "kanzler", "premier", "bürgermeister", "landeshauptmann", "landeshauptfrau", "landesrat",
    "landesrätin", "staatssekretär", "abgeordnete", "abgeordneter", "senator", "kommissar", "botschafter", "außenbeauftragte",
    "staatschef", "regierungschef", "parteichef", "parteigründer", "generalsekretär", "klubobmann", "klubobfrau", "kandidat",
    "politiker", "diplomat", "gouverneur", "landrat", "könig",
  ]],
  ["judge", ["richter", "richterin"]],
  ["prosecutor", ["staatsanwalt", "staatsanwältin", "oberstaatsanwalt"]],
  ["lawyer", ["anwalt", "anwältin", "rechtsanwalt", "strafverteidiger"]],
  ["police", ["polizist", "polizeichef", "polizeipräsident", "polizeisprecher", "polizeikommissar", "kriminalkommissar", "ermittler"]],
  ["military", ["general", "generalmajor", "generalleutnant", "oberst", "kommandeur", "offizier", "soldat"]],
  ["business", [
    "ceo", "vorstandschef", "konzernchef", "firmenchef", "bankchef", "manager", "unternehmer", "gründer", "aufsichtsratschef",
    "finanzvorstand", "investor",
  ]],
  ["association", ["gewerkschafter", "gewerkschaftschef", "betriebsrat", "betriebsratschef", "kammerpräsident", "aktivist", "vereinigungspräsident"]],
  ["media", ["journalist", "chefredakteur", "redakteur", "reporter", "korrespondent", "moderator", "herausgeber"]],
  ["science", [
    "experte", "expert", "forscher", "wissenschaftler", "wissenschafter", "loge", "log", "ökonom", "volkswirt", "analyst",
    "professor", "historiker", "rechtler",
  ]],
  ["church", ["papst", "pontifex", "kardinal", "bischof", "bischöfin", "pfarrer", "priester"]],
  ["culture", ["intendant", "regisseur", "dirigent", "komponist", "schriftsteller", "autor", "schauspieler", "musiker", "kurator"]],
  ["medicine", ["arzt", "ärztin", "mediziner"]],
  ["player", ["spieler", "stürmer", "torhüter", "tormann", "kapitän", "weltmeister", "europameister", "olympiasieger", "profi"]],
  ["coach", ["trainer", "teamchef", "coach"]],
  ["referee", ["schiedsrichter", "referee", "linienrichter"]],
]);

/**
 * Kinds of office close enough that a deed of the one may be the other's: a defence minister and a general both defend
 * the army's rules.
 */
export const KINDRED_OFFICE_KINDS: readonly (readonly OfficeKind[])[] = [["politics", "military"]];

/**
 * Words of a deed that a person of any office does: coming, going and meeting, finite or as a participle ("traf am
 * Montag in La Paz ein", "ist nach Rom gereist", "empfing den Papst"), lower case. Such a deed given to a person of
 * another kind of office (a head of state for a pope) is no false statement a learner rejects by the office alone.
 */
// biome-ignore format: a word list, packed for reading
export const DEEDS_OF_ANY_OFFICE: ReadonlySet<string> = new Set([
  "traf", "trafen", "trifft", "treffen", "getroffen", "eingetroffen", "reiste", "reisten", "reist", "gereist", "besuchte",
  "besuchten", "besucht", "kam", "kamen", "kommt", "gekommen", "angekommen", "flog", "flogen", "fliegt", "geflogen",
  "landete", "landeten", "gelandet", "empfing", "empfingen", "empfängt", "empfangen", "kehrte", "kehrten", "kehrt",
  "zurückgekehrt", "nahm", "nahmen", "nimmt", "teilgenommen",
]);

/**
 * Nouns for one unnamed person in both sexes, masculine first ("Ein maskierter Mann", "Eine 30-jährige Autofahrerin"):
 * who did or suffered what a crime or accident report tells, where the text names nobody. Not "Täter", which also
 * stands for a culprit of unknown sex.
 */
// biome-ignore format: a word list, packed for reading
export const UNNAMED_PERSON_NOUNS: readonly (readonly [string, string])[] = [
  ["Mann", "Frau"], ["Autofahrer", "Autofahrerin"], ["Lenker", "Lenkerin"],
  ["Radfahrer", "Radfahrerin"], ["Motorradfahrer", "Motorradfahrerin"], ["Fußgänger", "Fußgängerin"],
  ["Pensionist", "Pensionistin"], ["Rentner", "Rentnerin"], ["Schüler", "Schülerin"], ["Urlauber", "Urlauberin"],
  ["Wanderer", "Wanderin"], ["Bergsteiger", "Bergsteigerin"], ["Passant", "Passantin"],
];

/**
 * Chambers of a parliament, lower case, a compound's end ("Nationalrat", "Bundestag", "Repräsentantenhaus"): what "Das
 * Parlament" of a text did, its chamber did, and the other way round. Neither is the other's wrong option.
 */
// biome-ignore format: a word list, packed for reading
export const PARLIAMENT_CHAMBER_ENDINGS: readonly string[] = [
  "nationalrat", "bundesrat", "bundestag", "landtag", "ständerat", "senat", "kongress", "abgeordnetenhaus",
  "repräsentantenhaus", "unterhaus", "oberhaus", "duma",
];

/**
 * Nouns of a subject matter that a name follows ("Das Thema Virtual Reality", "Das Konzept Smart City", "Das Phänomen
 * El Niño"): what the text is about, never an actor. It may be said to have done something ("hat Schwung aufgenommen"),
 * but "Wer ...?" among the text's institutions, or an institution given that deed, would be absurd. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const TOPIC_NOUNS: ReadonlySet<string> = new Set([
  "thema", "konzept", "phänomen", "prinzip", "motto", "stichwort", "schlagwort", "begriff", "trend", "genre",
]);

/**
 * Endings of nouns of one person by party, field or stance that no list of offices holds ("Der SPD-Politiker", "der
 * norwegische Sozialdemokrat", "Der Kritiker"): in the singular a person the text describes, never an institution,
 * whose rival a body would be. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const PERSON_NOUN_ENDINGS: readonly string[] = [
  "politiker", "demokrat", "kritiker", "republikaner", "parlamentarier", "schützer",
];
