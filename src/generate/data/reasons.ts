/** Words of the reasons family (src/generate/reasons.ts): how German news text gives a reason for what it reports. */
import { LINKING_ADVERBS } from "./connectives";

/** Conjunctions that open a clause giving the reason for the main clause before them ("..., weil die Stadt ... wäre"). */
export const CAUSAL_CONJUNCTIONS: ReadonlySet<string> = new Set(["weil", "da"]);

/**
 * Conjunctions opening a sentence with its reason, before the main clause ("Weil es offene Probleme gibt, fordert ..."):
 * those after which the extractor reads the main clause's action (FRONTED_CLAUSE_CONJUNCTIONS of src/extract/data/claims.ts).
 */
export const FRONTED_CAUSAL_CONJUNCTIONS: ReadonlySet<string> = new Set(["Weil"]);

/** Of those, the one that is also an adverb ("..., da sind sich alle einig"): a conjunction only before the clause's subject. */
export const ALSO_ADVERB = "da";

/**
 * Words in lower case that may open a clause's subject after "da" ("da die Polizei ...", "da sie ...", "da es ..."); any
 * other word in lower case is a verb, and "da" the adverb of a main clause. A capitalised word is a noun or name.
 */
// biome-ignore format: a word list, packed for reading
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "kein", "keine", "sein",
  "seine", "ihr", "ihre", "unser", "unsere", "dieser", "diese", "dieses", "jeder", "jede", "jedes", "viele", "alle",
  "einige", "mehrere", "beide", "manche", "immer", "nur", "auch", "noch", "bereits", "schon", "er", "sie", "es", "man",
  "sich",
]);

/** Words that tie a sentence to the one before ("Doch die Regierung lehnte ab, weil ..."): its main clause is no stem alone. */
export const LINKING_OPENERS: ReadonlySet<string> = new Set(["und", "aber", "doch", "oder", "sondern", "denn", "auch", "zudem", "außerdem", "dann", "so"]);

/** Words in the main clause that point forward to its reason ("ist vor allem deshalb eine Sensation, weil ..."): left out with it. */
export const REASON_CORRELATES: ReadonlySet<string> = new Set(["deshalb", "deswegen", "darum", "daher"]);

/**
 * Focus words before such a correlate ("schon deshalb", "vor allem deshalb", "nicht zuletzt deshalb"): without the
 * correlate they would focus the clause's next word ("wird seine Position schon nicht ändern"), so they leave with it.
 * Patterns of words, matched in sequence.
 */
// biome-ignore format: a word list, packed for reading
export const FOCUS_BEFORE_CORRELATE: readonly string[] = [
  "schon", "allein", "gerade", "nur", "auch", "eben", "vor\\s+allem", "unter\\s+anderem", "nicht\\s+zuletzt", "nicht\\s+nur",
  "hauptsächlich", "vorwiegend", "besonders",
];

/**
 * Words before a correlate that deny or hedge the reason ("nicht deshalb, weil", "wohl deshalb, weil"): the clause
 * after it is not, or not surely, the reason, and is not asked as the reason the text gives.
 */
// biome-ignore format: a word list, packed for reading
export const DOUBT_BEFORE_CORRELATE: readonly string[] = [
  "nicht", "kaum", "wohl", "vermutlich", "offenbar", "offensichtlich", "angeblich", "möglicherweise", "vielleicht",
  "teilweise", "teils", "weniger",
];

/**
 * Words that open what follows a reason clause and is no part of the reason: a relative clause on the whole
 * sentence (", was selbst der Rechnungshof bestätigt hat"), a source (", wie das Land bekanntgab", ", so X"),
 * a second clause after a dash or "und".
 */
export const AFTER_REASON = /,\s*(?:was|wie|so|und|sagte|erklärte|hieß|heißt|berichtete)(?!\p{L})|\s[–—]\s|;/u;

