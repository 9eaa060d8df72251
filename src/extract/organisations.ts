/**
 * Names of organisations, companies, media and products that the text marks as names, so that they may act in it
 * alone ("Am Samstag veröffentlichte die Hamas ...", "AlphaGo sicherte sich ...") as a named institution does: a name
 * the text introduces after the noun of its kind ("die Zeitschrift Nokta", "Palästinenserorganisation Hamas"), or a
 * word of a name's shape that the text uses again ("AlphaGo"). A common noun after an article ("die Gruppe", "das
 * Magazin") is none.
 */
import { namesOne } from "./actions";
import { CITIES } from "./data/countries";
import { CLUB_NAME_ENDINGS, CLUB_NAME_OPENERS, COMPANY_INTRODUCING_KINDS, NAME_INTRODUCING_KINDS, ORGANISATION_COMPOUND_HEADS } from "./data/organizations";
import type { CountryMention } from "./countries";
import type { Doc } from "./doc";
import { CITY_ADJECTIVE, isInstitutionNoun, type PersonMention } from "./phrases";
import { INDEFINITE_ARTICLES, isAdjectiveLike, isNumberInName, suffixMatcher, type Token } from "./text";
import { SAYING_VERBS } from "./data/claims";
import { COMPANY_DEED_VERBS } from "./data/company-deeds";
import { givenNameGender } from "./data/given-names";
import { NOUN_PHRASE_DETERMINERS } from "./data/grammar";
import { NUMBER_WORDS, SCALE_WORDS } from "./data/numbers";

/** The singular only, with its genitive: after a plural the words are an object ("Lobbyinggruppen Tür und Tor öffnen"). */
const kindEnding = suffixMatcher(NAME_INTRODUCING_KINDS, ["s", "es"]);
const companyKindEnding = suffixMatcher(COMPANY_INTRODUCING_KINDS, ["s", "es"]);
/**
 * Small words that carry a name on ("Recht und Gerechtigkeit", "Block gegen den Islam", "Global 2000"): the name
 * does not end before them, and its first words alone are no name. And "zu" of an infinitive, whose object the words
 * are ("der Drogeriemarktkette Vermögenswerte zu entziehen").
 */
// biome-ignore format: a word list, packed for reading
const NAME_GOES_ON: ReadonlySet<string> = new Set([
  "zu", "und", "für", "gegen", "ohne", "der", "des", "die", "von", "vom", "zur", "zum", "of", "for", "the", "and", "de", "du", "la", "di", "del",
]);
/** Longest name after a kind's noun, in words ("Ansar Dine", "Boko Haram"). */
const MAX_NAME_WORDS = 3;
/** A word with a capital inside ("AlphaGo", "OnePlus", "YouTube"); acronyms phraseAt reads as names already. */
const CAPITAL_INSIDE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+$/u;
/**
 * Whether a capital (CAPITAL_INSIDE's \p{Lu}) may stand after a word's first two characters: ASCII and Latin-1 judged
 * by their code, anything beyond left to the expression. Few words have one, and the expression on every
 * capitalised word was a fifth of this finder's time (measured).
 */
