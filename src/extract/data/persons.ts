/** Vocabulary for people: role nouns, name particles, words that are never names, attendance cues. */

/**
 * Endings of role nouns (lower case). A word is a role when it ends with one of these, so compounds
 * count too: "Bundesaußenminister", "US-Sonderbeauftragte", "Terror-Experte", "Amtskollege".
 */
export const ROLE_ENDINGS: readonly string[] = [
  "ministerin", "minister", "präsidentin", "präsident", "kanzlerin", "kanzler", "regierungschefin",
  "regierungschef", "staatschefin", "staatschef", "chefin", "chef", "sprecherin", "sprecher", "expertin",
  "experte", "kollegin", "kollege", "beauftragte", "beauftragter", "gesandte", "gesandter", "direktorin",
  "direktor", "koordinatorin", "koordinator", "general", "generalin", "botschafterin", "botschafter",
  "bürgermeisterin", "bürgermeister", "gouverneurin", "gouverneur", "vorsitzende", "vorsitzender",
  "sekretärin", "sekretär", "kandidatin", "kandidat", "leiterin", "leiter", "analystin", "analyst",
  "forscherin", "forscher", "professorin", "professor", "kommissarin", "kommissar", "abgeordnete",
  "abgeordneter", "könig", "königin", "premier", "senatorin", "senator", "landrätin", "landrat",
  "oberbürgermeisterin", "oberbürgermeister", "ministerpräsidentin", "ministerpräsident", "admiral",
  "vizepräsidentin", "vizepräsident", "diplomatin", "diplomat", "wissenschaftlerin", "wissenschaftler",
  "seismologin", "seismologe", "meteorologin", "meteorologe", "richterin", "richter", "spitzenkandidatin",
  "spitzenkandidat", "parteichefin", "parteichef", "managerin", "manager", "führerin", "führer",
  "papst", "bischof", "bischöfin", "kommandeur", "kommandeurin", "befehlshaber", "befehlshaberin", "trainer",
  "trainerin", "landeshauptmann", "landeshauptfrau", "obmann", "obfrau", "landesrat", "landesrätin",
  "staatsanwalt", "staatsanwältin", "anwalt", "anwältin", "rektor", "rektorin", "dekan", "dekanin",
  "chefredakteur", "chefredakteurin", "stellvertreter", "stellvertreterin", "repräsentant", "repräsentantin",
  // Military ranks, church offices and titles ("Generalmajor Yair Golan", "Kardinal Christoph Schönborn", "Europameister Fan Hui").
  "major", "majorin", "kardinal", "pontifex", "meister", "meisterin",
  // Written before a name without an article ("CEO Tim Cook", "Mitgründer Demis Hassabis"); "CEO" in capitals for both genders.
  "ceo", "gründer", "gründerin",
  // A ruler, of a state or a regime, before the name ("Machthaber Kim Jong-un").
  "machthaber", "machthaberin",
  // Culture, sport, law and the press, before a name as any office is ("Intendant Markus Hinterhäuser", "Staatsrechtler
  // Heinz Mayer", "Kapitänin Alexandra Popp"); none a frequent surname ("Fischer", "Bauer"), nor a researcher's plural a
  // study's team acts as ("die Psychologen": RESEARCHERS); "Autor" is one ("Die Leipziger Autorin" is a person).
  "intendant", "intendantin", "regisseur", "regisseurin", "dirigent", "dirigentin", "komponist", "komponistin", "schriftsteller",
  "schriftstellerin", "autor", "autorin", "schauspieler", "schauspielerin", "musiker", "musikerin", "moderator", "moderatorin", "kurator", "kuratorin",
  "kapitän", "kapitänin", "torhüter", "torhüterin", "spieler", "spielerin", "historiker", "historikerin", "jurist", "juristin",
  "rechtler", "rechtlerin", "journalist", "journalistin", "korrespondent", "korrespondentin", "aktivist", "aktivistin", "arzt",
  "ärztin", "ermittler", "ermittlerin", "unternehmer", "unternehmerin",
  // The arts an obituary or review introduces someone by ("Die Malerin Helga Brandstätter", "Bildhauer Erwin Wurm").
  "maler", "malerin", "künstler", "künstlerin", "bildhauer", "bildhauerin", "fotograf", "fotografin", "sänger", "sängerin",
  "tänzer", "tänzerin", "architekt", "architektin", "dichter", "dichterin", "pianist", "pianistin", "kabarettist",
  "kabarettistin", "filmemacher", "filmemacherin", "designer", "designerin",
  // A team's or a sport's positions before a name ("Stürmer Marco Richter", "Verteidigerin Anna Bauer", "Torwart Oliver
  // Baumann", "Sprinterin Gina Lückenkemper"), as "Torhüter" and "Kapitän" are.
  "stürmer", "stürmerin", "verteidiger", "verteidigerin", "angreifer", "angreiferin", "torwart", "torfrau", "athlet",
  "athletin", "sprinter", "sprinterin", "läufer", "läuferin", "rennfahrer", "rennfahrerin", "schwimmer", "schwimmerin",
  "boxer", "boxerin", "olympiasieger", "olympiasiegerin", "coach",
  // Scholars and commentators the press quotes ("Politologe Laurenz Ennser-Jedenastik", "die Politikwissenschafterin ...",
  // "Chefvolkswirt Rajiv Biswas"), the Austrian "-wissenschafter" beside "-wissenschaftler".
  "wissenschafter", "wissenschafterin", "politologe", "politologin", "soziologe", "soziologin", "volkswirt", "volkswirtin",
  "ökonom", "ökonomin", "kommentator", "kommentatorin", "genetiker", "genetikerin",
  // The sciences and the healing professions a research report introduces its people by ("der Evolutionsbiologe Nick
  // Barton", "die Psychotherapeutin Eva Berger", "der Verhaltensneurologe ..."); compounds end in them.
  "biologe", "biologin", "neurologe", "neurologin", "zoologe", "zoologin", "psychologe", "psychologin", "archäologe",
  "archäologin", "paläontologe", "paläontologin", "geologe", "geologin", "ökologe", "ökologin", "virologe", "virologin",
  "epidemiologe", "epidemiologin", "anthropologe", "anthropologin", "theologe", "theologin", "physiker", "physikerin",
  "chemiker", "chemikerin", "astronom", "astronomin", "mediziner", "medizinerin", "psychiater", "psychiaterin",
  "therapeut", "therapeutin", "philosoph", "philosophin", "informatiker", "informatikerin", "mathematiker", "mathematikerin",
  // Who speaks for a workforce ("Betriebsrätin Maria Gruber", "Gewerkschafter Thomas Berger", "Personalvertreterin Anna Huber").
  "betriebsrat", "betriebsrätin", "personalrat", "personalrätin", "personalvertreter", "personalvertreterin",
  "arbeitnehmervertreter", "arbeitnehmervertreterin", "gewerkschafter", "gewerkschafterin",
  // The offices of a town's or a district's government before a name, in German and Austrian local news ("Stadträtin Ulli
  // Sima", "Verkehrsstadtrat Martin Hajart", "Gemeinderätin Anna Berger", "Bezirksvorsteher Markus Figl"), as "Landesrat" is.
  "stadtrat", "stadträtin", "gemeinderat", "gemeinderätin", "bezirksrat", "bezirksrätin", "bezirksvorsteher",
  "bezirksvorsteherin",
  // A member of an Austrian state's government by portfolio ("Finanzreferentin Gaby Schaunig", "Gesundheitsreferent
  // Peter Huber"), and a ministry's or a party's adviser ("Pressereferent", "Bildungsreferentin"): a person's office.
  "referent", "referentin",
  // Who argues in public for a cause or a theory ("der Lobbyist Walter Meischberger", "der Militärtheoretiker Herfried
  // Münkler", "die Bloggerin Anna Berger"), as "Kommentator" is.
  "lobbyist", "lobbyistin", "theoretiker", "theoretikerin", "blogger", "bloggerin",
  "eigentümer", "eigentümerin",
];

