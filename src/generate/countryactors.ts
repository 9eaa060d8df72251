/**
 * What a country did, or a body of its state: "Welches Land verschärft laut Text ... seine Drohgebärden?",
 * "Die Streitkräfte welches Landes haben laut Text ... entsandt?". Who-did-what offers the other actors of
 * the text, and a country acting alone has none of its kind; here the wrong options are countries of the
 * story's part of the world that the text does not name (and, so that the key is not the only country of
 * the text among the options, at most one the text names in another role). Never a country the text shows
 * doing the same thing or naming in the same sentence. Where the text names no such country, the key would
 * be the only option the text names: the fact is asked as a gap or as statements instead (countryGapInstead).
 */
import { GUESSABLE_SALIENCE } from "../bank/quiz";
import type { Evidence, Question } from "../bank/schema";
import { foldSpaces } from "../bank/text";
import { countryArticle } from "../extract/data/country-articles";
import { COUNTRY_ADJECTIVE_STEMS, countryShortName } from "../extract/data/countries";
import type { ActionFact, CountryFact, Span } from "../extract/types";
import { type Choice, STATEMENT_STEM, single, trueFalse } from "./build";
import { bareHeadlineActor, type Deed, deedOf, deedStatements, restWith, statable } from "./claims";
import { absentCountries, FALLBACK_COUNTRIES, namedDistractor, verbCore } from "./countries";
import { STATE_BODY_ENDINGS } from "../extract/data/state-bodies";
import { type DocContext, evidenceFor, type Pool, storyOpeningEnd, within } from "./context";
import { mayBeFiniteVerb } from "../extract/actions";
import { quoteStandsAlone, withoutDoubledWords } from "./standalone";
import { closeness } from "./data/regions";
import { COUNTRY_GAP_STEM, firstGap, mainCountries } from "./places";
import { actingInstitution, salienceOf } from "./salience";
import { pronounsFirst } from "./german";

/** Wrong options offered, and the fewest that make a question. */
const DISTRACTORS = 3;
const MIN_DISTRACTORS = 2;
/** As who-did-what: a longer stem is too involved to read on a phone. */
const MAX_STEM_LENGTH = 170;
/**
 * A possessive in the deed: its form would have to agree with "Land" or point to someone else. Here and below the
 * words come first and the look-behind after them, on the words matched (`\1`): a look-behind first is tried at every position.
 */
const POSSESSIVE = /(sein|seine[mnrs]?|ihr|ihre[mnrs]?)(?<!\p{L}\1)(?!\p{L})/iu;
/** Another actor did the same ("auch", "ebenfalls") or the deed answers what the text said before ("daraufhin"): no single key. */
export const NOT_ALONE = /(auch|ebenfalls|ebenso|gleichfalls|daraufhin|darauf|seinerseits|ihrerseits)(?<!\p{L}\1)(?!\p{L})/iu;
/** Who acted, as this family asks it: the country, and the body of its state when it was one ("Die Streitkräfte"). */
interface CountryActor {
  country: CountryFact;
  /** "Die Streitkräfte", "Die Regierung": the actor without its country, for "... welches Landes". */
  body?: string;
}

const UPPER_FIRST = /^\p{Lu}/u;

/**
 * The country an action's actor is or belongs to: "Nordkorea", "Die Türkei", "Die USA"; "die US-Streitkräfte",
 * "Die türkische Regierung" (a body of a state by its ending, with the country as prefix or adjective).
 */
function countryActor(doc: DocContext, action: ActionFact): CountryActor | undefined {
  const { actor } = action;
  for (const country of doc.facts.countries) {
    const mention = country.mentions.find((candidate) => within(candidate, actor));
    if (!mention) continue;
    if (mention.form === "name") {
      // The whole actor is the country: its name, alone or with its article.
      const before = doc.text.slice(actor.start, mention.start).trim();
      const article = countryArticle(mention.text)?.article;
      const whole = mention.end === actor.end && (before === "" || before.toLowerCase() === article);
      return whole ? { country } : undefined;
    }
    const words = actor.text.split(/\s+/u);
    const head = words[words.length - 1]!;
    const noun = mention.form === "prefix" ? head.slice(mention.text.length + 1) : head;
    if (!UPPER_FIRST.test(noun) || !STATE_BODY_ENDINGS.some((ending) => noun.toLowerCase().endsWith(ending))) return undefined;
    // Only an article, adjectives and the country's adjective or prefix before the body.
    const rest = words.slice(0, -1).filter((word) => word !== mention.text);
    // "malische Soldaten": no article, nothing else before the body.
    if (rest.length === 0) return { country, body: noun };
    if (!/^(?:der|die|das)$/iu.test(rest[0]!) || rest.slice(1).some((word) => UPPER_FIRST.test(word))) return undefined;
    const body = [rest[0]!.charAt(0).toUpperCase() + rest[0]!.slice(1).toLowerCase(), ...rest.slice(1), noun].join(" ");
    return { country, body };
  }
  return undefined;
}

