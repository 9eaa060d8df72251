/**
 * Text in, facts out. Pure: no I/O, runs in the Worker and in Node, deterministic.
 * Facts are only read from article passages (title, headings, text, quotes); bylines, navigation,
 * teasers and photo credits are recognised as such and never used as evidence.
 */
import { findActions } from "./actions";
import { assignAttendance } from "./attendance";
import { findCountryMentions, groupCountries } from "./countries";
import { findDates } from "./dates";
import { documentInfo } from "./document";
import { findMeeting } from "./meetings";
import { findMemberCounts } from "./members";
import { findQuantities } from "./numbers";
import { markLead, splitPassages } from "./passages";
import { findPersons } from "./persons";
import { personMentionsByStart } from "./phrases";
import { findPlaces } from "./places";
import { findQuotes } from "./quotes";
import { EVIDENCE_KINDS } from "./text";
import type { DocumentMetadata, Facts, PersonFact } from "./types";

export type * from "./types";

export function extractFacts(text: string, metadata: DocumentMetadata = {}): Facts {
  const passages = splitPassages(text);
  const dateline = markLead(text, passages);
  const document = documentInfo(text, passages, metadata, dateline);
  const evidencePassages = passages.filter((passage) => EVIDENCE_KINDS.has(passage.kind));
  const sentences = evidencePassages.flatMap((passage) => passage.sentences);
  const articleSentences = new Set(
    evidencePassages.filter((passage) => passage.kind === "text" || passage.kind === "quote").flatMap((passage) => passage.sentences),
  );
  // Date lines ("04.06.2020 - Artikel") state the document's date: a date fact, though no other evidence.
  const datedSentences = passages.filter((passage) => EVIDENCE_KINDS.has(passage.kind) || passage.kind === "byline").flatMap((passage) => passage.sentences);

  const dates = findDates(text, datedSentences, document.date?.slice(0, 4));
  const quantities = findQuantities(text, sentences, dates);
  const countryMentions = findCountryMentions(text, sentences);
  const drafts = findPersons(text, sentences, countryMentions);
  const meeting = findMeeting(text, sentences, articleSentences, quantities, dates, countryMentions);
  assignAttendance(text, sentences, drafts, meeting);
  const persons: PersonFact[] = drafts.map(({ roleWord: _roleWord, ...person }) => person);
  const bodySentences = sentences.filter((sentence) => articleSentences.has(sentence));
  const personAt = personMentionsByStart(persons);

  return {
    document,
    passages,
    countries: groupCountries(countryMentions),
    persons,
    quantities,
    memberCounts: findMemberCounts(text, sentences),
    dates,
    meetings: meeting ? [meeting] : [],
    places: findPlaces(text, sentences, meeting),
    quotes: findQuotes(text, bodySentences, personAt),
    actions: findActions(text, bodySentences, personAt),
  };
}

export { roleForms, roleGender, roleInGender } from "./gender";
