/**
 * Country vocabulary. Names come from i18n-iso-countries' German locale; this file only adds what
 * that list lacks: which codes are not sovereign states, colloquial aliases, adjective stems and
 * compound prefixes, and the capitals/cities that news texts use as places.
 */
import germanNames from "i18n-iso-countries/langs/de.json";
import germanNationalities from "i18n-nationality/langs/de.json";

/** Territories, dependencies and uninhabited areas in the ISO list: named, but not countries. */
export const NON_SOVEREIGN_CODES: ReadonlySet<string> = new Set([
  "AS", "VI", "AX", "AI", "AQ", "AW", "BM", "BQ", "BV", "VG", "IO", "CK", "CW", "FK", "FO", "GF", "PF",
  "TF", "GI", "GL", "GP", "GU", "GG", "HM", "HK", "IM", "JE", "KY", "CC", "MO", "MQ", "YT", "MS", "NC",
  "NU", "NF", "MP", "PN", "PR", "RE", "BL", "MF", "SX", "SH", "PM", "GS", "SJ", "TK", "TC", "UM", "WF",
  "CX", "EH",
]);

/** Names German news use that the ISO locale does not list. */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  BY: ["Weißrussland"],
  CZ: ["Tschechien"],
  CI: ["Côte d'Ivoire"],
  CV: ["Cabo Verde"],
  MK: ["Mazedonien"],
  NL: ["Holland"],
  PS: ["Palästina", "Palästinensergebiete"],
  SZ: ["Swasiland"],
  TL: ["Timor-Leste"],
  VA: ["Vatikan"],
  BN: ["Brunei"],
  KR: ["Republik Korea"],
  // The locale calls the Democratic Republic "Kongo" and the other "Republik Kongo": inside "Demokratische
  // Republik Kongo" the latter would be found.
  CD: ["Demokratische Republik Kongo", "DR Kongo"],
  US: ["Vereinigte Staaten"],
};

/**
 * Short forms a learner may type for a country's name ("US" for "USA"): the all-capital aliases of i18n-iso-countries'
 * English locale, which the German one lacks, each the name of that one country only (test/core/extract/countries.test.ts
 * holds them to the package). Only accepted as answers: in a text, "US" stands before a hyphen ("US-Regierung").
 */
export const COUNTRY_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  AE: ["UAE"],
  GB: ["UK"],
  US: ["U.S.A.", "US", "U.S."],
};

/**
 * Adjective stems (lower case, without ending). A mention is the stem plus a German adjective ending
 * ("britisch" + "e"/"en"/"er"/"es"/"em"), or the stem plus "-" in compounds ("deutsch-französisch").
 * Written here for the countries news name most, with their second forms ("weißrussisch"); the others
 * come from i18n-nationality's German list (nationalityStems).
 */
