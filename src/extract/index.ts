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
import { analyse, type Doc } from "./doc";
import { documentInfo } from "./document";
import { findMeeting } from "./meetings";
import { findMemberCounts } from "./members";
import { findQuantities } from "./numbers";
import { organisationNames } from "./organisations";
import { findPersons, type PersonDraft } from "./persons";
import { countryNamesByStart, officeHolders, openingPhrases, personMentionsByStart } from "./phrases";
import { findPlaces } from "./places";
import { findQuotes, withPronounSpeakers, withReportedAfterStances } from "./quotes";
import type { DateFact, DocumentInfo, DocumentMetadata, Facts, Passage, PersonFact, QuantityFact } from "./types";

export type * from "./types";
export { roleForms, roleGender, roleInGender } from "./gender";

export function extractFacts(text: string, metadata: DocumentMetadata = {}): Facts {
  const doc = analyse(text);
  return restOfFacts(doc, firstFacts(doc, metadata));
}

/**
 * The first half of the extraction, as plain data: the document's details and passages, dates, figures, country
 * mentions and persons. A Worker extracts a long text over two requests (src/worker/own-texts), each within the
 * free tier's CPU time, with this half stored as JSON between them; extractFacts does both halves on one analysis.
 */
export interface FirstFacts {
  document: DocumentInfo;
  passages: Passage[];
  dates: DateFact[];
  quantities: QuantityFact[];
  countryMentions: CountryMention[];
  persons: PersonDraft[];
}

/** The first half of extractFacts: the text analysed, then its first half of the facts. */
export const extractFirstFacts = (text: string, metadata: DocumentMetadata = {}): FirstFacts => firstFacts(analyse(text), metadata);

/** The second half of extractFacts, from the text and its first half (extractFirstFacts, also after JSON): the same facts. */
export const extractRestOfFacts = (text: string, first: FirstFacts): Facts => restOfFacts(analyse(text), first);

function firstFacts(doc: Doc, metadata: DocumentMetadata): FirstFacts {
  const { text } = doc;
  const document = documentInfo(text, doc.passages, metadata, doc.dateline);
  // Date lines ("04.06.2020 - Artikel") state the document's date: a date fact, though no other evidence.
  const dates = findDates(text, doc.datedSentences, document.date?.slice(0, 4));
  const quantities = findQuantities(doc, dates);
  const countryMentions = findCountryMentions(doc);
  return { document, passages: doc.passages, dates, quantities, countryMentions, persons: findPersons(doc, countryMentions) };
}

function restOfFacts(doc: Doc, first: FirstFacts): Facts {
  const { text } = doc;
  const { document, dates, quantities, countryMentions, persons: drafts } = first;
  const meeting = findMeeting(doc, quantities, dates, countryMentions);
  assignAttendance(doc, drafts, meeting);
  const persons: PersonFact[] = drafts.map(({ roleWord: _roleWord, ...person }) => person);
  const personAt = personMentionsByStart(persons);
  const countryAt = countryNamesByStart(countryMentions);
  // Who holds which office, for "der Landeshauptmann" alone: read once for openings, quotes and actions.
  const holders = officeHolders(doc, personAt);
  const organisations = organisationNames(doc, personAt, countryAt);
  const openings = openingPhrases(doc, personAt, countryAt, holders, organisations.names);
  const foundQuotes = findQuotes(doc, personAt, openings, holders, countryAt);
  const actions = findActions(doc, personAt, openings, countryAt, foundQuotes, holders, organisations);
  // "..., schrieb er." after a sentence whose subject only the finder of actions sees.
  const withPronouns = withPronounSpeakers(doc, foundQuotes, actions, personAt, holders, countryAt);
  // "Malmström warb für Verständnis. Man könne aber ...": reported speech after a deed that takes a stand.
  const quotes = withReportedAfterStances(doc, withPronouns, actions, personAt, openings);

  return {
    document,
    passages: doc.passages,
    countries: groupCountries(countryMentions),
    persons,
    quantities,
    memberCounts: findMemberCounts(text, doc.sentences),
    dates,
    meetings: meeting ? [meeting] : [],
    places: findPlaces(doc, meeting),
    quotes,
    actions,
  };
}
