/**
 * First names with their gender, from the lists of the package gender-detection-from-name (MIT),
 * as scripts/given-names.mjs derives them (given-names.generated.ts; `npm run data:names`).
 */
import type { Gender } from "../types";
import { EITHER_GIVEN_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from "./given-names.generated";

/** A given name whose lists disagree on its gender ("Andrea", "Ashton"): a name, but no gender. */
export type GivenNameGender = Gender | "either";

let genders: Map<string, GivenNameGender> | undefined;

/**
 * Gender of a given name written in lower case ("angela" -> female, "andrea" -> either), or undefined
 * when no list has it. The lookup table is built on first use, so loading the Worker does not pay for it.
 */
export function givenNameGender(lowerName: string): GivenNameGender | undefined {
  if (!genders) {
    genders = new Map();
    for (const name of FEMALE_GIVEN_NAMES.split("|")) genders.set(name, "female");
    for (const name of MALE_GIVEN_NAMES.split("|")) genders.set(name, "male");
    for (const name of EITHER_GIVEN_NAMES.split("|")) genders.set(name, "either");
  }
  return genders.get(lowerName);
}
