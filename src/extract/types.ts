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
  /**
   * Part of the lead, what the text is mainly about: its title, its teaser (the sentences before a
   * dateline, or a short opening paragraph), or one of the first sentences of the body ("opening").
   */
  lead?: "title" | "teaser" | "opening";
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
  /** City of the dateline ("Washington", "Hanoi / Phnom Penh"), when the text has one. */
  dateline?: string;
  /** Where the dateline stands ("Hanoi / Phnom Penh –", "Washington (dpa)"); no sentence contains it. */
  datelineSpan?: Span;
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

export type Gender = "female" | "male";

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
  /**
   * From the given name, "Frau"/"Herr", a feminine role noun ("Präsidentin"), a pronoun referring
   * back; a masculine role noun ("Kanzler") only when nothing else tells.
   */
  gender?: Gender;
  attendance: Attendance;
  /** For "represented": the surname of the representative; for "representative": whom they represent. */
  relatedTo?: string;
  /** Evidence for the attendance relation (the sentence or clause that states it). */
  attendanceEvidence?: Span;
  mentions: Mention[];
  /**
   * Where the text names the person in the genitive ("nach Andrejews Worten", "die Immunität Sovas", "Tsipras'"):
   * counted as naming them, kept apart from `mentions`, which stand as a person's name in a sentence (an actor
   * or speaker at its start, a name gap, a role's holder), which "Sovas Anwaltskanzlei" is not.
   */
  genitives: Mention[];
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
  /** A share written as a fraction ("ein Viertel", "die Hälfte"): `value` is the share (0.25), asked as written, not typed as a figure. */
  fraction?: true;
}

export interface MemberCountFact extends Span {
  organization: string;
  value: number;
  /** The counted noun ("Staaten", "Mitglieder"). */
  unit?: string;
}

export interface DateFact extends Span {
  text: string;
  /**
   * ISO, as precise as written: "2019-02", "2020-06-04", "2014". A day and month without a year take the document's
   * year; where it has none, they stay without one, as ISO 8601 writes a date of no year: "--10-29" (29 October).
   */
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
  /** "region" for a state, Land or canton (src/extract/data/regions.ts); a city or town otherwise. */
  kind?: "region";
  mentions: Mention[];
}

/**
 * A statement attributed to a speaker: ", sagte X", "so X", "X sagte, ...", "X zufolge", „...“, erklärte X.
 * The span is the sentence(s) that hold quote and attribution: the evidence.
 */
export interface QuoteFact extends Span {
  /**
   * The attributed words, verbatim, without quotation marks and without the attribution clause; an attribution inside
   * them is cut out ("Die Beziehungen sind nach Andrejews Worten schlecht" → "Die Beziehungen sind schlecht"), and after
   * one before them, "es" or "man" opens them before the verb ("laut Pritz gibt es ..." → "Es gibt ...").
   */
  quote: Mention;
  /** In quotation marks (direct speech) or not (reported speech, usually subjunctive, or marks lost). */
  direct: boolean;
  /** The speaker as written in the attribution ("Merkel", "Angela Merkel", "die Bundesregierung", "ein Polizeisprecher"). */
  speaker: Mention;
  /** PersonFact.surname when the speaker is one of `persons` (then it is a named person). */
  person?: string;
  /** The verb of saying as written ("sagte", "erklärte", "so", "zufolge"); INTERVIEW_ANSWER for an interview's answer. */
  verb: string;
  /**
   * Where the speaker is "er" or "sie" after the verb ("..., sagte er."): the sentence before, which names the
   * person it stands for. `speaker` is then the pronoun.
   */
  antecedent?: Span;
  /**
   * Where the words go on with the reported speech of the sentences before, without an attribution of their own
   * ("Xi sagte, ... . China wolle ... ergreifen."): the quote before, whose sentence names the speaker.
   */
  attribution?: Span;
  /**
   * Where the speaker is a kind's noun for an institution the text named before ("Die Firma erklärte, ..." after "Das
   * australische Unternehmen Kupfergrund Mining"): that naming, as for an action's `referent`.
   */
  referent?: Mention;
  /**
   * What a study or its researchers found ("..., ergab eine Wiener Studie."): `verb` is the verb of finding with its
   * particle ("fanden heraus"), and nobody else of the text could have found it.
   */
  finding?: true;
  /**
   * A finding whose source stands in a clause of "wie" before it ("Wie Versuche in Panama zeigten, wird ..."): the words
   * are the main clause after it, which opens with its verb; `verb` is the clause's verb of finding ("zeigten").
   */
  sourceFirst?: true;
  /**
   * Attributed by a clause of "wie" ("..., wie das Innenministerium mitteilte"): the reporter's words of what the speaker
   * made known, never the speaker's own, which no statement may give in quotation marks.
   */
  asSaid?: true;
  /**
   * Attributed by the next sentence, which points back at these words ("... Das kündigte der Minister an."): the
   * words are the reporter's sentence of its own, whose deed is asked as any other; the attribution is no deed of it.
   */
  pointsBack?: true;
}

/**
 * Who did what, from a main clause of the text: the acting subject and its finite verb. The span is
 * the sentence: the evidence.
 */
