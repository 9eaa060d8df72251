/**
 * The sources of what a text reports ("laut dem Sender BBC", "der Universität zufolge", "wie die Universität Graz
 * berichtet", "berichtete das Wall Street Journal", "nach Angaben der Polizei"): a name that stands in the text only so
 * tells where the news came from, not what happened. Blind readers failed a gap on it ("Laut ___ war der Flüchtling
 * festgehalten worden") and were misled by it as a rival actor ("Auf eine kostenlose Version verzichtet das Wall
 * Street Journal." for a company's deed). The publisher's own name and a news agency (NEWS_HOUSE_NAMES, AGENCY_SHORT_NAMES)
 * are sources wherever they stand: their deeds in a report are asking and reporting ("DER STANDARD hat nachgefragt"). A person is left to the families of speakers:
 * who said something is worth asking. A statement may keep the source where it stays one ("..., wie die Hochschule
 * Lindenau berichtet").
 */
import type { Question } from "../bank/schema";
import { type DocContext, perDocument } from "./context";
import { AGENCY_SHORT_NAMES } from "../extract/data/agencies";
import { NEWS_HOUSE_NAMES } from "./data/anaphora";
import { JOINS_WORD, JOINS_WORD_OR_HYPHEN, wholeWordsAt } from "./wholewords";

/** A run of capitalised words (a name, or a noun and the name after it: "Universität Graz", "Wall Street Journal"). */
const NAME_RUN = "((?:\\p{Lu}[\\p{L}\\p{N}.&'-]*)(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&'-]*)*)";
/** An article and up to two adjectives before the name ("laut dem türkischen Militär"). */
const ARTICLE = "(?:(?:de[rmns]|die|das|einer?|einem)\\s+)?(?:\\p{Ll}+e[mnrs]?\\s+){0,2}";
const REPORTING_VERB =
  "(?:berichtet|berichtete|berichteten|berichten|meldet|meldete|meldeten|schreibt|schrieb|schrieben|zitiert|zitierte|mitteilte|mitteilt|bekanntgab|informierte)";
/** The participles of reporting after "hat" or "hatte": "Die Agentur Bloomberg hatte zuvor berichtet". */
const REPORTED = "(?:berichtet|gemeldet|geschrieben)";
/**
 * A source before "zufolge" ("der Universität Graz zufolge"): it opens with a name run, which a scan of the whole text
 * tries at every capital (most of the text's CPU time in a step of families), so it is looked for only before each
 * "zufolge" (sourcesBeforeZufolge).
 */
const BEFORE_ZUFOLGE = new RegExp(`(?<!\\p{L})${NAME_RUN}\\s+zufolge(?!\\p{L})`, "gu");
const ZUFOLGE = /\s+zufolge(?!\p{L})/gu;
/**
 * What ends every name run before a "zufolge": a character no name has, or a word of small letters. Looked for this far
 * back at most (a run longer than that is looked for from where the search stands, as by the scan of the whole text).
 */
const OUTSIDE_NAME_RUN = /[^\p{L}\p{N}.&'\s-]|(?<=\s)[^\s\p{Lu}]/gu;
const NAME_RUN_REACH = 200;

/**
 * BEFORE_ZUFOLGE's matches in `text`, in order, as a scan of the whole text finds them: for each "zufolge" the search
 * starts after what last ends a name run before it, where a match that ends at that "zufolge" must start, or where the
 * previous match ended.
 */
function sourcesBeforeZufolge(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    ZUFOLGE.lastIndex = from;
    const zufolge = ZUFOLGE.exec(text);
    if (zufolge === null) return matches;
    const reach = Math.max(from, zufolge.index - NAME_RUN_REACH);
    let runStart = from;
    OUTSIDE_NAME_RUN.lastIndex = reach;
    for (let outside = OUTSIDE_NAME_RUN.exec(text); outside !== null && outside.index < zufolge.index; outside = OUTSIDE_NAME_RUN.exec(text)) {
      runStart = outside.index + 1;
    }
    BEFORE_ZUFOLGE.lastIndex = runStart;
    const match = BEFORE_ZUFOLGE.exec(text);
    if (match === null) return matches;
    matches.push(match);
    from = BEFORE_ZUFOLGE.lastIndex;
  }
}

