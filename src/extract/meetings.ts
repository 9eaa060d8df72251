/** The meeting a text reports: place, format, date, who the participants are, how many. */
import { CITIES } from "./data/countries";
import { MONTHS } from "./data/dates";
import {
  BACKGROUND_WORDS,
  DATE_NOT_OF_MEETING,
  DEFINITE_BEFORE_MEETING,
  FORMAT_CUES,
  HOST_CUE,
  KNOWN_PLACE_ONLY_PREPOSITIONS,
  MEETING_NOUN_ENDINGS,
  GOAL_BEFORE_MEETING,
  MEETING_VERB_WORDS,
  MEETING_VERBS,
  NOT_MEETING_NOUNS,
  ONWARD_TRAVEL,
  OTHER_MEETING_QUALIFIERS,
  PARTICIPANT_NOUN_ENDINGS,
  PLACE_PREPOSITIONS,
} from "./data/meetings";
import { NOT_NAMES, ROLE_ENDINGS } from "./data/persons";
import { countryCodeOfName, type CountryMention } from "./countries";
import { isRoleWord, roleHead } from "./persons";
import type { Doc } from "./doc";
import { clauseAround, firstStartingAt, isAdjectiveLike, isNameLikeWord, suffixMatcher, type Token } from "./text";
import type { DateFact, MeetingFact, QuantityFact, Sentence } from "./types";

const MEETING_NOUN_INFLECTIONS = ["s", "es", "en", "n"];
const meetingNounEnding = suffixMatcher(MEETING_NOUN_ENDINGS, MEETING_NOUN_INFLECTIONS);
/** The last two letters of a word as one number: a lookup without a string made for it. */
const lastTwoLetters = (word: string) => word.charCodeAt(word.length - 2) * 0x10000 + word.charCodeAt(word.length - 1);
/**
 * How every meeting noun ends, ending and inflection together ("en" of "Treffen", "ng" of "Tagung"). Asked of every
 * capitalised word of every sentence, the matcher's walk is spared for the most, which end otherwise.
 */
const MEETING_NOUN_TAILS: ReadonlySet<number> = new Set(
  MEETING_NOUN_ENDINGS.flatMap((ending) => ["", ...MEETING_NOUN_INFLECTIONS].map((inflection) => lastTwoLetters(`${ending}${inflection}`))),
);
const roleEnding = suffixMatcher(ROLE_ENDINGS);
const participantNounEnding = suffixMatcher(PARTICIPANT_NOUN_ENDINGS);
/** The role noun at the end of a word with its inflection: "verteidigungsministern" -> "ministern". */
const ROLE_TAIL_INFLECTIONS = ["innen", "en", "n", "s", ""];
const MAX_PLACE_DISTANCE = 5;
/** Small words an attribute of a meeting noun opens with ("Treffen der Koalition", "Gespräche zwischen Kiew und Moskau"). */
const MEETING_ATTRIBUTE_WORDS: ReadonlySet<string> = new Set(["der", "des", "von", "vom", "zwischen", "und"]);
/** How far after "auf Einladung" the inviting country may be named. */
const HOST_CUE_REACH = 100;

function isMeetingNoun(token: Token): boolean {
  const { lower } = token;
  return token.capitalised && MEETING_NOUN_TAILS.has(lastTwoLetters(lower)) && meetingNounEnding(lower) !== undefined && !NOT_MEETING_NOUNS.has(lower);
}

interface MeetingSentence {
  sentence: Sentence;
  tokens: Token[];
  /** Token indices after which a place phrase may follow (meeting nouns and verbs). */
  anchors: number[];
  /** Article text, not title or heading. */
  body: boolean;
  /** The sentence tells of onward travel: a place after "nach" is where someone goes next. */
  onward: boolean;
}

