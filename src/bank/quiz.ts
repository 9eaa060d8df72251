/**
 * Quiz assembly: which questions of a pool one attempt asks, in which order, with which option order.
 * Pure and deterministic for a given seed, so the Worker (when an attempt starts) and the CLI (the
 * default quiz of a text) draw the same quiz. The pool holds every reviewed question of a text, often
 * several about one fact; a quiz asks each fact and each evidence sentence once, never shows the
 * answer of one question in another, keeps the figures few and the true/false statements balanced,
 * and takes the most salient facts first.
 */
import { ADJECTIVE_ENDINGS, COUNTRY_ADJECTIVE_STEMS, countryNameEntries } from "../extract/data/countries";
import { MONTHS, WEEKDAYS } from "../extract/data/dates";
import { PREPOSITIONS_BEFORE_NAMES } from "../extract/data/grammar";
import { NAME_PARTICLES, PARTICLES_AFTER_LEADING_VON, PARTICLES_BEFORE_ARTICLE } from "../extract/data/persons";
import { DEFINITE_ARTICLES } from "../extract/text";
import { CLOSING_PARTICLES, EARLIER_AUXILIARIES, EVENT_TIME_NOUNS, EVENT_VERB_FAMILIES, FRONTED_WORDS } from "./event-verbs";
import { hash, shuffled } from "./random";
import { PERSON_TOPICS, type Question, QUESTION_TYPES } from "./schema";
import { containsAcronym, containsPhrase, foldSpaces, foldText, isAcronym, isWordCode, mayContain, showsAnswer, wordBits, wordFilter } from "./text";

/** Questions a quiz of one text asks when its pool has enough. */
export const QUIZ_SIZE = 12;
/** Below this, the rules of variety (not those against giveaways) are relaxed to fill the quiz up. */
export const QUIZ_MIN_SIZE = 10;
/** Questions the mixed quiz across texts asks. */
export const MIXED_QUIZ_SIZE = 10;

/** At most this share of a quiz is one question type, while other types are there to choose from. */
const MAX_TYPE_SHARE = 0.4;
/** Questions whose answer is a figure: at most a quarter of a quiz ... */
const MAX_FIGURE_SHARE = 0.25;
/** ... or 30 % of the smallest full quiz where a text offers too little else (a report on a study is figures). */
export const MAX_FIGURE_SHARE_WHEN_FEW = 0.3;
/**
 * Questions less salient than this (an age in parentheses, a background year, a side person's name, a
 * figure late in the text) are asked only to bring a quiz up to QUIZ_FLOOR questions.
 */
export const MIN_SALIENCE = 0.35;
/**
 * Who said or did what: in every reading of the devset quizzes nearly always worth asking, also further
 * down the text, where position makes their salience small. A quiz takes them like salient questions,
 * asked as a statement or a choice (asksClaim).
 */
const CLAIM_TOPICS: ReadonlySet<string> = new Set(["quote", "action"]);
/**
 * ... unless a side person's (someone named once outside the lead, src/generate/salience.ts) or a
 * claim at the very end of a text: below this they only fill a quiz up (first of all fillers, FILL_STAGES).
 */
export const MIN_CLAIM_SALIENCE = 0.25;
/** A quiz shorter than this is hardly one: below it, less salient questions fill in. */
export const QUIZ_FLOOR = 5;
/**
 * To reach QUIZ_FLOOR, questions from this salience on come first; below it (a background year, a place
 * named in passing, a figure of a side issue) only where nothing else is left.
 */
export const MIN_FILL_SALIENCE = 0.145;
/** Kinds whose less salient questions are incidental by nature: a year of background, a place in passing. */
const INCIDENTAL_TOPICS: ReadonlySet<string> = new Set(["date", "quantity", "place", "countries_named", "term", "organisation"]);
/**
 * Gaps of a place, a date or a plain term, when not salient, were worth asking for 3 of 25 in round 7's
 * blind reading (figures 6 of 13, people's names and offices 3 of 5): they fill a quiz after the others;
 * so do an organisation's name and the countries a text names (NAMES_IN_PASSING).
 */
const SELDOM_WORTH_FILLING: ReadonlySet<string> = new Set(["date", "place", "term", "organisation", "countries_named"]);
/**
 * Of those, names the text gives in passing most of all, a learner finds them by scanning: places and dates (3 of 55
 * such gaps below MIN_SALIENCE worth asking over four readings, rounds 7 to 10; figures 27 of 88, terms 14 of 35), an
 * organisation's name and "Welche dieser Länder werden im Text genannt?" (round 46's fillers: places 0 of 9, dates
 * 0.01 of 6, organisations 0.06 of 4, the countries named 0 of 2, where figures were 0.18 and terms 0.20).
 */
const NAMES_IN_PASSING: ReadonlySet<string> = new Set(["date", "place", "organisation", "countries_named"]);
/**
 * A question a learner answers without the text (a gap of the country the whole text is about, src/generate/places.ts)
 * has this salience: it fills a quiz last.
 */
export const GUESSABLE_SALIENCE = 0;
/** "Anna Berger ist Bürgermeisterin.", "Wer ist laut Text Bürgermeisterin?": a role label to look up, when not salient. */
const asksOffice = (question: Question) => question.topic === "person_role" && question.type !== "cloze";
/**
 * A gap of a person's name this little salient is a side person's: someone the text names once outside the lead (an
 * office holder named in passing, a study's author), whom src/generate/salience.ts weighs down (SIDE_PERSON); in the
 * pools of the devset and the three find sets 192 of the 204 name gaps below it are of a person named once, 29 of the
 * 269 from it to MIN_FILL_SALIENCE.
 */
export const SIDE_NAME_SALIENCE = 0.045;
/**
 * Who holds an office, said or did something, asked as a gap of a side person's name: it asks to find a name the text
 * gives once. Per question over the blind readings, derived on the devset's rounds up to 44 and checked on the later
 * rounds and the readings of unseen articles: such gaps were worth asking 0.14 of 12 and 0.18 of 11 times, name gaps from
 * SIDE_NAME_SALIENCE to MIN_FILL_SALIENCE 0.28 of 22 and 0.78 of 10, figures below MIN_FILL_SALIENCE 0.15 of 74 and 0.43
 * of 38, terms 0.16 of 56 and 0.28 of 49: they fill a quiz up with the figures and terms, not before them.
 */
const asksSideName = (question: Question) => question.type === "cloze" && PERSON_TOPICS.has(question.topic) && question.salience < SIDE_NAME_SALIENCE;
/**
 * The order in which the rest fills a quiz up to QUIZ_FLOOR: who said or did what first, however little salient
 * (by all blind readings up to round 30, the default quizzes' fillers below salience 0.25 were worth asking: claim
 * statements 0.71 of 13, quote statements 0.41 of 17, figures 0.16 of 29, places 0 of 11); then the more salient,
 * terms and places of MIN_FILL_SALIENCE and more among them; below that, people, then figures, terms and side persons' names (asksSideName), then offices
 * to look up, then names in passing (asksNameInPassing: less salient places, organisations' names, the countries named),
 * and a date that is not the news last of all but for what the learner can guess without the text. Over all blind readings of today's devset pools, from MIN_FILL_SALIENCE to MIN_SALIENCE:
 * figures 0.47 of 17, terms 0.47 of 7, places 0.36 of 11; below it: name gaps of quotes 0.24 of 14, of people's
 * offices 0.20 of 12, figures 0.17 of 72, terms 0.18 of 56, office statements 0.05 of 24, places 0.01 of 24, dates
 * 0.06 of 18. A claim asked as a gap of its name ("Südosteuropa-Experte ___ spricht von einer Initiative") is not among
 * the first: it asks to find a name (asksClaim), and fills like the other gaps at its salience.
 */
const FILL_STAGES: readonly ((question: Question) => boolean)[] = [
  (question) => asksClaim(question),
  (question) => question.salience >= MIN_FILL_SALIENCE && !SELDOM_WORTH_FILLING.has(question.topic),
  (question) => question.salience >= MIN_FILL_SALIENCE && !asksNameInPassing(question),
  (question) => !INCIDENTAL_TOPICS.has(question.topic) && !asksOffice(question) && !asksSideName(question),
  (question) => !NAMES_IN_PASSING.has(question.topic) && !asksOffice(question),
  (question) => question.topic !== "date" && question.salience > GUESSABLE_SALIENCE,
  (question) => question.salience > GUESSABLE_SALIENCE,
  () => true,
];
/** Figures a quiz may hold before less salient figures fill it up: a figure outside the lead is seldom worth asking. */
export const FILLER_FIGURES = 2;
/** Figures a quiz of QUIZ_FLOOR may hold where it is short of that otherwise (the relaxed limit of the smallest full quiz). */
const FIGURES_WHEN_FEW = Math.floor(QUIZ_MIN_SIZE * MAX_FIGURE_SHARE_WHEN_FEW);
/** True/false statements per quiz. */
const MAX_STATEMENTS = 4;
/** Topics whose answer is a figure even when asked as a choice. */
const FIGURE_TOPICS: ReadonlySet<string> = new Set(["quantity", "member_count", "attendee_count", "member_count_change"]);
/**
 * The other orders compare every pair of questions: on a long pasted text (250 questions) that was
 * most of the request's CPU time, and the first pass finds little more for such a pool anyway.
 */
const MAX_POOL_FOR_OTHER_ORDERS = 120;
/**
 * A statement of who did or said what ranks this much above its salience: of the questions of one fact it is
 * the one to ask. Over the blind readings of rounds 4 to 14, such statements were worth asking 62 of 69
 * times at salience 0.35 or more and 14 of 20 between 0.145 and 0.35, the same facts as name gaps 25 of 40
 * and 6 of 13. Above JITTER, so the seed does not undo it.
 */
const CLAIM_STATEMENT_BONUS = 0.1;
/**
 * Who said or did what, asked so that the learner judges what was said or done: as a statement or a choice. As a gap
 * of the name it asks to find a name in the text, as a place's or a figure's gap does. Below MIN_SALIENCE, over all
 * blind readings of questions in today's devset pools, such name gaps were worth asking 0.29 of 39 times, statements
 * of claims 0.52 of 97 and choices 0.49 of 27; from MIN_SALIENCE on all three 0.8 to 0.9.
 */
const asksClaim = (question: Question) => CLAIM_TOPICS.has(question.topic) && question.type !== "cloze";
const isClaimStatement = (question: Question) => question.type === "truefalse" && CLAIM_TOPICS.has(question.topic);
/** "Wen hat Katrin Hellwig laut Text ... beauftragt?", "Gegen wen ...?", "Mit wem ...?": whom a deed concerned (src/generate/whom.ts). */
const WHOM_STEM = /^(?:\p{Lu}\p{Ll}* w|W)e[nm] /u;
const asksWhom = (question: Question) => question.topic === "action" && question.type === "single" && WHOM_STEM.test(question.stem);
/** How far the seed may move a question up or down the salience ranking, so that rounds differ. */
const JITTER = 0.08;

export interface DrawOptions {
  /** Decides among equally good questions and the order: the same seed gives the same quiz. */
  seed: string;
  /** Questions asked in earlier rounds: taken only when the pool has nothing else that fits. */
  avoid?: ReadonlySet<string>;
  /**
   * drawCurated only, instead of `avoid`: how often each question was asked in earlier rounds (a class's
   * lessons on the text). The fewest asked are taken first, the never asked before all.
   */
  timesAsked?: ReadonlyMap<string, number>;
  /** How many questions at most (QUIZ_SIZE by default). */
  size?: number;
  /** How many the quiz should have before variety rules are relaxed (QUIZ_MIN_SIZE, at most `size`). */
  minSize?: number;
}

/** What the rules need to know about a question, computed once per question object. */
interface Profile {
  question: Question;
  /**
   * The question's id, document and salience, read for every pair, pass and comparison: on the profile (one shape)
   * they cost less to read than on the question, whose type and optional fields give it one of many shapes.
   */
  id: string;
  documentId: string;
  salience: number;
  /**
   * The fact asked about and those it also states: no two questions of a quiz share one (of one document). Without
   * the document's id, compared as well only where the documents differ: every pair of a pool compares them, and
   * facts that share a long prefix cost a comparison of all of it.
   */
  facts: string[];
  /** Folded texts a learner must give or pick to be right. */
  keys: string[];
  /**
   * The keys, their genitives ("israels" for "israel") and a country's adjectives ("israelische"): another
   * question showing any of them gives the key away.
   */
  keyForms: string[];
  /** The filter bits of each key form's words (wordBits), for mayContain: each is looked for in every other question. */
  keyFormWords: (readonly number[])[];
  /**
   * For each key form written as an acronym ("IST", "ISTs"), the acronym as written, else undefined: another
   * question shows it only as itself or a name ("Uno"), not as the common word it folds to ("Nick Barton ist ...").
   */
  keyFormAcronyms: (string | undefined)[];
  /** Whether the learner must produce the answer (gap, figure): then seeing it among options gives it away. */
  produced: boolean;
  /** Folded stem, statement and gap sentence. */
  shown: string;
  /** Folded option texts. */
  options: string;
  /** Filters of the words of `shown` and `options` (src/bank/text.ts), made when first needed. */
  shownWords: number[] | undefined;
  optionWords: number[] | undefined;
  /** `shown` and `options` in their own case (spaces folded), made when an acronym key is first found in them folded. */
  casedShown: string | undefined;
  casedOptions: string | undefined;
  figure: boolean;
  countries: boolean;
  /** What a false statement wrongly claims (the words it has and its correction lacks): one quiz uses each foil once. */
  foil: string | undefined;
  /** The office a false statement of who holds which gives the person ("Verteidigungsminister"), folded. */
  borrowedOffice: string | undefined;
  /**
   * The figures a statement or a choice between two statements tells as true (in the true statement, or the false
   * one's correction), years and figures under ten left out: two of one text that tell the same figure tell one fact.
   */
  toldFigures: readonly string[];
  /** A statement's runs of content words after its actor (contentRuns), made when first needed; empty for other questions. */
  contentRuns: readonly string[] | undefined;
  /** The deed a claim tells as true (claimEvent), made when first needed; null for questions that tell none. */
  event: ClaimEvent | null | undefined;
  /** The folded quotes of its evidence, which its feedback shows (evidenceHolds), made when first needed. */
  evidenceText: string | undefined;
  /**
   * Which later-made profiles it may stand next to, worked out once per pair and kept by the earlier one, at
   * the difference of their serials: the profiles of a pool are made one after the other, so an array's
   * slots near its start (a pool's worth), which cost less to look up than a map's keys.
   */
  fits: (boolean | undefined)[];
  /** The order profiles are made in: which of two keeps their fit. */
  serial: number;
  /** The question's type as its place in QUESTION_TYPES: what Selection counts by. */
  typeIndex: number;
  /**
   * The question's evidence start, whether it is a true/false statement and whether one keyed true: kept on the
   * profile (one shape), as the rules read them for every pair and pass, and questions come in many shapes.
   */
  sentenceStart: number;
  statement: boolean;
  keyedTrue: boolean;
  /** Whether it is asked as it comes (isSalient) and which FILL_STAGES take it: fill asks these of every candidate on every pass. */
  salient: boolean;
  /** Whether it only asks to find a name in passing (asksNameInPassing): of two quizzes as salient, the one with fewer such wins. */
  nameInPassing: boolean;
  inFillStage: boolean[];
  /** Whether it asks who said or did what as a statement or choice (asksClaim). */
  claim: boolean;
}