function mayHaveCapitalInside(word: string): boolean {
  for (let index = 2; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if ((code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde) || code >= 0x100) return true;
  }
  return false;
}
/** How often a word of a name's shape must stand in the text to be one it is about, not a passing mention. */
const MIN_SHAPED_MENTIONS = 2;
/** The gap between a kind's noun and a name in quotation marks ('der Zeitschrift "Nokta"'). */
const OPENING_QUOTE_GAP = /^\s+["„»“]$/u;
const CLOSING_QUOTE = /^["“”«]/u;

/** A name after its kind's noun (nameAfterKind), and whether a small word of NAME_GOES_ON follows it ("Konami für ..."). */
interface NameAfterKind {
  text: string;
  beforeSmallWord: boolean;
}

/**
 * The name right after the kind's noun at `index`: its capitalised words up to the next small word or punctuation,
 * in quotation marks or not. Undefined where the words run on beyond a name's length or stop in a person. A single
 * word before a small word that may carry a name on ("der Publisher Konami für Aufregung", "die Partei Recht und
 * Gerechtigkeit") is returned as such: it is a name only where the text uses it alone (usedAlone).
 */
function nameAfterKind(
  text: string,
  tokens: readonly Token[],
  index: number,
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
): NameAfterKind | undefined {
  const first = tokens[index + 1];
  if (!first) return undefined;
  // "einer Gruppe Mai-Mai-Milizen": a group of some, not a name; "Mediendienst" after "Informationsplattform": a name's first word.
  const before = tokens[index - 1];
  if (before && tokens[index]!.joined && (INDEFINITE_ARTICLES.has(before.lower) || (before.capitalised && kindEnding(before.lower) !== undefined)))
    return undefined;
  const quoted = OPENING_QUOTE_GAP.test(text.slice(tokens[index]!.end, first.start));
  if (!first.joined && !quoted) return undefined;
  let end = index + 1;
  while (
    end < tokens.length &&
    end - index <= MAX_NAME_WORDS &&
    (end === index + 1 || tokens[end]!.joined) &&
    tokens[end]!.capitalised &&
    !namesOne(tokens[end]!, persons, countries)
  )
    end++;
  if (end === index + 1) return undefined;
  // More capitalised words than a name has, or a name that goes on ("Recht und Gerechtigkeit"): not a name after its kind.
  const after = tokens[end];
  const beforeSmallWord = after?.joined === true && NAME_GOES_ON.has(after.lower);
  if (after?.joined && (after.capitalised || /^\d/u.test(after.text) || (beforeSmallWord && (quoted || end > index + 2)))) return undefined;
  const last = tokens[end - 1]!;
  if (quoted && !CLOSING_QUOTE.test(text.slice(last.end, last.end + 1))) return undefined;
  const name = tokens
    .slice(index + 1, end)
    .map((token) => token.text)
    .join(" ");
  return { text: name, beforeSmallWord };
}

/** A letter, digit or hyphen next to a word: the word goes on. */
const WORD_GOES_ON = /[\p{L}\p{N}-]/u;
const NEXT_WORD = /^[ \t\u00a0]+([\p{L}\p{N}]+)/u;

/**
 * Whether the text uses a one-word name at least MIN_SHAPED_MENTIONS times alone: not before a small word that may
 * carry a name on, nor before a capitalised word ("Konami wollte sich ... nicht äußern", "bei Konami herrschen ...",
 * not "Recht und Gerechtigkeit" again). Looked for only for the few names read before such a small word.
 */
function usedAlone(text: string, name: string): boolean {
  let alone = 0;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (WORD_GOES_ON.test(text.charAt(at - 1)) || WORD_GOES_ON.test(text.charAt(end))) continue;
    const next = NEXT_WORD.exec(text.slice(end, end + 40))?.[1];
    if (next !== undefined && (NAME_GOES_ON.has(next.toLowerCase()) || /^\p{Lu}/u.test(next))) continue;
    if (++alone >= MIN_SHAPED_MENTIONS) return true;
  }
  return false;
}

/** Articles that open an apposition of a name's kind ("Berglandmilch, das größte Molkereiunternehmen des Landes, ..."). */
const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(["der", "die", "das", "ein", "eine"]);
/** Most words of such an apposition before its kind's noun ("das größte private Molkereiunternehmen"). */
const MAX_APPOSITION_WORDS_BEFORE_KIND = 4;
const COMMA_GAP = /^,\s+$/u;

/**
 * "Die Berglandmilch, das größte Molkereiunternehmen des Landes, zahlt ...", "Voestalpine, der Linzer Stahlkonzern,
 * hat ...": a word of a name's shape (one capitalised word, after a definite article or opening the sentence) and, between
 * commas, an apposition whose noun is of a kind that introduces names (NAME_INTRODUCING_KINDS): the word is that kind's
 * name, as after the kind's noun. The index of the kind's noun, or undefined.
 */
function kindInApposition(
  text: string,
  tokens: readonly Token[],
  index: number,
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
): number | undefined {
  const name = tokens[index]!;
  const article = tokens[index + 1];
  if (!article || !APPOSITION_ARTICLES.has(article.lower) || !COMMA_GAP.test(text.slice(name.end, article.start))) return undefined;
  const before = tokens[index - 1];
  if (index > 0 && !(name.joined && (before!.lower === "der" || before!.lower === "die" || before!.lower === "das"))) return undefined;
  if (namesOne(name, persons, countries) || isInstitutionNoun(name.lower) || kindEnding(name.lower) !== undefined || isAdjectiveLike(name.text))
    return undefined;
  for (let at = index + 2; at < tokens.length && at <= index + 1 + MAX_APPOSITION_WORDS_BEFORE_KIND; at++) {
    const word = tokens[at]!;
    if (!word.joined) return undefined;
    // "Arbeitnehmer, die dem Unternehmen ... erscheinen": a relative clause with a noun phrase of its own, no apposition.
    if (!word.capitalised && !isAdjectiveLike(word.text)) return undefined;
    if (!word.capitalised) continue;
    return kindEnding(word.lower) !== undefined ? at : undefined;
  }
  return undefined;
}

/** Most words of a club's name after its opener ("Bayern München" of "FC Bayern München"). */
const MAX_CLUB_TOWN_WORDS = 2;

/**
 * A sports club's name at token `index`: an opener (CLUB_NAME_OPENERS) and up to two capitalised words of its town or
 * its number ("FC Bayern München", "Bayer Leverkusen", "TSV 1860 München"), or a town's adjective and a club's short
 * name ("Hamburger SV").
 */
function clubNameAt(text: string, tokens: readonly Token[], index: number, persons: ReadonlyMap<number, PersonMention>): string | undefined {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (!next?.joined || persons.has(next.start)) return undefined;
  // A town's adjective before a club's short name ("Hamburger SV").
  if (CITY_ADJECTIVE.test(token.text) && CLUB_NAME_ENDINGS.has(next.text)) return `${token.text} ${next.text}`;
  if (!CLUB_NAME_OPENERS.has(token.text) || CLUB_NAME_OPENERS.has(next.text)) return undefined;
  let end = index + 1;
  while (end < tokens.length && end - index <= MAX_CLUB_TOWN_WORDS && isClubNameWord(text, tokens[end]!, persons)) end++;
  if (end === index + 1) return undefined;
  return tokens
    .slice(index, end)
    .map((word) => word.text)
    .join(" ");
}

/** A word of a club's name after its opener: a capitalised word of no person, or the club's number ("1860", "04"). */
function isClubNameWord(text: string, token: Token, persons: ReadonlyMap<number, PersonMention>): boolean {
  if (!token.joined) return false;
  return token.capitalised ? !persons.has(token.start) : isNumberInName(text, token.start, token.text);
}

/** A word that may be a name before a hyphen ("Lufthansa" of "Lufthansa-Chef"): a capital, then small letters only. */
const NAME_BEFORE_HYPHEN = /^\p{Lu}\p{Ll}{2,}$/u;

/**
 * "Lufthansa" of "Lufthansa-Chef", "Google" of "Google-Mutter": the first part of a compound whose second part only an
 * organisation has (ORGANISATION_COMPOUND_HEADS). Not a noun of an institution's kind ("Partei-Chef", "Konzern-Sprecher"),
 * which names none, nor a plural or an adjective's noun ("Grünen-Chef": "Die Grünen" take the plural verb).
 */
function nameBeforeCompoundHead(token: Token): string | undefined {
  const hyphen = token.text.indexOf("-");
  if (hyphen < 3 || !ORGANISATION_COMPOUND_HEADS.has(token.lower.slice(hyphen + 1))) return undefined;
  const name = token.text.slice(0, hyphen);
  if (!NAME_BEFORE_HYPHEN.test(name) || isInstitutionNoun(name.toLowerCase()) || kindEnding(name.toLowerCase()) !== undefined) return undefined;
  return name.endsWith("en") || isAdjectiveLike(name) ? undefined : name;
}

/** How often a name without a kind's noun must stand in the text: one it is about, not one it drops ("Mozilla beschwerte sich"). */
const MIN_BARE_MENTIONS = 3;
/**
 * Of them, how many not opening a sentence, where any noun is capitalised; one is enough where the text names the word
 * as who said something ("..., erklärte Rovio"): a company that opens most of its sentences ("Rovio wolle ...").
 */
const MIN_BARE_MENTIONS_INSIDE = 2;
const MIN_BARE_MENTIONS_INSIDE_OF_SPEAKER = 1;
/**
 * Whether a name-like word (Token.nameLike) is a plain one: no hyphen, apostrophe or second capital ("Microsoft",
 * "Spotify"; not "Mikl-Leitner", "McCain"). By the characters' codes: every capitalised noun of a text is asked.
 */
function plainWord(text: string): boolean {
  for (let index = 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 45 || code === 39 || code === 0x2019 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}
/** A preposition merged with an article ("im", "beim"): a noun follows. */
const MERGED_ARTICLES: ReadonlySet<string> = new Set(["im", "am", "beim", "vom", "zum", "zur", "ins", "ans", "aufs"]);

/** An inflected adjective's ending, not the "-e" that adverbs end in too ("mittlerweile Microsoft", "gerne"). */
const INFLECTED_ADJECTIVE = /(?:en|er|es|em)$/u;
const DIGIT_FIRST = /^\d/u;

/** Whether a word before a capitalised one makes it a noun: an article, a possessive, an inflected adjective or a number ("50 Prozent", "Millionen Euro"). */
function beforeNoun(before: Token): boolean {
  if (
    NOUN_PHRASE_DETERMINERS.has(before.lower) ||
    MERGED_ARTICLES.has(before.lower) ||
    NUMBER_WORDS.has(before.lower) ||
    SCALE_WORDS.has(before.lower) ||
    DIGIT_FIRST.test(before.text)
  )
    return true;
  return isAdjectiveLike(before.text) && INFLECTED_ADJECTIVE.test(before.text);
}

/** What a text shows of a capitalised word it writes without an article (bareCompanyNames). */
interface BareWord {
  mentions: number;
  inside: number;
  acts: boolean;
  /** Once after an article, a possessive or an adjective ("die Kupferpreise" no; "das Kupfer", "rotes Kupfer"): a noun. */
  noun: boolean;
  /** Once right after a verb of saying, as its speaker ("..., erklärte Rovio"). */
  speaks: boolean;
}

/**
 * "Microsoft", "Spotify": a company the text names by its bare name, with no kind's noun or shape to tell. Read where a
 * capitalised word stands at least MIN_BARE_MENTIONS times, never after an article, a possessive or an adjective (a
 * noun has one somewhere: "das Kupfer"), mostly not opening a sentence, and once right beside a verb of a company's deeds
 * (COMPANY_DEED_VERBS: "Spotify testet", "kritisiert Microsoft"); never a person's, a country's, a city's or a given name,
 * nor a noun of an institution's or a name-giving kind.
 */
function bareCompanyNames(doc: Doc, persons: ReadonlyMap<number, PersonMention>, countries: ReadonlyMap<number, CountryMention>): string[] {
  const words = new Map<string, BareWord>();
  for (const tokens of doc.tokens) {
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.nameLike || token.text.length < 3 || !plainWord(token.text)) continue;
      let word = words.get(token.text);
      if (!word) {
        word = { mentions: 0, inside: 0, acts: false, noun: false, speaks: false };
        words.set(token.text, word);
      }
      if (word.noun) continue;
      const before = tokens[index - 1];
      const after = tokens[index + 1];
      // "United Internet", "im Bezirk Deutschlandsberg": a word after a capitalised one is the end of a longer name.
      if (namesOne(token, persons, countries) || (before?.joined && (before.capitalised || beforeNoun(before)))) {
        word.noun = true;
        continue;
      }
      // "Chief Keef", "Microsoft Edge": before a capitalised word, the word may open a longer name; counted only alone.
      if (after?.joined && after.capitalised) continue;
      word.mentions++;
      if (index > 0) word.inside++;
      if ((before?.joined && COMPANY_DEED_VERBS.has(before.lower)) || (after?.joined && COMPANY_DEED_VERBS.has(after.lower))) word.acts = true;
      if (index > 0 && token.joined && SAYING_VERBS.has(before!.lower)) word.speaks = true;
    }
  }
  const names: string[] = [];
  for (const [text, word] of words) {
    const minInside = word.speaks ? MIN_BARE_MENTIONS_INSIDE_OF_SPEAKER : MIN_BARE_MENTIONS_INSIDE;
    if (word.noun || !word.acts || word.mentions < MIN_BARE_MENTIONS || word.inside < minInside) continue;
    const lower = text.toLowerCase();
    if (isInstitutionNoun(lower) || kindEnding(lower) !== undefined || givenNameGender(lower) !== undefined) continue;
    names.push(text);
  }
  return names;
}

