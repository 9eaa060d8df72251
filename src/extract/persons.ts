/** People introduced with a role ("US-Außenminister John Kerry", "der Koordinator ..., Nathan Sales"). */
import { IMPLIED_NATIONALITY_INSTITUTIONS, IMPLIED_NATIONALITY_ROLE_PREFIXES } from "./data/countries";
import { MONTHS, WEEKDAYS } from "./data/dates";
import {
  GENDERED_ADDRESS,
  CAPITALISED_SURNAME_PARTICLES,
  LEADING_NAME_PARTICLES,
  PARTICLES_AFTER_LEADING_VON,
  COLLEAGUE_ENDINGS,
  DETERMINERS,
  DOMESTIC_COUNTRY,
  DOMESTIC_ROLE_HEAD,
  GOVERNMENT_CONTEXT,
  NAME_PARTICLES,
  NOT_NAMES,
  ROLE_ENDINGS,
} from "./data/persons";
import type { CountryMention } from "./countries";
import { firstStartingAt, isAdjectiveLike, isCapitalised, isNameLikeWord, sentenceTokens, suffixMatcher, type Token } from "./text";
import { roleGender } from "./gender";
import type { Gender, Mention, PersonFact, Sentence, Span } from "./types";

const roleEnding = suffixMatcher(ROLE_ENDINGS, ["en", "n"]);
const colleagueEnding = suffixMatcher(COLLEAGUE_ENDINGS, ["en", "n"]);
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([...NOT_NAMES, ...WEEKDAYS]);
const MAX_NAME_WORDS = 4;
const MAX_ROLE_COMPLEMENT_WORDS = 8;
const MAX_ROLE_ADJECTIVES = 2;

export function isRoleWord(word: string): boolean {
  return isCapitalised(word) && roleEnding(word) !== undefined;
}

function isRoleToken(token: Token): boolean {
  return isCapitalised(token.text) && roleEnding(token.lower) !== undefined;
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
}

const isWhitespace = (gap: string) => /^[ \t\u00a0]+$/u.test(gap);

interface FoundName {
  tokens: Token[];
  span: Span;
}

/** Country mentions of one sentence, by start offset. */
type CountriesByStart = ReadonlyMap<number, CountryMention>;

/** Country mentions inside a span, from a list sorted by start. */
function countriesWithin(countries: readonly CountryMention[], span: Span): CountryMention[] {
  const found: CountryMention[] = [];
  for (let index = firstStartingAt(countries, span.start); index < countries.length && countries[index]!.start < span.end; index++) {
    if (countries[index]!.end <= span.end) found.push(countries[index]!);
  }
  return found;
}

/** Name words starting at token `from`: given names, particles and surname, up to a non-name word. */
function readName(text: string, tokens: readonly Token[], from: number, countryAt: CountriesByStart): FoundName | undefined {
  const taken: Token[] = [];
  for (let index = from; index < tokens.length && taken.length < MAX_NAME_WORDS; index++) {
    const token = tokens[index]!;
    if (index > from && !isWhitespace(text.slice(tokens[index - 1]!.end, token.start))) break;
    const isParticle = NAME_PARTICLES.has(token.text);
    const isName =
      isNameLikeWord(token.text) && !NOT_NAME_WORDS.has(token.text) && !MONTHS.has(token.lower) && !isRoleToken(token) && !countryAt.has(token.start);
    if (!isParticle && !isName) break;
    if (taken.length === 0 && isParticle && !LEADING_NAME_PARTICLES.has(token.text)) {
      const next = tokens[index + 1];
      if (token.text !== "von" || !next || !PARTICLES_AFTER_LEADING_VON.has(next.text)) break;
    }
    taken.push(token);
  }
  while (taken.length > 0 && NAME_PARTICLES.has(taken[taken.length - 1]!.text)) taken.pop();
  if (taken.length === 0) return undefined;
  return { tokens: taken, span: { start: taken[0]!.start, end: taken[taken.length - 1]!.end } };
}

/**
 * Surname: the last name word with the particles before it ("Le Drian", "von der Leyen", "bin Laden").
 * A hyphenated article ("al- Kadhimi") stays in the full name only, as sorting and address drop it.
 */
