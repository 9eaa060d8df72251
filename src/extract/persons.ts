/** People introduced with a role ("US-Außenminister John Kerry", "der Koordinator ..., Nathan Sales"). */
import { ATTRIBUTE_PREPOSITIONS, SAYING_VERBS } from "./data/claims";
import { AGENCY_SIGNS } from "./data/agencies";
import { GENITIVE_ARTICLES, NOUN_PHRASE_CONJUNCTIONS, PREPOSITIONS_BEFORE_NAMES } from "./data/grammar";
import { CITIES, HOME_COUNTRY, HOME_COUNTRY_WORDS, IMPLIED_NATIONALITY_INSTITUTIONS, IMPLIED_NATIONALITY_ROLE_PREFIXES } from "./data/countries";
import { CHINESE_SURNAMES, PINYIN_SYLLABLES } from "./data/chinese-names";
import { MONTHS, WEEKDAYS } from "./data/dates";
import {
  ADDRESS_WORDS,
  BARE_OBJECT_NOUNS,
  BODY_RANKING_NOUNS,
  GERMAN_NAME_PARTICLES,
  NEVER_NAME_START,
  NOT_NAME_ENDINGS,
  NOUN_DERIVATION_ENDINGS,
  NOUN_DETERMINERS,
  GENDERED_ADDRESS,
  CAPITALISED_SURNAME_PARTICLES,
  LEADING_NAME_PARTICLES,
  NAMED_PLACE_NOUN_ENDINGS,
  PARTICLES_AFTER_LEADING_VON,
  PARTICLES_BEFORE_ARTICLE,
  PERSON_NOUNS,
  PERSON_SPEAKING_VERBS,
  PLURAL_DETERMINERS,
  PRONOUNS_IN_EM,
  COLLEAGUE_ENDINGS,
  DETERMINERS,
  MASCULINE_SINGULAR_DETERMINERS,
  HOME_COUNTRIES,
  DOMESTIC_ROLE_HEAD,
  FEDERAL_HOME_COUNTRY,
  GOVERNMENT_CONTEXT,
  GOVERNMENT_CONTEXT_ENDINGS,
  NAME_PARTICLES,
  NAMING_VERBS,
  NOT_NAMES,
  CLAUSE_OPENING_FUNCTION_WORDS,
  SAINT_PLACE_OPENERS,
  SUCCESSION_NOUNS,
  ROLE_ENDINGS,
  ROLES_OF_EITHER_GENDER,
  TITLE_ADJECTIVES,
  WORDS_SAID,
} from "./data/persons";
import { isCountryAdjective, type CountryMention } from "./countries";
import type { Doc } from "./doc";
import {
  ageOfAgeWord,
  firstStartingAt,
  INDEFINITE_ARTICLES,
  indexStartingAt,
  isAdjectiveLike,
  isCapitalised,
  sentenceIndexAt,
  startsWithDigit,
  suffixMatcher,
  type Token,
} from "./text";
import { roleGender } from "./gender";
import { type GivenNameGender, givenNameGender } from "./data/given-names";
import { CLUB_ABBREVIATIONS, COMPANY_LEGAL_FORMS, NAME_INTRODUCING_KINDS } from "./data/organizations";
import { REGIONS } from "./data/regions";
import type { Gender, Mention, PersonFact, Span } from "./types";

const roleEnding = suffixMatcher(ROLE_ENDINGS, ["en", "n"]);
const uninflectedRoleEnding = suffixMatcher(ROLE_ENDINGS);
const namedPlaceEnding = suffixMatcher(NAMED_PLACE_NOUN_ENDINGS, ["s", "es", "en", "n"]);
const colleagueEnding = suffixMatcher(COLLEAGUE_ENDINGS, ["en", "n"]);
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([...NOT_NAMES, ...WEEKDAYS]);
const AGENCY_SIGN_WORDS: ReadonlySet<string> = new Set(AGENCY_SIGNS);
const MAX_NAME_WORDS = 4;
const MAX_ROLE_COMPLEMENT_WORDS = 8;
const MAX_ROLE_ADJECTIVES = 2;
/** Determiners of a masculine genitive singular, before a role noun with genitive s ("des Bürgermeisters"). */
const GENITIVE_SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(["des", "seines", "ihres"]);
const PLACE_ADJECTIVE_SHAPE = /^\p{Lu}\p{Ll}+er$/u;
/** A weak adjective of the genitive ("neuen" of "des neuen Bürgermeisters"), lower case. */
const WEAK_GENITIVE_ADJECTIVE = /^(\p{Ll}+e)n$/u;

const bodyRankingEnding = suffixMatcher(BODY_RANKING_NOUNS, ["in", "innen", "en", "n", "s"]);
/** The role ending of a word in lower case, none for a company's rank in its market ("Marktführer"). */
function personsRoleEnding(lower: string): string | undefined {
  const ending = roleEnding(lower);
  return ending === undefined || bodyRankingEnding(lower) !== undefined ? undefined : ending;
}

export function isRoleWord(word: string): boolean {
  // The role endings match a capitalised word's end as written; only a role word is put in lower case for the rank's test.
  return isCapitalised(word) && roleEnding(word) !== undefined && bodyRankingEnding(word.toLowerCase()) === undefined;
}

/**
 * Whether the role word is one only by an inflection its plural shares ("Psychologen", "Biologen"): after "die" that is
 * the plural, people of a kind ("haben die Psychologen herausgefunden"), not one person's office.
 */
export const isInflectedRole = (token: Token) => isRoleToken(token) && uninflectedRoleEnding(token.lower) === undefined;

export function isRoleToken(token: Token): boolean {
  if (token.roleEnding === undefined) token.roleEnding = token.capitalised ? (personsRoleEnding(token.lower) ?? null) : null;
  return token.roleEnding !== null;
}

/**
 * The role noun without nationality prefix, lower case: "Bundesaußenminister" -> "außenminister",
 * "US-Verteidigungsminister" -> "verteidigungsminister", "Terror-Experte" -> "experte".
 */
