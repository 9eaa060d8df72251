/**
 * News agencies, one entry each, with the spellings the finders need: the sign a dateline or byline gives
 * ("Washington (dpa)", "(APA, red, 5.11.2015)"), the short name running text calls it by ("berichtete die DPA"), and
 * the full name where running text uses it ("laut Associated Press"). Read by extraction (datelines, bylines, a
 * speaker's name) and by generation (a name that is a report's source, never what it is about).
 */

interface NewsAgency {
  /** How datelines and bylines sign with it, as the agency prints its sign ("dpa", "rtr"). */
  readonly signs?: readonly string[];
  /** Its short name in capitals, as running text writes it ("DPA"). */
  readonly shortName?: string;
  /** Its full name, as running text writes it. */
  readonly fullName?: string;
}

/** In the order the signs are tried in a dateline: a sign that starts another ("AP" of "APA") may come first, a dateline's bracket decides. */
const NEWS_AGENCIES: readonly NewsAgency[] = [
  { signs: ["dpa"], shortName: "DPA" }, // Deutsche Presse-Agentur
  { signs: ["AFP"], shortName: "AFP", fullName: "Agence France-Presse" },
  { signs: ["AP"], fullName: "Associated Press" },
  { signs: ["Reuters", "rtr"], fullName: "Reuters" },
  { signs: ["epd"] }, // Evangelischer Pressedienst
  { signs: ["KNA"], shortName: "KNA" }, // Katholische Nachrichten-Agentur
  { signs: ["sid"] }, // Sport-Informations-Dienst
  { signs: ["APA"], shortName: "APA" }, // Austria Presse Agentur
  { signs: ["sda"], shortName: "SDA" }, // Schweizerische Depeschenagentur
  { signs: ["dts"] }, // dts Nachrichtenagentur
  { signs: ["RND"] }, // RedaktionsNetzwerk Deutschland
  { signs: ["Xinhua"] },
  { signs: ["ANSA"], shortName: "ANSA" },
  { shortName: "ČTK" },
  { shortName: "TASS" },
  { shortName: "EFE" },
  { shortName: "PAP" },
  { shortName: "MTI" },
  { shortName: "ANP" },
];

/** The signs of datelines and bylines ("Berlin (dpa)", "APA/dpa"). */
export const AGENCY_SIGNS: readonly string[] = NEWS_AGENCIES.flatMap((agency) => agency.signs ?? []);

/** The short names in capitals running text calls agencies by ("laut der Nachrichtenagentur APA"). */
export const AGENCY_SHORT_NAMES: ReadonlySet<string> = new Set(NEWS_AGENCIES.flatMap((agency) => (agency.shortName ? [agency.shortName] : [])));

/** The full names running text calls agencies by ("Associated Press"). */
export const AGENCY_FULL_NAMES: readonly string[] = NEWS_AGENCIES.flatMap((agency) => (agency.fullName ? [agency.fullName] : []));
