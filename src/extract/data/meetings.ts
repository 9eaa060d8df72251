/** Vocabulary for meetings: what a meeting is called, how its format and place are stated. */

/** Endings of meeting nouns (lower case): "Treffen", "G7-Gipfel", "Videokonferenz", "Außenministertreffen". */
export const MEETING_NOUN_ENDINGS: readonly string[] = [
  "treffen", "gipfel", "gipfeltreffen", "tagung", "konferenz", "sitzung", "zusammenkunft", "versammlung",
  "beratungen",
];

/** Nouns with a meeting ending that are not the meeting a text reports on. */
export const NOT_MEETING_NOUNS: ReadonlySet<string> = new Set([
  "pressekonferenz", "hauptversammlung", "eintreffen", "aufeinandertreffen",
]);

/** Verbs that report a meeting taking place ("treffen sich", "kommen ... zusammen"). */
export const MEETING_VERBS = /\b(?:treffen|trafen|traf|trifft) sich\b|\b(?:kommen|kamen|kam|kommt)\b[^.;!?]{0,80}?\bzusammen\b|\b(?:tagen|tagten|tagt)\b/u;
/**
 * Parts of words without which MEETING_VERBS cannot match (each of its verbs holds one), searched for at once: most
 * sentences hold none, and are spared the expression's tries at every word boundary.
 */
export const MEETING_VERB_WORDS = /traf|treff|trifft|zusammen|tag/;

/** Words before a meeting noun that point to another meeting than the one reported ("letzten Tagung"). */
export const OTHER_MEETING_QUALIFIERS: ReadonlySet<string> = new Set([
  "letzten", "letzte", "letzter", "vorigen", "vorige", "vergangenen", "vergangene", "früheren", "frühere",
  "nächsten", "nächste", "kommenden", "kommende", "vorherigen", "vorangegangenen", "bisherigen",
]);

/** Words that state how the meeting is held. */
export const FORMAT_CUES: readonly { format: "video_conference" | "in_person"; pattern: RegExp }[] = [
  { format: "video_conference", pattern: /\b(?:Videokonferenz\p{L}*|Videoschalte\p{L}*|Videogipfel\p{L}*|virtuell\p{L}*|per Video\b|online\b|Online-\p{L}+|digital(?:en|e|er)? (?:Treffen|Gipfel|Konferenz|Tagung))/iu },
  { format: "in_person", pattern: /\b(?:persönlich\p{L}*|physisch\p{L}*|in Präsenz|Präsenztreffen|Präsenzgipfel|von Angesicht zu Angesicht)/iu },
];

/**
 * Prepositions that name where a meeting is: "Treffen in Rom", "Treffen nach Washington". "im" only
 * counts before a known place ("im Irak"), as it mostly precedes buildings ("im Kanzleramt").
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "nach", "im"]);
export const KNOWN_PLACE_ONLY_PREPOSITIONS: ReadonlySet<string> = new Set(["im"]);

/** Phrases that name the host country: "auf Einladung der US-Regierung". */
export const HOST_CUE = /\b(?:auf Einladung|Gastgeber(?:in)?|Gastgeberland)\b/u;

/** Nouns counting who took part ("40 Außen- und Verteidigungsminister", "200 Delegierte"). */
export const PARTICIPANT_NOUN_ENDINGS: readonly string[] = [
  "minister", "ministern", "ministerinnen", "regierungschefs", "staatschefs", "teilnehmer", "teilnehmern",
  "teilnehmende", "teilnehmenden", "delegierte", "delegierten", "delegationen", "vertreter", "vertretern",
  "gäste", "gästen",
];

/** Words before a date that make it another time than the meeting's ("seit Februar 2019", "Ende März"). */
export const DATE_NOT_OF_MEETING = /\b(?:seit|bis|vor|nach|ab|Ende|Anfang|Mitte|zuletzt|letztmals)\s+(?:dem |der |im )?$/u;

/**
 * Words that mark a sentence as background to the reported meeting, not its report: the
 * pluperfect ("hatten ... ihr Treffen in Peking genutzt") and looks back ("damals", "im Vorfeld").
 */
export const BACKGROUND_WORDS: ReadonlySet<string> = new Set(["hatte", "hatten", "damals", "einst", "früher", "vorfeld", "seinerzeit"]);

/** Words right before a meeting noun that point back to a meeting already named: "dem Treffen", "beim Gipfel". */
export const DEFINITE_BEFORE_MEETING: ReadonlySet<string> = new Set([
  "der", "die", "das", "dem", "den", "des", "beim", "zum", "vom", "am", "im", "diesem", "dieser", "dieses", "diese",
]);

/**
 * Onward travel: "will ... nach New York weiterreisen", "reist anschließend nach Paris", "fliegt danach
 * weiter". Where a clause says it, the meeting noun it goes to ("zur Generaldebatte der UN-Vollversammlung")
 * is the next stop, not the meeting reported, and the place after "nach" is where the traveller goes next.
 */
export const ONWARD_TRAVEL =
  /\bweiter(?:reisen|reiste|reisten|reist|fliegen|flog|flogen|fliegt|fahren|fuhr|fuhren|fährt|ziehen|zog|zogen|zieht)\b|\b(?:reisen|reiste|reisten|reist|fliegen|flog|flogen|fliegt|fahren|fuhr|fuhren|fährt)\b(?:[^.;:,]{0,60}\bweiter\b|[^.;:]{0,60}\b(?:anschließend|danach|im Anschluss)\b)|\b(?:anschließend|danach|im Anschluss)\b[^.;:]{0,80}\b(?:reisen|reiste|reisten|reist|fliegen|flog|flogen|fliegt|fahren|fuhr|fuhren|fährt|aufbrechen|brach|bricht)\b/u;

/** A meeting noun this word stands before is where someone goes ("zur Generaldebatte", "zum Gipfel"). */
export const GOAL_BEFORE_MEETING: ReadonlySet<string> = new Set(["zu", "zum", "zur"]);
