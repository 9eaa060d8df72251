/** Cities the text names (not countries), with the country they lie in, plus the meeting's place. */
import { CITIES } from "./data/countries";
import type { Doc, Token } from "./doc";
import type { MeetingFact, PlaceFact } from "./types";

/** First words of two-word city names ("Den" of "Den Haag"): only these need the pair looked up. */
const PAIR_FIRST_WORDS = new Set([...CITIES.keys()].filter((name) => name.includes(" ")).map((name) => name.split(" ")[0]!));

/** Articles before a name: a city takes none ("in Wien"), so "der Washington Post" names something else. */
const ARTICLES: ReadonlySet<string> = new Set(["der", "die", "das", "den", "dem", "des"]);

/**
 * Whether the city at tokens [from, to) is part of a longer name: a newspaper or an institution that an
 * article introduces ("in der Washington Post", "die New York Times") or one in English ("Times of London").
 */
function partOfName(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  if (before?.lower === "of" && tokens[from]!.joined) return true;
  const after = tokens[to];
  return before !== undefined && ARTICLES.has(before.lower) && tokens[from]!.joined && after?.capitalised === true && after.joined;
}

export function findPlaces(doc: Doc, meeting: MeetingFact | undefined): PlaceFact[] {
  const { text } = doc;
  const places = new Map<string, PlaceFact>();
  for (const tokens of doc.tokens) {
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      if (!token.capitalised) continue;
      // Two-word names first: "Den Haag", "Buenos Aires".
      const next = tokens[index + 1];
      const pair = next && PAIR_FIRST_WORDS.has(token.text) && next.start === token.end + 1 && next.joined ? `${token.text} ${next.text}` : undefined;
      const name = pair && CITIES.has(pair) ? pair : CITIES.has(token.text) ? token.text : undefined;
      if (!name) continue;
      if (partOfName(tokens, index, name === pair ? index + 2 : index + 1)) {
        if (name === pair) index++;
        continue;
      }
      let place = places.get(name);
      if (!place) {
        place = { name, country: CITIES.get(name), mentions: [] };
        places.set(name, place);
      }
      place.mentions.push({ start: token.start, end: token.start + name.length, text: name });
      if (name === pair) index++;
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
