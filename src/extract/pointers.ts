/**
 * Noun phrases anywhere in a sentence that point back to the one company, bank or person of a nationality the text named
 * before ("die Beschäftigten des Konzerns", "Eine Insolvenz der Bank war kein Thema", "der Vater des identifizierten
 * Franzosen"), and whom they stand for, as a name: a question on the sentence shows it in brackets after the phrase, as a
 * quotation does ("des Konzerns [Siemens]"), and then stands alone. Only where nothing else could be meant: a company
 * or bank as institutionNamedBefore or companyNamedBefore find it for a subject, a person of a nationality where the text
 * gave exactly one person that nationality and no one else was named after them, or where the finder of actions took
 * the phrase as a subject for the person the sentence before is about ("Die Schwedin traf sich ..."). Where it is not certain, nothing is
 * resolved, and the sentence is read as pointing back.
 */
import { companyNamedBefore } from "./actions";
import type { CountryMention } from "./countries";
import { demonymOf } from "./countries";
import { OTHER_ONE_ADJECTIVE_STEMS } from "./data/grammar";
import { INSTITUTION_KINDS } from "./data/organizations";
import type { Doc } from "./doc";
import { institutionNamedBefore, type PersonMention } from "./phrases";
import { isAdjectiveLike, type Token } from "./text";
import type { ActionFact, Gender, Mention, PointedPhrase } from "./types";

/** The kinds a pointing phrase may name here: companies (with their trades) and banks, each noun with its article. */
const COMPANY_AND_BANK_KINDS = INSTITUTION_KINDS.filter((kind) => kind.includes("der konzern") || kind.includes("die bank"));
/** The nominative article of each such noun ("konzern": "der"), and whether the kind is a company's (not only a bank's). */
const KIND_NOUNS: ReadonlyMap<string, { article: string; company: boolean }> = new Map(
  COMPANY_AND_BANK_KINDS.flatMap((kind) =>
    kind.map((entry) => [entry.slice(4), { article: entry.slice(0, 3), company: kind.includes("der konzern") }] as const),
  ),
);

/**
 * The articles (and articles merged with a preposition) before a noun of each gender in the singular, with the endings
 * the noun takes after them: "des Konzerns", "dem Unternehmen", "der Bank", "zur Firma". Not "den Unternehmen" or "der
 * Unternehmen", which are plurals, nor "der Hersteller", which may be one (the genitive plural): left out below.
 */
const SINGULAR_FORMS: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> = new Map([
  [
    "der",
    new Map([
      ["der", [""]],
      ["des", ["s", "es"]],
      ["dem", [""]],
      ["den", [""]],
      ["beim", [""]],
      ["vom", [""]],
      ["zum", [""]],
      ["im", [""]],
    ]),
  ],
  [
    "das",
    new Map([
      ["das", [""]],
      ["des", ["s", "es"]],
      ["dem", [""]],
      ["beim", [""]],
      ["vom", [""]],
      ["zum", [""]],
      ["im", [""]],
    ]),
  ],
  [
    "die",
    new Map([
      ["die", [""]],
      ["der", [""]],
      ["zur", [""]],
    ]),
  ],
]);

/**
 * The articles before a person's noun of a country in the singular: "der Franzose", "des Franzosen", "dem Franzosen",
 * "die Schwedin", "der Schwedin". Not "den Franzosen" (a dative plural too) nor "der Österreicher" (a genitive plural).
 */
const PERSON_NOUN_ARTICLES: ReadonlyMap<Gender, ReadonlySet<string>> = new Map([
  ["male", new Set(["der", "des", "dem"])],
  ["female", new Set(["die", "der"])],
]);
/** Every article of SINGULAR_FORMS and PERSON_NOUN_ARTICLES: a phrase opens with one. */
const ARTICLES: ReadonlySet<string> = new Set([
  ...[...SINGULAR_FORMS.values()].flatMap((forms) => [...forms.keys()]),
  ...[...PERSON_NOUN_ARTICLES.values()].flatMap((set) => [...set]),
]);
/** Most adjectives between the article and the noun ("des identifizierten Franzosen", "der maroden Bank"). */
const MAX_ADJECTIVES = 2;
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["der", "die", "das", "dessen", "deren", "welche", "welcher", "welches"]);
const INDEFINITE_GENITIVES: ReadonlySet<string> = new Set(["eines", "einer"]);

