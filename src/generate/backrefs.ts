/**
 * Back-references in what a learner reads of a question (a gap sentence, a statement): words that
 * point at something only an earlier sentence of the text names. A learner who sees one sentence
 * cannot resolve them ("Außerdem hätten sie ...": who?; "Die Summe ...": of what?; "der Botschafter":
 * which one?). Found by grammatical class, over the whole sentence:
 * - pronoun: a third-person pronoun or a possessive with no name or noun before it in the sentence;
 *   a first- or second-person pronoun ("ich", "wir", a polite "Sie") where no person is named;
 * - pro-adverb: "dazu", "darin", "hier", "demnach", "daher" ... (not "dazu, dass ...", "davon" after a figure);
 * - demonstrative: "dies", "diese", "jene", "solche", "ins selbe", "das ist ..." (not "diese Woche");
 * - definite: a definite noun phrase whose head noun an earlier sentence introduced ("ein Projekt ...
 *   Das Projekt"), with nothing in its own sentence that says which (a genitive, "von", a name after it);
 * - role: an office with a definite article and no name ("der Botschafter", "des Parteichefs").
 * Which of them the sentence before resolves is for gapcontext.ts to decide.
 */
import { isWordChar } from "../bank/text";
import { MEETING_NOUN_ENDINGS } from "../extract/data/meetings";
import { INSTITUTION_ENDINGS } from "../extract/data/organizations";
import { ROLES_NAMING_A_BODY_TOO } from "../extract/data/persons";
import { isRoleWord } from "../extract/persons";
import { matchesOf, oneByte, suffixMatcher } from "../extract/text";
import { ACCOUNT_NOUN_ENDINGS, ECONOMY_FIGURE_NOUN_ENDINGS, namesSource, POSSESSIVE, TIME_NOUNS } from "./data/anaphora";
import { POST_NOUNS } from "./data/offices";
import { type DocContext, perDocument } from "./context";
import { nameAfterKindNoun } from "./kindnames";
import { nounStem } from "./nounstems";
import { COMPARISON_AFTER, countsPartOfSentence, pointsForward, takesUpOpening } from "./standalone";

/** The word right before a match ("Amt" of "das Amt des Innenministers"). */
const WORD_BEFORE = /(\p{L}+)\s+$/u;

export type BackReferenceKind = "pronoun" | "pro-adverb" | "demonstrative" | "definite" | "role";

export interface BackReference {
  kind: BackReferenceKind;
  /** Offset into the text looked at. */
  index: number;
  word: string;
  /** For a definite noun phrase: its head noun's stem, which a sentence that resolves it must hold. */
  stem?: string;
}

export interface Reading {
  /** Where the text stands in the document: the definite noun phrases look at what came before it. */
  at: number;
  /** Where a gap that the learner fills with a person's name stands: a pronoun after it has its referent. */
  personGap?: number;
  /** Where a gap filled with any name (a person, place, organisation) stands. */
  nameGap?: number;
}

/**
 * The word first, then the look-behind for what stands before it (including the word, since no word of
 * the list ends in another): a look-behind first is tried at every position, and "e" is the commonest letter.
 */
const THIRD_PERSON = /(?:er|sie|ihm|ihn|ihnen)(?<![\p{L}\p{N}-](?:er|sie|ihm|ihn|ihnen))(?![\p{L}\p{N}-])/gu;
/** The words first, the look-behind after them on the words matched (`\1`), here and below: as THIRD_PERSON, and exact where a word ends in another. */
const FIRST_PERSON = /(ich|mich|mir|wir|uns|du|dich|dir|mein|meine[mnrs]?|unser|unsere[mnrs]?|dein|deine[mnrs]?)(?<![\p{L}\p{N}-]\1)(?![\p{L}\p{N}-])/giu;
/** The polite "Sie", "Ihnen", "Ihr": capitalised inside a sentence (the look-ahead first spares the look-behind elsewhere). */
const POLITE = /(?=[SI])(?<=\S\s+)(?:Sie|Ihnen|Ihre[mnrs]?)(?![\p{L}\p{N}-])/gu;
/** "einer von ihnen", "zwei von denen": one of a group only an earlier sentence names. */
const ONE_OF_THEM =
  /(einer|eine|eines|keiner|keine|viele|manche|einige|die meisten|zwei|drei|vier|fünf)(?<![\p{L}]\1)\s+(?:von\s+)?(?:ihnen|denen)(?![\p{L}])/giu;
