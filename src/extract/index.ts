/**
 * Text in, facts out. Pure: no I/O, runs in the Worker and in Node, deterministic.
 * Facts are only read from article passages (title, headings, text, quotes); bylines, navigation,
 * teasers and photo credits are recognised as such and never used as evidence. The text is analysed
 * once (`analyse`: passages, sentences, words) and every finder reads that analysis.
 */
import { findActions } from "./actions";
import { assignAttendance } from "./attendance";
import { type CountryMention, findCountryMentions, groupCountries } from "./countries";
import { findDates } from "./dates";
import { analyse, analysePassages, type Doc } from "./doc";
import { documentInfo } from "./document";
import { findMeeting } from "./meetings";
import { findMemberCounts } from "./members";
import { findQuantities } from "./numbers";
import { type OrganisationNames, organisationNames } from "./organisations";
import { findPersons, type PersonDraft } from "./persons";
import { countryNamesByStart, type OfficeHolder, officeHolders, openingPhrases, type Phrase, type PersonMention, personMentionsByStart } from "./phrases";
import { findPlaces } from "./places";
import { findPointedPhrases } from "./pointers";
import { findQuotes, withPronounSpeakers, withReportedAfterStances } from "./quotes";
import type { DateFact, DocumentInfo, DocumentMetadata, Facts, Passage, PersonFact, QuantityFact } from "./types";

export type * from "./types";
export { roleForms, roleGender, roleInGender } from "./gender";

export function extractFacts(text: string, metadata: DocumentMetadata = {}): Facts {
  const doc = analyse(text);
  const { quoted, readers } = quotedFacts(doc, firstFacts(doc, metadata));
  return lastFacts(doc, quoted, readers);
}

/**
 * The first third of the extraction, as plain data: the document's details and passages, dates, figures, country
 * mentions and persons. A Worker extracts a long text over three requests (src/worker/own-texts), each within the
 * free tier's CPU time, with what each found stored as JSON for the next (FirstFacts, QuotedFacts); extractFacts does
 * all of it on one analysis.
 */
export interface FirstFacts {
  document: DocumentInfo;
  passages: Passage[];
  dates: DateFact[];
  quantities: QuantityFact[];
  countryMentions: CountryMention[];
  persons: PersonDraft[];
}

/**
 * The second third, as plain data: every fact but the actions, and the quotes as findQuotes reads them, before those
 * that only the actions' sentences show (withPronounSpeakers, withReportedAfterStances); the country mentions for the
 * last third's readers of phrases.
 */
export interface QuotedFacts extends Omit<Facts, "actions" | "countries"> {
  countryMentions: CountryMention[];
}

/** The first third of extractFacts: the text analysed, then its first facts. */
export const extractFirstFacts = (text: string, metadata: DocumentMetadata = {}): FirstFacts => firstFacts(analyse(text), metadata);

/**
 * The second third of extractFacts, from the text and its first third (extractFirstFacts, also after JSON): its passages
 * are not split again.
 */
export const extractQuotedFacts = (text: string, first: FirstFacts): QuotedFacts => quotedFacts(analysePassages(text, first.passages), first).quoted;

/** The last third of extractFacts, from the text and its second third (extractQuotedFacts, also after JSON): the same facts. */
export function extractLastFacts(text: string, quoted: QuotedFacts): Facts {
  const doc = analysePassages(text, quoted.passages);
  return lastFacts(doc, quoted, phraseReaders(doc, quoted.persons, quoted.countryMentions));
}

function firstFacts(doc: Doc, metadata: DocumentMetadata): FirstFacts {
  const { text } = doc;
  const document = documentInfo(text, doc.passages, metadata, doc.dateline);
  // Date lines ("04.06.2020 - Artikel") state the document's date: a date fact, though no other evidence.
  const dates = findDates(text, doc.datedSentences, document.date?.slice(0, 4));
  const quantities = findQuantities(doc, dates);
  const countryMentions = findCountryMentions(doc);
  return { document, passages: doc.passages, dates, quantities, countryMentions, persons: findPersons(doc, countryMentions) };
}

/**
 * What the finders of quotes and actions read persons, countries, office holders and organisations by: worked out from
 * the persons and country mentions, so that the last third makes them again from the JSON it reads (objects compared by
 * reference must be its own).
 */
interface PhraseReaders {
  personAt: Map<number, PersonMention>;
  countryAt: Map<number, CountryMention>;
  holders: OfficeHolder[];
  organisations: OrganisationNames;
  openings: (Phrase | undefined)[];
}

function phraseReaders(doc: Doc, persons: readonly PersonFact[], countryMentions: readonly CountryMention[]): PhraseReaders {
  const personAt = personMentionsByStart(persons);
  const countryAt = countryNamesByStart(countryMentions);
  // Who holds which office, for "der Landeshauptmann" alone: read once for openings, quotes and actions.
  const holders = officeHolders(doc, personAt);
  const organisations = organisationNames(doc, personAt, countryAt);
  const openings = openingPhrases(doc, personAt, countryAt, holders, organisations.names);
  return { personAt, countryAt, holders, organisations, openings };
}

function quotedFacts(doc: Doc, first: FirstFacts): { quoted: QuotedFacts; readers: PhraseReaders } {
  const { text } = doc;
  const { document, dates, quantities, countryMentions, persons: drafts } = first;
  const meeting = findMeeting(doc, quantities, dates, countryMentions);
  assignAttendance(doc, drafts, meeting);
  const persons: PersonFact[] = drafts.map(({ roleWord: _roleWord, ...person }) => person);
  const readers = phraseReaders(doc, persons, countryMentions);
  const { personAt, openings, holders, countryAt } = readers;
  const quotes = findQuotes(doc, personAt, openings, holders, countryAt);
  const quoted: QuotedFacts = {
    document,
    passages: doc.passages,
    countryMentions,
    persons,
    quantities,
    memberCounts: findMemberCounts(text, doc.sentences),
    dates,
    meetings: meeting ? [meeting] : [],
    places: findPlaces(doc, meeting),
    quotes,
  };
  return { quoted, readers };
}

function lastFacts(doc: Doc, quoted: QuotedFacts, { personAt, countryAt, holders, organisations, openings }: PhraseReaders): Facts {
  const { document, countryMentions, persons, quantities, memberCounts, dates, meetings, places } = quoted;
  const actions = findActions(doc, personAt, openings, countryAt, quoted.quotes, holders, organisations);
  // "..., schrieb er." after a sentence whose subject only the finder of actions sees.
  const withPronouns = withPronounSpeakers(doc, quoted.quotes, actions, personAt, holders, countryAt);
  // "Malmström warb für Verständnis. Man könne aber ...": reported speech after a deed that takes a stand.
  const quotes = withReportedAfterStances(doc, withPronouns, actions, personAt, openings);

  return {
    document,
    passages: doc.passages,
    countries: groupCountries(countryMentions),
    persons,
    quantities,
    memberCounts,
    dates,
    meetings,
    places,
    quotes,
    actions,
    pointed: findPointedPhrases(doc, personAt, countryAt, organisations.staffed, actions),
  };
}