/**
 * Nouns that name a person by what they are in public life, not by a part they play in what happened (ROLE_ENDINGS:
 * a judge, a doctor, a spokesman may be someone new to the story): after their article ("Der junge Sozialdemokrat", "Die
 * SPÖ-Politikerin") they name again the person the sentence before is about. Lower case, as the last part of a
 * compound ("Jungstar", "Grünen-Politiker"), the masculine form; the feminine forms are in PERSON_KIND_FEMININE.
 */
// biome-ignore format: a word list, packed for reading
export const PERSON_KIND_MASCULINE: readonly string[] = [
  "politiker", "sozialdemokrat", "christdemokrat", "populist", "nationalist", "star", "neuling", "newcomer", "routinier",
  "quereinsteiger", "hoffnungsträger", "aufsteiger", "veteran", "milliardär", "millionär",
];
/** The feminine forms of PERSON_KIND_MASCULINE, where German has one ("Star", "Neuling", "Routinier" have none). */
// biome-ignore format: a word list, packed for reading
export const PERSON_KIND_FEMININE: readonly string[] = [
  "politikerin", "sozialdemokratin", "christdemokratin", "populistin", "nationalistin", "newcomerin", "quereinsteigerin",
  "hoffnungsträgerin", "aufsteigerin", "veteranin", "milliardärin", "millionärin",
];