/**
 * Wrong countries for `answer`: `named` (one the text names in another role) first, then countries of the
 * region the text does not name. Beyond the answer's subregion only countries a learner knows from the
 * news: "Belize" next to the USA would stand out.
 */
export function regionDistractors(doc: DocContext, pool: Pool, answer: CountryFact, named: Choice | undefined): Choice[] {
  const familiar = new Set([
    ...FALLBACK_COUNTRIES.map((choice) => choice.value),
    ...pool.documents.flatMap((other) => other.facts.countries.map((country) => country.iso2)),
  ]);
  const absent = absentCountries(doc, pool, [answer], DISTRACTORS * 4).filter(
    (choice) => closeness(answer.iso2, choice.value!) >= 2 || familiar.has(choice.value),
  );
  return [...(named ? [named] : []), ...absent].slice(0, DISTRACTORS);
}

interface GapCommon {
  documentId: string;
  topic: Question["topic"];
  key: string;
  fact: string;
  salience: number;
}

/**
 * The deed's sentence with the acting country as a gap ("___ unterstellt den USA ...", "haben die
 * ___-Streitkräfte ... entsandt"), for where a choice would offer the key as the only country the text
 * names. Only the country's name or compound prefix inside `span`: an adjective ("die ___ Regierung") asks
 * for a word that is no country.
 */
export function countryGapInstead(doc: DocContext, country: CountryFact, span: Span, common: GapCommon): Question | undefined {
  const mentions = country.mentions.filter((mention) => (mention.form === "name" || mention.form === "prefix") && within(mention, span));
  // The country the text is about is guessed without reading, as countryGapQuestions weighs its gap: it only fills a quiz up.
  const salience = mainCountries(doc).has(country.iso2) ? GUESSABLE_SALIENCE : common.salience;
  return firstGap(doc, mentions, () => ({ ...common, salience, stem: COUNTRY_GAP_STEM }), [country.name, countryShortName(country.iso2)]);
}

export function countryActorQuestions(doc: DocContext, pool: Pool): Question[] {
  const questions: Question[] = [];
  // A deed that is a quote's attribution is asked as that quote.
  const quoted = new Set(doc.facts.quotes.filter((quote) => !quote.pointsBack).map((quote) => quote.start));
  for (const action of doc.facts.actions) {
    if (quoted.has(action.start) || action.person || bareHeadlineActor(doc, action)) continue;
    const actor = countryActor(doc, action);
    const deed = actor ? deedOf(doc, action) : undefined;
    const evidence = evidenceFor(doc, action);
    if (!actor || !deed || !evidence) continue;
    let stem: string;
    if (actor.body) {
      stem = `${actor.body} welches Landes ${deed.verb} laut Text ${deed.rest}?`;
    } else {
      // "seine Drohgebärden" after "Welches Land" reads as the country's own: true only where the country's
      // name is neuter or masculine; "ihre" would then point to someone else, as it does in the text.
      const article = countryArticle(actor.country.mentions.find((mention) => within(mention, action.actor))!.text);
      if (article && article.article !== "der" && POSSESSIVE.test(deed.rest)) continue;
      const { pronouns, after } = pronounsFirst(restWith(deed, deed.singular));
      stem = `Welches Land ${deed.singular} ${pronouns}laut Text ${after}?`;
    }
    stem = stem.replace(/\s+([,;:])/gu, "$1").replace(/\s+/gu, " ");
    // A deed too long to ask is still stated, as who-did-what states it (true and of someone else): a statement is read whole.
    if (!statable(deed) || NOT_ALONE.test(deed.rest)) continue;
    const asks = stem.length <= MAX_STEM_LENGTH;
    const named = namedDistractor(doc, actor.country, action, verbCore(deed.verb, deed.rest));
    const distractors = regionDistractors(doc, pool, actor.country, named);
    if (distractors.length < MIN_DISTRACTORS) continue;
    const asked = {
      documentId: doc.id,
      topic: "action" as const,
      key: `${action.clause.start}:country`,
      fact: `action:${action.clause.start}`,
      salience: salienceOf(doc, "action", action.clause, { institution: actingInstitution(action) }),
    };
    const question = !asks
      ? undefined
      : named
        ? single({ ...asked, stem, evidence }, { text: countryShortName(actor.country.iso2), value: actor.country.iso2 }, distractors)
        : countryGapInstead(doc, actor.country, action.actor, { ...asked, key: `${asked.key}:gap` });
    if (question) questions.push(question);
    // A false statement gives the deed only to a country the text names: one it never names, as the actor of the
    // story's main deed ("Polen forderte Wahlen in Syrien" for Russia), readers reject by scanning for it (round 32: 3
    // of 7 verdicts acceptable, "Poland appears nowhere in the article"). A country the deed names in another role
    // may be one the text does not (deedInOtherCountry in claims.ts): there readers found the swap plausible.
    const wrongForStatement = named ? [named] : [];
    if (actor.body) questions.push(...bodyOfWrongCountry(doc, actor, action, deed, wrongForStatement, evidence));
    if (!actor.body) {
      const falseStatement = otherCountryDid(doc, actor.country, action, deed, wrongForStatement, evidence.quote);
      if (falseStatement)
        questions.push(
          trueFalse(
            { ...common(doc, action, evidence), key: `${action.clause.start}:country:false`, stem: STATEMENT_STEM },
            falseStatement.statement,
            false,
            falseStatement.truth,
          ),
        );
    }
  }
  return questions;
}

