/** General German grammar words the extractor must not take for something else. */

/**
 * Words that end like an attributive adjective ("-e", "-en", "-er", "-es", "-em") but are articles,
 * pronouns, verbs, adverbs or prepositions.
 */
export const NOT_ADJECTIVES: ReadonlySet<string> = new Set([
  "die", "der", "den", "dem", "des", "eine", "einen", "einem", "einer", "eines", "keine", "keinen", "keinem",
  "keiner", "seine", "seinen", "seinem", "seiner", "seines", "ihre", "ihren", "ihrem", "ihrer", "ihres",
  "unsere", "unseren", "unserem", "unserer", "diese", "diesen", "diesem", "dieser", "dieses", "jene",
  "jenen", "jenem", "jener", "welche", "welchen", "welcher", "alle", "allen", "aller", "werden", "haben",
  "sollen", "wollen", "können", "müssen", "seien", "waren", "wären", "hatten", "hätten", "würden", "dürfen",
  "sollten", "wollten", "konnten", "mussten", "sagten", "gegen", "über", "unter", "oder", "aber", "wieder",
  "immer", "weiter", "sowie", "sie", "wie", "hier", "jeder", "jeden", "jedem", "jedes", "meine", "mehrere",
  "einige", "einigen", "viele", "vielen", "beide", "beiden", "andere", "anderen", "deren", "dessen", "denen",
  "ende", "bitte", "gerne", "heute", "bisher", "später", "weniger", "ihnen", "neben", "zwischen", "hinter",
  "außer", "entgegen", "wegen", "hatte", "habe", "wurde", "wurden", "worden", "gewesen", "werde", "würde",
  "wäre", "hätte", "könne", "könnte", "konnte", "müsse", "müsste", "musste", "solle", "sollte", "wolle",
  "wollte", "dürfe", "dürfte", "möchte", "gebe", "sagte",
]);

/**
 * Prepositions (and their contractions with an article) that open a phrase a person may be named in without being
 * the clause's subject: "zusammen mit Kollegen um Barbara Hartl", "Im Gegensatz zu Dung", "laut Pröll". Not "seit",
 * "bis", "wie", also conjunctions: "Seit Hofer die Partei führt, ist er ..." names whom "er" may stand for.
 */
// biome-ignore format: a word list, packed for reading
export const PREPOSITIONS_BEFORE_NAMES: readonly string[] = [
  "für", "von", "vom", "mit", "gegen", "über", "an", "am", "auf", "bei", "beim", "nach", "zu", "zum", "zur", "um",
  "durch", "ohne", "unter", "vor", "zwischen", "hinter", "neben", "laut",
];

/**
 * Determiners that open a noun phrase an attributive adjective may follow: the articles, "kein", the possessives and the
 * demonstratives in all their forms ("eine kleine, aber wirksame Änderung", "seine neue, strengere Regel").
 */
export const NOUN_PHRASE_DETERMINERS: ReadonlySet<string> = new Set([
  "der", "die", "das", "den", "dem", "des",
  ...["ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer"].flatMap((stem) => [stem, ...["e", "en", "em", "er", "es"].map((ending) => `${stem}${ending}`)]),
  ...["dies", "jen", "jed", "manch", "solch", "welch"].flatMap((stem) => ["e", "en", "em", "er", "es"].map((ending) => `${stem}${ending}`)),
]);

/**
 * Words that may stand between the comma and the second of two attributive adjectives of one noun: a link (", aber
 * wirksame", ", und zwar strengere", ", wenn auch kleine", ", wenn nicht entscheidende", ", ja sogar neue") and a
 * degree adverb of the second adjective (", aber deutlich höhere").
 */
// biome-ignore format: a word list, packed for reading
export const WORDS_BETWEEN_COORDINATED_ADJECTIVES: ReadonlySet<string> = new Set([
  "aber", "doch", "jedoch", "allerdings", "dafür", "dennoch", "trotzdem", "zugleich", "und", "oder", "zwar", "wenn",
  "auch", "wenngleich", "nicht", "ja", "sogar", "teils", "nur", "sehr", "deutlich", "noch", "weit", "viel", "etwas",
  "wenig", "kaum", "umso", "ziemlich", "äußerst", "besonders", "durchaus", "eher",
]);

/**
 * Words that open a clause inserted between commas into a main clause, which goes on after it: relative pronouns
 * ("lud Vertreter der Parteien, die im Landtag sitzen, ein") and subordinating conjunctions ("hat den Antrag, nachdem
 * sie ihn geprüft hatte, abgelehnt"). After a preposition, a relative pronoun too (", mit denen").
 */
// biome-ignore format: a word list, packed for reading
export const INSERTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "der", "die", "das", "den", "dem", "denen", "dessen", "deren", "welche", "welcher", "welches", "welchen", "welchem",
  "nachdem", "als", "weil", "da", "obwohl", "obgleich", "wenn", "falls", "bevor", "während", "seit", "seitdem", "sobald",
  "solange", "sofern", "wie", "wo",
]);

/**
 * Words that open another clause right after an insertion between dashes or in brackets, where the main clause before it
 * was whole ("hat den Vertrag unterzeichnet – trotz aller Kritik – und die Ärzte kündigten ... an"): conjunctions and
 * verbs of saying. Not articles: after the closing mark they open the main clause's object ("– das Gesetz beschlossen").
 */
