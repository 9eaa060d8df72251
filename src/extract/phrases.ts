/**
 * Who a clause names as speaker or actor: a named person (with the role words before the name), an
 * institution ("die Bundesregierung", "Die EU-Kommission"), or, for speakers, a phrase such as
 * "ein Sprecher der Polizei". Pronouns and "man" never.
 */
import { NOT_ACTORS, PHRASE_DETERMINERS } from "./data/claims";
import { GENITIVE_ARTICLES, PREPOSITIONS_BEFORE_NAMES } from "./data/grammar";
import {
  EQUIVALENT_OFFICE_HEADS,
  GENERAL_OFFICE_WORDS,
  GOVERNMENT_ROLE_ENDINGS,
  OFFICE_EPITHETS,
  PERSON_KIND_FEMININE,
  PERSON_KIND_MASCULINE,
} from "./data/persons";
import { CITIES } from "./data/countries";
import { countryArticle } from "./data/country-articles";
import { SEATED_AUTHORITY_ENDINGS, SEATS_OF_GOVERNMENT, STATE_BODY_ENDINGS } from "./data/state-bodies";
import { countryOfAdjective, demonymOf, isCountryAdjective, type CountryMention } from "./countries";
import {
  CLUB_NAME_OPENERS,
  INSTITUTION_ENDINGS,
  INSTITUTION_KINDS,
  KINDS_NAMED_BY_NOUN,
  ORGANISATIONS_NAMED_AS_WORDS,
  PARTIES_NAMED_BY_ADJECTIVE,
  NAME_INTRODUCING_KINDS,
} from "./data/organizations";
import { roleForms, roleGender } from "./gender";
import { isInflectedRole, isRoleToken } from "./persons";
import {
  adjectiveStem,
  ageOfAgeWord,
  isAdjectiveLike,
  isNameNumber,
  isNumberInName,
  sentenceIndexAt,
  startsWithDigit,
  suffixMatcher,
  type Token,
} from "./text";
import type { Doc } from "./doc";
import type { Gender, Mention, PersonFact, Sentence, Span } from "./types";

const institutionEnding = suffixMatcher(INSTITUTION_ENDINGS, ["s", "en", "n"]);
/** A noun of a kind the text introduces a name after ("der Raumsonde", "des Konzerns"), in the genitive too. */
const nameIntroducingKind = suffixMatcher(NAME_INTRODUCING_KINDS, ["s", "es"]);
/** Whether a noun, lower case, names an institution by its head ("parteivorstand", "krim-führung"). */
export const isInstitutionNoun = (lower: string) => institutionEnding(lower) !== undefined;
/** "ÖVP", "UNHCR", "EU-Kommission": an acronym, alone or opening a compound. */
const ACRONYM = /^\p{Lu}{2,}(?:-|$)/u;
/** A capitalised adjective that opens a name ("Oberste", "Heilige", "Vereinten", "Deutsche", "Europäische"). */
const CAPITALISED_ADJECTIVE = /^\p{Lu}\p{Ll}*(?:isch|lich|ig|ch|st|t|r|l|ß)(?:e|en|er|es|em)$/u;
/** A city's adjective before a noun ("das Moskauer Außenministerium", "die Wiener Polizei"). */
export const CITY_ADJECTIVE = /^\p{Lu}\p{Ll}+er$/u;
/** An adjective after an acronym and a hyphen, before a name: "sein US-amerikanischer Amtskollege Barack Obama". */
const ACRONYM_ADJECTIVE = /^\p{Lu}{2,}-\p{Ll}{3,}(?:e|en|er|es|em)$/u;
/** A word of a name's shape: an acronym, a capital inside or a hyphen ("UNHCR", "AlphaGo", "Al-Kaida"). */
const NAME_SHAPED_WORD = /^\p{Lu}{2,}|^\p{Lu}\p{Ll}+\p{Lu}|-/u;
const POSSESSIVES: ReadonlySet<string> = new Set(["dessen", "deren", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer"]);
const INDEFINITE: ReadonlySet<string> = new Set(["ein", "eine", "einer", "einem", "eines"]);

export interface PersonMention {
  person: PersonFact;
  mention: Mention;
}

/** The person mentioned at each start offset. */
export function personMentionsByStart(persons: readonly PersonFact[]): Map<number, PersonMention> {
  const byStart = new Map<number, PersonMention>();
  for (const person of persons) for (const mention of person.mentions) byStart.set(mention.start, { person, mention });
  return byStart;
}

export interface Phrase {
  /** The words as they name the speaker or actor: the name of a person, the whole phrase otherwise. */
  mention: Mention;
  person?: PersonFact;
  /** Whether it names an institution or person, not a description ("ein Polizeisprecher"). */
  named: boolean;
  /** Token index after the phrase. */
  next: number;
  /** A country or city that stands for its government ("Russland hat ... gefordert", "Washington kündigte ... an"). */
  place?: "country" | "city";
  /** Named only by a name the text marks as an organisation's (organisationNames): one body, which takes a singular verb. */
  organisation?: boolean;
  /** A seat that stands for its government ("Der Kreml", SEATS_OF_GOVERNMENT): a building too. */
  seat?: boolean;
}

/** The seats of government (SEATS_OF_GOVERNMENT) by their first word, so that a phrase's first word looks up the few to compare. */
const seatsByFirstWord = new Map<string, (readonly string[])[]>();
for (const { words } of SEATS_OF_GOVERNMENT) seatsByFirstWord.set(words[0]!, [...(seatsByFirstWord.get(words[0]!) ?? []), words]);

/** The token index after a seat of government that opens at `from` as a subject ("Der Kreml", "Das Weiße Haus"), if one does. */
function afterSeatOfGovernment(tokens: readonly Token[], from: number): number | undefined {
  const seats = seatsByFirstWord.get(tokens[from]!.lower);
  if (seats === undefined) return undefined;
  for (const words of seats) {
    const end = from + words.length;
    if (end > tokens.length || !words.every((word, offset) => tokens[from + offset]!.lower === word && (offset === 0 || tokens[from + offset]!.joined)))
      continue;
    // A capitalised word right after it ("Das Weiße Haus Verlag"): the seat's words open a longer name.
    const after = tokens[end];
    return after?.joined && after.capitalised ? undefined : end;
  }
  return undefined;
}

/** Digits only: a number that may be a word of a name ("TSV 1860 München"). */
const DIGITS = /^\d+$/u;

/** No names of organisations: for callers that read speakers and actors without them. */
const NO_ORGANISATIONS: ReadonlySet<string> = new Set();

/** The token index after the organisation's name that opens at `index` ("Hamas", "Ansar Dine"), if one does. */
function afterOrganisationName(tokens: readonly Token[], index: number, organisations: ReadonlySet<string>): number | undefined {
  if (organisations.size === 0) return undefined;
  let words = tokens[index]!.text;
  for (let end = index + 1; end <= tokens.length; end++) {
    if (organisations.has(words)) return end;
    const next = tokens[end];
    // "TSV 1860 München": a number may be a word of a club's name.
    if (!next?.joined || !(next.capitalised || DIGITS.test(next.text))) return undefined;
    words += ` ${next.text}`;
  }
  return undefined;
}

/** Country names by start offset (not adjectives or prefixes): what a bare proper noun at a phrase's start may be. */
export function countryNamesByStart(mentions: readonly CountryMention[]): Map<number, CountryMention> {
  const byStart = new Map<number, CountryMention>();
  for (const mention of mentions) if (mention.form === "name") byStart.set(mention.start, mention);
  return byStart;
}

/**
 * "Die Türkei kündigte ... an", "Der Iran hat ...", "Die USA haben ...": a country whose name takes an
 * article, with the article it takes as subject ("der Türkei" is no subject). A plural name is a group
 * that may take a plural verb, so it stands as a named institution, not as a country alone.
 */
function countryWithArticle(tokens: readonly Token[], from: number, countries: ReadonlyMap<number, CountryMention> | undefined): Phrase | undefined {
  const first = tokens[from]!;
  const name = tokens[from + 1];
  const country = name?.joined ? countries?.get(name.start) : undefined;
  const article = country ? countryArticle(country.text) : undefined;
  if (!country || !article || article.article !== first.lower) return undefined;
  const next = tokenAfter(tokens, from + 1, country.end);
  // "Die Schweiz Tourismus": a longer name that only starts with the country's.
  if (tokens[next]?.capitalised && tokens[next]!.joined) return undefined;
  const mention = { start: first.start, end: country.end, text: `${first.text}${" ".repeat(name!.start - first.end)}${country.text}` };
  return article.plural ? { mention, named: true, next } : { mention, named: true, next, place: "country" };
}

/** The nouns of a town's or land's kind, as a genitive before its name: "der Stadt Zell", "der Gemeinde Ried", "des Landes Tirol". */
const PLACE_KIND = /^(?:stadt|stadtgemeinde|marktgemeinde|gemeinde|landes|bezirks?)$/u;

/** Whether the token at `index` names a town in one capitalised word, within the phrase (joined) and not a noun in the genitive ("von Gemeinden"). */
function townAt(tokens: readonly Token[], from: number, index: number): boolean {
  const town = tokens[index];
  return town?.capitalised === true && joinedAfter(tokens, from, index) && !isAdjectiveLike(town.text) && !institutionEnding(town.lower);
}

/** The token index after the mention that ends at `end`. */
export function tokenAfter(tokens: readonly Token[], from: number, end: number): number {
  let next = from;
  while (next < tokens.length && tokens[next]!.start < end) next++;
  return next;
}

/** Whether the token at `index` is joined to the one before, inside a phrase that opens at `from`. */
function joinedAfter(tokens: readonly Token[], from: number, index: number): boolean {
  return index > from && tokens[index]!.joined;
}

/** An age as an adjective: "45-jährige", "61-jährigen". */
const AGE_ADJECTIVE = /^\d{1,3}-jährige[nmrs]?$/u;
/** A participle inflected as an adjective, ending an attribute: "gehandelte", "geborene", "gewählten", "amtierende". */
export const INFLECTED_PARTICIPLE = /\p{Ll}(?:t|en|end)e[nmrs]?$/u;
/** Prepositions of where or since when that widen a participle ("in Wien geborene", "aus Syrien stammende", "seit 2010 amtierende"). */
const WIDENING_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "im", "aus", "seit"]);
/** A year ("1972 geborene"). */
const YEAR = /^(?:1[89]|20)\d{2}$/u;
/** Most words between a widening preposition and its participle ("in Bad Ischl geborene"). */
const MAX_WIDENING_WORDS = 2;