/**
 * Nouns of a man or a woman by kin, bond or sex, no office ("der Mann", "seine Frau", "ihr Anwalt" is a role): someone
 * the text need not name, whom "er" or "sie" in the next sentence may stand for as well as a named person.
 */
// biome-ignore format: a word list, packed for reading
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  "mann", "mannes", "frau", "vater", "vaters", "mutter", "sohn", "sohnes", "tochter", "bruder", "bruders", "schwester",
  "freund", "freundes", "freundin", "ehemann", "ehemannes", "ehefrau", "gatte", "gatten", "gattin", "junge", "jungen",
  "bub", "buben", "witwe", "witwer", "onkel", "onkels", "tante", "großvater", "großmutter", "enkel", "enkelin",
  "lebensgefährte", "lebensgefährten", "lebensgefährtin", "cousin", "cousine", "kollege", "kollegen", "kollegin",
  "nachbar", "nachbarn", "nachbarin", "bekannte", "bekannten", "täter", "täters", "täterin", "opfer",
]);

/**
 * Compounds of a role noun (ROLE_ENDINGS: "führer") that rank companies in their market, never a person: "Marktführer
 * Spotify", "der Branchenführer", "Weltmarktführer" (lower case; compounds and inflections count).
 */
export const BODY_RANKING_NOUNS: readonly string[] = [
  "marktführer", "branchenführer", "technologieführer", "innovationsführer", "kostenführer", "qualitätsführer", "preisführer",
];

/**
 * Nouns of a person's place in a line of office-holders, which need whose ("Bans Vorgänger", "ihr Nachfolger"): no office
 * of their own, so no role, but a name after them is a person's. Lower case, as the last part of a compound ("Amtsvorgänger").
 */
export const SUCCESSION_NOUNS: readonly string[] = ["vorgänger", "vorgängerin", "nachfolger", "nachfolgerin"];

/** Role nouns (ROLE_ENDINGS) whose masculine form names a body too: "Betriebsrat Josef Lang" and "Der Betriebsrat lehnte ... ab". */
export const ROLES_NAMING_A_BODY_TOO: readonly string[] = ["betriebsrat", "personalrat", "stadtrat", "gemeinderat", "bezirksrat"];

/** Capitalised adjectives of an office's title ("Hoher Repräsentant", "Oberste Richterin", "Zweite Landtagspräsidentin"). */
export const TITLE_ADJECTIVES = /^(?:Hoh|Oberst|Erst|Zweit|Dritt|Ständig|Apostolisch)(?:e|er|en|es|em)$/u;

/** Role words that stand for a colleague of the previous person ("sein US-Kollege Blinken"). */
export const COLLEAGUE_ENDINGS: readonly string[] = ["kollege", "kollegin", "amtskollege", "amtskollegin"];

/** Roles of government members: a meeting's host country is represented by people with these roles. */
export const GOVERNMENT_ROLE_ENDINGS: readonly string[] = [
  "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "premier",
  "regierungschef", "regierungschefin", "staatschef", "staatschefin", "sekretär", "sekretärin",
];

/** Lower-case particles inside names ("al- Kadhimi", "Ursula von der Leyen", "Osama bin Laden"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "al", "al-", "el", "el-", "bin", "ibn", "von", "van", "de", "da", "di", "del", "der", "den", "zu", "la",
  "le", "dos", "du",
]);

/**
 * Particles that may open a name written without given name ("al- Kadhimi", "de Maizière", "van
 * Gaal"). German articles never do ("Sprecher der Polizei"), and "von" only before an article
 * ("von der Leyen"), as "Bürgermeister von Paris" names a place.
 */
