/** Vocabulary for claims: verbs of saying, attribution words, finite verbs, separable particles. */

/**
 * Verbs of saying, finite, as they stand in an attribution (", sagte Merkel", "Merkel erklärte, ...").
 * Lower case; present and past, singular and plural.
 */
export const SAYING_VERBS: ReadonlySet<string> = new Set([
  "sagt", "sagte", "sagen", "sagten", "erklärt", "erklärte", "erklären", "erklärten", "betont", "betonte",
  "betonen", "betonten", "meint", "meinte", "meinen", "meinten", "bilanziert", "bilanzierte", "warnt", "warnte",
  "warnten", "kritisiert", "kritisierte", "kritisierten", "fordert", "forderte", "forderten", "ergänzt",
  "ergänzte", "unterstreicht", "unterstrich", "bekräftigt", "bekräftigte", "versichert", "versicherte",
  "berichtet", "berichtete", "berichteten", "schreibt", "schrieb", "argumentiert", "argumentierte", "beklagt",
  "beklagte", "bestätigt", "bestätigte", "erläutert", "erläuterte", "verspricht", "versprach", "mahnt",
  "mahnte", "räumt", "räumte", "sprach", "spricht", "twittert", "twitterte", "teilt", "teilte", "hieß",
  "heißt", "glaubt", "glaubte", "zitiert", "zitierte", "kommentiert", "kommentierte", "befürchtet",
  "befürchtete", "verkündet", "verkündete", "verlangt", "verlangte", "behauptet", "behauptete", "hofft",
  "hoffte", "ruft", "rief", "entgegnet", "entgegnete", "antwortet", "antwortete", "gibt", "gab", "begründet",
  "begründete", "beteuert", "beteuerte", "resümiert", "resümierte", "fügt", "fügte", "stellt", "stellte",
  "kündigt", "kündigte", "schätzt", "schätzte", "analysiert", "analysierte", "urteilt", "urteilte", "wirft", "warf",
]);

/**
 * Particles that make a verb one of stating ("hält fest", "stellte klar", "fügte hinzu"): before a colon, what is stated
 * follows it.
 */
export const STATING_PARTICLES: ReadonlySet<string> = new Set(["fest", "klar", "hinzu"]);

/**
 * Verbs of a reply or an objection, finite, lower case, as they attribute after the words: "…, konterte Malmström.",
 * "…, monierte die Opposition." Only there: "Malmström konterte, dass …" before the words is a deed of hers, which
 * findActions asks with what it answered.
 */
// biome-ignore format: a word list, packed for reading
export const REPLY_VERBS: ReadonlySet<string> = new Set([
  "kontert", "konterte", "konterten", "erwidert", "erwiderte", "erwiderten", "moniert", "monierte", "monierten",
  "bemängelt", "bemängelte", "bemängelten",
]);

/**
 * Verbs that state a conviction after the words, with an adjective of conviction last (CONVICTION_ADJECTIVES): "…,
 * zeigte sich Huber überzeugt.", "…, ist die Polizei zuversichtlich." Lower case, finite; "sich" may follow.
 */
// biome-ignore format: a word list, packed for reading
export const CONVICTION_VERBS: ReadonlySet<string> = new Set([
  "zeigt", "zeigte", "zeigen", "zeigten", "gibt", "gab", "geben", "gaben", "ist", "war", "sind", "waren",
]);

/**
 * Adjectives of a conviction that close such an attribution; "sicher" only with "sich" ("ist sich Huber sicher"):
 * without it, "ist Huber sicher" says he is safe.
 */
export const CONVICTION_ADJECTIVES: ReadonlySet<string> = new Set(["überzeugt", "zuversichtlich", "optimistisch", "sicher"]);
/** The adjective of CONVICTION_ADJECTIVES that takes "sich" to state a conviction. */
export const CONVICTION_WITH_SICH = "sicher";

/**
 * Verbs of saying that name whom the words were said to, in the dative, before them: "sagte der Zeitung Kurier, ...",
 * "erklärte dem ORF: ...". Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const SAYING_TO_VERBS: ReadonlySet<string> = new Set([
  "sagt", "sagte", "sagten", "erklärt", "erklärte", "erklärten", "bestätigt", "bestätigte", "versichert", "versicherte",
  "schreibt", "schrieb", "berichtet", "berichtete",
]);

/**
 * Participles of saying after "hat"/"hatte" ("Golan hatte vor einer Woche gesagt, es beunruhige ihn ..."), with the
 * simple past a statement of the quote uses ("Yair Golan sagte sinngemäß: ..."). Words of saying only: what someone
 * "hat versprochen", "hat gefordert" or "hat kritisiert" is a deed of theirs, which findActions asks with a false twin.
 */
export const SAYING_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ["gesagt", "sagte"],
  ["erklärt", "erklärte"],
  ["betont", "betonte"],
  ["gemeint", "meinte"],
  ["bekräftigt", "bekräftigte"],
  ["versichert", "versicherte"],
  ["berichtet", "berichtete"],
  ["geschrieben", "schrieb"],
  ["erläutert", "erläuterte"],
  ["behauptet", "behauptete"],
  ["beteuert", "beteuerte"],
  ["entgegnet", "entgegnete"],
  ["geantwortet", "antwortete"],
]);
/** The auxiliaries of the perfect and pluperfect of saying, and whether the speaker is plural. */
export const PERFECT_AUXILIARIES: ReadonlyMap<string, boolean> = new Map([
  ["hat", false],
  ["hatte", false],
  ["haben", true],
  ["hatten", true],
]);

/**
 * Finite verbs in the subjunctive that only reported speech uses, third person: a main clause with one after a
 * quote goes on with what its speaker said ("Xi sagte, ... . China wolle ... ergreifen."). Not "hätte",
 * "würde", "wäre": the text also states conditions of its own with them.
 */
// biome-ignore format: a word list, packed for reading
export const REPORTED_SPEECH_VERBS: ReadonlySet<string> = new Set([
  "sei", "seien", "habe", "werde", "wolle", "könne", "müsse", "solle", "dürfe", "möge", "gebe", "gehe", "stehe",
  "liege", "komme", "bleibe", "fehle", "brauche", "zeige", "gelte", "halte", "lasse", "wisse", "sehe", "trage",
  // The strong verbs that change their vowel in the indicative ("hilft", "nimmt", "fällt"): their "-e" is the subjunctive alone.
  "helfe", "nehme", "spreche", "treffe", "falle", "laufe", "schlage", "werfe", "breche", "sterbe", "trete", "lese",
  "fahre", "wachse", "empfehle", "vergesse", "erhalte", "enthalte", "entspreche", "verspreche", "übernehme", "betrage",
  "verlasse", "gefalle", "betreffe",
]);

/**
 * The indicative of each verb of REPORTED_SPEECH_VERBS, for a deed the text reports in reported speech ("Xi wolle ...
 * verkünden" → "Xi will ... verkünden").
 */
// biome-ignore format: a word list, packed for reading
export const INDICATIVE_OF_REPORTED: ReadonlyMap<string, string> = new Map([
  ["sei", "ist"], ["seien", "sind"], ["habe", "hat"], ["werde", "wird"], ["wolle", "will"], ["könne", "kann"],
  ["müsse", "muss"], ["solle", "soll"], ["dürfe", "darf"], ["möge", "mag"], ["gebe", "gibt"], ["gehe", "geht"],
  ["stehe", "steht"], ["liege", "liegt"], ["komme", "kommt"], ["bleibe", "bleibt"], ["fehle", "fehlt"],
  ["brauche", "braucht"], ["zeige", "zeigt"], ["gelte", "gilt"], ["halte", "hält"], ["lasse", "lässt"],
  ["wisse", "weiß"], ["sehe", "sieht"], ["trage", "trägt"], ["helfe", "hilft"], ["nehme", "nimmt"],
  ["spreche", "spricht"], ["treffe", "trifft"], ["falle", "fällt"], ["laufe", "läuft"], ["schlage", "schlägt"],
  ["werfe", "wirft"], ["breche", "bricht"], ["sterbe", "stirbt"], ["trete", "tritt"], ["lese", "liest"],
  ["fahre", "fährt"], ["wachse", "wächst"], ["empfehle", "empfiehlt"], ["vergesse", "vergisst"], ["erhalte", "erhält"],
  ["enthalte", "enthält"], ["entspreche", "entspricht"], ["verspreche", "verspricht"], ["übernehme", "übernimmt"],
  ["betrage", "beträgt"], ["verlasse", "verlässt"], ["gefalle", "gefällt"], ["betreffe", "betrifft"],
]);