/**
 * The index after an age ("45-jährige") or a participle widened by a place or year ("in Brüssel geborene", "1972
 * geborene") that starts at `at`, undefined where none does. Every word joined to the one before.
 */
function afterAgeOrWidenedAttribute(tokens: readonly Token[], at: number): number | undefined {
  const first = tokens[at];
  if (!first?.joined) return undefined;
  if (AGE_ADJECTIVE.test(first.lower)) return at + 1;
  let participle = at + 1;
  if (WIDENING_PREPOSITIONS.has(first.lower)) {
    while (participle <= at + MAX_WIDENING_WORDS && tokens[participle]?.joined && (tokens[participle]!.capitalised || YEAR.test(tokens[participle]!.text)))
      participle++;
    if (participle === at + 1) return undefined;
  } else if (!YEAR.test(first.text)) return undefined;
  const word = tokens[participle];
  return word?.joined && !word.capitalised && INFLECTED_PARTICIPLE.test(word.text) && isAdjectiveLike(word.text) ? participle + 1 : undefined;
}

/**
 * Whether a person's name follows at `at`, after at most two offices or adjectives ("Bürgermeister", "frühere"), of the
 * article's gender (ARTICLE_GENDER) where both are known: "Die in Adnet geborene Bürgermeister Karl Brunner" is no one's.
 */
function personFollows(tokens: readonly Token[], at: number, persons: ReadonlyMap<number, PersonMention>, gender: Gender | undefined): boolean {
  for (let index = at; index < at + 3 && index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.joined) return false;
    const named = persons.get(token.start);
    if (named) return gender === undefined || named.person.gender === undefined || named.person.gender === gender;
    if (!isAdjectiveLike(token.text) && !isRoleToken(token) && !token.capitalised) return false;
  }
  return false;
}

