/**
 * Who did what: main clauses whose subject is a named person or institution, with its finite verb
 * ("Merkel kündigte ... an", "Am Montag kündigte Merkel ... an"). Pronouns and "man" are no actors.
 */
import { roleForms, roleGender } from "./gender";
import {
  ADVERBS_BEFORE_ACTOR,
  BARE_GROUP_NOUNS,
  CONNECTIVES_AFTER_ACTOR,
  COUNT_NOUNS,
  COWORKERS,
  DATIVE_PASSIVE_PARTICIPLE,
  DOUBT_ADVERBS,
  EMPTY_SUBJECT_VERBS,
  FOREFIELD_OPENERS,
  FRONTED_CLAUSE_CONJUNCTIONS,
  GROUP_QUANTIFIERS,
  GROUP_MEMBER_MARKERS,
  INDICATIVE_OF_REPORTED,
  IRREGULAR_FINITE_VERBS,
  NOT_FINITE_VERBS,
  PEOPLE_ADJECTIVE_NOUN_STEMS,
  PEOPLE_PLURAL_ENDINGS,
  THING_PLURAL_ENDINGS,
  STRONG_VERB_FORMS,
  PHRASE_DETERMINERS,
  PLURALS_NOT_FEMININE_SINGULAR,
  SAYING_VERBS,
  STATING_PARTICLES,
  SEPARABLE_PARTICLES,
  RESEARCH_DEED,
  RESEARCHERS,
  SOURCE_CLAUSE_VERB,
  SOURCE_LABELS,
  SOURCE_POINTERS,
  PASSIVE_AUXILIARIES,
  TEAM_NOUN,
  VOWEL_CHANGE_SINGULARS,
  NO_SINGULAR_GUESSED,
  OWN_STANCE_ADJECTIVES,
  OWN_STANCE_SUBJUNCTIVES,
  THING_SUBJECT_VERBS,
} from "./data/claims";
import { CITIES } from "./data/countries";
import { MONTHS, TIME_PERIOD_NOUNS } from "./data/dates";
import { INSTITUTION_KINDS, PRODUCT_KIND_NOUNS, THING_KINDS } from "./data/organizations";
import { VERBS_OF_A_BUILDING } from "./data/state-bodies";
import {
  CITY_ADJECTIVE,
  holderOfOffice,
  institutionNamedBefore,
  isInstitutionNoun,
  namedAfterPreposition,
  type OfficeHolder,
  type Phrase,
  type PersonMention,
  personEpithetAt,
  personKindEpithetAt,
  personOfAge,
  phraseAt,
  pronounAntecedent,
  tokenAfter,
  INFLECTED_PARTICIPLE,
} from "./phrases";
import type { CountryMention } from "./countries";
import type { Doc } from "./doc";
import type { OrganisationNames } from "./organisations";
import { givenNameGender } from "./data/given-names";
import {
  AUXILIARIES_AND_MODALS,
  CLAUSE_OPENERS_AFTER_INSERTION,
  NOUN_PHRASE_CONJUNCTIONS,
  GENITIVE_ARTICLES,
  INSEPARABLE_PREFIX,
  INSERTED_CLAUSE_OPENERS,
  DETERMINERS_AGREEING_WITH_PRONOUN,
  FEMININE_NOUNS,
  NOUN_PHRASE_DETERMINERS,
  PREPOSITIONS_BEFORE_NAMES,
  VERB_PHRASE_CONJUNCTIONS,
  WORDS_BETWEEN_COORDINATED_ADJECTIVES,
} from "./data/grammar";
import { PERSON_NOUNS } from "./data/persons";
import { isRoleToken } from "./persons";
import { ADJECTIVE_INFLECTION, ageOfAgeWord, anyOfWords, firstStartingAt, INDEFINITE_ARTICLES, indexStartingAt, isAdjectiveLike, type Token } from "./text";
import type { ActionFact, Gender, Mention, PersonFact, QuoteFact, Sentence, Span } from "./types";

/** Adverbs that may stand between a subject and its verb ("Trong hingegen gehört ..."). */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(["hingegen", "jedoch", "aber", "allerdings", "indes", "dagegen", "wiederum", "selbst"]);
const REGULAR_FINITE_ENDING = /(?:t|te|ten|en|ern|eln)$/u;
/**
 * The past of strong verbs, also after a prefix ("versprach", "vorwarf", "beschloss", "verließen"): their
 * forms end in no regular ending.
 */
const STRONG_PAST =
  /(?:sprach|brach|stach|trat|nahm|gab|kam|hielt|ließ|fiel|rief|schlug|trug|fuhr|wies|hob|zog|bot|schob|schloss|schoss|warf|half|starb|warb|traf|sah|stand|fand|band|sang|sank|zwang|gewann|begann|ging|hing|fing|lief|blieb|schrieb|trieb|stieg|schwieg|griff|schnitt|riss|wich|glich|strich|flog|floh|verlor|hieß|stieß|bat|saß|lag|lud|wuchs|wusch)(?:en)?$/u;
/** Singular of finite verbs in the plural whose form is not the regular one. */
const IRREGULAR_SINGULAR: ReadonlyMap<string, string> = new Map([
  ["sind", "ist"],
  ["waren", "war"],
  ["haben", "hat"],
  ["hatten", "hatte"],
  ["werden", "wird"],
  ["wurden", "wurde"],
  ["wollen", "will"],
  ["können", "kann"],
  ["müssen", "muss"],
  ["sollen", "soll"],
  ["dürfen", "darf"],
  ["mögen", "mag"],
  ["wissen", "weiß"],
  ["tun", "tut"],
]);
/** Present plurals whose singular changes its vowel (VOWEL_CHANGE_SINGULARS), a prefix before them ("verlassen"). */
const VOWEL_CHANGE = new RegExp(`(${[...VOWEL_CHANGE_SINGULARS.keys()].join("|")})$`, "u");
const NO_GUESS = new RegExp(`(?:${NO_SINGULAR_GUESSED.join("|")})$`, "u");
/**
 * Present plurals in "-ten" ("arbeiten", "warten", "berichten", "vermuten"): not the past of a weak verb ("forderten").
 * By ending where no weak verb's stem ends so ("-eiten", "-ieten", "-üten", "-öten", "-uten" but "-auten", "-euten"),
 * else by the verb: "-ichten" only of "richten", "verzichten", "verpflichten" and their kin, since "erreichten",
 * "veröffentlichten", "ermöglichten" are pasts; "achten" not in "machten", "brachten", which are pasts.
 */
const PRESENT_IN_TEN =
  /(?:eiten|richten|zichten|pflichten|nichten|dichten|sichten|wichten|schichten|üchten|ürchten|ieten|üten|öten|(?<![ae])uten|^achten|beachten|obachten|trachten|verachten|nachten|warten|bitten|starten|antworten|retten|testen|kosten|leisten|rüsten|lasten|fasten|werten|deuten|behaupten|lauten|äuten|gestalten|walten|beten|melden)$/u;

/**
 * The third person singular of a finite verb in the plural, for "Wer hat ...?" about "Die Republikaner
 * haben ...": "haben" → "hat", "forderten" → "forderte", "trafen" → "traf", "fordern" → "fordert", "werfen" →
 * "wirft"; undefined where the rule would guess.
 */
export function singularVerb(verb: string): string | undefined {
  const lower = verb.toLowerCase();
  const irregular = IRREGULAR_SINGULAR.get(lower);
  if (irregular) return irregular;
  if (/(?:ern|eln)$/u.test(lower)) return `${lower.slice(0, -1)}t`;
  if (!lower.endsWith("en") || lower.length < 5) return undefined;
  const stem = lower.slice(0, -2);
  // "stahlen" → "stahl", "vergaßen" → "vergaß", "erlitten" → "erlitt": a strong past the participles' list knows too,
  // also after an inseparable prefix (not "erlitte", a weak past in "-te" that would make "erlitt" its participle).
  if (STRONG_PAST.test(stem) || STRONG_VERB_FORMS.has(stem) || STRONG_VERB_FORMS.has(stem.replace(INSEPARABLE_PREFIX, ""))) return stem;
  // "beantragen", "schalten", "vergessen": no rule here tells their singular.
  if (NO_GUESS.test(lower)) return undefined;
  const changed = VOWEL_CHANGE.exec(lower);
  // "werfen" → "wirft", "verlassen" → "verlässt"; "-ern", "-eln" and the past went before.
  if (changed) return `${lower.slice(0, changed.index)}${VOWEL_CHANGE_SINGULARS.get(changed[1]!)}`;
  if (lower.endsWith("ten") && !PRESENT_IN_TEN.test(lower)) return lower.slice(0, -1);
  return /(?:t|d|chn|ffn|gn)$/u.test(stem) ? `${stem}et` : `${stem}t`;
}

/** Fore-field openers that a noun phrase follows (prepositions, articles, "diese"), not adverbs ("heute", "deutlich"). */
// biome-ignore format: a word list, packed for reading
const NOUN_OPENERS: ReadonlySet<string> = new Set([
  "am", "im", "in", "an", "auf", "nach", "vor", "bei", "beim", "mit", "seit", "während", "zum", "zur", "für",
  "gegen", "über", "unter", "trotz", "wegen", "angesichts", "anfang", "ende", "mitte", "vergangene", "vergangenen",
  "vergangenes", "letzte", "letzten", "letztes", "diese", "diesen", "dieses", "einen", "einem", "den", "dem", "als",
  "nahe", "wenige", "wenigen", "vom", "aus", "durch", "ohne", "um", "bis", "ab", "neben", "zwischen", "innerhalb",
  "außerhalb", "infolge", "aufgrund",
]);
/** Words before a colon that only say who speaks ("Pjöngjang:", "US-Vertreter:"): what follows is a claim, not the text's report. */
const MIN_WORDS_BEFORE_COLON = 3;

/** Longest fore-field before an inverted verb, in words ("Am Montag", "Einen Tag nach dem Treffen in Rom"). */
const MAX_FOREFIELD_WORDS = 12;

/** A token's `lower` is its text in lower case already: asked of every word of a clause, not made anew. */
function isFiniteVerb(token: Token): boolean {
  return finiteVerbShape(token.text, token.lower);
}

/** Whether a word, as written, may be a finite verb: lower case, a form of "sein", "haben", a modal, or a regular or strong ending. */
export function mayBeFiniteVerb(word: string): boolean {
  return finiteVerbShape(word, word.toLowerCase());
}

function finiteVerbShape(word: string, lower: string): boolean {
  const first = word.charAt(0);
  const lowerCase = first === first.toLowerCase() && first !== first.toUpperCase();
  if (!lowerCase || NOT_FINITE_VERBS.has(lower) || lower.includes("-")) return false;
  return IRREGULAR_FINITE_VERBS.has(lower) || (lower.length >= 3 && REGULAR_FINITE_ENDING.test(lower)) || (lower.length >= 4 && STRONG_PAST.test(lower));
}

/** The irregular finite verbs: forms of "sein", "haben", "werden", the modals and common strong verbs. */
export function isIrregularFiniteVerb(lowerWord: string): boolean {
  return IRREGULAR_FINITE_VERBS.has(lowerWord);
}

/** Longest name in an apposition, in words ("Herbert Gruber", "Anna Maria Huber"). */
const MAX_APPOSITION_NAME_WORDS = 3;
/** Words after an apposition's second comma that open another clause, not the main clause going on. */
// biome-ignore format: a word list, packed for reading
const CLAUSE_OPENERS_AFTER_COMMA: ReadonlySet<string> = new Set([
  "der", "die", "das", "dem", "den", "dessen", "deren", "welche", "welcher", "welches", "und", "oder", "sowie", "aber",
  "doch", "sondern", "wie", "so", "sagte", "sagt", "hieß", "heißt", "teilte", "erklärte", "weil", "da", "dass", "als", "wenn", "ob",
]);

/**
 * The token after a name set off by commas behind a noun ("den ehemaligen Bürgermeister von Oberneukirchen, Herbert
 * Gruber, wegen Untreue ... verurteilt"), where the main clause goes on in lower case; undefined where the comma at
 * `index` opens no such apposition. The name opens with a known given name, so a list of nouns is none.
 */
function afterNameApposition(text: string, tokens: readonly Token[], index: number): number | undefined {
  if (!tokens[index]!.capitalised || givenNameGender(tokens[index + 1]?.lower ?? "") === undefined) return undefined;
  for (let last = index + 2; last <= index + MAX_APPOSITION_NAME_WORDS && last < tokens.length - 1; last++) {
    if (!tokens[last]!.capitalised || !tokens[last]!.joined) return undefined;
    const next = tokens[last + 1]!;
    if (text.slice(tokens[last]!.end, next.start) !== ", ") continue;
    return next.capitalised || CLAUSE_OPENERS_AFTER_COMMA.has(next.lower) ? undefined : last + 1;
  }
  return undefined;
}

/** Prepositions a noun phrase with attributive adjectives may follow without an article ("für höhere, aber gerechte Steuern"). */
const PREPOSITIONS_BEFORE_ADJECTIVES: ReadonlySet<string> = new Set([...PREPOSITIONS_BEFORE_NAMES, "in", "im", "aus", "seit"]);
/** Most words between the comma and the second of two adjectives (", und zwar deutlich höhere"). */
const MAX_WORDS_BETWEEN_ADJECTIVES = 3;
/** Most words after the second adjective before its noun (", aber wirksame neue Regel", ", sehr wirksame und billige Änderung"). */
const MAX_WORDS_BEFORE_NOUN = 3;

/** An attributive adjective in lower case ("kleine", "höheren"): its inflection ending, else undefined. */
function attributiveEnding(token: Token): string | undefined {
  return token.capitalised || !isAdjectiveLike(token.text) ? undefined : ADJECTIVE_INFLECTION.exec(token.lower)?.[0];
}

/**
 * Where the noun phrase a comma stands in goes on ("eine kleine, aber wirksame Änderung", "ein teures, wenn auch
 * sinnvolles Projekt", "höhere, und zwar deutlich höhere Löhne"): the index of the second adjective of the noun, which
 * has the first one's ending and comes before the noun; undefined where the comma after `index` is not inside one.
 */
function secondCoordinatedAdjective(tokens: readonly Token[], index: number): number | undefined {
  const ending = attributiveEnding(tokens[index]!);
  if (ending === undefined) return undefined;
  // The noun phrase opens right before the first adjective, or before one degree adverb of it ("eine sehr kleine").
  let opener = index - 1;
  if (WORDS_BETWEEN_COORDINATED_ADJECTIVES.has(tokens[opener]?.lower ?? "")) opener--;
  const opening = tokens[opener]?.lower ?? "";
  if (!NOUN_PHRASE_DETERMINERS.has(opening) && !PREPOSITIONS_BEFORE_ADJECTIVES.has(opening)) return undefined;
  let second = index + 1;
  while (second - index <= MAX_WORDS_BETWEEN_ADJECTIVES && WORDS_BETWEEN_COORDINATED_ADJECTIVES.has(tokens[second]?.lower ?? "")) second++;
  if (second >= tokens.length || attributiveEnding(tokens[second]!) !== ending) return undefined;
  for (let next = second + 1; next <= second + MAX_WORDS_BEFORE_NOUN + 1 && next < tokens.length; next++) {
    const token = tokens[next]!;
    if (!token.joined) return undefined;
    if (token.capitalised) return second;
    if (attributiveEnding(token) === undefined && !WORDS_BETWEEN_COORDINATED_ADJECTIVES.has(token.lower)) return undefined;
  }
  return undefined;
}

/** Longest clause or apposition inserted between commas into a main clause, in words. */
const MAX_INSERTED_WORDS = 15;
/** Longest rest of a main clause after an insertion ("..., einen Kompromiss vor"), in words. */
const MAX_WORDS_AFTER_INSERTION = 8;
/** A word of a clause's end that closes a main clause's verbs: a participle or an infinitive in lower case. */
const NON_FINITE_VERB = /^\p{Ll}+(?:t|en|ern|eln)$/u;

/** Whether a gap between two words holds a mark that may end a clause. */
const endsClause = (gap: string) => /[,;:–—()]|\s-\s/u.test(gap);

/**
 * Where the main clause goes on after a relative clause, a clause of time or reason or an apposition set off by commas
 * inside it ("lud Vertreter der Parteien, die im Landtag sitzen, ein", "hat den Antrag, nachdem sie ihn geprüft hatte,
 * abgelehnt", "hat mit dem Bürgermeister, einem alten Freund, gesprochen"): the index of the word after the second
 * comma, where the main clause closes with its particle or its participle or infinitive. Undefined where the comma
 * after `index` opens no such insertion, or another clause follows it (", und ...", ", sagte ...").
 */
