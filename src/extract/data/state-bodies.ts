import { HOME_COUNTRY } from "./countries";

/**
 * Endings of nouns that name a body of a state, which acts for its country ("die US-Streitkräfte", "Die
 * türkische Regierung"): the organs of a state among the institution endings of
 * ./organizations.ts (not firms, parties or banks: "die Deutsche Bank" is no body of
 * Germany), and the forces, which the text names in the plural. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const STATE_BODY_ENDINGS: readonly string[] = [
  "regierung", "ministerium", "parlament", "polizei", "staatsanwaltschaft", "armee", "militär", "streitkräfte",
  "geheimdienst", "nachrichtendienst", "justiz", "marine", "luftwaffe", "zentralbank", "notenbank", "behörde",
  "behörden", "kabinett", "sicherheitskräfte", "truppen", "soldaten",
];

/**
 * Bodies of a state that a news text names by the plain noun alone, and whom the noun identifies in the
 * story's setting: "die Polizei", "der Ministerrat", "das Parlament", "die Staatsanwaltschaft", and a state's
 * one highest court of its kind ("das Verfassungsgericht", "der Bundesgerichtshof"). Not "das Ministerium",
 * "die Behörde", "die Delegation", "das Landgericht": which one, only the rest of the text says (a compound
 * or a town names it: "das Innenministerium", "die Regierungsdelegation", "das Landgericht Köln"). Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const BODIES_NAMED_BY_NOUN: readonly string[] = [
  "regierung", "polizei", "staatsanwaltschaft", "parlament", "justiz", "armee", "militär", "kabinett",
  "ministerrat", "nationalrat", "bundesrat", "bundestag", "landtag", "gemeinderat", "stadtrat", "sicherheitsrat",
  "verfassungsgericht", "verfassungsgerichtshof", "bundesverfassungsgericht", "bundesgerichtshof", "bundesverwaltungsgericht",
  "bundesfinanzhof", "bundessozialgericht", "bundesarbeitsgericht", "verwaltungsgerichtshof",
  // The one audit office, upper house, congress, army and domestic intelligence of the state the story is set in.
  "rechnungshof", "senat", "kongress", "bundesheer", "bundeswehr", "verfassungsschutz",
  // The customs investigators and the navy and air force of the state the story is set in ("Die Zollfahndung stellte ... sicher").
  "zollfahndung", "marine", "luftwaffe",
];
/** Endings of a compound that names a body of a state ("Innenministerium", "Regierungsdelegation", "Umweltbehörde", "Bundesrechnungshof"). Lower case. */
export const BODY_COMPOUND_ENDINGS: readonly string[] = ["ministerium", "behörde", "delegation", "regierung", "polizei", "rechnungshof"];

/**
 * Endings of the organs of a party that a news text names by the noun alone ("Der Landesparteivorstand entschied ...",
 * "das Parteipräsidium"): the party the article is about, whose organ it is, says which. They act as institutions do,
 * rivals of each other only: a party's organ did what its party decided, and no body of a state did. Lower case.
 */
export const PARTY_BODY_ENDINGS: readonly string[] = ["parteivorstand", "parteipräsidium", "parteirat"];

/**
 * Ends of nouns of authorities and chambers that a text names by their seat ("Die Staatsanwaltschaft Wels", "Das Landesgericht
 * Linz", "Die Bezirkshauptmannschaft Gmunden", "Das Finanzamt Graz", "Die Ärztekammer Wien"): the word after the noun is the
 * town or region where it sits, no name of the body (alone, "Wels prüft Hinweise" reads as the town's deed). Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const SEATED_AUTHORITY_ENDINGS: readonly string[] = [
  "staatsanwaltschaft", "gericht", "gerichtshof", "polizei", "polizeidirektion", "polizeipräsidium", "hauptmannschaft",
  "magistrat", "amt", "bezirksregierung", "landesregierung", "landtag", "kammer", "kommando",
  "bildungsdirektion", "justizanstalt",
  // "Die Feuerwehr Linz", "Die Zollfahndung Niederösterreich", "Die Bergrettung Tirol", "Die Wasserwacht Starnberg":
  // services named by the town or region they serve.
  "feuerwehr", "fahndung", "rettung", "wacht",
];

/**
 * Seats of a government that German news name for the government itself ("Der Kreml kritisierte ...", "Das Weiße Haus
 * begrüßte ...", "Downing Street bestätigte ..."): the words as the subject stands, lower case, with the article of the
 * nominative where the seat takes one (an object's "den Kreml" or a place's "vor dem Kreml" is no actor), and the country
 * whose government it is. Not "der Ballhausplatz" or "das Bundeshaus": German news name them as places far more often.
 */
// biome-ignore format: a table, packed for reading
export const SEATS_OF_GOVERNMENT: readonly { words: readonly string[]; country: string }[] = [
  { words: ["der", "kreml"], country: "RU" },
  { words: ["das", "weiße", "haus"], country: "US" },
  { words: ["das", "pentagon"], country: "US" },
  { words: ["der", "élysée-palast"], country: "FR" },
  { words: ["der", "élysée"], country: "FR" },
  { words: ["der", "elysée-palast"], country: "FR" },
  { words: ["downing", "street"], country: "GB" },
  { words: ["das", "kanzleramt"], country: HOME_COUNTRY },
  { words: ["das", "bundeskanzleramt"], country: HOME_COUNTRY },
];

/**
 * Verbs of where a building stands and what it is ("Der Kreml liegt im Zentrum Moskaus", "Das Weiße Haus ist seit 1800
 * der Amtssitz des Präsidenten"): after them a seat of government (SEATS_OF_GOVERNMENT) is the building, no government
 * that acts. Lower case, finite forms.
 */
// biome-ignore format: a word list, packed for reading
export const VERBS_OF_A_BUILDING: ReadonlySet<string> = new Set([
  "liegt", "lag", "steht", "stand", "befindet", "befand", "ist", "war", "wurde", "gilt", "galt", "beherbergt", "beherbergte",
]);