/** "die beiden" with no noun after it ("blödeln sich die beiden durch ..."): two only an earlier sentence names. */
const BOTH_OF_THEM = /(?<![\p{L}])(?:[Dd]ie|den|der)\s+beiden(?![\p{L}\p{N}-])(?!\s+\p{Lu})/gu;
const ATTRIBUTION =
  /(?:[Nn]ach|[Ll]aut)\s+(?:seinen|ihren)\s+(?:eigenen\s+)?(?:Angaben|Worten|Aussagen)|(?:seinen|ihren)\s+(?:eigenen\s+)?(?:Angaben|Worten)\s+(?:zufolge|nach)/u;
const PRO_ADVERB =
  /(da(?:bei|für|gegen|ran|rauf|raus|rin|rüber|runter|von|vor|zu|durch|nach|neben|hinter|zwischen|her|rum)|hier(?:bei|für|zu|von|mit|über|durch|auf|aus|nach|an|in)?|demnach|deshalb|deswegen|dadurch|dort(?:hin|her)?)(?<![\p{L}\p{N}-]\1)(?![\p{L}\p{N}-])/giu;
/** What a pro-adverb may point forward to, in the same sentence: "dazu, dass ...", "davon aus, dass ...". */
const POINTS_FORWARD = /^\s*(?:\p{Ll}+\s*)?,?\s*(?:dass|ob|wie|wer|was|wo|wann|warum|weil|zu)(?!\p{L})/u;
const DEMONSTRATIVE =
  /(dies|diese[mnrs]?|jene[mnrs]?|solche[mnrs]?|derselbe|dieselbe|dasselbe|denselben|demselben|(?:ins|im|am|beim|zum|vom)\s+selben|(?:entsprechend|besagt|genannt|erwähnt|derartig)e[mnrs]?|(?:[Gg]enannt|[Ee]rwähnt)en|(?:der|die|das|den|dem|des)\s+(?:gleiche[nrs]?|selbe[nrs]?))(?<![\p{L}\p{N}-]\1)(?![\p{L}\p{N}-])/giu;
/**
 * "Das ist ...", "Die kündigte ... an", "gerade das war": an article standing alone for what was said before.
 * The article first and the look-behinds after it, on the article matched (`\1`): with the look-ahead for a "D"
 * first they still ran at every "d" of the text.
 */
const DEMONSTRATIVE_PRONOUN =
  /([Dd]as|[Dd]ies|Der|Die)(?:(?<=^\1)|(?<![,–]\s*\1)(?<=\s\1))\s+(?:ist|war|sind|waren|sei|seien|wäre|hat|habe|hatte|hätte|wird|würde|soll|sollte|kann|könnte|muss|müsse|zeigt|zeigte|bedeutet|heißt|gilt|geht|ging|kam|kommt|sagt|sagte|kündigte|stieß)(?!\p{L})/gu;
/**
 * "Gemeint ist die Grazer SPÖ, ...", "Die Rede ist von ...": a sentence that says what an expression of the
 * sentence before means ("ein Stingl-Schicksal"); on its own it explains nothing the learner can see.
 */
const MEANT = /^(?:(?:Gemeint|Angesprochen)\s+(?:ist|sind|war|waren|sei|seien|wäre|wären)|Die\s+Rede\s+ist\s+von)(?!\p{L})/u;
/**
 * A definite article, up to two adjectives and a noun: "des Parteichefs", "der neue Botschafter". The article
 * first and the look-behind after it, on the article matched (`\1`), as above: a third faster, and it runs
 * over every gap text. Its groups: the article, the adjectives, the head noun.
 */
const DEFINITE =
  /([Dd](?:er|ie|as|en|em|es)|beim|im|am|vom|zum|zur|ins)(?<![\p{L}]\1)\s+((?:(?!(?:der|die|das|den|dem|des|seine[mnrs]?|ihre[mnrs]?|eine[mnrs]?)\s)\p{Ll}[\p{L}-]*(?:e|en|er|es|em)\s+){0,2})(\p{Lu}[\p{Ll}\p{M}-]*[\p{Ll}])(?![\p{L}\p{N}-])/gu;
/**
 * The same at the opening of the sentence (or after a colon, or one conjunction): the subject the
 * sentence is about ("Das Projekt wird ...", "Wenn die Summe ..."), which the learner must be able to tell.
 */
const OPENING_DEFINITE =
  /(?:^|:\s+)(?:(?:Wenn|Als|Doch|Und|Aber|Auch|Da|Weil|Denn|Nun|Jetzt|Zudem|Außerdem)\s+)?[Dd](?:er|ie|as|en|em|es)\s+((?:\p{Ll}[\p{L}-]*(?:e|en|er|es|em)\s+){0,2})(\p{Lu}[\p{Ll}\p{M}]*\p{Ll})(?![\p{L}\p{N}-])/gu;
