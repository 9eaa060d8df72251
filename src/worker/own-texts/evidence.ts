/**
 * A teacher's choice of evidence: a quote from the text (typed or pasted, or taken from a selection by
 * the review page's script), found in the text on the server. Whitespace may differ from the text (a
 * line break copied from the page arrives as a space); the span stored is the text's own.
 */
import type { BankDocument, Evidence } from "../../bank/schema";

export type FoundEvidence = { ok: true; evidence: Evidence } | { ok: false; message: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Longest quote accepted: a passage or two sentences, not the whole text. */
export const MAX_QUOTE_LENGTH = 1_000;

/**
 * Where `quote` stands in the document. When it stands there more than once, the occurrence nearest
 * to `near` (the selection's start, or the current evidence) is taken.
 */
export function findEvidence(document: BankDocument, quote: string, near?: number): FoundEvidence {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { ok: false, message: "Bitte geben Sie den Beleg an: die Textstelle, die die Antwort belegt." };
  if (quote.length > MAX_QUOTE_LENGTH) {
    return { ok: false, message: `Der Beleg darf höchstens ${MAX_QUOTE_LENGTH} Zeichen lang sein. Bitte wählen Sie nur die Stelle, die die Antwort belegt.` };
  }
  const pattern = new RegExp(words.map(escapeRegExp).join("\\s+"), "gu");
  const matches = [...document.text.matchAll(pattern)];
  if (matches.length === 0) {
    return { ok: false, message: "Diesen Beleg haben wir im Text nicht gefunden. Bitte kopieren Sie die Stelle genau so, wie sie im Text steht." };
  }
  const distance = (match: RegExpExecArray) => (near === undefined ? match.index : Math.abs(match.index - near));
  const best = matches.reduce((closest, match) => (distance(match) < distance(closest) ? match : closest));
  const start = best.index;
  const end = start + best[0].length;
  const passage = document.passages.find((candidate) => candidate.start <= start && end <= candidate.end);
  if (!passage) return { ok: false, message: "Der Beleg muss innerhalb eines Absatzes liegen. Bitte wählen Sie eine kürzere Stelle." };
  return { ok: true, evidence: { documentId: document.id, passageId: passage.id, start, end, quote: document.text.slice(start, end) } };
}