/** Sentences that speak of the reported meeting; "bei ihrer letzten Tagung" is another meeting. */
function meetingSentences(doc: Doc): MeetingSentence[] {
  const { text } = doc;
  const found: MeetingSentence[] = [];
  doc.sentences.forEach((sentence, sentenceIndex) => {
    const body = text.slice(sentence.start, sentence.end);
    const verb = MEETING_VERB_WORDS.test(body) ? MEETING_VERBS.exec(body) : null;
    const tokens = doc.tokens[sentenceIndex]!;
    if (!verb && !tokens.some(isMeetingNoun)) return;
    const anchors: number[] = [];
    const onward = ONWARD_TRAVEL.test(body);
    tokens.forEach((token, index) => {
      if (!isMeetingNoun(token)) return;
      const qualifiers = tokens.slice(Math.max(0, index - 2), index);
      if (qualifiers.some((before) => OTHER_MEETING_QUALIFIERS.has(before.lower))) return;
      // "will ... zur Generaldebatte der UN-Vollversammlung nach New York weiterreisen": the next stop.
      if (onward && isGoalOfTravel(tokens, index)) return;
      anchors.push(index);
    });
    if (verb) {
      // The place may stand inside the verb phrase: "kam das Kabinett in Rabat ... zusammen".
      const verbStart = sentence.start + verb.index;
      const index = tokens.findIndex((token) => token.start >= verbStart);
      if (index >= 0) anchors.push(index);
    }
    if (anchors.length > 0) found.push({ sentence, tokens, anchors, body: doc.body[sentenceIndex]!, onward });
  });
  return found;
}

/** "zur Generaldebatte der UN-Vollversammlung", "zum EU-Gipfel": a meeting noun someone goes to (up to two words of its phrase before it). */
function isGoalOfTravel(tokens: readonly Token[], index: number): boolean {
  for (let before = index - 1; before >= Math.max(0, index - 3); before--) {
    if (GOAL_BEFORE_MEETING.has(tokens[before]!.lower)) return true;
  }
  return false;
}

/** A place after a meeting word: "Treffen in Rom", "treffen sich deren Vertreter in Rom", "Treffen nach Washington". */
function placeAfter({ tokens, onward }: MeetingSentence, anchor: number): Token[] | undefined {
  const afterNoun = isMeetingNoun(tokens[anchor]!);
  for (let index = anchor + 1; index < Math.min(tokens.length - 1, anchor + MAX_PLACE_DISTANCE); index++) {
    if (!tokens[index]!.joined) return undefined;
    const preposition = tokens[index]!.text;
    if (!PLACE_PREPOSITIONS.has(preposition)) {
      // After a meeting noun only its attributes may come first ("Treffen der Anti-IS-Koalition in Rom"), no verb of another clause.
      const word = tokens[index]!;
      if (afterNoun && !word.capitalised && !MEETING_ATTRIBUTE_WORDS.has(word.lower) && !isAdjectiveLike(word.lower)) return undefined;
      continue;
    }
    // "nach Paris weiterreisen", "anschließend nach Paris": where the traveller goes next.
    if (onward && preposition === "nach") return undefined;
    const first = tokens[index + 1]!;
    if (!first.joined) return undefined;
    const second = tokens[index + 2];
    if (second?.joined && CITIES.has(`${first.text} ${second.text}`)) return [first, second];
    const knownPlace = CITIES.has(first.text) || countryCodeOfName(first.text) !== undefined;
    if (KNOWN_PLACE_ONLY_PREPOSITIONS.has(preposition) && !knownPlace) return undefined;
    const plausibleName = isNameLikeWord(first.text) && !NOT_NAMES.has(first.text) && !MONTHS.has(first.text.toLowerCase());
    return knownPlace || plausibleName ? [first] : undefined;
  }
  return undefined;
}

/** Role stems of a plural noun phrase: "Außen- und Verteidigungsministern" -> ["außenminister", "verteidigungsminister"]. */
function participantRolesOf(phrase: string): string[] {
  const parts = phrase.split(/[ \t\u00a0]+(?:und|oder|sowie)[ \t\u00a0]+|,[ \t\u00a0]*/u).map((part) => part.trim());
  const last = parts[parts.length - 1]?.toLowerCase() ?? "";
  const tail = roleTail(last);
  if (!tail) return [];
  return parts.map((part) => {
    const completed = part.endsWith("-") ? part.slice(0, -1) + tail : part;
    return singularRole(roleHead(completed));
  });
}

function roleTail(lowerWord: string): string | undefined {
  for (const inflection of ROLE_TAIL_INFLECTIONS) {
    if (!lowerWord.endsWith(inflection)) continue;
    const ending = roleEnding(lowerWord.slice(0, lowerWord.length - inflection.length));
    if (ending) return ending + inflection;
  }
  return undefined;
}

