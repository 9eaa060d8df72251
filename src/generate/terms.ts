/**
 * The lead's key terms as gaps: in each sentence of the lead, the noun the text comes back to most
 * ("Papageien" in a report on a parrot seizure that speaks of "Papageienhandel" later). What the story
 * is about, asked where the lead says it, also in texts that name few people, places or figures.
 */
import { deu as STOPWORDS } from "stopword";
import type { Evidence, Question } from "../bank/schema";
import { isSpace as isSpaceCode } from "../bank/text";
import { COUNTRY_ADJECTIVE_STEMS } from "../extract/data/countries";
import { MONTHS, WEEKDAYS } from "../extract/data/dates";
import { CURRENCIES, NUMBER_WORDS, UNIT_SYMBOLS } from "../extract/data/numbers";
import { roleForms } from "../extract/gender";
import {
  charClass,
  firstStartingAt,
  isAdjectiveLike,
  LETTER,
  LOWER,
  matchesAtCapitals,
  matchesAtCapitalsOf,
  NUMBER,
  overlapsAnyOf,
  UPPER,
} from "../extract/text";
import type { Span } from "../extract/types";
import { otherFormBeside, restatements } from "./besideforms";
import { cloze, fitsGapText } from "./build";
import { articleSentenceAt, type DocContext, perDocument, personAndPlaceMentions, storyOpeningEnd, textCapitals } from "./context";
import { ANAPHORIC_EPITHETS, TIME_NOUNS } from "./data/anaphora";
import { OCCASION_PHRASES } from "./data/background";
import { COMMON_LONG_WORDS } from "./data/common-words.generated";
import { nounStem, withoutNounEnding } from "./nounstems";
import { salienceOf } from "./salience";
import { standsAlone } from "./standalone";
import { type FamilyShare, shareOf, WHOLE_FAMILY } from "./share";

export const TERM_GAP_STEM = "Welcher Begriff fehlt in diesem Satz?";

/** A capitalised word of at least five letters, hyphenated compounds whole ("Holocaust-Gedenktag"); no acronyms. */
const NOUN = /(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}{4,}(?:-\p{Lu}?\p{Ll}+)*(?![\p{L}\p{N}-])/gu;
/** NOUN tried at one position, by matchesAtCapitals: a noun opens with an upper-case letter. */
export const NOUN_AT = new RegExp(NOUN.source, "uy");

/** Where a run of lower-case letters from `from` ends, undefined at a character charClass cannot judge. */
function lowerRunEnd(text: string, from: number): number | undefined {
  let end = from;
  for (;;) {
    const next = charClass(text.charCodeAt(end));
    if (next === undefined) return undefined;
    if ((next & LOWER) === 0) return end;
    end++;
  }
}

/**
 * Where NOUN_AT's match at a capital ends, by the characters' classes (MatchEnd). Every run and part is taken
 * whole: where the expression would have to give back a letter or a part, the look-ahead fails on what it gave back.
 */
export function nounEnd(text: string, at: number): number | undefined {
  const capital = charClass(text.charCodeAt(at));
  const before = at === 0 ? 0 : charClass(text.charCodeAt(at - 1));
  if (capital === undefined || before === undefined) return undefined;
  if ((capital & UPPER) === 0 || (before & (LETTER | NUMBER)) !== 0 || text.charCodeAt(at - 1) === 45) return -1;
  const letters = lowerRunEnd(text, at + 1);
  if (letters === undefined) return undefined;
  let end = letters;
  // NOUN's \p{Ll}{4,}
  if (end - (at + 1) < 4) return -1;
  // "-Gedenktag", "-reise": a part after a hyphen, its capital optional.
  while (text.charCodeAt(end) === 45) {
    const partCapital = charClass(text.charCodeAt(end + 1));
    if (partCapital === undefined) return undefined;
    const partStart = end + 1 + ((partCapital & UPPER) !== 0 ? 1 : 0);
    const partEnd = lowerRunEnd(text, partStart);
    if (partEnd === undefined) return undefined;
    if (partEnd === partStart) break;
    end = partEnd;
  }
  const after = charClass(text.charCodeAt(end));
  if (after === undefined) return undefined;
  return (after & (LETTER | NUMBER)) !== 0 || text.charCodeAt(end) === 45 ? -1 : end;
}