export function roleHead(roleWord: string): string {
  let head = roleWord.toLowerCase();
  head = head.slice(head.lastIndexOf("-") + 1);
  for (const prefix of Object.keys(IMPLIED_NATIONALITY_ROLE_PREFIXES)) {
    if (head.startsWith(prefix) && head.length > prefix.length + 3) head = head.slice(prefix.length);
  }
  return head;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A person as found, with what attendance and meetings need to know. */
export interface PersonDraft extends PersonFact {
  /** The role noun itself ("Bundesaußenminister"), for matching against a meeting's participants. */
  roleWord?: string;
  /** The genders the role nouns before the person's name state by their grammar (see statedRoleGender). */
  statedGenders?: Set<Gender>;
}

const isWhitespace = (gap: string) => /^[ \t\u00a0]+$/u.test(gap);

interface FoundName {
  tokens: Token[];
  span: Span;
}

/** "al-Assad", "bin-Salman": a name with its particle joined by a hyphen. */
const PARTICLE_JOINED_NAME = /^(?:al|el|ad|as|ar|an|at|ash|abu|ibn|bin)-\p{Lu}[\p{Ll}\p{M}'’]+$/u;
/** "d'Allegeershecque", "D'Alema": a name with a French or Italian particle joined by an apostrophe, which continues a name. */
const APOSTROPHE_PARTICLE_NAME = /^[dD]['’]\p{Lu}[\p{Ll}\p{M}]+$/u;
/** A single capital letter with its period: an initial ("George W. Bush") or an abbreviated surname ("Mohammed K."). */
const isInitial = (text: string, token: Token) => token.text.length === 1 && token.capitalised && text[token.end] === ".";

/** A regnal number of two letters or more ("II", "VI", "XVI"); a single "I" or "V" is read as an initial. */
const REGNAL_NUMBER = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/u;
/**
 * "König Felipe VI.", "Papst Johannes Paul II.": a Roman numeral with its period after name words (not after an initial)
 * is the monarch's or pope's number, the last part of the name; "Felipe" alone is no one.
 */
const isRegnalNumber = (text: string, token: Token, taken: readonly Token[]) =>
  taken.length > 0 && token.joined && REGNAL_NUMBER.test(token.text) && text[token.end] === "." && !isInitial(text, taken[taken.length - 1]!);

/** A space and a capitalised word: a module constant, as LOWER_CASE_LETTER below. */
const CAPITALISED_WORD_NEXT = /^ \p{Lu}\p{Ll}/u;

/**
 * A month's name or abbreviation that is also a given name ("Jan", "August"), written as one: no period after
 * it, no day's number before it, a capitalised word after it ("Staatsanwalt Jan Holzner", not "am 2. August
 * Merkel" nor "Jan. 2016").
 */
function monthAsGivenName(text: string, token: Token): boolean {
  return (
    givenNameGender(token.lower) !== undefined &&
    CAPITALISED_WORD_NEXT.test(text.slice(token.end, token.end + 3)) &&
    !/\d\.?\s*$/u.test(text.slice(Math.max(0, token.start - 5), token.start))
  );
}

function isNameWord(text: string, token: Token, countryAt: CountriesByStart): boolean {
  return (
    (token.nameLike || (!token.capitalised && PARTICLE_JOINED_NAME.test(token.text)) || APOSTROPHE_PARTICLE_NAME.test(token.text)) &&
    !NOT_NAME_WORDS.has(token.text) &&
    (!MONTHS.has(token.lower) || monthAsGivenName(text, token)) &&
    !isRoleToken(token) &&
    !countryAt.has(token.start)
  );
}

/** Country mentions of one sentence, by start offset. */
type CountriesByStart = ReadonlyMap<number, CountryMention>;
const NO_COUNTRIES: CountriesByStart = new Map();

/** Country mentions inside a span, from a list sorted by start. */
function countriesWithin(countries: readonly CountryMention[], span: Span): CountryMention[] {
  const found: CountryMention[] = [];
  for (let index = firstStartingAt(countries, span.start); index < countries.length && countries[index]!.start < span.end; index++) {
    if (countries[index]!.end <= span.end) found.push(countries[index]!);
  }
  return found;
}

/** The role nouns themselves, lower case ("richter", "meister"), not their compounds ("Bundesrichter"). */
const ROLE_NOUNS: ReadonlySet<string> = new Set(ROLE_ENDINGS);

/**
 * "Stürmer Marco Richter erzielte ...": a role noun right after a given name, where the name ends with it, is the
 * surname (many are: "Richter", "Meister", "Kaiser"); a role noun after a name opens a role of its own only before a
 * name ("Marco Trainer Hans ..." does not occur).
 */
function isRoleNounSurname(tokens: readonly Token[], index: number, taken: readonly Token[]): boolean {
  const token = tokens[index]!;
  const previous = taken[taken.length - 1];
  if (!previous || !token.capitalised || !ROLE_NOUNS.has(token.lower) || givenNameGender(previous.lower) === undefined) return false;
  // "dass Hillary Clinton Präsidentin wird": a surname is never a role noun's feminine form.
  if (roleGender(token.text) === "female") return false;
  const next = tokens[index + 1];
  return !(next?.joined && next.capitalised);
}

/** "die Ärzte An Hyong-chan und ...": a word that is also a German preposition ("An", "Im") is a Korean surname before a Korean given name. */
function opensKoreanName(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return tokens[index]!.nameLike && next?.joined === true && KOREAN_NAME.test(`${tokens[index]!.text} ${next.text}`);
}

/** Only a colon or a dash (and an opening quotation mark) after the word before: a new clause opens there. */
const AFTER_COLON_OR_DASH = /[:–—]\s*[„"»«]?$/u;

/** Whether token `index` opens its sentence, or a clause after a colon or dash ("Die Regel: Solange ..."). */
function opensClause(text: string, tokens: readonly Token[], index: number): boolean {
  return index === 0 || AFTER_COLON_OR_DASH.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start));
}

/** Name words starting at token `from`: given names, particles and surname, up to a non-name word. */
function readName(text: string, tokens: readonly Token[], from: number, countryAt: CountriesByStart): FoundName | undefined {
  const taken: Token[] = [];
  let end = -1;
  for (let index = from; index < tokens.length && taken.length < MAX_NAME_WORDS; index++) {
    const token = tokens[index]!;
    const afterInitial = taken.length > 0 && isInitial(text, taken[taken.length - 1]!) && text.slice(taken[taken.length - 1]!.end, token.start) === ". ";
    if (index > from && !token.joined && !afterInitial) break;
    if (taken.length > 0 && isInitial(text, token)) {
      taken.push(token);
      end = token.end + 1;
      continue;
    }
    if (isRegnalNumber(text, token, taken)) {
      taken.push(token);
      end = token.end + 1;
      break;
    }
    // "Ich bin Markus": "bin" after "ich" is the verb, no particle ("Osama bin Laden").
    const isParticle = NAME_PARTICLES.has(token.text) && !(token.text === "bin" && tokens[index - 1]?.lower === "ich");
    if (taken.length === 0 && CLAUSE_OPENING_FUNCTION_WORDS.has(token.lower) && opensClause(text, tokens, index)) break;
    const isName = isNameWord(text, token, countryAt) || isRoleNounSurname(tokens, index, taken) || (taken.length === 0 && opensKoreanName(tokens, index));
    if (!isParticle && !isName) break;
    end = -1;
    // "von der Leyen", "van den Berg": an article is a particle only after "von" or "van"; "Angela Merkel den
    // Rücken stärken" ends the name before it.
    if (isParticle && PARTICLES_AFTER_LEADING_VON.has(token.text) && !(taken.length > 0 && isArticleOfParticle(tokens, index))) break;
    if (taken.length === 0 && isParticle && !LEADING_NAME_PARTICLES.has(token.text)) {
      const next = tokens[index + 1];
      if (token.text !== "von" || !next || !PARTICLES_AFTER_LEADING_VON.has(next.text)) break;
    }
    taken.push(token);
  }
  while (taken.length > 0 && NAME_PARTICLES.has(taken[taken.length - 1]!.text)) taken.pop();
  if (taken.length === 0 || prepositionBeforeName(taken)) return undefined;
  // "Mohammed K.": the abbreviated surname keeps its period.
  const last = taken[taken.length - 1]!;
  return { tokens: taken, span: { start: taken[0]!.start, end: end === last.end + 1 ? end : last.end } };
}

/**
 * Whether name words read from a German "von" and its article ("von der", "von den", "von dem") are a preposition before
 * a body's name ("Forscher von der Brown University", "Lehrerin von der Anna-Freud-Schule"): such a name opens with
 * its surname ("von der Leyen"), so one word follows the article, and no given name.
 */
function prepositionBeforeName(taken: readonly Token[]): boolean {
  if (taken[0]!.text !== "von" || !PARTICLES_AFTER_LEADING_VON.has(taken[1]?.text ?? "")) return false;
  const afterArticle = taken.slice(2);
  return afterArticle.length !== 1 || givenNameGender(afterArticle[0]!.lower.split("-")[0]!) !== undefined;
}

/** A word in lower case long enough to be a German compound, with letters German words join so ("ansteckabzeichen"; not "kogalniceanu"). */
const LONG_GERMAN_COMPOUND = /^(?=[a-zäöüß]*(?:ch|ck|tz|pf|ei|ie|au|eu|ä|ö|ü|ß))[a-zäöüß]{12,}$/u;

/** Module constants, not literals in the function: compiled for Node 20 (tsx), a literal with \p{…} outside a class is built anew on every call. */
const LOWER_CASE_LETTER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** Whether `lower` stands in the text as the last part of a longer word ("abzeichen" in "Ansteckabzeichen"). */
function isCompoundPartIn(text: string, lower: string): boolean {
  if (lower.length < 5) return false;
  for (let at = text.indexOf(lower); at !== -1; at = text.indexOf(lower, at + 1)) {
    if (at > 0 && LOWER_CASE_LETTER.test(text[at - 1]!) && !LETTER.test(text[at + lower.length] ?? "")) return true;
  }
  return false;
}

/**
 * "Rob Morgan Ansteckabzeichen": a name read on into the object after it ends before a word the text uses as
 * a common noun (after an article, or as the last part of a compound) or that is a long German compound.
 * Two name words stay, counting those right before a run read from inside ("Morgan" after "Rob"): "Stefan
 * Schmuckenschlager" is a name of a German compound's shape. It ends before a noun by its derivation ending
 * ("Anwalt Peter Maier Berufung ein"), and after a surname before a bare object (isBareObject); after given names
 * alone a word of an adjective's ending is the surname ("Anna Maria Fröhlich").
 */
function endBeforeCommonNoun(
  text: string,
  sentenceTokens: readonly Token[],
  found: FoundName,
  nouns: ReadonlySet<string>,
  standaloneCounts: () => Map<string, number>,
  wordsBefore = 0,
): FoundName {
  const isCommonNounWord = (word: string, lower: string) =>
    nouns.has(word) || LONG_GERMAN_COMPOUND.test(lower) || isCompoundPartIn(text, lower) || isDerivedNoun({ lower });
  // "Wilhelm Blasko Convenience-Fertiggerichte": a compound with a hyphen is a common noun where its last part is one.
  const isCommonNoun = (token: Token) => isCommonNounWord(token.text, token.lower) || isCommonNounWord(...lastHyphenPart(token));
  const cut = found.tokens.findIndex(
    (token, position) =>
      wordsBefore + position >= 2 &&
      token.capitalised &&
      // "von der Leyen": a name particle's "der" is no article.
      !NAME_PARTICLES.has(found.tokens[position - 1]!.text) &&
      (isCommonNoun(token) ||
        (surnameBefore(found.tokens, position) &&
          (isBareObject(sentenceTokens, token, isCommonNoun) || germanWordNeverAlone(text, found.tokens, position, standaloneCounts)))),
  );
  if (cut === -1) return found;
  const tokens = found.tokens.slice(0, cut);
  const last = tokens[tokens.length - 1]!;
  // "Karim B. Anklage": the abbreviated surname keeps its period.
  return { tokens, span: { start: found.span.start, end: isInitial(text, last) ? last.end + 1 : last.end } };
}

/**
 * A word in lower case spelled with letters German joins so, as LONG_GERMAN_COMPOUND asks ("chlorgas", "blumen" not), and
 * ending as German nouns do: not in "-a", "-i", "-o", "-u", as Italian and Spanish surnames do ("Tedeschi", "Bianchi").
 */
const GERMAN_SPELLING = /^(?=[a-zäöüß]*(?:ch|ck|tz|pf|ei|ie|au|eu|ä|ö|ü|ß))[a-zäöüß]*[b-hj-np-tv-zäöüß]$/u;

/**
 * "nach Angaben des Experten Klaus Berger Chlorgas eingesetzt": after a given name and a surname, a word spelled as German
 * words are, no given name, that the text never uses alone is the clause's noun. A third name word after a surname
 * is of a name from abroad ("Otto Pérez Molina", "Markus Notch Persson"), or one the text names the person by ("Gorbatschow
 * sagte", "Peña Nieto sagte"); none follows an initial ("Marcel A. Müller").
 */
function germanWordNeverAlone(text: string, nameTokens: readonly Token[], position: number, standaloneCounts: () => Map<string, number>): boolean {
  const token = nameTokens[position]!;
  // Right after a given name and one surname ("Klaus Berger"), not after leading nouns the run opened with ("des Bürgermeisters Andreas Haitzer").
  const [given, surname] = [nameTokens[position - 2], nameTokens[position - 1]!];
  if (given === undefined || givenGender(given) === undefined || givenGender(surname) !== undefined || surname.text.length === 1) return false;
  // "Sergej Jurjewitsch Netschajew": after a Russian patronymic the surname follows.
  if (PATRONYMIC.test(surname.lower)) return false;
  if (!GERMAN_SPELLING.test(token.lower) || givenGender(token) !== undefined) return false;
  if ((standaloneCounts().get(token.text) ?? 0) > 0) return false;
  // "Enrique Peña Nieto ... Peña Nieto sagte": a double surname the text writes again.
  const pair = `${surname.text} ${token.text}`;
  return text.indexOf(pair, text.indexOf(pair) + pair.length) === -1;
}

/** A Russian patronymic as German writes it ("Jurjewitsch", "Wiliorowitsch", "Petrowna"), lower case. */
const PATRONYMIC = /(?:witsch|wna)$/u;

/** The part of a word after its last hyphen, as written and in lower case ("Fertiggerichte" of "Convenience-Fertiggerichte"); none without a hyphen. */
function lastHyphenPart(token: Token): [string, string] {
  const hyphen = token.text.lastIndexOf("-");
  return hyphen <= 0 ? ["", ""] : [token.text.slice(hyphen + 1), token.lower.slice(hyphen + 1)];
}

/** "Berufung", "Verständnis": a noun by its derivation ending, long enough to have one, and no given name ("Dennis"). */
const isDerivedNoun = (token: Pick<Token, "lower">) => token.lower.length >= 6 && NOUN_DERIVATION_ENDINGS.test(token.lower) && givenGender(token) === undefined;

/** Whether the name words before `position` hold a surname: one of them is no known given name ("Karl Huber", "Rob Larsen"; not "Hans Peter"). */
function surnameBefore(nameTokens: readonly Token[], position: number): boolean {
  for (let index = 0; index < position; index++) if (givenGender(nameTokens[index]!) === undefined) return true;
  return false;
}

/**
 * "überreichte Bürgermeister Karl Huber Blumen an ...", "verteilten die Helfer Lena Roth und Rob Larsen Decken und
 * Hygienepakete": after a full name, a word that is a noun standing without article as the verb's object: one of
 * BARE_OBJECT_NOUNS, one with a common word's ending ("Verständnis", "Nützliches"), or one joined by "und" to a common noun.
 */
function isBareObject(tokens: readonly Token[], token: Token, isCommonNoun: (token: Token) => boolean): boolean {
  if (BARE_OBJECT_NOUNS.has(token.lower) || looksLikeCommonWord(token.lower)) return true;
  const at = tokens.indexOf(token);
  const and = tokens[at + 1];
  const partner = tokens[at + 2];
  return (and?.lower === "und" || and?.lower === "oder") && partner !== undefined && partner.capitalised && !isRoleToken(partner) && isCommonNoun(partner);
}

const organisationKindEnding = suffixMatcher(NAME_INTRODUCING_KINDS);

/** A character that carries a name's last word on: a letter, a digit, a genitive's apostrophe. */
const NAME_GOES_ON = /[\p{L}\p{N}'’]/u;
/** The capitalised word right before a name, after at most a space ("Islamistengruppe" before "Ansar Dine"). */
const WORD_BEFORE_NAME = /(\p{Lu}[\p{L}-]*)[ \t\u00a0]+$/u;

/**
 * Whether `name` stands somewhere in `text` right after the noun of an organisation's kind ("der Gruppe Ansar Dine"), as
 * all its words: not in the genitive that names an owner ("die Bewegung Emmanuel Macrons", "der Partei Andrej Babiš'").
 */
function standsAfterKindNoun(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    if (NAME_GOES_ON.test(text.charAt(at + name.length))) continue;
    const before = WORD_BEFORE_NAME.exec(text.slice(Math.max(0, at - 40), at))?.[1];
    if (before !== undefined && organisationKindEnding(before.toLowerCase()) !== undefined) return true;
  }
  return false;
}

/** A plural's last letters that its singular lacks ("Organisationen", "Konzerne", "Banken"). */
const PLURAL_ENDING = /(?:en|n|e|s)$/u;

/** "Flüchtlingsorganisationen", "Konzerne": a noun in the plural for bodies of a kind that names are given to (NAME_INTRODUCING_KINDS). */
function exampleOfBodies(token: Token | undefined): boolean {
  if (!token?.capitalised) return false;
  return organisationKindEnding(token.lower) !== undefined || organisationKindEnding(token.lower.replace(PLURAL_ENDING, "")) !== undefined;
}

/** "Luftwaffenstützpunkt", "Flughafen", "Zerstörer": a noun for a facility, place or vessel, by its last part; not a city ("Halle"). */
function isNamedPlaceNoun(token: Token | undefined): boolean {
  if (!token?.capitalised) return false;
  return !CITIES.has(token.text) && namedPlaceEnding(token.lower) !== undefined;
}

/** A given name of two syllables joined by a hyphen, the second in small letters ("Geun-hye", "Jae-in"): no European name is written so. */
const SURNAME_FIRST_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** A Korean given name as SURNAME_FIRST_GIVEN_NAME, of short syllables, after a surname ("Ban Ki-moon", "An Hyong-chan"). */
const KOREAN_NAME = /^\p{Lu}\p{Ll}{0,4} \p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;

/** "Jinping", "Zedong", "Keqiang": a word of two syllables of Pinyin, in lower case. */
function isPinyinGivenName(lower: string): boolean {
  for (let cut = 1; cut < lower.length; cut++) if (PINYIN_SYLLABLES.has(lower.slice(0, cut)) && PINYIN_SYLLABLES.has(lower.slice(cut))) return true;
  return false;
}

/**
 * "Xi Jinping", "Mao Zedong", "Park Geun-hye", "An Hyong-chan": a name of two words written surname first, as Chinese
 * (a Chinese surname and a given name of two syllables of Pinyin) and Korean names are. No European name has that
 * shape; "Feng Shui", "Yin Yang" have one syllable after the surname.
 */
function writtenSurnameFirst(words: readonly Pick<Token, "text" | "lower">[]): boolean {
  if (words.length !== 2) return false;
  if (CHINESE_SURNAMES.has(words[0]!.text) && isPinyinGivenName(words[1]!.lower)) return true;
  return KOREAN_NAME.test(`${words[0]!.text} ${words[1]!.text}`);
}

const isSurnameParticle = (word: string) => CAPITALISED_SURNAME_PARTICLES.has(word) || (NAME_PARTICLES.has(word) && !word.endsWith("-"));

/**
 * Surname: the last name word with the particles before it ("Le Drian", "von der Leyen", "bin Laden").
 * A hyphenated article ("al- Kadhimi") stays in the full name only, as sorting and address drop it.
 */
function splitName(text: string, found: FoundName): { surname: string; givenName?: string } {
  const words = found.tokens;
  // "Park Geun-hye", "Ban Ki-moon": a Korean given name, hyphenated with a small letter after the hyphen, follows the surname;
  // "Xi Jinping", "Li Na": so does a Chinese one.
  if (words.length === 2 && (SURNAME_FIRST_GIVEN_NAME.test(words[1]!.text) || writtenSurnameFirst(words) || chineseSurnameAndSyllable(words)))
    return { surname: words[0]!.text, givenName: words[1]!.text };
  // "Felipe VI.", "Johannes Paul II.": a monarch's or pope's name with its number is one name, no given name and surname.
  if (REGNAL_NUMBER.test(words[words.length - 1]!.text) && words.length > 1) return { surname: text.slice(found.span.start, found.span.end) };
  let surnameStart = words.length - 1;
  while (surnameStart > 0 && isSurnameParticle(words[surnameStart - 1]!.text)) surnameStart--;
  const surname = text.slice(words[surnameStart]!.start, Math.max(words[words.length - 1]!.end, found.span.end));
  const given = words.slice(0, surnameStart).filter((word) => !NAME_PARTICLES.has(word.text));
  if (given.length === 0) return { surname };
  return { surname, givenName: text.slice(given[0]!.start, given[given.length - 1]!.end) };
}

function nationality(
  text: string,
  sentence: Span,
  roleSpan: Span,
  roleWord: string,
  countries: readonly CountryMention[],
  home: string | undefined,
  domestic: string | undefined,
): string | undefined {
  const inRole = countriesWithin(countries, roleSpan)[0];
  if (inRole) return inRole.iso2;
  const lowerRole = roleWord.toLowerCase();
  for (const [prefix, iso2] of Object.entries(IMPLIED_NATIONALITY_ROLE_PREFIXES))
    if (lowerRole.startsWith(prefix)) return iso2 === HOME_COUNTRY ? (home ?? FEDERAL_HOME_COUNTRY) : iso2;
  const roleText = text.slice(roleSpan.start, roleSpan.end);
  const institution = IMPLIED_NATIONALITY_INSTITUTIONS.find(({ pattern }) => pattern.test(roleText));
  if (institution) return institution.iso2 === HOME_COUNTRY ? (home ?? FEDERAL_HOME_COUNTRY) : institution.iso2;
  // "der neuen irakischen Regierung unter Premierminister al- Kadhimi"
  const lookBack = Math.max(sentence.start, roleSpan.start - 80);
  const before = text.slice(lookBack, roleSpan.start);
  const context = GOVERNMENT_CONTEXT_ENDINGS.some((ending) => before.endsWith(ending)) ? GOVERNMENT_CONTEXT.exec(before) : null;
  if (context) {
    const wordStart = lookBack + context.index;
    const governed = countriesWithin(countries, { start: wordStart, end: wordStart + context[1]!.length })[0];
    if (governed) return governed.iso2;
  }
  return DOMESTIC_ROLE_HEAD.test(roleHead(roleWord)) ? domestic : undefined;
}

/**
 * The country a text's ministers without nationality serve where it is not the home country: a text from abroad
 * that names one country only and none of HOME_COUNTRIES, nor a city of one ("Brasília. Die Regierung in Brasilien
 * ... Justizminister Flávio Dino" is Brazil's). "Bundesminister" stays the home country's; a text naming a second
 * country, or "Berlin", may be about a minister of ours abroad ("Außenminister Maas reist nach Brasilien").
 */
function storyCountry(doc: Doc, countries: readonly CountryMention[]): string | undefined {
  const story = countries[0]?.iso2;
  if (story === undefined || HOME_COUNTRIES.has(story) || countries.some((mention) => mention.iso2 !== story)) return undefined;
  for (const tokens of doc.tokens) for (const token of tokens) if (HOME_COUNTRIES.has(CITIES.get(token.text) ?? "")) return undefined;
  return story;
}

/**
 * The country whose offices the text names without a nationality: of the German-speaking countries, the one it names
 * most, by name or adjective, by a party, chamber or office only it has (HOME_COUNTRY_WORDS), by a city or a Land or
 * canton of it; the first named on a tie. None where the text names none of them: "Innenministerin" alone tells
 * nothing of which country's.
 */
function homeCountry(doc: Doc, countries: readonly CountryMention[]): string | undefined {
  const counts = new Map<string, number>();
  const count = (iso2: string | undefined) => {
    if (iso2 !== undefined && HOME_COUNTRIES.has(iso2)) counts.set(iso2, (counts.get(iso2) ?? 0) + 1);
  };
  for (const mention of countries) count(mention.iso2);
  for (const tokens of doc.tokens) {
    for (const token of tokens) {
      if (!token.capitalised) continue;
      const hyphen = token.text.indexOf("-");
      const word = hyphen === -1 ? token.text : token.text.slice(0, hyphen);
      count(HOME_COUNTRY_WORDS.get(word) ?? CITIES.get(word) ?? REGIONS.get(word));
    }
  }
  let home: string | undefined;
  let most = 0;
  for (const [iso2, found] of counts) {
    if (found <= most) continue;
    home = iso2;
    most = found;
  }
  return home;
}

interface Introduction {
  roleSpan: Span;
  roleWord: string;
  name: FoundName;
}

/** What stands between token `index` and the next (up to `end` after the last). */
function gapAfter(text: string, tokens: readonly Token[], index: number, end: number): string {
  return text.slice(tokens[index]!.end, tokens[index + 1]?.start ?? end);
}

/** "&" and the space before a word: the word goes on a firm's name ("Procter & Gamble", "Daily Mail & General Trust"). */
const AMPERSAND_BEFORE = /&[ \t\u00a0]*$/u;

/** "Role Name" or "Role complement, Name," starting at the role word `roleIndex`. */
function introductionAt(
  text: string,
  tokens: readonly Token[],
  roleIndex: number,
  sentence: Span,
  countryAt: CountriesByStart,
  nouns: CommonNouns,
  standaloneCounts: () => Map<string, number>,
): Introduction | undefined {
  const roleToken = tokens[roleIndex]!;
  // "Daily Mail & General Trust": a word after "&" is of a firm's name, never a role before a name.
  if (AMPERSAND_BEFORE.test(text.slice(Math.max(sentence.start, roleToken.start - 3), roleToken.start))) return undefined;
  let roleEnd = roleToken.end;
  let name: FoundName | undefined;
  // "mit BürgermeisterThomas Steiner": a word the scraped text glued to the role, which the Doc split off (joined, no gap).
  const gluedName = tokens[roleIndex + 1]?.joined === true && tokens[roleIndex + 1]!.start === roleToken.end;
  if (roleIndex + 1 < tokens.length && (gluedName || isWhitespace(gapAfter(text, tokens, roleIndex, sentence.end)))) {
    const read = readName(text, tokens, roleIndex + 1, countryAt);
    name = read && endBeforeCommonNoun(text, tokens, read, nouns.notAfterComma, standaloneCounts);
  }
  if (!name) {
    // Apposition: "der Koordinator für Terrorismusbekämpfung der US-Regierung, Nathan Sales, am ..."
    const genitiveComplement = GENITIVE_ARTICLES.has(tokens[roleIndex + 1]?.lower ?? "");
    for (let index = roleIndex; index < Math.min(tokens.length - 1, roleIndex + MAX_ROLE_COMPLEMENT_WORDS); index++) {
      let gap = gapAfter(text, tokens, index, sentence.end);
      let bracketClosed = false;
      // "der Chef der europafeindlichen Ukip (UK Independence Party), Nigel Farage,": a bracket inside the complement.
      if (OPENING_BRACKET_GAP.test(gap)) {
        while (index < tokens.length - 1 && !gap.includes(")")) gap = gapAfter(text, tokens, ++index, sentence.end);
        if (!CLOSING_BRACKET_COMMA_GAP.test(gap)) break;
        gap = ", ";
        bracketClosed = true;
      }
      if (isWhitespace(gap)) {
        // "den Chef der rechtsradikalen Anti-Islam-Bewegung Martin Konvička": a genitive's noun, then a known given name and a surname.
        const nameAfterGenitive =
          genitiveComplement && index > roleIndex + 1 && tokens[index]!.capitalised && givenNameGender(tokens[index + 1]!.lower) !== undefined
            ? readName(text, tokens, index + 1, countryAt)
            : undefined;
        if (nameAfterGenitive && nameAfterGenitive.tokens.length >= 2 && !nameAfterGenitive.tokens[nameAfterGenitive.tokens.length - 1]!.text.endsWith("s")) {
          name = nameAfterGenitive;
          roleEnd = tokens[index]!.end;
          break;
        }
        continue;
      }
      if (!/^,[ \t\u00a0]+$/u.test(gap)) break;
      const candidate = readName(text, tokens, index + 1, countryAt);
      const following = text.slice(candidate?.span.end ?? 0, (candidate?.span.end ?? 0) + 2);
      if (candidate && candidate.tokens.length >= 2 && (candidate.span.end >= sentence.end || /^(?:,|\.|;| \(|$)/u.test(following))) {
        name = candidate;
        roleEnd = bracketClosed ? tokens[index]!.end + 1 : tokens[lastCapitalisedFrom(tokens, roleIndex, index)]!.end;
      }
      break;
    }
  }
  // "Tabellenführer Salzburg", "Titelverteidiger Barcelona": a city alone after the noun is the club or town that holds the title.
  if (!name || (name.tokens.length === 1 && CITIES.has(name.tokens[0]!.text))) return undefined;
  let roleStart = roleIndex;
  let adjectives = 0;
  while (roleStart > 0 && adjectives < MAX_ROLE_ADJECTIVES && tokens[roleStart]!.joined) {
    if (
      isRoleAdjective(tokens, roleStart - 1, roleToken.text) ||
      isCountryWord(tokens[roleStart - 1]!, countryAt) ||
      // "Der frühere Kärntner Landesrat": the place's adjective is part of the office, and "frühere" before it too.
      isRegionOrPlaceAdjective(tokens[roleStart - 1]!.text) ||
      // "des Schwarzacher Bürgermeisters": after the genitive's article a capitalised "-er" word is a place's adjective.
      (PLACE_ADJECTIVE_SHAPE.test(tokens[roleStart - 1]!.text) && GENITIVE_SINGULAR_DETERMINERS.has(tokens[roleStart - 2]?.lower ?? ""))
    ) {
      roleStart--;
      adjectives++;
    }
    // "Chinas Staats- und Parteichef": the first half of a compound whose end the second gives, part of the role's noun.
    else if (
      roleStart > 1 &&
      ELIDED_COMPOUND_JOINS.has(tokens[roleStart - 1]!.lower) &&
      tokens[roleStart - 1]!.joined &&
      tokens[roleStart - 2]!.text.endsWith("-")
    )
      roleStart -= 2;
    else break;
  }
  // "Ein Sprecher Konvičkas": after an indefinite article the role holder is anonymous and the name a genitive.
  if (INDEFINITE_ARTICLES.has(tokens[roleStart - 1]?.lower ?? "")) return undefined;
  // "seine Tätigkeit als Anwalt Aktenfälschung, Geldwäsche ... vorgeworfen": after "als" the role says what someone
  // works as, and no name follows it.
  if (tokens[roleStart - 1]?.lower === "als") return undefined;
  return { roleSpan: { start: tokens[roleStart]!.start, end: roleEnd }, roleWord: roleToken.text, name };
}

/**
 * The last capitalised word from the role at `roleIndex` to `index`: a role's complement ends in a noun or a name ("der
 * Koordinator für Terrorismusbekämpfung der US-Regierung"); words in lower case after it before the apposition's comma
 * are the clause's adverbs and particles ("Der Gouverneur selbst, Iwan Iskrow, trat ...", "Der Minister hingegen, ...").
 */
function lastCapitalisedFrom(tokens: readonly Token[], roleIndex: number, index: number): number {
  let last = index;
  while (last > roleIndex && !tokens[last]!.capitalised) last--;
  return last;
}

const OPENING_BRACKET_GAP = /^[ \t\u00a0]+\($/u;
const CLOSING_BRACKET_COMMA_GAP = /^\),[ \t\u00a0]+$/u;

/** The words that join the halves of an elided compound ("Staats- und Parteichef"). */
const ELIDED_COMPOUND_JOINS: ReadonlySet<string> = new Set(["und", "oder"]);

/**
 * The nominative of a role noun in the masculine genitive singular after its determiner ("des Schwarzacher
 * Bürgermeisters", "des Ex-Senators", "des neuen Staatssekretärs") -> "Bürgermeister"; undefined for any other word.
 * Only after the determiner: "Chefs" alone is a plural as often ("die Chefs der Parteien").
 */
function genitiveRoleNominative(tokens: readonly Token[], index: number): string | undefined {
  const token = tokens[index]!;
  if (!token.capitalised || !token.lower.endsWith("s")) return undefined;
  // Feminine and adjectival roles take no genitive s ("der Präsidentin", "des Vorsitzenden").
  let cut = 0;
  for (let letters = 1; letters <= 2 && cut === 0; letters++) {
    const stem = token.lower.slice(0, -letters);
    if (uninflectedRoleEnding(stem) !== undefined && roleGender(stem) === "male") cut = letters;
  }
  if (cut === 0) return undefined;
  let before = index - 1;
  for (let adjectives = 0; before >= 0 && !GENITIVE_SINGULAR_DETERMINERS.has(tokens[before]!.lower); adjectives++, before--) {
    const word = tokens[before]!;
    // "des Schwarzacher Bürgermeisters": between the article and its noun a capitalised word in "-er" is a place's adjective.
    const adjective = (!word.capitalised && isAdjectiveLike(word.text)) || PLACE_ADJECTIVE_SHAPE.test(word.text);
    if (adjectives === MAX_ROLE_ADJECTIVES || !tokens[before + 1]!.joined || !adjective) return undefined;
  }
  if (before < 0 || !tokens[before + 1]!.joined) return undefined;
  return token.text.slice(0, -cut);
}

/** "der frühere Hohe Repräsentant", "die bisherige Zweite Landtagspräsidentin": a capitalised adjective of an office's title, after an article or an adjective. */
function isTitleAdjective(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  return (
    token.joined &&
    TITLE_ADJECTIVES.test(token.text) &&
    before !== undefined &&
    (DETERMINERS.has(before.lower) || (!before.capitalised && isAdjectiveLike(before.text)))
  );
}

/** Words of an attribute's own phrase before the adjective that closes it, at most ("seit vielen Jahren amtierende"). */
const MAX_ATTRIBUTE_PHRASE_WORDS = 3;

/**
 * "der aus Izmir stammende Autor", "die seit vielen Jahren amtierende Präsidentin": an adjective that closes an attribute's
 * own phrase, opened by a preposition right after the article. Like "zuständige", it says nothing without what it governs.
 */
function closesAttributePhrase(tokens: readonly Token[], index: number): boolean {
  for (let back = 2; back <= MAX_ATTRIBUTE_PHRASE_WORDS + 1 && index - back > 0; back++) {
    if (!tokens[index - back + 1]!.joined) return false;
    if (ATTRIBUTE_PREPOSITIONS.has(tokens[index - back]!.lower)) return tokens[index - back]!.joined && DETERMINERS.has(tokens[index - back - 1]!.lower);
  }
  return false;
}

/** A figure or a year as a word ("1991", "20.000"). */
const FIGURE_WORD = /^\d[\d.,]*$/u;

/**
 * "die von Kohl 1991 in sein Kabinett berufene heutige Kanzlerin", "der seit 2010 amtierende Präsident": an adjective
 * right after a noun or a figure of its own sentence closes an attribute's phrase too long for closesAttributePhrase,
 * since an adjective of a role follows a determiner, another adjective or a genitive ("Frankreichs neuer Präsident").
 * Without its phrase it tells nothing ("berufene heutige Kanzlerin"); a place's adjective ("Wiener") is none.
 */
function followsNounOfItsPhrase(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (before === undefined || index - 1 === 0 || !tokens[index]!.joined) return false;
  if (FIGURE_WORD.test(before.text)) return true;
  return before.capitalised && !DETERMINERS.has(before.lower) && !before.text.endsWith("s") && !PLACE_ADJECTIVE_SHAPE.test(before.text);
}

/** Adjectives that need what they govern ("der für Terrorismus zuständige Staatsanwalt"): without it no part of the role. */
const GOVERNING_ADJECTIVE = /^(?:zuständig|verantwortlich)/u;

/**
 * "britische", "politischen", "der gewählte" in front of a role; not the verb in "sagte US-Außenminister"
 * nor in "Die kündigte Infrastrukturminister Stöger an", where "Die" stands for what was said before: a
 * feminine article before a role noun of masculine form is no article of that role.
 */
function isRoleAdjective(tokens: readonly Token[], index: number, roleWord: string): boolean {
  const word = tokens[index]!.text;
  if (isTitleAdjective(tokens, index)) return true;
  if (!isAdjectiveLike(word) || GOVERNING_ADJECTIVE.test(word) || closesAttributePhrase(tokens, index) || followsNounOfItsPhrase(tokens, index)) return false;
  if (!/te[nt]?$/u.test(word)) return true;
  const before = tokens[index - 1];
  if (before?.lower === "die" && roleGender(roleWord) === "male") return false;
  // "Das kündigte Landeshauptmann Anton Mattle an": "das" is no article of a person's role; it stands for what was said.
  if (before?.lower === "das") return false;
  return before !== undefined && tokens[index]!.joined && DETERMINERS.has(before.lower);
}

/**
 * "Frankreichs Verteidigungsminister", "sein US-amerikanischer Amtskollege": a country name in the genitive
 * or a country's adjective that isAdjectiveLike does not take (capitalised, with a hyphen) in front of a role.
 */
function isCountryWord(token: Token, countryAt: CountriesByStart): boolean {
  const mention = countryAt.get(token.start);
  if (mention?.end !== token.end) return false;
  return mention.form === "adjective" || token.text.endsWith("s");
}

/** An initial ("M."). */
const INITIAL = /^\p{Lu}\.$/u;

/** Whether the first word of a given name is one of the list of given names. */
const knownGivenName = (givenName: string) => givenNameGender(givenName.split(" ")[0]!.toLowerCase()) !== undefined;

/**
 * Whether two given names may be one person's: the same, one the start or end of the other ("Recep Tayyip"
 * and "Tayyip", "George W" and "George"), or an initial of the other ("G." and "George").
 */
function sameGivenName(one: string, other: string): boolean {
  const [a, b] = [one.replace(/\./gu, ""), other.replace(/\./gu, "")];
  if (a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a)) return true;
  const initial = (name: string) => name.length === 1;
  return (initial(a) || initial(b)) && a[0] === b[0];
}

/**
 * The person a found name refers to (merged by surname; a new one if none), with the mention added.
 * "Samy A." and "Brahim A." are two people: an abbreviated surname does not tell people apart.
 */
function addMention(text: string, persons: Map<string, PersonDraft>, found: FoundName): { person: PersonDraft; mention: Mention } {
  const { surname, givenName } = splitName(text, found);
  let mention: Mention = { start: found.span.start, end: found.span.end, text: text.slice(found.span.start, found.span.end) };
  let key = INITIAL.test(surname) ? mention.text : surname;
  let person = persons.get(key);
  // "Jeb Bush" and "George W. Bush": two people of one family, told apart by their given names (both known as
  // such: "Sowohl Cruz", "Parteifreund Jaalon" are Cruz and Jaalon).
  if (person?.givenName && givenName && !sameGivenName(person.givenName, givenName) && knownGivenName(person.givenName) && knownGivenName(givenName)) {
    person = [...persons.values()].find((other) => other.surname === surname && other.givenName !== undefined && sameGivenName(other.givenName, givenName));
    key = mention.text;
  }
  if (!person) {
    person = { name: spacedName(mention.text, found), surname, attendance: "mentioned", mentions: [], genitives: [] };
    persons.set(key, person);
  }
  // "seinen Verteidigungsminister und Parteifreund Jaalon" of Moshe Jaalon: a word before the surname that is no
  // known given name, where the person has another given name, is no part of this mention.
  if (givenName && person.givenName && !sameGivenName(person.givenName, givenName) && !knownGivenName(givenName)) mention = surnameOnly(mention, surname);
  if (givenName && !person.givenName) {
    person.givenName = givenName;
    person.name = spacedName(mention.text, found);
  }
  person.mentions.push(mention);
  return { person, mention };
}

/** A name as written, with the space the scraped text lost between two of its words ("HansNiessl": "Hans Niessl"). */
function spacedName(written: string, found: FoundName): string {
  let name = written;
  for (let index = found.tokens.length - 1; index > 0; index--) {
    const word = found.tokens[index]!;
    if (word.start !== found.tokens[index - 1]!.end || word.start >= found.span.end) continue;
    const at = word.start - found.span.start;
    name = `${name.slice(0, at)} ${name.slice(at)}`;
  }
  return name;
}

/** A mention cut to the surname at its end ("Jaalon" of "Parteifreund Jaalon"). */
function surnameOnly(mention: Mention, surname: string): Mention {
  if (!mention.text.endsWith(surname)) return mention;
  return { start: mention.end - surname.length, end: mention.end, text: surname };
}

/** People introduced with a role in the given sentences, merged by surname, with all their mentions. */
export function findPersons(doc: Doc, countries: readonly CountryMention[]): PersonDraft[] {
  const { text, sentences } = doc;
  const persons = new Map<string, PersonDraft>();
  const nouns = commonNouns(doc);
  let previous: PersonDraft | undefined;
  let countryIndex = 0;
  const home = homeCountry(doc, countries);
  const domestic = storyCountry(doc, countries) ?? home;
  // Counted for the first finder that asks, once: several need them for some texts.
  let standalone: Map<string, number> | undefined;
  const standaloneCounts = () => (standalone ??= standaloneWords(doc));
  sentences.forEach((sentence, sentenceIndex) => {
    while (countryIndex < countries.length && countries[countryIndex]!.end <= sentence.start) countryIndex++;
    const tokens = doc.tokens[sentenceIndex]!;
    // Made at the sentence's first role noun: most sentences have none.
    let sentenceCountries: CountryMention[] | undefined;
    let countryAt: CountriesByStart = NO_COUNTRIES;
    for (let index = 0; index < tokens.length; index++) {
      const genitiveNominative = isRoleToken(tokens[index]!) ? undefined : genitiveRoleNominative(tokens, index);
      if (genitiveNominative === undefined && !isRoleToken(tokens[index]!)) continue;
      if (sentenceCountries === undefined) {
        sentenceCountries = [];
        for (let at = countryIndex; at < countries.length && countries[at]!.start < sentence.end; at++) sentenceCountries.push(countries[at]!);
        countryAt = new Map(sentenceCountries.map((mention) => [mention.start, mention]));
      }
      const introduction = introductionAt(text, tokens, index, sentence, countryAt, nouns, standaloneCounts);
      if (!introduction || objectAfterInflectedRole(introduction, tokens, index, standaloneCounts) || afterNamingVerb(introduction, tokens, index)) continue;
      // "werfen die Abgeordneten Schaunig vor", "Die Spieler von den Inseln lobten": beside a plural only names joined by
      // "und" stand in apposition, no single one; a name there is found (without that role) only by evidence of its own.
      if (pluralIntroduction(introduction, tokens) && !secondNameFollows(text, tokens, introduction.name, countryAt)) continue;
      // "Tabellenführer Sturm Graz", "Tabellenzweiter Austria Wien": a town after a first word that is no given name names a
      // club, not a person ("Der Manager Tilo Berlin" is one).
      const [first, ...others] = introduction.name.tokens;
      if (givenGender(first!) === undefined && others.some((token) => CITIES.has(token.text))) continue;
      let role = text.slice(introduction.roleSpan.start, introduction.roleSpan.end);
      // "des Schwarzacher Bürgermeisters Andreas Haitzer", "den zuständigen Ministern Anna Berger und ...": the office in the
      // nominative singular, as it is asked ("Bürgermeister", "zuständige Minister").
      const nominative = genitiveNominative ?? dativePluralSingular(tokens[index]!);
      if (nominative !== undefined) {
        const at = tokens[index]!.start - introduction.roleSpan.start;
        const before = role.slice(0, at).replace(/\S+/gu, (word) => WEAK_GENITIVE_ADJECTIVE.exec(word)?.[1] ?? word);
        role = before + nominative + role.slice(at + tokens[index]!.text.length);
        introduction.roleWord = nominative;
      }
      const country = nationality(text, sentence, introduction.roleSpan, introduction.roleWord, sentenceCountries, home, domestic);
      const { person } = addMention(text, persons, introduction.name);
      const stated = statedRoleGender(tokens, introduction);
      if (stated) {
        person.statedGenders ??= new Set();
        person.statedGenders.add(stated);
      }
      if (!person.role) {
        person.role = role;
        person.roleWord = introduction.roleWord;
        if (colleagueEnding(introduction.roleWord.toLowerCase()) && previous?.roleWord && previous !== person) {
          person.impliedRole = capitalise(roleHead(previous.roleWord));
        }
      }
      if (!person.country && country) person.country = country;
      previous = person;
      while (index + 1 < tokens.length && tokens[index + 1]!.start < introduction.name.span.end) index++;
    }
  });
  addNamesWithoutRole(doc, countries, persons, nouns, standaloneCounts);
  addSpeakersBySurname(doc, countries, persons, nouns.afterArticle);
  endBeforeOtherPersonsSurname(persons, standaloneCounts);
  endBeforeBareObject(persons, standaloneCounts);
  dropNamesOfAnotherPersonsSurname(persons);
  mergeGivenNamesIntoFullName(persons);
  splitSideBySide(persons);
  surnamesFirst(persons.values(), standaloneCounts);
  addSurnameMentions(doc, [...persons.values()]);
  addTrailingRoles(doc, [...persons.values()]);
  addGenitives(doc, [...persons.values()], countries, nouns.afterArticle);
  const onlyPersonOf = onlyPersonBySentence(doc, [...persons.values()]);
  for (const person of persons.values()) {
    const gender = personGender(doc, person, onlyPersonOf);
    if (gender) person.gender = gender;
  }
  addPredicateRoles(doc, [...persons.values()]);
  return [...persons.values()];
}

/**
 * "steht Ex-Finanzministerin Maria Fekter den Abgeordneten Rede und Antwort": after a role noun in an inflected form
 * (a dative plural, or "den Präsidenten"), a single capitalised word is as often the object of the verb as a
 * surname. It is a surname where the text also uses it alone ("dem Präsidenten Macron ... Macron sagte"); a name of
 * two words ("den Abgeordneten Peter Pilz") needs no such evidence. Being a common noun tells nothing: many
 * surnames are one ("Koch", "Fischer"). So too after a plural that "die" makes of a role noun in its masculine
 * form ("Bei ihm stellten die Ermittler Bargeld sicher", "Dort fanden die Fahnder Sprengstoff"): no one person's
 * name stands beside a plural, the word after it is the verb's object. So too after a role noun in the dative singular
 * (dativeByArticle), and always where the word is a noun by its derivation ending ("dem Finanzminister Zynismus vorwerfen").
 */
function objectAfterInflectedRole(
  introduction: Introduction,
  tokens: readonly Token[],
  roleNounAt: number,
  standaloneCounts: () => Map<string, number>,
): boolean {
  if (introduction.name.tokens.length > 1) return false;
  if (genitivePluralByAdjective(introduction, tokens)) return true;
  const dative = dativeByArticle(introduction, tokens, roleNounAt);
  if (uninflectedRoleEnding(introduction.roleWord) !== undefined && !pluralByArticle(introduction, tokens) && !dative) return false;
  // "dem Finanzminister Zynismus vorwerfen ... ein Maß an Zynismus": a noun stands alone too, so its ending tells.
  if (dative && isDerivedNoun(introduction.name.tokens[0]!)) return true;
  return (standaloneCounts().get(introduction.name.tokens[0]!.text) ?? 0) === 0;
}

/**
 * "Diese Form der Tarnung nennen Forscher Mimikry": after a verb of naming, a role noun without its article is the
 * verb's subject, people of a kind, and the word after it the name they give something: a term, not a person.
 */
function afterNamingVerb(introduction: Introduction, tokens: readonly Token[], roleNounAt: number): boolean {
  // Back from the role noun to where its role opens: a few words, not a search of the sentence per role.
  let roleAt = roleNounAt;
  while (roleAt > 0 && tokens[roleAt]!.start > introduction.roleSpan.start) roleAt--;
  return roleAt > 0 && tokens[roleAt]!.joined && NAMING_VERBS.has(tokens[roleAt - 1]!.lower);
}

/** The index of the introduction's role word among the sentence's tokens; -1 where none starts there. */
const roleTokenIndex = (tokens: readonly Token[], introduction: Introduction) => indexStartingAt(tokens, introduction.roleSpan.start);

/**
 * "nach Angaben unabhängiger Experten Senfgas eingesetzt": an adjective in "-er" right before a role noun in an inflected
 * form ("Experten"), with no article before them, makes a genitive plural (the singular would be "unabhängiger Experte"):
 * no one person's surname stands beside it, the single word after it belongs to the clause.
 */
function genitivePluralByAdjective(introduction: Introduction, tokens: readonly Token[]): boolean {
  if (uninflectedRoleEnding(introduction.roleWord) !== undefined && !pluralByArticle(introduction, tokens)) return false;
  const roleStart = roleTokenIndex(tokens, introduction);
  const roleIndex = tokens.findIndex((token, index) => index >= roleStart && token.text === introduction.roleWord);
  const adjective = tokens[roleIndex - 1];
  if (roleStart === -1 || roleIndex < roleStart || !adjective || adjective.capitalised || !adjective.lower.endsWith("er") || !isAdjectiveLike(adjective.lower))
    return false;
  // The adjective may stand outside the role, after a noun of the clause (followsNounOfItsPhrase): "nach Angaben unabhängiger".
  return !NOUN_DETERMINERS.has(tokens[Math.min(roleStart, roleIndex - 1) - 1]?.lower ?? "");
}

/** Determiners of a masculine dative singular ("dem Finanzminister", "einem Abgeordneten"). */
const DATIVE_SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(["dem", "einem"]);

/**
 * "werfen dem Finanzminister Zynismus vor", "gab dem Trainer Recht": a role noun in the dative is the verb's object, and a
 * single word after it as often a second object as the surname.
 */
function dativeByArticle(introduction: Introduction, tokens: readonly Token[], roleNounAt: number): boolean {
  // Back from the role noun to where its role opens, as afterNamingVerb does: no search of the sentence per role.
  let roleAt = roleNounAt;
  while (roleAt > 0 && tokens[roleAt]!.start > introduction.roleSpan.start) roleAt--;
  return roleAt > 0 && tokens[roleAt]!.joined && DATIVE_SINGULAR_DETERMINERS.has(tokens[roleAt - 1]!.lower);
}

/** "die Ermittler", "die zuständigen Fahnder": "die" before a role noun of masculine form makes it a plural. */
function pluralByArticle(introduction: Introduction, tokens: readonly Token[]): boolean {
  const roleStart = roleTokenIndex(tokens, introduction);
  return roleStart > 0 && tokens[roleStart - 1]!.lower === "die" && roleGender(introduction.roleWord) === "male";
}

/** Words between a name and the "und" that joins a second name to it, at most ("Jari-Matti Latvala aus Finnland und ..."). */
const MAX_WORDS_BEFORE_SECOND_NAME = 3;

/**
 * "die Gründer Anna Huber und Max Maier", "seine beiden Kollegen Jari-Matti Latvala aus Finnland und Andreas Mikkelsen":
 * a second name joined by "und" or "sowie" after the name, which a plural role noun introduces together with it: a name
 * of two words or one opening with a given name.
 */
function secondNameFollows(text: string, tokens: readonly Token[], name: FoundName, countryAt: CountriesByStart): boolean {
  const after = firstStartingAt(tokens, name.span.end);
  if (after >= tokens.length) return false;
  for (let index = after; index < tokens.length && index <= after + MAX_WORDS_BEFORE_SECOND_NAME; index++) {
    if (!tokens[index]!.joined) return false;
    if (!NOUN_PHRASE_CONJUNCTIONS.has(tokens[index]!.lower) || tokens[index]!.lower === "oder") continue;
    const second = tokens[index + 1]?.joined ? readName(text, tokens, index + 1, countryAt) : undefined;
    return second !== undefined && (second.tokens.length >= 2 || givenGender(second.tokens[0]!) !== undefined);
  }
  return false;
}

/** "-innen" of "Forscherinnen", "-en" of an adjectival role noun's plural ("Abgeordneten", "Vorsitzenden"). */
const PLURAL_ROLE_ENDING = /(?:innen|ten|den)$/u;

/**
 * "die Ermittler", "die zuständigen Fahnder", "die Abgeordneten", "die Forscherinnen", "beide Minister": a role noun in the
 * plural by its determiner: "die" before a masculine form, a feminine plural or an adjectival noun's "-en" (the feminine
 * singular is "die Abgeordnete"), or a determiner only plurals take (PLURAL_DETERMINERS).
 */
function pluralIntroduction(introduction: Introduction, tokens: readonly Token[]): boolean {
  const roleStart = roleTokenIndex(tokens, introduction);
  const determiner = tokens[roleStart - 1];
  // ", die BA-Chef Willibald Cernko präferiert": after a comma "die" is a relative pronoun, the subject's name follows it.
  if (roleStart <= 0 || !tokens[roleStart]!.joined || determiner === undefined || (roleStart > 1 && !determiner.joined)) return false;
  if (PLURAL_DETERMINERS.has(determiner.lower)) return true;
  const roleWord = introduction.roleWord;
  return determiner.lower === "die" && (roleGender(roleWord) === "male" || PLURAL_ROLE_ENDING.test(roleWord.toLowerCase()));
}

/**
 * The gender a role noun before a name states by its grammar: a feminine form always ("Ministerin Dan Barina", "der
 * Ministerin"); a masculine form ("der Minister Dan Barina", "des Ministers", "Minister Dan Barina") where it is a
 * singular: after a determiner of the masculine singular or none, and before one name alone. "die Minister", or "der
 * Minister A und B" (a genitive plural), may name women too; so may an inflected form without an article, a
 * military rank ("Major Anna Berger": ROLES_OF_EITHER_GENDER), and an office with a complement before a comma and the
 * name ("des Staatssekretärs im Ministerium, Eva Moser"): only the noun right before the name states the gender.
 */
function statedRoleGender(tokens: readonly Token[], introduction: Introduction): Gender | undefined {
  const gender = roleGender(introduction.roleWord);
  if (gender !== "male") return gender;
  if (ROLES_OF_EITHER_GENDER.has(roleEnding(introduction.roleWord.toLowerCase()) ?? "")) return undefined;
  // "des Staatssekretärs im Ministerium, Eva Moser": an apposition after a complement may name the office generically.
  const nameStart = indexStartingAt(tokens, introduction.name.span.start);
  if (!tokens[nameStart - 1]?.lower.startsWith(introduction.roleWord.toLowerCase())) return undefined;
  // "bei den Ministern Anna Berger (Familien) und ...": a plural, whatever its article, names women too.
  if (dativePluralSingular(tokens[nameStart - 1]!) !== undefined) return undefined;
  const afterName = tokens[firstStartingAt(tokens, introduction.name.span.end)];
  // "der Minister A und B" may be a genitive plural; "der Stadtrat A sowie B" may not: its plural is "Stadträte".
  if (afterName && NOUN_PHRASE_CONJUNCTIONS.has(afterName.lower) && mayBePluralForm(introduction.roleWord)) return undefined;
  const roleStart = roleTokenIndex(tokens, introduction);
  const before = tokens[roleStart - 1];
  if (before && tokens[roleStart]!.joined && DETERMINERS.has(before.lower)) return MASCULINE_SINGULAR_DETERMINERS.has(before.lower) ? "male" : undefined;
  return uninflectedRoleEnding(introduction.roleWord) === undefined ? undefined : "male";
}

/** A masculine role noun's singular ending, which adds "-n" only in the dative plural ("Minister", "Bürgermeister", "Sprecher"). */
const ENDS_IN_ER_OR_EL = /(?:er|el)$/u;

/**
 * A masculine role noun whose singular reads as a plural too: "-er" and "-el" ("der Minister" of two), or an ending
 * in "-en" ("der Abgeordneten"). Any other ("Stadtrat", "Präsident") is a singular.
 */
function mayBePluralForm(roleWord: string): boolean {
  const lower = roleWord.toLowerCase();
  return ENDS_IN_ER_OR_EL.test(lower) || lower.endsWith("en");
}

/**
 * The singular of a role noun in the dative plural ("Ministern" -> "Minister", "Bürgermeistern" -> "Bürgermeister"): a
 * masculine role in "-er" or "-el" with an "-n", which no singular form takes; undefined for any other word.
 */
function dativePluralSingular(token: Token): string | undefined {
  if (!token.capitalised || !token.lower.endsWith("n")) return undefined;
  const singular = token.lower.slice(0, -1);
  if (!ENDS_IN_ER_OR_EL.test(singular) || uninflectedRoleEnding(singular) === undefined) return undefined;
  return token.text.slice(0, -1);
}

const ADDRESS_BEFORE = /(\p{Lu}\p{Ll}+)[ \t\u00a0]+$/u;

/** After a name: ", der ..." (masculine) or ", die ..." (feminine) refers back to the person. */
const RELATIVE_AFTER = /^(?:[ \t\u00a0]*\([^)]{1,40}\))?,[ \t\u00a0]+(der|die)[ \t\u00a0]/u;

/**
 * The gender a pronoun opening the sentence after a mention states: "Er gilt als ...", "Sie sagte ...", and where
 * `byAge`, an article before an age: "Der 21-jährige Däne ...", "Die 59-Jährige ..." (who may be someone else).
 */
function pronounGender(doc: Doc, sentenceIndex: number, byAge: boolean): Gender | undefined {
  const [first, second] = doc.tokens[sentenceIndex + 1] ?? [];
  if (first?.text === "Er") return "male";
  if (byAge && (first?.text === "Der" || first?.text === "Die") && second && ageOfAgeWord(second.text, { adjective: true }) !== undefined)
    return first.text === "Der" ? "male" : "female";
  // "Sie sagte" (she), not "Sie sagten" (they).
  if (first?.text === "Sie" && second && !second.capitalised && !/(?:en|n)$/u.test(second.lower)) return "female";
  return undefined;
}

/**
 * Gender from the strongest evidence: "Frau"/"Herr" before a mention, a feminine role noun, a
 * pronoun referring back (", der ..." unless the given name is of one gender, "Er ..." opening the next
 * sentence when the person is the only one of the sentence before), the given name, and a masculine
 * role noun only when nothing else tells (it may be generic).
 */
function personGender(doc: Doc, person: PersonDraft, onlyPersonOf: ReadonlyMap<PersonDraft, number[]>): Gender | undefined {
  const { text } = doc;
  for (const mention of person.mentions) {
    const address = ADDRESS_BEFORE.exec(text.slice(Math.max(0, mention.start - 8), mention.start))?.[1];
    const gender = address ? GENDERED_ADDRESS.get(address) : undefined;
    if (gender) return gender;
  }
  // "der Minister Dan Barina": the role's grammar outweighs the given name's list ("Dan" is a woman's name there), where
  // every role before the name states the same gender.
  if (person.statedGenders?.size === 1) return [...person.statedGenders][0];
  const fromRole = person.roleWord ? roleGender(person.roleWord) : undefined;
  if (fromRole === "female") return fromRole;
  const fromName = person.givenName && !pinyinGivenName(person) ? givenGender({ lower: person.givenName.split(/\s/u)[0]!.toLowerCase() }) : undefined;
  // "die Abwehr um Kapitän Jonas Berger, die ...", "Owen Williams hat eine App gebaut. Sie funktioniert ...": the pronoun
  // may refer to the noun the name hangs on or to a thing, so a given name of one gender outweighs it.
  const nameTells = fromName === "male" || fromName === "female";
  if (!nameTells) {
    for (const mention of person.mentions) {
      const relative = RELATIVE_AFTER.exec(text.slice(mention.end, mention.end + 60))?.[1];
      if (relative) return relative === "der" ? "male" : "female";
    }
    for (const sentenceIndex of onlyPersonOf.get(person) ?? []) {
      const gender = pronounGender(doc, sentenceIndex, true);
      if (gender) return gender;
    }
  }
  // "Andrea", "Ashton": a given name of either gender tells none.
  return (fromName === "either" ? undefined : fromName) ?? fromRole;
}

/** "Fan Hui", "Xi Jinping": a Chinese name, surname first, whose given name the lists of other languages give a gender they do not know ("hui"). */
function pinyinGivenName(person: PersonDraft): boolean {
  const given = person.givenName!.toLowerCase();
  return person.name.startsWith(`${person.surname} `) && CHINESE_SURNAMES.has(person.surname) && (PINYIN_SYLLABLES.has(given) || isPinyinGivenName(given));
}

/** Person -> the sentences that mention that person and no other. */
function onlyPersonBySentence(doc: Doc, persons: readonly PersonDraft[]): Map<PersonDraft, number[]> {
  const bySentence = new Map<number, PersonDraft | null>();
  for (const person of persons) {
    for (const mention of person.mentions) {
      const index = sentenceIndexAt(doc.sentences, mention.start);
      if (index === -1) continue;
      const current = bySentence.get(index);
      bySentence.set(index, current === undefined || current === person ? person : null);
    }
  }
  const only = new Map<PersonDraft, number[]>();
  for (const [index, person] of bySentence) if (person) only.set(person, [...(only.get(person) ?? []), index]);
  return only;
}

/**
 * Names written surname first ("Xi Jinping", "Li Keqiang", "Orbán Viktor"): of a name of two words, the text
 * uses the first alone ("Xi sagte ...") and never the second. The given-name lists cannot tell, since
 * "Xi" or "Li" is also a given name elsewhere.
 */
function surnamesFirst(persons: Iterable<PersonDraft>, standaloneCounts: () => Map<string, number>): void {
  for (const person of persons) {
    const given = person.givenName;
    // "Baschar al-Assad": a surname with its particle joined ("al-Assad") comes last.
    if (
      !given ||
      given.includes(" ") ||
      person.surname.includes(" ") ||
      PARTICLE_JOINED_NAME.test(person.surname) ||
      !person.mentions.every((mention) => mention.text === `${given} ${person.surname}`)
    )
      continue;
    const standalone = standaloneCounts();
    if ((standalone.get(given) ?? 0) >= 1 && (standalone.get(person.surname) ?? 0) === 0) {
      person.givenName = person.surname;
      person.surname = given;
    }
  }
}

/**
 * "Am Montag hat Ministerin Anna Huber Schulen besucht. ... Huber lobte die Lehrer.": where the subject follows the verb,
 * a full name read on into the bare noun of the object after it ("Anna Huber Schulen"), which endBeforeCommonNoun
 * cannot tell from a name where the text has it nowhere else. The text names the person by the word before that noun
 * alone ("Huber lobte"), never by the noun: the name ends before it. Not where that word is a given name ("Frank
 * Walter Steinmeier"), nor where another person of the text has it as surname (endBeforeOtherPersonsSurname's case).
 */
function endBeforeBareObject(persons: Map<string, PersonDraft>, standaloneCounts: () => Map<string, number>): void {
  for (const [key, person] of [...persons]) {
    const given = person.givenName?.split(" ");
    if (!given || given.length < 2) continue;
    const surname = given[given.length - 1]!;
    if (!SURNAME_SHAPE.test(surname) || knownGivenName(surname) || persons.has(surname)) continue;
    const fullName = `${person.givenName} ${person.surname}`;
    if (!person.mentions.every((mention) => mention.text === fullName)) continue;
    const standalone = standaloneCounts();
    if ((standalone.get(surname) ?? 0) === 0 || (standalone.get(person.surname) ?? 0) > 0) continue;
    const givenName = given.slice(0, -1).join(" ");
    const name = `${givenName} ${surname}`;
    person.mentions = person.mentions.map((mention) => ({ start: mention.start, end: mention.start + name.length, text: name }));
    person.name = name;
    person.givenName = givenName;
    person.surname = surname;
    persons.delete(key);
    persons.set(surname, person);
  }
}

/** Surnames shorter than this have too many neighbours: "Ott" and "Otto" are two names. */
const MIN_VARIANT_SURNAME = 5;

/** A surname of one capital and small letters ("Hoffmann"), whose spelling variants are looked for. */
const PLAIN_SURNAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * The surname of one word with a doubled letter single or a single letter doubled ("Hofmann" for
 * "Hoffmann"): a spelling slip of the text that still names the person ("..., sagte Hofmann." after
 * "die Psychologin Eva Hoffmann"). Not where the variant is another person's surname, nor where two
 * people's surnames give the same variant.
 */
function doubledLetterVariants(persons: readonly PersonDraft[]): Map<string, PersonDraft> {
  const surnames = new Set(persons.map((person) => person.surname));
  const variants = new Map<string, PersonDraft | null>();
  const add = (variant: string, person: PersonDraft) => {
    if (surnames.has(variant)) return;
    variants.set(variant, variants.has(variant) && variants.get(variant) !== person ? null : person);
  };
  for (const person of persons) {
    const surname = person.surname;
    if (surname.length < MIN_VARIANT_SURNAME || !PLAIN_SURNAME.test(surname)) continue;
    for (let index = 1; index < surname.length; index++) {
      const letter = surname[index]!;
      if (letter === surname[index - 1]) add(surname.slice(0, index) + surname.slice(index + 1), person);
      else if (!"aeiouäöü".includes(letter)) add(surname.slice(0, index) + letter + surname.slice(index), person);
    }
  }
  const found = new Map<string, PersonDraft>();
  for (const [variant, person] of variants) if (person) found.set(variant, person);
  return found;
}

/** A word that may be a surname where it stands before another's: capitalised, no initial ("George W. Bush"). */
const SURNAME_SHAPE = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;

/**
 * "empfing Kanzlerin Angela Merkel Putin", "forderte Staatschef Klaus Johannis Ponta ... auf": a role, a full name
 * and the object's surname read as one name ("Angela Merkel Putin"), whose surname is another person's: one of the
 * text with another given name ("Wladimir Putin"), or the one the text named by surname alone ("Präsident Putin"),
 * which took the given name. The name ends before that surname where its last word before it is no given name and
 * a surname by evidence of its own: another person's ("Merkel") or a word the text uses alone ("sagte Johannis").
 * The mention goes to that person (or is one of its own), the surname to the other. Families keep their names:
 * "Hillary Rodham Clinton" next to "Bill Clinton" ("Rodham" never alone), "Hans Peter Müller" next to "Anna
 * Müller" ("Peter" is a given name), "Kim Jong Un" (no other person "Un").
 */
function endBeforeOtherPersonsSurname(persons: Map<string, PersonDraft>, standaloneCounts: () => Map<string, number>): void {
  for (const [key, person] of [...persons]) {
    const given = person.givenName?.split(" ");
    if (!given || given.length < 2) continue;
    const firstSurname = given[given.length - 1]!;
    const firstGiven = given.slice(0, -1).join(" ");
    if (!SURNAME_SHAPE.test(firstSurname) || knownGivenName(firstSurname)) continue;
    const fullName = `${person.givenName} ${person.surname}`;
    if (!person.mentions.every((mention) => mention.text === fullName || mention.text === person.surname)) continue;
    const fullMentions = person.mentions.filter((mention) => mention.text === fullName);
    const surnameMentions = person.mentions.filter((mention) => mention.text === person.surname);
    const second =
      surnameMentions.length > 0
        ? person
        : [...persons.values()].find(
            (other) =>
              other !== person && other.surname === person.surname && other.givenName !== undefined && !sameGivenName(other.givenName, person.givenName!),
          );
    if (!second) continue;
    const first = [...persons.values()].find((other) => other !== person && other.surname === firstSurname);
    if (first?.givenName && !sameGivenName(first.givenName, firstGiven)) continue;
    if (!first && ((standaloneCounts().get(firstSurname) ?? 0) === 0 || persons.has(firstSurname))) continue;
    const firstName = `${firstGiven} ${firstSurname}`;
    const firstMentions = fullMentions.map((mention) => ({ start: mention.start, end: mention.start + firstName.length, text: firstName }));
    const cutMentions = fullMentions.map((mention) => surnameOnly(mention, person.surname));
    if (second === person) {
      person.mentions = [...surnameMentions, ...cutMentions].sort((a, b) => a.start - b.start);
      person.givenName = undefined;
      person.name = person.surname;
    } else {
      second.mentions = [...second.mentions, ...cutMentions].sort((a, b) => a.start - b.start);
      persons.delete(key);
    }
    // The role before the name is the first person's ("Kanzlerin" of Angela Merkel), unless the other's own.
    const role = second === person ? {} : { role: person.role, roleWord: person.roleWord, impliedRole: person.impliedRole, country: person.country };
    if (first) {
      first.mentions = [...first.mentions, ...firstMentions].sort((a, b) => a.start - b.start);
      if (!first.givenName) {
        first.givenName = firstGiven;
        first.name = firstName;
      }
      if (!first.role && role.role) {
        first.role = role.role;
        if (role.roleWord) first.roleWord = role.roleWord;
        if (role.impliedRole) first.impliedRole = role.impliedRole;
      }
      if (!first.country && role.country) first.country = role.country;
    } else {
      const own: PersonDraft = {
        name: firstName,
        surname: firstSurname,
        givenName: firstGiven,
        attendance: "mentioned",
        mentions: firstMentions,
        genitives: [],
      };
      if (role.role) own.role = role.role;
      if (role.roleWord) own.roleWord = role.roleWord;
      if (role.impliedRole) own.impliedRole = role.impliedRole;
      if (role.country) own.country = role.country;
      persons.set(firstSurname, own);
    }
  }
}

/**
 * "hat Mayer Doskozil ... kennengelernt", "Netanyahus Büro teilte mit": a name of two words whose first word is another
 * person's surname ("Heinz Mayer"), or its genitive, is no person of its own; nor one whose last word is another person's
 * surname in the genitive after a noun ("Propaganda Erdoğans"), though that word is a given name too
 * ("Mayer", "Ton"). After the surname the second word is a second person's surname (two people side by side: both keep
 * their mentions by surname, found later), after the genitive the noun of what the person has. Not where the name is
 * used otherwise ("Anna Huber" beside a "Max Anna").
 */
function dropNamesOfAnotherPersonsSurname(persons: Map<string, PersonDraft>): void {
  const surnames = new Map<string, PersonDraft>();
  for (const person of persons.values()) surnames.set(person.surname, person);
  const genitives = new Map<string, PersonDraft>();
  for (const person of persons.values()) for (const written of genitivesOf(person.surname)) genitives.set(written, person);
  for (const [key, person] of [...persons]) {
    const given = person.givenName;
    // "schmutzige Propaganda Erdoğans" beside Recep Tayyip Erdoğan: a noun and another person's genitive; no given name of the
    // lists opens it ("Mats Peters" beside "Anna Peter" is a person).
    const owner = genitives.get(person.surname);
    if (owner !== undefined && owner !== person && (given === undefined || !knownGivenName(given))) {
      persons.delete(key);
      continue;
    }
    if (given === undefined || given.includes(" ") || person.surname.includes(" ")) continue;
    if (!person.mentions.every((mention) => mention.text === `${given} ${person.surname}`)) continue;
    const givenIsSurname = surnames.get(given) !== undefined && surnames.get(given) !== person;
    const secondPerson = [...persons.values()].some((other) => other !== person && other.surname === person.surname);
    const genitive = genitives.get(given);
    // "Thomas", "Andreas": a given name in -s is no genitive of a surname "Thoma".
    const givenIsGenitive = genitive !== undefined && genitive !== person && givenNameGender(given.toLowerCase()) === undefined;
    if ((givenIsSurname && secondPerson) || givenIsGenitive) persons.delete(key);
  }
}

/**
 * "Maria Giulia Sergio ... Maria Giulia stammt aus ...": a name without a role that is all the given names of one other
 * person of the text, named in full before it, is that person named by given names, as texts do after the first mention;
 * not a person "Giulia" of its own. A name introduced first, or with a role ("Richard Cassidy, technischer Chef ..."), is
 * a whole name, though a later run reads more words after it ("Richard Cassidy von Alert Logic").
 */
function mergeGivenNamesIntoFullName(persons: Map<string, PersonDraft>): void {
  for (const [key, person] of [...persons]) {
    if (person.role !== undefined || !person.name.includes(" ") || !person.mentions.every((mention) => mention.text === person.name)) continue;
    const fuller = [...persons.values()].filter((other) => other !== person && other.givenName === person.name);
    if (fuller.length !== 1) continue;
    const full = fuller[0]!;
    if (full.mentions[0]!.start > person.mentions[0]!.start) continue;
    full.mentions = [...full.mentions, ...person.mentions].sort((a, b) => a.start - b.start);
    persons.delete(key);
  }
}

/**
 * "richtete Sobotka Schelling aus": a mention of two words whose first is another person's surname names two
 * people side by side, not one with the given name "Sobotka". The second word stays a mention of its person;
 * the first is found as the other's mention by surname later.
 */
function splitSideBySide(persons: Map<string, PersonDraft>): void {
  for (const person of persons.values()) {
    person.mentions = person.mentions.map((mention) => {
      const words = mention.text.split(" ");
      const first = words[0]!;
      if (words.length !== 2 || words[1] !== person.surname || first === person.givenName || !persons.has(first) || first === person.surname) return mention;
      return surnameOnly(mention, person.surname);
    });
  }
}

/** Word lengths told apart by wordShapeFilter, one bit each of a small integer; longer words share the last. */
const SHAPE_LENGTHS = 30;

/**
 * A first test of whether a word may be one of `words` (the persons' surnames): whether one of them has its first
 * letter and its length. Two numbers read, no hash of the word: looking every word of the text up in a Map took
 * most of the scans for later mentions. A word opening beyond Latin-1 always may. The lengths of each first letter are
 * bits of a plain array's small integers: a typed array's buffer took longer to make than the scan's tests.
 */
function wordShapeFilter(words: Iterable<string>): (word: string) => boolean {
  const lengthsByFirstLetter = new Array<number>(256).fill(0);
  for (const word of words) {
    const code = word.charCodeAt(0);
    if (code < 256) lengthsByFirstLetter[code]! |= 1 << Math.min(word.length, SHAPE_LENGTHS - 1);
  }
  return (word) => {
    const code = word.charCodeAt(0);
    return code >= 256 || (lengthsByFirstLetter[code]! & (1 << Math.min(word.length, SHAPE_LENGTHS - 1))) !== 0;
  };
}

/** Later mentions by surname alone ("sagte Carter", "Le Drian"), and by a surname with one letter doubled or single ("Hofmann" for "Hoffmann"). */
function addSurnameMentions(doc: Doc, persons: PersonDraft[]): void {
  const { text } = doc;
  const byFirstWord = new Map<string, PersonDraft[]>();
  for (const person of persons) {
    const firstWord = person.surname.split(" ")[0]!;
    byFirstWord.set(firstWord, [...(byFirstWord.get(firstWord) ?? []), person]);
    // "Assad sagte" of Baschar al-Assad: a surname with its particle joined by a hyphen is written without it too.
    if (PARTICLE_JOINED_NAME.test(person.surname)) {
      const bare = person.surname.slice(person.surname.indexOf("-") + 1);
      byFirstWord.set(bare, [...(byFirstWord.get(bare) ?? []), person]);
    }
  }
  const introducedEnds = new Set(persons.flatMap((person) => person.mentions.map((mention) => mention.end)));
  const variants = doubledLetterVariants(persons);
  const mayBeWord = wordShapeFilter([...byFirstWord.keys(), ...variants.keys()]);
  for (const tokens of doc.tokens) {
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!mayBeWord(token.text)) continue;
      const variantOf = token.nameLike ? variants.get(token.text) : undefined;
      if (variantOf && !introducedEnds.has(token.end)) {
        variantOf.mentions.push({ start: token.start, end: token.end, text: token.text });
        continue;
      }
      const candidates = byFirstWord.get(token.text);
      if (!candidates) continue;
      // "Die Bäckerei Mayr", "Das Sägewerk Pichler" of Franz Mayr's, Stefan Pichler's: the family's business, not the person.
      if (isNamedPlaceNoun(tokens[index - 1])) continue;
      const written = (surname: string) => (text.startsWith(surname, token.start) ? surname : surname.slice(surname.indexOf("-") + 1));
      const person = candidates.find(({ surname }) => {
        const form = written(surname);
        return text.startsWith(form, token.start) && !/[\p{L}\p{N}]/u.test(text[token.start + form.length] ?? "");
      });
      if (!person) continue;
      const end = token.start + written(person.surname).length;
      // The surname of a full-name mention, at its end ("Merkel" of "Angela Merkel") or at its start ("Xi" of "Xi Jinping").
      if (introducedEnds.has(end) || person.mentions.some((mention) => mention.start === token.start)) continue;
      // "Deutlich ging Xi Jinping bei ...": the full name again, where no finder of introductions took it.
      const full = person.givenName ? `${person.givenName} ${person.surname}` : undefined;
      const start =
        full && text.startsWith(full, end - full.length) && !/[\p{L}\p{N}]/u.test(text[end - full.length - 1] ?? "") ? end - full.length : token.start;
      person.mentions.push({ start, end, text: text.slice(start, end) });
    }
  }
  for (const person of persons) person.mentions.sort((a, b) => a.start - b.start);
}

