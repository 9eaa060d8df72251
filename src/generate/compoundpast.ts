/**
 * What happened where the text names nobody who did it: a main clause in the passive ("In Marokko ist ein Belgier ...
 * festgenommen worden.") or with a thing as its subject ("Zwei Ärzte sind in Kambodscha gestorben.", "Ein Defekt ... hat
 * ... zu Versorgungsproblemen geführt."), often the lead's main event. Stated in the other past tense ("wurde ...
 * festgenommen" as "ist ... festgenommen worden", "sind ... gestorben" as "starben ..."), true, and false with the
 * country or the figure of its words changed as an actor's deed is (claims.ts): both statements built the same way.
 */
import type { Question } from "../bank/schema";
import type { Span } from "../extract/types";
import { foldSpaces } from "../bank/text";
import { isAdjectiveLike, suffixMatcher } from "../extract/text";
import { ADJECTIVES_LIKE_PARTICIPLES, PARTICIPLE_WITH_SEIN, PHRASE_DETERMINERS, SEPARABLE_PARTICLES, STRONG_VERB_FORMS } from "../extract/data/claims";
import { MONTHS, WEEKDAYS } from "../extract/data/dates";
import { FRACTION_COUNTS, FRACTION_DENOMINATORS, HEDGES, NON_COUNT_FOLLOWERS, NUMBER_WORDS } from "../extract/data/numbers";
import { mayBeFiniteVerb, singularVerb } from "../extract/actions";
import { backReferences } from "./backrefs";
import { deniedTwins, single, STATEMENT_STEM, trueFalse } from "./build";
import {
  ANAPHORIC_OPENERS,
  CONNECTIVE_FOREFIELDS,
  inOtherCountry,
  inPerfect,
  inSimplePast,
  isInflectedParticiple,
  MAX_CHOICE_STATEMENT_LENGTH,
  mayTurnChange,
  NAME_SHAPED,
  participleOfPast,
  REFLEXIVE_WORD,
  TIME_AHEAD,
  WHICH_STEM,
  withOtherFigure,
} from "./claims";
import { type DocContext, evidenceFor, perDocument, type Pool } from "./context";
import { verbCore, withOtherCountryAdjective } from "./countries";
import {
  ADVERBS_OF_AGAIN,
  CHANGE_OF_FIGURE_VERBS,
  type ChangeOfFigureVerb,
  DIED_PHRASE,
  FIGURE_NOUN_ENDINGS,
  INJURY_PARTICIPLES,
  KILLED_PARTICIPLES,
  MODALS_OF_A_DUTY_OR_PLAN,
  OPPOSITE_PARTICIPLES,
  OTHER_INJURY_DEGREES,
  PREPOSITIONS_OF_MOTION,
  REFLEXIVE_CHANGE_VERBS,
  REFLEXIVE_OPPOSITE_PARTICIPLES,
  type ReflexiveChangeVerb,
} from "./data/verbs";
import { UNNAMED_PERSON_NOUNS } from "./data/kinds";
import { salienceOf } from "./salience";
import { standsAlone } from "./standalone";

/** The past auxiliary of the passive and its perfect, singular and plural. */
const PERFECT_OF_PAST: ReadonlyMap<string, string> = new Map([
  ["wurde", "ist"],
  ["wurden", "sind"],
]);
/**
 * The passive's perfect and pluperfect ("ist ... worden", "war ... worden") in the simple past: the pluperfect, which
 * news uses for what happened before the day's event, has no other past tense of its own.
 */
const PAST_OF_PERFECT: ReadonlyMap<string, string> = new Map([
  ...[...PERFECT_OF_PAST].map(([past, perfect]): [string, string] => [perfect, past]),
  ["war", "wurde"],
  ["waren", "wurden"],
]);
/** "sein" as the auxiliary of a perfect or pluperfect: of an event only before a participle of motion or change, or "worden". */
const SEIN: ReadonlySet<string> = new Set(["ist", "sind", "war", "waren"]);

/**
 * A sentence that is one main clause in a compound past: a fore-field without a comma, the auxiliary, the rest of the
 * clause (maybe none: "Zwei Mitarbeiter wurden freigesprochen.") and the participle closing it ("worden" after it in
 * the passive's perfect and pluperfect), then at most a relative or subordinate clause, which stays after the participle (", der in Verbindung mit den Attentaten stehen soll"). A comma
 * between digits is a decimal one ("7,2 Prozent").
 */
