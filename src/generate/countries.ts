/** Which countries the text names: multiple select with partial credit. */
import type { Evidence, Question } from "../bank/schema";
import type { CountryFact, Mention, Span } from "../extract/types";
import { type Choice, multi } from "./build";
import { ADJECTIVE_ENDINGS, COUNTRY_ADJECTIVE_STEMS, countryShortName, NON_SOVEREIGN_CODES } from "../extract/data/countries";
import {
  articleSentenceAt,
  type DocContext,
  evidenceFor,
  lowerSpanText,
  type Pool,
  perDocument,
  sentenceSpan,
  storyOpeningEnd,
  textMentions,
  within,
} from "./context";
import { closeness, countriesWithRegion, type Region, regionCloseness, regionOf } from "./data/regions";
import { hash } from "../shared/hash";
import { salienceOf } from "./salience";
import { JOINS_WORD_OR_HYPHEN, wholeWordsAt } from "./wholewords";

/** Countries often in German news, for texts that have too few others to draw from. */
// biome-ignore format: a word list, packed for reading
export const FALLBACK_COUNTRIES: readonly Choice[] = [
  { value: "FR", text: "Frankreich" }, { value: "IT", text: "Italien" }, { value: "ES", text: "Spanien" },
  { value: "PL", text: "Polen" }, { value: "AT", text: "Österreich" }, { value: "CH", text: "Schweiz" },
  { value: "TR", text: "Türkei" }, { value: "RU", text: "Russland" }, { value: "UA", text: "Ukraine" },
  { value: "CN", text: "China" }, { value: "JP", text: "Japan" }, { value: "IN", text: "Indien" },
  { value: "BR", text: "Brasilien" }, { value: "CA", text: "Kanada" }, { value: "EG", text: "Ägypten" },
  { value: "IR", text: "Iran" }, { value: "SA", text: "Saudi-Arabien" }, { value: "JO", text: "Jordanien" },
  { value: "LB", text: "Libanon" }, { value: "KE", text: "Kenia" }, { value: "SE", text: "Schweden" },
  { value: "NO", text: "Norwegen" }, { value: "GR", text: "Griechenland" }, { value: "BE", text: "Belgien" },
];

/** The sovereign countries with a region, once: what distractors are drawn from besides the familiar ones. */
const SOVEREIGN_WITH_REGION: readonly string[] = countriesWithRegion().filter((iso2) => !NON_SOVEREIGN_CODES.has(iso2));

/** SOVEREIGN_WITH_REGION by continent, each in that order. */
const SOVEREIGN_BY_CONTINENT = new Map<string, string[]>();
for (const iso2 of SOVEREIGN_WITH_REGION) {
  const continent = regionOf(iso2)!.continent;
  SOVEREIGN_BY_CONTINENT.set(continent, [...(SOVEREIGN_BY_CONTINENT.get(continent) ?? []), iso2]);
}
const SOVEREIGN_ORDER = new Map(SOVEREIGN_WITH_REGION.map((iso2, index) => [iso2, index]));

/**
 * The sovereign countries on the continents of `regions`, in SOVEREIGN_WITH_REGION's order: a country on
 * another continent is near none of them, and comparing every country of the world cost a third of absentCountries.
 */
function sovereignOnContinents(regions: readonly Region[]): readonly string[] {
  const continents = [...new Set(regions.map((region) => region.continent))];
  if (continents.length === 1) return SOVEREIGN_BY_CONTINENT.get(continents[0]!) ?? [];
  return continents.flatMap((continent) => SOVEREIGN_BY_CONTINENT.get(continent) ?? []).sort((a, b) => SOVEREIGN_ORDER.get(a)! - SOVEREIGN_ORDER.get(b)!);
}

/** Correct options per question: more would make the question a reading list. */
const MAX_CORRECT = 4;

/** Countries named by their name (or as "US-"), not only through an adjective ("irakische"). */
function namedCountries(doc: DocContext): CountryFact[] {
  return doc.facts.countries.filter((country) => country.mentions.some((mention) => mention.form !== "adjective" && evidenceFor(doc, mention) !== undefined));
}

/** Countries the lead names by name: where a text is about countries, it says so at the start. */
const MIN_COUNTRIES_IN_LEAD = 2;
/**
 * Where the countries are not what the text is about, "which are named" tests scanning for a word
 * ("USA" only inside "US-Genetiker"): the question stays in the pool, below what a quiz asks
 * (MIN_SALIENCE in src/bank/quiz.ts).
 */
