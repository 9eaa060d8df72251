/**
 * Country names that take an article in German, with the article they take as subject (nominative).
 * Source: the Ständiger Ausschuss für geographische Namen (StAGN), "Liste der Staatennamen und ihrer
 * Ableitungen im Deutschen", which follows the Auswärtiges Amt's "Verzeichnis der Staatennamen für den
 * amtlichen Gebrauch in der Bundesrepublik Deutschland": most short names are neuter and take no article;
 * those marked feminine (f.), masculine (m.) or plural (Pl.) do. Official German writes some masculine
 * names without the article ("die Hauptstadt Iraks"); news texts write "der Irak", "der Iran", "der Jemen",
 * so those are listed too. Keys are the names as the country list writes them (src/extract/data/countries.ts):
 * the article belongs to a name, not to a country ("die USA", but "Amerika").
 */

export interface CountryArticle {
  /** The nominative article: "die Türkei", "der Iran", "die USA". */
  article: "der" | "die" | "das";
  /** A plural name takes a plural verb: "Die USA haben ...". */
  plural?: true;
}

// biome-ignore format: a word list, packed for reading
export const COUNTRY_ARTICLES: ReadonlyMap<string, CountryArticle> = new Map<string, CountryArticle>([
  // Feminine (StAGN: f.)
  ["Türkei", { article: "die" }], ["Schweiz", { article: "die" }], ["Slowakei", { article: "die" }],
  ["Mongolei", { article: "die" }], ["Ukraine", { article: "die" }], ["Elfenbeinküste", { article: "die" }],
  ["Dominikanische Republik", { article: "die" }], ["Zentralafrikanische Republik", { article: "die" }],
  ["Tschechische Republik", { article: "die" }], ["Republik Kongo", { article: "die" }],
  ["Republik Korea", { article: "die" }], ["Republik Moldau", { article: "die" }],
  // Masculine (StAGN: m., or "auch m." in news usage)
  ["Irak", { article: "der" }], ["Iran", { article: "der" }], ["Jemen", { article: "der" }],
  ["Libanon", { article: "der" }], ["Sudan", { article: "der" }], ["Südsudan", { article: "der" }],
  ["Tschad", { article: "der" }], ["Niger", { article: "der" }], ["Kongo", { article: "der" }],
  ["Oman", { article: "der" }], ["Senegal", { article: "der" }], ["Vatikan", { article: "der" }],
  // Neuter with an attribute in the name
  ["Vereinigte Königreich", { article: "das" }],
  // Plural (StAGN: Pl.)
  ["USA", { article: "die", plural: true }], ["Vereinigte Staaten", { article: "die", plural: true }],
  ["Vereinigten Staaten", { article: "die", plural: true }], ["Niederlande", { article: "die", plural: true }],
  ["Philippinen", { article: "die", plural: true }], ["Vereinigte Arabische Emirate", { article: "die", plural: true }],
  ["Vereinigten Arabischen Emirate", { article: "die", plural: true }], ["Bahamas", { article: "die", plural: true }],
  ["Komoren", { article: "die", plural: true }], ["Malediven", { article: "die", plural: true }],
  ["Marshallinseln", { article: "die", plural: true }], ["Salomonen", { article: "die", plural: true }],
  ["Seychellen", { article: "die", plural: true }],
]);

/** The article a country name takes as subject, if it takes one ("Türkei" → die; "Russland" → none). */
export function countryArticle(name: string): CountryArticle | undefined {
  return COUNTRY_ARTICLES.get(name);
}