/** Function words of the `stopword` package, some of them nouns too general to ask ("Menschen", "Jahre"). */
export const GENERAL: ReadonlySet<string> = new Set(STOPWORDS);
/** The shortest stem counted inside other words; shorter ones turn up by chance ("Rede" in "Bereden"). */
const MIN_STEM = 5;
/** How often the text must name a term (here and elsewhere) to be one it is about ... */
const MIN_MENTIONS = 2;
/** ... and, further down, where the background begins, to be what the whole text is about ... */
const MIN_MENTIONS_LATER = 3;
/** ... and then it only fills a quiz up (below MIN_SALIENCE of src/bank/quiz.ts): a gap there is seldom what matters. */
const LATER_WEIGHT = 0.45;
/**
 * A term the title or teaser does not name weighs this much: then it fills a quiz up before figures
 * and places of the background do, but is not asked for its own sake. Reading sampled devset quizzes,
 * 9 of 13 terms the title or teaser names were worth asking, 8 of 23 others ("Regierung", "Zeichen").
 * A compound in a sentence of the lead weighs as one of the headline: what the lead says happened
 * ("wird dort Landeshauptmann-Stellvertreterin", "mit der Bildung einer Übergangsregierung beauftragt").
 */
const NOT_IN_HEADLINE = 0.6;
/**
 * A plain noun ("Angaben", "Regierung", "Event", "Treffen") fits many stories and tests finding the word
 * (the blind reading of round 4: generic terms rarely worth asking, also where the title names them); a
 * compound this long or hyphenated ("Willkommenskultur", "Brexit-Referendum") names what the story is
 * about. Read on the devset quizzes of round 6: 6 of 6 such compounds of the headline worth asking, 0 of
 * 6 plain nouns of it.
 */
const COMPOUND_LENGTH = 13;
/**
 * Long words everyday German uses ("Verhandlungen", "Außenministerium", "Veränderungen"):
 * long, yet no name of this story's thing, so the gap tests finding a word. Over the blind readings of
 * rounds 3 to 24, term gaps of 13 letters or more (or hyphenated) that the list does not hold were worth
 * asking 0.56 of 21 times, those it holds 0 of 3, all shorter term gaps 0.19 of 50.
 */
const COMMON_LONG = new Set(COMMON_LONG_WORDS.split("|"));
/** Whether a word, or another form of it with a noun ending ("Veränderung" for "Veränderungen"), is among the common long words. */
function isCommonLongWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (COMMON_LONG.has(lower)) return true;
  const stem = withoutNounEnding(lower);
  return NOUN_ENDINGS.some((ending) => COMMON_LONG.has(stem + ending));
}
const NOUN_ENDINGS = ["", "e", "en", "n", "s", "es"];
/** A compound that names this story's thing ("Willkommenskultur", "Brexit-Referendum"), not a long everyday word. */
const isCompound = (word: string) => (word.length >= COMPOUND_LENGTH || word.includes("-")) && !isCommonLongWord(word);
/**
 * Such a compound after the story's opening weighs at least this much: it fills a quiz up before figures and
 * plain terms do (which were worth asking 0.2 of the time as fillers). Of the compounds there that readers
 * judged, 0.53 of 7 were worth asking ("Zahlungsmoral", "Landesregierung", "Bundespolitik"); position and
 * headline put them at 0.05 to 0.3, after every other filler.
 */
const LATER_COMPOUND = 0.3;
/**
 * A plain noun is a word any text could have: in the blind reading of round 6 and the engineer's reading of
 * the 53 term gaps of the devset quizzes after it, the plain nouns asked ("Wechsel", "Verfahren", "Trend",
 * "Funktionen", "Angaben", "Schritte", "Terroristen" next to "Attentäter") tested finding a word, 0 of about
 * 30 worth asking, while most compounds of 13 letters or more were; where another word of the text fits the
 * gap as well, the key is not even unique. Such a generic noun is asked only as the last filler
 * (GENERIC_SALIENCE). Also where the title or teaser names it and the text comes back to it ("Regierung",
 * "Ausbildung", "Urteile", "Spiel", "Fossil"): over the blind readings of rounds 3 to 25 those were worth
 * asking 0.18 of 65 times, the other plain nouns 0.16 of 181, compounds 0.61 of 129 (on the two halves of the
 * articles, sorted by name and taken in turn: 0.00 of 18 and 0.26 of 47, other plain nouns 0.19 and 0.14,
 * compounds 0.54 and 0.65): a filler like any plain noun, not ahead of the compounds. Such a noun, named this
 * often ("Papageien" in a report on a parrot seizure), still is the one its sentence asks among plain nouns.
 */
const PLAIN_NOUN_MENTIONS = 3;
/**
 * Such a generic noun is still asked, but only to fill a quiz up to its floor when nothing else is left
 * (a quiz of four is hardly one): below every question with a salience of its own.
 */
/**
 * A term after a phrase of the occasion ("im Vorfeld der ___", "am Rande des ___"): the setting of what happened, which
 * the devset's one such salient gap (0.55, in a title) was judged not worth asking for by both readers. Weighed so that
 * even in the lead it falls below MIN_SALIENCE (src/bank/quiz.ts) and only fills a quiz up.
 */