export const LEADING_NAME_PARTICLES: ReadonlySet<string> = new Set([
  "al", "al-", "el", "el-", "bin", "ibn", "de", "da", "di", "del", "van", "du", "dos", "la", "le",
]);
export const PARTICLES_AFTER_LEADING_VON: ReadonlySet<string> = new Set(["der", "den", "dem"]);
/** The particles an article ("der", "den", "dem") follows inside a name ("von der Leyen", "Van der Straeten"). */
export const PARTICLES_BEFORE_ARTICLE: ReadonlySet<string> = new Set(["von", "van"]);

/** Capitalised particles that belong to the surname when another name word follows ("Le Drian"). */
export const CAPITALISED_SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  "Le", "La", "De", "Van", "Von", "Al", "El", "Di", "Da", "Du", "Dos", "Mac", "Mc",
]);

/** Capitalised words that follow a role but are not names. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Er", "Sie", "Es", "Wir",
  "Ihr", "Im", "In", "Am", "An", "Auf", "Aus", "Bei", "Beim", "Mit", "Nach", "Von", "Vom", "Zu", "Zum",
  "Zur", "Für", "Und", "Oder", "Aber", "Auch", "Doch", "Heute", "Gestern", "Morgen", "Dies", "Diese",
  "Dieser", "Seit", "Über", "Unter", "Vor", "Nun", "Jetzt", "Damit", "Dabei", "Deshalb", "So", "Wie",
  "Was", "Wer", "Man", "Ende", "Anfang", "Mitte", "Herr", "Frau", "Dr", "Prof",
]);

/**
 * Function words that open a clause where they open a sentence (or follow a colon or dash): subordinating conjunctions,
 * pronominal adverbs, determiners and pronouns, adverbs. Some are given names of the lists too ("Solange", "Allen",
 * "Deren", "Daran"); capitalised there they open no name ("Solange Tageslicht herrscht, ...", "Allen Beteiligten sei
 * klar", "Deren Vorsitzender kündigte an"). Not "Ernst" nor "Anders", which open names as often ("Anders Fogh Rasmussen").
 */
// biome-ignore format: a word list, packed for reading
export const CLAUSE_OPENING_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "solange", "sobald", "sofern", "soweit", "obwohl", "obgleich", "obschon", "nachdem", "während", "bevor", "ehe", "falls",
  "indem", "seitdem", "weil", "wenn", "als", "dass", "ob", "bis", "sodass", "damit",
  "daran", "darin", "davon", "darauf", "daraus", "dabei", "dafür", "dagegen", "danach", "darüber", "darum", "davor", "dazu",
  "allen", "alle", "aller", "deren", "dessen", "denen", "diesen", "jenen", "manchen", "einigen", "anderen", "andere",
  "eben", "nur", "auch", "noch", "schon", "erst",
]);

/**
 * Saints' words that open place names in Romance languages and German ("Santa Catarina", "San Diego", "São Paulo",
 * "Sankt Pölten", "Saint-Denis"): some are given names in the lists too ("Santa"), but before a name they name a
 * place, not a person.
 */
export const SAINT_PLACE_OPENERS: ReadonlySet<string> = new Set(["San", "Santa", "Santo", "São", "Sankt", "Saint", "Sainte"]);

/**
 * Verbs of speaking that only people do, in the present and past ("wie Klinger sagte", "betonte Poroschenko"): a body or a
 * place "erklärt", "teilt mit" or "warnt" too ("wie Greenpeace erklärte"), but says or means nothing itself.
 */
export const PERSON_SPEAKING_VERBS: ReadonlySet<string> = new Set(["sagt", "sagte", "meint", "meinte", "betont", "betonte", "ergänzt", "ergänzte"]);

/** Capitalised words that are said, after a verb of saying no one's name ("sagte Nein", "sagt Danke", "sagte Bescheid"). */
export const WORDS_SAID: ReadonlySet<string> = new Set(["Ja", "Nein", "Danke", "Hallo", "Tschüss", "Adieu", "Servus", "Amen", "Bescheid", "Lebewohl"]);

