/**
 * Words that, after a definite article, stand for someone or something an earlier sentence named:
 * news texts name a company, a state, a body once and then call it "der Konzern", "der Freistaat",
 * "das Gremium". Kept as data; a gap sentence or statement holding one does not stand alone.
 */
import { AGENCY_FULL_NAMES } from "../../extract/data/agencies";
import { anyOfWords, matchesOf } from "../../extract/text";

// biome-ignore format: a word list, packed for reading
export const ANAPHORIC_EPITHETS: ReadonlySet<string> = new Set([
  "Konzern", "Konzerns", "Unternehmen", "Unternehmens", "Firma", "Bank", "Freistaat", "Freistaats", "Freistaates",
  "Gremium", "Gremiums", "Vorhaben", "Vorhabens", "Mann", "Mannes", "Frau", "Politiker", "Politikers", "Politikerin",
  "Verdächtige", "Verdächtigen", "Täter", "Täters", "Angeklagte", "Angeklagten", "Land", "Landes",
  "Stadt", "Verein", "Vereins", "Sender", "Senders", "Blatt", "Blattes", "Regime", "Regimes",
  "Ansatz", "Ansatzes", "Idee", "Methode", "Vorschlag", "Vorschlags", "Vorstoß", "Vorstoßes",
]);

/**
 * The epithets of ANAPHORIC_EPITHETS for the culprit of a crime ("der Verdächtige", "der Täter", "die Angeklagte"):
 * in a report of one crime with one suspect, whom they mean is plain to anyone who read it, named or not.
 */
export const CULPRIT_EPITHETS: ReadonlySet<string> = new Set(["Verdächtige", "Verdächtigen", "Täter", "Täters", "Angeklagte", "Angeklagten"]);

/**
 * Plurals for people of any kind ("die Frauen", "die Männer"): a group named by one of them alone ("Zu Hause überprüften
 * die Frauen ...") is someone an earlier sentence said ("ihre Witwen"), and as a rival in a false statement ("Die Frauen
 * erlagen einem Herzinfarkt") or a wrong option the learner cannot tell who is meant. Readers failed such statements.
 * "Arbeiter" names a class, not a group of the story ("Die Arbeiter leben ..." for the text's workers abroad).
 */
// biome-ignore format: a word list, packed for reading
export const GENERIC_PEOPLE_PLURALS: ReadonlySet<string> = new Set([
  "Frauen", "Männer", "Kinder", "Menschen", "Leute", "Personen", "Jugendlichen", "Mädchen", "Jungen", "Buben", "Eltern",
  "Familien", "Betroffenen", "Beteiligten", "Angehörigen", "Anwesenden", "Erwachsenen", "Arbeiter",
]);

/**
 * Plurals for all sides of a conflict, a deal or a vote together ("die Konfliktparteien", "die Verhandlungspartner"): a
 * group named so holds every other party of the story ("Die Rebellen" are one of "die Konfliktparteien"), so it is no
 * rival of another actor, nor another actor its rival.
 */
// biome-ignore format: a word list, packed for reading
export const ALL_SIDES_PLURALS: ReadonlySet<string> = new Set([
  "Parteien", "Konfliktparteien", "Kriegsparteien", "Bürgerkriegsparteien", "Streitparteien", "Vertragsparteien",
  "Verhandlungsparteien", "Verhandlungspartner", "Gesprächspartner", "Koalitionspartner", "Sozialpartner", "Tarifpartner",
  "Seiten", "Kontrahenten", "Gegner",
]);

/**
 * Nouns that name a deed the text told only by pointing at it ("begründete den Schritt mit ..."): as a wrong option
 * for what someone did ("den Abbau" or "den Schritt"?) they may be the key itself.
 */
export const DEED_POINTER_NOUNS: ReadonlySet<string> = new Set(["Schritt", "Schritte", "Schritten", "Schritts", "Schrittes"]);

/**
 * Nouns that name what someone said, proposed, demanded or decided, or an incident told before ("Sie warf ihm vor, ...
 * Er wies die Vorwürfe zurück", "legte ein Angebot vor ... lehnte das Angebot ab", "begrüßte die Initiative"): after a
 * definite article, with nothing after them that says which (a genitive, "nach", "gegen", a clause), they point at the
 * sentence before, which a statement or option leaves out. Not "die Aussage" ("verweigerte die Aussage" is whole), nor
 * "die Einigung", "die Ermittlungen", "der Konflikt": the event a text reports, which its title names.
 */