const WRITTEN_ADJECTIVE_STEMS: Readonly<Record<string, readonly string[]>> = {
  AF: ["afghanisch"],
  EG: ["ägyptisch"],
  AL: ["albanisch"],
  DZ: ["algerisch"],
  AR: ["argentinisch"],
  AM: ["armenisch"],
  AZ: ["aserbaidschanisch"],
  ET: ["äthiopisch"],
  AU: ["australisch"],
  BD: ["bangladeschisch"],
  BE: ["belgisch"],
  BY: ["belarussisch", "weißrussisch"],
  BO: ["bolivianisch"],
  BA: ["bosnisch"],
  BR: ["brasilianisch"],
  BG: ["bulgarisch"],
  CL: ["chilenisch"],
  CN: ["chinesisch"],
  DK: ["dänisch"],
  DE: ["deutsch", "bundesdeutsch"],
  EE: ["estnisch"],
  FI: ["finnisch"],
  FR: ["französisch"],
  GE: ["georgisch"],
  GH: ["ghanaisch"],
  GR: ["griechisch"],
  GB: ["britisch"],
  IN: ["indisch"],
  ID: ["indonesisch"],
  IQ: ["irakisch"],
  IR: ["iranisch"],
  IE: ["irisch"],
  IS: ["isländisch"],
  IL: ["israelisch"],
  IT: ["italienisch"],
  JP: ["japanisch"],
  YE: ["jemenitisch"],
  JO: ["jordanisch"],
  KH: ["kambodschanisch"],
  CA: ["kanadisch"],
  KZ: ["kasachisch"],
  QA: ["katarisch"],
  KE: ["kenianisch"],
  CO: ["kolumbianisch"],
  HR: ["kroatisch"],
  CU: ["kubanisch"],
  KW: ["kuwaitisch"],
  LV: ["lettisch"],
  LB: ["libanesisch"],
  LY: ["libysch"],
  LT: ["litauisch"],
  LU: ["luxemburgisch"],
  ML: ["malisch"],
  MA: ["marokkanisch"],
  MX: ["mexikanisch"],
  MD: ["moldauisch"],
  MN: ["mongolisch"],
  MZ: ["mosambikanisch"],
  NZ: ["neuseeländisch"],
  NL: ["niederländisch", "holländisch"],
  NG: ["nigerianisch"],
  NE: ["nigrisch"],
  KP: ["nordkoreanisch"],
  MK: ["nordmazedonisch"],
  NO: ["norwegisch"],
  AT: ["österreichisch"],
  PK: ["pakistanisch"],
  PS: ["palästinensisch"],
  PE: ["peruanisch"],
  PH: ["philippinisch"],
  PL: ["polnisch"],
  PT: ["portugiesisch"],
  RO: ["rumänisch"],
  RU: ["russisch"],
  SA: ["saudi-arabisch", "saudisch"],
  SE: ["schwedisch"],
  CH: ["schweizerisch"],
  SN: ["senegalesisch"],
  RS: ["serbisch"],
  SK: ["slowakisch"],
  SI: ["slowenisch"],
  SO: ["somalisch"],
  ES: ["spanisch"],
  ZA: ["südafrikanisch"],
  KR: ["südkoreanisch"],
  SD: ["sudanesisch"],
  SY: ["syrisch"],
  TW: ["taiwanisch"],
  TH: ["thailändisch"],
  CZ: ["tschechisch"],
  TN: ["tunesisch"],
  TR: ["türkisch"],
  UA: ["ukrainisch"],
  HU: ["ungarisch"],
  US: ["us-amerikanisch", "amerikanisch"],
  VE: ["venezolanisch"],
  AE: ["emiratisch"],
  VN: ["vietnamesisch"],
  CY: ["zyprisch"],
};

/** Adjectives of the nationality list that German uses in another sense first: "eine salomonische Lösung" is a wise one. */
const NOT_OF_A_COUNTRY: ReadonlySet<string> = new Set(["salomonisch"]);

/**
 * i18n-nationality's German adjectives ("Mauretanisch", "Ivorisch") for the sovereign states the list
 * above lacks: one word in "-isch" each, none given to two states ("Kongolesisch" is both Congos). Its
 * entries that are no adjective ("Kosovo", "Gazastreifen") or carry a note in brackets are left out.
 */
function nationalityStems(written: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const entries = Object.entries((germanNationalities as { nationalities: Record<string, string | string[]> }).nationalities).flatMap(([iso2, adjectives]) =>
    (Array.isArray(adjectives) ? adjectives : [adjectives]).map((adjective) => [iso2, adjective.toLowerCase()] as const),
  );
  const codesOf = new Map<string, Set<string>>();
  for (const [iso2, stem] of entries) codesOf.set(stem, (codesOf.get(stem) ?? new Set()).add(iso2));
  const stems: Record<string, string[]> = {};
  for (const [iso2, stem] of entries) {
    if (written[iso2] || NON_SOVEREIGN_CODES.has(iso2) || NOT_OF_A_COUNTRY.has(stem) || codesOf.get(stem)!.size > 1) continue;
    if (/^[\p{Ll}-]+isch$/u.test(stem)) stems[iso2] = [...(stems[iso2] ?? []), stem];
  }
  return stems;
}

export const COUNTRY_ADJECTIVE_STEMS: Readonly<Record<string, readonly string[]>> = { ...WRITTEN_ADJECTIVE_STEMS, ...nationalityStems(WRITTEN_ADJECTIVE_STEMS) };

/** Endings a German attributive adjective takes. */
export const ADJECTIVE_ENDINGS: readonly string[] = ["e", "en", "er", "es", "em"];