/** Verbs of saying and acting that show a person took part in what the text reports. */
export const STATEMENT_VERBS = new RegExp(
  "\\b(?:sagte|sagten|sagt|betonte|betont|erklärte|erklärt|kündigte|kündigt|forderte|fordert|rief|" +
    "bezeichnete|bezeichnet|rechtfertigte|warnte|warnt|schlug|versicherte|versichert|hob|unterstrich|" +
    "sprach|mahnte|verwies|begrüßte|kritisierte|zeigte sich|appellierte|bekräftigte|sicherte|versprach|" +
    "stellte|legte|räumte|nannte|teilte|eröffnete|leitete)\\b",
  "u",
);

/** A sentence that says someone did not attend. */
export const ABSENCE_CUES: readonly RegExp[] = [
  /\bnicht\b[^.;!?]{0,80}?\b(?:gereist|angereist|anreisen|teilgenommen|teilnehmen|teil|dabei|erschienen|erscheinen|gekommen|anwesend|vertreten)\b/u,
  /\b(?:sagte|sagten|hatte|hat)\b[^.;!?]{0,60}?\b(?:Teilnahme|Reise|Besuch)\b[^.;!?]{0,30}?\bab(?:gesagt)?\b/u,
  /\b(?:fehlte|fehlten|fernbleiben|blieb|blieben)\b[^.;!?]{0,60}?\b(?:fern|Treffen|Gipfel|Konferenz)\b/u,
  /\babgesagt\b/u,
];

/** A sentence that says someone attended. */
export const ATTENDANCE_CUES: readonly RegExp[] = [
  /\b(?:ist|sind|war|waren)\b(?: \p{L}+){0,2} dabei\b/u,
  /\b(?:nimmt|nehmen|nahm|nahmen)\b[^.;!?]{0,160}?\bteil\b/u,
  /\bteilgenommen\b/u,
  /\b(?:reiste|reisten|gereist|angereist)\b/u,
  /\b(?:traf|trafen|treffen|trifft) sich\b/u,
  /\b(?:kam|kamen|kommen)\b[^.;!?]{0,80}?\bzusammen\b/u,
  /\b(?:empfing|empfängt)\b/u,
  // "begrüßte die Gäste": welcoming people; "begrüßte das", "begrüßte, dass ...", "begrüßte ausdrücklich, dass": approving
  // something, a pronoun or a clause, which says nothing of being there.
  /\bbegrüßte\b(?!(?: \p{Ll}+){0,2},? (?:dass|ob)\b)(?! (?:das|dies|es|dieses)(?! \p{Lu}))/u,
  /\b(?:Teilnehmer|Teilnehmerinnen|Gast|Gastgeber|Gastgeberin)\b/u,
  /\b(?:Beim|beim|Auf dem|auf dem|Bei dem|bei dem) (?:\p{L}+ ){0,2}(?:Treffen|Gipfel|Gipfeltreffen|Tagung|Konferenz)\b/u,
];

/** Taking part by video: attending a video conference, but not a meeting at a place ("per Video zugeschaltet" to a summit in Brüssel). */
export const SWITCHED_IN_CUE = /\b(?:zugeschaltet|zugeschaltete|zugeschalteten)\b/u;

/** "X ließ sich von Y vertreten": the part from "ließ sich" to "vertreten" names the representative. */
export const REPRESENTATION_CUE = /\b(?:ließ|ließen|lässt|lassen) sich\b[^.;!?]{0,160}?\bvertreten\b/u;

/**
 * German news name the offices of their own government without nationality ("Außenminister Maas",
 * "Kanzlerin Merkel") and qualify foreign ones ("sein niederländischer Amtskollege"). A role head
 * matching this, with no nationality stated or implied, therefore means the domestic office.
 */
export const DOMESTIC_ROLE_HEAD = /^(?:(?!premier|chef|staats|vize)\p{Ll}*minister(?:in)?|kanzler(?:in)?)$/u;
/** The German-speaking countries one of which is a text's own ("Innenministerin Mikl-Leitner" in an Austrian text). */
export const HOME_COUNTRIES: ReadonlySet<string> = new Set(["DE", "AT", "CH"]);
/**
 * The country of a federal office ("Bundeskanzler", "Bundesregierung") in a text that tells of none of HOME_COUNTRIES:
 * Germany's, which German news name so most. An office without "Bundes-" ("Innenministerin") gets no country there.
 */
export const FEDERAL_HOME_COUNTRY = "DE";

