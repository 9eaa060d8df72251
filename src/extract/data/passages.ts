/** Vocabulary for splitting text into passages and sentences and for telling article text from page furniture. */
import { AGENCY_SIGNS } from "./agencies";

/**
 * Abbreviations whose final period never ends a sentence (compared case-insensitively, without the
 * period). Single letters ("z. B.", "u. a.", initials) are handled generally and need no entry.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "dr", "prof", "bzw", "ca", "vgl", "nr", "mio", "mrd", "st", "abs", "usw", "ggf", "inkl", "evtl", "zb",
  "jan", "feb", "febr", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
  "hr", "fr", "frl", "jh", "jhd", "str", "tel", "mind", "max", "min", "rd", "bspw", "sog", "gem", "lt",
  "zzgl", "abzgl", "urspr", "vs", "etc", "ehem", "gen", "geb", "verh", "ca", "zit", "hrsg", "dt", "engl",
  "franz", "ital", "amerik", "chr", "co", "inc", "ltd", "mr", "mrs", "sen", "jr", "gov", "rep", "gmbh",
]);

/** Words after which "14." is an ordinal ("am 14. Juni", "der 3. Oktober"), not a sentence end. */
export const ORDINAL_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  "der", "die", "das", "den", "dem", "des", "am", "zum", "zur", "vom", "im", "beim", "seit", "bis", "ab",
  "ihr", "ihre", "ihrem", "ihren", "sein", "seine", "seinem", "seinen", "dieser", "diesem", "diesen",
  "jeder", "jedem", "jeden", "ein", "eine", "einem", "einen", "einer", "bereits", "zum", "dieses",
]);

/**
 * Whole lines that belong to the page, not the article: navigation, teasers, credits, page-dump
 * headers. Tested against a passage's trimmed text.
 */
export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /^Willkommen (?:auf|bei)\b/iu,
  /^(?:Schlagworte|Schlagwörter|Themen|Tags|Teilen|Drucken|Anzeige|Werbung|Kommentare|Mehr zum Thema|Weitere Artikel|Das könnte Sie auch interessieren)\s*:?$/iu,
  /^(?:nach oben|zurück|zur Startseite|zum Seitenanfang|Seitenanfang|Inhalt teilen|Artikel teilen|Artikel drucken)$/iu,
  /^Lesen Sie (?:auch|mehr|hier)\b/iu,
  /^(?:Mehr|Auch) (?:zum Thema|interessant|lesenswert)\s*:/iu,
  /^(?:Foto|Fotos|Bild|Bilder|Quelle|Bildquelle|Grafik|Video)\s*:/iu,
  /©/u,
  /\((?:Foto|Bild)\s*:/iu,
  /^(?:Hier klicken|Jetzt abonnieren|Newsletter)\b/iu,
  /^\S*(?:https?:\/\/|www\.)\S*$/iu,
  // Page-dump headers: "date 2017-03 artikel-ansicht/dg/0/"
  /^date \d{4}(?:-\d{2}){0,2}\b/iu,
  /(?:^|\s)[\w-]+\/[\w-]+\/\d+\/?$/u,
  /Cookies?\b.*\b(?:akzeptieren|zustimmen|Einstellungen)/iu,
];

/** One agency's sign or several joined by slashes, as datelines and bylines credit them ("dpa", "APA/dpa"). */
const AGENCY = `(?:${AGENCY_SIGNS.join("|")})(?:\\/(?:${AGENCY_SIGNS.join("|")}))*`;

