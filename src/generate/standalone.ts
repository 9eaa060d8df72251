/**
 * Whether a sentence of the text can stand alone as a gap text or inside a statement: a learner sees
 * only this sentence, so it must not lean on an earlier one through a pronoun ("er", "sie"), a
 * pronominal adverb ("dafür", "darüber", "hierbei"), a demonstrative ("dieser", "dort", "hier") or an epithet for
 * someone or something named before ("die 52-Jährige", "der Konzern"); and it must be a sentence,
 * not a subtitle fragment ("Insgesamt 40 Angriffe."). A pronoun after a name in the same sentence
 * ("Merkel sagte, sie werde ...") points to that name and is fine.
 */
import { AS_SAID_VERBS, SAYING_VERBS } from "../extract/data/claims";
import { MONTHS, WEEKDAYS } from "../extract/data/dates";
import { TOWN_EPITHETS } from "./data/local-government";
import {
  ANAPHORIC_EPITHETS,
  BODY_POINTING_NOUNS,
  CULPRIT_EPITHETS,
  EASE_ADJECTIVES,
  FORWARD_OBJECT_PHRASES,
  GENERIC_PEOPLE_PLURALS,
  namesSource,
  NOT_FRAME_NOUNS_AFTER_IN,
  POINTING_NOUNS,
  POSSESSIVE,
  POSSESSIVE_WORDS,
  TIME_NOUNS,
} from "./data/anaphora";
import { isRoleWord } from "../extract/persons";
import { anyOfWords, matchesOf, mayHoldAnyOf } from "../extract/text";
import type { Gender, Span } from "../extract/types";
import { articleSentenceAt, type DocContext, perDocument, spanText } from "./context";
import { pointedSubjectOf, pointersOf } from "./pointedsubjects";
import { nounStem } from "./nounstems";
import { wholeWordsAt } from "./wholewords";

/** Fewer words than this, and a sentence is a subtitle or a fragment, not a statement one can ask about. */
const MIN_WORDS = 6;

/**
 * Third-person pronouns: they stand for someone the sentence must have named before. The word comes first
 * and the look-behind after it (no word of the list ends in another): a look-behind first is tried at every position.
 */
const PRONOUN = /(?:er|sie|ihm|ihn|ihnen|es)(?<![\p{L}\p{N}-](?:er|sie|ihm|ihn|ihnen|es))(?![\p{L}\p{N}-])/giu;
/**
 * Pronominal adverbs and demonstratives: they point at what an earlier sentence said. Here and below, as in
 * POSSESSIVE (possessives: "seine Reise" needs someone in the sentence whose it is), the words come first and the
 * look-behind after them, on the words matched (`\1`): a look-behind first is tried at every position.
 */
const POINTER =
  /(da(?:bei|für|gegen|ran|rauf|raus|rin|rüber|runter|von|vor|zu|durch|nach|neben|hinter|zwischen)|dort(?:hin|her|ige[mnrs]?)?|hier(?:bei|für|zu|von|mit|über|durch|auf|aus|nach|an|in)?|dies|diese[mnrs]?|jene[mnrs]?|solche[mnrs]?|(?:entsprechend|besagt|derartig)e[mnrs]?|derselbe|dieselbe|dasselbe|denselben|demselben|ebenda|ebendort|damals|andernfalls|anderenfalls|ansonsten)(?<![\p{L}\p{N}-]\1)(?![\p{L}\p{N}-])/giu;
/**
 * Words that open with one of a row: "Ein erster Schritt sei im Frühjahr möglich", "Ein weiteres Problem ist ...": the
 * row is what the sentence before began. Inside a sentence ("eine weitere Zunahme", "noch ein zweites Smartphone") the
 * sentence says itself what the row is.
 */
