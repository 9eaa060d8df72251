/**
 * Facts built by hand for the generator's unit tests, so they do not depend on the extractor:
 * paragraphs split at blank lines, sentences at ". ", spans found by searching the text.
 */
import type { CountryFact, Facts, Mention, Passage, PassageKind, PersonFact, Span } from "../../../src/extract/types";
import { type DocContext, makeContext, type Pool } from "../../../src/generate/context";

export function spanOf(text: string, needle: string, occurrence = 0): Span {
  let start = -1;
  for (let index = 0; index <= occurrence; index++) start = text.indexOf(needle, start + 1);
  if (start === -1) throw new Error(`"${needle}" not in text`);
  return { start, end: start + needle.length };
}

export function mentionOf(text: string, needle: string, occurrence = 0): Mention {
  return { ...spanOf(text, needle, occurrence), text: needle };
}

/** Paragraphs with the given kinds (text by default) and naive sentences. */
export function passagesOf(text: string, kinds: PassageKind[] = []): Passage[] {
  const passages: Passage[] = [];
  for (const match of text.matchAll(/[^\n]+(?:\n[^\n]+)*/gu)) {
    const id = `p${passages.length + 1}`;
    const start = match.index;
    const sentences = [];
    let sentenceStart = start;
    for (const end of match[0].matchAll(/[.!?](?= \p{Lu})/gu)) {
      sentences.push({ id: `${id}s${sentences.length + 1}`, start: sentenceStart, end: start + end.index + 1 });
      sentenceStart = start + end.index + 2;
    }
    sentences.push({ id: `${id}s${sentences.length + 1}`, start: sentenceStart, end: start + match[0].length });
    passages.push({ id, start, end: start + match[0].length, kind: kinds[passages.length] ?? "text", sentences });
  }
  return passages;
}

export function emptyFacts(text: string, title: string, date?: string, kinds?: PassageKind[]): Facts {
  return {
    document: { id: "doc", title, ...(date ? { date } : {}) },
    passages: passagesOf(text, kinds),
    countries: [],
    persons: [],
    quantities: [],
    memberCounts: [],
    dates: [],
    meetings: [],
    places: [],
    quotes: [],
    actions: [],
  };
}

export function person(text: string, name: string, fields: Partial<PersonFact> = {}): PersonFact {
  const words = name.split(" ");
  return {
    name,
    surname: words[words.length - 1]!,
    ...(words.length > 1 ? { givenName: words[0] } : {}),
    attendance: "mentioned",
    mentions: [mentionOf(text, name)],
    genitives: [],
    ...fields,
  };
}

export function country(text: string, iso2: string, name: string, written: string, form: "name" | "adjective" = "name"): CountryFact {
  return { iso2, name, mentions: [{ ...mentionOf(text, written), form }] };
}

export function contextOf(id: string, text: string, facts: Facts): DocContext {
  return makeContext(id, text, { ...facts, document: { ...facts.document, id } });
}

export function poolOf(...documents: DocContext[]): Pool {
  return {
    documents,
    persons: documents.flatMap((doc) => doc.facts.persons.map((entry) => ({ documentId: doc.id, person: entry }))),
  };
}