/**
 * Verbs in the subjunctive of reported speech with their indicative, of what someone says of themselves: expects, hopes,
 * plans, wants, fears, believes, feels, rejects ("Er rechne damit, ... akkreditiert zu sein, sagt Pritz"). "Er" or "sie"
 * before one, with the speaker named after the words, is the speaker. Not "sei", "habe", "werde": what the speaker
 * says of someone else ("Er sei mehrfach vorbestraft, sagte der Staatsanwalt").
 */
// biome-ignore format: a word list, packed for reading
export const OWN_STANCE_SUBJUNCTIVES: ReadonlyMap<string, string> = new Map([
  ["rechne", "rechnet"], ["hoffe", "hofft"], ["erwarte", "erwartet"], ["glaube", "glaubt"], ["fürchte", "fürchtet"],
  ["befürchte", "befürchtet"], ["plane", "plant"], ["gehe", "geht"], ["wolle", "will"], ["wisse", "weiß"],
  ["fühle", "fühlt"], ["freue", "freut"], ["bedauere", "bedauert"], ["wünsche", "wünscht"], ["denke", "denkt"],
  ["strebe", "strebt"], ["beabsichtige", "beabsichtigt"], ["bemühe", "bemüht"], ["lehne", "lehnt"], ["zweifle", "zweifelt"],
  ["bezweifle", "bezweifelt"], ["halte", "hält"], ["vertraue", "vertraut"], ["bereue", "bereut"], ["verstehe", "versteht"],
  ["kandidiere", "kandidiert"], ["empfinde", "empfindet"], ["vermute", "vermutet"], ["verlange", "verlangt"], ["fordere", "fordert"], ["sehe", "sieht"],
  ["setze", "setzt"],
]);

/**
 * Adjectives of what someone feels or is ready for, after "sei" ("Sie sei überzeugt, dass ...", "Er sei bereit, ..."):
 * with the speaker named after the words, "er" or "sie" before "sei" is the speaker, as with OWN_STANCE_SUBJUNCTIVES.
 */
// biome-ignore format: a word list, packed for reading
export const OWN_STANCE_ADJECTIVES: ReadonlySet<string> = new Set([
  "überzeugt", "zuversichtlich", "optimistisch", "zufrieden", "enttäuscht", "froh", "stolz", "bereit", "besorgt",
  "erleichtert", "dankbar", "skeptisch", "entschlossen", "überrascht",
]);

/**
 * Labels before a colon that name a source, not a topic ("Zeitung: Anklageschrift umfasst 270 Seiten"): what follows
 * is the source's claim. Lower case; researchers (RESEARCHERS) and names, roles and places are sources too.
 */
export const SOURCE_LABELS: ReadonlySet<string> = new Set(["zeitung", "medien", "medienbericht", "bericht", "studie", "umfrage", "insider", "kreise", "agentur"]);

/**
 * Reflexive verbs that attribute after a comma with "sich" before the speaker: "…, erinnerte sich Lejsek.",
 * "…, freute sich der Bürgermeister." Only there: before a statement they take an object ("Merkel erinnerte an …").
 */
export const REFLEXIVE_SAYING_VERBS: ReadonlySet<string> = new Set([
  "erinnert", "erinnerte", "freut", "freute", "wundert", "wunderte", "empört", "empörte", "beschwert", "beschwerte",
]);

/**
 * Verbs of a deed that takes a stand in words, finite, lower case, besides SAYING_VERBS: reported speech right after
 * such a deed goes on with what its actor said ("Malmström warb für Verständnis. Man könne aber ... nicht vor
 * TV-Kameras führen."). Not "soll", "will", "hat": a deed of any kind, after which the subjunctive may be another's.
 */
// biome-ignore format: a word list, packed for reading
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  "wirbt", "warb", "verweist", "verwies", "weist", "wies", "kontert", "konterte", "erwidert", "erwiderte", "appelliert",
  "appellierte", "verteidigt", "verteidigte", "lobt", "lobte", "bittet", "bat", "drängt", "drängte", "droht", "drohte",
  "erneuert", "erneuerte", "bekräftigt", "bekräftigte", "wirft", "warf", "kündigt", "kündigte", "verlangt", "verlangte",
  "zeigt", "zeigte", "plädiert", "plädierte", "pocht", "pochte", "beharrt", "beharrte", "bedauert", "bedauerte",
]);

/** What stands for the verb of saying in an interview's answer ("Saakaschwili: Die Ukraine braucht ..."): its label's colon. */
export const INTERVIEW_ANSWER = ":";

/**
 * Verbs of making known after "Das" or "Dies" that point back at the sentence before ("Das teilte die Polizei am
 * Montag mit.", "Dies kündigte der Minister an."), each with the particle that must close the sentence ("" for none).
 * Only verbs that make the words known as the speaker's: "Das kritisierte X" or "Das forderte X" takes a stand on
 * what the sentence before says, and does not say X said it.
 */
export const BACK_POINTING_SAYING_VERBS: ReadonlyMap<string, string> = new Map([
  ["teilte", "mit"],
  ["teilten", "mit"],
  ["teilt", "mit"],
  ["kündigte", "an"],
  ["kündigten", "an"],
  ["kündigt", "an"],
  ["gab", "bekannt"],
  ["gaben", "bekannt"],
  ["gibt", "bekannt"],
  ["sagte", ""],
  ["sagt", ""],
  ["erklärte", ""],
  ["erklärt", ""],
  ["berichtete", ""],
  ["berichteten", ""],
  ["berichtet", ""],
  ["berichten", ""],
  ["meldete", ""],
  ["meldet", ""],
  ["bestätigte", ""],
  ["bestätigt", ""],
  ["verkündete", ""],
]);

/**
 * Verbs of saying as they close a clause of "wie" that attributes the rest of the sentence: "Wie die Polizei am
 * Montag mitteilte, ...", "..., wie das Ministerium bekanntgab." Lower case; verb last, separable particle joined.
 * Each with its main clause's form in the singular and the plural, the particle after it ("teilte mit"), in the same
 * tense: a statement says who made the words known with it.
 */
export const AS_SAID_VERBS: ReadonlyMap<string, readonly [singular: string, plural: string]> = new Map([
  ["mitteilte", ["teilte mit", "teilten mit"]],
  ["mitteilten", ["teilte mit", "teilten mit"]],
  ["mitteilt", ["teilt mit", "teilen mit"]],
  ["sagte", ["sagte", "sagten"]],
  ["sagten", ["sagte", "sagten"]],
  ["sagt", ["sagt", "sagen"]],
  ["erklärte", ["erklärte", "erklärten"]],
  ["erklärten", ["erklärte", "erklärten"]],
  ["erklärt", ["erklärt", "erklären"]],
  ["berichtete", ["berichtete", "berichteten"]],
  ["berichteten", ["berichtete", "berichteten"]],
  ["berichtet", ["berichtet", "berichten"]],
  ["berichten", ["berichtet", "berichten"]],
  ["meldete", ["meldete", "meldeten"]],
  ["meldeten", ["meldete", "meldeten"]],
  ["meldet", ["meldet", "melden"]],
  ["bestätigte", ["bestätigte", "bestätigten"]],
  ["bestätigten", ["bestätigte", "bestätigten"]],
  ["bestätigt", ["bestätigt", "bestätigen"]],
  ["bekanntgab", ["gab bekannt", "gaben bekannt"]],
  ["bekanntgaben", ["gab bekannt", "gaben bekannt"]],
  ["bekanntgibt", ["gibt bekannt", "geben bekannt"]],
  ["angab", ["gab an", "gaben an"]],
  ["schrieb", ["schrieb", "schrieben"]],
  ["schreibt", ["schreibt", "schreiben"]],
  ["betonte", ["betonte", "betonten"]],
  ["betont", ["betont", "betonen"]],
]);

