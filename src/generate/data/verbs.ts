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
