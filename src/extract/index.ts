/**
 * Text in, facts out. Pure: no I/O, runs in the Worker and in Node, deterministic.
 * Facts are only read from article passages (title, headings, text, quotes); bylines, navigation,
 * teasers and photo credits are recognised as such and never used as evidence. The text is analysed
 * once (`analyse`: passages, sentences, words) and every finder reads that analysis.
 */
import { findActions } from "./actions";
import { assignAttendance } from "./attendance";
import { findCountryMentions, groupCountries } from "./countries";
import { findDates } from "./dates";
import { analyse } from "./doc";
import { documentInfo } from "./document";
import { findMeeting } from "./meetings";
import { findMemberCounts } from "./members";
import { findQuantities } from "./numbers";
import { organisationNames } from "./organisations";
import { findPersons } from "./persons";
import { countryNamesByStart, officeHolders, openingPhrases, personMentionsByStart } from "./phrases";
import { findPlaces } from "./places";
import { findQuotes, withPronounSpeakers, withReportedAfterStances } from "./quotes";
import type { DocumentMetadata, Facts, PersonFact } from "./types";

export type * from "./types";
export { roleForms, roleGender, roleInGender } from "./gender";

export function extractFacts(text: string, metadata: DocumentMetadata = {}): Facts {
  const doc = analyse(text);
  const document = documentInfo(text, doc.passages, metadata, doc.dateline);
  // Date lines ("04.06.2020 - Artikel") state the document's date: a date fact, though no other evidence.
  const dates = findDates(text, doc.datedSentences, document.date?.slice(0, 4));
  const quantities = findQuantities(doc, dates);
  const countryMentions = findCountryMentions(doc);
  const drafts = findPersons(doc, countryMentions);
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