/** Words that open what a trailing role says more ("Chef der Bewegung", "Koordinator bei der Stiftung", "Senator aus Texas"). */
const ROLE_COMPLEMENT_STARTS: ReadonlySet<string> = new Set(["der", "des", "bei", "beim", "im", "am", "an", "von", "vom", "für", "aus", "in", "zur", "zum"]);
/** Articles of a trailing role in the case of the name it follows ("von Ted Cruz, dem Senator aus Texas,"). */
const TRAILING_ROLE_ARTICLES: ReadonlySet<string> = new Set(["der", "die", "dem", "den", "des"]);
const MAX_TRAILING_ROLE_WORDS = 12;
const NOMINATIVE_ARTICLES: ReadonlySet<string> = new Set(["der", "die"]);
const LOWER_CASE_START = /^\p{Ll}/u;
const COMMA_GAP = /^,[ \t\u00a0]+$/u;
/** A comma or the sentence's end after a trailing role: it closes the apposition. */
const APPOSITION_END = /^(?:,|[.;]?$|[.;][ \t\u00a0])/u;

/**
 * "Martin Konvička, Chef der Bewegung Block gegen den Islam, sagte", "so Timo Reinfrank, Koordinator bei der Amadeu
 * Antonio Stiftung.": a role in apposition after the name of a person the text gives no role before it. The role noun
 * opens the apposition (after an article and two adjectives at most) in a form of the nominative unless an article shows
 * the case, and what follows it is a complement (a genitive or a preposition) up to a comma or the sentence's end, with
 * no other person's name in it; the noun's gender is not the other one of the person's given name.
 */