/** Words before a role that make a following "-te" word an adjective ("der gewählte"), not a verb ("sagte"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "sein", "seine",
  "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "vom", "zum", "zur", "beim", "im",
  "dieser", "diese", "diesem", "diesen", "unser", "unsere",
]);

/**
 * Role endings whose masculine form German also uses for a woman, lower case: military ranks, as the armed forces write
 * them ("Major Anna Berger", "Generalin" is rare), and the loan word "Coach". Their form states no gender, and a
 * statement of a woman keeps it ("Anna Berger ist Major": gender.ts, roleForms).
 */
export const ROLES_OF_EITHER_GENDER: ReadonlySet<string> = new Set(["general", "major", "admiral", "coach"]);

/**
 * Determiners before a role noun that make it a masculine singular ("der Minister", "des Ministers", "dem Präsidenten",
 * "seinen Sprecher", "vom Bürgermeister"). "der" may also be a genitive plural, which a single name after it rules out.
 */
// biome-ignore format: a word list, packed for reading
export const MASCULINE_SINGULAR_DETERMINERS: ReadonlySet<string> = new Set([
  "der", "des", "dem", "den", "seines", "seinem", "seinen", "ihres", "ihrem", "ihren", "dieses", "diesem", "diesen",
  "unseres", "unserem", "unseren", "vom", "zum", "beim",
]);

/** "der neuen irakischen Regierung unter Premierminister ...": the adjective names the leader's country. */
export const GOVERNMENT_CONTEXT = /([\p{L}-]+) (?:Regierung|Führung|Staatsführung|Administration) (?:unter|von) (?:dem |der )?$/u;
/** The endings GOVERNMENT_CONTEXT needs: checked first, the expression tries every word start of what it reads. */
export const GOVERNMENT_CONTEXT_ENDINGS: readonly string[] = ["unter ", "von ", "unter dem ", "unter der ", "von dem ", "von der "];

/** A sentence whose subject is a pronoun ("Er ließ sich ... vertreten") refers to the person named just before. */
export const PRONOUN_SUBJECT = /^(?:Er|Sie)\s/u;

/** Role nouns declined like adjectives: "der Vorsitzende", "ein Vorsitzender", "die Vorsitzende". */
export const ADJECTIVAL_ROLE_ENDINGS: readonly string[] = [
  "beauftragte", "gesandte", "vorsitzende", "abgeordnete",
];

/**
 * Office heads that name the same office after the same qualifier (masculine, lower case): the text calls
 * its "Parteichef" also "der Vorsitzende der Partei" or "der PiS-Vorsitzende".
 */
export const EQUIVALENT_OFFICE_HEADS: readonly (readonly string[])[] = [["chef", "vorsitzender"]];

/**
 * A general word for an office, and the offices (masculine, lower case, exactly or after a country's prefix) it stands
 * for once the text has named their holder: "Premierminister David Cameron ... Der Regierungschef reagierte ...".
 * "Premier" is the short form of "Premierminister". Not the other way round: a "Kanzler" is no "Premier".
 */
export const GENERAL_OFFICE_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["regierungschef", ["premierminister", "premier", "ministerpräsident", "bundeskanzler", "kanzler"]],
  ["premier", ["premierminister"]],
  // "Papst Franziskus ... Der argentinische Pontifex traf ... ein".
  ["pontifex", ["papst"]],
]);

/**
 * Names for the holder of one office that are no role noun (an adjective's stem and a noun, lower case), and the
 * office: "Papst Franziskus ... sagte der Heilige Vater".
 */
export const OFFICE_EPITHETS: ReadonlyMap<string, string> = new Map([["heilig vater", "papst"]]);

/** Role nouns whose feminine form is not the masculine one plus "-in" (lower case, nominative). */
export const IRREGULAR_FEMININE_ROLES: Readonly<Record<string, string>> = {
  landrat: "landrätin",
  bischof: "bischöfin",
  papst: "päpstin",
  premier: "premierministerin",
  landeshauptmann: "landeshauptfrau",
  obmann: "obfrau",
  landesrat: "landesrätin",
  betriebsrat: "betriebsrätin",
  personalrat: "personalrätin",
  stadtrat: "stadträtin",
  gemeinderat: "gemeinderätin",
  bezirksrat: "bezirksrätin",
  staatsanwalt: "staatsanwältin",
  anwalt: "anwältin",
  arzt: "ärztin",
};