/** An authority's noun that a text writes before its seat ("Staatsanwaltschaft", "Landesgericht"). */
const seatedAuthorityEnding = suffixMatcher(SEATED_AUTHORITY_ENDINGS);
/** Articles that open an object after the subject ("ein Verfahren", "die Ermittlungen"). */
const OBJECT_ARTICLES: ReadonlySet<string> = new Set(["der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "kein", "keine", "keinen"]);

/** Whether `word` continues the phrase of the noun `head` (see phraseAt). A function of the module, not a closure: built with keepNames (tsx, wrangler), every named closure costs a defineProperty of its name each time it is made. */
function continuesPhrase(
  head: Token,
  word: Token,
  next: Token | undefined,
  afterVerb: boolean,
  countries: ReadonlyMap<number, CountryMention> | undefined,
): boolean {
  return (
    !afterVerb ||
    // "leitete die Staatsanwaltschaft Steyr ein Verfahren ein": after an authority's noun, a word that an article follows
    // is its seat, not its object ("hat die Staatsanwaltschaft Anklage erhoben" has none after it).
    (seatedAuthorityEnding(head.lower) !== undefined && next !== undefined && OBJECT_ARTICLES.has(next.lower)) ||
    // "trifft der FC Bayern …": a club's opener goes on with its town.
    CLUB_NAME_OPENERS.has(head.text) ||
    // "glauben die Forscher Lawinen ...": an office's noun in "-er" is no adjective of a name ("Oberste", "Wiener").
    (!isRoleToken(head) && (CAPITALISED_ADJECTIVE.test(head.text) || CITY_ADJECTIVE.test(head.text))) ||
    NAME_SHAPED_WORD.test(word.text) ||
    countries?.get(word.start) !== undefined ||
    CITIES.has(word.text)
  );
}

/** Lower-case particles inside the names of Italian, Spanish and French bodies and media ("Corriere della Sera", "Banco de España"). */
const ROMANCE_NAME_PARTICLES: ReadonlySet<string> = new Set(["della", "dello", "delle", "degli", "dei", "del", "di", "de", "y"]);

/**
 * The phrase starting at token `from`: "Angela Merkel", "Bundeskanzlerin Angela Merkel", "der
 * russische Außenminister Sergej Lawrow", "die Bundesregierung", "ein Sprecher der Polizei".
 */
export function phraseAt(
  text: string,
  tokens: readonly Token[],
  from: number,
  persons: ReadonlyMap<number, PersonMention>,
  countries?: ReadonlyMap<number, CountryMention>,
  afterVerb = false,
  organisations: ReadonlySet<string> = NO_ORGANISATIONS,
): Phrase | undefined {
  const first = tokens[from];
  if (!first || (NOT_ACTORS.has(first.lower) && !PHRASE_DETERMINERS.has(first.lower) && !POSSESSIVES.has(first.lower))) return undefined;
  const seatEnd = afterSeatOfGovernment(tokens, from);
  if (seatEnd !== undefined) {
    const stop = tokens[seatEnd - 1]!.end;
    return { mention: { start: first.start, end: stop, text: text.slice(first.start, stop) }, named: true, next: seatEnd, seat: true };
  }
  let index = from;
  // "dessen Anwältin Klára Samková", "seine Sprecherin Eva Berg": a possessive opens only a person's phrase.
  const possessive = POSSESSIVES.has(first.lower);
  const hasDeterminer = PHRASE_DETERMINERS.has(first.lower) || possessive;
  const country = countries?.get(first.start);
  // "Chinas Präsident Xi Jinping", "Russlands Regierung", "Odessas Gouverneur": a country or city in the genitive opens the phrase like an article.
  // Asked of most phrases: the city lookup (and its slice) only for a word in "s" before a capitalised one.
  // "Leverkusens Trainer Xabi Alonso": also any name in the genitive right before an office.
  // "Griechenlands geschlagene Linke", "Chinas neuer Präsident": adjectives may stand between the genitive and its noun.
  const genitive =
    first.lower.endsWith("s") &&
    tokens[adjectivesEnd(tokens, from + 1, tokens.length)]?.capitalised === true &&
    ((country !== undefined && country.end === first.end) ||
      CITIES.has(first.text.slice(0, -1)) ||
      (first.capitalised && from > 0 && tokens[from + 1]!.joined && isRoleToken(tokens[from + 1]!) && persons.has(tokens[from + 2]?.start ?? -1)));
  if (hasDeterminer || genitive) index++;
  const articled = hasDeterminer && !possessive ? countryWithArticle(tokens, from, countries) : undefined;
  if (articled) return articled;
  // "malische Soldaten haben ...": a body of a state named by its country's adjective needs no article.
  const body = tokens[from + 1];
  if (!hasDeterminer && body?.joined && body.capitalised && isCountryAdjective(first.lower) && STATE_BODY_ENDINGS.some((ending) => body.lower.endsWith(ending)))
    return { mention: { start: first.start, end: body.end, text: text.slice(first.start, body.end) }, named: true, next: from + 2 };
  if (!hasDeterminer && !genitive && !persons.has(first.start)) {
    // "Russland hat ... gefordert", "Washington kündigte ... an": a country or city alone, not the start of a longer name.
    const place = country?.end === first.end ? "country" : CITIES.has(first.text) ? "city" : undefined;
    const nextWord = tokens[from + 1];
    if (place && !(nextWord?.capitalised && nextWord.joined))
      return { mention: { start: first.start, end: first.end, text: first.text }, named: true, next: from + 1, place };
  }
  // "Der 45-jährige Bürgermeister Karl Huber", "Der in Brüssel geborene Hauptverdächtige Salah Abdeslam": an age, or an
  // attribute whose participle a place or year widens, between the article and the office or name; taken only where a
  // name follows, whose phrase it opens.
  const widened = hasDeterminer && !possessive ? afterAgeOrWidenedAttribute(tokens, from + 1) : undefined;
  const attributeEnd = widened !== undefined && personFollows(tokens, widened, persons, ARTICLE_GENDER.get(first.lower)) ? widened : undefined;
  if (attributeEnd !== undefined) index = attributeEnd;
  while (index < tokens.length && index - from < 6) {
    if (index > from && !joinedAfter(tokens, from, index)) {
      // "sagt Odessas Gouverneur, der georgische Expräsident Michail Saakaschwili": an office, then a comma.
      if (isRoleToken(tokens[index - 1]!)) break;
      return undefined;
    }
    const token = tokens[index]!;
    const named = persons.get(token.start);
    // "Ein Sprecher Konvičkas": after an indefinite article the name is a genitive, not the speaker.
    if (named && !INDEFINITE.has(first.lower))
      return { mention: named.mention, person: named.person, named: true, next: tokenAfter(tokens, index, named.mention.end) };
    // "die Psychologen": a role noun inflected after "die" is the plural, the people; the noun phrase below reads it.
    if (first.lower === "die" && isInflectedRole(token)) break;
    if (isAdjectiveLike(token.text) || ACRONYM_ADJECTIVE.test(token.text) || isRoleToken(token)) {
      index++;
      continue;
    }
    // "Der Kärntner Landesrat Herbert Berger", "der Wiener Bürgermeister Michael Ludwig": a place's adjective before an office.
    if (CITY_ADJECTIVE.test(token.text) && tokens[index + 1]?.joined && isRoleToken(tokens[index + 1]!)) {
      index++;
      continue;
    }
    // "Staats- und Parteichef": the first half of a compound shared with the next word.
    if (token.text.endsWith("-") && (tokens[index + 1]?.lower === "und" || tokens[index + 1]?.lower === "oder")) {
      index += 2;
      continue;
    }
    // "Parteichef und Vizekanzler Werner Faymann": two offices of one person before the name.
    if (token.lower === "und" && index > from && isRoleToken(tokens[index - 1]!) && tokens[index + 1] && isRoleToken(tokens[index + 1]!)) {
      index++;
      continue;
    }
    break;
  }
  if (possessive) return undefined;
  // No name: a noun phrase "die Bundesregierung", "ein Sprecher der Polizei", or an acronym "Die ÖVP".
  let nounIndex = attributeEnd ?? (hasDeterminer || genitive ? from + 1 : from);
  while (nounIndex < tokens.length && nounIndex - from < 4 && isAdjectiveLike(tokens[nounIndex]!.text) && joinedAfter(tokens, from, nounIndex)) nounIndex++;
  const noun = tokens[nounIndex];
  if (!noun?.capitalised || (nounIndex > from && !joinedAfter(tokens, from, nounIndex))) return undefined;
  // "EU-Kommission" names an institution, "EU-Abgeordnete" do not.
  const isAcronym = ACRONYM.test(noun.text) && !noun.text.includes("-");
  // "die Hamas", "AlphaGo": a name the text marks as an organisation's, with "die", "das" or no article; "der Hamas" is
  // a genitive or dative, no subject. An acronym ("Der IS") names one already.
  const organisationEnd =
    isAcronym || (hasDeterminer && first.lower !== "die" && first.lower !== "das") ? undefined : afterOrganisationName(tokens, nounIndex, organisations);
  if (organisationEnd !== undefined) {
    const stop = tokens[organisationEnd - 1]!.end;
    return { mention: { start: first.start, end: stop, text: text.slice(first.start, stop) }, named: true, next: organisationEnd, organisation: true };
  }
  // "Die Grünen", "die Linke": a party named by an adjective's noun, after the nominative's article ("der Grünen" is a genitive).
  const partyByAdjective = first.lower === "die" && nounIndex === from + 1 && PARTIES_NAMED_BY_ADJECTIVE.has(noun.lower);
  let isInstitution = isAcronym || partyByAdjective || ORGANISATIONS_NAMED_AS_WORDS.has(noun.lower) || institutionEnding(noun.lower) !== undefined;
  // "der Kommentator Michael Redmond": a name right after the noun is the one who speaks or acts.
  // "Der Komiker und Politneuling Jimmy Morales": two nouns of one person before the name (a singular verb
  // after it says so: two subjects would take the plural).
  const secondNoun =
    tokens[nounIndex + 1]?.lower === "und" &&
    tokens[nounIndex + 2]?.capitalised &&
    joinedAfter(tokens, from, nounIndex + 2) &&
    institutionEnding(noun.lower) === undefined
      ? 2
      : 0;
  const apposed = tokens[nounIndex + 1 + secondNoun];
  // "sagt Politologe Laurenz Ennser-Jedenastik": inside a sentence, a capitalised word right before a name is the
  // person's role also without an article, where no role list knows the noun. Not at a sentence's start, where
  // "Für", "Laut" or "Später" are capitalised too.
  const rolePosition = hasDeterminer || (!genitive && nounIndex === from && from > 0);
  // "Die Staatsanwaltschaft Klagenfurt": an authority's noun is no person's role, the word after it its seat, also where a
  // name of the text ends in that town ("SK Austria Klagenfurt" misread as a person).
  const seated = seatedAuthorityEnding(noun.lower) !== undefined;
  let named = rolePosition && apposed?.joined && !INDEFINITE.has(first.lower) && !seated ? persons.get(apposed.start) : undefined;
  // "Xi Jinping" where only "Jinping" is marked as the person: a part of the name is no role.
  if (named && !hasDeterminer && named.person.name.split(" ").includes(noun.text)) named = undefined;
  if (named) return { mention: named.mention, person: named.person, named: true, next: tokenAfter(tokens, nounIndex + 1 + secondNoun, named.mention.end) };
  // A capitalised word after the noun belongs to the name: "der Heilige Vater", "Die Weltbank Group", "Der
  // Oberste Gerichtshof"; a noun and a name after it names one ("Der Technologieriese Siemens", "Die
  // Zollfahndung Niederösterreich").
  // After the verb ("Am Freitag hat die Staatsanwaltschaft Anklage erhoben"), a plain noun after the subject's
  // is its object: there only a name's word continues it (an acronym, a capital inside, a country).
  const head = noun;
  const club = CLUB_NAME_OPENERS.has(head.text);
  while (
    nounIndex + 1 < tokens.length &&
    // "Der TSV 1860 München", "der FC Schalke 04": a club's number is a word of its name.
    (tokens[nounIndex + 1]!.capitalised || (club && isNumberInName(text, tokens[nounIndex + 1]!.start, tokens[nounIndex + 1]!.text))) &&
    joinedAfter(tokens, from, nounIndex + 1) &&
    (seated || !persons.has(tokens[nounIndex + 1]!.start)) &&
    // "hat der SK Rapid Cheftrainer Robert Klauß entlassen": an office right before a person's name is that person's.
    !(isRoleToken(tokens[nounIndex + 1]!) && persons.has(tokens[nounIndex + 2]?.start ?? -1)) &&
    continuesPhrase(head, tokens[nounIndex + 1]!, tokens[nounIndex + 2], afterVerb, countries)
  ) {
    nounIndex++;
    // "die Zeitung Corriere della Sera", "die Notenbank Banco de España": a Romance particle between two words of the name.
    const particle = tokens[nounIndex + 1];
    if (particle && ROMANCE_NAME_PARTICLES.has(particle.text) && tokens[nounIndex + 2]?.capitalised && joinedAfter(tokens, from, nounIndex + 2)) nounIndex++;
    const word = tokens[nounIndex]!;
    // After an adjective of a name ("Oberste", "Heilige", "Deutsche") the last word must name the institution; after
    // "der", "die" or "das" such an adjective ends in "-e", so a word in "-er" there is a noun ("Der Autozulieferer Brenner").
    isInstitution ||=
      CAPITALISED_ADJECTIVE.test(head.text) && !(DEFINITE_ARTICLES.has(first.lower) && head.text.endsWith("er"))
        ? institutionEnding(word.lower) !== undefined
        : true;
  }
  if (!hasDeterminer && !genitive && !isAcronym) return undefined;
  let end = nounIndex + 1;
  // "Insgesamt erzielte ORF 2 ...": the channel's number is part of its name.
  if (isNameNumber(text, tokens, end)) end++;
  // A genitive attribute: "ein Sprecher der Polizei", "die Regierung des Landes". Not after an acronym, a name that needs
  // none: "ist der EGMR der Empfehlung ... gefolgt" goes on with the verb's object.
  const article = tokens[end];
  const last = tokens[end - 1]!;
  const afterAcronym = ACRONYM.test(last.text) && !last.text.includes("-");
  if (article && (article.lower === "der" || article.lower === "des") && !afterAcronym && joinedAfter(tokens, from, end)) {
    let genitiveNoun = end + 1;
    while (genitiveNoun < tokens.length && isAdjectiveLike(tokens[genitiveNoun]!.text) && joinedAfter(tokens, from, genitiveNoun)) genitiveNoun++;
    const candidate = tokens[genitiveNoun];
    if (candidate?.capitalised && joinedAfter(tokens, from, genitiveNoun)) {
      end = genitiveNoun + 1;
      // "Der Gemeinderat der Stadt Zell": a town named after the genitive of its kind belongs to it.
      if (isInstitution && PLACE_KIND.test(candidate.lower) && townAt(tokens, from, end)) end++;
      // "der Landeroboter Philae der ESA-Mission Rosetta": a name the text gives a body or product, after its kind's genitive, belongs to it.
      else if (tokens[end]?.joined && organisations.has(tokens[end]!.text) && nameIntroducingKind(candidate.lower) !== undefined) end++;
    }
  } else if (isInstitution && (article?.lower === "von" || (article?.lower === "in" && !afterVerb && from === 0)) && townAt(tokens, from, end + 1)) {
    // "Der Gemeinderat von Zell hat ... beschlossen", "Das Gymnasium in Krems verbietet ...": the town a local body or
    // firm belongs to. After "in" only in the subject that opens the sentence, right before its verb: after the verb or
    // in a clause ("Wie das Innenministerium in Wien mitteilte"), "in Wien" may be where the deed was done.
    end += 2;
  }
  // "die Internationale Organisation für Migration (IOM)": the name goes on after "für" up to the acronym in brackets.
  const acronymEnd = hasDeterminer ? forNameBeforeAcronym(text, tokens, from, end) : undefined;
  if (acronymEnd !== undefined) {
    end = acronymEnd;
    isInstitution = true;
  }
  const start = first.start;
  const stop = tokens[end - 1]!.end;
  return { mention: { start, end: stop, text: text.slice(start, stop) }, named: isInstitution, next: end };
}

/** Most words of a name after its "für" ("Luft- und Raumfahrt", "politische Bildung"). */
const MAX_WORDS_AFTER_FOR = 4;

/**
 * "die Internationale Organisation für Migration (IOM)", "das Deutsche Zentrum für Luft- und Raumfahrt (DLR)": where a
 * phrase ending at `end` goes on with "für", capitalised words, "und" or adjectives, then the acronym in brackets, the
 * end of that name (before the bracket); undefined where no acronym follows so ("die Regierung für ihre Politik").
 */
function forNameBeforeAcronym(text: string, tokens: readonly Token[], from: number, end: number): number | undefined {
  if (tokens[end]?.lower !== "für" || !joinedAfter(tokens, from, end)) return undefined;
  for (let index = end + 1; index <= end + MAX_WORDS_AFTER_FOR && index < tokens.length && joinedAfter(tokens, from, index); index++) {
    const word = tokens[index]!;
    if (!word.capitalised && word.lower !== "und" && !isAdjectiveLike(word.text)) return undefined;
    if (!word.capitalised) continue;
    let at = word.end;
    while (text[at] === " ") at++;
    BRACKETED_ACRONYM.lastIndex = at;
    if (BRACKETED_ACRONYM.test(text)) return index + 1;
  }
  return undefined;
}

/** The phrase opening each sentence of the article's text (undefined for titles, headings and sentences without one): read once, used by quotes and actions. */
export function openingPhrases(
  doc: Doc,
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
  holders: readonly OfficeHolder[],
  organisations: ReadonlySet<string>,
): (Phrase | undefined)[] {
  return doc.sentences.map((_sentence, index) => {
    if (!doc.body[index]) return undefined;
    const tokens = doc.tokens[index]!;
    const phrase = personOfAge(doc.text, tokens, 0, persons) ?? phraseAt(doc.text, tokens, 0, persons, countries, false, organisations);
    return phrase && (holderOfOffice(doc.text, tokens, phrase, holders) ?? phrase);
  });
}

/** A person of the text with an office, and where the person is first named. */
export interface OfficeHolder {
  person: PersonFact;
  /** The office's masculine form in lower case, then the same office as the text may also write it ("parteichef", "parteivorsitzender", "pis-chef"). */
  offices: readonly string[];
  /** The stems of the words before the office in the person's role ("deutsch" of "deutsche Innenminister"). */
  adjectives: ReadonlySet<string>;
  firstNamed: number;
  /** Where the text names the person, also in the genitive ("nach der Entscheidung Obamas"), in text order. */
  namedAt: readonly number[];
  /** The text's sentences, in text order (the same list for every holder): how near a naming stands. */
  sentences: readonly Sentence[];
}

/** An acronym in brackets ("(PiS)", "(SPÖ)"): two capitals at least, nothing else; tried where a bracket opens. */
const BRACKETED_ACRONYM = /\((\p{Lu}\p{L}*\p{Lu}\p{L}*)\)/uy;
/** Small words inside a name before its acronym ("Partei Recht und Gerechtigkeit (PiS)"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(["und", "für", "der", "des", "die", "von"]);

/** A module constant, not a literal in the function: compiled for Node 20 (tsx), a literal with \p{…} outside a class is built anew on every call. */
const CAPITALISED = /^\p{Lu}/u;

/**
 * The matches of BRACKETED_ACRONYM in the text, left to right, as matchAll would find them: the expression is tried only
 * where a bracket opens (a search for the bracket alone costs a fraction of the expression's scan of the whole text).
 */
function bracketedAcronymMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  for (let open = text.indexOf("("); open >= 0; ) {
    BRACKETED_ACRONYM.lastIndex = open;
    const match = BRACKETED_ACRONYM.exec(text);
    if (match) matches.push(match);
    open = text.indexOf("(", match ? BRACKETED_ACRONYM.lastIndex : open + 1);
  }
  return matches;
}

/**
 * Acronyms the text explains, with the capitalised words of the name before each in lower case:
 * "die Partei Recht und Gerechtigkeit (PiS)" gives "pis" with "partei", "recht", "gerechtigkeit".
 */
function bracketedAcronyms(text: string): Map<string, string[]> {
  const acronyms = new Map<string, string[]>();
  for (const match of bracketedAcronymMatches(text)) {
    const words = text
      .slice(Math.max(0, match.index - 80), match.index)
      .split(/\s+/u)
      .filter(Boolean);
    const nameWords: string[] = [];
    for (let index = words.length - 1; index >= 0; index--) {
      const word = words[index]!;
      if (index < words.length - 1 && /[.,;:!?)]$/u.test(word)) break;
      if (CAPITALISED.test(word)) nameWords.push(word.toLowerCase());
      else if (!NAME_JOINERS.has(word)) break;
    }
    const acronym = match[1]!.toLowerCase();
    acronyms.set(acronym, [...(acronyms.get(acronym) ?? []), ...nameWords]);
  }
  return acronyms;
}