const SCANNING = 0.2;

/** Whether the countries are what the text is about, not words a learner would only scan for. */
function countriesAreCentral(doc: DocContext, named: readonly CountryFact[]): boolean {
  return named.filter((country) => namedInLead(doc, country)).length >= MIN_COUNTRIES_IN_LEAD;
}

/** Whether the lead names `country` by its name. */
const namedInLead = (doc: DocContext, country: CountryFact) =>
  country.mentions.some((mention) => mention.form === "name" && articleSentenceAt(doc, mention.start)?.lead);

function firstEvidence(doc: DocContext, country: CountryFact, adjective = false): Evidence | undefined {
  for (const mention of country.mentions) {
    if ((mention.form === "adjective") !== adjective) continue;
    const evidence = evidenceFor(doc, mention);
    if (evidence) return evidence;
  }
  return undefined;
}

/** Closeness runs from 0 to 3 (data/regions.ts), each familiar or not: the groups absentCountries ranks by. */
const GROUPS = 8;

/** The group of a country in absentCountries' ranking: the nearest first, the familiar before the others. */
function groupOf(nearness: number, familiar: boolean): number {
  return (3 - nearness) * 2 + (familiar ? 0 : 1);
}

/**
 * Countries that the text names in no form at all (nor its title, nor through one of its places), nearest
 * to `named` first: neighbours, then the subregion, then the continent, so that the wrong options belong
 * to the story's part of the world. Countries of the other texts and those often in the news come first
 * among equals; the rest in an order fixed by the content.
 */
export function absentCountries(doc: DocContext, pool: Pool, named: readonly CountryFact[], limit: number): Choice[] {
  // Added one by one, not spread from mapped arrays: this runs per question.
  const here = new Set<string>();
  for (const country of doc.facts.countries) here.add(country.iso2);
  for (const place of doc.facts.places) if (place.country) here.add(place.country);
  const familiar = new Set<string>();
  for (const other of pool.documents) for (const country of other.facts.countries) familiar.add(country.iso2);
  for (const choice of FALLBACK_COUNTRIES) familiar.add(choice.value!);
  const title = (doc.facts.document.title ?? "").toLowerCase();
  // The regions of the named countries looked up once, not again for every country compared with them.
  const namedRegions = named.map((country) => regionOf(country.iso2)).filter((region): region is Region => region !== undefined);
  const nearness = (iso2: string) => {
    const region = regionOf(iso2);
    let nearest = 0;
    if (region) for (const namedRegion of namedRegions) nearest = Math.max(nearest, regionCloseness(namedRegion, region));
    return nearest;
  };
  // Grouped by nearness, the familiar first among equally near (one list per group, in the order
  // considered); within a group a content hash orders them, made only for the groups that are needed:
  // this runs per question, over every country, and three or four choices are wanted.
  const groups: string[][] = Array.from({ length: GROUPS }, () => []);
  for (const iso2 of familiar) if (!NON_SOVEREIGN_CODES.has(iso2) && !here.has(iso2)) groups[groupOf(nearness(iso2), true)]!.push(iso2);
  for (const iso2 of sovereignOnContinents(namedRegions)) {
    if (familiar.has(iso2) || here.has(iso2)) continue;
    const near = nearness(iso2);
    // Far-away countries only from the familiar ones: "Tuvalu" next to Syria and Iraq would stand out.
    if (near > 0) groups[groupOf(near, false)]!.push(iso2);
  }
  // Whether the text names a country is looked up only for as many as are needed, nearest first.
  const choices: Choice[] = [];
  for (const group of groups) {
    if (choices.length >= limit) break;
    const ordered = group.map((iso2) => ({ iso2, order: hash(doc.id, iso2) })).sort((a, b) => a.order - b.order);
    for (const { iso2 } of ordered) {
      if (choices.length >= limit) break;
      const text = countryShortName(iso2);
      if (!textMentions(doc, text) && !title.includes(text.toLowerCase())) choices.push({ value: iso2, text });
    }
  }
  return choices;
}

