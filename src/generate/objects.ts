/**
 * What the main actors of the lead did it to: "Was verschärft Nordkorea laut Text als Reaktion auf
 * ...?" with the object of the lead's main verb ("seine Drohgebärden") among other things the same text
 * names in the same form ("die Sanktionen", "einen Angriff"). Who did what asks for the actor and needs
 * other actors of the same kind as wrong options, which a text about one country or one institution
 * lacks; what they did it to needs only other nouns of the text, and tests what happened.
 */
import type { Question } from "../bank/schema";
import { SEPARABLE_PARTICLES } from "../extract/data/claims";
import { roleForms } from "../extract/gender";
import { DEFINITE_ARTICLES, isCapitalised, matchesOf } from "../extract/text";
import type { ActionFact, Span } from "../extract/types";
import { type Choice, distinct, MAX_DISTRACTORS, normalise, single } from "./build";
import { deedOf, NAME_SHAPED, namedAfterPerson } from "./claims";
import { articleSentenceAt, type DocContext, evidenceFor, perDocument, personOf, spanText, storyOpeningEnd } from "./context";
import { ANAPHORIC_EPITHETS, DEED_POINTER_NOUNS, TIME_NOUNS } from "./data/anaphora";
import { GENERIC_VERB_STEMS } from "./data/verbs";
import { PREPOSITIONS, pronounsFirst } from "./german";
import { fullName } from "./persons";
import { actingInstitution, salienceOf } from "./salience";
import { nounStem } from "./nounstems";
import { GENERAL } from "./terms";

/**
 * What the actor did it to weighs this much of the deed: over the blind readings of rounds 8 to 16 such
 * questions failed 10 of 12 times (wrong options the verb cannot take: "die Balance räumen", "die
 * Artillerietruppe verschärfen"), while the same deed as a gap or a statement mostly passed. So a quiz asks
 * the deed another way where it can, and this one only where nothing else of the deed fits; still salient.
 */
const OBJECT_WEIGHT = 0.85;

/**
 * Wrong options at least and at most. One is enough: every wrong option is what the text says another actor did with
 * the same verb ("die Drohgebärden" or "die Sanktionen"?), a choice between two deeds of the story, while padding it
 * with other nouns of the text ("die Gruppe", "den Plan") gave the key away in every blind reading.
 */
const MIN_DISTRACTORS = 1;
/** A stem longer than this runs over a phone's screen. */
const MAX_STEM_LENGTH = 170;
/**
 * Determiners of an object in the accusative whose form is the same for every gender it can take
 * ("die Führung", "seine Drohgebärden", "einen Angriff"): an option taken from anywhere in the text is then
 * an accusative too. Not "ein", "sein", "ihr" (also a masculine nominative: "ein Angriff erfolgte"), nor
 * "der", "dem", "des", "einem", "einer" (no accusative).
 */
const ACCUSATIVE_DETERMINERS: ReadonlySet<string> = new Set([
  "die",
  "das",
  "den",
  "eine",
  "einen",
  "seine",
  "seinen",
  "ihre",
  "ihren",
  "diese",
  "diesen",
  "dieses",
]);
/**
 * A possessive or demonstrative ("ihre Gruppe", "diesen Plan") points to someone or something of its own
 * sentence: an option read on its own is then a fragment. Options and key say it with the definite
 * article of the same case, number and gender ("die Gruppe", "den Plan"; the adjectives keep their endings).
 */