// biome-ignore format: a word list, packed for reading
export const POINTING_NOUNS: ReadonlySet<string> = new Set([
  "Vorwurf", "Vorwurfs", "Vorwürfe", "Vorwürfen", "Anschuldigung", "Anschuldigungen", "Behauptung", "Behauptungen",
  "Darstellung", "Äußerung", "Äußerungen", "Kritik", "Angebot", "Angebots", "Angebote", "Angeboten", "Forderung",
  "Forderungen", "Plan", "Plans", "Planes", "Pläne", "Plänen", "Vorschlag", "Vorschlags", "Vorschläge", "Vorschlägen",
  "Vorstoß", "Vorstoßes", "Vorhaben", "Vorhabens", "Idee", "Initiative", "Entscheidung", "Entscheidungen", "Beschluss",
  "Beschlusses", "Beschlüsse", "Beschlüssen", "Schritt", "Schritts", "Schrittes", "Schritte", "Schritten", "Maßnahme",
  "Maßnahmen", "Ankündigung", "Ankündigungen", "Warnung", "Warnungen", "Drohung", "Drohungen", "Ultimatum", "Zusage",
  "Absage", "Ansinnen", "Bitte", "Appell", "Appells", "Aufruf", "Aufrufs", "Thema",
  "Themas", "Vorfall", "Vorfalls", "Vorfälle", "Vorfällen", "Vorgang", "Vorgangs",
]);

/**
 * Pointing nouns that also name a body ("die Initiative" of a "Bürgerinitiative"): in someone's words, the speaker's own
 * ("Bis März wolle die Initiative 5.000 Unterschriften sammeln", said its head), as "die Stadt" is a mayor's.
 */
export const BODY_POINTING_NOUNS: ReadonlySet<string> = new Set(["Initiative"]);

/** Nouns of time: "diese Woche", "dieses Jahres" point at the text's date, not at an earlier sentence. */
// biome-ignore format: a word list, packed for reading
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  "Jahr", "Jahres", "Jahrs", "Monat", "Monats", "Woche", "Tag", "Tages", "Wochenende", "Wochenendes", "Sommer",
  "Sommers", "Herbst", "Herbstes", "Winter", "Winters", "Frühjahr", "Frühjahrs", "Montag", "Dienstag", "Mittwoch",
  "Donnerstag", "Freitag", "Samstag", "Sonntag", "Abend", "Morgen", "Nachmittag", "Vormittag", "Saison", "Jahrhundert",
  "Jahrhunderts", "Jahrzehnt", "Jahrzehnts", "Legislaturperiode", "Zeit",
]);

/**
 * Adjectives that set an unnamed source against one named before: "Ein anderer malischer Militärvertreter sagte ...",
 * "ein weiterer US-Regierungsvertreter": other than whom, a statement on its own cannot show.
 */
export const OTHER_ONE_ADJECTIVES: ReadonlySet<string> = new Set(["anderer", "andere", "weiterer", "weitere", "zweiter", "zweite"]);

/**
 * Nouns of someone who speaks or works for another ("Ein Sprecher sagte, ...", "Eine Mitarbeiterin"): alone after
 * "ein", they lean on the body an earlier sentence named ("Das Bundeskriminalamt bestätigte Ermittlungen. Ein
 * Sprecher sagte ..."), which a statement would leave out; a compound says whose ("Ein Polizeisprecher").
 */
export const NOUNS_OF_WHOSE: ReadonlySet<string> = new Set([
  "Sprecher",
  "Sprecherin",
  "Vertreter",
  "Vertreterin",
  "Mitarbeiter",
  "Mitarbeiterin",
  "Mitglied",
  "Angestellter",
  "Angestellte",
]);

/**
 * The sources of news that are nothing else in a report: the publisher's own name as its articles write it ("DER
 * STANDARD hat nachgefragt", "sagte er dem STANDARD") and news agencies by their full names. A newspaper or
 * broadcaster of another house is a source where the text names it as one (src/generate/reportsources.ts) and may be
 * an actor elsewhere ("die britische Rundfunkanstalt BBC will ergründen ...").
 */
export const NEWS_HOUSE_NAMES: ReadonlySet<string> = new Set(["STANDARD", "derStandard.at", ...AGENCY_FULL_NAMES]);

/**
 * "nach diesen Angaben", "diesen Zahlen zufolge": a demonstrative that names the source of what the sentence
 * reports, as "nach ihren Angaben" does; what the sentence says stands on its own.
 */
const SOURCE_NOUNS = "(?:Angaben|Informationen|Zahlen|Daten|Berichten?|Schätzungen)";
const SOURCE_DEMONSTRATIVE = new RegExp(
  `(?<!\\p{L})(?:(?:[Nn]ach|[Ll]aut)\\s+diese[nmr]?\\s+${SOURCE_NOUNS}|[Dd]iese[nmr]?\\s+${SOURCE_NOUNS}\\s+zufolge)(?!\\p{L})`,
  "gu",
);

/** Whether the demonstrative at `index` of `text` names the source of a report ("nach diesen Angaben"). */
export function namesSource(text: string, index: number): boolean {
  for (const match of matchesOf(SOURCE_DEMONSTRATIVE, text)) if (match.index <= index && index < match.index + match[0].length) return true;
  return false;
}

/**
 * A pro-adverb and the particle of the verb whose object it is, which points to the clause after the particle: "gehen
 * davon aus, dass ...", "hängt davon ab, wie ...", "wies darauf hin, dass ..." (from the devset and the corpus). Not
 * "dabei", "dagegen", "darauf" as time: "hielt dabei fest, dass", "stellte kurz darauf fest, dass" point back.
 */
