/**
 * First names with their gender, from the lists of the package gender-detection-from-name (MIT),
 * as scripts/given-names.mjs derives them (given-names.generated.ts; `npm run data:names`).
 */
import type { Gender } from "../types";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from "./given-names.generated";

let genders: Map<string, Gender> | undefined;

/**
 * Gender of a given name written in lower case ("angela" -> female), or undefined when no list has
 * it. The lookup table is built on first use, so loading the Worker does not pay for it.
 */
export function givenNameGender(lowerName: string): Gender | undefined {
  if (!genders) {
    genders = new Map();
    for (const name of FEMALE_GIVEN_NAMES.split("|")) genders.set(name, "female");
    for (const name of MALE_GIVEN_NAMES.split("|")) genders.set(name, "male");
  }
  return genders.get(lowerName);
}
