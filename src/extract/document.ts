/** Document metadata from the text itself when not given: title, date, source, dateline, author. */
import { DATELINE_AGENCY } from "./data/passages";
import { findDates } from "./dates";
import { isNameLikeWord } from "./text";
import type { Dateline } from "./passages";
import type { DocumentInfo, DocumentMetadata, Passage } from "./types";

/** Date lines and page headers come before the article; this many passages are searched for them. */
const HEADER_PASSAGES = 8;

function bylineParts(byline: string): { author?: string; source?: string } {
  const match = /^Von (.+)$/u.exec(byline.trim());
  if (!match) return {};
  const [who, ...rest] = match[1]!.split(",").map((part) => part.trim());
  const looksLikeOnePerson = (value: string) => value.split(/\s+/).length >= 2 && value.split(/\s+/).every(isNameLikeWord);
  const looksLikePerson = (value: string) => value.split(/\s+und\s+/u).every(looksLikeOnePerson);
  if (rest.length > 0) return { ...(looksLikePerson(who!) ? { author: who } : {}), source: rest.join(", ") };
  return looksLikePerson(who!) ? { author: who } : { source: who };
}

/** One to three capitalised words and nothing else: a dateline. */
const PLACE_NAME_ONLY = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}$/u;

export function documentInfo(text: string, passages: readonly Passage[], metadata: DocumentMetadata, dateline?: Dateline): DocumentInfo {
  const info: DocumentInfo = { id: metadata.id ?? "text" };
  const body = (passage: Passage) => text.slice(passage.start, passage.end);

  const titlePassage = passages.find((passage) => passage.kind === "title");
  const title = metadata.title ?? (titlePassage ? body(titlePassage) : undefined);
  if (title) info.title = title;

  const header = passages.slice(0, HEADER_PASSAGES).filter((passage) => passage.kind === "byline" || passage.kind === "boilerplate");
  const date =
    metadata.date ??
    findDates(
      text,
      header.flatMap((passage) => passage.sentences),
    ).find((found) => found.value.length >= 7)?.value;
  if (date) info.date = date;

  // The agency of a dateline ("Tirana (AFP)") names the source more surely than a byline's place.
  const firstArticleIndex = passages.findIndex((passage) => passage.kind === "text" || passage.kind === "quote");
  const datelineCandidates = passages.slice(0, firstArticleIndex === -1 ? HEADER_PASSAGES : firstArticleIndex + 1);
  const agency = datelineCandidates
    .filter((passage) => passage.kind === "text" || passage.kind === "quote" || passage.kind === "byline")
    .map((passage) => DATELINE_AGENCY.exec(body(passage)))
    .find((match) => match !== null);
  let source = metadata.source ?? agency?.[2];
  for (const byline of passages.filter((passage) => passage.kind === "byline").map(body)) {
    const { author, source: bylineSource } = bylineParts(byline);
    if (author && !info.author) info.author = author;
    if (bylineSource && !source) source = bylineSource;
  }

  if (agency) {
    info.dateline = agency[1];
  } else {
    const datelineOnly = passages.find((passage) => passage.kind === "byline" && PLACE_NAME_ONLY.test(body(passage)));
    if (datelineOnly && !/^Von /u.test(body(datelineOnly))) info.dateline = body(datelineOnly);
  }
  if (dateline) {
    info.dateline ??= dateline.place;
    info.datelineSpan = dateline.span;
  }
  if (source) info.source = source;
  return info;
}
