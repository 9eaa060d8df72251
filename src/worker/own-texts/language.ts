/**
 * Is a pasted text German? A simple, data-driven check: the share of its words that are function
 * words ("der", "und", "nicht", ...) of German, compared with the share for other languages a
 * teacher might paste by mistake. The word lists are those of the `stopword` package (MIT), kept as
 * data there; the thresholds were set from measurement (see README, "Own texts").
 */
import { dan, deu, eng, fra, ita, nld, pol, por, spa, swe, tur } from "stopword";

const OTHERS = Object.entries({ eng, nld, fra, spa, ita, por, pol, tur, dan, swe }).map(([language, words]) => ({ language, words }));
/**
 * Each function word with the languages it belongs to, as bits: bit 0 German, bit i + 1 the i-th of
 * OTHERS. One look-up per word of the text instead of one per word and language.
 */
const LANGUAGES_OF = new Map<string, number>();
for (const word of deu) LANGUAGES_OF.set(word, 1);
OTHERS.forEach(({ words }, index) => {
  for (const word of words) LANGUAGES_OF.set(word, (LANGUAGES_OF.get(word) ?? 0) | (1 << (index + 1)));
});

/**
 * Measured against the German list: German news texts 0.41 to 0.57 (the 60 articles of the
 * development set), the corpus 0.47 to 0.52; English prose 0.02 to 0.15 (package READMEs), and
 * paragraphs in English, French, Dutch, Spanish and Turkish 0.00 to 0.17 (test/worker/own-texts/rules.test.ts).
 * Below this, it is not German.
 */
export const MIN_GERMAN_SHARE = 0.25;
/** Fewer words than this say too little to judge; such a text is refused for having no facts anyway. */
const MIN_WORDS_TO_JUDGE = 20;

const WORD = /\p{L}+/gu;

export interface LanguageVerdict {
  german: boolean;
  /** Share of the words that are German function words, 0 to 1. */
  germanShare: number;
  /** The other language whose function words are most frequent, and their share. */
  closest: { language: string; share: number } | undefined;
}

/** Whether a lower-case word is a German function word ("der", "in", "und", ...) of the list judgeLanguage counts. */
export const isGermanFunctionWord = (word: string): boolean => ((LANGUAGES_OF.get(word) ?? 0) & 1) === 1;

export function judgeLanguage(text: string): LanguageVerdict {
  // toLowerCase is toLocaleLowerCase("de"): Unicode has special lower-casing rules only for Turkish, Azeri and Lithuanian.
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length < MIN_WORDS_TO_JUDGE) return { german: true, germanShare: 0, closest: undefined };
  // One pass over the words, counting every language's function words at once.
  let german = 0;
  const others = OTHERS.map(({ language }) => ({ language, count: 0 }));
  for (const word of words) {
    const languages = LANGUAGES_OF.get(word);
    if (languages === undefined) continue;
    if (languages & 1) german++;
    for (let index = 0; index < others.length; index++) if (languages & (1 << (index + 1))) others[index]!.count++;
  }
  const germanShare = german / words.length;
  const top = others.reduce((best, other) => (other.count > best.count ? other : best));
  const closest = { language: top.language, share: top.count / words.length };
  return { german: germanShare >= MIN_GERMAN_SHARE && germanShare > closest.share, germanShare, closest };
}