/**
 * The office as the text may write it: with an equivalent head ("Parteichef", "Parteivorsitzender"), with the
 * holder's party ("SPÖ-Landeshauptmann" of "Landeshauptmann Hans Niessl (SPÖ)"), and with the acronym of the name
 * its first part opens ("PiS-Chef" where the text names "die Partei Recht und Gerechtigkeit (PiS)"), unless the
 * holder's party is another one.
 */
function officeSpellings(office: string, acronyms: ReadonlyMap<string, readonly string[]>, parties: ReadonlySet<string>): string[] {
  const spellings = new Set([office]);
  for (const heads of EQUIVALENT_OFFICE_HEADS) {
    const head = heads.find((candidate) => office.endsWith(candidate));
    if (head) for (const other of heads) spellings.add(`${office.slice(0, office.length - head.length)}${other}`);
  }
  for (const spelling of [...spellings]) {
    for (const party of parties) spellings.add(`${party}-${spelling}`);
    for (const [acronym, nameWords] of acronyms) {
      if (parties.size > 0 && !parties.has(acronym)) continue;
      for (const word of nameWords)
        if (spelling.startsWith(word) && spelling.length > word.length + 3) spellings.add(`${acronym}-${spelling.slice(word.length)}`);
    }
  }
  return [...spellings];
}

