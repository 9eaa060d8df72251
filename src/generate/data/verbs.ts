/** Stems of auxiliaries, modals and verbs that take nearly anything ("hat", "will", "macht"): no kind of thing of their own. */
// biome-ignore format: a word list, packed for reading
export const GENERIC_VERB_STEMS: ReadonlySet<string> = new Set([
  "ha", "hab", "hat", "hatt", "hätt", "sein", "sind", "wird", "werd", "wurd", "würd", "will", "woll", "soll", "muss", "müss",
  "kann", "konn", "könn", "darf", "durf", "dürf", "möcht", "mach", "lass", "stell", "setz", "bring", "halt", "geb",
  "nehm", "tu", "sag", "sagt", "seh", "zeig", "find", "komm", "geh", "steh", "lieg", "bleib",
]);

/**
 * Infinitives and participles of verbs whose "zu", "zum", "zur" says what someone or something is made or comes to
 * ("zur Nachfolgerin aufgebaut", "zum Präsidenten gewählt", "zu Verwerfungen gekommen"): "nicht" stands before that phrase.
 */
// biome-ignore format: a word list, packed for reading
export const VERBS_OF_RESULT: ReadonlySet<string> = new Set([
  "kommen", "gekommen", "aufbauen", "aufgebaut", "wählen", "gewählt", "ernennen", "ernannt", "machen", "gemacht",
  "küren", "gekürt", "bestimmen", "bestimmt", "befördern", "befördert", "berufen", "erklären", "erklärt",
  "zwingen", "gezwungen", "führen", "geführt", "geworden", "verurteilen", "verurteilt",
]);

/**
 * Adjectives written apart from the verb they make one deed with ("schuldig gesprochen", "bekannt gegeben",
 * "verantwortlich gemacht"): "nicht" stands before the adjective, not between it and the verb ("schuldig nicht
 * gesprochen", which the simple past leaves as "sprach ... schuldig nicht").
 */
// biome-ignore format: a word list, packed for reading
export const PREDICATIVES_OF_VERBS: ReadonlySet<string> = new Set([
  "schuldig", "bekannt", "verantwortlich", "fest", "frei", "offen", "geheim", "klar", "deutlich", "publik", "tot",
  "gültig", "ungültig", "rückgängig", "zunichte", "wett", "kaputt", "krank", "fertig", "sicher", "bewusst", "kenntlich",
]);

/**
 * Participles and infinitives of verbs that deny or stop something themselves ("verweigert", "zurückgewiesen",
 * "verhindert", "abgelehnt"): a deed that ends in one, denied ("hat ... nicht verweigert", "hat keinen Bericht
 * zurückgewiesen"), is a double denial that reads as a riddle.
 */
// biome-ignore format: a word list, packed for reading
export const DENYING_VERBS: ReadonlySet<string> = new Set([
  "verweigert", "verweigern", "zurückgewiesen", "zurückweisen", "abgewiesen", "abweisen", "verhindert", "verhindern",
  "abgelehnt", "ablehnen", "bestritten", "bestreiten", "verboten", "verbieten", "untersagt", "untersagen",
  "gestoppt", "stoppen", "abgesagt", "absagen", "dementiert", "dementieren", "blockiert", "blockieren",
]);

/**
 * Finite forms of verbs whose object is a clause with "zu" and an infinitive, denied by "nicht" before that clause
 * ("glauben, ... definieren zu können" → "glauben nicht, ... definieren zu können"; "versuchte nicht, die Lage zu
 * beruhigen"). Not verbs that also say what may happen to the subject ("droht zu scheitern", "verspricht spannend zu
 * werden"), nor "haben", "sein", "scheinen" or "brauchen", where "zu" makes no object of the clause.
 */