const OCCASION = 0.35;
const OCCASION_BEFORE = new RegExp(
  `(?<!\\p{L})(?:${OCCASION_PHRASES.join("|")})\\s+(?:der|des|dem|den|die|das|einer|eines|einem|eine)\\s+(?:\\p{Ll}+\\s+)?$`,
  "u",
);
/** How far before a term its occasion phrase may begin, with an adjective ("im Anschluss an die bevorstehenden "). */
const OCCASION_REACH = 48;
const GENERIC_SALIENCE = 0.02;
const GENERIC_SCORE = 0.001;
/** Words this long and longer are specific enough ("Friedensgespräche"); shorter ones ("Start") weigh less. */
const SPECIFIC_LENGTH = 10;
/** A nominalised participle ("der Festgenommene", "die Verletzten"): someone named before, not a term. */
const PARTICIPLE = /(?:ene|enen|ener|ete|eten|eter)$/u;
/** "des Berliner Tagesspiegels", "die Welser Kulturszene": a place's adjective, not a noun. */
const PLACE_ADJECTIVE = /^er\s+\p{Lu}/u;
/** Words before a common noun: articles, contractions and possessives ("der", "im", "ihre"). */
const DETERMINER =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|ins|kein|keine|keinen|keinem|keiner|diese|diesen|diesem|dieser|dieses|jede|jeder|jeden|jedem|jedes|alle|allen|viele|vielen|einige|einigen|mehrere|beide|beiden|andere|anderen|sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres|unsere|unseren)$/u;

/** The last word, before spaces. */
const LAST_WORD = /(\p{L}+)\s+$/u;

/**
 * LAST_WORD's word in text[from, to), read from the end: the expression tries every position of the text
 * before it finds the one word that ends where the closing spaces start. The expression decides where a
 * character of that word lies beyond Latin-1.
 */
function lastWord(text: string, from: number, to: number): string | undefined {
  let wordEnd = to;
  while (wordEnd > from && isSpaceCode(text.charCodeAt(wordEnd - 1))) wordEnd--;
  if (wordEnd === to) return undefined;
  let wordStart = wordEnd;
  for (; wordStart > from; wordStart--) {
    const code = text.charCodeAt(wordStart - 1);
    if (code >= 0x100) return LAST_WORD.exec(text.slice(from, to))?.[1];
    // \p{L} in Latin-1: A-Z, a-z, "ª", "µ", "º", "À"-"ÿ" but "×" and "÷".
    const letter =
      ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 0xaa || code === 0xb5 || code === 0xba || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
    if (!letter) break;
  }
  return wordStart < wordEnd ? text.slice(wordStart, wordEnd) : undefined;
}

/**
 * Whether the text uses the word as a common noun somewhere: after an article or an adjective ("die
 * Zollfahndung", "seltene Papageien"). Names stand without ("in Sachsen", "bei Siemens", "sagte Niessl").
 */
export function usedAsCommonNoun(text: string, word: string): boolean {
  const stem = withoutNounEnding(word);
  for (let at = text.indexOf(stem); at !== -1; at = text.indexOf(stem, at + stem.length)) {
    const before = lastWord(text, Math.max(0, at - 30), at);
    // "über", "aber", "hinter" end like an inflected adjective but are function words: "über Rutshuru" is a place.
    if (before && (DETERMINER.test(before.toLowerCase()) || isAdjectiveLike(before))) return true;
  }
  return false;
}

/** What a people's or town's name adds for its inhabitants ("Ukrain|er", "Schwed|in", "Klosterneuburg|ern"). */
const INHABITANT_ENDING = /^(?:i?er|i?ern|i?erin|i?erinnen|e|en|in|innen)$/u;
/** Stems of the peoples of the world, from the countries' adjectives ("schwedisch" -> "schwed"). */
const PEOPLES: readonly string[] = Object.values(COUNTRY_ADJECTIVE_STEMS).flatMap((stems) => stems.map((stem) => stem.replace(/isch$/u, "")));

/** Stems of at least four letters by their first four: a word is compared with those that start like it. */
function byStart(stems: Iterable<string>): Map<string, string[]> {
  const starts = new Map<string, string[]>();
  for (const stem of stems) {
    if (stem.length < 4) continue;
    const start = stem.slice(0, 4);
    const list = starts.get(start);
    if (list) list.push(stem);
    else starts.set(start, [stem]);
  }
  return starts;
}

/**
 * Whether a word names inhabitants ("Belgier", "Schwedin", "Klosterneuburgern"): a person named before, not a term.
 * `places` are the words of the text's names by byStart: looked up, not each compared with every word asked.
 */
function namesInhabitants(lower: string, places: ReadonlyMap<string, readonly string[]>): boolean {
  const start = lower.slice(0, 4);
  for (const stem of PEOPLES_BY_START.get(start) ?? []) if (inhabitantsOf(lower, stem)) return true;
  for (const stem of places.get(start) ?? []) if (inhabitantsOf(lower, stem)) return true;
  return false;
}

/** The peoples' stems by their first four letters (shorter ones never count). */
const PEOPLES_BY_START = byStart(PEOPLES);

