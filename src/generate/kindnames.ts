/** The name of an institution that the text introduces by its kind ("VW" of "Der Autobauer VW"). */

import { foldSpaces } from "../bank/text";
import { INSTITUTION_ENDINGS } from "../extract/data/organizations";
import { SEATED_AUTHORITY_ENDINGS } from "../extract/data/state-bodies";
import { roleForms } from "../extract/gender";
import { isAdjectiveLike, suffixMatcher } from "../extract/text";
import type { DocContext } from "./context";
import { COMPANY_DESCRIPTION_ENDINGS, KIND_FAMILIES, VENUE_NOUNS } from "./data/kinds";

const CAPITALISED_WORD = /^\p{Lu}[\p{L}-]*$/u;
/**
 * A brand's name ending in one or two digits ("O2" of "Der Mobilfunker O2", "Tele2", "A1"): after an institution's kind
 * noun a name as a word of letters is. Not a type's number after a hyphen ("Sars-CoV-2") or of three digits and more
 * ("A380"): a thing's.
 */
export const NAME_WITH_DIGITS = /^\p{Lu}\p{L}*\d{1,2}$/u;
/** An adjective in small letters after the definite article, in the nominative: "deutsche", "börsennotierte", "US-amerikanische". */
const SMALL_ADJECTIVE = /^\p{Ll}[\p{L}-]*e$/u;
/** At most this many such adjectives before the kind noun ("Der schwedische staatliche Energiekonzern Vattenfall"). */
const MAX_ADJECTIVES_BEFORE_KIND = 2;
/** A noun for who does something ("Autobauer", "Energieversorger", "Konkurrent"). */
const AGENT_NOUN = /\p{Ll}(?:er|ent|ant|ist|eur)$/u;
/** A capitalised word in "-er" that may be a place's adjective ("Kärntner", "Grazer") as well as an agent noun. */
const PLACE_ADJECTIVE_SHAPE = /^\p{Lu}\p{Ll}+er$/u;
/** A building's or venue's noun ("Volksschule", "Landesklinikum", "Krankenhaus"), as the end of a compound. */
const venueEnding = suffixMatcher([...VENUE_NOUNS]);
/** An authority's noun that a text writes before its seat ("Staatsanwaltschaft", "Landesgericht", "Bezirkshauptmannschaft"). */
const seatedAuthorityEnding = suffixMatcher(SEATED_AUTHORITY_ENDINGS);
/** An acronym, an authority's own name after its noun ("Die Finanzmarktaufsicht FMA"), never a town. */
const ACRONYM = /^\p{Lu}{2,}$/u;
const kindEnding = suffixMatcher([...INSTITUTION_ENDINGS, ...KIND_FAMILIES.flat(), ...COMPANY_DESCRIPTION_ENDINGS, "gesellschaft"]);

/**
 * A noun of an institution's or a company's kind ("Mobilfunker", "Konzern", "Partei"), after which a brand ending in
 * digits (NAME_WITH_DIGITS) is the institution's name: alone such a word may as well be a product's model ("EOS M10").
 */
export const namesInstitutionKind = (word: string) => kindEnding(word) !== undefined;

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
  const all = foldSpaces(text).split(" ");
  // "Der deutsche Technologieriese Siemens", "Die italienische Großbank Unicredit": adjectives in small letters before
  // the kind noun describe the company as the kind noun does, and go with it.
  let adjectives = 0;
  while (adjectives < MAX_ADJECTIVES_BEFORE_KIND && SMALL_ADJECTIVE.test(all[1 + adjectives] ?? "")) adjectives++;
  const words = [all[0]!, ...all.slice(1 + adjectives)];
  if (words.length < 3 || words.length > 4 || !/^(?:Der|Die|Das)$/u.test(words[0]!)) return undefined;
  let [kind, ...name] = words.slice(1);
  // "Der Kärntner Papierkonzern Wiesner": a place's adjective, shaped like an agent noun, before the kind noun; the
  // kind noun is no part of the name ("Papierkonzern Wiesner ist ..." lacks its article).
  if (name.length === 2 && PLACE_ADJECTIVE_SHAPE.test(kind!) && isKindNoun(name[0]!)) [kind, ...name] = name;
  if (!CAPITALISED_WORD.test(kind!) || isAdjectiveLike(kind!) || !isKindNoun(kind!)) return undefined;
  // "Die Gmundner Milch", "Das Wiener Burgtheater": a word shaped like an agent noun after "Die" or "Das" is a town's
  // adjective, part of the name; an agent noun in the singular ("Der Autobauer VW") takes "Der".
  if (words[0] !== "Der" && kindEnding(kind!) === undefined) return undefined;
  // "Die Volksschule Pernau", "Das Landesklinikum Baden": a building's name says where it stands; the place alone
  // ("Pernau verbietet ...") would read as the town's deed.
  if (venueEnding(kind!.toLowerCase()) !== undefined) return undefined;
  // "Die Staatsanwaltschaft Wels", "Das Landesgericht Linz": a town the extractor need not know as a place is the
  // authority's seat; alone, the town would be the actor of the authority's deed ("Wels prüft Hinweise auf Betrug").
  if (seatedAuthorityEnding(kind!.toLowerCase()) !== undefined && !name.some((word) => ACRONYM.test(word))) return undefined;
  if (!name.every((word) => (CAPITALISED_WORD.test(word) || NAME_WITH_DIGITS.test(word)) && roleForms(word) === undefined)) return undefined;
  const named = name.join(" ");
  const places = [...doc.facts.places.map((place) => place.name), ...doc.facts.countries.map((country) => country.name), ...datelineTowns(doc)];
  // "Die Wiener Linien": a town's adjective, shaped like an agent noun ("Autobauer"), is part of the name, no kind before it.
  if (places.some((place) => namesPlace(kind!, place))) return undefined;
  return places.some((place) => named.includes(place)) ? undefined : named;
}

/** The towns of the dateline ("Hanoi / Phnom Penh –"), which the text need not name again. */
const datelineTowns = (doc: DocContext): string[] => doc.facts.document.dateline?.split("/").map((town) => town.trim()) ?? [];

/** A place's adjective after its stem: "Grazer", "Wiener", "Münchner" (of "Münch(en)"), "Tiroler". */
const PLACE_ADJECTIVE_ENDING = /^n?er$/u;

/** Whether `word` names the place `name` or is its adjective ("Grazer" of "Graz", "Kärntner" of "Kärnten"). */
export function namesPlace(word: string, name: string): boolean {
  if (word === name) return true;
  // "Wiener" keeps all of "Wien", "Münchner" drops the "en" of "München".
  return [name, name.replace(/e?n$/u, "")].some((stem) => word.startsWith(stem) && PLACE_ADJECTIVE_ENDING.test(word.slice(stem.length)));
}
