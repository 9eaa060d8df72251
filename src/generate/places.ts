/** Places and countries the text names, as gaps in the sentence that names them first. */
import { GUESSABLE_SALIENCE } from "../bank/quiz";
import type { Question } from "../bank/schema";
import type { Mention, PlaceFact } from "../extract/types";
import { countryNames, countryShortName, SEATS_OF_STATE } from "../extract/data/countries";
import { cloze, fitsGapText } from "./build";
import { articleSentenceAt, type DocContext, evidenceFor, isProse } from "./context";
import { PLACE_GAP_STEM } from "./meetings";
import { salienceOf } from "./salience";
import { gapStandsAlone } from "./standalone";

/** A preposition of place right before a name, or "und" of a list of places ("in Paris und London"). */
const PLACE_PREPOSITION_BEFORE = /(?<!\p{L})(?:in|im|nach|aus|von|vom|bei|über|bis|nahe|zwischen|gen|ab|um|auf|und|oder|sowie)\s+$/iu;

/** A capitalised word right before. */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}-]*[ \u00a0]$/u;
/** A noun right before that says what kind of place follows ("Bundesland Sachsen", "Kanton Zürich", "Hauptstadt Wien"): no longer name. */
const PLACE_KIND_BEFORE = /(?:land|staat|stadt|region|provinz|gemeinde|bezirk|kanton)[ \u00a0]$/iu;

/** Whether a capitalised word other than the sentence's first stands right before `position`. */
function partOfLongerName(doc: DocContext, position: number): boolean {
  const before = doc.text.slice(Math.max(0, position - 40), position);
  if (!CAPITALISED_BEFORE.test(before) || PLACE_KIND_BEFORE.test(before)) return false;
  const sentence = articleSentenceAt(doc, position);
  return sentence !== undefined && /\s/u.test(doc.text.slice(sentence.start, position).trim());
}

/**
 * "Tilo Berlin", "Flughafen Wien": where the text writes a place after a capitalised word, it is part of a
 * longer name, a person's perhaps, and then "Grigg und Berlin" elsewhere in the text may be that person too.
 */
export const isPartOfName = (doc: DocContext, place: PlaceFact) => place.mentions.some((mention) => partOfLongerName(doc, mention.start));

/** An agency's bracket after a dateline's town ("Berlin (dpa)"), not a figure ("Bayern (8)"). */
const DATELINE_AGENCY_AFTER = /^\s*\((?![\d\s.,%]+\))[^()]{1,30}\)/u;

/** What a state is called in its country: the gap's stem says what kind of place is missing. */
const REGION_GAP_STEMS: Readonly<Record<string, string>> = {
  DE: "Welches Bundesland fehlt in diesem Satz?",
  AT: "Welches Bundesland fehlt in diesem Satz?",
  CH: "Welcher Kanton fehlt in diesem Satz?",
  US: "Welcher Bundesstaat fehlt in diesem Satz?",
};

const gapStem = (place: PlaceFact) => (place.kind === "region" && place.country ? (REGION_GAP_STEMS[place.country] ?? PLACE_GAP_STEM) : PLACE_GAP_STEM);

/** "zwischen" and up to four words before a mention ("zwischen dem Silicon Valley und "): a relation of two sides. */
const RELATION_BEFORE = /(?<!\p{L})zwischen\s+(?:[^\s,.;:]+\s+){0,4}$/iu;

/**
 * A seat of state's country, which fits its gap as well and is accepted where the seat is one side of a relation:
 * "Das Verhältnis zwischen ___ und Peking" reads "Ankara" as Turkey, and blind readers found "China" as right as
 * "Peking" in such a gap (round 54). Not where it is a place ("Landtagswahlen in ___": Wien, not Österreich).
 */
function stateOfSeat(doc: DocContext, place: PlaceFact, mention: Mention): readonly string[] {
  if (!SEATS_OF_STATE.has(place.name) || !place.country) return [];
  // The short name only ("USA", not also "US"): a quiz that writes "US-Justizministerium" elsewhere would show an accepted answer.
  return RELATION_BEFORE.test(doc.text.slice(Math.max(0, mention.start - 60), mention.start)) ? [countryShortName(place.country)] : [];
}