/** Whether `lower` is `stem` with an inhabitants' ending ("schwed" + "in"). */
function inhabitantsOf(lower: string, stem: string): boolean {
  return stem.length >= 4 && lower.startsWith(stem) && INHABITANT_ENDING.test(lower.slice(stem.length));
}

/** Where a sentence's first word starts: after opening quotes, brackets and spaces. */
const FIRST_WORD = /[^\s„"»«(]/u;

/** A definite article right before the term. */
const DEFINITE_BEFORE = /(?<!\p{L})(?:der|die|das|den|dem|des)\s+$/iu;

/** Interview turns ("STANDARD: Warum ...") and questions: what the text asks, not what it says. */
const NOT_A_REPORT = /^\s*\p{Lu}{2,}:|\?\s*$/u;

/** What other families ask as names: people, countries, places, speakers and actors, dates and figures. */
function taken(doc: DocContext): Span[] {
  const facts = doc.facts;
  return [
    ...personAndPlaceMentions(doc),
    ...facts.quotes.map((quote) => quote.speaker),
    ...facts.actions.filter((action) => !action.antecedent).map((action) => action.actor),
    ...facts.dates,
    ...facts.quantities,
  ];
}

/** Words of the names of the text's people, places and countries, with genitive s: names, not terms. */
export function nameWords(doc: DocContext): Set<string> {
  const facts = doc.facts;
  const names = [
    ...facts.persons.flatMap((person) => [person.name, ...person.mentions.map((mention) => mention.text)]),
    ...facts.places.flatMap((place) => [place.name, ...place.mentions.map((mention) => mention.text)]),
    ...facts.countries.flatMap((country) => [country.name, ...country.mentions.map((mention) => mention.text)]),
  ];
  const words = new Set<string>([...MONTHS.keys(), ...WEEKDAYS.map((day) => day.toLowerCase())]);
  // Each name once: a text names its people and places many times alike, and splitting each mention made most of the cost.
  for (const name of new Set(names)) for (const word of name.toLowerCase().split(/[\s-]+/u)) if (word.length > 1) words.add(word);
  return words;
}

/** A hash of the MIN_STEM characters from `at`. */
const windowHash = (text: string, at: number) => {
  let hash = 0;
  for (let index = at; index < at + MIN_STEM; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  return hash;
};

/** What the first of windowHash's MIN_STEM characters weighs in it: 31 ** (MIN_STEM - 1). */
const LEAVING_WEIGHT = 31 ** (MIN_STEM - 1);

/**
 * mentionCounter's arrays, kept from one text to the next and grown as needed: typed arrays of text length
 * get their store outside V8's heap, which costs microseconds each time one is made. A counter reads them
 * only until the next is made (termQuestions uses one at a time).
 */
let bucketScratch: Int32Array = new Int32Array(0);
let firstScratch: Int32Array = new Int32Array(0);
let nextScratch: Int32Array = new Int32Array(0);

/** An array of at least `length` from `scratch`, the same where it is long enough. */
const atLeast = (scratch: Int32Array, length: number): Int32Array =>
  scratch.length >= length ? scratch : new Int32Array(Math.max(length, scratch.length * 2));

/**
 * How often the text names a stem, on its own or inside a compound (occurrences that do not overlap,
 * counted from the start). The text's positions are chained once by a hash of the MIN_STEM characters
 * there, so a stem is compared only where its start may stand, not searched for through the whole text
 * per stem (a long text has hundreds of them).
 */
function mentionCounter(lowerText: string): (stem: string) => number {
  // Buckets of positions by their first MIN_STEM characters: a power of two, about one per position.
  let buckets = 256;
  while (buckets < lowerText.length) buckets *= 2;
  const positions = Math.max(0, lowerText.length - MIN_STEM + 1);
  bucketScratch = atLeast(bucketScratch, positions);
  firstScratch = atLeast(firstScratch, buckets);
  nextScratch = atLeast(nextScratch, positions);
  // Each position's windowHash from the one before it (the character that leaves out, the one that enters in),
  // not again from its MIN_STEM characters.
  const bucketAt = bucketScratch;
  let hash = 0;
  for (let at = 0; at < positions; at++) {
    hash =
      at === 0
        ? windowHash(lowerText, 0)
        : (Math.imul(hash - Math.imul(lowerText.charCodeAt(at - 1), LEAVING_WEIGHT), 31) + lowerText.charCodeAt(at + MIN_STEM - 1)) | 0;
    bucketAt[at] = hash & (buckets - 1);
  }
  // Chains of position + 1 (0 ends a chain, so the buckets start at 0), from the end so that each chain
  // lists its positions in text order. Every position's link is written before it is read.
  const first = firstScratch.fill(0, 0, buckets);
  const next = nextScratch;
  for (let at = positions - 1; at >= 0; at--) {
    const bucket = bucketAt[at]!;
    next[at] = first[bucket]!;
    first[bucket] = at + 1;
  }
  return (stem) => {
    if (stem.length < MIN_STEM) return 0;
    let count = 0;
    let from = 0;
    for (let link = first[windowHash(stem, 0) & (buckets - 1)]!; link !== 0; link = next[link - 1]!) {
      const at = link - 1;
      if (at < from || !lowerText.startsWith(stem, at)) continue;
      count++;
      from = at + stem.length;
    }
    return count;
  };
}

/**
 * A compound that ends in a period of time ("Geschäftsjahres", "Schuljahr", "Kalendermonat"): when something happens or
 * is counted, as "Jahr" alone is (TIME_NOUNS), not the story's thing; its gap tests finding a word.
 */
const PERIOD_COMPOUND = /\p{Ll}(?:jahr|jahre|jahres|jahrs|quartal|quartals|monat|monats|woche|wochen)$/u;

/** Whether a word can be asked as a term wherever it stands: a noun of some content, no name, role, time, pointer or inhabitants. */
function askableWord(text: string, word: string, names: ReadonlySet<string>, places: ReadonlyMap<string, readonly string[]>): boolean {
  const last = word.split("-").pop()!;
  const lower = word.toLowerCase();
  if (GENERAL.has(lower) || TIME_NOUNS.has(last) || PERIOD_COMPOUND.test(lower) || ANAPHORIC_EPITHETS.has(last) || PARTICIPLE.test(lower)) return false;
  if (word.split("-").some((part) => names.has(part.toLowerCase()) || names.has(part.toLowerCase().replace(/s$/u, "")))) return false;
  return roleForms(last) === undefined && !namesInhabitants(lower, places) && usedAsCommonNoun(text, word);
}

const isSpace = (char: string) => char === " " || char === "\n" || char === "\t" || char === "\u00a0";

/** The word right before `start` (after a space), without a regular expression run over a slice. */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && isSpace(text.charAt(end - 1))) end--;
  if (end === start) return "";
  let begin = end;
  while (begin > 0 && end - begin < 40 && !isSpace(text.charAt(begin - 1))) begin--;
  return text.slice(begin, end);
}