/** A name word of an author's credit: capitalised, small letters after the first ("Weißensteiner", "Mikl-Leitner"), or an initial ("M."). */
const CREDIT_NAME_WORD = "(?:\\p{Lu}[\\p{Ll}\\p{M}'’-]+|\\p{Lu}\\.)";
/** An author's name of two or three words in a credit ("Nina Weißensteiner", "Karl M. Huber"). */
const CREDIT_NAME = `${CREDIT_NAME_WORD}(?:[ \\u00a0]${CREDIT_NAME_WORD}){1,2}`;
/** What a credit names its people for, before a colon: the pictures, the video, the camera ("Videos: Anna Berger & Jan Wolf"). */
const CREDIT_LABEL = "(?:Videos?|Fotos?|Bilder?|Text|Kamera|Schnitt|Grafik|Recherche)[ \\u00a0]*:[ \\u00a0]*";
/**
 * One credit of a byline in brackets: an agency ("APA/dpa"), the short sign of an editor or the newsroom in small letters
 * ("red", "tasch"), or an author's name of two or three words, with the place reported from ("Dominik Straub aus Rom"); or
 * a label of the pictures' or video's credit with names joined by "&" or "und" ("Videos: Anna Berger & Jan Wolf").
 */
const CREDIT = `(?:${AGENCY}|\\p{Ll}{2,6}|${CREDIT_NAME}(?:[ \\u00a0]aus[ \\u00a0]\\p{Lu}[\\p{L}-]+(?:[ \\u00a0]\\p{Lu}[\\p{L}-]+)?)?|${CREDIT_LABEL}${CREDIT_NAME}(?:[ \\u00a0]+(?:&|und)[ \\u00a0]+${CREDIT_NAME})*)`;
/** A date of a byline, also with spaces after its periods ("14.10.2015", "26.2. 2016", "10. 12. 2015"). */
const BYLINE_DATE = "\\d{1,2}\\.[ \\u00a0]?\\d{1,2}\\.[ \\u00a0]?\\d{4}";

/**
 * The credits and date in brackets that close an article or a part of it, as news sites print them after the last
 * sentence: "(Günther Oswald, Nina Weißensteiner, 12.3.2016)", "(Markus Bernath; 01.11.2015)", "(APA, red,
 * 5.11.2015)"; the closing bracket may be lost at the text's end.
 */
const BYLINE_IN_BRACKETS_SOURCE = `\\((?:${CREDIT}[ \\u00a0]*[,;/][ \\u00a0]*)+${BYLINE_DATE}[ \\u00a0]*(?:\\)|$)`;
export const BYLINE_IN_BRACKETS = new RegExp(BYLINE_IN_BRACKETS_SOURCE, "gu");

/** Lines that name the author, agency or date of the article. */
export const BYLINE_PATTERNS: readonly RegExp[] = [
  /^Von [\p{Lu}][^\n]{0,80}$/u,
  /^(?:Autor|Autorin|Text|Stand|Veröffentlicht|Aktualisiert)\s*:/iu,
  /^\d{1,2}\.\d{1,2}\.\d{4}(?:,? \d{1,2}[:.]\d{2}(?: Uhr)?)?(?:\s*[-–|]\s*[\p{L} ]{0,30})?$/u,
  new RegExp(`^\\(?${AGENCY}\\)?$`, "u"),
  // A dateline on its own line: "Berlin (dpa) -"
  new RegExp(`^\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*)? \\(${AGENCY}\\)\\s*[-–]?$`, "u"),
  // The credits and date in brackets on a line of their own: "(Markus Bernath, 18.2.2016)"
  new RegExp(`^${BYLINE_IN_BRACKETS_SOURCE}$`, "u"),
];

/** A dateline: place and agency at the start of the article ("Washington (dpa) Die 68 ..."). */
export const DATELINE_AGENCY = new RegExp(`^(\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*)?) \\((${AGENCY})\\)\\s*(?:[-–]\\s*)?`, "u");

/** Longest passage (in characters) that can still be a title or heading. */
export const MAX_HEADING_LENGTH = 140;

/** Small words inside a town's name before its river or region ("Frankfurt am Main", "Halle an der Saale"). */
const PLACE_NAME_JOINS = ["am", "an der", "im", "in der", "ob der", "bei"].join("|");

/** Lowercase particles inside foreign town names ("Rio de Janeiro", "Castel di Sangro"); "d'" is written onto its name ("Cortina d'Ampezzo"). */
const PLACE_NAME_PARTICLES = ["de", "da", "di", "del", "do", "dos", "la", "le", "sur", "upon"].join("|");

