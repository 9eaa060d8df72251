/** Cities the text names (not countries), with the country they lie in, plus the meeting's place. */
import { CITIES } from "./data/countries";
import type { Doc } from "./doc";
import type { MeetingFact, PlaceFact } from "./types";

/** First words of two-word city names ("Den" of "Den Haag"): only these need the pair looked up. */
const PAIR_FIRST_WORDS = new Set([...CITIES.keys()].filter((name) => name.includes(" ")).map((name) => name.split(" ")[0]!));

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