function singularRole(role: string): string {
  for (const inflection of ROLE_TAIL_INFLECTIONS) {
    const stem = role.slice(0, role.length - inflection.length);
    if (role.endsWith(inflection) && roleEnding(stem)) return stem;
  }
  return role;
}

/**
 * How many took part: a count of ministers, delegates, guests in a sentence that speaks of a meeting or in the lead
 * ("Mit rund 40 Außenministern haben die USA ... abgestimmt"). Elsewhere such a count is of something else: "90.000
 * Fahrgäste" a cable car is to carry, in the annual report that mentions its press conference.
 */
function participantQuantity(
  quantities: readonly QuantityFact[],
  meetingSentences: readonly MeetingSentence[],
  lead: Sentence | undefined,
): QuantityFact | undefined {
  const inMeetingSentence = (quantity: QuantityFact) =>
    meetingSentences.some(({ sentence }) => sentence.start <= quantity.start && quantity.end <= sentence.end);
  const inLead = (quantity: QuantityFact) => lead !== undefined && lead.start <= quantity.start && quantity.end <= lead.end;
  return quantities.find((quantity) => {
    const lastWord = quantity.unit?.split(/\s+/).pop()?.toLowerCase() ?? "";
    const countsPeople = participantNounEnding(lastWord) !== undefined || isRoleWord(quantity.unit?.split(/\s+/).pop() ?? "");
    return countsPeople && (inLead(quantity) || inMeetingSentence(quantity));
  });
}

/** "Videokonferenz von Außenministern", "Treffen der Verteidigungsminister", "Außenministertreffen". */
function rolesNamedWithMeeting(text: string, meetings: readonly MeetingSentence[]): string[] {
  const roles: string[] = [];
  for (const { tokens, anchors } of meetings) {
    for (const anchor of anchors) {
      const noun = tokens[anchor]!;
      const lowerNoun = noun.text.toLowerCase();
      const meetingEnding = meetingNounEnding(lowerNoun);
      const endingAt = meetingEnding ? lowerNoun.lastIndexOf(meetingEnding) : -1;
      const compound = endingAt > 0 ? lowerNoun.slice(0, endingAt) : "";
      if (compound && roleTail(compound)) roles.push(singularRole(roleHead(compound)));
      const preposition = tokens[anchor + 1];
      const following = tokens[anchor + 2];
      if (!preposition || !following || !/^(?:der|von)$/u.test(preposition.text)) continue;
      if (isRoleWord(following.text)) {
        const phraseEnd = tokens[anchor + 4] && /^(?:und|oder)$/u.test(tokens[anchor + 3]?.text ?? "") ? tokens[anchor + 4]!.end : following.end;
        roles.push(...participantRolesOf(text.slice(following.start, phraseEnd)));
      }
    }
    // "Die Verteidigungsminister der 32 Nato-Staaten haben ... per Videokonferenz beraten": a plural role as subject.
    tokens.forEach((token, index) => {
      const article = tokens[index - 1]?.text;
      const next = tokens[index + 1];
      const isPlural = (article === "Die" || article === "die") && !/in$/u.test(token.text);
      const namesSomeone = next !== undefined && isNameLikeWord(next.text) && text.slice(token.end, next.start) === " ";
      if (isPlural && isRoleWord(token.text) && !namesSomeone) roles.push(singularRole(roleHead(token.text)));
    });
  }
  return roles;
}

function hostCountryOf(text: string, place: string | undefined, sentences: readonly Sentence[], countries: readonly CountryMention[]): string | undefined {
  if (place) {
    const fromPlace = CITIES.get(place) ?? countryCodeOfName(place);
    if (fromPlace) return fromPlace;
  }
  for (const sentence of sentences) {
    const cue = HOST_CUE.exec(text.slice(sentence.start, sentence.end));
    if (!cue) continue;
    const cueStart = sentence.start + cue.index;
    const named = countries[firstStartingAt(countries, cueStart)];
    if (named && named.start < Math.min(sentence.end, cueStart + HOST_CUE_REACH)) return named.iso2;
  }
  return undefined;
}

const isBackground = ({ tokens }: MeetingSentence) => tokens.some((token) => BACKGROUND_WORDS.has(token.lower));

/**
 * The meeting the text reports: the one its lead (teaser and first sentences) speaks of, else the
 * first one the body reports (not one it looks back on), else the title's.
 */