// biome-ignore format: a word list, packed for reading
export const VERBS_TAKING_INFINITIVE_CLAUSE: ReadonlySet<string> = new Set([
  "glaubt", "glauben", "glaubte", "glaubten", "hofft", "hoffen", "hoffte", "hofften",
  "versucht", "versuchen", "versuchte", "versuchten", "plant", "planen", "plante", "planten",
  "beabsichtigt", "beabsichtigen", "beabsichtigte", "beabsichtigten", "beschließt", "beschließen", "beschloss", "beschlossen",
  "erwägt", "erwägen", "erwog", "erwogen", "behauptet", "behaupten", "behauptete", "behaupteten",
  "meint", "meinen", "meinte", "meinten", "fürchtet", "fürchten", "fürchtete", "fürchteten",
]);

/**
 * Forms of verbs of a state anyone may share: where someone lives or comes from ("lebt seit sieben Jahren in
 * Kampala"), that someone stays ("wird wohl bis zur nächsten Wahl bleiben"), finite or as the infinitive closing the
 * clause. Given to another person of the text, such a deed is not false but not stated, as the text says nothing of
 * where they live or whether they stay (blind readers failed "Sakura Atsumi lebt seit sieben Jahren in Kampala"
 * and "Heinz Schaden wird wohl bis zur nächsten Wahl bleiben", both keyed false).
 */
// biome-ignore format: a word list, packed for reading
export const SHARED_STATE_VERBS: ReadonlySet<string> = new Set([
  "lebt", "leben", "lebte", "lebten", "wohnt", "wohnen", "wohnte", "wohnten", "stammt", "stammen", "stammte", "stammten",
  "bleibt", "bleiben", "blieb", "blieben",
  // "Die 52-Jährige gehörte bereits von 2003 bis 2011 der ... Landesregierung an": a body, a party, a group has other members.
  "gehört", "gehören", "gehörte", "gehörten",
]);

/**
 * Participles of opposite events of one kind, each with the same auxiliary and objects as its opposite: a clause that
 * tells one of them is false with the other ("ist ... gestiegen" / "ist ... gesunken", "wurde festgenommen" / "wurde
 * freigelassen"). Both ways round.
 */
const OPPOSITE_PAIRS: readonly (readonly [string, string])[] = [
  ["gestiegen", "gesunken"],
  ["angestiegen", "zurückgegangen"],
  ["gewachsen", "geschrumpft"],
  ["zugenommen", "abgenommen"],
  ["erhöht", "gesenkt"],
  ["verschärft", "gelockert"],
  ["verlängert", "verkürzt"],
  ["verdoppelt", "halbiert"],
  // Not "verurteilt" and "freigesprochen": "wurde ... zu 15 Monaten Haft verurteilt", "vom Vorwurf ... freigesprochen"
  // take complements the other does not, and "verurteilt" is also "condemned" ("wurde international scharf verurteilt").
  ["verhaftet", "freigelassen"],
  ["festgenommen", "freigelassen"],
  ["angenommen", "abgelehnt"],
  ["gewonnen", "verloren"],
];
export const OPPOSITE_PARTICIPLES: ReadonlyMap<string, string> = new Map(
  OPPOSITE_PAIRS.flatMap(
    ([one, other]) =>
      [
        [one, other],
        [other, one],
      ] as const,
  ),
);

/**
 * How badly people were hurt, before "verletzt" or "verwundet" ("wurde schwer verletzt"), each with a degree of the same
 * event that the text telling the one makes false ("leicht verletzt"). Lower case.
 */
export const OTHER_INJURY_DEGREES: ReadonlyMap<string, string> = new Map([
  ["leicht", "schwer"],
  ["schwer", "leicht"],
  ["schwerst", "leicht"],
  ["lebensgefährlich", "leicht"],
  ["tödlich", "leicht"],
]);
/** Participles of being hurt that take a degree (OTHER_INJURY_DEGREES). */
export const INJURY_PARTICIPLES: ReadonlySet<string> = new Set(["verletzt", "verwundet"]);
/**
 * Participles of being killed ("wurden ... getötet", "ist ... erschossen worden"): false as "schwer verletzt", the outcome
 * of one event that a victim survives.
 */
export const KILLED_PARTICIPLES: ReadonlySet<string> = new Set(["getötet", "erschossen", "erstochen", "erschlagen", "ermordet"]);
/** "ums Leben gekommen": dying, said of the victim as the subject with "sein". */
export const DIED_PHRASE = "ums Leben";