let serials = 0;

/** The profiles made for a pool's questions, by question. */
type Profiles = Map<Question, Profile>;

/**
 * The profiles of the pools keepProfiles was given, kept from one draw to the next. A draw from any other
 * pool (a pasted text's) makes its own, which die with it: in a WeakMap by question they outlived it, as
 * V8's minor GC copies a WeakMap's values before it drops the entries of dead keys, and every pool's
 * profiles were copied, promoted and left for a full GC.
 */
const keptProfiles = new Map<readonly Question[], Profiles>();

/** Keeps the profiles of `pools` from draw to draw: for pools that live as long as the isolate (the committed bank's). */
export function keepProfiles(pools: Iterable<readonly Question[]>): void {
  for (const pool of pools) if (!keptProfiles.has(pool)) keptProfiles.set(pool, new Map());
}

/** Where the profiles of `pool`'s questions are kept: for as long as the pool is kept (keepProfiles), else for one draw. */
const profilesOf = (pool: readonly Question[]): Profiles => keptProfiles.get(pool) ?? new Map();

function numberSpellings(value: number): string[] {
  const [whole = "0", fraction] = String(Math.abs(value)).split(".");
  const sign = value < 0 ? "-" : "";
  const tail = fraction ? `,${fraction}` : "";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ".");
  return [...new Set([sign + whole + tail, sign + grouped + tail, sign + grouped.replaceAll(".", " ") + tail])];
}

/** The texts a learner must give or pick to be right (nothing for statements: their answer is a yes or no). */
export function answerTexts(question: Question): string[] {
  switch (question.type) {
    case "single":
      return question.options.filter((option) => option.id === question.answer).map((option) => option.text);
    case "multi":
      return question.options.filter((option) => question.answers.includes(option.id)).map((option) => option.text);
    case "numeric":
      return numberSpellings(question.answer);
    case "cloze":
      return [question.answer, ...question.accept];
    case "truefalse":
      return [];
  }
}

/**
 * Whether a text's title, which the learner reads above every question ("aus: <Titel>" in the mixed quiz), holds the
 * answer a gap or a figure asks to write ("Im ___ gegen IS nicht nachlassen" under the title "Im Kampf gegen IS nicht
 * nachlassen"): such a question gives itself away, and no draw of a bank text asks it. A choice it names an option of
 * still asks which one. An acronym answer counts where the title writes it as such, not as a common word ("IST" and "ist").
 */
export function givenAwayByTitle(title: string): (question: Question) => boolean {
  // Folded once per text, not for each of its questions (the Worker filters every bank pool as it starts).
  const shown = foldText(title);
  const cased = foldSpaces(title);
  return (question) => (question.type === "cloze" || question.type === "numeric") && answerTexts(question).some((answer) => showsAnswer(shown, cased, answer));
}

/** The text a learner reads before answering, options aside. */
export function shownText(question: Question): string {
  // Joined by hand, not as an array's join: a profile is made for every question of a pool.
  if (question.type === "truefalse") return `${question.stem} ${question.statement}`;
  if (question.type === "cloze" || question.type === "numeric") return `${question.stem} ${question.before ?? ""} ${question.after ?? ""}`;
  return question.stem;
}

/** The folded option texts, joined by " | ": by hand, not through a mapped array's join, as shownText. */
function foldedOptions(options: readonly { text: string }[]): string {
  let joined = "";
  for (let index = 0; index < options.length; index++) joined += index === 0 ? foldText(options[index]!.text) : ` | ${foldText(options[index]!.text)}`;
  return joined;
}

/** The words of a false statement that its correction does not have: the swapped name, office or figure. */
function foilOf(statement: string, correction: string): string {
  // Folded texts have single plain spaces between their words: split at those, without an expression. A
  // correction has a dozen words or two: looked through, they cost less than a set made of them.
  const right = foldText(correction).split(" ");
  const kept: string[] = [];
  for (const word of foldText(statement).split(" ")) if (!right.includes(word)) kept.push(word);
  return kept.join(" ");
}

/** A name or noun that takes an "s" in the genitive: it ends in a letter other than s, x, z or ß. */
const GENITIVE_S = /[^\P{L}sxzß]$/u;

/** A country's adjectives and the filter bits of their words (wordBits), made once: a country's gap has two dozen. */
interface Adjectives {
  forms: readonly string[];
  words: readonly (readonly number[])[];
}

const NO_ADJECTIVES: Adjectives = { forms: [], words: [] };

/** A country's adjective stems by its folded name, made once, when a quiz is first drawn. */
let stemsByCountry: Map<string, readonly string[]> | undefined;
/**
 * The adjectives of the countries asked so far (adjectivesOfCountry), by folded name: made as a country is first
 * asked, not for all 200 at the first draw (some 1,100 forms and their filter bits, a few ms of a cold start).
 */
const adjectivesByCountry = new Map<string, Adjectives>();

/**
 * The adjectives of a country by its folded name ("russland": "russische", "russischen", ...): "die russische
 * Propaganda" gives the gap "Russland" away as much as the name.
 */
function adjectivesOfCountry(name: string): Adjectives {
  if (!stemsByCountry) {
    stemsByCountry = new Map();
    for (const { name: countryName, iso2 } of countryNameEntries()) {
      const stems = iso2 ? COUNTRY_ADJECTIVE_STEMS[iso2] : undefined;
      if (stems) stemsByCountry.set(foldText(countryName), stems);
    }
  }
  // "Malis", "Großbritanniens": a gap may ask the name in the genitive.
  const country = stemsByCountry.has(name) ? name : name.endsWith("s") && stemsByCountry.has(name.slice(0, -1)) ? name.slice(0, -1) : undefined;
  if (country === undefined) return NO_ADJECTIVES;
  let adjectives = adjectivesByCountry.get(country);
  if (!adjectives) {
    const forms = stemsByCountry.get(country)!.flatMap((stem) => ADJECTIVE_ENDINGS.map((ending) => stem + ending));
    adjectives = { forms, words: forms.map(wordBits) };
    adjectivesByCountry.set(country, adjectives);
  }
  return adjectives;
}

/** `poolSize`: how many profiles are made with this one, whose fits it may keep (Profile.fits). */
function profileOf(question: Question, profiles: Profiles, poolSize = 0): Profile {
  let profile = profiles.get(question);
  if (!profile) {
    // A loop, not maps, flatMap and spreads: a profile is made for every question of a pool.
    const keys: string[] = [];
    const keyForms: string[] = [];
    const keyFormWords: (readonly number[])[] = [];
    const keyFormAcronyms: (string | undefined)[] = [];
    for (const answer of answerTexts(question)) {
      const key = foldText(answer);
      if (key.length < 2 && !/\d/u.test(key)) continue;
      keys.push(key);
      const acronym = isAcronym(answer) ? foldSpaces(answer) : undefined;
      keyForms.push(key);
      keyFormWords.push(wordBits(key));
      keyFormAcronyms.push(acronym);
      if (GENITIVE_S.test(key)) {
        const genitive = `${key}s`;
        keyForms.push(genitive);
        keyFormWords.push(wordBits(genitive));
        keyFormAcronyms.push(acronym === undefined ? undefined : `${acronym}s`);
      }
      const adjectives = adjectivesOfCountry(key);
      for (let index = 0; index < adjectives.forms.length; index++) {
        keyForms.push(adjectives.forms[index]!);
        keyFormWords.push(adjectives.words[index]!);
        keyFormAcronyms.push(undefined);
      }
    }
    // A figure the text writes as a word ("zwei Wirtschaftsprüfer"): a question that shows it so gives the number away.
    const written = question.type === "numeric" ? foldText(question.answerText) : "";
    if (written !== "" && !/\d/u.test(written) && !keyForms.includes(written)) {
      keyForms.push(written);
      keyFormWords.push(wordBits(written));
      keyFormAcronyms.push(undefined);
    }
    const countries = question.topic === "countries_named" && question.type === "multi";
    const foil = question.type === "truefalse" && !question.answer && question.correction ? foilOf(question.statement, question.correction) : undefined;
    profile = {
      question,
      id: question.id,
      documentId: question.documentId,
      salience: question.salience,
      facts: [question.fact, ...(question.alsoAbout ?? [])],
      keys,
      keyForms,
      keyFormWords,
      keyFormAcronyms,
      produced: question.type === "cloze" || question.type === "numeric",
      shown: foldText(shownText(question)),
      options: question.type === "single" || question.type === "multi" ? foldedOptions(question.options) : "",
      shownWords: undefined,
      optionWords: undefined,
      casedShown: undefined,
      casedOptions: undefined,
      figure: question.type === "numeric" || FIGURE_TOPICS.has(question.topic),
      countries,
      // Always set (undefined where there is none), so that every profile has one shape.
      foil,
      borrowedOffice: question.topic === "person_role" && foil !== undefined ? foil.replace(TRAILING_PUNCTUATION, "") : undefined,
      contentRuns: question.type === "truefalse" ? undefined : NO_RUNS,
      event: asksClaim(question) || actorGapDeed(question) !== undefined ? undefined : null,
      toldFigures: toldFiguresOf(question),
      evidenceText: undefined,
      // Room for the fits of the rest of its pool at once, not grown as they come: where the other orders compare
      // every pair (a larger pool's draw looks at a few pairs, and room for all would cost more than it saves).
      fits: new Array(poolSize <= MAX_POOL_FOR_OTHER_ORDERS ? poolSize : 0),
      serial: serials++,
      typeIndex: QUESTION_TYPES.indexOf(question.type),
      sentenceStart: question.sentenceStart ?? question.evidence.start,
      statement: question.type === "truefalse",
      keyedTrue: question.type === "truefalse" && question.answer,
      salient: isSalient(question, countries),
      nameInPassing: asksNameInPassing(question),
      inFillStage: FILL_STAGES.map((stage) => stage(question)),
      claim: asksClaim(question),
    };
    profiles.set(question, profile);
  }
  return profile;
}

/** A figure in a statement ("380", "1.200", "29,8"), not part of a word. */
const TOLD_FIGURE = /(?<![\p{L}\d.,])\d{1,3}(?:\.\d{3})*(?:,\d+)?(?![\p{L}\d])/gu;
/** A year ("2035", "1999"): many sentences of one text name the same one. */
const YEAR = /^(?:1[89]|20)\d{2}$/u;
/** Figures under ten ("zwei", "5"): counts that unrelated sentences share. */
const MIN_TOLD_FIGURE_LENGTH = 2;
const NO_FIGURES: readonly string[] = [];

/**
 * The figures `question` tells as true (Profile.toldFigures): its true statement, a false one's correction, a choice's
 * key, or a figure gap's answer ("50 Milliarden Euro" asked in the teaser and "33 Milliarden" as the body's false
 * statement of it: the one answers the other).
 */
function toldFiguresOf(question: Question): readonly string[] {
  const told =
    question.type === "numeric"
      ? question.answerText
      : question.type === "truefalse"
        ? question.answer
          ? question.statement
          : question.correction
        : question.type === "single" && question.topic === "action"
          ? question.options.find((option) => option.id === question.answer)?.text
          : undefined;
  if (told === undefined) return NO_FIGURES;
  const figures = told.match(TOLD_FIGURE);
  if (figures === null) return NO_FIGURES;
  return figures.filter((figure) => figure.length >= MIN_TOLD_FIGURE_LENGTH && !YEAR.test(figure));
}

/** Whether two questions tell one figure ("60 Betten" in the teaser's statement and in the body's). */
function tellSameFigure(x: Profile, y: Profile): boolean {
  if (x.toldFigures.length === 0 || y.toldFigures.length === 0) return false;
  for (const figure of x.toldFigures) if (y.toldFigures.includes(figure)) return true;
  return false;
}

/** Whether `asked` shows an answer of `other`: in its text, or among its options when `other` wants it produced. */
function reveals(asked: Profile, other: Profile): boolean {
  // Loops, not some(): this runs for every pair of a pool, both ways.
  for (let index = 0; index < other.keyForms.length; index++) {
    const key = other.keyForms[index]!;
    const words = other.keyFormWords[index]!;
    const acronym = other.keyFormAcronyms[index];
    if (mayContain(shownWords(asked), words) && showsInText(asked, key, acronym)) return true;
    if (other.produced && asked.options !== "" && mayContain(optionWords(asked), words) && showsInOptions(asked, key, acronym)) return true;
  }
  return false;
}

/** Whether the text of `profile` shows a key form (folded), and an acronym form (Profile.keyFormAcronyms) as the acronym. */
function showsInText(profile: Profile, key: string, acronym: string | undefined): boolean {
  if (!containsPhrase(profile.shown, key)) return false;
  if (acronym === undefined) return true;
  profile.casedShown ??= foldSpaces(shownText(profile.question));
  return containsAcronym(profile.casedShown, acronym);
}

/** showsInText for the options of `profile`. */
function showsInOptions(profile: Profile, key: string, acronym: string | undefined): boolean {
  if (!containsPhrase(profile.options, key)) return false;
  if (acronym === undefined) return true;
  const question = profile.question;
  profile.casedOptions ??= question.type === "single" || question.type === "multi" ? question.options.map((option) => foldSpaces(option.text)).join(" | ") : "";
  return containsAcronym(profile.casedOptions, acronym);
}

function shownWords(profile: Profile): number[] {
  profile.shownWords ??= wordFilter(profile.shown);
  return profile.shownWords;
}

function optionWords(profile: Profile): number[] {
  profile.optionWords ??= wordFilter(profile.options);
  return profile.optionWords;
}

/**
 * Whether two questions may stand in one quiz: about other facts, from other sentences, with other
 * answers, and neither giving the other's answer away (clashBetween).
 */
function fitTogether(x: Profile, y: Profile): boolean {
  // Fitting is the same both ways: kept once, by the earlier profile (half the map entries of keeping it on both).
  const earlier = x.serial < y.serial ? x : y;
  const later = earlier === x ? y : x;
  let fits = earlier.fits[later.serial - earlier.serial];
  if (fits === undefined) {
    fits = clashBetween(x, y) === undefined;
    earlier.fits[later.serial - earlier.serial] = fits;
  }
  return fits;
}

/**
 * Why two questions may not stand in one quiz, the first reason found; the teacher's review page says it.
 * `by` and `of`: `by` shows the answer of `of` ("shows"), offers its figure as a wrong choice ("offers"), or names the
 * office that the false statement `of` gives someone else ("office").
 */
export type Clash =
  | { reason: "sentence" | "fact" | "answer" | "foil" | "statements" | "event" }
  | { reason: "shows" | "offers" | "office"; by: Question; of: Question };