/**
 * Connectives a writer puts before a colon to lead into what follows ("Bloß: Bei solchen Maßnahmen muss ...", "Aber:
 * ...", "Immerhin: ..."): the writer's word, not the speaker's, where the speaker is named after the words. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const CONNECTIVES_BEFORE_COLON: ReadonlySet<string> = new Set([
  "aber", "bloß", "nur", "immerhin", "doch", "allerdings", "jedoch", "trotzdem", "dennoch", "freilich", "also", "zudem",
  "außerdem", "übrigens", "kurz", "sprich", "dabei", "stattdessen", "andererseits", "wohlgemerkt",
]);

/** Attribution words after a comma that take the speaker without a verb: ", so die Polizei." */
export const ATTRIBUTION_WORDS: ReadonlySet<string> = new Set(["so"]);

/** Words before the speaker that open an attribution at the start of a sentence: "Laut Polizei ...". */
export const LEADING_ATTRIBUTIONS: ReadonlySet<string> = new Set(["laut"]);

/** Words after the speaker that attribute: "Der Polizei zufolge ...". */
export const TRAILING_ATTRIBUTIONS: ReadonlySet<string> = new Set(["zufolge"]);

/** Subjects that never name who spoke or acted. */
export const NOT_ACTORS: ReadonlySet<string> = new Set([
  "er", "sie", "es", "man", "wir", "ich", "du", "ihr", "dies", "das", "dieser", "diese", "dieses", "jemand",
  "niemand", "alle", "viele", "einige", "manche", "beide", "wer", "was", "der", "die", "den", "dem",
]);

/** Determiners that open a noun phrase naming a speaker or actor ("ein Polizeisprecher", "die Bundesregierung"). */
export const PHRASE_DETERMINERS: ReadonlySet<string> = new Set([
  "der", "die", "das", "ein", "eine", "einer", "des", "dem", "den", "einem", "eines",
]);

/** Lower-case words that are never a finite verb though they may end like one ("nicht", "bereits", "gegen"). */
export const NOT_FINITE_VERBS: ReadonlySet<string> = new Set([
  "nicht", "jetzt", "erst", "bereits", "zuletzt", "meist", "meistens", "längst", "selbst", "zuerst", "seit",
  "weit", "bisher", "bislang", "gestern", "morgen", "oben", "unten", "wegen", "gegen", "neben", "eben",
  "trotzdem", "dennoch", "hingegen", "allerdings", "jedoch", "zudem", "außerdem", "nun", "noch", "schon",
  "auch", "nur", "bald", "heute", "danach", "damit", "dabei", "zunächst", "zuvor", "insgesamt", "besonders",
  "vielleicht", "wohl", "gut", "mit", "fast", "rund", "etwa", "mindestens", "höchstens", "knapp", "mehr",
  "weniger", "unter", "über", "und", "oder", "aber", "sondern", "denn", "doch", "als", "wie", "wenn", "dass",
  "ob", "weil", "obwohl", "während", "nachdem", "bevor", "seitdem", "sowie", "sowohl", "weder", "entweder",
  "zwischen", "hinten", "vorn", "vorne", "innen", "außen", "links", "rechts", "oft", "selten", "sofort",
  "gerade", "endlich", "erneut", "bereit", "bekannt", "zurück", "vergangenen", "kommenden", "einen", "einem",
  "seinen", "ihren", "unseren", "deren", "dessen", "denen", "diesen", "allen", "vielen", "anderen", "letzten",
  "ersten", "neuen", "großen", "jeden", "welchen", "keinen", "beiden", "eigenen", "weiteren", "konkret",
  "direkt", "erstmals", "zugleich", "jeweils", "nachts", "tags", "derzeit", "inzwischen", "mittlerweile",
  // Prepositions that end like a verb: "wurde laut der Zeitung ... erarbeitet" names no actor of "laut".
  "laut", "statt", "anstatt", "samt", "binnen", "entgegen", "inmitten", "unweit",
]);

/** Finite verbs whose form does not end like a regular one ("ist", "war", "kam"). */
export const IRREGULAR_FINITE_VERBS: ReadonlySet<string> = new Set([
  "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "wurde", "wurden",
  "kann", "können", "konnte", "konnten", "muss", "müssen", "musste", "mussten", "soll", "sollen", "sollte",
  "sollten", "will", "wollen", "wollte", "wollten", "darf", "durfte", "mag", "gab", "gibt", "kam", "kamen",
  "kommt", "ging", "gingen", "geht", "traf", "trafen", "trifft", "sprach", "spricht", "rief", "riefen", "nahm",
  "nahmen", "nimmt", "hielt", "hielten", "hält", "ließ", "ließen", "lässt", "stand", "standen", "steht", "lag",
  "liegt", "bot", "bietet", "zog", "zieht", "fand", "findet", "bat", "bittet", "schlug", "schlägt", "trat",
  "traten", "tritt", "wies", "weist", "sah", "sieht", "gilt", "galt", "bleibt", "blieb", "blieben", "verlor",
  "verliert", "gewann", "gewinnt", "schrieb", "schreibt", "hieß", "heißt", "begann", "beginnt", "sank", "sinkt",
  "stieg", "steigt", "fiel", "fällt", "brach", "bricht", "warf", "wirft", "starb", "stirbt", "floh", "flieht",
  "besuchte", "erhielt", "erhält", "entschied", "entscheidet", "unterschrieb", "beschloss", "beschließt",
  "verbot", "verbietet", "verhängte", "weiß", "wusste", "tat", "tut", "lud", "lädt", "empfing", "empfängt",
  "sprang", "stach", "erschoss", "schoss", "griff", "greift", "unterlag", "verließ", "verlässt",
]);

/** Particles of separable verbs, standing at the end of a main clause ("kündigte ... an"). */
export const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set([
  "an", "auf", "ab", "aus", "bei", "ein", "fest", "fort", "her", "hin", "hinzu", "los", "mit", "nach", "vor",
  "weg", "weiter", "zu", "zurück", "zusammen", "dar", "vorbei", "statt", "teil", "fern", "entgegen", "voran",
  "bekannt", "fest", "frei", "hervor", "heraus", "herein", "hinaus", "um", "durch", "wieder", "gegenüber",
  "klar", "offen", "bereit", "zuvor", "nieder", "empor", "vorweg", "zustande",
]);

/**
 * Participles of verbs whose passive keeps the person they are done to in the dative ("Ponta werden ... vorgeworfen",
 * "Sobotka, dem Ambitionen nachgesagt wurden"): that person is asked with "Wem", not "Wer". From the devset's
 * passives and the common verbs of giving, taking and blaming.
 */
export const DATIVE_PASSIVE_PARTICIPLE =
  /(?:vorgeworfen|nachgesagt|vorgehalten|angelastet|zugeschrieben|untersagt|verboten|erlaubt|gestattet|angeboten|empfohlen|zugetraut|verliehen|überreicht|zuerkannt|aberkannt|entzogen|gekündigt|gedankt|gratuliert|geholfen|gedroht|widersprochen|zugesagt|versprochen|bescheinigt|attestiert|unterstellt|auferlegt|zugestanden|eingeräumt)$/u;

/** Adjectives shaped like participles ("bekannt", "bereit"): "wurde bekannt" is a change of state, "bekannt und beliebt" no two deeds. */
export const ADJECTIVES_LIKE_PARTICIPLES: ReadonlySet<string> = new Set(["bekannt", "berühmt", "beliebt", "bereit", "bewusst", "verwandt", "gesund"]);

/**
 * Participles of verbs whose perfect takes "sein" (a motion or a change: "ist ... vorgegangen", "sind ... von 25
 * auf 18 Prozent abgesackt", "ist zurückgetreten", "ist eingetroffen", "ist passiert"), after any particle: with "ist" or
 * "sind" an event, not what a thing is ("ist den Fahrzeugen ... vorbehalten"); never told with "haben".
 */