function addTrailingRoles(doc: Doc, persons: readonly PersonDraft[]): void {
  const { text } = doc;
  const mentionStarts = new Set(persons.flatMap((person) => person.mentions.map((mention) => mention.start)));
  for (const person of persons) {
    if (person.role) continue;
    const nameGender = person.givenName ? givenNameGender(person.givenName.split(" ")[0]!.toLowerCase()) : undefined;
    for (const mention of person.mentions) {
      const sentenceIndex = sentenceIndexAt(doc.sentences, mention.start);
      if (sentenceIndex === -1) continue;
      const sentence = doc.sentences[sentenceIndex]!;
      const tokens = doc.tokens[sentenceIndex]!;
      const nameEnd = tokens.findIndex((token) => token.end === mention.end);
      const last = afterAge(text, tokens, nameEnd, sentence.end);
      if (last === -1 || !(last === nameEnd ? COMMA_GAP : CLOSING_BRACKET_COMMA_GAP).test(gapAfter(text, tokens, last, sentence.end))) continue;
      const found = trailingRoleAt(text, tokens, last + 1, sentence.end, mentionStarts);
      if (!found) continue;
      const gender = roleGender(found.roleWord);
      if (gender && (nameGender === "male" || nameGender === "female") && gender !== nameGender) continue;
      person.role = text.slice(found.span.start, found.span.end);
      person.roleWord = found.roleWord;
      break;
    }
  }
}