const SAME_SENTENCE: Clash = { reason: "sentence" };
const SAME_FACT: Clash = { reason: "fact" };
const SAME_ANSWER: Clash = { reason: "answer" };
const SAME_FOIL: Clash = { reason: "foil" };
const SAME_WORDS: Clash = { reason: "statements" };
const SAME_EVENT: Clash = { reason: "event" };

/** Why `x` and `y` may not stand in one quiz, or undefined where they may: fitTogether's decision. */
function clashBetween(x: Profile, y: Profile): Clash | undefined {
  // A sentence is its document and its evidence start: the starts compared first, as most differ.
  if (x.sentenceStart === y.sentenceStart && x.documentId === y.documentId) return SAME_SENTENCE;
  const givenAway = answerGivenAway(x, y);
  if (givenAway) return givenAway;
  // Two false statements with the same wrong speaker ("Barack Obama sagte ...") make a pattern, not a quiz.
  if (x.foil !== undefined && x.foil !== "" && x.foil === y.foil) return SAME_FOIL;
  if (showsOffice(x, y.borrowedOffice)) return { reason: "office", by: x.question, of: y.question };
  if (showsOffice(y, x.borrowedOffice)) return { reason: "office", by: y.question, of: x.question };
  if (x.statement && y.statement && shareRun(runsOf(x), runsOf(y))) return SAME_WORDS;
  if (tellSameEvent(x, y)) return SAME_EVENT;
  return undefined;
}

/** Keeps `fits` as fitTogether's answer for the pair of `x` and `y`, which later asks of it then read; returns it. */
function keepFit(x: Profile, y: Profile, fits: boolean): boolean {
  const earlier = x.serial < y.serial ? x : y;
  const later = earlier === x ? y : x;
  earlier.fits[later.serial - earlier.serial] = fits;
  return fits;
}

/**
 * Which pairs of `profiles` do not fit together (fitTogether false), as a matrix of `profiles.length` rows, 1 for a
 * pair that clashes; undefined where the profiles are of several documents or few (then each pair is compared). Found
 * through what two questions share, not by comparing every pair: the clash count of a short quiz's other orders
 * compared all of a pool's pairs (1,800 for 60 questions), a quarter of the draw on the largest pools, and most
 * pairs fit (four in five). Each reason of fitTogether in turn: one sentence, a fact, a told figure, a key, a foil or a run of
 * content words in common (questions grouped by it); an answer form or a borrowed office shown by the other (the
 * questions with every word of the form, from a table of which question has which word, then searched as reveals
 * and showsOffice search).
 */
function clashingPairs(profiles: readonly Profile[]): Uint8Array | undefined {
  const count = profiles.length;
  if (count < MIN_PROFILES_FOR_CLASH_TABLES) return undefined;
  for (const profile of profiles) if (profile.documentId !== profiles[0]!.documentId) return undefined;
  const clash = new Uint8Array(count * count);
  const mark = (i: number, j: number) => {
    clash[i * count + j] = 1;
    clash[j * count + i] = 1;
  };
  // Questions that share a value of one kind clash: each is marked against those before it with the value.
  const markShared = (valuesOf: (profile: Profile) => readonly (string | number)[]) => {
    const holders = new Map<string | number, number[]>();
    for (let index = 0; index < count; index++) {
      for (const value of valuesOf(profiles[index]!)) {
        const earlier = holders.get(value);
        if (earlier === undefined) holders.set(value, [index]);
        else if (earlier[earlier.length - 1] !== index) {
          for (const other of earlier) mark(other, index);
          earlier.push(index);
        }
      }
    }
  };
  markShared((profile) => [profile.sentenceStart]);
  markShared((profile) => profile.facts);
  markShared((profile) => profile.toldFigures);
  markShared((profile) => profile.keys);
  markShared((profile) => (profile.foil === undefined || profile.foil === "" ? NO_RUNS : [profile.foil]));
  markShared((profile) => (profile.statement ? runsOf(profile) : NO_RUNS));
  // Claims are a few of a pool: each pair of them not yet marked (most forms of one fact are) compared.
  const claims: number[] = [];
  for (let index = 0; index < count; index++) if (profiles[index]!.event !== null) claims.push(index);
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const x = claims[i]!;
      const y = claims[j]!;
      if (clash[x * count + y] === 0 && tellSameEvent(profiles[x]!, profiles[y]!)) mark(x, y);
    }
  }
  // Per word bit (wordBits), a row of bits, one per question whose shown text (or options) has a word of that bit:
  // the rows of a form's word bits together tell which questions' filters mayContain it.
  const words = (count + 31) >>> 5;
  const shownRows = new Uint32Array(1024 * words);
  const optionRows = new Uint32Array(1024 * words);
  // From each question's word filters (their set bits are its words' bits), kept on the profile as reveals keeps them.
  const addRow = (rows: Uint32Array, filter: readonly number[], index: number) => {
    for (let part = 0; part < 32; part++) {
      for (let set = filter[part]!; set !== 0; set &= set - 1) {
        const bit = (part << 5) + 31 - Math.clz32(set & -set);
        rows[bit * words + (index >>> 5)]! |= 1 << (index & 31);
      }
    }
  };
  for (let index = 0; index < count; index++) {
    const profile = profiles[index]!;
    addRow(shownRows, shownWords(profile), index);
    if (profile.options !== "") addRow(optionRows, optionWords(profile), index);
  }
  const holding = new Uint32Array(words);
  // Marks each question (not `other` itself) that `shows` the phrase (showsInText, showsInOptions), among those `rows` allow.
  const markHolders = (
    other: number,
    phrase: string,
    acronym: string | undefined,
    bits: readonly number[],
    rows: Uint32Array | undefined,
    shows: (profile: Profile, phrase: string, acronym: string | undefined) => boolean,
  ) => {
    for (let word = 0; word < words; word++) {
      let row = -1;
      if (rows) for (const bit of bits) row &= rows[bit * words + word]!;
      holding[word] = row;
    }
    for (let word = 0; word < words; word++) {
      for (let row = holding[word]!; row !== 0; row &= row - 1) {
        const index = (word << 5) + 31 - Math.clz32(row & -row);
        if (index >= count || index === other || clash[index * count + other] === 1) continue;
        if (shows(profiles[index]!, phrase, acronym)) mark(index, other);
      }
    }
  };
  for (let other = 0; other < count; other++) {
    const profile = profiles[other]!;
    for (let form = 0; form < profile.keyForms.length; form++) {
      const key = profile.keyForms[form]!;
      const bits = profile.keyFormWords[form]!;
      const acronym = profile.keyFormAcronyms[form];
      markHolders(other, key, acronym, bits, shownRows, showsInText);
      if (profile.produced) markHolders(other, key, acronym, bits, optionRows, showsInOptions);
    }
    const office = profile.borrowedOffice;
    if (office !== undefined && office !== "") markHolders(other, office, undefined, NO_BITS, undefined, showsInText);
  }
  return clash;
}

/** Below this many questions, comparing every pair costs no more than clashingPairs' tables (pools of 20 to 30 cost the same either way, side by side). */
const MIN_PROFILES_FOR_CLASH_TABLES = 30;

const NO_BITS: readonly number[] = [];

/**
 * "Benjamin Netanjahu ist Verteidigungsminister." (false) beside "Netanjahu zitierte seinen Verteidigungsminister ...
 * zu sich": a question that shows the office a false statement borrows shows it held by someone else.
 */
function showsOffice(profile: Profile, office: string | undefined): boolean {
  return office !== undefined && office !== "" && containsPhrase(profile.shown, office);
}

const TRAILING_PUNCTUATION = /[.,;:!?]+$/u;