export const PARTICIPLE_WITH_SEIN =
  /(?:gegangen|gekommen|gefahren|geflogen|gelaufen|gereist|gestiegen|gesunken|gesackt|gefallen|getreten|gewachsen|geworden|geblieben|gestorben|gescheitert|geraten|gelungen|gefolgt|gerückt|gesprungen|geflohen|geflüchtet|gelandet|gestartet|gestürzt|geschrumpft|gekehrt|gedrungen|geschritten|gelangt|gerutscht|gewichen|getaucht|verschwunden|erschienen|entstanden|zerfallen|verstorben|entkommen|abgebrannt|niedergebrannt|geschehen|gewechselt|explodiert|eskaliert|marschiert|verunglückt|gestrandet|gerannt|eingetroffen|passiert|ausgebrochen|zusammengebrochen|aufgebrochen|begegnet|geplatzt|ertrunken|erloschen|erkrankt)$/u;

/**
 * Strong verbs: the simple past in the singular and the participle ("warf", "geworfen"), without prefixes
 * ("verließ" is "ver" + "ließ", "vorgeworfen" is "vor" + "geworfen"). A deed in one tense is stated in the
 * other with them. Mixed verbs ("brachte", "nannte") form their participle like weak ones and are not here.
 */
// biome-ignore format: a word list, packed for reading
export const STRONG_VERB_FORMS: ReadonlyMap<string, string> = new Map([
  ["befahl", "befohlen"], ["begann", "begonnen"], ["biss", "gebissen"], ["barg", "geborgen"], ["bog", "gebogen"],
  ["bot", "geboten"], ["band", "gebunden"], ["bat", "gebeten"], ["blies", "geblasen"], ["blieb", "geblieben"],
  ["brach", "gebrochen"], ["drang", "gedrungen"], ["empfahl", "empfohlen"], ["aß", "gegessen"], ["fuhr", "gefahren"],
  ["fiel", "gefallen"], ["fing", "gefangen"], ["fand", "gefunden"], ["flog", "geflogen"], ["floh", "geflohen"],
  ["floss", "geflossen"], ["fror", "gefroren"], ["gab", "gegeben"], ["ging", "gegangen"], ["gelang", "gelungen"],
  ["galt", "gegolten"], ["genoss", "genossen"], ["geschah", "geschehen"], ["gewann", "gewonnen"], ["goss", "gegossen"],
  ["glich", "geglichen"], ["glitt", "geglitten"], ["grub", "gegraben"], ["griff", "gegriffen"], ["hielt", "gehalten"],
  ["hing", "gehangen"], ["hob", "gehoben"], ["hieß", "geheißen"], ["half", "geholfen"], ["klang", "geklungen"],
  ["kam", "gekommen"], ["kroch", "gekrochen"], ["lud", "geladen"], ["ließ", "gelassen"], ["lief", "gelaufen"],
  ["litt", "gelitten"], ["lieh", "geliehen"], ["las", "gelesen"], ["lag", "gelegen"], ["log", "gelogen"],
  ["mied", "gemieden"], ["maß", "gemessen"], ["nahm", "genommen"], ["pfiff", "gepfiffen"], ["pries", "gepriesen"],
  ["riet", "geraten"], ["rieb", "gerieben"], ["riss", "gerissen"], ["ritt", "geritten"], ["roch", "gerochen"],
  ["rang", "gerungen"], ["rief", "gerufen"], ["schuf", "geschaffen"], ["schied", "geschieden"], ["schien", "geschienen"],
  ["schob", "geschoben"], ["schoss", "geschossen"], ["schlief", "geschlafen"], ["schlug", "geschlagen"],
  ["schlich", "geschlichen"], ["schloss", "geschlossen"], ["schmolz", "geschmolzen"], ["schnitt", "geschnitten"],
  ["schrieb", "geschrieben"], ["schrie", "geschrien"], ["schritt", "geschritten"], ["schwieg", "geschwiegen"],
  ["schwamm", "geschwommen"], ["schwand", "geschwunden"], ["schwor", "geschworen"], ["sah", "gesehen"],
  ["sang", "gesungen"], ["sank", "gesunken"], ["saß", "gesessen"], ["sprach", "gesprochen"], ["sprang", "gesprungen"],
  ["stach", "gestochen"], ["stand", "gestanden"], ["stahl", "gestohlen"], ["stieg", "gestiegen"], ["starb", "gestorben"],
  ["stieß", "gestoßen"], ["strich", "gestrichen"], ["stritt", "gestritten"], ["trug", "getragen"], ["traf", "getroffen"],
  ["trieb", "getrieben"], ["trat", "getreten"], ["trank", "getrunken"], ["trog", "getrogen"], ["tat", "getan"],
  ["vergaß", "vergessen"], ["verlor", "verloren"], ["verdarb", "verdorben"], ["verzieh", "verziehen"],
  ["wuchs", "gewachsen"], ["wusch", "gewaschen"], ["wich", "gewichen"], ["wies", "gewiesen"], ["warb", "geworben"],
  ["warf", "geworfen"], ["wog", "gewogen"], ["wand", "gewunden"], ["zog", "gezogen"], ["zwang", "gezwungen"],
]);

/**
 * Participles of STRONG_VERB_FORMS that another verb shares, both taking "haben" in the perfect: "gestanden" is "stehen"
 * (in Germany "hat ... gestanden") and "gestehen" ("hat den Diebstahl gestanden"), also after a particle ("zugestanden":
 * "zustehen" and "zugestehen"). Which simple past ("stand", "gestand") the text means, the participle does not tell.
 */
export const PARTICIPLES_OF_TWO_VERBS: readonly string[] = ["gestanden"];

/**
 * Present plurals of strong verbs whose singular changes its vowel ("werfen" → "wirft", "nehmen" → "nimmt"), without
 * prefixes ("vorwerfen" is split off, "verlassen" is "ver" + "lassen"): "Kritiker werfen ... vor" is asked "Wer wirft
 * ... vor?". Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const VOWEL_CHANGE_SINGULARS: ReadonlyMap<string, string> = new Map([
  ["nehmen", "nimmt"], ["geben", "gibt"], ["sehen", "sieht"], ["treffen", "trifft"], ["sprechen", "spricht"],
  ["fahren", "fährt"], ["lassen", "lässt"], ["laufen", "läuft"], ["tragen", "trägt"], ["schlagen", "schlägt"],
  ["fallen", "fällt"], ["werfen", "wirft"], ["helfen", "hilft"], ["lesen", "liest"], ["brechen", "bricht"],
  ["sterben", "stirbt"], ["werben", "wirbt"], ["stechen", "sticht"], ["fangen", "fängt"], ["laden", "lädt"], ["schlafen", "schläft"], ["wachsen", "wächst"], ["waschen", "wäscht"],
  ["stoßen", "stößt"], ["empfehlen", "empfiehlt"], ["halten", "hält"], ["raten", "rät"], ["treten", "tritt"],
  ["gelten", "gilt"], ["stehlen", "stiehlt"],
]);
/**
 * Plurals whose singular no rule tells: weak verbs that end like one of VOWEL_CHANGE_SINGULARS ("beantragen",
 * "schalten"), and "essen" of "vergessen" (vergisst) beside "pressen" (presst). No singular is guessed for them.
 */
export const NO_SINGULAR_GUESSED: readonly string[] = ["antragen", "schalten", "essen"];

/**
 * Verbs whose present in a report tells an act, not a state ("Franziskus warnt vor ...", "Die Ukraine fordert
 * ...", "Die Staatsanwaltschaft wirft ... vor"), in the third person singular, with their simple past: such a deed
 * may be stated in the perfect ("hat ... gewarnt"). Not verbs of a lasting state or view ("glaubt", "hofft", "lebt").
 */