function afterInsertion(text: string, tokens: readonly Token[], verbIndex: number, index: number): number | undefined {
  // What is inserted tells of the noun before it; after a verb ("hat beschlossen, die Hilfsgelder ...") the main clause is closed.
  if (!tokens[index]!.capitalised) return undefined;
  let opener = index + 1;
  // ", mit denen", ", in dem": a relative pronoun after its preposition.
  if (PREPOSITIONS_BEFORE_ADJECTIVES.has(tokens[opener]?.lower ?? "") && INSERTED_CLAUSE_OPENERS.has(tokens[opener + 1]?.lower ?? "")) opener++;
  const openerWord = tokens[opener]?.lower ?? "";
  if (!INSERTED_CLAUSE_OPENERS.has(openerWord) && !NOUN_PHRASE_DETERMINERS.has(openerWord)) return undefined;
  let closing = opener + 1;
  while (closing < tokens.length - 1 && closing - index <= MAX_INSERTED_WORDS && !endsClause(text.slice(tokens[closing]!.end, tokens[closing + 1]!.start)))
    closing++;
  if (closing >= tokens.length - 1 || closing - index > MAX_INSERTED_WORDS) return undefined;
  if (text.slice(tokens[closing]!.end, tokens[closing + 1]!.start) !== ", ") return undefined;
  // A clause inserted ends in its finite verb ("sitzen", "hatte"); an apposition opens with its article and ends in its noun.
  const inserted = tokens[closing]!.capitalised ? opener === index + 1 && NOUN_PHRASE_DETERMINERS.has(openerWord) : INSERTED_CLAUSE_OPENERS.has(openerWord);
  if (!inserted) return undefined;
  const next = closing + 1;
  let last = next;
  while (last < tokens.length - 1 && last - next < MAX_WORDS_AFTER_INSERTION && !endsClause(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
  if (last - next >= MAX_WORDS_AFTER_INSERTION) return undefined;
  const first = tokens[next]!;
  if (CLAUSE_OPENERS_AFTER_COMMA.has(first.lower) || INSERTED_CLAUSE_OPENERS.has(first.lower)) return undefined;
  // ", kritisierte aber die Kosten": the finite verb of a second main clause, unless it is the one word that closes the first.
  if (last > next && isFiniteVerb(first) && !NOUN_PHRASE_DETERMINERS.has(first.lower)) return undefined;
  // "hat ..., abgelehnt", "lud ..., ein": the participle or infinitive an auxiliary or modal takes, or another verb's particle;
  // not the infinitive of a clause of its own (", ihre Meinung zu äußern").
  const closingWord = tokens[last]!;
  if (closingWord.capitalised || tokens[last - 1]?.lower === "zu") return undefined;
  const closes = AUXILIARIES_AND_MODALS.has(tokens[verbIndex]!.lower) ? NON_FINITE_VERB.test(closingWord.text) : SEPARABLE_PARTICLES.has(closingWord.text);
  return closes ? next : undefined;
}

/** A dash with spaces on both sides, which may open or close an insertion ("hat – trotz Kritik – beschlossen"). */
const DASH_GAP = /^[ \t\u00a0]+[–—-][ \t\u00a0]+$/u;
const BRACKET_OPENING = /^[ \t\u00a0]*\($/u;
const BRACKET_CLOSING = /^\)[ \t\u00a0]+$/u;
/** Marks that an insertion between dashes or in brackets does not hold: another clause's, a quotation's, another insertion's. */
const NOT_IN_INSERTION = /[;:()„“"»«–—]|\s-\s/u;

/**
 * Whether the main clause of the finite verb at `verbIndex` is whole with the word at `index`: its participle or
 * infinitive after an auxiliary or modal ("hat den Vertrag unterzeichnet"), or another verb's particle ("reichte den
 * Rücktritt ein").
 */
function closedAt(tokens: readonly Token[], verbIndex: number, index: number): boolean {
  const word = tokens[index]!;
  if (index === verbIndex || word.capitalised) return false;
  if (AUXILIARIES_AND_MODALS.has(tokens[verbIndex]!.lower)) return NON_FINITE_VERB.test(word.text) && !NOT_FINITE_VERBS.has(word.lower);
  return SEPARABLE_PARTICLES.has(word.text);
}

/**
 * Whether the words from `from` to the next mark are a clause of their own rather than the rest of the main clause of
 * the verb at `verbIndex`: after an auxiliary or modal, they do not close with its participle or infinitive ("hat –
 * trotz Kritik – das Gesetz beschlossen" is one clause); after another verb, a noun and a finite verb stand in them
 * ("gewann – wie erwartet – die Partei jubelte").
 */
function clauseOfItsOwn(text: string, tokens: readonly Token[], verbIndex: number, from: number): boolean {
  let last = from;
  while (last < tokens.length - 1 && !endsClause(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
  if (AUXILIARIES_AND_MODALS.has(tokens[verbIndex]!.lower)) return !closedAt(tokens, verbIndex, last);
  for (let index = from + 1; index <= last; index++) {
    const word = tokens[index]!;
    if (tokens[index - 1]!.capitalised && isFiniteVerb(word) && !SEPARABLE_PARTICLES.has(word.text)) return true;
  }
  return false;
}

/**
 * Where the main clause goes on after an insertion between two dashes or in brackets in its middle field ("hat – trotz
 * heftiger Kritik – das Gesetz beschlossen", "stellte den Bericht (samt allen Zahlen) im Landtag vor"): the index of the
 * first word after the closing mark. Undefined where the gap `opening` after `index` opens no such insertion, where the
 * clause is whole before it, or where another clause follows the closing mark ("– trotz Kritik – und die Ärzte ...",
 * "– wie erwartet – die Partei jubelte").
 */
function afterParenthesis(text: string, tokens: readonly Token[], verbIndex: number, index: number, opening: string): number | undefined {
  const dash = DASH_GAP.test(opening);
  if ((!dash && !BRACKET_OPENING.test(opening)) || closedAt(tokens, verbIndex, index)) return undefined;
  for (let closing = index + 1; closing < tokens.length - 1 && closing - index <= MAX_INSERTED_WORDS; closing++) {
    const gap = text.slice(tokens[closing]!.end, tokens[closing + 1]!.start);
    if (dash ? DASH_GAP.test(gap) : BRACKET_CLOSING.test(gap)) {
      const next = closing + 1;
      return CLAUSE_OPENERS_AFTER_INSERTION.has(tokens[next]!.lower) || clauseOfItsOwn(text, tokens, verbIndex, next) ? undefined : next;
    }
    if (NOT_IN_INSERTION.test(gap)) return undefined;
  }
  return undefined;
}

/**
 * Endings of an attributive adjective after a determiner, by the determiner's own ending: "das neue", "ein neuer",
 * "ein neues", "dem neuen", "die neue", "die neuen". What a clause cut inside a noun phrase ends in.
 */
function adjectiveEndingsAfter(determiner: string): readonly string[] {
  if (determiner === "das") return ["e"];
  if (/(?:em|en)$/u.test(determiner)) return ["en"];
  return /(?:e|er|es|ie)$/u.test(determiner) ? ["e", "en"] : ["er", "es"];
}

/**
 * Whether words cut off at a mark end inside a noun phrase, its noun after the mark: in a determiner ("hat die (...)")
 * or in an adjective right after one ("hat eine kleine (aber wirksame) Änderung"). A statement of them would break off.
 */
export function endsInsideNounPhrase(words: string): boolean {
  const [determiner = "", last = ""] = words.trimEnd().split(" ").slice(-2);
  // Not "ein", "sein", "ihr" alone: a particle ("lenkte ein"), an infinitive ("will Präsident sein"), a pronoun ("dankte ihr").
  if (NOUN_PHRASE_DETERMINERS.has(last) && ADJECTIVE_INFLECTION.test(last)) return true;
  const ending = isAdjectiveLike(last) ? ADJECTIVE_INFLECTION.exec(last)?.[0] : undefined;
  return ending !== undefined && NOUN_PHRASE_DETERMINERS.has(determiner.toLowerCase()) && adjectiveEndingsAfter(determiner.toLowerCase()).includes(ending);
}

/** End of the main clause that `verb` is the finite verb of: the next comma, semicolon, colon or dash, or the sentence end. */
function clauseEnd(text: string, tokens: readonly Token[], verbIndex: number, sentence: Span): { end: number; lastToken: number } {
  for (let index = verbIndex; index < tokens.length - 1; index++) {
    const gap = text.slice(tokens[index]!.end, tokens[index + 1]!.start);
    // "2,5 Prozent", "mit 3:1 besiegt": a decimal comma or a score's colon between figures ends no clause.
    const insideFigure = (gap === "," || gap === ":") && /\d$/u.test(tokens[index]!.text) && /^\d/u.test(tokens[index + 1]!.text);
    // "den Bürgermeister, Herbert Gruber, ... verurteilt": a name between commas is part of the clause.
    const apposition = gap === ", " ? afterNameApposition(text, tokens, index) : undefined;
    if (apposition !== undefined) {
      index = apposition - 1;
      continue;
    }
    // "lud Vertreter der Parteien, die im Landtag sitzen, ein": the main clause goes on after what is inserted into it.
    const inserted = gap === ", " ? afterInsertion(text, tokens, verbIndex, index) : undefined;
    if (inserted !== undefined) {
      index = inserted - 1;
      continue;
    }
    // "eine kleine, aber wirksame Änderung": a comma between two adjectives of one noun is part of the clause.
    const secondAdjective = gap === ", " ? secondCoordinatedAdjective(tokens, index) : undefined;
    if (secondAdjective !== undefined) {
      index = secondAdjective - 1;
      continue;
    }
    // "hat – trotz heftiger Kritik – das Gesetz beschlossen": the main clause goes on after the insertion. Most gaps are
    // one space, with no mark to look at.
    const parenthesis = gap.length > 1 && gap !== ", " ? afterParenthesis(text, tokens, verbIndex, index, gap) : undefined;
    if (parenthesis !== undefined) {
      index = parenthesis - 1;
      continue;
    }
    if (!insideFigure && /[,;:–—(]|\s-\s/u.test(gap)) return { end: tokens[index]!.end, lastToken: index };
  }
  const last = tokens.length - 1;
  let end = sentence.end;
  while (end > tokens[last]!.end && /[\s.!?"“”»«']/u.test(text[end - 1]!)) end--;
  return { end, lastToken: last };
}

function mentionOf(token: Token): Mention {
  return { start: token.start, end: token.end, text: token.text };
}

/** A plural finite verb ("sollen", "haben", "sind") cannot have one person or one institution as subject. */
function isPluralVerb(verb: Token): boolean {
  return verb.lower === "sind" || verb.lower === "waren" || /(?:en|ern|eln)$/u.test(verb.lower);
}

/** A participle ("aufgelöst", "ersetzt", "festgenommen", "angegriffen"), not an infinitive ("anführen"). */
const PARTICIPLE = /(?:t|^ge\p{Ll}+en|\p{Ll}ge\p{Ll}+en|worden)$/u;
/**
 * The finite verbs of a passive told as the text's own report: "wird", "wurde", "ist ... worden", and the modals that
 * carry one ("soll ... aufgebaut werden"); not the subjunctive of reported words ("sei ... beauftragt worden"), which a
 * statement would keep.
 */
// biome-ignore format: a word list, packed for reading
const INDICATIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  "wird", "werden", "wurde", "wurden", "ist", "sind", "war", "waren", "soll", "sollen", "muss", "müssen", "kann", "können", "darf", "dürfen", "will",
]);
/** Words ending in "t" at a clause's end that are no participle: "wird ... nicht", "wurde ... bereits". */
// biome-ignore format: a word list, packed for reading
const NOT_PARTICIPLES: ReadonlySet<string> = new Set([
  "nicht", "jetzt", "bereits", "erst", "selbst", "meist", "zuletzt", "einst", "sonst", "fast", "längst", "recht", "gut", "mit", "weit", "oft",
  "bekannt",
]);

/**
 * The participle of a passive whose finite verb is `verbIndex` and whose clause ends at `lastToken`: the last word
 * ("wurde ... entschädigt") or the one before "worden" or "werden" ("ist ... eingeleitet worden"); a word in lower case.
 */
function passiveParticiple(tokens: readonly Token[], verbIndex: number, lastToken: number): Token | undefined {
  const last = tokens[lastToken]!;
  const participle = (last.lower === "worden" || last.lower === "werden") && lastToken > verbIndex + 1 ? tokens[lastToken - 1]! : last;
  if (participle.capitalised || NOT_PARTICIPLES.has(participle.lower) || !PARTICIPLE.test(participle.lower)) return undefined;
  return participle;
}

/** Plural nouns for people ("Die Republikaner", "Die Demonstranten", "Die Rebellen", "Die Forscher"), not things ("Die Daten"). */
const PEOPLE_PLURAL = /\p{Ll}(?:aner|[lnrtgkhsdbpf]er|isten|anten|enten|aten|logen|innen|eure|ellen|kräfte)$/u;
// biome-ignore format: a word list, packed for reading
const NOT_PEOPLE: ReadonlySet<string> = new Set([
  "daten", "raten", "taten", "automaten", "tomaten", "granaten", "zimmer", "fenster", "wasser", "messer", "computer",
]);

const THING_PLURAL_ENDING = new RegExp(`(?:^|\\p{Ll}|-)(?:${THING_PLURAL_ENDINGS.join("|")})$`, "iu");

const PEOPLE_PLURAL_ENDING = new RegExp(`(?:^|\\p{Ll}|-)(?:${PEOPLE_PLURAL_ENDINGS.join("|")}|(?:${PEOPLE_ADJECTIVE_NOUN_STEMS.join("|")})en?)$`, "iu");

/** People in the plural by a compound's last part (PEOPLE_PLURAL_ENDINGS): "Ehefrauen", "Apple-Unterstützer". */
export function endsInPeoplePlural(noun: string): boolean {
  return PEOPLE_PLURAL_ENDING.test(noun);
}

/** A plural noun for people: by its ending ("Republikaner", "Demonstranten") or as a compound's last part ("Ehefrauen"). */
function isPeoplePlural(noun: string): boolean {
  return (PEOPLE_PLURAL.test(noun) && !NOT_PEOPLE.has(noun.toLowerCase()) && !THING_PLURAL_ENDING.test(noun)) || endsInPeoplePlural(noun);
}

const NOT_NOMINATIVE: ReadonlySet<string> = new Set(["dem", "den", "des", "einem", "einen", "eines", "einer"]);

/** Whether a noun is feminine by its ending or as a compound of a feminine noun of FEMININE_NOUNS ("Baufirma", "Landeshauptstadt"). */
function isFeminineNoun(noun: string): boolean {
  const lower = noun.toLowerCase();
  return FEMININE_NOUN.test(lower) || FEMININE_NOUNS.some((feminine) => lower.endsWith(feminine));
}

/**
 * Whether the phrase can be the actor of `verb`: a person, a named institution, a country or city; or a
 * group of people in the plural ("Die Republikaner haben", "Die Demonstranten forderten").
 */
function actorFits(actor: Phrase, verb: Token): boolean {
  const words = actor.mention.text.split(/\s+/u);
  // "Dem Projekt ...", "Den Tätern drohen ...": a dative or accusative is no subject.
  if (!actor.person && NOT_NOMINATIVE.has(words[0]!.toLowerCase())) return false;
  // "Der Baufirma Huber droht, die Frist zu versäumen", "Der Stadt fehlt Geld": "der" before a feminine noun is its dative.
  if (!actor.person && words[0]!.toLowerCase() === "der" && isFeminineNoun(words.find((word, index) => index > 0 && /^\p{Lu}/u.test(word)) ?? "")) return false;
  // "Der Kreml liegt im Zentrum", "Das Weiße Haus ist seit 1800 Amtssitz": the seat as the building, not its government.
  if (actor.seat && VERBS_OF_A_BUILDING.has(verb.lower)) return false;
  if (actor.person || actor.named) return true;
  const noun = words[words.length - 1]!;
  return isPluralVerb(verb) && words[0]!.toLowerCase() === "die" && isPeoplePlural(noun);
}

/**
 * A group of people named by whom they belong to or work with: the actor takes the plural, whatever its last word.
 * Two actors joined by "und" (`pair`) take it too.
 */
type ActorPhrase = Phrase & { group?: boolean; people?: boolean; pair?: [Phrase, Phrase]; memberOf?: Mention; leader?: PersonMention };

/**
 * "Lawrow und Kerry", "Die USA und die syrische Opposition":
 * two named actors of one kind (two persons, or two countries or institutions) joined by "und", as the subject of a
 * plural verb. Their deed is both's: given to one of them it would be half of what the text says.
 */
function pairAt(
  text: string,
  tokens: readonly Token[],
  from: number,
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
  afterVerb: boolean,
  organisations: ReadonlySet<string>,
): ActorPhrase | undefined {
  const first = phraseAt(text, tokens, from, persons, countries, afterVerb, organisations);
  const second =
    first?.named && tokens[first.next]?.lower === "und" ? phraseAt(text, tokens, first.next + 1, persons, countries, afterVerb, organisations) : undefined;
  if (!second?.named || !first!.person !== !second.person || first!.mention.text === second.mention.text) return undefined;
  const start = tokens[from]!.start;
  return { mention: { start, end: second.mention.end, text: text.slice(start, second.mention.end) }, named: true, next: second.next, pair: [first!, second] };
}

/** Capitals and a capital inside, a hyphen or initials: a word of a name ("US-Großbank", "JP", "McGinley"). */
const NAME_WORD = /-|\p{Lu}.*\p{Lu}/u;
/** Most adjectives between a group's article and its noun ("Die konservativen Kräfte"). */
const MAX_GROUP_ADJECTIVES = 2;
/** Prepositions that join a group to the name of the body it belongs to or is about ("Die Kritiker von TTIP"). */
const GROUP_NAME_PREPOSITIONS: ReadonlySet<string> = new Set(["von", "innerhalb"]);
/** Longest name of an institution in a group's genitive, in words ("der US-Großbank JP Morgan"). */
const MAX_GROUP_NAME_WORDS = 5;

/**
 * "Forscher der Macquarie University in Sydney", "Experten der US-Großbank JP Morgan", "die Biologen um Rowan
 * McGinley": people in the plural (PEOPLE_PLURAL, RESEARCHERS) named by the institution they belong to, or by the
 * person of the text they work with. Who they are, the words say, with or without an article: the group acts, as
 * an institution does. Not a genitive without a name ("Forscher der Universität": which one?) nor an indefinite one
 * ("Befürworter eines Austritts").
 */
function namedGroup(text: string, tokens: readonly Token[], from: number, persons: ReadonlyMap<number, PersonMention>): ActorPhrase | undefined {
  const team = teamAround(text, tokens, from, persons);
  if (team) return team;
  let index = tokens[from]?.lower === "die" ? from + 1 : from;
  // "Die konservativen Kräfte innerhalb der ...": adjectives after the article.
  while (index > from && index <= from + MAX_GROUP_ADJECTIVES && tokens[index]?.joined && !tokens[index]!.capitalised && isAdjectiveLike(tokens[index]!.text))
    index++;
  const noun = tokens[index];
  if (!noun?.capitalised || (index > from && !noun.joined)) return undefined;
  const peopleNoun = isPeoplePlural(noun.text) || RESEARCHERS.test(noun.lower);
  const link = tokens[index + 1];
  if (!peopleNoun || !link?.joined || persons.has(noun.start)) return undefined;
  if (link.lower === "um") {
    const named = personAfterUm(tokens, index + 2, persons);
    if (!named) return undefined;
    const end = named.mention.end;
    return {
      mention: { start: tokens[from]!.start, end, text: text.slice(tokens[from]!.start, end) },
      named: true,
      next: tokenAfter(tokens, index + 2, end),
      group: true,
    };
  }
  // "Die Kritiker von TTIP", "Die Kräfte innerhalb der Kommunistischen Partei": a preposition before the name.
  const preposition = GROUP_NAME_PREPOSITIONS.has(link.lower);
  if (!preposition && link.lower !== "der" && link.lower !== "des") {
    // "Forscher untersuchten ...": researchers opening a sentence without an article are who did the study the text reports.
    const bareResearchers = index === 0 && RESEARCHERS.test(noun.lower);
    return bareResearchers ? { mention: { start: noun.start, end: noun.end, text: noun.text }, named: true, next: 1, group: true } : undefined;
  }
  index += 2;
  // "innerhalb der ...": the genitive's article before the name.
  if (link.lower === "innerhalb") {
    if (!tokens[index]?.joined || !GENITIVE_ARTICLES.has(tokens[index]!.lower)) return undefined;
    index++;
  }
  const nameStart = index;
  // "der US-Großbank JP Morgan", "der australischen Macquarie University": capitalised words, an adjective before one.
  const nameWord = (at: number) =>
    tokens[at]!.joined && (tokens[at]!.capitalised || (isAdjectiveLike(tokens[at]!.text) && tokens[at + 1]?.capitalised === true));
  while (index < tokens.length && index - nameStart < MAX_GROUP_NAME_WORDS && nameWord(index)) index++;
  const name = tokens.slice(nameStart, index).filter((token) => token.capitalised);
  if (name.length === 0 || (name.length < 2 && !name.some((token) => NAME_WORD.test(token.text)))) return undefined;
  // "in Sydney": where the institution is.
  if (tokens[index]?.lower === "in" && tokens[index]!.joined && tokens[index + 1]?.joined && CITIES.has(tokens[index + 1]!.text)) index += 2;
  const end = tokens[index - 1]!.end;
  const mention = { start: tokens[from]!.start, end, text: text.slice(tokens[from]!.start, end) };
  return { mention, named: true, next: index, group: true, ...(preposition ? { people: true } : {}) };
}

/** Articles before a team named by the person who leads it: "das Team um", "ein Team um", "die Arbeitsgruppe um". */
const TEAM_ARTICLES: ReadonlySet<string> = new Set(["das", "ein", "die", "eine"]);

/**
 * "Das Team um Anna Berg", "eine Forschungsgruppe um den Biologen Karl Weber": a team in the singular (TEAM_NOUN) named by
 * the person of the text who leads it. It acts as an institution does, with the singular verb; not a group of people.
 */
function teamAround(text: string, tokens: readonly Token[], from: number, persons: ReadonlyMap<number, PersonMention>): ActorPhrase | undefined {
  const article = tokens[from];
  const noun = tokens[from + 1];
  const um = tokens[from + 2];
  if (!article || !TEAM_ARTICLES.has(article.lower) || !noun?.joined || !noun.capitalised || !TEAM_NOUN.test(noun.lower)) return undefined;
  if (!um?.joined || um.lower !== "um") return undefined;
  const leader = personAfterUm(tokens, from + 3, persons);
  if (!leader) return undefined;
  const end = leader.mention.end;
  return { mention: { start: article.start, end, text: text.slice(article.start, end) }, named: true, next: tokenAfter(tokens, from + 3, end), leader };
}

/**
 * The person "um" names a group by: right after it ("Forscher um David Martill") or after the person's article and
 * role ("Die Forscher um die Biologin Anna Berg", "die Ärzte um den Neurologen Karl Weber").
 */
function personAfterUm(tokens: readonly Token[], at: number, persons: ReadonlyMap<number, PersonMention>): PersonMention | undefined {
  const first = tokens[at];
  if (!first?.joined) return undefined;
  const direct = persons.get(first.start);
  if (direct) return direct;
  const role = tokens[at + 1];
  const name = tokens[at + 2];
  if (!(first.lower === "die" || first.lower === "den") || !role?.joined || !role.capitalised || !name?.joined) return undefined;
  return persons.get(name.start);
}

/** A bare plural for people (BARE_GROUP_NOUNS, PEOPLE_PLURAL_ENDINGS, RESEARCHERS), as a compound's last part. */
// "Studierende zahlen ...": an adjective's noun without its article ends in "-e"; "Studierenden" is a dative.
const BARE_GROUP_NOUN = new RegExp(
  `(?:^|\\p{Ll}|-)(?:${[...BARE_GROUP_NOUNS, ...PEOPLE_PLURAL_ENDINGS].join("|")}|(?:${PEOPLE_ADJECTIVE_NOUN_STEMS.join("|")})e)$`,
  "iu",
);

/**
 * "Kritiker werfen ... vor", "Nach den Anschlägen befürchten Experten ...": people in the plural named by a noun alone
 * (BARE_GROUP_NOUN), as the subject of a plural verb (actorFits, actionFact): who they are, the noun says, as "Die
 * Kritiker" would. Not a noun the next words go on ("Experten der ...", "Kritiker von ...": namedGroup reads those), nor
 * things ("Angriffe nehmen zu"). No adjective before it: "Syrische Aktivisten" would keep its capital where a statement
 * moves it.
 */
function bareGroup(tokens: readonly Token[], from: number): ActorPhrase | undefined {
  const noun = tokens[from];
  if (!noun?.capitalised || !(BARE_GROUP_NOUN.test(noun.text) || RESEARCHERS.test(noun.lower))) return undefined;
  const next = tokens[from + 1];
  if (!next?.joined || GENITIVE_ARTICLES.has(next.lower) || GROUP_NAME_PREPOSITIONS.has(next.lower) || next.lower === "um") return undefined;
  return { mention: { start: noun.start, end: noun.end, text: noun.text }, named: true, next: from + 1, group: true, people: true };
}

/**
 * "Zahlreiche Anrainer meldeten ...", "Am Abend zogen Tausende Demonstranten ...", "Mehrere Hundert Polizisten
 * durchsuchten ...": people in the plural counted without a figure (GROUP_QUANTIFIERS), as the subject of a plural verb:
 * a group as bareGroup's. Not where a genitive or "von" goes on with the noun ("Hunderte Anhänger der Partei"): whose
 * they are, the statement would cut off.
 */
function countedGroup(text: string, tokens: readonly Token[], from: number): ActorPhrase | undefined {
  const quantifier = tokens[from];
  if (!quantifier || !GROUP_QUANTIFIERS.has(quantifier.lower)) return undefined;
  const nounAt = COUNT_NOUNS.has(tokens[from + 1]?.lower ?? "") && tokens[from + 1]!.joined ? from + 2 : from + 1;
  const noun = tokens[nounAt];
  if (!noun?.joined || !noun.capitalised || !(isPeoplePlural(noun.text) || BARE_GROUP_NOUN.test(noun.text) || RESEARCHERS.test(noun.lower))) return undefined;
  // "... beschwerten sich hunderte Anrainer.": the group may end the sentence.
  const next = tokens[nounAt + 1];
  if (next && (!next.joined || GENITIVE_ARTICLES.has(next.lower) || GROUP_NAME_PREPOSITIONS.has(next.lower) || next.lower === "um")) return undefined;
  const mention = { start: quantifier.start, end: noun.end, text: text.slice(quantifier.start, noun.end) };
  return { mention, named: true, next: nounAt + 1, group: true, people: true };
}

/**
 * "Ralf Barkemeyer und Kollegen haben ... untersucht", "Die Linguistin Anna Keller und ihr Team fanden ...": a person
 * of the text opening the sentence, and who works with them (COWORKERS), act as a group, named by the person.
 */
function withCoworkers(text: string, tokens: readonly Token[], opening: Phrase | undefined): ActorPhrase | undefined {
  if (!opening?.person || tokens[opening.next]?.lower !== "und" || !tokens[opening.next]!.joined) return undefined;
  const and = opening.next;
  for (const words of [2, 1]) {
    const last = tokens[and + words];
    if (!last?.joined || !tokens[and + 1]!.joined) continue;
    const phrase = tokens
      .slice(and + 1, and + words + 1)
      .map((token) => token.lower)
      .join(" ");
    if (!COWORKERS.has(phrase)) continue;
    const start = opening.mention.start;
    return { mention: { start, end: last.end, text: text.slice(start, last.end) }, named: true, next: and + words + 1, group: true };
  }
  return undefined;
}

/** A plural noun ("die Behörden", "die Republikaner", "Sicherheitskräfte") or an acronym ("die USA") at the actor's end. */
const MAY_BE_PLURAL = /(?:en|er|kräfte|\p{Lu})$/u;

function actionFact(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  actor: ActorPhrase,
  verbIndex: number,
  clauseStart: number,
  actorFirst: boolean,
): ActionFact | undefined {
  const verb = tokens[verbIndex]!;
  if (!actorFits(actor, verb)) return undefined;
  // Plural nouns ("die Behörden", "die Republikaner") and acronyms ("die USA") may take a plural verb; a
  // person, a country or a city may not ("Russland und China haben": the actor would be half of it).
  const singularActor =
    actor.person !== undefined ||
    actor.place !== undefined ||
    actor.organisation === true ||
    !(MAY_BE_PLURAL.test(actor.mention.text) || isPeoplePlural(actor.mention.text.slice(actor.mention.text.lastIndexOf(" ") + 1)));
  // A named member of a group ("Viele Inselbewohner, allen voran ... Cameron, machen") takes the group's plural.
  // A team named by its leader ("das Team um Anna Berger") is one, whatever the name's last word.
  if (actor.group || actor.pair || actor.memberOf ? !isPluralVerb(verb) : (singularActor || actor.leader) && isPluralVerb(verb)) return undefined;
  const { end, lastToken } = clauseEnd(text, tokens, verbIndex, sentence);
  // "Mikl-Leitner hält zu den dramatischen Stunden fest: Das schweißt zusammen.", "Das Problem ist: ...": a clause that
  // closes right before a colon with a particle of stating or with its verb says what it holds after the colon; without
  // that it states nothing. A verb of saying there introduces words, which findQuotes asks.
  if (text.startsWith(":", end)) {
    const closesWithVerb = lastToken === verbIndex && !SAYING_VERBS.has(verb.lower);
    if (closesWithVerb || STATING_PARTICLES.has(tokens[lastToken]!.lower)) return undefined;
  }
  // "In Odessa wurde die alte Verkehrspolizei aufgelöst", "Die Causa muss neu verhandelt werden": the subject of a passive did not act.
  // A named person did not either, but what was done to them is told as of them ("Sobotka wird ... entschädigt").
  const last = tokens[lastToken]!;
  const passive =
    (PASSIVE_AUXILIARIES.has(verb.lower) && PARTICIPLE.test(last.lower)) ||
    ((last.lower === "werden" || last.lower === "worden") && lastToken > verbIndex + 1 && PARTICIPLE.test(tokens[lastToken - 1]!.lower));
  const participle = passive ? passiveParticiple(tokens, verbIndex, lastToken) : undefined;
  if (passive && (!participle || !actor.person || actor.group || actor.pair || actor.memberOf || !INDICATIVE_AUXILIARIES.has(verb.lower))) return undefined;
  // "Dem Abgeordneten Kowal warf Nowak Spionage vor": a person in the dative or accusative is the object of an active
  // verb, whose subject follows it; only in the passive is it the one the deed was done to ("Dem X wird vorgeworfen").
  if (actor.person && actorFirst && !passive && namesObjectBefore(text.slice(clauseStart, actor.mention.start))) return undefined;
  const fact: ActionFact = {
    start: sentence.start,
    end: sentence.end,
    actor: actor.mention,
    verb: mentionOf(verb),
    actorFirst,
    clause: { start: clauseStart, end },
  };
  if (actor.person) fact.person = actor.person.surname;
  if (actor.place) fact.place = actor.place;
  if (actor.organisation) fact.organisation = true;
  if (actor.memberOf) fact.memberOf = actor.memberOf;
  if (actor.leader) fact.leader = actor.leader.person.surname;
  if (actor.people) fact.people = true;
  if (actor.pair)
    fact.pair = actor.pair.map(({ mention, person, place, organisation }) => ({
      mention,
      person: person?.surname,
      place,
      ...(organisation ? { organisation } : {}),
    }));
  if (participle) fact.undergoer = DATIVE_PASSIVE_PARTICIPLE.test(participle.lower) ? "dative" : "subject";
  const firstAfterActorAndVerb = actorFirst ? verbIndex + 1 : actor.next;
  if (lastToken > firstAfterActorAndVerb && SEPARABLE_PARTICLES.has(last.text)) fact.particle = mentionOf(last);
  return fact;
}

/** A dative's or accusative's article and role words before a name ("Dem Abgeordneten ", "Den früheren Minister "). */
const OBJECT_ROLE_BEFORE = /^(?:dem|den|einem|einen)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** "Der" or "einer", up to two words, and the role right before a name: "Der Ministerin ", "Der polnischen Abgeordneten ". */
const FEMININE_ARTICLE_ROLE_BEFORE = /^(?:der|einer)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+$/iu;

/**
 * Whether the words before a name make it a dative or accusative: "Dem Abgeordneten ", and after "der" a role that is
 * no masculine nominative, a woman's or an inflected one ("Der Ministerin ", "Der Abgeordneten "): the nominative
 * is "Die Ministerin", "Der Abgeordnete".
 */
function namesObjectBefore(lead: string): boolean {
  if (OBJECT_ROLE_BEFORE.test(lead)) return true;
  const role = FEMININE_ARTICLE_ROLE_BEFORE.exec(lead)?.[1];
  if (role === undefined) return false;
  const forms = roleForms(role);
  return roleGender(role) === "female" || (forms !== undefined && role.endsWith("en") && !forms.masculine.endsWith("en"));
}

/** A short bracket right after the actor: what may stand between an actor and its verb. */
export const ACTOR_BRACKET = /^\s*\([^()]{1,30}\)\s+$/u;

/** The index of the first token after a bracket that follows `end`, if one does. */
function afterBracket(text: string, tokens: readonly Token[], end: number, from: number): number | undefined {
  if (text.charAt(end) !== " " || text.charAt(end + 1) !== "(") return undefined;
  for (let index = from; index < tokens.length && index < from + 6; index++) {
    if (ACTOR_BRACKET.test(text.slice(end, tokens[index]!.start))) return index;
  }
  return undefined;
}

/** Words that open a list or an attribution after the actor's comma, not an apposition ("Merkel, Macron und ...", "Merkel, so ..."). */
const NOT_APPOSITION: ReadonlySet<string> = new Set(["so", "und", "oder", "sowie", ...SAYING_VERBS]);
/** Longest apposition between the actor and its verb, in words. */
const MAX_APPOSITION_WORDS = 14;

/**
 * The index of the word after an apposition between commas right after the actor: "Boris Johnson, der
 * britische Premier, sagte", "Nguyen Phu Trong, mit 71 Jahren über dem Alterslimit, wird". Not a list
 * of names ("Merkel, Macron und Johnson trafen"), nor quotation marks, brackets or a colon inside.
 */
function afterApposition(text: string, tokens: readonly Token[], from: number, persons: ReadonlyMap<number, PersonMention>): number | undefined {
  const first = tokens[from];
  if (!first || !/^,\s+$/u.test(text.slice(tokens[from - 1]!.end, first.start))) return undefined;
  if (persons.has(first.start) || NOT_APPOSITION.has(first.lower)) return undefined;
  for (let index = from + 1; index < tokens.length && index <= from + MAX_APPOSITION_WORDS; index++) {
    const gap = text.slice(tokens[index - 1]!.end, tokens[index]!.start);
    // A noun phrase ends in its noun or a figure ("der neue Chef der Bahn", "61"); "der die kleine, private ..." is a clause cut short.
    if (/^,\s+$/u.test(gap)) return tokens[index - 1]!.capitalised || /^\d/u.test(tokens[index - 1]!.text) ? index : undefined;
    if (gap.trim() !== "") return undefined;
  }
  return undefined;
}

/** The relative pronouns that may stand for a man or a woman, in any case ("Sobotka, dem ... nachgesagt wurden, wird"). */
const RELATIVE_PRONOUNS: Readonly<Record<"male" | "female", ReadonlySet<string>>> = {
  male: new Set(["der", "dem", "den", "dessen"]),
  female: new Set(["die", "der", "deren"]),
};
/** Longest relative clause between a person and the verb, in words (its own commas included). */
const MAX_RELATIVE_WORDS = 30;
/** The short bracket (a party, an institute) that may stand between a name and its relative clause. */
const BEFORE_RELATIVE = /^(?:\s*\([^()]{1,40}\))?,\s+$/u;

/**
 * The index of the finite verb after a relative clause about the person who opens the sentence: "Morales,
 * der für die kleine, nationalistische Partei FCN-Nación antritt, verspricht keine Wunder", "Scott Boback
 * (Dickinson College), der seit langem über Würgeschlangen forscht, hat ...". The clause ends at a comma
 * between its own verb and a finite verb; its pronoun agrees with the person ("der" for a man, "die" for a woman).
 */
function afterRelativeClause(text: string, tokens: readonly Token[], actor: Phrase, from: number): number | undefined {
  const gender = actor.person?.gender;
  if (!gender) return undefined;
  let pronoun = from;
  while (pronoun < tokens.length && pronoun < from + 8 && !BEFORE_RELATIVE.test(text.slice(actor.mention.end, tokens[pronoun]!.start))) pronoun++;
  const word = tokens[pronoun];
  if (!word || !BEFORE_RELATIVE.test(text.slice(actor.mention.end, word.start))) return undefined;
  if (!RELATIVE_PRONOUNS[gender].has(word.lower)) return undefined;
  for (let index = pronoun + 2; index < tokens.length && index <= pronoun + MAX_RELATIVE_WORDS; index++) {
    const gap = text.slice(tokens[index - 1]!.end, tokens[index]!.start);
    if (gap.trim() === "") continue;
    if (!/^,\s+$/u.test(gap)) return undefined;
    if (isFiniteVerb(tokens[index - 1]!) && isFiniteVerb(tokens[index]!)) return index;
  }
  return undefined;
}

/** Longest insertion between dashes after the actor, in words ("Entholzer – seit zwei Jahren Parteichef – kündigte"). */
const MAX_DASHED_WORDS = 8;
/** A dash that opens or closes an insertion: a dash between spaces. */
const INSERTION_DASH = /^\s+[–—]\s+$/u;

/** The index of the word after an insertion between dashes right after the actor: "Entholzer – seit zwei Jahren Parteichef – kündigte". */
function afterDashes(text: string, tokens: readonly Token[], from: number): number | undefined {
  if (from === 0 || !tokens[from] || !INSERTION_DASH.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) return undefined;
  for (let index = from + 1; index < tokens.length && index <= from + MAX_DASHED_WORDS; index++) {
    const gap = text.slice(tokens[index - 1]!.end, tokens[index]!.start);
    if (INSERTION_DASH.test(gap)) return index;
    if (gap.trim() !== "") return undefined;
  }
  return undefined;
}

/** Words a genitive after an office may run on with before the holder's name: "der Zeitung Cumhuriyet". */
const MAX_GENITIVE_WORDS = 4;
/** Small words of a place or body after an office ("Repräsentant in Bosnien-Herzegowina", "Sprecher von Präsident Putin"). */
const OFFICE_PLACE_WORDS: ReadonlySet<string> = new Set(["in", "im", "für", "bei", "beim", "von", "vom", "am", "dem", "den"]);

/**
 * "Der Chefredakteur der Zeitung Cumhuriyet, Can Dündar, warnte ...", "Der frühere Hohe Repräsentant in
 * Bosnien-Herzegowina, Wolfgang Petritsch, begrüßte ...": a sentence that opens with an office (a role noun after
 * its article), maybe a genitive or a place after it, and the name of its holder between commas. The
 * holder acts; not where the name stands in some other phrase ("Das Treffen mit dem Präsidenten, Wladimir Putin, ...").
 */
function apposedHolder(text: string, tokens: readonly Token[], opening: Phrase, persons: ReadonlyMap<number, PersonMention>): Phrase | undefined {
  if (opening.person || !PHRASE_DETERMINERS.has(tokens[0]?.lower ?? "")) return undefined;
  let office = 1;
  // "Der frühere Hohe Repräsentant": an adjective of the office's name is capitalised.
  while (office < tokens.length && !isRoleToken(tokens[office]!) && (isAdjectiveLike(tokens[office]!.text) || isAdjectiveLike(tokens[office]!.lower))) office++;
  if (office >= tokens.length || !isRoleToken(tokens[office]!)) return undefined;
  const afterOffice = office + 1;
  let name = afterOffice;
  while (name < tokens.length && name - afterOffice < MAX_GENITIVE_WORDS && !commaBefore(text, tokens, name)) {
    const word = tokens[name]!;
    if (!word.joined || !(word.capitalised || GENITIVE_ARTICLES.has(word.lower) || OFFICE_PLACE_WORDS.has(word.lower) || isAdjectiveLike(word.text)))
      return undefined;
    name++;
  }
  const named = name < tokens.length && commaBefore(text, tokens, name) ? persons.get(tokens[name]!.start) : undefined;
  if (!named || !/^,\s/u.test(text.slice(named.mention.end, named.mention.end + 2))) return undefined;
  return { mention: named.mention, person: named.person, named: true, next: tokenAfter(tokens, name, named.mention.end) };
}

/** Longest attribute between the article and an office, in words ("lange Zeit als Ablösekandidatin gehandelte zweite"). */
const MAX_ATTRIBUTE_WORDS = 8;
const ARTICLE_GENDER: ReadonlyMap<string, "male" | "female"> = new Map([
  ["der", "male"],
  ["die", "female"],
]);

/**
 * "Die lange Zeit als Ablösekandidatin gehandelte zweite Landtagspräsidentin Gudrun Mosler-Törnström (59) wird ...",
 * "Der 1972 geborene Bürgermeister Gerd Brand ist ...": a sentence that opens with an article, an attribute ending in
 * a participle (its own words may be a noun, a preposition, a year), maybe adjectives, an office and the name of a
 * person of the text, whom the article's gender fits. The person is the subject. Not a phrase whose head is another
 * noun ("Der Streit mit Kanzler Jonas Berger"): the office stands right after the participle and its adjectives.
 */
function attributedHolder(tokens: readonly Token[], opening: Phrase | undefined, persons: ReadonlyMap<number, PersonMention>): Phrase | undefined {
  const gender = ARTICLE_GENDER.get(tokens[0]?.lower ?? "");
  if (opening?.person || !gender) return undefined;
  for (let index = 2; index < tokens.length && index <= MAX_ATTRIBUTE_WORDS + 3; index++) {
    if (!tokens[index]!.joined) return undefined;
    const named = persons.get(tokens[index]!.start);
    if (!named) continue;
    if (named.person.gender !== gender || !isRoleToken(tokens[index - 1]!)) return undefined;
    let before = index - 2;
    while (before > 1 && !INFLECTED_PARTICIPLE.test(tokens[before]!.text) && isAdjectiveLike(tokens[before]!.text)) before--;
    if (before < 1 || !INFLECTED_PARTICIPLE.test(tokens[before]!.text) || !isAdjectiveLike(tokens[before]!.text)) return undefined;
    return { mention: named.mention, person: named.person, named: true, next: tokenAfter(tokens, index, named.mention.end) };
  }
  return undefined;
}

/**
 * Whether a comma stands before the word at `index`. A function of the module, not a closure made per sentence: built
 * with keepNames (tsx, wrangler), every named closure costs a defineProperty of its name each time it is made.
 */
function commaBefore(text: string, tokens: readonly Token[], index: number): boolean {
  return /^,\s+$/u.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start));
}

/** "Merkel kündigte ... an", "Die EU-Kommission hat ...", "Boris Johnson, der britische Premier, sagte ...". */
function actorFirst(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  opening: ActorPhrase | undefined,
  persons: ReadonlyMap<number, PersonMention>,
): ActionFact | undefined {
  const holder = (opening && apposedHolder(text, tokens, opening, persons)) ?? attributedHolder(tokens, opening, persons);
  const actor = holder ?? opening;
  if (!actor) return undefined;
  let verbIndex = actor.next;
  // What may stand between the actor and the verb: a relative clause about them ("Morales, der ... antritt,
  // verspricht"), a party or a short form in brackets ("Johanna Mikl-Leitner (ÖVP) wechselt", "Der Oberste
  // Gerichtshof (OGH) hat"), an apposition or an insertion between dashes.
  const inserted = holder
    ? (afterBracket(text, tokens, actor.mention.end, verbIndex) ?? verbIndex)
    : (afterRelativeClause(text, tokens, actor, verbIndex) ??
      afterBracket(text, tokens, actor.mention.end, verbIndex) ??
      afterApposition(text, tokens, verbIndex, persons) ??
      afterDashes(text, tokens, verbIndex));
  if (inserted !== undefined) verbIndex = inserted;
  else if (tokens[verbIndex] && BETWEEN_SUBJECT_AND_VERB.has(tokens[verbIndex]!.lower)) verbIndex++;
  const verb = tokens[verbIndex];
  if (!verb || (!verb.joined && inserted === undefined) || !isFiniteVerb(verb)) return undefined;
  return actionFact(text, sentence, tokens, actor, verbIndex, tokens[0]!.start, true);
}

/** Adjectives in their uninflected form, as adverbs: "politisch", "öffentlich", "deutlich". */
export const ADVERBIAL_ADJECTIVE = /\p{Ll}{3}(?:isch|lich|weit)$/u;

/**
 * "Politisch steht Morales für ...", "Persönlich traf Merkel ...": an adjective without ending opens the sentence as
 * its whole fore-field, right before the finite verb. Not a name of that shape ("Fröhlich hat ..."), nor an adverb of
 * doubt ("Vermutlich hat ..."): the deed is then a guess.
 */
function adverbialAdjective(tokens: readonly Token[], persons: ReadonlyMap<number, PersonMention>, countries: ReadonlyMap<number, CountryMention>): boolean {
  const first = tokens[0]!;
  const verb = tokens[1];
  if (!verb?.joined || persons.has(first.start) || countries.has(first.start) || DOUBT_ADVERBS.has(first.lower)) return false;
  if (!ADVERBIAL_ADJECTIVE.test(first.lower)) return false;
  return isFiniteVerb(verb);
}

/** A year alone, before the finite verb ("2009 wechselte er in die Politik"): a fore-field, never the subject. */
export const YEAR_FOREFIELD = /^(?:1[89]|20)\d{2}$/u;

/** Whether a sentence may open with a fore-field before its inverted verb: a preposition or an adverb (FOREFIELD_OPENERS), or a year. */
const opensForefield = (first: Token) => FOREFIELD_OPENERS.has(first.lower) || YEAR_FOREFIELD.test(first.text);

/**
 * "Am Montag kündigte Merkel ... an", "Einen Tag vor dem Gipfel hat der Ministerrat ... beschlossen": a
 * fore-field that is no subject (an adverbial or an object), the finite verb, then the actor.
 */
function actorAfterVerb(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
  holders: readonly OfficeHolder[],
  organisations: ReadonlySet<string>,
): ActionFact | undefined {
  if (!tokens[0] || !(opensForefield(tokens[0]) || adverbialAdjective(tokens, persons, countries))) return undefined;
  // "Den Haag hat ...": a city's name, the subject itself.
  if (tokens[1] && CITIES.has(`${tokens[0].text} ${tokens[1].text}`)) return undefined;
  let limit = MAX_FOREFIELD_WORDS + 1;
  for (let index = 1; index < Math.min(tokens.length - 1, limit); index++) {
    if (!tokens[index]!.joined && !afterOrdinal(text, tokens, index)) {
      // "Beim Landesparteitag, dessen Termin ... festgelegt wurde, will sich Entholzer ...": a clause inside the fore-field.
      const after = afterEmbeddedClause(text, tokens, index);
      if (after === undefined) return undefined;
      limit += after - index;
      index = after;
    }
    const verb = tokens[index]!;
    if (!isFiniteVerb(verb)) continue;
    const before = tokens[index - 1]!.lower;
    // "Am vergangenen Montag", "im maltesischen Valletta": after an article or a preposition an adjective, not
    // a verb; after an adverb ("Heute kündigte", "Deutlich ging") the verb.
    if (PHRASE_DETERMINERS.has(before) || NOUN_OPENERS.has(before)) continue;
    if (!tokens[index + 1]!.joined) return undefined;
    // "Einen Monat danach zeigt sich Landeshauptmann Hans Niessl zufrieden": a reflexive verb's "sich" before the actor.
    let actorAt = tokens[index + 1]!.lower === "sich" && tokens[index + 2]?.joined === true ? index + 2 : index + 1;
    // "Vor einigen Tagen hatte bereits Deutschland ...", "hat ja auch Österreich ...": adverbs before the actor.
    while (actorAt < index + 4 && ADVERBS_BEFORE_ACTOR.has(tokens[actorAt]!.lower) && tokens[actorAt + 1]?.joined) actorAt++;
    // "im maltesischen Valletta": an adjective that looks like a verb; the verb comes later.
    const phrase =
      namedGroup(text, tokens, actorAt, persons) ??
      bareGroup(tokens, actorAt) ??
      countedGroup(text, tokens, actorAt) ??
      pairAt(text, tokens, actorAt, persons, countries, true, organisations) ??
      personOfAge(text, tokens, actorAt, persons) ??
      phraseAt(text, tokens, actorAt, persons, countries, true, organisations);
    if (!phrase) continue;
    // "Nach ersten Erkenntnissen fuhren Unbekannte vor und griffen die Männer an": the second verb of the fore-field's
    // own clause, whose subject came before; the phrase after it is its object.
    if (VERB_PHRASE_CONJUNCTIONS.has(before)) return undefined;
    // "Am Sonntagabend zündete die Sonde ...": a thing's kind noun, which may stand for the one the text named (findActions).
    if (!phrase.named && isThingKindNoun(phrase.mention)) phrase.named = true;
    return deedOfActorAfterVerb(text, sentence, tokens, phrase, index, holders);
  }
  return undefined;
}

/**
 * The deed of a sentence whose actor `phrase` stands right after its finite verb at `verbIndex` (actorAfterVerb,
 * objectBeforeVerb); undefined where the phrase only opens a list or a title, or is followed by a "von" that may say
 * whose it is.
 */
function deedOfActorAfterVerb(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  phrase: ActorPhrase,
  verbIndex: number,
  holders: readonly OfficeHolder[],
): ActionFact | undefined {
  // "Dafür stimmten die Koalitionsparteien KPÖ, Grüne und SPÖ": the phrase is the first of a list, not the actor.
  if (LIST_GOES_ON.test(text.slice(phrase.mention.end, phrase.mention.end + 80))) return undefined;
  // "Als Höhepunkt galt die Aufführung von Mozarts "Don Giovanni"": a title in quotation marks goes on with the phrase.
  if (TITLE_FOLLOWS.test(text.slice(phrase.mention.end, phrase.mention.end + 3))) return undefined;
  // "Kurz vor der Wahl holt den Minister Peter Krause einer der größten Skandale ein": a dative's or accusative's
  // article before the name, or a phrase after it that can only be the nominative, makes the name the object.
  if (namesObjectBefore(text.slice(tokens[verbIndex]!.end, phrase.mention.start).trimStart())) return undefined;
  if (NOMINATIVE_AFTER_ACTOR.test(text.slice(phrase.mention.end, phrase.mention.end + 60))) return undefined;
  // "Am Montag kündigte der Landeshauptmann ... an": the one holder of that office the text named before.
  const actor = holderOfOffice(text, tokens, phrase, holders) ?? phrase;
  // "Bei dem Treffen einigten sich die Vertreter von zehn Staaten auf ...": a "von" right after a group or a body may
  // say whose it is; a statement that opens with the actor would leave it behind the fore-field ("in Danzig von zehn Staaten").
  if (!actor.person && tokens[actor.next]?.lower === "von" && tokens[actor.next]!.joined) return undefined;
  return actionFact(text, sentence, tokens, actor, verbIndex, tokens[0]!.start, false);
}

/**
 * What after a phrase behind the verb can only be the clause's nominative: a pronoun of the nominative alone ("er",
 * "ich", "wir", "du"), "einer der ..." ("one of the ..."), or "ein" and an adjective in the masculine nominative's "-er"
 * ("ein schwerer Vorwurf"); the phrase before it is then the object ("trifft Anna Berger ein schwerer Vorwurf").
 */
const NOMINATIVE_AFTER_ACTOR = /^\s+(?:(?:er|ich|wir|du|einer\s+(?:der|des))(?!\p{L})|ein\s+\p{Ll}+er\s+\p{Lu})/u;

/** Most adjectives between a fronted object's article and its noun ("Die neuen strengen Regeln"). */
const MAX_FRONTED_ADJECTIVES = 2;
/**
 * Nouns that after "Die" are plural, never a feminine singular: plurals of feminine suffixes ("Forderungen",
 * "Einheiten", "Regionen"), of people ("Demonstranten", "Ministerinnen"), and of masculine and neuter nouns
 * (PLURALS_NOT_FEMININE_SINGULAR, THING_PLURAL_ENDINGS).
 */
const CERTAIN_PLURAL_NOUN = new RegExp(
  `(?:\\p{Ll}(?:ungen|heiten|keiten|schaften|ionen|täten|nahmen|isten|anten|enten|innen)|(?:^|\\p{Ll}|-)(?:${[...PLURALS_NOT_FEMININE_SINGULAR, ...THING_PLURAL_ENDINGS].join("|")}))$`,
  "iu",
);

/**
 * The noun phrase that opens a sentence with "Die" or "Das" and may be the object of the verb after it: the article,
 * adjectives, the noun and a genitive after it ("Die Forderungen der Gewerkschaft"); the index of the word after it
 * and whether it is plural for sure ("Die" with an adjective in "-en" or a noun of CERTAIN_PLURAL_NOUN).
 */
function frontedNounPhrase(tokens: readonly Token[]): { next: number; plural: boolean } | undefined {
  const article = tokens[0]?.text;
  if (article !== "Die" && article !== "Das") return undefined;
  let index = 1;
  while (index <= MAX_FRONTED_ADJECTIVES && tokens[index]?.joined && !tokens[index]!.capitalised && isAdjectiveLike(tokens[index]!.text)) index++;
  const noun = tokens[index];
  if (!noun?.joined || !noun.capitalised) return undefined;
  // "Die neuen Pläne": after "die" an adjective in "-en" is plural; a feminine singular's ends in "-e" ("die neue Reform").
  const plural = article === "Die" && ((index > 1 && tokens[1]!.lower.endsWith("en")) || CERTAIN_PLURAL_NOUN.test(noun.text));
  index++;
  // "Die Forderungen der Gewerkschaft", "Das Budget des Landes": a genitive goes with the noun.
  if (tokens[index]?.joined && GENITIVE_ARTICLES.has(tokens[index]!.lower)) {
    let genitive = index + 1;
    while (genitive <= index + MAX_FRONTED_ADJECTIVES && tokens[genitive]?.joined && !tokens[genitive]!.capitalised && isAdjectiveLike(tokens[genitive]!.text))
      genitive++;
    if (!tokens[genitive]?.joined || !tokens[genitive]!.capitalised) return undefined;
    index = genitive + 1;
  }
  return { next: index, plural };
}

/**
 * "Die Vorwürfe weist der Minister zurück", "Das Gesetz lehnen die Grünen ab", "Die Reform verteidigte der Kanzler
 * Karl Huber": the object opens the sentence, its finite verb right after it, then the subject. Only where German marks
 * it: a plural before a verb in the singular, "Das" (singular) before one in the plural, or a man named with "der" after
 * the verb (a nominative; a dative "der" is a woman's). Where both may be the subject ("Die Regierung kritisierte die
 * Opposition", "Die Titelseite zeigt Präsident ..."), the text is read subject first, and this finds nothing.
 */
function objectBeforeVerb(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
  holders: readonly OfficeHolder[],
  organisations: ReadonlySet<string>,
): ActionFact | undefined {
  const fronted = frontedNounPhrase(tokens);
  if (!fronted) return undefined;
  const verbIndex = fronted.next;
  const verb = tokens[verbIndex];
  const actorAt = verbIndex + 1;
  if (!verb?.joined || !tokens[actorAt]?.joined || !isFiniteVerb(verb) || namesOne(tokens[1]!, persons, countries)) return undefined;
  const pluralVerb = isPluralVerb(verb);
  const phrase =
    (pluralVerb
      ? (namedGroup(text, tokens, actorAt, persons) ?? bareGroup(tokens, actorAt) ?? pairAt(text, tokens, actorAt, persons, countries, true, organisations))
      : undefined) ?? phraseAt(text, tokens, actorAt, persons, countries, true, organisations);
  if (!phrase) return undefined;
  const manInNominative = !pluralVerb && tokens[actorAt]!.lower === "der" && phrase.person?.gender === "male";
  const marked = pluralVerb ? tokens[0]!.text === "Das" : fronted.plural || manInNominative;
  if (!marked) return undefined;
  const fact = deedOfActorAfterVerb(text, sentence, tokens, phrase, verbIndex, holders);
  if (fact) fact.objectFirst = true;
  return fact;
}

/** An opening quotation mark right after a phrase: a title ("Mozarts "Don Giovanni"") that is part of it. */
const TITLE_FOLLOWS = /^\s?["„»“]/u;

/** More names of a list after a comma: ", Grüne und SPÖ", ", B, C und D". */
const LIST_GOES_ON = /^,\s+\p{Lu}[\p{L}-]*(?:,\s+\p{Lu}[\p{L}-]*)*\s+(?:und|oder|sowie)\s+\p{Lu}/u;

/** Words that open a clause inside a fore-field after its comma: relative pronouns and question words ("dessen", "wann"). */
// biome-ignore format: a word list, packed for reading
const EMBEDDED_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "der", "die", "das", "dessen", "deren", "dem", "den", "denen", "wo", "wann", "wie", "ob", "welche", "welcher", "welches",
]);
/** Longest clause inside a fore-field, in words. */
const MAX_EMBEDDED_CLAUSE_WORDS = 15;

/**
 * The index of the word after a clause between commas inside a fore-field ("Beim Landesparteitag, dessen Termin für
 * 16. Jänner festgelegt wurde, will ...", "Auf die Frage, wann Serbien ... beginnen könne, sagte ..."): it opens with a
 * relative pronoun or a question word after the comma that follows a noun, and ends in its finite verb before the next
 * comma.
 */
function afterEmbeddedClause(text: string, tokens: readonly Token[], from: number): number | undefined {
  // After a noun ("Beim Landesparteitag,", "Auf die Frage,"), not after a clause of its own ("Um herauszufinden, ob ...").
  if (
    !tokens[from - 1]!.capitalised ||
    !/^,\s+$/u.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start)) ||
    !EMBEDDED_CLAUSE_OPENERS.has(tokens[from]!.text)
  )
    return undefined;
  for (let index = from + 1; index < tokens.length - 1 && index <= from + MAX_EMBEDDED_CLAUSE_WORDS; index++) {
    if (tokens[index]!.joined || afterOrdinal(text, tokens, index) || insideFigure(text, tokens, index)) continue;
    const gap = text.slice(tokens[index - 1]!.end, tokens[index]!.start);
    return /^,\s+$/u.test(gap) && isFiniteVerb(tokens[index - 1]!) ? index : undefined;
  }
  return undefined;
}

/** Longest group before the comma of its named members, in words ("Mehrere italienische Kreditinstitute"). */
const MAX_GROUP_WORDS = 4;
/** Most words of a marker of GROUP_MEMBER_MARKERS ("unter ihnen auch"). */
const MAX_MEMBER_MARKER_WORDS = 3;

/**
 * "Viele Inselbewohner, allen voran Premierminister David Cameron, machen sich Sorgen ...", "Mehrere Kreditinstitute,
 * darunter auch die Bank-Austria-Mutter Unicredit, haben Briefe ... erhalten": a group opening the sentence, one named
 * member of it between commas after a marker (GROUP_MEMBER_MARKERS), then a finite verb in the plural, whose subject
 * the group is. What the group did, its named member did: the member is the actor, the group its `memberOf`.
 */
function groupMember(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
  organisations: ReadonlySet<string>,
): ActionFact | undefined {
  let comma = 1;
  while (comma < tokens.length && comma <= MAX_GROUP_WORDS && tokens[comma]!.joined) comma++;
  if (comma > MAX_GROUP_WORDS || comma >= tokens.length - 2 || !commaBefore(text, tokens, comma)) return undefined;
  const group = tokens.slice(0, comma);
  // "Den Banken, darunter ..., drohen": a dative or accusative is no subject; a person no group.
  if (!group[comma - 1]!.capitalised || NOT_NOMINATIVE.has(group[0]!.lower) || group.some((token) => persons.has(token.start))) return undefined;
  for (let words = MAX_MEMBER_MARKER_WORDS; words >= 1; words--) {
    const marker = tokens.slice(comma, comma + words);
    if (marker.length < words || marker.some((token, at) => at > 0 && !token.joined)) continue;
    if (!GROUP_MEMBER_MARKERS.has(marker.map((token) => token.lower).join(" "))) continue;
    const member = phraseAt(text, tokens, comma + words, persons, countries, false, organisations);
    const verb = member ? tokens[member.next] : undefined;
    if (!member?.named || !verb || !commaBefore(text, tokens, member.next) || !isFiniteVerb(verb) || !isPluralVerb(verb)) return undefined;
    const memberOf = { start: group[0]!.start, end: group[comma - 1]!.end, text: text.slice(group[0]!.start, group[comma - 1]!.end) };
    return actionFact(text, sentence, tokens, { ...member, memberOf }, member.next, tokens[0]!.start, true);
  }
  return undefined;
}

/** A verb's infinitive with "zu" inside it ("herauszufinden", "aufzuklären"). */
const ZU_INSIDE_INFINITIVE = /^\p{Ll}{2,}zu\p{Ll}{2,}(?:en|ern|eln)$/u;

/** "Um die Krise zu lösen,", "Um herauszufinden, ob ...": "Um" opens a purpose clause when its infinitive with "zu" ends before the first comma. */
function opensPurposeClause(tokens: readonly Token[]): boolean {
  for (let index = 1; index < Math.min(tokens.length, MAX_FRONTED_CLAUSE_WORDS); index++) {
    const token = tokens[index]!;
    if (!token.joined) return ZU_INSIDE_INFINITIVE.test(tokens[index - 1]!.lower) || tokens[index - 2]?.lower === "zu";
  }
  return false;
}

/** Longest subordinate clause before a main clause, in words. */
const MAX_FRONTED_CLAUSE_WORDS = 25;

/**
 * "Wie die Nachrichtenagentur Anadolu am Dienstag meldete, soll Davutoğlu ... zusammenstellen", "Weil es offene
 * Probleme gibt, fordert Bieber ...": a subordinate clause (FRONTED_CLAUSE_CONJUNCTIONS) ending in its verb before
 * the comma, then the main clause's finite verb and its actor. The main clause is the action; the clause before it
 * is left out of the deed, which it does not change.
 */
function afterFrontedClause(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
  organisations: ReadonlySet<string>,
): ActionFact | undefined {
  const conjunction = tokens[0]?.lower;
  if (conjunction === undefined || tokens[0]!.text === tokens[0]!.lower) return undefined;
  const purpose = conjunction === "um" && opensPurposeClause(tokens);
  if (!purpose && !FRONTED_CLAUSE_CONJUNCTIONS.has(conjunction)) return undefined;
  for (let index = 2; index < Math.min(tokens.length - 2, MAX_FRONTED_CLAUSE_WORDS + 1); index++) {
    const gap = text.slice(tokens[index - 1]!.end, tokens[index]!.start);
    // "Wie Forscher um David Martill (Universität Portsmouth) ... berichten,": a bracket inside the clause.
    if (gap.trim() === "" || /^\s*[()]\s*$/u.test(gap)) continue;
    // "Um herauszufinden, ob ... beeinflusst, spielten die Biologen ...": a purpose clause goes on after its infinitive's
    // comma with a clause of its own; the main clause opens at the first comma its finite verb and actor follow.
    if (purpose && /^,\s+$/u.test(gap)) {
      const verb = tokens[index]!;
      // "die Biologen um Rowan McGinley": a group named by its head, as after any verb before its actor (actorAfterVerb).
      const at = index + 1;
      const phrase =
        isFiniteVerb(verb) && tokens[at]!.joined
          ? (namedGroup(text, tokens, at, persons) ??
            bareGroup(tokens, at) ??
            pairAt(text, tokens, at, persons, countries, true, organisations) ??
            phraseAt(text, tokens, at, persons, countries, true, organisations))
          : undefined;
      if (phrase) return actionFact(text, sentence, tokens, phrase, index, verb.start, false);
      continue;
    }
    // The clause's own verb closes it; "Wie viele Menschen getötet wurden," asks, names no source.
    const clauseVerb = tokens[index - 1]!;
    if (!/^,\s+$/u.test(gap) || !isFiniteVerb(clauseVerb)) return undefined;
    if (conjunction === "wie" && !SOURCE_CLAUSE_VERB.test(clauseVerb.lower)) return undefined;
    const verb = tokens[index]!;
    if (!isFiniteVerb(verb) || !tokens[index + 1]!.joined) return undefined;
    const phrase = phraseAt(text, tokens, index + 1, persons, countries, true, organisations);
    if (phrase) return actionFact(text, sentence, tokens, phrase, index, verb.start, false);
    return conjunction === "wie" ? sourceGroupAsSubject(text, sentence, tokens, index, persons) : undefined;
  }
  return undefined;
}

/**
 * "Wie Forscher um David Martill im Fachblatt Science berichten, haben sie ... eine Urschlange entdeckt": "sie" after the
 * main clause's plural verb is the named group (namedGroup) that opens the "wie" clause and reports; no other plural
 * stands in the clause before it, and the main clause ends in what a study does (RESEARCH_DEED). The group did what
 * the main clause says; the deed names it (`referent`).
 */
function sourceGroupAsSubject(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  verbIndex: number,
  persons: ReadonlyMap<number, PersonMention>,
): ActionFact | undefined {
  const pronoun = tokens[verbIndex + 1]!;
  if (pronoun.text !== "sie" || !isPluralVerb(tokens[verbIndex]!)) return undefined;
  const group = namedGroup(text, tokens, 1, persons);
  if (!group?.group || group.next >= verbIndex) return undefined;
  const actor = { mention: mentionOf(pronoun), named: true, next: verbIndex + 2, group: true };
  const fact = actionFact(text, sentence, tokens, actor, verbIndex, tokens[verbIndex]!.start, false);
  // "haben sie ... entdeckt": a study's deed; "sind sie ... alt" may be of a plural the sentence before names.
  const last = tokens.find((token) => token.end === fact?.clause.end);
  if (!fact || !last || !RESEARCH_DEED.test(last.lower)) return undefined;
  fact.referent = group.mention;
  return fact;
}

/** A day of the month written as an ordinal ("Am 13. Juli", "Bis zum 5. November"): its point joins the fore-field's words. */
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])$/u;

