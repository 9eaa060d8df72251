/**
 * Comparatives and their opposites, for a proportion's statements ("Je größer ..., desto weniger ..." → "Je kleiner
 * ..., desto mehr ..."): each pair turned either way says the opposite in every sense of the words ("leichter" as
 * lighter and as easier, "schwerer" as heavier and as harder). Not "weiter" (also "further on"), "lauter" (also "nothing
 * but"), "eher" or "geringer", whose opposite depends on what they compare, nor "länger" ("Je länger die Kinder
 * sitzen": "kürzer sitzen" is no German a reader trusts). Lower case, uninflected: an adjective's ending ("größere",
 * "höheren") stays on the turned one.
 */
const OPPOSITE_COMPARATIVE_PAIRS: readonly (readonly [string, string])[] = [
  ["mehr", "weniger"],
  ["größer", "kleiner"],
  ["höher", "niedriger"],
  ["älter", "jünger"],
  ["schneller", "langsamer"],
  ["früher", "später"],
  ["stärker", "schwächer"],
  ["besser", "schlechter"],
  ["häufiger", "seltener"],
  ["wärmer", "kälter"],
  ["teurer", "billiger"],
  ["schwerer", "leichter"],
  ["dicker", "dünner"],
  ["breiter", "schmaler"],
  ["reicher", "ärmer"],
  ["heller", "dunkler"],
];

export const OPPOSITE_COMPARATIVES: ReadonlyMap<string, string> = new Map(
  OPPOSITE_COMPARATIVE_PAIRS.flatMap(
    ([one, other]) =>
      [
        [one, other],
        [other, one],
      ] as const,
  ),
);

/**
 * Comparatives that also tell a time ("früher": formerly, "später": afterwards): outside a proportion, turned they may
 * still hold ("habe früher in Wien gearbeitet" → "später"), so a single claim's are not turned.
 */
export const TIME_COMPARATIVES: ReadonlySet<string> = new Set(["früher", "später"]);

/** Comparatives of a level, which a verb of rising or falling takes only one way: "höher steigen", never "niedriger steigen". */
export const LEVEL_COMPARATIVES: ReadonlySet<string> = new Set(["höher", "niedriger"]);

/** A verb of rising or falling in any form ("steigen", "stieg", "sinkt", "fiel", "klettern"): no level is turned before it. */
export const RISING_OR_FALLING = /(?<!\p{L})(?:steig|stieg|sink|sank|fall|fäll|fiel|klett)\p{L}*/iu;

/** Endings of a comparative used as an adjective before a noun ("größere Tiere", "höheren Preisen"). */
export const COMPARATIVE_ENDINGS: readonly string[] = ["", "e", "en", "er", "es", "em"];

/** The words that open a proportion's second clause: "desto", "umso", "um so". */
export const PROPORTION_JOINERS: readonly string[] = ["desto", "umso", "um so"];
