/**
 * Statements attributed to a speaker: "…, sagte Merkel.", "…, so die Polizei.", "Merkel sagte, …",
 * "Laut Polizei …", "Der Polizei zufolge …", „…“, erklärte X. Only where the attribution is plain:
 * a wrong speaker would make a wrong key.
 */
import {
  AS_SAID_VERBS,
  BACK_POINTING_SAYING_VERBS,
  CONVICTION_ADJECTIVES,
  CONVICTION_VERBS,
  CONVICTION_WITH_SICH,
  COMPUTING_VERBS,
  CONNECTIVES_BEFORE_COLON,
  PASSIVE_AUXILIARIES,
  ATTRIBUTE_PREPOSITIONS,
  ATTRIBUTING_NOUNS,
  ATTRIBUTION_WORDS,
  FINDING_PERFECT_FORMS,
  FINDING_PERFECTS,
  FINDING_FOREFIELD_ADVERBS,
  FINDING_FOREFIELD_DETERMINERS,
  FINDING_FOREFIELD_PREPOSITIONS,
  FINDING_SOURCES,
  FINDING_VERBS,
  FINDING_VERBS_BEFORE_THAT,
  FINDING_VERBS_LAST,
  FINDING_WORK,
  FOREFIELD_OPENERS,
  INTERVIEW_ANSWER,
  IRREGULAR_FINITE_VERBS,
  LEADING_ATTRIBUTIONS,
  PERFECT_AUXILIARIES,
  PHRASE_DETERMINERS,
  REFLEXIVE_SAYING_VERBS,
  REPLY_VERBS,
  REPORTED_SPEECH_VERBS,
  RESEARCHERS,
  SAYING_PARTICIPLES,
  SAYING_TO_VERBS,
  SAYING_VERBS,
  SEPARABLE_PARTICLES,
  STANCE_VERBS,
  TRAILING_ATTRIBUTIONS,
} from "./data/claims";
import { STATE_BODY_ENDINGS } from "./data/state-bodies";
import { isRoleToken, isRoleWord } from "./persons";
import {
  CITY_ADJECTIVE,
  holderOfOffice,
  institutionNamedBefore,
  type OfficeHolder,
  type Phrase,
  type PersonMention,
  personEpithetAt,
  phraseAt,
  pronounAntecedent,
  tokenAfter,
  withFieldOfBody,
} from "./phrases";
import type { CountryMention } from "./countries";
import type { Doc } from "./doc";
import { NOUN_PHRASE_CONJUNCTIONS } from "./data/grammar";
import { capitalise, isAdjectiveLike, type Token } from "./text";
import type { ActionFact, Mention, QuoteFact, Sentence, Span } from "./types";

/** Words that end with a closing quotation mark, before or after the sentence's final mark. */
const ENDS_QUOTATION = /["“”«][.!?]?$|[.!?]["“”«]$/u;
const OPENING_MARKS = new Set(["„", '"', "»", "“", "‚"]);
const CLOSING_MARKS = new Set(["“", '"', "«", "”", "‘"]);
/** How many sentences a quotation in marks may run over. */
const MAX_QUOTE_SENTENCES = 6;
/** A comma right before the attribution, possibly after the closing quotation mark. */
const COMMA_GAP = /^["“”»«'’]*,[ \t\u00a0]+$/u;
/**
 * After the speaker: nothing, a bracket ("(ÖVP)"), a subordinate clause that belongs to the attribution, or an
 * addition after a dash ("erklärte Entholzer – mit der Auflage, keine Koalition ... zu bilden").
 */
const ATTRIBUTION_TAIL =
  /^(?:[ \t\u00a0]*\([^)]*\))?(?:[^,;:–—]*|[^,;:–—]*,[ \t\u00a0]+(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?|wie|als|nachdem|bevor|während|weil|wo)\b.*|[^,;:–—]*[ \t\u00a0][–—-][ \t\u00a0].*)$/su;

/** The id of the passage a sentence stands in: its own id without the sentence number ("p3" of "p3s2"). */
const passageOf = (sentence: Sentence) => sentence.id.replace(/s\d+$/u, "");

interface Located {
  sentence: Sentence;
  index: number;
}