// biome-ignore format: a word list, packed for reading
export const ACTS_IN_PRESENT: ReadonlyMap<string, string> = new Map([
  ["warnt", "warnte"], ["fordert", "forderte"], ["verlangt", "verlangte"], ["kritisiert", "kritisierte"],
  ["kündigt", "kündigte"], ["betont", "betonte"], ["bekräftigt", "bekräftigte"], ["unterstellt", "unterstellte"],
  ["wirft", "warf"], ["weist", "wies"], ["verweist", "verwies"], ["appelliert", "appellierte"], ["ruft", "rief"],
  ["droht", "drohte"], ["beschuldigt", "beschuldigte"], ["mahnt", "mahnte"], ["verurteilt", "verurteilte"],
  ["lehnt", "lehnte"], ["begrüßt", "begrüßte"], ["bestätigt", "bestätigte"], ["dementiert", "dementierte"],
  ["räumt", "räumte"], ["schlägt", "schlug"], ["beklagt", "beklagte"], ["bezeichnet", "bezeichnete"],
  ["verspricht", "versprach"], ["erklärt", "erklärte"], ["wirbt", "warb"], ["bittet", "bat"],
  ["beschließt", "beschloss"], ["verbietet", "verbot"], ["genehmigt", "genehmigte"], ["stoppt", "stoppte"],
  ["entlässt", "entließ"], ["ernennt", "ernannte"], ["verhängt", "verhängte"], ["verschärft", "verschärfte"],
  ["beantragt", "beantragte"], ["untersagt", "untersagte"], ["gibt", "gab"], ["legt", "legte"],
  ["besucht", "besuchte"], ["empfängt", "empfing"],
  ["unterzeichnet", "unterzeichnete"], ["unterschreibt", "unterschrieb"], ["verkündet", "verkündete"],
  // Decisions and measures a news lead tells in the present ("Die Regierung erhöht die Mineralölsteuer", "Der Konzern
  // streicht 600 Stellen", "Die Staatsanwaltschaft erhebt Anklage"): done, so the perfect says the same. Not what goes on
  // ("prüft", "sucht", "leitet"), which the perfect would tell as finished, nor what the present often announces
  // ("eröffnet", "startet", "nimmt ... teil").
  ["erhöht", "erhöhte"], ["senkt", "senkte"], ["kürzt", "kürzte"], ["streicht", "strich"], ["erhebt", "erhob"],
  ["verklagt", "verklagte"], ["übernimmt", "übernahm"], ["kauft", "kaufte"], ["verkauft", "verkaufte"],
  ["schließt", "schloss"], ["beendet", "beendete"],
  ["stellt", "stellte"], ["nennt", "nannte"], ["meldet", "meldete"], ["veröffentlicht", "veröffentlichte"],
  ["präsentiert", "präsentierte"], ["investiert", "investierte"], ["beschlagnahmt", "beschlagnahmte"],
  ["verhaftet", "verhaftete"], ["setzt", "setzte"], ["zieht", "zog"], ["hebt", "hob"],
  ["reicht", "reichte"], ["zahlt", "zahlte"], ["einigt", "einigte"], ["entscheidet", "entschied"],
  ["vergibt", "vergab"], ["verschiebt", "verschob"],
]);

/**
 * Words that mark a deed told in the present as still to come ("zahlt vorbehaltlich der Zustimmung ...", "übernimmt ...,
 * sobald ...", "voraussichtlich im Mai"): such a deed is not stated as done.
 */
export const PENDING_WORDS: readonly string[] = ["vorbehaltlich", "sobald", "voraussichtlich", "künftig", "kommenden", "geplant", "geplante"];
/** Modals of a plan ("der Kauf soll im Sommer abgeschlossen werden"), not of a claim ("soll ... beiseite geschafft haben"). */
export const MODALS_OF_A_PLAN: readonly string[] = ["soll", "sollen"];
/** Verbs of an approval still to come after "noch" ("die EU-Kommission muss noch zustimmen"). */
export const APPROVALS_TO_COME: readonly string[] = ["zustimmen", "genehmigen", "absegnen", "billigen", "freigeben", "bewilligen"];
/** Modals that, with "noch", tell what is yet to happen ("muss der Übernahme noch zustimmen"). */
export const MODALS_OF_WHAT_IS_TO_COME: readonly string[] = ["muss", "müssen", "müsste", "müssten", "soll", "sollen"];

/**
 * Connectives between an actor and its verb ("Trong hingegen gehört zur alten Garde"): they link the
 * sentence to the one before, but the deed itself, said of its actor without them, stands alone.
 */
export const CONNECTIVES_AFTER_ACTOR: ReadonlySet<string> = new Set([
  "hingegen", "jedoch", "aber", "allerdings", "indes", "indessen", "wiederum", "dagegen", "derweil",
  "unterdessen", "nun", "inzwischen", "mittlerweile", "zudem", "außerdem",
  // "Er selbst bestreitet die Vorwürfe": what the actor did, said of them without the stress.
  "selbst",
]);

/** Nouns of time among FOREFIELD_OPENERS ("Anfang der Woche", "Ende November", "Mitte Mai"): inside the clause still capitalised. */
export const NOUN_FOREFIELD_OPENERS: ReadonlySet<string> = new Set(["anfang", "ende", "mitte"]);

/**
 * Opening words of a fore-field before an inverted finite verb ("Am Montag kündigte Merkel ... an"):
 * prepositions and adverbs of time and place, lower case.
 */
export const FOREFIELD_OPENERS: ReadonlySet<string> = new Set([
  "am", "im", "in", "an", "auf", "nach", "vor", "bei", "beim", "mit", "seit", "während", "zum", "zur",
  "für", "gegen", "über", "unter", "trotz", "wegen", "angesichts", "heute", "gestern", "zuvor", "danach",
  "nun", "jetzt", "zudem", "außerdem", "dann", "bereits", "schon", "zuletzt", "inzwischen", "mittlerweile",
  "damals", "später", "erst", "kürzlich", "anfang", "ende", "mitte", "vergangene", "vergangenen",
  "vergangenes", "letzte", "letzten", "letztes", "diese", "diesen", "dieses", "bislang", "bisher",
  "allerdings", "dennoch", "deshalb", "daher", "darum", "trotzdem", "hingegen", "auch", "zunächst",
  "schließlich", "ebenfalls", "gleichzeitig", "zugleich", "derzeit", "aktuell", "dort", "hier", "dabei",
  "einen", "einem", "den", "dem", "als", "nahe", "wenige", "wenigen", "nur", "kurz", "knapp", "deutlich",
  "erneut", "zum", "vom", "aus", "durch", "ohne", "um", "bis", "ab", "neben", "zwischen", "innerhalb",
  "außerhalb", "infolge", "aufgrund", "nahezu", "noch", "vorerst", "offenbar", "überraschend",
  // "Darüber hinaus will ...", "Ausdrücklich enthielt sich ...": a connective of two words, adverbs of manner.
  "darüber", "ferner", "überdies", "erstmals", "ausdrücklich", "offiziell", "öffentlich", "gemeinsam", "scharf",
  // "Konkret will sich Österreich ...", "Insgesamt stellte die Polizei ... fest", "Tatsächlich hat Österreich ...".
  "konkret", "insgesamt", "tatsächlich",
  // "Gleich nach Bekanntwerden der Anschuldigungen forderte ...", "Lieber kehrt ... zurück": adverbs of time and order,
  // not of doubt ("vermutlich", "angeblich"): the deed said without them would claim more than the text does.
  "gleich", "unmittelbar", "lieber", "spätestens", "frühestens", "bald", "anschließend", "daraufhin", "seither",
  "wiederholt", "mehrfach", "ebenso", "freilich", "immerhin", "jedenfalls",
  // "Früher lebte er in ...", "Besonders sperrt er sich gegen ...": a time before, a degree.
  "früher", "besonders",
  // "Zu Hause überprüften die Frauen ...", "Wenig später erlagen die Ärzte ...".
  "zu", "wenig",
  // "Unterdessen hat die Polizei ...", "Währenddessen sollen die Täter ...": connectives of time (CONNECTIVE_FOREFIELDS),
  // left out of the deed, which is as true without them.
  "unterdessen", "derweil", "indes", "indessen", "währenddessen",
]);

/**
 * Plurals of things (and animals) that the endings of people's plurals in actions.ts take for people ("Die einfachen
 * Häuser", "die Wälder", "Die Flüchtlingslager"): the last part of a compound, lower case, none the end of a word for
 * people ("Ausbilder", "Mitglieder", "Käufer", "Hersteller" stay people). Things do not act for anybody: no group actor.
 * Not "ämter": offices are bodies that act ("Die Finanzämter prüfen ab März ...").
 */