/** "1.800", "2,5": the point or comma between the digits of one figure, which ends no clause. */
function insideFigure(text: string, tokens: readonly Token[], index: number): boolean {
  const gap = text.slice(tokens[index - 1]!.end, tokens[index]!.start);
  return (gap === "." || gap === ",") && /\d$/u.test(tokens[index - 1]!.text) && /^\d/u.test(tokens[index]!.text);
}

function afterOrdinal(text: string, tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]!;
  return DAY_NUMBER.test(before.text) && text.slice(before.end, tokens[index]!.start) === ". " && tokens[index]!.capitalised;
}

/**
 * "Neuer Streit zwischen Polen und Russland: Der polnische Außenminister Jan Nowak will ...", "Bei den
 * iPhone-Verkaufszahlen ist der Wurm drin: Erstmals seit dessen Einführung musste Apple ... bekanntgeben": a main
 * clause after a colon, its actor first or after its inverted verb. Not after a short label ("Pjöngjang: Seoul plant
 * ..."), which says whose claim follows, nor after a person ("Auch Rajiv Biswas ... rechnet mit einer Annäherung:
 * Trong wird ... müssen"): what follows is that person's view, not the text's report.
 */
function afterColon(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
  holders: readonly OfficeHolder[],
  organisations: ReadonlySet<string>,
): ActionFact | undefined {
  for (let index = MIN_WORDS_BEFORE_COLON; index < tokens.length - 2; index++) {
    // Asked of every gap between words: the slice and the expression only where a colon opens the gap.
    if (text.charAt(tokens[index - 1]!.end) !== ":" || !/^:\s+$/u.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start))) continue;
    if (tokens.slice(0, index).some((token) => persons.has(token.start))) return undefined;
    const rest = tokens.slice(index);
    const actor = phraseAt(text, rest, 0, persons, countries, false, organisations);
    return (
      actorFirst(text, sentence, rest, actor, persons) ??
      actorAfterVerb(text, sentence, rest, persons, countries, holders, organisations) ??
      afterFrontedClause(text, sentence, rest, persons, countries, organisations)
    );
  }
  return undefined;
}