/** The pointing phrases of a text and whom each stands for, in text order. */
export function findPointedPhrases(
  doc: Doc,
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
  staffed: ReadonlySet<string>,
  actions: readonly ActionFact[],
): PointedPhrase[] {
  const pointed: PointedPhrase[] = [];
  // "Die Schwedin traf sich ...": a subject the finder of actions resolved to the person the sentence before is about.
  const actedAs = new Map(actions.filter((action) => action.person !== undefined).map((action) => [action.actor.start, action]));
  let nationals: Map<PersonMention["person"], string> | undefined;
  doc.sentences.forEach((_sentence, index) => {
    const tokens = doc.tokens[index]!;
    for (let at = 0; at < tokens.length; at++) {
      const article = tokens[at]!.lower;
      if (!ARTICLES.has(article)) continue;
      const nounAt = nounAfterAdjectives(tokens, at + 1);
      if (nounAt === undefined || !pointsBack(doc.text, tokens, nounAt)) continue;
      const noun = tokens[nounAt]!;
      const phrase: Mention = { start: tokens[at]!.start, end: noun.end, text: doc.text.slice(tokens[at]!.start, noun.end) };
      const kind = kindNounOf(article, noun);
      if (kind) {
        const referent = companyReferent(doc, index, phrase, kind, persons, countries, staffed);
        if (referent !== undefined) pointed.push({ ...phrase, kind: "institution", referent });
        continue;
      }
      const national = nationalityOf(article, noun);
      if (!national) continue;
      nationals ??= statedNationalities(doc, persons);
      const actor = actedAs.get(phrase.start);
      const person =
        actor && actor.actor.end === phrase.end
          ? [...persons.values()].find(({ person: named }) => named.surname === actor.person)?.person
          : oneOfNationality(persons, nationals, phrase.start, national);
      pointed.push(person ? { ...phrase, kind: "nationality", referent: person.name } : { ...phrase, kind: "nationality" });
    }
  });
  return pointed;
}

/** The noun after up to two adjectives at `from` (none that sets another one apart: "des anderen Konzerns"), joined to them. */
function nounAfterAdjectives(tokens: readonly Token[], from: number): number | undefined {
  let at = from;
  while (at < from + MAX_ADJECTIVES && tokens[at]?.joined && !tokens[at]!.capitalised && isAdjectiveLike(tokens[at]!.text)) {
    if (OTHER_ONE_ADJECTIVE_STEMS.some((stem) => tokens[at]!.lower.startsWith(stem))) return undefined;
    at++;
  }
  return tokens[at]?.joined && tokens[at]!.capitalised ? at : undefined;
}

/**
 * Whether the noun at `at` points back: no name right after it ("der Konzern Siemens", "der Franzose Brahim A."), no
 * genitive of another ("die Bank eines Freundes") and no relative clause that may say which ("die Firma, die ...").
 */
function pointsBack(text: string, tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!next) return true;
  if (next.joined) return !next.capitalised && !INDEFINITE_GENITIVES.has(next.lower);
  return !(/^\s*,\s*$/u.test(text.slice(tokens[at]!.end, next.start)) && RELATIVE_PRONOUNS.has(next.lower));
}

/** The company's or bank's noun of the phrase, in the singular after its article: its nominative ("der konzern") and kind. */
function kindNounOf(article: string, noun: Token): { nominative: string; company: boolean } | undefined {
  for (const [lemma, { article: nominative, company }] of KIND_NOUNS) {
    if (!noun.lower.startsWith(lemma)) continue;
    const ending = noun.lower.slice(lemma.length);
    const endings = SINGULAR_FORMS.get(nominative)!.get(article);
    // "der Hersteller" may be a genitive plural; "der Konzern" may not ("der Konzerne").
    if (!endings?.includes(ending) || (article === "der" && nominative === "der" && lemma.endsWith("er"))) continue;
    return { nominative: `${nominative} ${lemma}`, company };
  }
  return undefined;
}

/**
 * The name of the one company or bank the phrase stands for: the naming institutionNamedBefore finds for the noun as a
 * subject ("Der deutsche Technologieriese Siemens" for "des Konzerns"), where it ends in a name after the kind's noun,
 * or for a company's noun the one name the text writes before a hyphen ("Siemens-Chef", companyNamedBefore).
 */
function companyReferent(
  doc: Doc,
  index: number,
  phrase: Mention,
  kind: { nominative: string; company: boolean },
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
  staffed: ReadonlySet<string>,
): string | undefined {
  const asSubject = { start: phrase.start, end: phrase.end, text: kind.nominative };
  const named = { count: 0 };
  const naming = institutionNamedBefore(doc, index, asSubject, persons, countries, named);
  // Not the nearest of two named by their kind, as for a subject ("Der Lkw-Hersteller Steyrwerk ... Der Zulieferer
  // Kremtec"): a phrase inside a sentence is no continuation of the one before, and no name before a hyphen decides.
  if (named.count > 1) return undefined;
  if (naming) return nameOfNaming(naming.text);
  return kind.company ? companyNamedBefore(doc, index, asSubject, staffed)?.text : undefined;
}