/** A verb of a change in a figure, in the forms CHANGE_OF_FIGURE_VERBS lists. */
export interface ChangeOfFigureVerb {
  past: string;
  present: string;
  plural: string;
  particle: string;
}

/**
 * Verbs of a change in a figure ("Die Zahl stieg auf 12.000", "Der Ölpreis fällt um fünf Prozent", "Die Zahl nahm um
 * zehn Prozent zu"): the simple past and the present in the singular, the present plural, and the particle closing the
 * clause. Such a change in the simple past or the present is stated in the perfect; the participle comes from the
 * strong verbs' table (STRONG_VERB_FORMS).
 */
export const CHANGE_OF_FIGURE_VERBS: readonly ChangeOfFigureVerb[] = [
  { past: "stieg", present: "steigt", plural: "steigen", particle: "" },
  { past: "stieg", present: "steigt", plural: "steigen", particle: "an" },
  { past: "sank", present: "sinkt", plural: "sinken", particle: "" },
  { past: "fiel", present: "fällt", plural: "fallen", particle: "" },
  { past: "wuchs", present: "wächst", plural: "wachsen", particle: "" },
  { past: "nahm", present: "nimmt", plural: "nehmen", particle: "zu" },
  { past: "nahm", present: "nimmt", plural: "nehmen", particle: "ab" },
  { past: "ging", present: "geht", plural: "gehen", particle: "zurück" },
];

/**
 * Participles of opposite changes a thing undergoes itself, with "sich" ("Die Kosten haben sich ... erhöht" /
 * "... verringert", "hat sich verdoppelt" / "... halbiert"): where the clause is reflexive these stand for
 * OPPOSITE_PARTICIPLES ("hat sich gesenkt" is no change of a figure). Both ways round.
 */
const REFLEXIVE_OPPOSITE_PAIRS: readonly (readonly [string, string])[] = [
  ["erhöht", "verringert"],
  ["vergrößert", "verkleinert"],
  ["verdoppelt", "halbiert"],
  ["verbessert", "verschlechtert"],
  ["verteuert", "verbilligt"],
  ["beschleunigt", "verlangsamt"],
  ["verlängert", "verkürzt"],
  ["gesteigert", "reduziert"],
];
export const REFLEXIVE_OPPOSITE_PARTICIPLES: ReadonlyMap<string, string> = new Map(
  REFLEXIVE_OPPOSITE_PAIRS.flatMap(
    ([one, other]) =>
      [
        [one, other],
        [other, one],
      ] as const,
  ),
);

/** A weak verb of a change a thing undergoes itself, with "sich": its finite forms and its participle. */
export interface ReflexiveChangeVerb {
  /** The simple past singular ("erhöhte"); its plural adds "n". */
  past: string;
  /** The present singular ("erhöht") and plural ("erhöhen"). */
  present: string;
  plural: string;
  participle: string;
  /** Whether the verb measures the change itself ("verdoppelte sich"), so that no figure after "auf" or "um" is needed. */
  measured: boolean;
}

/**
 * Verbs of a change in a figure with "sich" ("Die Kosten erhöhten sich auf 14 Millionen Euro", "Der Umsatz verringert
 * sich um ein Drittel", "Die Zahl verdoppelte sich"): stated in the perfect ("haben sich ... erhöht"), false with the
 * opposite change (REFLEXIVE_OPPOSITE_PARTICIPLES).
 */