/**
 * Conjunctions that join a main clause to the sentence before and stand before its fore-field, outside the clause
 * ("Denn die Behörde sieht keinen Anlass ...", "Doch die Regierung lehnte ... ab", "Aber am Montag stimmte ... zu").
 */
const CLAUSE_JOINING_CONJUNCTIONS: ReadonlySet<string> = new Set(["denn", "doch", "aber", "und", "oder"]);

/**
 * "Denn die BWB sieht keinen Anlass, ...", "Doch am Montag lehnte die Regierung den Antrag ab": a main clause after a
 * conjunction that joins it to the sentence before. The deed is the clause without it, as after a colon. Not where a
 * verb follows the conjunction ("Doch sei AlphaGo ...": reported words), nor a comma ("Doch, ...").
 */
function afterConjunction(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
  holders: readonly OfficeHolder[],
  organisations: ReadonlySet<string>,
): ActionFact | undefined {
  const second = tokens[1];
  if (!second?.joined || !CLAUSE_JOINING_CONJUNCTIONS.has(tokens[0]!.lower) || isFiniteVerb(second)) return undefined;
  // "..., heißt es in einem Schreiben": words someone else's attribution after them reports, no deed of the text's own.
  if (tokens.some((token, index) => index > 1 && !token.joined && SAYING_VERBS.has(token.lower))) return undefined;
  const rest = tokens.slice(1);
  const actor = phraseAt(text, rest, 0, persons, countries, false, organisations);
  return actorFirst(text, sentence, rest, actor, persons) ?? actorAfterVerb(text, sentence, rest, persons, countries, holders, organisations);
}