/** Words that open a clause that is not the main clause: a sentence opening with one has its main clause later. */
// biome-ignore format: a word list, packed for reading
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  "weil", "da", "wenn", "als", "obwohl", "nachdem", "während", "bevor", "dass", "ob", "falls", "seit", "seitdem",
  "damit", "sodass", "um", "wie",
]);

/**
 * Words that point to what only the rest of the text says: an option from another sentence with one of them cannot be
 * read on its own ("Weil er ...", "Wegen dieser Streitereien"); nor a key, except the personal pronouns and possessives
 * of the main clause's subject, which the stem shows.
 */
export const POINTERS =
  /(?<!\p{L})(?:dies(?:e[mnrs]?)?|dort|dadurch|damit|dabei|dafür|dazu|davon|deren|dessen|derselbe[mnrs]?|dieselbe[mn]?|letztere[mnrs]?|ersterer?[mns]?|jene[mnrs]?|solche[mnrs]?)(?!\p{L})/iu;
export const PERSONAL_WORDS =
  /(?<!\p{L})(?:er|sie|es|ihm|ihn|ihnen|sein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|wir|uns|unser(?:e[mnrs]?)?|ich|mir|mich|mein(?:e[mnrs]?)?)(?!\p{L})/iu;

/** Words that open an actor's phrase and are written small inside a clause ("Die EU-Kommission" → "weil die EU-Kommission ..."). */
// biome-ignore format: a word list, packed for reading
export const SMALL_INSIDE_CLAUSE: ReadonlySet<string> = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "viele", "einige",
  "mehrere", "alle", "beide",
]);

/**
 * Adverbs that tie a clause to the one before ("Ponta ist indes auch ...", "Sova soll zudem ..."): without that
 * clause they tie to nothing, so a stem or an option leaves them out. Those of a deed (LINKING_ADVERBS), and
 * "ebenfalls": why someone did what others did too does not ask who else did it.
 */
export const CONNECTIVE_ADVERBS: ReadonlySet<string> = new Set([...LINKING_ADVERBS, "ebenfalls"]);

/**
 * Words after a comma that open a clause a deed can do without: a subordinate clause of its own ("musste ... räumen,
 * obwohl sie ... ist"), a relative clause on a noun ("meldete 965 Delikte, bei denen ..."). Not "dass", "ob", "wie":
 * that clause is what the verb says or asks.
 */
export const DETACHABLE_AFTER_COMMA =
  /,\s*(?:(?:weil|da|obwohl|nachdem|während|bevor|wenn|als|um|sodass|zumal|wobei)|(?:(?:bei|mit|von|in|an|auf|aus|nach|für|gegen|unter|zu)\s+)?(?:der|die|das|dem|den|denen|deren|dessen|welche[mnrs]?))(?!\p{L})/u;

/**
 * Finite verbs of reported speech, the subjunctive I ("könne", "sei"): a clause with one retells what someone said, whose
 * speaker a stem of the clause alone would not show. A verb ending in "e" after any letter but "t" at the end of a
 * reason clause is one too ("nachmelde", "vorliege"): in the indicative it would end in "t" or "en".
 */
// biome-ignore format: a word list, packed for reading
export const REPORTED_SPEECH_FORMS: ReadonlySet<string> = new Set([
  "sei", "seien", "könne", "habe", "werde", "müsse", "dürfe", "wolle", "solle", "möge", "gebe", "liege", "stehe",
  "gehe",
]);
/** Subjunctive II forms in "e" after a letter other than "t": a hypothesis of the text's own ("insolvent gewesen wäre"). */
export const HYPOTHESIS_FORMS: ReadonlySet<string> = new Set(["wäre", "würde"]);
/** Verbs of saying in whose sentence a speaker's reason may be told in the indicative: "Laut STANDARD-Informationen war es ...". */
export const INDICATIVE_SOURCES: ReadonlySet<string> = new Set(["laut", "zufolge"]);