/** A sentence as the quote finders read it: the text and its sentences, where it stands, its tokens, and who the text names. */
interface SentenceReading {
  text: string;
  sentences: readonly Sentence[];
  at: Located;
  tokens: readonly Token[];
  persons: ReadonlyMap<number, PersonMention>;
  holders: readonly OfficeHolder[];
  countries: ReadonlyMap<number, CountryMention>;
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,:;–-]/u.test(text[start]!)) start++;
  while (end > start && /[\s,:;.!?–-]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

function mention(text: string, span: Span): Mention {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** A word and a colon that open words without quotation marks ("Bloß: "). */
const WORD_AND_COLON = /^(\p{L}+):[ \t\u00a0]+/u;

/** Strips enclosing quotation marks; `direct` when there were marks on both sides. */
function unquoted(text: string, span: Span): { span: Span; direct: boolean } {
  const inner = trimmed(text, span);
  if (inner.end - inner.start >= 2 && OPENING_MARKS.has(text[inner.start]!) && CLOSING_MARKS.has(text[inner.end - 1]!)) {
    return { span: trimmed(text, { start: inner.start + 1, end: inner.end - 1 }), direct: true };
  }
  // "Bloß: Bei solchen Maßnahmen muss ..., erklärt X": the writer's connective before the colon is not X's word.
  const connective = WORD_AND_COLON.exec(text.slice(inner.start, Math.min(inner.end, inner.start + 40)));
  if (connective && CONNECTIVES_BEFORE_COLON.has(connective[1]!.toLowerCase()))
    return { span: { start: inner.start + connective[0].length, end: inner.end }, direct: false };
  return { span: inner, direct: false };
}

/** The quotation mark that opens the quote closing at `closing`, searched back through the passage's sentences. */
function openingBefore(text: string, sentences: readonly Sentence[], at: Located, closing: number): { start: number; first: Sentence } | undefined {
  const passage = passageOf(at.sentence);
  for (let back = 0; back < MAX_QUOTE_SENTENCES && at.index - back >= 0; back++) {
    const sentence = sentences[at.index - back]!;
    if (!sentence.id.startsWith(`${passage}s`)) return undefined;
    const from = back === 0 ? closing - 1 : sentence.end;
    for (let position = from - 1; position >= sentence.start; position--) {
      const char = text[position]!;
      if (char === "„" || char === "»") return { start: position, first: sentence };
      if (char === "“" || char === "«" || char === "”") return undefined;
    }
  }
  return undefined;
}

/** Particles that may stand between a trailing verb of saying and its speaker ("meint auch Funk", "sagte etwa die Polizei"). */
const PARTICLES_BEFORE_SPEAKER: ReadonlySet<string> = new Set(["auch", "etwa", "ebenfalls", "zudem", "dagegen", "hingegen", "wiederum"]);

/** The words trailingAttribution looks for, in one set: asked of every word of a sentence, one lookup rules out the most. */
const TRAILING_ATTRIBUTION_WORDS: ReadonlySet<string> = new Set([
  ...SAYING_VERBS,
  ...ATTRIBUTION_WORDS,
  ...REFLEXIVE_SAYING_VERBS,
  ...REPLY_VERBS,
  ...CONVICTION_VERBS,
]);

/** A sentence that closes with an adjective of conviction ("…, zeigte sich Huber überzeugt."): it may attribute its words. */
const closesWithConviction = (tokens: readonly Token[]) => CONVICTION_ADJECTIVES.has(tokens[tokens.length - 1]?.lower ?? "");

/**
 * "…, zeigte sich Huber überzeugt.", "…, ist sich die Polizei sicher.": whether the verb at `index` states its speaker's
 * conviction, with the adjective that closes the sentence after the speaker and nothing but words between.
 */
function statesConviction(tokens: readonly Token[], index: number, tail: string): boolean {
  const adjective = tokens[tokens.length - 1]!.lower;
  if (!CONVICTION_VERBS.has(tokens[index]!.lower) || !CONVICTION_ADJECTIVES.has(adjective) || /[,;:–—()]/u.test(tail)) return false;
  return adjective !== CONVICTION_WITH_SICH || tokens.slice(index + 1).some((token) => token.lower === "sich");
}

/** "…, sagte Merkel.", "…, so die Polizei.", "„…“, erklärte X am Montag." */
function trailingAttribution(reading: SentenceReading, before: SentenceBefore | undefined): QuoteFact | undefined {
  const { text, sentences, at, tokens, persons, holders, countries } = reading;
  const { sentence } = at;
  for (let index = tokens.length - 2; index >= 2; index--) {
    const verb = tokens[index]!;
    if (!TRAILING_ATTRIBUTION_WORDS.has(verb.lower)) continue;
    // "..., erinnerte sich Lejsek.": "sich" stands between the verb and its speaker.
    const conviction = CONVICTION_VERBS.has(verb.lower) && closesWithConviction(tokens);
    const reflexive = (REFLEXIVE_SAYING_VERBS.has(verb.lower) || conviction) && tokens[index + 1]?.lower === "sich";
    if (!SAYING_VERBS.has(verb.lower) && !ATTRIBUTION_WORDS.has(verb.lower) && !REPLY_VERBS.has(verb.lower) && !conviction && !reflexive) continue;
    const comma = tokens[index - 1]!;
    if (!COMMA_GAP.test(text.slice(comma.end, verb.start))) continue;
    // "..., meint auch Funk.": a particle between the verb and its speaker.
    const afterVerb = reflexive ? index + 2 : index + 1;
    const speakerAt = PARTICLES_BEFORE_SPEAKER.has(tokens[afterVerb]?.lower ?? "") ? afterVerb + 1 : afterVerb;
    // "Merkel, die in Paris war, sagte, die Lage sei ernst": a comma after the verb opens the words, not its speaker.
    if (text.slice(verb.end, tokens[speakerAt]?.start ?? verb.end).includes(",")) continue;
    const pronounOfBefore = pronounSpeaker(text, sentence, tokens, speakerAt, before, persons);
    const pronounOfColon = pronounOfBefore ? undefined : namedBeforeColon(text, sentence, tokens, speakerAt, persons);
    const pronoun = pronounOfBefore ?? pronounOfColon?.pronoun;
    const phrase = pronoun ?? phraseAt(text, tokens, speakerAt, persons, countries);
    // "..., so der Landeshauptmann": the one holder of that office the text named before.
    let speaker = phrase && (holderOfOffice(text, tokens, phrase, holders) ?? (phrase.person ? phrase : (withFieldOfBody(text, tokens, phrase) ?? phrase)));
    if (!speaker) continue;
    // "schrieb der Chef der Ukip, Nigel Farage, im ...": the name in apposition is the speaker.
    const apposition = speaker.person ? undefined : appositionAfter(text, tokens, speaker, persons);
    if (apposition) speaker = apposition;
    const tail = text.slice(speaker.mention.end, sentence.end).replace(/[.!?]+["“”»«']*$/u, "");
    // "Was den Andrang betrifft, sagt Pritz: Wir hoffen, ...": the words follow the speaker's colon.
    const colon = SAYING_VERBS.has(verb.lower) ? COLON_AFTER_SPEAKER.exec(tail) : null;
    if (colon) return wordsAfterColon(text, sentence, speaker.mention.end + colon[0].length, speaker, verb.text);
    if (conviction && !statesConviction(tokens, index, tail)) continue;
    if (!ATTRIBUTION_TAIL.test(tail) && !(apposition && closedApposition(tail)) && !rolesAfter(text, tokens, speaker) && !particleAfterRole(reading, speaker))
      continue;
    // "Nicht so für ... Stefan Schmuckenschlager (ÖVP): Die Kennzeichenfrage ist ..., sagt er": the words after the colon.
    let quoteSpan: Span = { start: pronounOfColon?.wordsStart ?? sentence.start, end: comma.end };
    let first = sentence;
    const beforeComma = text.slice(comma.end, verb.start);
    const closing = beforeComma.search(/["“”«]/u);
    if (closing !== -1 && !OPENING_MARKS.has(text[sentence.start]!)) {
      const opening = openingBefore(text, sentences, at, comma.end + closing + 1);
      if (!opening) continue;
      quoteSpan = { start: opening.start, end: comma.end + closing + 1 };
      first = opening.first;
    } else if (closing !== -1) {
      quoteSpan = { start: sentence.start, end: comma.end + closing + 1 };
    }
    const { span, direct } = unquoted(text, quoteSpan);
    if (span.end - span.start < 8) return undefined;
    // "Um dieses Momentum zu nutzen, kündigte ... an": a subordinate clause alone before the verb belongs to its sentence, no one's words.
    const words = text.slice(span.start, span.end);
    if (!direct && SUBORDINATORS.test(words.toLowerCase()) && !words.includes(",")) return undefined;
    const fact = quoteFact(text, { start: first.start, end: sentence.end }, span, direct, speaker, verb.text);
    if (pronounOfBefore && before) fact.antecedent = { start: before.sentence.start, end: before.sentence.end };
    if (pronounOfColon) fact.speaker = pronounOfColon.name;
    return fact;
  }
  return undefined;
}

/** Articles before a finding's source after its verb: "ergab eine Wiener Studie", "fanden die Forscher heraus". */
const SOURCE_ARTICLES: ReadonlySet<string> = new Set(["die", "der", "das", "eine", "ein"]);
/** Adjectives before a finding's source noun, at most: "eine große internationale Studie". */
const MAX_ADJECTIVES_BEFORE_SOURCE = 3;

const isFindingSource = (token: Token) => token.capitalised && (FINDING_SOURCES.test(token.lower) || RESEARCHERS.test(token.lower));

/**
 * A study or its researchers right after a verb of finding, up to their noun: "eine Wiener Studie", "Wiener
 * Psychologen", "die Forscher" (what follows, "der Universität Wien", stays in the attribution's tail).
 */
function findingSource(text: string, tokens: readonly Token[], from: number): Phrase | undefined {
  let index = SOURCE_ARTICLES.has(tokens[from]?.lower ?? "") ? from + 1 : from;
  while (index - from <= MAX_ADJECTIVES_BEFORE_SOURCE && tokens[index] && !isFindingSource(tokens[index]!)) {
    const word = tokens[index]!;
    if (!word.joined || !(CITY_ADJECTIVE.test(word.text) || (!word.capitalised && isAdjectiveLike(word.text)))) return undefined;
    index++;
  }
  const noun = tokens[index];
  if (!noun || (index > 0 && !noun.joined) || !isFindingSource(noun)) return undefined;
  return { mention: mention(text, { start: tokens[from]!.start, end: noun.end }), named: false, next: index + 1 };
}

/** The particle a verb of finding closes its sentence with ("" for none: "ergab", "berechneten"), undefined for another word. */
const findingParticle = (word: string): string | undefined => FINDING_VERBS.get(word) ?? (COMPUTING_VERBS.has(word) ? "" : undefined);

/**
 * "Eine strikte Haltung wird geschätzt, ergab eine Wiener Studie.", "..., fanden Wiener Psychologen heraus.": what a
 * study or its researchers found, before a verb of finding (FINDING_VERBS) and its source. No one's words: a
 * finding, which the text names no rival for.
 */
function trailingFinding(text: string, at: Located, tokens: readonly Token[]): QuoteFact | undefined {
  const { sentence } = at;
  for (let index = tokens.length - 2; index >= 2; index--) {
    const verb = tokens[index]!;
    const particle = findingParticle(verb.text);
    if (particle === undefined) continue;
    const comma = tokens[index - 1]!;
    if (!COMMA_GAP.test(text.slice(comma.end, verb.start))) continue;
    const source = findingSource(text, tokens, index + 1);
    if (!source) continue;
    // "fanden ... heraus": the particle closes the sentence.
    if (particle !== "" && tokens[tokens.length - 1]!.lower !== particle) continue;
    const tail = text.slice(source.mention.end, sentence.end).replace(/[.!?]+["“”»«']*$/u, "");
    if (!ATTRIBUTION_TAIL.test(tail)) continue;
    const { span, direct } = unquoted(text, { start: sentence.start, end: comma.end });
    if (span.end - span.start < 8) return undefined;
    const words = text.slice(span.start, span.end);
    if (!direct && SUBORDINATORS.test(words.toLowerCase()) && !words.includes(",")) return undefined;
    const fact = quoteFact(text, sentence, span, direct, source, particle === "" ? verb.text : `${verb.text} ${particle}`);
    fact.finding = true;
    return fact;
  }
  return undefined;
}

/** The verb of a finding in a "dass" clause after it, as QuoteFact.verb gives it: "zeigt, dass". */
export const FINDING_THAT = ", dass";

/** Words of a genitive after a finding's source before its verb, at most: "Eine Umfrage des Instituts Forsa ergab". */
const MAX_GENITIVE_WORDS = 4;

/** The source with the genitive that says whose it is: "Eine Umfrage des Instituts Forsa", "Eine Studie der Universität Wien". */
function withGenitive(text: string, tokens: readonly Token[], source: Phrase | undefined): Phrase | undefined {
  const article = source && tokens[source.next];
  // "Analysen von Kaspersky Lab ergaben": whose, after "von" as after a genitive's article.
  if (!source || !article?.joined || (article.lower !== "des" && article.lower !== "der" && article.lower !== "von")) return source;
  let next = source.next + 1;
  while (next - source.next <= MAX_GENITIVE_WORDS && tokens[next]?.joined && (tokens[next]!.capitalised || isAdjectiveLike(tokens[next]!.text))) next++;
  // "Die Forscher der Universität Wien zeigten, dass": a verb in "-en" reads like an adjective; the genitive ends at its noun.
  while (next > source.next + 1 && !tokens[next - 1]!.capitalised) next--;
  if (next === source.next + 1) return undefined;
  return { ...source, mention: mention(text, { start: source.mention.start, end: tokens[next - 1]!.end }), next };
}

/**
 * The verb of finding right after a study or its researchers, before a "dass" clause: one word ("zeigt"), with its
 * particle ("fanden heraus", "stellten fest") or in the perfect ("haben herausgefunden", FINDING_PERFECT_FORMS).
 */
function findingVerbAt(tokens: readonly Token[], at: number): { text: string; next: number } | undefined {
  const verb = tokens[at];
  const second = tokens[at + 1];
  if (!verb) return undefined;
  const particle = findingParticle(verb.text) ?? FINDING_VERBS_BEFORE_THAT.get(verb.text);
  if (particle === "") return { text: verb.text, next: at + 1 };
  if (!second?.joined) return undefined;
  const twoWords = `${verb.text} ${second.text}`;
  return second.lower === particle || FINDING_PERFECT_FORMS.has(twoWords) ? { text: twoWords, next: at + 2 } : undefined;
}

/**
 * "Ein Experiment zeigt, dass der Tod nicht durch Ersticken eintritt – und ...", "Die Forscher fanden heraus, dass ...",
 * "Die Forscher haben festgestellt, dass ...": a study or its researchers open the sentence, a verb of finding, then what
 * they found in a "dass" clause, up to a dash (which adds something else) or the sentence's end.
 */
function leadingFinding(text: string, at: Located, tokens: readonly Token[]): QuoteFact | undefined {
  const source = withGenitive(text, tokens, findingSource(text, tokens, 0));
  const verb = source && findingVerbAt(tokens, source.next);
  return verb && findingThatClause(text, at, tokens, source, verb);
}

/** The "dass" clause right after a finding's verb (ending at `verb.next`), up to a dash or the sentence's end: what was found. */
function findingThatClause(text: string, at: Located, tokens: readonly Token[], source: Phrase, verb: { text: string; next: number }): QuoteFact | undefined {
  const that = tokens[verb.next];
  const first = tokens[verb.next + 1];
  if (!that || !first || that.lower !== "dass") return undefined;
  if (!/^,[ \t\u00a0]+$/u.test(text.slice(tokens[verb.next - 1]!.end, that.start))) return undefined;
  const dash = text.slice(first.start, at.sentence.end).search(/[ \t\u00a0][–—][ \t\u00a0]/u);
  const span = trimmed(text, { start: first.start, end: dash === -1 ? at.sentence.end : first.start + dash });
  if (span.end - span.start < 8) return undefined;
  const fact = quoteFact(text, at.sentence, span, false, source, `${verb.text}${FINDING_THAT}`);
  fact.finding = true;
  return fact;
}

/**
 * How many tokens a fore-field before a finding's inverted verb may take: an adverb that links it to what came before
 * ("So", "Dabei", FINDING_FOREFIELD_ADVERBS), or the study it was found in ("In ihren Experimenten", "Bei der
 * Untersuchung"). A statement leaves it out and loses nothing; any other fore-field may narrow the finding ("Bei Mäusen
 * fanden die Forscher heraus"), which left out would state more than the text does. Zero where there is none of these.
 */
function findingForefieldLength(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first) return 0;
  if (FINDING_FOREFIELD_ADVERBS.has(first.lower)) return 1;
  if (!FINDING_FOREFIELD_PREPOSITIONS.has(first.lower) || !FINDING_FOREFIELD_DETERMINERS.has(tokens[1]?.lower ?? "")) return 0;
  // "In ihren ersten Experimenten": an adjective may stand before the noun.
  for (let index = 2; index <= 3; index++) {
    const word = tokens[index];
    if (!word?.joined) return 0;
    if (word.capitalised) return FINDING_WORK.test(word.lower) ? index + 1 : 0;
  }
  return 0;
}

/**
 * "So fanden die Forscher heraus, dass ...", "In ihren Experimenten haben die Psychologen herausgefunden, dass ...",
 * "Dabei zeigte die Studie, dass ...": a finding with its verb before its source, after a fore-field a statement may
 * leave out (findingForefieldLength); what they found in the "dass" clause, as for leadingFinding.
 */
function invertedFinding(text: string, at: Located, tokens: readonly Token[]): QuoteFact | undefined {
  const verbAt = findingForefieldLength(tokens);
  const finite = tokens[verbAt];
  if (verbAt === 0 || !finite?.joined || finite.capitalised) return undefined;
  const source = withGenitive(text, tokens, findingSource(text, tokens, verbAt + 1));
  const closer = source && tokens[source.next];
  if (!source || !tokens[verbAt + 1]!.joined) return undefined;
  const particle = findingParticle(finite.lower) ?? FINDING_VERBS_BEFORE_THAT.get(finite.lower);
  if (particle === "") return findingThatClause(text, at, tokens, source, { text: finite.text, next: source.next });
  if (!closer?.joined) return undefined;
  // "fanden die Forscher heraus", "haben die Psychologen herausgefunden": the particle or the participle after the source.
  const twoWords = `${finite.text} ${closer.text}`;
  if (closer.lower !== particle && !FINDING_PERFECT_FORMS.has(twoWords)) return undefined;
  return findingThatClause(text, at, tokens, source, { text: twoWords, next: source.next + 1 });
}

/**
 * The verb of finding that closes a clause of "wie" after the finding, in the order the statement gives it:
 * "herausfanden" → "fanden heraus" (FINDING_VERBS_LAST), or a verb of FINDING_VERBS without a particle ("zeigten").
 */
function findingVerbLast(token: Token): string | undefined {
  const moved = FINDING_VERBS_LAST.get(token.lower);
  if (moved !== undefined) return moved;
  return findingParticle(token.lower) === "" ? token.lower : undefined;
}

/**
 * "Akustisches Feedback spielt eine wichtige Rolle, wie Forscher nun herausfanden.", "..., wie die Forscher im Fachblatt
 * Science berichten.": a clause of "wie" closes the sentence, a study or its researchers right after "wie", a few words
 * of when or where, the verb of finding last; what they found is the main clause before its comma, as for
 * trailingFinding.
 */
function closingWieFinding(text: string, at: Located, tokens: readonly Token[]): QuoteFact | undefined {
  const last = tokens[tokens.length - 1];
  const verb = last && findingVerbLast(last);
  if (!verb) return undefined;
  for (let index = tokens.length - 3; index >= 2; index--) {
    const wie = tokens[index]!;
    if (wie.lower !== "wie") continue;
    if (!COMMA_BETWEEN.test(text.slice(tokens[index - 1]!.end, wie.start))) return undefined;
    const source = withGenitive(text, tokens, findingSource(text, tokens, index + 1));
    if (!source || !tokens[index + 1]!.joined || tokens.length - 1 - source.next > MAX_WORDS_BEFORE_FINDING_VERB) return undefined;
    for (let between = source.next; between < tokens.length; between++) if (!tokens[between]!.joined) return undefined;
    const comma = tokens[index - 1]!;
    const span = trimmed(text, { start: at.sentence.start, end: comma.end });
    const words = text.slice(span.start, span.end);
    // One main clause before it: after a comma, the clause of "wie" may belong only to the clause next to it.
    if (span.end - span.start < 8 || words.includes(",") || SUBORDINATORS.test(words.toLowerCase())) return undefined;
    const fact = quoteFact(text, at.sentence, span, false, source, verb);
    fact.finding = true;
    return fact;
  }
  return undefined;
}

/** Words between a finding's source and its verb in a clause of "wie" before the finding, at most: "im Fachblatt Science". */
const MAX_WORDS_BEFORE_FINDING_VERB = 6;
/** Words that open a comparison after a participle ("aufgenommen wie in Abschnitten ohne"): the clause's verbs close before it. */
const COMPARISON_AFTER_VERBS: ReadonlySet<string> = new Set(["wie", "als"]);
/** A mark between two words that closes a clause: a comma, a semicolon, a colon, a dash, a bracket. */
const CLAUSE_MARK = /[,;:–—()]/u;

/**
 * "Wie Versuche in Panama zeigten, wird ... aufgenommen", "Wie die Forscher im Fachblatt X schreiben, wurden die Opfer
 * ... zusammengepresst, dass ...": a study or its researchers (findingSource) in a clause of "wie" that opens the
 * sentence, a few words of where between, a verb of finding last (FINDING_PERFECTS, which a statement needs); the main
 * clause after its comma, which opens with its verb, is what they found (`sourceFirst`). Only a main clause in which
 * nobody acts, a passive or one of "es" or "man" ("gibt es ..."): where someone acts ("haben sie ... entdeckt"), the
 * finder of deeds asks what they did.
 */
function frontedFinding(text: string, at: Located, tokens: readonly Token[]): QuoteFact | undefined {
  // At the sentence's start, or after a colon: "Ein Forscherteam hat ... dokumentiert: Wie Versuche ... zeigten, ...".
  const wie = tokens.findIndex((token, index) => token.text === "Wie" && (index === 0 || text.slice(tokens[index - 1]!.end, token.start).startsWith(":")));
  const source = wie === -1 ? undefined : withGenitive(text, tokens, findingSource(text, tokens, wie + 1));
  if (!source) return undefined;
  for (let index = source.next; index < tokens.length - 2 && index - source.next <= MAX_WORDS_BEFORE_FINDING_VERB; index++) {
    const clauseVerb = tokens[index]!;
    const verb = tokens[index + 1]!;
    // "Wie Forscher um David Martill (Universität Portsmouth) berichten": a bracket inside the clause.
    if (!clauseVerb.joined && !/^\s*[()]\s*$/u.test(text.slice(tokens[index - 1]!.end, clauseVerb.start))) return undefined;
    if (!FINDING_PERFECTS.has(clauseVerb.text)) continue;
    if (!COMMA_BETWEEN.test(text.slice(clauseVerb.end, verb.start)) || verb.capitalised) return undefined;
    const impersonal = PRONOUNS_AFTER_VERB.has(tokens[index + 2]!.text);
    if (!impersonal && !(PASSIVE_AUXILIARIES.has(verb.lower) && closesWithParticiple(text, tokens, index + 1))) return undefined;
    const span = trimmed(text, { start: verb.start, end: at.sentence.end });
    if (span.end - span.start < 8) return undefined;
    const fact = quoteFact(text, at.sentence, span, false, source, clauseVerb.text);
    fact.finding = true;
    fact.sourceFirst = true;
    return fact;
  }
  return undefined;
}

/**
 * Whether the clause of the verb at `verbAt` closes with a participle ("wurden die Opfer ... zusammengepresst,"), also
 * before a comparison ("wird ... aufgenommen wie in ..."): a passive.
 */
function closesWithParticiple(text: string, tokens: readonly Token[], verbAt: number): boolean {
  let index = verbAt + 1;
  // "rund 3.000 Wölfe": the point of a figure stays inside the clause, a comma or a dash closes it.
  while (tokens[index] && !CLAUSE_MARK.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start)) && !COMPARISON_AFTER_VERBS.has(tokens[index]!.text))
    index++;
  const last = tokens[index - 1]!;
  return index - 1 > verbAt && !last.capitalised && PARTICIPLE.test(last.text);
}

/** A colon right after the speaker (or their party in brackets), then the words: "sagt Pritz: Wir hoffen ...". */
const COLON_AFTER_SPEAKER = /^(?:[ \t\u00a0]*\([^)]*\))?:[ \t\u00a0]+/u;

/** The words after the speaker's colon, to the sentence's end: within the sentence, in quotation marks or not. */
function wordsAfterColon(text: string, sentence: Sentence, start: number, speaker: Phrase, verb: string): QuoteFact | undefined {
  const words = text.slice(start, sentence.end).trim();
  // A quotation that opens here and closes in a later sentence: where it ends, the finder does not look.
  if (OPENING_MARKS.has(words[0]!) && !ENDS_QUOTATION.test(words)) return undefined;
  const { span, direct } = unquoted(text, { start, end: sentence.end });
  if (span.end - span.start < 8) return undefined;
  return quoteFact(text, sentence, span, direct, speaker, verb);
}

/** A pronoun as a speaker after the saying verb ("..., sagte er."), and the gender of the person it may stand for. */
const SPEAKER_PRONOUNS: ReadonlyMap<string, "male" | "female"> = new Map([
  ["er", "male"],
  ["sie", "female"],
]);

/** The sentence before, as the finder of quotes read it: whom it is about. */
interface SentenceBefore {
  sentence: Sentence;
  /** The person who opens it, acting, or who speaks in it. */
  subject: PersonMention | undefined;
}

/** "Papst Franziskus besuchte am Sonntag Quito. Die Kirche verliere ihr Licht, warnte er.": "er" or "sie" after the saying verb, as pronounAntecedent resolves it. */
function pronounSpeaker(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  index: number,
  before: SentenceBefore | undefined,
  persons: ReadonlyMap<number, PersonMention>,
): Phrase | undefined {
  const word = tokens[index];
  const gender = word && SPEAKER_PRONOUNS.get(word.text);
  const person = word && gender && before ? pronounAntecedent(text, sentence, before.sentence, before.subject?.person, gender, persons) : undefined;
  if (word && person) return { mention: { start: word.start, end: word.end, text: word.text }, person, named: true, next: index + 1 };
  // "..., sagte der 53-Jährige.": an age or a country's noun (personEpithetAt) stands for that person as "er" would.
  const epithet = before && !gender ? personEpithetAt(text, tokens, index, persons) : undefined;
  const named = epithet && pronounAntecedent(text, sentence, before!.sentence, before!.subject?.person, epithet.gender, persons);
  return named && epithet.fits(named) ? { mention: epithet.mention, person: named, named: true, next: index + 2 } : undefined;
}

/**
 * "Nicht so für Klosterneuburgs Bürgermeister Stefan Schmuckenschlager (ÖVP): Die Kennzeichenfrage ist eine
 * Identitätsfrage, sagt er im STANDARD-Gespräch.": "er" or "sie" after the verb for the one person of that gender the
 * sentence names, before its colon; the words are those after the colon. The pronoun as speaker's phrase (what
 * follows it is read as after any speaker), with the name it stands for.
 */
function namedBeforeColon(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  index: number,
  persons: ReadonlyMap<number, PersonMention>,
): { pronoun: Phrase; name: Mention; wordsStart: number } | undefined {
  const word = tokens[index];
  const gender = word && SPEAKER_PRONOUNS.get(word.text);
  const colon = gender ? text.indexOf(": ", sentence.start) : -1;
  if (!word || colon === -1 || colon > word.start) return undefined;
  let named: PersonMention | undefined;
  for (const candidate of persons.values()) {
    if (candidate.mention.start < sentence.start || candidate.mention.start >= sentence.end || candidate.person.gender !== gender) continue;
    // Two of that gender, or one named after the colon: "er" may be either.
    if (named || candidate.mention.start > colon) return undefined;
    named = candidate;
  }
  if (!named) return undefined;
  const pronoun = { mention: mention(text, word), person: named.person, named: true, next: index + 1 };
  return { pronoun, name: named.mention, wordsStart: colon + 1 };
}

/** The comma that closes a speaker in apposition, and the first word after it. */
const APPOSITION_CLOSE = /^[ \t\u00a0]*,[ \t\u00a0]+(\p{L}+)/u;

/**
 * Whether the comma after a speaker in apposition closes the attribution: "der Chef der Ukip, Nigel Farage, im
 * Kurznachrichtendienst Twitter", "..., Dmitri Peskow, am Freitag". Not where the statement goes on after it
 * ("Die Entscheidung, sagte der Chef, Hans Huber, sei falsch").
 */
function closedApposition(tail: string): boolean {
  const next = APPOSITION_CLOSE.exec(tail);
  return next !== null && AFTER_SAYING_VERB.has(next[1]!) && ATTRIBUTION_TAIL.test(tail.slice(tail.indexOf(",") + 1));
}

/**
 * Whether the speaker's role follows the name after a comma, up to the sentence's end: "sagte Timo Reinfrank,
 * Koordinator bei der Amadeu Antonio Stiftung aus Berlin.", "so Nguyen Khac Giang, Wissenschafter am Institut".
 * Only a role noun: after a comma another name or noun may open a clause of its own.
 */
function rolesAfter(text: string, tokens: readonly Token[], speaker: Phrase): boolean {
  const role = tokens[speaker.next];
  if (!role || !/^[ \t\u00a0]*,[ \t\u00a0]+$/u.test(text.slice(speaker.mention.end, role.start))) return false;
  if (!isRoleToken(role) && !(role.capitalised && RESEARCHERS.test(role.text))) return false;
  // The rest of the sentence is the role's attribute: no second comma, no colon, nothing in quotation marks.
  return !/[,;:„“”"»«]/u.test(text.slice(role.end, tokens[tokens.length - 1]!.end));
}

/**
 * "..., warf Alexandra Strickner, Obfrau von Attac-Österreich, Malmström vor.": the speaker's role between commas, then
 * the rest of the attribution up to the particle of its verb, which closes the sentence. Not where anything else ends
 * it: "Die Entscheidung, sagte Huber, Chef der Partei, sei falsch" goes on with what was said.
 */
function particleAfterRole(reading: SentenceReading, speaker: Phrase): boolean {
  const { text, at, tokens } = reading;
  const roleEnd = speaker.person ? closedRoleAfter(text, tokens, speaker) : undefined;
  if (roleEnd === undefined || !SEPARABLE_PARTICLES.has(tokens[tokens.length - 1]!.lower)) return false;
  return ATTRIBUTION_TAIL.test(text.slice(roleEnd, at.sentence.end).replace(/[.!?]+["“”»«']*$/u, ""));
}

/** Articles that may open an apposition of role and name after an office ("Odessas Gouverneur, der georgische Expräsident ..."). */
const APPOSITION_ARTICLES: ReadonlySet<string> = new Set(["der", "die"]);

/** A named person right after the phrase, between commas: "der Chef der Ukip, Nigel Farage,". */
function appositionAfter(text: string, tokens: readonly Token[], phrase: Phrase, persons: ReadonlyMap<number, PersonMention>): Phrase | undefined {
  let index = phrase.next;
  // Skip a bracket inside the phrase: "der Ukip (UK Independence Party), Nigel Farage".
  if (/^[ \t\u00a0]*\(/u.test(text.slice(phrase.mention.end, tokens[index]?.start ?? phrase.mention.end))) {
    const close = text.indexOf(")", phrase.mention.end);
    while (index < tokens.length && tokens[index]!.start < close) index++;
  }
  // "der Sprecher von Präsident Wladimir Putin, Dmitri Peskow": the person the speaker speaks for comes first.
  if (tokens[index]?.lower === "von") {
    let name = index + 1;
    while (name < tokens.length && isRoleToken(tokens[name]!)) name++;
    const spokenFor = persons.get(tokens[name]?.start ?? -1);
    if (spokenFor) index = tokenAfter(tokens, name, spokenFor.mention.end);
  }
  // "die Vize-Chefin des UNHCR in Uganda, Sakura Atsumi": where the office is held, a place of one or two words.
  if (tokens[index]?.lower === "in" && tokens[index]!.joined) {
    let place = index + 1;
    while (place < index + 3 && tokens[place]?.capitalised && tokens[place]!.joined && !persons.has(tokens[place]!.start)) place++;
    if (place > index + 1) index = place;
  }
  const next = tokens[index];
  const previousEnd = tokens[index - 1]?.end ?? phrase.mention.end;
  if (!next || !/^\)?,[ \t\u00a0]+$/u.test(text.slice(previousEnd, next.start))) return undefined;
  // "sagt Odessas Gouverneur, der georgische Expräsident Michail Saakaschwili": an article, adjectives and roles before the name.
  let nameAt = index;
  if (APPOSITION_ARTICLES.has(next.lower)) {
    nameAt++;
    while (nameAt < tokens.length && !tokens[nameAt]!.capitalised && isAdjectiveLike(tokens[nameAt]!.lower)) nameAt++;
    while (nameAt < tokens.length && isRoleToken(tokens[nameAt]!) && !persons.has(tokens[nameAt]!.start)) nameAt++;
    if (nameAt === index + 1 || !isRoleToken(tokens[nameAt - 1]!)) return undefined;
  }
  const named = persons.get(tokens[nameAt]?.start ?? -1);
  if (!named) return undefined;
  let after = index;
  while (after < tokens.length && tokens[after]!.start < named.mention.end) after++;
  return { mention: named.mention, person: named.person, named: true, next: after };
}

/** Words that may stand between a verb of saying and the comma or colon: "sagte am Montag", "erklärte gegenüber der APA". */
const AFTER_SAYING_VERB: ReadonlySet<string> = new Set([
  "am",
  "im",
  "in",
  "bei",
  "beim",
  "gegenüber",
  "vor",
  "nach",
  "auf",
  "dazu",
  "zudem",
  "außerdem",
  "weiter",
  "jedoch",
  "aber",
  "nun",
  "heute",
  "gestern",
  "damals",
  "später",
  "zuvor",
  "bereits",
  "ebenfalls",
  "auch",
  "mit",
  "laut",
  "dann",
  "anschließend",
  "danach",
  "zuletzt",
  "erneut",
  "einmal",
  "kürzlich",
  "jüngst",
]);
/** Words between a verb of saying and its comma or colon, the verb included: "warnte nach dem Wahlsieg vom Sonntag:". */
const MAX_WORDS_AFTER_SAYING_VERB = 7;

/** The phrase with a name that ends its genitive ("der Zeitung Cumhuriyet"): capitalised words right after it. */
function nameAfterGenitive(text: string, tokens: readonly Token[], phrase: Phrase): Phrase {
  let next = phrase.next;
  while (next < phrase.next + 3 && tokens[next]?.capitalised && tokens[next]!.joined && tokens[next]!.nameLike) next++;
  if (next === phrase.next) return phrase;
  const last = tokens[next - 1]!;
  return { ...phrase, mention: mention(text, { start: phrase.mention.start, end: last.end }), next };
}

/** A quote opening with one of these is a subordinate clause of the attribution, not what was said. */
const SUBORDINATORS = /^(?:während|weil|obwohl|wenn|als|nachdem|bevor|da|wie|womit|wobei|sodass|ob|um)\b/u;

/** "Merkel sagte, …", "Die Polizei erklärte am Montag: „…“". */
function leadingAttribution(reading: SentenceReading, opening: Phrase | undefined): QuoteFact | undefined {
  const { text, tokens, persons } = reading;
  let speaker = opening;
  if (!speaker) return undefined;
  // "Der Chefredakteur der Zeitung Cumhuriyet, Can Dündar, warnte ...": the name in apposition is the speaker.
  const after = tokens[speaker.next]?.lower ?? "";
  if (!speaker.person && !SAYING_VERBS.has(after) && !PERFECT_AUXILIARIES.has(after)) {
    const apposition = appositionAfter(text, tokens, nameAfterGenitive(text, tokens, speaker), persons);
    if (!apposition || !/^,[ \t\u00a0]+$/u.test(text.slice(apposition.mention.end, tokens[apposition.next]?.start ?? apposition.mention.end))) return undefined;
    speaker = apposition;
  }
  // "Innocent Kamansi, selbst Flüchtling, sagt, ...": what the speaker is, between commas, before the verb.
  const afterApposition = speaker.person && !SAYING_VERBS.has(after) && !PERFECT_AUXILIARIES.has(after) ? verbAfterApposition(reading, speaker) : undefined;
  if (afterApposition !== undefined) speaker = { ...speaker, next: afterApposition };
  const verb = tokens[speaker.next];
  if (!verb) return undefined;
  if (SAYING_VERBS.has(verb.lower)) return statementAfter(reading, speaker.next, speaker, verb.text);
  return perfectAttribution(reading, speaker);
}

/**
 * The verb of saying (or the auxiliary of its perfect) in the singular right after an apposition between commas
 * that follows a named speaker ("Innocent Kamansi, selbst Flüchtling, sagt, ..."): its index. The apposition names no
 * other person and joins no list.
 */
function verbAfterApposition(reading: SentenceReading, speaker: Phrase): number | undefined {
  const { text, tokens, persons } = reading;
  const opening = tokens[speaker.next];
  if (!opening || !COMMA_BETWEEN.test(text.slice(speaker.mention.end, opening.start))) return undefined;
  for (let index = speaker.next; index < tokens.length - 1 && index - speaker.next <= MAX_APPOSITION_WORDS; index++) {
    const token = tokens[index]!;
    if (persons.has(token.start) || NOUN_PHRASE_CONJUNCTIONS.has(token.lower)) return undefined;
    const next = tokens[index + 1]!;
    if (next.joined) continue;
    const singular = (SAYING_VERBS.has(next.lower) && !next.lower.endsWith("en")) || PERFECT_AUXILIARIES.get(next.lower) === false;
    return singular && COMMA_BETWEEN.test(text.slice(token.end, next.start)) ? index + 1 : undefined;
  }
  return undefined;
}

/** Words between "hatte" and the participle of saying at most: "hatte vor einer Woche im Parlament gesagt". */
const MAX_WORDS_BEFORE_PARTICIPLE = 6;

/**
 * "Golan hatte vor einer Woche gesagt, es beunruhige ihn ...": the perfect or pluperfect of saying, a few words of
 * when or where between its auxiliary and its participle, then the statement; its verb in the simple past.
 */
function perfectAttribution(reading: SentenceReading, speaker: Phrase): QuoteFact | undefined {
  const { tokens } = reading;
  const plural = PERFECT_AUXILIARIES.get(tokens[speaker.next]!.lower);
  if (plural === undefined) return undefined;
  for (let index = speaker.next + 1; index <= Math.min(tokens.length - 1, speaker.next + 1 + MAX_WORDS_BEFORE_PARTICIPLE); index++) {
    const token = tokens[index]!;
    // Only the words of one clause: a comma or a mark before the participle ends the search.
    if (!token.joined) return undefined;
    const past = SAYING_PARTICIPLES.get(token.lower);
    if (past) return statementAfter(reading, index, speaker, plural ? `${past}n` : past);
  }
  return undefined;
}

/** Words of whom the words were said to, after the dative article, at most: "der Welt am Sonntag". */
const MAX_ADDRESSEE_WORDS = 4;
/** Small words inside the name of a medium ("Welt am Sonntag"). */
const ADDRESSEE_JOINERS: ReadonlySet<string> = new Set(["am", "im"]);

/**
 * "sagte der Zeitung Kurier, ...", "sagte der Welt am Sonntag, ...", "sagte der "Frankfurter Allgemeinen Zeitung",
 * ...": whom a verb of saying (SAYING_TO_VERBS) at `verb` says the words to, in the dative, up to the comma or colon
 * before them; the index of its last word. Only capitalised words (and "am", "im" between them): "sagte der Regierung
 * Hilfe zu" is a promise, no attribution.
 */
function addresseeAfter(text: string, tokens: readonly Token[], verb: number): number | undefined {
  const article = tokens[verb + 1];
  if (!SAYING_TO_VERBS.has(tokens[verb]?.lower ?? "") || !article || (article.lower !== "der" && article.lower !== "dem")) return undefined;
  if (!/^[ \t\u00a0]+$/u.test(text.slice(tokens[verb]!.end, article.start))) return undefined;
  for (let index = verb + 2; index <= verb + 1 + MAX_ADDRESSEE_WORDS && index < tokens.length - 1; index++) {
    const word = tokens[index]!;
    if (!word.capitalised && !(ADDRESSEE_JOINERS.has(word.lower) && tokens[index + 1]!.capitalised)) return undefined;
    if (!/^[ \t\u00a0"„“»«]+$/u.test(text.slice(tokens[index - 1]!.end, word.start))) return undefined;
    if (word.capitalised && /^["“»«]?[,:]/u.test(text.slice(word.end, tokens[index + 1]!.start))) return index;
  }
  return undefined;
}

/**
 * The statement after an attribution whose last word (the verb, or the speaker after it) is `tokens[last]`: a few
 * words may follow it ("sagte am Montag"), then a comma or colon opens the statement, to the sentence's end or,
 * in quotation marks, to the mark that closes it.
 */
function statementAfter(reading: SentenceReading, last: number, speaker: Phrase, verb: string): QuoteFact | undefined {
  const { text, sentences, at, tokens } = reading;
  const { sentence } = at;
  const next = tokens[last + 1];
  const separated = next && /[,:]/u.test(text.slice(tokens[last]!.end, next.start));
  const addressee = addresseeAfter(text, tokens, last);
  if (next && !separated && addressee === undefined && !AFTER_SAYING_VERB.has(next.lower) && !SEPARABLE_PARTICLES.has(next.lower)) return undefined;
  for (let index = addressee ?? last; index < Math.min(tokens.length - 1, last + MAX_WORDS_AFTER_SAYING_VERB); index++) {
    const gap = text.slice(tokens[index]!.end, tokens[index + 1]!.start);
    if (!/[,:]/u.test(gap)) {
      if (/[^\s\p{L}\p{N}'’-]/u.test(gap.replace(/[()]/gu, ""))) return undefined;
      continue;
    }
    // "warnte Franziskus vor der heutigen, konsumistischen Kultur": a comma between the adjectives of a noun phrase.
    if (tokens[index]!.text === tokens[index]!.lower && PHRASE_DETERMINERS.has(tokens[index - 1]?.lower ?? "")) return undefined;
    let start = tokens[index + 1]!.start;
    if (OPENING_MARKS.has(gap.trim().slice(-1))) start -= 1;
    if (text.startsWith("dass ", start)) start += 5;
    else if (SUBORDINATORS.test(text.slice(start, start + 12))) return undefined;
    let end = sentence.end;
    let lastSentence = sentence;
    if (OPENING_MARKS.has(text[start]!) && !ENDS_QUOTATION.test(text.slice(start, sentence.end).trim())) {
      // The quotation runs on into the following sentences until its closing mark.
      for (let next = at.index + 1; next < Math.min(sentences.length, at.index + MAX_QUOTE_SENTENCES); next++) {
        const candidate = sentences[next]!;
        if (passageOf(candidate) !== passageOf(sentence)) return undefined;
        const body = text.slice(candidate.start, candidate.end).trim();
        if (ENDS_QUOTATION.test(body)) {
          end = candidate.end;
          lastSentence = candidate;
          break;
        }
      }
      if (lastSentence === sentence) return undefined;
    }
    const { span, direct } = unquoted(text, { start, end });
    if (span.end - span.start < 8) return undefined;
    return quoteFact(text, { start: sentence.start, end: lastSentence.end }, span, direct, speaker, verb);
  }
  return undefined;
}

/** Words before the verb of a fore-field attribution, at most: "Zur Möglichkeit einer Volksbefragung meinte". */
const MAX_FOREFIELD_WORDS = 8;

/**
 * "Zur Möglichkeit von Containerdörfern meinte der Landeshauptmann: Man muss ...": a fore-field of a preposition
 * or an adverb (FOREFIELD_OPENERS) without a comma, the verb of saying, its speaker, then the statement after a colon.
 */
function forefieldAttribution(reading: SentenceReading): QuoteFact | undefined {
  const { text, tokens, persons, holders, countries } = reading;
  if (!tokens[0] || !FOREFIELD_OPENERS.has(tokens[0].lower)) return undefined;
  for (let index = 1; index < Math.min(tokens.length - 2, MAX_FOREFIELD_WORDS + 1); index++) {
    if (!tokens[index]!.joined) return undefined;
    const verb = tokens[index]!;
    if (!SAYING_VERBS.has(verb.text)) continue;
    const phrase = phraseAt(text, tokens, index + 1, persons, countries);
    // "meinte der Landeshauptmann": the one holder of that office the text named before.
    const speaker = phrase && (holderOfOffice(text, tokens, phrase, holders) ?? phrase);
    if (!speaker || !tokens[index + 1]!.joined) return undefined;
    const quote = statementAfter(reading, speaker.next - 1, speaker, verb.text);
    // After a comma ("Vor seiner Reise sagte Erdogan, er sei offen ..."), the words are what findActions reads as
    // the speaker's deed, "er" resolved, which asks more than a quote with "er" in it could (on the dev set, two
    // such sentences lost their statement); after a colon they are the speaker's own words.
    return quote && text.slice(speaker.mention.end, quote.quote.start).includes(":") ? quote : undefined;
  }
  return undefined;
}

/** Articles in the dative before a study that is a claim's source: "Laut einer Studie", "Der Umfrage zufolge". Lower case. */
const DATIVE_SOURCE_ARTICLES: ReadonlySet<string> = new Set(["der", "dem", "den", "einer", "einem"]);

/**
 * A study named by whose it is, in the dative, from token `from`: "einer Studie der Universität Wien", "einer Umfrage
 * von Greenpeace", "der neuen Erhebung des Sozialministeriums". Only with that genitive or "von": "einer Studie" alone
 * names no source a learner could tell.
 */
function studySource(text: string, tokens: readonly Token[], from: number): Phrase | undefined {
  let index = DATIVE_SOURCE_ARTICLES.has(tokens[from]?.lower ?? "") ? from + 1 : from;
  while (index - from <= MAX_ADJECTIVES_BEFORE_SOURCE && tokens[index]?.joined && !tokens[index]!.capitalised && isAdjectiveLike(tokens[index]!.text)) index++;
  const noun = tokens[index];
  if (!noun || (index > from && !noun.joined) || !noun.capitalised || !FINDING_SOURCES.test(noun.lower)) return undefined;
  const source = { mention: mention(text, { start: tokens[from]!.start, end: noun.end }), named: false, next: index + 1 };
  const named = withGenitive(text, tokens, source);
  return named && named.next > source.next ? named : undefined;
}

/** "Laut Polizei wurden …", "Der Polizei zufolge wurden …". */
function attributedByPreposition(reading: SentenceReading, opening: Phrase | undefined): QuoteFact | undefined {
  const { text, at, tokens, persons } = reading;
  const { sentence } = at;
  const first = tokens[0];
  if (!first) return undefined;
  // "Einer Studie der Universität Wien zufolge leben ...": a study's claim, its source read as a whole.
  const study = studySource(text, tokens, LEADING_ATTRIBUTIONS.has(first.lower) ? 1 : 0);
  if (study && (LEADING_ATTRIBUTIONS.has(first.lower) || TRAILING_ATTRIBUTIONS.has(tokens[study.next]?.lower ?? ""))) {
    const restAt = LEADING_ATTRIBUTIONS.has(first.lower) ? study.next : study.next + 1;
    const rest = tokens[restAt];
    if (!rest?.joined) return undefined;
    const { span } = unquoted(text, { start: rest.start, end: sentence.end });
    if (span.end - span.start < 8) return undefined;
    return quoteFact(text, sentence, span, false, study, LEADING_ATTRIBUTIONS.has(first.lower) ? first.text : tokens[study.next]!.text);
  }
  if (LEADING_ATTRIBUTIONS.has(first.lower)) {
    const speaker = phraseAt(text, tokens, 1, persons) ?? barePhrase(text, tokens, 1);
    const rest = tokens[speaker ? afterRoleApposition(text, tokens, speaker) : -1];
    if (!speaker || !rest) return undefined;
    const { span } = unquoted(text, { start: rest.start, end: sentence.end });
    if (span.end - span.start < 8) return undefined;
    return withVerbSecond(text, tokens, tokens.indexOf(rest), quoteFact(text, sentence, span, false, speaker, first.text));
  }
  const speaker = opening;
  const word = tokens[speaker?.next ?? -1];
  if (!speaker || !word || !TRAILING_ATTRIBUTIONS.has(word.lower)) return undefined;
  const rest = tokens[speaker.next + 1];
  if (!rest) return undefined;
  const { span } = unquoted(text, { start: rest.start, end: sentence.end });
  if (span.end - span.start < 8) return undefined;
  return withVerbSecond(text, tokens, speaker.next + 1, quoteFact(text, sentence, span, false, speaker, word.text));
}

/**
 * The token after a speaker's role in apposition ("Laut Karin Hofer, Sprecherin des Innenministeriums, wurden ..."): what
 * the person said starts there, not at the role. The token after the speaker where no such role follows.
 */
function afterRoleApposition(text: string, tokens: readonly Token[], speaker: Phrase): number {
  const role = speaker.person?.role;
  const comma = tokens[speaker.next];
  if (!role || !comma || !text.startsWith(`, ${role},`, tokens[speaker.next - 1]!.end)) return speaker.next;
  const end = tokens[speaker.next - 1]!.end + role.length + 3;
  let index = speaker.next;
  while (index < tokens.length && tokens[index]!.start < end) index++;
  return index;
}

/** "Laut Bürgermeister Huber gibt es ...": a person's words after the attribution as a main clause of their own (verbSecond); an institution's stay a source's. */
function withVerbSecond(text: string, tokens: readonly Token[], verbAt: number, fact: QuoteFact): QuoteFact {
  if (fact.person !== undefined) fact.quote = verbSecond(text, tokens, verbAt, fact.quote);
  return fact;
}

/** "Laut Polizei", "laut Angaben der Behörden": a noun without article after "laut". */
function barePhrase(text: string, tokens: readonly Token[], from: number): Phrase | undefined {
  const noun = tokens[from];
  if (!noun?.capitalised) return undefined;
  let end = from + 1;
  if (tokens[end]?.lower === "der" || tokens[end]?.lower === "des") {
    if (tokens[end + 1]?.capitalised) end += 2;
  }
  const last = tokens[end - 1]!;
  return { mention: mention(text, { start: noun.start, end: last.end }), named: false, next: end };
}

/** Subject pronouns that may stand right after an inverted verb and open the clause in its place: "gibt es" → "Es gibt". */
const PRONOUNS_AFTER_VERB: ReadonlySet<string> = new Set(["es", "man"]);

/**
 * The words after a fore-field attribution ("Laut Pritz gibt es reges Interesse ..."), which open with the inverted
 * verb, as a main clause of their own: "Es gibt reges Interesse ...". Only where "es" or "man" follows the verb;
 * which longer phrase after it is the subject, the finder cannot tell. The words as they stand otherwise.
 */
function verbSecond(text: string, tokens: readonly Token[], verbAt: number, span: Span): Mention {
  const verb = tokens[verbAt]!;
  const pronoun = tokens[verbAt + 1];
  if (verb.start === span.start && !verb.capitalised && pronoun?.joined && PRONOUNS_AFTER_VERB.has(pronoun.text)) {
    const words = `${pronoun.text.charAt(0).toUpperCase()}${pronoun.text.slice(1)} ${verb.text}${text.slice(pronoun.end, span.end)}`;
    return { start: span.start, end: span.end, text: words };
  }
  return mention(text, span);
}

const isStateBody = (noun: Token) => noun.capitalised && STATE_BODY_ENDINGS.some((ending) => noun.lower.endsWith(ending));

/** Words between the speaker of a clause of "wie" and its verb of saying, at most: "am Montag in einer Aussendung". */
const MAX_WORDS_BEFORE_AS_SAID = 6;

/**
 * The clause of "wie" from token `from` (the "wie") that attributes: its speaker right after "wie" (a person or a
 * body the text names), a few words of when or where, its verb of saying last (AS_SAID_VERBS), and the index of that
 * verb: "wie das marokkanische Innenministerium am Montag mitteilte".
 */
function asSaidClause(reading: SentenceReading, from: number): { speaker: Phrase; verbAt: number } | undefined {
  const { text, tokens, persons, holders, countries } = reading;
  const phrase = tokens[from + 1]?.joined ? phraseAt(text, tokens, from + 1, persons, countries) : undefined;
  const speaker = phrase && (holderOfOffice(text, tokens, phrase, holders) ?? phrase);
  // A person or a body of a state ("die Polizei", "das Innenministerium"); not an agency or a paper, which relay what
  // others did: no one's words a reader is asked about.
  if (!speaker || !(speaker.person || isStateBody(tokens[speaker.next - 1]!))) return undefined;
  for (let index = speaker.next; index < tokens.length && index - speaker.next <= MAX_WORDS_BEFORE_AS_SAID; index++) {
    const token = tokens[index]!;
    if (!token.joined) return undefined;
    if (AS_SAID_VERBS.has(token.text)) return { speaker, verbAt: index };
  }
  return undefined;
}

/**
 * "Wie das Innenministerium am Montag mitteilte, handelt es sich um einen Belgier ...", "Wie die Agentur meldete, soll
 * Davutoğlu ... zusammenstellen": a clause of "wie" opens the sentence and attributes its main clause, which opens
 * with its verb; the words are that main clause with its subject first ("Es handelt sich ...", "Davutoğlu soll ...").
 * "Der Mann wurde festgenommen, wie die Polizei mitteilte.": closing the sentence, it attributes what stands before.
 */
function asSaidAttribution(reading: SentenceReading): QuoteFact | undefined {
  const { text, at, tokens, persons, countries } = reading;
  const { sentence } = at;
  const end = trimmed(text, sentence).end;
  if (OPENING_MARKS.has(text[sentence.start]!) || text[end] === "?") return undefined;
  if (tokens[0]?.lower === "wie") {
    const clause = asSaidClause(reading, 0);
    const verbAt = clause && clause.verbAt + 1;
    const verb = verbAt !== undefined ? tokens[verbAt] : undefined;
    // After the clause, the main clause's finite verb: a word in small letters right after the comma.
    if (!clause || !verb || verb.capitalised || !COMMA_BETWEEN.test(text.slice(tokens[verbAt! - 1]!.end, verb.start))) return undefined;
    // "..., wie die griechischen Behörden bestätigten.": a second clause of "wie" at the end attributes to someone else; the words stop before it.
    const closing = closingAsSaid(reading);
    const span = { start: verb.start, end: closing ? tokens[closing.wieAt - 1]!.end : end };
    const words = mainClauseAfterVerb(text, tokens, verbAt!, span, persons, countries);
    if (!words || span.end - span.start < 8) return undefined;
    return { ...quoteFact(text, sentence, span, false, clause.speaker, tokens[clause.verbAt]!.text, words), asSaid: true };
  }
  const closing = closingAsSaid(reading);
  if (!closing) return undefined;
  const span = trimmed(text, { start: sentence.start, end: tokens[closing.wieAt - 1]!.end });
  const words = text.slice(span.start, span.end);
  // One main clause before it: after a comma, the clause of "wie" may attribute only the clause next to it ("..., da der
  // Bezirk ... nicht mehr existiert, wie das Land bekanntgab").
  if (span.end - span.start < 8 || words.includes(",") || SUBORDINATE_OPENERS.has(tokens[0]?.lower ?? "")) return undefined;
  // A passive only, or "es" or "man" after the verb: where someone acts, the finder of deeds asks what they did.
  const verbAt = tokens.findIndex(
    (token, index) => index > 0 && (PASSIVE_AUXILIARIES.has(token.lower) || PRONOUNS_AFTER_VERB.has(tokens[index + 1]?.text ?? "")),
  );
  if (verbAt === -1 || !(isPassive(tokens, verbAt, span.end) || PRONOUNS_AFTER_VERB.has(tokens[verbAt + 1]!.text))) return undefined;
  return { ...quoteFact(text, sentence, span, false, closing.speaker, tokens[closing.verbAt]!.text), asSaid: true };
}

/** "Das" or "Dies" (also "Die" before a verb, a demonstrative then) standing for the sentence before. */
const BACK_POINTING_OPENERS: ReadonlySet<string> = new Set(["das", "dies", "die"]);
/** Marks of someone's own words or a question in the sentence before: it is no plain statement of the reporter's. */
const NOT_A_PLAIN_STATEMENT = /["„“”»«?:]/u;

/**
 * "Österreich bekommt ab 2016 erste Teststrecken. Das kündigte Infrastrukturminister Alois Stöger an.": the speaker
 * named after the news, pointing back at it with "Das" or "Dies" and a verb of making it known
 * (BACK_POINTING_SAYING_VERBS). The words are the sentence before, the reporter's words of what the speaker made known
 * (asSaid: never in quotation marks); the evidence both sentences. Only where the sentence before, in the same
 * passage, is a plain statement (no quotation marks, no colon, no question) that no quote found before holds
 * (`free`), and the speaker is a person of the text or a body of a state, and nothing but a few words of when or where
 * and the verb's particle follow it.
 */
function backPointingAttribution(reading: SentenceReading, free: boolean): QuoteFact | undefined {
  const { text, sentences, at, tokens, persons, holders, countries } = reading;
  const verb = tokens[1];
  const particle = verb && BACK_POINTING_SAYING_VERBS.get(verb.lower);
  if (!free || particle === undefined || !BACK_POINTING_OPENERS.has(tokens[0]!.lower) || !verb!.joined) return undefined;
  const before = sentences[at.index - 1];
  if (!before || passageOf(before) !== passageOf(at.sentence)) return undefined;
  const words = trimmed(text, before);
  const said = text.slice(words.start, words.end).replace(/[.!]$/u, "");
  if (NOT_A_PLAIN_STATEMENT.test(said) || said.length < 8) return undefined;
  const phrase = phraseAt(text, tokens, 2, persons, countries);
  const speaker = phrase && (holderOfOffice(text, tokens, phrase, holders) ?? phrase);
  if (!speaker || !(speaker.person || isStateBody(tokens[speaker.next - 1]!))) return undefined;
  const last = tokens[tokens.length - 1]!;
  if (particle !== "" && last.lower !== particle) return undefined;
  const tail = text.slice(speaker.mention.end, particle === "" ? at.sentence.end : last.start).replace(/[.!]+$/u, "");
  if (!ATTRIBUTION_TAIL.test(tail) || /[,;:–—]/u.test(tail)) return undefined;
  const span = { start: words.start, end: words.start + said.length };
  const fact = quoteFact(text, { start: before.start, end: at.sentence.end }, span, false, speaker, particle === "" ? verb!.text : `${verb!.text} ${particle}`);
  return { ...fact, asSaid: true, pointsBack: true };
}

/** A clause of "wie" after a comma that closes the sentence, its verb of saying the last word: "..., wie die Polizei mitteilte." */
function closingAsSaid(reading: SentenceReading): { speaker: Phrase; verbAt: number; wieAt: number } | undefined {
  const { text, tokens } = reading;
  for (let index = tokens.length - 3; index >= 2; index--) {
    if (tokens[index]!.lower !== "wie" || !COMMA_BETWEEN.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start))) continue;
    const clause = asSaidClause(reading, index);
    return clause && clause.verbAt === tokens.length - 1 ? { ...clause, wieAt: index } : undefined;
  }
  return undefined;
}

/**
 * A main clause that opens with its finite verb (after a clause put before it) as a sentence of its own, its subject
 * first: "handelt es sich um ..." → "Es handelt sich um ...", "soll Davutoğlu ein Kabinett bilden" → "Davutoğlu soll
 * ein Kabinett bilden". Only where a person or a phrase with an article follows the verb and the clause goes on after
 * it without a comma; else, which words are the subject, the finder cannot tell.
 */
function mainClauseAfterVerb(
  text: string,
  tokens: readonly Token[],
  verbAt: number,
  span: Span,
  persons: ReadonlyMap<number, PersonMention>,
  countries: ReadonlyMap<number, CountryMention>,
): Mention | undefined {
  const verb = tokens[verbAt]!;
  if (PRONOUNS_AFTER_VERB.has(tokens[verbAt + 1]?.text ?? "")) return verbSecond(text, tokens, verbAt, span);
  if (!isPassive(tokens, verbAt, span.end)) return undefined;
  const subject = phraseAt(text, tokens, verbAt + 1, persons, countries, true);
  const after = subject && tokens[subject.next];
  if (!subject || !after?.joined || !(subject.person || PHRASE_DETERMINERS.has(tokens[verbAt + 1]!.lower))) return undefined;
  // "wurde der Inhaber des Passes ...": a genitive after the phrase belongs to it; where it ends, the finder does not know.
  if (after.lower === "des" || (after.lower === "der" && !subject.person)) return undefined;
  const words = `${capitalise(subject.mention.text)} ${verb.text}${text.slice(subject.mention.end, span.end)}`;
  return { start: span.start, end: span.end, text: words };
}

/** A participle: "gesperrt", "registriert", "festgenommen" (not an infinitive: "bilden", "gehen"). */
const PARTICIPLE = /(?:t|ge\p{Ll}{3,}en)$/u;

/**
 * Whether the clause from its verb at `verbAt` to `end` is a passive ("wurde der Mann in Linz festgenommen"): what was
 * done, with no one acting, whose source is the question. Where someone acts ("soll Davutoğlu ein Kabinett bilden"),
 * the finder of deeds asks what they did, which the source's quote would take the place of.
 */
function isPassive(tokens: readonly Token[], verbAt: number, end: number): boolean {
  if (!PASSIVE_AUXILIARIES.has(tokens[verbAt]!.lower)) return false;
  let last = verbAt;
  while (tokens[last + 1] && tokens[last + 1]!.end <= end && tokens[last + 1]!.joined) last++;
  return last > verbAt && !tokens[last]!.capitalised && PARTICIPLE.test(tokens[last]!.text);
}

/** Articles before an office in an attribution: "laut dem ... Staatsanwalt", "nach Worten des Staatssekretärs". */
const ARTICLES_BEFORE_OFFICE: ReadonlySet<string> = new Set(["der", "des", "dem", "die"]);
/** Words between an attribution's preposition and the speaker's name, at most: "dem für Terrorismus zuständigen französischen Staatsanwalt". */
const MAX_WORDS_BEFORE_NAME = 7;
/** Words of a role in apposition after a name, up to the comma that closes it, at most: ", Chefin des Kulturbüros Sachsen,". */
const MAX_APPOSITION_WORDS = 6;
const COMMA_BETWEEN = /^,[ \t\u00a0]+$/u;

/** A person named inside an attribution, and where the attribution ends in the text (after the comma that closes an apposition). */
interface NamedSpeaker {
  speaker: Phrase;
  end: number;
}

/** A role noun, also in the genitive: "des Staatssekretärs". */
const isOffice = (token: Token) => isRoleToken(token) || (token.text.endsWith("s") && isRoleWord(token.text.slice(0, -1)));

const speakerPhrase = (named: PersonMention, tokens: readonly Token[], index: number): Phrase => ({
  mention: named.mention,
  person: named.person,
  named: true,
  next: tokenAfter(tokens, index, named.mention.end),
});

/** Where a role in apposition after the speaker's name ends, its closing comma included: "Grit Hanneforth, Chefin des Kulturbüros Sachsen,". */
function closedRoleAfter(text: string, tokens: readonly Token[], speaker: Phrase): number | undefined {
  const role = tokens[speaker.next];
  if (!role || !COMMA_BETWEEN.test(text.slice(speaker.mention.end, role.start)) || !isRoleToken(role)) return undefined;
  for (let index = speaker.next + 1; index < tokens.length && index - speaker.next <= MAX_APPOSITION_WORDS; index++) {
    if (tokens[index]!.joined) continue;
    const comma = tokens[index - 1]!.end;
    return COMMA_BETWEEN.test(text.slice(comma, tokens[index]!.start)) ? comma + 1 : undefined;
  }
  return undefined;
}

/**
 * The named person an attribution names from token `from` on: "Engel", "Staatsanwalt Molins", "SFU-Rektor Alfred
 * Pritz", "dem für Terrorismus zuständigen französischen Staatsanwalt François Molins", "des Staatssekretärs im
 * Berliner Arbeitsministerium, Thorben Albrecht,", "Grit Hanneforth, Chefin des Kulturbüros Sachsen,". With words
 * before the name, an office stands right before it or before its comma, and no verb between: "laut Polizei hat
 * Innenminister Huber ..." names the police.
 */
function namedSpeakerAt(text: string, tokens: readonly Token[], from: number, persons: ReadonlyMap<number, PersonMention>): NamedSpeaker | undefined {
  let office = false;
  // A noun other than an office only inside an attribute after its preposition ("für Terrorismus", "im Berliner
  // Arbeitsministerium"): "laut Medienberichten Präsident Putin" names the reports, and Putin is the subject.
  let inAttribute = false;
  for (let index = from; index < tokens.length && index - from <= MAX_WORDS_BEFORE_NAME; index++) {
    const token = tokens[index]!;
    const named = persons.get(token.start);
    if (index > from && !token.joined) {
      // "des Staatssekretärs im Berliner Arbeitsministerium, Thorben Albrecht,": the name in apposition after the office.
      if (!named || !office || !COMMA_BETWEEN.test(text.slice(tokens[index - 1]!.end, token.start))) return undefined;
      const closing = /^[ \t\u00a0]*,/u.exec(text.slice(named.mention.end, named.mention.end + 4));
      return closing ? { speaker: speakerPhrase(named, tokens, index), end: named.mention.end + closing[0].length } : undefined;
    }
    if (named) {
      if (index > from && !isRoleToken(tokens[index - 1]!)) return undefined;
      const speaker = speakerPhrase(named, tokens, index);
      return { speaker, end: closedRoleAfter(text, tokens, speaker) ?? named.mention.end };
    }
    const article = index === from && ARTICLES_BEFORE_OFFICE.has(token.lower);
    inAttribute ||= ATTRIBUTE_PREPOSITIONS.has(token.lower);
    const noun = token.capitalised && (inAttribute || isOffice(token) || CITY_ADJECTIVE.test(token.text));
    const attribute = noun || ATTRIBUTE_PREPOSITIONS.has(token.lower) || (isAdjectiveLike(token.text) && !IRREGULAR_FINITE_VERBS.has(token.lower));
    if (!article && !attribute) return undefined;
    office ||= isOffice(token);
  }
  return undefined;
}

/** A person of the text named in the genitive, as the finder of persons reads it: "Andrejews" of "nach Andrejews Worten". */
function personInGenitive(token: Token | undefined, persons: ReadonlyMap<number, PersonMention>): PersonMention | undefined {
  if (!token?.capitalised) return undefined;
  for (const { person } of persons.values()) {
    const genitive = person.genitives.find((naming) => naming.end === token.end);
    if (genitive) return { person, mention: genitive };
  }
  return undefined;
}

/** An attribution inside a sentence: the token that opens it, the person it names, where it ends in the text, its word. */
interface InlineAttribution {
  opens: number;
  speaker: Phrase;
  end: number;
  word: string;
}

/** Words that open an attribution inside a sentence, or close it ("Molins zufolge"). */
const INLINE_ATTRIBUTION_WORDS: ReadonlySet<string> = new Set(["laut", "nach", ...TRAILING_ATTRIBUTIONS]);

/**
 * The attribution to a named person at token `index`: "laut SFU-Rektor Alfred Pritz", "nach Andrejews Worten", "nach
 * Angaben von Staatsanwalt Molins", "nach Worten des Staatssekretärs ..., Thorben Albrecht,", "dem Staatsanwalt
 * Molins zufolge". Not an agency's or a paper's ("laut ČTK", "nach Angaben des Tagesspiegels"): a source, no one's
 * words a reader is asked about.
 */
function attributionAt(text: string, tokens: readonly Token[], index: number, persons: ReadonlyMap<number, PersonMention>): InlineAttribution | undefined {
  const word = tokens[index]!;
  const next = tokens[index + 1];
  if (!next?.joined) return undefined;
  let named: NamedSpeaker | undefined;
  if (word.lower === "laut") named = namedSpeakerAt(text, tokens, index + 1, persons);
  else if (word.lower === "nach" && ATTRIBUTING_NOUNS.has(next.lower)) {
    // "nach Angaben von Staatsanwalt Molins", "nach Worten des Staatssekretärs ...".
    const article = tokens[index + 2];
    const from = article?.lower === "von" ? index + 3 : article?.lower === "des" || article?.lower === "der" ? index + 2 : -1;
    if (from !== -1 && article?.joined && tokens[from]?.joined) named = namedSpeakerAt(text, tokens, from, persons);
  } else if (word.lower === "nach") {
    // "nach Andrejews Worten".
    const owner = personInGenitive(next, persons);
    const noun = tokens[index + 2];
    if (owner && noun?.joined && ATTRIBUTING_NOUNS.has(noun.lower))
      return { opens: index, speaker: { mention: owner.mention, person: owner.person, named: true, next: index + 2 }, end: noun.end, word: word.text };
  } else if (TRAILING_ATTRIBUTIONS.has(word.lower) && index > 0 && word.joined) return personBefore(tokens, index, persons);
  if (named) return { opens: index, speaker: named.speaker, end: named.end, word: word.text };
  return undefined;
}

/** "Molins zufolge", "dem Staatsanwalt Molins zufolge": a named person before "zufolge", with the office, its adjectives and article before the name. */
function personBefore(tokens: readonly Token[], index: number, persons: ReadonlyMap<number, PersonMention>): InlineAttribution | undefined {
  const nameEnd = tokens[index - 1]!.end;
  let named: PersonMention | undefined;
  for (const candidate of persons.values()) if (candidate.mention.end === nameEnd) named = candidate;
  if (!named) return undefined;
  const nameAt = tokenAfter(tokens, 0, named.mention.start);
  let opens = nameAt;
  while (opens > 0 && tokens[opens]!.joined && isRoleToken(tokens[opens - 1]!)) opens--;
  if (opens < nameAt) {
    while (opens > 0 && tokens[opens]!.joined && !tokens[opens - 1]!.capitalised && isAdjectiveLike(tokens[opens - 1]!.text)) opens--;
    if (opens > 0 && tokens[opens]!.joined && (tokens[opens - 1]!.lower === "dem" || tokens[opens - 1]!.lower === "der")) opens--;
  }
  return { opens, speaker: speakerPhrase(named, tokens, nameAt), end: tokens[index]!.end, word: tokens[index]!.text };
}

/**
 * "Die Papageien befinden sich laut Engel derzeit in artgerechter Haltung.", "Die polnisch-russischen Beziehungen
 * sind nach Andrejews Worten auf dem schlechtesten Stand seit 1945.", "Abschreckend dürfte das nicht wirken, laut
 * SFU-Rektor Alfred Pritz gibt es reges Interesse ...": an attribution to a named person inside a sentence (or one
 * that phraseAt does not read at its start: "Laut dem für Terrorismus zuständigen ... Staatsanwalt François Molins
 * habe es ..."). Inside the first clause, the words are the sentence without the attribution; opening the sentence
 * or a clause after a comma, they are that clause, which opens with its verb ("gibt es" → "Es gibt", verbSecond):
 * what stands before the comma is the reporter's ("Abschreckend dürfte das nicht wirken").
 */
function inlineAttribution(reading: SentenceReading): QuoteFact | undefined {
  const { text, at, tokens, persons } = reading;
  const { sentence } = at;
  const end = trimmed(text, sentence).end;
  if (OPENING_MARKS.has(text[sentence.start]!) || text[end] === "?" || SUBORDINATE_OPENERS.has(tokens[0]?.lower ?? "")) return undefined;
  for (let index = 0; index < tokens.length - 1; index++) {
    if (!INLINE_ATTRIBUTION_WORDS.has(tokens[index]!.lower)) continue;
    const found = attributionAt(text, tokens, index, persons);
    if (!found) continue;
    const restAt = tokenAfter(tokens, found.opens, found.end);
    const rest = tokens[restAt];
    const opens = found.opens;
    const opensClause = opens === 0 || text.slice(tokens[opens - 1]!.end, tokens[opens]!.start).includes(",");
    if (opensClause) {
      // The words open with the clause's verb: a finite one, or one before "es" or "man".
      const verb = rest;
      const finite =
        verb && (IRREGULAR_FINITE_VERBS.has(verb.text) || REPORTED_SPEECH_VERBS.has(verb.text) || PRONOUNS_AFTER_VERB.has(tokens[restAt + 1]?.text ?? ""));
      if (!verb || !finite || !/^[ \t\u00a0]*$/u.test(text.slice(found.end, verb.start))) return undefined;
      const span = { start: verb.start, end };
      if (span.end - span.start < 8) return undefined;
      return inlineQuote(sentence, verbSecond(text, tokens, restAt, span), found);
    }
    // Inside the first clause, after its verb: the sentence without the attribution.
    if (opens < 2 || /[,;:–—]/u.test(text.slice(sentence.start, tokens[opens]!.start))) return undefined;
    if (rest && !/^[ \t\u00a0]+$/u.test(text.slice(found.end, rest.start))) return undefined;
    const before = text.slice(sentence.start, tokens[opens]!.start).trimEnd();
    const words = rest ? `${before} ${text.slice(rest.start, end)}` : before;
    if (words.length < 8) return undefined;
    return inlineQuote(sentence, { start: sentence.start, end, text: words }, found);
  }
  return undefined;
}

/** The reported words of an attribution inside a sentence, the whole sentence as its evidence. */
const inlineQuote = (sentence: Span, quote: Mention, found: InlineAttribution): QuoteFact => ({
  start: sentence.start,
  end: sentence.end,
  quote,
  direct: false,
  speaker: found.speaker.mention,
  verb: found.word,
  person: found.speaker.person!.surname,
});

function quoteFact(text: string, evidence: Span, quote: Span, direct: boolean, speaker: Phrase, verb: string, words?: Mention): QuoteFact {
  const fact: QuoteFact = { start: evidence.start, end: evidence.end, quote: words ?? mention(text, quote), direct, speaker: speaker.mention, verb };
  if (speaker.person) fact.person = speaker.person.surname;
  return fact;
}

/** Words that open a subordinate clause: a sentence opening with one puts its subjunctive in that clause ("Wenn das Geld fehle, ..."). */
// biome-ignore format: a word list, packed for reading
const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set([
  "dass", "ob", "wenn", "falls", "weil", "obwohl", "während", "nachdem", "bevor", "als", "da", "wie", "sodass", "damit",
  "seit", "seitdem", "sofern", "solange",
]);
/** Words that open a clause put before a main clause besides SUBORDINATE_OPENERS: "Um ... zu ...,", "Was ... betrifft,". */
const FRONTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(["um", "was"]);
/** Words of a clause put before the main clause, at most. */
const MAX_FRONTED_CLAUSE_WORDS = 15;

/**
 * "Um einen Bezug herzustellen, sei es noch zu früh.", "Was die Arbeit betrifft, wolle die Koalition ...": a clause
 * put first, one comma, then the main clause's verb, a subjunctive of reported speech. Not "Wenn die Grenze
 * überschritten werde, dann gibt es ...": the subjunctive in the clause put first says nothing of the main clause's.
 */
function verbAfterFrontedClause(text: string, tokens: readonly Token[]): boolean {
  for (let index = 1; index < tokens.length - 1 && index <= MAX_FRONTED_CLAUSE_WORDS; index++) {
    const token = tokens[index]!;
    if (token.joined) continue;
    return COMMA_BETWEEN.test(text.slice(tokens[index - 1]!.end, token.start)) && token.text === token.lower && REPORTED_SPEECH_VERBS.has(token.lower);
  }
  return false;
}

/** Words a reported main clause may put before its verb ("Die Regierung in Peking werde ..."), at most. */
const MAX_WORDS_BEFORE_REPORTED_VERB = 8;

/**
 * "China wolle wirksame Maßnahmen ergreifen.", "Jedoch habe das russische Militär keine Informationen ...": a main
 * clause whose verb, second after a phrase without a comma, is a subjunctive of reported speech. Not a question.
 */
function isReportedMainClause(text: string, sentence: Sentence, tokens: readonly Token[]): boolean {
  if (text.slice(sentence.start, sentence.end).trimEnd().endsWith("?")) return false;
  if (SUBORDINATE_OPENERS.has(tokens[0]?.lower ?? "") || FRONTED_CLAUSE_OPENERS.has(tokens[0]?.lower ?? "")) return verbAfterFrontedClause(text, tokens);
  for (let index = 1; index <= Math.min(MAX_WORDS_BEFORE_REPORTED_VERB, tokens.length - 2); index++) {
    const token = tokens[index]!;
    if (!token.joined) return false;
    if (token.text === token.lower && REPORTED_SPEECH_VERBS.has(token.lower)) return true;
  }
  return false;
}

/**
 * The reported speech of the quote before going on without an attribution of its own: "Xi sagte, es gehe um
 * Kerninteressen. China wolle wirksame Maßnahmen ergreifen."; or its words in quotation marks going on in a sentence
 * wholly in marks. The speaker is that of the quote, whose sentence the
 * words must follow in the same paragraph; not after a pronoun as speaker, whose person a third sentence would
 * have to name.
 */
function continuedQuote(
  doc: Doc,
  at: Located,
  last: QuoteFact | undefined,
  persons: ReadonlyMap<number, PersonMention>,
  openings: readonly (Phrase | undefined)[],
): QuoteFact | undefined {
  const { text, sentences } = doc;
  if (!last || last.antecedent) return undefined;
  // "„Wir sind stolz“, sagte Huber. „Die Brücke ist fertig.“": a whole sentence in quotation marks after words in
  // marks goes on with their speaker, as news writing names a new speaker where one speaks. Not a question.
  const { span, direct } = unquoted(text, at.sentence);
  const quotedOn = direct && last.direct && !text.slice(span.end, at.sentence.end).includes("?");
  if (!quotedOn && !isReportedMainClause(text, at.sentence, doc.tokens[at.index]!)) return undefined;
  // "Für uns ist das ein extrem wichtiges Thema. Denn letztlich seien die Mitarbeiter ...": the speaker's words may go
  // on for a sentence or two in the indicative (direct speech without its marks) before the subjunctive comes back.
  let previous = at.index - 1;
  while (previous >= 0 && sentences[previous]!.start >= last.end) {
    if (at.index - previous > MAX_SENTENCES_BETWEEN_REPORTED || !speakerGoesOn(doc, previous, persons, openings)) return undefined;
    previous--;
  }
  const quoted = sentences[previous];
  if (!quoted || quoted.start < last.start || quoted.end > last.end) return undefined;
  if (passageOf(quoted) !== passageOf(at.sentence)) return undefined;
  return continuation(text, at.sentence, span, last, quotedOn);
}

/** Sentences between a quote and the reported speech that goes on with it, at most. */
const MAX_SENTENCES_BETWEEN_REPORTED = 2;

/**
 * Whether a sentence between a quote and a subjunctive after it leaves the quote's speaker the one who speaks on: it
 * opens with no phrase that could speak (a person, an office, an institution), names no person, attributes nothing
 * to anyone, and is no interview's line.
 */
function speakerGoesOn(doc: Doc, index: number, persons: ReadonlyMap<number, PersonMention>, openings: readonly (Phrase | undefined)[]): boolean {
  const sentence = doc.sentences[index]!;
  const tokens = doc.tokens[index]!;
  if (!doc.body[index] || openings[index] || interviewLabel(doc.text, sentence) !== undefined || tokens.some(isAttributionWord)) return false;
  return !tokens.some((token) => persons.has(token.start) || (token.capitalised && isRoleToken(token)));
}

/** The words of `span` in `sentence` as going on with `quote`: the same speaker, attributed where `quote` is. */
function continuation(text: string, sentence: Sentence, span: Span, quote: QuoteFact, direct: boolean): QuoteFact {
  const fact: QuoteFact = {
    start: sentence.start,
    end: sentence.end,
    quote: mention(text, span),
    direct,
    speaker: quote.speaker,
    verb: quote.verb,
    attribution: quote.attribution ?? { start: quote.start, end: quote.end },
  };
  if (quote.person) fact.person = quote.person;
  return fact;
}

/** The label that opens a line of an interview, up to its colon: "STANDARD: ...", "Saakaschwili: ...", "Laurenz Ennser-Jedenastik: ...". */
const INTERVIEW_LABEL = /^[\p{Lu}][\p{L}-]*(?:[ \t\u00a0]+[\p{Lu}][\p{L}-]*){0,2}:[ \t\u00a0]/u;

/** The label of an interview line the sentence opens with ("STANDARD", "Saakaschwili"), without its colon. */
function interviewLabel(text: string, sentence: Sentence): string | undefined {
  const opening = text.slice(sentence.start, sentence.start + 60);
  // A label ends in a colon: most sentences open without one, and the expression is not run on them.
  const label = opening.includes(":") ? INTERVIEW_LABEL.exec(opening) : null;
  return label ? label[0].replace(/:\s$/u, "") : undefined;
}

/**
 * "STANDARD: Fühlen Sie sich sicher? Saakaschwili: In Odessa bin ich sicher, ...": an interview's answer, a
 * person of the text before the colon, right after a line with another label (the interviewer's question). The
 * answer is the person's own words.
 */
function interviewAnswer(
  text: string,
  at: Located,
  tokens: readonly Token[],
  label: string,
  previousLabel: string | undefined,
  persons: ReadonlyMap<number, PersonMention>,
): QuoteFact | undefined {
  const named = persons.get(tokens[0]?.start ?? -1);
  if (!named || named.mention.end !== at.sentence.start + label.length || previousLabel === undefined) return undefined;
  // Two answers of one person in a row: no interview, or one whose questions the finder cannot see.
  if (previousLabel === label || previousLabel.endsWith(named.person.surname)) return undefined;
  const next = tokenAfter(tokens, 0, named.mention.end);
  const first = tokens[next];
  if (!first) return undefined;
  const { span } = unquoted(text, { start: first.start, end: at.sentence.end });
  if (span.end - span.start < 8) return undefined;
  const speaker: Phrase = { mention: named.mention, person: named.person, named: true, next };
  return quoteFact(text, at.sentence, span, true, speaker, INTERVIEW_ANSWER);
}

/**
 * The sentences of an interview's answer taken as quotes, its first included: the first ones carry its point,
 * and each one more adds three questions to the pool and their time to the request (taking every sentence of a
 * long interview's answers doubled the time of that article).
 */
const MAX_ANSWER_SENTENCES = 3;

/**
 * A sentence of an interview's answer after its first, up to the next line with a label: the words of the person
 * who answers; the answer's first sentence names them.
 */
function answerGoesOn(text: string, at: Located, answer: QuoteFact): QuoteFact | undefined {
  const { span } = unquoted(text, at.sentence);
  if (span.end - span.start < 8) return undefined;
  return continuation(text, at.sentence, span, answer, true);
}

const isInlineAttributionWord = (token: Token) => INLINE_ATTRIBUTION_WORDS.has(token.lower);

/** Verbs of saying and the words of attribution in one set: every word of every sentence is looked up. */
const ATTRIBUTING: ReadonlySet<string> = new Set([
  ...SAYING_VERBS,
  ...REFLEXIVE_SAYING_VERBS,
  ...REPLY_VERBS,
  ...ATTRIBUTION_WORDS,
  ...TRAILING_ATTRIBUTIONS,
  ...FINDING_VERBS.keys(),
  ...SAYING_PARTICIPLES.keys(),
  ...AS_SAID_VERBS.keys(),
]);
const isAttributionWord = (token: Token) => ATTRIBUTING.has(token.lower);

/** Quotes in the article's text (in text order), at most one per sentence. */
export function findQuotes(
  doc: Doc,
  persons: ReadonlyMap<number, PersonMention>,
  openings: readonly (Phrase | undefined)[],
  holders: readonly OfficeHolder[],
  countries: ReadonlyMap<number, CountryMention>,
): QuoteFact[] {
  const { text, sentences } = doc;
  const quotes: QuoteFact[] = [];
  let coveredUntil = -1;
  let before: SentenceBefore | undefined;
  // An interview: the label of the last line that had one, and the answer that runs on until the next label.
  let lastLabel: string | undefined;
  let answer: QuoteFact | undefined;
  let answerAt = -1;
  sentences.forEach((sentence, index) => {
    const previous = before;
    before = undefined;
    if (!doc.body[index] || sentence.start < coveredUntil) return;
    const tokens = doc.tokens[index]!;
    const opening = openings[index];
    const opener = opening?.person ? persons.get(opening.mention.start) : undefined;
    before = { sentence, subject: opener };
    const at = { sentence, index };
    const label = interviewLabel(text, sentence);
    if (label !== undefined) {
      const previousLabel = lastLabel;
      lastLabel = label;
      answer = interviewAnswer(text, at, tokens, label, previousLabel, persons);
      if (answer) {
        answerAt = index;
        quotes.push(answer);
        before = { sentence, subject: persons.get(answer.speaker.start) };
        return;
      }
    } else if (answer && passageOf(sentences[index - 1]!) !== passageOf(sentence)) answer = undefined;
    const goesOn = answer && label === undefined && index - answerAt < MAX_ANSWER_SENTENCES ? answerGoesOn(text, at, answer) : undefined;
    const reading: SentenceReading = { text, sentences, at, tokens, persons, holders, countries };
    const inline = tokens.some(isInlineAttributionWord) ? inlineAttribution(reading) : undefined;
    const attributed =
      inline !== undefined || tokens.some(isAttributionWord) || LEADING_ATTRIBUTIONS.has(tokens[0]?.lower ?? "") || closesWithConviction(tokens);
    // "Die Forscher haben herausgefunden, dass ...", "stellten fest, dass ...": a finding whose verb is no word of
    // attribution (in "Es habe sich gezeigt, dass ..." or "Man stellt ..." someone's reported words may go on).
    // "..., berechneten Forscher.", "..., wie Forscher nun herausfanden.": verbs of finding that attribute nothing else.
    const perfectFinding = attributed
      ? undefined
      : (leadingFinding(text, at, tokens) ?? invertedFinding(text, at, tokens) ?? trailingFinding(text, at, tokens) ?? closingWieFinding(text, at, tokens));
    if (!attributed && !perfectFinding) {
      const continued = goesOn ?? continuedQuote(doc, at, quotes[quotes.length - 1], persons, openings);
      if (continued) quotes.push(continued);
      return;
    }
    const quote =
      perfectFinding ??
      backPointingAttribution(reading, doc.body[index - 1] === true && (quotes[quotes.length - 1]?.end ?? -1) <= (sentences[index - 1]?.start ?? -1)) ??
      trailingFinding(text, at, tokens) ??
      leadingFinding(text, at, tokens) ??
      invertedFinding(text, at, tokens) ??
      closingWieFinding(text, at, tokens) ??
      frontedFinding(text, at, tokens) ??
      trailingAttribution(reading, previous) ??
      leadingAttribution(reading, opening) ??
      forefieldAttribution(reading) ??
      attributedByPreposition(reading, opening) ??
      inline ??
      asSaidAttribution(reading) ??
      goesOn;
    if (!quote) return;
    // "Die Firma erklärte, ...": the institution of that kind the text named before.
    const referent = quote.person || quote.antecedent ? undefined : institutionNamedBefore(doc, index, quote.speaker, persons, countries);
    if (referent) quote.referent = referent;
    // Who speaks in it, also where "er" stands for them: the next "..., sagte er." may be theirs again.
    const speaker = persons.get(quote.speaker.start) ?? (quote.antecedent ? previous?.subject : undefined);
    if (speaker) before = { sentence, subject: speaker };
    // A quotation over several sentences is one quote.
    while (quotes.length > 0 && quotes[quotes.length - 1]!.end > quote.start) quotes.pop();
    quotes.push(quote);
    coveredUntil = quote.end;
  });
  return quotes;
}

/**
 * The first fact that overlaps the sentence. A function of the module, not a closure made per sentence: built with
 * keepNames (tsx, wrangler), every named closure costs a defineProperty of its name each time it is made.
 */
function firstInSentence<Fact extends Span>(facts: readonly Fact[], sentence: Span): Fact | undefined {
  for (const fact of facts) if (fact.start < sentence.end && fact.end > sentence.start) return fact;
  return undefined;
}

/**
 * "Als Grund nannte Außenminister Abdel-Malek al-Mikhlafi ... Es werde erst wieder verhandelt, ..., schrieb er auf
 * Twitter.": quotes whose speaker is "er" or "sie" after the verb, where the sentence before is about a person only
 * the finder of actions sees there (acting after an inverted verb, as "er" again, or speaking on in reported speech).
 * Read after findActions with the quotes found before: the sentence before's subject is the person who acted or
 * spoke in it, or whose name opens it, as findActions reads it; pronounAntecedent decides as in findQuotes.
 */
export function withPronounSpeakers(
  doc: Doc,
  quotes: readonly QuoteFact[],
  actions: readonly ActionFact[],
  persons: ReadonlyMap<number, PersonMention>,
  holders: readonly OfficeHolder[],
  countries: ReadonlyMap<number, CountryMention>,
): QuoteFact[] {
  const mentionBySurname = new Map<string, PersonMention>();
  for (const named of persons.values()) if (!mentionBySurname.has(named.person.surname)) mentionBySurname.set(named.person.surname, named);
  const added: QuoteFact[] = [];
  let before: SentenceBefore | undefined;
  doc.sentences.forEach((sentence, index) => {
    const previous = before;
    before = undefined;
    if (!doc.body[index]) return;
    const tokens = doc.tokens[index]!;
    let quote = firstInSentence(quotes, sentence);
    if (!quote && previous?.subject && tokens.some((token) => SPEAKER_PRONOUNS.has(token.text))) {
      const found = trailingAttribution({ text: doc.text, sentences: doc.sentences, at: { sentence, index }, tokens, persons, holders, countries }, previous);
      if (found?.antecedent && found.person) {
        added.push(found);
        quote = found;
      }
    }
    const surname = firstInSentence(actions, sentence)?.person ?? quote?.person;
    const subject = surname === undefined ? persons.get(tokens[0]?.start ?? -1) : mentionBySurname.get(surname);
    before = { sentence, subject };
  });
  if (added.length === 0) return [...quotes];
  return [...quotes, ...added].sort((first, second) => first.start - second.start);
}

/** Whether a deed takes a stand in words ("Malmström warb für Verständnis", "Die Regierung kritisierte ..."): who may speak on in the subjunctive. */
export const takesStand = (action: ActionFact) => SAYING_VERBS.has(action.verb.text.toLowerCase()) || STANCE_VERBS.has(action.verb.text.toLowerCase());

/** Words of the first person that mark words after a colon as the speaker's own: "Wir werden ...", "... sagt mir ...". */
const FIRST_PERSON_WORDS: ReadonlySet<string> = new Set([
  "ich",
  "mir",
  "mich",
  "wir",
  "uns",
  "mein",
  "meine",
  "meinen",
  "meinem",
  "meiner",
  "unser",
  "unsere",
  "unseren",
  "unserem",
  "unserer",
]);

/**
 * "Jaalon verteidigte zugleich die Einsatzregeln der Armee: Wir werden kein schießwütiges Verhalten zulassen.",
 * "Kommissarin Malmström warb für Verständnis: Sie als Schwedin sei Offenheit ... gewohnt.": a deed that takes a stand
 * in words (takesStand), its clause up to a colon, then the actor's words, marked as theirs: in quotation marks, in the
 * first person, or with a verb of reported speech in their first clause. Without such a mark the words after a colon
 * may be the reporter's ("Die SPÖ hat ihrem Chef den Rücken gestärkt: Er soll ... erhalten"). A quote with the
 * sentence as its attribution, so that the deed is still asked; its actor a person of the text or an organisation it
 * names, not "er" or "sie".
 */
function ownWordsAfterStance(doc: Doc, sentence: Sentence, deed: ActionFact | undefined): QuoteFact | undefined {
  if (!deed || deed.antecedent || deed.reported || !deed.actorFirst || !takesStand(deed)) return undefined;
  const { text } = doc;
  const colon = /^[ \t\u00a0]*:[ \t\u00a0]+/u.exec(text.slice(deed.clause.end, sentence.end));
  if (!colon) return undefined;
  const start = deed.clause.end + colon[0].length;
  const words = text.slice(start, sentence.end).trim();
  const firstClause = words.split(/[,;:–—]/u, 1)[0]!.split(/[^\p{L}]+/u);
  const marked =
    OPENING_MARKS.has(words[0]!) ||
    firstClause.some((word) => FIRST_PERSON_WORDS.has(word.toLowerCase()) || (word === word.toLowerCase() && REPORTED_SPEECH_VERBS.has(word)));
  if (!marked || (OPENING_MARKS.has(words[0]!) && !ENDS_QUOTATION.test(words))) return undefined;
  const { span, direct } = unquoted(text, { start, end: sentence.end });
  if (span.end - span.start < 8) return undefined;
  const fact: QuoteFact = {
    start: span.start,
    end: sentence.end,
    quote: mention(text, span),
    direct,
    speaker: deed.actor,
    verb: deed.verb.text,
    attribution: { start: sentence.start, end: sentence.end },
  };
  if (deed.person !== undefined) fact.person = deed.person;
  return fact;
}

/**
 * The deed that takes a stand before the sentence at `index`, with its sentence: in the sentence right before, or
 * before one or two sentences of the actor's own words without marks in between ("Merkel zeigte sich erschüttert. Wir
 * haben mehr Flüchtlinge als je zuvor. Es sei ihr wichtig, ..."), which name no one else and do nothing of their own
 * (speakerGoesOn), as continuedQuote lets a quote's words go on.
 */
function stanceBefore(
  doc: Doc,
  index: number,
  quotes: readonly QuoteFact[],
  actions: readonly ActionFact[],
  persons: ReadonlyMap<number, PersonMention>,
  openings: readonly (Phrase | undefined)[],
): { deed: ActionFact; sentence: Sentence } | undefined {
  const passage = passageOf(doc.sentences[index]!);
  for (let previous = index - 1; previous >= 0 && index - previous <= MAX_SENTENCES_BETWEEN_REPORTED + 1; previous--) {
    const sentence = doc.sentences[previous]!;
    if (passageOf(sentence) !== passage || firstInSentence(quotes, sentence)) return undefined;
    const deed = firstInSentence(actions, sentence);
    if (deed) return !deed.antecedent && takesStand(deed) ? { deed, sentence } : undefined;
    if (!speakerGoesOn(doc, previous, persons, openings)) return undefined;
  }
  return undefined;
}

/**
 * "Kommissarin Malmström warb für Verständnis. Man könne aber Verhandlungen ... nicht vor TV-Kameras führen.": a main
 * clause in the subjunctive of reported speech after a deed that takes a stand in words (takesStand; stanceBefore) goes on
 * with what the deed's actor said, as a quote with that deed's sentence as its attribution; and so does the next one
 * after it. Read after findActions: only where no quote and no deed of its own covers the sentence, and the actor is
 * a person of the text or an organisation the text names, not "er" or "sie" (whose person a third sentence names).
 */
export function withReportedAfterStances(
  doc: Doc,
  quotes: readonly QuoteFact[],
  actions: readonly ActionFact[],
  persons: ReadonlyMap<number, PersonMention>,
  openings: readonly (Phrase | undefined)[],
): QuoteFact[] {
  const added: QuoteFact[] = [];
  let last: QuoteFact | undefined;
  doc.sentences.forEach((sentence, index) => {
    const going = last;
    last = undefined;
    const tokens = doc.tokens[index]!;
    const before = doc.sentences[index - 1];
    if (!doc.body[index] || firstInSentence(quotes, sentence)) return;
    // "Jaalon verteidigte die Einsatzregeln der Armee: Wir werden ... nicht zulassen.": the words after the deed's colon.
    const own = ownWordsAfterStance(doc, sentence, firstInSentence(actions, sentence));
    if (own) {
      last = own;
      added.push(own);
      return;
    }
    if (!before || passageOf(before) !== passageOf(sentence)) return;
    if (firstInSentence(actions, sentence) || tokens.some(isAttributionWord)) return;
    if (!isReportedMainClause(doc.text, sentence, tokens)) return;
    let from = going;
    if (!from) {
      const stance = stanceBefore(doc, index, quotes, actions, persons, openings);
      if (!stance) return;
      const { deed, sentence: said } = stance;
      from = {
        start: said.start,
        end: said.end,
        quote: deed.clause && mention(doc.text, deed.clause),
        direct: false,
        speaker: deed.actor,
        verb: deed.verb.text,
      };
      if (deed.person !== undefined) from.person = deed.person;
    }
    last = continuation(doc.text, sentence, unquoted(doc.text, sentence).span, from, false);
    added.push(last);
  });
  if (added.length === 0) return [...quotes];
  return [...quotes, ...added].sort((first, second) => first.start - second.start);
}
