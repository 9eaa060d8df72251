/**
 * Grammatical gender of role nouns ("Präsidentin" is feminine, "Vorsitzender" masculine) and their
 * other form, so that statements and distractors can agree with a person's gender.
 */
import { ADJECTIVAL_ROLE_ENDINGS, IRREGULAR_FEMININE_ROLES, ROLE_ENDINGS, ROLES_OF_EITHER_GENDER } from "./data/persons";
import { isAdjectiveLike, suffixMatcher } from "./text";
import type { Gender } from "./types";

const roleEnding = suffixMatcher(ROLE_ENDINGS);
const feminineOfIrregular = new Map(Object.entries(IRREGULAR_FEMININE_ROLES));
const masculineOfIrregular = new Map(Object.entries(IRREGULAR_FEMININE_ROLES).map(([masculine, feminine]) => [feminine, masculine]));
/** Inflections a role noun may carry as written ("dem Präsidenten", "des Kanzlers", "der Vorsitzenden"). */
const INFLECTIONS = ["", "en", "n", "s", "es"];

interface RoleNoun {
  /** The word up to the role ending, as written ("US-Außen" of "US-Außenministerin"). */
  prefix: string;
  /** The role ending in nominative singular, lower case ("ministerin", "vorsitzende"). */
  ending: string;
}

/** The role noun at the end of `word`, without inflection; undefined when the word is no role noun. */
function parseRoleNoun(word: string): RoleNoun | undefined {
  for (const inflection of INFLECTIONS) {
    if (!word.endsWith(inflection) || word.length <= inflection.length) continue;
    const stem = word.slice(0, word.length - inflection.length);
    const ending = roleEnding(stem.toLowerCase());
    if (!ending) continue;
    // "Präsidenten" is "Präsident" + "en"; "Vorsitzenden" is "Vorsitzende" + "n".
    return { prefix: stem.slice(0, stem.length - ending.length), ending };
  }
  return undefined;
}

/** "CEO", "Apple-CEO": a role written as an acronym, the same word for a man and a woman. */
function writtenAcronym(word: string, parsed: RoleNoun): string | undefined {
  const ending = word.slice(parsed.prefix.length, parsed.prefix.length + parsed.ending.length);
  return ending.length > 1 && ending === ending.toUpperCase() ? `${parsed.prefix}${ending}` : undefined;
}

const isAdjectival = (ending: string) => ADJECTIVAL_ROLE_ENDINGS.some((adjectival) => ending === adjectival || ending === `${adjectival}r`);

function isFeminineEnding(ending: string): boolean {
  if (masculineOfIrregular.has(ending)) return true;
  if (!ending.endsWith("in")) return false;
  const base = ending.slice(0, -2);
  return roleEnding(base) === base || roleEnding(`${base}e`) === `${base}e`;
}

function forms(ending: string): { masculine: string; feminine: string } {
  if (isAdjectival(ending)) {
    const stem = ending.endsWith("r") ? ending.slice(0, -1) : ending;
    return { masculine: `${stem}r`, feminine: stem };
  }
  if (isFeminineEnding(ending)) {
    const masculine =
      masculineOfIrregular.get(ending) ??
      (roleEnding(`${ending.slice(0, -2)}e`) === `${ending.slice(0, -2)}e` ? `${ending.slice(0, -2)}e` : ending.slice(0, -2));
    return { masculine, feminine: ending };
  }
  // "Major Anna Berger": a military rank keeps its masculine form for a woman ("Anna Berger ist Major", not "Majorin").
  if (ROLES_OF_EITHER_GENDER.has(ending)) return { masculine: ending, feminine: ending };
  const feminine = feminineOfIrregular.get(ending) ?? (ending.endsWith("e") ? `${ending.slice(0, -1)}in` : `${ending}in`);
  return { masculine: ending, feminine };
}

/** Keeps the writing of the word: capitalised when it starts the word or follows a hyphen ("IHK-Präsident"), lower case inside a compound. */
function joined(prefix: string, ending: string): string {
  return prefix === "" || prefix.endsWith("-") ? prefix + ending.charAt(0).toUpperCase() + ending.slice(1) : prefix + ending;
}

/**
 * Nominative singular of a role noun in both genders: "Präsidentin" -> Präsident / Präsidentin,
 * "Vorsitzenden" -> Vorsitzender / Vorsitzende, "US-Außenminister" -> US-Außenminister /
 * US-Außenministerin. Undefined for a word that is no role noun.
 */
export function roleForms(roleNoun: string): { masculine: string; feminine: string } | undefined {
  const parsed = parseRoleNoun(roleNoun.trim());
  if (!parsed) return undefined;
  const acronym = writtenAcronym(roleNoun.trim(), parsed);
  if (acronym) return { masculine: acronym, feminine: acronym };
  const { masculine, feminine } = forms(parsed.ending);
  return { masculine: joined(parsed.prefix, masculine), feminine: joined(parsed.prefix, feminine) };
}

/**
 * The gender a role noun states as written: "Präsidentin" female, "Präsident" and "Vorsitzender"
 * male; undefined where the form does not tell ("Vorsitzende", "Abgeordneten") or for no role noun.
 * A masculine form may still name a woman (generic masculine): weaker evidence than a feminine one.
 */
export function roleGender(roleNoun: string): Gender | undefined {
  const parsed = parseRoleNoun(roleNoun.trim());
  if (!parsed || writtenAcronym(roleNoun.trim(), parsed)) return undefined;
  if (isAdjectival(parsed.ending)) {
    // Only the strong nominative "-er" tells: "Vorsitzender"; "Vorsitzende(n)" may be either.
    return parsed.ending.endsWith("r") && roleNoun.trim().toLowerCase().endsWith(parsed.ending) ? "male" : undefined;
  }
  return isFeminineEnding(parsed.ending) ? "female" : "male";
}

/**
 * A role as it follows "ist" (nominative, no article: "britischer Verteidigungsminister") in the
 * given gender: the head noun changes ("britische Verteidigungsministerin") and so do the strong
 * adjective endings before it ("britischer" <-> "britische"). Other words stay as they are.
 */
export function roleInGender(role: string, gender: Gender): string {
  const words = role.trim().split(/\s+/u);
  let headIndex = -1;
  for (let index = words.length - 1; index >= 0; index--) {
    if (roleForms(words[index]!)) {
      headIndex = index;
      break;
    }
  }
  if (headIndex === -1) return role;
  const headForms = roleForms(words[headIndex]!)!;
  words[headIndex] = gender === "female" ? headForms.feminine : headForms.masculine;
  for (let index = 0; index < headIndex; index++) {
    const word = words[index]!;
    if (!isAdjectiveLike(word)) continue;
    if (gender === "female" && word.endsWith("er")) words[index] = word.slice(0, -1);
    else if (gender === "male" && word.endsWith("e")) words[index] = `${word}r`;
  }
  return words.join(" ");
}