/**
 * The source positions: after "laut", "nach Angaben", "gemäß"; before "zufolge"; between "wie" and a verb of reporting;
 * after such a verb that follows a comma or "Das" (", berichtete die Zeitung Morgenkurier am Dienstag", "Das berichten
 * die Süddeutsche Zeitung und ..."); as the subject of "hat/hatte ... berichtet".
 */
const SOURCE_PHRASES: readonly RegExp[] = [
  new RegExp(`(?<!\\p{L})(?:[Ll]aut|[Gg]emäß|[Nn]ach\\s+Angaben(?:\\s+von)?)\\s+${ARTICLE}${NAME_RUN}`, "gu"),
  BEFORE_ZUFOLGE,
  new RegExp(`(?<!\\p{L})[Ww]ie\\s+${ARTICLE}${NAME_RUN}(?:\\s+\\p{Ll}+){0,4}\\s+${REPORTING_VERB}(?!\\p{L})`, "gu"),
  new RegExp(`(?:,|(?<!\\p{L})(?:Das|Dies))\\s*${REPORTING_VERB}\\s+${ARTICLE}${NAME_RUN}`, "gu"),
  new RegExp(`(?<!\\p{L})(?:[Dd]ie|[Dd]er|[Dd]as)\\s+${NAME_RUN}\\s+(?:hat|hatte|haben|hatten)(?:\\s+\\p{Ll}+){0,3}\\s+${REPORTED}(?!\\p{L})`, "gu"),
];

interface ReportSources {
  /** Where a source's name stands in the text. */
  spans: { start: number; end: number }[];
  /** The names found there. */
  names: Set<string>;
}

/** The sources `text` names in source positions, and where. */
function reportSourcesIn(text: string): ReportSources {
  const spans: { start: number; end: number }[] = [];
  const names = new Set<string>();
  for (const pattern of SOURCE_PHRASES) {
    for (const match of pattern === BEFORE_ZUFOLGE ? sourcesBeforeZufolge(text) : text.matchAll(pattern)) {
      const name = match[1]!;
      const start = match.index! + match[0].lastIndexOf(name);
      spans.push({ start, end: start + name.length });
      names.add(name);
    }
  }
  return { spans, names };
}

const reportSourcesOf = perDocument((doc: DocContext): ReportSources => reportSourcesIn(doc.text));

/** A clause that tells of reporting: its actor is a source there too ("Die Agentur Bloomberg hatte zuvor berichtet"). */
const REPORTING_CLAUSE = new RegExp(`(?<!\\p{L})(?:${REPORTING_VERB.slice(3, -1)}|${REPORTED.slice(3, -1)}|nachgefragt|angefragt)(?!\\p{L})`, "u");

/**
 * The actors of the text's deeds as written and as their kind's noun stands for them ("Die Gewerkschaft fordert ..."
 * after "nach Angaben der Gewerkschaft Younion"), other than deeds of reporting: a source that also acts may be asked.
 */
const actorNamings = perDocument((doc: DocContext): string[] => {
  const spans = reportSourcesOf(doc).spans;
  // An actor read inside a source's words ("laut Politika im Aufnahmezentrum gibt es ...") is the source still.
  const inSource = (start: number) => spans.some((span) => span.start <= start && start < span.end);
  return doc.facts.actions.flatMap((action) =>
    REPORTING_CLAUSE.test(doc.text.slice(action.clause.start, action.clause.end)) || inSource(action.actor.start)
      ? []
      : [action.actor.text, action.referent?.text ?? "", action.namedAs?.text ?? ""].filter((text) => text !== ""),
  );
});

/** Whether each place of `name` in `text` lies in one of `sources`' spans. */
const onlyInSpans = (text: string, name: string, sources: ReportSources) => {
  const places = wholeWordsAt(text, name, JOINS_WORD);
  return places.length > 0 && places.every((at) => sources.spans.some((span) => span.start <= at && at + name.length <= span.end));
};

const isPerson = (doc: DocContext, name: string) =>
  doc.facts.persons.some((person) => person.name === name || person.surname === name || person.mentions.some((mention) => mention.text === name));