const UPPER_FIRST = /^\p{Lu}/u;

/** A capitalised word after spaces. */
const CAPITALISED_NEXT = /^\s+\p{Lu}/u;

/** Particles of foreign names: "Stade de France", "Times of London". */
const NAME_PARTICLES = ["de", "du", "la", "le", "of", "di", "da", "del", "della", "dei", "do", "dos", "van", "y"];
/** A capitalised word and a particle of a foreign name ("Stade de", "Times of") right before a word. */
const NAME_PARTICLE_BEFORE = new RegExp(`\\p{Lu}[\\p{L}-]*\\s+(?:${NAME_PARTICLES.join("|")})\\s+$`, "u");

/**
 * Whether text[from, to) ends in a particle between spaces, as NAME_PARTICLE_BEFORE needs: checked from the end
 * before the expression, which tries every position of the text, runs.
 */
function endsInParticle(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === to) return false;
  return NAME_PARTICLES.some(
    (particle) =>
      end - particle.length - 1 >= from && text.startsWith(particle, end - particle.length) && isSpaceCode(text.charCodeAt(end - particle.length - 1)),
  );
}

/** Units a number word may count ("sieben Prozent", "zwölf Kilometer", "drei Euro"): not the counted things ("drei Attentäter"). */
const UNIT_NAMES: ReadonlySet<string> = new Set([...UNIT_SYMBOLS.values(), ...CURRENCIES]);

/** Whether the word, where it stands, is a term: not an adjective of a place, part of a name or title, nor a figure's unit. */
function askableHere(doc: DocContext, span: Span): boolean {
  const { start, end } = span;
  if (PLACE_ADJECTIVE.test(doc.text.slice(end - 2, end + 3))) return false;
  // "Rotes Kreuz", "Causa Vorzugsaktien", "Staatsanwalt Jan Holzner": part of a name or a title.
  const previous = wordBefore(doc.text, start);
  if (UPPER_FIRST.test(previous) && !DETERMINER.test(previous.toLowerCase())) return false;
  // "Stade de France", "Monte dei Paschi di Siena", "Times of London": the end of a name with a particle.
  const reach = Math.max(0, start - 40);
  if (endsInParticle(doc.text, reach, start) && NAME_PARTICLE_BEFORE.test(doc.text.slice(reach, start))) return false;
  // "Der Oberste Gerichtshof", "die Causa Vorzugsaktien II", "der Bezirk Tulln": part of a name.
  if (CAPITALISED_NEXT.test(doc.text.slice(end, end + 2))) return false;
  // "50.000 Euro", "18 Prozent", "sieben Prozent": the unit of a figure is asked with the figure.
  if (/\d\s*$/u.test(doc.text.slice(Math.max(0, start - 3), start))) return false;
  return !(NUMBER_WORDS.has(previous.toLowerCase()) && UNIT_NAMES.has(doc.text.slice(start, end)));
}