/** The capitalised words after the kind's noun of a naming ("Siemens" of "Der deutsche Technologieriese Siemens"), or undefined. */
function nameOfNaming(naming: string): string | undefined {
  const words = naming.split(/\s+/u);
  let first = words.length;
  while (first > 1 && /^\p{Lu}/u.test(words[first - 1]!) && !namesKind(words[first - 1]!)) first--;
  return first < words.length && first > 1 && namesKind(words[first - 1]!) ? words.slice(first).join(" ") : undefined;
}

/** Whether a word is, or ends in, a company's or bank's noun ("Technologieriese", "Großbank", "Drogeriemarktkette"). */
const namesKind = (word: string) => [...KIND_NOUNS.keys()].some((lemma) => word.toLowerCase().endsWith(lemma));

/** The country and gender of a person's noun of a country in the singular after its article ("des Franzosen": FR, male). */
function nationalityOf(article: string, noun: Token): { iso2: string; gender: Gender } | undefined {
  for (const ending of ["", "n", "s"]) {
    if (!noun.lower.endsWith(ending)) continue;
    const base = noun.lower.slice(0, noun.lower.length - ending.length);
    const found = demonymOf(base);
    if (found && PERSON_NOUN_ARTICLES.get(found.gender)!.has(article) && singularEnding(found.gender, base, article, ending)) return found;
  }
  return undefined;
}

/**
 * Whether a person's noun of a country takes `ending` after `article` in the singular: "die Schwedin", "der Schwedin";
 * "der Franzose", "des Franzosen", "dem Franzosen"; "des Österreichers", "dem Österreicher" ("der Österreicher" may be
 * a genitive plural).
 */
function singularEnding(gender: Gender, base: string, article: string, ending: string): boolean {
  if (gender === "female") return ending === "";
  if (base.endsWith("er")) return (article === "des" && ending === "s") || (article === "dem" && ending === "");
  return article === "der" ? ending === "" : ending !== "";
}

/**
 * The nationality the text gives each person: by their office ("der französische Staatsanwalt François Molins") or by
 * a person's noun of a country right before their name ("der Franzose Ismael Omar M.").
 */
function statedNationalities(doc: Doc, persons: ReadonlyMap<number, PersonMention>): Map<PersonMention["person"], string> {
  const nationals = new Map<PersonMention["person"], string>();
  for (const { person } of persons.values()) if (person.country !== undefined) nationals.set(person, person.country);
  for (const tokens of doc.tokens) {
    for (let at = 0; at + 1 < tokens.length; at++) {
      const named = persons.get(tokens[at + 1]!.start);
      if (!named || !tokens[at + 1]!.joined || !tokens[at]!.capitalised) continue;
      const demonym = demonymOf(tokens[at]!.lower) ?? demonymOf(tokens[at]!.lower.replace(/[ns]$/u, ""));
      if (demonym && named.person.gender !== (demonym.gender === "male" ? "female" : "male")) nationals.set(named.person, demonym.iso2);
    }
  }
  return nationals;
}

/**
 * The one person of the nationality named before `position`, where the text gave it to exactly one and no one else of
 * that gender (or of none known) and of no other country was named between them and the phrase: "Der Franzose" right after another person is
 * read as news about that one ("Bilal H. sprengte sich ... Der Franzose wurde 1995 geboren").
 */
function oneOfNationality(
  persons: ReadonlyMap<number, PersonMention>,
  nationals: ReadonlyMap<PersonMention["person"], string>,
  position: number,
  national: { iso2: string; gender: Gender },
): PersonMention["person"] | undefined {
  const before = [...persons.values()].filter(({ mention }) => mention.end <= position).sort((a, b) => a.mention.start - b.mention.start);
  const ofNationality = new Set(before.map(({ person }) => person).filter((person) => nationals.get(person) === national.iso2));
  if (ofNationality.size !== 1) return undefined;
  const [person] = ofNationality;
  if (person!.gender !== undefined && person!.gender !== national.gender) return undefined;
  // Someone of another country the text gives ("Kanzler Olaf Scholz") is no Frenchman, and may stand between.
  const last = before
    .filter(
      ({ person: other }) => (other.gender === undefined || other.gender === national.gender) && (nationals.get(other) ?? national.iso2) === national.iso2,
    )
    .at(-1);
  return last?.person === person ? person : undefined;
}