export function countryQuestions(doc: DocContext, pool: Pool): Question[] {
  const questions: (Question | undefined)[] = [];
  const named = namedCountries(doc);
  const central = countriesAreCentral(doc, named);
  // Several questions of even size when the text names many countries, each with its own distractors.
  const rounds = Math.ceil(named.length / MAX_CORRECT);
  for (let round = 0; round < rounds; round++) {
    const group = named.slice(Math.floor((round * named.length) / rounds), Math.floor(((round + 1) * named.length) / rounds));
    // Where each country is named, and also where the text refers to it by adjective ("im irakischen Mossul").
    const evidence = group.flatMap((country) => [firstEvidence(doc, country), firstEvidence(doc, country, true)].filter((item) => item !== undefined));
    const distinctEvidence = evidence.filter((item, position) => evidence.findIndex((other) => other.start === item.start) === position);
    const wrong = absentCountries(doc, pool, group, 3);
    // A round of countries the lead names none of ("Von dort reiste er nach Deutschland, Belgien und in die Niederlande")
    // lists where a side strand passes: scanning, even where other countries are what the text is about.
    const weight = central && group.some((country) => namedInLead(doc, country)) ? 1 : SCANNING;
    questions.push(
      multi(
        {
          documentId: doc.id,
          topic: "countries_named",
          key: group.map((country) => country.iso2).join("+"),
          fact: `countries:${group.map((country) => country.iso2).join("+")}`,
          salience: Math.round(salienceOf(doc, "countries_named", distinctEvidence[0]!) * weight * 1000) / 1000,
          stem: "Welche dieser Länder werden im Text genannt? Wähle alle zutreffenden aus.",
          evidence: distinctEvidence[0]!,
          moreEvidence: distinctEvidence.slice(1),
        },
        group.map((country) => ({ text: country.name, value: country.iso2 })),
        wrong.length > 0 ? wrong : absentCountries(doc, pool, named, round * 3 + 3).slice(round * 3),
      ),
    );
  }

  return questions.filter((question): question is Question => question !== undefined);
}

/** Finite verbs that carry no meaning of their own: the deed's last word (a participle, an infinitive) does. */
const AUXILIARY =
  /^(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|wurde|wurden|will|wollen|wollte|wollten|kann|können|konnte|konnten|muss|müssen|musste|mussten|soll|sollen|sollte|sollten|darf|dürfen|durfte|durften)$/u;

/** The stem of the deed's meaning ("forder" of "gefordert", "kündig" of "kündigte ... an"), for sentences saying the same. */
export function verbCore(verb: string, rest: string): string | undefined {
  const lexical = AUXILIARY.test(verb.toLowerCase()) ? (rest.split(/\s+/u).pop() ?? "") : verb;
  let core = lexical.toLowerCase().replace(/[^\p{L}]/gu, "");
  if (core.startsWith("ge") && core.length > 6) core = core.slice(2);
  core = core.replace(/(?:test|ten|te|en|et|t|e|n)$/u, "");
  return core.length >= 4 ? core : undefined;
}

/** A country mention as namedDistractor weighs it: whether it names an actor or speaker, and its sentence in lower case. */
interface WeighedMention {
  mention: Mention;
  /** Within the actor of an action (not one a pronoun stands for) or a quote's speaker: the country acts or speaks. */
  named: boolean;
  /** The sentence around it in lower case, where the deed's verb may stand; undefined outside the article's sentences. */
  sentence: string | undefined;
  /** After "auch", "ebenfalls" or "wie" ("auch Länder wie Deutschland würden Leute schicken"): doing as another does. */
  likeOthers: boolean;
  /** After "in" or "im", alone or in a list of countries ("In Finnland, den USA und Deutschland"): where something is. */
  located: boolean;
}

/** "in" or "im" and a list of countries before a mention: the sentence tells what is in that country. */
const LOCATED_BEFORE = /(?<!\p{L})(?:in|im)\s+(?:(?:der|den|dem|die|und|oder|sowie|\p{Lu}[\p{L}-]*),?\s+)*$/iu;

/**
 * "auch", "ebenfalls" or "ebenso" right before a mention, with at most "in" or an article between ("Auch in
 * Frankreich", "auch der Iran"), or "wie" right before ("Länder wie Deutschland"): the country does as another does.
 * Not "Auch Beobachter aus Ägypten reisten an": there the "auch" is the observers'.
 */