/** Forms of address before a name that state the person's gender ("Frau Merkel", "Herrn Müller"). */
export const GENDERED_ADDRESS: ReadonlyMap<string, "female" | "male"> = new Map([
  ["Frau", "female"],
  ["Herr", "male"],
  ["Herrn", "male"],
]);

/**
 * Words right before a capitalised word that make it a common noun, not a name: German names take
 * no article ("der Polizei", "im Winter", "die Umweltpartei").
 */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "im", "am",
  "vom", "zum", "zur", "beim", "ins", "ans", "aufs", "kein", "keine", "keinen", "keinem", "keiner", "jede",
  "jeder", "jeden", "jedem", "dieser", "diese", "diesen", "diesem", "dieses", "mehrere", "viele", "einige",
  "alle", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser",
  "unsere", "unseren", "unserem",
  // The genitive singular of the possessives ("ihres Mehrheitseigners"): a noun follows, as after "des".
  "seines", "ihres", "unseres", "meines", "deines", "eures",
]);

/** Determiners that only a plural takes ("beide Minister", "mehrere Experten"), lower case; "die" depends on the noun's form. */
// biome-ignore format: a word list, packed for reading
export const PLURAL_DETERMINERS: ReadonlySet<string> = new Set([
  "beide", "beiden", "alle", "allen", "mehrere", "mehreren", "viele", "vielen", "einige", "einigen", "zahlreiche", "zahlreichen",
  "sämtliche", "sämtlichen", "zwei", "drei", "vier", "fünf",
]);

/**
 * Nouns that stand without an article as a verb's object, as news write them right after the subject's name in
 * verb-first order ("übte Minister Karl Huber Kritik", "überreichte Bürgermeisterin Eva Gruber Blumen"): the nouns of
 * fixed phrases with a light verb (Kritik üben, Hilfe leisten, Anzeige erstatten, Bilanz ziehen, Anklage erheben,
 * Haftbefehl erlassen) and plurals and mass nouns of what is handed over, asked for or announced. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const BARE_OBJECT_NOUNS: ReadonlySet<string> = new Set([
  "kritik", "hilfe", "geld", "verständnis", "zweifel", "bedenken", "druck", "widerstand", "protest", "einspruch",
  "berufung", "klage", "anzeige", "beschwerde", "bilanz", "stellung", "alarm", "entwarnung", "applaus", "beifall",
  "zuspruch", "lob", "dank", "respekt", "hoffnung", "hoffnungen", "sorge", "sorgen", "angst", "interesse", "einblick",
  "einblicke", "auskunft", "rückendeckung", "wasser", "strom", "essen", "lebensmittel", "medikamente", "kleidung",
  "decken", "zelte", "blumen", "spenden", "geschenke", "waffen", "munition", "reformen", "maßnahmen", "änderungen",
  "gespräche", "details", "fragen", "antworten", "zahlen", "daten", "informationen", "hinweise", "fehler", "pläne",
  "ideen", "vorschläge", "forderungen", "bedingungen", "konsequenzen", "gründe", "probleme", "schulden", "steuern",
  "preise", "gelder", "mittel", "truppen", "soldaten", "sanktionen", "zölle", "anklage", "haftbefehl", "strafanzeige",
  "untersuchungshaft",
]);

/**
 * Endings of common nouns and adjectives, never of the first word of a name: "Südchinesischen",
 * "Europäische", "Schärfster", "Regierung", "Gesellschaft" (lower case). "-los" after a vowel and without an
 * inflection is a Greek name's ("Venizelos", "Papadopoulos", "Evangelos"): a capitalised "mühelos" does not stand in a name.
 */
export const NOT_NAME_ENDINGS = /(?:isch|lich|ig|st|bar|sam|haft|voll)(?:e|en|er|es|em)?$|(?<![aeiouy])los$|los(?:e|en|er|es|em)$|(?:ung|heit|keit|schaft|tion|ität|ismus|ium|tum|nis)(?:en|s)?$/u;

/** The derivation endings of nouns among NOT_NAME_ENDINGS: "Berufung", "Verständnis" (lower case); no surname ends so. */
export const NOUN_DERIVATION_ENDINGS = /(?:ung|heit|keit|schaft|tion|ität|ismus|ium|tum|nis)(?:en|s)?$/u;

/** Words that introduce a name: "Frau Merkel", "Herrn Müller". */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set(["Frau", "Herr", "Herrn"]);