/** The sentences of the text's prose passages, each with its place among the article's sentences and as evidence. */
function proseSentences(doc: DocContext): { index: number; evidence: Evidence }[] {
  return doc.facts.passages
    .filter((passage) => passage.kind === "text" || passage.kind === "quote")
    .flatMap((passage) =>
      passage.sentences.map((sentence) => ({
        index: articleSentenceAt(doc, sentence.start)?.index ?? doc.sentences.length,
        evidence: { documentId: doc.id, passageId: passage.id, start: sentence.start, end: sentence.end, quote: doc.text.slice(sentence.start, sentence.end) },
      })),
    );
}

/**
 * The nouns the text writes (capitalised words of five letters or more, compounds whole), once each, with
 * their lower case, and the words they give in lower case (a head after a hyphen too): worked out once per
 * text, not again for each of its term gaps.
 */
const textNouns = perDocument((doc) => {
  const nouns = [...new Set(nounSpans(doc).map((span) => span.word))];
  const lowerNouns = nouns.map((noun) => noun.toLowerCase());
  // A head the text writes alone or after a hyphen ("Südamerika-Reise") is a word of its own.
  const words = new Set<string>();
  // The nouns by their last HEAD_KEY letters: a noun ends in a head only where it ends in the head's last letters.
  const byEnding = new Map<string, number[]>();
  lowerNouns.forEach((lower, index) => {
    words.add(lower);
    const noun = nouns[index]!;
    const hyphen = noun.lastIndexOf("-");
    if (hyphen !== -1) words.add(noun.slice(hyphen + 1).toLowerCase());
    const ending = lower.slice(-HEAD_KEY);
    const list = byEnding.get(ending);
    if (list) list.push(index);
    else byEnding.set(ending, [index]);
  });
  return { nouns, lowerNouns, words, byEnding };
});

/** An indefinite article right before a gap: "Eine ___ ist zugleich Bezirksverwaltungsbehörde". */
const INDEFINITE_BEFORE = /(?<!\p{L})(?:ein|eine|einen|einem|einer|eines)\s+$/iu;

/** The ordinal numbers as words, by their stem ("vierte", "vierten" → 4). */
const ORDINAL_STEMS: ReadonlyMap<string, number> = new Map(
  ["erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt", "elft", "zwölft"].map((stem, index) => [stem, index + 1]),
);

/** An ordinal before a noun of five letters or more: "vierten Schulstufe", "4. Schulstufe", "dritte Partie". */
const ORDINAL_NOUN = /(?<![\p{L}\p{N}])(?:(\p{Ll}+?)(?:e|en|er|es|em)|(\d{1,2})\.)\s+(\p{Lu}\p{Ll}{4,}(?:-\p{Lu}?\p{Ll}+)*)/gu;

/** An ordinal right before a gap, as its stem or its digits. */
const ORDINAL_BEFORE = /(?<![\p{L}\p{N}])(?:(\p{Ll}+?)(?:e|en|er|es|em)|(\d{1,2})\.)\s+$/u;

/** The value of an ordinal's stem or digits, or undefined where the word is none. */
function ordinalValue(stem: string | undefined, digits: string | undefined): number | undefined {
  return digits !== undefined ? Number(digits) : ORDINAL_STEMS.get(stem ?? "");
}

/**
 * The text's other nouns counted with the ordinal before the term ("der vierten Volksschulklasse" beside "der vierten
 * Schulstufe", "das dritte Spiel" beside "die dritte Partie"): the text's own other words for the same counted thing,
 * which fit the gap as well (blind readers failed "Schülern der vierten ___" for not accepting "Schulstufe").
 */
function countedAlike(text: string, term: string, termStart: number): string[] {
  const before = ORDINAL_BEFORE.exec(text.slice(Math.max(0, termStart - 20), termStart));
  const value = before ? ordinalValue(before[1], before[2]) : undefined;
  if (value === undefined) return [];
  const lowerTerm = term.toLowerCase();
  const others = new Set<string>();
  for (const match of text.matchAll(ORDINAL_NOUN)) {
    const noun = match[3]!;
    const lower = noun.toLowerCase();
    // Not the term in another case or compound ("Volksschulklassen", "Klasse"): the head is sameHeadNouns' to accept.
    const sameWord = lower.slice(0, MIN_STEM) === lowerTerm.slice(0, MIN_STEM) || lowerTerm.endsWith(lower.slice(-MIN_STEM));
    // "am 4. Oktober", "im dritten Jahrhundert": a date or time, no other word for a counted thing.
    const time = MONTHS.has(lower) || TIME_NOUNS.has(noun);
    if (ordinalValue(match[1], match[2]) === value && !sameWord && !time) others.add(noun);
  }
  return [...others];
}

/** How many last letters of a head the nouns are looked up by (sameHeadNouns). */
const HEAD_KEY = 3;