/**
 * "Die spanischen Streitkräfte haben ...", false, for "Die griechischen Streitkräfte haben ...": a body named by
 * its country's adjective. Also where the country is asked as a choice: the true statement (who-did-what
 * makes it) has no other false partner, and a quiz keeps its statements balanced, so a lone true one is
 * dropped wherever no false statement of another fact pairs it. As otherCountryDid: built as the true one
 * would be (the adjectives' stems with the text's ending), none where the true one would be the text's own
 * sentence.
 */
function bodyOfWrongCountry(doc: DocContext, actor: CountryActor, action: ActionFact, deed: Deed, wrong: readonly Choice[], evidence: Evidence): Question[] {
  const mention = actor.country.mentions.find((candidate) => candidate.form === "adjective" && within(candidate, action.actor));
  const ownStem = mention && COUNTRY_ADJECTIVE_STEMS[actor.country.iso2]?.find((stem) => mention.text.toLowerCase().startsWith(stem));
  // "amerikanisch", not "us-amerikanisch": in lower case its capital prefix would be misspelt ("Die us-amerikanische ...").
  const otherStem = wrong.map((choice) => COUNTRY_ADJECTIVE_STEMS[choice.value!]?.find((stem) => !stem.includes("-"))).find((stem) => stem !== undefined);
  if (!mention || !ownStem || !otherStem || !actor.body) return [];
  const ending = mention.text.slice(ownStem.length);
  const words = actor.body.split(" ");
  const subject = (stem: string) => {
    const adjective = words.length === 1 ? stem.charAt(0).toUpperCase() + stem.slice(1) : stem;
    return [...words.slice(0, -1), `${adjective}${ending}`, words[words.length - 1]!].join(" ");
  };
  const statement = (stem: string) => `${joined(subject(stem), deed.verb, deed.rest)}.`;
  const truth = statement(ownStem);
  if (foldSpaces(evidence.quote) === truth) return [];
  return [
    trueFalse({ ...common(doc, action, evidence), key: `${action.clause.start}:country:false`, stem: STATEMENT_STEM }, statement(otherStem), false, truth),
  ];
}

function common(doc: DocContext, action: ActionFact, evidence: Evidence) {
  return {
    documentId: doc.id,
    topic: "action" as const,
    fact: `action:${action.clause.start}`,
    salience: salienceOf(doc, "action", action.clause, { institution: actingInstitution(action) }),
    evidence,
  };
}

const joined = (...parts: string[]) =>
  parts
    .join(" ")
    .replace(/\s+/gu, " ")
    .replace(/\s+([,;:])/gu, "$1")
    .trim();

/**
 * A false statement that gives the deed to a wrong option without an article ("China verschärft ...
 * seine Drohgebärden."), built as who-did-what builds the true one ("Nordkorea verschärft ..."); none where
 * the true one would be the text's own sentence (then who-did-what states neither).
 */