// biome-ignore format: a word list, packed for reading
export const THING_PLURAL_ENDINGS: readonly string[] = [
  "häuser", "dächer", "wälder", "felder", "gelder", "bücher", "dörfer", "gläser", "räder", "blätter", "täler",
  "gehälter", "schlösser", "wörter", "kleider", "schilder", "bretter", "zimmer", "fenster", "wasser", "computer",
  "container", "theater", "lager", "filter", "koffer", "körper", "hühner", "rinder", "kälber", "lämmer", "denkmäler", "gewässer", "gewitter",
  "bänder", "gitter", "fässer", "kräuter", "nester", "bäder",
];

/**
 * Plurals of masculine and neuter nouns in "-e" or "-en" ("Die Pläne", "Die EU-Defizitziele", "Die Flüchtlingskosten"),
 * the last part of a compound, lower case: after "Die" a plural, never a feminine singular, as "Die Grenze" or "Die
 * Reform" may be. A fronted plural before a verb in the singular is that verb's object ("Die Vorwürfe weist der
 * Minister zurück").
 */
// biome-ignore format: a word list, packed for reading
export const PLURALS_NOT_FEMININE_SINGULAR: readonly string[] = [
  "ziele", "pläne", "vorwürfe", "vorschläge", "beschlüsse", "gesetze", "verträge", "angebote", "anträge", "ergebnisse",
  "projekte", "kosten", "schritte", "gespräche", "beiträge", "aufträge", "ansprüche", "zuschüsse", "verbote", "urteile",
  "berichte", "kredite", "entwürfe", "einwände", "bedenken", "zahlen", "regeln", "gründe", "fehler", "kontakte",
];

/**
 * Plural nouns for people that the endings of actions.ts do not catch ("Die Ärzte", "die Ehefrauen", "Die
 * Apple-Unterstützer", "Die konservativen Kräfte"): the last part of a compound, lower case. Not "Menschen" or "Leute"
 * alone: everyone, no actor a reader could tell from another.
 */
// biome-ignore format: a word list, packed for reading
export const PEOPLE_PLURAL_ENDINGS: readonly string[] = [
  "ärzte", "frauen", "fans", "kräfte", "eltern", "bauern", "gäste", "stützer", "nutzer", "besitzer", "nehmer", "geschäftsleute",
  "direktoren", "professoren", "senatoren", "organisatoren", "moderatoren", "inspektoren", "kunden", "touristen",
];

/**
 * Adjectives and participles that name people as nouns ("die Studierenden", "Die Beschäftigten", "Streikende",
 * "die Landesbediensteten"), without their ending: "-en" after the article, "-e" without one, as a compound's last part
 * too. Lower case. Not the wounded or the dead (no actors), nor "Betroffene", "Angehörige", "Jugendliche": anyone,
 * GENERIC_PEOPLE_PLURALS.
 */
// biome-ignore format: a word list, packed for reading
export const PEOPLE_ADJECTIVE_NOUN_STEMS: readonly string[] = [
  "studierend", "lehrend", "streikend", "demonstrierend", "protestierend", "reisend", "pendelnd", "flüchtend", "suchend",
  "auszubildend", "forschend", "pflegend", "beschäftigt", "angestellt", "abgeordnet", "bedienstet", "delegiert",
  "geflüchtet", "vertrieben", "inhaftiert", "festgenommen", "verhaftet", "angeklagt", "beschuldigt", "verdächtig",
  "freiwillig", "ehrenamtlich", "überlebend", "hinterblieben", "versichert", "arbeitslos", "obdachlos", "verantwortlich",
];

/**
 * Words that count a group without a figure ("Zahlreiche Anrainer", "Tausende Demonstranten", "Mehrere Hundert
 * Polizisten"): the group acts as "Die Anrainer" would. Not a figure ("Rund 400 Beschäftigte", "Die drei Täter"): the
 * event without an actor states those with the figure changed, which a rival group would not. Nor a share ("Viele
 * Bewohner", "Einige Abgeordnete"): some of a group the text counts. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set([
  "zahlreiche", "mehrere", "etliche", "unzählige", "dutzende", "hunderte", "tausende", "zehntausende", "hunderttausende",
]);
/** "Hundert", "Tausend" after a quantifier ("Mehrere Hundert Polizisten"), lower case. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set(["hundert", "tausend", "dutzend"]);

/**
 * Adverbs of doubt shaped like adjectives ("Vermutlich hat X ..."): as a fore-field they make the deed a guess, which
 * said of its actor without them would claim more than the text does. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const DOUBT_ADVERBS: ReadonlySet<string> = new Set([
  "vermutlich", "angeblich", "wahrscheinlich", "mutmaßlich", "möglicherweise", "eventuell", "hoffentlich", "scheinbar",
  "anscheinend", "voraussichtlich", "sicherlich", "wohl", "vielleicht", "womöglich", "eigentlich",
]);

/**
 * Adverbs that may stand between an inverted verb and its actor ("Vor einigen Tagen hatte bereits Deutschland ...",
 * "war auch der tschechische Präsident ... aufgetreten"): they stay with the verb when the actor opens the deed
 * ("Deutschland hatte bereits ..."). Not "nur", "sogar", "selbst", "nicht", which single out the actor, nor "auch",
 * "ebenfalls" ("war auch Präsident Zeman als Redner aufgetreten"): others did the same, and "Wer ...?" has more than
 * one answer.
 */
// biome-ignore format: a word list, packed for reading
export const ADVERBS_BEFORE_ACTOR: ReadonlySet<string> = new Set([
  "bereits", "schon", "nun", "jetzt", "zudem", "außerdem", "erneut", "wieder", "inzwischen", "mittlerweile",
  "offenbar", "damals", "zuvor", "kürzlich", "zuletzt", "erstmals", "heute", "gestern",
]);

/**
 * Plural nouns for the people who made a study or give an expert view ("die Forscher", "die Psychologen",
 * "die Wissenschafter", "die Ökonomen", "Astronomen", "die Physiker"): two such groups in one text are mostly one team under two words,
 * so neither is the other's wrong answer or false partner.
 */
export const RESEARCHERS =
  /(?:forscher|forschenden?|wissenschafter|wissenschaftler|experten|spezialisten|fachleute|autoren|analysten|mediziner|logen|ökonomen|astronomen|physiker|chemiker|mathematiker|genetiker|informatiker)(?:innen)?$/iu;

/**
 * Plural nouns for the young people of a school or a club ("die Schüler", "die Kinder", "die Jugendlichen"): in one
 * text mostly the same people under two words ("Am Freitag haben die Schüler frei" was stated false of "Die Kinder").
 */
export const YOUNG_PEOPLE = /(?:schüler|schülerinnen|kinder|jugendlichen|jugendliche|buben|mädchen|burschen)$/iu;

/**
 * Plural nouns for the people of one workplace, of one university, of one crime ("die Beschäftigten", "die
 * Mitarbeiter"; "die Studierenden", "die Studenten"; "die Täter", "die Verdächtigen"): in one text mostly the same
 * people under two words, so neither is the other's wrong answer.
 */
export const SAME_PEOPLE_FAMILIES: readonly RegExp[] = [
  /(?:beschäftigten?|angestellten?|bediensteten?|mitarbeiter|mitarbeiterinnen|arbeiter|arbeiterinnen|arbeitnehmer|arbeitnehmerinnen|streikenden?|gewerkschafter|gewerkschafterinnen|kräfte)$/iu,
  /(?:studierenden?|studenten|studentinnen)$/iu,
  /(?:lehrer|lehrerinnen|lehrenden?|lehrkräfte|pädagogen|pädagoginnen)$/iu,
  /(?:täter|täterinnen|verdächtigen?|beschuldigten?|angeklagten?|festgenommenen?|inhaftierten?|verhafteten?|angreifer|einbrecher|räuber|diebe)$/iu,
  // The doctors of a medical study are its researchers ("Die Forscher werteten ... aus" / "stellten die Ärzte ... fest").
  /(?:ärzte|ärztinnen|mediziner|medizinerinnen|forscher|forscherinnen|wissenschafter|wissenschaftler|wissenschafterinnen|wissenschaftlerinnen)$/iu,
];

/**
 * Plural nouns for people by sex or as people only ("Die Männer", "Die beiden Frauen", "Die Personen"): they name no
 * role, so a text uses them for a group it named by its role before ("drei Verdächtige festgenommen ... Die Männer
 * sollen einer Bande angehören"): never the wrong answer for a group named by its role, nor the other way round.
 */