function reportedMeeting(found: readonly MeetingSentence[]): MeetingSentence | undefined {
  const reported = found.filter((candidate) => candidate.body && !isBackground(candidate));
  return reported.find(({ sentence }) => sentence.lead !== undefined) ?? reported.find(reports) ?? found.find(({ sentence }) => sentence.lead === "title");
}

/**
 * Outside the lead, "bei einer UN-Konferenz in Paris" (indefinite) mentions some meeting; "beim Treffen" or a verb
 * reports one. A function of the module, not a closure made per text: built with keepNames (tsx, wrangler), every
 * named closure costs a defineProperty of its name each time it is made.
 */
function reports(candidate: MeetingSentence): boolean {
  return refersBack(candidate) || candidate.anchors.some((anchor) => !isMeetingNoun(candidate.tokens[anchor]!));
}

/** A sentence that speaks of the reported meeting again: "das Treffen", "beim Gipfel" (not "ein Treffen"). */
function refersBack({ tokens, anchors, body }: MeetingSentence): boolean {
  if (!body) return false;
  return anchors.some((anchor) => isMeetingNoun(tokens[anchor]!) && DEFINITE_BEFORE_MEETING.has(tokens[anchor - 1]?.lower ?? ""));
}

/** The last word of a text. */
const LAST_WORD = /(\p{L}+)\s*$/u;

/**
 * The meeting the text reports, or undefined when it reports none. Participants are filled in later,
 * from the attendance of the people (which needs the meeting's roles and host first).
 */
export function findMeeting(
  doc: Doc,
  quantities: readonly QuantityFact[],
  dates: readonly DateFact[],
  countries: readonly CountryMention[],
): MeetingFact | undefined {
  const { text, sentences } = doc;
  const found = meetingSentences(doc);
  const main = reportedMeeting(found);
  if (!main) return undefined;
  const meeting: MeetingFact = { start: main.sentence.start, end: main.sentence.end, participants: [] };
  // Place, date and format come from the reported meeting's own sentence first, then from sentences that refer back to it.
  const related = [main, ...found.filter((candidate) => candidate !== main && refersBack(candidate))];

  placeSearch: for (const meetingSentence of related) {
    for (const anchor of meetingSentence.anchors) {
      const place = placeAfter(meetingSentence, anchor);
      if (!place) continue;
      meeting.place = text.slice(place[0]!.start, place[place.length - 1]!.end);
      meeting.placeEvidence = { start: meetingSentence.sentence.start, end: meetingSentence.sentence.end };
      break placeSearch;
    }
  }

  formatSearch: for (const { sentence } of related) {
    const body = text.slice(sentence.start, sentence.end);
    for (const { format, pattern } of FORMAT_CUES) {
      const cue = pattern.exec(body);
      if (!cue) continue;
      const wordBefore = LAST_WORD.exec(body.slice(Math.max(0, cue.index - 20), cue.index))?.[1]?.toLowerCase() ?? "";
      if (OTHER_MEETING_QUALIFIERS.has(wordBefore)) continue;
      meeting.format = format;
      meeting.formatEvidence = { start: sentence.start, end: sentence.end };
      break formatSearch;
    }
  }

  // A date counts only in the clause of the meeting word ("Das Treffen am 4. Juni in Rom"), not elsewhere in its sentence.
  dateSearch: for (const { sentence, tokens, anchors } of related) {
    for (const anchor of anchors) {
      const clause = clauseAround(text, sentence, tokens[anchor]!);
      for (let index = firstStartingAt(dates, clause.start); index < dates.length && dates[index]!.end <= clause.end; index++) {
        const date = dates[index]!;
        if (DATE_NOT_OF_MEETING.test(text.slice(Math.max(sentence.start, date.start - 16), date.start))) continue;
        meeting.date = date.value;
        break dateSearch;
      }
    }
  }

  const count = participantQuantity(quantities, found, sentences[doc.body.indexOf(true)]);
  const roles = [...rolesNamedWithMeeting(text, related)];
  if (count) {
    meeting.participantCount = count;
    roles.push(...participantRolesOf(count.unit ?? "").filter(Boolean));
  }
  if (roles.length > 0) meeting.participantRoles = [...new Set(roles)];
  const host = hostCountryOf(text, meeting.place, sentences, countries);
  if (host) meeting.hostCountry = host;
  return meeting;
}