/** A party's short name in brackets right after a name: "Hans Niessl (SPÖ)". */
const PARTY_AFTER_NAME = /^[ \t\u00a0]*\((\p{Lu}\p{L}*\p{Lu}\p{L}*)\)/u;

/** The party's short name in brackets right after a person's mention ("SPÖ" after "Hans Niessl"), as written. */
export function partyAfterName(text: string, mention: Span): string | undefined {
  return PARTY_AFTER_NAME.exec(text.slice(mention.end, mention.end + 16))?.[1];
}

/** The parties in brackets after the person's mentions, in lower case. */
function partiesOf(text: string, person: PersonFact): Set<string> {
  const parties = new Set<string>();
  for (const mention of person.mentions) {
    const party = partyAfterName(text, mention);
    if (party) parties.add(party.toLowerCase());
  }
  return parties;
}

/** The persons of the text that hold an office the text names ("Landeshauptmann Hans Niessl"). */
export function officeHolders(doc: Doc, persons: ReadonlyMap<number, PersonMention>): OfficeHolder[] {
  const { text } = doc;
  const holders = new Map<PersonFact, OfficeHolder>();
  const namedAt = new Map<PersonFact, number[]>();
  let acronyms: Map<string, string[]> | undefined;
  for (const { person, mention } of persons.values()) {
    const known = holders.get(person);
    if (known) {
      known.firstNamed = Math.min(known.firstNamed, mention.start);
      namedAt.get(person)!.push(mention.start);
      continue;
    }
    const words = person.role ? person.role.split(/\s+/u) : [];
    // "Chef der Bewegung Block gegen den Islam": the role noun is the first word that is one, a complement may follow it.
    const roleIndex = words.findIndex((word) => roleForms(word) !== undefined);
    const forms = roleIndex === -1 ? undefined : roleForms(words[roleIndex]!);
    if (!forms) continue;
    acronyms ??= bracketedAcronyms(text);
    const office = forms.masculine.toLowerCase();
    const genitive = genitiveNounOf(words, roleIndex);
    holders.set(person, {
      person,
      offices: officeSpellings(office, acronyms, partiesOf(text, person)).concat(genitive ? [`${genitive}${office}`] : []),
      adjectives: new Set(words.slice(0, roleIndex).map(adjectiveStem)),
      firstNamed: mention.start,
      namedAt: namedAt.set(person, [mention.start, ...person.genitives.map((genitive) => genitive.start)]).get(person)!,
      sentences: doc.sentences,
    });
  }
  for (const starts of namedAt.values()) starts.sort((a, b) => a - b);
  return [...holders.values()];
}

/**
 * The noun of a genitive after the role noun at `roleIndex`, lower case: "bewegung" of "Chef der rechtsradikalen
 * Bewegung ...", "justizministeriums" of "Sprecherin des Justizministeriums"; so that "der Chef der Bewegung" and "die
 * Sprecherin des Ministeriums" (holderOfOffice reads them as "bewegungchef", "ministeriumssprecher") find the holder.
 */
function genitiveNounOf(words: readonly string[], roleIndex: number): string | undefined {
  if (!GENITIVE_ARTICLES.has(words[roleIndex + 1] ?? "")) return undefined;
  let index = roleIndex + 2;
  while (index < words.length && !CAPITALISED.test(words[index]!) && isAdjectiveLike(words[index]!)) index++;
  const noun = words[index];
  return noun && CAPITALISED.test(noun) ? noun.replace(/[,.;:()]+$/u, "").toLowerCase() : undefined;
}

/** How many sentences before its own an office alone ("Der Minister") still points back to a holder named there. */
const RECENT_SENTENCES = 2;

/**
 * Of several holders an office alone may stand for ("Der Minister" after "Außenminister Sergej Lawrow" and
 * "US-Außenminister John Kerry"), the one the text is about where it stands: the only one named in its sentence before
 * it or in the RECENT_SENTENCES before. A reader takes "the minister" for whom the last sentences spoke of; where two of
 * them stand there, or none, the office says not which.
 */
function recentHolder(held: readonly OfficeHolder[], at: number): OfficeHolder | undefined {
  const { sentences } = held[0]!;
  const from = sentences[Math.max(0, sentenceIndexAt(sentences, at) - RECENT_SENTENCES)]!.start;
  const recent = held.filter((holder) => holder.namedAt.some((start) => start >= from && start < at));
  return recent.length === 1 ? recent[0] : undefined;
}

const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(["der", "die", "das"]);
/** The gender of one person that a subject's article states. */
const ARTICLE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ["der", "male"],
  ["die", "female"],
]);

/**
 * "der Landeshauptmann", "die Kanzlerin", "der deutsche Innenminister", "der PiS-Vorsitzende", "der Vorsitzende
 * der Partei": an office after its article, held by exactly one person of the text named before
 * ("Landeshauptmann Hans Niessl", "Infrastrukturminister Alois Stöger", "Parteichef Jarosław Kaczyński"): that
 * person. The office as written is the holder's or its last part ("Minister" of "Infrastrukturminister"), never
 * more ("der US-Präsident" is not any "Präsident"); an adjective only where the holder's role has it ("der
 * frühere Präsident", "der andere Minister" may be another one).
 */
export function holderOfOffice(text: string, tokens: readonly Token[], phrase: Phrase, holders: readonly OfficeHolder[]): Phrase | undefined {
  if (phrase.person || phrase.place) return undefined;
  const first = tokens.findIndex((token) => token.start === phrase.mention.start);
  if (first < 0 || !DEFINITE_ARTICLES.has(tokens[first]!.lower)) return undefined;
  if (phrase.next === first + 3) {
    const epithet = OFFICE_EPITHETS.get(`${adjectiveStem(tokens[first + 1]!.text)} ${tokens[first + 2]!.lower}`);
    if (epithet) return holderOfEpithet(phrase, tokens[first]!, epithet, holders);
  }
  let office = first + 1;
  while (office < phrase.next && !isRoleToken(tokens[office]!) && isAdjectiveLike(tokens[office]!.text)) office++;
  const officeToken = tokens[office];
  const written = officeToken && office < phrase.next && isRoleToken(officeToken) ? roleForms(officeToken.text)?.masculine.toLowerCase() : undefined;
  if (!written) return undefined;
  let spellings: string[];
  // "der Vorsitzende der Partei" is the "Parteivorsitzende", "der Sprecher des Ministeriums" the "Ministeriumssprecher",
  // "der Chef der ausländerfeindlichen Bewegung" the "Bewegungschef".
  const genitiveNoun = phrase.next > office + 2 && GENITIVE_ARTICLES.has(tokens[office + 1]!.lower) ? adjectivesEnd(tokens, office + 2, phrase.next) : -1;
  if (phrase.next === office + 1) spellings = [written];
  else if (genitiveNoun !== -1 && phrase.next === genitiveNoun + 1 && tokens[genitiveNoun]!.capitalised)
    spellings = [`${tokens[genitiveNoun]!.lower}${written}`];
  else return undefined;
  const adjectiveTokens = tokens.slice(first + 1, office);
  const adjectives = adjectiveTokens.map((token) => adjectiveStem(token.text));
  // "der Vorsitzende" alone is no "Staatschef": an equivalent head stands for the office only after the same qualifier.
  const ownOfficeOnly = phrase.next === office + 1 && EQUIVALENT_OFFICE_HEADS.some((heads) => heads.includes(written));
  // "Der Regierungschef" alone: the holder of an office it is the general word for ("Premierminister", "US-Premier").
  const officesOfWord = phrase.next === office + 1 ? (GENERAL_OFFICE_WORDS.get(written) ?? []) : [];
  const heldUnderGeneralWord = (holder: OfficeHolder) =>
    officesOfWord.some((general) => holder.offices[0] === general || holder.offices[0]!.endsWith(`-${general}`));
  // The office as written says the holder's gender ("Die Innenministerin" is no man, "Der Regierungschef" no woman), or
  // where its form does not, its article ("Die Vorsitzende").
  const gender = roleGender(officeToken!.text) ?? ARTICLE_GENDER.get(tokens[first]!.lower);
  const held = holders.filter(
    (holder) =>
      holder.firstNamed < phrase.mention.start &&
      (gender === undefined || holder.person.gender === undefined || holder.person.gender === gender) &&
      adjectiveTokens.every((token, index) => holder.adjectives.has(adjectives[index]!) || nationalityFits(token, holder)) &&
      ((ownOfficeOnly ? holder.offices.slice(0, 1) : holder.offices).some((spelling) => spellings.some((candidate) => spelling.endsWith(candidate))) ||
        heldUnderGeneralWord(holder)),
  );
  const holder = held.length === 1 ? held[0] : held.length > 1 ? recentHolder(held, phrase.mention.start) : undefined;
  if (!holder) return undefined;
  const next = phrase.next > office + 1 ? afterBodyName(tokens, phrase.next) : phrase.next;
  const end = tokens[next - 1]!.end;
  return { mention: { start: phrase.mention.start, end, text: text.slice(phrase.mention.start, end) }, person: holder.person, named: true, next };
}