/**
 * German grammar words that open a sentence capitalised and never a name ("Als Milizen ...", "Wann
 * Pröll ...", "Jedes Mal"), lower case.
 */
export const NEVER_NAME_START: ReadonlySet<string> = new Set([
  "als", "wenn", "wann", "warum", "weshalb", "wo", "wie", "was", "wer", "ob", "trotz", "neben", "nahe", "jedes",
  "jede", "jeder", "jeden", "dieses", "diese", "dieser", "viele", "einige", "alle", "beide", "zwei", "drei",
  "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "hundert", "tausend", "millionen",
  "milliarden", "prozent", "euro", "dollar", "angesichts", "laut", "gegen", "ohne", "nach", "vor", "seit",
  "bis", "durch", "während", "wegen", "statt", "außer", "bei", "mit", "für", "unter", "zwischen", "hinter",
  "ab", "aus", "zu", "gestern", "heute", "morgen", "damals", "danach", "dann", "doch", "denn", "deshalb",
  "daher", "darum", "dennoch", "zudem", "außerdem", "zuletzt", "immer", "noch", "schon", "nur", "auch",
  "kein", "keine", "mehr", "weniger", "genau", "rund", "etwa", "fast", "knapp", "allein", "selbst", "sogar",
  "bereits", "erst", "eben", "gerade", "weiter", "wieder", "anders", "andere", "anderen", "weitere",
  "weiteren", "neue", "neuen", "erste", "ersten", "letzte", "letzten", "nächste", "nächsten", "beim", "mal",
]);

/**
 * Pronouns in "-em" that stand alone after a preposition ("unter anderem Peter Kraus", "vor allem"), lower case: no
 * adjective of the word after them, which may be a name.
 */
// biome-ignore format: a word list, packed for reading
export const PRONOUNS_IN_EM: ReadonlySet<string> = new Set([
  "allem", "anderem", "jedem", "diesem", "jenem", "welchem", "manchem", "solchem", "keinem", "einem", "vielem",
  "wenigem", "einigem", "beidem", "selbigem",
]);

/** German particles inside a run of capitalised words that mark a noun phrase ("Zahl von Zügen", "Anteil der Frauen") unless a given name opens it ("Ursula von der Leyen"). */
export const GERMAN_NAME_PARTICLES: ReadonlySet<string> = new Set(["von", "der", "den", "dem", "des", "zu", "zur", "vom"]);

/**
 * Last parts of nouns for facilities, places and vessels, lower case: a name right after one names that
 * thing, not a person ("Luftwaffenstützpunkt Mihail Kogalniceanu", "Flughafen Franz Josef Strauß",
 * "Zerstörer Donald Cook"). The place kinds are those the named-things questions know as places.
 */
export const NAMED_PLACE_NOUN_ENDINGS: readonly string[] = [
  // facilities
  "stützpunkt", "basis", "flughafen", "flugplatz", "hafen", "bahnhof", "station", "stadion", "arena", "halle",
  "krankenhaus", "spital", "klinik", "klinikum", "universität", "hochschule", "schule", "gymnasium", "akademie",
  "institut", "kaserne", "gefängnis", "lager", "museum", "theater", "kirche", "kathedrale", "moschee",
  "synagoge", "kloster", "palast", "schloss", "hotel", "zentrum", "kraftwerk", "werk", "brücke",
  "tunnel", "straße", "platz", "allee", "park", "friedhof", "denkmal",
  // businesses named after their family ("Die Bäckerei Mayr", "Das Gasthaus Hofer", "Die Firma Huber")
  "erei", "gasthaus", "gasthof", "wirtshaus", "autohaus", "möbelhaus", "firma",
  // places
  "stadt", "region", "provinz", "bezirk", "bundesland", "gemeinde", "dorf", "viertel", "insel", "kanton",
  // vessels
  "schiff", "zerstörer", "fregatte", "flugzeugträger", "u-boot",
];

/**
 * Finite plural forms of verbs of naming ("Das nennen Forscher Mimikry", "tauften Biologen ..."): a role noun without an
 * article right after one is the plural subject, people of a kind, and the word after it the name given, no person's.
 * Not the singular ("Als Fehler bezeichnete Außenminister Kurz den Beschluss" introduces a person). Lower case.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set(["nennen", "nannten", "taufen", "tauften", "bezeichnen", "bezeichneten"]);
