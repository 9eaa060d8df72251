/**
 * A town, municipality, state or canton named by its kind before its name ("Die Stadt Graz", "Das Land Tirol"), by
 * that kind noun (lower case), and the endings of the nouns of the bodies that govern it ("Der Grazer Gemeinderat",
 * "Die Tiroler Landesregierung"): what the one did, the other did for it, so neither is the other's wrong option.
 */
// biome-ignore format: a word list, packed for reading
const TOWN_BODIES: readonly string[] = [
  "gemeinderat", "stadtrat", "stadtregierung", "stadtsenat", "stadtverwaltung", "magistrat", "bürgermeisteramt",
  "rathaus", "stadtparlament", "gemeindevorstand", "gemeindeverwaltung", "gemeindevertretung", "gemeindeamt",
];
// biome-ignore format: a word list, packed for reading
const STATE_BODIES: readonly string[] = ["landesregierung", "landtag", "landesverwaltung", "landesparlament", "senat"];
const CANTON_BODIES: readonly string[] = ["kantonsregierung", "kantonsrat", "regierungsrat", "kantonsparlament", "kantonsverwaltung"];

export const TERRITORY_GOVERNING_BODIES: ReadonlyMap<string, readonly string[]> = new Map([
  ["stadt", TOWN_BODIES],
  ["gemeinde", TOWN_BODIES],
  ["marktgemeinde", TOWN_BODIES],
  ["stadtgemeinde", TOWN_BODIES],
  ["land", STATE_BODIES],
  ["bundesland", STATE_BODIES],
  ["freistaat", STATE_BODIES],
  ["kanton", CANTON_BODIES],
]);
