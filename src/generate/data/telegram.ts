/** Vocabulary for telling a title or teaser in telegram style from a full sentence. */

/**
 * Prepositions with the dative, after which a feminine noun with a strong adjective lacks its article ("vor humanitärer
 * Krise", "zwischen schwarzer Liste und ..."). Of those that take either case, those no fixed phrase of this shape
 * follows ("in großer Höhe", "auf hoher See", "unter großer Anteilnahme" are German).
 */
// biome-ignore format: a word list, packed for reading
export const DATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "vor", "mit", "nach", "bei", "von", "aus", "zu", "seit", "gegenüber", "zwischen", "neben", "hinter",
]);

/**
 * Determiners that end in "-er" as a strong adjective does ("bei der Diagonale", "aus seiner Heimat"): they are the
 * article itself, not an adjective that stands for a dropped one.
 */
// biome-ignore format: a word list, packed for reading
export const DETERMINERS_ENDING_IN_ER: ReadonlySet<string> = new Set([
  "der", "einer", "keiner", "meiner", "deiner", "seiner", "ihrer", "unserer", "unsrer", "eurer", "dieser", "jener",
  "jeder", "mancher", "welcher", "solcher", "aller", "jeglicher", "sämtlicher",
]);

/**
 * Determiners that end in "-e" or "-es" as a strong adjective does ("Die Regierung", "Beide Parteien"): a phrase they
 * open has its determiner, with DETERMINERS_ENDING_IN_ER.
 */
// biome-ignore format: a word list, packed for reading
export const DETERMINERS_ENDING_IN_E_OR_ES: ReadonlySet<string> = new Set([
  "die", "eine", "eines", "keine", "keines", "meine", "meines", "deine", "deines", "seine", "seines", "ihre", "ihres",
  "unsere", "unseres", "eure", "eures", "diese", "dieses", "jene", "jenes", "jede", "jedes", "manche", "manches",
  "welche", "welches", "solche", "solches", "alle", "beide", "einige", "viele", "mehrere", "sämtliche", "etliche",
]);

/** Feminine nouns in -e that stand after a preposition and a strong adjective in fixed phrases ("mit großer Sorge", "in erster Linie"). */
export const NOUNS_BARE_AFTER_PREPOSITION: ReadonlySet<string> = new Set([
  "sorge",
  "freude",
  "mühe",
  "ruhe",
  "strafe",
  "linie",
  "weise",
  "seite",
  "stelle",
  "reihe",
]);
