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

/**
 * Bodies that local news names by the noun alone and whom the noun identifies in the town the text is about ("Die
 * Opposition stimmte dagegen"): named, as a body of a state is, and the rival of another such body only. Lower case.
 */
export const LOCAL_BODIES_NAMED_BY_NOUN: readonly string[] = [
  "opposition",
  "feuerwehr",
  "schulleitung",
  // The rescue services of the region a local report is set in ("Die Bergrettung barg ...", "Die Rettung brachte ...").
  "rettung",
  "bergrettung",
  "wasserrettung",
  "flugrettung",
];
/**
 * Endings of a compound that names a local body by what its members are ("Der Elternverein", "Die Schülervertretung",
 * "Die Wirtschaftskammer", "Die Bürgerinitiative"): the compound says which. Not the bare noun ("Der Verein"), which
 * stands for a club the text named before. Lower case.
 */
export const LOCAL_BODY_COMPOUND_ENDINGS: readonly string[] = ["verein", "vertretung", "kammer", "initiative"];

/**
 * The heads of a town's government (role nouns, lower case, masculine and feminine): "die Stadt" in their words is
 * their own town, which the text names.
 */
export const TOWN_HEAD_ROLES: readonly string[] = ["bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin"];

/** The epithets of a town (data/anaphora.ts's ANAPHORIC_EPITHETS) that a town's head's words use for that town. */
export const TOWN_EPITHETS: ReadonlySet<string> = new Set(["Stadt"]);