const AS_DEFINITE: ReadonlyMap<string, string> = new Map([
  ["seine", "die"],
  ["ihre", "die"],
  ["diese", "die"],
  ["seinen", "den"],
  ["ihren", "den"],
  ["diesen", "den"],
  ["dieses", "das"],
]);
const asDefinite = (determiner: string) => AS_DEFINITE.get(determiner) ?? determiner;
/** Contractions of a preposition and an article ("im", "zum"): what follows is no object. */
export const CONTRACTIONS: ReadonlySet<string> = new Set(["im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "ums", "übers"]);
/** Genitive determiners: a noun followed by one has an attribute that belongs to it ("die Übernahme eines Stützpunkts"). */
const GENITIVE_DETERMINERS: ReadonlySet<string> = new Set(["des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer"]);
/** Verbs that link a subject to a predicate ("ist Spitzenreiter"), not to an object. */
export const LINKING_VERBS: ReadonlySet<string> = new Set([
  "ist",
  "sind",
  "war",
  "waren",
  "wird",
  "werden",
  "wurde",
  "wurden",
  "bleibt",
  "bleiben",
  "blieb",
  "blieben",
  "gilt",
  "gelten",
  "galt",
  "heißt",
  "scheint",
  "sei",
  "seien",
]);
/** An inflected adjective before a noun ("erste", "britischen"). */
export const ADJECTIVE = /^\p{Ll}{2,}(?:e|en|er|es|em)$/u;
/** A common noun as it stands in the text, a compound also with a hyphen ("Drohgebärden", "Brexit-Referendum"). */
const NOUN = /^\p{Lu}\p{Ll}[\p{L}-]*\p{Ll}$/u;
/**
 * Nouns of people ("Verräterin", "Aktivistinnen", "Südkoreaner", "Kommunisten", "die Aufständischen", "ihre
 * Verbündeten"): "Was" asks for a thing.
 */
const PERSON_NOUN = /(?:erin|erinnen|istin|istinnen|antin|antinnen|entin|entinnen|ische|ischen|ndete|ndeten)$/u;
/** Plurals of people ("Amerikaner", "Kommunisten", "Demonstranten", "Europameister", "Menschenrechtler", "Kritiker"); not things in "-er" ("Gehälter"). */
const PEOPLE = /\p{Ll}(?:aner|isten|anten|enten|logen|innen|eure|meister|tler|iker)$/u;
/** How many letters at the start or end two nouns may share before they may mean the same ("Drohgebärden", "Drohungen"). */
const SHARED_PART = 4;

/** A noun phrase in the accusative, in the text or in a clause. */
interface ObjectPhrase {
  /** As shown: "seine Drohgebärden". */
  text: string;
  determiner: string;
  noun: string;
  /** Where the phrase starts in the text, for what the text says about it. */
  start: number;
  /** The clause it stands in, whose verb may take it (otherObjectsOfVerb). */
  clause: VerbClause;
}

/** Quotation marks and brackets a word may open with, ... */
const OPENING_MARKS = new Set(["„", '"', "»", "«", "("]);
/** ... and the punctuation it may end with. */
const CLOSING_MARKS = new Set([".", ",", ";", ":", "!", "?", '"', "“", "”", "»", "«", ")"]);

/**
 * The word without the marks around it: `word.replace(/^[„"»«(]+|[.,;:!?"“”»«)]+$/gu, "")` by a look at its ends
 * (an expression run over every word of every clause cost more than the rest of finding the objects).
 */
export function bare(word: string): string {
  let start = 0;
  while (start < word.length && OPENING_MARKS.has(word.charAt(start))) start++;
  let end = word.length;
  while (end > start && CLOSING_MARKS.has(word.charAt(end - 1))) end--;
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

/** Words of the names of the text's people, places and countries: names, not things. */
const nameWordsOf = perDocument((doc: DocContext) => {
  const facts = doc.facts;
  // Each name once: a text names its people and places again and again, and the words of a slice of a text
  // with „“ or – anywhere are two bytes per character, which toLowerCase takes ICU's slow path on.
  const names = new Set<string>();
  for (const person of facts.persons) {
    names.add(person.name);
    for (const mention of person.mentions) names.add(mention.text);
  }
  for (const place of facts.places) {
    names.add(place.name);
    for (const mention of place.mentions) names.add(mention.text);
  }
  for (const country of facts.countries) {
    names.add(country.name);
    for (const mention of country.mentions) names.add(mention.text);
  }
  for (const action of facts.actions) if (!action.antecedent) names.add(action.actor.text);
  for (const quote of facts.quotes) names.add(quote.speaker.text);
  const words = new Set<string>();
  for (const name of names) for (const word of name.split(/[\s-]+/u)) if (word.length > 1) words.add(word.toLowerCase());
  return { words };
});

/** Whether a capitalised word is a thing the text names: no name, role, time, general word or word that points back. */
function isThing(doc: DocContext, noun: string): boolean {
  if (!NOUN.test(noun) || noun.length < 4) return false;
  const last = noun.split("-").pop()!;
  // "die Verräterin", "die Aktivistin": a person the text describes, not a thing.
  if (PERSON_NOUN.test(noun) || PEOPLE.test(noun)) return false;
  if (
    GENERAL.has(noun.toLowerCase()) ||
    TIME_NOUNS.has(last) ||
    TIME_NOUNS.has(last.replace(/n$/u, "")) ||
    ANAPHORIC_EPITHETS.has(last) ||
    DEED_POINTER_NOUNS.has(last) ||
    roleForms(last) !== undefined
  )
    return false;
  const names = nameWordsOf(doc).words;
  return !noun.split("-").some((part) => names.has(part.toLowerCase()) || names.has(part.toLowerCase().replace(/s$/u, "")));
}

/** "den" is also the dative plural ("unterstellt den USA", "den Bürgern"): only with a noun that cannot be one. */
const dativePlural = (determiner: string, noun: string) => determiner === "den" && /n$/u.test(noun);

/**
 * The first object of a clause: a determiner in the accusative, adjectives, a noun, not inside a
 * prepositional phrase ("als Reaktion auf Militärmanöver der USA mit Südkorea seine Drohgebärden").
 * Only before the first comma: what follows may be a relative clause about it.
 */
function objectOf(doc: DocContext, words: readonly string[]): ObjectSpan | undefined {
  let inPhrase = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const lower = bare(word).toLowerCase();
    if (/,$/u.test(word)) return undefined;
    if (PREPOSITIONS.has(lower) || CONTRACTIONS.has(lower)) {
      inPhrase = true;
      continue;
    }
    if (/^\d/u.test(word)) {
      // "ab 2016", "am 3. Mai": a figure ends the phrase it stands in.
      inPhrase = false;
      continue;
    }
    if (!inPhrase) {
      const plain = bareObjectAt(doc, words, index);
      if (plain) return plain;
    }
    if (isCapitalised(word)) {
      // A noun ends the phrase it stands in.
      inPhrase = false;
      continue;
    }
    if (inPhrase || !ACCUSATIVE_DETERMINERS.has(word)) continue;
    let noun = index + 1;
    while (noun < words.length && ADJECTIVE.test(words[noun]!)) noun++;
    const candidate = words[noun];
    // "einen Tag nach dem Start", "diese Woche": a time, not what was done.
    if (candidate && TIME_NOUNS.has(bare(candidate))) {
      index = noun;
      continue;
    }
    if (!candidate || bare(candidate) !== candidate.replace(/[.,;:]$/u, "") || !isThing(doc, bare(candidate))) return undefined;
    if (dativePlural(word, bare(candidate))) return undefined;
    if (goesOn(candidate, words[noun + 1])) return undefined;
    return { from: index, to: noun + 1, plain: false };
  }
  return undefined;
}

/** The words of the clause that are the object. */
interface ObjectSpan {
  from: number;
  to: number;
  /** A plural without article ("Wahlen", "erste Teststrecken"). */
  plain: boolean;
}

/** A plural noun as it stands without article ("Wahlen", "Demokratie-Defizite"), not a singular ("Führung"); some singulars end alike ("Reise"). */
const PLURAL = /(?:en|e|er|s)$/u;
/** Words before a noun that make it part of another phrase: articles of any case, figures. */
const NOT_BEFORE_PLAIN =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres|\d.*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|mehrere|viele|einige|wenige|alle|beide)$/u;
/** Words after a comma that open a clause about what comes before it: what follows may be left out. */
// biome-ignore format: a word list, packed for reading
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "der", "die", "das", "den", "dem", "deren", "dessen", "denen", "welche", "welcher", "welches", "wonach", "womit", "wobei",
  "weil", "da", "dass", "um", "als", "nachdem", "obwohl", "wenn", "wie", "was", "wo", "bevor", "damit", "sodass",
]);
/** Prepositions that after a noun mostly open its own attribute ("Sieg über", "Kampf gegen", "Preise für"), not an adverbial of the verb. */
const NOUN_ATTACHED: ReadonlySet<string> = new Set(["über", "gegen", "für", "von", "vom", "zu", "zum", "zur", "auf", "um", "aus", "an"]);
/** Words after an object that make it part of a list: the key would be half of it. */
export const LISTING: ReadonlySet<string> = new Set(["und", "oder", "sowie", "bzw", "noch"]);

