/**
 * Claims, not only entities: who said what ("Wer sagte laut Text: „…“?") and who did what in the
 * text's main clauses ("Wer kündigte laut Text … an?"), with the other speakers and actors of the same
 * text as wrong answers; and statements that give a quote or a deed to its author or to someone else.
 */
import type { Evidence, Question } from "../bank/schema";
import { foldSpaces, isSpace } from "../bank/text";
import { HEDGE_KINDS, HEDGES, NUMBER_WORDS as COUNT_WORDS } from "../extract/data/numbers";
import {
  ADVERBS_BEFORE_ACTOR,
  CONNECTIVES_AFTER_ACTOR,
  FINDING_PERFECT_FORMS,
  FINDING_PERFECTS,
  PARTICIPLE_WITH_SEIN,
  FOREFIELD_OPENERS,
  NOUN_FOREFIELD_OPENERS,
  GROUP_QUANTIFIERS,
  INTERVIEW_ANSWER,
  PHRASE_DETERMINERS,
  RESEARCHERS,
  PEOPLE_WITHOUT_ROLE,
  SAME_PEOPLE_FAMILIES,
  SAYING_PARTICIPLES,
  SAYING_VERBS,
  YOUNG_PEOPLE,
  SEPARABLE_PARTICLES,
  PARTICIPLES_OF_TWO_VERBS,
  STEMS_WITH_OWN_GE,
  STRONG_VERB_FORMS,
  ACTS_IN_PRESENT,
  REPORTED_SPEECH_VERBS,
  INDICATIVE_OF_REPORTED,
  AS_SAID_VERBS,
  PENDING_WORDS,
  APPROVALS_TO_COME,
  MODALS_OF_WHAT_IS_TO_COME,
  MODALS_OF_A_PLAN,
  ADJECTIVES_LIKE_PARTICIPLES,
} from "../extract/data/claims";
import { roleForms, roleGender, roleInGender } from "../extract/gender";
import { countryCodeOfName, countryOfAdjective, isCountryAdjective } from "../extract/countries";
import { countryShortName, HOME_COUNTRY } from "../extract/data/countries";
import { countryArticle } from "../extract/data/country-articles";
import { BODIES_NAMED_BY_NOUN, BODY_COMPOUND_ENDINGS, PARTY_BODY_ENDINGS, SEATS_OF_GOVERNMENT } from "../extract/data/state-bodies";
import { CONCESSIVE_PAIR_OPENER, LINKING_ADVERBS } from "./data/connectives";
import { LOCAL_BODIES_NAMED_BY_NOUN, LOCAL_BODY_COMPOUND_ENDINGS } from "./data/local-government";
import {
  CLUB_NAME_ENDINGS,
  CLUB_NAME_OPENERS,
  ORGANISATIONS_NAMED_AS_WORDS,
  PARLIAMENT_PARTY_SHORT_NAMES,
  PARTIES_NAMED_BY_ADJECTIVE,
} from "../extract/data/organizations";
import { INSEPARABLE_PREFIX } from "../extract/data/grammar";
import { ROLES_NAMING_A_BODY_TOO } from "../extract/data/persons";
import { capitalise, isAdjectiveLike, isCapitalised, isNumberInName, matchesOf, oneByte } from "../extract/text";
import { FINDING_THAT, takesStand } from "../extract/quotes";
import {
  ACTOR_BRACKET,
  ADVERBIAL_ADJECTIVE,
  YEAR_FOREFIELD,
  isIrregularFiniteVerb,
  endsInPeoplePlural,
  endsInsideNounPhrase,
  mayBeFiniteVerb,
  mayPointToSource,
  singularVerb,
  SOURCE_POINTER,
} from "../extract/actions";
import { CITY_ADJECTIVE, partyAfterName } from "../extract/phrases";
import type { ActionFact, Gender, Mention, PersonFact, QuoteFact, Span } from "../extract/types";
import { type Choice, cloze, deniedTwins, DENYING_WORDS, distinct, fitsGapText, MAX_DISTRACTORS, normalise, single, STATEMENT_STEM, trueFalse } from "./build";
import {
  askedSentence,
  claimEvidence,
  type DocContext,
  evidenceFor,
  namings,
  type Pool,
  perDocument,
  perFact,
  personOf,
  articleSentenceAt,
  sentenceSpan,
  textMentions,
  within,
} from "./context";
import { formatNumber } from "../shared/german";
import { hash } from "../shared/hash";
import { display, fullName, NAME_GAP_STEM, nameGap, offerable, usesFullName } from "./persons";
import { spelledOut } from "./organisations";
import { isPartOfName } from "./places";
import { absentCountries, inOpening, namedDistractor, verbCore, withOtherCountryAdjective } from "./countries";
import { closeness } from "./data/regions";
import { besideFormSalience, otherFormBeside } from "./besideforms";
import {
  ALL_SIDES_PLURALS,
  GENERIC_PEOPLE_PLURALS,
  NOUNS_OF_WHOSE,
  ORGAN_OF_BODY_ENDINGS,
  OTHER_ONE_ADJECTIVES,
  PART_OF_BODY_NOUNS,
  TIME_NOUNS,
} from "./data/anaphora";
import { ADVICE_NOUNS } from "./data/objects";
import {
  BIRTH_WORDS,
  DENIAL_INTENSIFIERS,
  DETERMINERS_IN_E,
  FEMININE_IN_ER_OR_EL,
  FEMININE_SINGULAR_ENDING,
  INTENSIFIERS_DROPPED_WITH_DENIAL,
  NOMINALISED_ADJECTIVE_STEMS,
  NOT_BEFORE_COMPARISON,
  QUANTIFIERS_BEFORE_BARE_NOUN,
  SENTENCE_ADVERBS_BEFORE_PREDICATE,
  UNCOUNTED_NOUNS,
  VERBS_BY_COMPLEMENT_PREPOSITION,
  WORDS_BEFORE_DENIAL,
} from "./data/denials";
import { COMPETITOR_ROLE_ENDINGS, POST_NOUNS, TEAM_POSITION_ENDINGS } from "./data/offices";
import {
  ADJECTIVE_PARTICLES,
  GENITIVE_AFTER_NOUN,
  MOTION_PARTICIPLES,
  NOT_SUBJUNCTIVE_IN_TE,
  OBJECT_OPENERS,
  PARTICIPLES_TAKING_ADJECTIVE_PARTICLES,
  PAST_SHAPED_SUBJUNCTIVES,
  PREPOSITIONS_OF_MOTION,
} from "./data/verbs";
import {
  ACTOR_KIND_ENDINGS,
  ACTS_OF_KINDS,
  type ActorKind,
  KINDRED_ACTOR_KINDS,
  COMPANY_DESCRIPTION_ENDINGS,
  COMPANY_TRADES,
  KIND_FAMILIES,
  PERSON_NOUN_ENDINGS,
  PRODUCT_NOUN_ENDINGS,
  TOPIC_NOUNS,
  PARLIAMENT_CHAMBER_ENDINGS,
  DEEDS_OF_ANY_OFFICE,
  KINDRED_OFFICE_KINDS,
  type OfficeKind,
  PERSON_OFFICE_ENDINGS,
  SIDE_OF_ACTOR_KIND,
  SIDES_APART_IN_WORDS,
  STATE_BODIES_PLURAL_ENDINGS,
  QUANTIFYING_WORDS,
  SIDE_OF_EVENT_NOUNS,
} from "./data/kinds";
import { OPPOSITE_EXTENTS, WEAKENED_DEGREES } from "./data/extents";
import { OPPOSITE_LEANINGS } from "./data/leanings";
import { TERRITORY_GOVERNING_BODIES, TOWN_HEAD_ROLES } from "./data/local-government";
import { NAME_WITH_DIGITS, nameAfterKindNoun, namesInstitutionKind, namesPlace } from "./kindnames";
import { nounStem } from "./nounstems";
import {
  DENYING_VERBS,
  EXPECTATION_REWORDINGS,
  OPPOSITE_CHANGE_WORDS,
  OPPOSITE_REFLEXIVE_CHANGE_WORDS,
  PREDICATIVES_OF_VERBS,
  SHARED_STATE_VERBS,
  VERBS_OF_RESULT,
  VERBS_TAKING_INFINITIVE_CLAUSE,
} from "./data/verbs";
import { MONTHS, WEEKDAYS } from "../extract/data/dates";
import { oppositeComparative, PREPOSITIONS, pronounsFirst } from "./german";
import { RISING_OR_FALLING, TIME_COMPARATIVES } from "./data/comparatives";
import { actingInstitution, INCIDENTAL_UNITS, salienceOf, speakingInstitution } from "./salience";
import { headlinesOf, isTelegramClaim, withArticles } from "./telegram";
import { DETERMINERS_ENDING_IN_E_OR_ES, DETERMINERS_ENDING_IN_ER } from "./data/telegram";
import { GENERAL, TERM_GAP_STEM } from "./terms";
import { JOINS_WORD, JOINS_WORD_OR_HYPHEN, wholeWordsAt } from "./wholewords";
import {
  deedPointsOutside,
  leansOnEarlierFrame,
  pointsForward,
  pointsToNounBefore,
  pronounOfAnother,
  quoteStandsAlone,
  standsAlone,
  withoutDoubledWords,
  withoutExpletives,
} from "./standalone";
import { type FamilyShare, shareOf, WHOLE_FAMILY } from "./share";

/** Fewer wrong options than this, and a question about a claim would be a coin toss. */
const MIN_DISTRACTORS = 2;
/** Quotes longer than this are cut at a word and end in "…", so the stem stays readable on a phone. */
const MAX_QUOTE_LENGTH = 140;
/** A quote cut shorter than this says too little to be recognised. */
const MIN_QUOTE_LENGTH = 50;
/**
 * Quotes up to this long that cannot be cut are still stated, whole (true, and of someone else): a statement is read as
 * a whole, as a deed's is (MAX_STATED_DEED_LENGTH); "Wer sagte ...?" asks them only up to MAX_QUOTE_LENGTH.
 */
const MAX_STATED_QUOTE_LENGTH = 160;
/** The stem of a choice between a claim's true and false statement. */
export const WHICH_STEM = "Was trifft laut Text zu?";
/** Longest statement of such a choice: two longer ones, alike but for a word, are too much to compare on a phone. */
export const MAX_CHOICE_STATEMENT_LENGTH = 160;
/**
 * A deed up to this long is still stated (true, and of someone else): a statement is read as a whole, as a
 * gap sentence of that length is, while a stem that long buries what it asks for.
 */
const MAX_STATED_DEED_LENGTH = 230;

/** Words that open a fore-field but point back to what the text said before: the clause is not self-contained. */
export const ANAPHORIC_OPENERS: ReadonlySet<string> = new Set([
  "darüber",
  "dabei",
  "damit",
  "dafür",
  "dagegen",
  "daher",
  "darum",
  "deshalb",
  "deswegen",
  "danach",
  "davor",
  "dazu",
  "dort",
  "hier",
  "so",
  "trotzdem",
  "dennoch",
  "hingegen",
  "allerdings",
  "jedoch",
  "diese",
  "diesen",
  "dieses",
  "dieser",
  "diesem",
  "auch",
  "ebenfalls",
  "zugleich",
  "gleichzeitig",
]);
/** Adverbs that say another did the same deed ("begrüßte die Einigung ebenfalls"); not "auch", which may add an object. */
const DONE_BY_OTHERS_TOO = /(?<!\p{L})(?:ebenfalls|gleichfalls)(?!\p{L})/iu;
/** Connectives that may stand alone before an inverted verb and be left out of the deed ("Allerdings hat Putin ..."); not "dagegen" (also "against it"), "auch" (someone else too). */
export const CONNECTIVE_FOREFIELDS: ReadonlySet<string> = new Set([
  "allerdings",
  "jedoch",
  "hingegen",
  "indes",
  "indessen",
  "zudem",
  "außerdem",
  "unterdessen",
  "währenddessen",
  "derweil",
  "darüber hinaus",
  "ferner",
  "überdies",
]);
/**
 * Words inside a clause that point back to something only the rest of the text says. Here and below the words
 * come first and the look-behind after them, on the words matched (`\1`): a look-behind first is tried at every position.
 */
const ANAPHORIC_WORDS = /(er|sie|ihm|ihn|ihnen|es|dies|diese[mnrs]?|dort|dabei|damit|deshalb|daher|derselbe|dieselbe)(?<!\p{L}\1)(?!\p{L})/iu;
/** "das" as a pronoun, not an article: before an adverb or at a clause's end ("Die Polizei bestätigte das bisher nicht"). */
const PRONOUN_DAS =
  /(?<!\p{L})das(?=\s*(?:[,.;:]|$)|\s+(?:bisher|bislang|nicht|nie|auch|bereits|schon|aber|noch|nun|jedoch|so|ebenfalls|erst|damals|inzwischen|zunächst|offenbar|allerdings|zwar|jetzt|heute|gestern|ausdrücklich|zuvor|später|sofort|umgehend|dennoch|trotzdem|mehrfach|erneut|wiederholt|immer|stets|gerne|gern)(?!\p{L}))/iu;
/** "diesen Sommer", "dieses Jahr": a time of the report (TIME_NOUNS), not a pointer back. */
const DEMONSTRATIVE_PHRASE = /(?<!\p{L})diese[mnrs]?\s+(\p{L}+)/giu;

/**
 * Whether a clause points back to something only the rest of the text says ("er", "dort", "diese Pläne").
 * `ownPronouns` are the actor's own: where the actor is a man and the deed names no one else, "er", "ihn",
 * "ihm" are his ("Ponta lehnte mit dem Argument ab, dass allein das Parlament ihn seines Amtes entheben
 * könne"), as "sein" is; where it takes "ihr" (a woman, "die SPÖ", "die Republikaner"), "sie" is hers or
 * theirs ("Die SPÖ musste den Bürgermeister-Sessel räumen, obwohl sie nach wie vor die stärkste Kraft ist").
 */
function pointsBack(text: string, ownPronouns: RegExp | undefined): boolean {
  let inside = withoutExpletives(text)
    .replace(DEMONSTRATIVE_PHRASE, (phrase, noun: string) => (TIME_NOUNS.has(noun) ? "" : phrase))
    .replace(POINTS_FORWARD, "$1")
    .replace(DURING_OWN_DEED, "$1")
    .replace(PRO_ADVERB_BEFORE_CLAUSE, (word: string, offset: number, whole: string) => (pointsForward(word, whole.slice(offset + word.length)) ? "" : word));
  // "Die Programmierer fütterten sie", "Correa empfing ihn": in its own clause a pronoun is not the subject (that
  // would be "sich"); in a later one it may be.
  const laterClause = LATER_CLAUSE.exec(inside);
  if (laterClause) {
    const before = inside.slice(0, laterClause.index);
    let after = inside.slice(laterClause.index);
    if (ownPronouns) after = after.replace(ownPronouns, "");
    // "will seine Belegschaft am Erfolg beteiligen und sie als Eigner gewinnen": after "und" the deed goes on with its
    // own actor, and "sie" is what its first clause names in the feminine or plural, which the statement shows.
    if (COORDINATED_VERB_PHRASE.test(after) && FEMININE_OR_PLURAL_PHRASE.test(before)) after = after.replace(HER_OR_THEIRS, "");
    inside = before + after;
  }
  return ANAPHORIC_WORDS.test(inside) || PRONOUN_DAS.test(inside);
}

/** "damit, dass ...", "deshalb, weil ...": a pro-adverb that points to the clause after it, not back. */
const POINTS_FORWARD = /(?<!\p{L})(?:damit|dabei|deshalb|daher)(,?\s+(?:dass|weil|ob)(?!\p{L}))/gu;
/** "damit", "dabei" before a comma: "rechnet damit, in einem Jahr akkreditiert zu sein" points to its infinitive clause (pointsForward). */
const PRO_ADVERB_BEFORE_CLAUSE = /(?<!\p{L})(?:damit|dabei)(?=,)/gu;
/**
 * "haben Ratten verfüttert und analysiert, was dabei mit den Ratten geschah": "dabei" in a clause of "was" or "wie"
 * after the deed's own main clause is during that deed, not during something told before.
 */
const DURING_OWN_DEED = /(,\s*(?:was|wie)\s+)dabei(?!\p{L})/gu;
/** "er", "ihn", "ihm": a man, in any case. */
const HIM = /(er|ihn|ihm)(?<!\p{L}\1)(?!\p{L})/gu;
/** "sie" (lower case: "Sie" mid-sentence is someone addressed): a woman, or what takes "die" or the plural. */
const HER_OR_THEIRS = /(sie)(?<!\p{L}\1)(?!\p{L})/gu;
/** A later clause joined by "und" or "oder" without a comma: a second verb phrase of the same actor ("... beteiligen und sie ... gewinnen"). */
const COORDINATED_VERB_PHRASE = /^(?:und|oder)\s/u;
/** A noun phrase in the feminine or plural ("die Mitarbeiter", "seine Belegschaft", "eine Steuer"), which "sie" may stand for. */
const FEMININE_OR_PLURAL_PHRASE = /(?<!\p{L})(?:die|eine|keine|seine|ihre|unsere|diese|alle)\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll}/u;
/** Where a later clause of the deed begins: a comma, or "und", "oder", "aber", "sondern" joining another verb. */
const LATER_CLAUSE = /,|(?<!\p{L})(?:und|oder|aber|sondern)(?!\p{L})/u;
/** First and second person: the sentence is someone's words, not the text's report of a deed. */
const FIRST_PERSON = /(ich|mir|mich|mein[emnrs]?|wir|uns|unser[emnrs]?|du|dir|dich)(?<!\p{L}\1)(?!\p{L})/iu;
/** "Er" or "sie" as an actor: a person of that gender. */
const SUBJECT_PRONOUN = /^(?:[Ee]r|[Ss]ie)$/u;
/** Possessives whose form tells the gender of whom they refer to ("seine Reise"). */
const GENDERED_WORDS = /(sein|seine[mnrs]?|ihr|ihre[mnrs]?)(?<!\p{L}\1)(?!\p{L})/iu;
/**
 * An institution's own things in what it said or in a clause its deed reports ("Zwei ihrer leitenden Redakteure seien
 * festgenommen worden", "einen Bericht zurückgewiesen, wonach ihre neue Strategie ...") become the rival's in a statement
 * that names another institution: a police with editors, a newspaper rejecting a report on its own strategy. Blind
 * readers found the two such statements absurd or false on their face 8 of 10 times (rounds 21 to 28). No such rival
 * then: another figure, country or the words changed or denied make the false statement. The deed's own object ("hat
 * ihre Teilnahme ausgesetzt") is the rival's own as well and keeps its rival.
 */
const afterFirstComma = (text: string) => (text.includes(",") ? text.slice(text.indexOf(",")) : "");
const ownedByOtherInstitution = (actor: Claimant, words: string) => !actor.person && GENDERED_WORDS.test(words);
/** In a deed also "er", "ihn", "ihm", "sie", the actor's (pointsBack): "Wer ... weil er ...?" asks for a man. */
const GENDERED_IN_DEED = /(sein|seine[mnrs]?|ihr|ihre[mnrs]?|er|ihn|ihm|sie)(?<!\p{L}\1)(?!\p{L})/iu;
/**
 * The finite forms of "sein" ("ist", "wären"): the base of every set of linking verbs below, each of which adds the
 * forms of "werden", "bleiben" or "gelten" its reading needs.
 */
const FORMS_OF_SEIN = ["ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"] as const;
/** Verbs that link the actor to what they are ("ist", "wurde", "gilt als"): a pronoun after them is the actor. */
const LINKING_VERBS: ReadonlySet<string> = new Set([...FORMS_OF_SEIN, "wird", "wurde", "bleibt", "blieb", "gilt", "galt"]);
/**
 * "ist einer der wenigen, der ...", "war eine von hunderten Flüchtlingen", "gilt als keiner von ihnen": after a linking
 * verb, "einer"/"eine" (and "keiner", "jeder") of a group is the actor in their gender. Blind readers saw "Zainab ist
 * einer der ganz wenigen, der ..." as an option for a woman and rejected it by its grammar alone.
 */
const GENDERED_PRONOUN_PREDICATE = /(?<!\p{L})(?:k?einer?|jede[r]?)\s+(?:der|von|unter|aus)(?!\p{L})/u;
/** Whether a deed's wording tells the actor's gender: a pronoun or possessive of theirs, or "einer der ..." after a linking verb. */
const deedTellsGender = (verb: string, rest: string) =>
  GENDERED_IN_DEED.test(rest) || (LINKING_VERBS.has(verb) && GENDERED_PRONOUN_PREDICATE.test(clauseOf(rest)));
/** What may follow a clause without being part of it: another main clause. */
const COORDINATED = /^\s*(?:[,;]\s*(?:und|aber|doch|denn|sondern|oder)(?!\p{L})|;)/u;
/**
 * An insertion between dashes right after a deed's clause, which the extractor did not read through: the clause was
 * whole before it, or another clause follows it ("hat den Vertrag unterzeichnet – trotz aller Kritik – und die Ärzte
 * ...", "gewann – wie erwartet – die Partei jubelte"). Not part of the deed; a deed too short without it is not asked.
 */
const DASHED_AFTER_CLAUSE = /^\s*[–—]\s[^–—]*\s[–—]\s/u;
/**
 * A colon and the actor's own words after the clause ("Sie verteidigte die Regeln: Wir werden ..."): the deed
 * ends at the colon. Not any colon: "steht vor der Wahl: das Land zu verändern" says what the deed is about.
 */
const OWN_WORDS_AFTER = /^\s*:\s*(?:[„"»«]|(?:Ich|Wir|Uns|Unser[emnrs]?|Mein[emnrs]?)(?!\p{L}))/u;
/** An attribution after the clause (", sagte Petritsch", ", so die Polizei"): the clause is someone's claim, not a deed. */
const ATTRIBUTED = new RegExp(`^\\s*,\\s*(?:so|${[...SAYING_VERBS].join("|")})(?!\\p{L})`, "u");
/** A subordinate clause alone ("Weil es offene Probleme gibt") is no statement of its own. */
const SUBORDINATE_OPENING = /^(?:weil|dass|ob|wenn|obwohl|nachdem|da|damit|falls|während|bevor|sodass|solange|sobald|sofern|seitdem)\s/iu;
/** A subordinate clause after a focus particle ("Nur wenn ...", "Erst wenn ...", "Auch weil ..."): alone, no statement either. */
const FOCUSED_SUBORDINATE_OPENING = /^(?:nur|erst|auch|gerade|vor allem|besonders|selbst|schon)\s+(?:weil|dass|ob|wenn|obwohl|falls|sofern|solange|sobald)\s/iu;
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(["der", "des", "dem", "den", "die"]);
/** An actor named with the nominative's masculine article ("Der Übersetzer Abdul", "Der Stadtrat"): one, and no woman. */
const MASCULINE_ACTOR = /^Der\s/u;
/** An apposition between commas after the actor: ", der britische Premier,". */
const APPOSITION = /^\s*,[^;:()„“"«»]+,\s+$/u;
/** A short bracket right after the actor ("(PiS)", "(ÖVP)"), before an apposition. */
const LEADING_SHORT_BRACKET = /^\s*\([^()]{1,30}\)/u;
/** An insertion between dashes between actor and verb: "Entholzer – seit zwei Jahren Parteichef – kündigte". */
const DASHED = /^\s+[–—]\s[^–—;:()„“"«»]+\s[–—]\s+$/u;
/** A finite verb in the plural: "Wer" cannot take it. */
const PLURAL_VERB = /^(?:sind|waren|\p{Ll}+(?:en|ern|eln))$/u;

/** A hyphen or a second capital ("EU-Kommission", "EZB"): a name, not a plain noun that only the rest of the text identifies. */
export const NAME_SHAPED = /-|\p{Lu}.*\p{Lu}/u;
/** A capitalised word with a lower-case letter after the first: a name or a noun after a role ("des Bürgermeisters Müller"). */
const NAME_OR_NOUN = /^\p{Lu}\p{Ll}/u;
/** The indefinite article of a genitive after a role ("den Chef eines Bauunternehmens", "die Leiterin einer Schule"). */
const INDEFINITE_GENITIVE: ReadonlySet<string> = new Set(["eines", "einer"]);
/** Capitals only, as initials are written ("MPS", "OGH"). */
const INITIALS_SHAPED = /^\p{Lu}{2,6}$/u;
/** The first capital of each word ("Monte dei Paschi di Siena" → M, P, S). */
const WORD_INITIAL = /(?<![\p{L}])\p{Lu}/gu;
const LETTER = /\p{L}/u;
/** A capitalised word, hyphens inside: a title or a name before the subject ("Bundeskanzlerin", "EU-Kommissar"). */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}-]*$/u;

const squash = foldSpaces;

/** Someone a claim can be given to: a person of the text, or an institution named as speaker or actor. */
interface Claimant {
  /** As shown in options and statements: "Angela Merkel", "Die EU-Kommission", "Russland". */
  text: string;
  person?: PersonFact;
  gender?: Gender;
  /** A country or city standing for its government: its wrong options are places of the same kind. */
  place?: "country" | "city";
  /** The country a city lies in, where the text's places tell it. */
  country?: string;
  /** A group in the plural ("Die Republikaner"): statements about it keep the plural verb. */
  plural?: boolean;
  /** A group of people named by a plain noun ("Die Ermittler", "Die Sozialdemokraten"), not by a name. */
  group?: boolean;
  /** People counted without a figure ("Zahlreiche Anrainer", "Mehrere Hundert Polizisten"): the actor of their own deed, nobody's rival. */
  counted?: boolean;
  /**
   * People named by a plural noun alone ("Experten", "Kritiker"): of any kind that the noun says, not a group the
   * text singles out ("Die konservativen Kräfte innerhalb der ..."); rivals of each other only.
   */
  bare?: boolean;
  /** An organ of a party named by its noun alone ("Der Landesparteivorstand"): the rival of another such organ only. */
  partyBody?: boolean;
  /**
   * A party named by an adjective's noun ("Die Grünen", "Die Linke", PARTIES_NAMED_BY_ADJECTIVE): one party, also where
   * its verb is plural, so a party in the singular ("Die SPD") is its wrong option in "Wer ...?", as it is another
   * party's. Not in a false statement: the words after the verb ("obwohl sie ... ist") keep the answer's number.
   */
  partyByAdjective?: boolean;
  /**
   * A local body named by its noun alone ("Die Opposition", "Der Elternverein"): the rival of another such body only.
   * Given a body of a state's deed ("hat Anklage erhoben"), it would make a false statement nobody needs the text for.
   */
  localBody?: boolean;
  /**
   * A product the text names as if it acted ("Das Galaxy Z Flip Lite soll 899 Euro kosten", "Das neue Modell"): the
   * rival of another product only, never of the company that made it ("Das Galaxy Z Flip Lite hat ... vorgestellt").
   */
  thing?: boolean;
  /**
   * Companies in the plural described by what they do ("Die Energieversorger", "Die Unternehmen"): rivals of bodies, never
   * of people; nor of other companies so described, which may be the same firms under another word.
   */
  companies?: boolean;
}

/**
 * "Thomas Krenn legte einen eigenen Finanzierungsplan vor." (false: another's deed given to Krenn) beside "Was trifft
 * laut Text auf Thomas Krenn zu?" offering "legte einen eigenen Finanzierungsplan vor" as a wrong option: the choice
 * answers the statement. Both are about this (the deed's fact and the person's surname), so a quiz asks one of them.
 */
const givenTo = (fact: string, surname: string) => `${fact}:given-to:${surname}`;
/** givenTo for a false statement's rival, where the rival is a person. */
const rivalGiven = (fact: string, rival: Claimant | undefined): string[] => (rival?.person ? [givenTo(fact, rival.person.surname)] : []);

/**
 * What a claimant is, for wrong options of the same kind: persons for persons, places for places, groups
 * for groups. A group ("Die Sozialdemokraten", "Die Ermittler") may be another word for an institution of
 * the text ("Die SPÖ", "Die Staatsanwaltschaft"): the two are never offered together.
 */
const kindOf = (claimant: Claimant) =>
  claimant.person
    ? "person"
    : (claimant.place ??
      (claimant.bare
        ? "bare group"
        : claimant.group
          ? "group"
          : claimant.partyBody
            ? "party body"
            : claimant.localBody
              ? "local body"
              : claimant.thing
                ? "thing"
                : "institution"));

/**
 * The possessive a claimant takes ("seine Reise", "ihre Teilnahme"): a man, "der"/"das" and a bare
 * country or city take "sein"; a woman, "die" and a plural "ihr". Undefined where it is not known.
 */
function possessiveOf(claimant: Claimant): "sein" | "ihr" | undefined {
  if (claimant.person) return claimant.gender === undefined ? undefined : claimant.gender === "male" ? "sein" : "ihr";
  if (claimant.plural) return "ihr";
  if (claimant.place || /^(?:Der|Das)\s/u.test(claimant.text)) return "sein";
  return /^Die\s/u.test(claimant.text) ? "ihr" : undefined;
}

/** A woman's role noun ("Verteidigerin") in its men's form, to look up by the men's forms. */
const WOMANS_ROLE = /(?<=\p{Ll}{3})in$/u;

/** Whether a club acts or speaks in the text ("Der FC Augsburg hat ... gewonnen"): its players' positions are theirs. Asked only of a player's position. */
const namesClub = (doc: DocContext) => claimantsOf(doc).some((claimant) => !claimant.person && isClubName(claimant.text));

/**
 * Whether `actor` is a sports competitor of a known gender ("Sprinterin Gina Lückenkemper", "Verteidigerin Anna Bauer"
 * in a text about a club): rivalled only by the same gender.
 */
function competesByGender(doc: DocContext, actor: Claimant): boolean {
  const role = actor.person?.role;
  if (role === undefined || actor.gender === undefined) return false;
  return role.split(" ").some((word) => {
    const lower = word.toLowerCase().replace(WOMANS_ROLE, "");
    return (
      COMPETITOR_ROLE_ENDINGS.some((ending) => lower.endsWith(ending)) || (TEAM_POSITION_ENDINGS.some((ending) => lower.endsWith(ending)) && namesClub(doc))
    );
  });
}

/** Where the claim's wording tells the gender ("seine Reise"), whether `claimant` agrees with `answer`. */
function agrees(answer: Claimant, claimant: Claimant): boolean {
  if (answer.person) return claimant.person !== undefined && answer.gender !== undefined && claimant.gender === answer.gender;
  return claimant.person === undefined && possessiveOf(answer) !== undefined && possessiveOf(claimant) === possessiveOf(answer);
}

const personClaimant = (person: PersonFact): Claimant => ({
  text: display(person, usesFullName(person)),
  person,
  ...(person.gender ? { gender: person.gender } : {}),
});

/**
 * An institution as it can stand for "wer": named ("Die EU-Kommission", "Die Staatsanwaltschaft
 * Stuttgart", "Die türkische Wahlkommission", "Die EZB"), not a bare common noun ("die Zeitung", "der
 * Konzern") that only the rest of the text identifies.
 */
function institution(mention: Mention, plural = false): Claimant | undefined {
  const words = squash(mention.text).split(" ");
  // "Ein US-Vertreter", "einer Studie": nobody the learner could name.
  if (/^(?:ein|eine|einer|einem|einen|eines)$/iu.test(words[0]!)) return undefined;
  const named = words.slice(PHRASE_DETERMINERS.has(words[0]!.toLowerCase()) ? 1 : 0);
  // "Die Gäste", "Der Gegner": a side of the match or race, which only the event told before tells.
  if (named.length === 1 && SIDE_OF_EVENT_NOUNS.has(named[0]!.toLowerCase())) return undefined;
  // "Zahlreiche Anrainer", "Mehrere Hundert Polizisten": people counted without a figure (countedGroup in actions.ts),
  // who did their own deed; as a rival nobody (namesNobody).
  if (plural && GROUP_QUANTIFIERS.has(words[0]!.toLowerCase())) return { text: capitalise(words.join(" ")), plural, group: true, counted: true };
  // "Die meisten Antragsteller", "Viele Bewohner": a share of people the text counts, no one to name.
  if (QUANTIFYING_WORDS.has(words[0]!.toLowerCase()) || QUANTIFYING_WORDS.has(named[0]!.toLowerCase())) return undefined;
  // A group in the plural ("Die Republikaner", "Die Demonstranten") is who the text says it is; a noun in
  // the singular ("der Konzern") stands for a name that only the rest of the text gives.
  const partyBody = !plural && named.length === 1 && isPartyBody(named[0]!);
  // "Der Kreml", "Das Weiße Haus": a seat that stands for its government, named as such.
  if (!plural && seatCountryOf(words.join(" ")) !== undefined) return { text: capitalise(words.join(" ")) };
  // "Die Grünen", "Die Linke": a party by its adjective's noun, after its article only.
  if (named.length === 1 && words.length === 2 && PARTIES_NAMED_BY_ADJECTIVE.has(named[0]!.toLowerCase()))
    return { text: capitalise(words.join(" ")), partyByAdjective: true, ...(plural ? { plural } : {}) };
  const isNamed =
    (named.length >= 2 && !describesCompany(named)) ||
    plural ||
    partyBody ||
    named.some((word) => NAME_SHAPED.test(word)) ||
    (named.length === 1 && (isBodyOfState(named[0]!) || isLocalBody(named[0]!) || ORGANISATIONS_NAMED_AS_WORDS.has(named[0]!.toLowerCase())));
  // "der PiS-Vorsitzende", "ein Polizeisprecher": a person described by a role, who may be a person of the text; in
  // the plural with a plural verb ("Die Forscher identifizierten ...") a group of them.
  // "Der Betriebsrat des Stahlwerks": a body, though "Betriebsrat Josef Lang" is a person's role.
  const describesPerson =
    !plural &&
    (named.some((word) => roleForms(word) !== undefined && !namesBodyToo(word)) ||
      FEMININE_PERSON_NOUN.test(named.at(-1)!) ||
      (words[0]!.toLowerCase() === "der" && PERSON_NOUN_ENDINGS.some((ending) => named.at(-1)!.toLowerCase().endsWith(ending))));
  if (!isNamed || describesPerson || !named.every((word, index) => NAME_WORD_OF_BODY.test(word) || brandAfterKind(named, index) || isClubNumber(named, index)))
    return undefined;
  // "Der zweitgrößte Stahlverarbeiter Mitteleuropas", "Die größte Oppositionspartei": a rank describes someone the text may
  // name as well (the key's own actor, as a false option), never a name.
  if (named.some((word) => RANKING_ADJECTIVE.test(word))) return undefined;
  if (partyBody) return { text: capitalise(words.join(" ")), partyBody };
  if (!plural && named.length === 1 && isLocalBody(named[0]!)) return { text: capitalise(words.join(" ")), localBody: true };
  if (!plural) return { text: capitalise(words.join(" ")) };
  // "Die Ermittler", and "Experten der US-Großbank JP Morgan" (people of a body): a group of people, never a rival of a body's deed.
  // "Die Apple-Unterstützer", "Die Apple-Fans": a compound whose last part says people is a group too, not a name
  // (PEOPLE_PLURAL_ENDINGS; "Die Houthi-Rebellen" stay a named body).
  // "Die Energieversorger", "Die großen Anbieter": companies described by what they do, no group of people ("Ökonomen").
  if (COMPANIES_DESCRIBED.test(named.at(-1)!)) return { text: capitalise(words.join(" ")), plural, companies: true };
  const group =
    (named.length === 1 && (!NAME_SHAPED.test(named[0]!) || endsInPeoplePlural(named[0]!))) ||
    (named.length > 1 && (roleForms(named[0]!) !== undefined || endsInPeoplePlural(named[0]!)));
  return group ? { text: capitalise(words.join(" ")), plural, group } : { text: capitalise(words.join(" ")), plural };
}

/**
 * Company endings that name people in the plural as often: "Kleinbauern" are farmers, "Die Entwickler" of an app and "Die
 * Produzenten" of a film persons.
 */
const ENDINGS_OF_PEOPLE_TOO: ReadonlySet<string> = new Set(["bauer", "entwickler", "produzent"]);

/** Company endings for people in the plural unless a trade of shops and firms opens them ("Drogenhändler", not "Einzelhändler"). */
const DEALERS = "händler";

/**
 * A plural noun that describes companies by what they do (COMPANY_DESCRIPTION_ENDINGS): "Energieversorger", "Autokonzerne",
 * "Firmen", "Einzelhändler" (COMPANY_TRADES).
 */
const COMPANIES_DESCRIBED = new RegExp(
  `^(?:\\p{L}*(?:(?:${COMPANY_DESCRIPTION_ENDINGS.filter((ending) => !ENDINGS_OF_PEOPLE_TOO.has(ending) && ending !== DEALERS).join("|")})(?:e|en|n)?|firmen)|(?:${COMPANY_TRADES.join("|")})-?${DEALERS}n?)$`,
  "iu",
);

/** A role noun in the masculine that names a body as well (ROLES_NAMING_A_BODY_TOO): "Betriebsrat", "Konzernbetriebsrat". */
const namesBodyToo = (word: string) => {
  const lower = word.toLowerCase();
  return ROLES_NAMING_A_BODY_TOO.some((role) => lower.endsWith(role));
};

/** Articles and contractions before which such a noun is the body, when no name follows: "im Gemeinderat", "dem Stadtrat". */
const BEFORE_A_BODY: ReadonlySet<string> = new Set(["der", "des", "dem", "den", "im", "vom", "beim", "ins", "am"]);

/**
 * Whether the word at `index` is a noun that names a body as well as an office (namesBodyToo), read as the body: after an
 * article or a contraction and before no name ("Klubobmann im Gemeinderat", "Der Stadtrat beschloss"), not the office of
 * "ist seit 2010 Gemeinderat", "zum Stadtrat gewählt" or "Stadtrat Peter Huber".
 */
function namesTheBody(words: readonly string[], index: number, noun: string): boolean {
  return namesBodyToo(noun) && BEFORE_A_BODY.has(words[index - 1]?.toLowerCase() ?? "") && !NAME_OR_NOUN.test(words[index + 1] ?? "");
}

/** A word of an institution's name: letters and hyphens, or "St." of a place in it ("Die Staatsanwaltschaft St. Pölten"). */
const NAME_WORD_OF_BODY = /^(?:[\p{L}-]+|St\.)$/u;

/** Whether the word at `index` is a brand ending in digits right after an institution's kind noun ("Der Mobilfunker O2", "Der Provider Tele2"). */
const brandAfterKind = (named: readonly string[], index: number) =>
  index > 0 && NAME_WITH_DIGITS.test(named[index]!) && namesInstitutionKind(named[index - 1]!);

/** Digits that a club's name may hold ("1860", "04"). */
const CLUB_NUMBER = /^\d{1,4}$/u;

/** Whether the word at `index` of a name is a club's number ("TSV 1860 München", "FC Schalke 04"): after its opener's words. */
function isClubNumber(named: readonly string[], index: number): boolean {
  return index > 0 && CLUB_NAME_OPENERS.has(named[0]!) && CLUB_NUMBER.test(named[index]!);
}

/** A superlative or an ordinal in small letters: "größte", "zweitgrößte", "wichtigsten", "erste", "dritte", "letzte", "nächste". */
const RANKING_ADJECTIVE = /^(?:\p{Ll}*(?:[^s\P{Ll}]st|ßt)|\p{Ll}*(?:erst|zweit|dritt|viert|letzt))e[nrs]?$/u;

/**
 * "Der Linzer Stahlkonzern", "Der deutsche Autobauer": adjectives, a town's among them, before a noun that says what kind
 * of company it is. Only the rest of the text tells which company; another company of the text given its deed may be the
 * same one ("Der Stahlkonzern Voestalpine"). Not "Die Deutsche Bank" (an adjective written as a name's) nor "Die Wiener
 * Linien" (no company's kind).
 */
function describesCompany(named: readonly string[]): boolean {
  const noun = named.at(-1)!.toLowerCase();
  if (!COMPANY_DESCRIPTION_ENDINGS.some((ending) => noun.endsWith(ending))) return false;
  return named.slice(0, -1).every((word) => SMALL_LETTER_FIRST.test(word) || CITY_ADJECTIVE.test(word));
}

/** "ein", "eine": the nominative singular of an unnamed speaker ("sagte ein malischer Offizier"), not "einem Bericht zufolge". */
const INDEFINITE_NOMINATIVE = /^(?:ein|eine)$/iu;
/** At most this many adjectives before the noun of an unnamed source ("ein hochrangiger malischer Offizier"). */
const MAX_SOURCE_ADJECTIVES = 2;

/**
 * An unnamed source as the text calls it: "Ein malischer Offizier", "Eine Kommissionssprecherin", "Ein US-Vertreter".
 * Nobody a learner could pick from options, but what they said is the news of many leads: it is asked as a statement of
 * what the source said, never as "Wer sagte ...?", and never given to someone else. Not "Ein anderer
 * Militärvertreter" (other than whom?), nor "Ein Sprecher" (of whom?).
 */
function unnamedSource(mention: Mention): Claimant | undefined {
  const words = squash(mention.text).split(" ");
  const noun = words.at(-1)!;
  const adjectives = words.slice(1, -1);
  if (words.length < 2 || !INDEFINITE_NOMINATIVE.test(words[0]!) || !CAPITALISED_WORD.test(noun)) return undefined;
  // "Ein Sprecher": of whom, an earlier sentence says.
  if (NOUNS_OF_WHOSE.has(noun)) return undefined;
  if (adjectives.length > MAX_SOURCE_ADJECTIVES || !adjectives.every((word) => /^\p{Ll}[\p{L}-]*$/u.test(word) && !OTHER_ONE_ADJECTIVES.has(word)))
    return undefined;
  return { text: capitalise(words.join(" ")) };
}

/**
 * "Der Ministerrat", "die Polizei", "die Regierungsdelegation": a body of a state, which the noun alone
 * identifies in the story's setting, not "der Konzern", "die Bewegung", "das Ministerium" (which one?).
 */
function isBodyOfState(noun: string): boolean {
  const lower = noun.toLowerCase();
  return BODIES_NAMED_BY_NOUN.includes(lower) || BODY_COMPOUND_ENDINGS.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending));
}

/** "Die Opposition", "Der Elternverein": a local body that the noun identifies in the town the text is about (local-government.ts). */
function isLocalBody(noun: string): boolean {
  const lower = noun.toLowerCase();
  return LOCAL_BODIES_NAMED_BY_NOUN.includes(lower) || LOCAL_BODY_COMPOUND_ENDINGS.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending));
}

/** "Der Landesparteivorstand", "das Parteipräsidium": an organ of the party the text is about (PARTY_BODY_ENDINGS). */
const isPartyBody = (noun: string) => PARTY_BODY_ENDINGS.some((ending) => noun.toLowerCase().endsWith(ending));

/** The seats of government (SEATS_OF_GOVERNMENT) by their words in lower case ("der kreml"), with the country each governs. */
const SEAT_COUNTRIES: ReadonlyMap<string, string> = new Map(SEATS_OF_GOVERNMENT.map(({ words, country }) => [words.join(" "), country]));

/** The country whose government a seat stands for ("Der Kreml": "RU"), or undefined where the words name no seat. */
const seatCountryOf = (text: string) => SEAT_COUNTRIES.get(text.toLowerCase());

/**
 * "Der Modus Operandi zeigt, wie ...", "Das jüngste Beispiel belegt, dass ...": what shows something is no
 * one who acts, and as someone else's false actor absurd ("Der Modus Operandi beschlagnahmte ... Papageien").
 */
const SHOWING_VERB = /^(?:zeig|beleg|beweis|bewies|verdeutlich|illustrier|unterstreich|unterstrich)\p{Ll}*$/u;

/** The actor of an action as someone a claim can be given to: asked of each action by several families and by its deed, worked out once per action. */
const actorClaimant = perFact(findActorClaimant);

/** The actor of an action as someone a claim can be given to, or undefined where the text does not name it. */
function findActorClaimant(doc: DocContext, action: ActionFact): Claimant | undefined {
  // Two who acted together (actionQuestions names both): neither is the actor alone, nor "Lawrow und Kerry" one institution.
  if (action.pair) return undefined;
  const person = personOf(doc, action.person);
  if (person) return personClaimant(person);
  if (action.place === "city") return { text: action.actor.text, place: "city", country: cityCountry(doc, action.actor.text) };
  if (action.place) return { text: action.actor.text, place: action.place };
  if (SHOWING_VERB.test(action.verb.text)) return undefined;
  // "Syrische Armee erzielte Teilerfolg gegen Rebellen.": a title's actor without its article, which the body does not
  // name with one (namedAs), stated or offered as it stands is no German, and which article it takes is not certain.
  if (bareHeadlineActor(doc, action)) return undefined;
  // "die Hamas", "Nokta": a name the text marks as an organisation's, which its words alone do not show.
  // "Der Konzern" for "Samsung", the one company the text names by a name it writes before "-Manager" (companyNamedBefore).
  if (action.organisation) {
    const organisation = { text: capitalise(squash((action.referent ?? action.actor).text)) };
    // "Die Google-Software AlphaGo": a product, though named as an organisation is. Named by its name alone ("Juice soll
    // ..."), it is stated as the text introduced it ("Die Raumsonde Juice"): which thing it is, the learner sees, and the
    // statement is no copy of the sentence.
    if (!isProduct(doc, organisation.text)) return organisation;
    return { text: namingsWithKindOf(doc).get(organisation.text) ?? organisation.text, thing: true };
  }
  // "Rotes Kreuz warnt ..." in a teaser: named as the text names it with its article ("Das Rote Kreuz").
  // "Der Konzern" for "Der deutsche Technologieriese Siemens": named as the text named it before.
  // "Mehrere Kreditinstitute, darunter ... Unicredit, haben": the plural is the group's, not the member's.
  const claimant = institution(action.namedAs ?? action.referent ?? action.actor, PLURAL_VERB.test(action.verb.text) && !action.memberOf);
  // "Die Kritiker von TTIP": people, as the extractor read them, whose rivals are other groups of people, never a body.
  // "Kritiker werfen ... vor": a plural noun alone (no article, one word), people of a kind.
  const bare = action.people && (!action.actor.text.includes(" ") || claimant?.counted === true);
  if (claimant && action.people) return { ...claimant, group: true, ...(bare ? { bare: true } : {}) };
  // "Das Thema Virtual Reality hat ... Schwung aufgenommen": what the text is about, nobody who acts.
  if (claimant && namesTopic(claimant.text)) return undefined;
  return claimant && isProduct(doc, claimant.text) ? { ...claimant, thing: true } : claimant;
}

/** "Das Thema Virtual Reality": a subject matter named by its noun (TOPIC_NOUNS) before a name. */
function namesTopic(text: string): boolean {
  const words = text.split(" ");
  return words.length >= 3 && PHRASE_DETERMINERS.has(words[0]!.toLowerCase()) && TOPIC_NOUNS.has(words[1]!.toLowerCase());
}

/**
 * What only a product does: it costs a price, weighs, or comes into the shops or onto the market ("Das Galaxy Z Flip Lite
 * soll 899 Euro kosten", "Das Modell kommt im März in den Handel"); whoever makes it brings it there ("hat ... auf den
 * Markt gebracht"). Small letters only: "die Kosten" is a noun.
 */
const PRODUCT_DEED =
  /(?<!\p{L})(?:kosten|kostet|kostete|kosteten|wiegt|wiegen|wog|erhältlich)(?!\p{L})|(?<!\p{L})(?:kommt|kommen|kam|kamen)(?!\p{L}).*(?<!\p{L})(?:in den Handel|auf den Markt)$|(?<!\p{L})(?:in den Handel|auf den Markt) (?:kommen|gekommen)(?!\p{L})/u;

/**
 * The deeds of the document whose actor is no person, place or pair (a product, a thing, an institution), each with how
 * the text names that actor (its naming, a referent's or its own words), capitalised: worked out once per document for
 * the lookups below.
 */
const actingThingsOf = perDocument((doc: DocContext): readonly { action: ActionFact; naming: string }[] =>
  doc.facts.actions
    .filter((action) => action.person === undefined && action.place === undefined && !action.pair)
    .map((action) => ({ action, naming: capitalise(squash((action.namedAs ?? action.referent ?? action.actor).text)) })),
);

/**
 * The names of the things the text says a product's deed of (PRODUCT_DEED), as claimants name them, and the names the
 * text gives after a product's noun ("AlphaGo" of "Die Google-Software AlphaGo"), which stand alone for it later: worked
 * out once per document.
 */
const productNamesOf = perDocument((doc: DocContext): ReadonlySet<string> => {
  const names = new Set<string>();
  for (const { action, naming: name } of actingThingsOf(doc)) {
    if (PRODUCT_DEED.test(doc.text.slice(action.clause.start, action.clause.end))) names.add(name);
    const words = name.split(" ");
    const noun = productNounAt(words);
    if (noun >= 0 && noun < words.length - 1) names.add(words.slice(noun + 1).join(" "));
  }
  return names;
});

/**
 * How the text names a product or thing with its kind's noun ("Die europäische Raumsonde Juice"), by the name after the
 * noun ("Juice"), from the deeds it tells of it: worked out once per document.
 */
const namingsWithKindOf = perDocument((doc: DocContext): ReadonlyMap<string, string> => {
  const namings = new Map<string, string>();
  for (const { naming } of actingThingsOf(doc)) {
    const words = naming.split(" ");
    const noun = productNounAt(words);
    if (noun > 0 && noun < words.length - 1 && PHRASE_DETERMINERS.has(words[0]!.toLowerCase())) {
      const name = words.slice(noun + 1).join(" ");
      if (!namings.has(name)) namings.set(name, naming);
    }
  }
  return namings;
});

/**
 * How the text introduces an institution with its article ("Der Chemiekonzern Rheinchem", "Die Gewerkschaft IG Metall"),
 * by the name it then uses alone ("Rheinchem", "IG Metall"), from the deeds it tells of it: worked out once per document.
 */
const namingsWithArticleOf = perDocument((doc: DocContext): ReadonlyMap<string, string> => {
  const namings = new Map<string, string>();
  for (const { naming } of actingThingsOf(doc)) {
    const words = naming.split(" ");
    if (words.length < 3 || !ARTICLE_OF_NAMING.test(words[0]!)) continue;
    for (let first = 2; first < words.length; first++) {
      const name = words.slice(first).join(" ");
      if (CAPITALISED_WORD.test(words[first]!) && !namings.has(name)) namings.set(name, naming);
    }
  }
  return namings;
});
const ARTICLE_OF_NAMING = /^(?:Der|Die|Das)$/u;
/** A possessive of a man or a thing ("seinen Umsatz") and of a woman or a group ("ihre Filialen"). */
const HIS_POSSESSIVE = /(?<!\p{L})sein(?:e[mnrs]?)?(?!\p{L})/iu;
const HER_POSSESSIVE = /(?<!\p{L})ihr(?:e[mnrs]?)?(?!\p{L})/iu;

/**
 * An institution named by its bare name ("Rheinchem konnte ... seinen Umsatz ... steigern"), whose deed's possessive
 * tells a gender its bare name does not: as the text introduced it with its article ("Der Chemiekonzern Rheinchem"),
 * where that article agrees with the possessive, so that the statement says whose it is and its rivals share the
 * gender (possessiveOf). Undefined where the text introduces it so nowhere, or the deed's words are of another gender.
 */
function withArticleNaming(doc: DocContext, actor: Claimant, rest: string): Claimant | undefined {
  if (actor.person || actor.place || actor.plural || actor.group || actor.thing) return undefined;
  const naming = namingsWithArticleOf(doc).get(actor.text);
  if (naming === undefined) return undefined;
  const his = HIS_POSSESSIVE.test(rest);
  const hers = HER_POSSESSIVE.test(rest);
  const possessive = possessiveOf({ text: naming });
  return (possessive === "sein" && his && !hers) || (possessive === "ihr" && hers && !his) ? { text: naming } : undefined;
}

/** Where the first noun of a name stands, if it is a product's (PRODUCT_NOUN_ENDINGS: "Smartphone", "Google-Software"); -1 otherwise. */
function productNounAt(words: readonly string[]): number {
  const noun = words.findIndex((word, index) => (index > 0 || !PHRASE_DETERMINERS.has(word.toLowerCase())) && CAPITALISED_WORD.test(word));
  return noun >= 0 && PRODUCT_NOUN_ENDINGS.some((ending) => words[noun]!.toLowerCase().endsWith(ending)) ? noun : -1;
}

/**
 * Whether an actor's name is a product's: one the text says a product's deed of (productNamesOf), or one whose first
 * noun is a product's ("Das Smartphone Galaxy S9", "Das neue Modell", PRODUCT_NOUN_ENDINGS). Only the first: a company's
 * name may end in such a noun after its own ("Škoda Auto", "Apple Computer").
 */
function isProduct(doc: DocContext, text: string): boolean {
  return productNamesOf(doc).has(text) || productNounAt(text.split(" ")) >= 0;
}

/** A country or city of the text as it can stand for its government: by its bare name ("Iran", not "der Iran"). */
function placesOf(doc: DocContext): Claimant[] {
  const withoutArticle = (mention: Mention) => !/(?:^|\s)(?:der|die|den|dem|des)\s+$/iu.test(doc.text.slice(Math.max(0, mention.start - 5), mention.start));
  const countries = doc.facts.countries
    .filter((country) => country.mentions.every(withoutArticle) && country.mentions.some((mention) => mention.form === "name" && mention.text === country.name))
    .map((country): Claimant => ({ text: country.name, place: "country" }));
  const cities = doc.facts.places
    .filter((place) => place.mentions.every(withoutArticle) && !isPartOfName(doc, place))
    .map((place): Claimant => ({ text: place.name, place: "city", country: place.country }));
  return [...countries, ...cities];
}

function cityCountry(doc: DocContext, name: string): string | undefined {
  return doc.facts.places.find((place) => place.name === name)?.country;
}

/**
 * "Moskau hatte eine Energiebrücke vom russischen Festland eingerichtet": a city whose deed names its own
 * country acts at home; the same deed given to a city of another country ("Kiew") contradicts itself.
 */
function actsAtHome(answer: Claimant, claimant: Claimant, countries: ReadonlySet<string>): boolean {
  return answer.place === "city" && answer.country !== undefined && countries.has(answer.country) && claimant.country !== answer.country;
}

/**
 * A definite role noun without a name after it ("des Bürgermeisters"): on its own, it says not who is
 * meant. Not a plural ("an die Schulsprecher", "die Außenminister des Irans"): a group, nobody in particular.
 * Nor one with an indefinite genitive after it ("den Chef eines Bauunternehmens"): whose office it is, the
 * deed introduces itself.
 */
function hasUnresolvedRole(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.some((word, index) => {
    if (index === 0 || !DEFINITE_ARTICLES.has(words[index - 1]!.toLowerCase()) || !isCapitalised(word)) return false;
    // "mit dem Amt des Innenministers": the office itself, no person of the sentence before.
    if (POST_NOUNS.has(words[index - 2] ?? "")) return false;
    const noun = word.replace(/[^\p{L}-]/gu, "");
    if (roleForms(noun) === undefined || NAME_OR_NOUN.test(words[index + 1] ?? "") || INDEFINITE_GENITIVE.has(words[index + 1] ?? "")) return false;
    if (namesTheBody(words, index, noun)) return false;
    return !(words[index - 1]!.toLowerCase() === "die" && isPluralRole(noun));
  });
}

/** A role noun after "die" in a form no woman's title has: "Schulsprecher", "Präsidenten", "Abgeordneten". */
const isPluralRole = (noun: string) => {
  const gender = roleGender(noun);
  return gender === "male" || (gender === undefined && noun.endsWith("en"));
};

/**
 * "die Drogeriemarktkette Schlecker": an article and a common noun before the name, which names a firm, a ship, a party
 * after a person. Case-sensitive but for the article: a verb before the name ("Einen Teil des Geldes soll Ponta ...")
 * is no such noun.
 */
const NAMED_AFTER = /(?:^|[^\p{L}])(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}[\p{Ll}-]+)\s+$/u;

/**
 * Whether the actor's name stands for something named after a person ("Die Drogeriemarktkette
 * Schlecker meldete Insolvenz an" is not what Anton Schlecker did): a common noun, not an office, right before it.
 * Not a noun for someone by what they do before a first name and surname ("Der Genetiker George Church"): that is
 * the person.
 */
export function namedAfterPerson(doc: DocContext, actor: Mention): boolean {
  const match = NAMED_AFTER.exec(doc.text.slice(Math.max(0, actor.start - 60), actor.start));
  if (match === null || roleForms(match[1]!) !== undefined) return false;
  return !(AGENT_NOUN.test(match[1]!) && squash(actor.text).includes(" "));
}

/** Asked once per claim: worked out once per document. */
const claimantsOf: (doc: DocContext) => readonly Claimant[] = perDocument(findClaimants);

/** "laut" and a plural of "-er" or "-el" nouns in the dative ("Laut PSD-Vertretern"). */
const LAUT_BEFORE = /(?<!\p{L})[Ll]aut\s+$/u;
const DATIVE_PLURAL = /\p{Ll}(?:ern|eln)$/u;

/**
 * A speaker named in the dative ("Laut PSD-Vertretern bestünden keine Gründe ...", "Laut dem Marktforschungsunternehmen X"): as a claimant it would
 * stand in that form where a statement needs the nominative ("PSD-Vertretern hat ...").
 */
function datively(doc: DocContext, quote: QuoteFact): boolean {
  const speaker = quote.speaker;
  // "Laut dem Marktforschungsunternehmen Counterpoint", "der Weltbank zufolge": a source's article in the dative.
  if (ATTRIBUTION_WORDS.has(quote.verb.toLowerCase()) && DATIVE_ARTICLE.test(speaker.text.slice(0, speaker.text.indexOf(" ")))) return true;
  return DATIVE_PLURAL.test(speaker.text) && LAUT_BEFORE.test(doc.text.slice(Math.max(0, speaker.start - 8), speaker.start));
}

/**
 * The institution or group a quote is attributed to, in the plural where its verb of saying is ("..., erklärten die
 * Grünen", "sagten die Vertreter der Anrainer"): statements give it that verb ("Die Grünen sagten sinngemäß: ...").
 * For its own words only: among the rivals (findClaimants) a plural would make it a rival of the text's other groups,
 * also of the same people named otherwise ("fanden Wiener Psychologen heraus" beside "Die Wiener Forscher").
 */
function quotedInstitution(quote: QuoteFact): Claimant | undefined {
  const claimant = institution(quote.referent ?? quote.speaker);
  return claimant && !claimant.plural && PLURAL_SAYING_VERB.test(quote.verb) ? { ...claimant, plural: true } : claimant;
}
/** A finite verb of saying in the plural, as SAYING_VERBS has them ("sagten", "erklärten", "betonen"); the singular ends otherwise. */
const PLURAL_SAYING_VERB = /^\p{Ll}+en(?:\s|$)/u;

/** Who speaks or acts in the text: its persons (speakers and actors first) and the institutions it names as such. */
function findClaimants(doc: DocContext): Claimant[] {
  const speakers = speakersOf(doc);
  const persons = [...doc.facts.persons].sort((a, b) => Number(!speakers.has(a.surname)) - Number(!speakers.has(b.surname)));
  const institutions = [
    ...doc.facts.quotes
      .filter((quote) => quote.person === undefined && !datively(doc, quote))
      .flatMap((quote) => institution(quote.referent ?? quote.speaker) ?? []),
    // "Die Mitarbeiter hätten ... erwirtschaftet": named only in someone's supposition, they did nothing the text tells.
    ...doc.facts.actions
      .filter((action) => action.person === undefined && !HYPOTHETICAL_VERBS.has(action.verb.text.toLowerCase()))
      .flatMap((action) => actorClaimant(doc, action) ?? []),
  ];
  // Countries and cities the text names are wrong options for a country or city that acted.
  const places = placesOf(doc).filter((place) => !institutions.some((claimant) => claimant.text === place.text));
  return [...persons.filter(offerable).map(personClaimant), ...institutions, ...places];
}

/** A group named by an article, perhaps an adjective, and a plural noun ("Die Frauen", "Die jungen Männer"). */
const ARTICLE_AND_PLURAL = /^(?:Die|Der|Den)\s+(?:\p{Ll}+\s+)?(\p{Lu}\p{Ll}+)$/u;

/** Whether a group is named by a plural for people of any kind alone (GENERIC_PEOPLE_PLURALS): as a rival, nobody the learner can tell. */
function namesNobody(claimant: Claimant): boolean {
  if (!claimant.group) return false;
  // "Zahlreiche Anrainer haben ..." of another group's deed: which of them, and how many, the learner cannot tell.
  if (claimant.counted) return true;
  const noun = ARTICLE_AND_PLURAL.exec(claimant.text)?.[1];
  return noun !== undefined && GENERIC_PEOPLE_PLURALS.has(noun);
}

/** The last word of a group's name ("Konfliktparteien" of "Die beiden Konfliktparteien"). */
const GROUP_NOUN_LAST = /\p{Lu}[\p{L}-]*$/u;

/**
 * Whether a group takes and gives no rival: one named by a plural noun alone ("Unbekannte verletzten ...", "Sanitäter
 * brachten ..."), people of some kind whom the text does not make a party of the story, so that "Sanitäter verletzten
 * ... durch Schüsse" is absurd; or one that holds all sides (ALL_SIDES_PLURALS), of which any other actor is one.
 */
function unrivalledGroup(claimant: Claimant): boolean {
  if (!claimant.group) return false;
  if (claimant.bare) return true;
  const noun = GROUP_NOUN_LAST.exec(claimant.text)?.[0];
  return noun !== undefined && ALL_SIDES_PLURALS.has(noun);
}

/** Whether `claimant` may be a wrong option for `answer` (a function of the module: under keepNames a named closure costs a defineProperty of its name). */
function fits(answer: Claimant, claimant: Claimant, gendered: boolean, countries: ReadonlySet<string>): boolean {
  return (!gendered || agrees(answer, claimant)) && mayRival(answer, claimant, countries);
}

/** Of `claimants`, those speakerRank does not rule out, in its order: who speaks first, then who holds an office, then who acts. */
function bySpeakerRank(doc: DocContext, claimants: readonly Claimant[]): Claimant[] {
  return [0, 1, 2].flatMap((rank) => claimants.filter((claimant) => speakerRank(doc, claimant) === rank));
}

/** A comma or a conjunction of clauses in a deed: its words after the first clause may agree with the actor's number. */
const MORE_THAN_ONE_CLAUSE = /,|(?<!\p{L})(?:und|oder|sowie|aber)(?!\p{L})/u;

/** What claimDistractors weighs besides the claim: the countries its evidence names, its verb, and whether it is words said. */
interface ClaimOptions {
  countries?: ReadonlySet<string>;
  deedVerb?: string;
  /** Words someone said: persons are offered as speakerRank ranks them, and not those it rules out. */
  said?: boolean;
}

/**
 * Wrong answers for a claim of `answer`: the text's other speakers and actors, then people of other
 * texts that this one does not name. Persons for a person and institutions for an institution only,
 * so that no option stands out by its kind or form ("Die Wahlkommission" next to three politicians). Where
 * the claim's wording tells a gender ("seine Reise"), only people of that gender.
 */
function claimDistractors(
  doc: DocContext,
  pool: Pool,
  answer: Claimant,
  gendered: boolean,
  claim: string,
  { countries = NO_COUNTRIES, deedVerb, said = false }: ClaimOptions = {},
): Choice[] {
  const sameAsAnswer = namesOfSameInstitution(doc, answer);
  // Only claimants of the answer's kind are offered (alike, below): a person for a person, never for an institution,
  // place or group, nor one of those for a person. So persons are weighed only for a person and the others only for
  // the others, which still take their other names (taken) from candidates of their kind (some 750 of the 1,700
  // claimants weighed over the devset's claims were of the other side).
  const answerIsPerson = answer.person !== undefined;
  const side = deedSideOf(doc, answer, claim, deedVerb);
  // A party by its adjective's noun ("Die Grünen") is an option of the other number only where the deed is one clause:
  // in a later one ("obwohl sie ... ist") the answer's number shows.
  const numberShown = MORE_THAN_ONE_CLAUSE.test(claim);
  // Every condition is free of side effects: the plain comparisons and look-ups first, then the tests of the pair
  // (fits), then the searches of the claim (namedIn, otherSideOfDeed).
  const here = claimantsOf(doc).filter(
    (claimant) =>
      (claimant.person !== undefined) === answerIsPerson &&
      claimant.text !== answer.text &&
      // A group's deed is no wrong option for one body, which may be one of them ("Italiens Banken" and the bank "MPS").
      (!answer.plural || claimant.plural || (answer.partyByAdjective && !numberShown)) &&
      !(claimant.partyByAdjective && claimant.plural && !answer.plural && numberShown) &&
      (claimant.person?.surname ?? claimant.text) !== answer.person?.surname &&
      !sameAsAnswer.has(claimant.text) &&
      !namesNobody(claimant) &&
      fits(answer, claimant, gendered, countries) &&
      !namedIn(doc, claim, claimant) &&
      // As for a false statement (rivalsOf): not a body of the kind the deed was done to ("Die Partei Neue Mitte" for
      // who searched "die Büros einer oppositionellen Partei").
      !otherSideOfDeed(doc, answer, claimant, side, deedVerb),
  );
  const ranked = said ? bySpeakerRank(doc, here) : here;
  const elsewhere =
    answerIsPerson && !answer.place
      ? pool.persons
          .filter((entry) => entry.documentId !== doc.id && offerable(entry.person) && !textMentions(doc, entry.person.surname))
          .map((entry) => personClaimant(entry.person))
          .filter((claimant) => fits(answer, claimant, gendered, countries))
      : [];
  // "Paschi di Siena" and "MPS" are one bank: two wrong options that are one would leave the answer fewer rivals.
  // The names of institutions taken already: looked up, not compared with every candidate taken (for every claim).
  const candidates: Claimant[] = [];
  const taken = new Set<string>();
  for (const claimant of [...ranked, ...elsewhere]) {
    if (claimant.person) candidates.push(claimant);
    else if (!taken.has(claimant.text)) {
      candidates.push(claimant);
      for (const name of namesOfSameInstitution(doc, claimant)) taken.add(name);
    }
  }
  const alike = candidates.filter((claimant) => kindOf(claimant) === kindOf(answer));
  if (alike.length === 0) return [];
  // A country among institutions would stand out, a group may be another word for an institution: places
  // and groups are offered only their own kind, and never as another kind's wrong option. A person is no
  // wrong option for what an institution did: the defendant is none for the court that decides on his
  // trial (the blind reading of round 7 failed it). Nor is an institution one for a person: "Die
  // EU-Kommission" or "Der deutsche Technologieriese Siemens" among politicians stands out by its form.
  return distinct(alike, new Set([answer.text.toLowerCase()]), MAX_DISTRACTORS);
}

/**
 * An institution's name as two names of one institution are compared: without its article and without the noun of
 * the company's kind before its name, and its initials.
 */
interface InstitutionName {
  text: string;
  /** "EU-Kommission" of "Die EU-Kommission", "Infineon" of "Der Halbleiterhersteller Infineon". */
  bare: string;
  /** The first capital of each word of `bare` ("MPS" of "Monte dei Paschi di Siena"). */
  initials: string;
  /** Whether `bare` is shaped as initials ("MPS", INITIALS_SHAPED). */
  initialsShaped: boolean;
  /** The last word of `bare` ("Qassam-Brigaden" of "militanten Qassam-Brigaden"), as a sentence naming it otherwise still has it. */
  lastWord: string;
  /** The first word of `bare` in lower case: the compound isOrganOf looks for a body's name in. */
  compound: string;
  /** The names of the body isOrganOf looks for in an organ's compound (`bare`, and its initials if it has several words), in lower case, with their length as written. */
  bodyNames: readonly { lower: string; length: number }[];
}

/**
 * The article, adjectives and the noun of a company's kind before its name ("Der Chipkonzern ", "Der steirische
 * Autozulieferer "): two texts' epithets for one company differ ("Der Halbleiterhersteller Infineon"), its name does not.
 */
const COMPANY_EPITHET_BEFORE_NAME = new RegExp(
  `^(?:(?:Der|Die|Das)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+)*\\p{Lu}[\\p{L}-]*(?:${COMPANY_DESCRIPTION_ENDINGS.join("|")})\\s+(?=\\p{Lu})`,
  "u",
);

function institutionName(text: string): InstitutionName {
  const bare = withoutArticle(text.replace(COMPANY_EPITHET_BEFORE_NAME, ""));
  const initials = (bare.match(WORD_INITIAL) ?? []).join("");
  // Worked out once per name for the comparisons of each pair of names (namesOfSameInstitution).
  const space = bare.indexOf(" ");
  const bodyNames = bare.includes(" ") && initials.length >= 2 ? [bare, initials] : [bare];
  return {
    text,
    bare,
    initials,
    initialsShaped: INITIALS_SHAPED.test(bare),
    lastWord: bare.slice(bare.lastIndexOf(" ") + 1),
    compound: (space === -1 ? bare : bare.slice(0, space)).toLowerCase(),
    bodyNames: bodyNames.map((name) => ({ lower: name.toLowerCase(), length: name.length })),
  };
}

/**
 * "Der Oberste Gerichtshof (OGH)", "Monte dei Paschi di Siena" and "MPS", "Paschi di Siena" and "Monte dei
 * Paschi di Siena": two names of one institution (one in brackets after the other, one the other's initials
 * or a part of it); neither is the other's wrong option.
 */
function sameInstitution(doc: DocContext, one: InstitutionName, other: InstitutionName): boolean {
  if (writtenWithBracket(doc, one.bare, other.bare) || writtenWithBracket(doc, other.bare, one.bare)) return true;
  return (
    one.bare === other.bare ||
    oneCountry(one, other) ||
    oneBodyOfOther(one, other) ||
    isShortFormOf(one, other) ||
    isShortFormOf(other, one) ||
    onePartOfOther(doc, one, other) ||
    isOrganOf(one, other) ||
    isOrganOf(other, one) ||
    mayBeForeignInitials(doc, one, other) ||
    mayBeForeignInitials(doc, other, one)
  );
}

/** The shortest noun that names a place or body whose council or parliament is named after it ("Land" of "Landtag"). */
const MIN_BODY_STEM = 4;

/**
 * "Die Stadt" and "Der Stadtrat", "Das Land" and "Der Landtag": a place or body and its council, parliament or office
 * named after it, where either may be said to have done what the other did; neither is the other's wrong option.
 */
function oneBodyOfOther(one: InstitutionName, other: InstitutionName): boolean {
  const [shorter, longer] = one.lastWord.length <= other.lastWord.length ? [one.lastWord, other.lastWord] : [other.lastWord, one.lastWord];
  return shorter.length >= MIN_BODY_STEM && shorter.length < longer.length && longer.toLowerCase().startsWith(shorter.toLowerCase());
}

/** An adjective's weak ending before the next word ("Vereinigten Staaten"), which a country's name in the nominative has as "-e". */
const WEAK_ADJECTIVE_ENDING = /(?<=\p{Ll})en(?=\s)/gu;

/** The country a name names, also in the weak form after an article ("die Vereinigten Staaten"). */
const countryOfName = (bare: string) => countryCodeOfName(bare) ?? countryCodeOfName(bare.replace(WEAK_ADJECTIVE_ENDING, "e"));

/** "Die USA" and "Die Vereinigten Staaten": two names of one country are one actor. */
function oneCountry(one: InstitutionName, other: InstitutionName): boolean {
  const country = countryOfName(one.bare);
  return country !== undefined && country === countryOfName(other.bare);
}

/** Where the text writes initials after a space, by the initials, per document (placesAfterSpaceOf). */
const initialsPlaces = perDocument((_doc: DocContext) => new Map<string, readonly number[]>());

/**
 * Where `initials` stand in the text after a space: searched for once per initials and document, not for every pair of
 * names mayBeForeignInitials compares (a whole-text search per pair).
 */
function placesAfterSpaceOf(doc: DocContext, initials: string): readonly number[] {
  const known = initialsPlaces(doc);
  let places = known.get(initials);
  if (places === undefined) {
    const found: number[] = [];
    for (let at = doc.text.indexOf(` ${initials}`); at !== -1; at = doc.text.indexOf(` ${initials}`, at + 1)) found.push(at + 1);
    places = found;
    known.set(initials, places);
  }
  return places;
}

/**
 * "die konservative Oppositionspartei SDS" and "die Slowenische Demokratische Partei": initials the text calls by the
 * kind that ends a name of several words ("Partei"), where neither is written with a bracket that pairs it with another
 * name. The initials may be of the name in its own language ("Slovenska demokratska stranka"), which the German name
 * does not spell; taken for one body, neither is the other's wrong option.
 */
function mayBeForeignInitials(doc: DocContext, initials: InstitutionName, name: InstitutionName): boolean {
  if (!initials.initialsShaped || !name.bare.includes(" ")) return false;
  const kind = name.lastWord;
  if (!CAPITALISED_WORD.test(kind)) return false;
  const lowerKind = kind.toLowerCase();
  const calledByKind = placesAfterSpaceOf(doc, initials.bare).some((at) => doc.text.endsWith(kind, at - 1) || doc.text.endsWith(lowerKind, at - 1));
  if (!calledByKind) return false;
  return !bracketsOf(doc).has(initials.bare) && !doc.text.includes(`${name.bare} (`);
}

/**
 * Whether the first word of `organ` is a compound of `body`'s name (or its initials) and an organ's noun of
 * ORGAN_OF_BODY_ENDINGS: "Landespolizeidirektion Oberösterreich" of "Die Polizei", "EU-Kommission" of "Die
 * Europäische Union". Giving the organ's deed to its body is no false statement.
 */
function isOrganOf(organ: InstitutionName, body: InstitutionName): boolean {
  const compound = organ.compound;
  return body.bodyNames.some((name) => {
    const at = compound.indexOf(name.lower);
    if (at === -1) return false;
    const head = compound.slice(at + name.length);
    return ORGAN_OF_BODY_ENDINGS.has(head.startsWith("-") ? head.slice(1) : head);
  });
}

/** Splits a sentence into its words, a compound's hyphen kept inside ("Hamas-Kämpfer" is not "Hamas"). */
const NOT_IN_WORD = /[^\p{L}\p{N}-]+/u;

/** A noun of PART_OF_BODY_NOUNS not run on by a letter, digit or hyphen; whether one stands before it is asked in code. */
const PART_OF_BODY_NOUN = new RegExp(`(?:${[...PART_OF_BODY_NOUNS].join("|")})(?![\\p{L}\\p{N}-])`, "gu");
/** The last character (a code point: a letter may be two code units) a letter, digit or hyphen. */
const WORD_OR_HYPHEN_AT_END = /[\p{L}\p{N}-]$/u;

/**
 * Whether a noun of PART_OF_BODY_NOUNS stands in `sentence` as a word of its own: which sentences to split into
 * words at all. An expression that opened with the lookbehind tried it at every position of every sentence and
 * cost more than the rest of the search (measured); here only where a noun stands.
 */
function namesPartOfBody(sentence: string): boolean {
  PART_OF_BODY_NOUN.lastIndex = 0;
  for (let match = PART_OF_BODY_NOUN.exec(sentence); match !== null; match = PART_OF_BODY_NOUN.exec(sentence)) {
    if (!WORD_OR_HYPHEN_AT_END.test(sentence.slice(Math.max(0, match.index - 2), match.index))) return true;
    PART_OF_BODY_NOUN.lastIndex = match.index + 1;
  }
  return false;
}

/** The words of the text's sentences that name a part of a body (PART_OF_BODY_NOUNS), each sentence's as a set. */
const partOfSentences = perDocument((doc: DocContext) => {
  const sentences: Set<string>[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (namesPartOfBody(text)) sentences.push(new Set(text.split(NOT_IN_WORD)));
  }
  return sentences;
});

/**
 * "Die Qassam-Brigaden sind der militärische Flügel der ... Palästinenserorganisation Hamas": a sentence that names
 * both with a noun for a part of a body. What the one did the other did too, by the text's own account.
 */
function onePartOfOther(doc: DocContext, one: InstitutionName, other: InstitutionName): boolean {
  const sentences = partOfSentences(doc);
  if (sentences.length === 0) return false;
  const oneWord = one.lastWord;
  const otherWord = other.lastWord;
  return oneWord !== otherWord && sentences.some((words) => words.has(oneWord) && words.has(otherWord));
}

/** The names of the text's institutions, countries and cities that claims can be given to, each once. */
const institutionNamesOf = perDocument((doc: DocContext) => {
  const names = new Map<string, InstitutionName>();
  for (const claimant of claimantsOf(doc)) if (!claimant.person && !names.has(claimant.text)) names.set(claimant.text, institutionName(claimant.text));
  return names;
});

/** Asked of every claim's answer and of its candidates: worked out once per name and document, each pair of names compared once. */
const sameInstitutionNames = perDocument((_doc: DocContext) => new Map<string, ReadonlySet<string>>());

const NO_NAMES: ReadonlySet<string> = new Set();

/** The names of the text's claimants that are one institution with `claimant` (none for a person). */
function namesOfSameInstitution(doc: DocContext, claimant: Claimant): ReadonlySet<string> {
  if (claimant.person) return NO_NAMES;
  const known = sameInstitutionNames(doc);
  let names = known.get(claimant.text);
  if (names === undefined) {
    const listed = institutionNamesOf(doc).get(claimant.text);
    const own = listed ?? institutionName(claimant.text);
    // sameInstitution is symmetric: a pair whose other name's names were worked out already is looked up there.
    const same = (other: InstitutionName) => {
      const otherNames = listed && known.get(other.text);
      return otherNames ? otherNames.has(own.text) : sameInstitution(doc, own, other);
    };
    names = new Set([...institutionNamesOf(doc).values()].filter(same).map((other) => other.text));
    known.set(claimant.text, names);
  }
  return names;
}

/** What the text writes in brackets after a space ("Der Oberste Gerichtshof (OGH)": "OGH"), with where each bracket opens. */
const bracketsOf = perDocument((doc: DocContext) => {
  const brackets = new Map<string, number[]>();
  for (let at = doc.text.indexOf(" ("); at !== -1; at = doc.text.indexOf(" (", at + 1)) {
    const close = doc.text.indexOf(")", at + 2);
    if (close === -1) break;
    const inside = doc.text.slice(at + 2, close);
    brackets.set(inside, [...(brackets.get(inside) ?? []), at]);
  }
  return brackets;
});

/**
 * Whether the text writes "name (inBrackets)": looked up among the text's brackets, not searched for in
 * the whole text, which is asked for pairs of claimants.
 */
function writtenWithBracket(doc: DocContext, name: string, inBrackets: string): boolean {
  if (inBrackets.includes(")")) return doc.text.includes(`${name} (${inBrackets})`);
  const openings = bracketsOf(doc).get(inBrackets) ?? [];
  return openings.some((at) => at >= name.length && doc.text.startsWith(name, at - name.length));
}

/** "MPS" of "Monte dei Paschi di Siena" (the initials of its capitalised words), or "Paschi di Siena" inside it as whole words. */
function isShortFormOf(short: InstitutionName, long: InstitutionName): boolean {
  if (short.bare.length >= long.bare.length) return false;
  if (short.initialsShaped && (long.initials === short.bare || spellsInitials(short.bare, long.bare))) return true;
  const at = long.bare.indexOf(short.bare);
  return at !== -1 && !LETTER.test(long.bare.charAt(at - 1)) && !LETTER.test(long.bare.charAt(at + short.bare.length));
}

/** The capitalised words of a name, a hyphen splitting them too ("Hamburger SV", "Internationaler Währungsfonds"). */
const CAPITALISED_NAME_WORD = /(?<![\p{L}])\p{Lu}[\p{L}]*/gu;

/**
 * Whether `initials` abbreviate `name` letter by letter: each capitalised word gives its first letter and may give
 * more of its own letters in order, as compounds and acronyms do ("HSV" of "Hamburger SV", "EZB" of "Europäische
 * Zentralbank", "IWF" of "Internationaler Währungsfonds"). Taken for one body, two names are never each other's rival.
 */
function spellsInitials(initials: string, name: string): boolean {
  const words = (name.match(CAPITALISED_NAME_WORD) ?? []).map((word) => word.toUpperCase());
  const letters = initials.toUpperCase();
  const fromWord = (letter: number, word: number): boolean => {
    if (word === words.length) return letter === letters.length;
    const current = words[word]!;
    if (letter === letters.length || current[0] !== letters[letter]) return false;
    // The word's first letter, then any of its later letters in order, before the next word's first.
    let next = letter + 1;
    if (fromWord(next, word + 1)) return true;
    for (let at = 1; at < current.length && next < letters.length; at++) {
      if (current[at] !== letters[next]) continue;
      next++;
      if (fromWord(next, word + 1)) return true;
    }
    return false;
  };
  return words.length > 0 && words.length <= letters.length && fromWord(0, 0);
}

/**
 * "Wer wirft Anton Schlecker Vergehen vor?": whom the claim names is no candidate for who made it; nor is the holder of
 * an office the claim speaks of ("der Botschafter solle Stellung nehmen" given to the ambassador himself).
 */
const namedIn = (doc: DocContext, claim: string, claimant: Claimant) =>
  claim.includes(claimant.person ? claimant.person.surname : withoutArticle(claimant.text)) ||
  (claimant.person !== undefined &&
    (affiliationsOf(doc, claimant.person).some((body) => wholeWordsAt(claim, body, JOINS_WORD_OR_HYPHEN, 1).length > 0) ||
      speaksOfOffice(claim, claimant.person)));

const OPENING_ARTICLE = /^(?:Der|Die|Das)\s+/u;
/**
 * A name without its opening article ("EU-Kommission" of "Die EU-Kommission"). Asked for every claimant of every claim:
 * most names open with no "D", and a test of the first letter is about 20 ns a call cheaper than the regex's own failing.
 */
const withoutArticle = (name: string) => (name.startsWith("D") ? name.replace(OPENING_ARTICLE, "") : name);

/** The noun of an office that ends a role ("russischen Botschafter", "EU-Handelskommissarin"). */
const OFFICE_NOUN = /\p{Lu}[\p{Ll}-]*$/u;
const OFFICE_ENDINGS: readonly string[] = ["", "s", "n", "en"];
const WORDS = /[\p{L}-]+/gu;

/** The shortest last part of a compound office noun that still names the office alone ("Präsident" of "Staatspräsident"). */
const MIN_OFFICE_TAIL = 5;

/**
 * Whether the claim names the person's office with a definite article ("der Botschafter", "des russischen
 * Botschafters"), or the office's last part ("der Präsident" of the "Staatspräsident", "der Minister" of the
 * "Außenminister"), which a text uses for the holder named before.
 */
function speaksOfOffice(claim: string, person: PersonFact): boolean {
  const office = officeNounOf(person);
  if (!office) return false;
  const lower = claim.toLowerCase();
  // Every word that names the office holds its last letters: most claims have none, and are done with one search.
  if (!lower.includes(office.slice(-MIN_OFFICE_TAIL))) return false;
  const written = claim.match(WORDS) ?? [];
  const words = written.map((word) => word.toLowerCase());
  // "den früheren Minister Jan Zielinski": the office's last part before a name is that person's, not the holder's.
  const namesOffice = (word: string, index: number) =>
    OFFICE_ENDINGS.some((ending) => {
      if (!word.endsWith(ending)) return false;
      const stem = word.slice(0, word.length - ending.length);
      return stem === office || (stem.length >= MIN_OFFICE_TAIL && office.endsWith(stem) && !NAME_OR_NOUN.test(written[index + 1] ?? ""));
    });
  return words.some(
    (word, index) => namesOffice(word, index) && (DEFINITE_ARTICLES.has(words[index - 1] ?? "") || DEFINITE_ARTICLES.has(words[index - 2] ?? "")),
  );
}

/** The noun of each person's office (officeNounOf); null where the role has none. Keyed by the person: nothing outlives its document. */
const officeNounByPerson = new WeakMap<PersonFact, string | null>();

/** The noun of the office that ends a person's role (OFFICE_NOUN), in lower case: asked for every claim a person is weighed for (namedIn). */
function officeNounOf(person: PersonFact): string | undefined {
  let noun = officeNounByPerson.get(person);
  if (noun === undefined) {
    noun = (person.role === undefined ? undefined : OFFICE_NOUN.exec(person.role)?.[0].toLowerCase()) ?? null;
    officeNounByPerson.set(person, noun);
  }
  return noun ?? undefined;
}

/** "Renate Anderl vom ÖGB", "Erwin Pröll (ÖVP)": the body a person of the text belongs to, as the text names it after them. */
const AFFILIATION_AFTER = /^\s*(?:(?:vom|von\s+der|von\s+den)\s+|\()(\p{Lu}[\p{L}-]*)/u;

/**
 * The bodies the text names a person as belonging to (AFFILIATION_AFTER). A claim that names one is about the person's
 * own side: given to them, it turns absurd ("Renate Anderl vom ÖGB traf sich mit Vertretern von ÖGB, Arbeiterkammer ...").
 */
const affiliationsOf = perFact((doc: DocContext, person: PersonFact) =>
  person.mentions.flatMap((mention) => AFFILIATION_AFTER.exec(doc.text.slice(mention.end, mention.end + 60))?.[1] ?? []),
);

const NO_COUNTRIES: ReadonlySet<string> = new Set();

/** The countries (ISO codes) a sentence of the text names, by name, adjective or prefix. */
function countriesNamedIn(doc: DocContext, sentence: Span): ReadonlySet<string> {
  const named = doc.facts.countries.filter((country) => country.mentions.some((mention) => within(mention, sentence)));
  return new Set(named.map((country) => country.iso2));
}

/**
 * Whether a deed would be absurd of `claimant`: the sentence names the claimant's own country and the
 * answer is of another ("Steinmeier hat Deutschland Demokratie-Defizite vorgeworfen", "Obama will seinen
 * ersten Besuch in den USA ... nutzen"). Such a false statement or wrong option is no rival to the answer.
 */
function ownCountryNamed(answer: Claimant, claimant: Claimant, countries: ReadonlySet<string>): boolean {
  const country = claimant.person?.country;
  return country !== undefined && countries.has(country) && answer.person?.country !== country;
}

/** The country an institution's name names ("Italiens Banken", "Die italienische Regierung", "US-Großbank"), by the text's mentions of it. */
function countryInName(doc: DocContext, claimant: Claimant): string | undefined {
  if (claimant.person || claimant.place) return undefined;
  const words = new Set(claimant.text.split(/[\s-]+/u));
  return doc.facts.countries.find((country) => country.mentions.some((mention) => words.has(mention.text)))?.iso2;
}

/**
 * ownCountryNamed for an institution named by its country: "Italiens Banken warnen vor italienischen Finanzwerten"
 * (which JP Morgan's experts did) warns a country's banks against themselves (blind readers failed it).
 */
function ownCountryInName(doc: DocContext, answer: Claimant, claimant: Claimant, countries: ReadonlySet<string>): boolean {
  // Most claims' sentences name no country: then the claimant's name is not searched for one.
  if (countries.size === 0) return false;
  const country = countryInName(doc, claimant);
  return country !== undefined && countries.has(country) && (answer.person?.country ?? countryInName(doc, answer)) !== country;
}

/**
 * "Die Psychologen" and "Die Wissenschafter" of one study, "Die Schüler" and "Die Kinder" of one school, "Die
 * Beschäftigten" and "Die Streikenden" of one firm: two words for one group (RESEARCHERS, YOUNG_PEOPLE,
 * SAME_PEOPLE_FAMILIES), no rivals.
 */
const oneTeam = (answer: Claimant, claimant: Claimant) => {
  if (answer.group !== true || claimant.group !== true) return false;
  const one = groupHead(answer.text);
  const other = groupHead(claimant.text);
  return (
    [RESEARCHERS, YOUNG_PEOPLE, ...SAME_PEOPLE_FAMILIES].some((family) => family.test(one) && family.test(other)) ||
    PEOPLE_WITHOUT_ROLE.test(one) !== PEOPLE_WITHOUT_ROLE.test(other)
  );
};

/** Where a group's name goes on after its noun ("Die Forscher | der Universität Ulm", "Die Ärzte | am Spital"). */
const GROUP_COMPLEMENT = /\s(?:der|des|von|vom|aus|um|am|an|im|in|bei|beim)\s/u;
/** A group's name up to its noun: "Die Forscher" of "Die Forscher der Universität Ulm". */
const groupHead = (text: string) => text.split(GROUP_COMPLEMENT, 1)[0]!;

/**
 * "Die Apple-Unterstützer" and "die Fans" of a text that also writes "Apple-Fans": two groups the text qualifies
 * alike may be the same people under two words, no rivals.
 */
function qualifiedAlike(doc: DocContext, answer: Claimant, claimant: Claimant): boolean {
  if (!answer.group || !claimant.group) return false;
  const one = answer.text.slice(answer.text.lastIndexOf(" ") + 1);
  const other = claimant.text.slice(claimant.text.lastIndexOf(" ") + 1);
  const alike = (qualified: string, plain: string) => {
    const dash = qualified.lastIndexOf("-");
    return dash > 0 && doc.text.includes(`${qualified.slice(0, dash + 1)}${plain.slice(plain.lastIndexOf("-") + 1)}`);
  };
  return alike(one, other) || alike(other, one);
}

/** "Die Bundesregierung", "der Ministerrat", "das Kabinett", "Die Führung der Krim": who governs, by the phrase's noun. */
const GOVERNING = /(?:regierung|ministerrat|kabinett|führung|verwaltung|regime)$/iu;
/** The noun of an institution's phrase: the first capitalised word after its article and adjectives ("Führung" of "Die Führung der Krim"). */
const HEAD_NOUN = /^(?:(?:Die|Der|Das)\s+)?(?:\p{Ll}+\s+)*(\p{Lu}[\p{L}-]*)/u;
const headNounOf = (claimant: Claimant) => (claimant.person ? "" : (HEAD_NOUN.exec(claimant.text)?.[1] ?? ""));
/** "Das Finanzministerium": a part of a government, which speaks for it; no rival of "Die Regierung", but of another ministry. */
const MINISTRY = /ministerium$/iu;
/** "Das Parlament", "Das Landesparlament": the whole of a parliament, whose chambers (PARLIAMENT_CHAMBER) act for it. */
const PARLIAMENT = /parlament$/iu;
const PARLIAMENT_CHAMBER = new RegExp(`(?:${PARLIAMENT_CHAMBER_ENDINGS.join("|")})$`, "iu");
/** The country adjective of a phrase ("türkische" of "Die türkische Regierung"), lower case. */
const countryAdjectiveIn = (text: string) =>
  text
    .split(" ")
    .find((word) => isCountryAdjective(word.toLowerCase()))
    ?.toLowerCase();
/**
 * The country whose government a phrase names: a seat's ("Der Kreml": "RU"; not the home country's "Das Kanzleramt",
 * which a text may call its country's government by the adjective too), or that of its country adjective.
 */
function governedCountryOf(text: string): string | undefined {
  const seat = seatCountryOf(text);
  if (seat !== undefined) return seat === HOME_COUNTRY ? undefined : seat;
  const adjective = countryAdjectiveIn(text);
  return adjective === undefined ? undefined : countryOfAdjective(adjective);
}
/**
 * "Die Regierung" and "Der Ministerrat", "Die Führung der Krim" and "Die Regierung der Schwarzmeer-Region": two
 * words for one government may stand in one text, so two who govern are no rivals, nor a government and a ministry
 * ("Die Regierung rechnet ..." and "das Finanzministerium"); only two that each name their country, by its adjective or
 * by their seat, and different ones ("Die türkische Regierung", "Die russische Regierung", "Der Kreml" and "Das Weiße Haus"), are.
 */
function oneGovernment(answer: Claimant, answerTraits: InstitutionTraits, claimant: Claimant, claimantTraits: InstitutionTraits): boolean {
  const answerPart = answerTraits.government;
  const claimantPart = claimantTraits.government;
  // Two who govern, or one who governs and a ministry.
  if (answerPart === undefined || claimantPart === undefined || (answerPart === "ministry" && claimantPart === "ministry")) return false;
  const own = governedCountryOf(answer.text);
  const other = governedCountryOf(claimant.text);
  return own === undefined || other === undefined || own === other;
}

/**
 * "der Sprecher von Präsident Wladimir Putin, Dmitri Peskow": a spokesperson speaks for the one their role names,
 * so what the one said is no false statement about the other.
 */
const speaksFor = (one: Claimant, other: Claimant) =>
  one.person?.role !== undefined &&
  other.person !== undefined &&
  // Asked for every pair of persons: the plain search first, the whole word (a string built for it) only where it is there.
  one.person.role.includes(other.person.surname) &&
  ` ${one.person.role} `.includes(` ${other.person.surname} `);
const oneVoice = (answer: Claimant, claimant: Claimant) => speaksFor(answer, claimant) || speaksFor(claimant, answer);

/** "Die Stadt Graz", "Das Land Tirol": the kind noun of a territory named by its kind, and its name. */
const TERRITORY = /^(?:(?:Die|Der|Das)\s+)?(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)$/u;
/**
 * "Die Stadt Graz" and "Der Grazer Gemeinderat" (or "der Gemeinderat von Graz", or "Der Gemeinderat" alone): a
 * territory and a body that governs it are one side, so a deed of the one given to the other is no clear wrong option.
 */
function governsTerritory(territory: InstitutionTraits, body: Claimant): boolean {
  const named = territory.territory;
  if (named === undefined) return false;
  const { bodies, name } = named;
  const words = body.text.replace(/^(?:Die|Der|Das)\s+/u, "").split(/[\s-]+/u);
  const governing = words.findIndex((word) => bodies.some((ending) => word.toLowerCase().endsWith(ending)));
  if (governing === -1) return false;
  const others = words.filter((word, index) => index !== governing && /^\p{Lu}/u.test(word));
  return others.length === 0 || others.some((word) => namesPlace(word, name));
}

function territoryNamed(text: string): InstitutionTraits["territory"] {
  const named = TERRITORY.exec(text);
  const bodies = named && TERRITORY_GOVERNING_BODIES.get(named[1]!.toLowerCase());
  if (!bodies) return undefined;
  const place = named[2]!.split(/\s+/u);
  return { bodies, name: place[place.length - 1]! };
}

/** What mayRival's comparisons of two institutions ask of each one's name (oneGovernmentOrTerritory). */
interface InstitutionTraits {
  /** Whether its phrase's noun (headNounOf) names who governs (GOVERNING) or a ministry (MINISTRY). */
  government: "governs" | "ministry" | undefined;
  /** Whether its phrase's noun names a parliament (PARLIAMENT) or one of a parliament's chambers (PARLIAMENT_CHAMBER). */
  parliament: "whole" | "chamber" | undefined;
  /** A territory named by its kind (TERRITORY): the endings of the bodies that govern it and its name's last word ("Graz"). */
  territory: { bodies: readonly string[]; name: string } | undefined;
}

/** Worked out once per claimant, not for each pair of claimants (mayRival). Keyed by the claimant: nothing outlives its document. */
const institutionTraitsByClaimant = new WeakMap<Claimant, InstitutionTraits>();

function institutionTraitsOf(claimant: Claimant): InstitutionTraits {
  let traits = institutionTraitsByClaimant.get(claimant);
  if (traits === undefined) {
    const noun = headNounOf(claimant);
    traits = {
      government: GOVERNING.test(noun) || seatCountryOf(claimant.text) !== undefined ? "governs" : MINISTRY.test(noun) ? "ministry" : undefined,
      parliament: PARLIAMENT.test(noun) ? "whole" : PARLIAMENT_CHAMBER.test(noun) ? "chamber" : undefined,
      territory: territoryNamed(claimant.text),
    };
    institutionTraitsByClaimant.set(claimant, traits);
  }
  return traits;
}

/**
 * "Das Parlament" and "Der Nationalrat": a parliament and a chamber, of one country or where either names none, are one
 * body ("Das Parlament beschloss 80 Gesetze" is what its chamber did). Two chambers ("Der Nationalrat", "Der Bundesrat")
 * stay rivals.
 */
function oneParliament(answer: Claimant, answerTraits: InstitutionTraits, claimant: Claimant, claimantTraits: InstitutionTraits): boolean {
  const one = answerTraits.parliament;
  const other = claimantTraits.parliament;
  if (one === undefined || other === undefined || one === other) return false;
  const own = governedCountryOf(answer.text);
  const theirs = governedCountryOf(claimant.text);
  return own === undefined || theirs === undefined || own === theirs;
}

/**
 * Two institutions of one government (oneGovernment) or one parliament (oneParliament), or one territory and a body
 * that governs it (governsTerritory); never persons.
 */
function oneGovernmentOrTerritory(answer: Claimant, claimant: Claimant): boolean {
  if (answer.person || claimant.person) return false;
  const answerTraits = institutionTraitsOf(answer);
  const claimantTraits = institutionTraitsOf(claimant);
  return (
    oneGovernment(answer, answerTraits, claimant, claimantTraits) ||
    oneParliament(answer, answerTraits, claimant, claimantTraits) ||
    governsTerritory(answerTraits, claimant) ||
    governsTerritory(claimantTraits, answer)
  );
}

/** The last word of a group's name, lower case ("industriestaaten" of "Die Industriestaaten"), "Länder" and "Nationen" as "Staaten". */
const groupNoun = (group: Claimant) =>
  group.text
    .slice(group.text.lastIndexOf(" ") + 1)
    .toLowerCase()
    .replace(STATES_BY_OTHER_NOUN, "staaten");
/** "Die Entwicklungsländer" are among "Die Staaten": the nouns for states other than "Staaten", at a compound's end. */
const STATES_BY_OTHER_NOUN = /(?:länder|nationen)$/u;
/** The shortest noun a group's compound may end in and still name a group of its own ("Staaten", "Länder"). */
const MIN_GROUP_NOUN_LENGTH = 4;

/**
 * "Die Industriestaaten" and "Die Staaten", "Die Entwicklungsländer" and "Die Länder": a group and one whose noun ends
 * its compound, the other one's members among them; what the one did the other did in part ("Die Staaten sollen
 * 300 Milliarden Dollar bereitstellen" is no clear falsehood).
 */
function oneGroupOfOther(answer: Claimant, claimant: Claimant): boolean {
  if (!answer.plural || !claimant.plural || answer.person || claimant.person) return false;
  const one = groupNoun(answer);
  const other = groupNoun(claimant);
  if (one === other) return false;
  const [longer, shorter] = one.length > other.length ? [one, other] : [other, one];
  return shorter.length >= MIN_GROUP_NOUN_LENGTH && longer.endsWith(shorter);
}

/** Whether `claimant` may be offered in place of `answer` for a claim whose sentence names `countries`. */
const mayRival = (answer: Claimant, claimant: Claimant, countries: ReadonlySet<string>) =>
  !unrivalledGroup(answer) &&
  !unrivalledGroup(claimant) &&
  !oneGroupOfOther(answer, claimant) &&
  !ownCountryNamed(answer, claimant, countries) &&
  !actsAtHome(answer, claimant, countries) &&
  !oneTeam(answer, claimant) &&
  !(answer.companies && claimant.companies) &&
  !oneGovernmentOrTerritory(answer, claimant) &&
  !oneVoice(answer, claimant);

const LOWER_WORD = /\p{L}+/gu;

/** A word written with a capital, as German writes nouns: "insgesamt" ends in "amt" but is no compound of "Amt". */
const NOUN = /\p{Lu}\p{L}*/gu;

const nounsIn = (text: string): string[] => (text.match(NOUN) ?? []).map((noun) => noun.toLowerCase());

/** The opening quotation marks a name may stand in after the word before it ('der Zeitschrift "Nokta"'). */
const QUOTES_BEFORE_NAME: ReadonlySet<string> = new Set(['"', "„", "»"]);

/** How far before a name its word before it is looked for. */
const WORD_BEFORE_REACH = 40;

/**
 * The word before a name at `at`, over spaces and an opening quotation mark ('der Zeitschrift "Nokta"'), within
 * WORD_BEFORE_REACH characters: `/(\p{L}+)\s+["„»]?$/u` on the text before it, read backwards from the name. The
 * expression tried every position of the characters before every mention of every claimant.
 */
function wordBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - WORD_BEFORE_REACH);
  let end = at;
  if (end > from && QUOTES_BEFORE_NAME.has(text[end - 1]!)) end--;
  let wordEnd = end;
  while (wordEnd > from && isSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
  if (wordEnd === end) return undefined;
  let start = wordEnd;
  for (;;) {
    // A letter outside the basic plane is two code units, both within reach.
    const width = start - 2 >= from && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1;
    if (start - width < from || !isLetterAt(text, start - width, width)) break;
    start -= width;
  }
  return start === wordEnd ? undefined : text.slice(start, wordEnd);
}

/** `\p{L}` on the character of `width` code units at `at`; an ASCII one by its code, as most are. */
function isLetterAt(text: string, at: number, width: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(text.slice(at, at + width));
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Kind nouns of institutions by name, per document (kindNounsOf). */
const kindNounsByName = perDocument((_doc: DocContext) => new Map<string, readonly string[]>());
/** The nouns that may say an institution's kind, by name, per document (kindWordsOf). */
const kindWordsByName = perDocument((_doc: DocContext) => new Map<string, readonly string[]>());

/**
 * The nouns that may say what an institution is: the words of its name ("zeitschrift" of "Die Zeitschrift Nokta"),
 * then the word the text writes before its bare name ("zeitschrift" of 'der Zeitschrift "Nokta"'), lower case.
 */
function kindWordsOf(doc: DocContext, claimant: Claimant): readonly string[] {
  const known = kindWordsByName(doc);
  let words = known.get(claimant.text);
  if (words === undefined) {
    const found = nounsIn(claimant.text);
    const bare = withoutArticle(claimant.text);
    for (let at = doc.text.indexOf(bare); at !== -1; at = doc.text.indexOf(bare, at + 1)) {
      const before = wordBefore(doc.text, at);
      if (before) found.push(...nounsIn(before));
    }
    words = found;
    known.set(claimant.text, words);
  }
  return words;
}

/** The nouns of the kinds (KIND_FAMILIES) of an institution, of its kind words (kindWordsOf). */
function kindNounsOf(doc: DocContext, claimant: Claimant): readonly string[] {
  if (claimant.person || claimant.place) return [];
  const known = kindNounsByName(doc);
  let nouns = known.get(claimant.text);
  if (nouns === undefined) {
    const words = kindWordsOf(doc, claimant);
    nouns = KIND_FAMILIES.filter((family) => family.some((noun) => words.some((word) => word.endsWith(noun)))).flatMap((family) => [...family]);
    known.set(claimant.text, nouns);
  }
  return nouns;
}

/** The kind whose ending a lower-case word ends in, the longest ending deciding ("aufsichtsrat" before "rat"). */
function kindByEnding<Kind>(endingsOfKinds: ReadonlyMap<Kind, readonly string[]>): (word: string) => Kind | undefined {
  const byEnding = [...endingsOfKinds]
    .flatMap(([kind, endings]) => endings.map((ending) => [ending, kind] as const))
    .sort((one, other) => other[0].length - one[0].length);
  return (word) => {
    for (const [ending, kind] of byEnding) if (word.endsWith(ending)) return kind;
    return undefined;
  };
}

/** An institution's kind of actor by a kind word ("staatsanwaltschaft", "aufsichtsrat" a company's before "rat"). */
const actorKindOfWord = kindByEnding(ACTOR_KIND_ENDINGS);

/** Kinds of actor of institutions by name, per document (actorKindOf); null where none is known. */
const actorKindByName = perDocument((_doc: DocContext) => new Map<string, ActorKind | null>());

/**
 * What kind of actor an institution is (ACTOR_KIND_ENDINGS): by the first of its kind words that tells one ("Die
 * Staatsanwaltschaft Stuttgart", 'der Gewerkschaft "Pro-Ge"'). Undefined for persons, places and groups of people,
 * and where no word tells it ("Die SPÖ" alone).
 */
function actorKindOf(doc: DocContext, claimant: Claimant): ActorKind | undefined {
  if (claimant.person || claimant.place || claimant.group) return undefined;
  if (claimant.partyByAdjective) return "party";
  const known = actorKindByName(doc);
  let kind = known.get(claimant.text);
  if (kind === undefined) {
    // "Der Kreml", "Das Weiße Haus": a seat that stands for its government.
    kind = seatCountryOf(claimant.text) !== undefined ? "government" : null;
    if (kind === null) {
      for (const word of kindWordsOf(doc, claimant)) {
        const found = actorKindOfWord(word);
        if (found) {
          kind = found;
          break;
        }
      }
    }
    // "Der SK Sturm Graz", "der FC Bayern": a club known by its name's opener or ending, which no kind word tells.
    if (kind === null && isClubName(claimant.text)) kind = "team";
    // "Die SPD" where the text writes "Peter Krause (SPD)": a party, as the bracket after a politician's name tells.
    if (kind === null && partiesAfterNamesOf(doc).has(withoutArticle(claimant.text))) kind = "party";
    // "Die SPD", "Die Wiener SPÖ": a party of a parliament (PARLIAMENT_PARTY_SHORT_NAMES), though the text says it nowhere.
    if (kind === null && PARLIAMENT_PARTY_SHORT_NAMES.has(claimant.text.slice(claimant.text.lastIndexOf(" ") + 1))) kind = "party";
    known.set(claimant.text, kind);
  }
  return kind ?? undefined;
}

/**
 * The short names the text writes in brackets after a person's name ("SPÖ" of "Hans Niessl (SPÖ)"): parties, not the
 * countries a sports report writes so ("Lindsey Vonn (USA)"). Worked out once per document.
 */
const partiesAfterNamesOf = perDocument((doc: DocContext): ReadonlySet<string> => {
  const parties = new Set<string>();
  const countries = new Set(doc.facts.countries.flatMap((country) => country.mentions.map((mention) => mention.text)));
  for (const person of doc.facts.persons)
    for (const mention of person.mentions) {
      const party = partyAfterName(doc.text, mention);
      if (party && !countries.has(party)) parties.add(party);
    }
  return parties;
});

/** A person's kind of office by a word of the role ("schiedsrichter", a referee's, before "richter"). */
const officeKindOfWord = kindByEnding(PERSON_OFFICE_ENDINGS);

/** A capitalised word of a role ("Schiedsrichter", "EU-Kommissarin", "Ex-Präsident"). */
const ROLE_NOUN = /^\p{Lu}/u;

/** The kinds of office of persons (officeKindOf); null where none is known. Keyed by the person: nothing outlives its document. */
const officeKindByPerson = new WeakMap<PersonFact, OfficeKind | null>();

/**
 * The kind of a person's office (PERSON_OFFICE_ENDINGS), by the first noun of their role, or of the role they are a
 * colleague in, that tells one ("Schiedsrichter", "Chefredakteur der Zeitung X", "Sprecher von Präsident X"); a
 * woman's form without its "-in" ("Innenministerin").
 */
function officeKindOf(person: PersonFact): OfficeKind | undefined {
  let kind = officeKindByPerson.get(person);
  if (kind === undefined) {
    kind = null;
    for (const word of `${person.role ?? ""} ${person.impliedRole ?? ""}`.split(" ")) {
      if (!ROLE_NOUN.test(word)) continue;
      const lower = word.toLowerCase();
      const found = officeKindOfWord(lower) ?? (lower.endsWith("in") ? officeKindOfWord(lower.slice(0, -2)) : undefined);
      if (found) {
        kind = found;
        break;
      }
    }
    officeKindByPerson.set(person, kind);
  }
  return kind ?? undefined;
}

const ofAnyOffice = (word: string) => SAYING_VERBS.has(word) || SAYING_PARTICIPLES.has(word) || DEEDS_OF_ANY_OFFICE.has(word);

/**
 * A deed in words ("hat von einer Initiative gesprochen", "fordert mehr Engagement": SAYING_VERBS), or of coming and
 * meeting ("traf in La Paz ein": DEEDS_OF_ANY_OFFICE): anyone may have done it.
 */
const deedOfAnyOffice = (verb: string, claim: string) =>
  ofAnyOffice(verb.toLowerCase()) || (claim.match(LOWER_WORD) ?? []).some((word) => ofAnyOffice(word.toLowerCase()));

/**
 * The answer (a person) and `other`, two persons whose offices are known and of two kinds not kindred (a coach and a referee, an economist and a party
 * leader, a pope and a president), and a deed not of any office (deedOfAnyOffice): the one did not do what the other did.
 */
function otherOffice(other: PersonFact, side: DeedSide): boolean {
  const oneKind = side.answerOffice();
  const otherKind = officeKindOf(other);
  if (oneKind === undefined || otherKind === undefined || oneKind === otherKind) return false;
  if (KINDRED_OFFICE_KINDS.some((kinds) => kinds.includes(oneKind) && kinds.includes(otherKind))) return false;
  return !side.ofAnyOffice();
}

/** Whether what an actor of the one kind said no actor of the other kind would have said (SIDES_APART_IN_WORDS). */
function sidesApartInWords(one: ActorKind, other: ActorKind): boolean {
  const oneSide = SIDE_OF_ACTOR_KIND[one];
  const otherSide = SIDE_OF_ACTOR_KIND[other];
  return SIDES_APART_IN_WORDS.some(([first, second]) => (first === oneSide && second === otherSide) || (first === otherSide && second === oneSide));
}

/** Kinds of actor whose deeds are acts of justice, done in office only. */
const OFFICES_OF_JUSTICE: ReadonlySet<ActorKind> = new Set<ActorKind>(["prosecution", "police", "court"]);

/** The deeds of ACTS_OF_KINDS a claim tells, by claim, per document (actsOfKindsIn). */
const actsOfKindsByClaim = perDocument((_doc: DocContext) => new Map<string, readonly (typeof ACTS_OF_KINDS)[number][]>());

/**
 * The deeds of ACTS_OF_KINDS that `claim` tells, in their order: asked for every candidate of a claim (otherKindOfActor),
 * searched for once per claim.
 */
function actsOfKindsIn(doc: DocContext, claim: string): readonly (typeof ACTS_OF_KINDS)[number][] {
  const known = actsOfKindsByClaim(doc);
  let acts = known.get(claim);
  if (acts === undefined) {
    acts = ACTS_OF_KINDS.filter(({ act }) => act.test(claim));
    known.set(claim, acts);
  }
  return acts;
}

/**
 * Whether `claimant` is of another kind of actor than `answer` (ACTOR_KIND_ENDINGS) or than a deed `claim` tells
 * (ACTS_OF_KINDS): "Die Polizei hat die Mineralölsteuer erhöht", "Die Gewerkschaft Bau-Holz erhob Anklage", "Die
 * Gewerkschaft Pro-Ge streicht 600 Stellen" are false statements a learner rejects without reading the text. What was
 * said (not `deed`) passes between the sides of public life (SIDE_OF_ACTOR_KIND) but those SIDES_APART_IN_WORDS: the
 * police may have said what a magazine said, a company not what a ministry said. A person's deed passes to persons of
 * their kind of office (otherOffice); what a person said to anyone (an expert comments what a minister does).
 */
function otherKindOfActor(doc: DocContext, answer: Claimant, claimant: Claimant, side: DeedSide, deedVerb: string | undefined): boolean {
  if (answer.person || claimant.person)
    return deedVerb !== undefined && answer.person !== undefined && claimant.person !== undefined && otherOffice(claimant.person, side);
  const answerKind = side.answerKind();
  const claimantKind = actorKindOf(doc, claimant);
  if (deedVerb === undefined) return answerKind !== undefined && claimantKind !== undefined && sidesApartInWords(answerKind, claimantKind);
  // "Die Staatsanwaltschaft Linz beantragte die Untersuchungshaft": what the prosecution, the police or a court did in
  // office, an actor of no known kind (a firm, a club by its name alone) did not.
  if (answerKind !== undefined && claimantKind === undefined && OFFICES_OF_JUSTICE.has(answerKind)) return true;
  let kindred = false;
  if (answerKind !== undefined && claimantKind !== undefined && answerKind !== claimantKind) {
    if (!KINDRED_ACTOR_KINDS.some((kinds) => kinds.includes(answerKind) && kinds.includes(claimantKind))) return true;
    kindred = true;
  }
  let ofBothKinds = false;
  for (const { kinds } of side.acts()) {
    if (answerKind !== undefined && !kinds.includes(answerKind)) continue;
    if (claimantKind === undefined || !kinds.includes(claimantKind)) return true;
    ofBothKinds = true;
  }
  return kindred && !ofBothKinds;
}

/**
 * "Die Polizei ist gegen eine regierungskritische Publikation vorgegangen": the deed names a body of the kind of
 * "Die Zeitschrift Nokta" as its object, which was that body or one like it, so the magazine is no rival for it.
 * The answer's own words are not the deed's object.
 */
function kindIsTarget(doc: DocContext, claimant: Claimant, targets: () => readonly string[]): boolean {
  const nouns = kindNounsOf(doc, claimant);
  if (nouns.length === 0) return false;
  return targets().some((word) => nouns.some((noun) => word.endsWith(noun)));
}

/** A noun stem this short ends too many roles by chance ("rat" of "Berater"). */
const MIN_TARGET_STEM = 5;
/** How far before a person's mention the noun that describes them is read ("der Chefunterhändler der Regierung, "). */
const DESCRIPTION_REACH = 60;
/** A noun put before a name with a comma, a genitive after it at most: "der Chefunterhändler der Regierung, " (no role is read from it). */
const APPOSITION_BEFORE = /(?<!\p{L})(?:der|die|dem|den)\s+(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}-]*)(?:\s+(?:der|des)\s+[^,.;:!?]{1,30})?,\s*$/u;

/** The stems of the nouns that describe each person (by surname): their role's head, and a noun put before their name with a comma. */
const describingStems = perDocument((doc: DocContext) => {
  const stems = new Map<string, string[]>();
  for (const person of doc.facts.persons) {
    const found = nounsIn(person.role ?? "").slice(0, 1);
    for (const mention of person.mentions) {
      const apposition = APPOSITION_BEFORE.exec(doc.text.slice(Math.max(0, mention.start - DESCRIPTION_REACH), mention.start))?.[1];
      if (apposition) found.push(apposition.toLowerCase());
    }
    stems.set(
      person.surname,
      found.map((noun) => nounStem(noun, { endings: "of persons" })),
    );
  }
  return stems;
});

/** A noun with no capitalised word right after it: not the role of a person the claim names ("den Botschafter Sergej Andrejew"). */
const NOUN_NOT_BEFORE_NAME = /\p{Lu}\p{L}*(?![\p{L}-]|\s+\p{Lu})/gu;

/**
 * Whether a person is described as one of those the deed was done to: "der Chefunterhändler der Regierung" for "traf
 * die Unterhändler der Regierung und der FARC", "Außenministerin" for "empfing die Außenminister der EU". Who was met,
 * mediated between or received is no rival for who met, mediated or received them.
 */
function describedAsTarget(doc: DocContext, claimant: Claimant, targets: () => readonly string[]): boolean {
  const described = claimant.person && describingStems(doc).get(claimant.person.surname);
  if (!described || described.length === 0) return false;
  return targets().some((word) => {
    const stem = nounStem(word, { endings: "of persons" });
    return stem.length >= MIN_TARGET_STEM && described.some((noun) => noun.endsWith(stem));
  });
}

/**
 * What otherSideOfDeed asks of a claim and its answer, the same for each of the claim's candidates: worked out when a
 * candidate first needs it, once for all candidates of the claim (not once per pair of claim and candidate).
 */
interface DeedSide {
  /** The nouns of the claim that are not words of the answer: what kindIsTarget looks for a candidate's kind in. */
  targets: () => readonly string[];
  /** Of those, the nouns no name follows ("die Unterhändler der Regierung", not "den Botschafter Sergej Andrejew"): people the deed concerned, one of whom a person of that noun may be. */
  unnamedTargets: () => readonly string[];
  /** The answer's kind of actor (actorKindOf). */
  answerKind: () => ActorKind | undefined;
  /** The deeds of ACTS_OF_KINDS the claim tells (actsOfKindsIn). */
  acts: () => readonly (typeof ACTS_OF_KINDS)[number][];
  /** The kind of office of the answer, a person (officeKindOf). */
  answerOffice: () => OfficeKind | undefined;
  /** Whether anyone may have done the deed (deedOfAnyOffice). */
  ofAnyOffice: () => boolean;
  /** Whether the deed is what the answer is said to have done (saidToHaveDone). */
  alleged: () => boolean;
}

/** `make`'s value, made on the first call only. */
function once<Value>(make: () => Value): () => Value {
  let made: { value: Value } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

function deedSideOf(doc: DocContext, answer: Claimant, claim: string, deedVerb: string | undefined): DeedSide {
  return {
    targets: once(() => {
      const answerWords: readonly string[] = answer.text.toLowerCase().match(LOWER_WORD) ?? [];
      return nounsIn(claim).filter((word) => !answerWords.includes(word));
    }),
    unnamedTargets: once(() => {
      const answerWords: readonly string[] = answer.text.toLowerCase().match(LOWER_WORD) ?? [];
      return [...claim.matchAll(NOUN_NOT_BEFORE_NAME)].map((match) => match[0].toLowerCase()).filter((word) => !answerWords.includes(word));
    }),
    answerKind: once(() => actorKindOf(doc, answer)),
    acts: once(() => actsOfKindsIn(doc, claim)),
    answerOffice: once(() => (answer.person ? officeKindOf(answer.person) : undefined)),
    ofAnyOffice: once(() => deedVerb !== undefined && deedOfAnyOffice(deedVerb, claim)),
    alleged: once(() => deedVerb !== undefined && saidToHaveDone(deedVerb, claim)),
  };
}

/** "Die Behörden", "Die Finanzämter": bodies of the state in the plural, by their noun (STATE_BODIES_PLURAL_ENDINGS). */
const stateBodiesInPlural = (claimant: Claimant) => {
  if (!claimant.plural) return false;
  const noun = headNounOf(claimant).toLowerCase();
  return STATE_BODIES_PLURAL_ENDINGS.some((ending) => noun.endsWith(ending));
};

function ofTheState(doc: DocContext, claimant: Claimant): boolean {
  const kind = actorKindOf(doc, claimant);
  return stateBodiesInPlural(claimant) || (kind !== undefined && SIDE_OF_ACTOR_KIND[kind] === "state");
}

/** "Die Finanzämter prüfen ..." given to "Die Behörden", or to "Die Polizei" what "Die Behörden" did: the one may be among the other. */
const amongStateBodies = (doc: DocContext, answer: Claimant, claimant: Claimant) =>
  (stateBodiesInPlural(answer) && ofTheState(doc, claimant)) || (stateBodiesInPlural(claimant) && ofTheState(doc, answer));

/**
 * Whether `claimant` could not have done or said `claim` by its kind, which a learner sees without reading: a body of
 * the kind the deed was done to (kindIsTarget), another kind of actor than the answer or the deed (otherKindOfActor);
 * or may have done it as one of the state's bodies the answer is, or is one of (amongStateBodies). Shared by false
 * statements (rivalsOf) and wrong options (claimDistractors).
 */
function otherSideOfDeed(doc: DocContext, answer: Claimant, claimant: Claimant, side: DeedSide, deedVerb: string | undefined): boolean {
  return (
    kindIsTarget(doc, claimant, side.targets) ||
    (deedVerb !== undefined && describedAsTarget(doc, claimant, side.unnamedTargets)) ||
    otherKindOfActor(doc, answer, claimant, side, deedVerb) ||
    amongStateBodies(doc, answer, claimant) ||
    reportsAllegation(doc, claimant, side)
  );
}

/**
 * Whether `claimant` speaks in the text (speakerRank) while the deed is what someone is said to have done ("soll sich vor
 * dem Stadion in die Luft gesprengt haben", "soll Vermögenswerte beiseite geschafft haben"): who is quoted in such a
 * report is the prosecutor, the minister or the president who tells of it, whom a learner never takes for the culprit.
 */
const reportsAllegation = (doc: DocContext, claimant: Claimant, side: DeedSide) =>
  claimant.person !== undefined && side.alleged() && voicesOf(doc).has(claimant.person.surname);

/** Who else of the text a claim could be given to in a false statement: of the answer's kind, number and gender, and no rival of theirs by mayRival. */
function rivalsOf(
  doc: DocContext,
  answer: Claimant,
  gendered: boolean,
  claim: string,
  countries: ReadonlySet<string>,
  pluralOfVerb: boolean,
  deedVerb: string | undefined,
): Claimant[] {
  const sameAsAnswer = namesOfSameInstitution(doc, answer);
  const answerKind = kindOf(answer);
  const side = deedSideOf(doc, answer, claim, deedVerb);
  // The comparisons of kind and number first, the searches of the claim after them: most claimants of a text are of
  // another kind than the answer (an institution for a person), and every condition is a plain test.
  return claimantsOf(doc).filter(
    (claimant) =>
      claimant.text !== answer.text &&
      !namesNobody(claimant) &&
      // Persons stand for persons, institutions for institutions: "Die EU-Kommission sagte ..." against a
      // person would stand out; and where the wording tells a gender, only that gender.
      kindOf(claimant) === answerKind &&
      // A singular actor's verb is given to a group in the plural only where its plural is known (`pluralOfVerb`); a
      // group's deed never to one body, which may be one of them ("Italiens Banken stehen im Visier der EZB", and so does the bank MPS).
      (answer.plural || pluralOfVerb || !claimant.plural) &&
      (!answer.plural || claimant.plural) &&
      // "Die Grünen" for "Die SPD musste ..., obwohl sie ... ist": the words after the verb keep the answer's number.
      !(claimant.partyByAdjective && claimant.plural && !answer.plural) &&
      (!answer.person || claimant.person?.surname !== answer.person.surname) &&
      !sameAsAnswer.has(claimant.text) &&
      !namedIn(doc, claim, claimant) &&
      (!gendered || agrees(answer, claimant)) &&
      mayRival(answer, claimant, countries) &&
      !qualifiedAlike(doc, answer, claimant) &&
      !ownCountryInName(doc, answer, claimant, countries) &&
      !otherSideOfDeed(doc, answer, claimant, side, deedVerb),
  );
}

/** Of `rivals`, those who speak or act in the text (institutions and places are named as they do). */
const speaking = (doc: DocContext, rivals: readonly Claimant[]) =>
  rivals.filter((claimant) => !claimant.person || speakersOf(doc).has(claimant.person.surname));

/**
 * How readily a learner takes `claimant` for the speaker of someone else's words: 0 for who speaks in the text (is
 * quoted, or takes a stand in words: "kritisierte", "forderte", "warb für"; an institution or place, named as it
 * speaks), 1 for who holds an office the text gives, 2 for who otherwise does something in it ("war bei der
 * Präsentation dabei"); undefined for a person who does none of these: an attacker said to have blown himself up
 * ("soll sich ... in die Luft gesprengt haben"), a victim, a name in passing, whom the learner rules out without
 * reading ("Bilal H. sagte sinngemäß: Es gebe 352 Verletzte" of the prosecutor's words).
 */
function speakerRank(doc: DocContext, claimant: Claimant): 0 | 1 | 2 | undefined {
  if (!claimant.person) return 0;
  const { surname, role } = claimant.person;
  if (voicesOf(doc).has(surname)) return 0;
  if (namedAsCulprit(doc).has(surname) || allegedDoersOf(doc).has(surname)) return undefined;
  if (role !== undefined) return 1;
  return doersOf(doc).has(surname) ? 2 : undefined;
}

/** A culprit's noun right before a name, an adjective between at most: "Der Attentäter ", "der mutmaßliche Täter ", "Die Verdächtige ". */
const CULPRIT_NOUN_BEFORE_NAME = /(?<![\p{L}-])(?:\p{Lu}[\p{L}-]*täter|Täter|Verdächtige[nr]?|Angeklagte[nr]?)\s+$/u;

/**
 * The surnames of the persons the text names with a culprit's noun ("Der Attentäter Karim L. hatte sich ... gesprengt"):
 * what they did is told as done, but a learner never takes the attacker for who said the minister's words.
 */
const namedAsCulprit = perDocument(
  (doc: DocContext) =>
    new Set(
      doc.facts.persons
        .filter((person) => person.mentions.some((mention) => CULPRIT_NOUN_BEFORE_NAME.test(doc.text.slice(Math.max(0, mention.start - 30), mention.start))))
        .map((person) => person.surname),
    ),
);

/** The surnames of the persons the text gives words of: who is quoted, and who takes a stand in words (takesStand). */
const voicesOf = perDocument(
  (doc: DocContext) =>
    new Set([
      ...doc.facts.quotes.map((quote) => quote.person),
      ...doc.facts.actions.filter((action) => !action.undergoer && takesStand(action)).map((action) => action.person),
    ]),
);

/** A past infinitive closing a clause ("... beiseite geschafft haben.", "... gewesen sein"). */
const PAST_INFINITIVE_LAST = /\s(?:haben|sein)[.!?]?$/u;

/** Whether a modal of a claim ("soll", "sollen") with a clause that ends in a past infinitive tells what someone is said to have done ("soll ... beiseite geschafft haben"). */
const saidToHaveDone = (verb: string, clause: string) => MODALS_OF_A_PLAN.includes(verb.toLowerCase()) && PAST_INFINITIVE_LAST.test(clause.trimEnd());

/** A modal of a claim after another verb of the same deed, its clause closed by a past infinitive: "wurde 1995 geboren und soll in Syrien gekämpft haben". */
const SAID_TO_HAVE_DONE_LATER = new RegExp(`(?<!\\p{L})(?:${MODALS_OF_A_PLAN.join("|")})\\s[^.;]*\\s(?:haben|sein)[.!?]?$`, "u");

/**
 * The surnames of the persons the text says did something ("soll ... gesprengt haben"), in any of their deeds: a suspect,
 * however else the text tells of them (a birth year, a deed told as done), is never who said another person's words.
 */
const allegedDoersOf = perDocument(
  (doc: DocContext) =>
    new Set(
      doc.facts.actions
        .filter((action) => {
          const clause = doc.text.slice(action.verb.end, action.clause.end).trimEnd();
          return saidToHaveDone(action.verb.text, clause) || SAID_TO_HAVE_DONE_LATER.test(clause);
        })
        .map((action) => action.person),
    ),
);

/** The surnames of the persons who do something the text tells as done, not as what they are said to have done nor what was done to them. */
const doersOf = perDocument(
  (doc: DocContext) =>
    new Set(
      doc.facts.actions
        .filter((action) => !action.undergoer && !saidToHaveDone(action.verb.text, doc.text.slice(action.verb.end, action.clause.end)))
        .map((action) => action.person),
    ),
);

/**
 * Someone else of the text to give words to in a false statement: another who speaks, else one who holds an office,
 * else one who does something (speakerRank). Nobody else: the statement then changes the words instead, as where the
 * text has no other speaker.
 */
function otherSpeaker(doc: DocContext, answer: Claimant, gendered: boolean, seed: string, words: string): Claimant | undefined {
  const ranked = bySpeakerRank(doc, rivalsOf(doc, answer, gendered, words, NO_COUNTRIES, false, undefined));
  if (ranked.length === 0) return undefined;
  const bestRank = speakerRank(doc, ranked[0]!);
  const best = ranked.filter((claimant) => speakerRank(doc, claimant) === bestRank);
  return best[hash(seed) % best.length];
}

/** Someone else of the text to give a deed to in a false statement: another speaker or actor where there is one. */
function otherClaimant(
  doc: DocContext,
  answer: Claimant,
  gendered: boolean,
  seed: string,
  claim: string,
  countries: ReadonlySet<string> = NO_COUNTRIES,
  pluralOfVerb = false,
  deedVerb?: string,
): Claimant | undefined {
  const others = rivalsOf(doc, answer, gendered, claim, countries, pluralOfVerb, deedVerb);
  // Someone the text names in passing ("Ein Beispiel: Tennessee Whiskey", a victim, a brother) makes a false
  // statement a learner rejects without reading: those who speak or act first, then those who hold an office.
  // An office alone is not enough: over the blind readings of rounds 3 to 27, salient quotes falsely given to
  // someone who speaks or acts in the text were worth asking 0.95 of 8 times, to someone who does neither (an
  // ex-president named once, a minister the interview only mentions) 0.54 of 11 ("trivially false").
  const speakers = speaking(doc, others);
  const active = others.filter((claimant) => !claimant.person || claimant.person.role !== undefined || speakersOf(doc).has(claimant.person.surname));
  const choice = speakers.length > 0 ? speakers : active.length > 0 ? active : others;
  return choice[hash(seed) % Math.max(1, choice.length)];
}

/** The surnames of the persons who speak or act in the text. */
const speakersOf = perDocument(
  (doc: DocContext) =>
    new Set([...doc.facts.quotes.map((quote) => quote.person), ...doc.facts.actions.filter((action) => !action.undergoer).map((action) => action.person)]),
);

/**
 * Whether words cut here end in a clause that opens the sentence and waits for its main clause: "Jedes Mal, wenn im
 * Osten des Kongo wieder Kämpfe ausbrechen …" lost what happens then (", strömen tausende Flüchtlinge ..."). A clause
 * after a main clause ("Wir helfen, wenn wir können") ends a sentence whole.
 */
function endsBeforeItsMainClause(kept: string): boolean {
  const lastComma = kept.lastIndexOf(",");
  if (!SUBORDINATE_OPENING.test(kept.slice(lastComma + 1).trimStart())) return false;
  return lastComma < 0 || !hasFiniteVerb(kept.slice(0, lastComma));
}

/** Asked by the quote family and by that of what someone did or said: worked out once per quote. */
const quotable = perFact((doc: DocContext, quote: QuoteFact) => {
  const words = quotableWords(quote, townHeadSpeaks(doc, quote));
  return words !== undefined && pointsToNounBeforeAt(doc, words, quote.quote.start) ? undefined : words;
});

/**
 * Whether the speaker heads a town's government ("Bürgermeisterin Anna Gruber") and the text names a town (in its
 * dateline or as a place): that town is "die Stadt" of the words.
 */
function townHeadSpeaks(doc: DocContext, quote: QuoteFact): boolean {
  if (quote.person === undefined) return false;
  const role = doc.facts.persons.find((person) => person.surname === quote.person)?.role?.toLowerCase();
  if (role === undefined || !role.split(" ").some((word) => TOWN_HEAD_ROLES.some((head) => word.endsWith(head)))) return false;
  return doc.facts.document.dateline !== undefined || doc.facts.places.some((place) => place.kind === undefined);
}

/** Determiners and possessives in "-e" ("unsere Rolle", "keine"): no subjunctive verb. */
const DETERMINER_IN_E = /^(?:die|eine|keine|meine|deine|seine|ihre|unsere|eure|diese|jene|jede|alle|viele|einige|manche|welche|solche)$/u;
/** A regular ending that stands last in a clause only on a finite verb ("Das Ergebnis zeigt"), not on an infinitive ("finden"). */
const FINITE_LAST = /(?:t|te|ten)$/u;

/**
 * Whether quoted words have a finite verb: "Und vor allem auch als Medienkulturhaus unsere Rolle in der
 * Flüchtlingsdebatte finden" continues the sentence before it, whose verb it shares; alone it is a
 * fragment. A form of "sein", "haben" or a modal counts anywhere; another word of a verb's form only
 * where it is not an adjective before a noun ("sozialen Projekte") nor an infinitive at the end; the
 * "-e" of reported speech ("Deutschland hinke hinterher") counts too, and its auxiliaries and modals anywhere
 * ("habe Ermittlungen ... aufgenommen").
 */
export function hasFiniteVerb(words: string): boolean {
  const list = words.split(/\s+/u).map((word) => word.replace(/^[„"»«(]+|[“"»«),.;:!?…]+$/gu, ""));
  return list.some((word, index) => {
    const lower = word.toLowerCase();
    if (word === "" || word !== lower) return false;
    if (isIrregularFiniteVerb(lower) || isReportedVerb(lower)) return true;
    const next = list[index + 1];
    if (next === undefined) return FINITE_LAST.test(lower) && mayBeFiniteVerb(word);
    if (isCapitalised(next)) return false;
    return mayBeFiniteVerb(word) || (lower.length >= 3 && lower.endsWith("e") && !DETERMINER_IN_E.test(lower));
  });
}

/** The subjunctive of reported speech in auxiliaries and modals: "sei", "habe", "werde", "wolle", "könne". */
// A set, not an expression: it is asked of every word of every quote.
const REPORTED_VERB: ReadonlySet<string> = new Set([
  "sei",
  "seien",
  "habe",
  "hätte",
  "hätten",
  "werde",
  "würde",
  "würden",
  "wolle",
  "könne",
  "müsse",
  "solle",
  "dürfe",
  "möge",
]);
/** A verb of reported speech: "sei", "habe", "könne", "gebe". */
const isReportedVerb = (word: string) => REPORTED_VERB.has(word) || REPORTED_SPEECH_VERBS.has(word);
/**
 * A deed's clause without the adverbs in it that link it to the sentence before (LINKING_ADVERBS), up to its first mark:
 * " zudem die Gespräche ... fortsetzen" → " die Gespräche ... fortsetzen", " aber damit, ..." → " damit, ...". After a
 * mark inside the clause (an inserted clause, a list: "Vertreter der Parteien, aber auch der Kirchen") the word may join
 * words of the deed itself and stays; so does a contrast the clause makes itself ("zwar ... aber").
 */
function withoutLinkingAdverbs(clause: string): string {
  const markAt = clause.search(CLAUSE_MARK);
  const head = markAt < 0 ? clause : clause.slice(0, markAt);
  if (!LINKING_ADVERB.test(head) || CONCESSIVE_PAIR.test(head)) return clause;
  return head.replace(LINKING_ADVERBS_IN, "") + clause.slice(head.length);
}
/** A mark that ends a clause's first part: a comma, semicolon, colon, bracket or dash. */
const CLAUSE_MARK = /[,;:(–—]|\s-\s/u;
/** Any of LINKING_ADVERBS as a word of its own between spaces, with the space before it. */
const linkingAdverbWords = `(?:^|\\s)(?:${[...LINKING_ADVERBS].join("|")})(?=\\s|$)`;
const LINKING_ADVERB = new RegExp(linkingAdverbWords, "u");
const LINKING_ADVERBS_IN = new RegExp(linkingAdverbWords, "gu");
/** "zwar" as a word of its own (CONCESSIVE_PAIR_OPENER). */
const CONCESSIVE_PAIR = new RegExp(`(?<!\\p{L})${CONCESSIVE_PAIR_OPENER}(?!\\p{L})`, "u");
/** Words before the verb of a reported main clause ("mit der Stationierung wolle man ..."), at most. */
const MAX_FOREFIELD_WORDS = 5;

/** A clause opening with a small letter (a module constant: compiled for Node 20, a literal with \p{…} would be built on every call). */
const SMALL_LETTER_FIRST = /^\p{Ll}/u;

/**
 * Reported speech after "X erklärte, ..." whose main clause opens with a small letter ("mit der
 * Stationierung wolle man ... erreichen"), capitalised to stand as a sentence of its own in a stem: the
 * verb of reported speech stands second, after a phrase, not last as in a fragment ("man die
 * Flüchtlinge nicht aufnehmen könne").
 */
function asMainClause(words: string): string | undefined {
  if (!SMALL_LETTER_FIRST.test(words) || SUBORDINATE_OPENING.test(words)) return undefined;
  const clause = words.split(/[,;:]/u, 1)[0]!.split(" ");
  const verbAt = clause.findIndex(isReportedVerb);
  if (verbAt < 1 || verbAt > MAX_FOREFIELD_WORDS || verbAt === clause.length - 1) return undefined;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Subjects that may stand right after a clause's verb and open it in place of an adverb before it ("gebe es" → "Es gebe"). */
const OPENING_SUBJECTS: ReadonlySet<string> = new Set(["es", "man"]);

/** Adverbs that set what is said against something said before ("Ein Arbeitsübereinkommen sei aber möglich"). */
const CONTRAST_ADVERBS: ReadonlySet<string> = new Set(["aber", "jedoch", "allerdings", "dennoch", "trotzdem"]);
/** ... and those that may open such words before their verb ("Doch sei AlphaGo noch weit davon entfernt"). */
const OPENING_CONTRAST_ADVERBS: ReadonlySet<string> = new Set([...CONTRAST_ADVERBS, "doch"]);
/** A one-word name as the subject right after the verb: capitalised, no article, a lower-case word after it. */
const NAME_THEN_LOWER = /^\p{Lu}[\p{L}\p{N}-]*$/u;
const ARTICLES_AND_PRONOUNS: ReadonlySet<string> = new Set(["Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Er", "Sie", "Es", "Ich", "Wir", "Man"]);

/**
 * Retold words without the adverb of contrast right after their verb in the first clause, or before it where "es" or
 * "man" follows the verb: "Ein Arbeitsübereinkommen sei aber möglich" sets itself against a sentence the learner does
 * not see; retold ("sinngemäß") it is "Ein Arbeitsübereinkommen sei möglich". Words in quotation marks stay as they are.
 */
function withoutContrast(words: string, direct: boolean): string {
  if (!retold(words, direct)) return words;
  const parts = words.split(" ");
  // "Allerdings gebe es in Deutschland Probleme": the adverb opens the clause, "es" or "man" after the verb is its
  // subject and opens it without the adverb ("Es gebe in Deutschland Probleme").
  const [adverb, verb, subject, next] = parts;
  if (adverb && verb && subject && CONTRAST_ADVERBS.has(adverb.toLowerCase()) && isReportedVerb(verb) && OPENING_SUBJECTS.has(subject))
    return [capitalise(subject), verb, ...parts.slice(3)].join(" ");
  // "Doch sei AlphaGo noch weit davon entfernt": a name after the verb is its subject and opens the words without the
  // adverb ("AlphaGo sei noch weit davon entfernt").
  if (
    adverb &&
    verb &&
    subject &&
    next &&
    OPENING_CONTRAST_ADVERBS.has(adverb.toLowerCase()) &&
    isReportedVerb(verb) &&
    NAME_THEN_LOWER.test(subject) &&
    !ARTICLES_AND_PRONOUNS.has(subject) &&
    /^\p{Ll}/u.test(next)
  )
    return [subject, verb, ...parts.slice(3)].join(" ");
  for (let index = 0; index < parts.length - 1 && !parts[index]!.endsWith(","); index++) {
    const verb = parts[index]!;
    if (isReportedVerb(verb) && CONTRAST_ADVERBS.has(parts[index + 1]!)) {
      parts.splice(index + 1, 1);
      return parts.join(" ");
    }
  }
  return words;
}

/** A quote as it can stand in a stem: whole sentences, cut after a clause when long; nothing that points outside it. */
function quotableWords(quote: QuoteFact, townHead = false): string | undefined {
  // One byte per character where it can be (oneByte): the checks below run some twenty expressions over it.
  const said = oneByte(squash(quote.quote.text)).replace(/[.,;:]+$/u, "");
  const whole = retoldBeforeTurn(withoutContrast(asMainClause(said) ?? said, quote.direct), quote.direct);
  if (whole === undefined) return undefined;
  // A fragment of reported speech ("man die Flüchtlinge nicht ... könne") reads as nothing on its own.
  if (!/^[\p{Lu}\p{N}„"]/u.test(whole) || whole.split(" ").length < 4) return undefined;
  // "Nur wenn man das Geld nicht zurückgibt": an interview's answer to a question the learner does not see.
  if ((SUBORDINATE_OPENING.test(whole) || FOCUSED_SUBORDINATE_OPENING.test(whole)) && !whole.includes(",")) return undefined;
  // Words that cannot be cut without changing what they say are stated whole up to MAX_STATED_QUOTE_LENGTH.
  const kept = whole.length <= MAX_QUOTE_LENGTH ? whole : (leadingClauses(whole) ?? (whole.length <= MAX_STATED_QUOTE_LENGTH ? whole : undefined));
  // "Wir müssen darüber ... reden": about what, the learner cannot see. Asked of what is kept: a pointer in the cut
  // part ("..., um dort zu helfen") is no part of the question.
  if (kept === undefined || !quoteStandsAlone(kept, townHead) || !hasFiniteVerb(kept)) return undefined;
  if (kept === whole) return whole;
  // Retold words cut after a whole clause are a sentence of their own ("sagte sinngemäß: ..."); words in quotation
  // marks show where the speaker went on.
  return !quote.direct && retold(whole, false) ? kept : `${kept} …`;
}

/**
 * The clauses that open long words, up to MAX_QUOTE_LENGTH, where the rest can go without changing what they say:
 * before a clause of reason, purpose, means, concession or time after a whole clause (", weil ...", ", um ... zu",
 * ", indem ..."), before "und" that opens a second clause ("helfe ..., sich zu festigen und sollte ...", "zurückschicken
 * könne und es ... sei"), or before a semicolon. Never inside a clause, nor before what completes a verb (", dass ...",
 * ", sich zu festigen"), a relative clause (it may say which of its noun is meant), a condition (", wenn ...") or a main
 * clause after a fronted one ("Würde ich ..., müsste ich ..."); not where the kept words wait for the rest ("sowohl",
 * "zwar", "nicht nur"). Undefined where no cut keeps MIN_QUOTE_LENGTH.
 */
function leadingClauses(words: string): string | undefined {
  for (let at = Math.min(words.length, MAX_QUOTE_LENGTH + 1) - 1; at >= MIN_QUOTE_LENGTH; at--) {
    const char = words.charAt(at);
    if (char !== "," && char !== ";" && char !== " ") continue;
    const kept = words.slice(0, at);
    if (kept.endsWith("–") || kept.endsWith(",") || !endsClauseBefore(kept, words.slice(at)) || WAITS_FOR_MORE.test(kept)) continue;
    if (!hasFiniteVerb(kept) || endsBeforeItsMainClause(kept) || endsInRelativeBeforeMainClause(kept)) continue;
    return kept;
  }
  return undefined;
}

/**
 * Whether cut words end in a relative clause that opens their sentence ("Die Firma, die wächst"): its main clause is cut
 * off. Not a demonstrative with its verb second ("Viele Flüchtlinge kommen, das erzeugt gewisse Sorge").
 */
function endsInRelativeBeforeMainClause(kept: string): boolean {
  const lastComma = kept.lastIndexOf(",");
  const clause = kept.slice(lastComma + 1).trimStart();
  if (lastComma < 0 || !RELATIVE_OPENING.test(clause)) return false;
  const words = clause.split(" ");
  if (words.length > 2 && mayBeFiniteVerb(words[1]!)) return false;
  return !hasFiniteVerb(kept.slice(0, lastComma));
}

/**
 * A clause after the deed's own that adds a time, a consequence or a concession (", nachdem ...", ", obwohl ..."), or a
 * relative clause after a preposition (", in denen ...", ", mit dem ..."): the deed is true without it. Not a purpose or
 * a means (", um ... zu", ", indem ..."): without it, what was done may say nothing ("hat einen neuen Anlauf
 * unternommen"); nor a reason (", weil ..."), which the reasons family asks with its main clause (reasons.ts).
 */
function droppableWhenPointing(tail: string): boolean {
  if (CIRCUMSTANCE_CLAUSE.test(tail)) return true;
  const relative = PREPOSITIONAL_RELATIVE.exec(tail);
  return relative !== null && PREPOSITIONS.has(relative[1]!);
}
const CIRCUMSTANCE_CLAUSE = /^,\s+(?:nachdem|bevor|wobei|sodass|obwohl|während)\s/u;
const PREPOSITIONAL_RELATIVE = /^,\s+(\p{Ll}+)\s+(?:dem|der|denen|deren|dessen)\s/u;

/** A clause after a whole one that adds a reason, purpose, means, concession or time, and can go. */
const DROPPABLE_CLAUSE = /^,\s+(?:um|ohne|statt|anstatt|weil|da|zumal|nachdem|bevor|indem|wobei|sodass|damit|obwohl|während)\s/u;
/** "und" that may open a second clause (endsClauseBefore), after a comma or a dash or none. */
const AND_AFTER = /^(,|\s+–)?\s+und\s+([\p{L}-]+)/u;
/** Words a main clause after "und" may have before its verb: "und die Regierung in Damaskus sei ...". */
const MAX_SUBJECT_WORDS_AFTER_AND = 4;
/** A relative pronoun that opens a clause after a comma ("Die Firma, die wächst, ..."). */
const RELATIVE_OPENING = /^(?:der|die|das|dem|den|deren|dessen|denen|welche[mnrs]?)\s/u;
/** Words that open a pair whose second half follows ("sowohl ... als auch", "zwar ... aber", "nicht nur ... sondern"). */
const WAITS_FOR_MORE = /(?<!\p{L})(?:sowohl|weder|entweder|zwar|einerseits|nicht nur)(?!\p{L})/iu;
/** A verb form known to be finite: of "sein", "haben", "werden", a modal, a strong verb, or of reported speech. */
const isKnownFiniteVerb = (word: string) => isIrregularFiniteVerb(word) || isReportedVerb(word);

/**
 * Whether `kept` ends a clause that the `rest` after it leaves whole: a droppable clause (DROPPABLE_CLAUSE), a
 * semicolon, or "und" opening a second clause: before a finite verb that shares the subject ("..., sich zu festigen
 * und sollte ihr Interesse ... steigern"; not after one, "sei und bleibe"), before a main clause with its verb second
 * ("– und dann gibt es ..."), or after the finite verb that closes a clause and before a clause with its own
 * ("zurückschicken könne und es auch nicht sinnvoll sei").
 */
function endsClauseBefore(kept: string, rest: string): boolean {
  if (rest.startsWith(";")) return true;
  if (DROPPABLE_CLAUSE.test(rest)) return true;
  const and = AND_AFTER.exec(rest);
  if (!and) return false;
  const last = kept.slice(kept.lastIndexOf(" ") + 1);
  const next = and[2]!;
  if (isKnownFiniteVerb(next)) return !isKnownFiniteVerb(last);
  const second = rest
    .slice(and[0].length - next.length)
    .split(/[,;:–]/u, 1)[0]!
    .split(" ");
  // "und dann gibt es ...", "und Assad habe ...": a main clause of its own, its verb second; after a comma, its subject
  // may be longer ("…, und die Regierung in Damaskus sei ...").
  const verbAt = second.findIndex(isKnownFiniteVerb);
  if (verbAt === 1 && second.length > 2) return true;
  if (and[1] === "," && verbAt > 1 && verbAt <= MAX_SUBJECT_WORDS_AFTER_AND && second.length > verbAt + 1) return true;
  // After the verb that closes a clause ("zurückschicken könne"), a clause with a finite verb of its own.
  return isKnownFiniteVerb(last) && second.slice(1).some(isKnownFiniteVerb);
}

/**
 * A possessive of each gender, and a determiner of its length for it: quotableWords takes a possessive without a noun
 * before it for a pointer to an earlier sentence, a determiner for none.
 */
const OWN_POSSESSIVES = {
  ihr: {
    possessive: /(?<!\p{L})[Ii]hr(?=(?:e[mnrs]?)?(?!\p{L}))/gu,
    determiner: /(?<!\p{L})[Ee]in(?=(?:e[mnrs]?)?(?!\p{L}))/gu,
    mask: (word: string) => (word === "Ihr" ? "Ein" : "ein"),
    unmask: (word: string) => (word === "Ein" ? "Ihr" : "ihr"),
  },
  sein: {
    possessive: /(?<!\p{L})[Ss]ein(?=(?:e[mnrs]?)?(?!\p{L}))/gu,
    determiner: /(?<!\p{L})[Kk]ein(?=(?:e[mnrs]?)?(?!\p{L}))/gu,
    mask: (word: string) => (word === "Sein" ? "Kein" : "kein"),
    unmask: (word: string) => (word === "Kein" ? "Sein" : "sein"),
  },
};

/** A possessive of the third person opening words ("Sein Interesse ...", "Ihre Partei ..."). */
const OPENING_POSSESSIVE = /^(?:Sein|Ihr)(?:e[mnrs]?)?(?!\p{L})/u;

/**
 * Reported words whose possessive of the speaker's gender has no noun before it: the speaker's own ("Zwei ihrer
 * leitenden Redakteure seien am Montag festgenommen worden, berichtete die Zeitschrift Nokta"), as reported speech
 * tells of its speaker in the third person, in the sentence that names the speaker. The words as quotableWords takes them with the possessive as a
 * determiner; undefined where it takes them in neither form, or where the words have that determiner of their own.
 */
function speakersOwnWords(quote: QuoteFact, speaker: Claimant): string | undefined {
  const gender = possessiveOf(speaker);
  // Words that go on from an attribution in the sentence before ("Das Landeskriminalamt teilte mit, der Verdächtige
  // sei ... . In seinem Auto seien ...") may tell of whom that sentence named.
  if (quote.direct || quote.attribution || gender === undefined) return undefined;
  const { possessive, determiner, mask, unmask } = OWN_POSSESSIVES[gender];
  const said = quote.quote.text;
  // "Sein Interesse an einer Einigung sei also gering, glaubt Kawa": words that open with the possessive go on from the
  // sentence before, whose subject it may be as well as the speaker's; the statement cannot show which.
  if (OPENING_POSSESSIVE.test(said)) return undefined;
  const masked = said.replace(possessive, mask);
  if (masked === said || said.match(determiner) !== null) return undefined;
  return quotableWords({ ...quote, quote: { ...quote.quote, text: masked } })?.replace(determiner, unmask);
}

/**
 * What someone said in a "dass" clause, with their verb: "Merkel fordert, dass chancenlose Asylwerber ... ein schnelles
 * Verfahren bekommen" gives { verb: "fordert", words: "chancenlose Asylwerber ... bekommen" }. Only where the speaker
 * stands before the verb, so that speaker and verb make the statement in the text's own order ("sagte weiter").
 * The clause ends in its verb: cut short it would lose it, so a long one is not asked.
 */
function thatClause(doc: DocContext, quote: QuoteFact): { verb: string; after: string; words: string; joiner: string } | undefined {
  const gap = doc.text.slice(quote.speaker.end, quote.quote.start);
  const between = THAT_CLAUSE_VERB.exec(gap) ?? INFINITIVE_CLAUSE_VERB.exec(gap);
  if (!between || between[1] !== quote.verb) return undefined;
  const said = squash(quote.quote.text).replace(/[.,;:]+$/u, "");
  const words = said.length <= MAX_QUOTE_LENGTH ? said : leadingClauses(said);
  if (!words || words.split(" ").length < 3 || !quoteStandsAlone(words, townHeadSpeaks(doc, quote))) return undefined;
  if (pointsToNounBeforeAt(doc, words, quote.quote.start)) return undefined;
  // "kündigte an, die Gebühren zu senken": what was announced, an infinitive clause as the verb's object.
  const infinitive = !between[0].includes("dass");
  // "kündigte an, eine Ausstellung über ihr Werk zu zeigen": "ihr" is the speaker's or whom the text spoke of before.
  if (infinitive && (!ENDS_IN_ZU_INFINITIVE.test(words) || PURPOSE_OPENING.test(words) || hasFiniteVerb(words) || GENDERED_WORDS.test(words))) return undefined;
  if (!infinitive && words.split(" ").length < 4) return undefined;
  // "sagte aber": a contrast with the sentence before, which the question does not show.
  const after = squash(between[2]!)
    .split(" ")
    .filter((word) => word !== "" && !CONTRAST_PARTICLES.has(word))
    .join(" ");
  return { verb: between[1]!, after: after === "" ? "" : ` ${after}`, words, joiner: infinitive ? ", " : ", dass " };
}

/** After the speaker: the verb of saying, small words or a time as THAT_CLAUSE_VERB ("am Montag an"), a comma: an infinitive clause after it. */
const INFINITIVE_CLAUSE_VERB = /^\s+(\p{Ll}+)((?:\s+(?:am|im)\s+\p{Lu}\p{Ll}+|\s+\p{Ll}+){0,3}),\s*$/u;
/** Words that end in an infinitive with "zu": "die Gebühren zu senken", "die Steuer anzuheben". */
const ENDS_IN_ZU_INFINITIVE = /(?:\szu\s+\p{Ll}+(?:en|ern|eln|n)|\s(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zurück|zusammen)zu\p{Ll}+en)$/u;
/** An infinitive clause of purpose or manner ("um ... zu"), which says why, not what was said. */
const PURPOSE_OPENING = /^(?:um|ohne|statt|anstatt)\s/u;

/** After the speaker: the verb of saying, at most three small words or a time ("weiter", "hinzu", "am Montag"), ", dass". */
const THAT_CLAUSE_VERB = /^\s+(\p{Ll}+)((?:\s+(?:am|im)\s+\p{Lu}\p{Ll}+|\s+\p{Ll}+){0,3}),\s*dass\s+$/u;
/** Particles after a verb of saying that set the words against what came before. */
const CONTRAST_PARTICLES: ReadonlySet<string> = new Set(["aber", "jedoch", "allerdings", "dagegen", "hingegen", "indes", "wiederum"]);

/**
 * Where the finite verb of a finding's first clause stands: "wird" of "Eine strikte Haltung wird geschätzt" (not
 * "strikte", before a noun); -1 where the clause ends before one.
 */
function finiteVerbIndex(words: readonly string[]): number {
  for (let index = 1; index < words.length - 1; index++) {
    if (/[,;:]$/u.test(words[index - 1]!)) return -1;
    const word = words[index]!;
    if (word !== word.toLowerCase()) continue;
    if (isIrregularFiniteVerb(word) || isReportedVerb(word)) return index;
    if (!isCapitalised(words[index + 1]!) && mayBeFiniteVerb(word)) return index;
  }
  return -1;
}

/**
 * A finding changed where it says what was found, for a false statement where nobody else of the text found it:
 * another figure ("rund 40 Prozent" → "rund 60 Prozent"), or the clause after its verb denied ("Eine strikte Haltung
 * wird geschätzt" → "wird nicht geschätzt"), as a deed's are (withOtherFigure, denied).
 */
function changedFinding(doc: DocContext, words: string, seed: string, thatClause: boolean): string | undefined {
  if (!thatClause && SUBORDINATE_OPENING.test(words)) return undefined;
  // "nicht nur zu einem negativen Gefühl führt": half of a pair, whose "nicht" a denial would double.
  if (WAITS_FOR_MORE.test(words)) return undefined;
  // Which way a figure went before the figure itself: the direction is the news, the exact value a detail.
  const figure =
    withOppositeChange(words) ?? withOtherFigure(doc, words, seed) ?? withoutDenial(words) ?? withOppositeComparative(words) ?? withWeakenedDegree(words);
  if (figure !== undefined) return figure;
  // In a "dass" clause the verb stands last: the whole clause is what is denied. Not by "kein" before its subject
  // ("dass keine Katzen länger schlafen", "keine älteren Katzen mehr Futter brauchen" reads "no longer"): a quantifier, no denial.
  if (thatClause) {
    const clauseDenied = denied(words, nameWordsOf(doc));
    return clauseDenied && !SUBJECT_DENIED.test(clauseDenied) ? clauseDenied : undefined;
  }
  const list = words.split(" ");
  const verbAt = finiteVerbIndex(list);
  const after = list.slice(verbAt + 1).join(" ");
  // "Springspinnen seien also offenbar in der Lage, ... zu bewerten": a copula's predicate, denied before it.
  const rest = verbAt < 1 ? undefined : (denied(after, nameWordsOf(doc)) ?? (COPULAS.has(list[verbAt]!) ? predicateAfterAdverbsDenied(after) : undefined));
  return rest && [...list.slice(0, verbAt + 1), rest].join(" ");
}

/** A comparative or a word of more or less after a degree ("stark erhöht" is no comparison, "erheblich mehr" is): "kaum mehr" reads "no longer". */
const COMPARISON_AFTER_DEGREE = /^(?:\p{Ll}+er|mehr|weniger|als)$/u;
/** "sich stark machen": a fixed phrase, no degree of what happens. */
const FIXED_AFTER_DEGREE = /^(?:mach|gemach)/u;

/**
 * A finding with its strong degree turned to "kaum" (WEAKENED_DEGREES): "dass die Stimmbildung stark von den Eltern
 * beeinflusst wird" → "kaum von den Eltern beeinflusst wird". Only one such word, inside the clause before the verb that
 * closes it (a small word last), not before a comparison, and not where the words deny or say "kaum" already.
 */
function withWeakenedDegree(words: string): string | undefined {
  const list = words.split(" ");
  const at = list.findIndex((word) => WEAKENED_DEGREES.has(word));
  const next = list[at + 1];
  if (at < 1 || next === undefined || at + 1 === list.length || list.findLastIndex((word) => WEAKENED_DEGREES.has(word)) !== at) return undefined;
  if (COMPARISON_AFTER_DEGREE.test(next) || FIXED_AFTER_DEGREE.test(next) || !/^\p{Ll}+$/u.test(list[list.length - 1]!)) return undefined;
  if (NEGATED.test(words) || BARELY.test(words) || /[,;:]/u.test(words)) return undefined;
  return [...list.slice(0, at), WEAKENED_DEGREES.get(list[at]!)!, ...list.slice(at + 1)].join(" ");
}

const CLOSING_MARKS = /[.,;:!?“”"«»)]+$/u;
const withoutClosingMarks = (word: string) => word.replace(CLOSING_MARKS, "");

/** "sich" among the words: a change its subject undergoes itself ("Die Kosten haben sich erhöht"). */
export const REFLEXIVE_WORD = /(?<!\p{L})sich(?!\p{L})/u;
/** "kaum gestiegen": a change so small that its opposite may hold as well. */
const BARELY = /(?<!\p{L})(?:kaum|geringfügig|minimal)(?!\p{L})/iu;
/** "von 100 auf 80": the figures before and after tell the direction, so the opposite one gives itself away. */
const FROM_FIGURE =
  /(?<!\p{L})von\s+(?:(?:rund|etwa|knapp|fast|über|unter)\s+)?(?:\d|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert)(?!\p{L}))/iu;

/** "auf den niedrigsten Stand", "auf ein Rekordhoch": a level that tells the direction ("sank auf ein Rekordhoch" is nonsense). */
const EXTREME_LEVEL = /(?:rekord|höchst|tiefst|allzeit|niedrigst|(?<!\p{L})(?:hoch|tief)(?!\p{L}))/iu;

/**
 * Whether a change told in the words may be turned the other way for a false statement: not barely one, nor one whose
 * figures before and after ("von 100 auf 80") or whose level ("auf ein Rekordhoch") tell the direction.
 */
export const mayTurnChange = (words: string) => !BARELY.test(words) && !FROM_FIGURE.test(words) && !EXTREME_LEVEL.test(words);

/**
 * The words with their one rise or fall of a figure turned the other way ("Die Zahl ist um 30 Prozent gesunken" →
 * "... gestiegen", "Die Kosten erhöhten sich" → "verringerten sich"): false by the text that tells the one. Not where
 * the words tell two changes, or where the change may not be turned (mayTurnChange).
 */
export function withOppositeChange(words: string): string | undefined {
  if (!mayTurnChange(words)) return undefined;
  const opposites = REFLEXIVE_WORD.test(words) ? OPPOSITE_REFLEXIVE_CHANGE_WORDS : OPPOSITE_CHANGE_WORDS;
  const list = words.split(" ");
  const changes = list.flatMap((word, at) => (opposites.has(withoutClosingMarks(word)) ? [at] : []));
  if (changes.length !== 1) return undefined;
  const at = changes[0]!;
  const word = list[at]!;
  const bare = withoutClosingMarks(word);
  return [...list.slice(0, at), `${opposites.get(bare)!}${word.slice(bare.length)}`, ...list.slice(at + 1)].join(" ");
}

/** "kein" at a clause's start, before its subject. */
const SUBJECT_DENIED = /^kein/u;

/** Words before a comparative that turning it would not contradict ("nicht mehr": no longer; "kaum älter"). */
const NOT_TURNED_AFTER: ReadonlySet<string> = new Set(["nicht", "kaum", "kein", "keine", "noch", "viel"]);

/**
 * A finding's one comparative turned into its opposite ("dass Katzen im Winter mehr schlafen als im Sommer" → "weniger"):
 * false by the text that tells the one way. Only where the words hold one comparative that has an opposite in every sense
 * (OPPOSITE_COMPARATIVES) and tells no time (TIME_COMPARATIVES), bound no figure ("mehr als 100", which another figure
 * changes), and hold no level that rises or falls ("höher steigen"); not after a word that the turned one would not
 * contradict ("nicht mehr"). Also a sole speaker's words ("Die Lage sei besser als im Vorjahr"), as changedFinding goes.
 */
function withOppositeComparative(words: string): string | undefined {
  if (BOUND_BEFORE_FIGURE.test(words) || RISING_OR_FALLING.test(words)) return undefined;
  const list = words.split(" ");
  const turned = list.flatMap((word, at) => {
    const bare = withoutClosingMarks(word);
    const opposite = TIME_COMPARATIVES.has(bare.toLowerCase()) ? undefined : oppositeComparative(bare);
    return opposite === undefined
      ? []
      : [{ at, text: `${bare.charAt(0) === bare.charAt(0).toUpperCase() ? capitalise(opposite) : opposite}${word.slice(bare.length)}` }];
  });
  if (turned.length !== 1) return undefined;
  const { at, text } = turned[0]!;
  if (NOT_TURNED_AFTER.has(list[at - 1]?.toLowerCase() ?? "")) return undefined;
  return [...list.slice(0, at), text, ...list.slice(at + 1)].join(" ");
}

/** "nicht" before a word that makes no degree of it ("nicht mehr", "nicht nur", "nicht einmal", "nicht zuletzt"). */
const PLAIN_NOT = /(?<!\p{L})nicht\s+(?!(?:mehr|nur|einmal|zuletzt|immer|ganz|alle)(?!\p{L}))/gu;

/**
 * A finding's one plain "nicht" taken out, which turns it around ("dass der Tod nicht durch Ersticken eintritt" →
 * "dass der Tod durch Ersticken eintritt"); not where it denies more than once, nor "nicht ..., sondern ...".
 */
function withoutDenial(words: string): string | undefined {
  const nots = [...words.matchAll(PLAIN_NOT)];
  if (nots.length !== 1 || matchesOf(DENYING_WORDS, words).length !== 1 || BUT_ALSO.test(words)) return undefined;
  const at = nots[0]!.index;
  return words.slice(0, at) + words.slice(at + nots[0]![0].length);
}

/** How a dative plural ends after "keinen" ("Kindern", "Plänen", "Mitteln"); other nouns in "-n" are singular ("Plan", "Mann"). */
const DATIVE_PLURAL_ENDING = /(?:en|rn|ln)$/u;
/** Nouns in "-n" and in "-er", "-el": after "keine" a plural ("keine Schulen", "keine Mittel") unless feminine. */
const PLURAL_IN_N = /\p{Ll}n$/u;
const IN_ER_OR_EL = /(?:er|el)$/u;
/** A word's last "n", before any closing marks. */
const FINAL_N = /n(?=[.,;:!?]*$)/u;
/** A noun made of an adjective or participle ("verletzte", "schwerverletzte"), lower case, in "-e". */
const isNominalisedAdjective = (lower: string) => NOMINALISED_ADJECTIVE_STEMS.some((stem) => lower.endsWith(stem));
/** "kein" and its forms that stand before a singular noun phrase, as "ein" takes them; not "keiner" (also "nobody"). */
const KEIN_FORM = /^kein(?:|e|en|em|es)$/u;
/**
 * Words that deny once, undenied, for a false statement where nobody else of the text could have said them: its one
 * plain "nicht" taken out ("könne ... nicht innerhalb weniger Wochen gefällt werden" → "könne ... innerhalb weniger
 * Wochen gefällt werden", withoutDenial), or its "kein" made "ein" ("war für Fekter kein Thema" → "ein Thema") where
 * the noun phrase after it is singular: "keine" only before a feminine noun's ending, "keinen" not before a noun in
 * "-n" (a dative plural). The text's own denials are so stated true: before, a denial stood mostly in false
 * statements (the denied twin), which a learner could guess. Not where a word before the denial makes it absolute
 * ("gar nicht", "absolut keinen"), nor where it denies more than once or is followed by "sondern".
 */
function undenied(words: string): string | undefined {
  if (matchesOf(DENYING_WORDS, words).length !== 1 || BUT_ALSO.test(words)) return undefined;
  const list = words.split(" ");
  const at = list.findIndex((word) => word === "nicht" || KEIN_FORM.test(word));
  // "absolut keinen Plan" → "einen Plan": a word that only makes the denial absolute goes with it; "ganz und gar nicht" stays.
  if (at > 0 && INTENSIFIERS_DROPPED_WITH_DENIAL.has(list[at - 1]!.toLowerCase()))
    return list[at - 2]?.toLowerCase() === "und" ? undefined : undenied([...list.slice(0, at - 1), ...list.slice(at)].join(" "));
  if (at < 0 || DENIAL_INTENSIFIERS.has(list[at - 1]?.toLowerCase() ?? "") || NOT_BEFORE_COMPARISON.has(list[at + 1] ?? "")) return undefined;
  if (list[at] === "nicht") return withoutDenial(words);
  let noun = at + 1;
  while (noun < list.length && isAdjectiveLike(list[noun]!)) noun++;
  const head = list[noun]?.replace(/[.,;:!?]+$/u, "");
  if (head === undefined || !CAPITALISED_WORD.test(head)) return undefined;
  const lower = head.toLowerCase();
  // "kein Geld", "keine Mittel", "keine neuen Schulen": a noun that stands bare, or a plural, has no "ein" ("Geld",
  // "Mittel", "neue Schulen"): the article goes, and a plural's adjectives take the ending they have without it.
  if ((list[at] === "kein" || list[at] === "keinen") && (UNCOUNTED_NOUNS.has(lower) || lower.endsWith("geld")))
    return [...list.slice(0, at), ...list.slice(at + 1)].join(" ");
  if (list[at] === "keine" && !FEMININE_SINGULAR_ENDING.test(head)) {
    const adjectives = list.slice(at + 1, noun);
    const plural = adjectives.some((word) => word.endsWith("en")) || PLURAL_IN_N.test(head) || (IN_ER_OR_EL.test(head) && !FEMININE_IN_ER_OR_EL.has(lower));
    if (!plural || !adjectives.every((word) => word.endsWith("en"))) return undefined;
    // "keine Verletzten" → "Verletzte": a noun made of an adjective drops its "-n" as the adjectives do.
    const bareHead = isNominalisedAdjective(lower.slice(0, -1)) ? list[noun]!.replace(FINAL_N, "") : list[noun]!;
    return [...list.slice(0, at), ...adjectives.map((word) => word.slice(0, -1)), bareHead, ...list.slice(noun + 1)].join(" ");
  }
  // "keinen Kindern", "keinen Mitteln": a dative plural; "keinen Plan", "keinen Mann" an accusative singular.
  if (list[at] === "keinen" && DATIVE_PLURAL_ENDING.test(head)) return undefined;
  return [...list.slice(0, at), list[at]!.slice(1), ...list.slice(at + 1)].join(" ");
}

/**
 * What a study or its researchers found ("..., ergab eine Wiener Studie."): the text names no one else who could
 * have found it, so its false statement changes the finding, a figure or its direction, with the source's own verb
 * ("Eine Wiener Studie ergab: ..."); and the two findings side by side, "Was ergab eine Wiener Studie laut Text?".
 * Not asked where the finding cannot be changed: a true statement alone would tip a quiz's balance.
 */
const findingQuestions = perFact(findingQuestionsOf);

/**
 * Whether the sentence at `start` is a finding of researchers who act in it ("Die Forscher fanden heraus, dass ...") that
 * findingQuestions cannot ask (its finding has no change that makes it false): its deed is asked instead.
 */
function unaskedFinding(doc: DocContext, start: number): boolean {
  const quote = doc.facts.quotes.find((candidate) => candidate.start === start);
  return quote?.finding === true && findingQuestions(doc, quote).length === 0;
}

function findingQuestionsOf(doc: DocContext, quote: QuoteFact): Question[] {
  if (quote.sourceFirst) return sourceFirstFindingQuestions(doc, quote);
  // "Ein Experiment zeigt, dass ...": the clause as the text gives it, its verb last, as thatClause takes one.
  const thatForm = quote.verb.endsWith(FINDING_THAT);
  const clause = squash(quote.quote.text).replace(/[.,;:]+$/u, "");
  const words = !thatForm
    ? quotable(doc, quote)
    : clause.length <= MAX_QUOTE_LENGTH && clause.split(" ").length >= 4 && quoteStandsAlone(clause)
      ? clause
      : undefined;
  const evidence = claimEvidence(doc, quote);
  const seed = `${doc.id}:${quote.start}`;
  const changedAsSaid = words && changedFinding(doc, words, seed, thatForm);
  // "Die Interaktion von Genen beeinflusst die Evolution, berechneten Forscher": where the finding as the text says it has
  // no change, it is stated as what they found in a "dass" clause, whose verb last a denial places as in any clause.
  const asThat = thatForm || changedAsSaid || !words || FINDING_PERFECTS.get(quote.verb) === undefined ? undefined : asThatClause(words);
  if (asThat) return thatFindingQuestions(doc, quote, asThat, evidence, seed);
  const changed = changedAsSaid;
  if (!words || !evidence || !changed) return [];
  const source = squash(quote.speaker.text);
  const common = findingBase(doc, quote, evidence);
  // The verb in the perfect before a "dass" clause: the text's tense would make the true statement its sentence.
  // "haben herausgefunden, dass": a perfect already, said as it stands.
  const textVerb = quote.verb.replace(FINDING_THAT, "");
  const perfect = FINDING_PERFECTS.get(textVerb) ?? (FINDING_PERFECT_FORMS.has(textVerb) ? textVerb : undefined);
  if (thatForm && perfect === undefined) return [];
  const found = (finding: string) =>
    thatForm ? `${capitalise(source)} ${perfect}, dass ${finding}.` : `${capitalise(source)} ${quote.verb}: ${spoken(finding, !quote.direct)}`;
  const truth = found(words);
  const falsehood = found(changed);
  const questions: (Question | undefined)[] = [
    trueFalse({ ...common, key: `${common.key}:true`, stem: STATEMENT_STEM }, truth, true),
    trueFalse({ ...common, key: `${common.key}:false`, stem: STATEMENT_STEM }, falsehood, false, truth),
  ];
  // A clause with its verb last is no answer to "Was ...?" on its own: the two statements are the options; not where
  // one is the other with its "nicht" taken out (deniedTwins).
  const [verb, particle] = quote.verb.replace(FINDING_THAT, "").split(" ");
  const stem = thatForm ? WHICH_STEM : `Was ${verb} ${source} laut Text${particle ? ` ${particle}` : ""}?`;
  const [right, wrong] = thatForm ? [truth, falsehood] : [spoken(words, !quote.direct), spoken(changed, !quote.direct)];
  if (!deniedTwins(right, wrong) && right.length <= MAX_CHOICE_STATEMENT_LENGTH && wrong.length <= MAX_CHOICE_STATEMENT_LENGTH)
    questions.push(single({ ...common, key: `${common.key}:which`, stem }, { text: right }, [{ text: wrong }]));
  return questions.filter((question): question is Question => question !== undefined);
}

/** What every question of a finding shares: its source's words as a quote fact, salient as a finding, with its evidence. */
const findingBase = (doc: DocContext, quote: QuoteFact, evidence: Evidence) => ({
  documentId: doc.id,
  topic: "quote" as const,
  key: `${quote.start}:${squash(quote.speaker.text)}`,
  fact: `quote:${quote.quote.start}`,
  salience: salienceOf(doc, "quote", quote, { persons: [], institution: speakingInstitution(quote), finding: true }),
  evidence,
  moreEvidence: [],
  ...askedSentence(quote, evidence),
});

/**
 * A finding said as a main clause after its verb of finding ("Forscher berechneten: ..."), stated in a "dass" clause
 * after that verb in the perfect: "Forscher haben berechnet, dass die Interaktion von Genen die Evolution beeinflusst.",
 * and falsely with that clause denied. Nothing without the false statement.
 */
function thatFindingQuestions(doc: DocContext, quote: QuoteFact, clause: string, evidence: Evidence | undefined, seed: string): Question[] {
  const changed = changedFinding(doc, clause, seed, true);
  const perfect = FINDING_PERFECTS.get(quote.verb);
  if (!evidence || !changed || !perfect) return [];
  const source = capitalise(squash(quote.speaker.text));
  const common = findingBase(doc, quote, evidence);
  const truth = `${source} ${perfect}, dass ${clause}.`;
  const falsehood = `${source} ${perfect}, dass ${changed}.`;
  const questions: (Question | undefined)[] = [
    trueFalse({ ...common, key: `${common.key}:true`, stem: STATEMENT_STEM }, truth, true),
    trueFalse({ ...common, key: `${common.key}:false`, stem: STATEMENT_STEM }, falsehood, false, truth),
  ];
  if (!deniedTwins(truth, falsehood) && truth.length <= MAX_CHOICE_STATEMENT_LENGTH && falsehood.length <= MAX_CHOICE_STATEMENT_LENGTH)
    questions.push(single({ ...common, key: `${common.key}:which`, stem: WHICH_STEM }, { text: truth }, [{ text: falsehood }]));
  return questions.filter((question): question is Question => question !== undefined);
}

/**
 * Words that open a main clause and are written small inside a "dass" clause: articles, "es", "man", quantifiers ("Die",
 * "Es", "Viele"). Not "er", "sie" or "diese": they point back, which the statement cannot show.
 */
// biome-ignore format: a word list, packed for reading
const SMALL_IN_CLAUSE: ReadonlySet<string> = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "es", "man", "jede", "jeder",
  "jedes", "alle", "viele", "manche", "einige",
]);
/** Marks of more than one clause or of quoted words: a finding with them is not turned into a "dass" clause. */
const NOT_ONE_CLAUSE = /[,;:–—()„“"«»?!]/u;

/**
 * A main clause as a "dass" clause, its finite verb last: "Die Interaktion von Genen beeinflusst die Evolution" → "die
 * Interaktion von Genen die Evolution beeinflusst", a separable particle joined to it ("nehmen ... auf" → "aufnehmen").
 * Only one clause without "und" or "oder" (which may join a second verb), whose fore-field opens with an article or a
 * pronoun, written small then (SMALL_IN_CLAUSE): another capitalised word may be an adverb or an adjective that would
 * have to be written small, or a noun, which the finder cannot tell apart.
 */
function asThatClause(words: string): string | undefined {
  if (NOT_ONE_CLAUSE.test(words)) return undefined;
  const list = words.split(" ");
  if (list.some((word) => COORDINATING.has(word))) return undefined;
  const verbAt = finiteVerbIndex(list);
  if (verbAt < 1 || verbAt === list.length - 1) return undefined;
  const first = list[0]!;
  if (!SMALL_IN_CLAUSE.has(first.toLowerCase())) return undefined;
  const rest = list.slice(verbAt + 1);
  const last = rest[rest.length - 1]!;
  const particle = SEPARABLE_PARTICLES.has(last) ? last : "";
  const verb = `${particle}${list[verbAt]!}`;
  const middle = particle === "" ? rest : rest.slice(0, -1);
  return [first.toLowerCase(), ...list.slice(1, verbAt), ...middle, verb].join(" ");
}

/**
 * What a study found, after its source in a clause of "wie" ("Wie Versuche in Panama zeigten, wird ... aufgenommen"):
 * stated with that clause's verb in the perfect ("Wie Versuche in Panama gezeigt haben, wird ..."), so no copy of the
 * text's sentence, and falsely with the finding changed as a source's claim with its verb first is
 * (changedVerbFirstClaim). Nothing without the false statement: a true one alone would tip a quiz's balance.
 */
function sourceFirstFindingQuestions(doc: DocContext, quote: QuoteFact): Question[] {
  const words = squash(quote.quote.text).replace(/[.,;:]+$/u, "");
  const perfect = FINDING_PERFECTS.get(quote.verb);
  const [verb] = words.split(" ", 1);
  if (!perfect || !verb || words.length > MAX_QUOTE_LENGTH || words.split(" ").length < 4 || !quoteStandsAlone(words)) return [];
  const evidence = claimEvidence(doc, quote);
  const falseWords = changedVerbFirstClaim(doc, words, verb, `${doc.id}:${quote.start}`);
  if (!evidence || !falseWords) return [];
  // "Wie Versuche in Panama zeigten" → "Wie Versuche in Panama gezeigt haben": the auxiliary last, as a clause of "wie" has it.
  const [auxiliary, participle] = perfect.split(" ") as [string, string];
  const before = squash(doc.text.slice(quote.start, quote.quote.start)).replace(/,\s*$/u, "");
  const clause = before.slice(before.lastIndexOf("Wie "));
  const sourceClause = `${clause.slice(0, clause.lastIndexOf(" "))} ${participle} ${auxiliary}`;
  const common = { ...findingBase(doc, quote, evidence), stem: STATEMENT_STEM };
  const truth = `${sourceClause}, ${words}.`;
  return [
    trueFalse({ ...common, key: `${common.key}:true` }, truth, true),
    trueFalse({ ...common, key: `${common.key}:false` }, `${sourceClause}, ${falseWords}.`, false, truth),
  ].filter((question): question is Question => question !== undefined);
}

export function quoteQuestions(doc: DocContext, pool: Pool, share: FamilyShare = WHOLE_FAMILY): Question[] {
  const questions: (Question | undefined)[] = [];
  for (const quote of shareOf(doc.facts.quotes, share)) {
    if (isTelegramClaim(doc, quote, doc.text.slice(quote.start, quote.end))) continue;
    if (quote.finding) {
      questions.push(...findingQuestions(doc, quote));
      continue;
    }
    const person = personOf(doc, quote.person);
    const named = person ? personClaimant(person) : quotedInstitution(quote);
    // Not words that go on from the sentence before ("Unter den Festgenommenen sei ..."): they lean on it.
    const unnamed = named || quote.attribution ? undefined : unnamedSource(quote.speaker);
    const speaker = named ?? unnamed;
    // Where a kind's noun stands for the speaker ("Die Firma erklärte, ..."), a possessive may be another's of the sentence before.
    const quoted = quotable(doc, quote) ?? (speaker && !quote.referent ? speakersOwnWords(quote, speaker) : undefined);
    const reported = quoted ? undefined : thatClause(doc, quote);
    const words = quoted ?? reported?.words;
    const evidence = claimEvidence(doc, quote);
    const fact = `quote:${quote.quote.start}`;
    // Who said it, as a gap in the sentence: possible also where the text names nobody else, not where an earlier
    // sentence does, nor where the name is an interview's label ("___: Da wäre ich skeptisch."), which asks nothing.
    if (person && !quote.attribution && quote.verb !== INTERVIEW_ANSWER)
      questions.push(
        nameGap(doc, person, quote, { topic: "quote", key: `${quote.start}`, fact, salience: salienceOf(doc, "quote", quote, { persons: [person] }) }),
      );
    if (!words) {
      questions.push(...sourcedClaimQuestions(doc, quote, person));
      continue;
    }
    if (!speaker || !evidence) continue;
    const gendered = GENDERED_WORDS.test(words);
    // As for a deed ("Das Ministerium nannte nur seine Initialen"): "seine" may be another's than the institution's.
    if (gendered && quote.referent) continue;
    const { how, unmarked, verb: sayingVerb, pluralVerb } = wording(doc, quote, words);
    const introduction = person ? holderIntroduction(doc, person, quote.speaker, quote.antecedent) : quote.referent && evidenceFor(doc, quote.referent);
    if (quote.referent && !introduction) continue;
    const moreEvidence = speakerEvidence(doc, quote, introduction, evidence);
    if (!moreEvidence) continue;
    // An unnamed source is never the answer of "Wer sagte ...?", nor a speaker an office stands for (below): no wrong
    // options to find, looked for only where "Wer ...?" may be asked.
    const distractors = unnamed || introduction ? [] : claimDistractors(doc, pool, speaker, gendered, words, { said: true });
    const key = `${quote.start}:${speaker.text}`;
    const salience = salienceOf(doc, "quote", quote, { persons: person ? [person] : [], institution: speakingInstitution(quote) });
    const sentenceStart = askedSentence(quote, evidence).sentenceStart;
    // Each question's fields as one literal of one shape: a spread of an object with an optional key took V8's slow
    // path (build.ts, base) for each of a quote's up to four questions.
    const asked = (questionKey: string, stem: string) => ({
      documentId: doc.id,
      topic: "quote" as const,
      key: questionKey,
      fact,
      salience,
      stem,
      evidence,
      moreEvidence,
      sentenceStart,
    });
    // Asked once: the stem and both statements give the words in the same form.
    // "Wer fügte laut Text hinzu, dass ...?": the verb's particle after "laut Text", where the clause ends.
    const stem = reported
      ? `Wer ${reported.verb} laut Text${reported.after}${reported.joiner}${words}?`
      : `Wer ${askedVerb(sayingVerb)}${how}: ${unmarked ? words : `„${words}“`}?`;
    // Too few wrong options of the answer's kind: the statements below still ask it. Not where an office stands
    // for the speaker ("sagte der US-Außenminister"): the answer's name is not in the quote's sentence.
    const askedWho = distractors.length >= MIN_DISTRACTORS && !introduction && words.length <= MAX_QUOTE_LENGTH;
    if (askedWho) questions.push(single(asked(key, stem), { text: speaker.text }, distractors));

    // True and false alike: someone of the text and the words, never a sentence of the text.
    const said = (claimant: Claimant, what = words) => {
      const name = capitalise(claimant.person ? fullName(claimant.person) : claimant.text);
      return reported
        ? `${name} ${reported.verb}${reported.after}${reported.joiner}${what}.`
        : `${name} ${claimant.plural ? pluralVerb : sayingVerb}${how}: ${spoken(what, unmarked)}`;
    };
    // An unnamed source's words given to someone else ("Ein anderer Militärvertreter") may well be theirs too: its false
    // statement changes what it said, and without one its true statement alone would tip a quiz's balance.
    const other = unnamed || ownedByOtherInstitution(speaker, words) ? undefined : otherSpeaker(doc, speaker, gendered, `${doc.id}:${quote.start}`, words);
    // An infinitive clause has no subject of its own to deny it after: changed only by another speaker.
    const changeable = reported?.joiner !== ", ";
    const changed = other || !changeable ? undefined : soleSpeakersWordsChanged(doc, words, reported !== undefined, `${doc.id}:${quote.start}`);
    if (unnamed && !changed) continue;
    const truth = said(speaker);
    questions.push(trueFalse(asked(`${key}:true`, STATEMENT_STEM), truth, true));
    const falsehood = other ? said(other) : changed ? said(speaker, changed) : undefined;
    if (!falsehood) continue;
    questions.push(trueFalse(asked(`${key}:false`, STATEMENT_STEM), falsehood, false, truth));
    // The two statements side by side, as a choice, as for a deed: a quiz whose other questions hold no statement of
    // the other key (a quiz's statements are half true) can ask the quote only so. Not where "Wer sagte ...?" asks it
    // with more options, nor where the two are too long to compare on a phone.
    // Nor where the two differ by a denial (deniedTwins): a statement in disguise.
    if (!askedWho && !deniedTwins(truth, falsehood) && truth.length <= MAX_CHOICE_STATEMENT_LENGTH && falsehood.length <= MAX_CHOICE_STATEMENT_LENGTH)
      questions.push(single(asked(`${key}:which`, WHICH_STEM), { text: truth }, [{ text: falsehood }]));
  }
  return questions.filter((question): question is Question => question !== undefined);
}

/**
 * How a stem or statement gives someone's words: the words the text gives as the speaker's, in quotation marks and
 * without "sinngemäß" (a verbatim quote is not "sinngemäß"), also where the text lost the marks of direct speech
 * ("Wir können uns vor Anfragen nicht retten, sagt Pritz"); "sinngemäß" and without marks words retold in the
 * subjunctive, and words the text does not give as they stand, rebuilt around an attribution inside the sentence
 * ("Die Papageien befinden sich laut Engel derzeit ..."). Readers of round 32 failed "sagte sinngemäß: „…“" as a
 * contradiction.
 */
function wording(doc: DocContext, quote: QuoteFact, words: string): Wording {
  // "..., wie das Innenministerium mitteilte": the reporter's words, never in quotation marks, with the verb that made them known.
  if (quote.asSaid) {
    const asSaid = AS_SAID_VERBS.get(quote.verb);
    // A verb of the main clause ("kündigte an" of "Das kündigte X an"): retold, never in quotation marks.
    return asSaid ? { how: "", unmarked: true, verb: asSaid[0], pluralVerb: asSaid[1] } : SAID_IN_SENSE;
  }
  if (quote.direct) return SAID_VERBATIM;
  const asWritten = squash(doc.text.slice(quote.quote.start, quote.quote.end)) === squash(quote.quote.text);
  // Words cut before the clause that tells them retold ("stärke ... und solle ...") are retold all the same.
  return retold(words, false) || !asWritten || retold(squash(quote.quote.text), false) ? SAID_IN_SENSE : SAID_VERBATIM;
}

/** How a statement gives someone's words: "sagte" or a verb that made them known, "sinngemäß" or not, in quotation marks or as a sentence after the colon. */
interface Wording {
  how: "" | " sinngemäß";
  unmarked: boolean;
  verb: string;
  pluralVerb: string;
}
const SAID_VERBATIM: Wording = { how: "", unmarked: false, verb: "sagte", pluralVerb: "sagten" };
const SAID_IN_SENSE: Wording = { how: " sinngemäß", unmarked: true, verb: "sagte", pluralVerb: "sagten" };

/** A verb of saying as "Wer ...?" asks it, its particle after "laut Text": "teilte mit" → "teilte laut Text mit". */
function askedVerb(verb: string): string {
  const [finite, particle] = verb.split(" ");
  return particle ? `${finite} laut Text ${particle}` : `${finite} laut Text`;
}

/** Words of a fronted attribution ("Laut Polizei", "Der Weltbank zufolge", "nach Angaben von X"), as extractQuotes gives its verb. */
const ATTRIBUTION_WORDS: ReadonlySet<string> = new Set(["laut", "zufolge", "nach"]);
/** Articles in the dative that may open a source: "Der Weltbank zufolge", "laut dem UNHCR". */
const DATIVE_ARTICLE = /^(?:der|dem|den)$/iu;
/** An indefinite article in the dative: "Einem Bericht zufolge", "laut einer Studie". */
const INDEFINITE_DATIVE = /^(?:einem|einer)$/iu;
/** Whose a source is, after its noun ("der Universität Wien", "des WWF", "von Greenpeace"): an indefinite one named so. */
const WHOSE = /^(?:der|des|von)\s\p{Lu}/u;
/** A bare plural in the dative, which stands before "zufolge" without an article: "Experten", "STANDARD-Informationen", "PSD-Vertretern". */
const BARE_DATIVE_PLURAL = /\p{Ll}(?:en|ern)$/u;
/** What may follow the main clause of a source's claim and be left out of a statement: a clause of reason or time. */
const SUBORDINATE_AFTER_CLAIM = /^,\s*(?:weil|da|obwohl|nachdem|während|wobei|bevor|sodass)\s/u;

/**
 * The source of a claim put the other way round from the text's, so that the statement is no sentence of the text
 * copied: "Der Weltbank zufolge" → "Laut der Weltbank", "Laut STANDARD-Informationen" → "STANDARD-Informationen
 * zufolge". Undefined where the case of the other form is not known: a bare singular ("laut Polizei" needs an article
 * before "zufolge"), a genitive ("laut des Berichts").
 */
function turnedAttribution(quote: QuoteFact, person: PersonFact | undefined): string | undefined {
  const verb = quote.verb.toLowerCase();
  if (person) return verb === "laut" ? `${fullName(person)} zufolge` : `Laut ${fullName(person)}`;
  const words = squash(quote.speaker.text).split(" ");
  // "Einem Bericht zufolge": which report, the learner cannot tell; a source is named or not asked. "Einer Studie der
  // Universität Wien zufolge" names it by whose it is.
  const indefinite = INDEFINITE_DATIVE.test(words[0]!);
  if ((indefinite && !WHOSE.test(words.slice(2).join(" "))) || !words.every((word) => /^[\p{L}-]+$/u.test(word))) return undefined;
  if (verb === "zufolge") {
    // "Französischen Medienberichten zufolge": an adjective before the noun is written small after "laut".
    const opener = indefinite || DATIVE_ARTICLE.test(words[0]!) || (words.length > 1 && isAdjectiveLike(words[0]!)) ? words[0]!.toLowerCase() : words[0]!;
    return `Laut ${[opener, ...words.slice(1)].join(" ")}`;
  }
  if (verb !== "laut") return undefined;
  if ((indefinite || DATIVE_ARTICLE.test(words[0]!)) && words[0]!.toLowerCase() !== "der") return `${capitalise(words.join(" "))} zufolge`;
  return words.length === 1 && BARE_DATIVE_PLURAL.test(words[0]!) ? `${words[0]} zufolge` : undefined;
}

/**
 * What a source reports, with its verb first after the attribution ("Der Weltbank zufolge hat der Gazastreifen mit knapp
 * 44 Prozent die ... höchste Arbeitslosenquote weltweit"): no one's words to give as "X sagte", but a claim a
 * teacher asks, most of all in a lead. A true statement with the source ("Laut der Weltbank hat der Gazastreifen ...")
 * and a false one changed the same way as a sole speaker's words: another figure, the clause after the verb denied, or
 * a claim that denies undenied.
 * Nothing without the false one (a true statement alone would tip a quiz's balance), nor where the claim points
 * outside itself ("er", "dort", "weitere").
 */
function sourcedClaimQuestions(doc: DocContext, quote: QuoteFact, person: PersonFact | undefined): Question[] {
  if (quote.direct || quote.attribution || !ATTRIBUTION_WORDS.has(quote.verb.toLowerCase())) return [];
  const said = squash(quote.quote.text).replace(/[.,;:]+$/u, "");
  const [verb] = said.split(" ", 1);
  if (!verb || !SMALL_LETTER_FIRST.test(verb) || !(isIrregularFiniteVerb(verb) || isReportedVerb(verb) || mayBeFiniteVerb(verb))) return [];
  const clause = clauseOf(said);
  const words = said.length <= MAX_QUOTE_LENGTH ? said : SUBORDINATE_AFTER_CLAIM.test(said.slice(clause.length)) ? clause : undefined;
  if (!words || words.length > MAX_QUOTE_LENGTH || words.split(" ").length < 4 || !quoteStandsAlone(words)) return [];
  // "zwei weitere Nordkoreaner": more than whom an earlier sentence counted.
  if (words.split(" ").some((word) => OTHER_ONE_ADJECTIVES.has(word))) return [];
  const attribution = turnedAttribution(quote, person);
  const evidence = claimEvidence(doc, quote);
  if (!attribution || !evidence) return [];
  const falseWords = changedVerbFirstClaim(doc, words, verb, `${doc.id}:${quote.start}`);
  if (!falseWords) return [];
  const common = {
    documentId: doc.id,
    topic: "quote" as const,
    key: `${quote.start}:${attribution}`,
    fact: `quote:${quote.quote.start}`,
    salience: salienceOf(doc, "quote", quote, { persons: person ? [person] : [], institution: speakingInstitution(quote) }),
    evidence,
    moreEvidence: [],
    ...askedSentence(quote, evidence),
    stem: STATEMENT_STEM,
  };
  const truth = `${attribution} ${words}.`;
  return [
    trueFalse({ ...common, key: `${common.key}:true` }, truth, true),
    trueFalse({ ...common, key: `${common.key}:false` }, `${attribution} ${falseWords}.`, false, truth),
  ];
}

/**
 * A source's claim that opens with its verb ("hat der Gazastreifen mit knapp 44 Prozent ..."), changed for a false
 * statement: the direction of a change turned, another figure, a bound turned, the clause after the verb denied (a
 * copula's predicate), or a claim that denies undenied. Not where the changed words may still be true or read as a
 * riddle: words that concede or hedge, with "auch", "nur", "noch" (SCALAR_PARTICLE), or in the first person.
 */
function changedVerbFirstClaim(doc: DocContext, words: string, verb: string, seed: string): string | undefined {
  const rest = words.slice(verb.length + 1);
  if (CONCESSIVE.test(words) || SCALAR_PARTICLE.test(words) || FIRST_PERSON.test(words)) return undefined;
  const changed = NEGATED.test(words)
    ? undenied(rest)
    : BOUND_BEFORE_FIGURE.test(words)
      ? withBoundTurned(rest)
      : (withOtherFigure(doc, rest, seed) ?? (COPULAS.has(verb) ? predicateDenied(rest) : undefined) ?? denied(rest, nameWordsOf(doc), true));
  // Which way a figure went ("sank die Zahl ...": the verb itself may tell it) before any other change.
  return (NEGATED.test(words) ? undefined : withOppositeChange(words)) ?? (changed && `${verb} ${changed}`);
}

/**
 * The words of a speaker whom nobody else of the text could have said them in place of, changed where they say
 * something: another figure, or the clause after the verb denied, as a finding's are (changedFinding); words that
 * deny, undenied (undenied). A quote of
 * the lead would otherwise have a true statement alone, which a quiz's balance never asks; and a speaker swapped
 * in an interview of one speaker tests name scanning, a changed content understanding. Not where the changed words
 * may still be true or read as a riddle: a figure after a bound ("unter 1.000" → "unter 1.500" is still true; the bound
 * is turned instead, withBoundTurned), words
 * that concede or hedge, words with "auch", "nur", "noch" (SCALAR_PARTICLE, which
 * denied refuses in a deed's clause only), or the speaker's own "wir"/"ich" ("Wir wollen nicht, dass ...").
 */
function soleSpeakersWordsChanged(doc: DocContext, words: string, thatClause: boolean, seed: string): string | undefined {
  if (CONCESSIVE.test(words) || SCALAR_PARTICLE.test(words) || FIRST_PERSON.test(words)) return undefined;
  if (NEGATED.test(words)) return undenied(words);
  if (BOUND_BEFORE_FIGURE.test(words)) return withBoundTurned(words);
  const changed = changedFinding(doc, words, seed, thatClause);
  if (changed !== undefined || thatClause) return changed;
  const list = words.split(" ");
  const verbAt = finiteVerbIndex(list);
  if (verbAt < 1) return undefined;
  const rest = list.slice(verbAt + 1).join(" ");
  const denial = COPULAS.has(list[verbAt]!) ? predicateDenied(rest) : deniedBeforePhrase(rest);
  return denial && [...list.slice(0, verbAt + 1), denial].join(" ");
}

/** Forms of "sein" and "bleiben" before a predicate ("Die Lage sei ernst"). */
const COPULAS: ReadonlySet<string> = new Set([...FORMS_OF_SEIN, "bleibt", "bleiben", "bliebe"]);

/**
 * What follows a copula, denied before its closing predicate: "positive Akzeptanz, Achtung und Freiraum spürbar" →
 * "... nicht spürbar". Only where the predicate, a word of at least four small letters and no verb form, ends the
 * whole rest and follows a noun or nothing: after an adverb "nicht" would deny the wrong word ("sehr nicht ernst").
 */
function predicateDenied(rest: string): string | undefined {
  if (clauseOf(rest) !== rest) return undefined;
  const words = rest.split(" ");
  const predicate = words[words.length - 1]!;
  const before = words[words.length - 2];
  if (!/^\p{Ll}{4,}$/u.test(predicate) || isNonFinite(predicate) || GENERAL.has(predicate)) return undefined;
  if (before !== undefined && !CAPITALISED_WORD.test(before)) return undefined;
  return [...words.slice(0, -1), "nicht", predicate].join(" ");
}

/** A word of at least four small letters: a predicate adjective ("fähig", "sicher"). */
const PLAIN_PREDICATE_WORD = /^\p{Ll}{4,}$/u;
/** "-er", as comparatives end ("klüger"): denied, a comparison may still hold ("nicht klüger" than whom?). */
const COMPARATIVE_SHAPE = /er$/u;
/** Most words of a predicate of place or state after its preposition: "in der Lage", "unter großem Druck". */
const MAX_WORDS_AFTER_PREDICATE_PREPOSITION = 3;

/**
 * A copula's predicate after sentence adverbs (SENTENCE_ADVERBS_BEFORE_PREDICATE) or none, denied before it: "also
 * offenbar in der Lage, ... zu bewerten" → "also offenbar nicht in der Lage, ... zu bewerten", "offenbar klüger" stays
 * (a comparative: "nicht klüger" may still hold). The predicate is its clause's rest: one plain adjective, or a
 * preposition with at most three words up to a noun ("in der Lage", "unter Druck"); what follows the clause (an
 * infinitive, "dass ...") stays as it is. Not where the words deny, concede, grade or limit already.
 */
function predicateAfterAdverbsDenied(rest: string): string | undefined {
  const clause = clauseOf(rest);
  if (NEGATED.test(withoutNotOnly(rest)) || SCALAR_PARTICLE.test(clause) || CONCESSIVE.test(rest) || DEGREE_ADVERB.test(clause)) return undefined;
  const words = clause.split(" ");
  let at = 0;
  while (at < words.length && SENTENCE_ADVERBS_BEFORE_PREDICATE.has(words[at]!)) at++;
  const predicate = words.slice(at);
  const [first, ...others] = predicate;
  if (first === undefined) return undefined;
  const adjective = others.length === 0 && PLAIN_PREDICATE_WORD.test(first) && isAdjectiveLike(first) && !COMPARATIVE_SHAPE.test(first) && !isNonFinite(first);
  const phrase =
    PREPOSITIONS.has(first) &&
    others.length >= 1 &&
    others.length <= MAX_WORDS_AFTER_PREDICATE_PREPOSITION &&
    CAPITALISED_WORD.test(others[others.length - 1]!) &&
    !others.some((word) => PREPOSITIONS.has(word));
  if (!adjective && !phrase) return undefined;
  return [...words.slice(0, at), "nicht", ...predicate].join(" ") + rest.slice(clause.length);
}

/** Words that bound a figure ("unter 1.000", "mehr als zwei"): the bound changed either way may still hold. */
const BOUND_WORDS = "unter|über|mehr\\s+als|weniger\\s+als|bis\\s+zu|mindestens|höchstens|maximal|ab";
/** A bound before a figure anywhere in the words. */
const BOUND_BEFORE_FIGURE = new RegExp(`(?<!\\p{L})(?:${BOUND_WORDS})\\s+(?:\\d|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)`, "iu");
/** A bound right before the figure that withOtherFigure would change. */
const BOUND_JUST_BEFORE = new RegExp(`(?<!\\p{L})(?:${BOUND_WORDS})\\s+$`, "iu");
/** Every bound before a figure in some words (withBoundTurned). */
const BOUNDS_BEFORE_FIGURES = new RegExp(BOUND_BEFORE_FIGURE.source, "giu");
/** Bounds whose other direction the figure contradicts: "unter 1.000" and "über 1.000" cannot both hold. */
const TURNED_BOUNDS: ReadonlyMap<string, string> = new Map([
  ["unter", "über"],
  ["über", "unter"],
  ["mehr als", "weniger als"],
  ["weniger als", "mehr als"],
]);
const TURNABLE_BOUND = /^(unter|über|mehr\s+als|weniger\s+als)\s/iu;
/** "nicht" right before a bound ("nicht mehr als 40"), which then bounds the other way. */
const NOT_BEFORE_BOUND = /(?<!\p{L})nicht\s+$/iu;

/**
 * The words with their one bound turned the other way, for a false statement where another figure after the bound
 * may still hold ("liegt unter 1.000 Exemplaren" → "liegt über 1.000 Exemplaren", "mehr als 900" → "weniger als 900"):
 * the figure stays, what the text says of it is contradicted. Not where the words bound two figures (which one?), nor
 * a bound that says no direction ("bis zu", "ab", "mindestens", whose other side may still hold).
 */
function withBoundTurned(words: string): string | undefined {
  const bounds = [...words.matchAll(BOUNDS_BEFORE_FIGURES)];
  if (bounds.length !== 1) return undefined;
  const at = bounds[0]!.index;
  const bound = TURNABLE_BOUND.exec(words.slice(at))?.[1];
  const turned = bound && TURNED_BOUNDS.get(squash(bound).toLowerCase());
  if (!bound || !turned) return undefined;
  // "nicht mehr als zwei" turned is "nicht weniger als zwei", which two still meets: the bound without its "nicht"
  // ("mehr als zwei") is what contradicts it.
  const negation = NOT_BEFORE_BOUND.exec(words.slice(0, at));
  if (negation) return words.slice(0, negation.index) + words.slice(at);
  const written = bound.charAt(0) === bound.charAt(0).toUpperCase() ? capitalise(turned) : turned;
  return words.slice(0, at) + written + words.slice(at + bound.length);
}

/**
 * Whether words are retold in the subjunctive ("Die Lage sei ernst"): no one's exact words, which quotation marks
 * would present as such (readers of rounds 17 and 18 failed "X sagte sinngemäß: „... seien ...“" as a mood
 * error). Statements and "Wer sagte ...?" give them as a sentence of their own after the colon; other words stand
 * in quotation marks: the dataset's texts lost many marks of direct speech ("Wir können uns ... nicht retten").
 */
function retold(words: string, direct: boolean): boolean {
  return !direct && !FIRST_PERSON.test(words) && (hasReportedVerb(words) || opensWithPastShapedVerb(words));
}

/**
 * "Die Schäden gingen in die Millionen", "Die Molkereien nützten die Lage aus": words without quotation marks whose
 * verb is a past indicative in form and may as well be the subjunctive II of reported speech (a weak verb in
 * "-te(n)", a strong plural of PAST_SHAPED_SUBJUNCTIVES). Given as retold ("sinngemäß", no marks) they hold either
 * way; in quotation marks retold words would pass for the speaker's own. The verb is the first word written small
 * after a capitalised one in the first clause, where the second place of a main clause follows a noun phrase or an
 * adverb ("Die Preise der Molkereien stiegen", "Derzeit nützten ..."); not a participle before a noun ("Die von der
 * Regierung geplanten Maßnahmen").
 */
function opensWithPastShapedVerb(words: string): boolean {
  const clause = words.split(/[,;:]/u, 1)[0]!.split(" ");
  for (let index = 1; index < clause.length; index++) {
    const word = clause[index]!;
    if (isCapitalised(word) || NOUN_PHRASE_LINKS.has(word) || !isCapitalised(clause[index - 1]!)) continue;
    if (PAST_SHAPED_SUBJUNCTIVES.has(word)) return true;
    const next = clause[index + 1];
    const participleBeforeNoun = word.startsWith("ge") && next !== undefined && isCapitalised(next);
    return WEAK_PAST_SHAPE.test(word) && !SUPERLATIVE_SHAPE.test(word) && !NOT_SUBJUNCTIVE_IN_TE.has(word) && !participleBeforeNoun;
  }
  return false;
}

/** A weak verb's past, which is also its subjunctive II: "nützte", "forderten". */
const WEAK_PAST_SHAPE = /^\p{Ll}{3,}ten?$/u;
/** A superlative or ordinal in "-ste(n)" ("größte", "meisten"), not a past whose stem ends in "-ss" ("passte"). */
const SUPERLATIVE_SHAPE = /(?:[^s]s|ß)ten?$/u;

/** A verb of reported speech in the words: "sei", "habe", "könne", or the "-e" after a subject that opens them ("Burgenland leiste"). */
function hasReportedVerb(words: string): boolean {
  // "Wer keine Rendite erwarten könne, baue ...": the verb before a comma is reported speech too.
  return words.split(" ").some((word) => isReportedVerb(withoutClosingMarks(word))) || opensWithReportedVerb(words);
}

/**
 * "Burgenland leiste mehr": one capitalised word, a name or noun, before a verb in "-e": the subjunctive of
 * reported speech, as the indicative's "-e" is that of "ich" alone. Not after an adverb or a preposition
 * ("Nur wenige kamen"), nor a determiner or possessive in "-e" ("Alle anderen"), nor before a noun.
 */
function opensWithReportedVerb(words: string): boolean {
  const [subject, verb, next] = words.split(" ", 3);
  if (!subject || !verb || next === undefined || !isCapitalised(subject) || isCapitalised(next) || OWN_SUBJECT.test(next))
    return opensWithNounPhraseThenReportedVerb(words);
  const opener = subject.toLowerCase();
  if (opener === "ich" || FOREFIELD_OPENERS.has(opener) || PHRASE_DETERMINERS.has(opener)) return opensWithNounPhraseThenReportedVerb(words);
  return REGULAR_SUBJUNCTIVE.test(verb) && !DETERMINER_IN_E.test(verb);
}

/** Articles and prepositions inside a noun phrase that opens someone's words ("Ein Streik im Weihnachtsgeschäft"). */
const NOUN_PHRASE_LINKS: ReadonlySet<string> = new Set([
  "der",
  "die",
  "das",
  "des",
  "dem",
  "den",
  "ein",
  "eine",
  "einer",
  "eines",
  "einem",
  "kein",
  "keine",
  "im",
  "am",
  "vom",
  "zum",
  "zur",
  "beim",
  "in",
  "an",
  "auf",
  "für",
  "von",
  "mit",
  "aus",
  "bei",
]);
/** A preposition that opens a phrase before the verb ("Ohne die Einsparungen drohe ein Verfahren"). */
const OPENING_PREPOSITION = /^(?:Ohne|Mit|Für|Nach|Bei|Beim|Trotz|Wegen|Durch|Seit|Im|Am|Zum|Zur|Unter)$/u;
/** An article that opens a noun phrase as the subject ("Ein Streik", "Die Erhöhung"). */
const SUBJECT_ARTICLE = /^(?:Der|Die|Das|Ein|Eine|Kein|Keine)$/u;
/** Words in "-e" after a noun that are no verb: a preposition or an adverb ("Familien ohne Einkommen", "Preise heute"). */
const NOT_VERBS_IN_E: ReadonlySet<string> = new Set(["ohne", "heute", "gerne", "lange", "gerade", "alleine", "bitte", "nahe", "vorne"]);
/** At most this many words of a noun phrase before the verb ("Ein Streik im Weihnachtsgeschäft"). */
const MAX_NOUN_PHRASE_WORDS = 6;

/**
 * "Ein Streik im Weihnachtsgeschäft schade allen", "Ohne die Reform drohe ein Defizit": a noun phrase, its article or a
 * preposition first and a noun last, before a verb in "-e" and a word written small: reported speech, as the "-e" of the
 * indicative is that of "ich" alone.
 */
function opensWithNounPhraseThenReportedVerb(words: string): boolean {
  const list = words.split(" ", MAX_NOUN_PHRASE_WORDS + 2);
  if (!SUBJECT_ARTICLE.test(list[0] ?? "") && !OPENING_PREPOSITION.test(list[0] ?? "")) return false;
  for (let index = 1; index < list.length - 1 && index <= MAX_NOUN_PHRASE_WORDS; index++) {
    const word = list[index]!;
    if (isCapitalised(word) || NOUN_PHRASE_LINKS.has(word)) continue;
    const [verb, next] = [word, list[index + 1]!];
    const afterNoun = isCapitalised(list[index - 1]!);
    return (
      afterNoun && REGULAR_SUBJUNCTIVE.test(verb) && !DETERMINER_IN_E.test(verb) && !NOT_VERBS_IN_E.has(verb) && !isCapitalised(next) && !OWN_SUBJECT.test(next)
    );
  }
  return false;
}

/** A verb in "-e" as reported speech writes it ("leiste", "fordere"), of at least four letters. */
const REGULAR_SUBJUNCTIVE = /^\p{Ll}{3,}e$/u;

/** A colon and a capitalised word after it: what follows may be the speaker's own words (retoldBeforeTurn). */
const RETOLD_THEN_OWN_WORDS = /:\s+(?=\p{Lu})/u;
/**
 * A turn from retold words to the speaker's own: "Burgenland leiste mehr, als in der Statistik aufscheint und wir
 * erwarten uns, dass ...": a clause whose subject is "ich" or "wir" after "und", "aber", "doch", a comma, colon or
 * semicolon. Not "halte ich", "ich habe": indicative, the speaker's own words throughout.
 */
const TURN_TO_OWN_WORDS = /(?:,?\s+(?:und|aber|doch)|[,;:])\s+(?:[Ii]ch|[Ww]ir)\s+\p{Ll}/u;

/**
 * Words that mix retold speech and the speaker's own (see TURN_TO_OWN_WORDS): the retold clauses before the turn,
 * which a stem gives as such; in quotation marks the subjunctive reads as a mood error, without them the first
 * person as the text's. Undefined where the words do not turn at a clause, or the retold part alone is no sentence.
 * The words themselves where they are not mixed.
 */
function retoldBeforeTurn(words: string, direct: boolean): string | undefined {
  if (direct) return words;
  // "AlphaGo sei noch weit davon entfernt, perfekt zu sein: Da ist noch Raum zur Verbesserung": after the colon the
  // speaker's own words in the indicative, which the text lost the marks of; the retold clause before it stands alone.
  const colon = RETOLD_THEN_OWN_WORDS.exec(words);
  if (colon) {
    const retoldPart = words.slice(0, colon.index);
    if (retoldPart.split(" ").length >= 4 && retold(retoldPart, false) && !retold(words.slice(colon.index + 1), false)) return retoldPart;
  }
  if (!FIRST_PERSON.test(words)) return words;
  const list = words.split(" ");
  const own = list.findIndex((word) => FIRST_PERSON.test(word));
  // A verb of reported speech right before "ich" or "wir" is theirs, in the indicative: "halte ich".
  const reported = list.slice(0, own).some((word, index) => isReportedVerb(word) && !OWN_SUBJECT.test(list[index + 1]!)) || opensWithReportedVerb(words);
  if (!reported) return words;
  const turn = TURN_TO_OWN_WORDS.exec(words);
  if (!turn || turn.index > words.indexOf(list[own]!)) return undefined;
  const retoldPart = words.slice(0, turn.index).replace(/[,;:]+$/u, "");
  return retoldPart.split(" ").length >= 4 && retold(retoldPart, false) ? retoldPart : undefined;
}

/** "ich" or "wir" as a whole word. */
const OWN_SUBJECT = /^(?:[Ii]ch|[Ww]ir)[,.;:]?$/u;

/** Words as a statement gives them after "sagte ...:", `unmarked` (retold, or unmarked in the text) or in quotation marks. */
function spoken(words: string, unmarked: boolean): string {
  if (!unmarked) return `„${words}“`;
  return words.endsWith("…") ? words : `${words}.`;
}

/** A deed as parts that can be put together with any actor: "hat", and "im Oktober den Fahrplan präsentiert". */
export interface Deed {
  verb: string;
  /** The verb as "wer" takes it: the singular of a plural ("haben" → "hat"). */
  singular: string;
  /** Everything of the clause (and what belongs to it) but the actor and the verb, in order. */
  rest: string;
  /** The sentence before, where the deed names the person it is about in place of a pronoun (withPersonBefore). */
  personBefore?: Span;
  /** How "Wer ...?" asks for a person something was done to in the dative or after "gegen" ("Wem", "Gegen wen"). */
  asked?: string;
  /** Told after a source the text named before ("nach diesen Angaben"): its own deed for the source too, so nobody else's. */
  relayed?: boolean;
  /** The rest with its second verb in the singular, where the deed's verb is plural ("und zogen" → "und zog"). */
  singularRest?: string;
}

/** The rest of a deed told with `verb`: with its second verb in the singular where `verb` is the singular of a plural. */
export function restWith(deed: Deed, verb: string): string {
  return verb === deed.singular && deed.singularRest !== undefined ? deed.singularRest : deed.rest;
}

/**
 * "forderten den Erhalt der Station und zogen vor das Rathaus": a second verb of a group's deed after "und", "oder" or
 * "sowie" in the singular, for "Wer forderte ... und zog ...?" and for one person's false statement. Only a second
 * verb in the past beside a first in the past ("und weiteren Forderungen" is an adjective), or one in the present
 * that no noun follows ("und ziehen vor ...", not "und neuen Plänen"). Undefined where the clause has none.
 */
function withSecondVerbInSingular(finite: string, singular: string, rest: string): string | undefined {
  const clause = clauseOf(rest);
  const firstInPast = participleOfPast(singular) !== undefined;
  for (const joined of clause.matchAll(JOINED_WORD)) {
    const second = joined[1]!;
    if (!PLURAL_VERB.test(second) || !mayBeFiniteVerb(second) || PHRASE_DETERMINERS.has(second)) continue;
    const secondSingular = singularVerb(second);
    if (!secondSingular) continue;
    const secondInPast = participleOfPast(secondSingular) !== undefined;
    const wordAfter =
      clause
        .slice(joined.index + joined[0].length)
        .trimStart()
        .split(" ")[0] ?? "";
    const verbShaped = firstInPast ? secondInPast : !secondInPast && !CAPITALISED_WORD.test(wordAfter) && !isAdjectiveLike(wordAfter);
    if (!verbShaped || finite === second) continue;
    const at = joined.index + joined[0].length - second.length;
    return `${rest.slice(0, at)}${secondSingular}${rest.slice(at + second.length)}`;
  }
  return undefined;
}

/** A deed of two words that names its object by whose it is ("fordern Assads Rücktritt"): whole, unlike "bestätigte das". */
const NAMED_OBJECT = /^\p{Lu}[\p{L}-]+s\s\p{Lu}\p{Ll}+$/u;
/**
 * A deed of two words that is an object noun after an article, a possessive or an adverb of time ("unterstützt das
 * Verbot", "übernimmt die Kosten", "sucht nun Zeugen"): whole, as a short teacher's text tells its main facts. Not a
 * phrase after a preposition ("wird zum Auslaufmodell", "beginnt im Mai"): a becoming or a circumstance, no deed.
 */
const OBJECT_NOUN =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|sein|seine|seinen|ihr|ihre|ihren|neue|neuen|weitere|nun|jetzt|erneut|wieder)\s\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

/** A one-word short name in brackets: "(ÖVP)", "(PSD)", "(BH)"; not "(siehe Tabelle)". */
const SHORT_NAME_IN_BRACKETS = /\s\(\p{Lu}[\p{L}\p{N}-]{0,9}\)/gu;
/**
 * A person's age in brackets after the name, alone or after the party: "Maria Lechner (45)", "Karl Huber (ÖVP, 58)".
 * Not a figure in brackets after anything else ("2015 (plus 3)", "Punkte (12)").
 */
const AGE_AFTER_NAME_IN_BRACKETS = /(?<=\p{Lu}[\p{L}-]*)\s\((?:\p{Lu}[\p{L}\p{N}-]{0,9},\s*)?\d{1,3}\)/gu;
/**
 * An amount converted into another currency in brackets after a currency ("15 Milliarden US-Dollar (13,4 Milliarden
 * Euro)"): the same amount again, which the deed says without it.
 */
const CONVERTED_AMOUNT =
  /(Euro|Dollar|Franken|Pfund|Yen|Rubel|Kronen|Lira)\s\((?:(?:rund|etwa|umgerechnet|knapp|fast)\s)?\d[\d.,]*\s+(?:(?:Millionen|Milliarden|Mio\.|Mrd\.)\s+)?(?:Euro|Dollar|US-Dollar|Franken|Pfund)\)/gu;

/**
 * The deed without a short name, an age or a converted amount in brackets. Each of these opens with "(": most deeds have
 * none, and the age's look back over the word before would be tried at every character.
 */
const withoutBracketedAdditions = (rest: string) =>
  rest.includes("(") ? rest.replace(SHORT_NAME_IN_BRACKETS, "").replace(AGE_AFTER_NAME_IN_BRACKETS, "").replace(CONVERTED_AMOUNT, "$1") : rest;

/** A deed that opens with a word alone before "und", "oder", "aber", "sondern": a separable verb's particle with no object. */
const PARTICLE_THEN_CLAUSE = /^(\p{Ll}+)\s+(?:und|oder|aber|sondern)(?!\p{L})/u;

/** Joins a clause and what follows it: no space before a comma. */
const joinParts = (...parts: string[]) => withoutSpaceBeforeMarks(squash(parts.join(" ")));

/**
 * `text.replace(/\s+([,;:])/gu, "$1")` for a text squash made: its only whitespace is single plain spaces, so
 * a scan for them does it; the expression, tried at every character, cost more than the joining.
 */
function withoutSpaceBeforeMarks(text: string): string {
  let kept = "";
  let copiedFrom = 0;
  for (let at = text.indexOf(" "); at !== -1; at = text.indexOf(" ", at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next !== 44 && next !== 59 && next !== 58) continue;
    kept += text.slice(copiedFrom, at);
    copiedFrom = at + 1;
  }
  return copiedFrom === 0 ? text : kept + text.slice(copiedFrom);
}

/** A comma, then a word and what follows it: the first word of what follows a clause. */
const FIRST_WORD_AFTER_COMMA = /^\s*,\s*(\p{Ll}+)\s/u;
/** An infinitive with "zu" ("morgen zu kommen", "einzuführen"): the clause after the comma is the verb's object. */
const ZU_INFINITIVE = /(?<!\p{L})zu\s+\p{Ll}+(?:en|ern|eln)(?!\p{L})|\p{Ll}zu\p{Ll}+en(?!\p{L})/u;

/** A participle ("gekürzt", "investiert"), no finite verb after a subject. */
const PARTICIPLE_SHAPE = /^(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|\p{Ll}{3,}iert)$/u;
/** ", die Bahn rechnet mit ...": an article, a noun and the word after it, where a main clause's verb stands. */
const ARTICLE_NOUN_WORD = /^\s*,\s*(?:der|die|das)\s+\p{Lu}[\p{L}-]*\s+(\p{Ll}+)\s+\S/u;

/**
 * "Auf Staus müssen sich Pendler einstellen, die Bahn rechnet mit vollen Zügen": a main clause of its own after the
 * comma, its subject with an article and its finite verb right after it, and more words after that (a relative clause
 * ends in its verb: ", die Experten fordern."). Appended to the deed, it would say two things. Not a clause of what was
 * said or planned (", die Pensionen gekürzt zu haben", ", die Erhöhung soll im Herbst gelten"): the deed's object, or
 * what tells it is still to come.
 */
function mainClauseAfterComma(tail: string): boolean {
  const word = ARTICLE_NOUN_WORD.exec(tail)?.[1];
  if (word === undefined || ZU_INFINITIVE.test(tail) || PENDING.test(tail)) return false;
  return isIrregularFiniteVerb(word) || (mayBeFiniteVerb(word) && !isAdjectiveLike(word) && !PARTICIPLE_SHAPE.test(word));
}

/** Whether a deed's words say enough without what follows the clause: three words at least ("erreichte 11,2 Prozent" does not). */
const wholeWithout = (rest: string) => squash(rest).split(" ").length >= 3;

/**
 * "Die Arbeiter leben ... in Wohnheimen, arbeiten sieben Tage die Woche und müssen ...": a second finite verb in the
 * plural of the same subject after the comma, a main clause of its own. Appended to the deed, "Wer lebt ...,
 * arbeiten ...?" would keep its plural.
 */
function secondPluralVerb(finite: string, tail: string): boolean {
  const word = FIRST_WORD_AFTER_COMMA.exec(tail)?.[1];
  if (!word || !PLURAL_VERB.test(finite) || !PLURAL_VERB.test(word) || !mayBeFiniteVerb(word)) return false;
  return singularVerb(word) !== undefined && !ZU_INFINITIVE.test(tail);
}

/** The deed of an action: asked by the who-did-what families and by what-they-did-it-to, worked out once per action. */
export const deedOf = perFact(findDeed);

/** Whether a deed names a person of the text other than its actor: a pronoun in it might then be theirs. */
function namesSomeoneElse(doc: DocContext, action: ActionFact, rest: string): boolean {
  return namesOtherThan(doc, [action.person], rest);
}

/**
 * Whether `rest` names a person of the text other than those of `surnames`: by the surname as a word of its own, or a
 * genitive the text has of it ("Merkels"); not inside another word ("Fan" in "seinen Fans", "Li" in "Libyen").
 */
function namesOtherThan(doc: DocContext, surnames: readonly (string | undefined)[], rest: string): boolean {
  const named = (word: string) => rest.includes(word) && wholeWordsAt(rest, word, JOINS_WORD, 1).length > 0;
  return doc.facts.persons.some(
    (person) => !surnames.includes(person.surname) && (named(person.surname) || person.genitives.some((genitive) => named(genitive.text))),
  );
}

/** The pronouns in a deed that are its actor's: a man's "er", "ihn", "ihm"; "sie" of a woman or of what takes "ihr". */
function ownPronouns(doc: DocContext, action: ActionFact, rest: string): RegExp | undefined {
  // "Dan Barina und Rob Morgan ... erklärten, sie seien ...": a pair's "sie" and "ihr" are both's, as an institution's
  // plural is, unless the deed names someone else they might be.
  if (action.pair)
    return namesOtherThan(
      doc,
      action.pair.map((member) => member.person),
      rest,
    )
      ? undefined
      : HER_OR_THEIRS;
  const actor = actorClaimant(doc, action);
  if (!actor || (actor.person && namesSomeoneElse(doc, action, rest))) return undefined;
  const possessive = possessiveOf(actor);
  if (actor.person) return possessive === "sein" ? HIM : possessive === "ihr" ? HER_OR_THEIRS : undefined;
  return possessive === "ihr" ? HER_OR_THEIRS : undefined;
}

/**
 * The deed of an action, or undefined when it cannot be asked safely: the actor must be one noun phrase
 * right before or after the verb, a fore-field must be one that can stand inside the clause, and the
 * clause must not point back to what the text said before.
 */
function findDeed(doc: DocContext, action: ActionFact): Deed | undefined {
  const text = doc.text;
  const { clause, verb, actor } = action;
  // Reported speech ("Xi wolle ... verkünden") is asked and stated in the indicative ("Wer will laut Text ...?").
  const finite = action.reported?.indicative ?? verb.text;
  // "Ponta werden ... vorgeworfen": the verb agrees with the clause's own subject, whoever the person is.
  const asked = UNDERGOER_QUESTION_WORDS.get(action.undergoer ?? "subject");
  const singular = PLURAL_VERB.test(finite) && !asked ? singularVerb(finite) : finite;
  if (!singular) return undefined;
  let rest: string;
  if (action.actorFirst) {
    // Between actor and verb: nothing, a short bracket ("(ÖVP)") or an apposition between commas.
    const between = text.slice(actor.end, verb.start);
    const connective = CONNECTIVES_AFTER_ACTOR.has(between.trim().toLowerCase());
    // "Der Chefredakteur der Zeitung, Can Dündar, warnte": the actor is the name between commas after an office.
    const apposedName = between.trim() === "," && /,\s+$/u.test(text.slice(clause.start, actor.start));
    // "Der Vorsitzende der Partei Recht und Gerechtigkeit (PiS), der als starker Mann gilt, wies": a short name, then the apposition.
    const apposition = APPOSITION.test(between.replace(LEADING_SHORT_BRACKET, ""));
    // "Viele Inselbewohner, allen voran ... David Cameron, machen": a group's named member before the group's verb.
    const member = action.memberOf !== undefined && between.trim() === ",";
    if (between.trim() !== "" && !connective && !apposedName && !member && !ACTOR_BRACKET.test(between) && !apposition && !DASHED.test(between))
      return undefined;
    rest = text.slice(verb.end, clause.end);
  } else {
    const forefield = squash(text.slice(clause.start, verb.start));
    // "Wie die Agentur meldete, soll Davutoğlu ...": the clause begins at its verb, a subordinate clause before it left out.
    const noForefield = forefield === "";
    const opener = forefield.split(" ")[0]!.toLowerCase();
    // "Allerdings hat Putin sich ... überhoben": a connective alone before the verb links the sentence to the one
    // before; the deed without it stands alone, as after an actor ("Putin hingegen ...").
    // "Mit dieser Entscheidung ist der OGH ... nachgekommen": a circumstance the sentence before told, pointed back to; the
    // deed is as true without it.
    const connectiveOnly = CONNECTIVE_FOREFIELDS.has(forefield.toLowerCase()) || DEMONSTRATIVE_CIRCUMSTANCE.test(forefield);
    // "Hervorgehoben hat er im APA-Gespräch, dass ...": the participle goes back to the end of its clause
    // ("Schneeberger hat im APA-Gespräch hervorgehoben, dass ..."), where the simple past finds it.
    const participle = frontedParticiple(forefield, finite);
    // "Deutschlandweit hat die Polizei ...", "Politisch steht Morales ...": an adjective alone as the fore-field goes into the clause.
    // "2009 wechselte er in die Politik": a year alone too ("Hubinger wechselte 2009 in die Politik").
    const adverbial = !forefield.includes(" ") && (ADVERBIAL_ADJECTIVE.test(opener) || YEAR_FOREFIELD.test(opener));
    // "Die Vorwürfe weist der Minister zurück": the object before the verb goes after it, its article in lower case.
    const object = action.objectFirst === true;
    if (!connectiveOnly && !noForefield && !participle && !adverbial && !object && (!FOREFIELD_OPENERS.has(opener) || ANAPHORIC_OPENERS.has(opener)))
      return undefined;
    // The subject follows the verb ("Am Montag kündigte die Kanzlerin Angela Merkel ... an"); between
    // them only what belongs to its noun phrase: an article, adjectives, titles.
    const before = squash(text.slice(verb.end, actor.start));
    const words = before === "" ? [] : before.split(" ");
    // "zeigt sich Landeshauptmann Hans Niessl zufrieden": the reflexive "sich" goes with the verb, before the fore-field.
    // "hatte bereits Deutschland ... bekannt gegeben": adverbs before the actor stay after the verb ("Deutschland hatte bereits ...").
    let withVerb = words[0] === "sich" ? 1 : 0;
    while (withVerb < words.length && ADVERBS_BEFORE_ACTOR.has(words[withVerb]!)) withVerb++;
    const subjectWords = words.slice(withVerb);
    const partOfSubject = (word: string) => PHRASE_DETERMINERS.has(word) || isAdjectiveLike(word) || CAPITALISED_WORD.test(word);
    if (subjectWords.length > 4 || !subjectWords.every(partOfSubject)) return undefined;
    // "beraten die Staaten, die sich ... zusammengeschlossen haben, über ...": the relative clause would be cut off its actor.
    if (RELATIVE_CLAUSE_AFTER.test(text.slice(actor.end, actor.end + 12))) return undefined;
    rest = participle
      ? joinParts(words.slice(0, withVerb).join(" "), text.slice(actor.end, clause.end), participle)
      : joinParts(
          words.slice(0, withVerb).join(" "),
          connectiveOnly || noForefield || againAfterActor(forefield, text.slice(actor.end, clause.end))
            ? ""
            : `${NOUN_FOREFIELD_OPENERS.has(opener) ? capitalise(opener) : opener}${forefield.slice(opener.length)}`,
          text.slice(actor.end, clause.end),
        );
  }
  // "Pritz rechnet aber damit, ...", "Einen Rücktritt schloss der Landeshauptmann aber aus", "Erdogan will zudem ...": set
  // against or added to a sentence the learner does not see; the deed is as true without the adverb.
  rest = withoutLinkingAdverbs(rest);
  // What the sentence says after the clause belongs to the deed, unless another main clause starts there.
  const sentence = sentenceSpan(doc, action);
  if (!sentence) return undefined;
  const tail = text.slice(clause.end, action.reported?.end ?? sentence.end).replace(/[\s.!?"“”»«]+$/u, "");
  if (ATTRIBUTED.test(tail)) return undefined;
  const tailJoins =
    tail.trim() !== "" &&
    !COORDINATED.test(tail) &&
    !DASHED_AFTER_CLAUSE.test(tail) &&
    !OWN_WORDS_AFTER.test(tail) &&
    !MEANS_CLAUSE.test(tail) &&
    !secondPluralVerb(finite, tail) &&
    !(mainClauseAfterComma(tail) && wholeWithout(rest)) &&
    // "zitierte Jaalon zu sich, nachdem dieser ...", "haben Briefe der EZB erhalten, in denen diese ...": a clause of time,
    // reason or concession, or a relative clause after a preposition, that points back leaves the deed true without it.
    !(droppableWhenPointing(tail) && pointsBack(tail, ownPronouns(doc, action, tail)));
  if (tailJoins) rest = joinParts(rest, tail);
  // "hat eine kleine (aber wirksame) Änderung vorgeschlagen" cut at the bracket: half a noun phrase is no deed.
  else if (tail.trim() !== "" && endsInsideNounPhrase(rest)) return undefined;
  // A party or an office's short name in brackets after a name ("Erwin Pröll (ÖVP)") adds nothing to the deed.
  // One byte per character where it can be (oneByte): the checks below run some twenty expressions over it.
  rest = oneByte(withoutRemark(withoutDoubledWords(squash(withoutCausalLink(verb.text, withoutBracketedAdditions(rest))))));
  // "stellte die Polizei nach diesen Angaben ... fest": who told it, pointed back to; the deed is the same without it.
  const relayed = mayPointToSource(rest) && rest.search(SOURCE_POINTER) >= 0;
  if (relayed) rest = squash(rest.replace(SOURCE_POINTER, " ")).trim();
  // "Sobotka ... wird dafür mit dem Amt des Innenministers entschädigt": what was done to someone stays true without what for.
  if (action.undergoer) rest = rest.replace(FOR_THAT_FIRST, "");
  const words = rest.replace(/^[,;:]\s*/u, "");
  if (words.split(" ").length < 3 && !NAMED_OBJECT.test(words) && !OBJECT_NOUN.test(words)) return undefined;
  // "Moskau lehnt ab und will vor Gericht ziehen": the verb's particle right after it, then the next clause:
  // what was rejected, confirmed, announced is in the sentence before.
  const particleAlone = PARTICLE_THEN_CLAUSE.exec(rest);
  if (particleAlone && SEPARABLE_PARTICLES.has(particleAlone[1]!)) return undefined;
  // "führt nicht nur zu einem Gefühl des Zwangs" without its "sondern ...": half of what was found.
  if (NOT_ONLY.test(rest) && !BUT_ALSO.test(rest)) return undefined;
  // "wechselt zurück nach Niederösterreich und wird dort ...": a "dort" whose place the deed names before it points nowhere else.
  const withoutThere = (words: string) => (placeBeforeThere(doc, action) ? words.replace(THERE, "") : words);
  const unresolved = withoutThere(rest);
  const pointing = pointsBack(unresolved, ownPronouns(doc, action, unresolved));
  // "forderte ... den Premier zum Rücktritt auf": an office the sentence before names the holder of, named instead.
  const officeUnresolved = !pointing && hasUnresolvedRole(unresolved);
  const resolved = pointing ? withPersonBefore(doc, action, rest) : officeUnresolved ? withOfficeHolderBefore(doc, action, rest) : undefined;
  // Unresolved, the deed still points back: asked again below of the same words, the answer would be the same.
  if (pointing && !resolved) return undefined;
  if (resolved) rest = resolved.rest;
  const checked = resolved ? withoutThere(rest) : unresolved;
  // The cheap tests first: most deeds that fail, fail one of them.
  if (
    DEED_BREAKING_MARK.test(checked.replace(QUOTED_PHRASE, "")) ||
    (resolved !== undefined && pointsBack(checked, ownPronouns(doc, action, checked))) ||
    FIRST_PERSON.test(checked) ||
    (resolved ? hasUnresolvedRole(checked) : officeUnresolved) ||
    deedPointsOutside(checked) ||
    pointsToNounBeforeAt(doc, checked, sentence.start)
  )
    return undefined;
  const deed: Deed = resolved ? { verb: finite, singular, rest, personBefore: resolved.sentence } : { verb: finite, singular, rest };
  const singularRest = singular === finite ? undefined : withSecondVerbInSingular(finite, singular, rest);
  if (singularRest) deed.singularRest = singularRest;
  if (asked) deed.asked = asked;
  if (relayed) deed.relayed = true;
  return deed;
}

/**
 * The text of the two article sentences before the one at `start` that are not the lead: where a thing a deed names may
 * have been brought in. What the title, teaser or opening brings in ("löst ein Brief ... aus") is the text's topic, which
 * "den Brief" later names for the whole text.
 */
function sentencesBefore(doc: DocContext, position: number): string {
  const index = articleSentenceAt(doc, position)?.index ?? 0;
  const earlier = doc.sentences.slice(Math.max(0, index - 2), index).filter((sentence) => !sentence.lead);
  return earlier.map((sentence) => doc.text.slice(sentence.start, sentence.end)).join(" ");
}

/** Whether words of the sentence at `position` name a thing the sentence or two before brought in with "ein" (pointsToNounBefore). */
function pointsToNounBeforeAt(doc: DocContext, words: string, position: number): boolean {
  return pointsToNounBefore(words, sentencesBefore(doc, position), doc.facts.document.title ?? "");
}

/**
 * A fore-field of a preposition of circumstance and a demonstrative noun phrase, nothing else: "Mit dieser Entscheidung",
 * "Nach diesem Treffen", "Vor diesem Hintergrund", "Trotz dieser Kritik". Not "Gegen diese Entscheidung", "Für diesen
 * Plan": what the deed is about, which it would lose.
 */
const DEMONSTRATIVE_CIRCUMSTANCE = /^(?:Mit|Nach|Bei|Trotz|Vor|Seit|Angesichts)\s+diese[mnrs]?\s+(?:\p{Ll}+e[mnrs]?\s+)?\p{Lu}\p{Ll}+$/u;

/** Quotation marks, brackets or a colon in a deed: words of someone else or a label; a score's colon ("mit 3:1 besiegt") is none. */
const DEED_BREAKING_MARK = /[„“"«»()]|(?<!\d):|:(?!\d)/u;

/** "Insgesamt stellte die Polizei ... insgesamt 13.846 Straftaten fest": a one-word fore-field the clause says again. */
function againAfterActor(forefield: string, afterActor: string): boolean {
  return !forefield.includes(" ") && afterActor.split(NOT_LETTERS).includes(forefield.toLowerCase());
}

/** What parts a clause into words for againAfterActor: made once, not an expression per fore-field. */
const NOT_LETTERS = /[^\p{L}]+/u;

/** ", er unterstützt ...", ", sie will ...": a main clause after a comma whose subject is a pronoun. */
const PRONOUN_CLAUSE_AFTER_COMMA = /,\s+(?:er|sie)\s+(\p{Ll}+)/u;
/** ", Jeremie Frimpong glich ... aus": a main clause after a comma whose subject is a name, the name and its finite verb captured. */
const NAMED_CLAUSE_AFTER_COMMA = /,\s+((?:\p{Lu}[\p{L}-]+\s+){0,2}\p{Lu}[\p{L}-]+)\s+(\p{Ll}+)/u;
/** Whether a deed goes on with a main clause of the actor's pronoun in the indicative; ", er habe ..." is what they said. */
const pronounClauseAfterComma = (rest: string) => {
  const verb = PRONOUN_CLAUSE_AFTER_COMMA.exec(rest)?.[1];
  return verb !== undefined && !INDICATIVE_OF_REPORTED.has(verb);
};
/** Whether a deed goes on with a person's deed in a main clause of its own ("…, Jeremie Frimpong glich zehn Minuten später aus"). */
const namedClauseAfterComma = (doc: DocContext, rest: string) => {
  const found = NAMED_CLAUSE_AFTER_COMMA.exec(rest);
  if (!found) return false;
  const [, name, verb] = found as unknown as [string, string, string];
  return doc.facts.persons.some((person) => person.name === name || person.surname === name) && (isIrregularFiniteVerb(verb) || mayBeFiniteVerb(verb));
};

/** A relative clause right after an actor ("die Staaten, die sich ..."). */
const RELATIVE_CLAUSE_AFTER = /^\s*,\s*(?:der|die|das|dem|den|denen|deren|dessen)\s/u;

/** A participle alone before its auxiliary ("Hervorgehoben hat er", "Gefordert hatte sie"): the whole fore-field. */
const FRONTED_PARTICIPLE = /^\p{Lu}\p{Ll}*ge\p{Ll}{2,}(?:t|en)$/u;

/** The participle, in small letters, when it alone stands before an auxiliary of the perfect with "haben". */
function frontedParticiple(forefield: string, verb: string): string | undefined {
  if (!FRONTED_PARTICIPLE.test(forefield) || !PERFECT_AUXILIARIES.has(verb) || SEIN_FORMS.has(verb)) return undefined;
  return forefield.toLowerCase();
}

/** "dafür" right after the verb of a passive: what it was done for, which the sentence before says. */
const FOR_THAT_FIRST = /^dafür\s+/u;

/** The question words for a person something was done to other than as the subject of a passive. */
const UNDERGOER_QUESTION_WORDS: ReadonlyMap<string, string> = new Map([
  ["dative", "Wem"],
  ["gegen", "Gegen wen"],
]);

/** The sentence before that names whom a deed names in place of a pronoun (withPersonBefore): evidence too. */
export const personBeforeEvidence = (doc: DocContext, deed: Deed): Evidence[] => {
  const before = deed.personBefore && evidenceFor(doc, deed.personBefore);
  return before ? [before] : [];
};

/** "für sie", "mit ihm": a pronoun after a preposition, which is no subject. */
const PRONOUN_AFTER_PREPOSITION = /(?<!\p{L})(?:für|gegen|ohne|um|mit|von|bei|zu|nach|neben|an|auf|über|vor|hinter)\s+(sie|ihn|ihm)(?!\p{L})/gu;
const GENDER_OF_PRONOUN: ReadonlyMap<string, Gender> = new Map([
  ["sie", "female"],
  ["ihn", "male"],
  ["ihm", "male"],
]);

/**
 * "Mikl-Leitner wechselt zurück nach Niederösterreich ... Für sie übernimmt ... Sobotka das Innenressort": a pronoun
 * after a preposition in the deed that stands for the person the sentence before is about. The deed names her instead
 * ("für Johanna Mikl-Leitner"; a name takes no case ending there), and the sentence before becomes evidence too. Only
 * where that is certain: the sentence before, in the same paragraph, names one person, of the pronoun's gender, who
 * acts in its first clause and is not the deed's actor, and the deed holds no other such pronoun.
 */
function withPersonBefore(doc: DocContext, action: ActionFact, rest: string): { rest: string; sentence: Span } | undefined {
  const found = matchesOf(PRONOUN_AFTER_PREPOSITION, rest);
  if (found.length !== 1 || action.antecedent) return undefined;
  const passage = doc.facts.passages.find((candidate) => candidate.start <= action.clause.start && action.clause.start < candidate.end);
  const index = passage?.sentences.findIndex((sentence) => sentence.start <= action.clause.start && action.clause.start < sentence.end) ?? -1;
  const before = index > 0 ? passage!.sentences[index - 1]! : undefined;
  if (!before) return undefined;
  const named = doc.facts.persons.filter((person) => person.mentions.some((mention) => within(mention, before)));
  const person = named.length === 1 ? named[0]! : undefined;
  if (!person || person.surname === action.person || person.gender !== GENDER_OF_PRONOUN.get(found[0]![1]!)) return undefined;
  const firstAction = doc.facts.actions.find((other) => within(other.clause, before));
  if (firstAction?.person !== person.surname || firstAction.antecedent) return undefined;
  const pronounAt = found[0]!.index + found[0]![0].length - found[0]![1]!.length;
  return { rest: `${rest.slice(0, pronounAt)}${fullName(person)}${rest.slice(pronounAt + found[0]![1]!.length)}`, sentence: before };
}

/**
 * An office with the article of its object, "den"/"dem" before a man's office, "die" before a woman's ("forderte ... den
 * Premier zum Rücktritt auf", "warf dem Minister vor", "lud die Kanzlerin ein"); not "der" nor "des", which a genitive
 * shares: a name in its place would need a genitive's ending.
 */
const OFFICE_AS_OBJECT = /(?<![\p{L}-])(den|dem|die)\s+(\p{Lu}[\p{L}-]*)(?![\p{L}-])/gu;

/**
 * "Der Staatsanwalt erhob Anklage gegen den Premier Victor Ponta. Danach forderte Staatschef Klaus Johannis den Premier
 * zum Rücktritt auf": an office as the deed's object that stands for the person the sentence before names with that
 * office. The deed names him instead ("forderte Victor Ponta zum Rücktritt auf"), and the sentence before becomes evidence
 * too. Only where that is certain: one such office in the deed, in the singular, one person of the text holds it, of its
 * gender where told, and the sentence before, in the same paragraph, names that person, who is not the deed's actor.
 */
function withOfficeHolderBefore(doc: DocContext, action: ActionFact, rest: string): { rest: string; sentence: Span } | undefined {
  const offices = matchesOf(OFFICE_AS_OBJECT, rest).filter((match) => officeOfObject(match[1]!, match[2]!) !== undefined);
  if (offices.length !== 1) return undefined;
  const [office] = offices;
  const { masculine, female } = officeOfObject(office![1]!, office![2]!)!;
  const holders = doc.facts.persons.filter((person) => {
    if (person.role === undefined || (person.gender !== undefined && (person.gender === "female") !== female)) return false;
    return person.role.split(/\s+/u).some((word) => {
      const held = roleForms(word)?.masculine;
      return held !== undefined && (held === masculine || held.endsWith(`-${masculine}`));
    });
  });
  const person = holders.length === 1 ? holders[0]! : undefined;
  if (!person || person.surname === action.person) return undefined;
  const passage = doc.facts.passages.find((candidate) => candidate.start <= action.clause.start && action.clause.start < candidate.end);
  const index = passage?.sentences.findIndex((sentence) => sentence.start <= action.clause.start && action.clause.start < sentence.end) ?? -1;
  const before = index > 0 ? passage!.sentences[index - 1]! : undefined;
  if (!before || !person.mentions.some((mention) => within(mention, before))) return undefined;
  return { rest: `${rest.slice(0, office!.index)}${fullName(person)}${rest.slice(office!.index + office![0].length)}`, sentence: before };
}

/**
 * The office an object's article and noun name, in the masculine, and whether it is a woman's: a man's in the singular
 * after "den"/"dem" ("den Premier", "dem Präsidenten"; not "den Ministern", a plural), a woman's after "die" ("die
 * Kanzlerin"). Undefined for no office or another form.
 */
function officeOfObject(article: string, noun: string): { masculine: string; female: boolean } | undefined {
  const forms = roleForms(noun);
  if (!forms) return undefined;
  if (article === "die") return noun === forms.feminine && forms.feminine !== forms.masculine ? { masculine: forms.masculine, female: true } : undefined;
  // "den Präsidenten", "dem Kandidaten": a weak noun's ending in the singular.
  const singular = noun === forms.masculine || (noun === `${forms.masculine}en` && !forms.masculine.endsWith("er")) || noun === `${forms.masculine}n`;
  return singular ? { masculine: forms.masculine, female: false } : undefined;
}

/**
 * ", indem sie ihnen Videos ... zeigten": how the deed was done, in a clause whose pronouns are the actor's and its
 * object's; the deed is whole without it.
 */
const MEANS_CLAUSE = /^\s*,\s*(?:indem|wobei)(?!\p{L})/u;

/** "dort" as a word, and "hier" of someone's words there ("kamen in Rumänien an und erklärten, sie seien nicht hier, um ..."). */
const THERE = /(?<!\p{L})(?:dort|hier)(?!\p{L})/gu;

/** A place the clause names: a place or country of the text, or a name after a preposition of place ("nach Niederösterreich"). */
const PLACE_PHRASE = /(?<!\p{L})(?:nach|in|aus)\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}-])/u;

/** Whether the action's clause says "dort" once, after naming a place ("wechselt zurück nach Niederösterreich und wird dort ..."). */
function placeBeforeThere(doc: DocContext, action: ActionFact): boolean {
  const clause = doc.text.slice(action.clause.start, action.end);
  const there = matchesOf(THERE, clause);
  if (there.length !== 1) return false;
  const at = action.clause.start + there[0]!.index;
  // Not the actor itself ("Die USA wollen ihre Truppen dort ... aufstocken"): "dort" is where it acts, somewhere else.
  const before = (mention: Mention) =>
    mention.start >= action.clause.start && mention.end <= at && (mention.end <= action.actor.start || mention.start >= action.actor.end);
  return (
    PLACE_PHRASE.test(clause.slice(0, there[0]!.index)) ||
    doc.facts.places.some((place) => place.mentions.some(before)) ||
    doc.facts.countries.some((country) => country.mentions.some((mention) => mention.form === "name" && before(mention)))
  );
}

/** "deshalb", "daher", "deswegen" between words of a deed. */
const CAUSAL_LINK = /(?<!\p{L})(?:daher|deshalb|deswegen)\s+/u;
/**
 * "daraufhin", "dann": the deed followed the event of the sentence before. Not "erst dann", "nur dann", "dann, wenn":
 * there it happened only then or on a condition, which the deed without the word would no longer say.
 */
const SEQUENCE_LINK = /(?<!\p{L})(?<!(?:erst|nur|bis|auch|noch)\s)(?:daraufhin|dann)\s+(?!wenn(?!\p{L}))/u;
/** "weil", "dass" after it: the link points forward ("schon deshalb nicht ändern, weil ..."), to a reason the deed gives itself. */
const REASON_AFTER = /(?<!\p{L})(?:weil|dass)(?!\p{L})/u;

/**
 * The deed without a link to the reason the sentence before gave ("Die Bauernvertreter wollen deshalb ...
 * kommunizieren") or to what happened before it ("Russland warf Polen daraufhin ... vor", "stimmten die Gläubiger
 * dann für ..."): an act done for a reason or after an event is as true without it, and stands alone, as after a connective
 * opening the sentence ("Allerdings hat ..."). Kept where it points forward, and for what someone or something is
 * ("Polen war daher teilweise verantwortlich"): a conclusion drawn from the sentence before, often the argument of
 * someone it quotes, not a deed.
 */
function withoutCausalLink(verb: string, rest: string): string {
  const link = CAUSAL_LINK.exec(rest) ?? SEQUENCE_LINK.exec(rest);
  if (!link || STATE_VERBS.has(verb) || REASON_AFTER.test(rest.slice(link.index))) return rest;
  return rest.slice(0, link.index) + rest.slice(link.index + link[0].length);
}

/**
 * A colon, or a dash with spaces, in a deed: what follows may comment on what the clause before it said. Also a dash that
 * opens the deed right after its verb ("hat – trotz Kritik – das Gesetz beschlossen"): the first of a pair.
 */
const REMARK_MARK = /:\s|(?:^|\s)[–—]\s/gu;
/** An object a colon spells out ("hat einen Beschluss gefasst: ...", "weist ... in zwei Varianten aus: ..."): counted or indefinite. */
const ANNOUNCED_OBJECT = /(?<!\p{L})(?:ein|eine|einen|einem|einer|eines|zwei|drei|vier|fünf|mehrere|einige|folgende[nms]?|\d+)\s+(?:\p{Ll}+\s+)?\p{Lu}/u;

/**
 * The deed without a remark the sentence adds after it ("hat ihrem Vorsitzenden den Rücken gestärkt: Entholzer
 * soll ...", "rechnet mit zwei Milliarden Euro Flüchtlingskosten – davon 1,6 Milliarden für ..."): the clause
 * before says the deed in full, what follows explains or adds a figure and may point back at it. Cut at a colon
 * only where the verbs close the clause before it (a participle, an infinitive, a particle) and no object there
 * waits to be spelled out: "nannte als Gründe:" and "hat einen Beschluss gefasst:" need what follows. Cut at a
 * lone dash to the sentence's end, not at a pair (an insertion inside the deed).
 */
function withoutRemark(rest: string): string {
  const marks = matchesOf(REMARK_MARK, rest);
  const first = marks[0];
  if (!first || first.index === 0) return rest;
  const before = rest.slice(0, first.index).trimEnd();
  if (/[„“"«»]/u.test(before)) return rest;
  if (first[0].startsWith(":")) {
    const last = lastWord(before);
    return (isNonFinite(last) || SEPARABLE_PARTICLES.has(last)) && !ANNOUNCED_OBJECT.test(before) ? before : rest;
  }
  return marks.length === 1 ? before : rest;
}

/**
 * A few words in quotation marks inside a deed ("sieht ein „ganz offenes Gesprächsklima“ in der Koalition"):
 * the actor's wording of what they did, no one else's words; longer quotes, or quoted sentences, are.
 */
const QUOTED_PHRASE = /[„"»«“](?:[\p{L}\d-]+\s){0,4}[\p{L}\d-]+[“"«»]/gu;

/** A name an institution goes by that no common noun has: "UN-Sicherheitsrat", "EU-Kommission", "EZB"; not "die Polizei", "der Konzern". */
const INSTITUTION_NAME = /^(?:\p{Lu}{2,5}|\p{Lu}{2,5}-\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*)$/u;

const lastWord = (words: string) => words.slice(words.lastIndexOf(" ") + 1);
/** Forms of "sein" as a finite verb. */
const STATE_VERBS: ReadonlySet<string> = new Set(FORMS_OF_SEIN);
/** Forms of "sein" and "werden" as a finite verb. */
const SEIN_OR_WERDEN: ReadonlySet<string> = new Set([...FORMS_OF_SEIN, "wird", "werden", "wurde", "wurden"]);

/** A noun that says what kind of place a name is ("Land", "Bundesland", "Freistaat", "Provinz"). */
const KIND_OF_PLACE = /(?:land|staat|stadt|region|provinz|gemeinde|bezirk|kanton)$/iu;
/** Verbs of a source ("Die Zeitung berichtete", "berief sich auf Zahlen"): who reported is seldom what the text is about. */
const SOURCE_VERB = /^(?:bericht|berief|beruf|zitier|schrieb|schreib|meld)\p{Ll}*$/u;
/** "zitierte seinen Verteidigungsminister zu sich": summoned, not quoted. */
const SUMMONED = /(?<!\p{L})zu\s+sich$/u;

/** Whether the action relays a source (SOURCE_VERB), not a deed of its own. */
function relaysSource(doc: DocContext, action: ActionFact): boolean {
  return SOURCE_VERB.test(action.verb.text) && !SUMMONED.test(doc.text.slice(action.clause.start, action.clause.end));
}
/** An adjective of a name, capitalised by its suffix ("Oberste", "Europäische", "Internationale", "Heilige"). */
const NAME_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:isch|st|al|ig|lich)e[nrs]?$/u;
/** A capitalised word, hyphens inside: a noun or a name within an actor's phrase. */
const NOUN_OR_NAME = /^\p{Lu}[\p{L}-]*$/u;

const NON_SPACE_RUNS = /\S+/gu;

/**
 * Which word of an institution's phrase names it, as the gap of "who did it": the phrase without its
 * article and the adjectives before its noun ("Die militanten Qassam-Brigaden", "Die türkische
 * Wahlkommission"), of a noun with a name of a name's shape after it the name ("Die Google-Software
 * AlphaGo"), of a noun with a city or region after it the noun ("Die Staatsanwaltschaft Stuttgart").
 * Undefined where the phrase is longer, a plain noun in the plural ("malische Soldaten") or a country.
 */
function institutionWord(doc: DocContext, actor: Mention, plural: boolean, organisation: boolean): { start: number; name: boolean } | undefined {
  const words = matchesOf(NON_SPACE_RUNS, actor.text).map((match) => ({ text: match[0], start: actor.start + match.index }));
  let first = PHRASE_DETERMINERS.has(words[0]!.text.toLowerCase()) ? 1 : 0;
  while (first < words.length - 1 && !isCapitalised(words[first]!.text)) first++;
  const named = words.slice(first);
  if (named.length === 0 || named.length > 2 || !named.every((word) => NOUN_OR_NAME.test(word.text))) return undefined;
  const last = named[named.length - 1]!;
  const nameShaped = (text: string) => INSTITUTION_NAME.test(text) || NAME_SHAPED.test(text);
  if (named.length === 1) {
    // "die Hamas" after "Palästinenserorganisation Hamas": a name the text introduced, though its word looks like a noun's.
    if (nameShaped(last.text) || organisation) return { start: last.start, name: true };
    // "Die türkische Wahlkommission": a plain noun is a body's name with its country's adjective; "das
    // internationale Bündnis" stands for a name given before, and "malische Soldaten" (a plural) are who
    // acted, not what they are called.
    const ofCountry = words.slice(0, first).some((word) => isCountryAdjective(word.text.toLowerCase()));
    return ofCountry && !plural ? { start: last.start, name: false } : undefined;
  }
  const [noun, name] = [named[0]!, last];
  // "Das NATO-Mitglied Türkei": a country that acts is asked among countries by its own families.
  if (doc.facts.countries.some((country) => country.mentions.some((mention) => mention.start <= name.start && name.start < mention.end))) return undefined;
  const place = doc.facts.places.some((place) => place.mentions.some((mention) => mention.start <= name.start && name.start < mention.end));
  // "Das Bundesland Sachsen": the noun says what kind of place, not who acted.
  if (place) return KIND_OF_PLACE.test(noun.text) ? undefined : { start: noun.start, name: false };
  // "Der Oberste Gerichtshof", "das Moskauer Außenministerium": an adjective, also a city's, and a noun that completes
  // it as a fixed name ("Der Oberste ___", "Das Moskauer ___": word-finding for both blind readers); a name after it is asked.
  if (NAME_ADJECTIVE.test(noun.text) || CITY_ADJECTIVE.test(noun.text)) return nameShaped(name.text) ? { start: name.start, name: true } : undefined;
  // "Die Google-Software AlphaGo": a name of a name's shape after its noun ("Das Thema Flüchtlinge" is none).
  return nameShaped(name.text) ? { start: name.start, name: true } : undefined;
}

/** A sports club's name, its article aside ("Bayer Leverkusen", "der FC Bayern", "Der Hamburger SV"). */
function isClubName(actor: string): boolean {
  const words = actor.replace(/^(?:der|die|das)\s+/iu, "").split(/\s+/u);
  return words.length >= 2 && (CLUB_NAME_OPENERS.has(words[0]!) || CLUB_NAME_ENDINGS.has(words[words.length - 1]!));
}

/**
 * Who did it, as a gap where an institution acts: its name ("Der ___ verurteilte ..." for the
 * UN-Sicherheitsrat, "Die militanten ___ wollen ..." for the Qassam-Brigaden) or its noun ("Die türkische ___
 * hat den 1. November ... festgelegt"); a learner may also type the noun a hyphenated name ends in
 * ("Sicherheitsrat") or what initials stand for.
 */
function institutionGap(doc: DocContext, action: ActionFact, evidence: Evidence, common: { fact: string; salience: number }): Question | undefined {
  // "KB ist den Fahrzeugen ... vorbehalten", "MPS ist heute ... wert": a copula says what a name is, not what an institution did.
  if (SEIN_OR_WERDEN.has(action.verb.text) || relaysSource(doc, action)) return undefined;
  // "Bayer ___", "der ___ Bayern": a gap in a club's name asks half a name.
  if (isClubName(action.actor.text)) return undefined;
  const word = institutionWord(doc, action.actor, PLURAL_VERB.test(action.verb.text), action.organisation === true);
  if (!word) return undefined;
  const name = /^[\p{L}-]+/u.exec(doc.text.slice(word.start))![0];
  const end = word.start + name.length;
  // "Die USA führen ...": a country, asked among countries by its own families.
  if (doc.facts.countries.some((country) => country.mentions.some((mention) => mention.start < end && word.start < mention.end))) return undefined;
  if (!fitsGapText(evidence) || !standsAlone(doc, evidence, { start: word.start, end, name: true })) return undefined;
  const offset = word.start - evidence.start;
  const head = name.includes("-") ? [name.slice(name.lastIndexOf("-") + 1)] : spelledOut(doc.text, name);
  return cloze(
    {
      documentId: doc.id,
      topic: "action",
      key: `${action.clause.start}:institution`,
      fact: common.fact,
      salience: otherFormBeside(doc.text, word.start, end) ? besideFormSalience(common.salience) : common.salience,
      stem: word.name ? NAME_GAP_STEM : TERM_GAP_STEM,
      evidence,
    },
    evidence.quote,
    offset,
    offset + name.length,
    head,
  );
}

/** Pronouns of a deed's object: an "als" after one tells what the object is, not the actor ("will sie als Eigner gewinnen"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["sie", "ihn", "ihm", "ihnen"]);

/**
 * Whether a deed names a role ("seit 1999 Bürgermeister", "zum Präsidenten gewählt"), whose form tells the
 * actor's gender. A masculine role after an article of the object ("will den russischen Botschafter ...
 * zitieren", "traf sich mit dem Präsidenten") is someone else's and tells nothing of the actor; a woman's
 * title still counts wherever it stands ("zur Nachfolgerin").
 */
const namesRole = (verb: string, rest: string, ofBody = false) => {
  const words = rest.split(/\s+/u);
  return words.some((word, index) => {
    const noun = word.replace(/[^\p{L}-]/gu, "");
    if (!isCapitalised(noun) || namesTheBody(words, index, noun)) return false;
    // A body or a group has no gender: a woman's noun in its deed is whom it was done to ("hat eine 45-jährige Kassierin
    // festgenommen", "erbeuteten von einer Pensionistin 30.000 Euro"), unless it says what the actor is or becomes.
    if (ofBody && !SEIN_OR_WERDEN.has(verb) && !afterOwnRoleWord(words, index)) return false;
    // "wurde von Präsident Rafael Correa empfangen": the title of someone the deed names, not the actor's.
    if (PREPOSITIONS.has(words[index - 1] ?? "") && isCapitalised(words[index + 1] ?? "") && roleGender(noun) !== undefined) return false;
    // "hat ... Trainer Robert Klauß freigestellt": a title before a first name and a surname is that person's, not the actor's.
    if (!SEIN_OR_WERDEN.has(verb) && isCapitalised(words[index + 1] ?? "") && isCapitalised(words[index + 2] ?? "") && roleGender(noun) !== undefined)
      return false;
    // "Landesrätin", "Anwältin": a woman's noun the ending rule misses (its vowel turned to an umlaut), by the role list.
    if (FEMININE_PERSON_NOUN.test(noun) || roleGender(noun) === "female") return true;
    // "als Redner aufgetreten", "als Partner": what the actor acts as, a person's noun of its gender, listed or not.
    // "will sie als Eigner gewinnen": after an object's pronoun, what the object is to be.
    if (words[index - 1] === "als" && AGENT_NOUN.test(noun)) return !OBJECT_PRONOUNS.has(words[index - 2] ?? "");
    // "ist seit 2010 der Vorsitzende": after a copula the office is the actor's.
    return roleForms(noun) !== undefined && (SEIN_OR_WERDEN.has(verb) || !afterObjectArticle(words, index));
  });
};

/**
 * Articles and possessives of an object (accusative, dative, genitive; "die" before a man's title is a plural,
 * "an die Schulsprecher"; "ihrem Vorsitzenden den Rücken gestärkt"), not "zum" or "als" that say what the actor
 * is or becomes.
 */
// biome-ignore format: a word list, packed for reading
const OBJECT_ARTICLES: ReadonlySet<string> = new Set([
  "den", "dem", "des", "der", "die", "einen", "einem", "eines", "einer",
  "seinen", "seinem", "seines", "seiner", "ihren", "ihrem", "ihres", "ihrer",
]);

/**
 * Words that count a plural ("so viele potenzielle Präsidentschaftskandidaten aufgestellt", "mehrere Minister"):
 * persons the deed is about, never the one office of its actor.
 */
// biome-ignore format: a word list, packed for reading
const PLURAL_QUANTIFIERS: ReadonlySet<string> = new Set([
  "viele", "mehrere", "einige", "wenige", "zahlreiche", "etliche", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
]);

/** Words before a role that say what the actor acts as or becomes ("als Klägerin", "zur Siegerin"). */
const OWN_ROLE_WORDS: ReadonlySet<string> = new Set(["als", "zum", "zur"]);

/** Whether the word at `index` follows one of OWN_ROLE_WORDS, with at most two adjectives between. */
function afterOwnRoleWord(words: readonly string[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 3); at--) {
    const word = words[at]!.toLowerCase();
    if (OWN_ROLE_WORDS.has(word)) return true;
    if (!isAdjectiveLike(word)) return false;
  }
  return false;
}

/** Whether the word at `index` follows an object's article or a plural's count, with at most two adjectives between. */
function afterObjectArticle(words: readonly string[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 3); at--) {
    const word = words[at]!.toLowerCase();
    if (OBJECT_ARTICLES.has(word) || PLURAL_QUANTIFIERS.has(word)) return true;
    if (!isAdjectiveLike(word)) return false;
  }
  return false;
}

/** A noun for a person by what they do ("Redner", "Partner", "Präsident", "Aktivist"), in the masculine. */
const AGENT_NOUN = /\p{Ll}(?:er|ent|ant|ist|eur)$/u;
/**
 * A woman named by what she does, also where no office list has the word ("zur Nachfolgerin", "als
 * Favoritin", "die Siegerin", "die Grazer Architektin"): the deed tells the actor's gender, and a man among the options
 * gives it away; as an actor she is a person, never an institution another body's name may replace.
 */
const FEMININE_PERSON_NOUN = /\p{Ll}(?:er|ist|ant|ent|or|it|at|eur|og|ekt)in(?:nen)?$/u;

/** The statement of a deed: "Angela Merkel kündigte am Montag … an." */
const deedText = (verb: string, rest: string) => joinParts(verb, rest);

const TIME_WORDS = [...TIME_NOUNS].join("|");
/** The months' full names: the keys of MONTHS that start no other key ("jan" does "januar"). */
const MONTH_NAMES = [...MONTHS.keys()]
  .filter((month) => ![...MONTHS.keys()].some((other) => other !== month && other.startsWith(month)))
  .map(capitalise)
  .join("|");
/** Prepositions and articles that go on a phrase: what follows "bei TTIP" must not ("im Visier der EZB", "auf das Recht auf ...", "am Bau seines ..."). */
const PHRASE_GOES_ON =
  "des|der|eines|einer|seines|seiner|ihres|ihrer|unseres|unserer|dieses|dieser|jenes|jener|von|vom|und|oder|auf|an|in|im|zu|zum|zur|für|mit|über|unter|gegen|bei|aus|nach|um";
/**
 * A time or circumstance a deed opens with ("am Dienstag", "diesen Sommer", "im kommenden Jahr", "ab 2016",
 * "zuletzt", "nach sieben Jahrzehnten", "nach der Pleite"), "sich" before it, and the rest of the deed: it
 * may open the deed's statement instead of its actor. A phrase after "nach", "seit", "trotz", "wegen" is
 * taken only with an article or a number ("nach Frieden streben": the verb's own) and where it ends at its
 * noun: not where a genitive or "von" goes on ("wegen der Lähmung des Verfassungsgerichts"), which would have
 * to move along; not "vor", "bei", "mit", which are as often the verb's own ("warnt vor Einsamkeit in ...").
 */
const OPENING_ADVERBIAL = new RegExp(
  `^(sich\\s+)?((?:am|an|ab)\\s+(?:${WEEKDAYS.join("|")})|(?:(?:im|in)\\s+)?(?:diese[mnrs]?|kommende[mnrs]?|vergangene[mnrs]?|nächste[mnrs]?|letzte[mnrs]?)\\s+(?:${TIME_WORDS})|(?:im|ab|seit)\\s+(?:(?:Jahr\\s+)?\\d{4}|${MONTH_NAMES})|(?:Ende|Anfang|Mitte)\\s+(?:\\d{4}|${MONTH_NAMES})|\\d{4}|zuletzt|jüngst|kürzlich|heute|gestern|heuer|derzeit|mittlerweile|inzwischen|bisher|erstmals|(?:nach|seit|trotz|wegen)\\s+(?:der|dem|den|des|einer|einem|einen|seiner|seinem|ihrer|ihrem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\\d+)\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Lu}\\p{Ll}+(?=\\s+(?!(?:${PHRASE_GOES_ON})\\s)))\\s+(?!\\d)(\\p{L}.*)$`,
  "u",
);

/** How a deed is stated of anyone: "X verb rest." for a deed of `sentence`, or undefined where that cannot be. */
export type DeedStatement = (actor: string, verb: string, rest: string) => string | undefined;

/**
 * How the deeds of `sentence` are stated, true and false alike: the actor first ("Die SPÖ hat am Montag
 * ..."), a rephrasing of a sentence that opens with something else; where the sentence opens with the actor
 * itself, that would be the sentence (or its first clause) word for word, and a learner could tell the true
 * statement by its wording: then the time or circumstance it names opens it ("Am Dienstag hat die türkische
 * Wahlkommission ...", "Nach der Pleite leitete ..."), or the deed is stated in the other past tense ("hat ...
 * gefordert" as "forderte ...", "warf ... vor" as "hat ... vorgeworfen"). Undefined where none of these can be.
 */
export function deedStatements(sentence: string, actor: string, verb: string, rest: string, next = "", generic = false): DeedStatement | undefined {
  const actorFirst = (who: string, how: string, what: string) => `${deedText(capitalise(who), deedText(how, what))}.`;
  // Also the sentence's first clause word for word ("hat ... den Rücken gestärkt: Entholzer soll ...").
  if (!squash(sentence).startsWith(actorFirst(actor, verb, rest).slice(0, -1))) return actorFirst;
  if (OPENING_ADVERBIAL.test(rest)) return openedBy(OPENING_ADVERBIAL);
  const otherTense = inSimplePast(verb, rest)
    ? inSimplePast
    : inPerfect(verb, rest, next) && !(generic && tellsActInPresent(verb) && givesAdvice(rest))
      ? inPerfect
      : modalInPerfect(verb, rest)
        ? modalInPerfect
        : undefined;
  if (otherTense)
    return (who, how, what) => {
      const stated = otherTense(how, what, next);
      return stated && actorFirst(who, stated.verb, stated.rest);
    };
  // The present and modals have no other tense that says the same: an adverb or a phrase opens the statement instead,
  // or the deed's one phrase after a preposition as a whole ("Gegen zwei Beamte ermittelt die Staatsanwaltschaft.").
  if (FRONTABLE.test(rest)) return openedBy(FRONTABLE);
  if (WHOLE_PHRASE.test(rest)) return openedBy(WHOLE_PHRASE);
  return expectationReworded(verb, rest) === undefined ? undefined : (who, how, what) => expectationReworded(how, what, who);
}

/** The pointers of EXPECTATION_REWORDINGS, each before the comma of its "dass" clause: "damit", "davon aus". */
const EXPECTATION_POINTERS: readonly string[] = [...new Set([...EXPECTATION_REWORDINGS.values()].map(({ pointer }) => pointer))];

/**
 * Where the pointer of an expectation begins in `clause`, where it ends the clause and the "dass" clause follows
 * ("rechnen damit, dass ...", "gehen in ihrem Modell davon aus, dass ..."): "nicht" before it denies the expectation.
 */
function expectationPointerAt(clause: string, rest: string): number | undefined {
  if (!rest.startsWith(", dass ", clause.length)) return undefined;
  const pointer = EXPECTATION_POINTERS.find((words) => clause === words || clause.endsWith(` ${words}`));
  return pointer === undefined ? undefined : clause.length - pointer.length;
}

/** Words that may stand between a verb of expectation and a pointer whose verb has no particle: "rechnen nicht damit, dass". */
const BEFORE_POINTER_WITHOUT_PARTICLE = /^(?:nicht\s+)?$/u;

/**
 * A present-tense expectation with its pointer before the "dass" clause, in a verb that says the same without it
 * (EXPECTATION_REWORDINGS): "Experten rechnen damit, dass ..." → "Experten erwarten, dass ...", "Die Forscher gehen
 * in ihrem Modell davon aus, dass ..." → "Die Forscher nehmen in ihrem Modell an, dass ...". The particle takes the
 * pointer's place at the clause's end; a verb without one only where nothing but "nicht" stood before the pointer
 * ("erwarten fest, dass" reads oddly). Undefined for any other deed.
 */
function expectationReworded(verb: string, rest: string, who = ""): string | undefined {
  const rewording = EXPECTATION_REWORDINGS.get(verb);
  const at = rewording ? rest.indexOf(`${rewording.pointer}, dass `) : -1;
  if (!rewording || at === -1 || (at > 0 && rest[at - 1] !== " ")) return undefined;
  const before = rest.slice(0, at);
  if (rewording.particle === "" && !BEFORE_POINTER_WITHOUT_PARTICLE.test(before)) return undefined;
  return `${joinParts(capitalise(who), rewording.verb, before, rewording.particle, rest.slice(at + rewording.pointer.length))}.`;
}

/**
 * A deed in the present that is one phrase after a preposition, its noun at the end, a genitive after it at most
 * ("ermittelt gegen den früheren Geschäftsführer einer Baufirma", "sucht nach dem Täter", "ermittelt wegen fahrlässiger
 * Körperverletzung"): what goes on, which the perfect would tell as finished, stated with the phrase first instead. The
 * same groups as OPENING_ADVERBIAL.
 */
const WHOLE_PHRASE =
  /^(sich\s+)?((?:gegen|nach|um|über|für|mit|an|auf|wegen)\s+(?:\p{Ll}+\s+){0,3}\p{Lu}[\p{L}-]*(?:\s+(?:des|der|eines|einer)\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}-]*)?)()$/u;

/** The articles that open a subject's noun phrase, lower case inside a clause. */
const ARTICLES_OF_SUBJECT: ReadonlySet<string> = new Set(["Der", "Die", "Das"]);

/**
 * A deed stated with what `opening` finds at its start before the verb and the actor: "Am Dienstag hat die türkische
 * Wahlkommission ...", "Erneut stehen Italiens Banken im Visier der EZB.", "Bei TTIP will die EU-Kommission ...".
 */
function openedBy(opening: RegExp): DeedStatement {
  return (who, how, what) => {
    const found = opening.exec(what);
    if (!found) return undefined;
    const [, reflexive = "", when, remainder] = found as unknown as [string, string | undefined, string, string];
    // "Die militanten Qassam-Brigaden" inside the clause: "diesen Sommer wollen die militanten ...".
    // "Am Abend zogen tausende Demonstranten ...": a word that counts a group too (GROUP_QUANTIFIERS).
    const subject = who.replace(/^\p{Lu}\p{Ll}+(?=\s)/u, (first) =>
      ARTICLES_OF_SUBJECT.has(first) || GROUP_QUANTIFIERS.has(first.toLowerCase()) ? first.toLowerCase() : first,
    );
    return `${joinParts(capitalise(when), how, reflexive.trim(), subject, remainder)}.`;
  };
}

/**
 * What may open a statement of a deed in the present or with a modal instead of its actor: an adverb of time or
 * manner ("erneut", "traditionell", "meist") or a phrase after a preposition that ends at its noun ("bei TTIP", "in den
 * Ansatz", "mit Sorge"); the same groups as OPENING_ADVERBIAL.
 */
const FRONTABLE = new RegExp(
  `^(sich\\s+)?(erneut|nun|jetzt|weiterhin|künftig|traditionell|meist|oft|häufig|zunehmend|wieder|bereits|(?:bei|in|im|an|am|auf|mit|für|gegen)\\s+(?:(?:der|dem|den|des|die|das|einer|einem|einen|eines)\\s+)?(?:\\p{Ll}+\\s+){0,2}\\p{Lu}[\\p{L}-]*(?=\\s+(?!(?:${PHRASE_GOES_ON})\\s)\\p{Ll}))\\s+(\\p{L}.*)$`,
  "u",
);

/** "hat", "hatte", "ist", "war" and their plurals before a participle: the perfect and the past perfect. */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(["hat", "hatte", "haben", "hatten", "ist", "war", "sind", "waren"]);
/** "sein" as an auxiliary: a perfect only before a participle of motion or change (PARTICIPLE_WITH_SEIN), not "ist ... vorbehalten". */
const SEIN_FORMS: ReadonlySet<string> = new Set(["ist", "war", "sind", "waren"]);
/** A participle in "-t", of a regular verb or of "bringen", "nennen", "wissen" ("gefordert", "angekündigt", "gebracht"). */
const PARTICIPLE_IN_T = /^\p{Ll}*ge\p{Ll}{2,}t$/u;
/**
 * An auxiliary or another participle (not one before a noun: "in einer umgebauten Lagerhalle") in the clause before a
 * participle: a second deed. A participle without "ge-" counts before "und"/"oder" ("hat zwölf Krebse verfüttert und
 * genau analysiert", which the simple past broke into "analysierte ... verfüttert und genau").
 */
const ANOTHER_VERB =
  /(?<!\p{L})(?:(?:hat|hatte|haben|hatten|ist|war|sind|waren|wird|wurde|werden|wurden)|(?:\p{Ll}*ge\p{Ll}{3,}t|\p{Ll}*ge\p{Ll}{2,}[^\P{L}t]en|\p{Ll}{3,}iert)(?!\s+\p{Lu})|(?:be|er|ver|zer|ent|emp|miss|über|unter|hinter|wider)\p{Ll}{3,}t(?=\s+(?:und|oder|sowie)\s))(?!\p{L})/u;
/**
 * Prefixes that take no "ge-" in the participle ("beziffert", "eröffnet", "verurteilt"), verbs in "-ieren"
 * ("investiert"), and the few weak verbs whose "durch" is no particle ("durchsucht"; "durchgesetzt" has one).
 */
const NO_GE_PARTICIPLE = /^(?:be|er|ver|zer|ent|emp|miss|über|unter|hinter|wider)\p{Ll}{3,}t$|^\p{Ll}{3,}iert$|^durch(?:such|leucht|quer|forst|kämm)t$/u;

/**
 * A deed in the perfect with "haben" ("hat die Freilassung gefordert", "hatte den Bedarf beziffert"), or with
 * "sein" of motion or change ("ist ... ausgestiegen"), in the simple past ("forderte die Freilassung", "bezifferte
 * den Bedarf", "stieg ... aus"): the same deed, not the text's wording.
 * A regular participle in "-t", whose stem gives the past ("gefordert" → "forderte", "gebracht" →
 * "brachte"), or a strong verb's ("beschlossen" → "beschloss"); a separable verb's particle goes to the end of
 * the clause ("angekündigt" → "kündigte ... an", "aufgehoben" → "hob ... auf"). Two participles joined by "und",
 * "oder", "sowie" are two deeds of the one auxiliary, each told in the simple past ("hat den Bericht geprüft und
 * festgestellt, dass ..." → "prüfte den Bericht und stellte fest, dass ..."). Undefined where the participle
 * does not end the deed's clause ("hat investiert und scheiterte"), more participles follow its comma ("hat die Daten
 * gesammelt, ausgewertet und veröffentlicht"), or a participle is of no verb known.
 */
export function inSimplePast(auxiliary: string, rest: string): { verb: string; rest: string } | undefined {
  if (!PERFECT_AUXILIARIES.has(auxiliary)) return undefined;
  const singular = !PLURAL_VERB.test(auxiliary);
  const clause = clauseOf(rest);
  const after = rest.slice(clause.length);
  if (!clause.includes(" ") || PARTICIPLES_LISTED_AFTER.test(after)) return undefined;
  const joined = joinedParticipleAt(clause);
  if (joined === undefined) {
    const deed = clauseInSimplePast(auxiliary, singular, clause);
    return deed && { verb: deed.verb, rest: `${deed.rest}${after}` };
  }
  const secondClause = clause.slice(joined.end);
  // A third deed ("hat ... geprüft und ... verworfen und ... beschlossen"), too long a statement to be sure of, or a
  // second that shares the first one's object.
  if (joinedParticipleAt(secondClause) !== undefined || !hasOwnObject(secondClause, after)) return undefined;
  const first = clauseInSimplePast(auxiliary, singular, clause.slice(0, joined.start));
  const second = clauseInSimplePast(auxiliary, singular, secondClause);
  if (!first || !second) return undefined;
  return { verb: first.verb, rest: `${joinParts(first.rest, joined.conjunction, second.verb, second.rest)}${after}` };
}

/** A shape of participle: "gefordert", "aufgehoben", "untersucht", "beschlossen", "investiert". */
const ANY_PARTICIPLE = "(?:\\p{Ll}*ge\\p{Ll}{2,}(?:t|en)|(?:be|er|ver|zer|ent|emp|miss|unter|über|hinter|wider)\\p{Ll}{3,}(?:t|en)|\\p{Ll}{3,}iert)";
/** More participles of the auxiliary after the clause's comma (", ausgewertet und veröffentlicht"): a list of deeds. */
const PARTICIPLES_LISTED_AFTER = new RegExp(`^(?:,\\s${ANY_PARTICIPLE})+\\s(?:und|oder|sowie)\\s(?:\\p{Ll}+\\s){0,2}${ANY_PARTICIPLE}(?=$|[\\s.,;:–])`, "u");
/** A participle before "und", "oder", "sowie" ("geprüft und", "untersucht und", "beschlossen und"): the first of two deeds. */
const PARTICIPLE_BEFORE_JOINING = new RegExp(`(?<!\\p{L})${ANY_PARTICIPLE}\\s(und|oder|sowie)\\s`, "gu");

/** An article, possessive, count or pronoun that may open an object in the accusative ("den Auftrag", "zwei Häuser", "ihn"). */
const ACCUSATIVE_OPENER =
  /^(?:den|die|das|ein|eine|einen|kein|keine|keinen|sein|seine|seinen|ihr|ihre|ihren|unser|unsere|unseren|alle|mehrere|zwei|drei|vier|fünf|ihn|sie|es|sich)$/u;
/** A noun or name opening a phrase that is a time ("Anfang Mai", "Montag"), no object. */
const TIME_OPENERS: ReadonlySet<string> = new Set([...TIME_NOUNS, "Anfang", "Ende", "Mitte"]);
/** An object clause after the deed's clause: what was found, said or asked (", dass ...", ", ob ...", ", wie ..."). */
const OBJECT_CLAUSE_AFTER = /^,\s+(?:dass|ob|wie|was|wer|wo|warum|wann|weshalb|wieso)\s/u;

/**
 * Whether the second of two joined deeds has an object of its own ("... und den Auftrag vergeben", "... und
 * festgestellt, dass ..."): in the perfect the two share the first one's ("hat den Mann festgenommen und verhört"),
 * which the simple past would leave the second without ("nahm den Mann fest und verhörte").
 */
function hasOwnObject(secondClause: string, after: string): boolean {
  const words = secondClause.split(" ");
  const [opener = ""] = words;
  if (words.length > 1 && (ACCUSATIVE_OPENER.test(opener) || (CAPITALISED_WORD.test(opener) && !TIME_OPENERS.has(opener) && !MONTHS.has(opener.toLowerCase()))))
    return true;
  // Only adverbs before the participle ("und schließlich festgestellt"), and an object clause or "zu" clause after it.
  const adverbsOnly = words.slice(0, -1).every((word) => /^\p{Ll}+$/u.test(word) && !PREPOSITIONS.has(word));
  return adverbsOnly && (OBJECT_CLAUSE_AFTER.test(after) || ZU_INFINITIVE_CLAUSE_AFTER.test(after));
}

/**
 * Where in a clause the first of two joined deeds ends ("den Bericht geprüft"), the conjunction, and where the second
 * begins ("festgestellt"); undefined where no participle stands before a joining word.
 */
function joinedParticipleAt(clause: string): { start: number; conjunction: string; end: number } | undefined {
  PARTICIPLE_BEFORE_JOINING.lastIndex = 0;
  const found = PARTICIPLE_BEFORE_JOINING.exec(`${clause} `);
  if (!found) return undefined;
  // "hat das Lied bekannt und beliebt gemacht": an adjective, not a first deed.
  if (ADJECTIVES_LIKE_PARTICIPLES.has(found[0].split(" ")[0]!)) return undefined;
  const conjunction = found[1]!;
  const start = found.index + found[0].length - conjunction.length - 2;
  return { start, conjunction, end: Math.min(clause.length, found.index + found[0].length) };
}

/**
 * One deed's clause in the perfect ("den Bericht geprüft", "festgestellt"), its participle closing it, in the simple
 * past: the verb and the rest with a separable particle at its end; undefined where that is not known.
 */
function clauseInSimplePast(auxiliary: string, singular: boolean, clause: string): { verb: string; rest: string } | undefined {
  const lastSpace = clause.lastIndexOf(" ");
  const participle = clause.slice(lastSpace + 1);
  if (SEIN_FORMS.has(auxiliary) && !PARTICIPLE_WITH_SEIN.test(participle)) return undefined;
  // "hat ... gestanden": "stand" or "gestand", which the participle does not tell.
  if (PARTICIPLES_OF_TWO_VERBS.some((shared) => participle.endsWith(shared))) return undefined;
  const before = lastSpace === -1 ? "" : clause.slice(0, lastSpace);
  // Another deed in the clause ("hat ... erkannt und hatte sich bereit erklärt"), or a particle written apart
  // ("bereit erklärt", "bekannt gemacht"), which would have to move too.
  if (ANOTHER_VERB.test(before) || SEPARABLE_PARTICLES.has(before.slice(before.lastIndexOf(" ") + 1))) return undefined;
  let stem: string;
  let particle = "";
  const strong = strongParticiple(participle);
  if (strong) {
    const verb = singular ? strong.past : `${strong.past}en`;
    return { verb, rest: joinParts(before, strong.particle) };
  }
  if (NO_GE_PARTICIPLE.test(participle)) stem = participle;
  else {
    if (!PARTICIPLE_IN_T.test(participle)) return undefined;
    const ge = participle.startsWith("ge") ? 0 : participle.indexOf("ge", 2);
    particle = participle.slice(0, Math.max(0, ge));
    if (ge === -1 || (particle !== "" && !SEPARABLE_PARTICLES.has(particle))) return undefined;
    stem = participle.slice(ge + "ge".length);
    // "gehabt": "haben" has its own past.
    if (stem === "habt") return undefined;
  }
  if (STEMS_WITH_OWN_GE.some((own) => participle.startsWith(own))) return undefined;
  const verb = `${stem}${singular ? "e" : "en"}`;
  return { verb, rest: joinParts(before, particle) };
}

/** The simple past of a weak verb in the singular ("forderte", "kündigte"). */
const WEAK_PAST = /^\p{Ll}{2,}te$/u;
/** Forms in "-te" that are no weak verb's past: auxiliaries, modals and their subjunctives. */
// biome-ignore format: a word list, packed for reading
const NOT_WEAK_PAST: ReadonlySet<string> = new Set([
  "hatte", "hätte", "sollte", "wollte", "konnte", "könnte", "musste", "müsste", "durfte", "dürfte", "mochte", "möchte",
]);
/** Auxiliaries and modals in the third person singular, and their plural. */
// biome-ignore format: a word list, packed for reading
const PLURAL_OF_AUXILIARY: ReadonlyMap<string, string> = new Map([
  ["hat", "haben"], ["hatte", "hatten"], ["ist", "sind"], ["war", "waren"], ["wird", "werden"], ["wurde", "wurden"],
  ["will", "wollen"], ["wollte", "wollten"], ["soll", "sollen"], ["sollte", "sollten"], ["kann", "können"], ["konnte", "konnten"],
  ["muss", "müssen"], ["musste", "mussten"], ["darf", "dürfen"], ["durfte", "durften"], ["würde", "würden"],
]);

/**
 * The third person plural of a finite verb in the singular, where it is sure: an auxiliary or a modal ("hat" → "haben"),
 * a weak past ("forderte" → "forderten") or a strong one ("warf" → "warfen"); not the present ("sieht": "sehen").
 */
function pluralVerb(verb: string): string | undefined {
  const auxiliary = PLURAL_OF_AUXILIARY.get(verb);
  if (auxiliary) return auxiliary;
  if ((WEAK_PAST.test(verb) && !NOT_WEAK_PAST.has(verb)) || STRONG_VERB_FORMS.has(verb)) return `${verb}${verb.endsWith("e") ? "n" : "en"}`;
  return undefined;
}

/** The simple past of each strong verb's participle ("geworfen" → "warf"). */
const STRONG_PAST_OF_PARTICIPLE: ReadonlyMap<string, string> = new Map([...STRONG_VERB_FORMS].map(([past, participle]) => [participle, past]));

/** The participle of a verb's simple past in the singular ("forderte" → "gefordert", "verließ" → "verlassen"); undefined where it is no past. */
export function participleOfPast(past: string): string | undefined {
  const strong = STRONG_VERB_FORMS.get(past);
  if (strong) return strong;
  const prefix = INSEPARABLE_PREFIX.exec(past)?.[0];
  const strongAfterPrefix = prefix ? STRONG_VERB_FORMS.get(past.slice(prefix.length)) : undefined;
  if (prefix && strongAfterPrefix) return `${prefix}${strongAfterPrefix.slice("ge".length)}`;
  if (!WEAK_PAST.test(past) || NOT_WEAK_PAST.has(past) || isInflectedParticiple(past)) return undefined;
  const stem = past.slice(0, -1);
  return NO_GE_PARTICIPLE.test(stem) || STEMS_WITH_OWN_GE.some((own) => stem.startsWith(own)) ? stem : `ge${stem}`;
}

/** "ge-" and at least two letters after it: what a participle or a verb with its own "ge-" opens with. */
const OPENS_WITH_GE = /^ge\p{Ll}{2}/u;
/** The endings of a weak verb's past and of its participle inflected as an adjective: "-te", "-ten", "-tem", "-ter", "-tes". */
const INFLECTED_T_ENDING = /\p{Ll}te[nmrs]?$/u;

/**
 * Whether a word in "-te", "-ten" ... is a participle inflected as an adjective ("geschickte", "vorgelegten",
 * "angekündigte"), by the "ge-" at its start or after a separable particle: a weak verb's past never takes it, unless
 * its own stem opens with it ("gehörte", "gestaltete"). So no "ge-" is put before a word that has one ("gegeschickt").
 */
export function isInflectedParticiple(word: string): boolean {
  if (!INFLECTED_T_ENDING.test(word)) return false;
  if (word.startsWith("ge")) return OPENS_WITH_GE.test(word) ? !STEMS_WITH_OWN_GE.some((own) => word.startsWith(own)) : false;
  for (let end = 2; end < word.length - 4; end++) {
    if (word.startsWith("ge", end) && SEPARABLE_PARTICLES.has(word.slice(0, end)) && OPENS_WITH_GE.test(word.slice(end))) return true;
  }
  return false;
}

/** The simple past of a strong verb's participle, an inseparable prefix kept ("beschlossen" → "beschloss"). */
function strongPastOf(participle: string): string | undefined {
  const direct = STRONG_PAST_OF_PARTICIPLE.get(participle);
  if (direct) return direct;
  const prefix = INSEPARABLE_PREFIX.exec(participle)?.[0];
  const base = prefix ? STRONG_PAST_OF_PARTICIPLE.get(`ge${participle.slice(prefix.length)}`) : undefined;
  return prefix && base ? `${prefix}${base}` : undefined;
}

/** A strong verb's participle ("aufgehoben", "beschlossen") as its simple past and the particle split off it ("hob", "auf"). */
function strongParticiple(participle: string): { past: string; particle: string } | undefined {
  const past = strongPastOf(participle);
  if (past) return { past, particle: "" };
  for (const particle of SEPARABLE_PARTICLES) {
    const after = participle.startsWith(particle) ? strongPastOf(participle.slice(particle.length)) : undefined;
    if (after) return { past: after, particle };
  }
  return undefined;
}

/** An auxiliary in a clause: its deed is in a compound tense already, or joins a second one. */
const AUXILIARY_WORD = /(?<!\p{L})(?:hat|hatte|haben|hatten|ist|war|sind|waren|wird|wurde|werden|wurden)(?!\p{L})/u;
/** A word after "und", "oder", "sowie" that may be a second finite verb ("nahm ... fest und brachte ..."). */
const JOINED_WORD = /(?<!\p{L})(?:und|oder|sowie)\s+(\p{Ll}+)/gu;
/** The words after "und", "oder", "sowie" in `clause` shaped like a finite verb and no determiner: second verbs of a deed. */
const joinedVerbs = (clause: string) => matchesOf(JOINED_WORD, clause).filter((match) => mayBeFiniteVerb(match[1]!) && !PHRASE_DETERMINERS.has(match[1]!));
/**
 * A relative or subordinate clause inside the deed's clause, after which its main clause goes on ("statuierten mit der
 * Schließung der Initiative, die ... unterstützt wird, ein Exempel"): the participle cannot close the main clause before
 * it, and after it would stand far from its auxiliary. Up to the clause's next comma, then words that open no clause.
 */
const MAIN_CLAUSE_GOES_ON =
  /^,\s+(?:\p{Ll}+\s+)?(?:der|die|das|dem|den|deren|dessen|denen|welche[rmns]?|wo|wie|was|dass|weil|ob|wenn|als|nachdem|obwohl|da|damit|bevor|während|sodass|seit|seitdem|falls|bis)\s[^,;:–]*,\s+(?!(?:und|oder|aber|sondern|doch|der|die|das|dem|den|deren|dessen|denen|welche[rmns]?|wo|wie|was|dass|weil|ob|wenn|als|nachdem|obwohl|da|damit|bevor|während|sodass|um|ohne|statt|anstatt|seit|seitdem|falls|bis|so|sagte|sagten|hieß|heißt)(?!\p{L}))/u;

/** The end of an infinitive clause with "zu" ("Container aufzustellen", "zu helfen"), before a comma or the end. */
const ZU_INFINITIVE_LAST = /(?:\szu\s\p{Ll}+|\p{Ll}zu\p{Ll}+(?:en|ern|eln))(?=\s*(?:[,;.]|$))/u;

/** MAIN_CLAUSE_GOES_ON, but not where the words after are an infinitive clause of the clause before ("wie schwierig es sei, Container aufzustellen"). */
function mainClauseGoesOn(after: string): boolean {
  const match = MAIN_CLAUSE_GOES_ON.exec(after);
  if (!match) return false;
  const rest = after.slice(match[0].length);
  const restClause = rest.split(",", 1)[0]!;
  return !ZU_INFINITIVE_LAST.test(restClause);
}

/**
 * What may follow the clause a participle closes: a subordinate or relative clause (", die im Mai beginnen", ", bei
 * denen ..."), a dash, a colon or semicolon; not the rest of a list the comma runs through ("von A, B und C").
 */
const AFTER_CLOSED_CLAUSE =
  /^(?:$|\s*[–;:]|,\s+(?:\p{Ll}+\s+)?(?:der|die|das|dem|den|deren|dessen|denen|welche[rmns]?|wo|wie|was|dass|weil|ob|wenn|als|nachdem|obwohl|da|damit|bevor|während|sodass|um|ohne|statt|anstatt|seit|seitdem|falls|bis)(?!\p{L}))/u;
/**
 * An infinitive clause with "zu" after the comma, up to the next comma or the end: what the deed's verb takes ("warf
 * ihm vor, moderate Kräfte ins Visier zu nehmen", "unterstellt den USA, durch ihre Übungen einen Angriff
 * vorzubereiten"), which stays after the participle ("hat den USA unterstellt, ... vorzubereiten"). Whatever word it
 * opens with: AFTER_CLOSED_CLAUSE knows it only by an article or a conjunction at its start.
 */
const ZU_INFINITIVE_CLAUSE_AFTER =
  /^,\s+[^,;:–„“"«»()]*?(?<!\p{L})(?:zu\s+(?:\p{Ll}{2,}(?:en|ern|eln)|sein|tun)|\p{Ll}{2,}zu\p{Ll}{2,}(?:en|ern|eln))(?=\s*(?:$|[,;:–]))/u;
/** An infinitive closing a clause without "zu" ("ließ ihn verhaften"): its perfect takes another form ("hat ... verhaften lassen"). */
const BARE_INFINITIVE = /^\p{Ll}{2,}(?:en|ern|eln)$/u;

/**
 * The simple past of the modals whose perfect takes their infinitive after the deed's ("konnte ... löschen" → "hat ...
 * löschen können"); not "sollte", which is also the subjunctive ("should").
 */
// biome-ignore format: a word list, packed for reading
const MODAL_PAST_INFINITIVES: ReadonlyMap<string, string> = new Map([
  ["konnte", "können"], ["konnten", "können"], ["musste", "müssen"], ["mussten", "müssen"],
  ["wollte", "wollen"], ["wollten", "wollen"], ["durfte", "dürfen"], ["durften", "dürfen"],
]);

/** A conjunction inside a clause, which may join a second verb that would need its own modal ("konnte fliehen und wurde ..."). */
const JOINING_CONJUNCTION = /(?<!\p{L})(?:und|oder|sowie|aber)(?!\p{L})/u;

/**
 * A deed told with a modal in the simple past and an infinitive closing its clause, in the perfect ("Die Feuerwehr
 * konnte den Brand rasch löschen" → "hat den Brand rasch löschen können", "Der Fahrer musste ... befreit werden" →
 * "hat ... befreit werden müssen"): the same deed, not the text's wording. Undefined where the clause joins another
 * verb or ends in no infinitive ("konnte kein Wort Deutsch"), or goes on after its comma with more than a closed clause.
 */
function modalInPerfect(verb: string, rest: string): { verb: string; rest: string } | undefined {
  const modal = MODAL_PAST_INFINITIVES.get(verb);
  if (!modal) return undefined;
  const clause = clauseOf(rest);
  const after = rest.slice(clause.length);
  if (!AFTER_CLOSED_CLAUSE.test(after) || JOINING_CONJUNCTION.test(clause)) return undefined;
  const words = clause.split(" ");
  const last = words[words.length - 1]!;
  if (words.length < 2 || !BARE_INFINITIVE.test(last) || words[words.length - 2] === "zu") return undefined;
  return { verb: PLURAL_VERB.test(verb) ? "haben" : "hat", rest: `${clause} ${modal}${after}` };
}

/**
 * A day or a time to come: "am Mittwoch", "am kommenden Donnerstag", "ab Jänner", "ab 2027", "nächste Woche", "morgen",
 * "künftig", "demnächst" (not "ab" as a particle: "lehnt ... ab und ..."), "Ende Juni", "Anfang 2027"; a year of this
 * century not after "seit" ("steigt 2027 auf zehn Prozent", "bis 2030"): with a verb in the present, news tells what is
 * to come.
 */
export const TIME_AHEAD =
  /(?<!\p{L})(?:am\s+(?:kommenden\s+|nächsten\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|ab\s+(?:\p{Lu}|\d|sofort|heute|morgen)|(?:kommende[mnrs]?|nächste[mnrs]?)\s|(?:morgen|übermorgen|künftig|demnächst|bald)(?!\p{L})|(?:Ende|Anfang|Mitte)\s+(?:\p{Lu}\p{Ll}+|\d)|(?<!seit\s)20\d\d(?![\d.,]?\d))/u;

const wordsPattern = (words: readonly string[]) => `(?<!\\p{L})(?:${words.join("|")})(?!\\p{L})`;
/** An approval still to come: "noch" with its verb ("die Behörde muss der Übernahme noch zustimmen"). */
const APPROVAL_TO_COME = `(?<!\\p{L})noch\\s(?:[^.;:!?]*\\s)?${wordsPattern(APPROVALS_TO_COME)}`;
/**
 * A deed told in the present that its sentence marks as still to come: a word of PENDING_WORDS, an approval to come,
 * a modal with "noch", or "soll" with a clause that does not end in a past infinitive ("soll im Herbst gelten", not
 * the claim "soll ... beiseite geschafft haben").
 */
const PENDING = new RegExp(
  `${wordsPattern(PENDING_WORDS)}|${APPROVAL_TO_COME}|${wordsPattern(MODALS_OF_WHAT_IS_TO_COME)}\\s(?:[^.;:!?]*\\s)?noch(?!\\p{L})|${wordsPattern(MODALS_OF_A_PLAN)}\\s(?![^.;:!?,]*\\s(?:haben|sein)(?!\\p{L}))`,
  "u",
);
/** The sentence after a deed tells it pending only by an approval to come: its other words may be about anything. */
const PENDING_IN_NEXT = new RegExp(APPROVAL_TO_COME, "u");

/** ", dass ...", ", ob ...": the clause a verb of saying, demanding or deciding takes as its object, up to a semicolon. */
const OBJECT_CLAUSE = /^,\s+(?:dass|ob)\s[^;]*/u;

/**
 * A deed in the simple past in the perfect with "haben" ("warf Polen Versäumnisse vor" → "hat Polen Versäumnisse
 * vorgeworfen", "forderte ..." → "hat ... gefordert"), or in the present where the verb tells an act ("warnt vor
 * ..." → "hat vor ... gewarnt", ACTS_IN_PRESENT): the same deed, not the text's wording. The participle goes to
 * the end of the deed's clause, with a separable particle that stood there. Undefined for other verbs in the
 * present (a state, "leben abgeschirmt", is no past event), for verbs whose perfect takes "sein" ("reiste", "kam"),
 * where the form is not known as a past, and where the clause holds a second verb or ends in an infinitive.
 */
/**
 * Whether `verb` is a present that inPerfect would tell as a done act ("geben"): of people of a kind named by a plural
 * alone, advice in the present ("Fachleute geben Tipps ...") is what they give as a rule, no deed done once.
 */
function tellsActInPresent(verb: string): boolean {
  const singular = PLURAL_VERB.test(verb) ? singularVerb(verb) : verb;
  return singular !== undefined && ACTS_IN_PRESENT.has(singular);
}

/** The first noun of a deed, after two adjectives at most ("praktische Tipps"). */
const FIRST_NOUN = /^(?:\p{Ll}+\s+){0,2}(\p{Lu}\p{L}*)/u;

/** Whether a deed gives advice (ADVICE_NOUNS: "Tipps zum Sparen", "gute Ratschläge"). */
function givesAdvice(rest: string): boolean {
  const noun = FIRST_NOUN.exec(rest)?.[1];
  return noun !== undefined && ADVICE_NOUNS.has(noun);
}

export function inPerfect(verb: string, rest: string, next = ""): { verb: string; rest: string } | undefined {
  const plural = PLURAL_VERB.test(verb);
  const singular = plural ? singularVerb(verb) : verb;
  const past = singular ? (ACTS_IN_PRESENT.get(singular) ?? singular) : undefined;
  const participle = past ? participleOfPast(past) : undefined;
  if (!participle) return undefined;
  const clause = clauseOf(rest);
  const after = rest.slice(clause.length);
  if (!(AFTER_CLOSED_CLAUSE.test(after) || ZU_INFINITIVE_CLAUSE_AFTER.test(after)) || AUXILIARY_WORD.test(clause)) return undefined;
  if (mainClauseGoesOn(after)) return undefined;
  // "Salzburg empfängt am Mittwoch Inter Mailand", "erhöht ab Jänner ...": the present of a time ahead tells what is
  // planned, which the perfect would tell as done.
  if (past !== singular && TIME_AHEAD.test(clause)) return undefined;
  // "Der Konzern zahlt vorbehaltlich der Zustimmung ...", "übernimmt ...; die Behörde muss noch zustimmen": pending, not
  // done. Not for a plan in the clause the verb takes as its object ("fordert, dass die Preise künftig sinken"): that is
  // what was demanded or said, and the demand is made.
  if (past !== singular && (PENDING.test(clause + after.replace(OBJECT_CLAUSE, "")) || PENDING_IN_NEXT.test(next))) return undefined;
  const joined = joinedVerbs(clause);
  if (joined.length > 1) return undefined;
  const first = participleClause(joined[0] ? clause.slice(0, joined[0].index).trimEnd() : clause, participle);
  if (!first) return undefined;
  const auxiliary = first.sein ? (plural ? "sind" : "ist") : plural ? "haben" : "hat";
  if (!joined[0]) return { verb: auxiliary, rest: `${first.clause}${after}` };
  // "zertrümmerten mehrere Vitrinen und erbeuteten Schmuck": a second verb of the same actor in the same tense and
  // number, joined by "und", shares the auxiliary ("haben ... zertrümmert und ... erbeutet").
  const [joinedText, conjunction, secondVerb] = [joined[0][0], joined[0][0].split(/\s/u)[0], joined[0][1]!];
  const secondPlural = PLURAL_VERB.test(secondVerb);
  const secondSingular = secondPlural ? singularVerb(secondVerb) : secondVerb;
  const secondPast = secondSingular ? (past !== singular ? ACTS_IN_PRESENT.get(secondSingular) : secondSingular) : undefined;
  const secondParticiple = secondPast ? participleOfPast(secondPast) : undefined;
  if (conjunction !== "und" || secondPlural !== plural || !secondParticiple) return undefined;
  const second = participleClause(clause.slice(joined[0].index + joinedText.length).trimStart(), secondParticiple);
  return second && second.sein === first.sein ? { verb: auxiliary, rest: `${first.clause} und ${second.clause}${after}` } : undefined;
}

/**
 * A clause of a deed with its participle last, after a separable particle that stood there, and whether its perfect
 * takes "sein" (a verb of motion without an object: "sind am Abend abgezogen"); undefined where its perfect takes
 * "sein" for another verb or another form.
 */
function participleClause(clause: string, participle: string): { clause: string; sein: boolean } | undefined {
  const words = clause.split(" ");
  // "stellten klar, dass ...": the particle alone before the clause it points to is written with the participle too ("klargestellt").
  let particle = SEPARABLE_PARTICLES.has(words[words.length - 1]!) ? words.pop()! : "";
  // "gewann die Wahl klar": an adjective that is a particle of other verbs only stays an adverb ("klar gewonnen").
  if (ADJECTIVE_PARTICLES.has(particle) && !PARTICIPLES_TAKING_ADJECTIVE_PARTICLES.has(participle)) {
    words.push(particle);
    particle = "";
  }
  const last = words[words.length - 1];
  if (last !== undefined && words.length > 1 && BARE_INFINITIVE.test(last) && words[words.length - 2] !== "zu") return undefined;
  const full = `${particle}${participle}`;
  if (MOTION_PARTICIPLES.test(full) && !holdsObject(words)) return { clause: joinParts(...words, full), sein: true };
  if (PARTICIPLE_WITH_SEIN.test(full)) return undefined;
  return { clause: joinParts(...words, full), sein: false };
}

/**
 * Whether the words of a clause before its participle hold an object: a determiner, a pronoun or a noun outside the
 * phrase of a preposition ("ihre Pläne", "sich", "Bilanz"; not "vor das Rathaus der Stadt", "am Abend wieder").
 */
function holdsObject(words: readonly string[]): boolean {
  let inPhrase = false;
  let afterNoun = false;
  for (const word of words) {
    if (PREPOSITIONS_OF_MOTION.has(word)) {
      inPhrase = true;
      afterNoun = false;
      continue;
    }
    const capitalised = isCapitalised(word);
    if (!inPhrase && afterNoun && GENITIVE_AFTER_NOUN.has(word)) inPhrase = true;
    if (!inPhrase && (capitalised || OBJECT_OPENERS.has(word))) return true;
    if (capitalised) inPhrase = false;
    afterNoun = capitalised;
  }
  return false;
}

/** Who-did-what's question of a deed: "Wer kündigte laut Text ... an?" ("sich" or "es" before "laut Text": "Wer wehrte sich laut Text ..."). */
function whoStem(deed: Deed): string {
  // "sich, nachdem ...": the reflexive before a comma too.
  const { pronouns, after } = pronounsFirst(restWith(deed, deed.singular));
  return `${deedText(`${deed.asked ?? "Wer"} ${deed.singular} ${pronouns}laut Text`, after)}?`;
}

/** Whether a deed is stated (true, and of someone else): its question no longer than a statement is read whole. */
export const statable = (deed: Deed) => whoStem(deed).length <= MAX_STATED_DEED_LENGTH;

/**
 * The deed done to or in another country, for a false statement where the text names no rival of the actor
 * ("hat Deutschland Demokratie-Defizite vorgeworfen" → "hat Frankreich ..."): a lone true statement has no
 * partner, and a quiz keeps its statements balanced, so the text's main deed would go unstated. The deed must
 * name the country once, by its name without an article (a name with one, "die Türkei", changes with the
 * case); never the actor's own. The other country is one the text names in another role where there is one
 * (namedDistractor: not in the deed's sentence, not acting, not where the deed's verb stands; of the same
 * continent), else one of the story's region that the text names nowhere, and such a one only for a deed of
 * the story's opening: readers reject a country the text never names by scanning for it (blind readings of
 * rounds 23 to 28: such false statements of the body were worth asking 0 of 12 times, 11 of the 12 notes say
 * "never appears in the text"; of the opening 0.66 of 29).
 */
function deedInOtherCountry(
  doc: DocContext,
  pool: Pool,
  actor: Claimant,
  evidence: Evidence,
  deed: Deed,
  changeable: (rest: string, at: number) => boolean = () => true,
): string | undefined {
  const { rest } = deed;
  // "kontrolliert keine Territorien mehr im Irak": denied of another country, the deed may well be true.
  if (NEGATED.test(rest)) return undefined;
  for (const country of doc.facts.countries) {
    if (country.iso2 === actor.person?.country) continue;
    const names = [country.name, countryShortName(country.iso2)];
    // "die Klage Südafrikas": a name without an article in the genitive is changed for another's genitive.
    const genitives = names.flatMap((name) => genitiveOf(name) ?? []);
    const mention = country.mentions.find(
      (candidate) => candidate.form === "name" && within(candidate, evidence) && (names.includes(candidate.text) || genitives.includes(candidate.text)),
    );
    if (!mention || countryArticle(mention.text) !== undefined) continue;
    const genitive = genitives.includes(mention.text);
    // "ein Angebot der China Precision Machinery Import and Export Corporation": the start of a name.
    if (NAME_GOES_ON.test(doc.text.slice(mention.end, mention.end + 80))) continue;
    const at = wholeWordsAt(rest, mention.text, JOINS_WORD_OR_HYPHEN);
    if (at.length !== 1 || !changeable(rest, at[0]!)) continue;
    const usable = (choice: Choice) =>
      countryArticle(choice.text) === undefined && choice.value !== actor.person?.country && (!genitive || genitiveOf(choice.text) !== undefined);
    // Of the same continent: "die Pipeline von Österreich in die USA" for one from Canada is absurd, not false.
    const namedElsewhere = namedDistractor(doc, country, evidence, verbCore(deed.verb, rest));
    const other =
      namedElsewhere && usable(namedElsewhere) && closeness(country.iso2, namedElsewhere.value!) >= 1
        ? namedElsewhere
        : inOpening(doc, evidence)
          ? absentCountries(doc, pool, [country], ABSENT_COUNTRIES_LOOKED_AT).find(usable)
          : undefined;
    if (other) return rest.slice(0, at[0]) + (genitive ? genitiveOf(other.text) : other.text) + rest.slice(at[0]! + mention.text.length);
  }
  return undefined;
}

/** A country's name in the genitive ("Südafrikas", "Gambias"), or undefined where it takes an article or ends in a hissing sound ("von Laos"). */
function genitiveOf(name: string): string | undefined {
  return countryArticle(name) !== undefined || /[sßxz]$/u.test(name) ? undefined : `${name}s`;
}

/**
 * The words of a clause with no actor (compoundpast.ts) with another country, as deedInOtherCountry changes a deed:
 * `verb` is its finite verb, and only a country where `changeable` says is changed.
 */
export const inOtherCountry = (
  doc: DocContext,
  pool: Pool,
  evidence: Evidence,
  verb: string,
  rest: string,
  changeable: (rest: string, at: number) => boolean,
) => deedInOtherCountry(doc, pool, { text: "" }, evidence, { verb, singular: verb, rest }, changeable);

/** Adverbs in "-t" and "-en" that may end a clause (the stop-word list has "jetzt", "erst", "selbst"). */
const ADVERBS_LIKE_VERBS: ReadonlySet<string> = new Set([
  "zuletzt",
  "derzeit",
  "meist",
  "insgesamt",
  "längst",
  "jüngst",
  "zunächst",
  "gestern",
  "morgen",
  "oben",
  "unten",
  "außen",
  "innen",
  "eben",
  "neben",
  "wegen",
]);
/** Auxiliaries and modals that close a verb cluster ("aufgebaut werden", "gegeben haben"). */
const AUXILIARIES: ReadonlySet<string> = new Set(["werden", "worden", "haben", "sein", "lassen", "wollen", "können", "müssen", "sollen", "dürfen"]);
/** An infinitive or a participle ("nutzen", "schwertun", "gefordert", "entschieden"), lower case. */
const NON_FINITE = /^\p{Ll}{2,}(?:en|ern|eln|tun|t)$/u;
const isNonFinite = (word: string) => AUXILIARIES.has(word) || (NON_FINITE.test(word) && !GENERAL.has(word) && !ADVERBS_LIKE_VERBS.has(word));
/** Where the clause of a deed ends: what follows (", weil ...", "– ...") is not denied or put in another tense with it. */
const CLAUSE_END = /[,;:](?!\d)|–/u;
/** A deed's own clause, up to CLAUSE_END; the rest of the deed follows it as it is (`rest.slice(clause.length)`). */
function clauseOf(rest: string): string {
  let end = rest.search(CLAUSE_END);
  // "gegen Wolfgang Kulterer, Tilo Berlin und Co teilweise aufgehoben": a comma between names of a list runs on; so does
  // a name set off by commas behind a noun ("den Bürgermeister, Herbert Gruber, wegen Untreue verurteilt"), as the
  // finder of actions reads it.
  while (end >= 0 && (LIST_COMMA.test(rest.slice(end)) || NAME_APPOSITION.test(rest.slice(end)))) {
    // Past the apposition's closing comma too.
    const from = end + (NAME_APPOSITION.exec(rest.slice(end))?.[0].length ?? 1);
    const next = rest.slice(from).search(CLAUSE_END);
    end = next < 0 ? -1 : from + next;
  }
  return (end < 0 ? rest : rest.slice(0, end)).trimEnd();
}
/** A comma before a name or names and "und", "oder", "sowie": the list goes on ("A, B und C"). */
const LIST_COMMA = /^,\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:und|oder|sowie)\s/u;
/**
 * A name of two or three words set off by commas, the clause going on in lower case after it (", Herbert Gruber, wegen
 * ..."); not a relative clause or a conjunction after it (the finder of actions' CLAUSE_OPENERS_AFTER_COMMA).
 */
const NAME_APPOSITION =
  /^, (?:\p{Lu}[\p{L}-]*\s){1,2}\p{Lu}[\p{L}-]*, (?!(?:der|die|das|dem|den|dessen|deren|welche[rs]?|und|oder|sowie|aber|doch|sondern|wie|so|sagte|sagt|hieß|heißt|teilte|erklärte|weil|da|dass|als|wenn|ob)(?!\p{L}))\p{Ll}/u;

/** "die Einführung eines Systems": "eines", "einer" right after a noun open its genitive, not an object ("keines Systems" denies nothing). */
const opensGenitive = (words: readonly string[], index: number) =>
  (words[index] === "eines" || words[index] === "einer") && index > 0 && CAPITALISED_WORD.test(words[index - 1]!);

/** The words of the text's persons' names ("Martin", "Jansen"): a name alone after a verb is no bare object to deny with "kein". */
const nameWordsOf = perDocument((doc) => new Set(doc.facts.persons.flatMap((person) => person.name.split(" "))));

/** A word that opens in a small letter: no noun, name or figure. */
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * A deed denied, for a false statement where nobody else of the text could have done it. An object with an
 * indefinite article is denied by "kein" ("sieht ein offenes Klima" → "sieht kein offenes Klima", "kündigte
 * einen Rücktritt an" → "kündigte keinen Rücktritt an"), as German denies it. Otherwise "nicht" goes before the
 * verbs that end its clause ("werden sich ... schwertun" → "werden sich ... nicht schwertun"), or before what the deed
 * makes of someone ("soll ... zur Nachfolgerin aufgebaut werden" → "soll ... nicht zur Nachfolgerin aufgebaut werden"): only where the clause ends in an infinitive or
 * a participle (after a particle, "nicht" would stand before the wrong phrase: "gehen ... gegen Uiguren nicht
 * vor") and joins no second verb with "und" (only that one would be denied). Never where the deed denies
 * something already (two denials read as a riddle; "nicht nur ..., sondern auch" denies nothing) or concedes
 * ("obwohl", "aber": a denial would contradict it, and so give itself away).
 */
function denied(rest: string, names: ReadonlySet<string>, subjectLeads = false): string | undefined {
  const clause = clauseOf(rest);
  const asserted = withoutNotOnly(rest);
  if (NEGATED.test(asserted) || SCALAR_PARTICLE.test(withoutNotOnly(clause)) || CONCESSIVE.test(asserted)) return undefined;
  if (DEGREE_WITH_CONSEQUENCE.test(rest) || DEGREE_ADVERB.test(clause)) return undefined;
  const words = clause.split(" ");
  // "hat ... nicht verweigert", "hat keinen Bericht zurückgewiesen": a verb that denies itself, denied, reads as a riddle.
  if (words.some((word) => DENYING_VERBS.has(word) || BIRTH_WORDS.has(word))) return undefined;
  // "rechnen damit, dass ...": the clause ends in the pointer; "nicht" before it denies the expectation ("nicht damit, dass").
  const pointer = expectationPointerAt(clause, rest);
  if (pointer !== undefined) return `${joinParts(clause.slice(0, pointer), "nicht", clause.slice(pointer))}${rest.slice(clause.length)}`;
  const article = words.findIndex(
    (word, index) =>
      INDEFINITE_ARTICLE.test(word) &&
      // "stürzten ... ein": a separable verb's particle ends the clause; an article has its noun after it.
      index < words.length - 1 &&
      !PREPOSITIONS.has(words[index - 1] ?? "") &&
      // "so viel kostet wie ein normales": a comparison's "ein", which "kein" does not deny.
      !NOT_BEFORE_COMPARISON.has(words[index - 1] ?? "") &&
      !NOT_AN_OBJECT_AFTER.has(words[index + 1] ?? "") &&
      !opensGenitive(words, index),
  );
  if (article >= 0 && HEDGES_BEFORE_FIGURE.has(words[article - 1] ?? "")) return undefined;
  // "eine negative und positive Seite", "einen Plan und ein Ziel": "kein" would deny one of the two, and reads clumsily
  // ("keine negative und positive Seite"; round 32's readers noted it); German says "weder ... noch".
  if (article >= 0 && words.slice(article + 1).some((word) => COORDINATING.has(word))) return undefined;
  // "versuchten eine Chronologie zu rekonstruieren": the object of "zu ...", whose "kein" does not deny the trying.
  if (article >= 0 && words.some((word, index) => index > article && word === "zu" && index + 1 < words.length && isNonFinite(words[index + 1]!)))
    return undefined;
  if (article >= 0) return [...words.slice(0, article), `k${words[article]}`, ...words.slice(article + 1)].join(" ") + rest.slice(clause.length);
  // "Proteste vor dem Rathaus angekündigt", "forderte strengere Kontrollen": a bare object is denied by "keine"
  // ("keine Proteste", "keine strengeren Kontrollen"), not by "nicht" before the verbs; "und" would leave one of two asserted.
  // "Laut den Jägern fressen Wölfe am liebsten Rehe": after a claim's verb the subject comes first, and "keine" before it
  // ("fressen keine Wölfe") would deny that there are any, not what they do.
  const bare = subjectLeads ? undefined : withKeinBeforeBareObject(words, names);
  if (bare === null || (bare !== undefined && words.some((word) => COORDINATING.has(word)))) return undefined;
  if (bare !== undefined) return bare.join(" ") + rest.slice(clause.length);
  if (words.some((word, index) => QUANTIFIERS_BEFORE_BARE_NOUN.has(word) && CAPITALISED_WORD.test(words[index + 1] ?? ""))) return undefined;
  let first = words.length - 1;
  if (!isNonFinite(words[first]!)) return deniedAfterRelativeClause(clause, rest);
  while (first > 0 && (isNonFinite(words[first - 1]!) || words[first - 1] === "zu")) first--;
  // "hat ... nicht für sich entschieden", not "für sich nicht entschieden".
  if (first > 2 && words[first - 1] === "sich" && PREPOSITIONS.has(words[first - 2]!)) first -= 2;
  // "hat den Bürgermeister nicht schuldig gesprochen", not "schuldig nicht gesprochen".
  if (first > 1 && PREDICATIVES_OF_VERBS.has(words[first - 1]!)) first--;
  // "soll nicht zur Nachfolgerin von X aufgebaut werden", "war es nicht zu massiven Verwerfungen gekommen": "nicht" stands
  // before what the deed makes of someone or comes to, not after it ("zur Nachfolgerin von X nicht aufgebaut").
  const complement = VERBS_OF_RESULT.has(words[first]!) ? words.slice(0, first).findLastIndex((word) => RESULT_PREPOSITIONS.has(word)) : -1;
  if (complement > 0) first = complement;
  // "hat die Pläne als zu zaghaft kritisiert", "hat sich als Fehler erwiesen": "nicht" before what the deed calls
  // someone or something ("nicht als zu zaghaft"), not inside it ("als nicht zu zaghaft"); not a comparison ("mehr als
  // 100", "früher als geplant") nor "sowohl ... als auch".
  const predicate = words.slice(0, first).findLastIndex((word, index) => word === "als" && index > 0 && !comparingAls(words, index));
  if (predicate > 0) first = Math.min(first, predicate);
  const joined = words.findIndex((word, index) => index > 0 && index < first && COORDINATING.has(word) && isNonFinite(words[index - 1]!));
  if (joined >= 0) return undefined;
  // "mit der Arbeit beginnen", "über die Reform beraten": "nicht" before the phrase the verb takes, not after it.
  const taken = complementPhraseBefore(words, first);
  if (taken >= 0) first = taken;
  // "wurde ins Ministerium zitiert", "in die Türkei abgeschoben": "nicht" before where the deed leads, not after it.
  const direction = directionBefore(words, first);
  if (direction >= 0) first = direction;
  // "hatten mindestens 500 Milliarden Dollar jährlich gefordert": "nicht" before the amount ("nicht mindestens 500
  // Milliarden ..."), not after it, where the simple past would leave it at the very end ("forderten ... jährlich nicht").
  const amount = amountObjectBefore(words, first);
  if (amount >= 0) first = amount;
  // "hat drei Jahre lang mit dem Betreiber verhandelt": "nicht" right after how long, before the phrase that follows
  // ("drei Jahre lang nicht mit dem Betreiber"); after that phrase it would close the simple past ("verhandelte drei
  // Jahre lang mit dem Betreiber nicht"). An object after the span has no place for "nicht" that reads right.
  const spanEnd = durationEndBefore(words, first);
  if (spanEnd >= 0 && spanEnd < first) {
    if (!PREPOSITIONS.has(words[spanEnd]!) && !CONTRACTED_PREPOSITIONS.has(words[spanEnd]!)) return undefined;
    first = spanEnd;
  }
  // "müsse schnell handeln", "hat die Bürger rechtzeitig gewarnt": "nicht" after an adverb of manner or degree reads
  // wrong ("schnell nicht handeln"), before it denies the manner alone (DEGREE_ADVERB): "nicht" only after a word it
  // follows, or after how long ("drei Jahre lang nicht").
  const before = words[first - 1];
  const afterDuration = spanEnd === first;
  if (!afterDuration && before !== undefined && LOWER_FIRST.test(before) && !WORDS_BEFORE_DENIAL.has(before) && !SENTENCE_ADVERBS_BEFORE_PREDICATE.has(before))
    return undefined;
  return [...words.slice(0, first), "nicht", ...words.slice(first)].join(" ") + rest.slice(clause.length);
}

/**
 * A relative clause after the object, then the verbs that close the deed's clause ("wollen die Nachteile, die sich
 * ergeben, offen kommunizieren" has "kommunizieren" after the relative clause): the clause up to the first comma ends in
 * the object, and "nicht" goes before those verbs ("..., die sich ergeben, nicht offen kommunizieren"). Only verbs that
 * close it, nothing but the sentence's end or another comma after them.
 */
const RELATIVE_CLAUSE_THEN_VERBS = /^(,\s(?:der|die|das|dem|den|denen|deren|dessen)\s[^,;:–()„“"«»]+,\s)(\p{Ll}+(?:\s\p{Ll}+){0,2})(?=\s*(?:,|$))/u;

function deniedAfterRelativeClause(clause: string, rest: string): string | undefined {
  const found = RELATIVE_CLAUSE_THEN_VERBS.exec(rest.slice(clause.length));
  if (!found) return undefined;
  const closing = found[2]!.split(" ");
  // "wollen die Nachteile, die ..., offen kommunizieren", "sollen die Fälle, die ..., geprüft werden": a non-finite verb last.
  if (!isNonFinite(closing[closing.length - 1]!)) return undefined;
  // "..., deutlich anheben", "..., erneut prüfen": "nicht" before a degree or a scalar particle does not deny the deed, as in the clause itself.
  if (DEGREE_ADVERB.test(found[2]!) || SCALAR_PARTICLE.test(found[2]!)) return undefined;
  const at = clause.length + found[1]!.length;
  return `${rest.slice(0, at)}nicht ${rest.slice(at)}`;
}

/** Words that make a count of time a duration after it ("drei Jahre lang"), and adverbs that are one ("jahrelang"). */
const DURATION_AFTER = "lang";
const DURATION_ADVERB = /^(?:jahre|jahrzehnte|monate|wochen|tage|stunden|nächte)lang$/u;

/**
 * Where the words after a duration before the verbs at `first` begin: "drei Jahre lang", "jahrelang", "seit drei
 * Jahren", "seit Monaten" (a time noun after "seit", with its count between); -1 where the clause holds none.
 */
function durationEndBefore(words: readonly string[], first: number): number {
  for (let at = 0; at < first; at++) {
    const word = words[at]!;
    if (DURATION_ADVERB.test(word)) return at + 1;
    if (word === DURATION_AFTER && at > 0 && (INCIDENTAL_UNITS.test(words[at - 1]!) || TIME_PLURALS.has(words[at - 1]!))) return at + 1;
    if (word !== "seit") continue;
    const unit = words.slice(at + 1, at + 4).findIndex((after) => TIME_PLURALS.has(after) || INCIDENTAL_UNITS.test(after));
    if (unit >= 0) return at + unit + 2;
  }
  return -1;
}

/** A figure in digits ("500", "1,3", "30.000"), a whole word. */
const FIGURE_WORD = /^(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)$/u;
const isFigureWord = (word: string) => FIGURE_WORD.test(word) || COUNT_WORDS.has(word);
/** Hedges of two words before a figure ("mehr als 300", "bis zu 300"); "nicht ganz" denies already. */
const TWO_WORD_HEDGES: readonly string[] = HEDGES.filter((hedge) => hedge.includes(" ") && !hedge.startsWith("nicht"));

/**
 * Where an amount that the verb takes opens before the verbs at `first`: a figure, its hedge before it ("mindestens
 * 500 Milliarden Dollar", "mehr als 300 Helfer", "rund 20 Millionen Euro"), then a noun that counts no time ("drei
 * Jahre lang" is how long, which "nicht" before it would deny alone). Not a figure after a preposition ("um 20
 * Prozent", "auf über 300") or an article ("die 500 Mitarbeiter"), which is no amount of its own; -1 where there is none.
 */
function amountObjectBefore(words: readonly string[], first: number): number {
  for (let at = 0; at < first - 1; at++) {
    if (!isFigureWord(words[at]!)) continue;
    const counted = words[at + 1]!;
    if (!CAPITALISED_WORD.test(counted) || TIME_NOUNS.has(counted) || TIME_PLURALS.has(counted)) continue;
    const twoBefore = `${words[at - 2] ?? ""} ${words[at - 1] ?? ""}`.toLowerCase();
    const hedged = TWO_WORD_HEDGES.includes(twoBefore) ? 2 : HEDGE_KINDS.has(words[at - 1] ?? "") || TOTALLING.has(words[at - 1] ?? "") ? 1 : 0;
    const start = at - hedged;
    const before = words[start - 1] ?? "";
    if (PREPOSITIONS.has(before) || CONTRACTED_PREPOSITIONS.has(before) || RESULT_PREPOSITIONS.has(before) || NOUN_PHRASE_ARTICLE.test(before)) return -1;
    return start;
  }
  return -1;
}

/** Adverbs that sum an amount up ("um insgesamt 80 Millionen Euro"): part of the amount, as a hedge is. */
const TOTALLING: ReadonlySet<string> = new Set(["insgesamt", "zusammen", "jeweils"]);
/** Articles, possessives and demonstratives inside a noun phrase ("der", "ihrer", "eines", "diesem"). */
const NOUN_PHRASE_ARTICLE = /^(?:d(?:er|ie|as|en|em|es)|(?:k|m|d|s)?ein\p{Ll}*|ihr\p{Ll}*|unser\p{Ll}*|eur\p{Ll}*|dies\p{Ll}*|jen\p{Ll}*)$/u;
/** Articles that open a genitive after a noun ("die Umstrukturierung ihrer Gremien"), no phrase of its own. */
const GENITIVE_ARTICLE = /^(?:des|der|eines|einer|dieses|dieser|seines|seiner|ihres|ihrer|unseres|unserer)$/u;
/** Plural nouns of time ("vor zwei Wochen", "seit Jahren"), besides TIME_NOUNS. */
const TIME_PLURALS: ReadonlySet<string> = new Set(["Jahren", "Jahre", "Wochen", "Tagen", "Tage", "Monaten", "Monate", "Stunden", "Minuten", "Uhr"]);

/**
 * Where a phrase that the verb takes opens right before the verbs at `first` ("mit der Umstrukturierung ihrer Gremien
 * befassen", "vor dem dichten Rauch gewarnt"): a preposition the verb takes (VERBS_BY_COMPLEMENT_PREPOSITION), then a noun phrase
 * only (articles, adjectives, nouns, a genitive). Not a phrase of time ("vor zwei Wochen", "am Montag"), which "nicht"
 * before it would deny alone; -1 where there is none.
 */
function complementPhraseBefore(words: readonly string[], first: number): number {
  for (let at = first - 1; at >= 0; at--) {
    const word = words[at]!;
    const verbs = VERBS_BY_COMPLEMENT_PREPOSITION.get(word);
    if (verbs) return at + 1 < first && verbs.some((verb) => words[first]!.endsWith(verb)) ? at : -1;
    // "mit der Arbeit am neuen Stadion": a phrase after a noun is the noun's, inside the phrase the verb takes.
    if (PREPOSITIONS.has(word) || CONTRACTED_PREPOSITIONS.has(word) || RESULT_PREPOSITIONS.has(word)) {
      if (CAPITALISED_WORD.test(words[at - 1] ?? "")) continue;
      return -1;
    }
    if (TIME_NOUNS.has(word) || TIME_PLURALS.has(word) || FIGURE_IN_CLAUSE.test(word)) return -1;
    if (!CAPITALISED_WORD.test(word) && !NOUN_PHRASE_ARTICLE.test(word) && !isAdjectiveLike(word)) return -1;
  }
  return -1;
}

/** Words before a phrase of time the deed lasts into: "bis in die Nacht", "spät in die Nacht". */
const TIME_REACHED_BEFORE: ReadonlySet<string> = new Set(["bis", "spät"]);
/** Prepositions with the article of a direction in them: "ins Ministerium", "ans Gericht", "aufs Land". */
const DIRECTION_CONTRACTIONS: ReadonlySet<string> = new Set(["ins", "ans", "aufs"]);
/** Prepositions that lead somewhere with "die" after them (the accusative; "in der" would say where): "in die Türkei". */
const DIRECTION_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "an", "auf"]);

/**
 * Where a phrase of direction opens right before the verbs at `first` ("ins Ministerium zitiert", "in die Türkei
 * abgeschoben"): a noun phrase only after it; -1 where there is none.
 */
function directionBefore(words: readonly string[], first: number): number {
  for (let at = first - 1; at >= 0; at--) {
    const word = words[at]!;
    if (DIRECTION_CONTRACTIONS.has(word) || (DIRECTION_PREPOSITIONS.has(word) && words[at + 1] === "die")) {
      // "bis spät in die Nacht gefeiert": a time the deed lasts into, no place it leads to.
      const phrase = words.slice(at + 1, first);
      return phrase.length > 0 && !phrase.some((noun) => TIME_NOUNS.has(noun) || TIME_PLURALS.has(noun)) && !TIME_REACHED_BEFORE.has(words[at - 1] ?? "")
        ? at
        : -1;
    }
    if (!CAPITALISED_WORD.test(word) && !NOUN_PHRASE_ARTICLE.test(word) && !isAdjectiveLike(word)) return -1;
  }
  return -1;
}

/** A strong adjective before a bare noun ("strengere", "neue"), not a determiner or count (DETERMINERS_IN_E). */
const BARE_ADJECTIVE = /^\p{Ll}{3,}e$/u;

/**
 * A deed's clause that opens with a bare object, denied by "kein" before it: a plural ("Proteste vor dem Rathaus" →
 * "keine Proteste vor dem Rathaus", its adjectives in "-e" then in "-en": "keine strengeren Kontrollen"), a feminine
 * noun ("keine Kritik"), or a noun that stands bare in the singular (UNCOUNTED_NOUNS: "kein Geld", "keinen Platz").
 * Undefined where the clause opens otherwise; null where it opens with a bare noun whose "kein" is unknown (a name, a
 * noun of another gender): "nicht" before the verbs would read stiff.
 */
function withKeinBeforeBareObject(words: readonly string[], names: ReadonlySet<string>): string[] | null | undefined {
  // "in Leseräumen ausverhandelte TTIP-Passagen lesen": a place or time before the object stays before "keine".
  const start = leadingPhraseEnd(words);
  let noun = start;
  while (noun < words.length && BARE_ADJECTIVE.test(words[noun]!) && !DETERMINERS_IN_E.has(words[noun]!) && isAdjectiveLike(words[noun]!)) noun++;
  const head = words[noun];
  if (head === undefined || !CAPITALISED_WORD.test(head) || TIME_NOUNS.has(head)) return undefined;
  const adjectiveless = noun === start;
  if (adjectiveless && !NAME_OR_NOUN.test(head)) return undefined;
  // "empfing Jansen im Ministerium": a person's name alone, no bare plural ("keine Jansen").
  if (names.has(head)) return adjectiveless ? undefined : null;
  // "Anna Jansen", "Linz": two capitalised words or one shaped as a name are a name, no bare object.
  if (CAPITALISED_WORD.test(words[noun + 1] ?? "") || (adjectiveless && NAME_SHAPED.test(head))) return adjectiveless ? undefined : null;
  const before = words.slice(0, start);
  const lower = head.toLowerCase();
  const uncounted = [...UNCOUNTED_NOUNS].find(([ending]) => lower.endsWith(ending));
  if (uncounted) return [...before, uncounted[1], ...words.slice(start)];
  const feminine = FEMININE_SINGULAR_ENDING.test(head);
  if (!feminine && !PLURAL_NOUN_ENDING.test(head)) return adjectiveless ? undefined : null;
  const adjectives = words.slice(start, noun).map((word) => (feminine ? word : `${word}n`));
  // "Verletzte" → "keine Verletzten": a noun made of an adjective takes the adjectives' ending.
  const deniedHead = isNominalisedAdjective(lower) ? `${head}n` : head;
  return [...before, "keine", ...adjectives, deniedHead, ...words.slice(noun + 1)];
}

/** Contractions of a preposition and an article that open a phrase of place or time ("am Montag", "im Sommer"). */
const CONTRACTED_PREPOSITIONS: ReadonlySet<string> = new Set(["am", "im", "beim", "vom"]);

/**
 * Where a phrase of place or time that opens a clause ends ("in Leseräumen", "am Montag", "in der Stadt"): after a
 * preposition, articles and adjectives up to its first noun; 0 where the clause opens otherwise.
 */
function leadingPhraseEnd(words: readonly string[]): number {
  if (!PREPOSITIONS.has(words[0]!) && !CONTRACTED_PREPOSITIONS.has(words[0]!)) return 0;
  for (let at = 1; at < Math.min(words.length, 5); at++) {
    if (CAPITALISED_WORD.test(words[at]!)) return at + 1;
    if (!NOUN_PHRASE_ARTICLE.test(words[at]!) && !isAdjectiveLike(words[at]!)) return 0;
  }
  return 0;
}
/**
 * Endings of plural nouns ("Proteste", "Kontrollen", "Passagen"); "-er" and "-el" are mostly singular without an article,
 * as "-in" is ("Kokain", "Benzin": "kein Kokain", not "keine") and "-mann" ("ist Klubobmann": "kein Klubobmann", whose
 * plural is "-männer" or "-leute").
 */
const PLURAL_NOUN_ENDING = /\p{Ll}(?:e|en|(?<!i|man)n)$/u;

/**
 * A deed in the simple past whose clause ends in a separable particle or a phrase ("kündigte Proteste vor dem Rathaus
 * an", "forderte strengere Kontrollen in der Branche"), denied as its true statement tells it, in the perfect: there the
 * participle closes the clause and "nicht" stands before it ("hat Proteste vor dem Rathaus nicht angekündigt"), where
 * the simple past has no place for it that reads right (denied). Not where the clause opens with a preposition: that
 * phrase is mostly what the verb takes ("ist gegen die Demonstranten vorgegangen", "hat am Montag ..."), and "nicht"
 * would stand after it. Undefined where the true statement (`truth`) is not that perfect.
 */
function deniedInPerfect(actor: string, verb: string, rest: string, truth: string, names: ReadonlySet<string>): string | undefined {
  const perfect = inPerfect(verb, rest);
  if (!perfect) return undefined;
  const words = clauseOf(perfect.rest).split(" ");
  if (PREPOSITIONS.has(words[0]!.toLowerCase()) || words.some(notDeniedAfter)) return undefined;
  const stated = (what: string) => `${deedText(capitalise(actor), deedText(perfect.verb, what))}.`;
  if (stated(perfect.rest) !== truth) return undefined;
  // Only "nicht" right before the participle, or "kein" for an indefinite article (denied): not before "zu" and the verbs after it.
  const participle = words[words.length - 1]!;
  const negated = denied(perfect.rest, names);
  const beforeParticiple = [...words.slice(0, -1), "nicht", participle].join(" ");
  // "hat die Anrainer nicht vor dem Rauch gewarnt": before the phrase the participle takes (complementPhraseBefore).
  const afterNot = negated === undefined ? [] : (` ${negated}`.split(" nicht ", 2)[1]?.split(" ", 3) ?? []);
  const beforePhrase = VERBS_BY_COMPLEMENT_PREPOSITION.has(afterNot[0] ?? "");
  // "hat nicht mindestens 500 Milliarden Dollar gefordert": before the amount (amountObjectBefore).
  const beforeAmount = afterNot.some(isFigureWord);
  return negated && (negated.startsWith(`${beforeParticiple}`) || !negated.includes("nicht") || beforePhrase || beforeAmount) ? stated(negated) : undefined;
}

/**
 * Words of a clause after which "nicht" before the participle reads wrong: "zu", "zum", "zur" open what the deed leads
 * to ("zum Energiesparen aufgefordert"), which "nicht" goes before; a count ("zahlreiche Vergehen nicht vorgeworfen")
 * is denied by "kein" or reads as "not that many".
 */
const notDeniedAfter = (word: string) => word === "zu" || RESULT_PREPOSITIONS.has(word) || PLURAL_QUANTIFIERS.has(word.toLowerCase());

/**
 * A deed that is one phrase after a preposition, denied before it: "warnt vor einer humanitären Krise" → "warnt nicht
 * vor einer humanitären Krise" (denied gives "vor keiner", which is not how German denies it). Only where the phrase
 * is all of the deed and ends in a noun: a clause ending in a particle or a verb ("geht ... vor", "will ... einführen")
 * places "nicht" elsewhere, and "und" may join a second verb that would stay asserted.
 */
function deniedBeforePhrase(rest: string): string | undefined {
  const words = rest.split(" ");
  if (clauseOf(rest) !== rest || !PREPOSITIONS.has(words[0]!) || !CAPITALISED_WORD.test(words[words.length - 1]!)) return undefined;
  if (words.some((word) => COORDINATING.has(word)) || NEGATED.test(rest) || SCALAR_PARTICLE.test(rest) || CONCESSIVE.test(rest)) return undefined;
  // "senkte für das gesamte Geschäftsjahr ihre Prognose": a second phrase after the first one's noun is what is done.
  const secondPhrase = words.findIndex(
    (word, at) => at > 1 && CAPITALISED_WORD.test(words[at - 1]!) && NOUN_PHRASE_ARTICLE.test(word) && !GENITIVE_ARTICLE.test(word),
  );
  if (secondPhrase >= 0) return undefined;
  // "lebt nicht seit sieben Jahren in Kampala" denies how long, not where he lives.
  if (holdsTimeSpan(rest)) return undefined;
  return `nicht ${rest}`;
}

/**
 * A deed whose object is a clause with "zu" and an infinitive ("glauben, eine Freundschaft ... definieren zu können"),
 * denied before that clause ("glauben nicht, eine Freundschaft ... definieren zu können"): "kein" inside it would deny
 * only its object, not the believing or trying (denied). Only the verbs that take such a clause as their object, the
 * clause all of the deed, one clause without a denial, a scalar word or a reflexive "sich" before it.
 */
function deniedBeforeInfinitiveClause(verb: string, rest: string): string | undefined {
  // The text's comma before the clause ("plant, im Herbst ... einzustellen") stays, after "nicht".
  const clause = rest.replace(LEADING_COMMA, "");
  if (!VERBS_TAKING_INFINITIVE_CLAUSE.has(verb.toLowerCase()) || clauseOf(clause) !== clause || !ENDS_IN_ZU_INFINITIVE.test(` ${clause}`)) return undefined;
  if (clause.startsWith("sich ") || NEGATED.test(clause) || SCALAR_PARTICLE.test(clause) || CONCESSIVE.test(clause)) return undefined;
  return `nicht, ${clause}`;
}

const LEADING_COMMA = /^,\s*/u;

/**
 * A deed that is a verb and its object alone, a noun after a definite article with only adjectives and genitives ("zerpflückt
 * den Entwurf des neuen Gesetzes"), denied by "nicht" after the object, where German puts it ("zerpflückt den Entwurf des
 * neuen Gesetzes nicht"): the simple tenses leave no verb at the end for "nicht" to go before (denied). Not a copula or
 * "haben" ("ist der Favorit nicht" reads wrong), nor a verb that denies itself (a riddle).
 */
function deniedAfterDefiniteObject(verb: string, rest: string): string | undefined {
  if (!DEFINITE_OBJECT_ALONE.test(rest) || SEIN_OR_WERDEN.has(verb) || COPULAS.has(verb) || HAVING.test(verb) || deniesItself(verb)) return undefined;
  const words = rest.split(" ");
  if (words.some((word) => LOWER_FIRST.test(word) && !DEFINITE_OBJECT_ARTICLES.has(word) && !isAdjectiveLike(word))) return undefined;
  return `${rest} nicht`;
}

/** A noun after "den", "die" or "das", lower-case words between, and genitives after it of the same shape; nothing else. */
const DEFINITE_OBJECT_ALONE = /^(?:den|die|das)\s(?:\p{Ll}+\s){0,3}\p{Lu}[\p{L}-]*(?:\s(?:des|der)\s(?:\p{Ll}+\s){0,3}\p{Lu}[\p{L}-]*)*$/u;
const DEFINITE_OBJECT_ARTICLES: ReadonlySet<string> = new Set(["den", "die", "das", "des", "der"]);
const HAVING = /^(?:hat|habe|haben|hatte|hatten|hätte|hätten)$/u;

/** DENYING_VERBS as a list, to look for a finite verb's stem in its forms. */
const DENYING_VERB_FORMS: readonly string[] = [...DENYING_VERBS];

/** Whether a finite verb is a form of one that denies or stops something itself ("blockierten", "verweigert"; DENYING_VERBS). */
function deniesItself(verb: string): boolean {
  const stem = verb.toLowerCase().replace(/(?:en|et|te|ten|t|e)$/u, "");
  return stem.length >= 4 && DENYING_VERB_FORMS.some((form) => form.includes(stem));
}

/**
 * A deed done to someone whose subject is a thing in the plural without an article ("Gegen ... sind Ermittlungen
 * eingeleitet worden"), denied by "keine" before it ("sind keine Ermittlungen eingeleitet worden"), as German denies a
 * bare noun: only after a verb in the plural, where "keine" fits every gender, and only a noun right after the verb
 * (an adjective before it would change its ending: "keine strafrechtlichen").
 */
function deniedBareSubject(verb: string, rest: string): string | undefined {
  const [noun] = rest.split(" ", 1);
  if (!PLURAL_VERB.test(verb) || !noun || !NAME_OR_NOUN.test(noun) || NAME_SHAPED.test(noun)) return undefined;
  if (NEGATED.test(rest) || SCALAR_PARTICLE.test(rest) || CONCESSIVE.test(rest) || DEGREE_ADVERB.test(clauseOf(rest))) return undefined;
  return `keine ${rest}`;
}

/** The text in lower case, made once per document: the opposite-word twins look for the other word in it. */
const lowerTextOf = perDocument((doc: DocContext) => ({ text: doc.text.toLowerCase() }));
/** A word of political leaning (OPPOSITE_LEANINGS) with an adjective's ending or none, as a whole word ("regierungskritischen"). */
const LEANING_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${[...OPPOSITE_LEANINGS.keys()].sort((one, other) => other.length - one.length).join("|")})(e|en|er|em|es)?(?![\\p{L}\\p{N}-])`,
  "gu",
);

/**
 * The deed with its one word of political leaning turned to the other side ("ist gegen eine regierungskritische
 * Publikation vorgegangen" → "gegen eine regierungsnahe Publikation"), for a false statement where nobody else of the
 * text could have done it: which side the deed was done to or by is what a reader should have taken from it, and the
 * other side is false by the text that names the one, as the word keeps its ending. Not where the clause names two
 * leanings or denies (which side is then no longer plain), nor where the text names the other side anywhere: it would
 * be a side the text speaks of too.
 */
function withOppositeLeaning(doc: DocContext, rest: string): string | undefined {
  const clause = clauseOf(rest);
  const found = matchesOf(LEANING_WORD, clause);
  if (found.length !== 1 || NEGATED.test(clause)) return undefined;
  const [word, stem, ending = ""] = found[0]!;
  const opposite = OPPOSITE_LEANINGS.get(stem!)!;
  if (lowerTextOf(doc).text.includes(opposite.toLowerCase())) return undefined;
  const at = found[0]!.index;
  return rest.slice(0, at) + opposite + ending + rest.slice(at + word.length);
}

/**
 * The deed with how far or how long it went turned to the other extent ("hob die Urteile teilweise auf" → "vollständig
 * auf", OPPOSITE_EXTENTS), for a false statement where nobody else of the text could have done it. Only the adverb right
 * before the verb or particle that closes the deed's clause, which it then tells the extent of: elsewhere it may tell
 * where or when something happened ("Es kam teilweise zu Ausschreitungen"), which the other word does not. Not where
 * the clause has two of them or denies, nor where the text writes the other word anywhere.
 */
function withOppositeExtent(doc: DocContext, rest: string): string | undefined {
  const clause = clauseOf(rest);
  const words = clause.split(" ");
  const at = words.length - 2;
  const opposite = OPPOSITE_EXTENTS.get(words[at] ?? "");
  if (at < 1 || opposite === undefined || !/^\p{Ll}+$/u.test(words[at + 1]!) || NEGATED.test(clause)) return undefined;
  if (words.some((word, index) => index !== at && OPPOSITE_EXTENTS.has(word)) || lowerTextOf(doc).text.includes(opposite)) return undefined;
  return [...words.slice(0, at), opposite, ...words.slice(at + 1)].join(" ") + rest.slice(clause.length);
}

/** A figure of a deed's own clause: digits ("965", "1,6", "15.000") or a number word ("zwei"); not a year, not a date's day ("15."). */
const FIGURE_IN_CLAUSE =
  /(?<![\p{L}\p{N},.])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?![\p{L}\p{N}]|[,.]\d|\.\s)/u;
const NUMBER_WORDS = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];
/** How far a false figure is off: half as much again, or two thirds, as the seed decides; far enough that reading decides, not rounding. */
const FALSE_FIGURE_FACTORS = [1.5, 2 / 3];

/**
 * The deed with another figure, for a false statement where nobody else of the text could have done it ("zwei
 * Jihadistencamps" → "drei"): the figure is what the deed says happened, and what a reader should have taken from it.
 * The first figure of the deed's own clause that is the news (isTheNews), not a year; the new one keeps the form
 * (digits with as many significant digits, or a number word) and is no figure the text writes.
 */
export function withOtherFigure(doc: DocContext, rest: string, seed: string): string | undefined {
  // "Drei Männer überfielen ...", "Zwei Bergsteiger sind ... verunglückt": a number word that opens the sentence is
  // written with a capital; changed as it is in the sentence's middle, and given its capital back ("Vier Männer ...").
  if (OPENING_NUMBER_WORD.test(rest)) {
    const changed = withOtherFigureInClause(doc, `${rest.charAt(0).toLowerCase()}${rest.slice(1)}`, seed);
    return changed && `${changed.charAt(0).toUpperCase()}${changed.slice(1)}`;
  }
  return withOtherFigureInClause(doc, rest, seed);
}

/** Whether the text has `figure` as a word, a number word also with the capital of a sentence's start ("Vier der ..."). */
function standsInText(text: string, figure: string): boolean {
  if (wholeWordsAt(text, figure, JOINS_WORD, 1).length > 0) return true;
  return NUMBER_WORDS.includes(figure) && wholeWordsAt(text, `${figure.charAt(0).toUpperCase()}${figure.slice(1)}`, JOINS_WORD, 1).length > 0;
}

/** A capitalised number word of FIGURE_IN_CLAUSE opening a sentence, before a word. */
const OPENING_NUMBER_WORD = /^(?:Zwei|Drei|Vier|Fünf|Sechs|Sieben|Acht|Neun|Zehn|Elf|Zwölf)\s/u;

function withOtherFigureInClause(doc: DocContext, rest: string, seed: string): string | undefined {
  const clause = clauseOf(rest);
  const figure = matchesOf(FIGURES_IN_CLAUSE, clause).find(
    (found) => isTheNews(clause, found.index, found[1]!) && !isNumberInName(clause, found.index, found[1]!),
  );
  // "unter 1.000 Exemplaren" as "unter 1.500" is still true, "mehr als 900" as "mehr als 600" too: no other figure, but
  // the bound turned ("über 1.000 Exemplaren").
  if (!figure) return undefined;
  if (BOUND_JUST_BEFORE.test(clause.slice(0, figure.index))) {
    const turned = withBoundTurned(clause);
    return turned && turned + rest.slice(clause.length);
  }
  const written = figure[1]!;
  // "drei Millionen Dollar (2,65 Millionen Euro)": the bracket restates the figure, and a changed one would not match it.
  if (RESTATED_IN_BRACKET.test(clause.slice(figure.index + written.length))) return undefined;
  const usable = (other: string | undefined): other is string =>
    other !== undefined &&
    !standsInText(doc.text, other) &&
    keepsDirection(clause, figure.index, written, other) &&
    keepsSharesPossible(rest, figure.index, written, other);
  // The seed's factor first, the other where the first would turn a change around ("von 25 auf 18": not "von 17");
  // a number word its neighbours, the next one first ("zwei" → "drei", or "vier" where the text writes "drei").
  const first = hash(seed) % FALSE_FIGURE_FACTORS.length;
  const factors = [FALSE_FIGURE_FACTORS[first]!, FALSE_FIGURE_FACTORS[1 - first]!];
  const others = NUMBER_WORDS.includes(written) ? otherNumberWords(written) : factors.map((factor) => otherFigure(written, factor));
  const chosen = others.find(usable);
  if (chosen === undefined) return undefined;
  return rest.slice(0, figure.index) + chosen + rest.slice(figure.index + written.length);
}

const FIGURES_IN_CLAUSE = new RegExp(FIGURE_IN_CLAUSE.source, "gu");
/** The word after a figure, and whether a noun follows it ("drei Jahre Haft"). */
const UNIT_AFTER = /^\s+(\p{L}+)(\s+\p{Lu})?/u;
/** A definite article before a figure, with a hedge between ("die etwa zwei Millionen Bewohner", "der fünf angesetzten Duelle"). */
const DEFINITE_BEFORE_FIGURE = /(?<!\p{L})(?:der|die|den|dem|des)\s+(?:(?:etwa|rund|knapp|gut|fast|ungefähr|circa|insgesamt)\s+)?$/iu;

/**
 * Whether a figure of a deed is what it says happened, and so worth a false statement of its own: not a time span or an
 * age ("Nach sieben Jahrzehnten musste die SPÖ ...", "lebt seit sieben Jahren in Kampala"; salience weighs these as
 * incidental, INCIDENTAL_UNITS), unless a noun makes it a measure ("drei Jahre Haft"); not a count a definite article
 * presents as known ("hat die etwa zwei Millionen Bewohner ... aufgefordert"). The blind readers of rounds to 37 judged
 * such twins of the devset worth asking in 2 of 10 verdicts: only the figure had changed, not who did what.
 */
function isTheNews(clause: string, at: number, written: string): boolean {
  return !isTimeSpan(clause, at, written) && !isAge(clause, at, written) && !DEFINITE_BEFORE_FIGURE.test(clause.slice(0, at));
}

/** After a figure: an age ("ein 34-jähriger Lenker", "die 52-Jährige", "ist 71 Jahre alt"). */
const AGE_AFTER_FIGURE = /^(?:-[Jj]ährig|\s+Jahre\s+alt(?!\p{L}))/u;

/**
 * Whether the figure `written` at `at` is someone's age: who it is about, not what happened to them ("Ein 34-jähriger
 * Lenker wurde ... verletzt" is false as "Ein 51-jähriger ..." only by the age, incidental as salience.ts weighs it).
 */
const isAge = (words: string, at: number, written: string) => AGE_AFTER_FIGURE.test(words.slice(at + written.length));

/** Whether the figure `written` at `at` counts years, days or degrees with no noun after its unit ("seit sieben Jahren in"). */
function isTimeSpan(words: string, at: number, written: string): boolean {
  const unit = UNIT_AFTER.exec(words.slice(at + written.length));
  return unit !== null && INCIDENTAL_UNITS.test(unit[1]!) && unit[2] === undefined;
}

/** Whether some words hold a time span ("seit sieben Jahren"): "nicht" before them would deny the span, not the deed. */
const holdsTimeSpan = (words: string) => matchesOf(FIGURES_IN_CLAUSE, words).some((figure) => isTimeSpan(words, figure.index, figure[1]!));

/** After a figure, up to three words of its unit and a bracket that opens with a figure ("Millionen Dollar (2,65 ..."). */
const RESTATED_IN_BRACKET = /^(?:\s+[\p{L}.$€%]+){0,3}\s*\(\s*(?:rund\s+|etwa\s+|ca\.\s+)?\d/u;

/**
 * The number words near a number word, nearest first: one up (one down for the last), then one down, then two up
 * ("fünf" → "sechs", "vier", "sieben"; "zwei" → "drei", "vier"). Near enough to be plausible, and never the figure itself.
 */
function otherNumberWords(written: string): string[] {
  const word = NUMBER_WORDS.indexOf(written);
  const next = word === NUMBER_WORDS.length - 1 ? word - 1 : word + 1;
  const steps = [next, word - 1, word + 1, word + 2, word - 2];
  return [...new Set(steps.filter((step) => step >= 0 && step < NUMBER_WORDS.length && step !== word))].map((step) => NUMBER_WORDS[step]!);
}

/** `written` in digits as another figure by `factor`, with as many significant digits. */
function otherFigure(written: string, factor: number): string | undefined {
  const value = Number(written.replaceAll(".", "").replace(",", "."));
  if (!Number.isFinite(value) || value === 0 || (/^\d{4}$/u.test(written) && value >= 1900 && value <= 2100)) return undefined;
  const decimals = written.includes(",") ? written.length - written.indexOf(",") - 1 : 0;
  // A round figure stays round ("25.000" → "17.000", not "16.667" beside it, which would give the true one away).
  const digits = written.replace(/\D/gu, "").replace(/^0+/u, "");
  const significant = Math.max(2, decimals > 0 ? digits.length - decimals : digits.replace(/0+$/u, "").length);
  let changed = Number((value * factor).toPrecision(significant));
  if (decimals === 0) changed = Math.round(changed);
  if (changed === value || changed <= 0) return undefined;
  const other = decimals > 0 ? changed.toFixed(decimals).replace(".", ",") : formatNumber(changed);
  // Four digits without a point stay so ("1450" where the text wrote "965" or "1200").
  return !written.includes(".") && changed < 10000 ? other.replaceAll(".", "") : other;
}

/** After a figure: the other end of a change or range it opens ("25 auf 18", "25 Prozent bis 30"). */
const RANGE_END_AFTER = /^\s+(?:Prozent\s+|%\s+)?(?:auf|bis)\s+(\d[\d.]*(?:,\d+)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?![\p{L}\p{N}])/u;
/** Before a figure: the end of a change or range it closes ("von 25 auf", "zwischen 10 und"). */
const RANGE_END_BEFORE =
  /(?:von|zwischen)\s+(\d[\d.]*(?:,\d+)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+(?:Prozent\s+|%\s+)?(?:auf|bis|und)\s+$/u;
const figureValue = (written: string) =>
  NUMBER_WORDS.includes(written) ? NUMBER_WORDS.indexOf(written) + 2 : Number(written.replaceAll(".", "").replace(",", "."));

/**
 * Whether a figure changed within a change or range keeps its direction: "von 25 auf 18 Prozent abgesackt" may become
 * "von 38 auf 18", not "von 17 auf 18 Prozent abgesackt", which gives itself away as false.
 */
function keepsDirection(clause: string, at: number, written: string, other: string): boolean {
  const end = RANGE_END_AFTER.exec(clause.slice(at + written.length))?.[1] ?? RANGE_END_BEFORE.exec(clause.slice(0, at))?.[1];
  if (end === undefined) return true;
  const bound = figureValue(end);
  const changed = figureValue(other);
  return changed !== bound && Math.sign(figureValue(written) - bound) === Math.sign(changed - bound);
}

/** After a figure: it is a share ("55 Prozent", "42 %"), not percentage points. */
const PERCENT_AFTER = /^\s*(?:Prozent(?!\p{L})|%)/u;

/**
 * Whether a share changed in a statement stays possible beside the statement's other shares: "55 Prozent für den
 * Verbleib und 42 Prozent für den Brexit" as "83 Prozent ... und 42 Prozent" sums over 100 and gives itself away as
 * false without the text (blind readers, round 54), as does a share grown over 100. Shares that already sum over 100
 * (growth, several wholes) set no such bound.
 */
function keepsSharesPossible(words: string, at: number, written: string, other: string): boolean {
  if (!PERCENT_AFTER.test(words.slice(at + written.length))) return true;
  const beside = matchesOf(FIGURES_IN_CLAUSE, words)
    .filter((found) => found.index !== at && PERCENT_AFTER.test(words.slice(found.index + found[1]!.length)))
    .reduce((sum, found) => sum + figureValue(found[1]!), 0);
  const before = figureValue(written) + beside;
  return before > 100 || figureValue(other) + beside <= 100;
}

/** An indefinite article, which "kein" denies ("einen Rücktritt" → "keinen Rücktritt"). */
const INDEFINITE_ARTICLE = /^ein(?:e|en|em|er|es)?$/u;
/** Words after "ein" that make it no article of an object: "ein paar", "ein bisschen", "ein wenig". */
const NOT_AN_OBJECT_AFTER: ReadonlySet<string> = new Set(["paar", "bisschen", "wenig"]);
/** Words before "ein" that make it a figure: "rund eine Milliarde Euro" (no "rund keine Milliarde"). */
// biome-ignore format: a word list, packed for reading
const HEDGES_BEFORE_FIGURE: ReadonlySet<string> = new Set([
  "rund", "etwa", "knapp", "fast", "gut", "über", "mindestens", "höchstens", "ungefähr", "circa", "ca.",
]);
/** "nicht nur", and the "sondern (auch)" after it: a correlative that adds, neither a denial nor a contrast. */
const NOT_ONLY = /(?<!\p{L})nicht\s+nur(?!\p{L})/u;
const BUT_ALSO = /(?<!\p{L})sondern(?:\s+auch)?(?!\p{L})/u;
function withoutNotOnly(text: string): string {
  const notOnly = NOT_ONLY.exec(text);
  if (!notOnly) return text;
  const after = text.slice(notOnly.index + notOnly[0].length);
  return text.slice(0, notOnly.index) + after.replace(BUT_ALSO, "");
}

/**
 * Particles that "nicht" does not simply deny ("bereits ... nicht eingetroffen" means "noch nicht"; "erstmals ... nicht"),
 * degrees whose denial may still be true ("hob die Urteile teilweise nicht auf": some it did not lift), and focus
 * particles, after which "nicht" lands inside the focused phrase ("wolle vor allem in Kühltechnik nicht investieren").
 */
const SCALAR_PARTICLE =
  /(bereits|schon|erstmals|erneut|wieder|auch|noch|sogar|zuerst|nur|erst|teilweise|weitgehend|größtenteils|überwiegend|fast|kaum|meist|vor allem|insbesondere|hauptsächlich|vornehmlich|vorwiegend|vorrangig)(?<!\p{L}\1)(?!\p{L})/iu;
/**
 * Adverbs of degree or manner that "nicht" after them does not deny the deed with ("hat den Vergleich vorzeitig nicht für
 * sich entschieden", "hat ... offiziell nicht festgelegt", "ist ... sehr nicht aufgeschlossen", "hat gut nicht gespielt",
 * "wollen gerne ... nicht wandern", "wollen offensiv die Vor- und Nachteile ... nicht kommunizieren", which blind readers
 * failed as giving itself away), and before them denies only the degree, which may still be true: a deed with one is
 * not denied. Unlike SCALAR_PARTICLE, they leave another figure alone ("knapp 44 Prozent").
 */
const DEGREE_ADVERB =
  /(vorzeitig|endgültig|vollständig|völlig|komplett|gänzlich|knapp|deutlich|massiv|offiziell|weit|stark|klar|sehr|äußerst|überaus|ziemlich|besonders|extrem|scharf|heftig|vehement|energisch|harsch|lautstark|gut|schlecht|gern|gerne|offensiv|aktiv|gezielt|intensiv|verstärkt|konsequent|nachdrücklich|ausdrücklich)(?<!\p{L}\1)(?!\p{L})/iu;
/** A clause that concedes or contrasts ("räumen, obwohl sie die stärkste Kraft ist"): denied, the deed reads as its own contradiction. */
const CONCESSIVE = /(obwohl|obgleich|obschon|wenngleich|trotzdem|dennoch|aber|doch|jedoch|sondern)(?<!\p{L}\1)(?!\p{L})/iu;
/**
 * "so viele ... aufgestellt, dass es schwer ist, ...": a degree whose consequence follows; denied ("so viele ...
 * nicht aufgestellt, dass ...") the sentence says nothing.
 */
const DEGREE_WITH_CONSEQUENCE = /(?<!\p{L})(?:so|derart|dermaßen|solche[mnrs]?)\s[^,;:]*,\s*(?:dass|sodass)(?!\p{L})/iu;
/** Prepositions of what a deed makes of someone or leads to ("zur Nachfolgerin aufgebaut", "zum Präsidenten gewählt", "zu Verwerfungen gekommen"). */
const RESULT_PREPOSITIONS: ReadonlySet<string> = new Set(["zu", "zum", "zur"]);
/** Before "als", a word that makes it a comparison: a comparative ("früher", "weniger") or "mehr", "anders", "sowohl". */
const COMPARING_BEFORE_ALS = /^(?:\p{Ll}+er|mehr|anders|sowohl|ebenso|genauso|so)$/u;
/** "einen anderen Mond als den Erdmond": "ander-" a few words before "als" makes it a comparison too. */
const OTHER_BEFORE_ALS = /^andere?[mnrs]?$/u;
/** Most words between "ander-" and its "als" ("einen anderen großen Mond als"). */
const MAX_WORDS_OTHER_TO_ALS = 3;

/** Whether the "als" at `index` compares ("mehr als 100", "einen anderen Mond als den Erdmond", "sowohl ... als auch"). */
function comparingAls(words: readonly string[], index: number): boolean {
  if (COMPARING_BEFORE_ALS.test(words[index - 1]!) || words[index + 1] === "auch") return true;
  for (let before = index - 1; before >= 0 && before >= index - MAX_WORDS_OTHER_TO_ALS; before--) if (OTHER_BEFORE_ALS.test(words[before]!)) return true;
  return false;
}

/** Words that join two clauses of one subject ("beteiligen und ... gewinnen"). */
const COORDINATING: ReadonlySet<string> = new Set(["und", "oder", "aber", "sondern", "sowie"]);

/** Two capitalised words right after a country's name: the name goes on ("China Precision Machinery ..."). */
const NAME_GOES_ON = /^\s\p{Lu}[\p{L}-]*\s\p{Lu}/u;
/** Words that deny a deed. */
const NEGATED = /(nicht|nichts|kein|keine[mnrs]?|nie|niemals|niemand|niemanden|niemandem|weder|nirgends|nirgendwo)(?<!\p{L}\1)(?!\p{L})/iu;
/**
 * A denial alone after the last comma of a deed's words: the main clause's, after a clause that stood between ("Zu den
 * Plänen der SPÖ, die ... ist, äußerte sich Huber nicht."), its actor and verb taken out. Not a denial closing reported
 * words ("erklärte, legal gebe es ..., aus EU-Sicht auch nicht").
 */
const DENIAL_LAST = /,\s*(?:nicht|nie|niemals)[.!?]?$/u;

/**
 * Whether a deed's words (all but its actor and verb) deny it: in its own clause, or by a denial that closes it. Not
 * where a second verb joins what was done after the denial ("ist nicht nach Washington gereist und ließ sich von X
 * vertreten"): that deed the text tells of one, so the others are wrong for it.
 */
function deniesDeed(rest: string): boolean {
  const clause = clauseOf(rest);
  const negation = NEGATED.exec(clause);
  if (!negation) return DENIAL_LAST.test(rest.trimEnd());
  return !joinedVerbs(clause.slice(negation.index)).some((joined) => !isAdjectiveLike(joined[1]!));
}

/** An adjective with a strong ending and a noun: "Syrische Armee", "Neuer Vorstand" (or a determiner and a noun: "Die Regierung"). */
const ADJECTIVE_AND_NOUN = /^(\p{Lu}\p{Ll}+(?:e|er|es))\s+\p{Lu}\p{Ll}/u;

/** Whether an actor is named by an adjective and a noun with no determiner before them ("Syrische Armee"). */
function bareAdjectiveAndNoun(actor: string): boolean {
  const first = ADJECTIVE_AND_NOUN.exec(actor)?.[1]?.toLowerCase();
  return first !== undefined && !DETERMINERS_ENDING_IN_ER.has(first) && !DETERMINERS_ENDING_IN_E_OR_ES.has(first);
}

/**
 * Whether a deed is a title's whose actor has no article ("Syrische Armee erzielte Teilerfolg gegen Rebellen."), which the
 * body does not name with one (namedAs): stated, offered or asked as it stands it is no German.
 */
export const bareHeadlineActor = (doc: DocContext, action: ActionFact) =>
  !action.namedAs && bareAdjectiveAndNoun(action.actor.text) && inHeadline(doc, action.clause);

/** Whether a span opens in the title or teaser. */
const inHeadline = (doc: DocContext, span: Span) => headlinesOf(doc).some((headline) => headline.start <= span.start && span.start < headline.end);

/** Countries of the region looked at for one without an article: most have none. */
const ABSENT_COUNTRIES_LOOKED_AT = 4;

/**
 * Finite verbs of the second subjunctive that no indicative replaces ("Die Mitarbeiter hätten ... Rekordgewinne
 * erwirtschaftet und dürften nun nicht die Zeche zahlen"): someone's reported view or a supposition, no deed to ask
 * "Wer hätte ...?" of or to state as the text's fact. "Der Konzern könnte 500 Stellen streichen": what may happen, whose
 * denial ("könnte nicht ... streichen") the text does not make false.
 */
// biome-ignore format: a word list, packed for reading
const HYPOTHETICAL_VERBS: ReadonlySet<string> = new Set([
  "hätte", "hätten", "wäre", "wären", "würde", "würden", "dürfte", "dürften", "müsste", "müssten", "könnte", "könnten",
]);

export function actionQuestions(doc: DocContext, pool: Pool, share: FamilyShare = WHOLE_FAMILY): Question[] {
  const questions: (Question | undefined)[] = [];
  // A deed that is a quote's attribution ("Lawrow sagte, Russland sei ...") is asked as that quote; not the deed of
  // words a later sentence attributes ("... Das kündigte X an."), a sentence of the reporter's own.
  const quoted = new Set(doc.facts.quotes.filter((quote) => !quote.pointsBack).map((quote) => quote.start));
  for (const action of shareOf(doc.facts.actions, share)) {
    if (quoted.has(action.start) && !action.reported && !unaskedFinding(doc, action.start)) continue;
    // A title in telegram style ("Konvička forderte Internierung von Muslimen in KZ."): no gap in its words, which read as
    // broken German; its deed is asked and stated with the articles a sentence of the body has (repairedDeed).
    const telegram = isTelegramClaim(
      doc,
      action.clause,
      doc.text.slice(action.clause.start, action.clause.end),
      doc.text.slice(action.verb.end, action.clause.end),
    );
    if (action.person && namedAfterPerson(doc, action.actor)) continue;
    // "Die FPÖ folgt auf dem Fuß." after "In Favoriten ...", in a text that reports other districts alike: of which, the statement does not say.
    if (leansOnEarlierFrame(doc, action.clause.start)) continue;
    const person = personOf(doc, action.person);
    // Two who acted together ("Lawrow und Kerry wollen ..."): stated of both, never asked "Wer ...?" (the wrong options
    // would have to be pairs), and falsely only with one of them swapped for someone else.
    const members = action.pair?.map((member): Claimant | undefined => {
      const person = personOf(doc, member.person);
      if (person) return personClaimant(person);
      if (member.place) return { text: member.mention.text, place: member.place };
      // "AUA und Lufthansa": a name the text marks as an organisation's, which its words alone do not show (actorClaimant).
      return member.organisation && !isProduct(doc, member.mention.text) ? { text: capitalise(squash(member.mention.text)) } : institution(member.mention);
    });
    if (members && !members.every(Boolean)) continue;
    let actor = members ? { text: bothOf(members as Claimant[]), plural: true } : actorClaimant(doc, action);
    const fact = `action:${action.clause.start}`;
    const salience = salienceOf(doc, "action", action.clause, { persons: person ? [person] : [], institution: actingInstitution(action) });
    // Who did it, as a gap in the sentence: possible also where the text names nobody else.
    if (person && !telegram && !FIRST_PERSON.test(doc.text.slice(action.start, action.end))) {
      questions.push(nameGap(doc, person, action, { topic: "action", key: `${action.clause.start}`, fact, salience }));
    }
    // "Das Team um ___ nahm ... auf": who led the team that did it, a gap as a person's name is.
    const leader = personOf(doc, action.leader);
    if (leader && !telegram) questions.push(nameGap(doc, leader, action, { topic: "action", key: `${action.clause.start}:leader`, fact, salience }));
    const found = actor && !HYPOTHETICAL_VERBS.has(action.verb.text.toLowerCase()) ? deedOf(doc, action) : undefined;
    const deed = telegram ? found && repairedDeed(found) : found;
    const evidence = claimEvidence(doc, action);
    // An institution that acts, as a gap like a person's name ("Der ___ verschärfte ..."): its statement opening the
    // sentence is the sentence itself, and a text names few other institutions as wrong options. Like a person's
    // name gap, it needs no deed that reads on its own: the learner sees the whole sentence.
    // Not of a title's actor without its article ("Krim-Führung"): the gap would ask for the word, not for who acted.
    if (actor && evidence && !telegram && !actor.person && !actor.place && !actor.group && !action.namedAs && !action.referent && !members)
      questions.push(institutionGap(doc, action, evidence, { fact, salience }));
    if (!actor || !deed || !evidence) continue;
    // "Anna Berger stellte fest, dass sie ... geworden sind": "sie" is not hers but what the sentence before named; nor
    // is "ihr" of an actor named with a masculine article ("Der Übersetzer Abdul erläutert ihr die Lage").
    const actorGender = person ? person.gender : MASCULINE_ACTOR.test(actor.text) ? "male" : undefined;
    if ((person || actorGender) && pronounOfAnother(deed.rest, actorGender)) continue;
    // "KB ist den Fahrzeugen ... vorbehalten": "sein" says what a named thing is, no deed to ask "wer" of or to state;
    // "Die Polizei ist ... gegen die Zeitschrift vorgegangen" is the perfect of a deed.
    if (!actor.person && !actor.place && STATE_VERBS.has(action.verb.text) && !PARTICIPLE_WITH_SEIN.test(lastWord(clauseOf(deed.rest)))) continue;
    // "seine Reise", "seit 1999 Bürgermeister": the wording tells the actor's gender.
    const role = namesRole(deed.verb, deed.rest, !actor.person && !members);
    // What was done to a person ("Gegen ... Konvička sind Ermittlungen eingeleitet worden") is told of someone like them.
    // "Sie hoffe auf ..., sagte Gruber": the speaker's own "sie" in the sentence that names her; the words are hers
    // in the first person as she said them, a rival's only as a person of her gender.
    const byPronoun = action.person !== undefined && action.antecedent?.start === action.start && SUBJECT_PRONOUN.test(action.actor.text);
    const gendered =
      deedTellsGender(deed.verb, deed.rest) ||
      role ||
      action.undergoer !== undefined ||
      byPronoun ||
      (action.referent === undefined && competesByGender(doc, actor));
    // "Rheinchem konnte ... seinen Umsatz ... steigern": named as the text introduced it, whose article tells the gender.
    if (gendered && possessiveOf(actor) === undefined && !role) actor = withArticleNaming(doc, actor, deed.rest) ?? actor;
    // "Wer ... seine Reise": the options must share the actor's gender, which must then be known.
    if (gendered && (possessiveOf(actor) === undefined || (role && !actor.person))) continue;
    // "Das Ministerium nannte nur seine Initialen": where a noun stands for the institution, "seine" may be another's
    // of the sentence before (the suspect's), which the statement naming the institution would make its own.
    if (gendered && action.referent) continue;
    // "Xi und Obama ... seine": one of them, or someone else.
    if (members && HIS.test(deed.rest)) continue;
    const stem = whoStem(deed);
    if (stem.length > MAX_STATED_DEED_LENGTH) continue;
    // A deed names countries ("besucht Polen", "wirft Deutschland ... vor") that a person of that country would not do it to.
    const countries = countriesNamedIn(doc, evidence);
    // Who relays reported words ("berichtete die Zeitung Kurier", "Die Polizei teilte mit, ...") did not do what they
    // report: no rival of the actor, as nobody the sentence names is.
    const excluded = action.reported ? doc.text.slice(action.start, action.end) : deed.rest;
    const introduction = person ? holderIntroduction(doc, person, action.actor, action.antecedent) : action.referent && evidenceFor(doc, action.referent);
    if (action.referent && !introduction) continue;
    // Wrong options only where "Wer ...?" may be asked (askedWho below).
    // A group's named member ("Viele Inselbewohner, allen voran ... Cameron"): whoever else the text names may be one of the group.
    const inGroup = action.memberOf !== undefined;
    // "Ursula von der Leyen begrüßte die Einigung ebenfalls": someone else did the same, so "Wer ...?" has more than one
    // answer, and a rival given the deed may be the one who did it first.
    const doneByOthersToo = DONE_BY_OTHERS_TOO.test(deed.rest);
    // "Huber äußerte sich nicht zu den Plänen": what someone did not do, the text does not tell anyone else did, so
    // nobody else is wrong for it ("Wer äußerte sich nicht ...?") nor is it false of them.
    const deniedDeed = deniesDeed(deed.rest);
    // A country's deed is asked among the countries of its region (countryactors.ts), not among those the text names;
    // where an office stands for the actor ("kündigte der Landeshauptmann ... an"), the name is not in the sentence.
    // "Wer steht ... rechts, er unterstützt ...?": a later main clause whose subject is the actor's pronoun asks nothing;
    // one of someone else ("Wer hatte ... in Führung gebracht, Jeremie Frimpong glich ... aus?") asks two things.
    // A deed as long as a statement may be (MAX_STATED_DEED_LENGTH) too: its true and false statement are then too long
    // to set side by side (MAX_CHOICE_STATEMENT_LENGTH), and a quiz with no statement of the other key to balance one
    // of them would never ask it; "Wer ...?" reads the deed once, as a statement does.
    const mayAskWho = actor.place !== "country" && !introduction && !members && !pronounClauseAfterComma(deed.rest) && !namedClauseAfterComma(doc, deed.rest);
    const distractors =
      mayAskWho && !inGroup && !doneByOthersToo && !deniedDeed
        ? claimDistractors(doc, pool, actor, gendered, excluded, { countries, deedVerb: deed.verb })
        : [];
    const common = {
      documentId: doc.id,
      topic: "action" as const,
      key: `${action.clause.start}:${actor.text}`,
      fact,
      salience,
      evidence,
      moreEvidence: [...(introduction ? [introduction] : []), ...personBeforeEvidence(doc, deed)],
      ...askedSentence(action, evidence),
    };
    const askedWho = mayAskWho && distractors.length >= MIN_DISTRACTORS;
    if (askedWho) questions.push(single({ ...common, stem }, { text: actor.text }, distractors));

    // The statement names the actor in full: a rephrasing, never the text's own sentence.
    // "Gegen Martin Konvička sind Ermittlungen eingeleitet worden": the preposition goes with whoever is named.
    const preposition = action.undergoer === "gegen" ? "gegen " : "";
    const sentence = withoutDoubledWords(doc.text.slice(evidence.start, evidence.end));
    const actorVerb = actor.plural ? deed.verb : deed.singular;
    // "Der Autobauer VW erhöht ...": the statement naming it as the text does would be the sentence itself; by its name
    // alone ("VW erhöht ..."), as a person's statement names them without their role, it is a rephrasing. Rivals alike.
    // The plain checks first: where one holds, the statements of the deed need not be worked out for this.
    const byName =
      actor.person || actor.place || actor.group || deedStatements(sentence, preposition + actor.text, actorVerb, deed.rest)
        ? undefined
        : nameAfterKindNoun(doc, actor.text);
    const name = (claimant: Claimant) =>
      preposition + (claimant.person ? fullName(claimant.person) : ((byName && nameAfterKindNoun(doc, claimant.text)) ?? claimant.text));
    // An institution whose only rivals are groups ("Die Regierungsdelegation hat ..." and "Die Houthi-Rebellen"):
    // the deed given to one of them takes the verb's plural ("haben ... ausgesetzt").
    const plural = actor.plural || actor.person ? undefined : pluralVerb(deed.verb);
    const verbOf = (claimant: Claimant) => (claimant.plural ? (actor.plural ? deed.verb : plural) : deed.singular);
    // Against the sentence as the deed reads it (without the article's doubled words): the same words would be the sentence.
    // "... übernimmt X. Die Behörde muss noch zustimmen.": the sentence after may tell the deed is still pending.
    const nextSentence = doc.sentences.find((candidate) => candidate.start >= evidence.end);
    const next = nextSentence ? doc.text.slice(nextSentence.start, nextSentence.end) : "";
    // "Fachleute geben Tipps ...": people of a kind named by a plural alone give advice in the present as a rule.
    const ofAKind = actor.group === true && actor.plural === true && !actor.counted && !actor.text.includes(" ");
    const stated = deedStatements(sentence, name(actor), actorVerb, deed.rest, next, ofAKind);
    const did = (claimant: Claimant, rest?: string) => {
      const verb = verbOf(claimant);
      return verb === undefined ? undefined : stated?.(name(claimant), verb, rest ?? restWith(deed, verb));
    };
    const truth = did(actor);
    if (!truth) continue;
    // Who reported or registered something ("meldete", "berichtete") is no rival of the one they relay it from: a
    // newspaper that cites the police reported the same figures.
    const seed = `${doc.id}:${action.clause.start}`;
    // A pair with one of them swapped for another person or institution of the text whom the sentence does not name
    // (who is part of the deed or of the pair); not a country: another the text names may have done the same.
    const swapped = hash(seed) % 2;
    const rival =
      members && !deniedDeed && !members.some((member) => member!.place)
        ? otherClaimant(doc, members[swapped]!, false, seed, doc.text.slice(evidence.start, evidence.end), countries, false, deed.verb)
        : undefined;
    // A deed relayed from a source, or a state others share ("lebt", "bleibt"): true of others too, so nobody else takes it.
    const sharedOrRelayed =
      deniedDeed ||
      deed.relayed ||
      relaysSource(doc, action) ||
      doneByOthersToo ||
      SHARED_STATE_VERBS.has(action.verb.text) ||
      SHARED_STATE_VERBS.has(lastWord(clauseOf(deed.rest)));
    const other = members
      ? rival && { text: bothOf(members.map((member, index) => (index === swapped ? rival : member!))), plural: true }
      : inGroup || sharedOrRelayed || ownedByOtherInstitution(actor, afterFirstComma(deed.rest))
        ? undefined
        : otherClaimant(doc, actor, gendered, seed, excluded, countries, plural !== undefined, deed.verb);
    // "wird dort Landeshauptmann-Stellvertreterin": where only a role noun tells the actor's gender and nobody of that
    // gender takes the deed, a person of the other gender does, with the role noun in theirs.
    const regendered =
      other || members || !role || action.undergoer !== undefined || deedTellsGender(deed.verb, deed.rest) || !actor.person || !actor.gender
        ? undefined
        : deedInOtherGender(deed.rest, actor.gender);
    const regenderedRival =
      regendered === undefined || sharedOrRelayed
        ? undefined
        : otherClaimant(doc, { ...actor, gender: regendered.gender }, true, seed, excluded, countries, false, deed.verb);
    questions.push(trueFalse({ ...common, key: `${common.key}:true`, stem: STATEMENT_STEM }, truth, true));
    // A country's deed is stated falsely of a country of its region (countryactors.ts): one the text names may have done the same.
    if (actor.place === "country") continue;
    // A body named by its country's adjective ("Ägyptische Soldaten") is stated falsely of another country's (countryactors.ts).
    // A pair's deed is false only of another pair, with no other figure, country or denial.
    const ofCountry = members !== undefined || action.actor.text.split(" ").some((word) => isCountryAdjective(word.toLowerCase()));
    const inOtherCountry = other || regenderedRival || members ? undefined : deedInOtherCountry(doc, pool, actor, evidence, deed);
    const withFigure = other || regenderedRival || ofCountry ? undefined : withOtherFigure(doc, deed.rest, `${doc.id}:${action.clause.start}`);
    // A deed that names a country by its adjective only ("gegen türkische Diplomaten"): another country's, before its denial.
    const withAdjective =
      other || regenderedRival || ofCountry || inOtherCountry !== undefined || withFigure !== undefined
        ? undefined
        : withOtherCountryAdjective(doc, evidence, deed.rest, verbCore(deed.verb, deed.rest));
    // Which side the deed was done to or by ("gegen eine regierungskritische Publikation"), or how far it went ("teilweise
    // aufgehoben"), where no figure or country changes.
    const withOpposite =
      other || regenderedRival || ofCountry || inOtherCountry !== undefined || withFigure !== undefined || withAdjective !== undefined
        ? undefined
        : (withOppositeLeaning(doc, deed.rest) ?? withOppositeExtent(doc, deed.rest));
    const changedDeed = inOtherCountry ?? withFigure ?? withAdjective ?? withOpposite;
    // "Gegen ... sind Ermittlungen eingeleitet worden": the clause's subject is a thing, which "nicht" does not deny ("keine Ermittlungen").
    const denial =
      other || regenderedRival || changedDeed !== undefined || ofCountry
        ? undefined
        : deed.asked
          ? deniedBareSubject(deed.verb, deed.rest)
          : (deniedBeforeInfinitiveClause(deed.verb, deed.rest) ??
            denied(deed.rest, nameWordsOf(doc)) ??
            deniedBeforePhrase(deed.rest) ??
            deniedAfterDefiniteObject(deed.verb, deed.rest));
    const falseDeed = changedDeed ?? denial;
    const otherFalsehood = other
      ? did(other)
      : regenderedRival && regendered
        ? did(regenderedRival, regendered.rest)
        : falseDeed === undefined
          ? undefined
          : did(actor, falseDeed);
    // Nobody else, and no denial of the deed as the text words it: its denial as the true statement words it, in the perfect.
    const deniedPerfect =
      otherFalsehood !== undefined || changedDeed !== undefined || ofCountry || deed.asked
        ? undefined
        : deniedInPerfect(name(actor), actorVerb, deed.rest, truth, nameWordsOf(doc));
    const falsehood = otherFalsehood ?? deniedPerfect;
    // A denial is answered by the actor's other deeds of the same event too ("hob die Urteile teilweise auf" in the
    // teaser, "hat ... nicht entschieden, Teile des Ersturteils aufzuheben" of the body): it is also about them.
    const alsoAbout = [
      ...(denial === undefined && deniedPerfect === undefined ? [] : sameEventDeeds(doc, action, actor, deed)),
      ...rivalGiven(common.fact, other && "person" in other ? other : regenderedRival),
    ];
    if (falsehood) {
      questions.push(
        trueFalse({ ...common, key: `${common.key}:false`, stem: STATEMENT_STEM, ...(alsoAbout.length > 0 ? { alsoAbout } : {}) }, falsehood, false, truth),
      );
      // The two statements side by side, as a choice: a form of the fact for a quiz that has no statement of the other
      // key to balance one of them with (a quiz's statements are half true). Not where "Wer ...?" asks it with more
      // options, nor where the two are too long to compare on a phone. Side by side, a country the text never names
      // gives the true one away to scanning (round 24's readers failed all 4 such choices; as a statement 31 of 33
      // verdicts were acceptable): the choice takes another figure of the deed instead, or is not offered. Nor where
      // the wrong one is the deed denied (deniedTwins): then it is a statement in disguise, which the pair asks.
      const wrong = inOtherCountry === undefined ? falsehood : withFigure === undefined ? undefined : did(actor, withFigure);
      if (wrong && !askedWho && !deniedTwins(truth, wrong) && truth.length <= MAX_CHOICE_STATEMENT_LENGTH && wrong.length <= MAX_CHOICE_STATEMENT_LENGTH)
        questions.push(
          single({ ...common, key: `${common.key}:which`, stem: WHICH_STEM, ...(alsoAbout.length > 0 ? { alsoAbout } : {}) }, { text: truth }, [
            { text: wrong },
          ]),
        );
      // Too long to set side by side, a pair that differs only in who did it, where the text has too few others for
      // "Wer ...?" with more options, is asked as "Wer ...?" between its two: the pair's choice, the deed read once.
      else if (
        !askedWho &&
        mayAskWho &&
        other &&
        otherFalsehood !== undefined &&
        Boolean(other.plural) === Boolean(actor.plural) &&
        truth.length > MAX_CHOICE_STATEMENT_LENGTH
      )
        questions.push(single({ ...common, stem }, { text: actor.text }, [{ text: other.text }]));
    }
  }
  return questions.filter((question): question is Question => question !== undefined);
}

/** Words before a role noun that make it no bare predicate ("die", "zum", "neue", "seine"): its case or ending would change too. */
const notBeforeBareRole = (word: string) => !/^\p{Ll}+$/u.test(word) || PHRASE_DETERMINERS.has(word) || PREPOSITIONS.has(word) || isAdjectiveLike(word);

/**
 * A deed whose role nouns state the actor's gender ("wird dort Landeshauptmann-Stellvertreterin") with each of them in
 * the other gender ("Landeshauptmann-Stellvertreter"), and that gender: for a false statement about a person of the
 * other gender. Only role nouns that stand bare, as a predicate after a verb, an adverb or "als" (after an article,
 * an adjective or a preposition their case and endings would change too), and no name after them (an apposition of
 * someone else's, "Präsidentin Merkel"). Undefined where no role noun tells the gender so.
 */
function deedInOtherGender(rest: string, gender: Gender): { rest: string; gender: Gender } | undefined {
  const other: Gender = gender === "female" ? "male" : "female";
  const words = rest.split(" ");
  let changed = false;
  for (let index = 0; index < words.length; index++) {
    const noun = words[index]!.replace(/[^\p{L}-]+$/u, "");
    if (roleGender(noun) !== gender) continue;
    if (index === 0 || notBeforeBareRole(words[index - 1]!) || NAME_OR_NOUN.test(words[index + 1] ?? "")) return undefined;
    words[index] = roleInGender(noun, other) + words[index]!.slice(noun.length);
    changed = true;
  }
  // "zur Nachfolgerin": a woman's noun no role list knows stays hers.
  if (!changed || (other === "male" && words.some((word) => FEMININE_PERSON_NOUN.test(word.replace(/[^\p{L}-]/gu, ""))))) return undefined;
  return { rest: words.join(" "), gender: other };
}

/** A deed of a title in telegram style with the articles it drops, or undefined where they cannot be told. */
function repairedDeed(deed: Deed): Deed | undefined {
  const rest = withArticles(deed.rest);
  return rest === undefined ? undefined : { ...deed, rest };
}

/** "sein", "seine": in a pair's deed one of them or someone else ("sie", "ihr" are both's). */
const HIS = /(?<!\p{L})sein(?:e[mnrs]?)?(?!\p{L})/iu;

/** "Sergej Lawrow und John Kerry", "Die USA und die syrische Opposition": two claimants by their full names. */
const bothOf = (members: readonly Claimant[]) =>
  members
    .map((member) => (member.person ? fullName(member.person) : member.text))
    .join(" und ")
    .replace(/ und D(?=(?:er|ie|as)\s)/u, " und d");

/** Words of a deed that say nothing of which event it is: times. */
const NO_EVENT_WORDS: ReadonlySet<string> = new Set([...TIME_NOUNS, ...WEEKDAYS].map((word) => word.toLowerCase()));

const CAPITALISED_WORDS = /(?<!\p{L})\p{Lu}[\p{L}-]*/gu;

/** The first five letters of each part of each noun or name of a deed ("Untreue-Urteile" → "untre", "urtei"), not of times. */
function eventStems(rest: string): string[] {
  return matchesOf(CAPITALISED_WORDS, rest)
    .flatMap((match) => match[0].split("-"))
    .map((part) => part.toLowerCase())
    .filter((part) => part.length >= 5 && !NO_EVENT_WORDS.has(part))
    .map((part) => part.slice(0, 5));
}

/**
 * The facts of the actor's other deeds that tell of the same event: one names a noun or name of the other, in any
 * compound ("Untreue-Urteile", "Ersturteils").
 */
function sameEventDeeds(doc: DocContext, action: ActionFact, actor: Claimant, deed: Deed): string[] {
  const stems = eventStems(deed.rest);
  const lower = deed.rest.toLowerCase();
  return doc.facts.actions.flatMap((other) => {
    if (other === action || actorClaimant(doc, other)?.text !== actor.text) return [];
    const otherDeed = deedOf(doc, other);
    if (!otherDeed) return [];
    const otherLower = otherDeed.rest.toLowerCase();
    const shared = stems.some((stem) => otherLower.includes(stem)) || eventStems(otherDeed.rest).some((stem) => lower.includes(stem));
    return shared ? [`action:${other.clause.start}`] : [];
  });
}

/**
 * Where an office alone stands for its holder ("sagte der US-Außenminister", "kündigte der Landeshauptmann ...
 * an"): the sentence that names the holder, first, as further evidence of who it was. Undefined where the claim
 * names the person (also in the genitive: "nach Andrejews Worten") or a pronoun's sentence before does.
 */
function holderIntroduction(doc: DocContext, person: PersonFact, named: Mention, antecedent: Span | undefined): Evidence | undefined {
  if (antecedent || namings(person).some((naming) => naming.start === named.start)) return undefined;
  return evidenceFor(doc, namingWithOffice(doc, person) ?? person.mentions[0]!);
}

/** How far before or after a name its office may stand in the text ("Außenminister Sergej Lawrow", "Lawrow, der Außenminister"). */
const OFFICE_REACH = 40;

/**
 * The first mention of `person` next to their office ("sagte Außenminister Sergej Lawrow"): where only the office stands
 * for them ("Der Minister rief ..."), the sentence that names them with it shows who it was; the first mention
 * ("nach dem Treffen zwischen Kerry und Lawrow") may not say that Lawrow is the minister. Readers failed the evidence.
 */
function namingWithOffice(doc: DocContext, person: PersonFact): Mention | undefined {
  const office = person.role?.split(" ").at(-1);
  if (!office) return undefined;
  return person.mentions.find((mention) =>
    doc.text
      .slice(Math.max(0, mention.start - OFFICE_REACH), mention.end + OFFICE_REACH)
      .toLowerCase()
      .includes(office.toLowerCase()),
  );
}

/**
 * The further evidence of who said a quote: the sentence that names its holder where an office stands for them
 * (`introduction`), and where the words go on from a quote before ("Xi sagte, ... . China wolle ..."), that quote's
 * sentence, unless `evidence` holds it. Undefined where that sentence cannot be shown.
 */
function speakerEvidence(doc: DocContext, quote: QuoteFact, introduction: Evidence | undefined, evidence: Evidence): Evidence[] | undefined {
  const attribution = quote.attribution && evidenceFor(doc, quote.attribution);
  if (quote.attribution && !attribution) return undefined;
  // In the same passage, claimEvidence shows the attribution with the words already.
  const shown = attribution && attribution.start >= evidence.start && attribution.end <= evidence.end;
  return [introduction, shown ? undefined : attribution].filter((more): more is Evidence => more !== undefined);
}

/** Options of "Was trifft laut Text auf X zu?" longer than this make a question too long to read on a phone. */
const MAX_CLAIM_OPTION_LENGTH = 120;

/** What a person of the text said or did, as an option about them. */
interface ClaimOption {
  person: PersonFact;
  claimant: Claimant;
  /** As an option: "sagte: „the words“", or the deed with its verb in the singular ("kündigte am Montag … an"). */
  text: string;
  /** Whether the wording tells the gender of who made it ("seine Reise", "Bürgermeisterin"). */
  gendered: boolean;
  topic: "quote" | "action";
  fact: string;
  salience: number;
  evidence: Evidence;
  /** Where an office stands for the person in the claim's sentence: the sentence that names them with it. */
  moreEvidence: Evidence[];
  start: number;
  /** For a deed, the countries its sentence names: nobody of one of them did it to their own country. */
  countries: ReadonlySet<string>;
  /** A state others may share ("lebt in Kampala", "gehörte der Landesregierung an"): no wrong option for someone else. */
  shared: boolean;
}

/** After a deed's comma, a capitalised word or an article before one: a new main clause ("die Titelrolle spielte ..."), no conjunction. */
const OPENS_OTHER_CLAUSE = /^(?:(?:der|die|das|den|dem)\s+)?\p{Lu}/u;

/**
 * "wurde Zweiter, der Norweger Henrik Kristoffersen Dritter", "hatte das Stück in die Gegenwart verlegt, die Titelrolle
 * spielte Philipp Hochmair": a clause after the deed's comma that tells of another person of the text is no part of
 * what `person` did; as an option about `person` it reads as theirs. The deed's own clause stands for it. A clause
 * opened by a conjunction ("wenn", "aber", "sondern") bounds the deed and stays.
 */
function withoutOthersClause(doc: DocContext, person: PersonFact, rest: string): string {
  const clause = clauseOf(rest);
  if (clause.length === rest.length || rest.charAt(clause.length) !== ",") return rest;
  const after = rest.slice(clause.length + 1).trimStart();
  // "ließ sich vom Direktor, Andreas Michaelis, vertreten": a name in apposition, the deed's clause goes on after it.
  if (!OPENS_OTHER_CLAUSE.test(after) || after.includes(",")) return rest;
  const namesOther = doc.facts.persons.some((other) => other.surname !== person.surname && after.includes(other.surname));
  return namesOther ? clause : rest;
}

/** Every quote and deed of a person of the text that can stand as an option. */
function claimOptions(doc: DocContext): ClaimOption[] {
  const options: ClaimOption[] = [];
  for (const quote of doc.facts.quotes) {
    const person = personOf(doc, quote.person);
    const words = quotable(doc, quote);
    const evidence = claimEvidence(doc, quote);
    if (!person || !words || !evidence) continue;
    const { how, unmarked, verb } = wording(doc, quote, words);
    const text = `${verb}${how}: ${unmarked ? words : `„${words}“`}`;
    if (text.length > MAX_CLAIM_OPTION_LENGTH) continue;
    const salience = salienceOf(doc, "quote", quote, { persons: [person] });
    const gendered = GENDERED_WORDS.test(words);
    const moreEvidence = speakerEvidence(doc, quote, holderIntroduction(doc, person, quote.speaker, quote.antecedent), evidence);
    if (!moreEvidence) continue;
    options.push({
      person,
      claimant: personClaimant(person),
      text,
      gendered,
      topic: "quote",
      fact: `quote:${quote.quote.start}`,
      salience,
      evidence,
      moreEvidence,
      start: quote.start,
      countries: NO_COUNTRIES,
      shared: false,
    });
  }
  const quoted = new Set(doc.facts.quotes.filter((quote) => !quote.pointsBack).map((quote) => quote.start));
  for (const action of doc.facts.actions) {
    const person = personOf(doc, action.person);
    if (!person || quoted.has(action.start)) continue;
    const deed = deedOf(doc, action);
    const evidence = claimEvidence(doc, action);
    // "werden ... vorgeworfen" is no deed of the person: the verb is another subject's.
    if (!deed || !evidence || deed.asked) continue;
    const text = deedText(deed.singular, withoutOthersClause(doc, person, restWith(deed, deed.singular)));
    if (text.length > MAX_CLAIM_OPTION_LENGTH) continue;
    const role = namesRole(deed.verb, deed.rest);
    const salience = salienceOf(doc, "action", action.clause, { persons: [person] });
    const gendered = deedTellsGender(deed.verb, deed.rest) || role;
    const introduction = holderIntroduction(doc, person, action.actor, action.antecedent);
    options.push({
      person,
      claimant: personClaimant(person),
      text,
      gendered,
      topic: "action",
      fact: `action:${action.clause.start}`,
      salience,
      evidence,
      moreEvidence: [...(introduction ? [introduction] : []), ...personBeforeEvidence(doc, deed)],
      start: action.clause.start,
      countries: countriesNamedIn(doc, evidence),
      shared: DONE_BY_OTHERS_TOO.test(deed.rest) || SHARED_STATE_VERBS.has(action.verb.text) || SHARED_STATE_VERBS.has(lastWord(clauseOf(deed.rest))),
    });
  }
  return options;
}

/** Finite verbs that tell the past without being a simple past participleOfPast knows: auxiliaries and modals. */
// biome-ignore format: a word list, packed for reading
const PAST_AUXILIARIES: ReadonlySet<string> = new Set([
  "hatte", "hatten", "war", "waren", "wurde", "wurden", "sollte", "wollte", "konnte", "musste", "durfte", "mochte",
]);
/** "hat", "ist" before a participle: the perfect. */
const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(["hat", "haben", "ist", "sind"]);

/** Whether an option of what someone said or did tells it in the past ("sagte: ...", "forderte ...", "hat ... gefordert"). */
function toldInPast(option: string): boolean {
  const verb = edgeWord(option, true);
  if (PAST_AUXILIARIES.has(verb) || participleOfPast(verb) !== undefined) return true;
  return PRESENT_AUXILIARIES.has(verb) && isNonFinite(edgeWord(option, false));
}

/** A comma, full stop, colon, semicolon or whitespace (`[,.:;]` or `\s`): what separates the words of an option. */
const separatesWords = (code: number) => code === 44 || code === 46 || code === 58 || code === 59 || isSpace(code);

/**
 * The first (or last) word of `text` between separatesWords, "" where it has none: toldInPast needs only these two,
 * and splitting every option into all its words cost more than the rest of the comparison.
 */
function edgeWord(text: string, first: boolean): string {
  if (first) {
    let start = 0;
    while (start < text.length && separatesWords(text.charCodeAt(start))) start++;
    let end = start;
    while (end < text.length && !separatesWords(text.charCodeAt(end))) end++;
    return text.slice(start, end);
  }
  let end = text.length;
  while (end > 0 && separatesWords(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !separatesWords(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/**
 * The reverse of who-said-what and who-did-what: "Was trifft laut Text auf X zu?", with what X said
 * ("sagte: „…“") or did ("kündigte am Montag … an") among what the text's other people said or did. Persons
 * only: an institution, country or city speaks and acts through its people ("Russland" and its ministry's
 * spokesman, "die Stadt" and its mayor), so what they said or did would not be clearly false for it. Every
 * wrong option is what the text says another person said or did, in a sentence that does not name X, and
 * not also said or done by X; where its wording tells a gender ("seine Reise"), it is that of X. It asks the
 * same fact as "Wer sagte ...?", so a quiz asks one of them; its key is no name, so it also fits a quiz
 * where the name is shown or asked elsewhere.
 */
export function claimContentQuestions(doc: DocContext): Question[] {
  const all = claimOptions(doc);
  // Each option's shown form and tense, worked out once: every claim compares them with every other, and sorts by tense.
  const shown = new Map(all.map((option) => [option, normalise(option.text)]));
  // By text, not by option: the wrong options chosen are texts of these options, and their tense is looked up too.
  const inPast = new Map(all.map((option) => [option.text, toldInPast(option.text)]));
  // What each person said or did, by surname, gathered in one pass: gathered anew for every claim, this was quadratic.
  const ownBySurname = new Map<string, Set<string>>();
  for (const option of all) {
    const own = ownBySurname.get(option.person.surname);
    if (own) own.add(shown.get(option)!);
    else ownBySurname.set(option.person.surname, new Set([shown.get(option)!]));
  }
  const questions: Question[] = [];
  for (const claim of all) {
    const answer = claim.claimant;
    const surname = claim.person.surname;
    const own = ownBySurname.get(surname)!;
    const byOthers = all.filter(
      (other) =>
        other.person.surname !== surname &&
        !other.shared &&
        !own.has(shown.get(other)!) &&
        !other.evidence.quote.includes(surname) &&
        // "übernimmt für Johanna Mikl-Leitner das Innenressort" (the text's "Für sie"), offered for what Mikl-Leitner did.
        !other.text.includes(surname) &&
        // "äußerte sich nicht zu ...": what another did not do, the text does not tell X did.
        (other.topic === "quote" || !deniesDeed(other.text)) &&
        (!other.gendered || agrees(answer, other.claimant)) &&
        // "Was trifft auf Steinmeier zu? ... hat Deutschland Demokratie-Defizite vorgeworfen": no one does that to their own country.
        !ownCountryNamed(other.claimant, answer, other.countries),
    );
    // Quotes for a quote and deeds for a deed first, then the nearest in the text: they belong to the
    // same part of the story; ties by position.
    const otherKind = (other: ClaimOption) => Number(other.topic !== claim.topic);
    // The only deed in the present among deeds in the past ("spricht von ..." among "begrüßte ...") would stand out too.
    const past = inPast.get(claim.text)!;
    const otherTense = (other: ClaimOption) => Number(inPast.get(other.text)! !== past);
    byOthers.sort(
      (a, b) =>
        otherKind(a) - otherKind(b) || otherTense(a) - otherTense(b) || Math.abs(a.start - claim.start) - Math.abs(b.start - claim.start) || a.start - b.start,
    );
    const distractors = distinct(
      byOthers.map((other) => ({ text: other.text })),
      new Set([shown.get(claim)!]),
      MAX_DISTRACTORS,
    );
    if (distractors.length < MIN_DISTRACTORS) continue;
    // The only "sagte: „…“" among deeds, or the only deed among quotes, would stand out by its form.
    const isQuote = (text: string) => text.startsWith("sagte");
    if (!distractors.some((choice) => isQuote(choice.text) === (claim.topic === "quote"))) continue;
    if (!distractors.some((choice) => inPast.get(choice.text) === past)) continue;
    const offered = new Set(distractors.map((choice) => choice.text));
    const common = {
      documentId: doc.id,
      topic: claim.topic,
      key: `${claim.start}:what`,
      fact: claim.fact,
      // One such question per person and quiz: a second one would repeat the stem and the wrong options.
      alsoAbout: [`claims-of:${surname}`, ...byOthers.filter((other) => offered.has(other.text)).map((other) => givenTo(other.fact, surname))],
      salience: claim.salience,
      evidence: claim.evidence,
      moreEvidence: claim.moreEvidence,
      ...askedSentence(claim, claim.evidence),
    };
    const question = single({ ...common, stem: `Was trifft laut Text auf ${fullName(claim.person)} zu?` }, { text: claim.text }, distractors);
    if (question) questions.push(question);
  }
  return questions;
}