const OPENING_BRACKET = /^[ \t\u00a0]*\($/u;
const CLOSING_BRACKET = /^\)/u;
const AGE = /^\d{1,3}$/u;

/** "Michael Wanner (51), Leiter des Bauhofs": the index of the age's token in brackets after the name's last token `last`, else `last`. */
function afterAge(text: string, tokens: readonly Token[], last: number, sentenceEnd: number): number {
  if (last === -1 || !AGE.test(tokens[last + 1]?.text ?? "") || !OPENING_BRACKET.test(gapAfter(text, tokens, last, sentenceEnd))) return last;
  return CLOSING_BRACKET.test(gapAfter(text, tokens, last + 1, sentenceEnd)) ? last + 1 : last;
}

/** Words before a predicate's role noun that make it no role of the subject ("ist als Minister", "ist dem Präsidenten"). */
// biome-ignore format: a word list, packed for reading
const NOT_BEFORE_PREDICATE_ROLE: ReadonlySet<string> = new Set([
  ...NOUN_DETERMINERS, "über", "mit", "von", "für", "gegen", "bei", "nach", "zu", "an", "auf", "aus", "in", "um", "durch", "unter", "vor", "als", "wie", "laut", "wegen", "ohne", "kein", "nicht", "ehemaliger", "früherer",
]);
const MAX_WORDS_BEFORE_PREDICATE_ROLE = 6;
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ["Er", "male"],
  ["Sie", "female"],
]);