/** The organisations' names of a text (organisationNames). */
export interface OrganisationNames {
  /** Every name the text marks as an organisation's, company's, medium's or product's. */
  names: ReadonlySet<string>;
  /**
   * Of them, companies and bodies with staff, not products: those after a company's kind ("der Elektronikkonzern Samsung")
   * and those the text writes before a hyphen and what only an organisation has ("Lufthansa-Chef").
   */
  staffed: ReadonlySet<string>;
}

/**
 * The names the text marks as names of organisations, companies, media or products, as written: after the noun of
 * their kind, before a hyphen and what only an organisation has ("Lufthansa-Chef"), of a name's shape and used at least
 * twice, or a sports club's.
 */
export function organisationNames(doc: Doc, persons: ReadonlyMap<number, PersonMention>, countries: ReadonlyMap<number, CountryMention>): OrganisationNames {
  const names = new Set<string>();
  const shapedCounts = new Map<string, number>();
  const beforeHyphen = new Set<string>();
  const companies = new Set<string>();
  for (const tokens of doc.tokens) {
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.capitalised) continue;
      if (kindEnding(token.lower) !== undefined) {
        const found = nameAfterKind(doc.text, tokens, index, persons, countries);
        const name = found && (!found.beforeSmallWord || usedAlone(doc.text, found.text)) ? found.text : undefined;
        if (name) names.add(name);
        if (name && companyKindEnding(token.lower) !== undefined) companies.add(name);
      }
      const kindAt = kindInApposition(doc.text, tokens, index, persons, countries);
      if (kindAt !== undefined) {
        names.add(token.text);
        if (companyKindEnding(tokens[kindAt]!.lower) !== undefined) companies.add(token.text);
      }
      const club = clubNameAt(doc.text, tokens, index, persons);
      if (club) names.add(club);
      const compounded = nameBeforeCompoundHead(token);
      if (compounded) beforeHyphen.add(compounded);
      if (mayHaveCapitalInside(token.text) && CAPITAL_INSIDE.test(token.text) && !persons.has(token.start))
        shapedCounts.set(token.text, (shapedCounts.get(token.text) ?? 0) + 1);
    }
  }
  const staffed = companies;
  for (const name of bareCompanyNames(doc, persons, countries)) {
    names.add(name);
    staffed.add(name);
  }
  if (shapedCounts.size === 0 && beforeHyphen.size === 0) return { names, staffed };
  // Words of persons' names ("McCain" of "John McCain" named again alone, "Merkel-Sprecher") are no organisation's: read
  // only where a word of the shape or before such a hyphen stands. Nor places ("Wien-Chef", "Kreml" stays).
  const personWords = new Set([...persons.values()].flatMap(({ person }) => person.name.split(/\s+/u)));
  for (const [word, count] of shapedCounts) if (count >= MIN_SHAPED_MENTIONS && !personWords.has(word)) names.add(word);
  const placeWords = beforeHyphen.size === 0 ? undefined : new Set([...countries.values()].map((country) => country.text));
  for (const word of beforeHyphen) {
    if (personWords.has(word) || placeWords!.has(word) || CITIES.has(word)) continue;
    names.add(word);
    staffed.add(word);
  }
  return { names, staffed };
}