// biome-ignore format: a table, one verb a line
export const REFLEXIVE_CHANGE_VERBS: readonly ReflexiveChangeVerb[] = [
  { past: "erhöhte", present: "erhöht", plural: "erhöhen", participle: "erhöht", measured: false },
  { past: "verringerte", present: "verringert", plural: "verringern", participle: "verringert", measured: false },
  { past: "vergrößerte", present: "vergrößert", plural: "vergrößern", participle: "vergrößert", measured: false },
  { past: "verkleinerte", present: "verkleinert", plural: "verkleinern", participle: "verkleinert", measured: false },
  { past: "steigerte", present: "steigert", plural: "steigern", participle: "gesteigert", measured: false },
  { past: "reduzierte", present: "reduziert", plural: "reduzieren", participle: "reduziert", measured: false },
  { past: "verteuerte", present: "verteuert", plural: "verteuern", participle: "verteuert", measured: false },
  { past: "verbilligte", present: "verbilligt", plural: "verbilligen", participle: "verbilligt", measured: false },
  { past: "verlängerte", present: "verlängert", plural: "verlängern", participle: "verlängert", measured: false },
  { past: "verkürzte", present: "verkürzt", plural: "verkürzen", participle: "verkürzt", measured: false },
  { past: "verbesserte", present: "verbessert", plural: "verbessern", participle: "verbessert", measured: false },
  { past: "verschlechterte", present: "verschlechtert", plural: "verschlechtern", participle: "verschlechtert", measured: false },
  { past: "verdoppelte", present: "verdoppelt", plural: "verdoppeln", participle: "verdoppelt", measured: true },
  { past: "halbierte", present: "halbiert", plural: "halbieren", participle: "halbiert", measured: true },
];

/**
 * Finite forms, infinitives and participles of a figure's rise and fall, each with the opposite form ("stieg" /
 * "sank", "steigen" / "sinken", "ist gewachsen" / "ist geschrumpft"): the words of a speaker or source that tell which
 * way a figure went are false with the other way. Both ways round. Not "fiel" ("Die Entscheidung fiel") nor a
 * separable verb, whose particle closes the clause far from its verb.
 */
// biome-ignore format: a word list, packed for reading
const OPPOSITE_CHANGE_PAIRS: readonly (readonly [string, string])[] = [
  ["stieg", "sank"], ["stiegen", "sanken"], ["steigt", "sinkt"], ["steigen", "sinken"], ["gestiegen", "gesunken"],
  ["wuchs", "schrumpfte"], ["wuchsen", "schrumpften"], ["wächst", "schrumpft"], ["wachsen", "schrumpfen"],
  ["gewachsen", "geschrumpft"], ["zugenommen", "abgenommen"], ["angestiegen", "zurückgegangen"],
];
export const OPPOSITE_CHANGE_WORDS: ReadonlyMap<string, string> = new Map(
  OPPOSITE_CHANGE_PAIRS.flatMap(
    ([one, other]) =>
      [
        [one, other],
        [other, one],
      ] as const,
  ),
);

/** The forms of REFLEXIVE_CHANGE_VERBS with the same form of the opposite verb ("erhöhten" / "verringerten"), for a clause with "sich". */
export const OPPOSITE_REFLEXIVE_CHANGE_WORDS: ReadonlyMap<string, string> = (() => {
  const byParticiple = new Map(REFLEXIVE_CHANGE_VERBS.map((verb) => [verb.participle, verb]));
  const opposites = new Map<string, string>();
  for (const verb of REFLEXIVE_CHANGE_VERBS) {
    const opposite = byParticiple.get(REFLEXIVE_OPPOSITE_PARTICIPLES.get(verb.participle) ?? "");
    if (!opposite) continue;
    opposites.set(verb.past, opposite.past);
    opposites.set(`${verb.past}n`, `${opposite.past}n`);
    opposites.set(verb.present, opposite.present);
    opposites.set(verb.plural, opposite.plural);
  }
  return opposites;
})();

/**
 * Ends of nouns that name a figure, lower case ("Die Zahl der Einbrüche", "Die Arbeitslosenquote", "Die Preise für
 * Heizöl"): as the subject of a verb of change they make it a change in a figure even where no figure follows ("Die
 * Zahl der Einbrüche sank im Vorjahr deutlich"), not "Die Stimmung stieg" or "Das Schiff sank".
 */
// biome-ignore format: a word list, packed for reading
export const FIGURE_NOUN_ENDINGS: readonly string[] = [
  "zahl", "zahlen", "anteil", "quote", "rate", "preis", "preise", "kosten", "arbeitslosigkeit", "inflation", "teuerung",
  "umsatz", "umsätze", "gewinn", "gewinne", "einnahmen", "ausgaben", "schulden", "verschuldung", "defizit", "nachfrage",
  "exporte", "importe", "zinsen", "mieten", "löhne", "gehälter", "einkommen", "wachstum", "wirtschaftsleistung",
  "nächtigungen", "übernachtungen", "geburten", "todesfälle", "fallzahlen", "neuinfektionen", "wert", "werte",
];