const NO_RUNS: readonly string[] = [];
/** Words of this many letters or more count as content ("ganz", "offenes"); shorter ones are mostly articles and the like. */
const CONTENT_WORD_LENGTH = 4;
/** Content words in a row that two statements must share to tell the same. */
const RUN_LENGTH = 3;
/** The actor a statement opens with (capitalised words, "Klaus Schneeberger", "Die EU-Kommission"), and a quote's frame up to its colon. */
const STATEMENT_OPENING = /^(?:[^:]*:\s*|(?:\p{Lu}[\p{L}.'-]*\s+)+)/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A statement's runs of three content words after its actor or a quote's frame ("ganz offenes gesprächsklima"), two
 * of them written small: two statements of a text that share one tell the same thing, as a title and the body
 * sentence that retells it do ("Schneeberger sieht ein „ganz offenes Gesprächsklima“" and "Schneeberger hat
 * hervorgehoben, dass es ein ganz offenes Gesprächsklima gebe"): whichever is asked, the other answers it. Runs of
 * names ("gegen Anton Schlecker", "Spezies Servaea incana") say who or what, not what was said or done.
 */
function contentRuns(statement: string): readonly string[] {
  const words = wordsOf(statement.replace(STATEMENT_OPENING, ""));
  // Each word judged once (long enough, written small), not once per run it stands in: a profile is made for every statement.
  const long: boolean[] = [];
  const small: number[] = [];
  for (const word of words) {
    long.push(word.length >= CONTENT_WORD_LENGTH);
    small.push(startsSmall(word) ? 1 : 0);
  }
  const runs: string[] = [];
  for (let index = 0; index + RUN_LENGTH <= words.length; index++) {
    let smallWords = 0;
    let content = true;
    for (let at = index; at < index + RUN_LENGTH && content; at++) {
      content = long[at]!;
      smallWords += small[at]!;
    }
    if (content && smallWords >= 2)
      runs.push(
        words
          .slice(index, index + RUN_LENGTH)
          .join(" ")
          .toLowerCase(),
      );
  }
  return runs;
}

const SMALL_INITIAL = /^\p{Ll}/u;

/** Whether `word` starts with a small letter (SMALL_INITIAL), ASCII judged by its code. */
function startsSmall(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return SMALL_INITIAL.test(word);
}

/**
 * The matches of WORD in `text`, by a scan of its code units: matching the expression took four times as long as the
 * rest of contentRuns. A text with a surrogate (a letter beyond the first 65,536) is matched: WORD reads it as one character.
 */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdfff) return text.match(WORD) ?? [];
    if (isWordCode(code)) {
      if (start === -1) start = index;
    } else if (start !== -1) {
      words.push(text.slice(start, index));
      start = -1;
    }
  }
  if (start !== -1) words.push(text.slice(start));
  return words;
}

/**
 * `words` (wordsOf of `text`) in lower case: `text` lowered once and split again, not each word lowered (a call each,
 * a third of claimEvent's time). Where lowering the whole differs from lowering each word (a length that changes, "İ";
 * a Greek final sigma, which lowers by what follows it), each word is lowered.
 */
function loweredWords(text: string, words: readonly string[]): readonly string[] {
  const lowered = text.toLowerCase();
  if (lowered.length === text.length && !text.includes("Σ")) return wordsOf(lowered);
  return words.map((word) => word.toLowerCase());
}

function runsOf(profile: Profile): readonly string[] {
  profile.contentRuns ??= profile.question.type === "truefalse" ? contentRuns(profile.question.statement) : NO_RUNS;
  return profile.contentRuns;
}

/**
 * What a claim of who did or said what tells as true, for telling whether two claims tell one event (tellSameEvent): who acted
 * (the last of the capitalised words the statement opens with, folded: "alphago" of "Die Google-Software AlphaGo",
 * "forscher"), the words after them, folded, the first five letters of each of its nouns and names ("kampf",
 * "serva"), times left out, and its event verb families. Whether it tells what had happened before is made when first
 * needed (earlierOf): most pairs differ before that.
 */
interface ClaimEvent {
  actorHead: string;
  restWords: readonly string[];
  stems: readonly string[];
  families: readonly number[];
  earlier: boolean | undefined;
}

/** The first letters of a noun that stand for its word family ("kampf" of "Kampfentscheidungen", "Kampf"). */
const EVENT_STEM_LENGTH = 5;
/**
 * A form of an event verb family by its first word ("entschied"), with the family, the form's other small words ("für",
 * "sich") and its nouns, folded ("sieg"), which the statement's nouns end with.
 */
interface FamilyForm {
  family: number;
  others: readonly string[];
  nouns: readonly string[];
}
/** EVENT_VERB_FAMILIES' forms by their first word, alternatives ("sichert|sicherte") spelt out: each of a statement's words looked up once. */
const FAMILY_FORMS: ReadonlyMap<string, readonly FamilyForm[]> = (() => {
  const forms = new Map<string, FamilyForm[]>();
  const spelt = (parts: readonly string[]): string[][] => {
    if (parts.length === 0) return [[]];
    const rests = spelt(parts.slice(1));
    return parts[0]!.split("|").flatMap((word) => rests.map((rest) => [word, ...rest]));
  };
  EVENT_VERB_FAMILIES.forEach((family, index) => {
    for (const form of family) {
      for (const [first, ...words] of spelt(form.split(" "))) {
        const entries = forms.get(first!) ?? [];
        const others = words.filter((word) => startsSmall(word));
        const nouns = words.filter((word) => !startsSmall(word)).map((word) => word.toLowerCase());
        entries.push({ family: index, others, nouns });
        forms.set(first!, entries);
      }
    }
  });
  return forms;
})();
/** Endings of a noun's cases after its head ("Sieges", "Titels", "Spielen"). */
const NOUN_CASE_ENDINGS: readonly string[] = ["", "s", "es", "e", "en", "n"];

/** Whether a folded noun of a statement has `head` as its head ("gesamtsieg", "heimsieges" of "sieg"). */
function hasHead(noun: string, head: string): boolean {
  for (const ending of NOUN_CASE_ENDINGS) {
    if (noun.length >= head.length + ending.length && noun.endsWith(ending) && noun.startsWith(head, noun.length - ending.length - head.length)) return true;
  }
  return false;
}

/** Nouns of time and dates ("Samstag", "Jänner"): two deeds of any time share them. */
const NO_EVENT_STEMS: ReadonlySet<string> = new Set(
  [...EVENT_TIME_NOUNS, ...WEEKDAYS, ...MONTHS.keys()].map((word) => word.toLowerCase().slice(0, EVENT_STEM_LENGTH)),
);

function eventOf(profile: Profile): ClaimEvent | null {
  if (profile.event === undefined) {
    const told = toldDeed(profile.question);
    profile.event = told === undefined ? null : claimEvent(told);
  }
  return profile.event;
}

/** The statement a claim tells as true: a true statement, a false one's correction, a choice's key statement. */
function toldDeed(question: Question): string | undefined {
  if (question.type === "truefalse") return question.answer ? question.statement : question.correction;
  // A gap of who did it tells the deed with its key filled in: a statement of the same event in another sentence answers it.
  if (question.type === "cloze") return actorGapDeed(question);
  if (question.type !== "single") return undefined;
  const key = question.options.find((option) => option.id === question.answer)?.text;
  if (key === undefined) return undefined;
  // A choice between two statements ("Was trifft laut Text zu?").
  if (key.endsWith(".")) return key;
  // A choice of who did it tells the deed with its key as the actor: "Wer übernimmt laut Text das Innenressort?" of
  // "Wolfgang Sobotka" tells "Wolfgang Sobotka übernimmt das Innenressort."
  const { stem } = question;
  // A choice of what someone did or said tells it of them: "Was trifft laut Text auf Benjamin Netanjahu zu?" of "zitierte
  // ... Jaalon zu sich" tells "Benjamin Netanjahu zitierte ... Jaalon zu sich.", which a statement of the teaser may tell too.
  const about = ABOUT_PERSON.exec(stem);
  if (about) return `${about[1]} ${key}.`;
  if (!stem.startsWith(WHO_OPENER) || !stem.endsWith("?")) return undefined;
  return `${key} ${stem.slice(WHO_OPENER.length, -1).replace(PER_TEXT, " ")}.`;
}
/**
 * The deed a gap of who did it ("Ministerpräsident ___ zitierte ... zu sich", "Die ___ will ...") tells with its key
 * filled in: its own sentence, read as a statement is. A deed's gap is always of its actor (actions.ts); a quote's
 * may stand after the words ("..., sagt ___ zur APA"), which tells no deed.
 */
function actorGapDeed(question: Question): string | undefined {
  if (question.type !== "cloze" || question.topic !== "action") return undefined;
  const { before } = question;
  // A context sentence before the gap's own (gapcontext.ts): the deed is the gap's own sentence.
  const lastEnd = Math.max(before.lastIndexOf(". "), before.lastIndexOf("! "), before.lastIndexOf("? "));
  return `${lastEnd < 0 ? before : before.slice(lastEnd + 2)}${question.answer}${question.after}`;
}
const ABOUT_PERSON = /^Was trifft laut Text auf (.+) zu\?$/u;
const WHO_OPENER = "Wer ";
const PER_TEXT = / laut Text /;

function claimEvent(statement: string): ClaimEvent | null {
  const words = wordsOf(statement);
  const lowered = loweredWords(statement, words);
  // The finite verb: after the actor, or after a fronted phrase ("Am Samstag hat Lena Müller ...", "Heuer rechnet die
  // Regierung ..."), which the actor then follows.
  let finite = 0;
  while (finite < words.length && !startsSmall(words[finite]!)) finite++;
  const fronted = FRONTED_OPENERS.has(lowered[0] ?? "");
  let actorStart = fronted ? finite + 1 : 0;
  // "Am Samstag sicherte sich der Klub ...": the reflexive pronoun before the actor.
  if (fronted && words[actorStart] === "sich") actorStart++;
  while (actorStart < words.length && DEFINITE_ARTICLES.has(lowered[actorStart]!)) actorStart++;
  let actorEnd = actorStart;
  while (actorEnd < words.length && (!startsSmall(words[actorEnd]!) || continuesName(words, actorEnd))) actorEnd++;
  if (actorEnd === actorStart || actorEnd >= words.length || finite >= words.length) return null;
  if (!fronted) finite = actorEnd;
  const actorWords = lowered.slice(actorStart, actorEnd);
  const restWords: string[] = [];
  const stems: string[] = [];
  const small: string[] = [];
  const nouns: string[] = [];
  for (let index = 0; index < words.length; index++) {
    if (index >= actorStart && index < actorEnd) continue;
    const word = words[index]!;
    const folded = lowered[index]!;
    restWords.push(folded);
    if (startsSmall(word)) {
      small.push(word);
      continue;
    }
    nouns.push(folded);
    if (word.length >= EVENT_STEM_LENGTH && !actorWords.includes(folded)) {
      const stem = folded.slice(0, EVENT_STEM_LENGTH);
      if (!NO_EVENT_STEMS.has(stem) && !stems.includes(stem)) stems.push(stem);
    }
  }
  const families: number[] = [];
  for (const word of small) addFamilies(word, small, nouns, families);
  // "nahm ... fest": the particle closing the clause with the finite verb, as the families list it ("festnahm").
  const last = words[words.length - 1]!;
  if (CLOSING_PARTICLES.has(last)) addFamilies(last + words[finite]!, small, nouns, families);
  return { actorHead: actorWords[actorWords.length - 1]!, restWords, stems, families, earlier: EARLIER_AUXILIARIES.has(words[finite]!) || undefined };
}

/**
 * Adds to `families` each event verb family with a form that opens with `word` and whose other small words and nouns the
 * statement has (`small`, `nouns`). A function, not a closure made per claim: built with keepNames (tsx, wrangler), every
 * named closure also costs a defineProperty of its name.
 */
function addFamilies(word: string, small: readonly string[], nouns: readonly string[], families: number[]): void {
  for (const form of FAMILY_FORMS.get(word) ?? NO_FORMS) {
    if (families.includes(form.family) || !form.others.every((other) => small.includes(other))) continue;
    if (form.nouns.every((head) => nouns.some((noun) => hasHead(noun, head)))) families.push(form.family);
  }
}

/** "Alexander Van der Bellen", "Ursula von der Leyen": a small particle inside a name, before a capitalised word, goes on with it. */
function continuesName(words: readonly string[], index: number): boolean {
  const word = words[index]!;
  if (!startsSmall(words[index + 1] ?? "a")) {
    if (NAME_PARTICLES_INSIDE.has(word)) return true;
    if (PARTICLES_AFTER_LEADING_VON.has(word)) return PARTICLES_BEFORE_ARTICLE.has(words[index - 1]?.toLowerCase() ?? "");
  }
  return false;
}

/** NAME_PARTICLES but the articles, which go on with a name only after "von" or "van", and "zu" and "da", which are German words too. */
const NAME_PARTICLES_INSIDE: ReadonlySet<string> = new Set(
  [...NAME_PARTICLES].filter((particle) => !PARTICLES_AFTER_LEADING_VON.has(particle) && particle !== "zu" && particle !== "da"),
);
/** Words that open a statement with a phrase before its verb, not with its actor ("Am Samstag", "Heuer"). */
const FRONTED_OPENERS: ReadonlySet<string> = new Set([...PREPOSITIONS_BEFORE_NAMES, ...FRONTED_WORDS]);

const NO_FORMS: readonly FamilyForm[] = [];

/**
 * Whether the claim tells what had happened before: its statement opens so ("Die Hamas hatte zuletzt ..."), or its
 * sentence does before its first comma (its main clause, as a rule: "Der Klub hatte in der Vorwoche gegen ...
 * gewonnen", which statements tell in the simple past, "gewann in der Vorwoche"). A relative clause after a comma
 * ("..., der das Spiel jahrelang dominiert hatte") is left out.
 */
function earlierOf(profile: Profile, event: ClaimEvent): boolean {
  if (event.earlier === undefined) {
    const { quote, start } = profile.question.evidence;
    const own = profile.question.sentenceStart === undefined ? quote : quote.slice(Math.max(0, profile.question.sentenceStart - start));
    const comma = own.indexOf(",");
    event.earlier = wordsOf(comma === -1 ? own : own.slice(0, comma)).some((word) => EARLIER_AUXILIARIES.has(word));
  }
  return event.earlier;
}

/** Nouns two claims of one actor must share to tell one event where no event verb of one family says so. */
const SHARED_EVENT_STEMS = 2;

/**
 * Whether two claims of a text (deeds, quotes, choices of who did it) tell one event in other words, so that whichever
 * is asked, the other answers it: the teaser's "Die Google-Software AlphaGo hat den Kräftevergleich ... für sich
 * entschieden" and the lead's "... besiegte ... den Südkoreaner Lee Sedol". So where one actor does it and both tell it with verbs of one event family or name
 * two of the same things ("Forscher haben die Kampfentscheidungen von 81 Männchen der Spezies Servaea incana
 * untersucht" and "Forscher der Macquarie University ... haben ... untersucht, nach welcher Strategie die Männchen der
 * Spezies ..."), or where the one acted on is the other's actor ("Die Polizei hat vier Jugendliche festgenommen",
 * "Vier Jugendliche wurden ... verhaftet"). Not where one tells what had happened before ("Malische Soldaten hatten
 * erst in der vergangenen Woche ... zerstört"): an earlier deed of its own. Two different deeds of one actor share no
 * event verb and seldom two nouns.
 */
function tellSameEvent(x: Profile, y: Profile): boolean {
  if (x.event === null || y.event === null || x.documentId !== y.documentId) return false;
  const a = eventOf(x);
  const b = eventOf(y);
  if (a === null || b === null) return false;
  const sharedFamily = a.families.some((family) => b.families.includes(family));
  const same =
    a.actorHead === b.actorHead
      ? sharedFamily || sharedCount(a.stems, b.stems) >= SHARED_EVENT_STEMS
      : sharedFamily && (a.restWords.includes(b.actorHead) || b.restWords.includes(a.actorHead));
  return same && earlierOf(x, a) === earlierOf(y, b);
}

function sharedCount(x: readonly string[], y: readonly string[]): number {
  let shared = 0;
  for (const item of x) if (y.includes(item)) shared++;
  return shared;
}

function shareRun(x: readonly string[], y: readonly string[]): boolean {
  if (x.length === 0 || y.length === 0) return false;
  for (const run of x) if (y.includes(run)) return true;
  return false;
}

/** Whether `x` and `y` share a fact or an answer, or one gives the other's answer away (shows it, offers it as wrong). */
function answerGivenAway(x: Profile, y: Profile): Clash | undefined {
  if (x.documentId === y.documentId) {
    for (const fact of x.facts) if (y.facts.includes(fact)) return SAME_FACT;
    if (tellSameFigure(x, y)) return SAME_FACT;
  } else {
    if (shareFact(x, y)) return SAME_FACT;
    if (offersAsWrong(x, y)) return { reason: "offers", by: x.question, of: y.question };
    if (offersAsWrong(y, x)) return { reason: "offers", by: y.question, of: x.question };
  }
  for (const key of x.keys) if (y.keys.includes(key)) return SAME_ANSWER;
  if (reveals(x, y)) return { reason: "shows", by: x.question, of: y.question };
  if (reveals(y, x)) return { reason: "shows", by: y.question, of: x.question };
  return undefined;
}

/**
 * Whether a choice of a figure in one text offers the figure another text's question asks: wrong there, right here
 * ("68" Staaten as a wrong count of one text, the count another text gives), which a quiz across texts would ask as both.
 * Names offered in one text and asked in another are no contradiction: one text's speaker is another's wrong one.
 */
function offersAsWrong(choice: Profile, other: Profile): boolean {
  if (!choice.figure || !other.figure || choice.options === "" || other.keys.length === 0) return false;
  const options = choice.options.split(" | ");
  return other.keys.some((key) => options.includes(key));
}

/** Whether questions of two documents share a fact: as "document|fact", which two ids that hold "|" may share. */
function shareFact(x: Profile, y: Profile): boolean {
  const ofY = y.facts.map((fact) => `${y.documentId}|${fact}`);
  return x.facts.some((fact) => ofY.includes(`${x.documentId}|${fact}`));
}

export function compatible(a: Question, b: Question): boolean {
  const profiles: Profiles = new Map();
  return fitTogether(profileOf(a, profiles), profileOf(b, profiles));
}

interface Limits {
  size: number;
  perType: number;
  figures: number;
  statements: number;
  /**
   * How far true may lead false (or the other way) while choosing: by one in the greedy draws, which keep
   * them level as they go. The search for five checks the balance of each whole set instead: a lead that
   * it would refuse on the way (two false statements first) may end in a balanced set.
   */
  lead?: number;
}

class Selection {
  readonly chosen: Profile[] = [];
  /**
   * What the limits count, kept as questions join and leave: admits runs for every candidate of every pass,
   * and most candidates are turned away by these counts before any pair is compared.
   */
  /** Chosen questions per type, by QUESTION_TYPES index: counted in an array, as admits reads them for every candidate. */
  private readonly types = QUESTION_TYPES.map(() => 0);
  private figures = 0;
  private countries = 0;
  private statements = 0;
  private trues = 0;
  /** How many questions left the selection so far: while none leaves, a question it turned away stays turned away (fillOnce). */
  removals = 0;

  /** Whether the candidates are of several types: only then does a type's share count. */
  constructor(private readonly severalTypes: boolean) {}

  /** Whether `candidate` may join, under `limits`. */
  admits(candidate: Profile, limits: Limits): boolean {
    if (!this.withinLimits(candidate, limits)) return false;
    for (const profile of this.chosen) if (!fitTogether(profile, candidate)) return false;
    return true;
  }

  /** Whether `candidate` may join under `limits` as far as the counts tell: admits without the fit to each chosen question. */
  withinLimits(candidate: Profile, limits: Limits): boolean {
    // A chosen question does not fit with itself (one sentence): it never joins twice. A quiz has a dozen
    // questions at most: a look through them costs less than a set's lookup.
    if (this.chosen.length >= limits.size || this.chosen.includes(candidate)) return false;
    if (this.severalTypes && this.types[candidate.typeIndex]! >= limits.perType) return false;
    if (candidate.figure && this.figures >= limits.figures) return false;
    // "Which countries are named" only where the countries are what the text is about, and once.
    if (candidate.countries && (candidate.salience < MIN_SALIENCE || this.countries >= 1)) return false;
    if (candidate.statement) {
      if (this.statements >= limits.statements) return false;
      // Keep true and false level while choosing: one side may lead by one at most.
      const lead = this.trues * 2 - this.statements;
      const maxLead = limits.lead ?? 1;
      if ((candidate.keyedTrue && lead >= maxLead) || (!candidate.keyedTrue && lead <= -maxLead)) return false;
    }
    return true;
  }

  /** Whether the chosen statements are balanced (balancedStatements), from the counts kept: searchFloor asks it of every set it completes. */
  balanced(): boolean {
    return balancedShare(this.trues, this.statements);
  }

  /** Whether the chosen statements would be balanced with `candidate` among them: balanced, without it joining. */
  balancedWith(candidate: Profile): boolean {
    return balancedShare(this.trues + (candidate.keyedTrue ? 1 : 0), this.statements + (candidate.statement ? 1 : 0));
  }

  add(candidate: Profile): void {
    this.chosen.push(candidate);
    this.count(candidate, 1);
  }

  remove(candidate: Profile): void {
    this.chosen.splice(this.chosen.indexOf(candidate), 1);
    this.count(candidate, -1);
    this.removals++;
  }

  /** remove of the question that joined last, without a search and a splice: the search for five takes back every step. */
  removeLast(): void {
    this.count(this.chosen.pop()!, -1);
    this.removals++;
  }

  private count(profile: Profile, step: 1 | -1): void {
    this.types[profile.typeIndex]! += step;
    if (profile.figure) this.figures += step;
    if (profile.countries) this.countries += step;
    if (profile.statement) {
      this.statements += step;
      if (profile.keyedTrue) this.trues += step;
    }
  }
}

/** Whether the profiles are of more than one question type: a scan that stops at the first other type (no set of types). */
function ofSeveralTypes(profiles: readonly Profile[]): boolean {
  for (let index = 1; index < profiles.length; index++) if (profiles[index]!.typeIndex !== profiles[0]!.typeIndex) return true;
  return false;
}

const isTrue = (profile: Profile) => profile.keyedTrue;

/**
 * Whether the statements of a quiz are balanced: 35 to 65 % keyed true. With two to four statements
 * that means exactly half; a single statement can never be balanced.
 */
export function balancedStatements(questions: readonly Question[]): boolean {
  const statements = questions.filter((question) => question.type === "truefalse");
  return balancedShare(statements.filter((question) => question.type === "truefalse" && question.answer).length, statements.length);
}

/** Whether `trues` of `statements` statements is a balanced share (none at all is). */
function balancedShare(trues: number, statements: number): boolean {
  if (statements === 0) return true;
  const trueShare = trues / statements;
  return trueShare >= 0.35 && trueShare <= 0.65;
}

/** Which answer a statement needs to level the chosen statements (true or false), or undefined when they are level. */
function statementsTrailing(selection: Selection): boolean | undefined {
  let lead = 0;
  for (const profile of selection.chosen) if (profile.statement) lead += profile.keyedTrue ? 1 : -1;
  return lead === 0 ? undefined : lead < 0;
}

/** Drops the least salient statements of the side that leads until the statements are balanced; notes which. */
function balance(selection: Selection, dropped: Set<Profile>): void {
  for (;;) {
    // Counted first, without arrays: this runs after every pass, and mostly finds the statements balanced.
    let statementCount = 0;
    let trueCount = 0;
    for (const profile of selection.chosen) {
      if (!profile.statement) continue;
      statementCount++;
      if (profile.keyedTrue) trueCount++;
    }
    if (balancedShare(trueCount, statementCount)) return;
    const statements = selection.chosen.filter((profile) => profile.statement);
    const trues = statements.filter(isTrue).length;
    const leading = statements.filter((profile) => isTrue(profile) === trues * 2 > statements.length);
    const last = leading[leading.length - 1]!;
    selection.remove(last);
    dropped.add(last);
  }
}

/** The pool in the order to try: salience with a little of the seed mixed in, questions asked before last. */
function ranked(pool: readonly Question[], options: DrawOptions, profiles = profilesOf(pool)): Profile[] {
  const score = (question: Question) =>
    question.salience + (isClaimStatement(question) ? CLAIM_STATEMENT_BONUS : 0) + JITTER * ((hash(options.seed, question.id) % 1000) / 1000 - 0.5) * 2;
  const scored = pool.map((question) => ({
    profile: profileOf(question, profiles, pool.length),
    score: score(question),
    asked: options.avoid?.has(question.id) ?? false,
  }));
  scored.sort((a, b) => Number(a.asked) - Number(b.asked) || b.score - a.score || (a.profile.id < b.profile.id ? -1 : 1));
  return scored.map((entry) => entry.profile);
}

/**
 * One pass over the candidates in the given order: the strict rules first, relaxed when that gives too
 * few. Questions asked in earlier rounds (`asked`) only where the fresh ones leave the quiz short.
 */
function fillFrom(candidates: readonly Profile[], size: number, minSize: number, asked: (profile: Profile) => boolean): Profile[] {
  let best = fillOnce(candidates, size, minSize, asked, new Set());
  // A statement that balancing drops may have kept out another question about its fact or sentence
  // ("Wer muss ... entscheiden?" behind a lone "Das Landgericht muss ... entscheiden."): drawn again without it.
  const skipped = new Set<Profile>();
  for (let retry = 0; retry < MAX_RETRIES_WITHOUT_DROPPED && keptOut(best, candidates); retry++) {
    for (const profile of best.dropped) skipped.add(profile);
    const next = fillOnce(candidates, size, minSize, asked, skipped);
    if (!better(next.chosen, best.chosen)) break;
    best = next;
  }
  return best.chosen;
}

/** Whether a statement that balancing dropped shares its sentence with a question the quiz does not ask. */
function keptOut(drawn: { chosen: readonly Profile[]; dropped: ReadonlySet<Profile> }, candidates: readonly Profile[]): boolean {
  if (drawn.dropped.size === 0) return false;
  const dropped = [...drawn.dropped];
  const inDroppedSentence = (profile: Profile) =>
    dropped.some((other) => other.sentenceStart === profile.sentenceStart && other.documentId === profile.documentId);
  return candidates.some((profile) => inDroppedSentence(profile) && !drawn.dropped.has(profile) && !drawn.chosen.includes(profile));
}

/** How often a quiz is drawn again without the statements that balancing dropped. */
const MAX_RETRIES_WITHOUT_DROPPED = 2;

/**
 * One fillOnce at work: the candidates in order, those left out, the selection so far and the statements
 * balancing dropped. Methods, not closures made in fillOnce: it runs many times per draw, and built with
 * keepNames (tsx, wrangler) every named closure also costs a defineProperty of its name.
 */
class Filling {
  readonly selection: Selection;
  readonly dropped = new Set<Profile>();
  /** The candidates in order without those left out: every pass of `fill` runs over them. */
  private readonly open: readonly Profile[];
  /** The statements of `open`, claims first (partnersInOrder), and where the others start. */
  private partners: readonly Profile[] | undefined;
  private otherPartners = 0;

  constructor(
    candidates: readonly Profile[],
    skipped: ReadonlySet<Profile>,
    private readonly size: number,
    private readonly asked: (profile: Profile) => boolean,
  ) {
    this.selection = new Selection(ofSeveralTypes(candidates));
    this.open = skipped.size === 0 ? candidates : candidates.filter((profile) => !skipped.has(profile));
  }

  /** Adds, in order, every candidate `accept` takes that the selection admits under `limits`. */
  fill(limits: Limits, accept: (profile: Profile) => boolean): void {
    const chosen = this.selection.chosen;
    for (const candidate of this.open) {
      // Full: the selection admits none of the rest, which need not be looked at.
      if (chosen.length >= limits.size) return;
      if (accept(candidate) && this.selection.admits(candidate, limits)) this.selection.add(candidate);
    }
  }

  /**
   * A lone salient statement ("Nordkorea verschärft ... seine Drohgebärden.", keyed true) is the lead's
   * main event more often than not: before balancing drops it, a statement of the other side from
   * anywhere in the pool may join to pair it, less salient as it may be, also one place past `limits`.
   * Not past the floor (`pastLimit` false): a statement that fills a quiz up to it is a side matter more
   * often than not, and paired past it another joins (three quizzes of six on the devset, whose six such
   * statements past verdicts found worth asking 1.8 times of 6); dropped instead, it leaves its place to
   * another kind of question, its own choice first ("Was trifft laut Text zu?"), which needs no partner.
   */
  pairThenBalance(limits: Limits, fresh: boolean, pastLimit = true): void {
    const trailing = statementsTrailing(this.selection);
    if (trailing !== undefined) {
      const pairing: Limits = pastLimit ? { ...limits, size: Math.max(limits.size, Math.min(this.size, this.selection.chosen.length + 1)) } : limits;
      const partners = this.partnersInOrder();
      const chosen = this.selection.chosen;
      for (let index = 0; index < partners.length && chosen.length < pairing.size; index++) {
        // Other statements only where no claim paired it: a claim turned away then is turned away still, as the selection only grew.
        if (index === this.otherPartners && statementsTrailing(this.selection) !== trailing) break;
        const candidate = partners[index]!;
        if (candidate.keyedTrue === trailing && this.asked(candidate) !== fresh && this.selection.admits(candidate, pairing)) this.selection.add(candidate);
      }
    }
    balance(this.selection, this.dropped);
  }

  /**
   * The statements among the candidates, who said or did what first (asksClaim), however little salient, then the
   * others, each part in order: an office ("X ist Sprecher") below MIN_SALIENCE was worth asking 0.18 of 36 times over
   * all blind readings of today's devset pools, a claim 0.52 of 97. Such an office is no partner at all: it made
   * quizzes of six to eight ask "John Kerry ist Präsident." beside the claims (worth asking 0 of 12 over the readings of
   * the devset's three such partners), where without it the claim gives way to its own choice ("Wer sagte ...?") or
   * the quiz is no shorter than its floor; it still fills a quiz short of the floor (FILL_STAGES). Made when a
   * statement first wants a partner.
   */
  private partnersInOrder(): readonly Profile[] {
    if (this.partners === undefined) {
      const claims: Profile[] = [];
      const others: Profile[] = [];
      for (const profile of this.open) {
        if (!profile.statement || (!profile.salient && asksOffice(profile.question))) continue;
        (profile.claim ? claims : others).push(profile);
      }
      this.otherPartners = claims.length;
      this.partners = [...claims, ...others];
    }
    return this.partners;
  }
}

function fillOnce(
  candidates: readonly Profile[],
  size: number,
  minSize: number,
  asked: (profile: Profile) => boolean,
  skipped: ReadonlySet<Profile>,
): { chosen: Profile[]; dropped: Set<Profile> } {
  const filling = new Filling(candidates, skipped, size, asked);
  const selection = filling.selection;
  const strictLimits: Limits = {
    size,
    perType: Math.max(2, Math.ceil(size * MAX_TYPE_SHARE)),
    figures: Math.max(1, Math.floor(size * MAX_FIGURE_SHARE)),
    statements: MAX_STATEMENTS,
  };
  // Too few: any type in any number, a few more figures; still no giveaway and balanced statements.
  const relaxedLimits: Limits = {
    size: minSize,
    perType: minSize,
    figures: Math.max(strictLimits.figures, Math.floor(minSize * MAX_FIGURE_SHARE_WHEN_FEW)),
    statements: MAX_STATEMENTS,
  };
  // The floor: less salient questions, only as many as a quiz needs to be one.
  // Salient figures (a lead's) are asked as they come; less salient ones fill only a quiz with fewer than two.
  const floor: Limits = { ...relaxedLimits, size: Math.min(QUIZ_FLOOR, minSize), figures: Math.min(relaxedLimits.figures, FILLER_FIGURES) };
  // Where no candidate was asked before, the pass for those adds none: only its first balancing is left.
  const noneAsked = !candidates.some(asked);
  for (const fresh of [true, false]) {
    if (!fresh && noneAsked) {
      filling.pairThenBalance(strictLimits, fresh);
      break;
    }
    // Questions of earlier rounds come back only to make a quiz of the floor: another round is for new ones.
    const strict = fresh ? strictLimits : { ...strictLimits, size: floor.size };
    const relaxed = fresh ? relaxedLimits : { ...relaxedLimits, size: Math.min(relaxedLimits.size, floor.size) };
    let removals = selection.removals;
    filling.fill(strict, (profile) => asked(profile) !== fresh && profile.salient);
    filling.pairThenBalance(strict, fresh);
    // Places freed by balancing go to other kinds of question first. Where balancing freed none, the selection
    // only grew since these were looked at, under the same limits: what it turned away then it turns away now.
    if (selection.removals !== removals) filling.fill(strict, (profile) => asked(profile) !== fresh && profile.salient && !profile.statement);
    if (selection.chosen.length < minSize) {
      filling.fill(relaxed, (profile) => asked(profile) !== fresh && profile.salient);
      filling.pairThenBalance(relaxed, fresh);
    }
    // Then what is left, the more salient first, the rest only where the quiz is still short.
    for (let stage = 0; stage < FILL_STAGES.length; stage++) {
      if (selection.chosen.length >= floor.size) break;
      removals = selection.removals;
      filling.fill(floor, (profile) => asked(profile) !== fresh && profile.inFillStage[stage]!);
      filling.pairThenBalance(floor, fresh, false);
      // A lone statement that balancing dropped leaves a place for another kind of question (as above, only where one left).
      if (selection.removals !== removals) filling.fill(floor, (profile) => asked(profile) !== fresh && profile.inFillStage[stage]! && !profile.statement);
    }
    // A quiz of five with a third figure rather than none: a report on a study is figures.
    if (selection.chosen.length < floor.size) filling.fill({ ...floor, figures: relaxed.figures }, (profile) => asked(profile) !== fresh && profile.figure);
    if (selection.chosen.length >= minSize) break;
    // Another round asks what it has not asked yet: questions of earlier rounds come back only to make a quiz at all.
    if (fresh && !noneAsked && selection.chosen.length >= floor.size) break;
  }
  return { chosen: selection.chosen, dropped: filling.dropped };
}

/**
 * Asked as it comes, in any number; who said or did what from MIN_CLAIM_SALIENCE on where asked as a statement or a
 * choice, as a name gap only from MIN_SALIENCE on. "Which countries are named" tests scanning: it only helps a quiz up to the floor;
 * so does a quote's true and false statement side by side as a choice: its statements ask it, where a statement of
 * the other key balances them, and the choice takes its place only in a quiz short of the floor.
 */
const isSalient = (question: Question, countries: boolean) =>
  !isQuoteChoice(question) && ((question.salience >= MIN_SALIENCE && !countries) || (asksClaim(question) && question.salience >= MIN_CLAIM_SALIENCE));

/**
 * A gap whose key is only a date, a place or an organisation's name, or the countries a text names, where not salient:
 * it asks to find a name the text gives in passing, not what happened (NAMES_IN_PASSING). A place from MIN_FILL_SALIENCE
 * on is not among them: near the lead it is often where the news happened (over rounds 7 to 30, such place gaps were
 * worth asking 0.36 of 11 times, figures and terms below MIN_FILL_SALIENCE 0.17 and 0.18). Of two quizzes of the floor
 * as salient, the one with fewer such questions is asked: a place gap of 0.07 is no better than a term gap of 0.02
 * for being nearer the lead.
 */
function asksNameInPassing(question: Question): boolean {
  if (!NAMES_IN_PASSING.has(question.topic)) return false;
  if (question.topic === "place" && question.salience >= MIN_FILL_SALIENCE) return false;
  return !isSalient(question, question.topic === "countries_named" && question.type === "multi");
}

/** "Was trifft laut Text zu?" with "X sagte: …" and the same words given to another or changed (src/generate/claims.ts). */
const QUOTE_CHOICE_STEM = "Was trifft laut Text zu?";
const isQuoteChoice = (question: Question) => question.topic === "quote" && question.type === "single" && question.stem === QUOTE_CHOICE_STEM;

const totalSalience = (chosen: readonly Profile[]) => chosen.reduce((sum, profile) => sum + profile.salience, 0);
const better = (chosen: readonly Profile[], than: readonly Profile[]) =>
  chosen.length > than.length || (chosen.length === than.length && totalSalience(chosen) > totalSalience(than));

function select(candidates: readonly Profile[], options: DrawOptions): Question[] {
  const size = options.size ?? QUIZ_SIZE;
  const minSize = Math.min(options.minSize ?? QUIZ_MIN_SIZE, size);
  const asked = (profile: Profile) => options.avoid?.has(profile.id) ?? false;
  let best = fillFrom(candidates, size, minSize, asked);
  if (best.length < minSize && candidates.length > best.length && candidates.length <= MAX_POOL_FOR_OTHER_ORDERS) {
    // Too few in salience order: one question can crowd out several (the main actor's name as a gap
    // blocks every question that shows the name). Try again with such questions later in the order.
    // With how many other candidates each clashes, each pair looked at once: fitting is the same both ways.
    // Each profile once (`distinct`), how often it stands among the candidates and where first: counted by index in
    // `distinct`, not in maps, as the pairs below and the sorts' comparisons read them.
    const distinctIndex = new Map<Profile, number>();
    const distinct: Profile[] = [];
    const counts: number[] = [];
    const firstPositions: number[] = [];
    candidates.forEach((profile, position) => {
      const known = distinctIndex.get(profile);
      if (known !== undefined) {
        counts[known]!++;
        return;
      }
      distinctIndex.set(profile, distinct.length);
      distinct.push(profile);
      counts.push(1);
      firstPositions.push(position);
    });
    const clashes = distinct.map(() => 0);
    const clashing = clashingPairs(distinct);
    for (let i = 0; i < distinct.length; i++) {
      for (let j = i + 1; j < distinct.length; j++) {
        if (clashing ? keepFit(distinct[i]!, distinct[j]!, clashing[i * distinct.length + j] === 0) : fitTogether(distinct[i]!, distinct[j]!)) continue;
        clashes[i]! += counts[j]!;
        clashes[j]! += counts[i]!;
      }
    }
    const conflicts = (profile: Profile) => clashes[distinctIndex.get(profile)!]!;
    // Each candidate with what the orders compare (its clashes and where it first stands, as indexOf tells), looked up
    // once instead of in every comparison.
    const sortable = candidates.map((profile) => {
      const index = distinctIndex.get(profile)!;
      return { profile, conflicts: clashes[index]!, share: clashes[index]! / candidates.length, position: firstPositions[index]! };
    });
    type Sortable = (typeof sortable)[number];
    const stable = (a: Sortable, b: Sortable) => a.position - b.position;
    const alternatives = [
      [...sortable].sort((a, b) => b.profile.salience - b.share - (a.profile.salience - a.share) || stable(a, b)),
      [...sortable].sort((a, b) => a.conflicts - b.conflicts || stable(a, b)),
    ].map((order) => order.map((entry) => entry.profile));
    for (const order of alternatives) {
      const chosen = fillFrom(order, size, minSize, asked);
      if (better(chosen, best)) best = chosen;
    }
    if (best.length < QUIZ_FLOOR) best = withOneLeftOut(candidates, best, size, minSize, asked);
    best = withoutBlocker(candidates, best, size, minSize, asked, (profile) => conflicts(profile) >= MIN_BLOCKED);
    if (best.length < Math.min(QUIZ_FLOOR, size)) {
      best = searchFloor(distinct, Math.min(QUIZ_FLOOR, size), asked) ?? best;
      // A quiz of five with a third figure rather than none, as the fill's last step allows: a report on a study is figures.
      if (best.length < Math.min(QUIZ_FLOOR, size)) best = searchFloor(distinct, Math.min(QUIZ_FLOOR, size), asked, undefined, FIGURES_WHEN_FEW) ?? best;
      // No quiz of the floor at all (a short text): the longest one below it that the rules allow, where it asks as many
      // salient questions (fillers are no gain over a question worth asking), or gives up no question for a less salient
      // one (keepsEverySalience: a quote asked by its choice instead of its statement, which counts as no salient question
      // but asks the same) nor a fresh question of another round for one asked before. The greedy draws stop short where
      // the statements they take first find no partner of the other key that a later set of them would.
      const countFresh = (chosen: readonly Profile[]) => chosen.filter((profile) => !asked(profile)).length;
      for (let shorter = Math.min(QUIZ_FLOOR, size) - 1; best.length < shorter; shorter--) {
        const found = searchFloor(distinct, shorter, asked) ?? searchFloor(distinct, shorter, asked, undefined, FIGURES_WHEN_FEW);
        if (found && (countSalient(found) >= countSalient(best) || (keepsEverySalience(found, best) && countFresh(found) >= countFresh(best)))) {
          best = found;
          break;
        }
      }
    } else if (best.length === QUIZ_FLOOR) {
      // The greedy draws may fill a quiz of the floor with fillers where another set of that size asks more salient
      // questions (a pair of statements that only fits as a whole); as many salient questions keep the fill stages' choice.
      // No set asks more salient questions than the floor or than the salient candidates hold that all fit together
      // (mostSalientFitting): then the search is not made. Another round looks only among the questions it has not
      // asked: a salient one asked before is no gain over a fresh filler. Nor is a set as salient that asks as many names
      // in passing (a place, a date): where the fill took one, a set as salient without it is looked for.
      const unasked = distinct.filter((profile) => !asked(profile));
      const namesInPassing = countNamesInPassing(best);
      if (countSalient(best) < Math.min(QUIZ_FLOOR, mostSalientFitting(unasked)) || namesInPassing > 0) {
        // As many figures as the fill took (a third where the text offers little else), so that a set without the name may keep them.
        const figures = Math.max(FILLER_FIGURES, best.filter((profile) => profile.figure).length);
        const improves = (searched: Profile[] | undefined): searched is Profile[] => {
          const gain = searched ? countSalient(searched) - countSalient(best) : -1;
          return searched !== undefined && (gain > 0 || (gain === 0 && countNamesInPassing(searched) < namesInPassing));
        };
        const searched = searchFloor(unasked, QUIZ_FLOOR, asked, undefined, figures);
        if (improves(searched)) best = searched;
        else if (namesInPassing > 0 && figures < FIGURES_WHEN_FEW) {
          // A third figure rather than a name in passing: below MIN_SALIENCE, over all blind readings of today's devset
          // pools, figures were worth asking 0.17 of 72 times, places 0.01 of 24, dates 0.06 of 18.
          const withThirdFigure = searchFloor(unasked, QUIZ_FLOOR, asked, undefined, FIGURES_WHEN_FEW);
          if (improves(withThirdFigure)) best = withThirdFigure;
        }
      }
    }
  }
  const withEvent = withMainEvent(candidates, withSalientClaims(candidates, best, asked), asked);
  return ordered(withLoneClaim(candidates, withEvent, asked, options.seed), options.seed);
}

/**
 * A salient statement of who said or did what that the draws left out, while a less salient one of its key is in: the
 * order that made the longest quiz took others first, and the cap of statements or the balance then turned the claim
 * away ("Russland forderte Wahlen in Syrien …", salience 1, out for a quote of 0.39). It takes the place of the least
 * salient statement of its key (and of the less salient questions it clashes with, where that keeps the size): the
 * count of statements and their balance stay, and no question that stays gives it away. Within one text: the mixed
 * quiz keeps every text it asks about.
 */
function withSalientClaims(candidates: readonly Profile[], best: Profile[], asked: (profile: Profile) => boolean): Profile[] {
  let chosen = best;
  for (const claim of new Set(candidates)) {
    if (!claim.claim || !claim.statement || !claim.salient || asked(claim) || chosen.includes(claim)) continue;
    const clashing = chosen.filter((profile) => !fitTogether(profile, claim));
    if (clashing.some((profile) => profile.salience >= claim.salience || profile.documentId !== claim.documentId)) continue;
    const staying = chosen.filter((profile) => !clashing.includes(profile));
    const statements = staying.filter((profile) => profile.statement);
    const trues = statements.filter(isTrue).length + (claim.keyedTrue ? 1 : 0);
    let swapped = [...staying, claim];
    if (statements.length >= MAX_STATEMENTS || !balancedShare(trues, statements.length + 1)) {
      // The least salient statement of its key gives way: the count and the balance stay as they were.
      const giving = statements
        .filter((profile) => profile.keyedTrue === claim.keyedTrue && profile.salience < claim.salience && profile.documentId === claim.documentId)
        .reduce<Profile | undefined>((least, profile) => (least === undefined || profile.salience < least.salience ? profile : least), undefined);
      if (!giving) continue;
      swapped = swapped.filter((profile) => profile !== giving);
      if (!balancedShare(trues - (claim.keyedTrue ? 1 : 0), statements.length)) continue;
    }
    if (swapped.length < chosen.length || countSalient(swapped) < countSalient(chosen)) continue;
    chosen = swapped;
  }
  return chosen;
}

/**
 * At most how many salient questions of `candidates` a quiz can hold: the salient ones put into groups of which no
 * two fit together (the first group each clashes with all of, in order), one group per question a quiz could take.
 * A bound, not the most there are: it spares the floor search where the greedy draws already ask as many, which
 * was three in four of the searches on the devset, and costs only fits the clash count already looked up.
 */
function mostSalientFitting(candidates: readonly Profile[]): number {
  const groups: Profile[][] = [];
  for (const profile of candidates) {
    if (!profile.salient) continue;
    const group = groups.find((members) => members.every((member) => !fitTogether(member, profile)));
    if (group) group.push(profile);
    else groups.push([profile]);
  }
  return groups.length;
}

/** Who did or said what, this salient: the main event of the lead. */
const MAIN_EVENT_SALIENCE = 0.9;

/**
 * A quiz of the floor that leaves out the lead's main event (who did or said what) for lesser questions its
 * statement or gap would give away (a gap of the teaser, an office named in the same sentence): the greedy
 * draws keep the count and lose what a teacher would ask first. A search for a quiz of the same size with the
 * main event in it; taken where one exists.
 */
function withMainEvent(candidates: readonly Profile[], best: Profile[], asked: (profile: Profile) => boolean): Profile[] {
  if (best.length > QUIZ_FLOOR) return best;
  const distinct = [...new Set(candidates)];
  const main = distinct.find((profile) => isMainEvent(profile.question) && !asked(profile));
  if (!main) return best;
  // Asked already where a question of the quiz asks what its sentence says (a term or a figure of it); an office
  // or a place named there is no question about the event.
  const sentence = main.question.evidence.start;
  if (best.some(({ question }) => question.evidence.start === sentence && EVENT_TOPICS.has(question.topic))) return best;
  // The event in any of its forms, in rank order: where its true statement has no false one to pair with, its false
  // statement may have a true one, or its gap may fit.
  const forms = distinct.filter((profile) => profile.question.fact === main.question.fact && isMainEvent(profile.question) && !asked(profile));
  for (const form of forms) {
    const found = searchFloor(distinct, best.length, asked, form);
    if (found) return found;
  }
  return best;
}

/**
 * A quiz short of the floor with no statement, that leaves out who said or did what because the claim's only forms
 * that fit are a true and a false statement ("Der Landtag hat ... beschlossen" and "... nicht beschlossen"), and a lone
 * statement is never balanced: it asks the claim as one of the two, the side drawn from the seed, so that such a
 * statement is true as often as false and its key tells the learner nothing. The lead's main event first, then any
 * claim a quiz takes as salient (a report's "Das Übergreifen der Flammen ... ist verhindert worden", salience 0.7, out
 * of a quiz of four fillers: dates, figures, terms); the first claim whose drawn side fits every question of the quiz.
 */
function withLoneClaim(candidates: readonly Profile[], best: Profile[], asked: (profile: Profile) => boolean, seed: string): Profile[] {
  if (best.length >= QUIZ_FLOOR || best.some((profile) => profile.statement)) return best;
  const distinct = [...new Set(candidates)];
  const tried = new Set<string>();
  for (const claim of distinct) {
    if (asked(claim) || !((claim.claim && claim.salient) || isMainEvent(claim.question))) continue;
    const fact = claim.question.fact;
    if (tried.has(fact)) continue;
    tried.add(fact);
    if (best.some((profile) => profile.facts.includes(fact))) continue;
    const statements = distinct.filter((profile) => profile.statement && profile.question.fact === fact && !asked(profile));
    const truths = statements.filter(isTrue);
    const falsehoods = statements.filter((profile) => !profile.keyedTrue);
    if (truths.length === 0 || falsehoods.length === 0) continue;
    const side = hash(seed, fact) % 2 === 0 ? truths : falsehoods;
    const form = side.find((profile) => best.every((chosen) => fitTogether(chosen, profile)));
    if (form) return [...best, form];
  }
  return best;
}

/** Questions that ask what a sentence says happened, not who holds which office or where it is. */
const EVENT_TOPICS: ReadonlySet<string> = new Set([...CLAIM_TOPICS, "term", "quantity"]);
const isMainEvent = (question: Question) => CLAIM_TOPICS.has(question.topic) && question.salience >= MAIN_EVENT_SALIENCE;

/** Sets a search for a quiz of QUIZ_FLOOR may try: bounds its CPU on a pool where many questions fit together. */
const MAX_FLOOR_SEARCH_STEPS = 4000;

/**
 * A quiz of `floor` questions where the greedy draws found none: a depth-first search over the candidates
 * in their order, under the floor's rules (no giveaway, one question per fact and sentence, at most
 * FILLER_FIGURES figures, balanced statements). The greedy draws miss such sets where one salient question
 * (a choice whose stem and options show the main actor) blocks several others. Of the sets found, the one
 * with the most salient questions, then the fewest names in passing (asksNameInPassing), then the most salience,
 * wins; fresh questions before those asked before. With `required`, only sets that hold it.
 */
function searchFloor(
  candidates: readonly Profile[],
  floor: number,
  asked: (profile: Profile) => boolean,
  required?: Profile,
  figures = FILLER_FIGURES,
): Profile[] | undefined {
  const limits: Limits = { size: floor, perType: floor, figures, statements: MAX_STATEMENTS, lead: MAX_STATEMENTS };
  const order = [
    ...candidates.filter((profile) => !asked(profile) && profile !== required),
    ...candidates.filter((profile) => asked(profile) && profile !== required),
  ];
  const selection = new Selection(ofSeveralTypes(candidates));
  let best: Profile[] | undefined;
  let steps = 0;
  // asksMoreSalient of the chosen set against the best, from counts and sums kept as questions join: most of the
  // search's sets are complete ones, and counting each (arrays filtered, summed) was a third of the search's time.
  // The sums are kept per depth, each the one before plus a salience, so they equal totalSalience's sum exactly.
  let bestSalient = 0;
  let bestSalience = 0;
  let bestNamesInPassing = 0;
  const salientAt: number[] = [0];
  const salienceAt: number[] = [0];
  const namesInPassingAt: number[] = [0];
  const join = (candidate: Profile) => {
    selection.add(candidate);
    const depth = selection.chosen.length;
    salientAt[depth] = salientAt[depth - 1]! + (candidate.salient ? 1 : 0);
    salienceAt[depth] = salienceAt[depth - 1]! + candidate.salience;
    namesInPassingAt[depth] = namesInPassingAt[depth - 1]! + (candidate.nameInPassing ? 1 : 0);
  };
  const better = (salient: number, salience: number, namesInPassing: number) => {
    if (!best) return true;
    const gain = salient - bestSalient;
    if (gain !== 0) return gain > 0;
    if (namesInPassing !== bestNamesInPassing) return namesInPassing < bestNamesInPassing;
    return salience > bestSalience;
  };
  // The last question of a set is judged without joining the selection: most of the search's steps complete a set.
  const completeWith = (candidate: Profile) => {
    const salient = salientAt[floor - 1]! + (candidate.salient ? 1 : 0);
    const salience = salienceAt[floor - 1]! + candidate.salience;
    const namesInPassing = namesInPassingAt[floor - 1]! + (candidate.nameInPassing ? 1 : 0);
    if (selection.balancedWith(candidate) && better(salient, salience, namesInPassing)) {
      best = [...selection.chosen, candidate];
      bestSalient = salient;
      bestSalience = salience;
      bestNamesInPassing = namesInPassing;
    }
  };
  // The places whose candidates fit the required question (all without one), a bit each. Deeper levels fit a subset.
  // Per place, the later ones of those whose candidates fit its own, made when the place first joins: the search joins
  // the same places again and again, and comparing each with every fitting place at each join was most of its time.
  const words = (order.length + 31) >>> 5;
  const fittingRequired = new Uint32Array(words);
  for (let place = 0; place < order.length; place++) if (!required || fitTogether(required, order[place]!)) fittingRequired[place >>> 5]! |= 1 << (place & 31);
  const fitsAfter: (Uint32Array | undefined)[] = new Array(order.length);
  const fitsAfterOf = (place: number) => {
    let row = fitsAfter[place];
    if (row === undefined) {
      row = new Uint32Array(words);
      const candidate = order[place]!;
      for (let later = place + 1; later < order.length; later++) {
        if ((fittingRequired[later >>> 5]! & (1 << (later & 31))) !== 0 && fitTogether(candidate, order[later]!)) row[later >>> 5]! |= 1 << (later & 31);
      }
      fitsAfter[place] = row;
    }
    return row;
  };
  // Each call looks at the places from `from` to `last` in turn, one step each, and adds a candidate the selection
  // admits. `fitting` has a bit for each place from `from` on whose candidate fits every chosen question: the others
  // are turned away without a look, their steps counted in one sum. Most places fit some chosen question not, and
  // looking at each (a fit to every chosen one) was most of the search's time.
  const fittingAt: (Uint32Array | undefined)[] = [];
  const extend = (from: number, fitting: Uint32Array) => {
    if (selection.chosen.length === floor) {
      if (selection.balanced() && better(salientAt[floor]!, salienceAt[floor]!, namesInPassingAt[floor]!)) {
        best = [...selection.chosen];
        bestSalient = salientAt[floor]!;
        bestSalience = salienceAt[floor]!;
        bestNamesInPassing = namesInPassingAt[floor]!;
      }
      return;
    }
    const last = order.length - (floor - selection.chosen.length);
    let index = from;
    for (let word = 0; word < words; word++) {
      for (let bits = fitting[word]!; bits !== 0; bits &= bits - 1) {
        const place = (word << 5) + 31 - Math.clz32(bits & -bits);
        if (place > last) {
          steps = Math.min(MAX_FLOOR_SEARCH_STEPS, steps + Math.max(0, last - index + 1));
          return;
        }
        steps += place - index;
        if (steps >= MAX_FLOOR_SEARCH_STEPS) {
          steps = MAX_FLOOR_SEARCH_STEPS;
          return;
        }
        steps++;
        index = place + 1;
        const candidate = order[place]!;
        if (!selection.withinLimits(candidate, limits)) continue;
        if (selection.chosen.length + 1 === floor) {
          completeWith(candidate);
          continue;
        }
        const row = fitsAfterOf(place);
        // The next depth's row, made once per depth and written anew here: a set at one depth is tried after the
        // other, and a new typed array for each was a third of what the search allocated.
        const depth = selection.chosen.length + 1;
        const fittingNext = fittingAt[depth] ?? new Uint32Array(words);
        fittingAt[depth] = fittingNext;
        for (let next = 0; next < words; next++) fittingNext[next] = next < word ? 0 : fitting[next]! & row[next]!;
        join(candidate);
        extend(place + 1, fittingNext);
        selection.removeLast();
      }
    }
    steps = Math.min(MAX_FLOOR_SEARCH_STEPS, steps + Math.max(0, last - index + 1));
  };
  if (required) join(required);
  extend(0, fittingRequired);
  return best;
}

/**
 * Still short of a quiz: one chosen question may hold back more than itself (a figure that takes the last
 * place for figures from a sentence that also has a place gap, a statement without a partner of the other
 * side). Drawn again without each chosen question in turn; a longer quiz wins if it asks as many salient
 * questions: two fillers are no gain over a question worth asking. Only for short quizzes: a draw per
 * chosen question.
 */
const countSalient = (chosen: readonly Profile[]) => chosen.filter((profile) => profile.salient).length;
const countNamesInPassing = (chosen: readonly Profile[]) => chosen.filter((profile) => profile.nameInPassing).length;

/**
 * Whether `longer` asks, for each question of `than`, one at least as salient: their saliences, highest first, compared
 * place by place. A longer quiz that gives up no salience for its extra question.
 */
function keepsEverySalience(longer: readonly Profile[], than: readonly Profile[]): boolean {
  const saliencesOf = (chosen: readonly Profile[]) => chosen.map((profile) => profile.salience).sort((a, b) => b - a);
  const kept = saliencesOf(longer);
  return saliencesOf(than).every((salience, index) => index < kept.length && kept[index]! >= salience);
}

/** More salient questions, or as many with more salience. */
function asksMoreSalient(chosen: readonly Profile[], than: readonly Profile[]): boolean {
  const gain = countSalient(chosen) - countSalient(than);
  return gain > 0 || (gain === 0 && totalSalience(chosen) > totalSalience(than));
}

function withOneLeftOut(candidates: readonly Profile[], best: Profile[], size: number, minSize: number, asked: (profile: Profile) => boolean): Profile[] {
  let longest = best;
  for (const left of best) {
    const chosen = fillFrom(
      candidates.filter((profile) => profile !== left),
      size,
      minSize,
      asked,
    );
    if (chosen.length > longest.length && countSalient(chosen) >= countSalient(best)) longest = chosen;
  }
  return longest;
}

/** A chosen question that clashes with this many candidates or more may hold back more than it is worth. */
const MIN_BLOCKED = 2;

/**
 * The main actor's name as a gap keeps out every question that shows the name: the actor's quotes, the
 * lead's key term in the same sentence as the name ("Bürgermeister ___ sieht ein ganz offenes
 * Gesprächsklima"). Drawn again without each chosen question that clashes with several others; a draw
 * as long that asks more salient questions, or the same number with more salience, wins.
 */
function withoutBlocker(
  candidates: readonly Profile[],
  best: Profile[],
  size: number,
  minSize: number,
  asked: (profile: Profile) => boolean,
  blocks: (profile: Profile) => boolean,
): Profile[] {
  let winner = best;
  for (const left of best) {
    if (!blocks(left)) continue;
    const chosen = fillFrom(
      candidates.filter((profile) => profile !== left),
      size,
      minSize,
      asked,
    );
    if (chosen.length >= winner.length && asksMoreSalient(chosen, winner)) winner = chosen;
  }
  return winner;
}

/**
 * The display order: the most salient third first, then the middle, then the rest; shuffled within
 * each third by the seed, so a quiz neither follows the text nor opens with a side issue.
 */
function ordered(chosen: readonly Profile[], seed: string): Question[] {
  const bySalience = [...chosen].sort((a, b) => b.salience - a.salience || (a.id < b.id ? -1 : 1));
  return answeredBeforeShown(shuffledByThirds(bySalience, seed, (profile) => profile.id)).map((profile) => profile.question);
}

/** Whether the evidence of `shown` (highlighted in its feedback) holds an answer of `other`. */
function evidenceHolds(shown: Profile, other: Profile): boolean {
  if (other.keyForms.length === 0) return false;
  shown.evidenceText ??= foldText([shown.question.evidence, ...shown.question.moreEvidence].map((span) => span.quote).join(" | "));
  for (const key of other.keyForms) if (containsPhrase(shown.evidenceText, key)) return true;
  return false;
}

/**
 * `questions` in their order, except that a question whose answer stands in the evidence of another (the
 * feedback shows it: "... mindestens 691 Menschen verletzt") is asked first: each time the earliest question
 * whose evidence holds no answer still to be asked. Where the evidence of questions holds each other's
 * answers in a circle, the earliest goes first.
 */
function answeredBeforeShown(questions: readonly Profile[]): Profile[] {
  const showsAnswerOf = answersShownBy(questions);
  const left = [...questions];
  const order: Profile[] = [];
  while (left.length > 0) {
    const ready = left.findIndex((shown) => left.every((other) => !showsAnswerOf(shown.question, other.question)));
    order.push(...left.splice(Math.max(0, ready), 1));
  }
  return order;
}

/**
 * Whether the evidence of one of `chosen` holds an answer of another (evidenceHolds), for every pair worked out
 * once: answeredBeforeShown and typesMixed ask each pair up to once per question they place.
 */
function answersShownBy(chosen: readonly Profile[]): (shown: Question, other: Question) => boolean {
  const shownBy = new Map(
    chosen.map((shown) => [shown.question, new Set(chosen.filter((other) => other !== shown && evidenceHolds(shown, other)).map((other) => other.question))]),
  );
  return (shown, other) => shownBy.get(shown)?.has(other) ?? false;
}

/** `items` in three parts (first, middle, last third), each shuffled by the seed: the order holds across parts, not within. */
function shuffledByThirds<T>(items: readonly T[], seed: string, idOf: (item: T) => string): T[] {
  const tiers = 3;
  const result: T[] = [];
  for (let tier = 0; tier < tiers; tier++) {
    const part = items.slice(Math.floor((tier * items.length) / tiers), Math.floor(((tier + 1) * items.length) / tiers));
    result.push(...shuffled(part, seed, idOf));
  }
  return result;
}

/** The questions one attempt at a text's quiz asks, in the order asked. */
export function drawQuiz(pool: readonly Question[], options: DrawOptions): Question[] {
  return select(ranked(pool, options), options);
}

/**
 * The quiz across texts: the texts take turns (in an order drawn from the seed), each offering its most
 * salient question that fits, so every text comes up before any comes twice. Texts on one story share
 * names, so a text's questions can all give away (or be given away by) what another text's ask; then the
 * turns are drawn again from a seed derived from this one (a few tries, stable on reload), and a quiz
 * that asks about every text wins, then the longer: the start page promises the full size, and a quarter of the first
 * tries on the corpus fell one or two short of it.
 */
export function drawMixedQuiz(pools: readonly (readonly Question[])[], options: DrawOptions): Question[] {
  const texts = pools.filter((pool) => pool.length > 0).length;
  const coverage = (quiz: readonly Question[]) => new Set(quiz.map((question) => question.documentId)).size;
  let best: Question[] = [];
  let bestCoverage = 0;
  // Made once for all attempts, by the pool's place (a pool given twice gets two, as in one attempt): they do not depend on the seed.
  const profiles = pools.map(profilesOf);
  for (let attempt = 0; attempt < MIXED_QUIZ_TRIES; attempt++) {
    const quiz = drawMixedOnce(pools, profiles, attempt === 0 ? options : { ...options, seed: `${options.seed}|${attempt}` });
    const covered = coverage(quiz);
    if (covered === texts && quiz.length >= (options.size ?? MIXED_QUIZ_SIZE)) return quiz;
    if (covered > bestCoverage || (covered === bestCoverage && quiz.length > best.length)) [best, bestCoverage] = [quiz, covered];
  }
  return best;
}

/**
 * Where background and role labels only fill up, a text may hold few salient questions, all clashing with another text's
 * in some turn orders: with four tries 1 to 3 of 400 seeds on the corpus left a text out, with eight none. A try after the
 * first is made only where the first falls short.
 */
const MIXED_QUIZ_TRIES = 8;

function drawMixedOnce(pools: readonly (readonly Question[])[], profiles: readonly Profiles[], options: DrawOptions): Question[] {
  const lists = shuffled(
    pools.flatMap((pool, index) => (pool.length > 0 ? [ranked(pool, options, profiles[index])] : [])),
    options.seed,
    (list) => list[0]!.documentId,
  );
  const interleaved: Profile[] = [];
  for (let index = 0; lists.some((list) => index < list.length); index++) {
    for (const list of lists) if (index < list.length) interleaved.push(list[index]!);
  }
  const size = options.size ?? MIXED_QUIZ_SIZE;
  return select(interleaved, { ...options, size, minSize: options.minSize ?? size });
}

/**
 * The questions of a teacher's pool (an own text) that may stand in one quiz, in the teacher's order:
 * under the rules every quiz keeps (fitTogether: each fact and each evidence sentence once, no answer
 * given away), the earlier question winning where two clash (curatedOrder). After the first question on a
 * sentence, the feedback highlights that sentence, which answers any other question on it. Which of two clashing
 * ones is asked is left to the teacher, who may reorder the questions. What a first attempt draws from (drawCurated,
 * which mixes the types and keys where these questions allow it).
 */
export function curatedPool(pool: readonly Question[]): Question[] {
  return curatedChoice(pool).kept;
}

/** A question of a teacher's pool that a first attempt never asks (curatedPool leaves it out). */
export interface LeftOut {
  question: Question;
  /** The question it never stands beside and that wins: the first in curatedOrder that it clashes with. */
  yieldsTo: Question;
  clash: Clash;
  /** Whom a deed concerned, asked in the place of the deed's statement (`yieldsTo`) where an attempt has its statements (standIns). */
  standsIn?: boolean;
}

/** curatedPool's questions (in the pool's order), and the questions it leaves out with the one each yields to and why. */
export function curatedChoice(pool: readonly Question[]): { kept: Question[]; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  const order = curatedOrder(pool);
  const keptProfiles = keptInOrder(order, (profile, winner) =>
    leftOut.push({ question: profile.question, yieldsTo: winner.question, clash: clashBetween(winner, profile)! }),
  );
  const standing = new Set([...standIns(order, keptProfiles).values()].map((profile) => profile.question));
  for (const out of leftOut) if (standing.has(out.question)) out.standsIn = true;
  const kept = new Set(keptProfiles.map((profile) => profile.question));
  return { kept: pool.filter((question) => kept.has(question)), leftOut };
}

/**
 * For a kept statement of who did what, the question of whom the same deed concerned that yields to it ("Wen hat Katrin
 * Hellwig laut Text mit der Leitung beauftragt?" behind "Katrin Hellwig hat den Bauingenieur Matthias Kranz mit der
 * Leitung beauftragt."). The statement wins its sentence in the teacher's order, but an attempt asks at most
 * MAX_STATEMENTS statements, true and false balanced: where it has them, the statement's deed went unasked, and the
 * question of whom, which asks the same deed as a choice with its actor shown, was never asked at all. It stands in
 * for the statement there (mixedChoice). Only whom questions: a gap or a choice of the actor's name asks to find a name
 * the text repeats (CLAIM_STATEMENT_BONUS), and blocks every question that shows it.
 */
function standIns(order: readonly Profile[], kept: readonly Profile[]): Map<Profile, Profile> {
  const byStatement = new Map<Profile, Profile>();
  const keptSet = new Set(kept);
  for (const profile of order) {
    if (keptSet.has(profile) || !asksWhom(profile.question)) continue;
    // The first kept question it clashes with, which wins it in the teacher's order (keptInOrder): its deed's statement.
    const winner = kept.find((other) => !fitTogether(other, profile));
    if (winner?.claim && winner.statement && shareFact(winner, profile) && !byStatement.has(winner)) byStatement.set(winner, profile);
  }
  return byStatement;
}

function profilesInOrder(pool: readonly Question[]): Profile[] {
  const profiles = profilesOf(pool);
  return pool.map((question) => profileOf(question, profiles, pool.length));
}

/**
 * The order in which a teacher's quiz settles clashes: the teacher's, a quote's choices last. A quote's choice stands
 * before its statements in the pool, and so won its fact in every draw (half of a lesson on an interview were such
 * choices, round 34's tryout): last in the order, it is asked where its statements are not, as in a default quiz,
 * where it only fills up.
 */
function curatedOrder(pool: readonly Question[]): Profile[] {
  const inOrder = profilesInOrder(pool);
  return [...inOrder.filter((profile) => !isQuoteChoice(profile.question)), ...inOrder.filter((profile) => isQuoteChoice(profile.question))];
}

/** Each profile that fits with all kept before it, in the order given; `leftOut` hears of each other one and the first kept one it clashes with. */
function keptInOrder(order: readonly Profile[], leftOut?: (profile: Profile, winner: Profile) => void): Profile[] {
  const kept: Profile[] = [];
  for (const profile of order) {
    const winner = kept.find((other) => !fitTogether(other, profile));
    if (winner === undefined) kept.push(profile);
    else leftOut?.(profile, winner);
  }
  return kept;
}

/**
 * The questions a later round of a teacher's quiz may take, all standing together. In the teacher's order alone the
 * questions of the first round win every clash again, and a round after one that asked as many as may stand together
 * asks the very same questions. So the questions not asked yet settle the clashes first: in the teacher's order, and
 * where that makes no quiz of the teacher's size of them alone, also those that clash with fewest others first. Of
 * these and the teacher's order, the one that makes the larger quiz (up to the size), then the one with more questions
 * not asked yet. The unasked first alone made 43 of the devset's 180 rounds 2 to 4 shorter than the first: a question
 * that clashes with many blocks the asked ones that would fill it up. Counting the clashes compares every pair: not
 * for a pool as large as a long pasted text's (MAX_POOL_FOR_OTHER_ORDERS).
 */
function keptForRound(profiles: readonly Profile[], asked: (profile: Profile) => number, size: number): Profile[] {
  if (!profiles.some((profile) => asked(profile) > 0)) return keptInOrder(profiles);
  const unaskedFirst = [...profiles].sort((a, b) => asked(a) - asked(b));
  const unasked = (kept: readonly Profile[]) => Math.min(size, kept.filter((profile) => asked(profile) === 0).length);
  const candidates = [keptInOrder(unaskedFirst)];
  if (unasked(candidates[0]!) === size) return candidates[0]!;
  candidates.push(keptInOrder(profiles));
  if (profiles.length <= MAX_POOL_FOR_OTHER_ORDERS) {
    const clashes = new Map(profiles.map((profile) => [profile, 0]));
    for (let i = 0; i < profiles.length; i++) {
      for (let j = i + 1; j < profiles.length; j++) {
        if (fitTogether(profiles[i]!, profiles[j]!)) continue;
        clashes.set(profiles[i]!, clashes.get(profiles[i]!)! + 1);
        clashes.set(profiles[j]!, clashes.get(profiles[j]!)! + 1);
      }
    }
    candidates.push(keptInOrder([...unaskedFirst].sort((a, b) => asked(a) - asked(b) || clashes.get(a)! - clashes.get(b)!)));
  }
  const quizSize = (kept: readonly Profile[]) => Math.min(size, kept.length);
  return candidates.reduce((best, kept) =>
    quizSize(kept) > quizSize(best) || (quizSize(kept) === quizSize(best) && unasked(kept) > unasked(best)) ? kept : best,
  );
}

/**
 * How strongly salience weighs in a teacher's quiz (drawKey): a question of salience s is drawn with a weight of
 * e^(s² * this). Of two questions, one of 0.9 comes before one of 0.7 in 96 of 100 attempts, one of 0.5 before one of
 * 0.3 in 83, one of 0.3 before one of 0.1 in 69: the main facts come into nearly every attempt, the fillers vary. Drawn
 * uniformly, a text's main event (salience 0.9) was missing in 4 of 6 attempts while fillers of 0.01 to 0.1 were
 * asked; drawn by salience alone, every student got the same attempt. Devset as own texts, 5 questions of each: the
 * most salient kept question in 62 of 100 attempts before, 96 after.
 */
const CURATED_SALIENCE_WEIGHT = 10;

/**
 * A question's place in the order of a teacher's quiz: weighted random sampling without replacement
 * (Efraimidis-Spirakis), the key u^(1/w) for u from the seed's hash in (0, 1) and the weight w = e^(s² *
 * CURATED_SALIENCE_WEIGHT), compared as its logarithm ln(u) / w, which keeps its precision where w is large. Taking the
 * highest keys first draws each next question with a chance in proportion to its weight among those left: the salient
 * come into nearly every attempt, the rest at random among themselves. A teacher's own question has salience 1.
 */
function drawKey(profile: Profile, seed: string): number {
  const unit = (hash(seed, profile.id) + 0.5) / 2 ** 32;
  return Math.log(unit) / Math.exp(profile.question.salience ** 2 * CURATED_SALIENCE_WEIGHT);
}

/**
 * A teacher's quiz: `size` questions of the pool that may stand together (keptForRound), drawn by the seed with the
 * more salient more likely (drawKey), questions asked in earlier rounds last (the most often asked last of all), mixed
 * as a default quiz is where they allow it (mixedChoice); asked in an order of mixed types (typesMixed).
 */
export function drawCurated(pool: readonly Question[], options: DrawOptions & { size: number }): Question[] {
  const asked = (profile: Profile) => options.timesAsked?.get(profile.id) ?? Number(options.avoid?.has(profile.id) ?? false);
  const size = Math.max(0, options.size);
  const order = curatedOrder(pool);
  const kept = keptForRound(order, asked, size);
  const keys = new Map(kept.map((profile) => [profile, drawKey(profile, options.seed)]));
  const inDrawOrder = [...kept].sort((a, b) => asked(a) - asked(b) || keys.get(b)! - keys.get(a)! || (a.id < b.id ? -1 : 1));
  const substitutes = standIns(order, kept);
  let choice = mixedChoice(inDrawOrder, asked, size, substitutes);
  // A question of whom may clash with another kept question (one that shows its answer): where that leaves the
  // attempt short of the questions that stand together, it is drawn without them.
  if (substitutes.size > 0 && choice.length < Math.min(size, kept.length)) choice = mixedChoice(inDrawOrder, asked, size);
  const drawn = new Set(choice.map((profile) => profile.question));
  const chosen = pool.filter((question) => drawn.has(question));
  const profiles: Profiles = new Map();
  return typesMixed(chosen, options.seed, answersShownBy(chosen.map((question) => profileOf(question, profiles))));
}

/**
 * `size` of `candidates`, which all stand together, in the order drawn (the fewest asked first): as many of each number
 * of times asked as the first `size` hold, and among those of one number the first in the order that keep the limits
 * of a default quiz (fillOnce): no type over its share, few figures, at most MAX_STATEMENTS statements, true and false
 * balanced. A lesson on an interview drew 8 statements of 10, five in a row. Where the candidates do not allow it, the
 * size wins, and the limits give way one after the other: a type's share, then the number of statements (still true
 * and false in turn), then the figures, then the balance.
 */
function mixedChoice(
  candidates: readonly Profile[],
  asked: (profile: Profile) => number,
  size: number,
  substitutes: ReadonlyMap<Profile, Profile> = new Map(),
): Profile[] {
  const selection = new Selection(ofSeveralTypes(candidates));
  // The stand-ins taken (standIns): the candidates all stand together, a stand-in need not stand with all of them.
  const standingIn: Profile[] = [];
  const clashesWithStandIn = (profile: Profile) =>
    standingIn.some((standIn) => standIn !== profile && selection.chosen.includes(standIn) && !fitTogether(standIn, profile));
  const strict: Limits = {
    size,
    perType: Math.max(2, Math.ceil(size * MAX_TYPE_SHARE)),
    figures: Math.max(1, Math.floor(size * MAX_FIGURE_SHARE)),
    statements: MAX_STATEMENTS,
  };
  const anyType: Limits = { ...strict, perType: size, figures: Math.max(strict.figures, Math.floor(size * MAX_FIGURE_SHARE_WHEN_FEW)) };
  const moreStatements: Limits = { ...anyType, statements: size };
  const moreFigures: Limits = { ...moreStatements, figures: size };
  const chosen = selection.chosen;
  const notStatement = (profile: Profile) => !profile.statement;
  for (let start = 0; start < candidates.length && chosen.length < size; ) {
    const times = asked(candidates[start]!);
    let end = start + 1;
    while (end < candidates.length && asked(candidates[end]!) === times) end++;
    const level = candidates.slice(start, end);
    start = end;
    const fits = (profile: Profile, limits: Limits | undefined) =>
      (limits ? selection.withinLimits(profile, limits) : !chosen.includes(profile)) && !clashesWithStandIn(profile);
    const fill = (limits: Limits | undefined, accept: (profile: Profile) => boolean = () => true) => {
      for (const candidate of level) {
        if (chosen.length >= size) return;
        if (!accept(candidate) || chosen.includes(candidate)) continue;
        if (fits(candidate, limits)) {
          selection.add(candidate);
          continue;
        }
        // A statement the limits turn away (the attempt has its statements): the question of whom of its deed, if it fits.
        const standIn = substitutes.get(candidate);
        if (standIn && accept(standIn) && fits(standIn, limits) && chosen.every((profile) => fitTogether(profile, standIn))) {
          selection.add(standIn);
          standingIn.push(standIn);
        }
      }
    };
    const ofLevel = (profile: Profile) => asked(profile) === times;
    fill(strict);
    fill(anyType);
    pairOrDrop(selection, level, anyType, ofLevel, clashesWithStandIn);
    fill(anyType, notStatement);
    fill(moreStatements);
    pairOrDrop(selection, level, moreStatements, ofLevel, clashesWithStandIn);
    fill(moreFigures, notStatement);
    fill(undefined);
  }
  return chosen;
}

/**
 * Statements out of balance (balancedShare: a lone one, two of one key beside one of the other, or those of earlier
 * rounds' questions that a later round takes first), as the default quiz's pairThenBalance treats them: statements of
 * the other key from `level` join, in the place of the last drawn other question of the level where the quiz is full;
 * where there are none, the last of the leading key leave. Only the level's questions leave (`ofLevel`): the less
 * often asked stay.
 */
function pairOrDrop(
  selection: Selection,
  level: readonly Profile[],
  limits: Limits,
  ofLevel: (profile: Profile) => boolean,
  clashesWithChosen: (profile: Profile) => boolean,
): void {
  const chosen = selection.chosen;
  const trailing = statementsTrailing(selection);
  if (trailing === undefined) return;
  // Past the limit of statements, as the earlier rounds' may have reached it: a partner only levels them.
  const pairing: Limits = { ...limits, size: limits.size + 1, statements: limits.size };
  while (!selection.balanced()) {
    const partner = level.find(
      (profile) => profile.statement && profile.keyedTrue === trailing && selection.withinLimits(profile, pairing) && !clashesWithChosen(profile),
    );
    if (partner === undefined) break;
    if (chosen.length >= limits.size) {
      const makingRoom = chosen.findLast((profile) => !profile.statement && ofLevel(profile));
      if (makingRoom === undefined) break;
      selection.remove(makingRoom);
    }
    selection.add(partner);
  }
  while (!selection.balanced()) {
    const leading = chosen.findLast((profile) => profile.statement && profile.keyedTrue !== trailing && ofLevel(profile));
    if (leading === undefined) return;
    selection.remove(leading);
  }
}

/**
 * The order to ask questions given in order of priority (a teacher's): the first third first, then the
 * middle, then the rest, shuffled within each third by the seed as `ordered` does, and then no two of a
 * type in a row wherever the types allow it. Four statements in a row read as a drill, not a quiz: a
 * question of another type comes between them, taken from as early in that order as leaves the rest
 * arrangeable; only where one type is more than half of what is left does it follow itself. Among those,
 * one whose evidence holds none of the answers still to be asked (`showsAnswerOf`) comes first where the
 * mix allows it: the feedback shows that evidence.
 */
export function typesMixed(
  questions: readonly Question[],
  seed: string,
  showsAnswerOf: (shown: Question, other: Question) => boolean = () => false,
): Question[] {
  const left = shuffledByThirds(questions, seed, (question) => question.id);
  const counts = new Map<Question["type"], number>();
  for (const question of left) counts.set(question.type, (counts.get(question.type) ?? 0) + 1);
  // Whether the questions left after taking one of `type` can still be asked without two of a type in a row:
  // none more than half of them (rounded up), and `type` itself, which they follow, at most half (rounded down).
  const arrangeableAfter = (type: Question["type"]) => {
    const rest = left.length - 1;
    for (const [other, count] of counts) {
      const after = other === type ? count - 1 : count;
      if (after > Math.ceil(rest / 2) || (other === type && after > Math.floor(rest / 2))) return false;
    }
    return true;
  };
  const result: Question[] = [];
  while (left.length > 0) {
    const previous = result[result.length - 1]?.type;
    const mixes = (question: Question) => question.type !== previous && arrangeableAfter(question.type);
    // Of those that keep the types mixed, one whose evidence (shown in its feedback) holds no answer still to be asked.
    const showsNone = (question: Question) => left.every((other) => !showsAnswerOf(question, other));
    let index = left.findIndex((question) => mixes(question) && showsNone(question));
    if (index < 0) index = left.findIndex(mixes);
    if (index < 0) {
      // No arrangement without repeats is left: the type with most questions left goes next, so repeats stay few.
      const mostLeft = [...counts].filter(([type, count]) => type !== previous && count > 0).sort((a, b) => b[1] - a[1])[0]?.[0];
      index = Math.max(
        0,
        left.findIndex((question) => question.type === mostLeft),
      );
    }
    const [next] = left.splice(index, 1);
    counts.set(next!.type, counts.get(next!.type)! - 1);
    result.push(next!);
  }
  return result;
}

/**
 * The question with its options in the order one attempt shows them. Option ids stay, so grading and
 * the teacher's figures per option are unaffected. Options that are figures keep their ascending order.
 */
export function withOptionsShuffled(question: Question, seed: string): Question {
  if ((question.type !== "single" && question.type !== "multi") || (question.type === "single" && question.ordered)) return question;
  return { ...question, options: shuffled(question.options, `${seed}|${question.id}`, (option) => option.id) };
}