/** The first token from `from` (before `end`) that is no adjective in small letters: the noun they stand before. */
function adjectivesEnd(tokens: readonly Token[], from: number, end: number): number {
  let index = from;
  while (index < end && !tokens[index]!.capitalised && isAdjectiveLike(tokens[index]!.text)) index++;
  return index;
}

/** "der Heilige Vater": the one holder of the office the epithet names ("Papst Franziskus"), of the article's gender. */
function holderOfEpithet(phrase: Phrase, article: Token, office: string, holders: readonly OfficeHolder[]): Phrase | undefined {
  const gender = ARTICLE_GENDER.get(article.lower);
  const held = holders.filter(
    (holder) =>
      holder.firstNamed < phrase.mention.start &&
      (holder.person.gender === undefined || holder.person.gender === gender) &&
      holder.offices.some((spelling) => spelling.endsWith(office)),
  );
  return held.length === 1 ? { ...phrase, person: held[0]!.person, named: true } : undefined;
}

/**
 * "Der argentinische Pontifex" of "Papst Franziskus": a country's adjective the holder's role does not have fits a
 * holder of that nationality, or of an office no state has (a pope, a cardinal) whose nationality the text leaves
 * open. Not one of another country ("der russische Außenminister" is not "US-Außenminister Kerry", nor a minister
 * named without one, who is the text's own), nor a government's office of open nationality: "der französische
 * Präsident" may be one the text does not name beside "Präsident Putin".
 */
function nationalityFits(adjective: Token, holder: OfficeHolder): boolean {
  const country = countryOfAdjective(adjective.lower);
  if (country === undefined) return false;
  if (holder.person.country !== undefined) return holder.person.country === country;
  return !GOVERNMENT_ROLE_ENDINGS.some((ending) => holder.offices[0]!.endsWith(ending));
}

/** "Heinz Schaden (61)", "Anja Hagenauer (SPÖ, 46)": the age the text gives a person in brackets after the name. */
const AGE_AFTER_NAME = /^[ \t\u00a0]*\((?:\p{Lu}\p{L}*,\s*)?(\d{1,3})\)/u;
/** "der 61-jährige Heinz Schaden", "die 52-jährige Innenministerin Johanna Mikl-Leitner": the age before the name. */
const AGE_BEFORE_NAME = /(?<!\d)(\d{1,3})-jährige[nr]?\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;

/** The ages the text gives persons named before `position` ("Heinz Schaden (61)", "der 61-jährige Heinz Schaden"). */
function statedAges(text: string, position: number, persons: ReadonlyMap<number, PersonMention>): Map<PersonFact, Set<string>> {
  const ages = new Map<PersonFact, Set<string>>();
  for (const { person, mention } of persons.values()) {
    if (mention.end > position) continue;
    const after = AGE_AFTER_NAME.exec(text.slice(mention.end, mention.end + 16))?.[1];
    const before = AGE_BEFORE_NAME.exec(text.slice(Math.max(0, mention.start - 60), mention.start))?.[1];
    for (const age of [after, before]) if (age !== undefined) ages.set(person, (ages.get(person) ?? new Set()).add(age));
  }
  return ages;
}

/**
 * "Der 61-Jährige hat angekündigt ...", "Die 52-Jährige gehörte ... an": the one person named before whom the text
 * gave that age ("Heinz Schaden (61)", "der 61-jährige Heinz Schaden"), where the article agrees with the person's
 * gender. Not where the age is new here, or where two persons named before have it.
 */
export function personOfAge(text: string, tokens: readonly Token[], from: number, persons: ReadonlyMap<number, PersonMention>): Phrase | undefined {
  const article = tokens[from];
  const noun = tokens[from + 1];
  const age = noun?.joined && startsWithDigit(noun.text) ? ageOfAgeWord(noun.text) : undefined;
  const gender = age === undefined ? undefined : ARTICLE_GENDER.get(article!.lower);
  if (!gender) return undefined;
  const aged = [...statedAges(text, article!.start, persons)].filter(([, ages]) => ages.has(age!)).map(([person]) => person);
  const [person] = aged;
  if (aged.length !== 1 || person!.gender !== gender) return undefined;
  return { mention: { start: article!.start, end: noun!.end, text: text.slice(article!.start, noun!.end) }, person, named: true, next: from + 2 };
}

/** A person named by age or nationality alone, and what the person meant must fit. */
export interface PersonEpithet {
  mention: Mention;
  gender: Gender;
  fits: (person: PersonFact) => boolean;
  /** The index of the token after it. */
  next: number;
}

/**
 * "Der 61-Jährige", "Die Schwedin" at `from`: a person the text names by an age it gives nobody before (see
 * personOfAge), who then has no other age stated, or by a country's person noun, who then is of no other country;
 * the article says the gender, and for a country's noun agrees with it ("Die Schweden" are many).
 */
export function personEpithetAt(text: string, tokens: readonly Token[], from: number, persons: ReadonlyMap<number, PersonMention>): PersonEpithet | undefined {
  const article = tokens[from];
  const noun = tokens[from + 1];
  const gender = article && ARTICLE_GENDER.get(article.lower);
  if (!gender || !noun?.joined) return undefined;
  // Asked of every sentence's first words: the mention is cut out only for an epithet, an age word tried only after a digit.
  const mention = () => ({ start: article!.start, end: noun.end, text: text.slice(article!.start, noun.end) });
  const age = startsWithDigit(noun.text) ? ageOfAgeWord(noun.text) : undefined;
  if (age !== undefined) {
    const ages = statedAges(text, article!.start, persons);
    if ([...ages.values()].some((stated) => stated.has(age))) return undefined;
    return { mention: mention(), gender, fits: (person) => !ages.has(person), next: from + 2 };
  }
  const demonym = noun.capitalised ? demonymOf(noun.lower) : undefined;
  if (!demonym || demonym.gender !== gender) return undefined;
  return { mention: mention(), gender, fits: (person) => person.country === undefined || person.country === demonym.iso2, next: from + 2 };
}

/** The nouns of a person's kind by the gender their article gives ("der Politiker", "die Politikerin"). */
const PERSON_KIND_ENDINGS: ReadonlyMap<Gender, (word: string) => boolean> = new Map([
  ["male", (word: string) => PERSON_KIND_MASCULINE.some((ending) => word.endsWith(ending))],
  ["female", (word: string) => PERSON_KIND_FEMININE.some((ending) => word.endsWith(ending))],
]);
/** Prepositions of a phrase that describes the person after the noun: "mit bosnischen Wurzeln", "aus Linz". */
const DESCRIBING_PREPOSITIONS: ReadonlySet<string> = new Set(["mit", "aus"]);
/** Most adjectives before a person's kind noun, and before the noun of the phrase after it. */
const MAX_EPITHET_ADJECTIVES = 2;

