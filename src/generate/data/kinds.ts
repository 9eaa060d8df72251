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