/**
 * The endings that make a person's noun of a country's adjective in "-isch" without it: "schwed-isch" gives "Schwede"
 * and "Schwedin", "argentin-isch" "Argentinier", "amerikan-isch" "Amerikanerin". Irregular ones ("Franzose", "Pole")
 * are not made.
 */
export const DEMONYM_ENDINGS: Readonly<Record<string, "male" | "female">> = {
  e: "male",
  er: "male",
  ier: "male",
  in: "female",
  erin: "female",
  ierin: "female",
};
/**
 * Person nouns of a country that DEMONYM_ENDINGS does not make from the adjective ("französisch" gives no "Franzose",
 * "polnisch" no "Pole", "ungarisch" no "Ungar", "israelisch" no "Israeli"), lower case, with the country and gender.
 * Not "Deutsche": the same word for a man and a woman, and an adjective of many names ("die Deutsche Bahn").
 */
// biome-ignore format: a word list, packed for reading
export const IRREGULAR_DEMONYMS: Readonly<Record<string, readonly [string, "male" | "female"]>> = {
  franzose: ["FR", "male"], französin: ["FR", "female"], pole: ["PL", "male"], polin: ["PL", "female"],
  ungar: ["HU", "male"], ungarin: ["HU", "female"], israeli: ["IL", "male"], israelin: ["IL", "female"],
};
/** Words DEMONYM_ENDINGS makes that name no person of a country: "Maler" (of "malisch"), "George", "Emirate". */
export const NOT_DEMONYMS: ReadonlySet<string> = new Set(["maler", "male", "george", "emirate"]);

/** Compound prefixes that stand for a country ("US-Außenminister", "UK-Regierung"). */
export const COUNTRY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ["US", "US"],
  ["UK", "GB"],
]);

/**
 * Stands for the country whose own offices and bodies a text names without a nationality: "Bundesministerin" and
 * "Bundesregierung" are Germany's in a German text and Austria's in an Austrian one (src/extract/persons.ts homeCountry).
 */
export const HOME_COUNTRY = "home";
/**
 * Words that tell which of the German-speaking countries (DE, AT, CH) a text is at home in where it does not name the
 * country: the parties, chambers and offices only one of them has, with their inflected forms. A word may open a compound
 * with a hyphen ("ÖVP-Chef", "SPD-Fraktion"). Not the parties or offices two of them share ("FDP", "Grüne", "Landtag",
 * "Bundesrat"); "Nationalrat" is the Swiss chamber too, but a Swiss text names its cantons or "Ständerat" beside it.
 */
// biome-ignore format: a table, packed for reading
export const HOME_COUNTRY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  ÖVP: "AT", SPÖ: "AT", FPÖ: "AT", BZÖ: "AT", KPÖ: "AT", NEOS: "AT", Neos: "AT",
  Nationalrat: "AT", Nationalrats: "AT", Nationalrates: "AT", Landeshauptmann: "AT", Landeshauptmanns: "AT",
  Landeshauptfrau: "AT", Landeshauptleute: "AT", Bezirkshauptmann: "AT", Bezirkshauptmannschaft: "AT",
  SVP: "CH", CVP: "CH", BDP: "CH", Ständerat: "CH", Ständerats: "CH", Ständerates: "CH", Kanton: "CH", Kantons: "CH",
  Kantone: "CH", Kantonen: "CH", Eidgenossenschaft: "CH",
  CDU: "DE", CSU: "DE", SPD: "DE", AfD: "DE", Bundestag: "DE", Bundestags: "DE", Bundestages: "DE", Bundeswehr: "DE",
}));

/**
 * Role prefixes and institutions that imply a nationality without naming the country
 * ("Bundesaußenminister", "im Auswärtigen Amt"). Matched at the start of a role word / inside a role.
 */