/**
 * "Der junge Sozialdemokrat mit bosnischen Wurzeln", "Die SPÖ-Politikerin": a person named by a noun of what they are in public
 * life (PERSON_KIND_MASCULINE, PERSON_KIND_FEMININE) after "der" or "die" and up to two adjectives, with a phrase of
 * "mit" or "aus" after it; the article says the gender. Like "er" or "sie" it may stand for any person the text named of
 * that gender (epithetSubject resolves it); "Die Politiker" are many, and have no feminine ending after "die".
 */
export function personKindEpithetAt(text: string, tokens: readonly Token[], from: number): PersonEpithet | undefined {
  const article = tokens[from];
  const gender = article && ARTICLE_GENDER.get(article.lower);
  const isKind = gender && PERSON_KIND_ENDINGS.get(gender);
  if (!isKind) return undefined;
  const nounAfterAdjectives = (start: number) => {
    let index = start;
    while (index < start + MAX_EPITHET_ADJECTIVES && tokens[index]?.joined && !tokens[index]!.capitalised && isAdjectiveLike(tokens[index]!.text)) index++;
    return tokens[index]?.joined && tokens[index]!.capitalised ? index : undefined;
  };
  const noun = nounAfterAdjectives(from + 1);
  if (noun === undefined || !isKind(tokens[noun]!.lower)) return undefined;
  let last = noun;
  const preposition = tokens[noun + 1];
  if (preposition?.joined && DESCRIBING_PREPOSITIONS.has(preposition.lower)) last = nounAfterAdjectives(noun + 2) ?? noun;
  const end = tokens[last]!.end;
  return { mention: { start: article!.start, end, text: text.slice(article!.start, end) }, gender, fits: () => true, next: last + 1 };
}

/** A noun of an institution's kind with its article: "der konzern". */
interface KindNoun {
  article: string;
  noun: string;
}

/** The kind nouns of INSTITUTION_KINDS, and for each noun its kind's nouns. */
const KIND_OF_NOUN: ReadonlyMap<string, readonly KindNoun[]> = new Map(
  INSTITUTION_KINDS.flatMap((kind) => {
    const nouns = kind.map((entry) => ({ article: entry.slice(0, 3), noun: entry.slice(4) }));
    return nouns.map((entry) => [entry.noun, nouns] as const);
  }),
);
/** The endings of a noun's case and number after a kind noun ("Konzerns", "Technologieriesen", "Banken"). */
const KIND_INFLECTIONS = ["", "s", "es", "n", "en", "e"];
/** An acronym opening a word ("ÖVP", "EZB", "EU-Kommission"): a name that says no kind. */
const ACRONYM_WORD = /^\p{Lu}{2,}/u;
/** An acronym as the first part of a compound ("US-Präsident", "EU-Kommissarin", "TTIP-Gegner"): the compound names no institution by the acronym. */
const ACRONYM_PREFIX = /^\p{Lu}{2,}-\p{L}/u;

/** Determiners of one thing of a kind that is not the one named before: "einer Baufirma", "ein Unternehmen", "seiner Firma". */
const OTHER_ONE_DETERMINERS: ReadonlySet<string> = new Set([...INDEFINITE, "einen", "kein", "keine", "keiner", "keinem", "keines", "keinen", ...POSSESSIVES]);
/** The endings of a kind noun that say the plural only ("Baufirmen", "Konzerne"): many others, no rival of the one named. */
const PLURAL_INFLECTIONS: ReadonlySet<string> = new Set(["n", "en", "e"]);

/**
 * A word of the kind's noun at `at` that the text does not name ("einer Baufirma", "ein Unternehmen", "des Autokonzerns"):
 * another thing of the kind than the one named, which a reader takes the kind noun after it to point back to. Not the
 * kind noun alone after a definite article ("des Konzerns"), which points back itself, and not the naming's own compound
 * again ("der Stahlkonzern" after "Der Stahlkonzern Voestalpine").
 */
function namesAnotherOfKind(tokens: readonly Token[], at: number, found: { entry: KindNoun; inflection: string }, stem: string, namedStem: string): boolean {
  let first = at - 1;
  while (first > 0 && at - first <= 3 && isAdjectiveLike(tokens[first]!.text)) first--;
  if (OTHER_ONE_DETERMINERS.has(tokens[first]?.lower ?? "")) return true;
  const compound = stem.length >= found.entry.noun.length + 3;
  return compound && stem !== namedStem && !PLURAL_INFLECTIONS.has(found.inflection);
}

/**
 * For each kind, whether a word may end in one of its nouns: a trie walked from the word's end (suffixMatcher), which
 * rules out most words at once; institutionNamedBefore asks it of every capitalised word before the pointer.
 */
const KIND_ENDINGS: ReadonlyMap<readonly KindNoun[], (word: string) => string | undefined> = new Map(
  [...new Set(KIND_OF_NOUN.values())].map(
    (kind) =>
      [
        kind,
        suffixMatcher(
          kind.map((entry) => entry.noun),
          KIND_INFLECTIONS.slice(1),
        ),
      ] as const,
  ),
);

/** The kind noun a word ends in ("Innenministeriums": "ministerium"), and its inflection. */
function kindNounOf(word: string, kind: readonly KindNoun[]): { entry: KindNoun; inflection: string } | undefined {
  if (KIND_ENDINGS.get(kind)!(word) === undefined) return undefined;
  for (const entry of kind) for (const inflection of KIND_INFLECTIONS) if (word.endsWith(entry.noun + inflection)) return { entry, inflection };
  return undefined;
}

/**
 * "Der Konzern hat zudem ...", "Das Ministerium nannte ...": a kind's noun alone after its article stands for the
 * institution of that kind the text named before, as holderOfOffice does for an office: where the sentences before
 * name exactly one ("Der deutsche Technologieriese Siemens", "das marokkanische Innenministerium"), by a compound of
 * the kind ("Innenministerium", "Technologieriese") or its noun and a name ("die Bewegung Block"), that naming, as a
 * subject: its article fits the noun. Not where two fit ("die Zentralbank", "die Großbank JP Morgan"), and for kinds a
 * bare name may be of ("die Partei" of "ÖVP"), not where the text named an institution by an acronym before. How many
 * namings of the kind it found goes to `named`.
 */