function splitName(text: string, found: FoundName): { surname: string; givenName?: string } {
  const words = found.tokens;
  const isSurnameParticle = (word: string) => CAPITALISED_SURNAME_PARTICLES.has(word) || (NAME_PARTICLES.has(word) && !word.endsWith("-"));
  let surnameStart = words.length - 1;
  while (surnameStart > 0 && isSurnameParticle(words[surnameStart - 1]!.text)) surnameStart--;
  const surname = text.slice(words[surnameStart]!.start, words[words.length - 1]!.end);
  const given = words.slice(0, surnameStart).filter((word) => !NAME_PARTICLES.has(word.text));
  if (given.length === 0) return { surname };
  return { surname, givenName: text.slice(given[0]!.start, given[given.length - 1]!.end) };
}

function nationality(text: string, sentence: Span, roleSpan: Span, roleWord: string, countries: readonly CountryMention[]): string | undefined {
  const inRole = countriesWithin(countries, roleSpan)[0];
  if (inRole) return inRole.iso2;
  const lowerRole = roleWord.toLowerCase();
  for (const [prefix, iso2] of Object.entries(IMPLIED_NATIONALITY_ROLE_PREFIXES)) if (lowerRole.startsWith(prefix)) return iso2;
  const roleText = text.slice(roleSpan.start, roleSpan.end);
  const institution = IMPLIED_NATIONALITY_INSTITUTIONS.find(({ pattern }) => pattern.test(roleText));
  if (institution) return institution.iso2;
  // "der neuen irakischen Regierung unter Premierminister al- Kadhimi"
  const lookBack = Math.max(sentence.start, roleSpan.start - 80);
  const context = GOVERNMENT_CONTEXT.exec(text.slice(lookBack, roleSpan.start));
  if (context) {
    const wordStart = lookBack + context.index;
    const governed = countriesWithin(countries, { start: wordStart, end: wordStart + context[1]!.length })[0];
    if (governed) return governed.iso2;
  }
  return DOMESTIC_ROLE_HEAD.test(roleHead(roleWord)) ? DOMESTIC_COUNTRY : undefined;
}

interface Introduction {
  roleSpan: Span;
  roleWord: string;
  name: FoundName;
}

/** "Role Name" or "Role complement, Name," starting at the role word `roleIndex`. */
function introductionAt(text: string, tokens: readonly Token[], roleIndex: number, sentence: Span, countryAt: CountriesByStart): Introduction | undefined {
  const roleToken = tokens[roleIndex]!;
  const gapAfter = (index: number) => text.slice(tokens[index]!.end, tokens[index + 1]?.start ?? sentence.end);
  let roleEnd = roleToken.end;
  let name: FoundName | undefined;
  if (roleIndex + 1 < tokens.length && isWhitespace(gapAfter(roleIndex))) {
    name = readName(text, tokens, roleIndex + 1, countryAt);
  }
  if (!name) {
    // Apposition: "der Koordinator für Terrorismusbekämpfung der US-Regierung, Nathan Sales, am ..."
    for (let index = roleIndex; index < Math.min(tokens.length - 1, roleIndex + MAX_ROLE_COMPLEMENT_WORDS); index++) {
      const gap = gapAfter(index);
      if (isWhitespace(gap)) continue;
      if (!/^,[ \t\u00a0]+$/u.test(gap)) break;
      const candidate = readName(text, tokens, index + 1, countryAt);
      const following = text.slice(candidate?.span.end ?? 0, (candidate?.span.end ?? 0) + 2);
      if (candidate && candidate.tokens.length >= 2 && (candidate.span.end >= sentence.end || /^(?:,|\.|;| \(|$)/u.test(following))) {
        name = candidate;
        roleEnd = tokens[index]!.end;
      }
      break;
    }
  }
  if (!name) return undefined;
  let roleStart = roleIndex;
  while (
    roleStart > 0 &&
    roleIndex - roleStart < MAX_ROLE_ADJECTIVES &&
    isWhitespace(text.slice(tokens[roleStart - 1]!.end, tokens[roleStart]!.start)) &&
    (isRoleAdjective(text, tokens, roleStart - 1) || isCountryGenitive(tokens[roleStart - 1]!, countryAt))
  ) {
    roleStart--;
  }
  return { roleSpan: { start: tokens[roleStart]!.start, end: roleEnd }, roleWord: roleToken.text, name };
}

/** "britische", "politischen", "der gewählte" in front of a role; not the verb in "sagte US-Außenminister". */
function isRoleAdjective(text: string, tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]!.text;
  if (!isAdjectiveLike(word)) return false;
  if (!/te[nt]?$/u.test(word)) return true;
  const before = tokens[index - 1];
  return before !== undefined && isWhitespace(text.slice(before.end, tokens[index]!.start)) && DETERMINERS.has(before.text.toLowerCase());
}