/**
 * What says which one a definite noun phrase means: a genitive (also an indefinite one, "den Geschäftsführer einer
 * Baufirma": a company the sentence introduces itself) or "von" phrase, a name or bracket right after it, or a phrase
 * of "zu" with its noun ("Der Schlüssel zu einer guten Zahlungsmoral", "Der Weg zur Einigung"); not an infinitive of
 * "zu" ("Die Steuern zu senken ...").
 */
const EXPLAINED =
  /^(?:\s+(?:der|des|eines|einer|von|vom|für|namens|zwischen|über|gegen|zum|zur)\s|\s+zu\s+(?:(?:einer|einem|einen|der|dem|den)\s|\p{Lu})|\s+\p{Lu}|\s*\()/u;
const DANN = /([Dd]ann)(?<!\p{L}\1)(?!\p{L})/u;
/**
 * "Nur so werden die Menschen das auch mittragen", "So kam es zu ...": a sentence that opens with "so" says "in the way
 * just told". Not "So viele wie nie ...", where "so" measures what follows.
 */
const SO_OPENER =
  /(?:^|[.!?]\s+)((?:Nur|Erst|Gerade|Genau)\s+so|So)\s+(?!(?:viel|viele|vielen|wenig|wenige|lange|weit|oft|bald|schnell|gut|sehr)(?!\p{L}))\p{Ll}/u;
/** A condition or a sequence in the sentence itself, which "dann" points at ("nur dann, wenn ...", "erst ... dann"). */
const CONDITION = /(wenn|falls|sobald|sofern|nachdem|bis|erst|zunächst|zuerst)(?<!\p{L}\1)(?!\p{L})/iu;
/** A time the sentence opens with ("Im März startete dann ...", "Nach einer Prüfung wurden dann ..."). */
const TIME_OPENER = /^(?:Nach|Seit|Vor|Im|Am|Ab|Bei|Danach|Später|Anschließend)(?!\p{L})/u;
const TIME_DEMONSTRATIVE = /^(?:dies|diese[mnrs]?)\s+(\p{L}+)/iu;

/** Bits of guardsOf: which expressions may match in a text. */
const THIRD_PERSON_WORD = 1;
const ONE_OF_THEM_WORD = 2;
const FIRST_PERSON_WORD = 4;
const POLITE_WORD = 8;
const POSSESSIVE_WORD = 16;
const PRO_ADVERB_WORD = 32;
const DEMONSTRATIVE_WORD = 64;
const EVERY_GUARD = 127;

/** Each form with its endings ("meine" + "m", "n", "r", "s"). */
const withEndings = (stems: readonly string[], endings: readonly string[]) => stems.flatMap((stem) => endings.map((ending) => stem + ending));
const E_FORMS = ["e", "em", "en", "er", "es"];

/**
 * The whole words (in lower case) that each expression needs to match, by its bit: every form its alternatives
 * spell out. A match stands between characters that are no letters (each expression's own boundaries, or digits
 * and hyphens, which are no letters either), so where none of an expression's words stands as a whole word
 * of the lower case, the expression does not match.
 */
const GUARD_WORDS: ReadonlyMap<string, number> = (() => {
  const words = new Map<string, number>();
  const add = (bit: number, list: readonly string[]) => {
    for (const word of list) words.set(word, (words.get(word) ?? 0) | bit);
  };
  add(THIRD_PERSON_WORD, ["er", "sie", "ihm", "ihn", "ihnen"]);
  add(ONE_OF_THEM_WORD, ["ihnen", "denen"]);
  add(FIRST_PERSON_WORD, [
    "ich",
    "mich",
    "mir",
    "wir",
    "uns",
    "du",
    "dich",
    "dir",
    "mein",
    "unser",
    "dein",
    ...withEndings(["mein", "unser", "dein"], E_FORMS),
  ]);
  add(POLITE_WORD, ["sie", "ihnen", "ihre", "ihrem", "ihren", "ihrer", "ihres"]);
  add(POSSESSIVE_WORD, ["sein", "ihr", ...withEndings(["sein", "ihr"], E_FORMS)]);
  add(PRO_ADVERB_WORD, [
    ...withEndings(
      ["da"],
      [
        "bei",
        "für",
        "gegen",
        "ran",
        "rauf",
        "raus",
        "rin",
        "rüber",
        "runter",
        "von",
        "vor",
        "zu",
        "durch",
        "nach",
        "neben",
        "hinter",
        "zwischen",
        "her",
        "rum",
      ],
    ),
    ...withEndings(["hier"], ["", "bei", "für", "zu", "von", "mit", "über", "durch", "auf", "aus", "nach", "an", "in"]),
    ...["demnach", "deshalb", "deswegen", "dadurch", "dort", "dorthin", "dorther"],
  ]);
  add(DEMONSTRATIVE_WORD, [
    "dies",
    ...withEndings(["dies", "jen", "solch", "entsprechend", "besagt", "genannt", "erwähnt", "derartig"], E_FORMS),
    ...["derselbe", "dieselbe", "dasselbe", "denselben", "demselben", "genannten", "erwähnten"],
    ...withEndings(["gleich", "selb"], E_FORMS),
  ]);
  return words;
})();

const LONGEST_GUARD_WORD = Math.max(...[...GUARD_WORDS.keys()].map((word) => word.length));

/** One character more of a word's hash for guardsOf's filter. */
const guardHashStep = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;
/** Which of GUARD_FILTER's 4,096 bits a word's hash sets. */
const guardBit = (hash: number) => (hash ^ (hash >>> 12)) & 4095;

/**
 * The bits of the guard words' hashes: most words of a text (articles, prepositions, nouns) are no guard word, and
 * are told so by their hash, made as guardsOf reads them, without a string cut out of the text and hashed again
 * for a look-up in GUARD_WORDS, which cost a third of guardsOf (measured).
 */
const GUARD_FILTER: Int32Array = (() => {
  const bits = new Int32Array(128);
  for (const word of GUARD_WORDS.keys()) {
    let hash = word.charCodeAt(0);
    for (let index = 1; index < word.length; index++) hash = guardHashStep(hash, word.charCodeAt(index));
    const bit = guardBit(hash);
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return bits;
})();

/** A letter of lower-case Latin-1 text: "a" to "z", "ß" to "ÿ" but "÷". Other characters end a word (or are no letters). */
const isLowerLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7);

/**
 * Which of the guarded expressions may match in `text` (`lower`: its lower case), as bits: one look at each
 * character and each word, where a plain search for each expression's words cost more than the expressions it
 * spared (they are searched in every gap text and statement) and found "ich" in "nicht". A character beyond
 * Latin-1 ends a word here, which finds a word where the expressions see none, never the other way; "ſ" (which a
 * case-insensitive expression reads as "s") allows every expression.
 */
export function guardsOf(text: string, lower: string): number {
  let guards = 0;
  for (let index = 0; index < lower.length; index++) {
    if (!isLowerLetter(lower.charCodeAt(index))) {
      if (lower.charCodeAt(index) === 0x17f) return EVERY_GUARD;
      continue;
    }
    const start = index;
    let hash = lower.charCodeAt(index);
    while (index + 1 < lower.length && isLowerLetter(lower.charCodeAt(index + 1))) hash = guardHashStep(hash, lower.charCodeAt(++index));
    const length = index + 1 - start;
    if (length < 2 || length > LONGEST_GUARD_WORD) continue;
    const bit = guardBit(hash);
    if ((GUARD_FILTER[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
    let bits = GUARD_WORDS.get(lower.slice(start, index + 1)) ?? 0;
    // POLITE is case-sensitive: "Sie", "Ihnen", "Ihre" with their capital (the lower case has as many characters
    // as the text where no character changed its length: then the words stand where they stand in the text).
    if ((bits & POLITE_WORD) !== 0 && lower.length === text.length && text.charCodeAt(start) !== 83 && text.charCodeAt(start) !== 73) bits &= ~POLITE_WORD;
    guards |= bits;
  }
  return guards;
}

/** The expressions guardsOf guards, by their bit: what its tests check it against. */
export const GUARDED_EXPRESSIONS: readonly (readonly [number, RegExp])[] = [
  [THIRD_PERSON_WORD, THIRD_PERSON],
  [ONE_OF_THEM_WORD, ONE_OF_THEM],
  [FIRST_PERSON_WORD, FIRST_PERSON],
  [POLITE_WORD, POLITE],
  [POSSESSIVE_WORD, POSSESSIVE],
  [PRO_ADVERB_WORD, PRO_ADVERB],
  [DEMONSTRATIVE_WORD, DEMONSTRATIVE],
];

/** The stem a noun's forms share, a plural with umlaut too ("Ländern", "Land" -> "land"); a stem under four letters is too short to compare. */
const foldedStem = (word: string) => nounStem(word, { endings: "with umlaut plurals", minStem: 4 });

/** Names the text gives (persons, places, countries, organisations acting), longest first. */
const namesOf = perDocument((doc) =>
  [
    ...new Set([
      ...doc.facts.persons.flatMap((person) => [person.name, person.surname, ...person.mentions.map((mention) => mention.text)]),
      ...doc.facts.places.flatMap((place) => place.mentions.map((mention) => mention.text)),
      ...doc.facts.countries.flatMap((country) => country.mentions.map((mention) => mention.text)),
      ...doc.facts.actions.filter((action) => !action.antecedent).map((action) => action.actor.text.replace(/^(?:der|die|das)\s+/iu, "")),
      // "VW" of "Der Autobauer VW": a statement names the institution so (actionQuestions).
      ...doc.facts.actions.flatMap((action) => (action.antecedent ? [] : (nameAfterKindNoun(doc, action.actor.text) ?? []))),
    ]),
  ]
    .filter((name) => name.length >= 2)
    .sort((a, b) => b.length - a.length),
);

/** Places and countries the text names ("die Ukraine", "die Türkei"). */
const placeNamesOf = perDocument(({ facts }) => [
  ...facts.places.flatMap((place) => place.mentions.map((mention) => mention.text)),
  ...facts.countries.flatMap((country) => country.mentions.map((mention) => mention.text)),
]);

/**
 * isName's words: persons' names and places' names, with the last word of each place's name ("Wiener Neustadt":
 * "Neustadt"), looked up, not searched for, for every definite subject.
 */
const nameWordsOf = perDocument((doc) => {
  const words = new Set(personNamesOf(doc));
  for (const name of placeNamesOf(doc)) {
    words.add(name);
    const lastSpace = name.lastIndexOf(" ");
    if (lastSpace !== -1) words.add(name.slice(lastSpace + 1));
  }
  return words;
});

const personNamesOf = perDocument(({ facts }) => [
  ...new Set(facts.persons.flatMap((person) => [person.surname, ...person.mentions.map((mention) => mention.text)])),
]);

function wordAt(text: string, name: string, from = 0): number {
  for (let at = text.indexOf(name, from); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) return at;
  }
  return -1;
}

/** Offsets where `list`'s names stand in `text`. */
function positions(text: string, list: readonly string[]): number[] {
  return list.map((name) => wordAt(text, name)).filter((at) => at !== -1);
}

/** A capitalised word after the first word. */
const NOUN_AFTER_FIRST_WORD = /^\S+\s.*?(?<![\p{L}])\p{Lu}\p{Ll}/u;

/** A capitalised word, not the first of the text: a noun a pronoun may stand for. */
function nounBefore(text: string, index: number): boolean {
  return NOUN_AFTER_FIRST_WORD.test(text.slice(0, index));
}

/** Capitalised words (for String.match, which starts from 0 whatever lastIndex is). */
const CAPITALISED_WORDS = /\p{Lu}[\p{L}-]*/gu;

/** Figures of a company's accounts ("Umsatz", "Nettogewinn", "Betriebsergebnis", "Aktie"), lower case, compounds too. */
const ACCOUNT_NOUN = suffixMatcher(ACCOUNT_NOUN_ENDINGS);

/** Figures of a whole economy or society ("Arbeitslosigkeit", "Inflationsrate"), lower case, compounds too. */
const ECONOMY_FIGURE_NOUN = suffixMatcher(ECONOMY_FIGURE_NOUN_ENDINGS);

/**
 * Whether the title names a company or body the text names as such ("Voestalpine verdient deutlich weniger" of "die
 * Voestalpine", "VW" of "Der Autobauer VW"): whose accounts an article's figures are, where its sentences say "Der Umsatz".
 */
const companyInTitle = perDocument((doc: DocContext) => {
  const title = doc.facts.document.title ?? "";
  const named =
    title !== "" &&
    doc.facts.actions.some((action) => {
      const name = nameAfterKindNoun(doc, action.actor.text) ?? (action.organisation ? action.actor.text.replace(/^(?:der|die|das)\s+/iu, "") : undefined);
      return name !== undefined && title.includes(name);
    });
  return { named };
});
const titleNamesCompany = (doc: DocContext) => companyInTitle(doc).named;

/** Whether the text's title has the noun (or a compound of it). */
function inTitle(doc: DocContext, stem: string): boolean {
  const title = doc.facts.document.title ?? "";
  return (title.match(CAPITALISED_WORDS) ?? []).some((word) => foldedStem(word).endsWith(stem));
}

/** An office, also in the genitive ("des Parteichefs"). */
const isOffice = (word: string) => isRoleWord(word) || (word.endsWith("s") && isRoleWord(word.slice(0, -1)));

/**
 * An office noun that names a body as well ("im Gemeinderat", "der Stadtrat", "des Betriebsrats"): after an article it is the
 * body, which the text means throughout, not a person named before; "der Stadtrat Peter Huber" names its holder anyway.
 */
const namesBody = (word: string) => {
  const lower = word.toLowerCase().replace(/e?s$/u, "");
  return ROLES_NAMING_A_BODY_TOO.some((role) => lower.endsWith(role));
};

/** isOffice's verdicts on a text's words: each gap text of a sentence asks them again for most of its words. */
const officeVerdicts = perDocument(() => new Map<string, boolean>());

function isOfficeIn(verdicts: Map<string, boolean>, word: string): boolean {
  let office = verdicts.get(word);
  if (office === undefined) {
    office = isOffice(word);
    verdicts.set(word, office);
  }
  return office;
}

const meetingNoun = suffixMatcher(MEETING_NOUN_ENDINGS, ["s", "n"]);
const institution = suffixMatcher(INSTITUTION_ENDINGS, ["en", "n", "s"]);

/** "die Polizei", "der Bundestag", "die Regierung": institutions a text names this way throughout. */
function isInstitution(word: string): boolean {
  return institution(word.toLowerCase()) !== undefined;
}

/** Nouns the facts name as organisations, places, countries: a definite article before them is part of a name. */
function isName(doc: DocContext, word: string): boolean {
  // `word` has no space: a place's name ends in " word" only where its last word is `word`.
  return nameWordsOf(doc).has(word);
}

/**
 * The sentence that opens a text without a title (a teaser, as many agency texts and collections give
 * them): it stands where a title would, so a definite noun or an office in it ("Der nationalistische
 * Komiker ... landete ...", "Verbleib des Parteichefs") introduces the story's subject; nothing before
 * it is what it could point back at.
 */
const openingSentence = perDocument(({ facts }) => {
  if (facts.passages.some((passage) => passage.kind === "title")) return { span: undefined };
  return { span: facts.passages.find((passage) => passage.kind === "text" || passage.kind === "quote")?.sentences[0] };
});

function opensText(doc: DocContext, at: number): boolean {
  const { span } = openingSentence(doc);
  return span !== undefined && span.start <= at && at < span.end;
}

/** A pronoun opening the text. */
const OPENING_PRONOUN = /^(?:Sie|Er|Ihm|Ihn|Ihnen)(?!\p{L})/u;

/** A clause of reason after a comma. */
const REASON_FOLLOWS = /,\s*(?:weil|dass|da)(?!\p{L})/u;

/** A relative clause a few words on. */
const RELATIVE_CLAUSE_AFTER = /^[^.,;:]{0,60},\s*(?:der|die|das|den|dem|denen|deren|dessen)(?!\p{L})/u;

/** Only capitalised words, or "in", "aus", "bei", between a noun and a name. */
const ONLY_SPACE = /^\s+$/u;
const NAME_OR_PLACE_BETWEEN = /^(?:(?:\s+(?:und\s+)?\p{Lu}[\p{L}-]*)*|\s+(?:in|aus|bei))\s+$/u;

/**
 * Where names stand in a text looked at, looked up only when a candidate asks: most texts hold no
 * back-reference word, and a search for every name of the text in each of them was a good part of
 * backReferences' cost. An object, not closures: those were made anew for every text looked at.
 */
class NamesInText {
  private namedAt: number[] | undefined;
  private personNamedAt: number[] | undefined;

  constructor(
    private readonly doc: DocContext,
    private readonly text: string,
    private readonly reading: Reading,
  ) {}

  /** Where the text's names (and a name gap) stand. */
  named(): number[] {
    if (this.namedAt === undefined) {
      this.namedAt = positions(this.text, namesOf(this.doc));
      if (this.reading.nameGap !== undefined) this.namedAt.push(this.reading.nameGap);
    }
    return this.namedAt;
  }

  /** Where the persons' names (and a person gap) stand. */
  personNamed(): number[] {
    if (this.personNamedAt === undefined) {
      this.personNamedAt = positions(this.text, personNamesOf(this.doc));
      if (this.reading.personGap !== undefined) this.personNamedAt.push(this.reading.personGap);
    }
    return this.personNamedAt;
  }

  /** Whether a name or a noun stands before `index`: what a pronoun there may stand for. */
  nameBefore(index: number): boolean {
    return this.named().some((at) => at < index) || nounBefore(this.text, index);
  }
}

export function backReferences(doc: DocContext, shown: string, reading: Reading): BackReference[] {
  // Kept one byte per character where it can be (oneByte): some twenty expressions read it.
  const text = oneByte(shown);
  const found: BackReference[] = [];
  const lower = text.toLowerCase();
  const names = new NamesInText(doc, text, reading);

  const guards = guardsOf(text, lower);
  if (guards & THIRD_PERSON_WORD)
    for (const match of matchesOf(THIRD_PERSON, text)) if (!names.nameBefore(match.index)) found.push({ kind: "pronoun", index: match.index, word: match[0] });
  if (guards & ONE_OF_THEM_WORD) for (const match of matchesOf(ONE_OF_THEM, text)) found.push({ kind: "pronoun", index: match.index, word: match[0] });
  if (lower.includes("beiden")) for (const match of matchesOf(BOTH_OF_THEM, text)) found.push({ kind: "pronoun", index: match.index, word: match[0] });
  // "Sie" opening a sentence is the third person, handled above only inside the sentence: an opening "Sie" has nothing before it.
  if (OPENING_PRONOUN.test(text)) found.push({ kind: "pronoun", index: 0, word: text.split(/\s/u)[0]! });
  // A person's gap names someone (personNamed has it): then "ich", "wir" and the polite "Sie" are not looked for.
  if (reading.personGap === undefined) {
    const firstPersons = guards & FIRST_PERSON_WORD ? matchesOf(FIRST_PERSON, text) : [];
    const polite = guards & POLITE_WORD ? matchesOf(POLITE, text) : [];
    if ((firstPersons.length > 0 || polite.length > 0) && names.personNamed().length === 0) {
      for (const match of [...firstPersons, ...polite]) found.push({ kind: "pronoun", index: match.index, word: match[0] });
    }
  }
  for (const match of guards & POSSESSIVE_WORD ? matchesOf(POSSESSIVE, text) : []) {
    if (names.nameBefore(match.index) || ATTRIBUTION.test(text.slice(Math.max(0, match.index - 12), match.index + 40))) continue;
    // "Zwei ihrer Redakteure seien festgenommen worden, berichtete die Zeitschrift Nokta": named later in the sentence.
    if (names.named().some((at) => at > match.index)) continue;
    found.push({ kind: "pronoun", index: match.index, word: match[0] });
  }
  for (const match of guards & PRO_ADVERB_WORD ? matchesOf(PRO_ADVERB, text) : []) {
    const word = match[0].toLowerCase();
    const after = text.slice(match.index + match[0].length);
    // "weit davon entfernt, perfekt zu sein", "spricht davon, Computern das Denken beizubringen": the infinitive clause after it.
    if (word.startsWith("da") && (POINTS_FORWARD.test(after) || pointsForward(word, after))) continue;
    if ((word === "davon" || word === "darunter") && countsPartOfSentence(text.slice(0, match.index))) continue;
    // "deshalb eine Sensation, weil ...": the reason follows.
    if (/^(?:deshalb|deswegen|daher|dadurch)$/u.test(word) && REASON_FOLLOWS.test(after)) continue;
    // "Wegen fehlender Grundstücke seien deshalb ...": the reason opens its own clause.
    if (/^(?:deshalb|deswegen|daher|darum)$/u.test(word) && takesUpOpening(text.slice(0, match.index), word)) continue;
    // "was dabei geschah", "aber dabei die Richtigen": inside the sentence's own story.
    if (word.startsWith("da") && /(?:^|\s)(?:was|wie|wobei|aber|und)\s+$/u.test(text.slice(0, match.index))) continue;
    // "dort", "hier" after a place the sentence names point at it.
    if (/^(?:dort|hier)$/u.test(word) && names.named().some((at) => at < match.index)) continue;
    found.push({ kind: "pro-adverb", index: match.index, word: match[0] });
  }
  // "Die SPÖ könnte dann sogar ...": then, when what an earlier sentence said has happened; not "nur dann, wenn
  // ...", "Im März startete dann ...", "... – und dann": the sentence itself says when.
  // Searched for only where the lower case holds the word: a plain search costs a fraction of the expression's run.
  const dann = lower.includes("dann") ? DANN.exec(text) : null;
  if (dann && !/[\d,;:–(]/u.test(text.slice(0, dann.index)) && !CONDITION.test(text) && !TIME_OPENER.test(text))
    found.push({ kind: "pro-adverb", index: dann.index, word: dann[0] });
  const so = lower.includes("so ") ? SO_OPENER.exec(text) : null;
  if (so) found.push({ kind: "pro-adverb", index: so.index + so[0].indexOf(so[1]!), word: so[1]! });
  for (const match of guards & DEMONSTRATIVE_WORD ? matchesOf(DEMONSTRATIVE, text) : []) {
    const time = TIME_DEMONSTRATIVE.exec(text.slice(match.index));
    if ((time && TIME_NOUNS.has(time[1]!)) || namesSource(text, match.index)) continue;
    // "jene Gebiete, die vom IS befreit wurden", "jene Menge wie im Vorjahr": the relative clause or comparison says which.
    if (
      /^jene/iu.test(match[0]) &&
      (RELATIVE_CLAUSE_AFTER.test(text.slice(match.index + match[0].length)) || COMPARISON_AFTER.test(text.slice(match.index + match[0].length)))
    )
      continue;
    // "Wer keine guten Noten hat, fliegt raus: Dieses Prinzip ...": the clause before the colon says which.
    if (text.lastIndexOf(":", match.index) !== -1 && /\S.*:\s*$/u.test(text.slice(0, match.index))) continue;
    found.push({ kind: "demonstrative", index: match.index, word: match[0] });
  }
  for (const match of matchesOf(DEMONSTRATIVE_PRONOUN, text)) found.push({ kind: "demonstrative", index: match.index, word: match[0] });
  const meant = MEANT.exec(text);
  if (meant) found.push({ kind: "demonstrative", index: 0, word: meant[0] });

  if (opensText(doc, reading.at)) return found.sort((a, b) => a.index - b.index);
  // DEFINITE runs on its own: a search of every capitalised word for an office first cost more than it spared.
  const verdicts = officeVerdicts(doc);
  for (const match of matchesOf(DEFINITE, text)) {
    const head = match[3]!;
    if (!isOfficeIn(verdicts, head) || namesBody(head)) continue;
    const headAt = match.index + match[0].length - head.length;
    const after = text.slice(headAt + head.length);
    // "die Schulsprecher", "den Abgeordneten": a group, not one person the learner must know.
    const article = match[1]!.toLowerCase();
    if ((article === "die" && !/in$/u.test(head)) || (article === "den" && /n$/u.test(head))) continue;
    if (EXPLAINED.test(after)) continue;
    // "das Amt des Innenministers": the office itself.
    if (POST_NOUNS.has(WORD_BEFORE.exec(text.slice(0, match.index))?.[1] ?? "")) continue;
    // "der Botschafter" with no name after it ("Präsident ___", "der Minister Klaus Weber" name one);
    // "vom politischen Direktor im Auswärtigen Amt, Andreas Michaelis": named a few words on.
    if (names.personNamed().some((at) => at > headAt && at - (headAt + head.length) <= 40 && !/[.;:!?]/u.test(text.slice(headAt, at)))) continue;
    // "Merkel, die Kanzlerin, ...": named right before.
    if (names.personNamed().some((at) => at < match.index && /^[^,.;\s]+(?:\s+[^\p{Ll}\s,.;][^,.;\s]*)*,\s*$/u.test(text.slice(at, match.index)))) continue;
    found.push({ kind: "role", index: match.index, word: match[0] });
  }
  for (const match of matchesOf(OPENING_DEFINITE, text)) {
    const head = match[2]!;
    const headAt = match.index + match[0].length - head.length;
    const after = text.slice(headAt + head.length);
    if (EXPLAINED.test(after) || TIME_NOUNS.has(head) || isOfficeIn(verdicts, head) || isName(doc, head) || isInstitution(head)) continue;
    // "Das Treffen findet ... statt": the meeting the text reports on.
    if (doc.facts.meetings.length > 0 && meetingNoun(head.toLowerCase()) !== undefined) continue;
    // "Stadt baut neues Hallenbad" ... "Das Hallenbad soll ...": the title, which the question page shows, says which.
    if (inTitle(doc, foldedStem(head))) continue;
    // "Voestalpine verdient weniger" ... "Der Umsatz ging ... zurück": the accounts of the company the title names.
    if (ACCOUNT_NOUN(head.toLowerCase()) !== undefined && titleNamesCompany(doc)) continue;
    // "Die Arbeitslosigkeit stieg ...": there is one, the economy the article is about.
    if (ECONOMY_FIGURE_NOUN(head.toLowerCase()) !== undefined) continue;
    // "Die polnisch-russischen Beziehungen": the adjective says whose.
    if (match[1]!.includes("-")) continue;
    // "Der Komiker und Politneuling Jimmy Morales": a name follows within the phrase;
    // "Das Museum in Graz": a place right after it says which.
    if (
      names.named().some((at) => {
        if (at <= headAt) return false;
        const between = text.slice(headAt + head.length, at);
        // A name gap later in the sentence is no name of the subject ("Das Projekt wird aus ___ gesteuert");
        // one right after the noun is the name it stands for ("Das deutsche Bundesland ___ ist ...").
        return NAME_OR_PLACE_BETWEEN.test(between) && (at !== reading.nameGap || ONLY_SPACE.test(between));
      })
    )
      continue;
    found.push({
      kind: "definite",
      index: match.index + match[0].search(/[Dd](?:er|ie|as|en|em|es)\s/u),
      word: match[0].replace(/^:\s+/u, ""),
      stem: foldedStem(head),
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** How many names (persons, places, countries, actors) `text` gives. */
export function namesIn(doc: DocContext, text: string): number {
  return positions(text, namesOf(doc)).length;
}

/** How many persons' names `text` gives. */
export function personsIn(doc: DocContext, text: string): number {
  return positions(text, personNamesOf(doc)).length;
}