export interface ActionFact extends Span {
  /** The subject as written ("Nguyen Phu Trong", "Die EU-Kommission", "Merkel"). */
  actor: Mention;
  /** PersonFact.surname when the actor is one of `persons`. */
  person?: string;
  /** When the actor is a country or city that stands for its government ("Russland hat ... gefordert"). */
  place?: "country" | "city";
  /**
   * When the actor is named by a name the text marks as an organisation's, company's, medium's or product's
   * ("die Hamas" after "Palästinenserorganisation Hamas", "AlphaGo"): named, though its words alone look like a noun's.
   */
  organisation?: true;
  /** The finite verb as written ("kündigte", "hat") ... */
  verb: Mention;
  /** ... and, for separable verbs, its particle at the clause end ("an"). */
  particle?: Mention;
  /** Whether the actor opens the clause ("Merkel kündigte ... an") or follows the verb ("Am Montag kündigte Merkel ... an"). */
  actorFirst: boolean;
  /** The clause (a main clause, no subordinate clause) from its first word to its end, excluding the final punctuation. */
  clause: Span;
  /**
   * Where the actor is "Er" or "Sie" opening the sentence: the sentence before, which names the person it
   * stands for ("Lee Sedol unterlag ... Er entschuldigte sich ..."). `actor` is then the pronoun.
   */
  antecedent?: Span;
  /**
   * Where the clause is reported speech whose speaker is no person of the text ("Ein US-Vertreter sagte, Xi wolle ...
   * verkünden"): the verb in the indicative ("will"), and where the reported words end (the attribution after them
   * is no part of the deed).
   */
  reported?: { indicative: string; end: number };
  /**
   * Where a title or teaser drops the actor's article ("Krim-Führung sieht ..."): the text's own naming of that actor
   * with one ("Die Führung der Krim"), as questions and statements name it.
   */
  namedAs?: Mention;
  /**
   * Where the actor is a kind's noun for an institution the text named before ("Der Konzern" for "Der deutsche
   * Technologieriese Siemens"): that naming, as questions and statements name it, and its sentence shows who it is.
   */
  referent?: Mention;
  /**
   * Where two actors of one kind act together ("Lawrow und Kerry wollen ...", "Die USA und die syrische Opposition
   * fordern ..."): each of them, in the text's order; `actor` is then both, and neither acted alone.
   */
  pair?: PairMember[];
  /**
   * Where the person did not act but had something done to them, in the passive: as its subject ("Sobotka wird ...
   * entschädigt"), in the dative ("Ponta werden ... vorgeworfen") or after "gegen" ("Gegen ... Martin Konvička sind
   * Ermittlungen eingeleitet worden"). In the dative and after "gegen" the verb agrees with the clause's own subject,
   * and `clause` opens with "Gegen" before the person's phrase.
   */
  undergoer?: "subject" | "dative" | "gegen";
  /**
   * Where the clause opens with the verb's object and its subject follows the verb ("Die Vorwürfe weist der Minister
   * zurück", "Das Gesetz lehnen die Grünen ab"), as case or number mark it: the fore-field is the object, which a
   * statement puts after the verb ("Der Minister weist die Vorwürfe zurück").
   */
  objectFirst?: true;
  /**
   * Where the actor is a named member of a group that acted ("Viele Inselbewohner, allen voran Premierminister David
   * Cameron, machen sich Sorgen"): the group. The verb is the group's plural; the actor, between commas after it, did it too.
   */
  memberOf?: Mention;
  /**
   * Where the actor is a team named by the person who leads it ("Das Team um Anna Berg nahm ... auf"): that person's
   * PersonFact.surname. The team acted, not the person alone; who leads it is asked as a gap in the sentence.
   */
  leader?: string;
  /**
   * Where the actor is a group of people named by a preposition and what they are in or about ("Die Kritiker von TTIP",
   * "Die konservativen Kräfte innerhalb der Kommunistischen Partei"): people, not the body the name ends in.
   */
  people?: true;
}

/**
 * A definite noun phrase that points back to the one company, bank or person of a nationality the text named before
 * ("des Konzerns", "der Bank", "des identifizierten Franzosen"), and whom it stands for, by name ("Siemens").
 */
export interface PointedPhrase extends Mention {
  /** A company or bank ("des Konzerns"), or a person by a noun of their country ("des Franzosen"). */
  kind: "institution" | "nationality";
  /** Whom it stands for, by name; none for a person's noun of a country where the text leaves open whom it means. */
  referent?: string;
}

/** One of two actors who act together: as ActionFact names a lone actor. */
export interface PairMember {
  mention: Mention;
  /** PersonFact.surname when the member is one of `persons`. */
  person?: string;
  place?: "country" | "city";
  /** Named by a name the text marks as an organisation's ("Lufthansa" of "AUA und Lufthansa"), as ActionFact.organisation. */
  organisation?: true;
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
  quotes: QuoteFact[];
  actions: ActionFact[];
  /** Noun phrases that point back to one company, bank or person named before, resolved (src/extract/pointers.ts). */
  pointed?: PointedPhrase[];
}