const LIKE_OTHERS_BEFORE = /(?<!\p{L})(?:(?:auch|ebenfalls|ebenso|gleichfalls)\s+(?:(?:in|im|der|die|das|den|dem)\s+)?|wie\s+)$/iu;
/** A denial in the asked sentence: there the country that did the same is the false option, not one in another role. */
const DENIAL = /(?<!\p{L})(?:nicht|kein(?:e[mnrs]?)?|nie|niemals)(?!\p{L})/iu;

/**
 * The mentions of each country of the text (by its place in facts.countries), weighed once per document: every call of
 * namedDistractor asked each mention of every country whether an actor or speaker holds it and read its sentence, once
 * per deed, so that a long text paid its mentions times its actors for every deed.
 */
const weighedCountryMentions = perDocument((doc: DocContext): WeighedMention[][] => {
  const actors = [...doc.facts.actions.filter((other) => !other.antecedent).map((other) => other.actor), ...doc.facts.quotes.map((quote) => quote.speaker)];
  return doc.facts.countries.map((country) =>
    country.mentions.map((mention) => {
      const around = sentenceSpan(doc, mention);
      const before = doc.text.slice(Math.max(0, mention.start - 60), mention.start);
      const likeOthers = LIKE_OTHERS_BEFORE.test(before);
      const located = LOCATED_BEFORE.test(before);
      return { mention, named: actors.some((actor) => within(mention, actor)), sentence: around && lowerSpanText(doc, around), likeOthers, located };
    }),
  );
});

/** A capitalised word past a sentence's first: a noun or a name the sentence is about. */
const NOUN_OR_NAME = /(?<=\s)\p{Lu}\p{Ll}[\p{L}-]*/gu;
/** Endings of a noun's plural or case, left off to find it in another form or at a compound's end ("Arbeitszeiten" in "Normalarbeitszeit"). */
const NOUN_ENDING = /(?:en|er|n|e|s)$/u;
/** Shorter stems match inside too many other words ("Jahr" in "Jahrhundert"). */
const MIN_TOPIC_STEM = 6;

/**
 * The stems of the nouns and names of a sentence, in lower case: what it is about. Not its countries: a country
 * named beside the answer is not thereby in its role.
 */
function topicStems(doc: DocContext, sentence: Span): string[] {
  const stems: string[] = [];
  for (const word of doc.text.slice(sentence.start, sentence.end).matchAll(NOUN_OR_NAME)) {
    const at = sentence.start + word.index;
    const country = doc.facts.countries.some((each) => each.mentions.some((mention) => mention.start <= at && at < mention.end));
    const stem = word[0].toLowerCase().replace(NOUN_ENDING, "");
    if (!country && stem.length >= MIN_TOPIC_STEM) stems.push(stem);
  }
  return [...new Set(stems)];
}

/**
 * One country the text names in another role, nearest to the answer: a sovereign state named by its name,
 * not in the deed's sentence, not acting or speaking anywhere in the text, and not in a sentence that uses
 * the deed's verb or one of its sentence's nouns, nor after "auch" or "wie" (where it might have done the same: "In
 * Österreich wird mit flexibleren Arbeitszeiten kokettiert" beside "in Deutschland ... die Wochenarbeitszeit", which
 * blind readers found true of both). Where the asked sentence denies ("nominierte keinen Kandidaten"), a country that
 * did the same is what makes its statement false, and only the verb rules one out.
 */
export function namedDistractor(doc: DocContext, answer: CountryFact, where: Span, core: string | undefined): Choice | undefined {
  const sentence = sentenceSpan(doc, where);
  const weighed = weighedCountryMentions(doc);
  const denied = sentence !== undefined && DENIAL.test(doc.text.slice(sentence.start, sentence.end));
  const topic = sentence && !denied ? topicStems(doc, sentence) : [];
  // Without the deed's verb, any sentence may be one where the country did the same.
  // A noun of the asked sentence counts where the country is where that thing is ("in Deutschland ... die
  // Wochenarbeitszeit"), not where the country is only a bearing ("liegt südlich von Bulgarien") or an object.
  const sameVerb = ({ sentence: around, likeOthers, located }: WeighedMention) =>
    !core || around === undefined || around.includes(core) || (!denied && likeOthers) || (located && topic.some((stem) => around.includes(stem)));
  const candidates = doc.facts.countries.filter(
    (country, index) =>
      country.iso2 !== answer.iso2 &&
      country.mentions.some((mention) => mention.form === "name") &&
      !weighed[index]!.some((each) => (sentence && each.mention.start < sentence.end && sentence.start < each.mention.end) || each.named || sameVerb(each)),
  );
  candidates.sort((a, b) => closeness(answer.iso2, b.iso2) - closeness(answer.iso2, a.iso2));
  const nearest = candidates[0];
  return nearest ? { text: countryShortName(nearest.iso2), value: nearest.iso2 } : undefined;
}