/** Where NOUN matches in the whole text, in text order: one pass, from which each sentence takes its nouns. */
const nounSpans = perDocument((doc) =>
  matchesAtCapitalsOf(NOUN_AT, doc.text, textCapitals(doc), undefined, nounEnd).map((match) => ({
    start: match.index,
    end: match.index + match.word.length,
    word: match.word,
  })),
);

/** Whether a character code is an ASCII character that no noun holds (no letter, no hyphen). */
const endsNoNoun = (code: number) => code < 128 && code !== 45 && !((code | 0x20) >= 97 && (code | 0x20) <= 122);

/**
 * The nouns (NOUN) of a sentence after its first character, with offsets into the sentence, as a search of
 * the sentence alone finds them. Where the sentence ends in a character no noun holds ("." mostly), no noun
 * runs over its end and the whole text's matches inside it are those: they are taken from nounSpans
 * instead of searching every sentence again.
 */
function sentenceNouns(doc: DocContext, sentence: Span, quote: string): { index: number; word: string }[] {
  if (quote.length > 0 && endsNoNoun(quote.charCodeAt(quote.length - 1))) {
    const spans = nounSpans(doc);
    const nouns: { index: number; word: string }[] = [];
    for (let at = firstStartingAt(spans, sentence.start + 1); at < spans.length && spans[at]!.end <= sentence.end; at++) {
      nouns.push({ index: spans[at]!.start - sentence.start, word: spans[at]!.word });
    }
    return nouns;
  }
  return matchesAtCapitals(NOUN_AT, quote, undefined, nounEnd).filter((match) => match.index > 0);
}

/** The shortest part of a compound before its head ("Ausland|s|reise"): "Ur|teile" is no compound of "Teile". */
const MIN_MODIFIER = 3;

/** Whether a noun (lower case) is another of the term's with one of its heads (a function of the module: under keepNames a named closure costs a defineProperty of its name). */
function sameHead(lower: string, lowerTerm: string, heads: readonly string[]): boolean {
  return lower !== lowerTerm && heads.includes(lower);
}

/**
 * Other nouns of the text that complete a term's gap as well, in the same form: its head where the text
 * writes it alone ("Reise" for "Auslandsreise", "Klasse" for "Volksschulklasse"), a less specific word for
 * the same thing. Not other compounds with that head, nor compounds with the term as their head: they name
 * something else as often as not ("Bundesregierung" and "Landesregierung" for "Regierung", "Testspinne"
 * for "Spinne", "Mobilbox-Nachrichten" for "Nachrichten"), and the blind readings of rounds 10 and 11
 * failed the gaps that accepted them (round 7's had failed one for not accepting "Selbstmordattentäter").
 */
function sameHeadNouns({ nouns, lowerNouns, words, byEnding }: ReturnType<typeof textNouns>, term: string): string[] {
  const lowerTerm = term.toLowerCase();
  const heads = [lowerTerm];
  for (let cut = MIN_MODIFIER; cut < lowerTerm.length; cut++) {
    const head = lowerTerm.slice(cut).replace(/^-/u, "");
    if (words.has(head)) heads.push(head);
  }
  // Only the nouns that end like one of the heads are compared, in text order; a head too short for the key compares all.
  if (heads.some((head) => head.length < HEAD_KEY)) return nouns.filter((_, index) => sameHead(lowerNouns[index]!, lowerTerm, heads));
  const candidates = new Set<number>();
  for (const head of heads) for (const index of byEnding.get(head.slice(-HEAD_KEY)) ?? []) candidates.add(index);
  return [...candidates]
    .sort((a, b) => a - b)
    .filter((index) => sameHead(lowerNouns[index]!, lowerTerm, heads))
    .map((index) => nouns[index]!);
}

/** The text's restatements ("Kletterpflanzen, also Lianen"), looked for once per text: its term gaps ask one after the other. */
const textRestatements = perDocument((doc) => restatements(doc.text));