export const IMPLIED_NATIONALITY_ROLE_PREFIXES: Readonly<Record<string, string>> = {
  bundes: HOME_COUNTRY,
};
export const IMPLIED_NATIONALITY_INSTITUTIONS: readonly { pattern: RegExp; iso2: string }[] = [
  { pattern: /\bAuswärtige[nms]? Amte?s?\b/u, iso2: "DE" },
  { pattern: /\bBundes(?:tag|wehr)/u, iso2: "DE" },
  { pattern: /\bBundes(?:regierung|rat|kanzleramt)/u, iso2: HOME_COUNTRY },
  { pattern: /\bWeißen? Hauses?\b/u, iso2: "US" },
  { pattern: /\bPentagons?\b/u, iso2: "US" },
  { pattern: /\bKreml\b/u, iso2: "RU" },
  { pattern: /\bÉlysée/u, iso2: "FR" },
  { pattern: /\bDowning Street\b/u, iso2: "GB" },
];

/** Cities that news texts name as places, with the country they lie in. Not countries themselves. */
export const CITIES: ReadonlyMap<string, string> = new Map(Object.entries({
  Berlin: "DE", Bonn: "DE", Hamburg: "DE", München: "DE", Köln: "DE", Frankfurt: "DE", Dresden: "DE",
  Stuttgart: "DE", Düsseldorf: "DE", Hannover: "DE", Leipzig: "DE", Potsdam: "DE", Magdeburg: "DE", Erfurt: "DE",
  Washington: "US", "New York": "US", Chicago: "US", "Los Angeles": "US",
  Paris: "FR", Nizza: "FR", Marseille: "FR", Straßburg: "FR", Lyon: "FR",
  London: "GB", Edinburgh: "GB",
  Rom: "IT", Mailand: "IT", Neapel: "IT", Florenz: "IT",
  Madrid: "ES", Barcelona: "ES", Lissabon: "PT", Brüssel: "BE", "Den Haag": "NL", Amsterdam: "NL",
  Wien: "AT", Salzburg: "AT", Graz: "AT", Genf: "CH", Bern: "CH", Zürich: "CH", Davos: "CH", Luxemburg: "LU",
  // Capitals named as their state is (REGIONS): where a text names one, the city wins.
  Bremen: "DE", Luzern: "CH", "St. Gallen": "CH", Schaffhausen: "CH", Solothurn: "CH", Neuenburg: "CH",
  Warschau: "PL", Krakau: "PL", Prag: "CZ", Budapest: "HU", Bukarest: "RO", Sofia: "BG", Athen: "GR",
  Kopenhagen: "DK", Stockholm: "SE", Oslo: "NO", Helsinki: "FI", Tallinn: "EE", Riga: "LV", Vilnius: "LT",
  Kiew: "UA", Charkiw: "UA", Odessa: "UA", Moskau: "RU", "Sankt Petersburg": "RU", Minsk: "BY",
  Ankara: "TR", Istanbul: "TR", Antakya: "TR", Gaziantep: "TR",
  Bagdad: "IQ", Mossul: "IQ", Erbil: "IQ", Basra: "IQ",
  Damaskus: "SY", Aleppo: "SY", Rakka: "SY", Idlib: "SY",
  Kabul: "AF", Kandahar: "AF", Teheran: "IR", Riad: "SA", Doha: "QA", Kairo: "EG", Amman: "JO", Beirut: "LB",
  Jerusalem: "IL", "Tel Aviv": "IL", Tripolis: "LY", Tunis: "TN", Algier: "DZ", Rabat: "MA",
  Bamako: "ML", Niamey: "NE", Abuja: "NG", Lagos: "NG", Nairobi: "KE", "Addis Abeba": "ET", Maputo: "MZ",
  Ouagadougou: "BF", Johannesburg: "ZA", Kapstadt: "ZA",
  Peking: "CN", Shanghai: "CN", Tokio: "JP", Seoul: "KR", "Neu-Delhi": "IN", Delhi: "IN", Islamabad: "PK",
  Jakarta: "ID", Manila: "PH", Bangkok: "TH", Hanoi: "VN", Canberra: "AU", Sydney: "AU",
  Ottawa: "CA", Toronto: "CA", Mexiko: "MX", Brasília: "BR", "São Paulo": "BR", "Buenos Aires": "AR",
  Santiago: "CL", Lima: "PE", Bogotá: "CO", Caracas: "VE", Havanna: "CU",
}));