/**
 * Words of the sentence at `sentence` with a country's adjective in them ("ein syrischer Pass", "durch türkische
 * Hilfe") as another country's: one the text names in another role, of the same region (namedDistractor, as a deed's
 * country is changed; `core` is the deed's verb), its stem changed and its ending kept ("jemenitischer Pass").
 * Only an adjective written once in the words and in lower case, not in a compound ("deutsch-französische"): one
 * that opens a name ("Syrische Arabische Republik") is no attribute. Undefined where none is so.
 */
export function withOtherCountryAdjective(doc: DocContext, sentence: Span, words: string, core: string | undefined): string | undefined {
  for (const country of doc.facts.countries) {
    for (const mention of country.mentions) {
      if (mention.form !== "adjective" || !within(mention, sentence) || !LOWER_CASE_FIRST.test(mention.text) || describesPerson(doc, mention)) continue;
      const at = wholeWordsAt(words, mention.text, JOINS_WORD_OR_HYPHEN);
      const ownStem = COUNTRY_ADJECTIVE_STEMS[country.iso2]?.find(
        (stem) => mention.text.startsWith(stem) && ADJECTIVE_ENDINGS.includes(mention.text.slice(stem.length)),
      );
      if (at.length !== 1 || ownStem === undefined) continue;
      const other = namedDistractor(doc, country, sentence, core);
      // "amerikanisch", not "us-amerikanisch", which the text would write with a capital prefix.
      const otherStem = other ? COUNTRY_ADJECTIVE_STEMS[other.value!]?.find((stem) => !stem.includes("-")) : undefined;
      if (!other || !otherStem || closeness(country.iso2, other.value!) < 1) continue;
      return words.slice(0, at[0]) + otherStem + mention.text.slice(ownStem.length) + words.slice(at[0]! + mention.text.length);
    }
  }
  return undefined;
}

const LOWER_CASE_FIRST = /^\p{Ll}/u;
/** Up to two words between a country's adjective and a name: "den französischen Präsidenten Emmanuel Macron". */
const BEFORE_NAME = /^\s+(?:\S+\s+){0,2}$/u;
const MAX_BEFORE_NAME = 60;

/**
 * Whether a country's adjective describes a person the text names ("den französischen Präsidenten Emmanuel Macron")
 * or a named place: changed, it would give a known person another nationality, absurd rather than false.
 */
function describesPerson(doc: DocContext, adjective: Span): boolean {
  if (PLACE_NAMED_AFTER.test(doc.text.slice(adjective.end, adjective.end + MAX_BEFORE_NAME))) return true;
  return doc.facts.persons.some((person) =>
    person.mentions.some(
      (mention) =>
        mention.start > adjective.end && mention.start - adjective.end <= MAX_BEFORE_NAME && BEFORE_NAME.test(doc.text.slice(adjective.end, mention.start)),
    ),
  );
}

/**
 * A kind of place and its name after a country's adjective ("der griechischen Insel Lesbos", "der syrischen Stadt
 * Aleppo"): where the named place lies is no news to change; "der deutschen Insel Lesbos" is absurd, not false.
 */
const PLACE_NAMED_AFTER = /^\s+(?:\p{Lu}\p{Ll}*)?(?:[Ii]nsel|[Ss]tadt|[Rr]egion|[Pp]rovinz|[Gg]emeinde|[Hh]afen|[Dd]orf)\s+\p{Lu}\p{Ll}/u;

/**
 * Whether a span stands in the story's opening (the lead and its first paragraph, storyOpeningEnd): only there is a
 * false statement that names a country the text does not worth asking (see deedInOtherCountry in claims.ts).
 */
export const inOpening = (doc: DocContext, span: Span) => {
  const sentence = articleSentenceAt(doc, span.start);
  return sentence !== undefined && sentence.index < storyOpeningEnd(doc);
};