/**
 * "Bernhard Auinger (41) ist Betriebsratsvorsitzender der Porsche-Holding", "Sie ist seit den Wahlen 2014
 * Vizebürgermeisterin.": a role as the predicate of "ist" whose subject opens the sentence, a person of the text the text
 * gives no role otherwise (by name, or by "Er"/"Sie" where the sentence before names one person of that gender and none
 * of unknown gender). The role noun, in the nominative without article, ends the sentence or a clause with what it says
 * more (a genitive or a preposition); before it stand only adverbs, adjectives and a year ("seit 2014"), no
 * preposition's object ("ist laut dem Sprecher"), nor "als" (what someone did as). "war" is left: a former office.
 */
function addPredicateRoles(doc: Doc, persons: readonly PersonDraft[]): void {
  const { text } = doc;
  const bySentence = new Map<number, PersonDraft[]>();
  for (const person of persons) {
    for (const mention of person.mentions) {
      const index = sentenceIndexAt(doc.sentences, mention.start);
      const found = bySentence.get(index) ?? [];
      if (!found.includes(person)) found.push(person);
      bySentence.set(index, found);
    }
  }
  doc.tokens.forEach((tokens, sentenceIndex) => {
    if (tokens.length < 3) return;
    const sentenceEnd = doc.sentences[sentenceIndex]!.end;
    let subject: PersonDraft | undefined;
    let verb = -1;
    const pronounGender = PRONOUN_GENDER.get(tokens[0]!.text);
    if (pronounGender) {
      const before = bySentence.get(sentenceIndex - 1) ?? [];
      const candidates = before.filter((person) => person.gender === pronounGender || person.gender === undefined);
      if (candidates.length === 1 && candidates[0]!.gender === pronounGender) subject = candidates[0];
      verb = 1;
    } else {
      subject = bySentence.get(sentenceIndex)?.find((person) => person.mentions.some((mention) => mention.start === tokens[0]!.start));
      const mention = subject?.mentions.find((each) => each.start === tokens[0]!.start);
      if (mention)
        verb =
          afterAge(
            text,
            tokens,
            tokens.findIndex((token) => token.end === mention.end),
            sentenceEnd,
          ) + 1;
    }
    if (!subject || subject.role || verb < 1) return;
    const verbWord = tokens[verb]?.lower ?? "";
    const found =
      verbWord === "ist"
        ? predicateRoleAt(text, tokens, verb, sentenceEnd)
        : PASSIVE_AUXILIARIES.has(verbWord)
          ? electedRoleAt(text, tokens, verb, sentenceEnd)
          : undefined;
    if (!found) return;
    const gender = found.gender ?? roleGender(found.roleWord);
    if (gender && subject.gender && gender !== subject.gender) return;
    subject.role = text.slice(found.span.start, found.span.end);
    subject.roleWord = found.roleWord;
  });
}

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["wurde", "wird"]);
/** Participles that give someone an office: "zum Vorsitzenden gewählt", "zur Ministerin ernannt". */
const APPOINTED: ReadonlySet<string> = new Set(["gewählt", "ernannt", "bestellt", "gekürt", "berufen", "befördert"]);
const MAX_WORDS_BEFORE_APPOINTMENT = 5;
/** "zum" and "zur" with the gender of the role after them. */
const APPOINTMENT_CONTRACTIONS: ReadonlyMap<string, Gender> = new Map([
  ["zum", "male"],
  ["zur", "female"],
]);

/**
 * "Anna Berger wurde am Montag zur neuen Vorsitzenden der Partei gewählt": the office "zum"/"zur" gives after "wurde" at
 * token `verb`, with its adjectives and what it says more up to the participle that ends the clause (see
 * addPredicateRoles). The role is kept as written ("neuen Vorsitzenden der Partei"), as "den Präsidenten" is.
 */
function electedRoleAt(
  text: string,
  tokens: readonly Token[],
  verb: number,
  sentenceEnd: number,
): { span: Span; roleWord: string; gender: Gender } | undefined {
  let index = verb + 1;
  while (index < tokens.length && index <= verb + MAX_WORDS_BEFORE_APPOINTMENT && !APPOINTMENT_CONTRACTIONS.has(tokens[index]!.lower)) index++;
  const gender = APPOINTMENT_CONTRACTIONS.get(tokens[index]?.lower ?? "");
  if (!gender) return undefined;
  const start = ++index;
  while (index < tokens.length && index < start + MAX_ROLE_ADJECTIVES && !tokens[index]!.capitalised && isAdjectiveLike(tokens[index]!.text)) index++;
  const roleToken = tokens[index];
  if (!roleToken || !isRoleToken(roleToken)) return undefined;
  const roleIndex = index;
  for (; index < tokens.length && index < roleIndex + MAX_TRAILING_ROLE_WORDS; index++) {
    if (!isWhitespace(gapAfter(text, tokens, index, sentenceEnd))) return undefined;
    if (!APPOINTED.has(tokens[index + 1]?.lower ?? "")) continue;
    if (index > roleIndex && !ROLE_COMPLEMENT_STARTS.has(tokens[roleIndex + 1]!.lower)) return undefined;
    // The participle ends the clause: "gewählt.", "gewählt worden", "gewählt, nachdem ...".
    const after = tokens[index + 2];
    if (after && after.lower !== "worden" && !APPOSITION_END.test(gapAfter(text, tokens, index + 1, sentenceEnd))) return undefined;
    return { span: { start: tokens[start]!.start, end: tokens[index]!.end }, roleWord: roleToken.text, gender };
  }
  return undefined;
}

/** The role noun after "ist" at token `verb` and what it says more, up to the clause's end (see addPredicateRoles). */
function predicateRoleAt(
  text: string,
  tokens: readonly Token[],
  verb: number,
  sentenceEnd: number,
): { span: Span; roleWord: string; gender?: Gender } | undefined {
  for (let index = verb + 1; index < tokens.length && index <= verb + MAX_WORDS_BEFORE_PREDICATE_ROLE; index++) {
    const token = tokens[index]!;
    if (!isWhitespace(gapAfter(text, tokens, index - 1, sentenceEnd))) return undefined;
    if (!isRoleToken(token)) continue;
    const before = tokens[index - 1]!;
    if (uninflectedRoleEnding(token.lower) === undefined || (index > verb + 1 && (before.capitalised || NOT_BEFORE_PREDICATE_ROLE.has(before.lower))))
      return undefined;
    let end = index;
    for (; end < tokens.length && end < index + MAX_TRAILING_ROLE_WORDS; end++) {
      const gap = gapAfter(text, tokens, end, sentenceEnd);
      if (APPOSITION_END.test(gap) || tokens[end + 1]?.lower === "und") break;
      if (!isWhitespace(gap)) return undefined;
    }
    if (end > index && (!ROLE_COMPLEMENT_STARTS.has(tokens[index + 1]!.lower) || LOWER_CASE_START.test(tokens[end]!.text))) return undefined;
    if (end === tokens.length || end === index + MAX_TRAILING_ROLE_WORDS) return undefined;
    return { span: { start: token.start, end: tokens[end]!.end }, roleWord: token.text };
  }
  return undefined;
}

/** The trailing role that starts at token `from` (see addTrailingRoles). */
function trailingRoleAt(
  text: string,
  tokens: readonly Token[],
  from: number,
  sentenceEnd: number,
  mentionStarts: ReadonlySet<number>,
): { span: Span; roleWord: string } | undefined {
  let index = from;
  const article = tokens[index]?.lower ?? "";
  const withArticle = TRAILING_ROLE_ARTICLES.has(article);
  // "Eva Brunner, die Spitzenkandidaten der Partei kritisierte,": after "der" or "die" a role in another form than the
  // nominative singular is the object of a relative clause.
  const inflectedAllowed = withArticle && !NOMINATIVE_ARTICLES.has(article);
  if (withArticle) index++;
  const roleStart = index;
  while (index < tokens.length && index < roleStart + MAX_ROLE_ADJECTIVES && !tokens[index]!.capitalised && isAdjectiveLike(tokens[index]!.text)) index++;
  const roleToken = tokens[index];
  if (!roleToken || !isRoleToken(roleToken) || (!inflectedAllowed && uninflectedRoleEnding(roleToken.lower) === undefined)) return undefined;
  if (!withArticle && index > roleStart && !/e[r]?$/u.test(tokens[index - 1]!.lower)) return undefined;
  const roleIndex = index;
  for (; index < tokens.length && index < roleIndex + MAX_TRAILING_ROLE_WORDS; index++) {
    if (index > roleIndex && mentionStarts.has(tokens[index]!.start)) return undefined;
    const gap = gapAfter(text, tokens, index, sentenceEnd);
    if (APPOSITION_END.test(gap)) {
      if (index > roleIndex && !ROLE_COMPLEMENT_STARTS.has(tokens[roleIndex + 1]!.lower)) return undefined;
      // "Hans Meier, der Chef der Partei ist,": a relative clause ends in its verb; a role's complement in a noun or name.
      if (LOWER_CASE_START.test(tokens[index]!.text)) return undefined;
      // "Jimmy Morales, Schauspieler, Regisseur und Produzent, ist": a list of what someone does, none of it the role.
      if (gap.startsWith(",") && tokens[index + 1]?.capitalised) return undefined;
      return { span: { start: tokens[roleStart]!.start, end: tokens[index]!.end }, roleWord: roleToken.text };
    }
    if (!isWhitespace(gap)) return undefined;
  }
  return undefined;
}

/** A name in the genitive as German writes it: "Andrejews", after s, x, z or ß with an apostrophe ("Tsipras'"). */
function genitivesOf(name: string): string[] {
  return /[sxzß]$/u.test(name) ? [`${name}'`, `${name}’`] : [`${name}s`];
}

/**
 * "nach Andrejews Worten", "die Immunität Sovas", "Xi Jinpings Rede": a person of the text named in the genitive,
 * by surname or whole name, where nothing else may be meant: the word is no given name ("Thomas" is not Thoma's),
 * no city ("Berlins"), no noun the text puts after an article, and lies in no other name or country; no article
 * stands before it (a name in the genitive takes none: "die Obamas" is the family, "des Steins" a stone), nor
 * another given name ("Michelle Obamas"), and no other person of the text has that surname.
 */
