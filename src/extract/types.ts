/**
 * The facts extracted from one text. Every offset is a JavaScript string index into the raw text,
 * so `text.slice(start, end)` gives the evidence back. The extractor may add fields; consumers
 * (the question generator, the CLI) rely on these.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  /** Exactly `text.slice(start, end)`. */
  text: string;
}

export type PassageKind = "title" | "heading" | "text" | "quote" | "byline" | "boilerplate";

export interface Sentence extends Span {
  id: string;
}

/** A paragraph (a block of lines between blank lines), split into sentences. */
export interface Passage extends Span {
  id: string;
  kind: PassageKind;
  sentences: Sentence[];
}

export interface DocumentInfo {
  id: string;
  title?: string;
  /** ISO date as precise as known: "2020-06-04", "2017-03". */
  date?: string;
  /** Publisher, agency or dateline source ("dpa", "ARD-Studio Rom"). */
  source?: string;
  /** City of the dateline ("Washington"), when the text has one. */
  dateline?: string;
  /** Author named in the byline ("Tilmann Kleinjung"). Never a participant. */
  author?: string;
}

export interface DocumentMetadata {
  id?: string;
  title?: string;
  date?: string;
  source?: string;
}

export interface CountryFact {
  /** ISO 3166-1 alpha-2, upper case. */
  iso2: string;
  /** German short name ("Irak"). */
  name: string;
  mentions: (Mention & { form: "name" | "adjective" | "prefix" })[];
}

/**
 * The person's relation to the meeting the text reports. "represented" did not attend either (they
 * sent someone); "representative" attended on someone's behalf. Without a reported meeting, everyone
 * is "mentioned".
 */
export type Attendance = "attended" | "absent" | "represented" | "representative" | "mentioned";

export interface PersonFact {
  /** Full name as written ("Frank-Walter Steinmeier", "al- Kadhimi", "Maas"). */
  name: string;
  surname: string;
  givenName?: string;
  /** Role as the text states it ("Bundesaußenminister", "britische Verteidigungsminister"). */
  role?: string;
  /**
   * For a role that only says "colleague" ("sein US-Kollege Blinken"): the role of the person the
   * colleague is compared with ("Außenminister"), so that with `country` it reads "US-Außenminister".
   */
  impliedRole?: string;
  /** ISO alpha-2 of the nationality stated or implied by the role. */
  country?: string;
  attendance: Attendance;
  /** For "represented": the surname of the representative; for "representative": whom they represent. */
  relatedTo?: string;
  /** Evidence for the attendance relation (the sentence or clause that states it). */
  attendanceEvidence?: Span;
  mentions: Mention[];
}

export interface QuantityFact extends Span {
  /** The figure as written, with its hedge ("rund 14.000", "sieben", "1,8 Milliarden"). */
  text: string;
  value: number;
  /** The unit or counted noun ("Luftangriffe", "Dollar", "Prozent", "Soldatinnen und Soldaten"). */
  unit?: string;
  approx: boolean;
  /** The hedge word when there is one ("rund", "mehr als"). */
  hedge?: string;
  /** Span of the clause that says what is counted (for questions and evidence). */
  context?: Span;
}

export interface MemberCountFact extends Span {
  organization: string;
  value: number;
  /** The counted noun ("Staaten", "Mitglieder"). */
  unit?: string;
}

export interface DateFact extends Span {
  text: string;
  /** ISO, as precise as written: "2019-02", "2020-06-04", "2014". A day and month without a year take the document's year. */
  value: string;
}

export type MeetingFormat = "in_person" | "video_conference";

export interface MeetingFact extends Span {
  place?: string;
  format?: MeetingFormat;
  date?: string;
  /** Surnames of people who attended. */
  participants: string[];
  /** Count of participants when the text gives one ("rund 40 Außen- und Verteidigungsminister"). */
  participantCount?: QuantityFact;
  /** Evidence spans for place and format. */
  placeEvidence?: Span;
  formatEvidence?: Span;
  /** Country of the host, from the place ("in Rom") or an invitation ("auf Einladung der US-Regierung"). */
  hostCountry?: string;
  /** Roles of the participants when the text names them ("außenminister", "verteidigungsminister"), lower case. */
  participantRoles?: string[];
}

export interface PlaceFact {
  name: string;
  /** Country the place lies in, when known. */
  country?: string;
  mentions: Mention[];
}

export interface Facts {
  document: DocumentInfo;
  passages: Passage[];
  countries: CountryFact[];
  persons: PersonFact[];
  quantities: QuantityFact[];
  memberCounts: MemberCountFact[];
  dates: DateFact[];
  meetings: MeetingFact[];
  places: PlaceFact[];
}
