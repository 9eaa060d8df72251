/**
 * Words by which a German news text tells background as a deed (salience, src/generate/salience.ts): a person's life
 * before the story, or where the report's figures come from. Readers judge such claims not worth asking even where
 * they stand early in the body ("gehörte bereits von 2003 bis 2011 der Landesregierung an", "hat als Bub Bananen
 * verkauft", "Die Zeitung berief sich auf Zahlen der Regierung").
 */

/**
 * What a person was when young, after "als" ("als Bub", "als junger Mann", "als Spross einer Arbeiterfamilie"): the
 * deed is from their childhood or youth, told as biography.
 */
// biome-ignore format: a word list, packed for reading
export const YOUTH_NOUNS: readonly string[] = [
  "Kind", "Kleinkind", "Bub", "Bube", "Junge", "Knabe", "Mädchen", "Jugendlicher", "Jugendliche", "Teenager",
  "Schüler", "Schülerin", "Gymnasiast", "Gymnasiastin", "Student", "Studentin", "Lehrling", "Spross",
  "junger Mann", "junge Frau", "Sohn", "Tochter",
];

/**
 * Words of a life's story that need no "als": born, grown up, of a family ("wurde 1961 in Linz geboren", "wuchs in
 * einem Dorf auf" is too loose to match, "stammt aus einer Bauernfamilie"). "geboren" only as a verb, not as the
 * attribute "der in Wien geborene Minister" of a deed of today. Patterns, matched case-sensitively.
 */
// biome-ignore format: a word list, packed for reading
export const LIFE_STORY_PHRASES: readonly string[] = [
  "geboren(?!\\p{L})", "aufgewachsen", "[Ii]n seiner Jugend", "[Ii]n ihrer Jugend", "[Ii]n seiner Kindheit", "[Ii]n ihrer Kindheit",
  "[Ii]n jungen Jahren", "stammt aus einer", "stammte aus einer", "stammt aus einem", "stammte aus einem",
];

/**
 * Verbs by which an actor names its source, each with what follows it ("berief sich auf Zahlen", "stützt sich auf eine
 * Umfrage", "Die Studie beruht auf Daten"): the deed is where the report's figures come from, not what it reports.
 * "sich beziehen auf" is left out: it also says what a charge or a demand is about ("Die Vorwürfe beziehen sich auf ...").
 */
// biome-ignore format: a word list, packed for reading
export const SOURCING_VERBS: readonly string[] = [
  "beruft", "berufen", "berief", "beriefen", "berufe", "stützt", "stützen", "stützte", "stützten", "gestützt", "stütze",
];
/** Verbs that name a source without "sich" ("Die Berechnung basiert auf ..."). */
export const BASED_ON_VERBS: readonly string[] = ["basiert", "basieren", "basierte", "basierten", "beruht", "beruhen", "beruhte", "beruhten"];

/**
 * Phrases that name the occasion or frame of what is reported ("im Vorfeld der Präsidentschaftswahlen", "am Rande des
 * Gipfels", "im Zuge der Ermittlungen"): the noun after them is when or where it happened, not what happened, so a gap
 * there asks for the setting of a remark (term gaps, src/generate/terms.ts). Patterns of words, matched case-sensitively.
 */
// biome-ignore format: a word list, packed for reading
export const OCCASION_PHRASES: readonly string[] = [
  "[Ii]m\\s+Vorfeld", "[Ii]m\\s+Zuge", "[Ii]m\\s+Rahmen", "[Aa]nlässlich", "[Aa]m\\s+Rande", "[Ii]m\\s+Laufe", "[Ii]m\\s+Umfeld",
  "[Ii]m\\s+Anschluss\\s+an",
];
