/**
 * Where the story's main event happened, when its opening says so first: "In Marokko ist ein Belgier ...
 * festgenommen worden" → "In welchem Land ist laut Text ein Belgier ... festgenommen worden?". Many lead
 * sentences have no actor who-did-what could ask (a passive, a plain noun as subject: "In Israel sorgt eine
 * Rede ... für Streit"); the country they open with is what they report. Only in the lead and the story's
 * first paragraph, only a clause without commas that stands on its own; wrong options as for what a country
 * did (countryactors.ts): countries of the region, at most one the text names in another role, and a gap in
 * the sentence instead where the text names none.
 */
import type { Evidence, Question } from "../bank/schema";
import { countryArticle } from "../extract/data/country-articles";
import { countryShortName } from "../extract/data/countries";
import { mayBeFiniteVerb } from "../extract/actions";
import type { CountryFact, Span } from "../extract/types";
import { type Choice, STATEMENT_STEM, single, trueFalse } from "./build";
import { type DocContext, evidenceFor, type Pool, storyOpeningEnd } from "./context";
import { countryGapInstead, NOT_ALONE, regionDistractors } from "./countryactors";
import { namedDistractor, verbCore } from "./countries";
import { salienceOf } from "./salience";
import { quoteStandsAlone } from "./standalone";

/** Fewer wrong options than this, and the question would be a coin toss. */
const MIN_DISTRACTORS = 2;
/** As who-did-what: a longer stem is too involved to read on a phone. */
const MAX_STEM_LENGTH = 170;
/**
 * Words that tie the clause to what the text said before, or make the country one example of several. The words
 * first and the look-behind after them, on the words matched (`\1`): a look-behind first is tried at every position.
 */
const TIED = /(etwa|beispielsweise|zum Beispiel|aber|jedoch|hingegen|dagegen|wiederum|zudem|außerdem|nun|ja|denn)(?<!\p{L}\1)(?!\p{L})/iu;
/** What ends the clause a stem can hold: after a colon comes the text's own explanation. */
const CLAUSE_END = /:\s/u;

/** "In Marokko", "In der Türkei", "Im Iran", "In den USA": the preposition the country's name takes for "where". */
function where(name: string): string {
  const article = countryArticle(name);
  if (!article) return "In";
  if (article.plural) return "In den";
  return article.article === "die" ? "In der" : "Im";
}

/** "In der Türkei sorgt eine Rede ... für Streit.": the clause said of a wrong country, with the right one as correction. */
function elsewhere(
  asked: Omit<Parameters<typeof trueFalse>[0], "stem" | "evidence">,
  evidence: Evidence,
  answer: CountryFact,
  wrong: Choice,
  verb: string,
  clause: string,
) {
  const said = (name: string) => `${where(name)} ${name} ${verb} ${clause}.`;
  return trueFalse({ ...asked, key: `${asked.key}:false`, stem: STATEMENT_STEM, evidence }, said(wrong.text), false, said(countryShortName(answer.iso2)));
}

/**
 * Whether the sentence (`text`, at `sentence`) opens with the country's mention: "In Marokko ist ...", "Im Iran
 * wurde ...". A function of the module: built with keepNames, a named closure costs a defineProperty of its name.
 */
function opensWith(text: string, sentence: Span, mention: CountryFact["mentions"][number]): boolean {
  const preposition = where(mention.text);
  return mention.form === "name" && mention.start - sentence.start === preposition.length + 1 && text.startsWith(`${preposition} `);
}

export function countryPlaceQuestions(doc: DocContext, pool: Pool): Question[] {
  const questions: Question[] = [];
  const opening = doc.sentences.slice(0, storyOpeningEnd(doc));
  for (const sentence of opening) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const country = doc.facts.countries.find((candidate) => candidate.mentions.some((mention) => opensWith(text, sentence, mention)));
    if (!country) continue;
    const mention = country.mentions.find((candidate) => opensWith(text, sentence, candidate))!;
    const after = doc.text.slice(mention.end, sentence.end).trim();
    const [verb = "", ...words] = after.split(/\s+/u);
    if (!mayBeFiniteVerb(verb)) continue;
    const clause = words
      .join(" ")
      .split(CLAUSE_END)[0]!
      .replace(/[.!?]+$/u, "");
    // A clause with a comma, a dash or a bracket holds more than one thing; quotation marks hold someone's words.
    if (/[,;–()„“"«»]/u.test(clause) || clause.split(" ").length < 3) continue;
    if (!quoteStandsAlone(clause) || NOT_ALONE.test(clause) || TIED.test(clause)) continue;
    const stem = `In welchem Land ${verb} laut Text ${clause}?`;
    if (stem.length > MAX_STEM_LENGTH) continue;
    const evidence = evidenceFor(doc, sentence);
    if (!evidence) continue;
    const answer = country;
    const named = namedDistractor(doc, answer, sentence, verbCore(verb, clause));
    const distractors = regionDistractors(doc, pool, answer, named);
    if (distractors.length < MIN_DISTRACTORS) continue;
    const asked = {
      documentId: doc.id,
      topic: "action" as const,
      key: `${sentence.start}:where`,
      fact: `action:${sentence.start}`,
      salience: salienceOf(doc, "action", sentence),
    };
    // No country the text names could be a wrong option: the key would be the only one. The sentence asks it
    // as a gap, or where it cannot be one (too long), the clause states it of a wrong country.
    const question = named
      ? single({ ...asked, stem, evidence }, { text: countryShortName(answer.iso2), value: answer.iso2 }, distractors)
      : (countryGapInstead(doc, answer, mention, { ...asked, key: `${asked.key}:gap` }) ?? elsewhere(asked, evidence, answer, distractors[0]!, verb, clause));
    if (question) questions.push(question);
  }
  return questions;
}
