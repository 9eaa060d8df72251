/**
 * A noun's stem: what the forms of a noun share, so that two mentions of it compare equal ("Brief", "Briefes";
 * "Papagei", "Papageien"). The one way to cut a noun in this folder; where a comparison needs more or less of the word
 * cut, its caller says so by an option.
 */

/** What nounStem cuts besides the endings of case and number ("en", "es", "er", "e", "n", "s"). */
export interface NounStemOptions {
  /**
   * "of persons": also the feminine "-in", "-innen", and not "-er", "-es", which end the masculine of a person noun
   * ("Vermittler", "Vermittlerin", "Vermittlern" -> "vermittler"). "with umlaut plurals": umlauts folded and "-ern"
   * cut too ("Ländern", "Land" -> "land").
   */
  readonly endings?: "of persons" | "with umlaut plurals";
  /** Cut only from a word longer than this: the ending of a short word is as likely part of its stem ("Haus"). */
  readonly longerThan?: number;
  /** Leave the word whole where the stem would be shorter than this ("Amtes", not "amt"). */
  readonly minStem?: number;
}

const PERSON_NOUN_ENDING = /(?:innen|in|en|n|e|s)$/u;
const UMLAUT_PLURAL_ENDING = /(?:ern|en|er|es|e|n|s)$/u;

/** A noun's stem in small letters (see NounStemOptions for what is cut). */
export function nounStem(word: string, options: NounStemOptions = {}): string {
  let lower = word.toLowerCase();
  if (options.longerThan !== undefined && lower.length <= options.longerThan) return lower;
  if (options.endings === "with umlaut plurals") lower = lower.replace(/ä/gu, "a").replace(/ö/gu, "o").replace(/ü/gu, "u");
  const stem =
    options.endings === "of persons"
      ? lower.replace(PERSON_NOUN_ENDING, "")
      : options.endings === "with umlaut plurals"
        ? lower.replace(UMLAUT_PLURAL_ENDING, "")
        : withoutNounEnding(lower);
  return options.minStem !== undefined && stem.length < options.minStem ? lower : stem;
}

/**
 * A word without the ending a noun may take in the text ("Papagei", "Papageien"): "en", "es", "er", "e", "n" or "s",
 * its letters' case kept. Looked at by hand: an expression ending in `$` is tried at every position of the word, and
 * every noun of every sentence is stemmed.
 */
export function withoutNounEnding(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  // A two-letter ending first: it starts further left, where such an expression matches first.
  if (word.charCodeAt(word.length - 2) === E && (last === N || last === S || last === R)) return word.slice(0, -2);
  return last === E || last === N || last === S ? word.slice(0, -1) : word;
}

const [E, N, R, S] = ["e", "n", "r", "s"].map((letter) => letter.charCodeAt(0));