/**
 * "Ein US-Vertreter sagte, Xi wolle am Freitag ... verkünden", "Die Regierung werde ... prüfen, teilte das Ministerium
 * mit": reported speech whose words open with a named actor and a verb in the subjunctive of reported speech. What the
 * text reports is the actor's deed; who relayed it (a paper, an agency, an unnamed official) is seldom what a reader
 * is asked about. Not where a person of the text speaks: the quote family asks who said it.
 */
function reportedAction(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  quote: QuoteFact | undefined,
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
): ActionFact | undefined {
  if (!quote || quote.direct || quote.person !== undefined || quote.attribution) return undefined;
  const first = tokens.findIndex((token) => token.start === quote.quote.start);
  const actor = first === -1 ? undefined : phraseAt(text, tokens, first, persons, countries);
  const verb = actor ? tokens[actor.next] : undefined;
  const indicative = verb ? INDICATIVE_OF_REPORTED.get(verb.lower) : undefined;
  if (!actor || !verb?.joined || indicative === undefined || verb.end > quote.quote.end) return undefined;
  const words = tokens.filter((token) => token.end <= quote.quote.end);
  const fact = actionFact(text, sentence, words, actor, actor.next, quote.quote.start, true);
  if (!fact) return undefined;
  fact.clause.end = Math.min(fact.clause.end, quote.quote.end);
  fact.reported = { indicative, end: quote.quote.end };
  return fact;
}

