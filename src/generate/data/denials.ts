/**
 * Words around a denial that decide whether it may be taken out (claims.ts, undenied): the text's own denials are
 * stated true, and false without the denial, only where that leaves the clause whole and asserting the opposite.
 */

/**
 * Words before a denial that make it absolute or tie it to a time ("ganz nicht", "bislang keine", "längst nicht"):
 * without the denial they stand alone or say something else, so the denial stays.
 */
// biome-ignore format: a word list, packed for reading
export const DENIAL_INTENSIFIERS: ReadonlySet<string> = new Set([
  "keineswegs", "durchaus", "ganz", "wirklich", "bislang", "bisher", "längst",
]);

/**
 * Sentence adverbs that may stand between a copula and its predicate, a plain "nicht" after them denying the
 * predicate ("seien also offenbar in der Lage" → "seien also offenbar nicht in der Lage"): what the speaker infers
 * or how sure they are, as reports of studies and reported speech put them. Not "bereits", "noch", "auch", "nur"
 * (SCALAR_PARTICLE: "nicht" after them does not simply deny), nor degrees ("sehr"). Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const SENTENCE_ADVERBS_BEFORE_PREDICATE: ReadonlySet<string> = new Set([
  "also", "offenbar", "offensichtlich", "demnach", "somit", "folglich", "wohl", "vermutlich", "wahrscheinlich",
  "tatsächlich", "eindeutig", "grundsätzlich", "generell",
]);

/**
 * Lower-case words that "nicht" follows right before a clause's closing verbs: pronouns ("hat sich nicht geäußert", "hat
 * ihn nicht gewarnt") and adverbs of time and place ("hat den Vertrag gestern nicht unterschrieben", "hat dort nicht
 * gewohnt"), besides the sentence adverbs (SENTENCE_ADVERBS_BEFORE_PREDICATE). Another lower-case word there is mostly an
 * adverb of manner or degree or a predicative ("müsse schnell handeln", "hat die Bürger rechtzeitig gewarnt"), which
 * "nicht" goes before and then denies alone (claims.ts, denied).
 */
// biome-ignore format: a word list, packed for reading
export const WORDS_BEFORE_DENIAL: ReadonlySet<string> = new Set([
  "sich", "es", "ihn", "ihm", "ihr", "ihnen", "uns", "euch", "mich", "mir", "dich", "dir", "sie", "er", "wir", "ich",
  "du", "man", "das", "dies",
  "gestern", "heute", "morgen", "vorgestern", "damals", "zuvor", "danach", "dann", "später", "anschließend", "heuer",
  "jetzt", "nun", "seither", "seitdem", "bisher", "bislang", "zuletzt", "kürzlich", "inzwischen", "mittlerweile",
  "vorher", "zunächst", "erneut", "wieder", "diesmal",
  "dort", "hier", "dorthin", "daheim",
]);

/**
 * Verb forms of a birth ("wurde 1958 in Linz geboren"): denied in any place ("wurde 1958 in Linz nicht geboren",
 * "wurde nicht 1958 in Linz geboren"), the statement denies the life itself or leaves open which detail is wrong.
 */
export const BIRTH_WORDS: ReadonlySet<string> = new Set(["geboren"]);

/**
 * Words that only make a denial absolute ("absolut keinen Plan", "gar nicht", "überhaupt keine Pläne"), as spokespersons
 * deny a report: they go with the denial ("einen Plan", "Pläne"), which then asserts the plain opposite. Not "ganz und
 * gar nicht" (claims.ts, undenied).
 */
export const INTENSIFIERS_DROPPED_WITH_DENIAL: ReadonlySet<string> = new Set(["absolut", "gar", "überhaupt"]);

/** Words after "nicht" that make it deny a comparison or a degree ("nicht wie auf Bundesebene", "nicht so", "nicht zu"), not the clause. */
// biome-ignore format: a word list, packed for reading
export const NOT_BEFORE_COMPARISON: ReadonlySet<string> = new Set([
  "wie", "als", "so", "zu", "sehr", "allzu", "unbedingt", "zwingend", "nur",
]);

/** Endings of feminine nouns in the singular: "keine" before one is "eine" ("keine Lösung"), before a plural nothing ("keine Gründe"). */
export const FEMININE_SINGULAR_ENDING = /(?:ung|heit|keit|schaft|ion|tät|enz|anz|ik|ur|ei)$/u;

/**
 * Nouns of masculine or neuter gender that stand without an article in the singular ("hat Geld gesammelt", "kein Geld"):
 * "kein" before one is no article at all ("habe kein Geld" → "habe Geld", not "ein Geld"), and denied it takes "kein"
 * or "keinen" (the value), not "keine". Matched as the end of a compound too ("Steuergeld").
 */
// biome-ignore format: a word list, packed for reading
export const UNCOUNTED_NOUNS: ReadonlyMap<string, "kein" | "keinen"> = new Map([
  ["geld", "kein"], ["interesse", "kein"], ["vertrauen", "kein"], ["personal", "kein"], ["wasser", "kein"],
  ["material", "kein"], ["glück", "kein"], ["verständnis", "kein"], ["wissen", "kein"], ["budget", "kein"],
  ["strom", "keinen"], ["platz", "keinen"], ["bedarf", "keinen"], ["anlass", "keinen"], ["einfluss", "keinen"],
  ["zugang", "keinen"], ["spielraum", "keinen"], ["widerstand", "keinen"], ["schaden", "keinen"],
  ["zutritt", "keinen"], ["handlungsbedarf", "keinen"], ["kokain", "kein"], ["heroin", "kein"], ["benzin", "kein"],
]);