/** Town names whose first word is also a German article, which no dateline may start with otherwise ("Den Haag"). */
export const PLACE_NAMES_LED_BY_ARTICLE: readonly string[] = ["Den Haag", "Den Helder", "Den Bosch"];

/**
 * A dateline inside the first paragraph: one to four place names (joined by "/"), a dash, then the
 * body ("Hanoi / Phnom Penh – Die Erwartungen ...", "Wiener Neustadt – Wir sanieren ...", "Frankfurt am
 * Main – ...", "Rio de Janeiro – ...", "Cortina d'Ampezzo – ..."), or place and agency ("Washington (dpa) Die 68 ..."). Group 1 is the place.
 */
export const DATELINE_AT_SENTENCE_START = new RegExp(
  `^(\\p{Lu}[\\p{L}.'-]*(?:(?: | ?/ ?)\\p{Lu}[\\p{L}.'-]*){0,3}(?: (?:${PLACE_NAME_JOINS}|${PLACE_NAME_PARTICLES}) \\p{Lu}[\\p{L}.'-]*| d['’]\\p{Lu}[\\p{L}.'-]*)?)(?: \\((?:${AGENCY})\\))?[ \\u00a0]*[–—-][ \\u00a0]+(?=[\\p{Lu}\\p{N}„"»])`,
  "u",
);

/** How many sentences of the article's text may come before the dateline (the teaser). */
export const MAX_TEASER_SENTENCES = 3;
/** The first sentences of the body, after title, teaser and dateline, that belong to the lead. */
export const OPENING_SENTENCES = 2;

/**
 * Adverbs, conjunctions and pronouns that German writes with a capital only where a sentence begins
 * (from the sentence openings of the devset articles): one after a few words without punctuation marks
 * the end of a subheading that lost its line break ("Außenministerium zuständig Insgesamt wurden ...").
 * Not "Sie", "Wir", "Ich": texts without quotation marks write them after a speaker's words.
 */
// biome-ignore format: a word list, packed for reading
export const CLAUSE_OPENING_WORDS: readonly string[] = [
  "Insgesamt", "Auch", "Doch", "Dabei", "Damit", "Dann", "Dazu", "Dafür", "Davor", "Danach", "Daher", "Deshalb",
  "Dennoch", "Trotzdem", "Zudem", "Außerdem", "Allerdings", "Bereits", "Zuletzt", "Demnach", "Derzeit",
  "Mittlerweile", "Inzwischen", "Nun", "Jetzt", "Zunächst", "Schließlich", "Jedoch", "Stattdessen", "Immerhin",
  "Zugleich", "Anschließend", "Zwar", "Denn", "Dort", "Damals", "Bisher", "Bislang", "Tatsächlich", "Konkret",
  "Wenn", "Weil", "Obwohl", "Nachdem", "Dass", "Er", "Es", "Man", "Dies",
];

/** Finite modal and auxiliary verbs after a fronted infinitive ("Gelingen soll das ...", "Helfen können dabei ..."). */
// biome-ignore format: a word list, packed for reading
export const MODALS_AFTER_FRONTED_INFINITIVE: readonly string[] = [
  "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte", "wollten", "kann", "können", "könnte", "könnten",
  "muss", "müssen", "musste", "mussten", "darf", "dürfen", "dürfte", "dürften", "wird", "werden", "würde", "würden",
];

/** Subjects right after a fronted verb and its modal ("soll das", "kann man", "will die Regierung"). */
export const SUBJECTS_AFTER_FRONTED_VERB: readonly string[] = ["das", "dies", "es", "man", "er", "sie", "der", "die", "den", "ein", "eine"];

/**
 * Articles, determiners and prepositions: a sentence that opens with one runs on into its noun ("Für diese Waren
 * soll es ..."), so a heading before a fronted infinitive starts with none of them.
 */
// biome-ignore format: a word list, packed for reading
export const NOT_HEADING_STARTS: ReadonlySet<string> = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "dieser", "diese", "dieses",
  "jeder", "jede", "kein", "keine", "in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom",
  "vor", "zu", "zum", "zur", "für", "gegen", "über", "unter", "um", "durch", "seit", "bis", "ohne", "trotz", "wegen",
]);