/** Longest label before a colon that opens a title or teaser ("Massenflucht: Rotes Kreuz warnt ..."), in words. */
const MAX_LABEL_WORDS = 2;
/**
 * An institution named with its article: "Das Rote Kreuz", "der Landesparteivorstand", "Die Führung der Krim"; the
 * article, a capitalised adjective of the name, the noun, and a genitive of a place after it.
 */
const ARTICLED_NAME = /(?<!\p{L})([Dd](?:er|ie|as))\s+(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Lu}[\p{L}-]*)(?:\s+(?:der|des)\s+(\p{Lu}[\p{L}-]*))?/gu;
/** Nouns of these endings are feminine: "der Führung" is no nominative. */
const FEMININE_NOUN = /(?:ung|heit|keit|schaft|ion|tät|ei)$/u;

/**
 * Where the text names an actor of a title or teaser again with its article: "Rotes Kreuz" as "Das Rote Kreuz",
 * "Parteivorstand" as "der Landesparteivorstand", "Krim-Führung" as "Die Führung der Krim". An adjective must be
 * capitalised there too (then it is part of a name), a compound may have a word before the noun.
 */
function namedWithArticle(text: string, sentence: Span, adjective: Token | undefined, noun: Token): Mention | undefined {
  const hyphen = noun.text.indexOf("-");
  const [place, head] = hyphen > 0 ? [noun.text.slice(0, hyphen), noun.text.slice(hyphen + 1)] : [undefined, noun.text];
  const stem = adjective?.text.replace(ADJECTIVE_INFLECTION, "");
  for (const match of text.matchAll(ARTICLED_NAME)) {
    const [whole, article, adjectiveThere, nounThere, genitive] = match;
    if (match.index >= sentence.start && match.index < sentence.end) continue;
    if ((adjectiveThere === undefined) !== (stem === undefined)) continue;
    if (stem !== undefined && adjectiveThere!.replace(ADJECTIVE_INFLECTION, "") !== stem) continue;
    const sameNoun =
      nounThere === noun.text ||
      (nounThere!.length > head.length && nounThere!.endsWith(head.toLowerCase()) && hyphen < 0) ||
      (place !== undefined && nounThere === head && genitive === place);
    if (!sameNoun) continue;
    // "von der Führung": the dative of a feminine noun, no subject.
    if (article!.toLowerCase() === "der" && FEMININE_NOUN.test(nounThere!)) continue;
    // "Die Führung der Krim" with its genitive, "der Landesparteivorstand" without what follows it.
    const length = place !== undefined && nounThere === head ? whole.length : whole.indexOf(nounThere!) + nounThere!.length;
    return { start: match.index, end: match.index + length, text: whole.slice(0, length) };
  }
  return undefined;
}

/**
 * "Massenflucht: Rotes Kreuz warnt vor humanitärer Krise.", "Polizei nahm zwei Verdächtige fest.": a title or teaser
 * drops the article of its actor. Where the text names the actor again with one ("Das Rote Kreuz warnte ..."), the
 * bare phrase is that institution, and acts as any other. Not after a source's label ("Pjöngjang: Seoul plant ...": the
 * words are its claim, not the text's report), nor where the deed drops an article too ("Krim-Führung sieht Sabotage",
 * "beschloss Verbleib des Parteichefs", "setzt Flüchtlingsschwerpunkt"): no question could repeat it, and which
 * article is missing (and of which gender) the words do not tell.
 */
function bareActorInLead(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
): ActionFact | undefined {
  if (sentence.lead !== "title" && sentence.lead !== "teaser" && sentence.lead !== "opening") return undefined;
  let from = 0;
  for (let index = 1; index <= MAX_LABEL_WORDS && index < tokens.length; index++) {
    if (!/^:\s+$/u.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start))) continue;
    const label = tokens.slice(0, index);
    // "Polizei: ...", "Zeitung: ...", "US-Vertreter: ...": who speaks; "Massenflucht: ..." is the topic.
    const source = (token: Token) =>
      namesOne(token, persons, countries) ||
      isRoleToken(token) ||
      isInstitutionNoun(token.lower) ||
      SOURCE_LABELS.has(token.lower) ||
      RESEARCHERS.test(token.lower);
    if (label.some((token) => source(token) || !token.nameLike)) return undefined;
    from = index;
    break;
  }
  const first = tokens[from];
  const second = tokens[from + 1];
  if (!first?.capitalised || !second?.joined || namesOne(first, persons, countries) || isRoleToken(first) || PHRASE_DETERMINERS.has(first.lower))
    return undefined;
  const adjective = second.capitalised && isAdjectiveLike(first.lower) ? first : undefined;
  const noun = adjective ? second : first;
  const verbIndex = tokens.indexOf(noun) + 1;
  const verb = tokens[verbIndex];
  if (!verb?.joined || !isFiniteVerb(verb) || isPluralVerb(verb) || namesOne(noun, persons, countries) || isRoleToken(noun)) return undefined;
  if (!adjective && !isInstitutionNoun(noun.lower)) return undefined;
  // "sieht Sabotage", "beschloss Verbleib des Parteichefs": a noun right after the verb (or its "sich") without an article.
  const object = tokens[verbIndex + 1]?.lower === "sich" ? tokens[verbIndex + 2] : tokens[verbIndex + 1];
  if (object?.capitalised && !namesOne(object, persons, countries)) return undefined;
  const namedAs = namedWithArticle(text, sentence, adjective, noun);
  if (!namedAs) return undefined;
  const mention = { start: first.start, end: noun.end, text: text.slice(first.start, noun.end) };
  const fact = actionFact(text, sentence, tokens, { mention, named: true, next: verbIndex }, verbIndex, first.start, true);
  if (fact) fact.namedAs = namedAs;
  return fact;
}

/**
 * A person, a country or a city. A function of the module, not a closure made per sentence: built with keepNames (tsx,
 * wrangler), every named closure costs a defineProperty of its name each time it is made.
 */
export function namesOne(token: Token, persons: ReadonlyMap<number, PersonMention>, countries: ReadonlyMap<number, CountryMention>): boolean {
  return persons.has(token.start) || countries.has(token.start) || CITIES.has(token.text);
}

/** A past participle opening a sentence ("Hervorgehoben", "Gefordert", "Angekündigt"). */
const FRONTED_PARTICIPLE = /^(?:\p{Lu}\p{Ll}*ge\p{Ll}{2,}(?:t|en)|Ge\p{Ll}{2,}(?:t|en))$/u;
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(["hat", "hatte", "habe", "hätte"]);

/** A pronoun as subject, opening a sentence or right after its inverted verb, and the gender of the person it may stand for. */
const SUBJECT_PRONOUNS: ReadonlyMap<string, "male" | "female"> = new Map([
  ["er", "male"],
  ["sie", "female"],
]);

/** The sentence before, as the extractor read it: who acted or spoke in it. */
interface SentenceBefore {
  sentence: Sentence;
  /** Its tokens, where a noun phrase a pronoun after it may stand for is looked for (standsForThingBefore). */
  tokens: readonly Token[];
  /** The body of the article, not its title or teaser: a pronoun does not reach back into those. */
  body: boolean;
  subject: PersonFact | undefined;
  /** Whether someone's words are reported in it (quotes.ts reads their going on too): a subjunctive after it may go on with them, of whomever they spoke of. */
  quoted: boolean;
  /** The institution that acted in it, as the text names it ("Das Militär des ... Landes", "der Konzern Siemens"). */
  institution: Mention | undefined;
  /** Whether that institution acted with a verb in the singular: "Die Regierung" one body, "Die Demonstranten" many. */
  institutionSingular?: boolean;
  /** Whether its subject acted in it as "er" or "sie" again: the text goes on about them, whoever else it names after a preposition. */
  subjectByPronoun?: boolean;
  /** Whether nobody acted or spoke in it as the finder reads it, nor does a name stand where its subject does: then soleNamedPerson. */
  nobodyActed?: boolean;
}

/** How many words after a role noun the name it gives a person may start ("der Investor Karl Huber", "Der Gründer der Schule, Karl Huber"). */
const ROLE_NAME_REACH = 5;

/**
 * Whether the word at `index` names someone the text need not name: an age ("der 31-Jährige"), a role noun or a noun of
 * a man or a woman (PERSON_NOUNS) with no name after it ("betonte der Anwalt", "der Mann"; not "seine Frau Anna Berger").
 */
function unnamedPersonAt(tokens: readonly Token[], index: number, persons: ReadonlyMap<number, PersonMention>): boolean {
  const token = tokens[index]!;
  if (!token.capitalised) return false;
  if (ageOfAgeWord(token.text, { inflected: true }) !== undefined) return true;
  if (!PERSON_NOUNS.has(token.lower) && !isRoleToken(token)) return false;
  for (let after = index + 1; after <= index + ROLE_NAME_REACH && after < tokens.length; after++) if (persons.has(tokens[after]!.start)) return false;
  return true;
}

/**
 * Whom "er" or "sie" stands for after a sentence in which nobody acted or spoke as the finder reads it
 * (SentenceBefore.nobodyActed): the one person of that gender it names, not after a preposition ("Betroffen ist etwa der
 * Investor Karl Huber. Er erklärt ...", "..., wo Anna Berger eine Rede hielt. Sie ist die erste Frau ..."). None where it
 * names two, one whose gender is unknown, or someone it does not name (unnamedPersonAt), whom the pronoun may stand for
 * as well; nor where the one is named after a preposition ("mit Bürgermeister Karl Huber"): the sentence's subject,
 * which the finder did not read, may be another of that gender.
 */
function soleNamedPerson(text: string, before: SentenceBefore, gender: Gender, persons: ReadonlyMap<number, PersonMention>): PersonFact | undefined {
  const { tokens } = before;
  let sole: PersonMention | undefined;
  for (let index = 0; index < tokens.length; index++) {
    const named = persons.get(tokens[index]!.start);
    if (!named) {
      if (unnamedPersonAt(tokens, index, persons)) return undefined;
      continue;
    }
    if (named.person.gender === undefined) return undefined;
    if (named.person.gender !== gender) continue;
    if (sole !== undefined && sole.person !== named.person) return undefined;
    sole = named;
  }
  if (!sole || namedAfterPreposition(text, before.sentence, sole.mention) || coordinated(tokens, sole.mention) || inGenitive(tokens, sole.mention))
    return undefined;
  // "Nach der Promotion ging er nach Paris, wo Forscher wie Karl Huber ... Er arbeitete ...": a pronoun of that gender
  // before the name carries someone else on, whom the next one may stand for too; so does a man's object pronoun
  // anywhere ("Sein Vorgänger Karl Huber lobte ihn.").
  const { start, end } = before.sentence;
  if (PRONOUNS_OF_GENDER.get(gender)!.test(text.slice(start, sole.mention.start))) return undefined;
  return gender === "male" && MALE_OBJECT_PRONOUN.test(text.slice(start, end)) ? undefined : sole.person;
}

/** "ihn", "ihm": a man other than the clause's subject, who would be "sich". */
const MALE_OBJECT_PRONOUN = /(?<!\p{L})(?:ihn|ihm)(?!\p{L})/u;

/**
 * Whether the name is a genitive attribute of a noun before it, its role words between ("Der Sprecher der
 * Außenministerin Anna Berger sei ..."): the noun's, not the name's, is the clause.
 */
function inGenitive(tokens: readonly Token[], mention: Mention): boolean {
  let before = indexStartingAt(tokens, mention.start) - 1;
  while (before >= 0 && (isRoleToken(tokens[before]!) || (!tokens[before]!.capitalised && isAdjectiveLike(tokens[before]!.lower)))) before--;
  return before > 0 && GENITIVE_ARTICLES.has(tokens[before]!.lower) && tokens[before - 1]!.capitalised;
}

/**
 * Words that join a name to others in a row: a conjunction, and "sowohl", "wie" ("sowohl Richterin Anna Berger als auch
 * ...", "Forscher wie Karl Huber oder ...").
 */
const WORDS_OF_A_ROW: ReadonlySet<string> = new Set([...NOUN_PHRASE_CONJUNCTIONS, "sowohl", "wie"]);

/**
 * Whether the name stands in a row of several ("sowohl Richterin Anna Berger als auch Verteidiger Karl Huber"): then a
 * pronoun after the sentence may stand for whomever the text is about, one of the row or not.
 */
function coordinated(tokens: readonly Token[], mention: Mention): boolean {
  let before = indexStartingAt(tokens, mention.start) - 1;
  while (before >= 0 && isRoleToken(tokens[before]!)) before--;
  const after = firstStartingAt(tokens, mention.end);
  // "als" after the name joins it to another only as "als auch"; "wurde als Karl H. identifiziert" names one.
  const joinsAfter =
    after < tokens.length && (WORDS_OF_A_ROW.has(tokens[after]!.lower) || (tokens[after]!.lower === "als" && tokens[after + 1]?.lower === "auch"));
  return (before >= 0 && WORDS_OF_A_ROW.has(tokens[before]!.lower)) || joinsAfter;
}

/** The person "er" or "sie" after `before` may stand for: who acted or spoke in it, else soleNamedPerson. */
const subjectFor = (text: string, before: SentenceBefore, gender: Gender, persons: ReadonlyMap<number, PersonMention>) =>
  before.subject ?? (before.nobodyActed ? soleNamedPerson(text, before, gender, persons) : undefined);

/**
 * Where the pronoun subject stands: opening the sentence before its verb ("Er entschuldigte sich ..."), or
 * right after the verb of a fore-field ("Zudem warf er Polen ... vor", "Am Montag sagte sie ...").
 */
function pronounAndVerb(tokens: readonly Token[]): { pronoun: number; verb: number } | undefined {
  // "Er hingegen lehnte ... ab", "Sie selbst bestreitet ...": a connective between the pronoun and its verb.
  if (tokens[0]?.text === "Er" || tokens[0]?.text === "Sie" || tokens[0]?.text === "Es")
    return { pronoun: 0, verb: CONNECTIVES_AFTER_ACTOR.has(tokens[1]?.lower ?? "") && tokens[2]?.joined ? 2 : 1 };
  // "Hervorgehoben hat er ...": a participle as the whole fore-field, its auxiliary, the pronoun.
  if (tokens[0] && FRONTED_PARTICIPLE.test(tokens[0].text) && PERFECT_AUXILIARIES.has(tokens[1]?.lower ?? "") && tokens[2]?.joined)
    return tokens[2].text === "er" || tokens[2].text === "sie" ? { pronoun: 2, verb: 1 } : undefined;
  if (!tokens[0] || !opensForefield(tokens[0])) return undefined;
  for (let index = 1; index < Math.min(tokens.length - 1, MAX_FOREFIELD_WORDS + 1); index++) {
    if (!tokens[index]!.joined) return undefined;
    // "Als Spross einer Arbeiterfamilie habe er ...": reported speech has its verb in the subjunctive.
    const verbLike = isFiniteVerb(tokens[index]!) || INDICATIVE_OF_REPORTED.has(tokens[index]!.lower);
    if (!verbLike || PHRASE_DETERMINERS.has(tokens[index - 1]!.lower) || NOUN_OPENERS.has(tokens[index - 1]!.lower)) continue;
    const next = tokens[index + 1]!;
    return next.joined && (next.text === "er" || next.text === "sie" || next.text === "es") ? { pronoun: index + 1, verb: index } : undefined;
  }
  return undefined;
}

/**
 * The person a sentence names where its subject stands: opening it after role nouns only, or right after its finite
 * verb, role nouns and "auch" between ("Hierarchisch formal ist Anja Hagenauer ...", "Ins selbe Horn stößt auch Ministerin
 * Gabriele Heinisch-Hosek"). Not a name after a preposition or a noun ("eine Studie von Scott Boback"): the subject is
 * then something else, which "er" or "sie" may stand for.
 */
function personInSubjectSlot(tokens: readonly Token[], persons: ReadonlyMap<number, PersonMention>): PersonFact | undefined {
  const at = tokens.findIndex((token) => persons.has(token.start));
  if (at < 0) return undefined;
  let before = at - 1;
  while (before >= 0 && (isRoleToken(tokens[before]!) || SLOT_ADVERBS.has(tokens[before]!.lower))) before--;
  // "Die EU-Außenbeauftragte Federica Mogherini sei ...", "war der bisherige Premier Nguyen Tan Dung": the role's
  // article and adjectives belong to the subject too.
  if (before < at - 1) {
    while (before > 0 && isAdjectiveLike(tokens[before]!.lower)) before--;
    if (before >= 0 && SUBJECT_ARTICLES.has(tokens[before]!.lower)) before--;
  }
  if (before >= 0 && !(isFiniteVerb(tokens[before]!) && before > 0)) return undefined;
  return persons.get(tokens[at]!.start)!.person;
}

/** The articles of a role before a name in the subject's place ("Die Außenministerin Anna Kreuzer"); not "des", "dem", "den". */
const SUBJECT_ARTICLES: ReadonlySet<string> = new Set(["der", "die"]);

/** Adverbs between a verb and its subject after it ("stößt auch Ministerin ..."). */
const SLOT_ADVERBS: ReadonlySet<string> = new Set(["auch", "nun", "jetzt", "zudem", "ebenfalls"]);

/**
 * "Lee geriet in Zeitnot und gab auf. Er entschuldigte sich hinterher bei seinen Fans", "... Zudem warf er Polen
 * Mitschuld vor": "er" or "sie" as subject of a finite verb in the singular, after a sentence of the body, as
 * pronounAntecedent resolves it: the person the sentence before is about. Not where the sentence names such a
 * person itself ("Er hat warten müssen ...: Tarik Mete"), nor after a sentence that acts through someone else
 * ("Im Gegensatz zu Dung ist er ...").
 */
