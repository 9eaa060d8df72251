/**
 * Vocabulary for figures: number words, scale words, hedges and units. Lookup tables are Maps: a plain
 * object would also answer words like "constructor" from its prototype.
 */

/** Cardinal number words (lower case). "ein/eine" only count before a scale word ("eine Milliarde"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  hundert: 100, einhundert: 100, zweihundert: 200, dreihundert: 300, fünfhundert: 500, tausend: 1000,
  eintausend: 1000, zweitausend: 2000,
}));

/** Words for "one" that only count in front of a scale word. */
export const ONE_WORDS: ReadonlySet<string> = new Set(["ein", "eine", "einer", "einen", "einem"]);

/** Scale words after a figure ("1,8 Milliarden", "160 Mio."). Keys lower case. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  tausend: 1e3,
  million: 1e6,
  millionen: 1e6,
  "mio.": 1e6,
  mio: 1e6,
  milliarde: 1e9,
  milliarden: 1e9,
  "mrd.": 1e9,
  mrd: 1e9,
  billion: 1e12,
  billionen: 1e12,
}));

/**
 * What a hedge in front of a figure says about the true value: close to it either side ("rund 300"),
 * at most the figure ("knapp 300", "bis zu 300") or at least the figure ("mehr als 300", "gut 300").
 */
export type HedgeKind = "approximate" | "at_most" | "at_least";

/** Words in front of a figure that make it approximate, with their kind. Keys lower case. */
export const HEDGE_KINDS: ReadonlyMap<string, HedgeKind> = new Map(Object.entries({
  rund: "approximate", etwa: "approximate", "ca.": "approximate", circa: "approximate", zirka: "approximate",
  ungefähr: "approximate", annähernd: "approximate", schätzungsweise: "approximate", grob: "approximate",
  geschätzt: "approximate", geschätzte: "approximate", geschätzten: "approximate", "an die": "approximate",
  knapp: "at_most", fast: "at_most", beinahe: "at_most", nahezu: "at_most", bald: "at_most", "nicht ganz": "at_most",
  "weniger als": "at_most", unter: "at_most", höchstens: "at_most", maximal: "at_most", "bis zu": "at_most",
  "mehr als": "at_least", über: "at_least", mindestens: "at_least", wenigstens: "at_least", gut: "at_least",
  // A denied bound bounds the other way ("nicht mehr als 40": 40 at most); "mehr als" alone would read the opposite.
  "nicht mehr als": "at_most", "nicht über": "at_most", "nicht weniger als": "at_least", "nicht unter": "at_least",
} satisfies Record<string, HedgeKind>));

/** The hedge words; the pattern built from them (units.ts) tries longer ones first. */
export const HEDGES: readonly string[] = [...HEDGE_KINDS.keys()];

/**
 * Hedges that are also ordinary prepositions or adverbs: they count only when a unit or counted noun
 * follows ("über 300 Tote"), or after a preposition that governs the figure ("stieg auf über 300").
 */
export const WEAK_HEDGES: ReadonlySet<string> = new Set(["über", "unter", "an die", "gut"]);
/**
 * Hedges that are mostly an ordinary adverb even before a counted noun ("bald" is also "soon": "will
 * bald 300 Soldaten schicken"): they count only after a preposition that governs the figure ("seit bald
 * vier Jahren").
 */
export const ADVERB_HEDGES: ReadonlySet<string> = new Set(["bald"]);
export const PREPOSITIONS_BEFORE_WEAK_HEDGES: ReadonlySet<string> = new Set([
  "auf", "von", "bei", "mit", "um", "zu", "seit", "vor", "nach", "für", "in", "aus",
]);

/** Units written as symbols or abbreviations directly after a figure, mapped to the unit name. */
export const UNIT_SYMBOLS: ReadonlyMap<string, string> = new Map(Object.entries({
  "%": "Prozent",
  "€": "Euro",
  $: "Dollar",
  km: "Kilometer",
  "km²": "Quadratkilometer",
  "km/h": "Kilometer pro Stunde",
  m: "Meter",
  kg: "Kilogramm",
  t: "Tonnen",
  "°C": "Grad Celsius",
  "°": "Grad",
}));

/** Currencies (a figure followed by one of these has the currency as unit, even if a noun follows). */
export const CURRENCIES: ReadonlySet<string> = new Set([
  "Euro", "Dollar", "US-Dollar", "Pfund", "Franken", "Yen", "Rubel", "Yuan", "Kronen", "Złoty", "Zloty",
  "Lira", "Rupien", "Cent",
]);

/** Times of day and other figures that are labels, not counts ("14 Uhr"). */
export const NON_COUNT_FOLLOWERS: ReadonlySet<string> = new Set(["Uhr"]);

/** Fraction nouns and the share they name ("ein Viertel" = 1/4), by their denominator. */
export const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map(Object.entries({
  Hälfte: 2, Drittel: 3, Viertel: 4, Fünftel: 5, Sechstel: 6, Achtel: 8, Zehntel: 10,
}));

/** Words before a fraction noun and how many parts they count ("zwei Drittel"); "die" only with "Hälfte". */
export const FRACTION_COUNTS: ReadonlyMap<string, number> = new Map(Object.entries({
  ein: 1, eine: 1, einem: 1, einer: 1, die: 1, der: 1, zwei: 2, drei: 3, vier: 4,
}));

/**
 * Words after a fraction that say what it is a share of ("ein Viertel aller Anschläge", "die Hälfte der
 * Posten", "zwei Drittel von ihnen"): without one (or "um" before it), "Viertel" may be a town's quarter.
 */
export const FRACTION_OF_WORDS: ReadonlySet<string> = new Set([
  "aller", "der", "des", "jener", "jenes", "dieser", "dieses", "ihrer", "ihres", "seiner", "seines", "unserer", "von",
]);

/** Prepositions of place before "Viertel": "in einem Viertel der Stadt" is a quarter of a town, not a share. */
export const PLACE_PREPOSITIONS_BEFORE_QUARTER: ReadonlySet<string> = new Set([
  "in", "im", "ins", "aus", "durch", "nach", "bei", "vom", "zum", "am", "an", "auf",
]);