export function placeQuestions(doc: DocContext): Question[] {
  const questions: Question[] = [];
  const meetingPlaces = new Set(doc.facts.meetings.flatMap((meeting) => (meeting.place ? [meeting.place] : [])));
  // One gap per sentence: "Paris und ___" next to "___ und Nizza" would ask the same twice.
  const usedSentences = new Set<number>();
  for (const place of doc.facts.places) {
    // A city's name after a capitalised word may be a surname ("Tilo Berlin") wherever the text writes it; a
    // state's is one of its institutions there ("Kulturbüro Sachsen", "ÖVP Burgenland"), and the state elsewhere.
    if (meetingPlaces.has(place.name) || (place.kind !== "region" && isPartOfName(doc, place))) continue;
    for (const mention of place.mentions) {
      // A city's mentions were looked at as a whole above (isPartOfName); a state's one by one.
      if (place.kind === "region" && partOfLongerName(doc, mention.start)) continue;
      // "Peking arbeitet an neuen U-Booten", "mit denen Peking sich ... streitet": a seat of state but where a preposition
      // makes it a place ("in Peking") stands for its state, whose name fits the gap as well.
      if (SEATS_OF_STATE.has(place.name) && !PLACE_PREPOSITION_BEFORE.test(doc.text.slice(Math.max(0, mention.start - 12), mention.start))) continue;
      // "Berlin (dpa) ...": the dateline says where the report was written, not what it is about; "Bayern (8)" is a figure.
      if (DATELINE_AGENCY_AFTER.test(doc.text.slice(mention.end, mention.end + 32))) continue;
      const evidence = isProse(doc, mention) ? evidenceFor(doc, mention) : undefined;
      if (
        !evidence ||
        usedSentences.has(evidence.start) ||
        !fitsGapText(evidence) ||
        !gapStandsAlone(doc, evidence, { start: mention.start, end: mention.end, name: true, place: true })
      )
        continue;
      const offset = mention.start - evidence.start;
      const question = cloze(
        {
          documentId: doc.id,
          topic: "place",
          key: place.name,
          fact: `place:${place.name}`,
          salience: salienceOf(doc, "place", mention),
          stem: gapStem(place),
          evidence,
        },
        evidence.quote,
        offset,
        offset + mention.end - mention.start,
        [...(mention.text === place.name ? [] : [place.name]), ...stateOfSeat(doc, place, mention)],
      );
      if (question) {
        usedSentences.add(evidence.start);
        questions.push(question);
        break;
      }
    }
  }
  return questions;
}

export const COUNTRY_GAP_STEM = "Welches Land fehlt in diesem Satz?";

/** A gap at the first mention of `mention` that can be a gap (the sentence names it there only), or undefined. */
export function firstGap(
  doc: DocContext,
  mentions: readonly Mention[],
  common: (mention: Mention) => Omit<Parameters<typeof cloze>[0], "evidence">,
  accept: readonly string[],
): Question | undefined {
  for (const mention of mentions) {
    const evidence = isProse(doc, mention) ? evidenceFor(doc, mention) : undefined;
    if (!evidence || !fitsGapText(evidence) || !gapStandsAlone(doc, evidence, { start: mention.start, end: mention.end, name: true, place: true })) continue;
    const offset = mention.start - evidence.start;
    // `common` makes a fresh object per call: the evidence is added to it (a spread took V8's slow path, src/generate/build.ts).
    const question = cloze(Object.assign(common(mention), { evidence }), evidence.quote, offset, offset + mention.end - mention.start, accept);
    if (question) return question;
  }
  return undefined;
}

/**
 * The country the whole text is about: the one it names most often, in any form ("Türkei", "türkischen"), several where
 * they tie. A learner fills its gap from the story's setting or the paper's home ("Die EU-Defizitziele kann ___ heuer
 * nur ..." in an Austrian paper) without reading. Over all blind readings of today's devset pools, such gaps of
 * salience 0.35 or more (where a quiz asks them as they come) were worth asking 1 of 6 times, the other place gaps
 * there 0.75 of 5; below it, 0.19 of 9.
 */
export function mainCountries(doc: DocContext): Set<string> {
  const most = Math.max(0, ...doc.facts.countries.map((country) => country.mentions.length));
  return new Set(doc.facts.countries.filter((country) => country.mentions.length === most).map((country) => country.iso2));
}

/**
 * Countries the text names by name ("Nordkorea", not "nordkoreanisch" or "US-"), each once, where it names them first.
 * The country the text is about (mainCountries) only fills a quiz up, last of all.
 */
export function countryGapQuestions(doc: DocContext): Question[] {
  const main = mainCountries(doc);
  return doc.facts.countries.flatMap((country) => {
    const named = country.mentions.filter((mention) => mention.form === "name");
    const question = firstGap(
      doc,
      named,
      (mention) => ({
        documentId: doc.id,
        topic: "place",
        key: `country:${country.iso2}`,
        fact: `country:${country.iso2}`,
        salience: main.has(country.iso2) ? GUESSABLE_SALIENCE : salienceOf(doc, "place", mention),
        stem: COUNTRY_GAP_STEM,
      }),
      // Any name of the country is its answer: "Vereinigte Staaten" for a gap the text fills with "USA".
      [country.name, ...countryNames(country.iso2)],
    );
    return question ? [question] : [];
  });
}
