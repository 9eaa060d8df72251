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