function otherCountryDid(doc: DocContext, answer: CountryFact, action: ActionFact, deed: Deed, wrong: readonly Choice[], sentence: string) {
  const actorText = doc.text.slice(action.actor.start, action.actor.end);
  const own = countryArticle(countryShortName(answer.iso2));
  const verb = own?.plural ? deed.verb : deed.singular;
  const stated = deedStatements(withoutDoubledWords(sentence), actorText, verb, deed.rest);
  const truth = stated?.(actorText, verb, deed.rest);
  if (!stated || !truth) return undefined;
  // A name without an article in the singular takes the deed's words as they are ("sein" agrees with a neuter name).
  if (own && POSSESSIVE.test(deed.rest)) return undefined;
  const other = wrong.find((choice) => countryArticle(choice.text) === undefined);
  const statement = other ? stated(other.text, deed.singular, restWith(deed, deed.singular)) : undefined;
  return statement ? { statement, truth } : undefined;
}

/** "Das Militär des international isolierten Landes drohte ...": a body of "the country" right after the country acted. */
const BODY_OF_THE_COUNTRY = /^(Der|Die|Das) (\p{Lu}\p{Ll}+) des (?:\p{Ll}+ ){0,3}Landes (\p{Ll}+) ([^,;:–()„“"«»]+?)[.!?]?$/u;

/**
 * "Das Militär des international isolierten Landes drohte Südkorea ... mit Militärschlägen", right after
 * "... verschärft Nordkorea seine Drohgebärden": "Das Militär welches Landes drohte laut Text Südkorea ...?".
 * "des Landes" is the country that acted in the sentence before; only in the lead and the story's opening.
 */
export function countryBodyQuestions(doc: DocContext, pool: Pool): Question[] {
  const questions: Question[] = [];
  const opening = doc.sentences.slice(1, storyOpeningEnd(doc));
  for (const [index, sentence] of opening.entries()) {
    const match = BODY_OF_THE_COUNTRY.exec(foldSpaces(doc.text.slice(sentence.start, sentence.end)));
    if (!match) continue;
    const [, article, body, verb, rest] = match as unknown as [string, string, string, string, string];
    if (!STATE_BODY_ENDINGS.some((ending) => body.toLowerCase().endsWith(ending)) || !mayBeFiniteVerb(verb)) continue;
    if (rest.split(" ").length < 3 || !quoteStandsAlone(rest) || NOT_ALONE.test(rest)) continue;
    const before = doc.sentences[index]!;
    const acted = doc.facts.actions.find((action) => action.start === before.start && !action.person);
    const actor = acted ? countryActor(doc, acted) : undefined;
    if (!actor || actor.body) continue;
    const evidence = evidenceFor(doc, sentence);
    const evidenceBefore = evidenceFor(doc, before);
    const stem = `${article} ${body} welches Landes ${verb} laut Text ${rest}?`;
    if (!evidence || stem.length > MAX_STEM_LENGTH) continue;
    const named = namedDistractor(doc, actor.country, sentence, verbCore(verb, rest));
    const distractors = regionDistractors(doc, pool, actor.country, named);
    if (distractors.length < MIN_DISTRACTORS) continue;
    const asked = {
      documentId: doc.id,
      topic: "action" as const,
      key: `${sentence.start}:body`,
      fact: `action:${sentence.start}`,
      salience: salienceOf(doc, "action", sentence),
      evidence,
      moreEvidence: evidenceBefore ? [evidenceBefore] : [],
    };
    if (named) {
      const question = single({ ...asked, stem }, { text: countryShortName(actor.country.iso2), value: actor.country.iso2 }, distractors);
      if (question) questions.push(question);
      continue;
    }
    // No country the text names could be a wrong option: "Das Militär von Nordkorea drohte ..." and "Das
    // Militär von China drohte ...", built the same way (the text itself says "des Landes"); the quiz takes the
    // one that keeps true and false level. "von" and not the genitive ("Nordkoreas"): the name stays whole,
    // so the quiz sees it as the key of another question it would give away. Names with an article would
    // need "von der Türkei": none.
    const own = countryShortName(actor.country.iso2);
    const other = distractors.find((choice) => countryArticle(choice.text) === undefined)?.text;
    if (countryArticle(own) !== undefined || !other) continue;
    const statement = (country: string) => `${joined(article, body, "von", country, verb, rest)}.`;
    questions.push(trueFalse({ ...asked, stem: STATEMENT_STEM }, statement(own), true));
    questions.push(trueFalse({ ...asked, key: `${asked.key}:false`, stem: STATEMENT_STEM }, statement(other), false, statement(own)));
  }
  return questions;
}
