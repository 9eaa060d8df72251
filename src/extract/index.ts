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
  const { quoted, readers } = quotedFacts(doc, withPersons(doc, figureFacts(doc, metadata)));
  return lastFacts(doc, quoted, readers);
}

/**
 * The first quarter of the extraction, as plain data: the document's details and passages, dates, figures and country
 * mentions. A Worker extracts a long text over four requests (src/worker/own-texts), each within the free tier's CPU
 * time, with what each found stored as JSON for the next (FigureFacts, FirstFacts, QuotedFacts); extractFacts does all
 * of it on one analysis.
 */
export interface FigureFacts {
  document: DocumentInfo;
  passages: Passage[];
  dates: DateFact[];
  quantities: QuantityFact[];
  countryMentions: CountryMention[];
}

/** The first half: the first quarter and the persons. */
export interface FirstFacts extends FigureFacts {
  persons: PersonDraft[];
}

/**
 * The third quarter, as plain data: every fact but the actions, and the quotes as findQuotes reads them, before those
 * that only the actions' sentences show (withPronounSpeakers, withReportedAfterStances); the country mentions and the
 * organisations' names (organisationNames, a whole-text scan) for the last quarter's readers of phrases.
 */
export interface QuotedFacts extends Omit<Facts, "actions" | "countries"> {
  countryMentions: CountryMention[];
  /** Absent in what a version before round 55 stored mid-way (a text pasted before a deploy): found again then. */
  organisations?: { names: string[]; staffed: string[] };
}

/** The first quarter of extractFacts: the text analysed, then its figures (FigureFacts). */
export const extractFigureFacts = (text: string, metadata: DocumentMetadata = {}): FigureFacts => figureFacts(analyse(text), metadata);

/**
 * The second quarter of extractFacts, from the text and its first (extractFigureFacts, also after JSON): the persons, the
 * finder that costs most of the first half; its passages are not split again.
 */
export const extractPersonFacts = (text: string, figures: FigureFacts): FirstFacts => withPersons(analysePassages(text, figures.passages), figures);

/**
 * The third quarter of extractFacts, from the text and its first half (extractPersonFacts, also after JSON): its passages
 * are not split again.
 */
export function extractQuotedFacts(text: string, first: FirstFacts): QuotedFacts {
  const { quoted, readers } = quotedFacts(analysePassages(text, first.passages), first);
  const { names, staffed } = readers.organisations;
  return { ...quoted, organisations: { names: [...names], staffed: [...staffed] } };
}

/** The last quarter of extractFacts, from the text and its third (extractQuotedFacts, also after JSON): the same facts. */
export function extractLastFacts(text: string, quoted: QuotedFacts): Facts {
  const doc = analysePassages(text, quoted.passages);
  const stored = quoted.organisations;
  const organisations = stored && { names: new Set(stored.names), staffed: new Set(stored.staffed) };
  return lastFacts(doc, quoted, phraseReaders(doc, quoted.persons, quoted.countryMentions, organisations));
}

function figureFacts(doc: Doc, metadata: DocumentMetadata): FigureFacts {
  const { text } = doc;
  const document = documentInfo(text, doc.passages, metadata, doc.dateline);
  // Date lines ("04.06.2020 - Artikel") state the document's date: a date fact, though no other evidence.
  const dates = findDates(text, doc.datedSentences, document.date?.slice(0, 4));
  const quantities = findQuantities(doc, dates);
  return { document, passages: doc.passages, dates, quantities, countryMentions: findCountryMentions(doc) };
}

const withPersons = (doc: Doc, figures: FigureFacts): FirstFacts => ({ ...figures, persons: findPersons(doc, figures.countryMentions) });

/**
 * What the finders of quotes and actions read persons, countries, office holders and organisations by: worked out from
 * the persons and country mentions, so that the last quarter makes them again from the JSON it reads (objects compared by
 * reference must be its own); the organisations' names, plain strings, it takes as the third quarter found them.
 */
interface PhraseReaders {
  personAt: Map<number, PersonMention>;
  countryAt: Map<number, CountryMention>;
  holders: OfficeHolder[];
  organisations: OrganisationNames;
  openings: (Phrase | undefined)[];
}

function phraseReaders(doc: Doc, persons: readonly PersonFact[], countryMentions: readonly CountryMention[], found?: OrganisationNames): PhraseReaders {
  const personAt = personMentionsByStart(persons);
  const countryAt = countryNamesByStart(countryMentions);
  // Who holds which office, for "der Landeshauptmann" alone: read once for openings, quotes and actions.
  const holders = officeHolders(doc, personAt);
  const organisations = found ?? organisationNames(doc, personAt, countryAt);
  const openings = openingPhrases(doc, personAt, countryAt, holders, organisations.names);
  return { personAt, countryAt, holders, organisations, openings };
}

function quotedFacts(doc: Doc, first: FirstFacts): { quoted: Omit<QuotedFacts, "organisations">; readers: PhraseReaders } {
  const { text } = doc;
  const { document, dates, quantities, countryMentions, persons: drafts } = first;
  const meeting = findMeeting(doc, quantities, dates, countryMentions);
  assignAttendance(doc, drafts, meeting);
  const persons: PersonFact[] = drafts.map(({ roleWord: _roleWord, ...person }) => person);
  const readers = phraseReaders(doc, persons, countryMentions);
  const { personAt, openings, holders, countryAt } = readers;
  const quotes = findQuotes(doc, personAt, openings, holders, countryAt);
  const quoted: Omit<QuotedFacts, "organisations"> = {
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

function lastFacts(doc: Doc, quoted: Omit<QuotedFacts, "organisations">, { personAt, countryAt, holders, organisations, openings }: PhraseReaders): Facts {
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
