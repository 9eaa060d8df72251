/**
 * Titles and teasers written in telegram style, without the articles a sentence of the body would have
 * ("Konvička forderte Internierung von Muslimen in KZ.", "Rotes Kreuz warnt vor humanitärer Krise."): a claim
 * asked in their words reads as broken German ("Wer forderte Internierung von Muslimen in KZ?"): it is asked with the
 * articles restored (withArticles), and no gap is cut out of such words.
 */
import type { Span } from "../extract/types";
import { type DocContext, perDocument } from "./context";
import { DATIVE_PREPOSITIONS, DETERMINERS_ENDING_IN_ER, NOUNS_BARE_AFTER_PREPOSITION } from "./data/telegram";

/**
 * A noun of an act or state right after the verb, without article, with the one it concerns ("forderte Internierung
 * von Muslimen"): a full sentence says "die Internierung". Nouns of this kind with no complement ("fordert Aufklärung",
 * "übt Kritik") are used without article in any sentence.
 */
const BARE_ACT_WITH_COMPLEMENT = /^\s*\p{Lu}\p{Ll}+(?:ung|heit|keit|ion|ität)\s+(?:von|des|der)\s/u;

/**
 * A preposition and a singular feminine noun after an adjective in its strong form ("vor humanitärer Krise"): a full
 * sentence has the article ("vor einer humanitären Krise"). Fixed phrases ("in erster Linie") keep the strong form; an
 * article in "-er" ("bei der Diagonale") is no such adjective.
 */
const STRONG_ADJECTIVE_AFTER_PREPOSITION = new RegExp(
  `(?<!\\p{L})(?:${[...DATIVE_PREPOSITIONS].join("|")})\\s+(?!(?:${[...DETERMINERS_ENDING_IN_ER].join("|")})\\s)(\\p{Ll}+er)\\s+(\\p{Lu}\\p{Ll}+e)(?!\\p{L})`,
  "gu",
);

/** The title's and teaser's sentences. */
export const headlinesOf = perDocument((doc): Span[] =>
  doc.facts.passages.flatMap((passage) => passage.sentences).filter((sentence) => sentence.lead === "title" || sentence.lead === "teaser"),
);

/** Whether the words have a phrase that drops its article. */
function dropsArticle(words: string): boolean {
  for (const match of words.matchAll(STRONG_ADJECTIVE_AFTER_PREPOSITION)) {
    if (!NOUNS_BARE_AFTER_PREPOSITION.has(match[2]!.toLowerCase()) && !/^(?:erst|zweit|dritt|letzt)er$/u.test(match[1]!)) return true;
  }
  return false;
}

/**
 * Whether a claim at `span` stands in the title or teaser and drops an article there: after its verb (`afterVerb`, the
 * words after an action's finite verb) or anywhere in its words.
 */
export function isTelegramClaim(doc: DocContext, span: Span, words: string, afterVerb?: string): boolean {
  if (!headlinesOf(doc).some((headline) => headline.start <= span.start && span.start < headline.end)) return false;
  return (afterVerb !== undefined && BARE_ACT_WITH_COMPLEMENT.test(afterVerb)) || dropsArticle(words);
}

/** A noun of an act that BARE_ACT_WITH_COMPLEMENT finds, opening a deed. */
const OPENING_BARE_ACT = /^(\p{Lu}\p{Ll}+(?:ung|heit|keit|ion|ität))(?=\s+(?:von|des|der)\s)/u;

/**
 * The words of a deed in telegram style with the articles a sentence of the body has: "Internierung von Muslimen" →
 * "die Internierung von Muslimen" (the nouns of BARE_ACT_WITH_COMPLEMENT are feminine, and the object after the verb),
 * "vor humanitärer Krise" → "vor einer humanitären Krise" (the strong adjective of a singular feminine noun after a
 * dative preposition, weak after "einer"). Undefined where the words still drop an article after that.
 */
export function withArticles(rest: string): string | undefined {
  let unsure = false;
  const repaired = rest
    .replace(OPENING_BARE_ACT, "die $1")
    .replace(STRONG_ADJECTIVE_AFTER_PREPOSITION, (phrase, adjective: string, noun: string, offset: number) => {
      if (NOUNS_BARE_AFTER_PREPOSITION.has(noun.toLowerCase()) || /^(?:erst|zweit|dritt|letzt)er$/u.test(adjective)) return phrase;
      // "zwischen schwarzer Liste und Geschichtsdoku": a second noun joined without its article, of a gender and number
      // the words do not tell.
      if (BARE_NOUN_JOINED.test(rest.slice(offset + phrase.length))) unsure = true;
      return phrase.replace(`${adjective} ${noun}`, `einer ${adjective.slice(0, -1)}n ${noun}`);
    });
  return unsure || BARE_ACT_WITH_COMPLEMENT.test(repaired) || dropsArticle(repaired) ? undefined : repaired;
}

/** "und" or "oder" and a capitalised noun without article right after it. */
const BARE_NOUN_JOINED = /^\s+(?:und|oder)\s+\p{Lu}\p{Ll}/u;
