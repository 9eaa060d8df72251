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
export const REGIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Germany
    "Baden-Württemberg": "DE", Bayern: "DE", Berlin: "DE", Brandenburg: "DE", Bremen: "DE", Hamburg: "DE", Hessen: "DE",
    "Mecklenburg-Vorpommern": "DE", Niedersachsen: "DE", "Nordrhein-Westfalen": "DE", NRW: "DE", "Rheinland-Pfalz": "DE",
    Saarland: "DE", Sachsen: "DE", "Sachsen-Anhalt": "DE", "Schleswig-Holstein": "DE", Thüringen: "DE",
    // Austria
    Burgenland: "AT", Kärnten: "AT", Niederösterreich: "AT", Oberösterreich: "AT", Salzburg: "AT", Steiermark: "AT",
    Tirol: "AT", Vorarlberg: "AT", Wien: "AT",
    // Switzerland
    Aargau: "CH", "Appenzell Ausserrhoden": "CH", "Appenzell Außerrhoden": "CH", "Appenzell Innerrhoden": "CH",
    "Basel-Landschaft": "CH", Baselland: "CH", "Basel-Stadt": "CH", Bern: "CH", Genf: "CH", Glarus: "CH", Graubünden: "CH",
    Luzern: "CH", Neuenburg: "CH", Nidwalden: "CH", Obwalden: "CH", Schaffhausen: "CH", Schwyz: "CH", Solothurn: "CH",
    "St. Gallen": "CH", Tessin: "CH", Thurgau: "CH", Waadt: "CH", Wallis: "CH", Zürich: "CH",
    // United States
    Alabama: "US", Alaska: "US", Arizona: "US", Arkansas: "US", Colorado: "US", Connecticut: "US", Delaware: "US",
    Florida: "US", Georgia: "US", Hawaii: "US", Idaho: "US", Illinois: "US", Indiana: "US", Iowa: "US", Kalifornien: "US",
    Kansas: "US", Kentucky: "US", Louisiana: "US", Maine: "US", Maryland: "US", Massachusetts: "US", Michigan: "US",
    Minnesota: "US", Mississippi: "US", Missouri: "US", Montana: "US", Nebraska: "US", Nevada: "US", "New Hampshire": "US",
    "New Jersey": "US", "New Mexico": "US", "New York": "US", "North Carolina": "US", "North Dakota": "US", Ohio: "US",
    Oklahoma: "US", Oregon: "US", Pennsylvania: "US", Pennsylvanien: "US", "Rhode Island": "US", "South Carolina": "US",
    "South Dakota": "US", Tennessee: "US", Texas: "US", Utah: "US", Vermont: "US", Virginia: "US", Washington: "US",
    "West Virginia": "US", Wisconsin: "US", Wyoming: "US",
  }),
);