const OPENS_ONE_OF_A_ROW = /^[„"]?(?:Ein|Eine)\s+(?:erste|zweite|dritte|weitere)[mnrs]?\s+\p{Lu}/u;
/**
 * "Die beiden Missionen sollen ...", "Beide Seiten werfen sich vor ...": the two are what the sentences before named,
 * which the sentence alone does not say.
 */
const OPENS_WITH_THE_TWO = /^[„"]?(?:(?:Die|Der|Den)\s+beiden|Beide)\s+\p{Lu}/u;
/** What a pointer may point forward to, in the same sentence: "darauf, dass ...", "darüber, wie ...". */
const POINTS_FORWARD = /^\s*,?\s*(?:dass|ob|wie|wer|was|wo|wann|warum|weshalb|zu)(?!\p{L})/iu;
/**
 * An infinitive clause after a comma, which a pointer before it may point forward to: "rechne damit, in einem Jahr
 * akkreditiert zu sein", "weit davon entfernt, perfekt zu sein"; not one of purpose ("um ... zu"), which says why.
 */
const INFINITIVE_CLAUSE =
  /^\s*,\s*(?!(?:um|ohne|statt|anstatt)\s)[^,.;:–]*?(?:\szu\s+\p{Ll}+(?:en|ern|eln|n)|\s(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zurück|zusammen)zu\p{Ll}+en)(?=\s*(?:[,.;:!?–]|$))/u;
/** A word between the pointer and what it points forward to: "gehen davon aus, dass ...". */
const WORD_THEN_FORWARD = /^\s+(\p{Ll}+)(?=\s*,\s*)/u;

/**
 * Whether a pro-adverb ("darauf", "davon") points forward, to the clause after it: right before it, or as the object of
 * a verb whose particle stands between them ("davon aus, dass"; FORWARD_OBJECT_PHRASES).
 */
export function pointsForward(word: string, after: string): boolean {
  if (POINTS_FORWARD.test(after) || INFINITIVE_CLAUSE.test(after)) return true;
  const between = WORD_THEN_FORWARD.exec(after);
  if (between === null || !FORWARD_OBJECT_PHRASES.has(`${word.toLowerCase()} ${between[1]}`)) return false;
  const rest = after.slice(between[0].length);
  return FORWARD_CLAUSE.test(rest) || INFINITIVE_CLAUSE.test(rest);
}

/** The clause a pointer with its verb's particle points to: "davon aus, dass ...". */
const FORWARD_CLAUSE = /^\s*,\s*(?:dass|ob|wie|wer|was|wo|wann|warum|weshalb)(?!\p{L})/u;
/** "dort, wo ...", "dass man dort eingreift, wo ...": the clause after it says which place. */
const PLACE_CLAUSE_AFTER = /^(?:\s+\p{Ll}+)?\s*,?\s*(?:wo|wohin|woher)(?!\p{L})/u;

/** A clause of "was" or "wie" after the sentence's own clause, before "dabei": ", was dabei ...". */
const DURING_CLAUSE_BEFORE = /\S\s*,\s*(?:was|wie)\s+$/u;
/** "davon", "darunter" after a figure point at it: "352 Verletzte, 99 davon". */
const PART_OF = /^(?:davon|darunter)$/iu;
/**
 * A figure before "davon", "darunter": digits, the gap of one, or a number word ("mit zwei Milliarden Euro – davon 1,6
 * Milliarden für ..."), or the gap of one in gap texts, which backrefs.ts reads ("___").
 */
const FIGURE_BEFORE_PART = /(?:\d|___|(?<!\p{L})(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|hundert|tausend)(?!\p{L}))/iu;
/** The figure that counts the part, right before "davon", "darunter": "99 davon", "sechs davon", "1,5 Millionen davon". */
const PART_COUNT_BEFORE =
  /(?:(?<![\p{L}\d])\d(?:[\d.,]*\d)?|___|(?<!\p{L})(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|hundert|tausend))(?:\s+(?:Prozent|Millionen|Milliarden))?\s+$/iu;
/** A mark that ends a clause of the sentence: "352 Verletzte, 99 davon", "190 Flüchtlinge – darunter". */
const CLAUSE_MARK = /,(?!\d)|[;:–—(]|\sund\s/u;
/** A figure, then a clause mark: the whole that "davon", "darunter" after it counts a part of ("352 Verletzte, "). */
const FIGURE_THEN_CLAUSE_MARK = new RegExp(`${FIGURE_BEFORE_PART.source}.*?(?:${CLAUSE_MARK.source})`, "iu");
/**
 * Whether "davon", "darunter" after `before` counts a part of a whole the same sentence names: a figure in an earlier
 * clause ("mit zwei Milliarden Euro – davon 1,6 Milliarden", "352 Verletzte, 99 davon"), or a part's figure right
 * before it after a clause that names the whole ("Stimmberechtigte: ___ davon aus Wien"). Not "Sechs davon wurden
 * beschädigt" nor "85 Prozent seien davon weit entfernt": of what, an earlier sentence said.
 */
export function countsPartOfSentence(before: string): boolean {
  if (FIGURE_THEN_CLAUSE_MARK.test(before)) return true;
  const count = PART_COUNT_BEFORE.exec(before);
  return count !== null && CLAUSE_MARK.test(before.slice(0, count.index));
}
/**
 * "soll 899 Euro kosten und damit günstiger sein", "sank um fünf Prozent und damit auf den tiefsten Stand": "und damit"
 * after words of the same sentence points back to its own clause, which the question shows.
 */
const AND_AFTER_CLAUSE = /\S\s+und\s+$/u;
/** "damit" after a comma opens a clause of purpose ("…, damit alle kommen"); elsewhere it points back. */
const DAMIT = /(damit)(?<![\p{L}\p{N}-]\1)(?![\p{L}\p{N}-])/giu;
/** "es gibt", "gibt es", "Es wurden 40 Menschen verletzt": an "es" that stands for nothing. */
const EXPLETIVE_ES =
  /(es\s+(?:gibt|gab|gebe|gäbe|geht|ging|gehe|handelt|handelte|handle|kam|kommt|komme|heißt|hieß|hieße|fehlt|fehlte|bleibt|blieb)|(?:gibt|gab|gebe|gäbe|geht|ging|gehe|handelt|handelte|heißt|hieß|fehlt|fehlte|bleibt|blieb)\s+es)(?<![\p{L}]\1)(?![\p{L}])/giu;
const OPENING_ES = /^Es\s+(?:wurden?|werden|wird|würden?|sei|seien|habe|hatte|herrscht|herrschte|bestehe|besteht|bestand|laufen|liefen)(?!\p{L})/u;
/** "nach ihren Angaben", "seinen Worten zufolge": whose words, which the question does not depend on. */
const ATTRIBUTION =
  /(?:[Nn]ach|[Ll]aut)\s+(?:seinen|ihren)\s+(?:eigenen\s+)?(?:Angaben|Worten|Aussagen|Schätzungen)|(?:seinen|ihren)\s+(?:eigenen\s+)?(?:Angaben|Worten)\s+(?:zufolge|nach)/u;
/*
 * The expressions of an expletive "es" below look for their verb within its clause, up to a mark: a point or comma
 * between digits ("2.500 Probanden", "1,5 Millionen") is a figure's, which ends no clause.
 */
/** "Es soll auch einen Testbetrieb geben", "künftig könne es ... geben": "es gibt" with a modal verb. */
const MODAL_THEN_GEBEN =
  /(?:es\s+(?:soll|sollte|solle|wird|werde|würde|kann|könne|könnte|muss|müsse|müsste|dürfte|dürfe|darf|mag|möge)|(?:soll|sollte|solle|wird|werde|würde|kann|könne|könnte|muss|müsse|müsste|dürfte|dürfe|darf)\s+es)(?!\p{L})(?:[^,.;:]|(?<=\d)[.,](?=\d))*?\sgeben(?!\p{L})/giu;
/** "dass es ein ganz offenes Gesprächsklima gebe", "ob es Verletzte gegeben habe": "es gibt" in a subordinate clause, "geben" at its end. */
const SUBORDINATE_GEBEN =
  /(?:dass|ob|weil|wenn|obwohl)\s+es\s(?:[^,.;:]|(?<=\d)[.,](?=\d))*?(?:gibt|gab|gebe|gäbe|gegeben\s+(?:hat|habe|hatte|hätte))(?=\s*(?:[,.;:]|$))/giu;
/**
 * "Laut dem Staatsanwalt habe es drei Teams gegeben", "Es hat zwei Tote gegeben": the perfect of "es gibt", whose "es"
 * stands for nothing. Not where someone gave "es" to someone: a pronoun subject before the auxiliary ("Er hat es ihr
 * gegeben") or a dative right after "es" ("hat es dem Sohn gegeben").
 */
const PERFECT_GEBEN =
  /(?:es\s+(?:hat|habe|hatte|hätte)|(?<!(?<!\p{L})(?:er|sie|ich|wir|ihr|du|man)\s+)(?:hat|habe|hatte|hätte)\s+es)(?!\p{L})(?!\s+(?:ihm|ihr|ihnen|mir|dir|uns|euch|dem|einem|einer)(?!\p{L}))(?:[^,.;:]|(?<=\d)[.,](?=\d))*?\sgegeben(?!\p{L})/giu;
/** "Es ist das erste Treffen seit ...": an "es" that presents the event the text reports. */
const PRESENTING_ES = /^Es\s+(?:ist|war|sei)\s+(?:der|die|das|ein|eine)\s/u;
/** "die 52-Jährige", "der 70-jährige": an age for someone named before. */
const AGE_EPITHET = /(?<![\p{L}])(?:[Dd]er|[Dd]ie|[Dd]en|[Dd]em|[Dd]es)\s+\d+-[Jj]ährige[nr]?(?![\p{L}])/u;
/** "die gleiche Summe", "im selben Zeitraum", "am gleichen Tag": what an earlier sentence said. */
const SAME_AS_BEFORE = /(?<![\p{L}])(?:der|die|das|den|dem|des|im|am|zum|zur|vom|beim)\s+(?:gleiche[nrs]?|selbe[nrs]?)(?![\p{L}])/iu;

/** Names and places the text mentions, by start offset: what a pronoun after them may stand for. */
const namesOf = perDocument(({ facts }) =>
  [
    ...facts.persons.flatMap((person) => person.mentions.map((mention) => mention.start)),
    ...facts.countries.flatMap((country) => country.mentions.map((mention) => mention.start)),
    ...facts.places.flatMap((place) => place.mentions.map((mention) => mention.start)),
    ...facts.quotes.map((quote) => quote.speaker.start),
    // An actor "Er" (src/extract/actions.ts) is itself a pronoun, no name.
    ...facts.actions.filter((action) => !action.antecedent).map((action) => action.actor.start),
  ].sort((a, b) => a - b),
);

/** A capitalised name after a preposition of place without an article ("nach Niederösterreich", "in Wiener Neustadt"). */
const PLACE_AFTER_PREPOSITION = /(nach|in|aus)(?<!\p{L}\1)\s+\p{Lu}\p{Ll}[\p{L}-]*/u;
/**
 * Who the text names as someone who does or says something (persons, speakers, actors), by start offset: what a
 * possessive before them may stand for ("Vor seiner Reise sagte Erdogan ..."). Not a place named after the possessive:
 * "sei seine Forderung ... von der ÖVP Burgenland konterkariert worden" is nobody's the sentence names.
 */
const possessorsOf = perDocument(({ facts }) =>
  [
    ...facts.persons.flatMap((person) => person.mentions.map((mention) => mention.start)),
    ...facts.quotes.map((quote) => quote.speaker.start),
    ...facts.actions.filter((action) => !action.antecedent).map((action) => action.actor.start),
  ].sort((a, b) => a - b),
);

/** Places and countries the text mentions, by start offset: what "dort" after them may stand for. */
const placesOf = perDocument(({ facts }) =>
  [
    ...facts.countries.flatMap((country) => country.mentions.map((mention) => mention.start)),
    ...facts.places.flatMap((place) => place.mentions.map((mention) => mention.start)),
  ].sort((a, b) => a - b),
);

/** Whether something is named in [from, to): a pronoun at `to` can stand for it. */
function namedBetween(doc: DocContext, from: number, to: number, starts = namesOf(doc)): boolean {
  // The starts are sorted: the first at or after `from`, found by halving, says it.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < starts.length && starts[low]! < to;
}

/** A definite article (or one merged with a preposition) and the capitalised word after it, and the word after that. */
const DEFINITE_NOUN =
  /(?<![\p{L}])(?:[Dd](?:er|ie|as|en|em|es)|beim|im|vom|zum|zur)\s+(?:\p{Ll}[\p{L}-]*(?:e|en|er|es|em)\s+){0,2}(\p{Lu}[\p{L}-]*)([.,;:!?]?)(?:\s+(?:(?:in|aus|von|vom)\s+)?(\p{Lu})?)?/gu;

/**
 * The epithets that no shorter one begins ("Konzern" for "Konzerns"): a text that holds none of them holds
 * no epithet, and one search for all of them at once (anyOfWords, case-sensitive here) spares DEFINITE_NOUN's run over every sentence.
 */
const EPITHET_STARTS = anyOfWords([...ANAPHORIC_EPITHETS].filter((word) => ![...ANAPHORIC_EPITHETS].some((other) => other !== word && word.startsWith(other))));

/**
 * An epithet ("der Konzern", "beim Unternehmen", "das kommunistische Regime") with no name right after it to
 * say who is meant ("der Konzern Siemens", "das Regime in Pjöngjang") nor an indefinite genitive.
 */
function hasEpithet(text: string, ownTown = false, oneCulprit = false): boolean {
  if (!EPITHET_STARTS.test(text)) return false;
  const source = sourceClauseOf(text);
  return matchesOf(DEFINITE_NOUN, text).some(
    (match) =>
      ANAPHORIC_EPITHETS.has(match[1]!) &&
      !(ownTown && TOWN_EPITHETS.has(match[1]!)) &&
      !(oneCulprit && CULPRIT_EPITHETS.has(match[1]!)) &&
      (match[2] !== "" || match[3] === undefined) &&
      !(COMPANY_EPITHETS.has(match[1]!) && namesCompanysOffice(text)) &&
      !INDEFINITE_GENITIVE_AFTER.test(text.slice(match.index + match[0].indexOf(match[1]!) + match[1]!.length)) &&
      // "begrüßte den Vorschlag, die Gespräche fortzusetzen": the clause after it says which.
      !(POINTING_NOUNS.has(match[1]!) && saysWhichAfter(text.slice(match.index + match[0].indexOf(match[1]!) + match[1]!.length))) &&
      !(source !== undefined && match.index >= source.start && match.index < source.end),
  );
}

/**
 * The pointing nouns (POINTING_NOUNS) that no shorter one begins ("Plan" for "Plans"): a text that holds none of them
 * holds no such noun, and one search for all of them at once spares POINTING_NOUN_PHRASE's run over every deed.
 */
const POINTING_NOUN_STARTS = anyOfWords([...POINTING_NOUNS].filter((word) => ![...POINTING_NOUNS].some((other) => other !== word && word.startsWith(other))));
/** A definite article (or one merged with a preposition), up to two adjectives and a capitalised word: the noun, captured. */
const POINTING_NOUN_PHRASE =
  /(?<![\p{L}])(?:[Dd](?:er|ie|as|en|em|es)|beim|im|vom|zum|zur)\s+(?:\p{Ll}[\p{L}-]*(?:e|en|er|es|em)\s+){0,2}(\p{Lu}[\p{L}-]*)(?![\p{L}-])/gu;
/**
 * What says, right after a pointing noun, which one is meant: a genitive or "von" ("die Vorwürfe der Staatsanwaltschaft"),
 * a genitive without article ("die Ankündigung konkreter Maßnahmen"), the preposition of what it is about ("die
 * Forderung nach mehr Personal", "die Kritik an der Regierung"), a name, a quote or bracket, a clause of "dass" or a
 * relative clause ("das Angebot, das Meier vorlegte"). Not "auf", "in", "am": mostly where or when it happened ("wies
 * die Vorwürfe auf einer Pressekonferenz zurück").
 */
const SAYS_WHICH_AFTER =
  /^(?:\s+(?:der|des|eines|einer|von|vom|nach|zur|zum|zu|über|gegen|an|für|um|wegen|zwischen|namens)\s|\s+(?!(?:aber|oder|immer|wieder|weiter|später|früher|bisher|daher|unter|hinter|außer|sicher|lieber)\s)\p{Ll}+er\s+\p{Lu}|\s+\p{Lu}|\s*[(„"“]|\s*[,:]?\s*(?:dass|ob|wonach|wie)(?!\p{L})|\s*,\s*(?:der|die|das|den|dem|deren|dessen|welche[mnrs]?)(?!\p{L}))/u;

/** Whether the words after a pointing noun say which one is meant (SAYS_WHICH_AFTER, or an infinitive clause: "den Vorschlag, ... zu senken"). */
function saysWhichAfter(after: string): boolean {
  return SAYS_WHICH_AFTER.test(after) || INFINITIVE_CLAUSE.test(after);
}

/**
 * Whether a deed or someone's words name with a definite article what an earlier sentence said, proposed or decided,
 * and not which ("Er wies die Vorwürfe zurück", "lehnte das Angebot ab", "begrüßte die Initiative"): on its own, the
 * statement or option does not tell the learner which accusations, which offer.
 */
function hasBarePointingNoun(text: string, spoken = false): boolean {
  if (!POINTING_NOUN_STARTS.test(text)) return false;
  for (const match of matchesOf(POINTING_NOUN_PHRASE, text)) {
    const noun = match[1]!;
    if (!POINTING_NOUNS.has(noun) || (spoken && BODY_POINTING_NOUNS.has(noun))) continue;
    // "liegen über dem Plan", "im Plan": the schedule, no plan told before.
    if (noun === "Plan" && (match[0].startsWith("im") || SCHEDULE_BEFORE.test(text.slice(0, match.index)))) continue;
    if (!saysWhichAfter(text.slice(match.index + match[0].length))) return true;
  }
  return false;
}

/** A preposition that makes "dem Plan" after it the schedule: "über dem Plan", "hinter dem Plan". */
const SCHEDULE_BEFORE = /(?<!\p{L})(?:über|unter|hinter|nach|vor)\s+$/u;

/**
 * An indefinite genitive after an epithet ("die Täter einer Einbruchsserie", "die Frau eines Landwirts"): it brings in
 * whom the epithet belongs to, a new one, not someone or something named before.
 */
const INDEFINITE_GENITIVE_AFTER = /^\s+(?:eines|einer)\s+\S/u;

/** A clause of "wie" that closes the sentence and names who reported it: ", wie das Unternehmen am Donnerstag mitteilte." */
const CLOSING_SOURCE_CLAUSE = /,\s+wie\s+[^,;:„“"]+?\s(\p{Ll}+)[.!]?$/u;
/** The same clause opening the sentence: "Wie der Konzern mitteilte, ...". */
const OPENING_SOURCE_CLAUSE = /^Wie\s+[^,;:„“"]+?\s(\p{Ll}+),/u;

/**
 * Where the sentence says who reported it in a clause of "wie" ("..., wie das Unternehmen mitteilte"): an epithet
 * there ("das Unternehmen", "der Konzern") names the source of the report, not what the sentence asks or states; the
 * sentence stands alone without knowing which company it is.
 */
function sourceClauseOf(text: string): Span | undefined {
  const closing = CLOSING_SOURCE_CLAUSE.exec(text);
  if (closing && AS_SAID_VERBS.has(closing[1]!)) return { start: closing.index, end: text.length };
  const opening = OPENING_SOURCE_CLAUSE.exec(text);
  if (opening && AS_SAID_VERBS.has(opening[1]!)) return { start: 0, end: opening[0].length };
  return undefined;
}

/** Epithets of a company ... */
const COMPANY_EPITHETS: ReadonlySet<string> = new Set(["Konzern", "Konzerns", "Unternehmen", "Unternehmens", "Firma"]);

/**
 * ... which the sentence resolves where it names an office by a company's name ("Aktionäre des Konzerns,
 * sagte Siemens-Chef Joe Kaeser"): that company is the one meant.
 */
function namesCompanysOffice(text: string): boolean {
  COMPANY_OFFICE.lastIndex = 0;
  for (let match = COMPANY_OFFICE.exec(text); match !== null; match = COMPANY_OFFICE.exec(text)) if (isRoleWord(match[1]!)) return true;
  return false;
}

/** A name and an office joined by a hyphen ("Siemens-Chef", "VW-Sprecherin"): the office, captured. */
const COMPANY_OFFICE = /(?<![\p{L}-])\p{Lu}[\p{L}]*-(\p{Lu}\p{Ll}+)(?![\p{L}-])/gu;

/** The word after spaces. */
const NEXT_WORD = /^\s+(\p{L}+)/u;

/** A demonstrative of time ("diese Woche", "dieses Jahres") points at the date of the text, which is fine. */
function pointsAtTime(text: string, index: number, length: number): boolean {
  const next = NEXT_WORD.exec(text.slice(index + length))?.[1];
  return next !== undefined && TIME_NOUNS.has(next);
}

/** A capitalised word after the first word. */
const NOUN_AFTER_FIRST_WORD = /^\S+\s.*?(?<![\p{L}])\p{Lu}\p{Ll}/u;

/** Whether a noun (a capitalised word, the sentence's first word aside) stands in `text` before `index`. */
function nounBefore(text: string, index: number): boolean {
  const before = text.slice(0, index);
  if (!NOUN_AFTER_FIRST_WORD.test(before)) return false;
  // "Vor einem dreiviertel Jahr hingegen sei seine Forderung ...": a time is nobody's.
  CAPITALISED_AFTER_FIRST.lastIndex = 0;
  for (let match = CAPITALISED_AFTER_FIRST.exec(before); match !== null; match = CAPITALISED_AFTER_FIRST.exec(before))
    if (!TIME_NOUNS.has(match[0])) return true;
  return false;
}

/** Capitalised words after the first word (for nounBefore's look at what they are). */
const CAPITALISED_AFTER_FIRST = /(?<=\s)\p{Lu}\p{Ll}[\p{L}-]*/gu;

interface Pointer {
  index: number;
  /** "dort": fine where the sentence names a place before it. */
  place: boolean;
  /** "Das ist ...": it points back from its own clause only, unlike an opening "Er" or "Dabei", on which the whole sentence hangs. */
  clauseOnly?: boolean;
  /** "hier": the whole sentence is about that place or thing ("kommen hier nur drei Studierende – im Schnitt sind es 17"). */
  wholeSentence?: boolean;
}

/** A relative clause a few words on. */
const RELATIVE_CLAUSE_AFTER = /^[^.,;:]{0,60},\s*(?:der|die|das|den|dem|denen|deren|dessen|welche[mnrs]?)(?!\p{L})/u;
/**
 * "jene" with its noun and a comparison of "wie" a few words on, in the same clause: "nur ein Viertel jener Menge
 * aufgenommen wie im Wald ohne Lianen", "jene Fehler wie im Vorjahr". The comparison says which; no earlier sentence is
 * needed. Shared with backrefs.ts.
 */
export const COMPARISON_AFTER = /^\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*(?:\s+[^\s.,;:!?–()]+){0,3}\s+wie\s+[^\s.,;:!?]/u;

/** "habe man", "man müsse": "man" with the subjunctive of reported speech, the speaker's side. */
const REPORTED_MAN = /((?:habe|sei|werde|könne|müsse|wolle|solle|dürfe)\s+man|man\s+(?:habe|sei|werde|könne|müsse|wolle|solle|dürfe))(?<!\p{L}\1)(?!\p{L})/u;
/** Who said it, in the sentence: "so X", "laut X", "X zufolge", "nach Angaben". */
const ATTRIBUTION_WORDS = /(so|[Ll]aut|zufolge|Angaben)(?<!\p{L}\1)(?!\p{L})/u;
const WORDS = /\p{L}+/gu;

/**
 * "... habe man bisher rund 170 Beschlüsse gefasst": someone's words in reported speech, and the sentence
 * does not say whose (a quote's words are asked with their speaker, so this is for whole sentences only).
 */
function unattributedSpeech(text: string): Pointer[] {
  // REPORTED_MAN, with its look-behind on every verb it lists, only where "man" stands.
  const reported = text.includes("man") ? REPORTED_MAN.exec(text) : null;
  return reported && !attributed(text) ? [{ index: reported.index, place: false, wholeSentence: true }] : [];
}

/** Whether a sentence says whose words it gives: a verb of saying or an attribution. */
function attributed(text: string): boolean {
  if (ATTRIBUTION_WORDS.test(text)) return true;
  WORDS.lastIndex = 0;
  for (let match = WORDS.exec(text); match !== null; match = WORDS.exec(text)) if (SAYING_VERBS.has(match[0])) return true;
  return false;
}

/**
 * A sentence that opens by saying it follows from, or goes against, what came before, or gives the reason of
 * what came before ("Grund ist ein Interview ...": the reason for what? "Grund für den Streit ist" says).
 */
const CONSEQUENCE_OPENER =
  /^(?:Trotzdem|Dennoch|Deshalb|Deswegen|Daher|Darum|Folglich|Somit|(?:Grund|Hintergrund|Anlass|Auslöser|Ursache)\s+(?:ist|war|sei|sind|waren))(?!\p{L})/u;
/**
 * The same inside a clause ("werden deshalb dezentral geleitet", "Polen war daher ... verantwortlich"): therefore, despite what?
 * The words first and the look-behind after them, on the word matched (`\1`): a look-behind first is tried at every position.
 */
const CONSEQUENCE = /(trotzdem|dennoch|deshalb|deswegen|daher|darum|daraufhin|folglich)(?<!\p{L}\1)(?!\p{L})/gu;
/** CONSEQUENCE's words, searched for at once (anyOfWords, case-sensitive as it is): most sentences have none. */
const CONSEQUENCE_WORDS = anyOfWords(["trotzdem", "dennoch", "deshalb", "deswegen", "daher", "darum", "daraufhin", "folglich"]);
/** The expression and the words it cannot match without: what its tests check the guard against. */
export const GUARDED_CONSEQUENCE: readonly [RegExp, RegExp] = [CONSEQUENCE, CONSEQUENCE_WORDS];
/** "Als Grund nannte ...", "nannte als Begründung ...": the reason for something the sentence does not name ("als Grund für den Rückzug" does). */
const REASON_FOR_WHAT = /([Aa]ls|[Zz]ur)(?<!\p{L}\1)\s+(?:Grund|Begründung|Ursache|Anlass)(?!\s+(?:für|dafür)(?!\p{L}))(?!\p{L})/gu;
/** "... vor allem deshalb eine Sensation, weil ...": the reason follows in the same sentence. */
const REASON_FOLLOWS = /^[^.;:]*?,?\s*(?:weil|dass|da|damit)(?!\p{L})/u;
/**
 * A reason or a concession that opens the clause ("Wegen fehlender Grundstücke seien deshalb weiter Notquartiere
 * nötig", "Trotz der Kritik hält sie dennoch daran fest"), which the consequence word after the verb only takes up
 * again. Only where it opens the clause (after a colon too, as in a statement of someone's words): inside a noun phrase
 * ("Die wegen Betrugs Angeklagten sind deshalb ...") it is no reason of the clause, and the word points back.
 */
const REASON_OPENS = /(?:^|[:;]\s+)(?:(?:und|aber|doch)\s+)?(?:wegen|aufgrund|angesichts|infolge)\s[^:;]*$/iu;
const CONCESSION_OPENS = /(?:^|[:;]\s+)(?:(?:und|aber|doch)\s+)?trotz\s[^:;]*$/iu;
/** The consequence words that take up a concession ("dennoch"); the others take up a reason ("deshalb"). */
const CONCESSIVE_CONSEQUENCES: ReadonlySet<string> = new Set(["trotzdem", "dennoch"]);
/** Whether the consequence word `word` ("deshalb", "dennoch") takes up a reason or concession that opens its clause in `before`, the text before it. */
export const takesUpOpening = (before: string, word: string) =>
  (CONCESSIVE_CONSEQUENCES.has(word.toLowerCase()) ? CONCESSION_OPENS : REASON_OPENS).test(before);

/**
 * A conjunction that opens a sentence before its first clause ("Und sie sieht ...", "Und gerade das ist ..."), or
 * "Alles" before "dies" or "das" ("Alles dies sind Themen, ..."): what follows opens the sentence as a first word would.
 */
const LEADING_CONJUNCTION = /^(?:(?:Und|Aber|Doch|Denn|Oder)\s+(?:(?:gerade|auch|eben|zwar|nun|dann|so|selbst)\s+)?|All(?:es)?\s+(?=d(?:as|ies)\s))(?=\p{Ll})/u;
/** Where the sentence's first clause opens: after a leading conjunction, or at its start. */
const openingOf = (text: string) => LEADING_CONJUNCTION.exec(text)?.[0].length ?? 0;

/**
 * "das" as the third word, after the verb, where what follows is no noun phrase of it (an article "das" stands before
 * an adjective or a noun, never before another article, a preposition or a particle): a demonstrative pronoun.
 */
const DAS_AFTER_VERB =
  /^\S+\s+\p{Ll}+\s+das\s+(?:der|die|dem|den|des|ein|eine[mnrs]?|mit|in|im|an|am|auf|für|von|vom|zu|zum|zur|bei|beim|nach|aus|über|unter|durch|gegen|ohne|nicht|auch|aber|jedoch|schon|bereits|noch|nur|sehr|so|ja|doch|allerdings|vor|seit|bis)(?!\p{L})/u;

/** "jenem", "jenes": forms of "jene" only in the singular ("jener, die ..." may be "of those who", people in general). */
const SINGULAR_JENE = /^jene[ms]$/iu;
/** A comma right after the word: a pronoun without its noun ("in jenem, das ..."). */
const NO_NOUN_AFTER = /^\s*,/u;

/** Where each pointer, demonstrative or "damit" that points outside the text stands (offsets into `text`). */
function pointers(text: string): Pointer[] {
  const found: Pointer[] = [];
  const opening = openingOf(text);
  const opened = opening === 0 ? text : text.charAt(opening).toUpperCase() + text.slice(opening + 1);
  for (const match of matchesOf(POINTER, text)) {
    const word = match[0];
    const after = text.slice(match.index + word.length);
    if (/^dies/iu.test(word) && (pointsAtTime(text, match.index, word.length) || namesSource(text, match.index))) continue;
    if (/^da/iu.test(word) && pointsForward(word, after)) continue;
    if (/^(?:dort|hier)$/iu.test(word) && PLACE_CLAUSE_AFTER.test(after)) continue;
    if (PART_OF.test(word) && countsPartOfSentence(text.slice(0, match.index))) continue;
    // "haben Ratten verfüttert und analysiert, was dabei geschah": during what the clause before tells.
    if (word.toLowerCase() === "dabei" && DURING_CLAUSE_BEFORE.test(text.slice(0, match.index))) continue;
    // "in jenen Gebieten, die vom IS befreit wurden": the relative clause says which.
    // Not "in jenem, das ...", "jenes, in dem ...": a thing in the singular without its noun, which an earlier sentence named.
    if (/^jene/iu.test(word) && !(SINGULAR_JENE.test(word) && NO_NOUN_AFTER.test(after)) && (RELATIVE_CLAUSE_AFTER.test(after) || COMPARISON_AFTER.test(after)))
      continue;
    // "hier" and "in jenem, das ..." (a thing without its noun): the whole sentence is about what they point at.
    const whole = /^hier/iu.test(word) || (SINGULAR_JENE.test(word) && NO_NOUN_AFTER.test(after));
    found.push({ index: match.index, place: /^(?:dort|hier$)/iu.test(word), wholeSentence: whole });
  }
  if (OPENS_ONE_OF_A_ROW.test(text) || OPENS_WITH_THE_TWO.test(text)) found.push({ index: 0, place: false });
  // "Das soll sich ändern, womit ...": a clause that goes on with "womit", "was" hangs on the same "Das".
  if (POINTING_OPENER.test(opened)) found.push({ index: opening, place: false, clauseOnly: !CONTINUES_OPENER.test(text) });
  // "Gelingen soll das mit dem Projekt ...", "Dann entspricht das dem Abkommen, ...": "das" after the verb as the
  // sentence's subject, what an earlier sentence said; the whole sentence hangs on it.
  if (DAS_AFTER_VERB.test(opened)) found.push({ index: opening, place: false });
  // "Trotzdem hat die FPÖ ...", "Deshalb ...": the whole sentence follows from, or goes against, what was said before.
  if (CONSEQUENCE_OPENER.test(opened)) found.push({ index: opening, place: false });
  for (const match of CONSEQUENCE_WORDS.test(text) ? matchesOf(CONSEQUENCE, text) : []) {
    if (REASON_FOLLOWS.test(text.slice(match.index + match[0].length)) || takesUpOpening(text.slice(0, match.index), match[0])) continue;
    found.push({ index: match.index, place: false });
  }
  for (const match of matchesOf(REASON_FOR_WHAT, text)) found.push({ index: match.index, place: false });
  for (const match of matchesOf(DAMIT, text)) {
    const before = text.slice(0, match.index);
    if (!/,\s*$/u.test(before) && !AND_AFTER_CLAUSE.test(before) && !pointsForward(match[0], text.slice(match.index + 5)))
      found.push({ index: match.index, place: false });
  }
  return found;
}

/**
 * Whether the sentence names a person by a noun of their country ("des identifizierten Franzosen", "Die Schwedin") whom
 * the extractor could not tell (src/extract/pointers.ts: two of that country named before, or someone else right before):
 * on its own, the learner cannot tell which Frenchman. Not where `text` shows it blanked, resolved in brackets.
 */
function hasUnresolvedCountryPerson(doc: DocContext, sentence: Span, text: string): boolean {
  for (const phrase of doc.facts.pointed ?? [])
    if (phrase.kind === "nationality" && phrase.referent === undefined && phrase.start >= sentence.start && phrase.end <= sentence.end)
      if (text.charCodeAt(phrase.start - sentence.start) !== 32) return true;
  return false;
}

/** Whether a text names someone or something only an earlier sentence identifies ("die 52-Jährige", "der Konzern"). */
function hasEpithets(text: string, lower = text.toLowerCase(), ownTown = false, oneCulprit = false): boolean {
  return (
    (text.includes("ährige") && AGE_EPITHET.test(text)) ||
    (mayHoldAnyOf(text, lower, SAME_WORDS) && SAME_AS_BEFORE.test(text)) ||
    hasEpithet(text, ownTown, oneCulprit)
  );
}

/** A culprit's noun: CULPRIT_EPITHETS, "Verdächtiger", "Tätern", and compounds of them ("Attentäter", "Hauptverdächtige"). */
const CULPRIT_NOUN = /(?<![\p{L}-])(?:\p{Lu}[\p{L}-]*(?:täter[ns]?|verdächtige[nr]?)|Täter[ns]?|Verdächtige[nr]?|Angeklagte[nr]?)(?![\p{L}-])/gu;
/**
 * What CULPRIT_NOUN (case-sensitive) cannot match without: one plain search instead of the expression tried at every
 * capital of the text (0.75 ms on a 20,000-character text without a culprit, paid in every request of its families).
 */
const CULPRIT_NOUN_PARTS = anyOfWords(["täter", "Täter", "verdächtige", "Verdächtige", "Angeklagte"]);
/** Articles before a culprit's noun. */
const CULPRIT_ARTICLES: ReadonlySet<string> = new Set(["der", "des", "dem", "den", "die", "ein", "eines", "einem", "einen", "einer"]);
/** An adjective or an age before a culprit's noun ("der mutmaßliche Täter", "Ein 34-jähriger Verdächtiger"). */
const CULPRIT_ADJECTIVE = /^[\p{Ll}\d][\p{L}\d-]*(?:e|en|er|es|em)$/u;
/** Words that make a culprit one of several ("einer der Täter", "ein zweiter Verdächtiger", "beide Angeklagte"). */
const OF_SEVERAL_CULPRITS = /^(?:einer|eines|keiner|jeder|zweite[nrs]?|weitere[nrs]?|andere[nrs]?|beide[nr]?)$/u;
/** Most words searched back from a culprit's noun for its article: two adjectives, the article, the word before it. */
const CULPRIT_WORDS_BEFORE = 4;

/**
 * Whether the culprit's noun at `index` names one person ("one"): after a singular article ("der Täter", "den Täter",
 * "dem Verdächtigen", "die Angeklagte", a woman), or in a singular form ("ein Verdächtiger", "des Täters"); "open" where
 * its number is ("den Verdächtigen" is a dative plural too); "several" where it is a plural ("die Täter", "mehrere
 * Verdächtige", "einer der Täter", "der Angeklagten", "getötete Attentäter") or has no article.
 */
function culpritNumberAt(text: string, index: number, noun: string): "one" | "several" | "open" {
  const words = text
    .slice(Math.max(0, index - 80), index)
    .split(/\s+/u)
    .filter(Boolean)
    .slice(-CULPRIT_WORDS_BEFORE)
    .reverse();
  let article: string | undefined;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (OF_SEVERAL_CULPRITS.test(lower)) return "several";
    if (article !== undefined) break;
    if (CULPRIT_ARTICLES.has(lower)) article = lower;
    else if (!CULPRIT_ADJECTIVE.test(word)) break;
  }
  const lower = noun.toLowerCase();
  if (lower.endsWith("verdächtiger") || lower.endsWith("täters")) return "one";
  if (lower.endsWith("tätern") || article === undefined) return "several";
  if (article === "den") return lower.endsWith("täter") ? "one" : "open";
  if (article === "die") return noun.endsWith("e") ? "one" : "several";
  if (article === "der" || article === "einer") return noun.endsWith("n") || article === "einer" ? "several" : "one";
  return "one";
}

/** Words that count people in the plural, capitalised or not: "Zwei Männer", "mehrere Jugendliche", "beide Personen". */
const PEOPLE_COUNTS = ["zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "mehrere", "einige", "beide", "beiden"];
/** A count, up to two adjectives and a capitalised noun after it: "Zwei maskierte Männer", "drei Jugendliche", "12 Personen". */
const COUNTED_NOUN = new RegExp(
  `(?<!\\p{L})(?:\\d+|${PEOPLE_COUNTS.map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`).join("|")})\\s+(?:\\p{Ll}+\\s+){0,2}(\\p{Lu}\\p{Ll}+)(?!\\p{L})`,
  "gu",
);
/** Whether the text counts people in the plural ("Zwei maskierte Männer haben ... überfallen"), GENERIC_PEOPLE_PLURALS. */
const countsPeople = (text: string) =>
  matchesOf(COUNTED_NOUN, text).some((match) => GENERIC_PEOPLE_PLURALS.has(match[1]!) || GENERIC_PEOPLE_PLURALS.has(`${match[1]!}n`));

/**
 * Whether the text's culprit (CULPRIT_EPITHETS) is one person, so that "der Verdächtige" says whom it means: every
 * mention of the noun is in the singular ("Ein maskierter Mann ... Der Täter flüchtete ... Der Verdächtige wurde ...
 * festgenommen"). Not where one is a plural ("die Täter", "mehrere Verdächtige"): then "der Verdächtige" is one of them;
 * nor where the text counts people ("Zwei Männer haben ... überfallen. ... Der Verdächtige"), who may be the culprits.
 */
const culpritsOf = perDocument((doc: DocContext): { one: boolean } => {
  if (!EPITHET_STARTS.test(doc.text) || !CULPRIT_NOUN_PARTS.test(doc.text)) return { one: false };
  let one = false;
  for (const match of matchesOf(CULPRIT_NOUN, doc.text)) {
    const number = culpritNumberAt(doc.text, match.index, match[0]);
    if (number === "several") return { one: false };
    if (number === "one") one = true;
  }
  return { one: one && !countsPeople(doc.text) };
});

/** Words without which SAME_AS_BEFORE and EXPLETIVE_ES cannot match (mayHoldAnyOf, src/extract/text.ts). */
const SAME_WORDS = anyOfWords(["gleiche", "selbe"]);
const EXPLETIVE_VERBS = anyOfWords("gibt gab gebe gäbe geht ging gehe handel handle kam komm heißt hieß fehlt bleibt blieb".split(" "));

const ES = /(?<!\p{L})es(?!\p{L})/iu;
/**
 * "war es ... zu massiven Verwerfungen gekommen", "Es ist zu Ausschreitungen gekommen": the perfect of "es kam zu",
 * whose "es" stands for nothing. "zu" before a noun, with adjectives at most: not "es ist zu spät gekommen" (too late).
 */
const CAME_TO_PERFECT =
  /(?<!\p{L})(?:[Ee]s\s+(?:ist|war|sei|wäre)|(?:[Ii]st|[Ww]ar|[Ss]ei|[Ww]äre)\s+es)(?:\s(?:[^,.;:]|(?<=\d)[.,](?=\d))*?)?\s(?:zu(?:\s+\p{Ll}+(?:e|en|em|er))*\s+\p{Lu}|zu[mr]\s)(?:[^,.;:]|(?<=\d)[.,](?=\d))*?\sgekommen(?!\p{L})/gu;
/**
 * "dass es zu einem Verfahren kommt", "Sollte es wieder zu Protesten kommen": "es kommt zu" with its words between, as
 * a subordinate clause or a question puts them, whose "es" stands for nothing. "zu" before a noun ("zu einem sehr
 * umfangreichen Verfahren"), not "zu spät".
 */
const CAME_TO =
  /[Ee]s(?<!\p{L}[Ee]s)\s(?:(?:[^,.;:]|(?<=\d)[.,](?=\d))*?\s)?(?:zu(?:\s+\p{Ll}+){0,3}\s+\p{Lu}|zu[mr]\s)(?:[^,.;:]|(?<=\d)[.,](?=\d))*?\s(?:kommt|komme|kommen|kam|kamen|käme|kämen)(?!\p{L})/gu;
/** "haben wir es mit einer Bürokratie zu tun": "es mit ... zu tun haben", whose "es" stands for nothing. */
const DEALS_WITH = /[Ee]s(?<!\p{L}[Ee]s)\s+mit\s(?:[^,.;:]|(?<=\d)[.,](?=\d))*?\szu\s+tun(?!\p{L})/gu;
/** A verb before "es", which then may stand for an infinitive after it: "sei es immer schwieriger, ... aufzubauen". */
const VERB_BEFORE_ES = /(?<!\p{L})(?:ist|sei|war|wäre|wird|werde|würde|macht|machte|mache|machen|machten)\s+$/iu;
/** "macht es leichter, ... zu gründen": after "machen", "es" stands for the infinitive with an adjective of ease (EASE_ADJECTIVES). */
const EASE_AFTER_ES = new RegExp(`^es(?:\\s[^,.;:]*?)?\\s(?:${[...EASE_ADJECTIVES].join("|")})(?!\\p{L})`, "iu");
/** "es" and the infinitive clause it stands for, after VERB_BEFORE_ES: "es immer schwieriger, eine Beziehung aufzubauen". */
const INFINITIVE_AFTER_VERB_ES =
  /^es(?:\s[^,.;:]*?)?,\s*(?!(?:um|ohne|statt|anstatt)\s)[^,.;:]*?(?:\szu\s+\p{Ll}+(?:en|ern|eln)|\s(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zurück|zusammen)zu\p{Ll}+en)(?!\p{L})/iu;
const MACHEN_BEFORE = /mach\p{Ll}*\s+$/iu;
/** "die es uns möglich machen, uns ... zu stellen": "es", an adjective of ease and "machen" after them; not "es machen", a deed. */
const EASE_MACHEN_AFTER = new RegExp(
  `^es(?:\\s[^,.;:]*?)?\\s(?:${[...EASE_ADJECTIVES].join("|")})\\s+(?:machen|macht|machte|mache|machten|gemacht)(?!\\p{L})`,
  "iu",
);
/** "es" standing for the clause after it ("Es ist klar, dass ..."). */
const CLAUSE_FOLLOWS = /,\s*(?:dass|ob|wenn|zu)(?!\p{L})/u;
/**
 * "es" standing for an infinitive after it: "dass es schwer ist, den Überblick zu behalten", "dass es ihm gelungen
 * sei, ... zu eliminieren", "wie schwierig es sei, Container aufzustellen"; not a subject that does something ("Es
 * warf der Regierung vor, ... geplant zu haben") nor an object ("..., um es zu reparieren").
 */
const INFINITIVE_FOLLOWS =
  /^es(?:\s[^,.;:]*?)?\s(?:ist|sei|war|wäre|wird|werde|würde|sein|gewesen|gelungen|gelingt|gelang|gelinge)(?:\s[^,.;:]*?)?,\s*(?!(?:um|ohne|statt|anstatt)\s)[^,.;:]*?(?:\szu\s+\p{Ll}+(?:en|ern|eln)|\s(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zurück|zusammen)zu\p{Ll}+en)(?!\p{L})/iu;

/** "es gibt", "gibt es", an opening "Es wurden ...": the "es" that stand for nothing whatever follows them. */
function fixedExpletives(text: string, lower: string): Set<number> {
  const found = new Set(
    (mayHoldAnyOf(text, lower, EXPLETIVE_VERBS) ? matchesOf(EXPLETIVE_ES, text) : []).map((match) => match.index + ES.exec(match[0])!.index),
  );
  if (OPENING_ES.test(text) || PRESENTING_ES.test(text)) found.add(0);
  if (lower.includes("geben")) for (const match of matchesOf(MODAL_THEN_GEBEN, text)) found.add(match.index + ES.exec(match[0])!.index);
  if (lower.includes("gegeben")) for (const match of matchesOf(PERFECT_GEBEN, text)) found.add(match.index + ES.exec(match[0])!.index);
  if (mayHoldAnyOf(text, lower, EXPLETIVE_VERBS) || lower.includes("gegeben"))
    for (const match of matchesOf(SUBORDINATE_GEBEN, text)) found.add(match.index + ES.exec(match[0])!.index);
  if (lower.includes("gekommen")) for (const match of matchesOf(CAME_TO_PERFECT, text)) found.add(match.index + ES.exec(match[0])!.index);
  if (lower.includes("zu")) {
    for (const match of matchesOf(CAME_TO, text)) found.add(match.index);
    for (const match of matchesOf(DEALS_WITH, text)) found.add(match.index);
  }
  return found;
}

/** Whether the "es" at `index` stands for nothing or for the clause or infinitive after it. */
function isExpletive(text: string, index: number, fixed: ReadonlySet<number>): boolean {
  if (fixed.has(index)) return true;
  if ((text.charCodeAt(index) | 0x20) !== 0x65 || (text.charCodeAt(index + 1) | 0x20) !== 0x73) return false;
  const after = text.slice(index);
  if (CLAUSE_FOLLOWS.test(after) || INFINITIVE_FOLLOWS.test(after)) return true;
  if (!INFINITIVE_AFTER_VERB_ES.test(after)) return false;
  const before = text.slice(0, index);
  if (VERB_BEFORE_ES.test(before)) return !MACHEN_BEFORE.test(before) || EASE_AFTER_ES.test(after);
  return EASE_MACHEN_AFTER.test(after);
}

/** ES, every match: the "es" of a text. */
const ES_WORD = new RegExp(ES.source, "giu");

/** The text without the "es" that stand for nothing or for what follows them: what is left may point back. */
export function withoutExpletives(text: string): string {
  const fixed = fixedExpletives(text, text.toLowerCase());
  let result = "";
  let from = 0;
  for (const match of matchesOf(ES_WORD, text)) {
    if (!isExpletive(text, match.index, fixed)) continue;
    result += text.slice(from, match.index);
    from = match.index + 2;
  }
  return from === 0 ? text : result + text.slice(from);
}

/** Offsets (into `text`) of its third-person pronouns that stand for someone ("es gibt" aside). */
function pronouns(text: string, lower = text.toLowerCase()): number[] {
  const found = matchesOf(PRONOUN, text);
  // Only an "es" (the two-letter match that is no "er"; also "eſ") may be expletive: a sentence without one, as most
  // are, needs no search for "es gibt" and the like.
  if (!found.some((match) => match[0].length === 2 && (match[0].charCodeAt(1) | 0x20) !== 0x72)) return found.map((match) => match.index);
  const fixed = fixedExpletives(text, lower);
  return found.map((match) => match.index).filter((index) => !isExpletive(text, index, fixed));
}

/** After "sein": a mark or the end, where the verb stands ("attraktiver sein, mit ..."); a possessive has its noun after it. */
const VERB_SEIN = /^\s?(?:[,.;:!?)–]|$)/u;

/** Possessives, except in attributions ("nach ihren Angaben") that say whose words, not what happened. */
function possessives(text: string, lower = text.toLowerCase()): number[] {
  if (!mayHoldAnyOf(text, lower, POSSESSIVE_WORDS)) return [];
  return matchesOf(POSSESSIVE, text)
    .filter((match) => !(match[0].toLowerCase() === "sein" && VERB_SEIN.test(text.slice(match.index + 4, match.index + 6))))
    .map((match) => match.index)
    .filter((index) => !ATTRIBUTION.test(text.slice(Math.max(0, index - 12), index + 40)));
}

const DANN = /(?<!\p{L})dann(?!\p{L})/iu;

/** Whether a clause (a deed in a stem or statement) points outside itself by a pointer, epithet or "dann". */
export function deedPointsOutside(words: string): boolean {
  return hasEpithets(words) || hasBarePointingNoun(words) || pointers(words).length > 0 || DANN.test(words);
}

/**
 * A personal pronoun of the third person, other than "es" (mostly no one's: "es gibt"), as a whole word; and "ihr" with
 * its possessive forms, a woman's or a plural's (dative "erläutert ihr die Lage", or "ihre Berichte").
 */
const PERSONAL_PRONOUN = /(?<![\p{L}\p{N}-])(er|sie|ihn|ihm|ihnen|ihr|ihre|ihren|ihrem|ihrer|ihres)(?![\p{L}\p{N}-])/gu;
/** Words that open a clause whose finite verb stands last ("dass sie ... geworden sind"). */
const VERB_LAST_OPENER = /(?:^|\s)(?:dass|weil|ob|wenn|da|nachdem|obwohl|damit|bevor|als|sobald|falls|wie)\s+$/u;
/** A finite verb of the plural ("sind", "seien", "werden", "hätten"): no single person's. */
const PLURAL_FINITE_VERB = /^(?:sind|waren|seien|wären|\p{Ll}+(?:en|ern|eln))$/u;

/**
 * Whether a deed told of one person (`gender` theirs, where known) holds a pronoun, with no noun of the deed before it,
 * that cannot be that person and so stands for someone or something of the sentences before: "stellte fest, dass sie
 * seit 2000 unverständlicher geworden sind" (a plural; "die Berichte" of the sentence before), "er" of a woman, "sie"
 * of a man, "ihr" of a man. The statement "Anna Berger stellte fest, dass sie ..." would leave the learner asking: who?
 */
export function pronounOfAnother(deed: string, gender: Gender | undefined): boolean {
  for (const match of matchesOf(PERSONAL_PRONOUN, deed)) {
    if (nounBefore(deed, match.index)) continue;
    const word = match[1]!;
    if (word === "ihnen") return true;
    // "ihr" in a man's deed is no one's of his: a woman or a group of the sentences before.
    if (word.startsWith("ihr")) {
      if (gender === "male") return true;
      continue;
    }
    if (word !== "sie") {
      if (gender === "female") return true;
      continue;
    }
    if (gender === "male" || PLURAL_FINITE_VERB.test(finiteVerbOf(deed, match.index, match[0].length) ?? "")) return true;
  }
  return false;
}

/** The finite verb of the clause of the subject at `index`: the word after it, or the clause's last where a conjunction opens it. */
function finiteVerbOf(deed: string, index: number, length: number): string | undefined {
  const after = deed.slice(index + length);
  if (!VERB_LAST_OPENER.test(deed.slice(0, index))) return /^\s+(\p{L}+)/u.exec(after)?.[1];
  const clause = after.split(/[,;:.!?–]/u)[0]!;
  return /(\p{L}+)\s*$/u.exec(clause)?.[1];
}

/**
 * Whether someone's words (a quote in a stem or statement) hold nothing that points outside them. A possessive after
 * a noun of the words is theirs, as in a gap sentence ("es gehe China ... um Kerninteressen seines Landes"); and where
 * `townHeadSpeaks`, "die Stadt" is the speaker's own town ("Die Stadt habe kein Geld, sagte Bürgermeisterin X").
 */
export function quoteStandsAlone(words: string, townHeadSpeaks = false): boolean {
  return (
    !hasEpithets(words, words.toLowerCase(), townHeadSpeaks) &&
    !hasBarePointingNoun(words, true) &&
    pointers(words).length === 0 &&
    pronouns(words).length === 0 &&
    possessives(words).every((index) => nounBefore(words, index))
  );
}

/** Where a clause ends: a comma or colon before a space (not "1,8"), a semicolon, a dash, a parenthesis. */
const CLAUSE_BOUNDARY = /[,;:](?=\s)|[–()]/gu;

/**
 * Sentence openers that stand for what the sentence before said: "Das ist ...", "Dessen neueste Version ...", and in
 * reported speech "Das treffe alle Linzer" (a verb in "-e" before an article, a pronoun, a particle or a preposition,
 * where an adjective of "das" stands before its noun or another adjective: "Das neue Gesetz").
 */
const POINTING_OPENER =
  /^(?:(?:Das|Dies|Der|Die)\s+(?:ist|war|sind|waren|sei|seien|wäre|hat|habe|hatte|hätte|wird|würde|wurde|soll|sollte|kann|könnte|muss|müsse|zeigt|bedeutet|heißt|gilt|kam|kommt)|(?:Das|Dies)\s+(?!(?:erst|jetzt|meist|zuletzt|zuerst|längst|selbst|nicht|mit|seit|bereits|insgesamt|damit|derzeit|weltweit)\s)(?:\p{Ll}+t(?=\s+(?!\p{Lu}))|(?:ging|lag|stand|blieb|fiel|gab|sah|hieß|traf|zog|ließ|rief|wies|schrieb|sprach|hob)(?=\s)|\p{Ll}+te(?=\s+(?:der|die|das|den|dem|ein|eine|einer)\s)|\p{Ll}+e(?=\s+(?:alle|allen|der|die|das|den|dem|des|ein|eine[mnrs]?|keine[mnrs]?|nicht|auch|aber|jedoch|schon|bereits|noch|nur|kaum|so|ja|doch|wohl|gar|für|in|im|an|auf|mit|von|vom|zu|zum|zur|bei|nach|aus|über|unter|gegen|ohne|vor|sich|uns|ihn|ihm|ihr|ihnen|man)(?!\p{L})))|Dessen|Deren)(?!\p{L})/u;
/** A later clause that continues what the opener pointed at ("..., womit", "..., was"). */
const CONTINUES_OPENER = /,\s*(?:womit|wodurch|was|weshalb|weswegen|wofür)(?!\p{L})/u;
/** The same word twice ("in in"), a copy error of the text; articles and pronouns may stand twice ("die die"). */
const DOUBLED_WORD = /(?<!\p{L})(?!(?:der|die|das|den|dem|des|sie|es)\s)(\p{L}{2,})\s+\1(?!\p{L})/iu;
const DOUBLED_WORDS = new RegExp(DOUBLED_WORD.source, "giu");

/**
 * A clause with the article's copy error undone ("hat in in einer Lagerhalle" → "in einer"): for a statement,
 * which says the deed in its own words; a gap sentence shows the article's and is left out instead (broken).
 * The replacement runs only where hasDoubledWord finds the error: a global replace tries the expression at every word.
 */
export const withoutDoubledWords = (clause: string) => (hasDoubledWord(clause) ? clause.replace(DOUBLED_WORDS, "$1") : clause);

const LETTER_AT = /\p{L}/uy;
const SPACE_AT = /\s/uy;

/** Length of the letter at `index` (two for a surrogate pair), 0 for none. */
function letterAt(text: string, index: number, code: number): number {
  if (code < 0x100)
    return ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 0xaa || code === 0xb5 || code === 0xba || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7)
      ? 1
      : 0;
  LETTER_AT.lastIndex = index;
  return LETTER_AT.test(text) ? LETTER_AT.lastIndex - index : 0;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 32) continue;
    SPACE_AT.lastIndex = index;
    if (!SPACE_AT.test(text)) return false;
  }
  return true;
}

/**
 * DOUBLED_WORD, tested only where it can match: two runs of letters with only whitespace between them
 * that are the same word in lower case, or hold letters beyond U+00FF or "µ" (whose case the regex
 * may fold otherwise than toLowerCase). The regex alone tries a case-insensitive back-reference at
 * every word of every sentence.
 */
function hasDoubledWord(text: string): boolean {
  let previousStart = -1;
  let previousEnd = -1;
  let previousPlain = true;
  for (let index = 0; index < text.length; ) {
    const first = letterAt(text, index, text.charCodeAt(index));
    if (first === 0) {
      index++;
      continue;
    }
    const start = index;
    // Up to U+00FF but "µ": there the regex's case-insensitive comparison is toLowerCase's.
    let plain = true;
    for (let length = first; length > 0; ) {
      const code = text.charCodeAt(index);
      if (code >= 0x100 || code === 0xb5) plain = false;
      index += length;
      length = index < text.length ? letterAt(text, index, text.charCodeAt(index)) : 0;
    }
    if (previousStart !== -1 && index - start >= 2 && onlySpaces(text, previousEnd, start)) {
      const alike =
        !plain ||
        !previousPlain ||
        (index - start === previousEnd - previousStart && text.slice(start, index).toLowerCase() === text.slice(previousStart, previousEnd).toLowerCase());
      if (alike && DOUBLED_WORD.test(text)) return true;
    }
    previousStart = start;
    previousEnd = index;
    previousPlain = plain;
  }
  return false;
}

/** English function words: a sentence with several is a link list or an abstract's title, not the German article. */
const ENGLISH_WORDS = /(the|of|and|for|with|from|to|is|are|into)(?<![\p{L}]\1)(?![\p{L}])/gu;
/** English function words a German sentence may borrow in a name ("Times of London"), but not more. */
const MAX_ENGLISH_WORDS = 1;
/** A label glued to what follows ("LinkScience News:", "AbstractPNAS:"): page furniture run into a sentence. */
const GLUED_LABEL = /^\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?:/u;

/** A question of the text ("STANDARD: ... haben Sie Reformerfahrungen aus Georgien umgesetzt?"): it states nothing to ask about. */
const ASKS = /\?[\s"'“”»«)\]]*$/u;

/** ASKS, tried at the last "?" only (no earlier one can end the text): run over the text, it was tried at every position. */
function asks(text: string): boolean {
  const mark = text.lastIndexOf("?");
  return mark !== -1 && ASKS.test(text.slice(mark));
}

/** A sentence no question should show: an unclosed parenthesis (a cut fragment), a doubled word, English page furniture. */
function broken(text: string): boolean {
  return occurrences(text, "(") !== occurrences(text, ")") || hasDoubledWord(text) || tooManyEnglishWords(text) || GLUED_LABEL.test(text);
}

/** How often `character` stands in `text`: a search, not a look at every character (most sentences have no parenthesis). */
function occurrences(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count++;
  return count;
}

function tooManyEnglishWords(text: string): boolean {
  let english = 0;
  ENGLISH_WORDS.lastIndex = 0;
  while (ENGLISH_WORDS.exec(text) !== null) if (++english > MAX_ENGLISH_WORDS) return true;
  return false;
}

/** What of a sentence may point outside it, found once per sentence whatever is asked about it. */
interface Reading {
  text: string;
  /** Too short to be a sentence, or naming someone by an epithet: no question stands on it. */
  unusable: boolean;
  pointers: Pointer[];
  possessives: number[];
  pronouns: number[];
  /** Where its clauses end (offsets into `text`). */
  boundaries: number[];
  /** Where its first clause opens: 0, or after a leading "Und", "Aber" (openingOf). */
  opening: number;
}

/** A word: what stands between spaces, with a letter or digit in it. */
const WORD = /\S*[\p{L}\p{N}]\S*/gu;

/** Whether `text` has at least `count` words; counted by test (no array of words), and only as far as `count`. */
function hasWords(text: string, count: number): boolean {
  WORD.lastIndex = 0;
  let found = 0;
  while (found < count && WORD.test(text)) found++;
  return found >= count;
}

/** A capitalised word with a second one glued to it ("HansNiessl", "AbstractNature"): a space the article lost. */
const FUSED = /\p{Lu}\p{Ll}{2,}(\p{Lu}\p{Ll}{3,})(?![\p{L}-])/gu;
/** writesAlone's verdicts, by word. */
const aloneVerdicts = perDocument(() => new Map<string, boolean>());
/** A letter: next to a glued word's second part, it makes the part no word of its own. */
const JOINS_LETTER = /^\p{L}$/u;

/**
 * Whether the text writes `word` on its own, with no letter on either side, for FUSED: a glued word's second part is
 * one it does ("Niessl"). Searched for, not looked up in a set of every word of the text: few texts have a glued word.
 */
function writesAlone(doc: DocContext, word: string): boolean {
  const verdicts = aloneVerdicts(doc);
  let alone = verdicts.get(word);
  if (alone === undefined) {
    alone = wholeWordsAt(doc.text, word, JOINS_LETTER, 1).length > 0;
    verdicts.set(word, alone);
  }
  return alone;
}

/**
 * Whether the sentence has two words glued together, the second one the text writes on its own elsewhere: a gap
 * sentence or statement would copy the error ("Landeshauptmann HansNiessl"). A name written in one word
 * ("AlphaGo", "DeepMind") has no such second part in the text.
 */
function hasFusedWords(doc: DocContext, text: string): boolean {
  // exec, not matchAll: matchAll copies the expression on every call, and this runs for every sentence read.
  FUSED.lastIndex = 0;
  for (let match = FUSED.exec(text); match !== null; match = FUSED.exec(text)) if (writesAlone(doc, match[1]!)) return true;
  return false;
}

/**
 * Words this long or longer are checked for a letter too many: among shorter ones one letter less is often another
 * word ("befreit", "bereit"), and on the devset and the corpus the longer ones hit only the text's own misspellings.
 */
const MIN_MISSPELT_LENGTH = 9;
/** Weekdays and months, which a text may write once, and misspelt ("Donnnerstag"). */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...[...MONTHS.keys()].filter((month) => month.length > 4).map((month) => month.charAt(0).toUpperCase() + month.slice(1)),
]);
/** "müssten" and "müssen", "bombardierten" and "bombardieren": a "t" before these endings makes another form of the verb. */
const VERB_ENDINGS_AFTER_T: ReadonlySet<string> = new Set(["e", "en", "et", "est"]);

/**
 * Where the text writes a word that it shows misspelt itself: without one of its letters it is a word the text writes
 * at least as often, or a weekday or month ("Jidhadistenmiliz" next to "Jihadistenmiliz", "Donnnerstag"). Readers
 * failed such gap sentences as ungrammatical: the question copies the error. The last two letters are left alone,
 * where German inflects ("Bundesländern", "Bundesländer"), and so are names: a name may be spelt two ways in one text,
 * and a gap accepts both (src/generate/persons.ts). Worked out once per text (about 50 µs): most texts have none.
 */
const misspeltAt = perDocument((doc: DocContext) => {
  const text = doc.text;
  const runs = wordRunsOf(text, MIN_MISSPELT_LENGTH - 1);
  // The text's words by their length and last two letters (endingKey), as their places in `runs`: read off the text,
  // no string made for a word until it is one letter longer than another that ends alike (few are) and counted then.
  const byEnding = new Map<number, number[]>();
  for (let run = 0; run < runs.length; run += 2) {
    const key = endingKeyAt(text, runs[run + 1]!, runs[run + 1]! - runs[run]!);
    const alike = byEnding.get(key);
    if (alike) alike.push(run);
    else byEnding.set(key, [run]);
  }
  // What a word with one letter too many may be misspelt for: the words one letter shorter with the same last two
  // letters (and the weekdays and months), looked up by those, not compared with every word of their length.
  const pairs: { word: string; other: string }[] = [];
  for (let run = 0; run < runs.length; run += 2) {
    const start = runs[run]!;
    const end = runs[run + 1]!;
    const length = end - start;
    if (length < MIN_MISSPELT_LENGTH) continue;
    const shorter = endingKeyAt(text, end, length - 1);
    for (const other of byEnding.get(shorter) ?? []) {
      const extra = extraLetterIn(text, start, runs[other]!, length - 1);
      if (extra === -1 || extra >= length - 2 || (text[start + extra] === "t" && VERB_ENDINGS_AFTER_T.has(text.slice(start + extra + 1, end)))) continue;
      pairs.push({ word: text.slice(start, end), other: text.slice(runs[other]!, runs[other + 1]!) });
    }
    for (const other of CALENDAR_BY_ENDING.get(shorter) ?? []) {
      const word = text.slice(start, end);
      const extra = extraLetterAt(word, other);
      if (extra === -1 || extra >= length - 2 || (word[extra] === "t" && VERB_ENDINGS_AFTER_T.has(word.slice(extra + 1)))) continue;
      pairs.push({ word, other });
    }
  }
  if (pairs.length === 0) return [];
  // How often the text writes a word: all its places share its length and last two letters.
  const written = (word: string) =>
    (byEnding.get(endingKey(word, word.length)) ?? []).filter((run) => text.startsWith(word, runs[run]!) && runs[run + 1]! - runs[run]! === word.length).length;
  let names: Set<string> | undefined;
  const misspelt = new Set<string>();
  for (const { word, other } of pairs) {
    if (written(other) < written(word) && !CALENDAR_WORDS.has(other)) continue;
    // Names only where a word has such a partner, which is rare.
    names ??= new Set(doc.facts.persons.flatMap((person) => person.mentions.flatMap((mention) => mention.text.split(/[\s-]+/u))));
    if (!names.has(word)) misspelt.add(word);
  }
  const starts: number[] = [];
  for (let run = 0; run < runs.length; run += 2) if (misspelt.has(text.slice(runs[run]!, runs[run + 1]!))) starts.push(runs[run]!);
  return starts;
});

/** A word's length `length` and its last two letters (of `word`, which may be one letter longer), as one number. */
function endingKey(word: string, length: number): number {
  return endingKeyAt(word, word.length, length);
}

/** endingKey of the word of `text` that ends at `end`: `length` and the two letters before `end`. */
function endingKeyAt(text: string, end: number, length: number): number {
  return length * 0x100000000 + text.charCodeAt(end - 2) * 0x10000 + text.charCodeAt(end - 1);
}

/** The weekdays and months by their endingKey. */
const CALENDAR_BY_ENDING: ReadonlyMap<number, readonly string[]> = (() => {
  const byEnding = new Map<number, string[]>();
  for (const word of CALENDAR_WORDS) byEnding.set(endingKey(word, word.length), [...(byEnding.get(endingKey(word, word.length)) ?? []), word]);
  return byEnding;
})();

/** Where `word` has the one letter that `other` lacks (the first of two alike), or -1 where it has more than that. */
function extraLetterAt(word: string, other: string): number {
  let extra = 0;
  while (extra < other.length && word.charCodeAt(extra) === other.charCodeAt(extra)) extra++;
  for (let index = extra; index < other.length; index++) if (word.charCodeAt(index + 1) !== other.charCodeAt(index)) return -1;
  return extra;
}

/** extraLetterAt of the word of `text` at `wordStart` and the one of `otherLength` letters at `otherStart`. */
function extraLetterIn(text: string, wordStart: number, otherStart: number, otherLength: number): number {
  let extra = 0;
  while (extra < otherLength && text.charCodeAt(wordStart + extra) === text.charCodeAt(otherStart + extra)) extra++;
  for (let index = extra; index < otherLength; index++) if (text.charCodeAt(wordStart + index + 1) !== text.charCodeAt(otherStart + index)) return -1;
  return extra;
}

/**
 * Where the words of `text` of at least `length` letters start and end, in pairs (start, end, start, end, ...), by a
 * look at each character, not a Unicode expression over the text.
 */
function wordRunsOf(text: string, length: number): number[] {
  const runs: number[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; ) {
    const letter = index < text.length ? letterAt(text, index, text.charCodeAt(index)) : 0;
    if (letter > 0 && start === -1) start = index;
    if (letter === 0 && start !== -1) {
      if (index - start >= length) runs.push(start, index);
      start = -1;
    }
    index += Math.max(1, letter);
  }
  return runs;
}

/** Whether the sentence has a word the text shows misspelt (misspeltAt). */
function hasMisspelling(doc: DocContext, sentence: Span): boolean {
  return misspeltAt(doc).some((at) => at >= sentence.start && at < sentence.end);
}

/** The readings of a document's sentences, by start. */
const readings = perDocument(() => new Map<number, Reading>());

function readingOf(doc: DocContext, sentence: Span): Reading {
  const bySentence = readings(doc);
  let reading = bySentence.get(sentence.start);
  if (!reading || reading.text.length !== sentence.end - sentence.start) {
    // One byte per character where it can be (spanText): the readings run many expressions over it.
    reading = readText(doc, sentence, spanText(doc, sentence));
    bySentence.set(sentence.start, reading);
  }
  return reading;
}

/**
 * A sentence that opens with the place it reports a result from, a district or a country, and holds a figure ("In
 * Floridsdorf (21. Bezirk) schafften die Blauen 38,92 Prozent").
 */
const FRAME_OPENING = /^[„"]?(?:Auch\s+)?In\s+(?:der\s+)?(\p{Lu}[\p{L}-]+)(?![\p{L}-])(?=.*\d)/u;
/** A place named inside a sentence ("in Favoriten", "in der Donaustadt"): the sentence frames itself. */
const FRAME_INSIDE = /(?<![\p{L}-])(?:in|im)\s+(?:der\s+|dem\s+)?\p{Lu}/u;
/** How many sentences after a framed one may lean on its frame. */
const MAX_FRAMED_SENTENCES = 3;

/**
 * The sentences (by start) that lean on the frame of an earlier one in a report that repeats its pattern for other
 * frames: "In Favoriten ist der Vorsprung der SPÖ minimal ... Die FPÖ folgt auf dem Fuß." in a text that then reports
 * the Donaustadt alike. Alone, "Die FPÖ folgt auf dem Fuß" is true of one district and false of another. Only where the
 * text opens two sentences or more with results of different frames.
 */
const framedByEarlierSentence = perDocument((doc: DocContext) => {
  const frames = doc.sentences.map((sentence) => {
    const frame = FRAME_OPENING.exec(spanText(doc, sentence))?.[1];
    return frame !== undefined && !NOT_FRAME_NOUNS_AFTER_IN.has(frame) ? frame : undefined;
  });
  const leaning = new Set<number>();
  if (new Set(frames.filter((frame) => frame !== undefined)).size < 2) return leaning;
  frames.forEach((frame, index) => {
    if (frame === undefined) return;
    for (let next = index + 1; next <= index + MAX_FRAMED_SENTENCES && next < doc.sentences.length && frames[next] === undefined; next++) {
      const sentence = doc.sentences[next]!;
      // A sentence that names its own place, or a person ("Bürgermeister Siegfried Nagl zeigte sich zufrieden"), tells its own news.
      if (FRAME_INSIDE.test(spanText(doc, sentence)) || namesPerson(doc, sentence)) break;
      leaning.add(sentence.start);
    }
  });
  return leaning;
});

const namesPerson = (doc: DocContext, sentence: Span) =>
  doc.facts.persons.some((person) => person.mentions.some((mention) => mention.start >= sentence.start && mention.start < sentence.end));

/** Whether the sentence at `position` leans on the frame of an earlier one in a report of results by frame (framedByEarlierSentence). */
export function leansOnEarlierFrame(doc: DocContext, position: number): boolean {
  const leaning = framedByEarlierSentence(doc);
  if (leaning.size === 0) return false;
  const sentence = articleSentenceAt(doc, position);
  return sentence !== undefined && leaning.has(sentence.start);
}

/** What of the sentence at `sentence`, written `text`, may point outside it. */
function readText(doc: DocContext, sentence: Span, text: string): Reading {
  // In lower case once, for the epithets and the pronouns.
  const lower = text.toLowerCase();
  const unusable =
    !hasWords(text, MIN_WORDS) ||
    hasEpithets(text, lower, false, culpritsOf(doc).one) ||
    hasUnresolvedCountryPerson(doc, sentence, text) ||
    broken(text) ||
    asks(text) ||
    hasFusedWords(doc, text) ||
    hasMisspelling(doc, sentence) ||
    framedByEarlierSentence(doc).has(sentence.start);
  return {
    text,
    unusable,
    pointers: unusable ? [] : [...pointers(text), ...unattributedSpeech(text)],
    possessives: unusable ? [] : possessives(text, lower),
    pronouns: unusable ? [] : pronouns(text, lower),
    boundaries: matchesOf(CLAUSE_BOUNDARY, text).map((match) => match.index),
    opening: openingOf(text),
  };
}

/** The clause (between commas, colons, dashes, parentheses) around `index`, from the boundaries of its sentence. */
function clauseAround(reading: Reading, index: number): Span {
  let start = 0;
  let end = reading.text.length;
  for (const boundary of reading.boundaries) {
    if (boundary < index) start = boundary + 1;
    else {
      end = boundary;
      break;
    }
  }
  return { start, end };
}

export interface Gap extends Span {
  /** A name or place: a pronoun after it may stand for it, since it is there once filled in. */
  name?: boolean;
  /** A place: "dort" after it may stand for it (a person's or a party's name it cannot). */
  place?: boolean;
}

/**
 * Whether the sentence at `sentence` reads on its own, as far as `gap` (what the learner fills in; a
 * statement has none, and all of it counts) is concerned. A pointer ("dafür", "dieses", "er") in the
 * gap's clause, or opening the sentence, hides what the question is about; one in another clause
 * ("Um dieses Momentum zu nutzen, kündigte Fallon ... ___ an") does not. Epithets ("der Konzern")
 * count anywhere: they name the actors.
 */
export function standsAlone(doc: DocContext, sentence: Span, gap?: Gap): boolean {
  return readsAlone(doc, sentence, readingOf(doc, sentence), gap);
}

/**
 * standsAlone for a gap text that shows the referent of its sentence's pointed subject in brackets
 * (pointedsubjects.ts, added by gapcontext.ts): "Sie [die F-22 Raptor] kann ...". The pointer then points at nothing
 * the learner does not see; anything else in the sentence is read as standsAlone reads it.
 */
export function gapStandsAlone(doc: DocContext, sentence: Span, gap: Gap): boolean {
  if (standsAlone(doc, sentence, gap)) return true;
  const pointers = pointersOf(doc, sentence);
  if (pointers.length === 0 || pointers.some((pointer) => gap.start < pointer.end && pointer.start < gap.end)) return false;
  const subject = pointedSubjectOf(doc, sentence);
  return readsAlone(doc, sentence, resolvedReadingOf(doc, sentence, pointers), gap, subject ? subject.end - sentence.start : -1);
}

/**
 * The reading of a sentence whose pointers at `pointers` (offsets into the text) are resolved: found on its text with
 * the pointers blanked out, so that neither an epithet ("Der Konzern", "des Konzerns") nor a pronoun or demonstrative there counts.
 */
function resolvedReadingOf(doc: DocContext, sentence: Span, pointers: readonly Span[]): Reading {
  const known = resolvedReadings(doc);
  let reading = known.get(sentence.start);
  if (!reading) {
    let blanked = spanText(doc, sentence);
    for (const { start, end } of pointers) blanked = blanked.slice(0, start - sentence.start) + " ".repeat(end - start) + blanked.slice(end - sentence.start);
    reading = readText(doc, sentence, blanked);
    known.set(sentence.start, reading);
  }
  return reading;
}

/** The resolved readings of a document's sentences, by start. */
const resolvedReadings = perDocument(() => new Map<number, Reading>());

/**
 * Whether a sentence read as `reading` stands alone for `gap`; where its subject up to `namedUntil` (an offset into
 * the sentence) is shown resolved, a possessive after it may be that subject's, as after a name ("Er [Barack Obama]
 * begründete seine Entscheidung"). A pronoun after it may be someone else's and still counts.
 */
function readsAlone(doc: DocContext, sentence: Span, reading: Reading, gap?: Gap, namedUntil = -1): boolean {
  if (reading.unusable) return false;
  const text = reading.text;
  const gapAt = gap ? gap.start - sentence.start : undefined;
  const nameGapAt = gap?.name === true ? gapAt : undefined;
  const clause = gapAt === undefined ? { start: 0, end: text.length } : clauseAround(reading, gapAt);
  // Loops and helpers with arguments, not closures: this runs for every question on every sentence.
  for (const pointer of reading.pointers) {
    const inScope = pointer.wholeSentence || (pointer.clauseOnly ? inClause(clause, pointer.index) : matters(clause, pointer.index, reading.opening));
    if (inScope && !(pointer.place && placeBefore(doc, sentence, gap, pointer.index))) return false;
  }
  // "Vor seiner Reise sagte Erdogan ...", "Beschäftigte verloren ihren Arbeitsplatz": a possessive
  // points to a name of its sentence or to a noun before it; "In seinem Auto ..." to nothing here.
  for (const index of reading.possessives) {
    if (
      matters(clause, index, reading.opening) &&
      !namedBetween(doc, sentence.start + index, sentence.end, possessorsOf(doc)) &&
      !namedBefore(doc, sentence, nameGapAt, index) &&
      !nounBefore(text, index) &&
      !(namedUntil >= 0 && namedUntil <= index)
    )
      return false;
  }
  // "Die Regierung kündigte an, sie werde ...": a pronoun stands for a name or noun of an earlier
  // clause of its sentence, not for one in its own clause ("Im Gegensatz zu Dung ist er ..." is someone else).
  for (const index of reading.pronouns) {
    if (!matters(clause, index, reading.opening)) continue;
    const boundary = Math.max(0, ...reading.boundaries.filter((at) => at < index), text.lastIndexOf(" und ", index));
    if (!(boundary > 0 && (namedBefore(doc, sentence, nameGapAt, boundary) || nounBefore(text, boundary)))) return false;
  }
  return true;
}

/**
 * Whether something "dort" may stand for is named in the sentence before `index`: a place or country outside
 * the gap, or the gap where it asks for a place (a person's or a party's name is no place).
 */
function placeBefore(doc: DocContext, sentence: Span, gap: Gap | undefined, index: number): boolean {
  const at = sentence.start + index;
  // "wechselt zurück nach Niederösterreich und wird dort ...": a name after a preposition of place is one,
  // also where the extractor's lists lack it.
  if (PLACE_AFTER_PREPOSITION.test(doc.text.slice(sentence.start, gap && gap.start < at && gap.place !== true ? gap.start : at))) return true;
  const places = placesOf(doc);
  if (!gap) return namedBetween(doc, sentence.start, at, places);
  if (gap.place === true && gap.start < at) return true;
  return namedBetween(doc, sentence.start, Math.min(gap.start, at), places) || (gap.end < at && namedBetween(doc, gap.end, at, places));
}

/** Whether `index` (into the sentence) lies in the gap's clause. */
function inClause(clause: Span, index: number): boolean {
  return index >= clause.start && index < clause.end;
}

/** Whether a pointer at `index` matters for the gap: it opens the sentence (also after "Und") or stands in the gap's clause. */
function matters(clause: Span, index: number, opening: number): boolean {
  return index === 0 || index === opening || inClause(clause, index);
}

/** Whether a name stands in the sentence before `index`, or a name gap (there once filled in). */
function namedBefore(doc: DocContext, sentence: Span, nameGapAt: number | undefined, index: number): boolean {
  return namedBetween(doc, sentence.start, sentence.start + index) || (nameGapAt !== undefined && nameGapAt < index);
}

/** A definite article and up to two adjectives before a capitalised noun, the noun captured: "den Brief", "das neue Programm". */
const DEFINITE_NOUN_PHRASE = /(?<![\p{L}])(?:[Dd](?:er|ie|as|en|em))\s+(?:\p{Ll}[\p{L}-]*(?:e|en|er|es|em)\s+){0,2}(\p{Lu}\p{Ll}{2,})(?![\p{L}-])/gu;
/** An indefinite article and up to two adjectives before a noun, the noun captured: "einen Brief", "ein neues Hilfsprogramm". */
const INDEFINITE_NOUN_PHRASE = /(?<![\p{L}])[Ee]in(?:e[mnrs]?)?\s+(?:\p{Ll}[\p{L}-]*(?:e|en|er|es|em)\s+){0,2}(\p{Lu}[\p{L}-]*\p{Ll})(?![\p{L}-])/gu;
/** Whether a text holds an indefinite article at all: most sentences before a deed do not, and need no closer look. */
const INDEFINITE_ARTICLE = /(?<![\p{L}])[Ee]in(?:e[mnrs]?)?\s+\p{L}/u;
/** What parts a title into words, to find the nouns it names. */
const NON_LETTERS = /[^\p{L}]+/u;
/** What two mentions of a noun share ("Brief", "Briefes"; "Programm", "Programms"); the ending of a word of four letters is its own. */
const mentionStem = (noun: string) => nounStem(noun, { longerThan: 4 });

/** Whether `earlier` names the noun of `stem`: the same word, or a compound whose head it is ("Hilfsprogramm" for "Programm"). */
const namesNoun = (earlier: string, stem: string) => {
  const earlierStem = mentionStem(earlier);
  return earlierStem === stem || (earlierStem.length > stem.length + 2 && earlierStem.endsWith(stem));
};

/**
 * Whether a deed or someone's words name with a definite article, and nothing after it that says which, a thing the
 * sentence or two before brought in with "ein" ("Ein Schüler hat einen Brief geschrieben. Gnesda bezeichnete den Brief als
 * problematisch"; "stellte ein Hilfsprogramm vor. Weiß lobte das Programm"): on its own, the statement does not tell which
 * letter, which programme. A noun the title names is the text's own topic, which the learner knows ("der Streik").
 */
export function pointsToNounBefore(deed: string, before: string, title: string): boolean {
  if (!INDEFINITE_ARTICLE.test(before)) return false;
  for (const match of matchesOf(DEFINITE_NOUN_PHRASE, deed)) {
    const stem = mentionStem(match[1]!);
    if (saysWhichAfter(deed.slice(match.index + match[0].length))) continue;
    if (!matchesOf(INDEFINITE_NOUN_PHRASE, before).some((earlier) => namesNoun(earlier[1]!, stem))) continue;
    if (title.split(NON_LETTERS).some((word) => word !== "" && namesNoun(word, stem))) continue;
    return true;
  }
  return false;
}