/**
 * Feminine nouns in "-er" or "-el" ("keine Steuer", "keine Regel"): after "keine" every other noun so ending is a
 * plural ("keine Mittel", "keine Lehrer"), which stands without an article once undenied ("Mittel").
 */
// biome-ignore format: a word list, packed for reading
export const FEMININE_IN_ER_OR_EL: ReadonlySet<string> = new Set([
  "mutter", "tochter", "schwester", "steuer", "mauer", "feier", "nummer", "kammer", "ziffer", "leiter", "regel",
  "tafel", "insel", "kugel", "formel", "klausel", "schachtel", "ader", "feder", "folter",
]);

/**
 * Verbs that take a phrase opened by a preposition ("mit der Arbeit beginnen", "über die Reform beraten", "vor dem
 * Rauch warnen", "vom Platz gestellt"): "nicht" goes before such a phrase right before the verb, not after it. By
 * preposition, the endings of the verb's infinitive and participle ("teilnehmen", "teilgenommen"); a phrase after a
 * noun that the verb does not take ("den Fahrplan für die Umsetzung präsentieren") is the noun's, and stays after "nicht".
 */
// biome-ignore format: a word list, packed for reading
export const VERBS_BY_COMPLEMENT_PREPOSITION: ReadonlyMap<string, readonly string[]> = new Map([
  ["mit", ["beginnen", "begonnen", "befassen", "befasst", "beschäftigen", "beschäftigt", "rechnen", "gerechnet", "aufhören", "aufgehört", "drohen", "gedroht", "einigen", "geeinigt", "verhandeln", "verhandelt", "sprechen", "gesprochen", "streiten", "gestritten", "treffen", "getroffen"]],
  ["über", ["beraten", "entscheiden", "entschieden", "diskutieren", "diskutiert", "sprechen", "gesprochen", "verhandeln", "verhandelt", "abstimmen", "abgestimmt", "informieren", "informiert", "berichten", "berichtet", "klagen", "geklagt", "beklagen", "beklagt", "beschweren", "beschwert", "ärgern", "geärgert"]],
  ["vor", ["warnen", "gewarnt", "schützen", "geschützt"]],
  ["für", ["nutzen", "genutzt", "einsetzen", "eingesetzt", "stimmen", "gestimmt", "sorgen", "gesorgt", "werben", "geworben", "entscheiden", "entschieden", "aussprechen", "ausgesprochen"]],
  ["an", ["teilnehmen", "teilgenommen", "festhalten", "festgehalten", "arbeiten", "gearbeitet", "beteiligen", "beteiligt"]],
  ["auf", ["verzichten", "verzichtet", "reagieren", "reagiert", "hinweisen", "hingewiesen", "bestehen", "bestanden", "einigen", "geeinigt", "warten", "gewartet"]],
  ["gegen", ["stimmen", "gestimmt", "protestieren", "protestiert", "vorgehen", "vorgegangen", "kämpfen", "gekämpft", "klagen", "geklagt"]],
  ["um", ["kümmern", "gekümmert", "bewerben", "beworben", "bitten", "gebeten"]],
  ["vom", ["stellen", "gestellt", "zurücktreten", "zurückgetreten"]],
  ["aus", ["aussteigen", "ausgestiegen", "austreten", "ausgetreten"]],
]);

/** Words in "-e" before a plural noun that are no adjective: a determiner or count ("seine Pläne", "viele Proteste"); "keine" does not go before them. */
// biome-ignore format: a word list, packed for reading
export const DETERMINERS_IN_E: ReadonlySet<string> = new Set([
  "die", "diese", "jene", "alle", "beide", "manche", "solche", "welche", "einige", "etliche", "mehrere", "viele",
  "wenige", "zahlreiche", "meine", "deine", "seine", "ihre", "unsere", "eure", "keine", "eine",
]);

/**
 * Adjectives and participles used as nouns ("Verletzte", "Angehörige"): after "keine" they end in "-en" ("keine
 * Verletzten"), bare in "-e" ("Verletzte"), unlike other plurals ("keine Proteste", "Proteste"). The stems, matched as a
 * word's end ("Schwerverletzte").
 */
// biome-ignore format: a word list, packed for reading
export const NOMINALISED_ADJECTIVE_STEMS: readonly string[] = [
  "verletzte", "tote", "abgeordnete", "beschäftigte", "angestellte", "verdächtige", "angehörige", "jugendliche",
  "arbeitslose", "erwachsene", "gefangene", "geflüchtete", "vermisste", "kranke", "bekannte", "betroffene", "beamte",
  "obdachlose", "reisende", "studierende", "lehrende", "pflegebedürftige", "festgenommene", "überlebende",
];

/**
 * Words of quantity before a bare noun ("mehr Schutz", "weniger Geld", "genug Personal"): such an object is denied by
 * neither "nicht" after it ("haben mehr Schutz nicht gefordert") nor before it ("nicht mehr Schutz" reads "no longer"),
 * so a deed with one is not denied. Lower case.
 */
export const QUANTIFIERS_BEFORE_BARE_NOUN: ReadonlySet<string> = new Set(["mehr", "weniger", "viel", "wenig", "genug", "genügend", "ausreichend"]);