// biome-ignore format: a word list, packed for reading
export const CLAUSE_OPENERS_AFTER_INSERTION: ReadonlySet<string> = new Set([
  "und", "oder", "sowie", "aber", "doch", "sondern", "denn", "weil", "dass", "ob", "wenn", "so", "sagte", "sagt",
  "erklärte", "teilte", "hieß", "heißt",
]);

/** Conjunctions that join a second name or noun phrase to the first ("Minister A und B", "Merkel, Macron und Putin"). */
export const NOUN_PHRASE_CONJUNCTIONS: ReadonlySet<string> = new Set(["und", "oder", "sowie"]);

/** The articles that open a genitive attribute after a noun ("der Sprecher der Ministerin", "die Rede des Kanzlers"). */
export const GENITIVE_ARTICLES: ReadonlySet<string> = new Set(["der", "des"]);

/**
 * A prefix never split off a verb: it stays on the finite forms, and the participle takes no "ge-" ("erlitt", "vertrat";
 * "verließ" -> "verlassen", "bestätigte" -> "bestätigt"). Three small letters at least must follow ("erst" is no prefix).
 */
export const INSEPARABLE_PREFIX = /^(?:be|er|ver|zer|ent|emp|miss|über|unter|hinter|wider)(?=\p{Ll}{3})/u;

/**
 * Conjunctions that join a second verb phrase to a clause whose subject it shares ("fuhren vor und griffen die Männer
 * an"): a finite verb right after one opens no clause of its own, and what follows it is its object, not its subject.
 * Not "aber": it may close a fore-field ("Am Montag aber kündigte ... an").
 */
export const VERB_PHRASE_CONJUNCTIONS: ReadonlySet<string> = new Set([...NOUN_PHRASE_CONJUNCTIONS, "sondern"]);

/**
 * Finite auxiliaries and modals, third person: a main clause with one of them closes with a participle or an infinitive
 * ("hat ... abgelehnt", "will ... einführen", "wurde ... gewählt"), one with another verb maybe with its particle.
 */
// biome-ignore format: a word list, packed for reading
export const AUXILIARIES_AND_MODALS: ReadonlySet<string> = new Set([
  "hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten",
  "ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären",
  "wird", "werden", "wurde", "wurden", "werde", "würde", "würden",
  "will", "wollen", "wollte", "wollten", "wolle", "soll", "sollen", "sollte", "sollten", "solle",
  "muss", "müssen", "musste", "mussten", "müsse", "müsste", "müssten", "kann", "können", "konnte", "konnten", "könne",
  "könnte", "könnten", "darf", "dürfen", "durfte", "durften", "dürfe", "dürfte", "dürften", "möchte", "möchten", "mag",
]);

/**
 * Stems of adjectives that set one thing of a kind apart from the one named before ("des anderen Konzerns", "der neuen
 * Firma", "die zweite Bank"): after them a kind noun points to another one, not back.
 */
export const OTHER_ONE_ADJECTIVE_STEMS: readonly string[] = ["ander", "weiter", "zweit", "dritt", "neu", "ehemalig", "früher", "letzt", "jeweilig"];

/**
 * Determiners that may open a noun phrase in the singular of the gender of "er", "sie" or "es", in any case: a noun
 * after one agrees with the pronoun ("einen Plan" with "er", "der neuen Maus" with "sie", "ein Gesetz" with "es").
 * Some are also of another gender's or the plural's case ("der" of a feminine dative, "den" of a dative plural).
 */
// biome-ignore format: a word list, packed for reading
export const DETERMINERS_AGREEING_WITH_PRONOUN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["er", new Set([
    "der", "den", "dem", "des", "ein", "einen", "einem", "eines", "kein", "keinen", "keinem", "keines", "dieser", "diesen",
    "diesem", "dieses", "jeder", "jeden", "jedem", "jedes", "sein", "seinen", "seinem", "seines", "ihr", "ihren", "ihrem",
    "ihres", "unser", "unseren", "unserem", "unseres", "im", "am", "vom", "zum", "beim",
  ])],
  ["sie", new Set([
    "die", "der", "eine", "einer", "keine", "keiner", "diese", "dieser", "jede", "jeder", "seine", "seiner", "ihre", "ihrer",
    "unsere", "unserer", "zur",
  ])],
  ["es", new Set([
    "das", "dem", "des", "ein", "einem", "eines", "kein", "keinem", "keines", "dieses", "diesem", "jedes", "jedem", "sein",
    "seinem", "seines", "ihr", "ihrem", "ihres", "unser", "unserem", "unseres", "im", "am", "vom", "zum", "beim",
  ])],
]);

/**
 * Feminine nouns of bodies and places that act in news, whose ending does not tell their gender ("die Firma", "die Stadt",
 * "die Behörde"), lower case, also as a compound's last part ("Baufirma", "Landeshauptstadt"): "der" before one is its
 * dative or genitive, never a subject ("Der Stadt fehlt Geld").
 */
// biome-ignore format: a word list, packed for reading
export const FEMININE_NOUNS: readonly string[] = [
  "firma", "stadt", "gemeinde", "bank", "kette", "gruppe", "allianz", "zeitschrift", "plattform", "miliz", "airline",
  "fluglinie", "behörde", "justiz", "armee", "marine", "luftwaffe", "kirche", "schule", "klinik", "agentur", "börse",
  "branche", "industrie", "liga", "kammer", "familie", "spitze", "provinz",
];