function pronounSubject(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  before: SentenceBefore | undefined,
  persons: ReadonlyMap<number, PersonMention>,
): ActionFact | undefined {
  const at = pronounAndVerb(tokens);
  if (!at) return undefined;
  const gender = SUBJECT_PRONOUNS.get(tokens[at.pronoun]!.lower);
  const verb = tokens[at.verb];
  // "Er gehe davon aus, dass ...": the person's own words, reported in the subjunctive, read as its indicative ("geht"),
  // which the deed is told in, as relayedAction reads a source's. Not after a sentence of someone's words ("Holzner
  // sagte, der Verdächtige sei geständig. Er habe ..."): the subjunctive goes on with them, "er" may be whom they spoke of.
  const indicative = verb ? INDICATIVE_OF_REPORTED.get(verb.lower) : undefined;
  if (!gender || !before?.body || !verb?.joined || !(isFiniteVerb(verb) || (indicative && !before.quoted)) || isPluralVerb(verb)) return undefined;
  const person = pronounAntecedent(text, sentence, before.sentence, subjectFor(text, before, gender, persons), gender, persons, before.subjectByPronoun);
  if (!person) return undefined;
  const pronoun = mentionOf(tokens[at.pronoun]!);
  const actor = { mention: pronoun, person, named: true, next: at.pronoun + 1 };
  const read = indicative ? tokens.map((token, index) => (index === at.verb ? { ...token, text: indicative, lower: indicative } : token)) : tokens;
  const fact = actionFact(text, sentence, read, actor, at.verb, tokens[0]!.start, at.pronoun === 0);
  if (!fact || standsForThingBefore(tokens[at.pronoun]!.lower, tokens, indicative ?? verb.lower, fact, before, persons)) return undefined;
  fact.antecedent = { start: before.sentence.start, end: before.sentence.end };
  if (indicative) {
    fact.verb = mentionOf(verb);
    fact.reported = { indicative, end: sentence.end };
  }
  return fact;
}

/** Adjectives between a determiner and its noun that a noun phrase of the sentence before may have ("einen neuen Plan"). */
const MAX_ADJECTIVES_BEFORE_NOUN = 3;

/**
 * Whether "er", "sie" or "es" as the subject of `fact` more likely stands for a thing the sentence before names than for
 * the person or institution that acted there: a noun phrase of that sentence agrees with the pronoun in gender and
 * number (DETERMINERS_AGREEING_WITH_PRONOUN: "legte einen Plan vor. Er sieht vor, dass ...", "bei der neuen Maus ...
 * Sie kostet ..."), and the pronoun's verb is one whose subject is mostly a thing (THING_SUBJECT_VERBS), not one that
 * calls its subject something with "als" ("Er gilt als Favorit"). The naming of a person (a role before a name, "Der
 * Stadtrat Karl Lang") and of the institution itself (`naming`) is no such phrase.
 */
function standsForThingBefore(
  pronoun: string,
  tokens: readonly Token[],
  verb: string,
  fact: ActionFact,
  before: SentenceBefore,
  persons: ReadonlyMap<number, PersonMention>,
  naming?: Mention,
): boolean {
  // The particle that closes the clause, also right after the verb ("Er sieht vor, dass ..."), where actionFact takes none.
  const last = tokens.findLast((token) => token.end <= fact.clause.end);
  const particle = fact.particle?.text ?? (last && last.start > fact.verb.start && SEPARABLE_PARTICLES.has(last.text) ? last.text : undefined);
  if (!THING_SUBJECT_VERBS.has(particle === undefined ? verb : `${verb} ${particle}`)) return false;
  if (tokens.some((token) => token.lower === "als" && token.start > fact.verb.start && token.end <= fact.clause.end)) return false;
  const determiners = DETERMINERS_AGREEING_WITH_PRONOUN.get(pronoun);
  if (!determiners) return false;
  const words = before.tokens;
  return words.some((word, at) => {
    if (!determiners.has(word.lower)) return false;
    let noun = at + 1;
    while (noun < words.length && noun - at <= MAX_ADJECTIVES_BEFORE_NOUN && !words[noun]!.capitalised && isAdjectiveLike(words[noun]!.lower)) noun++;
    const found = words[noun];
    if (!found?.capitalised || !found.joined || persons.has(found.start) || isRoleToken(found)) return false;
    // "am Mittwoch", "im Herbst": when, not what.
    if (TIME_PERIOD_NOUNS.has(found.text) || MONTHS.has(found.lower)) return false;
    if (naming && found.start >= naming.start && found.end <= naming.end) return false;
    // "Der Politneuling Jimmy Morales": a noun before a name is the person's own.
    return !persons.has(words[noun + 1]?.start ?? -1);
  });
}

/** Pronouns of a man or a woman in a sentence before: someone "er" or "sie" after it may stand for. */
const PRONOUNS_OF_GENDER: ReadonlyMap<"male" | "female", RegExp> = new Map([
  ["male", /(?<!\p{L})(?:[Ee]r|ihn|ihm)(?!\p{L})/u],
  ["female", /(?<!\p{L})(?:[Ss]ie|ihr|ihre[mnrs]?)(?!\p{L})/u],
]);

/** "sei überzeugt", "sei bereit": "ist" where "sei" stands before an adjective of OWN_STANCE_ADJECTIVES, perhaps after an adverb. */
function ownStanceOfBeing(tokens: readonly Token[], verb: number): string | undefined {
  if (tokens[verb]?.lower !== "sei") return undefined;
  const next = tokens[verb + 1]?.lower ?? "";
  const adjective = OWN_STANCE_ADJECTIVES.has(next) ? next : tokens[verb + 2]?.lower;
  return adjective !== undefined && OWN_STANCE_ADJECTIVES.has(adjective) ? "ist" : undefined;
}

/**
 * "Er rechne aber damit, in einem Jahr ... akkreditiert zu sein, sagt Pritz.": reported words that open with "er" or
 * "sie" and a verb of what one says of oneself (OWN_STANCE_SUBJUNCTIVES), the speaker, a named person of that gender,
 * after them: the pronoun is the speaker, whose stance the text reports, read in the indicative ("rechnet"). Only where
 * nobody else could be meant: the sentence before names no one else of that gender, takes no one up by such a pronoun,
 * and is about the speaker or no person; the sentence names no one else of it. "Er sei mehrfach vorbestraft, sagte
 * Molins" tells of someone else, with a verb not of that list.
 */
function speakerAsPronoun(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  quote: QuoteFact | undefined,
  before: SentenceBefore | undefined,
  persons: ReadonlyMap<number, PersonMention>,
): ActionFact | undefined {
  if (!quote || quote.direct || quote.person === undefined || quote.antecedent || quote.attribution || quote.finding || quote.asSaid) return undefined;
  if (quote.quote.start !== tokens[0]?.start || quote.speaker.start < quote.quote.end) return undefined;
  const at = pronounAndVerb(tokens);
  const gender = at?.pronoun === 0 ? SUBJECT_PRONOUNS.get(tokens[0].lower) : undefined;
  const verb = at ? tokens[at.verb] : undefined;
  const indicative = verb ? (OWN_STANCE_SUBJUNCTIVES.get(verb.lower) ?? ownStanceOfBeing(tokens, at?.verb ?? 0)) : undefined;
  if (!at || !gender || !verb?.joined || indicative === undefined || verb.end > quote.quote.end) return undefined;
  if (!before?.body || (before.subject !== undefined && before.subject.surname !== quote.person)) return undefined;
  if (PRONOUNS_OF_GENDER.get(gender)!.test(text.slice(before.sentence.start, before.sentence.end))) return undefined;
  let speaker: PersonFact | undefined;
  for (const { mention, person } of persons.values()) {
    if (mention.start < before.sentence.start || mention.start >= sentence.end) continue;
    if (person.surname === quote.person) speaker = person;
    else if (person.gender === gender) return undefined;
  }
  if (speaker?.gender !== gender) return undefined;
  const actor = { mention: mentionOf(tokens[0]), person: speaker, named: true, next: 1 };
  const read = tokens.map((token, index) => (index === at.verb ? { ...token, text: indicative, lower: indicative } : token));
  const fact = actionFact(text, sentence, read, actor, at.verb, tokens[0].start, true);
  if (!fact) return undefined;
  fact.clause.end = Math.min(fact.clause.end, quote.quote.end);
  // The sentence itself names whom the pronoun stands for: its evidence shows who it was.
  fact.antecedent = { start: sentence.start, end: sentence.end };
  fact.verb = mentionOf(verb);
  fact.reported = { indicative, end: quote.quote.end };
  return fact;
}

/**
 * "Schaden ist seit 1999 Bürgermeister. Der 61-Jährige hat angekündigt ...", "... hat Handelskommissarin Cecilia
 * Malmström einen neuen Anlauf unternommen. Die Schwedin traf sich ...": a person named by an age or a country's noun
 * alone (personEpithetAt) as subject of a finite verb in the singular stands, like "er" or "sie", for the person the
 * sentence before is about (pronounAntecedent), where that person fits the age or the country.
 */
function epithetSubject(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  before: SentenceBefore | undefined,
  persons: ReadonlyMap<number, PersonMention>,
): ActionFact | undefined {
  const epithet = personEpithetAt(text, tokens, 0, persons) ?? personKindEpithetAt(text, tokens, 0);
  if (!epithet || !before?.body) return undefined;
  // "Der junge Sozialdemokrat ..., der bei der Wahl ... bekam, soll ...": a relative clause between epithet and verb.
  const verbIndex = tokens[epithet.next]?.joined ? epithet.next : afterEmbeddedClause(text, tokens, epithet.next);
  const verb = verbIndex === undefined ? undefined : tokens[verbIndex];
  if (!verb || !isFiniteVerb(verb) || isPluralVerb(verb)) return undefined;
  const person = pronounAntecedent(text, sentence, before.sentence, subjectFor(text, before, epithet.gender, persons), epithet.gender, persons);
  if (!person || !epithet.fits(person)) return undefined;
  const actor = { mention: epithet.mention, person, named: true, next: epithet.next };
  const fact = actionFact(text, sentence, tokens, actor, verbIndex!, tokens[0]!.start, true);
  if (fact) fact.antecedent = { start: before.sentence.start, end: before.sentence.end };
  return fact;
}

const PRODUCT_NOUNS: ReadonlySet<string> = new Set([...PRODUCT_KIND_NOUNS, ...THING_KINDS.flat()]);

/** "die Sonde", "Das Programm": a product's or a thing's kind noun after its article (PRODUCT_NOUNS), as a whole phrase. */
function isThingKindNoun(mention: Mention): boolean {
  return PRODUCT_NOUNS.has(mention.text.toLowerCase());
}

/**
 * "Den Vergleich hat die Google-Software AlphaGo für sich entschieden. Das Programm besiegte ...": a product's kind noun
 * after its article (PRODUCT_KIND_NOUNS) opening the sentence as its subject, where the text named one product of that
 * kind before (institutionNamedBefore, which findActions then gives the deed as its `referent`). Alone, "das Programm"
 * may be a party's or a broadcaster's, and acts as nobody.
 */
function productNounSubject(
  doc: Doc,
  index: number,
  tokens: readonly Token[],
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
): ActionFact | undefined {
  const article = tokens[0];
  const noun = tokens[1];
  if (!article || !noun?.joined || !PRODUCT_NOUNS.has(`${article.lower} ${noun.lower}`)) return undefined;
  const mention = { start: article.start, end: noun.end, text: doc.text.slice(article.start, noun.end) };
  if (!institutionNamedBefore(doc, index, mention, persons, countries)) return undefined;
  return actorFirst(doc.text, doc.sentences[index]!, tokens, { mention, named: true, next: 2 }, persons);
}

/** The nouns of a company's kind with their article (INSTITUTION_KINDS' first): "Der Konzern", "Das Unternehmen", "Die Firma". */
const COMPANY_KIND_NOUNS: readonly { article: string; noun: string }[] = INSTITUTION_KINDS[0]!.map((entry) => ({
  article: entry.slice(0, 3),
  noun: entry.slice(4),
}));
/** Most adjectives before a company's kind noun ("Der südkoreanische Konzern", "Der Linzer Stahlkonzern"). */
const MAX_COMPANY_ADJECTIVES = 2;
const SMALL_LETTER_FIRST = /^\p{Ll}/u;
/** A company's kind noun in any case and number, or a compound ending in one ("Firma", "Baufirma", "Unternehmens", "Konzerne"). */
const COMPANY_KIND_NOUN = new RegExp(`(?:${COMPANY_KIND_NOUNS.map((kind) => kind.noun).join("|")})(?:s|es|n|en|e)?$`, "u");
const SPACES = /\s+/u;

/**
 * "Samsung-Manager Roh ... Der südkoreanische Konzern setzt auf ...": a company's kind noun (or a compound ending in one:
 * "Der Linzer Stahlkonzern") with its article and adjectives only, where the text up to its sentence names one company
 * only by a name it writes before a hyphen and what only an organisation has (`staffed`: "Samsung-Manager"): that
 * company, as the text names it last before. Where two such are named, the noun may be either's.
 */
export function companyNamedBefore(doc: Doc, sentenceIndex: number, actor: Mention, staffed: ReadonlySet<string>): Mention | undefined {
  if (staffed.size === 0) return undefined;
  const words = actor.text.split(SPACES);
  if (words.length < 2 || words.length > MAX_COMPANY_ADJECTIVES + 2) return undefined;
  const article = words[0]!.toLowerCase();
  const noun = words.at(-1)!.toLowerCase();
  if (!COMPANY_KIND_NOUNS.some((kind) => kind.article === article && noun.endsWith(kind.noun))) return undefined;
  if (!words.slice(1, -1).every((word) => SMALL_LETTER_FIRST.test(word) || CITY_ADJECTIVE.test(word))) return undefined;
  // "lieferte die Firma Beyond Gravity Teile ...": the name right after the noun is the company's.
  const after = doc.tokens[sentenceIndex]!.find((token) => token.start >= actor.end);
  if (after?.joined && after.capitalised) return undefined;
  let named: Mention | undefined;
  // "den Geschäftsführer einer Firma aus Wels", "einem Unternehmen": another company, unnamed, after the naming or in the
  // noun's own sentence is what the noun may stand for.
  let otherAfter = false;
  for (let index = 0; index <= sentenceIndex; index++) {
    const tokens = doc.tokens[index]!;
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (token.start >= actor.start && token.start < actor.end) continue;
      if (named && at > 0 && INDEFINITE_ARTICLES.has(tokens[at - 1]!.lower) && COMPANY_KIND_NOUN.test(token.lower)) otherAfter = true;
      if (index === sentenceIndex) continue;
      const hyphen = token.text.indexOf("-");
      const name = hyphen > 0 ? token.text.slice(0, hyphen) : token.text;
      if (!staffed.has(name)) continue;
      if (named && named.text !== name) return undefined;
      named = { start: token.start, end: token.start + name.length, text: name };
      otherAfter = false;
    }
  }
  return otherAfter ? undefined : named;
}

/** The pronoun that stands for an institution named with this article: "Das Militär" is "es", "Der Konzern" "er", "Die Regierung" "sie". */
const PRONOUN_OF_ARTICLE: ReadonlyMap<string, string> = new Map([
  ["das", "es"],
  ["der", "er"],
  ["die", "sie"],
]);
/** Articles of another feminine noun ("die Reform", "der Kritik", "eine Studie"), which a "sie" may stand for as well. */
const FEMININE_ARTICLE = /(?<!\p{L})(?:die|der|eine|einer)(?!\p{L})/iu;

/**
 * "Das Militär des ... Landes drohte Südkorea ... Es warf der Regierung ... vor, ...": "es" or "er" as subject of a
 * finite verb in the singular, after a sentence of the body in which an institution acted, whose article the pronoun
 * agrees with (a neuter one for "es", a masculine one for "er"). The institution carries on as the subject. Not "es"
 * of a verb that takes it as an empty subject ("Es gibt ...", "Es sei unklar"), not "er" where the two sentences name
 * a man, and not "sie", which may be a woman, a group or a feminine noun of the sentence before.
 */
function institutionPronounSubject(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  before: SentenceBefore | undefined,
  persons: ReadonlyMap<number, PersonMention>,
): ActionFact | undefined {
  const naming = before?.institution;
  if (!naming || !before!.body || /\n\s*\n/u.test(text.slice(before!.sentence.end, sentence.start))) return undefined;
  const at = pronounAndVerb(tokens);
  const pronoun = at ? tokens[at.pronoun]!.lower : undefined;
  if (!at || pronoun !== PRONOUN_OF_ARTICLE.get(naming.text.split(/\s+/u)[0]!.toLowerCase())) return undefined;
  const verb = tokens[at.verb]!;
  if (!verb.joined || !isFiniteVerb(verb) || isPluralVerb(verb) || (pronoun === "es" && EMPTY_SUBJECT_VERBS.has(verb.lower))) return undefined;
  if (pronoun === "er") {
    for (const { person, mention } of persons.values())
      if (person.gender !== "female" && mention.start >= before!.sentence.start && mention.start < sentence.end) return undefined;
  }
  // "Die Landesregierung kündigte ... an. Sie will ...": "die" is feminine only where the institution acted in the
  // singular, and "sie" may be a woman, or another feminine noun of the sentence before ("stellte die Reform vor. Sie soll ...").
  if (pronoun === "sie") {
    if (!before!.institutionSingular) return undefined;
    for (const { person, mention } of persons.values())
      if (person.gender !== "male" && mention.start >= before!.sentence.start && mention.start < sentence.end) return undefined;
    const { start, end } = before!.sentence;
    const outside = naming.start >= start && naming.end <= end ? text.slice(start, naming.start) + text.slice(naming.end, end) : text.slice(start, end);
    if (FEMININE_ARTICLE.test(outside)) return undefined;
  }
  const actor = { mention: mentionOf(tokens[at.pronoun]!), named: true, next: at.pronoun + 1 };
  const fact = actionFact(text, sentence, tokens, actor, at.verb, tokens[0]!.start, at.pronoun === 0);
  if (!fact || standsForThingBefore(pronoun!, tokens, verb.lower, fact, before!, persons, naming)) return undefined;
  fact.referent = naming;
  fact.antecedent = { start: before!.sentence.start, end: before!.sentence.end };
  return fact;
}