/**
 * "die Übernahme eines Stützpunkts", "den Botschafter Sergej Andrejew", "Transparenz und Schutz": the
 * phrase goes on after the noun, so the noun alone is not what was done.
 */
const goesOn = (noun: string, next: string | undefined) =>
  next !== undefined && !/[,;:]$/u.test(noun) && (GENITIVE_DETERMINERS.has(next) || isCapitalised(next) || LISTING.has(next));

/** A plural without article at `index` ("Wahlen", "erste Teststrecken"), outside a prepositional phrase. */
function bareObjectAt(doc: DocContext, words: readonly string[], index: number): ObjectSpan | undefined {
  const previous = index > 0 ? bare(words[index - 1]!).toLowerCase() : "";
  if (NOT_BEFORE_PLAIN.test(previous) || NOT_BEFORE_PLAIN.test(words[index]!) || ADJECTIVE.test(previous)) return undefined;
  // After a capitalised word, a plural is part of a name ("Rotes Kreuz") unless that word is a name of the text ("Deutschland Defizite vorgeworfen").
  // "am Montag Preiserhöhungen": after a phrase that ends in a noun it is not.
  const beforePrevious = bare(words[index - 2] ?? "").toLowerCase();
  const endsPhrase = PREPOSITIONS.has(beforePrevious) || CONTRACTIONS.has(beforePrevious) || NOT_BEFORE_PLAIN.test(beforePrevious);
  if (isCapitalised(words[index - 1] ?? "") && !endsPhrase && !nameWordsOf(doc).words.has(previous)) return undefined;
  let noun = index;
  while (noun < words.length && ADJECTIVE.test(words[noun]!) && !ACCUSATIVE_DETERMINERS.has(words[noun]!)) noun++;
  const candidate = words[noun];
  if (!candidate || noun - index > 1 || bare(candidate) !== candidate.replace(/[.;:]$/u, "")) return undefined;
  const word = bare(candidate);
  if (!PLURAL.test(word) || !isThing(doc, word) || goesOn(candidate, words[noun + 1])) return undefined;
  return { from: index, to: noun + 1, plain: true };
}