/**
 * Participles of verbs of motion whose perfect takes "sein" where no object follows them ("sind vor das Rathaus
 * gezogen", "sind am Abend abgezogen", "ist auf den Kurs eingeschwenkt", "ist auf Kritik gestoßen"), after any particle; with an object they
 * take "haben" ("hat ihre Pläne zurückgezogen", "hat sich zurückgezogen"). Not "gekommen", "gegangen": mostly no
 * motion ("kam auf 31,4 Prozent", "ging davon aus"), whose claims the simple past tells as before.
 */
export const MOTION_PARTICIPLES =
  /(?:gezogen|geschwenkt|gefahren|geflogen|gereist|marschiert|gelaufen|geflohen|geflüchtet|gekehrt|gewandert|gesegelt|geritten|gerannt|geeilt|gepilgert|gerückt|geschwommen|gestartet|gelandet|gestoßen)$/u;

/**
 * Prepositions that open the phrase of a direction, a place or a time after a verb of motion ("vor das Rathaus",
 * "am Abend", "mit 300 Menschen"): the noun after them is no object.
 */
// biome-ignore format: a word list, packed for reading
export const PREPOSITIONS_OF_MOTION: ReadonlySet<string> = new Set([
  "in", "im", "ins", "an", "am", "ans", "auf", "aufs", "aus", "nach", "zu", "zum", "zur", "vor", "vors", "durch", "über",
  "unter", "gegen", "bis", "von", "vom", "mit", "hinter", "um", "bei", "beim", "ab", "seit", "entlang", "Richtung",
  "innerhalb", "außerhalb", "während", "wegen", "trotz", "neben", "zwischen", "per", "ohne",
]);

/** Words that open an object in the clause of a verb: a determiner or a pronoun ("ihre Pläne", "sich", "den Wagen"). */
// biome-ignore format: a word list, packed for reading
export const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen",
  "sein", "seine", "seinen", "ihr", "ihre", "ihren", "unser", "unsere", "unseren", "dies", "diese", "diesen", "dieses",
  "sich", "ihn", "ihm", "es", "sie", "uns", "euch", "ihnen", "mich", "dich", "alle", "alles", "nichts", "etwas",
]);

/** Genitive articles after a noun ("das Rathaus der Stadt"): the phrase goes on, no object opens. */
export const GENITIVE_AFTER_NOUN: ReadonlySet<string> = new Set(["der", "des", "eines", "einer"]);

/**
 * Separable particles that are adjectives too ("klar", "offen"): joined to the participle only with the verbs they
 * make one verb with ("klargestellt", "offengelegt", "festgenommen"); after others they stay an adverb ("hat die
 * Wahl klar gewonnen", not "klargewonnen").
 */
export const ADJECTIVE_PARTICLES: ReadonlySet<string> = new Set(["klar", "offen", "fest", "frei", "bekannt", "bereit"]);

/** Participles that an adjective particle joins ("klar" + "gestellt", "frei" + "gesprochen", "bereit" + "erklärt"). */
// biome-ignore format: a word list, packed for reading
export const PARTICIPLES_TAKING_ADJECTIVE_PARTICLES: ReadonlySet<string> = new Set([
  "gestellt", "gemacht", "gekommen", "geworden", "gelegt", "gelassen", "gehalten", "geblieben", "gestanden", "genommen",
  "gesetzt", "gesessen", "gegeben", "gesprochen", "gekauft", "erklärt", "gefahren", "geschrieben",
]);

/**
 * Modals that with a passive infinitive tell a duty or a plan, not a claim ("Das Verfahren muss neu aufgerollt werden", "Die
 * Brücke soll im Mai eröffnet werden"; "soll ... gestohlen haben" is a claim and ends otherwise): what many reports tell
 * without naming anyone who acts. The indicative only: "müsste" tells what would be needed.
 */
