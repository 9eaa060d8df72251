/** Vocabulary for dates. */

/** Month names and their usual abbreviations (lower case, without period) -> month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  januar: 1, jänner: 1, jan: 1,
  februar: 2, feber: 2, feb: 2, febr: 2,
  märz: 3, mär: 3,
  april: 4, apr: 4,
  mai: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  dezember: 12, dez: 12,
}));

/** Range of four-digit figures read as years when nothing marks them as counts. */
export const YEAR_RANGE = { min: 1800, max: 2100 } as const;

/** Words right before a four-digit figure that make it a year ("seit 2014", "im Jahr 2015"). */
export const YEAR_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  "seit", "bis", "ab", "im", "jahr", "jahres", "jahren", "anfang", "ende", "mitte", "herbst", "frühjahr",
  "frühling", "sommer", "winter", "von", "vor", "nach", "um", "in", "zwischen", "und", "oder", "wahl",
  "jahreswechsel", "saison", "haushalt", "sommers", "winters",
]);

/**
 * Singular finite forms of "sein", "werden" (past only) and "bleiben": a bare role noun after a figure in their clause
 * is their predicate in the singular ("Er wurde 2014 Bürgermeister"), which no count above one is. "wird", "werde",
 * "würde" are left out: as auxiliaries of the future they take objects ("wird 2000 Mitarbeiter einstellen").
 */
export const SINGULAR_COPULAS: readonly string[] = ["ist", "war", "sei", "wäre", "wurde", "bleibt", "blieb"];

/** Weekday names, which are not names of people or places. */
export const WEEKDAYS: readonly string[] = [
  "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag",
];

/**
 * Nouns of a time or period ("am Mittwoch", "im Herbst", "Ende des Jahres", besides the months): a time the clause
 * happened at, never the thing a pronoun after it stands for.
 */
// biome-ignore format: a word list, packed for reading
export const TIME_PERIOD_NOUNS: ReadonlySet<string> = new Set([
  ...WEEKDAYS, "Wochenende", "Wochenendes", "Morgen", "Vormittag", "Mittag", "Nachmittag", "Abend", "Tag", "Tages", "Woche",
  "Monat", "Monats", "Quartal", "Quartals", "Jahr", "Jahres", "Jahrzehnt", "Jahrzehnts", "Jahrhundert", "Jahrhunderts",
  "Frühjahr", "Frühjahrs", "Frühling", "Sommer", "Sommers", "Herbst", "Herbstes", "Winter", "Winters", "Anfang", "Beginn",
  "Ende", "Mitte", "Zeit", "Zeitpunkt",
]);