function addGenitives(doc: Doc, persons: readonly PersonDraft[], countries: readonly CountryMention[], nouns: ReadonlySet<string>): void {
  const { text } = doc;
  // Each genitive word, with the names (the surname alone, or the whole name inflected on its last word) it may end.
  const namesByWord = new Map<string, { person: PersonDraft; written: string }[]>();
  for (const person of persons) {
    for (const name of new Set([person.name, person.surname])) {
      for (const written of genitivesOf(name)) {
        const word = written.slice(written.lastIndexOf(" ") + 1);
        namesByWord.set(word, [...(namesByWord.get(word) ?? []), { person, written }]);
      }
    }
  }
  const named: Span[] = [...persons.flatMap((person) => person.mentions), ...countries];
  const mayBeWord = wordShapeFilter(namesByWord.keys());
  for (const tokens of doc.tokens) {
    for (const token of tokens) {
      const names = token.capitalised && mayBeWord(token.text) ? namesByWord.get(token.text) : undefined;
      if (!names || nouns.has(token.text) || givenGender({ lower: token.lower.replace(/['’]$/u, "") }) !== undefined) continue;
      if (CITIES.has(token.text) || CITIES.has(token.text.slice(0, -1))) continue;
      const found = names
        .filter(({ written }) => text.startsWith(written, token.end - written.length) && !/[\p{L}\p{N}]/u.test(text[token.end - written.length - 1] ?? ""))
        .sort((one, other) => other.written.length - one.written.length);
      const best = found[0];
      if (!best || found.some(({ person, written }) => person !== best.person && written.length === best.written.length)) continue;
      const start = token.end - best.written.length;
      if (named.some((span) => span.start < token.end && start < span.end)) continue;
      const first = tokens.findIndex((candidate) => candidate.start === start);
      const before = tokens[first - 1];
      if (first === -1 || (before && tokens[first]!.joined && (NOUN_DETERMINERS.has(before.lower) || (before.nameLike && givenGender(before) !== undefined))))
        continue;
      best.person.genitives.push({ start, end: token.end, text: best.written });
    }
  }
}

/** A word that continues a name though not capitalised like one: "von", "al-Assad", an initial "W.". */
function continuesName(text: string, token: Token): boolean {
  if (token.capitalised) return isInitial(text, token);
  return NAME_PARTICLES.has(token.text) || (token.text.includes("-") && PARTICLE_JOINED_NAME.test(token.text)) || APOSTROPHE_PARTICLE_NAME.test(token.text);
}

/** Place adjectives ("Wiener", "Berliner"): a city name and "-er". */
function isPlaceAdjective(word: string): boolean {
  return word.endsWith("er") && (CITIES.has(word.slice(0, -2)) || CITIES.has(word.slice(0, -3)) || CITIES.has(`${word.slice(0, -2)}a`));
}

/** Place adjectives and those of a region ("Tiroler" of "Tirol", "Kärntner" of "Kärnten"). */
function isRegionOrPlaceAdjective(word: string): boolean {
  return isPlaceAdjective(word) || (word.endsWith("er") && (REGIONS.has(word.slice(0, -2)) || (word.endsWith("ner") && REGIONS.has(`${word.slice(0, -3)}en`))));
}

/** "Regierung", "europäischen": a derivation ending of a common noun or adjective on a word long enough to have one ("Dung", "Jung" are names). */
const looksLikeCommonWord = (lowerWord: string) => lowerWord.length >= 6 && NOT_NAME_ENDINGS.test(lowerWord);

/** Prepositions that open a relative clause after a comma (", über die ...", ", mit dem ..."). */
// biome-ignore format: a word list, packed for reading
const PREPOSITIONS_BEFORE_RELATIVE: ReadonlySet<string> = new Set([
  "über", "mit", "von", "für", "gegen", "bei", "nach", "zu", "an", "auf", "aus", "in", "um", "durch", "unter", "vor",
]);

interface CommonNouns {
  /** Capitalised words after an article ("das Land", "im Bundesland"). */
  afterArticle: Set<string>;
  /** Those of them not after a comma, where "den" or "der" may be a relative pronoun (", den Erdogan am Mittwoch traf"). */
  notAfterComma: Set<string>;
}

/** Whether the article at `index` follows "von" or "van" inside a name ("von der Leyen"), as readName takes it. */
const isArticleOfParticle = (tokens: readonly Token[], index: number) =>
  index > 0 && PARTICLES_AFTER_LEADING_VON.has(tokens[index]!.text) && PARTICLES_BEFORE_ARTICLE.has(tokens[index - 1]!.lower) && tokens[index]!.joined;

/** Whether the article at `index` is "den" after a German "von" that follows no capitalised word ("Krebse, die von den Flamingos"). */
const dativePluralAfterVon = (tokens: readonly Token[], index: number) =>
  tokens[index]!.text === "den" && tokens[index - 1]?.text === "von" && !(tokens[index - 1]!.joined && tokens[index - 2]?.capitalised);

/** Capitalised words that the text uses as common nouns: after an article ("das Land", "im Bundesland"). */
function commonNouns(doc: Doc): CommonNouns {
  const nouns: CommonNouns = { afterArticle: new Set(), notAfterComma: new Set() };
  for (const tokens of doc.tokens) {
    for (let index = 1; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.capitalised || !token.joined || !NOUN_DETERMINERS.has(tokens[index - 1]!.lower)) continue;
      // "von der Leyen", "van der Vaart": the article of a name's particle; but "die von den Flamingos": after German "von"
      // that no name word opens, "den" is the dative plural's article.
      if (isArticleOfParticle(tokens, index - 1) && !dativePluralAfterVon(tokens, index - 1)) continue;
      // "Themen, über die Morales nicht gerne spricht": after a comma and a preposition "die" may be a relative
      // pronoun, and the capitalised word after it the subject of its clause.
      if (index >= 2 && !tokens[index - 2]!.joined && PREPOSITIONS_BEFORE_RELATIVE.has(tokens[index - 2]!.lower)) continue;
      nouns.afterArticle.add(token.text);
      if (index === 1 || tokens[index - 1]!.joined) nouns.notAfterComma.add(token.text);
    }
  }
  return nouns;
}

/**
 * Whether a run of capitalised words has the shape of a name: no article before it, no grammar
 * word, adjective or common noun of this text in it, no German "von"/"der" inside unless a given
 * name opens it ("Ursula von der Leyen", not "Zahl von Zügen").
 */
function hasNameShape(tokens: readonly Token[], found: FoundName, from: number, commonNouns: CommonNouns, givenFirst: boolean): boolean {
  const nouns = commonNouns.afterArticle;
  const before = tokens[from - 1];
  if (before && NOUN_DETERMINERS.has(before.lower)) return false;
  // "Das deutsche Bundesland Sachsen": an article and an adjective before the run make it a noun phrase.
  if (before && !before.capitalised && isAdjectiveLike(before.lower) && NOUN_DETERMINERS.has(tokens[from - 2]?.lower ?? "")) return false;
  // "in schulmeisterndem Ton von Obergrenzen": an adjective in "-em" right after a preposition, without an article, is
  // the strong dative of the noun after it; a name takes no such adjective ("unter anderem Peter Kraus" is a pronoun's).
  if (before && strongDativeAdjective(before) && PREPOSITIONS_BEFORE_RELATIVE.has(tokens[from - 2]?.lower ?? "")) return false;
  const first = found.tokens[0]!;
  if (NEVER_NAME_START.has(first.lower) || looksLikeCommonWord(first.lower) || isPlaceAdjective(first.text) || isCountryAdjective(first.lower)) return false;
  for (const [position, token] of found.tokens.entries()) {
    if (GERMAN_NAME_PARTICLES.has(token.text) && !givenFirst) return false;
    if (NAME_PARTICLES.has(token.text) || (position === 0 && givenFirst)) continue;
    // "Heinz Fischer", "Uwe Mundlos": the last word after a given name is the surname, which may end as an adjective does
    // ("-ischer", "-los"), not as a derived noun ("Maria Regierung").
    const surnameAfterGivenName = position === found.tokens.length - 1 && givenGender(found.tokens[position - 1]!) !== undefined;
    // "Alexis Tsipras ... die Abmachung, die Tsipras mitbrachte": after a comma "die" may be a relative pronoun before the
    // subject's surname, so a surname after a given name is a noun by an article elsewhere only.
    const isNoun = (surnameAfterGivenName ? commonNouns.notAfterComma : nouns).has(token.text);
    // "die IG Kultur Steiermark": a region's name, as a city's, is no surname.
    if (CITIES.has(token.text) || (position > 0 && REGIONS.has(token.text)) || isNoun || (position === 0 && isAdjectiveLike(token.lower))) return false;
    if (position > 0 && (surnameAfterGivenName ? isDerivedNoun(token) : looksLikeCommonWord(token.lower))) return false;
  }
  return true;
}

/** "schulmeisterndem", "großem": a lower-case adjective in the strong dative "-em", no pronoun (PRONOUNS_IN_EM). */
const strongDativeAdjective = (token: Token) =>
  !token.capitalised && token.joined && token.lower.endsWith("em") && isAdjectiveLike(token.lower) && !PRONOUNS_IN_EM.has(token.lower);

/**
 * The given name's gender when the word is one ("Angela"; "either" for "Andrea"); two-letter words ("Xi") tell too little.
 * A word of two parts joined by a hyphen is a given name where both are ("Karl-Heinz", "Jean-Claude"): "Maria-Lanzendorf",
 * "Max-Planck" name a place and an institute.
 */
function givenGender(token: Pick<Token, "lower">): GivenNameGender | undefined {
  const hyphen = token.lower.indexOf("-");
  const first = hyphen === -1 ? token.lower : token.lower.slice(0, hyphen);
  if (hyphen !== -1 && givenNameGender(token.lower.slice(hyphen + 1)) === undefined) return undefined;
  return first.length >= 3 ? givenNameGender(first) : undefined;
}

/**
 * "Politologe Laurenz Ennser-Jedenastik", "Kardinal Lorenzo Baldisseri": a capitalised word before a
 * given name is a title or role, not part of the name.
 */
function fromGivenName(found: FoundName): FoundName {
  const index = found.tokens.findIndex((token, position) => position > 0 && position < found.tokens.length - 1 && givenGender(token) !== undefined);
  if (index <= 0 || givenGender(found.tokens[0]!) !== undefined) return found;
  const tokens = found.tokens.slice(index);
  return { tokens, span: { start: tokens[0]!.start, end: found.span.end } };
}

/** Surname-like words that stand alone elsewhere in the text ("Trong", "Trongs"), with how often. */
function standaloneWords(doc: Doc): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tokens of doc.tokens) {
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.capitalised) continue;
      const previous = tokens[index - 1];
      const next = tokens[index + 1];
      // Alone: not right after or before another capitalised word, nor after an article or a figure ("die Euro", "15 Euro").
      if ((previous?.capitalised && token.joined && index > 0) || (next?.capitalised && next.joined)) continue;
      if (previous && (NOUN_DETERMINERS.has(previous.lower) || startsWithDigit(previous.text) || isAdjectiveLike(previous.lower))) continue;
      counts.set(token.text, (counts.get(token.text) ?? 0) + 1);
      if (token.text.endsWith("s")) {
        const word = token.text.slice(0, -1);
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Quotation marks that open and close a title ("„Don Giovanni“", "»Maria Stuart«", "\"Titanic\""). */
const TITLE_OPENING = /^["„“»«‚‘']$/u;
const TITLE_CLOSING = /^["“”«»‘’']$/u;

/** A party's short name in brackets ("(SPD)"). */
const PARTY_AFTER = /^[ \t\u00a0]*\(\p{Lu}[\p{Lu}\p{N}-]+\)/u;

/**
 * "Klaus Huber (ÖVP)": a party's short name in brackets after a name. Not the run's own abbreviation: one that holds the
 * initials of its words in order and ends with the last one's ("Tamil Eelam (LTTE)", "Team Stronach (TS)").
 */
function partyAfter(text: string, found: FoundName): boolean {
  const abbreviation = PARTY_AFTER.exec(text.slice(found.span.end, found.span.end + 16))?.[0];
  if (abbreviation === undefined) return false;
  const letters = abbreviation.replace(/[^\p{Lu}]/gu, "");
  const initials = found.tokens.filter((token) => token.capitalised).map((token) => token.text[0]!);
  if (initials.length === 0 || letters[letters.length - 1] !== initials[initials.length - 1]) return true;
  let at = 0;
  for (const initial of initials) {
    at = letters.indexOf(initial, at);
    if (at === -1) return true;
    at++;
  }
  return false;
}

/** "Feng Shui", "Tai Chi", "Hong Kong": two words of one syllable of Pinyin each. */
function pinyinSyllablePair(words: readonly Token[]): boolean {
  return words.length === 2 && PINYIN_SYLLABLES.has(words[0]!.lower) && PINYIN_SYLLABLES.has(words[1]!.lower);
}

/** "Li Na", "Fan Hui": a Chinese surname and one syllable of Pinyin. */
function chineseSurnameAndSyllable(words: readonly Token[]): boolean {
  return words.length === 2 && CHINESE_SURNAMES.has(words[0]!.text) && PINYIN_SYLLABLES.has(words[1]!.lower);
}

/** A genitive "-s" that German writes so, without an apostrophe: not after s, x, z, ß, nor in "-chs" ("Fuchs"). */
const GENITIVE_S_AFTER_STEM = /^\p{Lu}\p{Ll}*[^sxzß\P{Ll}]s$/u;
/** A German noun's spelling: lower case letters only, not ending as Italian and Spanish surnames do ("Tedeschi", "Llosa"). */
const GERMAN_NOUN_AFTER_NAME = /^\p{Lu}[a-zäöüß]*[b-hj-np-tv-zäöüß]$/u;

/**
 * "Justin Biebers Kommentare sorgten für ...": after a known given name, a surname in the genitive "-s" before the last word of
 * the run, a noun, names the person without its "s"; the noun is none of the name. The found name up to that surname: its
 * last word without the "s" (span and word) as a genitive, or with it where its stem is a given name the text never
 * writes alone ("Robbie Williams Songs"); none where no such noun follows. A surname in "-s" itself ("Hans Weiss", "Peter Fuchs") takes an
 * apostrophe in the genitive ("Weiss' Rede"), so its "s" stays.
 */
function genitiveBeforeNoun(text: string, sentenceTokens: readonly Token[], found: FoundName): { name: FoundName; genitive: boolean } | undefined {
  // The noun may stand in the run, or right after it where the text's own use cut it off ("die Rede ... Anna Bergmanns Rede").
  const last = found.tokens[found.tokens.length - 1]!;
  const after = found.tokens.length === 2 && last.lower.endsWith("s") ? sentenceTokens[sentenceTokens.indexOf(last) + 1] : undefined;
  const words = after?.joined && after.capitalised ? [...found.tokens, after] : found.tokens;
  if (words.length < 3) return undefined;
  const [given, surname, noun] = words.slice(-3) as [Token, Token, Token];
  if (givenGender(given) === undefined || givenGender(surname) !== undefined || !surname.nameLike || surname.text.length < 4) return undefined;
  if (!GENITIVE_S_AFTER_STEM.test(surname.text) || surname.lower.endsWith("chs")) return undefined;
  if (!GERMAN_NOUN_AFTER_NAME.test(noun.text) || givenGender(noun) !== undefined || CITIES.has(noun.text) || NAME_PARTICLES.has(noun.text)) return undefined;
  const stem: Token = { ...surname, text: surname.text.slice(0, -1), lower: surname.lower.slice(0, -1), end: surname.end - 1 };
  if (text.slice(stem.start, stem.end) !== stem.text) return undefined;
  // "Robbie Williams Songs": a surname in "-s" whose stem is a given name ("William", "Wagner") is likelier the surname
  // itself, unless the text writes the stem as a word of its own ("Anna Wagners Rede ... sagte Wagner"); either way the
  // noun after it is none of the name.
  if (givenGender(stem) !== undefined && !standsAsWord(text, stem.text)) {
    const tokens = words.slice(0, -1);
    return { name: { tokens, span: { start: tokens[0]!.start, end: surname.end } }, genitive: false };
  }
  const tokens = [...words.slice(0, -2), stem];
  return { name: { tokens, span: { start: tokens[0]!.start, end: stem.end } }, genitive: true };
}

/** Whether `word` stands in `text` as a whole word, no letter, digit or apostrophe before or after it. */
function standsAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (!NAME_GOES_ON.test(text.charAt(at + word.length)) && !NAME_GOES_ON.test(text.charAt(at - 1))) return true;
  }
  return false;
}

/** A relative clause after a comma (", die sagte"). */
const RELATIVE_CLAUSE_NEXT = /^,[ \t\u00a0]+(?:der|die)[ \t\u00a0]+\p{Ll}/u;
/** Articles that open an apposition after a name (", der Arbeitsminister,", ", ein bekannter Blogger,"). */
const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(["der", "die", "ein", "eine"]);
/** Words in small letters (adverbs, adjectives) between an apposition's article and its noun, at most. */
const MAX_APPOSITION_ATTRIBUTES = 4;

/**
 * "Panos Skourletis, der Arbeitsminister, ...", "Techie Chan, ein viel gelesener Blogger, ...": after a comma, an article,
 * words in small letters and a role noun say who the name before is.
 */
function roleAppositionAt(text: string, tokens: readonly Token[], index: number): boolean {
  const article = tokens[index];
  if (!article || article.joined || !APPOSITION_ARTICLES.has(article.lower) || !text.slice(tokens[index - 1]!.end, article.start).startsWith(",")) return false;
  for (let at = index + 1; at < tokens.length && at <= index + 1 + MAX_APPOSITION_ATTRIBUTES; at++) {
    const word = tokens[at]!;
    if (!word.joined) return false;
    if (word.capitalised) return isRoleToken(word);
  }
  return false;
}

/** The articles before a noun of people that two names joined by "und" may follow ("die Piloten", "den Forscherinnen"). */
const ARTICLES_BEFORE_PAIR: ReadonlySet<string> = new Set(["die", "den", "der"]);

/**
 * "die Piloten Dan Barina und Rob Morgan": a run of name words right after "und" whose word before ends a person's name
 * (`startOfNameEndingAt`: a mention's start by its end), which an article and a noun (of who they are) open, names the
 * second of the pair, whatever its given name.
 */
function secondOfNamedPair(tokens: readonly Token[], index: number, startOfNameEndingAt: ReadonlyMap<number, number>): boolean {
  const and = tokens[index - 1];
  const last = tokens[index - 2];
  if (and?.lower !== "und" || !and.joined || !tokens[index]!.joined || last === undefined) return false;
  const start = startOfNameEndingAt.get(last.end);
  if (start === undefined) return false;
  const first = tokens.findIndex((token) => token.start === start);
  const noun = tokens[first - 1];
  const article = tokens[first - 2];
  return first >= 2 && noun!.capitalised && noun!.joined && tokens[first]!.joined && ARTICLES_BEFORE_PAIR.has(article!.lower);
}

/** Determiners of the genitive singular before a masculine or neuter noun ("des", "ihres Mehrheitseigners"). */
const GENITIVE_NOUN_DETERMINERS: ReadonlySet<string> = new Set(["des", "eines", "seines", "ihres", "unseres", "meines", "deines", "eures", "dieses"]);

/**
 * "des Mehrheitseigners Tswetan Wassilew", "ihres Gründers Ivo Kraus": a capitalised word in "-s" right after a
 * genitive determiner is the noun the name after it stands beside, never the name's first word; a given name there
 * is the name's ("des Alexis Tsipras").
 */
function isGenitiveNounAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  return (
    token.capitalised &&
    token.joined &&
    token.lower.endsWith("s") &&
    givenGender(token) === undefined &&
    GENITIVE_NOUN_DETERMINERS.has(tokens[index - 1]?.lower ?? "")
  );
}

/**
 * People named without a role word, by other evidence: a known given name ("Angela Merkel"),
 * "Frau/Herr X", a party in brackets ("Klaus Schneeberger (ÖVP)"), a verb of saying next to the name
 * (", sagte Nguyen Khac Giang"), or the surname standing alone elsewhere ("Nguyen Phu Trong" ... "Trong").
 */
function addNamesWithoutRole(
  doc: Doc,
  countries: readonly CountryMention[],
  persons: Map<string, PersonDraft>,
  commonNounsOf: CommonNouns,
  standaloneCounts: () => Map<string, number>,
): void {
  const { text } = doc;
  const knownMentions = [...persons.values()].flatMap((person) => person.mentions);
  const startOfNameEndingAt = new Map(knownMentions.map((mention) => [mention.end, mention.start]));
  // Each name looked up once: a text that repeats a name would otherwise search it once per mention (quadratic).
  const afterKindNoun = new Map<string, boolean>();
  const introducedAfterKindNoun = (name: string) => {
    let found = afterKindNoun.get(name);
    if (found === undefined) {
      found = standsAfterKindNoun(text, name);
      afterKindNoun.set(name, found);
    }
    return found;
  };
  // "die Analystin Julia Wagner von der Erste Group": a word inside a name already read opens no second name ("Wagner von der Erste").
  const insideKnown = (start: number) => knownMentions.some((mention) => start >= mention.start && start < mention.end);
  const countryAt = new Map(countries.map((mention) => [mention.start, mention]));
  doc.tokens.forEach((tokens) => {
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.nameLike || insideKnown(token.start)) continue;
      // Most capitalised words are single nouns: a name without "Frau"/"Herr" needs a second name word.
      const following = tokens[index + 1];
      const address = index > 0 && ADDRESS_WORDS.has(tokens[index - 1]!.text) && token.joined;
      if (!address && !(following?.joined && (following.nameLike || continuesName(text, following)))) continue;
      // Inside a longer run of capitalised words ("Der Ökonom Tan Dung"): only strong evidence, not a later surname.
      // "Laut Hiroshi Tanaka ist ...": a preposition that opens the sentence, capitalised there, opens no run.
      const insideRun =
        index > 0 &&
        tokens[index]!.joined &&
        isNameWord(text, tokens[index - 1]!, countryAt) &&
        !isGenitiveNounAt(tokens, index - 1) &&
        !(OPENING_PREPOSITIONS.has(tokens[index - 1]!.lower) && opensClause(text, tokens, index - 1));
      const whole = readName(text, tokens, index, countryAt);
      if (!whole) continue;
      const uncut = endBeforeCommonNoun(text, tokens, whole, commonNounsOf.notAfterComma, standaloneCounts, insideRun ? 1 : 0);
      const beforeNoun = genitiveBeforeNoun(text, tokens, uncut);
      const genitive = beforeNoun?.genitive ? beforeNoun.name : undefined;
      const read = beforeNoun?.name ?? uncut;
      // A person the text named before: addGenitives finds its genitive ("Anna Bergmanns").
      if (genitive !== undefined && persons.has(genitive.tokens[genitive.tokens.length - 1]!.text)) {
        index += read.tokens.length - 1;
        continue;
      }
      if (read.tokens.length < 2 && !address) continue;
      let next = index + read.tokens.length;
      let found = fromGivenName(read);
      const from = next - found.tokens.length;
      // "ein Zitat von Martin Luther King": the words before the given name took places of the name's words; read on from it.
      if (from > index && read.tokens.length === MAX_NAME_WORDS) {
        const again = readName(text, tokens, from, countryAt);
        if (again && again.tokens.length > found.tokens.length) {
          found = endBeforeCommonNoun(text, tokens, again, commonNounsOf.notAfterComma, standaloneCounts);
          next = from + found.tokens.length;
        }
      }
      // "auf dem Luftwaffenstützpunkt Mihail Kogalniceanu": the name of a facility. A person of that name is one where the text says so elsewhere.
      if (isNamedPlaceNoun(tokens[from - 1]) && found.tokens[0]!.joined) {
        index = next - 1;
        continue;
      }
      // "der Salzburger Firma Interspot Film, die ...": a run that opens with the noun of a company's or medium's kind names that body;
      // "die Partei von Anna Novak": up to a German "von", after which a name may open (the body's owner or leader).
      if (organisationKindEnding(found.tokens[0]!.lower) !== undefined) {
        const particle = found.tokens.findIndex((word, position) => position > 0 && GERMAN_NAME_PARTICLES.has(word.text));
        index = particle === -1 ? next - 1 : from + particle;
        continue;
      }
      // "Ansar Dine und andere Islamistengruppen": a name the text introduces elsewhere after its kind's noun ("die Gruppe Ansar
      // Dine") names that body wherever it stands, also where a given name opens it.
      if (introducedAfterKindNoun(text.slice(found.span.start, found.span.end))) {
        index = next - 1;
        continue;
      }
      // "Flüchtlingsorganisationen wie Pro Asyl", "Konzerne wie Red Bull": an example of the bodies of a kind the noun before "wie" names.
      if (tokens[index - 1]?.lower === "wie" && token.joined && exampleOfBodies(tokens[index - 2])) {
        index = next - 1;
        continue;
      }
      // "laut Wilhelm Blasko GmbH": a name before a company's legal form is the firm's.
      if (COMPANY_LEGAL_FORMS.has(tokens[next]?.text ?? "") && tokens[next]!.joined) {
        index = next - 1;
        continue;
      }
      // "der SK Austria Klagenfurt", "beim VfB Stuttgart": words right after a club's abbreviation name the club.
      if (found.tokens[0]!.joined && tokens[from - 1] !== undefined && CLUB_ABBREVIATIONS.has(tokens[from - 1]!.text)) {
        index = next - 1;
        continue;
      }
      // „Don Giovanni“, „Maria Stuart“: a name that is all of its quotation is the title of a work, a ship or an operation.
      if (TITLE_OPENING.test(text.charAt(found.span.start - 1)) && TITLE_CLOSING.test(text.charAt(found.span.end))) {
        index = next - 1;
        continue;
      }
      const before = tokens[index - 1];
      // "will er in Santa Cruz de la Sierra eine Messe halten": after "in" a name without a role is a place, not someone.
      if (before?.lower === "in" && token.joined && !address) {
        index = next - 1;
        continue;
      }
      // "an der Küste von Santa Catarina", "aus San Luca": a run a saint's word opens names a place (SAINT_PLACE_OPENERS).
      if (SAINT_PLACE_OPENERS.has(found.tokens[0]!.text) && !address) {
        index = next - 1;
        continue;
      }
      let evidence = address;
      // "Tennessee Whiskey", "Georgia ...": a state's name is one of a place before it is a given name, a person's only by other evidence.
      const given = givenGender(found.tokens[0]!) !== undefined && !REGIONS.has(found.tokens[0]!.text);
      // "gegen Paris Saint-Germain": a city's name that is a given name too makes a name's shape, but is no evidence of a person.
      // "Feng Shui", "Tai Chi", "Hong Kong": two syllables of Pinyin; the first word, a given name of another language's list, is no evidence there.
      const givenEvidence = given && !CITIES.has(found.tokens[0]!.text) && !pinyinSyllablePair(found.tokens);
      if (!evidence && found.tokens.length >= 2 && hasNameShape(tokens, found, from, commonNounsOf, given || from > index)) {
        const party = partyAfter(text, found);
        const after = tokens[next];
        const saying = (after?.joined && SAYING_VERBS.has(after.lower)) || (before !== undefined && SAYING_VERBS.has(before.lower) && token.joined);
        // ", der sich ...": a relative pronoun refers back to a person.
        const relative = RELATIVE_CLAUSE_NEXT.test(text.slice(found.span.end, found.span.end + 12));
        const roleApposition = roleAppositionAt(text, tokens, next);
        if (
          givenEvidence ||
          namesPersonBefore(tokens, from, found) ||
          party ||
          saying ||
          relative ||
          roleApposition ||
          writtenSurnameFirst(found.tokens) ||
          secondOfNamedPair(tokens, index, startOfNameEndingAt)
        )
          evidence = true;
        else if (!insideRun) {
          // "Baschar al-Assad ... Assad sagte": a surname with its particle joined by a hyphen stands alone without it.
          const last = found.tokens[found.tokens.length - 1]!.text;
          const surname = PARTICLE_JOINED_NAME.test(last) ? last.slice(last.indexOf("-") + 1) : last;
          evidence = (standaloneCounts().get(surname) ?? 0) >= 1;
        }
      }
      // "den festgenommenen Karim B.", "Abderaman A. war am Freitag ...": a name word and an abbreviated surname, as the press writes
      // suspects' and victims' names, is a person's even after an article and an adjective; a given name of the lists or a
      // word in lower case after the period (no sentence's end: "Plan B. Das ...") tells it from a noun and a letter.
      if (!evidence && abbreviatedName(text, tokens, found, next) && (givenEvidence || LOWER_CASE_START.test(tokens[next]?.text ?? ""))) {
        const first = found.tokens[0]!;
        evidence = !commonNounsOf.afterArticle.has(first.text) && !looksLikeCommonWord(first.lower) && !NEVER_NAME_START.has(first.lower);
      }
      if (!evidence) continue; // a later word may still open a name: "der Synode von Kardinal Christoph Schönborn"
      const { mention } = addMention(text, persons, found);
      // The mention keeps the genitive's "s": a name is never cut inside a word.
      if (genitive !== undefined && mention.end === found.span.end) {
        mention.end += 1;
        mention.text = text.slice(mention.start, mention.end);
      }
      startOfNameEndingAt.set(mention.end, mention.start);
      index = next - 1;
    }
  });
}

const successionEnding = suffixMatcher(SUCCESSION_NOUNS, ["n", "s"]);

/** Prepositions before a name, lower case (PREPOSITIONS_BEFORE_NAMES): capitalised where they open a sentence ("Laut", "Nach"). */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(PREPOSITIONS_BEFORE_NAMES);

/** A possessive determiner ("sein", "ihrem", "dessen"), lower case. */
const POSSESSIVE = /^(?:(?:sein|ihr)(?:e|em|en|er|es)?|dessen|deren)$/u;
/** A name in the genitive before its noun ("Bans", "Merkels", "Alexis'"). */
const GENITIVE_NAME = /^\p{Lu}\p{Ll}+(?:s|['’])$/u;

/**
 * "Bans Vorgänger Boutros Boutros-Ghali", "ihr Bruder Yusuf Demir": a noun of a person's kin or bond or of a place in a
 * line of office-holders (PERSON_NOUNS, SUCCESSION_NOUNS) after whose it is (a possessive or a name in the genitive), right
 * before a name of two words or more, says the name is a person's; "Der Nachfolger Opel Astra" is a car's.
 */
function namesPersonBefore(tokens: readonly Token[], from: number, found: FoundName): boolean {
  const noun = tokens[from - 1];
  if (noun === undefined || !noun.capitalised || !found.tokens[0]!.joined || !noun.joined) return false;
  if (!PERSON_NOUNS.has(noun.lower) && successionEnding(noun.lower) === undefined) return false;
  // "ihr angetrunkener Mann Tan Yong": adjectives may stand between whose it is and the noun.
  let ownerAt = from - 2;
  while (ownerAt > 0 && from - 2 - ownerAt < MAX_ROLE_ADJECTIVES && !tokens[ownerAt]!.capitalised && isAdjectiveLike(tokens[ownerAt]!.lower)) ownerAt--;
  const owner = tokens[ownerAt];
  return owner !== undefined && (POSSESSIVE.test(owner.lower) || (owner.nameLike && GENITIVE_NAME.test(owner.text)));
}

/** "Karim B.": a name word and a single capital with its period, the name's end, inside the sentence. */
function abbreviatedName(text: string, tokens: readonly Token[], found: FoundName, next: number): boolean {
  const [first, last] = found.tokens;
  return found.tokens.length === 2 && first!.nameLike && isInitial(text, last!) && found.span.end === last!.end + 1 && next < tokens.length;
}

/**
 * "..., wie Klinger sagte", "Das sei ein Fehler, sagte Poroschenko am Abend": a single name word right before or after a
 * verb only people speak with (PERSON_SPEAKING_VERBS) names a person by surname, where the text has no fuller name for
 * it. Not a word the text uses as a noun, a role, a place or a country, a news agency, a word said ("sagte Nein"), nor a word of
 * a name the text has already read or a spelling variant of its surname (its mentions by surname are found later).
 */
function addSpeakersBySurname(doc: Doc, countries: readonly CountryMention[], persons: Map<string, PersonDraft>, nouns: ReadonlySet<string>): void {
  const { text } = doc;
  let countryAt: Set<number> | undefined;
  // "sagte Hofmann" of "Eva Hoffmann": a surname's spelling variant is that person's, found later.
  const namesWords = new Set<string>(doubledLetterVariants([...persons.values()]).keys());
  for (const person of persons.values()) for (const word of person.name.split(" ")) namesWords.add(word);
  doc.tokens.forEach((tokens) => {
    for (let index = 1; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.nameLike || !token.joined || token.text.length < 3) continue;
      const before = tokens[index - 1]!;
      const after = tokens[index + 1];
      // ", sagte Klinger": right after a comma the verb opens its clause, whose subject follows it; in "Elsajat sagte Reuters" the
      // word after the verb is whom it was said to.
      const afterVerb = PERSON_SPEAKING_VERBS.has(before.lower) && !before.joined && !(after?.joined && after.capitalised);
      const beforeVerb = before.lower === "wie" && after?.joined === true && PERSON_SPEAKING_VERBS.has(after.lower);
      if (!afterVerb && !beforeVerb) continue;
      if (
        NOT_NAME_WORDS.has(token.text) ||
        WORDS_SAID.has(token.text) ||
        AGENCY_SIGN_WORDS.has(token.text) ||
        isRoleToken(token) ||
        nouns.has(token.text) ||
        namesWords.has(token.text)
      )
        continue;
      if (CITIES.has(token.text) || REGIONS.has(token.text) || looksLikeCommonWord(token.lower) || isPlaceAdjective(token.text)) continue;
      countryAt ??= new Set(countries.map((mention) => mention.start));
      if (countryAt.has(token.start)) continue;
      addMention(text, persons, { tokens: [token], span: { start: token.start, end: token.end } });
      namesWords.add(token.text);
    }
  });
}