export function termQuestions(doc: DocContext, share: FamilyShare = WHOLE_FAMILY): Question[] {
  const isTaken = overlapsAnyOf(taken(doc));
  const nameParts = nameWords(doc);
  const partsByStart = byStart(nameParts);
  const lowerText = doc.text.toLowerCase();
  const mentionsOf = mentionCounter(lowerText);
  // Per text, each word's count (of its stem) and verdict once: a long text repeats its nouns. By the word,
  // not its stem: the word is the text's own string (nounSpans), its stem would be made anew for each lookup.
  const mentionCounts = new Map<string, number>();
  const verdicts = new Map<string, boolean>();
  const generics = new Map<string, boolean>();
  // The title and teaser; a text without them opens with what it is about.
  const sentences = doc.facts.passages.flatMap((passage) => passage.sentences);
  const headlines = sentences.filter((sentence) => sentence.lead === "title" || sentence.lead === "teaser");
  const headline = (headlines.length > 0 ? headlines : sentences.slice(0, 1)).map((sentence) => lowerText.slice(sentence.start, sentence.end)).join(" ");
  const questions: Question[] = [];
  const firstAfterLead = doc.sentences.findIndex((sentence) => !sentence.lead);
  // In the lead and the story's first paragraph a term the text names twice is one it is about.
  const early = storyOpeningEnd(doc);
  for (const sentence of shareOf(proseSentences(doc), share)) {
    const needed = sentence.index < early ? MIN_MENTIONS : MIN_MENTIONS_LATER;
    const evidence = sentence.evidence;
    // A sentence too long for a gap text has no term question: its nouns are not weighed.
    if (NOT_A_REPORT.test(evidence.quote) || !fitsGapText(evidence)) continue;
    let best: { start: number; end: number; score: number; generic: boolean } | undefined;
    // The first word of a sentence is capitalised whatever it is.
    const firstWord = FIRST_WORD.exec(evidence.quote)?.index ?? 0;
    for (const match of sentenceNouns(doc, evidence, evidence.quote)) {
      if (match.index <= firstWord) continue;
      const start = evidence.start + match.index;
      const word = match.word;
      const span = { start, end: start + word.length };
      let mentions = mentionCounts.get(word);
      if (mentions === undefined) {
        mentions = mentionsOf(nounStem(word));
        mentionCounts.set(word, mentions);
      }
      // The count first: it is looked up, and rules out most nouns before the look around them.
      if (mentions < needed || !askableHere(doc, span)) continue;
      let askable = verdicts.get(word);
      if (askable === undefined) {
        askable = askableWord(doc.text, word, nameParts, partsByStart);
        verdicts.set(word, askable);
      }
      if (!askable || isTaken(span) || otherFormBeside(doc.text, span.start, span.end)) continue;
      let generic = generics.get(word);
      if (generic === undefined) {
        generic = !isCompound(word) && !(mentions >= PLAIN_NOUN_MENTIONS && headline.includes(nounStem(word)));
        generics.set(word, generic);
      }
      // A specific term of the sentence always wins over a generic one.
      const score = mentions * Math.min(1, word.length / SPECIFIC_LENGTH) * (generic ? GENERIC_SCORE : 1);
      if (!best || score > best.score) best = { start: span.start, end: span.end, score, generic };
    }
    if (!best) continue;
    // After the lead a sentence leans on what came before ("Die ___ befinden sich ...", "Doch der ___
    // verläuft zu langsam"): there it must read on its own as a whole, and the term must not be a
    // definite "the ... named before".
    const later = sentence.index >= firstAfterLead;
    const definite = DEFINITE_BEFORE.test(doc.text.slice(Math.max(0, best.start - 5), best.start));
    if (later && (definite || !standsAlone(doc, evidence))) continue;
    // "hat das ___ gewiss Substanz": in the lead too, "the ..." named before points back.
    if (definite && lowerText.lastIndexOf(nounStem(doc.text.slice(best.start, best.end)), evidence.start) !== -1) continue;
    if (!standsAlone(doc, evidence, best)) continue;
    const term = doc.text.slice(best.start, best.end);
    const offset = best.start - evidence.start;
    // After "eine" the gap asks for a kind, which the head alone widens: "Eine Stadt ist zugleich
    // Bezirksverwaltungsbehörde" says something else than "Eine Statutarstadt ..." (blind readers failed it).
    const indefinite = INDEFINITE_BEFORE.test(doc.text.slice(Math.max(0, best.start - 8), best.start));
    // "Kletterpflanzen, also Lianen" elsewhere in the text: the other word fits the gap as well.
    const fitsAsWell = [
      ...(indefinite ? [] : sameHeadNouns(textNouns(doc), term)),
      ...countedAlike(doc.text, term, best.start),
      ...(textRestatements(doc).get(term) ?? []),
    ];
    const compound = isCompound(term);
    const question = cloze(
      {
        documentId: doc.id,
        topic: "term",
        key: `${term}:${evidence.start}`,
        fact: `term:${nounStem(term)}`,
        salience: !compound
          ? GENERIC_SALIENCE
          : Math.max(
              compound ? LATER_COMPOUND : 0,
              Math.round(
                salienceOf(doc, "term", best) *
                  (sentence.index < early ? 1 : LATER_WEIGHT) *
                  (headline.includes(nounStem(term)) || (compound && sentence.index < firstAfterLead) ? 1 : NOT_IN_HEADLINE) *
                  (OCCASION_BEFORE.test(doc.text.slice(Math.max(0, best.start - OCCASION_REACH), best.start)) ? OCCASION : 1) *
                  1000,
              ) / 1000,
            ),
        stem: TERM_GAP_STEM,
        evidence,
      },
      evidence.quote,
      offset,
      offset + term.length,
      fitsAsWell,
    );
    if (question) questions.push(question);
  }
  return questions;
}