/** "Frankreichs Verteidigungsminister": a country name in the genitive in front of a role. */
function isCountryGenitive(token: Token, countryAt: CountriesByStart): boolean {
  return token.text.endsWith("s") && countryAt.get(token.start)?.end === token.end;
}

/** People introduced with a role in the given sentences, merged by surname, with all their mentions. */
export function findPersons(text: string, sentences: readonly Sentence[], countries: readonly CountryMention[]): PersonDraft[] {
  const persons = new Map<string, PersonDraft>();
  let previous: PersonDraft | undefined;
  let countryIndex = 0;
  for (const sentence of sentences) {
    while (countryIndex < countries.length && countries[countryIndex]!.end <= sentence.start) countryIndex++;
    const sentenceCountries: CountryMention[] = [];
    for (let index = countryIndex; index < countries.length && countries[index]!.start < sentence.end; index++) {
      sentenceCountries.push(countries[index]!);
    }
    const countryAt = new Map(sentenceCountries.map((mention) => [mention.start, mention]));
    const tokens = sentenceTokens(text, sentence);
    for (let index = 0; index < tokens.length; index++) {
      if (!isRoleToken(tokens[index]!)) continue;
      const introduction = introductionAt(text, tokens, index, sentence, countryAt);
      if (!introduction) continue;
      const { surname, givenName } = splitName(text, introduction.name);
      const role = text.slice(introduction.roleSpan.start, introduction.roleSpan.end);
      const country = nationality(text, sentence, introduction.roleSpan, introduction.roleWord, sentenceCountries);
      const mention: Mention = { ...introduction.name.span, text: text.slice(introduction.name.span.start, introduction.name.span.end) };
      let person = persons.get(surname);
      if (!person) {
        person = { name: mention.text, surname, attendance: "mentioned", mentions: [] };
        persons.set(surname, person);
      }
      if (givenName && !person.givenName) {
        person.givenName = givenName;
        person.name = mention.text;
      }
      if (!person.role) {
        person.role = role;
        person.roleWord = introduction.roleWord;
        if (colleagueEnding(introduction.roleWord.toLowerCase()) && previous?.roleWord && previous !== person) {
          person.impliedRole = capitalise(roleHead(previous.roleWord));
        }
      }
      if (!person.country && country) person.country = country;
      person.mentions.push(mention);
      previous = person;
      while (index + 1 < tokens.length && tokens[index + 1]!.start < introduction.name.span.end) index++;
    }
  }
  addSurnameMentions(text, sentences, [...persons.values()]);
  for (const person of persons.values()) {
    const gender = personGender(text, person);
    if (gender) person.gender = gender;
  }
  return [...persons.values()];
}

const ADDRESS_BEFORE = /(\p{Lu}\p{Ll}+)[ \t\u00a0]+$/u;

/**
 * Gender from the strongest evidence: "Frau"/"Herr" before a mention, a feminine role noun; a
 * masculine role noun only when nothing else tells (it may be generic).
 */
function personGender(text: string, person: PersonDraft): Gender | undefined {
  for (const mention of person.mentions) {
    const address = ADDRESS_BEFORE.exec(text.slice(Math.max(0, mention.start - 8), mention.start))?.[1];
    const gender = address ? GENDERED_ADDRESS.get(address) : undefined;
    if (gender) return gender;
  }
  return person.roleWord ? roleGender(person.roleWord) : undefined;
}

/** Later mentions by surname alone ("sagte Carter", "Le Drian"). */
function addSurnameMentions(text: string, sentences: readonly Sentence[], persons: PersonDraft[]): void {
  const byFirstWord = new Map<string, PersonDraft[]>();
  for (const person of persons) {
    const firstWord = person.surname.split(" ")[0]!;
    byFirstWord.set(firstWord, [...(byFirstWord.get(firstWord) ?? []), person]);
  }
  const introducedEnds = new Set(persons.flatMap((person) => person.mentions.map((mention) => mention.end)));
  for (const sentence of sentences) {
    for (const token of sentenceTokens(text, sentence)) {
      const candidates = byFirstWord.get(token.text);
      if (!candidates) continue;
      const person = candidates.find(({ surname }) => text.startsWith(surname, token.start) && !/[\p{L}\p{N}]/u.test(text[token.start + surname.length] ?? ""));
      if (!person) continue;
      const end = token.start + person.surname.length;
      if (introducedEnds.has(end)) continue; // the surname of a full-name mention
      person.mentions.push({ start: token.start, end, text: person.surname });
    }
  }
  for (const person of persons) person.mentions.sort((a, b) => a.start - b.start);
}
