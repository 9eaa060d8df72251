/**
 * Text in, facts out. Pure: no I/O, runs in the Worker and in Node.
 * (Walking-skeleton version: paragraphs and naive sentences only; the extractor proper replaces it.)
 */
import type { DocumentMetadata, Facts, Passage } from "./types";

export type * from "./types";

function splitPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  const paragraph = /[^\n]+(?:\n[^\n]+)*/g;
  for (const match of text.matchAll(paragraph)) {
    const start = match.index;
    const end = start + match[0].trimEnd().length;
    if (match[0].trim() === "") continue;
    const id = `p${passages.length + 1}`;
    passages.push({ id, start, end, kind: "text", sentences: [{ id: `${id}s1`, start, end }] });
  }
  return passages;
}

export function extractFacts(text: string, metadata: DocumentMetadata = {}): Facts {
  const passages = splitPassages(text);
  const firstLine = text.split("\n", 1)[0]?.trim();
  return {
    document: { id: metadata.id ?? "text", title: metadata.title ?? firstLine, date: metadata.date, source: metadata.source },
    passages,
    countries: [],
    persons: [],
    quantities: [],
    memberCounts: [],
    dates: [],
    meetings: [],
    places: [],
  };
}