/** Whether `name` stands in the text only as a report's source (or is the publisher or a news agency), and names no person. */
function onlyASource(doc: DocContext, name: string): boolean {
  if (NEWS_HOUSE_NAMES.has(name) || AGENCY_SHORT_NAMES.has(name)) return true;
  const sources = reportSourcesOf(doc);
  if (sources.spans.length === 0 || isPerson(doc, name) || !onlyInSpans(doc.text, name, sources)) return false;
  if (actorNamings(doc).some((actor) => actor.includes(name))) return false;
  // "berichtete die Zeitschrift Nokta" and "Nokta erscheint wöchentlich": the name without its kind's noun acts elsewhere.
  const lastWord = name.slice(name.lastIndexOf(" ") + 1);
  return lastWord === name || onlyInSpans(doc.text, lastWord, sources);
}

/**
 * Before a subject: the start of what is shown, or a nominative's article with up to two adjectives ("Die Zeitung
 * Morgenkurier sagte ...", "Auf eine Version verzichtet das Wall Street Journal"), also in capitals as part of a
 * name ("DER STANDARD"). Not "dem", "des", "den": "erzählte
 * dem STANDARD", "für Fragen des STANDARD" keep the outlet where it was; nor an article after a noun, a genitive's
 * ("Laut einer Studie der Universität Innsbruck").
 */
const SUBJECT_BEFORE = /(?:^[«„"]?|(?:^|(?<!\p{Lu}\p{L}*)\s)(?:[Dd]er|[Dd]ie|[Dd]as|DER|DIE|DAS)\s+(?:\p{Ll}+e[mnrs]?\s+){0,2})$/u;

/**
 * Whether `shown` (a wrong statement or option) makes a source of the text its subject, the actor or the speaker, that
 * `right` (the right statement or option) does not name; ", wie die Hochschule berichtet" keeps it a source.
 */
function namesSourceAsActor(doc: DocContext, shown: string, right: string): boolean {
  let own: ReportSources | undefined;
  for (const name of reportSourcesOf(doc).names) {
    if (!shown.includes(name) || right.includes(name)) continue;
    const asSubject = wholeWordsAt(shown, name, JOINS_WORD).filter((at) => SUBJECT_BEFORE.test(shown.slice(0, at)));
    if (asSubject.length === 0 || !onlyASource(doc, name)) continue;
    own ??= reportSourcesIn(shown);
    const sources = own;
    if (asSubject.some((at) => !sources.spans.some((span) => span.start <= at && at + name.length <= span.end))) return true;
  }
  return false;
}

/**
 * Whether `shown` makes the publisher or a news agency its subject ("Der STANDARD fragte bei den Banken nach"); not as
 * part of a compound ("STANDARD-Informationen zufolge ...").
 */
const namesNewsHouseAsActor = (shown: string) =>
  [...NEWS_HOUSE_NAMES, ...AGENCY_SHORT_NAMES].some(
    (name) => shown.includes(name) && wholeWordsAt(shown, name, JOINS_WORD_OR_HYPHEN).some((at) => SUBJECT_BEFORE.test(shown.slice(0, at))),
  );

/**
 * Whether the question asks for a report's source as a gap, makes one the actor of a deed, offers one as the rival
 * speaker of wrong words (one the right statement does not name), or makes the publisher or an agency its actor. The
 * source's own words stated as its words stay ("Die Zeitung Morgenkurier sagte sinngemäß: ...").
 */
export function asksReportSource(doc: DocContext, question: Question): boolean {
  switch (question.type) {
    case "cloze":
      // The answer as the text writes it: a shorter spelling accepted ("Gesetz" of "Staatsschutzgesetz") may stand elsewhere as a source.
      return onlyASource(doc, question.answer);
    case "truefalse":
      if (namesNewsHouseAsActor(question.statement)) return true;
      if (question.topic !== "quote") return namesSourceAsActor(doc, question.statement, "");
      return !question.answer && namesSourceAsActor(doc, question.statement, question.correction ?? "");
    case "single":
    case "multi": {
      const right = question.type === "single" ? [question.answer] : question.answers;
      const correct = question.options
        .filter((option) => right.includes(option.id))
        .map((option) => option.text)
        .join(" ");
      return question.options.some(
        (option) =>
          namesNewsHouseAsActor(option.text) ||
          (question.topic !== "quote" ? namesSourceAsActor(doc, option.text, "") : !right.includes(option.id) && namesSourceAsActor(doc, option.text, correct)),
      );
    }
    default:
      return false;
  }
}
