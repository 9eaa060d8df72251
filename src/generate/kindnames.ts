/** The name of an institution that the text introduces by its kind ("VW" of "Der Autobauer VW"). */

import { foldSpaces } from "../bank/text";
import { INSTITUTION_ENDINGS } from "../extract/data/organizations";
import { roleForms } from "../extract/gender";
import { isAdjectiveLike, suffixMatcher } from "../extract/text";
import type { DocContext } from "./context";
import { KIND_FAMILIES } from "./data/kinds";

const CAPITALISED_WORD = /^\p{Lu}[\p{L}-]*$/u;
/** A noun for who does something ("Autobauer", "Energieversorger", "Konkurrent"). */
const AGENT_NOUN = /\p{Ll}(?:er|ent|ant|ist|eur)$/u;
const kindEnding = suffixMatcher([...INSTITUTION_ENDINGS, ...KIND_FAMILIES.flat()]);

/** A noun that says what kind of institution follows: of an institution's kind, or of who does something. */
function isKindNoun(word: string): boolean {
  return kindEnding(word) !== undefined || AGENT_NOUN.test(word);
}

/**
 * The name of an institution the text introduces by its kind ("VW" of "Der Autobauer VW", "IG Metall" of "Die
 * Gewerkschaft IG Metall"): the capitalised words after one noun. Not where that noun is an adjective ("Die Deutsche
 * Bank"), no kind ("Die Grand Old Party"), a place's adjective before people ("Die Wiener Forscher"), or the words
 * name a place of the text ("Die Staatsanwaltschaft Stuttgart"), which qualify the noun.
 */
export function nameAfterKindNoun(doc: DocContext, text: string): string | undefined {
  const words = foldSpaces(text).split(" ");
  if (words.length < 3 || words.length > 4 || !/^(?:Der|Die|Das)$/u.test(words[0]!)) return undefined;
  const [kind, ...name] = words.slice(1);
  if (!CAPITALISED_WORD.test(kind!) || isAdjectiveLike(kind!) || !isKindNoun(kind!)) return undefined;
  if (!name.every((word) => CAPITALISED_WORD.test(word) && roleForms(word) === undefined)) return undefined;
  const named = name.join(" ");
  const places = [...doc.facts.places.map((place) => place.name), ...doc.facts.countries.map((country) => country.name)];
  return places.some((place) => named.includes(place)) ? undefined : named;
}