const COMPOUND_PAST_SENTENCE =
  /^((?:[^,;:–—()„“"«»]|(?<=\d),(?=\d))+?)\s(wurde|wurden|ist|sind|hat|haben|hatte|hatten|war|waren)(?:\s((?:[^,;:–—()„“"«»]|(?<=\d),(?=\d))+?))?\s(\p{Ll}{4,})(\sworden)?(,\s[^;:–—()„“"«»]+)?\.$/u;
/**
 * "Die Causa muss neu verhandelt werden.", "Bis 2020 sollen 500 Wohnungen gebaut werden.": a fore-field without a comma,
 * the modal, the rest of the clause (maybe none) and the participle with "werden" closing the sentence.
 */
const MODAL_PASSIVE_SENTENCE = new RegExp(
  `^((?:[^,;:–—()„“"«»]|(?<=\\d),(?=\\d))+?)\\s(${MODALS_OF_A_DUTY_OR_PLAN.join("|")})(?:\\s((?:[^,;:–—()„“"«»]|(?<=\\d),(?=\\d))+?))?\\s(\\p{Ll}{4,})\\swerden\\.$`,
  "u",
);
/** A relative clause (its pronoun before a small word: "der in Verbindung ... steht", not "die Umstände sind ...") or a subordinate one. */
const SUBORDINATE_TAIL = /^,\s(?:(?:der|die|das|dem|den|denen|deren|dessen)\s\p{Ll}|(?:wo|weil|da|nachdem|als|wenn|obwohl|bevor|während)\s)/u;
/** A second main clause after a comma, its subject with an article and its verb a form of "sein" ("..., die Umstände sind mysteriös"): left out. */
const SECOND_MAIN_CLAUSE =
  /^,\s(?:(?:und|aber|doch)\s)?(?:der|die|das|ein|eine)\s(?:\p{Ll}+\s)?\p{Lu}[\p{L}-]*\s(?:ist|sind|war|waren|bleibt|bleiben|blieb|blieben)\s[^,]+$/u;
/** A participle: "gefordert", "festgenommen", "verhaftet", "identifiziert", "beschlossen", "unterzeichnet", "überwiesen". */
const PARTICIPLE = /^(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|(?:be|er|ver|zer|ent|emp|miss|unter|über|hinter|wider|voll)\p{Ll}{3,}(?:t|en)|\p{Ll}{3,}iert)$/u;
/** A second verb in the clause ("wurde ... festgenommen und hat ..."), or participles joined ("festgenommen und verhört"). */
const ANOTHER_VERB = /(?<!\p{L})(?:hat|hatte|haben|hatten|ist|war|sind|waren|wird|wurde|werden|wurden|worden)(?!\p{L})|\s(?:und|oder|sowie)$/u;
/** Focus particles before the subject ("Schon der erste Sieg ...", "Jeweils wurde ..."): they set it beside something said before. */
const FOCUS_PARTICLES: ReadonlySet<string> = new Set(["schon", "bereits", "sogar", "selbst", "nur", "erst", "noch", "jeweils", "ebenso", "zudem"]);
/** A denial: the clause denied of another country or figure may be true. */
export const NEGATED = /(?<!\p{L})(?:nicht|kein|keine[mnrs]?|nie|niemals|weder)(?!\p{L})/iu;
/** "Es wurde ...", "Man hat ...": nobody the statement could be about. */
const IMPERSONAL_WORDS = /(?<!\p{L})(?:es|man)(?!\p{L})/iu;
export const FIRST_PERSON = /(?<!\p{L})(?:ich|mir|mich|wir|uns|unser[emnrs]?|mein[emnrs]?)(?!\p{L})/iu;

/** A clause in a compound past, in its parts. */
interface CompoundPast {
  forefield: string;
  auxiliary: string;
  middle: string;
  participle: string;
  /** Whether "worden" follows the participle: the perfect of the passive. */
  worden: boolean;
  /** Whether "werden" follows the participle: a duty or plan in the passive after a modal (modalPassive). */
  werden?: boolean;
  /** A relative or subordinate clause after the participle, with its comma, or "". */
  tail: string;
}

const JOINING_WORDS: ReadonlySet<string> = new Set(["und", "oder", "sowie"]);

/**
 * "hatten den Zerstörer ... überflogen und Angriffe simuliert": a participle before "und" in the middle is a second
 * deed of the auxiliary, which a statement of the last participle alone would garble.
 */
function joinsParticiples(middle: string): boolean {
  const words = middle.split(" ");
  return words.some((word, at) => at > 0 && JOINING_WORDS.has(word) && PARTICIPLE.test(words[at - 1]!) && !ADJECTIVES_LIKE_PARTICIPLES.has(words[at - 1]!));
}

/** The sentence (its words as written, with the final full stop) as a main clause in a compound past, or undefined. */
export function compoundPast(sentence: string): CompoundPast | undefined {
  const found = COMPOUND_PAST_SENTENCE.exec(sentence);
  if (!found) return undefined;
  const [, forefield, auxiliary, middle = "", participle, worden, after = ""] = found as unknown as [
    string,
    string,
    string,
    string | undefined,
    string,
    string | undefined,
    string?,
  ];
  if (after !== "" && !SUBORDINATE_TAIL.test(after) && !SECOND_MAIN_CLAUSE.test(after)) return undefined;
  const tail = SUBORDINATE_TAIL.test(after) ? after : "";
  if (!PARTICIPLE.test(participle) || ADJECTIVES_LIKE_PARTICIPLES.has(participle)) return undefined;
  // "wurde ... worden" is no form; "ist ... untergebracht" a state, not the perfect of an event as "ist ... gestorben" is.
  if (worden !== undefined ? !SEIN.has(auxiliary) : SEIN.has(auxiliary) && !PARTICIPLE_WITH_SEIN.test(participle)) return undefined;
  if (ANOTHER_VERB.test(forefield) || ANOTHER_VERB.test(middle) || IMPERSONAL_WORDS.test(`${forefield} ${middle}`)) return undefined;
  if (joinsParticiples(middle)) return undefined;
  if (!opensOwnClause(forefield)) return undefined;
  return { forefield, auxiliary, middle, participle, worden: worden !== undefined, tail };
}

/** Whether a fore-field opens a clause of its own, not one that goes on from the sentence before or an adverb alone. */
function opensOwnClause(forefield: string): boolean {
  // "Auch wurden ...", "Dabei wurde ...", "Allerdings wurde ...": the clause goes on from what the text said before.
  const opener = forefield.split(" ")[0]!.toLowerCase();
  if (ANAPHORIC_OPENERS.has(opener) || CONNECTIVE_FOREFIELDS.has(opener) || FOCUS_PARTICLES.has(opener)) return false;
  // One word before the verb is an adverb ("Jeweils", "Insgesamt") unless it is a name ("AlphaGo wurde ...").
  return forefield.includes(" ") || NAME_SHAPED.test(forefield);
}

/**
 * One main clause of a modal of a duty or plan and a passive infinitive closing it (MODAL_PASSIVE_SENTENCE), or undefined.
 * Stated as written, in the present it is told in.
 */
export function modalPassive(sentence: string): CompoundPast | undefined {
  const found = MODAL_PASSIVE_SENTENCE.exec(sentence);
  if (!found) return undefined;
  const [, forefield, auxiliary, middle = "", participle] = found as unknown as [string, string, string, string | undefined, string];
  if (!PARTICIPLE.test(participle) || ADJECTIVES_LIKE_PARTICIPLES.has(participle)) return undefined;
  if (ANOTHER_VERB.test(forefield) || ANOTHER_VERB.test(middle) || IMPERSONAL_WORDS.test(`${forefield} ${middle}`)) return undefined;
  if (joinsParticiples(middle) || !opensOwnClause(forefield)) return undefined;
  return { forefield, auxiliary, middle, participle, worden: false, werden: true, tail: "" };
}

/** The words of a clause's middle after a space, or nothing where it has none ("wurden freigesprochen"). */
const spaced = (middle: string) => (middle === "" ? "" : ` ${middle}`);

/**
 * The clause in the other past tense: the passive's "wurde ... festgenommen" as "ist ... festgenommen worden" and back,
 * the active perfect in the simple past ("hat ... geführt" as "führte ..."); the pluperfect in the simple past too ("war
 * ... getötet worden" as "wurde ... getötet", "hatte ... geführt" as "führte ..."). Undefined where that is not known.
 */
export function inOtherTense(clause: CompoundPast): string | undefined {
  const { forefield, auxiliary, middle, participle, tail } = clause;
  const perfect = PERFECT_OF_PAST.get(auxiliary);
  if (perfect) return `${forefield} ${perfect}${spaced(middle)} ${participle} worden${tail}.`;
  if (clause.worden) return `${forefield} ${PAST_OF_PERFECT.get(auxiliary)!}${spaced(middle)} ${participle}${tail}.`;
  const past = inSimplePast(auxiliary, `${middle}${spaced(participle)}${tail}`.trimStart());
  return past && `${forefield} ${past.verb} ${past.rest}.`;
}

/** A sentence without a comma (but in a figure, "7,2"), quote or bracket: one main clause. */
const PLAIN_CLAUSE = /^(?:[^,;:–—()„“"«»]|(?<=\d),(?=\d))+\.$/u;
/** A figure in digits ("12.000", "7,2"), not an ordinal ("3.", cut from its full stop: "3"). */
const FIGURE_IN_DIGITS = /^\d(?:[\d.,]*\d)?$/u;

/**
 * Whether the clause has a figure after "auf" or "um" ("auf 12.000", "um rund fünf Prozent", "um ein Drittel"): the
 * change of a figure, not "Die Entscheidung fiel im Mai", "fällt um 18 Uhr" or "fällt auf einen Montag".
 */
function measuresChange(middle: string): boolean {
  const words = middle.split(" ");
  return words.some((word, at) => {
    if (word !== "auf" && word !== "um") return false;
    let next = at + 1;
    for (let hedge = hedgeAt(words, next); hedge > 0; hedge = hedgeAt(words, next)) next += hedge;
    const [figure = "", after = ""] = words.slice(next, next + 2);
    if (FRACTION_COUNTS.has(figure) && FRACTION_DENOMINATORS.has(after)) return true;
    return (FIGURE_IN_DIGITS.test(figure) || NUMBER_WORDS.has(figure)) && !NON_COUNT_FOLLOWERS.has(after);
  });
}

/** How many words a hedge ("rund", "mehr als") at `at` takes, or 0. */
function hedgeAt(words: readonly string[], at: number): number {
  const hedge = HEDGES.find((one) => words.slice(at, at + one.split(" ").length).join(" ") === one);
  return hedge === undefined ? 0 : hedge.split(" ").length;
}

/**
 * A change in a figure in the simple past or the present ("Die Zahl stieg auf 12.000.", "Der Ölpreis fällt um fünf
 * Prozent.") as the clause in the perfect ("ist auf 12.000 gestiegen"), to be checked as a compound past is; else undefined.
 */
/**
 * CHANGE_OF_FIGURE_VERBS by each finite form (the simple past, its plural in -en, the present and its plural), in
 * their order: a word is looked up, not compared with every form of every verb (changeInPerfect reads every word of
 * most sentences).
 */
const CHANGE_VERBS_BY_FORM: ReadonlyMap<string, readonly ChangeOfFigureVerb[]> = (() => {
  const byForm = new Map<string, ChangeOfFigureVerb[]>();
  for (const verb of CHANGE_OF_FIGURE_VERBS) {
    for (const form of new Set([verb.past, `${verb.past}en`, verb.present, verb.plural])) byForm.set(form, [...(byForm.get(form) ?? []), verb]);
  }
  return byForm;
})();

/** REFLEXIVE_CHANGE_VERBS by each finite form, as CHANGE_VERBS_BY_FORM; with whether the form is plural. */
const REFLEXIVE_VERBS_BY_FORM: ReadonlyMap<string, { verb: ReflexiveChangeVerb; plural: boolean }> = new Map(
  REFLEXIVE_CHANGE_VERBS.flatMap((verb): [string, { verb: ReflexiveChangeVerb; plural: boolean }][] => [
    [verb.past, { verb, plural: false }],
    [`${verb.past}n`, { verb, plural: true }],
    [verb.present, { verb, plural: false }],
    [verb.plural, { verb, plural: true }],
  ]),
);

const FIGURE_NOUN = suffixMatcher(FIGURE_NOUN_ENDINGS);
/** A definite article opening the fore-field, and adjectives after it. */
const DEFINITE_ARTICLE = /^(?:[Dd]er|[Dd]ie|[Dd]as)$/u;
const SMALL_WORD = /^\p{Ll}/u;

/** Whether the words open with a definite noun phrase whose head names a figure ("Die Zahl der Einbrüche", "die Mieten"). */
function opensWithFigureNoun(words: readonly string[]): boolean {
  if (!DEFINITE_ARTICLE.test(words[0] ?? "")) return false;
  const head = words.slice(1).find((word) => !SMALL_WORD.test(word));
  return head !== undefined && FIGURE_NOUN(head.toLowerCase()) !== undefined;
}

/**
 * Whether the subject of a change in the simple past names a figure, in the fore-field ("Die Zahl der Einbrüche sank
 * ...") or right after the verb ("Im Vorjahr sank die Zahl der Einbrüche ..."): then the change needs no figure after
 * "auf" or "um" to be one. Not in the present, which may tell what is to come ("Die Preise steigen im Herbst"), and
 * its perfect would tell it as done.
 */
function figureSubject(forefield: readonly string[], middle: readonly string[], past: boolean): boolean {
  return past && (opensWithFigureNoun(forefield) || opensWithFigureNoun(middle));
}

export function changeInPerfect(sentence: string): CompoundPast | undefined {
  if (!PLAIN_CLAUSE.test(sentence)) return undefined;
  const words = sentence.slice(0, -1).split(" ");
  const last = words[words.length - 1]!;
  const closingParticle = SEPARABLE_PARTICLES.has(last) ? last : "";
  for (let at = 1; at < words.length - 1; at++) {
    const finite = words[at]!;
    // "Die Kosten erhöhten sich auf ...": a weak verb with "sich", its participle closing the perfect.
    const reflexive = words[at + 1] === "sich" && closingParticle === "" ? REFLEXIVE_VERBS_BY_FORM.get(finite) : undefined;
    if (reflexive) {
      const middle = words.slice(at + 1).join(" ");
      const past = finite.startsWith(reflexive.verb.past);
      if (!reflexive.verb.measured && !measuresChange(middle) && !figureSubject(words.slice(0, at), words.slice(at + 2), past)) return undefined;
      if (!past && TIME_AHEAD.test(sentence)) return undefined;
      return compoundPast(`${words.slice(0, at).join(" ")} ${reflexive.plural ? "haben" : "hat"} ${middle} ${reflexive.verb.participle}.`);
    }
    const verb = CHANGE_VERBS_BY_FORM.get(finite)?.find((one) => one.particle === closingParticle);
    if (!verb) continue;
    const middle = words.slice(at + 1, closingParticle ? -1 : undefined).join(" ");
    const past = finite.startsWith(verb.past);
    if (!measuresChange(middle) && !figureSubject(words.slice(0, at), words.slice(at + 1), past)) return undefined;
    // "Die Inflation sinkt im kommenden Jahr auf 2,1 Prozent": a forecast, which the perfect would tell as done.
    if (!past && TIME_AHEAD.test(sentence)) return undefined;
    const participle = `${verb.particle}${STRONG_VERB_FORMS.get(verb.past)!}`;
    const plural = finite === verb.plural || finite === `${verb.past}en`;
    const auxiliary = PARTICIPLE_WITH_SEIN.test(participle) ? (plural ? "sind" : "ist") : plural ? "haben" : "hat";
    return compoundPast(`${words.slice(0, at).join(" ")} ${auxiliary} ${middle} ${participle}.`);
  }
  return undefined;
}

/** A word a finite verb may follow in the middle of a fore-field: a noun or name ("Militärintervention", "Paris"), or a figure ("2013"). */
const NOUN_OR_FIGURE = /^(?:\p{Lu}|.*\d$)/u;

/**
 * Auxiliaries and modals, also in the subjunctive of reported words: beside a past form they make it a participle or
 * an infinitive ("habe ... Rebellen vertrieben und ... getötet"), or the clause one of someone's words.
 */
// biome-ignore format: a word list, packed for reading
const AUXILIARY_OR_MODAL: ReadonlySet<string> = new Set([
  "hat", "haben", "habe", "hatte", "hatten", "hätte", "hätten", "ist", "sind", "sei", "seien", "war", "waren", "wäre", "wären",
  "wird", "werden", "werde", "wurde", "wurden", "würde", "würden", "kann", "können", "könne", "konnte", "konnten", "könnte",
  "könnten", "muss", "müssen", "müsse", "musste", "mussten", "müsste", "müssten", "soll", "sollen", "solle", "sollte", "sollten",
  "will", "wollen", "wolle", "wollte", "wollten", "darf", "dürfen", "dürfe", "durfte", "durften", "dürfte", "dürften",
]);
/** "Die beiden Staatsführer", "beide Seiten": two the text named before, whom the statement alone does not name. */
const THE_TWO = /^(?:beide|beiden)$/iu;
/** "laut chinesischen Staatsmedien", "Berichten zufolge": a source inside the clause, whose country is no part of the event. */
const SOURCE_WORDS: ReadonlySet<string> = new Set(["laut", "zufolge", "Angaben"]);

/**
 * A lower-case word that is a verb's simple past (participleOfPast knows it), in the singular or the plural ("stoppte",
 * "sprengten"); not the subjunctive of a strong verb, which ends like a weak past ("hielte", "gäbe": "hielt" + "e").
 */
function simplePastForm(word: string): boolean {
  if (!SMALL_WORD.test(word)) return false;
  const singular = word.endsWith("en") ? singularVerb(word) : word;
  if (singular === undefined || (singular !== word && !word.endsWith("en"))) return false;
  if (singular.endsWith("e") && STRONG_VERB_FORMS.has(singular.slice(0, -1))) return false;
  return participleOfPast(singular) !== undefined;
}

/** Words of a clause that end like a finite verb but are none ("den", "acht", "statt"): mayBeFiniteVerb takes them. */
const ENDS_LIKE_A_VERB: ReadonlySet<string> = new Set(["den", "jenen", "einigen", "recht", "acht", "samt", "statt", "dort"]);
const CAPITALISED_WORD = /^\p{Lu}/u;
/** An adjective in small letters with the ending of the weak declension or the dative plural: "russischen", "neuen". */
const INFLECTED_ADJECTIVE = /^\p{Ll}+en$/u;

/**
 * Whether the word at `at` closes an attribute that a preposition right after a determiner opens, before that
 * determiner's noun ("Die vom Rat verabschiedete Reform", "der auf dem Berg versteckten Kämpfer"): a participle, no verb.
 */
function closesExtendedAttribute(words: readonly string[], at: number): boolean {
  if (!CAPITALISED_WORD.test(words[at + 1] ?? "")) return false;
  for (let determiner = 0; determiner < at - 1; determiner++) {
    if (PHRASE_DETERMINERS.has(words[determiner]!.toLowerCase()) && PREPOSITIONS_OF_MOTION.has(words[determiner + 1]!)) return true;
  }
  return false;
}

/** Pronouns opening a sentence: its subject is someone the sentence before named ("Sie zeigen ..."). */
const OPENING_PRONOUNS: ReadonlySet<string> = new Set(["er", "sie", "es", "man", "wir", "ich", "ihr", "du"]);

/**
 * A main clause in the simple past ("Eine Militärintervention stoppte 2013 den Vormarsch der Milizen.", "Am Freitag
 * sprengten sich drei Attentäter in Paris in die Luft.") as the clause in the perfect ("hat ... gestoppt", "haben sich
 * ... gesprengt"), to be checked as a compound past is; else undefined. Its finite verb is the first past form after a
 * noun, a name or a figure: one after an article or an adjective is an attribute ("Die zugesagte Privatisierung"),
 * as is the first of two past forms ("Die 2015 unterzeichnete Vereinbarung bezog sich ..."), whose clause is refused.
 */
export function pastInPerfect(sentence: string): CompoundPast | undefined {
  if (!PLAIN_CLAUSE.test(sentence)) return undefined;
  const words = sentence.slice(0, -1).split(" ");
  const at = words.findIndex((word, index) => index > 0 && simplePastForm(word));
  if (at < 1 || !NOUN_OR_FIGURE.test(words[at - 1]!) || words.slice(at + 1).some(simplePastForm)) return undefined;
  // "Der im Mai vorgelegte Plan koste zu viel": a participle before its noun beside the form found, which is then a
  // subjunctive in "-te" as likely as a past; "Die vom Rat verabschiedete Reform verstoße ...": the form found is the
  // participle of such a phrase, the clause's verb left inside the statement.
  if (words.some((word) => isInflectedParticiple(word)) || closesExtendedAttribute(words, at)) return undefined;
  // "rund 200 der in Österreich akkreditierten russischen Diplomaten": a past form in "-en" before an adjective in "-en"
  // and its noun is an attribute of that noun (a past verb's object without article would take "-e": "wichtige Straßen").
  const after = words[at + 1] ?? "";
  if (
    words[at]!.endsWith("en") &&
    INFLECTED_ADJECTIVE.test(after) &&
    !PHRASE_DETERMINERS.has(after) &&
    isAdjectiveLike(after) &&
    CAPITALISED_WORD.test(words[at + 2] ?? "")
  )
    return undefined;
  if (words.some((word) => AUXILIARY_OR_MODAL.has(word) || THE_TWO.test(word) || SOURCE_WORDS.has(word))) return undefined;
  // "Sie zeigen ein ... Gerät mit einer ... positionierten Kamera", "Die 1970 eröffnete Brücke gehört zu ...": another
  // finite verb before or after the past form found, which is then an attribute.
  const finiteLike = (word: string) => mayBeFiniteVerb(word) && !isAdjectiveLike(word) && !ENDS_LIKE_A_VERB.has(word);
  if (OPENING_PRONOUNS.has(words[0]!.toLowerCase()) || words.slice(1, at).some(finiteLike) || words.slice(at + 1).some(finiteLike)) return undefined;
  // "Die 1970 eröffneten Brücken ...": an article with no noun yet before the past form, which is then its attribute.
  if (PHRASE_DETERMINERS.has(words[0]!.toLowerCase()) && !words.slice(1, at).some((word) => CAPITALISED_WORD.test(word))) return undefined;
  const perfect = inPerfect(words[at]!, words.slice(at + 1).join(" "));
  return perfect && compoundPast(`${words.slice(0, at).join(" ")} ${perfect.verb} ${perfect.rest}.`);
}

/** A time that a day or a month names ("am Freitag", "im März", "gestern", "2022"): nothing else in the clause. */
const TIME_ONLY = new RegExp(
  `^(?:(?:gestern|heute|vorgestern|am\\s(?:${WEEKDAYS.join("|")}|Wochenende|Vormittag|Nachmittag|Abend)|im\\s(?:${[...MONTHS.keys()]
    // The names, not their abbreviations ("jan" of "januar").
    .filter((month, _, months) => !months.some((other) => other !== month && other.startsWith(month) && MONTHS.get(other) === MONTHS.get(month)))
    .map((month) => month[0]!.toUpperCase() + month.slice(1))
    .join("|")}|Frühjahr|Sommer|Herbst|Winter)|\\d{4})(?:\\s|$))*$`,
  "u",
);
/** A subject with the definite article ("Die alte Brücke"), not a share of a group ("Die meisten ...") or a figure. */
const DEFINITE_SUBJECT = /^(?:Der|Die|Das)\s(?!.*(?:\d|(?<!\p{L})(?:meisten|beiden|übrigen|wenigsten)(?!\p{L})))/u;

/**
 * The passive denied ("Die alte Brücke ist im Frühjahr nicht abgerissen worden"), where nothing but a time stands
 * between the auxiliary and the participle and the fore-field is the definite subject: there "nicht" before the
 * participle denies the event itself, not a complement ("nicht zu 15 Monaten ... verurteilt") or a place.
 */
function deniedPassive(clause: CompoundPast, phrased: (clause: CompoundPast) => string | undefined): string | undefined {
  const passive = PERFECT_OF_PAST.has(clause.auxiliary) || clause.worden;
  if (!passive || !DEFINITE_SUBJECT.test(clause.forefield) || !TIME_ONLY.test(clause.middle)) return undefined;
  return phrased({ ...clause, participle: `nicht ${clause.participle}` });
}

/** The clause as it reads in its own tense. */
const asWritten = (clause: CompoundPast) =>
  `${clause.forefield} ${clause.auxiliary}${spaced(clause.middle)} ${clause.participle}${clause.worden ? " worden" : ""}${clause.werden ? " werden" : ""}${clause.tail}.`;

/**
 * A duty or plan denied ("Die Schule soll im Herbst nicht geschlossen werden", "Die Causa muss nicht neu verhandelt
 * werden"), as deniedPassive does: where the fore-field is the definite subject and nothing but a time, or an adverb of
 * doing again, stands before the participle; "nicht" then denies the deed itself.
 */
function deniedPlan(clause: CompoundPast): string | undefined {
  if (!DEFINITE_SUBJECT.test(clause.forefield)) return undefined;
  if (ADVERBS_OF_AGAIN.has(clause.middle)) return asWritten({ ...clause, middle: `nicht ${clause.middle}` });
  return TIME_ONLY.test(clause.middle) ? asWritten({ ...clause, participle: `nicht ${clause.participle}` }) : undefined;
}

/** "in Marokko": where the event happened. A country elsewhere in the clause ("von Russland annektiert") is a side detail. */
const LOCATION_BEFORE = /(?:^|\s)in\s$/iu;

/** Whether the country at `at` follows "in": where the event happened. */
const isLocation = (words: string, at: number) => LOCATION_BEFORE.test(words.slice(0, at));

/** "In Marokko", "Im Iran", "In der Türkei" as the whole fore-field. */
const COUNTRY_FOREFIELD = /^(?:In|Im)\s(?:(?:der|den)\s)?\S+$/u;

/** Whether the sentence opens with where its event happened, a country ("In Marokko ist ..."). */
function opensWithCountry(doc: DocContext, sentence: Span, forefield: string): boolean {
  if (!COUNTRY_FOREFIELD.test(forefield)) return false;
  const end = sentence.start + forefield.length;
  return doc.facts.countries.some((country) => country.mentions.some((mention) => mention.start > sentence.start && mention.end <= end + 1));
}

/**
 * A source told after the clause ("..., wie das Innenministerium am Montag mitteilte.", "..., wie es hieß."): no
 * speaker the extractor takes, and what the clause tells is still the news.
 */
const REPORTED_BY =
  /,\swie\s(?:es\shieß|[^,;:]{3,80}?\s(?:mitteilte|mitteilten|berichtete|berichteten|meldete|meldeten|bekanntgab|bekanntgaben|erklärte|erklärten|bestätigte|bestätigten))\.$/u;

/** Marks that neither COMPOUND_PAST_SENTENCE nor PLAIN_CLAUSE lets stand anywhere in the sentence. */
const CLAUSE_BREAKING_MARK = /[;:–—()„“"«»]/u;

/** Whether the sentence names a person of the text. */
function namesPerson(doc: DocContext, sentence: Span): boolean {
  return doc.facts.persons.some((person) => person.mentions.some((mention) => mention.start >= sentence.start && mention.start < sentence.end));
}

/** The text in lower case without spaces, made once per text where a victim's outcome is looked up (toldOutcome). */
const unspacedText = perDocument((doc) => ({ text: doc.text.toLowerCase().replace(/\s+/gu, "") }));
/** "schwer verletzt" and the like in the text ("Schwerverletzte", "schwer verletzten"): an outcome it tells of someone. */
const toldOutcome = (doc: DocContext, degree: string) => unspacedText(doc).text.includes(`${degree}verletzt`);

/**
 * What befell the victims told falsely as another outcome of the same event: "wurde schwer verletzt" as "leicht
 * verletzt", "wurden getötet" and "sind ums Leben gekommen" as "schwer verletzt". Not where the text tells that outcome
 * of anyone ("Ein weiterer Mann wurde schwer verletzt"): an indefinite subject ("Ein Mann") could be that one.
 */
function otherHarm(doc: DocContext, clause: CompoundPast, phrased: (clause: CompoundPast) => string | undefined): string | undefined {
  const words = clause.middle === "" ? [] : clause.middle.split(" ");
  if (INJURY_PARTICIPLES.has(clause.participle)) {
    const degree = OTHER_INJURY_DEGREES.get(words[words.length - 1] ?? "");
    return degree === undefined || toldOutcome(doc, degree) ? undefined : phrased({ ...clause, middle: [...words.slice(0, -1), degree].join(" ") });
  }
  if (toldOutcome(doc, "schwer")) return undefined;
  const passive = PERFECT_OF_PAST.has(clause.auxiliary) || clause.worden;
  if (passive && KILLED_PARTICIPLES.has(clause.participle)) return phrased({ ...clause, middle: [...words, "schwer"].join(" "), participle: "verletzt" });
  // "ist ... ums Leben gekommen": the passive's perfect of the same "sein" ("ist ... schwer verletzt worden").
  if (SEIN.has(clause.auxiliary) && !clause.worden && clause.participle === "gekommen" && clause.middle.endsWith(DIED_PHRASE)) {
    const rest = clause.middle.slice(0, -DIED_PHRASE.length).trim();
    return phrased({ ...clause, middle: rest === "" ? "schwer" : `${rest} schwer`, participle: "verletzt", worden: true });
  }
  return undefined;
}

/** Each noun of UNNAMED_PERSON_NOUNS with its form for the other sex. */
const OTHER_SEX_NOUN: ReadonlyMap<string, string> = new Map(
  UNNAMED_PERSON_NOUNS.flatMap(
    ([man, woman]) =>
      [
        [man, woman],
        [woman, man],
      ] as const,
  ),
);
/** One unnamed person opening a clause: the indefinite article, up to three adjectives ("maskierter", "45-jährige"), the noun. */
const UNNAMED_PERSON = /^(Ein|Eine)((?:\s[\p{Ll}\d][\p{L}\d-]*){0,3})\s(\p{Lu}\p{Ll}+)(?=\s)/u;
/** A word that refers to a person by sex again ("seinen Wagen", "ihr"): it would have to change with them. */
const REFERS_BY_SEX = /(?<!\p{L})(?:er|sie|ihm|ihn|ihnen|sein\p{Ll}*|ihr\p{Ll}*)(?!\p{L})/iu;

/**
 * The clause's words with the unnamed person who opens them as one of the other sex ("Ein maskierter Mann" → "Eine
 * maskierte Frau", "Eine 30-jährige Autofahrerin" → "Ein 30-jähriger Autofahrer"): the adjectives' ending after the
 * indefinite article follows the sex. Undefined where no such person opens them, an adjective has another ending, or
 * the clause refers to the person again ("verlor die Kontrolle über seinen Wagen").
 */
function withOtherSexPerson(words: string): string | undefined {
  const found = UNNAMED_PERSON.exec(words);
  if (!found) return undefined;
  const [whole, article, adjectives, noun] = found as unknown as [string, string, string, string];
  const other = OTHER_SEX_NOUN.get(noun);
  const masculine = article === "Ein";
  if (!other || masculine !== UNNAMED_PERSON_NOUNS.some(([man]) => man === noun) || REFERS_BY_SEX.test(words.slice(whole.length))) return undefined;
  const turned = adjectives
    .split(" ")
    .filter((adjective) => adjective !== "")
    .map((adjective) => (masculine ? (adjective.endsWith("er") ? adjective.slice(0, -1) : undefined) : adjective.endsWith("e") ? `${adjective}r` : undefined));
  if (turned.some((adjective) => adjective === undefined)) return undefined;
  return `${[masculine ? "Eine" : "Ein", ...turned, other].join(" ")}${words.slice(whole.length)}`;
}

export function compoundPastQuestions(doc: DocContext, pool: Pool): Question[] {
  const questions: Question[] = [];
  // A sentence where someone acts or speaks is asked by its actor or speaker (claims.ts).
  const claimed = [...doc.facts.actions, ...doc.facts.quotes];
  for (const sentence of doc.sentences) {
    // The cheap tests first: most sentences have an actor or speaker, or a mark no such clause holds.
    if (claimed.some((claim) => claim.start < sentence.end && sentence.start < claim.end)) continue;
    const raw = doc.text.slice(sentence.start, sentence.end);
    if (CLAUSE_BREAKING_MARK.test(raw)) continue;
    const written = foldSpaces(raw.trim());
    // "..., wie das Ministerium mitteilte.": the source stays with the clause, after its participle.
    const source = REPORTED_BY.exec(written);
    const told = source ? `${written.slice(0, source.index)}.` : written;
    const withSource = (found: CompoundPast | undefined) => (found && source ? { ...found, tail: source[0].slice(0, -1) } : found);
    // A compound past is stated in the other past tense, a change in the simple past or the present in the perfect.
    const found = compoundPast(told);
    // A relative clause of its own and a source after it: too long a statement.
    const compound = source && found?.tail ? undefined : withSource(found);
    const change = compound ? undefined : withSource(changeInPerfect(told));
    // Any other event in the simple past, told in the perfect: where it happened may be changed as a compound past's.
    // Not where it names a person of the text: who did it is then asked by claims.ts, and the figure left to change a side detail.
    const past = compound || change || namesPerson(doc, sentence) ? undefined : withSource(pastInPerfect(told));
    // A duty or plan that names nobody who acts ("Die Causa muss neu verhandelt werden."): stated as written.
    const plan = compound || change || past ? undefined : withSource(modalPassive(told));
    const clause = compound ?? change ?? past ?? plan;
    const phrased = compound ? inOtherTense : asWritten;
    if (!clause || NEGATED.test(written) || FIRST_PERSON.test(written)) continue;
    const evidence = evidenceFor(doc, sentence);
    if (!evidence || evidence.start !== sentence.start) continue;
    // "In Marokko ist ...": where the event happened is asked by countryplaces.ts.
    if (opensWithCountry(doc, sentence, clause.forefield)) continue;
    const truth = phrased(clause);
    // Read alone, the statement must say what it is about: no pointer, no noun that an earlier sentence introduced.
    if (!truth || !standsAlone(doc, sentence) || backReferences(doc, truth, { at: evidence.start }).length > 0) continue;
    // The clause without its tail and "worden", where the changes of claims.ts look for the deed's country or figure
    // (verbCore takes the participle closing it); the fore-field may hold them ("Mehr als 6400 Menschen sind ...").
    const words = `${clause.forefield} ${clause.auxiliary}${spaced(clause.middle)} ${clause.participle}`;
    const stated = (changed: string | undefined) => {
      if (changed !== undefined && plan) {
        const other = modalPassive(`${changed} werden.`);
        return other && asWritten({ ...other, tail: clause.tail });
      }
      const other = changed === undefined ? undefined : compoundPast(`${changed}${clause.worden ? " worden" : ""}${clause.tail}.`);
      return other && phrased(other);
    };
    // A change in a figure is false with another figure or the opposite change: another country's figure may be true.
    const otherCountry = compound || past ? stated(inOtherCountry(doc, pool, evidence, clause.auxiliary, words, isLocation)) : undefined;
    const otherFigure = stated(withOtherFigure(doc, words, `${doc.id}:${sentence.start}:compound`));
    // "ist ... gestiegen" as "ist ... gesunken": the opposite event. Not "ist kaum gestiegen", so small a change that
    // "kaum gesunken" may hold as well, nor "ist von 100 auf 80 gesunken", whose figures tell the direction.
    const opposites = REFLEXIVE_WORD.test(clause.middle) ? REFLEXIVE_OPPOSITE_PARTICIPLES : OPPOSITE_PARTICIPLES;
    const opposite = mayTurnChange(clause.middle) ? opposites.get(clause.participle) : undefined;
    const otherEvent = opposite === undefined ? undefined : phrased({ ...clause, participle: opposite });
    // What befell the victims, where no figure of theirs is the news: another outcome ("leicht" for "schwer verletzt").
    const harm = compound && !otherCountry && !otherEvent && !otherFigure ? otherHarm(doc, compound, phrased) : undefined;
    // Where the clause names a country by its adjective only ("ein syrischer Pass"): another country's adjective.
    const otherAdjective =
      (compound || past) && !otherCountry && !otherFigure && !otherEvent && !harm
        ? stated(withOtherCountryAdjective(doc, sentence, words, verbCore(clause.auxiliary, words)))
        : undefined;
    // A passive that none of these changes is denied: "Die alte Brücke wurde im Frühjahr abgerissen."
    // "Ein maskierter Mann hat ... überfallen": who did it, where the text names nobody, as one of the other sex. Only a
    // deed told with "haben": what befell a victim ("ist ... ums Leben gekommen") is changed by its outcome (otherHarm).
    const deed = (compound || past) && !SEIN.has(clause.auxiliary) && !clause.worden;
    const otherSex = deed && !otherCountry && !otherFigure && !otherEvent && !harm && !otherAdjective ? stated(withOtherSexPerson(words)) : undefined;
    const unchanged = !otherCountry && !otherFigure && !otherEvent && !harm && !otherAdjective && !otherSex;
    const denial = unchanged ? (compound ? deniedPassive(clause, phrased) : plan ? deniedPlan(plan) : undefined) : undefined;
    // The opposite change before another figure: which way a figure went is the news, its exact value a detail.
    const falsehood = otherCountry ?? otherEvent ?? otherFigure ?? harm ?? otherAdjective ?? otherSex ?? denial;
    if (!falsehood || falsehood === truth) continue;
    const common = {
      documentId: doc.id,
      topic: "action" as const,
      key: `${sentence.start}:compound`,
      // One event told twice ("festgenommen" in the teaser and in the body) is asked once.
      fact: `compound:${clause.participle}`,
      salience: salienceOf(doc, "action", sentence),
      evidence,
      moreEvidence: [],
    };
    questions.push(trueFalse({ ...common, key: `${common.key}:true`, stem: STATEMENT_STEM }, truth, true));
    questions.push(trueFalse({ ...common, key: `${common.key}:false`, stem: STATEMENT_STEM }, falsehood, false, truth));
    // Side by side as a choice, as an actor's deed is: a country the text never names would give the true one away to scanning.
    // Another figure where it has one: the true/false pair already asks the opposite change.
    const wrong = otherFigure ?? otherEvent ?? harm ?? (otherCountry === undefined ? (otherAdjective ?? otherSex) : undefined);
    const comparable = wrong !== undefined && truth.length <= MAX_CHOICE_STATEMENT_LENGTH && wrong.length <= MAX_CHOICE_STATEMENT_LENGTH;
    const choice =
      wrong && comparable && !deniedTwins(truth, wrong)
        ? single({ ...common, key: `${common.key}:which`, stem: WHICH_STEM }, { text: truth }, [{ text: wrong }])
        : undefined;
    if (choice) questions.push(choice);
  }
  return questions;
}