// biome-ignore format: a word list, packed for reading
export const FORWARD_OBJECT_PHRASES: ReadonlySet<string> = new Set([
  "davon aus", "davon ab", "darauf hin", "davon entfernt", "darauf an", "dafür ein", "dafür aus", "dagegen aus",
  "daran fest", "darauf ein",
]);

/**
 * Adjectives with which "es ... machen" stands for the infinitive after it: "die es uns möglich machen, ... zu stellen",
 * "macht es leichter, Firmen zu gründen".
 */
// biome-ignore format: a word list, packed for reading
export const EASE_ADJECTIVES: ReadonlySet<string> = new Set([
  "möglich", "unmöglich", "leicht", "leichter", "schwer", "schwerer", "schwierig", "schwieriger", "einfach", "einfacher",
  "nötig", "notwendig", "erforderlich",
]);

/**
 * A possessive ("sein", "ihre"), which points at someone an earlier sentence or clause named. The words first and the
 * look-behind after them, on the words matched (`\1`): a look-behind first is tried at every position.
 */
export const POSSESSIVE = /(sein|seine[mnrs]?|ihr|ihre[mnrs]?)(?<![\p{L}\p{N}-]\1)(?![\p{L}\p{N}-])/giu;
/** Words without which POSSESSIVE cannot match (mayHoldAnyOf): about half the sentences have neither. */
export const POSSESSIVE_WORDS = anyOfWords(["sein", "ihr"]);

/**
 * Nouns that make one body a part of another in a sentence naming both ("Die Qassam-Brigaden sind der militärische
 * Flügel der ... Hamas", "eine Tochter des Konzerns"): the two act as one, so neither is the other's wrong option.
 */
// biome-ignore format: a word list, packed for reading
export const PART_OF_BODY_NOUNS: ReadonlySet<string> = new Set([
  "Flügel", "Arm", "Teil", "Tochter", "Tochterfirma", "Tochterunternehmen", "Tochtergesellschaft", "Ableger", "Zweig",
  "Abteilung", "Sparte", "Jugendorganisation", "Unterorganisation", "Dachorganisation", "Dachverband", "Mutterkonzern",
  "Muttergesellschaft",
]);

/**
 * Heads of compounds that name an organ of the body their first part names, lower case: "Landespolizeidirektion" of
 * "Polizei", "EU-Kommission" of "EU" (the Europäische Union). What the organ does, the body does by the text's own
 * account, so neither is the other's wrong option. Not "rat" ("Betriebsrat" is the other side of a "Betrieb").
 */
// biome-ignore format: a word list, packed for reading
export const ORGAN_OF_BODY_ENDINGS: ReadonlySet<string> = new Set([
  "direktion", "präsidium", "inspektion", "kommission", "führung", "spitze", "leitung", "verwaltung", "behörde",
  "zentrale", "dienststelle",
]);

/**
 * Ends of nouns for a company's accounts, lower case: "Der Umsatz", "Das Betriebsergebnis", "Die Aktie" open the
 * figures of the company an article's title names; they point at nothing else.
 */
// biome-ignore format: a word list, packed for reading
export const ACCOUNT_NOUN_ENDINGS: readonly string[] = [
  "gewinn", "gewinne", "umsatz", "umsätze", "ergebnis", "verlust", "verluste", "erlös", "erlöse", "absatz", "dividende",
  "prognose", "aktie", "auftragseingang", "auftragsbestand", "bilanz", "ebitda",
];

/**
 * Ends of nouns for the figures of a whole economy or society, lower case: "Die Arbeitslosigkeit stieg ...", "Die
 * Inflation sank ...", "Die Jugendarbeitslosigkeit": the definite article is the one of a thing there is one of,
 * not a pointer at an earlier sentence.
 */
// biome-ignore format: a word list, packed for reading
export const ECONOMY_FIGURE_NOUN_ENDINGS: readonly string[] = [
  "arbeitslosigkeit", "arbeitslosenquote", "arbeitslosenrate", "beschäftigung", "inflation", "inflationsrate", "teuerung",
  "teuerungsrate", "wirtschaftsleistung", "konjunktur", "wirtschaftswachstum", "staatsverschuldung", "neuverschuldung",
  "staatsschulden", "geburtenrate", "lebenserwartung", "kriminalitätsrate", "verbraucherpreise",
];

/**
 * Nouns that follow "In" without an article at a sentence's start and name no place, district or country the sentence
 * reports from ("In Zukunft", "In Wahrheit", "In Kraft"): no frame of a report by place (standalone.ts).
 */
// biome-ignore format: a word list, packed for reading
export const NOT_FRAME_NOUNS_AFTER_IN: ReadonlySet<string> = new Set([
  "Zukunft", "Wahrheit", "Kraft", "Summe", "Kürze", "Folge", "Anbetracht", "Bezug", "Richtung", "Sachen", "Ordnung",
  "Frage", "Zeiten", "Wirklichkeit", "Anwesenheit", "Abwesenheit", "Erinnerung", "Gedenken", "Vertretung",
]);