/** An accusative determiner in lower case (not opening a sentence: a subject), adjectives, a capitalised noun. */
const PHRASE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...ACCUSATIVE_DETERMINERS].join("|")})\\s+((?:\\p{Ll}+(?:e|en|er|es|em)\\s+){0,2})(\\p{Lu}\\p{Ll}[\\p{L}-]*)(?![\\p{L}\\p{N}-])`,
  "gu",
);
/** A capitalised word right after a phrase: the phrase is part of a name ("das Weiße Haus"). */
const CAPITAL_NEXT = /^\s+\p{Lu}/u;
/** The word before a phrase, with a comma right after it if there is one. */
const WORD_BEFORE = /(\p{L}+)(,?)\s+$/u;

/**
 * Every object-like phrase of the text (an accusative determiner, adjectives, a thing), not after a preposition or
 * comma, with the clause it stands in.
 */
const phrasesOf = perDocument((doc: DocContext) => {
  const phrases: ObjectPhrase[] = [];
  // Each word's stem once: the same words come back clause after clause ("nicht", "eine", "sich", the story's verbs).
  const stems = new Map<string, string>();
  for (const sentence of doc.sentences) {
    const text = spanText(doc, sentence);
    // The clause of the phrase before: the next phrase often stands in it too.
    let clause: VerbClause | undefined;
    for (const match of matchesOf(PHRASE, text)) {
      const [, determiner, adjectives, noun] = match as unknown as [string, string, string, string];
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, match.index! - 20), match.index!));
      // "..., die ..." opens a relative clause; "gegen die ...", "im ..." a prepositional phrase.
      if (!before || before[2] === "," || PREPOSITIONS.has(before[1]!.toLowerCase()) || CONTRACTIONS.has(before[1]!.toLowerCase())) continue;
      if (dativePlural(determiner, noun) || !isThing(doc, noun)) continue;
      // "das Weiße Haus", "die Zeitung The Times": part of a name.
      if (CAPITAL_NEXT.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 2))) continue;
      const shown = asDefinite(determiner);
      const start = sentence.start + match.index!;
      if (clause === undefined || start >= clause.end) clause = clauseAt(text, sentence, match.index!, stems);
      phrases.push({ text: `${shown} ${adjectives}${noun}`.replace(/\s+/gu, " "), determiner: shown, noun, start, clause });
    }
  }
  return { phrases };
});

/** Whether two nouns may name the same thing: one holds the other, or they share a compound's first or last part. */
function alike(one: string, other: string): boolean {
  const a = nounStem(one);
  const b = nounStem(other);
  return a.includes(b) || b.includes(a) || a.slice(0, SHARED_PART) === b.slice(0, SHARED_PART) || a.slice(-SHARED_PART - 1) === b.slice(-SHARED_PART - 1);
}

/**
 * A verb's stem across its forms ("verschärft", "verschärfte" -> "verschärf"; "gefordert", "fordern" -> "forder"): the
 * same verb elsewhere in the text, said of another actor, names a thing this verb takes in this story.
 */
export function verbStem(verb: string): string {
  const lower = verb.toLowerCase();
  // "angekündigt", "zurückgewiesen": the particle, then the participle's stem ("kündigte ... an", "wies ... zurück").
  const particle = /^(\p{Ll}+?)ge\p{Ll}{3,}$/u.exec(lower)?.[1];
  if (particle && SEPARABLE_PARTICLES.has(particle)) return particle + verbStem(lower.slice(particle.length));
  const unprefixed = /^ge\p{Ll}{4,}(?:t|et|en)$/u.test(lower) ? lower.slice(2) : lower;
  return unprefixed.replace(/(?:ete|eten|test|tet|ten|te|en|et|est|st|t|e|n)$/u, "");
}
/** A verb's stem this short ("tu", "geh") is many verbs, or a word that is no verb. */
const MIN_VERB_STEM = 4;
/** A clause with a personal pronoun may say the deed of the actor itself ("Es verschärfte zudem ..."). */
const PRONOUN = /(?<![\p{L}])(?:er|es|sie|Er|Es|Sie)(?![\p{L}])/u;

/** A clause of the text (from comma to comma) that holds an object-like phrase, and the verbs that may take it. */
interface VerbClause {
  start: number;
  end: number;
  /** The sentence it stands in: one that names the actor asked about may tell its deed. */
  sentence: Span;
  /**
   * The verb stems of its words in lower case after the first, each also with the particle of a separable verb
   * where one ends the clause ("kündigte ... an"); only stems long enough to be one verb.
   */
  stems: ReadonlySet<string>;
}

/** What ends a clause. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([",", ";", ":"]);

/**
 * The clause of `text` (a sentence of the document) around `index`, with the verb stems of its words: worked out for
 * the clauses that hold a phrase only, not for every clause of the text (whose verbs no phrase asks about).
 */
function clauseAt(text: string, sentence: Span, index: number, stems: Map<string, string>): VerbClause {
  let from = index;
  while (from > 0 && !CLAUSE_MARKS.has(text.charAt(from - 1))) from--;
  let to = index;
  while (to < text.length && !CLAUSE_MARKS.has(text.charAt(to))) to++;
  const words = text.slice(from, to).trim().split(/\s+/u).map(bare);
  const last = (words[words.length - 1] ?? "").toLowerCase();
  const particle = SEPARABLE_PARTICLES.has(last) ? last : "";
  const verbs = new Set<string>();
  for (let at = 1; at < words.length; at++) {
    const word = words[at]!;
    if (!LOWER_CASE_WORD.test(word)) continue;
    let stem = stems.get(word);
    if (stem === undefined) {
      stem = verbStem(word);
      stems.set(word, stem);
    }
    if (stem.length >= MIN_VERB_STEM) verbs.add(stem);
    if (particle !== "" && particle.length + stem.length >= MIN_VERB_STEM) verbs.add(particle + stem);
  }
  return { start: sentence.start + from, end: sentence.start + to, sentence, stems: verbs };
}

/**
 * The objects the text gives the same verb in clauses of other actors ("Der UN-Sicherheitsrat verschärfte jüngst seine
 * Sanktionen" for "Was verschärft Nordkorea?"): things this verb takes in this story, and wrong for the actor asked
 * about. Any other noun of the text ("die Gruppe", "den Plan") mostly does not fit the verb, and the key stood out
 * among them in every blind reading.
 */
function otherObjectsOfVerb(doc: DocContext, stem: string, actorName: string): ObjectPhrase[] {
  if (stem.length < MIN_VERB_STEM || GENERIC_VERB_STEMS.has(stem)) return [];
  const actors = new Set(doc.facts.actions.map((other) => other.actor.start));
  return phrasesOf(doc).phrases.filter((phrase) => {
    // A clause with the verb, not in a sentence that names the actor, nor with a pronoun that may be the actor.
    const clause = phrase.clause;
    if (actors.has(phrase.start) || !clause.stems.has(stem)) return false;
    if (spanText(doc, clause.sentence).includes(actorName) || PRONOUN.test(doc.text.slice(clause.start, clause.end))) return false;
    // "die syrische Opposition fordern": right before the verb, the subject.
    const end = doc.text.indexOf(phrase.noun, phrase.start) + phrase.noun.length;
    const next = bare(/^\s*(\S+)/u.exec(doc.text.slice(end, end + 40))?.[1] ?? "");
    return !(LOWER_CASE_WORD.test(next) && verbStem(next) === stem);
  });
}

/** A word in lower case of four letters or more: a verb at the clause end ("verschärft"), not a particle ("an"). */
const LOWER_CASE_WORD = /^\p{Ll}{4,}$/u;

/** The verb that says what was done: the participle or infinitive at the clause end after an auxiliary or modal, else the finite verb with its particle. */
export function lexicalVerb(words: readonly string[], action: ActionFact): string {
  const comma = words.findIndex((word) => /[,;:]$/u.test(word));
  const last = bare(words[comma === -1 ? words.length - 1 : comma] ?? "");
  const finite = action.verb.text;
  if (GENERIC_VERB_STEMS.has(verbStem(finite)) && LOWER_CASE_WORD.test(last)) return last;
  return action.particle ? action.particle.text + finite : finite;
}

/** The actor as the subject of a question: a person's full name, an institution with a lower-case article. */
export function subjectOf(doc: DocContext, action: ActionFact): string | undefined {
  const person = personOf(doc, action.person);
  if (person) return fullName(person);
  const words = (action.namedAs ?? action.actor).text.replace(/\s+/gu, " ").split(" ");
  if (/^(?:ein|eine|einer|einem|einen|eines)$/iu.test(words[0]!)) return undefined;
  // "die Mitglieder", "die Regierungsdelegation": of what or whom, only the rest of the text says; a country or city, a
  // name of two words or one with a hyphen or an inner capital ("die EU-Kommission", "der IS") says it itself.
  const named = words.slice(/^(?:der|die|das)$/iu.test(words[0]!) ? 1 : 0);
  if (!action.place && named.length < 2 && !named.some((word) => NAME_SHAPED.test(word))) return undefined;
  return /^(?:Der|Die|Das)$/u.test(words[0]!) ? [words[0]!.toLowerCase(), ...words.slice(1)].join(" ") : words.join(" ");
}

export function objectQuestions(doc: DocContext): Question[] {
  const questions: Question[] = [];
  const quoted = new Set(doc.facts.quotes.filter((quote) => !quote.pointsBack).map((quote) => quote.start));
  // The lead and the story's first paragraph, which tells the main event further (salience, by position, ranks it below the lead).
  const early = storyOpeningEnd(doc);
  for (const action of doc.facts.actions) {
    const at = articleSentenceAt(doc, action.start);
    // An actor "Er" (src/extract/actions.ts): the object's evidence would not show who.
    // Reported speech: "Was wolle ..." would keep its subjunctive.
    // What was done to a person ("Sobotka wird ... entschädigt"): its object is no thing they did something to.
    if (quoted.has(action.start) || action.reported || action.undergoer || !at || at.index >= early || action.antecedent) continue;
    if (LINKING_VERBS.has(action.verb.text) || (action.person && namedAfterPerson(doc, action.actor))) continue;
    const deed = deedOf(doc, action);
    const subject = subjectOf(doc, action);
    const evidence = evidenceFor(doc, action);
    if (!deed || !subject || !evidence) continue;
    const words = deed.rest.replace(/^[,;:]\s*/u, "").split(" ");
    const object = objectOf(doc, words);
    // "einen Sieg über den IS", "den Kampf gegen Separatisten": a phrase that belongs to the noun would stay behind in the stem.
    if (!object || NOUN_ATTACHED.has(bare(words[object.to] ?? "").toLowerCase())) continue;
    // "zusammenstehen und gemeinsame Strategien ausarbeiten": two deeds; the stem would join them into one.
    if (words.slice(0, object.from).some((word) => LISTING.has(word))) continue;
    const keyWords = words.slice(object.from, object.to);
    if (!object.plain) keyWords[0] = asDefinite(keyWords[0]!);
    const key = keyWords.join(" ").replace(/[.,;:]$/u, "");
    const comma = words.findIndex((word, index) => index >= object.to - 1 && /,$/u.test(word));
    // "..., wonach ...", "..., die ...": a clause about what was said or done, left out of the stem; a list ("Kulterer, Berlin und Co") is not cut.
    if (comma !== -1 && !CLAUSE_OPENERS.has(bare(words[comma + 1] ?? "").toLowerCase())) continue;
    const rest = [...words.slice(0, object.from), ...words.slice(object.to, comma === -1 ? words.length : comma + 1)].join(" ").replace(/,$/u, "");
    const { pronouns, after } = pronounsFirst(rest);
    const stem = `Was ${action.verb.text} ${subject} ${pronouns}laut Text ${after}?`.replace(/\s+\?$/u, "?").replace(/\s+/gu, " ");
    if (stem.length > MAX_STEM_LENGTH) continue;
    const keyNoun = bare(words[object.to - 1]!);
    const person = personOf(doc, action.person);
    const done = verbStem(lexicalVerb(words, action));
    const shown = normalise(stem);
    const actorName = person
      ? person.surname
      : action.actor.text
          .replace(/^(?:Der|Die|Das|der|die|das)\s+/u, "")
          .split(/\s+/u)
          .pop()!;
    // Wrong options: what the text gives the same verb of other actors in the same form, not in this sentence, not
    // like the answer, not shown in the stem.
    // For a plural without article, the plurals the text names with "die" or "keine", without it.
    const objects = otherObjectsOfVerb(doc, done, actorName);
    const forms = object.plain
      ? objects.flatMap((phrase) =>
          (phrase.determiner === "die" || phrase.determiner === "keine") && phrase.text.split(" ").length === 2 && PLURAL.test(phrase.noun)
            ? [{ ...phrase, text: phrase.noun }]
            : [],
        )
      : objects;
    const candidates = forms.filter(
      (phrase) => !(phrase.start >= evidence.start && phrase.start < evidence.end) && !alike(phrase.noun, keyNoun) && !shown.includes(normalise(phrase.noun)),
    );
    const determiner = object.plain ? "" : asDefinite(words[object.from]!);
    // Only the same shape: as many words, and definite where the key is ("einen britischen Pressebericht"
    // among "die Entwicklung" and "die Wahrheit", "den spektakulären Kräftevergleich" among "den Druck"
    // stood out by form in round 8's reading); without two such options, no question. The same determiner first.
    const wordCount = (text: string) => text.split(" ").length;
    const definite = (word: string) => DEFINITE_ARTICLES.has(word);
    const sameShape = candidates.filter(
      (phrase) => (object.plain || definite(phrase.determiner) === definite(determiner)) && wordCount(phrase.text) === wordCount(key),
    );
    sameShape.sort((a, b) => Number(a.determiner !== determiner) - Number(b.determiner !== determiner) || a.start - b.start);
    const seen = new Set<string>();
    const distractors: Choice[] = distinct(
      sameShape.filter((phrase) => {
        const stemmed = nounStem(phrase.noun);
        if ([...seen].some((other) => alike(other, phrase.noun))) return false;
        seen.add(stemmed);
        return true;
      }),
      new Set([normalise(key)]),
      MAX_DISTRACTORS,
    ).map((phrase) => ({ text: phrase.text }));
    if (distractors.length < MIN_DISTRACTORS) continue;
    const question = single(
      {
        documentId: doc.id,
        topic: "action",
        key: `${action.clause.start}:object`,
        fact: `action:${action.clause.start}`,
        salience:
          Math.round(
            salienceOf(doc, "action", action.clause, { persons: person ? [person] : [], institution: actingInstitution(action) }) * OBJECT_WEIGHT * 1000,
          ) / 1000,
        stem,
        evidence,
      },
      { text: key },
      distractors,
    );
    if (question) questions.push(question);
  }
  return questions;
}
