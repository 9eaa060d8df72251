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
  const gender = genders.get(lowerName);
  if (gender !== undefined || !FOREIGN_LETTER.test(lowerName)) return gender;
  // "jarosław", "miloš", "radosław": the lists write most names from abroad without their letters' marks ("jaroslaw", "milos").
  return genders.get(withoutMarks(lowerName));
}

/** A letter beyond the English alphabet that German does not write either ("ł", "š", "ğ", "ø"; not "ä", "ö", "ü", "ß"). */
const FOREIGN_LETTER = /[^a-zäöüß'-]/u;
const COMBINING_MARKS = /\p{M}/gu;
/** Letters whose mark is no combining one, with the plain letter lists write for them. */
const STROKED_LETTERS: Readonly<Record<string, string>> = { ł: "l", ø: "o", đ: "d", ı: "i", ħ: "h" };
const STROKED_LETTER = /[łøđıħ]/gu;

function withoutMarks(lowerName: string): string {
  return lowerName
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(STROKED_LETTER, (letter) => STROKED_LETTERS[letter]!);
}