export function institutionNamedBefore(
  doc: Doc,
  sentenceIndex: number,
  actor: Mention,
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
  named: { count: number } = { count: 0 },
): Mention | undefined {
  const [article, noun, more] = actor.text.toLowerCase().split(/\s+/u);
  const kind = noun === undefined || more !== undefined ? undefined : KIND_OF_NOUN.get(noun);
  if (!kind?.some((entry) => entry.noun === noun && entry.article === article)) return undefined;
  const namedByNoun = KINDS_NAMED_BY_NOUN.has(noun!);
  const namings = new Map<string, { tokens: readonly Token[]; index: number; sentence: number }[]>();
  // The words of the kind the text does not name, up to the end of the pointer's own sentence: another thing of the kind
  // after the naming ("... gegen den Geschäftsführer einer Baufirma. Die Firma hat ...") is what the noun points back to.
  const unnamed: { token: Token; found: { entry: KindNoun; inflection: string }; stem: string; tokens: readonly Token[]; at: number }[] = [];
  // The last sentence that names something by an acronym.
  let lastAcronym = -1;
  for (let index = 0; index <= sentenceIndex && index < doc.tokens.length; index++) {
    const tokens = doc.tokens[index]!;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (index === sentenceIndex && token.start >= actor.start && token.start < actor.end) continue;
      if (index < sentenceIndex && !namedByNoun && ACRONYM_WORD.test(token.text) && !ACRONYM_PREFIX.test(token.text) && !countries.has(token.start))
        lastAcronym = index;
      const found = token.capitalised ? kindNounOf(token.lower, kind) : undefined;
      if (!found) continue;
      const stem = token.lower.slice(0, token.lower.length - found.inflection.length);
      const next = tokens[at + 1];
      const name = next?.joined && next.capitalised && !kindNounOf(next.lower, kind) ? next.lower : undefined;
      if (name === undefined) unnamed.push({ token, found, stem, tokens, at });
      if (index === sentenceIndex) continue;
      // The kind's noun alone ("des Konzerns", "das Unternehmen") names none.
      if (name === undefined && stem.length < found.entry.noun.length + 3) continue;
      const adjective = tokens[at - 1] && isAdjectiveLike(tokens[at - 1]!.text) ? adjectiveStem(tokens[at - 1]!.text) : "";
      const key = name ?? `${adjective} ${stem}`;
      namings.set(key, [...(namings.get(key) ?? []), { tokens, index: at, sentence: index }]);
    }
  }
  // Where two are named by the kind, or an acronym may name one too ("die Partei" of "ÖVP"), the noun points back to the
  // nearest: the one named in the last sentences (RECENT_SENTENCES), with no other and no acronym there ("Das kanadische
  // Unternehmen TransCanada Corp wäre ... Nach der Entscheidung Obamas kündigte die Firma ... an", with "TTIP" and
  // another firm further up).
  named.count = namings.size;
  const contested = namings.size > 1 || lastAcronym >= 0;
  const nearFrom = contested ? Math.max(lastAcronym + 1, sentenceIndex - RECENT_SENTENCES) : 0;
  const near = [...namings.values()].filter((entries) => entries.some((entry) => entry.sentence >= nearFrom));
  if (near.length !== 1) return undefined;
  for (const { tokens, index, sentence } of near[0]!) {
    if (sentence < nearFrom) continue;
    const found = kindNounOf(tokens[index]!.lower, kind)!;
    if (found.inflection !== "") continue;
    let first = index - 1;
    while (first > 0 && index - first <= 3 && isAdjectiveLike(tokens[first]!.text)) first--;
    const article = tokens[first]?.lower ?? "";
    // "Nach Angaben der Gewerkschaft Vida ... Die Gewerkschaft verlangt ...": named in another case, with the article
    // right before the noun, whose form is the subject's too; the naming is told with the subject's article.
    const oblique = article !== found.entry.article && first === index - 1 && OBLIQUE_ARTICLES.get(found.entry.article)!.has(article);
    if (article !== found.entry.article && !oblique) continue;
    const phrase = phraseAt(doc.text, tokens, first, persons, countries);
    if (!phrase?.named || phrase.person || phrase.next <= index) continue;
    const namedStem = tokens[index]!.lower;
    // After the last naming of that institution by the kind, or in the pointer's own sentence.
    const lastNamed = near[0]!.at(-1)!;
    const namedEnd = lastNamed.tokens[lastNamed.index]!.end;
    // Another called by the pointer's own noun ("einer Baufirma" before "Die Firma") anywhere there; by another noun of
    // the kind ("eines Unternehmens" before "Der Konzern") only right before, in the sentence before or its own: further
    // up, it is mostly any such one ("am Erfolg eines Unternehmens interessiert"), and the pointer keeps to the naming.
    const nearStart = doc.sentences[Math.max(0, sentenceIndex - 1)]!.start;
    const otherAfter = unnamed.some(
      (other) =>
        (other.token.start > namedEnd || doc.sentences[sentenceIndex]!.start <= other.token.start) &&
        (other.found.entry.noun === noun || other.token.start >= nearStart) &&
        namesAnotherOfKind(other.tokens, other.at, other.found, other.stem, namedStem),
    );
    if (otherAfter) return undefined;
    return oblique ? { ...phrase.mention, text: found.entry.article + phrase.mention.text.slice(article.length) } : phrase.mention;
  }
  return undefined;
}

/**
 * The articles of a kind noun's singular in the other cases where the noun keeps its form ("der Gewerkschaft", "dem
 * Verband", "den Konzern", "dem Ministerium"), by the subject's article. "des Konzerns" changes the noun.
 */
const OBLIQUE_ARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["die", new Set(["der"])],
  ["der", new Set(["dem", "den"])],
  ["das", new Set(["dem"])],
]);

/** Small words after which a body's name may go on ("für Sicherheit im Gesundheitswesen"): where one follows, the name's end is unknown. */
const NAME_GOES_ON: ReadonlySet<string> = new Set(["im", "in", "der", "des", "von", "vom", "zur", "zum"]);

/**
 * "teilte das Bundesamt für Verbraucherschutz mit": an institution's noun with "für" and the capitalised words of its
 * field after it, one name ("Das Bundesamt" alone names none). Undefined where no such name follows, or where the name
 * may go on past them ("für Sicherheit im Gesundheitswesen").
 */
export function withFieldOfBody(text: string, tokens: readonly Token[], phrase: Phrase): Phrase | undefined {
  const noun = tokens[phrase.next - 1];
  const fieldWord = tokens[phrase.next + 1];
  if (!noun || !isInstitutionNoun(noun.lower) || tokens[phrase.next]?.lower !== "für" || !tokens[phrase.next]!.joined) return undefined;
  if (!fieldWord?.capitalised || !fieldWord.joined) return undefined;
  const next = afterBodyName(tokens, phrase.next);
  const after = tokens[next];
  if (after?.joined && NAME_GOES_ON.has(after.lower) && tokens[next + 1]?.capitalised) return undefined;
  const end = tokens[next - 1]!.end;
  return { ...phrase, mention: { start: phrase.mention.start, end, text: text.slice(phrase.mention.start, end) }, named: true, next };
}

/** The token after the rest of a body's name that follows its first noun: "(der Partei) Recht und Gerechtigkeit". */
function afterBodyName(tokens: readonly Token[], from: number): number {
  let next = from;
  while (next < tokens.length && tokens[next]!.joined) {
    const token = tokens[next]!;
    const continues = token.capitalised || ((token.lower === "und" || token.lower === "für") && tokens[next + 1]?.capitalised && tokens[next + 1]!.joined);
    if (!continues) break;
    next++;
  }
  return next;
}

/**
 * A name after a preposition, with an article or possessive, an adjective and up to two role words between ("zu
 * Dung", "um Barbara Hartl", "von Landeshauptmann Erwin Pröll", "zu seinem früheren Vorgänger Stefan Hofer"):
 * someone the clause is about or done with, never its subject "er" or "sie"; so is a name joined to such a name ("von
 * Anna Berger und Maria Huber"). A role word may have lost its space before the name in a scraped text ("mit
 * BürgermeisterThomas Steiner").
 */
const AFTER_PREPOSITION = new RegExp(
  `(?<!\\p{L})(?:${PREPOSITIONS_BEFORE_NAMES.map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`).join("|")})\\s+(?:(?:der|die|dem|den|des|seine[mnrs]?|ihre[mnrs]?|eine[mnrs]?)\\s+(?:\\p{Ll}+e[mnrs]?\\s+)?)?(?:(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}(?:und|sowie)\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s*){0,2}$`,
  "u",
);
/** How far before a name AFTER_PREPOSITION looks: a preposition, an article and two role words. */
const PREPOSITION_REACH = 60;

export function namedAfterPreposition(text: string, sentence: Span, mention: Span): boolean {
  return AFTER_PREPOSITION.test(text.slice(Math.max(sentence.start, mention.start - PREPOSITION_REACH), mention.start));
}

/**
 * Whom "er" or "sie" in `sentence` stands for: the person the sentence before is about (its `subject`, who acted
 * or spoke in it, by name or as "er" again), where that person has the pronoun's gender, the sentence before
 * names no one else of that gender (but after a preposition where it named its subject as a pronoun too, `beforeByPronoun`),
 * the sentence itself names no one of it but someone else after a preposition (namedAfterPreposition),
 * and no paragraph lies between them ("Lee gab auf. Er entschuldigte sich ...", "... Die Kirche verliere ihr Licht, warnte er."). Undefined otherwise.
 */
export function pronounAntecedent(
  text: string,
  sentence: Span,
  before: Span,
  subject: PersonFact | undefined,
  gender: Gender,
  persons: ReadonlyMap<number, PersonMention>,
  beforeByPronoun = false,
): PersonFact | undefined {
  if (!subject || subject.gender !== gender || /\n\s*\n/u.test(text.slice(before.end, sentence.start))) return undefined;
  for (const { mention, person } of persons.values()) {
    if (person.gender !== gender) continue;
    // "Im Gegensatz zu Dung ist er ...": someone else after a preposition is not the subject. The subject's own name
    // there ("Für Angela Merkel ist das ein Erfolg, sagte sie") says the pronoun is someone else.
    if (
      mention.start >= sentence.start &&
      mention.start < sentence.end &&
      (person.surname === subject.surname || !namedAfterPreposition(text, sentence, mention))
    )
      return undefined;
    // "Im Gegensatz zu Dung ist er ... Er gilt als ...": where the sentence before took its subject up as a pronoun
    // too, someone else it names after a preposition is not whom the next "er" stands for.
    if (
      mention.start >= before.start &&
      mention.start < before.end &&
      person.surname !== subject.surname &&
      !(beforeByPronoun && namedAfterPreposition(text, before, mention))
    )
      return undefined;
  }
  return subject;
}