/**
 * Seats of government that news texts write for their state's government ("Peking arbeitet an neuen U-Booten", "Moskau
 * weist die Vorwürfe zurück"): capitals, and "Den Haag" (the Netherlands' seat). Spelt as CITIES and REGIONS spell them.
 */
// biome-ignore format: a word list, packed for reading
export const SEATS_OF_STATE: ReadonlySet<string> = new Set([
  "Berlin", "Washington", "Paris", "London", "Rom", "Madrid", "Lissabon", "Brüssel", "Den Haag", "Wien", "Bern",
  "Luxemburg", "Warschau", "Prag", "Budapest", "Bukarest", "Sofia", "Athen", "Kopenhagen", "Stockholm", "Oslo",
  "Helsinki", "Tallinn", "Riga", "Vilnius", "Kiew", "Moskau", "Minsk", "Ankara", "Bagdad", "Damaskus", "Kabul",
  "Teheran", "Riad", "Doha", "Kairo", "Amman", "Beirut", "Jerusalem", "Tripolis", "Tunis", "Algier", "Rabat", "Bamako",
  "Niamey", "Abuja", "Nairobi", "Addis Abeba", "Maputo", "Ouagadougou", "Peking", "Tokio", "Seoul", "Neu-Delhi",
  "Islamabad", "Jakarta", "Manila", "Bangkok", "Hanoi", "Canberra", "Ottawa", "Mexiko", "Brasília", "Buenos Aires",
  "Santiago", "Lima", "Bogotá", "Caracas", "Havanna", "Pjöngjang", "Taipeh", "Belgrad", "Zagreb", "Ljubljana",
  "Bratislava", "Skopje", "Tirana", "Sarajevo", "Podgorica", "Chisinau", "Tiflis", "Eriwan", "Baku", "Dublin",
  "Reykjavik", "Valletta", "Nikosia", "Sanaa", "Maskat", "Abu Dhabi", "Kuwait", "Khartum",
]);

type LocaleNames = { countries: Record<string, string | string[]> };

/** ISO code -> German names, sovereign states first; `null` code marks territories (named, not countries). */
export function countryNameEntries(): { name: string; iso2: string | null }[] {
  const entries: { name: string; iso2: string | null }[] = [];
  const add = (iso2: string, raw: string) => {
    // The locale writes some official names "Syrien, Arabische Republik": the short name is before the comma.
    const name = raw.split(",")[0]!.trim();
    entries.push({ name, iso2: NON_SOVEREIGN_CODES.has(iso2) ? null : iso2 });
  };
  for (const [iso2, names] of Object.entries((germanNames as LocaleNames).countries)) {
    for (const name of Array.isArray(names) ? names : [names]) add(iso2, name);
  }
  for (const [iso2, names] of Object.entries(EXTRA_COUNTRY_NAMES)) {
    for (const name of names) add(iso2, name);
  }
  return entries;
}

/** The German short name of a country: the locale lists official names first, the short one last. */
export function countryShortName(iso2: string): string {
  let name = shortNames.get(iso2);
  if (name === undefined) {
    const names = (germanNames as LocaleNames).countries[iso2];
    const first = Array.isArray(names) ? names[names.length - 1] : names;
    name = (first ?? iso2).split(",")[0]!.trim();
    shortNames.set(iso2, name);
  }
  return name;
}

let namesByCode: Map<string, string[]> | undefined;

/**
 * Every name the data gives a country ("USA", "Vereinigte Staaten", "Vereinigte Staaten von Amerika") and its short
 * forms ("US"), each once; made once. The answers a gap for the country accepts.
 */
export function countryNames(iso2: string): readonly string[] {
  if (!namesByCode) {
    namesByCode = new Map();
    const entries = [
      ...countryNameEntries(),
      ...Object.entries(COUNTRY_SHORT_FORMS).flatMap(([code, forms]) => forms.map((name) => ({ name, iso2: code }))),
    ];
    for (const { name, iso2: code } of entries) {
      if (!code) continue;
      const names = namesByCode.get(code) ?? [];
      if (!names.includes(name)) names.push(name);
      namesByCode.set(code, names);
    }
  }
  return namesByCode.get(iso2) ?? [];
}

/** countryShortName's names, made once per code: wrong options are drawn from all countries, per question. */
const shortNames = new Map<string, string>();
