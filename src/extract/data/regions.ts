/**
 * First-level subdivisions that German-language news name as places: the 16 Länder of Germany, the 9
 * Bundesländer of Austria, the Swiss cantons and the 50 US states, with the country they lie in. Names as
 * the German-language Wikipedia lists them ("Liste der Länder Deutschlands", "Bundesland (Österreich)",
 * "Kanton (Schweiz)", "Liste der Bundesstaaten der Vereinigten Staaten"), plus spellings the press also uses
 * ("Pennsylvanien", "Außerrhoden" beside the Swiss "Ausserrhoden") and short forms that name nothing else ("NRW").
 *
 * Left out: names that are more often something else in a German text: the cantons "Zug" (a train), "Jura"
 * (the study of law, a mountain range), "Uri" (a given name) and "Freiburg" (in a German text mostly the city
 * in Baden). A state that shares its name with its capital ("Wien", "Salzburg", "Bremen", "Zürich",
 * "Washington", "New York") is in CITIES too, and the city wins: the text means the city as often, and one
 * place is found once.
 */
/** Names by country, joined by "|": a string per country costs the Worker bundle less than an entry per name. */
// biome-ignore format: a word list, packed for reading
const NAMES_BY_COUNTRY: Readonly<Record<string, string>> = {
  // Germany
  DE:
    "Baden-Württemberg|Bayern|Berlin|Brandenburg|Bremen|Hamburg|Hessen|Mecklenburg-Vorpommern|" +
    "Niedersachsen|Nordrhein-Westfalen|NRW|Rheinland-Pfalz|Saarland|Sachsen|Sachsen-Anhalt|" +
    "Schleswig-Holstein|Thüringen",
  // Austria
  AT:
    "Burgenland|Kärnten|Niederösterreich|Oberösterreich|Salzburg|Steiermark|Tirol|Vorarlberg|Wien",
  // Switzerland
  CH:
    "Aargau|Appenzell Ausserrhoden|Appenzell Außerrhoden|Appenzell Innerrhoden|Basel-Landschaft|" +
    "Baselland|Basel-Stadt|Bern|Genf|Glarus|Graubünden|Luzern|Neuenburg|Nidwalden|Obwalden|" +
    "Schaffhausen|Schwyz|Solothurn|St. Gallen|Tessin|Thurgau|Waadt|Wallis|Zürich",
  // United States
  US:
    "Alabama|Alaska|Arizona|Arkansas|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|" +
    "Illinois|Indiana|Iowa|Kalifornien|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|" +
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|" +
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Pennsylvanien|" +
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|" +
    "West Virginia|Wisconsin|Wyoming",
};

/** State, Land or canton name -> ISO alpha-2 code of its country. */
export const REGIONS: ReadonlyMap<string, string> = new Map(
  Object.entries(NAMES_BY_COUNTRY).flatMap(([country, names]) => names.split("|").map((name): [string, string] => [name, country])),
);

/**
 * The subdivisions whose names German writes with an article ("die Steiermark", "das Saarland", "der Aargau"). The
 * others stand without one ("in Bayern", "aus Hessen"): after an article such a name means the people or a club ("an
 * den Bayern vorbei", "die Sachsen").
 */
export const REGIONS_WITH_ARTICLE: ReadonlySet<string> = new Set(["Saarland", "Steiermark", "Burgenland", "Aargau", "Thurgau", "Wallis", "Tessin"]);