export const PEOPLE_WITHOUT_ROLE = /(?:^|\s)(?:männer|frauen|personen|menschen|leute)$/iu;

/**
 * Plural nouns for people that act as a group named by the noun alone, without an article ("Kritiker werfen ... vor",
 * "Nach den Anschlägen befürchten Experten ..."): the last part of a compound, lower case. People only: a bare plural of things or events ("Angriffe", "Proteste", "Regenwälder") acts for nobody.
 * RESEARCHERS and PEOPLE_PLURAL_ENDINGS count too.
 */
// biome-ignore format: a word list, packed for reading
export const BARE_GROUP_NOUNS: readonly string[] = [
  "kritiker", "beobachter", "gegner", "befürworter", "anhänger", "aktivisten", "demonstranten", "anwohner", "bewohner",
  "einwohner", "bürger", "politiker", "diplomaten", "juristen", "anwälte", "ermittler", "fahnder", "polizisten", "beamte",
  "soldaten", "rebellen", "kämpfer", "islamisten", "extremisten", "terroristen", "attentäter", "angreifer", "täter",
  "unbekannte", "betroffene", "angehörige", "helfer", "sanitäter", "abgeordnete", "parlamentarier", "händler",
  "anleger", "investoren", "gewerkschafter", "schüler", "studenten", "lehrer", "wähler", "journalisten", "reporter",
  "schützer", "menschenrechtler", "flüchtlinge", "migranten", "asylwerber", "passagiere",
  "landwirte", "mitarbeiter", "beschäftigte", "angestellte", "arbeiter", "verbraucher", "konsumenten", "patienten",
  "anrainer", "besucher", "zuschauer", "urlauber", "pendler", "mieter", "fahrer", "retter", "veranstalter", "mitglieder",
];

/**
 * Who works with a person, after the name and "und": "Ralf Barkemeyer und Kollegen", "Anna Keller und ihr Team". Lower
 * case, their words without the name.
 */
// biome-ignore format: a word list, packed for reading
export const COWORKERS: ReadonlySet<string> = new Set([
  "kollegen", "kolleginnen", "mitarbeiter", "mitarbeiterinnen", "seine kollegen", "ihre kollegen", "sein team", "ihr team",
  "seine mitarbeiter", "ihre mitarbeiter",
]);

/**
 * Nouns in the singular for a team of researchers or workers named by the person who leads it ("das Team um Anna Berg",
 * "eine Arbeitsgruppe um Karl Weber", "das Forscherteam um ..."), as a compound's last part. Lower case.
 */
export const TEAM_NOUN = /(?:team|gruppe)$/u;

/**
 * Words after a group's comma that single out named members of it, who did what the group did: "Viele Inselbewohner,
 * allen voran Premierminister David Cameron, machen sich Sorgen", "Mehrere Banken, darunter auch Unicredit, haben
 * ... erhalten". Lower case, their words in order.
 */
// biome-ignore format: a word list, packed for reading
export const GROUP_MEMBER_MARKERS: ReadonlySet<string> = new Set([
  "allen voran", "darunter", "darunter auch", "unter ihnen", "unter ihnen auch", "vor allem", "insbesondere",
]);

/**
 * Verbs that report what a study or its researchers found, after the finding and a comma: "..., ergab eine Wiener
 * Studie.", "..., fanden Wiener Psychologen heraus.", "..., schreiben die Forscher in Nature." With the particle they
 * take at the sentence's end, if any ("heraus"). Only after a study or a researcher noun (FINDING_SOURCES,
 * RESEARCHERS): "..., zeigte die Polizei" is no finding. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const FINDING_VERBS: ReadonlyMap<string, string> = new Map([
  ["ergab", ""], ["ergaben", ""], ["ergibt", ""], ["ergeben", ""], ["zeigt", ""], ["zeigte", ""], ["zeigen", ""],
  ["zeigten", ""], ["belegt", ""], ["belegte", ""], ["belegen", ""], ["belegten", ""], ["schreiben", ""],
  ["berichten", ""], ["fand", "heraus"], ["fanden", "heraus"], ["findet", "heraus"], ["finden", "heraus"],
]);

/**
 * Verbs that report what researchers computed or established, used as FINDING_VERBS are ("..., berechneten Forscher
 * der Universität Graz.", "Die Forscher ermittelten, dass ..."), and the past plural of writing ("..., schrieben die
 * Forscher"). Not words of attribution that make the finder read a sentence as someone's words: "Die Polizei
 * ermittelt" or "schrieben Geschichte" stand in many a sentence that goes on with reported words. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const COMPUTING_VERBS: ReadonlySet<string> = new Set([
  "berechneten", "berechnen", "errechneten", "errechnen", "ermittelten", "ermitteln", "schrieben",
]);

/**
 * Verbs of finding with their particle that report a finding only before a "dass" clause, after a study or its
 * researchers: "Die Forscher stellten fest, dass ...". Not words of attribution: "stellt" stands in many a sentence of
 * someone's reported words going on. Lower case.
 */
export const FINDING_VERBS_BEFORE_THAT: ReadonlyMap<string, string> = new Map([
  ["stellte", "fest"],
  ["stellten", "fest"],
  ["stellt", "fest"],
  ["stellen", "fest"],
]);

/**
 * The perfect of the verbs of finding before a "dass" clause, for a statement that is no copy of the text's sentence
 * ("Ein Experiment zeigt, dass ..." → "Ein Experiment hat gezeigt, dass ...").
 */
// biome-ignore format: a word list, packed for reading
export const FINDING_PERFECTS: ReadonlyMap<string, string> = new Map([
  ["ergab", "hat ergeben"], ["ergibt", "hat ergeben"], ["ergaben", "haben ergeben"], ["ergeben", "haben ergeben"],
  ["zeigt", "hat gezeigt"], ["zeigte", "hat gezeigt"], ["zeigen", "haben gezeigt"], ["zeigten", "haben gezeigt"],
  ["belegt", "hat belegt"], ["belegte", "hat belegt"], ["belegen", "haben belegt"], ["belegten", "haben belegt"],
  ["schreiben", "haben geschrieben"], ["berichten", "haben berichtet"], ["schreibt", "hat geschrieben"],
  ["schrieb", "hat geschrieben"], ["schrieben", "haben geschrieben"], ["berichtet", "hat berichtet"],
  ["berichtete", "hat berichtet"], ["berichteten", "haben berichtet"], ["fand heraus", "hat herausgefunden"],
  ["fanden heraus", "haben herausgefunden"], ["findet heraus", "hat herausgefunden"], ["finden heraus", "haben herausgefunden"],
  ["stellte fest", "hat festgestellt"], ["stellten fest", "haben festgestellt"], ["stellt fest", "hat festgestellt"],
  ["stellen fest", "haben festgestellt"], ["berechneten", "haben berechnet"], ["berechnen", "haben berechnet"],
  ["errechneten", "haben errechnet"], ["errechnen", "haben errechnet"], ["ermittelten", "haben ermittelt"],
  ["ermitteln", "haben ermittelt"], ["schrieben", "haben geschrieben"],
]);

/**
 * The perfects of FINDING_PERFECTS as a text may give them before a "dass" clause ("Die Forscher haben herausgefunden,
 * dass ..."): a statement says them as they stand.
 */
export const FINDING_PERFECT_FORMS: ReadonlySet<string> = new Set(FINDING_PERFECTS.values());

/**
 * The verbs of finding as they close a clause of "wie" after the finding ("..., wie Forscher nun herausfanden."), with
 * the verb as a main clause gives it (FINDING_VERBS, FINDING_PERFECTS). The verbs of FINDING_VERBS without a particle
 * stand there as they are ("..., wie die Forscher berichten"). Lower case.
 */
export const FINDING_VERBS_LAST: ReadonlyMap<string, string> = new Map([
  ["herausfanden", "fanden heraus"],
  ["herausfand", "fand heraus"],
  ["herausfinden", "finden heraus"],
  ["herausfindet", "findet heraus"],
]);

