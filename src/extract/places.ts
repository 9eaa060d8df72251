/** Cities and states the text names (not countries), with the country they lie in, plus the meeting's place. */
import { CITIES } from "./data/countries";
import { givenNameGender } from "./data/given-names";
import { CLUB_NAME_OPENERS } from "./data/organizations";
import { REGIONS, REGIONS_WITH_ARTICLE } from "./data/regions";
import type { Doc, Token } from "./doc";
import { DEFINITE_ARTICLES, isNumberInName } from "./text";
import type { MeetingFact, PlaceFact } from "./types";

/** First words of two-word names ("Den" of "Den Haag", "St" of "St. Gallen"): only these need the pair looked up. */
const PAIR_FIRST_WORDS = new Set([...CITIES.keys(), ...REGIONS.keys()].filter((name) => name.includes(" ")).map((name) => name.split(/\.? /u)[0]!));

/** Words before a place that say where: after them a state's name is the place even when a capitalised word follows. */
const LOCATING_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "im", "aus", "nach", "von", "vom", "bis", "für", "über", "durch", "gegen"]);

/** Articles before a name: a city takes none ("in Wien"), so "der Washington Post" names something else. */

/**
 * Whether the city at tokens [from, to) is part of a longer name: a newspaper or an institution that an
 * article introduces ("in der Washington Post", "die New York Times") or one in English ("Times of London").
 */
function partOfName(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  if (before?.lower === "of" && tokens[from]!.joined) return true;
  const after = tokens[to];
  return before !== undefined && DEFINITE_ARTICLES.has(before.lower) && tokens[from]!.joined && after?.capitalised === true && after.joined;
}

/**
 * "Ein Beispiel: Tennessee Whiskey", "Virginia Raggi": a state whose name is also a given name, right before a
 * name-like word, opens a name; "in Georgia Gouverneur ..." still names the state.
 */
function opensName(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (!after?.nameLike || !after.joined || givenNameGender(tokens[index]!.lower) === undefined) return false;
  return !(before && tokens[index]!.joined && LOCATING_PREPOSITIONS.has(before.lower));
}

/** A number inside a club's name ("TSV 1860 München"). */
const CLUB_NUMBER = /^\d{1,4}$/u;

/** Most capitalised words between a club's opener and its town ("FC Union Berlin"). */
const MAX_CLUB_WORDS_BEFORE_TOWN = 2;

/**
 * Whether the word at `index` ends a sports club's name ("FC Bayern München", "AS Monaco", "Sturm Graz"): a club's
 * opener (CLUB_NAME_OPENERS) before it, with only capitalised words or its number between. The town there names the club, not a place.
 */
export function endsClubName(tokens: readonly Token[], index: number): boolean {
  for (let before = index - 1; before >= 0 && index - before <= MAX_CLUB_WORDS_BEFORE_TOWN + 1; before--) {
    if (!tokens[before + 1]!.joined) return false;
    if (CLUB_NAME_OPENERS.has(tokens[before]!.text)) return true;
    // "TSV 1860 München": the club's number, part of its name.
    if (!tokens[before]!.capitalised && !CLUB_NUMBER.test(tokens[before]!.text)) return false;
  }
  return false;
}

/** The place at `index`, by the name a two-word pair or the word there has: a city before a state of the same name. */
function placeAt(text: string, tokens: readonly Token[], index: number): { name: string; country: string; region: boolean } | undefined {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (next && PAIR_FIRST_WORDS.has(token.text)) {
    const between = text.slice(token.end, next.start);
    if ((between === " " && next.joined) || between === ". ") {
      const pair = text.slice(token.start, next.end);
      const city = CITIES.get(pair);
      if (city) return { name: pair, country: city, region: false };
      const region = REGIONS.get(pair);
      if (region) return { name: pair, country: region, region: true };
    }
  }
  const city = CITIES.get(token.text);
  if (city) return { name: token.text, country: city, region: false };
  const region = REGIONS.get(token.text);
  // "an den Bayern vorbei", "die Sachsen": after an article a name that takes none means its people or a club.
  const afterArticle = index > 0 && token.joined && DEFINITE_ARTICLES.has(tokens[index - 1]!.lower) && !REGIONS_WITH_ARTICLE.has(token.text);
  if (region && !afterArticle && !opensName(tokens, index)) return { name: token.text, country: region, region: true };
  return undefined;
}

export function findPlaces(doc: Doc, meeting: MeetingFact | undefined): PlaceFact[] {
  const { text } = doc;
  const places = new Map<string, PlaceFact>();
  for (const tokens of doc.tokens) {
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.capitalised) continue;
      // Two-word names first: "Den Haag", "Buenos Aires", "St. Gallen".
      const found = placeAt(text, tokens, index);
      if (!found) continue;
      const { name } = found;
      const words = name.includes(" ") ? 2 : 1;
      // "Hannover 96 verlor": a town before a club's number names the club.
      const next = tokens[index + words];
      const beforeNumber = next?.joined === true && isNumberInName(text, next.start, next.text);
      if (partOfName(tokens, index, index + words) || endsClubName(tokens, index) || beforeNumber) {
        index += words - 1;
        continue;
      }
      let place = places.get(name);
      if (!place) {
        place = found.region ? { name, country: found.country, kind: "region", mentions: [] } : { name, country: found.country, mentions: [] };
        places.set(name, place);
      }
      place.mentions.push({ start: token.start, end: token.start + name.length, text: name });
      index += words - 1;
    }
  }
  if (meeting?.place && !places.has(meeting.place) && meeting.placeEvidence) {
    const start = text.indexOf(meeting.place, meeting.placeEvidence.start);
    if (start >= 0 && start < meeting.placeEvidence.end) {
      places.set(meeting.place, { name: meeting.place, mentions: [{ start, end: start + meeting.place.length, text: meeting.place }] });
    }
  }
  return [...places.values()];
}