/** The finite verbs of a passive in the perfect, with "worden" at the clause's end. */
const PERFECT_PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["ist", "sind", "war", "waren"]);
/** The finite verbs of a passive in the plural, whose subject a single person in front of them cannot be. */
const PLURAL_PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["werden", "wurden", "sind", "waren"]);
/** Verbs of a proceeding under way against someone, in the present and the past ("Gegen ... laufen Ermittlungen", "lief"). */
const PROCEEDING_VERBS: ReadonlySet<string> = new Set(["läuft", "laufen", "lief", "liefen"]);
/**
 * What runs against someone in news of the police and the courts, as the subject right after the verb: "Ermittlungen",
 * "Vorermittlungen", "Verfahren" (plural, or no article); "ein Verfahren" keeps its article and is left to the passive forms.
 */
const PROCEEDING_NOUNS: ReadonlySet<string> = new Set([
  "Ermittlungen",
  "Vorermittlungen",
  "Korruptionsermittlungen",
  "Strafverfahren",
  "Verfahren",
  "Disziplinarverfahren",
]);
/** Longest phrase between "Gegen" and the person's name, in words ("den Chef der rechtsradikalen tschechischen Anti-Islam-Bewegung"). */
const MAX_WORDS_BEFORE_NAME = 8;

/**
 * The end of a main clause whose object may be a list of nouns ("Aktenfälschung, Geldwäsche sowie Beteiligung an
 * Steuerhinterziehung vorgeworfen"): the sentence's end where every comma after the verb is followed by a noun, else
 * clauseEnd.
 */
function listClauseEnd(text: string, tokens: readonly Token[], verbIndex: number, sentence: Span): { end: number; lastToken: number } {
  const whole = { end: tokens[tokens.length - 1]!.end, lastToken: tokens.length - 1 };
  for (let index = verbIndex + 1; index < tokens.length; index++) {
    const gap = text.slice(tokens[index - 1]!.end, tokens[index]!.start);
    if (gap.trim() === "") continue;
    if (!/^,\s+$/u.test(gap) || !tokens[index]!.capitalised) return clauseEnd(text, tokens, verbIndex, sentence);
  }
  return whole;
}

/**
 * "Gegen den Chef der ... Bewegung Martin Konvička sind Ermittlungen eingeleitet worden", "Ponta werden ...
 * Aktenfälschung ... vorgeworfen": a passive whose subject is a thing, with the person it was done to before its
 * finite verb, after "gegen" or in the dative (a plural verb after one person, or a verb that keeps a dative,
 * DATIVE_PASSIVE_PARTICIPLE). After "gegen" only a name or an office with its genitive before the name. The
 * person is the fact's actor; the verb agrees with the clause's subject, not with them.
 */
function passiveUndergoer(text: string, sentence: Sentence, tokens: readonly Token[], persons: ReadonlyMap<number, PersonMention>): ActionFact | undefined {
  const gegen = tokens[0]?.lower === "gegen";
  let nameAt = gegen ? 1 : 0;
  if (gegen && !persons.has(tokens[1]?.start ?? -1)) {
    // "Gegen den früheren Bürgermeister ...", or the office without an article right before the name ("Gegen Bürgermeister Karl Huber").
    const article = tokens[1]?.lower === "den" || tokens[1]?.lower === "die";
    if (!article && !(tokens[1] && isRoleToken(tokens[1]))) return undefined;
    let office = article ? 2 : 1;
    while (office < tokens.length && office < 5 && !isRoleToken(tokens[office]!) && isAdjectiveLike(tokens[office]!.text)) office++;
    if (!tokens[office] || !isRoleToken(tokens[office]!)) return undefined;
    nameAt = office + 1;
    while (nameAt < tokens.length && nameAt <= MAX_WORDS_BEFORE_NAME + 1 && tokens[nameAt]!.joined && !persons.has(tokens[nameAt]!.start)) nameAt++;
  }
  const named = tokens[nameAt] ? persons.get(tokens[nameAt]!.start) : undefined;
  if (!named || (nameAt > 0 && !tokens[nameAt]!.joined)) return undefined;
  const afterName = tokenAfter(tokens, nameAt, named.mention.end);
  // "Gegen Karl Huber, der seit 2010 Bürgermeister ist, laufen Ermittlungen": the verb after the relative clause.
  const relativeClauseEnd = gegen ? afterRelativeClause(text, tokens, { ...named, named: true, next: afterName }, afterName) : undefined;
  const verbIndex = relativeClauseEnd ?? afterName;
  const verb = tokens[verbIndex];
  // The fact of either shape: the person's mention as its actor, the clause from the sentence's start to `end`.
  const undergoneAction = (finite: Token, end: number, undergoer: "gegen" | "dative"): ActionFact => ({
    start: sentence.start,
    end: sentence.end,
    actor: named.mention,
    person: named.person.surname,
    verb: mentionOf(finite),
    actorFirst: true,
    clause: { start: tokens[0]!.start, end },
    undergoer,
  });
  // "Gegen Karl Huber laufen Ermittlungen wegen Untreue": a proceeding under way against the person, its noun the subject.
  if (
    gegen &&
    verb &&
    (verb.joined || relativeClauseEnd !== undefined) &&
    PROCEEDING_VERBS.has(verb.lower) &&
    PROCEEDING_NOUNS.has(tokens[verbIndex + 1]?.text ?? "")
  ) {
    return undergoneAction(verb, clauseEnd(text, tokens, verbIndex, sentence).end, "gegen");
  }
  // "wurde ... eingeleitet", "sind ... eingeleitet worden": "ist" and "sind" only with "worden" (else what a thing is).
  const perfect = PERFECT_PASSIVE_AUXILIARIES.has(verb?.lower ?? "");
  if (!verb?.joined || !(perfect || PASSIVE_AUXILIARIES.has(verb.lower))) return undefined;
  const { end, lastToken } = listClauseEnd(text, tokens, verbIndex, sentence);
  if ((tokens[lastToken]!.lower === "worden") !== perfect || lastToken <= verbIndex + (perfect ? 1 : 0)) return undefined;
  const participle = passiveParticiple(tokens, verbIndex, lastToken);
  if (!participle) return undefined;
  if (!gegen && !PLURAL_PASSIVE_AUXILIARIES.has(verb.lower) && !DATIVE_PASSIVE_PARTICIPLE.test(participle.lower)) return undefined;
  return undergoneAction(verb, end, gegen ? "gegen" : "dative");
}

/** A speaker's label opening a sentence of an interview: "Saakaschwili: ...", "Laurenz Ennser-Jedenastik: ...". */
const SPEAKER_LABEL = /^((?:\p{Lu}[\p{L}-]*\s){0,2}\p{Lu}[\p{L}-]*):\s/u;

/** Labels of an interview's turns that name no person: "Frage:", "Antwort:", the paper in capitals ("STANDARD:", "ZEIT ONLINE:"). */
const INTERVIEW_LABEL = /^(?:Frage|Antwort|\p{Lu}{3,}(?:\s\p{Lu}{3,})?)$/u;

/**
 * Where an interview begins: the first sentence opening with a person's name as a label ("Saakaschwili: Leider
 * verhindert der Krieg ..."), where at least two do. From there on the text is questions and answers, someone's
 * words, not the text's report of deeds ("Allerdings hat Putin sich ... überhoben" is the interviewee's view).
 */
function interviewStart(doc: Doc, personBySurname: ReadonlyMap<string, PersonFact>): number {
  const labelled: number[] = [];
  doc.sentences.forEach((sentence, index) => {
    const opening = doc.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60));
    // A label ends in a colon: most sentences open without one, and the expression is not run on them.
    const label = opening.includes(":") ? SPEAKER_LABEL.exec(opening)?.[1] : undefined;
    if (label && (personBySurname.has(label.slice(label.lastIndexOf(" ") + 1)) || INTERVIEW_LABEL.test(label))) labelled.push(index);
  });
  return labelled.length >= 2 ? labelled[0]! : doc.sentences.length;
}

/**
 * "nach diesen Angaben", "den Angaben zufolge", "demnach" (SOURCE_POINTERS): the source of what the text relays, named
 * before. Global for replacing: test with `search`, which leaves its lastIndex alone.
 */
export const SOURCE_POINTER = new RegExp(`(?<!\\p{L})(?:${SOURCE_POINTERS.join("|")})(?!\\p{L})`, "gu");
/** Words one of which each of SOURCE_POINTERS holds, as written: searched for at once, they spare SOURCE_POINTER's look-behind at every position. */
export const SOURCE_POINTER_WORDS = anyOfWords(["Angaben", "demnach"]);
/** Whether SOURCE_POINTER may match in `text`: few sentences and deeds hold either word. */
export const mayPointToSource = (text: string) => SOURCE_POINTER_WORDS.test(text);

/**
 * "Deutschlandweit habe die Polizei demnach ... 921 Delikte ... registriert", "Die Polizei habe demnach ...": a main
 * clause in the subjunctive that the text relays from a source it named before (SOURCE_POINTER), with no quote of its
 * own. What the source said is what the text reports: read as its indicative ("hat"), which the deed is told in. The
 * first subjunctive of the clause's first words is its finite verb (as "sei", "habe" are no finite verbs elsewhere).
 */
function relayedAction(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  opening: Phrase | undefined,
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
  holders: readonly OfficeHolder[],
  organisations: ReadonlySet<string>,
): ActionFact | undefined {
  const body = text.slice(sentence.start, sentence.end);
  if (!mayPointToSource(body) || body.search(SOURCE_POINTER) < 0) return undefined;
  const at = tokens.findIndex((token, index) => index <= MAX_FOREFIELD_WORDS && INDICATIVE_OF_REPORTED.has(token.lower));
  if (at < 1) return undefined;
  const subjunctive = tokens[at]!;
  const indicative = INDICATIVE_OF_REPORTED.get(subjunctive.lower)!;
  const asIndicative = tokens.map((token, index) => (index === at ? { ...token, text: indicative, lower: indicative } : token));
  const fact =
    actorFirst(text, sentence, asIndicative, opening, persons) ?? actorAfterVerb(text, sentence, asIndicative, persons, countries, holders, organisations);
  if (!fact || fact.verb.start !== subjunctive.start) return undefined;
  fact.verb = mentionOf(subjunctive);
  fact.reported = { indicative, end: sentence.end };
  return fact;
}

/** An institution's phrase that "er" cannot stand for: a feminine, neuter or plural one ("Die Staatsanwaltschaft", "Das Gericht"). */
const NOT_MASCULINE_ACTOR = /^(?:[Dd]ie|[Dd]as)\s/u;
/** Between the verb (or the actor after it) and the man it names: nothing, or an accusative's or dative's article and up to two role words. */
const BEFORE_OBJECT_NAME = /^\s+(?:(?:den|dem)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;

/**
 * "Die Staatsanwaltschaft Stuttgart wirft Anton Schlecker zahlreiche Vergehen vor. Im Zuge der Insolvenz soll er ...":
 * the man an institution acted upon, named right after its verb as its object, is whom "er" in the next sentence stands
 * for, where the institution itself cannot be "er" (NOT_MASCULINE_ACTOR), a country or a city, and the sentence names
 * nobody else. Not a woman: "sie" may as well be the institution or a group.
 */
function manActedUpon(text: string, sentence: Sentence, action: ActionFact, persons: ReadonlyMap<number, PersonMention>): PersonFact | undefined {
  if (action.person || action.pair || action.memberOf || action.antecedent || action.reported) return undefined;
  if (!action.place && !NOT_MASCULINE_ACTOR.test(action.actor.text)) return undefined;
  let named: PersonMention | undefined;
  for (const candidate of persons.values()) {
    if (candidate.mention.start < sentence.start || candidate.mention.start >= sentence.end) continue;
    if (named && named.person !== candidate.person) return undefined;
    named ??= candidate;
  }
  if (named?.person.gender !== "male" || named.mention.start >= action.clause.end) return undefined;
  const from = Math.max(action.verb.end, action.actor.end);
  return named.mention.start > from && BEFORE_OBJECT_NAME.test(text.slice(from, named.mention.start)) ? named.person : undefined;
}

/** One action per sentence at most, from the sentences of the article's text (not of an interview's questions and answers). */
export function findActions(
  doc: Doc,
  persons: ReadonlyMap<number, PersonMention>,
  openings: readonly (Phrase | undefined)[],
  countries: ReadonlyMap<number, CountryMention>,
  quotes: readonly QuoteFact[],
  holders: readonly OfficeHolder[],
  { names: organisations, staffed }: OrganisationNames,
): ActionFact[] {
  const { text } = doc;
  const actions: ActionFact[] = [];
  const personBySurname = new Map([...persons.values()].map(({ person }) => [person.surname, person]));
  const interview = interviewStart(doc, personBySurname);
  let before: SentenceBefore | undefined;
  doc.sentences.forEach((sentence, index) => {
    if (!doc.body[index] || index >= interview) {
      before = undefined;
      return;
    }
    const quote = quotes.find((candidate) => candidate.start >= sentence.start && candidate.start < sentence.end);
    if (/^["„»“]/u.test(text.slice(sentence.start, sentence.start + 1))) {
      // „...", sagte der US-Außenminister. Er schlug auch ... vor": words in quotation marks are no deed, but who
      // spoke them is whom "er" or "sie" after them stands for.
      const subject = quote?.person === undefined ? undefined : personBySurname.get(quote.person);
      before = {
        sentence,
        tokens: doc.tokens[index]!,
        body: sentence.lead === undefined || sentence.lead === "opening",
        subject,
        quoted: true,
        institution: undefined,
      };
      return;
    }
    const tokens = doc.tokens[index]!;
    // Reported words with an actor of their own first: what happened, not who relayed it.
    let action =
      reportedAction(text, sentence, tokens, quote, persons, countries) ??
      actorFirst(
        text,
        sentence,
        tokens,
        namedGroup(text, tokens, 0, persons) ??
          bareGroup(tokens, 0) ??
          countedGroup(text, tokens, 0) ??
          withCoworkers(text, tokens, openings[index]) ??
          pairAt(text, tokens, 0, persons, countries, false, organisations) ??
          openings[index],
        persons,
      ) ??
      actorAfterVerb(text, sentence, tokens, persons, countries, holders, organisations) ??
      objectBeforeVerb(text, sentence, tokens, persons, countries, holders, organisations) ??
      afterColon(text, sentence, tokens, persons, countries, holders, organisations) ??
      // Words the sentence attributes (", heißt es in einem Schreiben"), asked as that quote.
      (quote ? undefined : afterConjunction(text, sentence, tokens, persons, countries, holders, organisations)) ??
      afterFrontedClause(text, sentence, tokens, persons, countries, organisations) ??
      pronounSubject(text, sentence, tokens, before, persons) ??
      speakerAsPronoun(text, sentence, tokens, quote, before, persons) ??
      epithetSubject(text, sentence, tokens, before, persons) ??
      productNounSubject(doc, index, tokens, persons, countries) ??
      institutionPronounSubject(text, sentence, tokens, before, persons) ??
      bareActorInLead(text, sentence, tokens, persons, countries) ??
      passiveUndergoer(text, sentence, tokens, persons) ??
      groupMember(text, sentence, tokens, persons, countries, organisations) ??
      (quote ? undefined : relayedAction(text, sentence, tokens, openings[index], persons, countries, holders, organisations));
    if (action && !action.person && !action.place && !action.namedAs) {
      const referent = institutionNamedBefore(doc, index, action.actor, persons, countries);
      const company = referent ? undefined : companyNamedBefore(doc, index, action.actor, staffed);
      if (referent) action.referent = referent;
      else if (company) {
        action.referent = company;
        action.organisation = true;
      }
      // "Am Sonntag zündete die Sonde ...": a thing's kind noun acts only as the one of its kind the text named.
      if (!referent && isThingKindNoun(action.actor)) action = undefined;
    }
    if (action) actions.push(action);
    // Who acted or spoke in it, or the person whose name opens it ("Rand Paul, ebenfalls ..., versucht ...").
    const speaker = quote?.person;
    const surname = action ? action.person : (speaker ?? (tokens[0] ? persons.get(tokens[0].start)?.person.surname : undefined));
    // A sentence where nobody acted or spoke as the extractor reads it ("Hierarchisch formal ist Anja Hagenauer ... die
    // logische Nachfolgerin von Schaden."): the person it names as its subject, whom a pronoun after it takes up.
    const subject =
      surname === undefined
        ? action
          ? manActedUpon(text, sentence, action, persons)
          : quote
            ? undefined
            : personInSubjectSlot(tokens, persons)
        : personBySurname.get(surname);
    // The institution that acted, as the text names it: a pronoun for it in the next sentence names it the same way.
    const institution = action && !action.person && !action.place && !action.pair ? (action.namedAs ?? action.referent ?? action.actor) : undefined;
    const subjectByPronoun = action?.person !== undefined && action.antecedent !== undefined && SUBJECT_PRONOUNS.has(action.actor.text.toLowerCase());
    const verb = action && tokens.find((token) => token.start === action!.verb.start);
    before = {
      sentence,
      tokens,
      body: sentence.lead === undefined || sentence.lead === "opening",
      subject,
      quoted: quote !== undefined,
      institution,
      institutionSingular: verb !== undefined && !isPluralVerb(verb),
      subjectByPronoun,
      nobodyActed: !action && !quote && subject === undefined,
    };
  });
  return actions;
}