/**
 * Adverbs that may open a sentence before a finding's inverted verb and link it to what came before ("So fanden die
 * Forscher heraus, dass ...", "Dabei stellten die Forscher fest, dass ..."): a statement of the finding leaves them out
 * and says no more than the text. Not an adverb of place, time or case ("Bei Mäusen", "Damals"), which narrows the
 * finding. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const FINDING_FOREFIELD_ADVERBS: ReadonlySet<string> = new Set([
  "so", "dabei", "nun", "jetzt", "zudem", "außerdem", "auch", "schließlich", "tatsächlich", "demnach", "letztlich",
]);

/** Prepositions that open the study a finding was made in, before its inverted verb: "In ihren Experimenten", "Bei der Untersuchung". Lower case. */
export const FINDING_FOREFIELD_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "bei", "mit", "aus", "für", "nach"]);

/** Determiners of that study: its researchers' own ("ihren") or the one the text speaks of ("der", "dieser"). Lower case. */
// biome-ignore format: a word list, packed for reading
export const FINDING_FOREFIELD_DETERMINERS: ReadonlySet<string> = new Set([
  "ihrer", "ihren", "ihrem", "der", "den", "dem", "dieser", "diesen", "diesem", "einer", "einem",
]);

/** Nouns of the work a finding was made in, in any case and number: "Studie", "Experimenten", "Untersuchungen". */
export const FINDING_WORK = /(?:studie|studien|untersuchung|untersuchungen|analyse|analysen|experiment|experimenten?|versuch|versuchen|versuchs|befragung|befragungen|messungen|auswertung|auswertungen|beobachtungen)$/u;

/** Nouns of what finds something out: a study, a survey, an experiment ("eine Wiener Studie", "die Umfrage"). */
export const FINDING_SOURCES =
  /(?:studie|studien|umfrage|umfragen|untersuchung|untersuchungen|analyse|analysen|erhebung|erhebungen|befragung|befragungen|auswertung|auswertungen|messungen|berechnungen|simulationen|experiment|experimente|versuche)$/iu;

/**
 * Stems of verbs whose "ge-" is their own, not the participle's ("genehmigt", "gefährdet"): their
 * participle has no second "ge-", and taking it off would give no verb ("nehmigte"). Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const STEMS_WITH_OWN_GE: readonly string[] = [
  "genehmig", "gestalt", "gefährd", "gewähr", "gebrauch", "gehör", "gestatt", "geleit", "gewöhn", "gefähr",
  "geißel", "gedenk", "geweiht", "gebärd", "gelang",
];

/**
 * Conjunctions of a subordinate clause before the main clause whose main clause stays true without it: a report's
 * source ("Wie die Nachrichtenagentur Anadolu meldete, soll Davutoğlu ..."), a time before ("Nachdem ..., hat X
 * ..."), a reason ("Weil ..., fordert Bieber ..."). Not conditions ("Wenn ..."), concessions ("Obwohl ...") or
 * purposes ("Um ... zu ..."): the main clause alone would state more than the text does. Lower case.
 */
export const FRONTED_CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(["wie", "nachdem", "weil"]);

/**
 * Verbs that close a fronted "wie" clause naming the report's source ("Wie das Ministerium mitteilte,", "Wie die
 * Forscher schreiben,"), by their ending; not "Wie viele Menschen getötet wurden," (a question of its own).
 */
export const SOURCE_CLAUSE_VERB =
  /(?:teilte|teilt|teilten|meldete|meldet|meldeten|melden|berichtete|berichtet|berichteten|berichten|schrieb|schreibt|schreiben|erklärte|erklärt|sagte|sagt|bestätigte|bestätigt|hieß|heißt|verlautete)$/u;

/**
 * Verbs that take "es" as an empty subject ("Es gibt ...", "Es geht um ...", "Es heißt ...", "Es sei unklar ...",
 * "Es kann sein ..."): after them "es" stands for nothing the text named. Lower case, finite forms.
 */
// biome-ignore format: a word list, packed for reading
export const EMPTY_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  "gibt", "gab", "gebe", "gäbe", "geht", "ging", "gehe", "heißt", "hieß", "ist", "war", "sei", "wäre", "wird", "wurde",
  "werde", "würde", "kommt", "kam", "komme", "käme", "handelt", "handelte", "fehlt", "fehlte", "bleibt", "blieb",
  "reicht", "reichte", "scheint", "schien", "hängt", "hing", "gilt", "galt", "lohnt", "bedarf", "braucht", "brauchte",
  "kann", "konnte", "könne", "könnte", "muss", "musste", "müsse", "müsste", "soll", "sollte", "solle", "darf", "durfte",
  "dürfe", "dürfte", "mag", "möge", "liegt", "lag", "steht", "stand", "passiert", "passierte", "folgt", "folgte",
  "stimmt", "stimmte", "zeigt", "zeigte", "regnet", "regnete", "brennt", "brannte", "tut", "tat", "läuft", "lief",
]);

/**
 * Nouns after "nach" that give the rest of the clause to whose words they are: "nach Andrejews Worten", "nach
 * Angaben von Staatsanwalt Molins", "nach Einschätzung von Grit Hanneforth". Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const ATTRIBUTING_NOUNS: ReadonlySet<string> = new Set([
  "angaben", "worten", "einschätzung", "ansicht", "auffassung", "darstellung", "aussage", "aussagen", "meinung",
  "überzeugung",
]);

/**
 * Words that may stand between an attribution's preposition and the office before a name: "dem für Terrorismus
 * zuständigen französischen Staatsanwalt François Molins", "des Staatssekretärs im Berliner Arbeitsministerium";
 * and those that open an attribute's own phrase between an article and the office ("der in Wien geborene Autor", "die
 * seit 2010 amtierende Präsidentin"). Lower case; adjectives and nouns besides.
 */
export const ATTRIBUTE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "für", "im", "in", "am", "an", "aus", "bei", "beim", "von", "vom", "der", "des", "zur", "zum", "seit",
]);

/**
 * Participles of what a study's authors do ("haben sie ... entdeckt", "... untersucht"), closing the main clause after
 * "Wie Forscher um X berichten,": then its "sie" is the researchers.
 */
export const RESEARCH_DEED =
  /(?:entdeckt|untersucht|herausgefunden|gefunden|festgestellt|beobachtet|analysiert|gemessen|nachgewiesen|identifiziert|ausgewertet|befragt|getestet|entwickelt|beschrieben)$/u;

/**
 * Phrases that point back to the source of what the text relays ("nach diesen Angaben", "den Angaben zufolge",
 * "demnach"): a deed told with one is the same deed without it, which then reads on its own. Parts of expressions.
 */
export const SOURCE_POINTERS: readonly string[] = [
  "nach (?:diesen|den|seinen|ihren) Angaben",
  // "verlangen nach Angaben der Stadt ein Lösegeld": a source by one noun, no name after it (which would be the deed's object).
  "nach Angaben (?:der|des) (?:\\p{Ll}+ )?\\p{Lu}\\p{Ll}+(?!\\s+\\p{Lu}|-)",
  "(?:diesen|den|seinen|ihren) Angaben zufolge",
  "demnach",
];

/** Forms of "werden" that make a passive with a participle at the clause's end ("wurde … festgenommen"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["wird", "werden", "wurde", "wurden"]);

/**
 * Finite verbs in the singular, with the particle that closes their clause, whose subject is a thing far more often
 * than a person: what a plan, law or contract lays down ("sieht vor", "regelt", "schreibt vor"), what something costs,
 * has, holds or concerns ("kostet", "beträgt", "verfügt über", "enthält", "betrifft"), how long it lasts or until when ("dauert", "läuft
 * aus"), and "gilt" of a rule ("gilt ab Mai"; "gilt als Favorit" calls a person something, which the clause's "als" tells).
 */
// biome-ignore format: a word list, packed for reading
export const THING_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  "sieht vor", "sah vor", "schreibt vor", "schrieb vor", "regelt", "regelte", "kostet", "kostete", "beträgt", "betrug",
  "beläuft", "belief", "enthält", "enthielt", "umfasst", "umfasste", "beinhaltet", "beinhaltete", "betrifft", "betraf",
  "besagt", "besagte", "beruht", "beruhte", "dauert", "dauerte", "läuft ab", "lief ab", "läuft aus", "lief aus",
  "entfällt", "entfiel", "verfügt", "verfügte", "gilt", "galt",
]);
