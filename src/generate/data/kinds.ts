/**
 * Nouns for one kind of body, lower case: a deed that names one as its object ("ist gegen eine regierungskritische
 * Publikation vorgegangen") is done to a body of that kind, and no body named by a noun of it ("Die Zeitschrift Nokta")
 * did it. A name's noun may be a compound's end ("Wochenzeitung", "Oppositionspartei").
 */
export const KIND_FAMILIES: readonly (readonly string[])[] = [
  [
    "zeitschrift",
    "zeitschriften",
    "zeitung",
    "zeitungen",
    "magazin",
    "magazine",
    "wochenblatt",
    "blatt",
    "blätter",
    "publikation",
    "publikationen",
    "medium",
    "medien",
  ],
  ["sender", "fernsehsender", "radiosender", "medium", "medien"],
  ["partei", "parteien"],
  ["behörde", "behörden", "amt", "ämter"],
  ["konzern", "konzerne", "unternehmen", "firma", "firmen", "hersteller"],
  ["bank", "banken", "geldhaus", "geldhäuser"],
  ["gewerkschaft", "gewerkschaften"],
  ["verband", "verbände", "verein", "vereine"],
  ["miliz", "milizen", "gruppe", "gruppen", "gruppierung", "gruppierungen", "organisation", "organisationen"],
];

/**
 * Ends of nouns that describe a company by what it does or is ("Stahlkonzern", "Autobauer", "Energieversorger"), lower
 * case: with adjectives alone before them ("Der Linzer Stahlkonzern", "Der deutsche Autobauer") they stand for a company
 * the text names elsewhere, not for a name of their own.
 */
// biome-ignore format: a word list, packed for reading
export const COMPANY_DESCRIPTION_ENDINGS: readonly string[] = [
  "konzern", "unternehmen", "firma", "hersteller", "bauer", "zulieferer", "versorger", "versicherer", "händler", "anbieter",
  "betreiber", "produzent", "erzeuger", "entwickler", "dienstleister", "riese", "gigant", "platzhirsch",
];

/**
 * Endings of the head noun of a public body (a state's organs, STATE_BODY_ENDINGS of src/extract/data/state-bodies.ts, and
 * the bodies of a union of states, courts, councils, parliaments): what one of them did, no company did, nor the other
 * way round. Lower case.
 */
// biome-ignore format: a word list, packed for reading
export const PUBLIC_BODY_ENDINGS: readonly string[] = [
  "kommission", "gericht", "gerichtshof", "rat", "landtag", "bundestag", "senat", "kongress", "regierung", "ministerium",
  "parlament", "polizei", "staatsanwaltschaft", "behörde", "kabinett", "armee", "militär", "zentralbank", "notenbank",
];