export const MODALS_OF_A_DUTY_OR_PLAN: readonly string[] = ["muss", "müssen", "soll", "sollen"];

/**
 * Adverbs of doing something again, alone before a participle ("neu verhandelt", "erneut geprüft", "wieder geöffnet"): a
 * duty or plan is denied before them ("muss nicht neu verhandelt werden"), not between them and the participle.
 */
export const ADVERBS_OF_AGAIN: ReadonlySet<string> = new Set(["neu", "erneut", "wieder", "nochmals"]);

/**
 * Plurals of strong verbs whose past indicative is also their subjunctive II, the form reported speech takes where
 * the subjunctive I is that of the indicative ("Die Schäden gingen in die Millionen", "Die Preise blieben hoch"):
 * verbs whose past has no vowel to umlaut (i, ie, ei), unlike "kamen"/"kämen", "waren"/"wären".
 */
// biome-ignore format: a word list, packed for reading
export const PAST_SHAPED_SUBJUNCTIVES: ReadonlySet<string> = new Set([
  "gingen", "fielen", "hielten", "ließen", "riefen", "liefen", "fingen", "hingen", "blieben", "schrieben", "stiegen",
  "schienen", "wiesen", "trieben", "griffen", "litten", "stritten", "schwiegen", "hießen", "mieden", "glichen",
  "wichen", "rissen", "schnitten", "gerieten", "rieten", "schliefen", "stießen", "empfingen", "entschieden",
  "erschienen", "verliefen", "verließen", "beschrieben", "bewiesen", "entfielen", "gefielen", "verfielen",
  "verblieben", "vermieden", "erhielten", "enthielten", "verhielten", "unterschieden", "verwiesen",
]);

/**
 * Pasts in "-te(n)" that are the indicative alone, their subjunctive II umlauted or irregular ("hatte"/"hätte",
 * "konnte"/"könnte", "brachte"/"brächte"), and words in "-te(n)" that are no verb (ordinals, "heute", "gute").
 */
// biome-ignore format: a word list, packed for reading
export const NOT_SUBJUNCTIVE_IN_TE: ReadonlySet<string> = new Set([
  "hatte", "hatten", "konnte", "konnten", "musste", "mussten", "durfte", "durften", "wusste", "wussten", "brachte",
  "brachten", "dachte", "dachten", "mochte", "mochten", "kannte", "kannten", "nannte", "nannten", "brannte", "brannten",
  "rannte", "rannten", "sandte", "sandten", "wandte", "wandten", "erste", "ersten", "letzte", "letzten", "zweite",
  "zweiten", "dritte", "dritten", "vierte", "vierten", "fünfte", "fünften", "sechste", "siebte", "achte", "zehnte",
  "beste", "besten", "heute", "gute", "guten", "alte", "alten", "weite", "weiten", "harte", "harten", "breite",
  "breiten", "feste", "festen", "späte", "späten", "rechte", "rechten", "echte", "echten", "leichte", "leichten",
  "schlechte", "schlechten", "gesamte", "gesamten", "sogenannte", "sogenannten", "bekannte", "bekannten",
]);

/**
 * Verbs of expectation in the present whose "dass" clause a pointer announces ("Experten rechnen damit, dass ...",
 * "Die Forscher gehen davon aus, dass ..."), by their finite form: the pointer, and the verb that says the same
 * without it, with its particle at the clause's end ("erwarten, dass ...", "nehmen an, dass ..."). A deed in the
 * present has no other tense that says the same; this wording is no copy of the text's sentence.
 */
// biome-ignore format: a word list, packed for reading
export const EXPECTATION_REWORDINGS: ReadonlyMap<string, { pointer: string; verb: string; particle: string }> = new Map([
  ["rechnet", { pointer: "damit", verb: "erwartet", particle: "" }],
  ["rechnen", { pointer: "damit", verb: "erwarten", particle: "" }],
  ["geht", { pointer: "davon aus", verb: "nimmt", particle: "an" }],
  ["gehen", { pointer: "davon aus", verb: "nehmen", particle: "an" }],
]);
