/**
 * Facts in, questions out. Pure: no I/O, runs in the Worker and in Node.
 * (Walking-skeleton version: one cloze question per document; the generator proper replaces it.)
 */
import { BANK_SCHEMA_VERSION, type BankFile, type Question } from "../bank/schema";
import { extractFacts } from "../extract/index";
import type { DocumentMetadata } from "../extract/types";

export interface SourceDocument {
  id: string;
  file?: string;
  text: string;
  metadata?: DocumentMetadata;
}

function contentId(...parts: string[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join("\u0000")) {
    hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  }
  return `q_${hash.toString(16).padStart(8, "0")}`;
}

export function generateBank(documents: SourceDocument[]): BankFile[] {
  return documents.map((source) => {
    const facts = extractFacts(source.text, { ...source.metadata, id: source.id });
    const questions: Question[] = [];
    for (const passage of facts.passages) {
      const sentence = source.text.slice(passage.start, passage.end);
      const number = /\b\d[\d.]*\d\b|\b\d\b/.exec(sentence);
      if (!number || questions.length > 0) continue;
      questions.push({
        id: contentId(source.id, "cloze", sentence),
        documentId: source.id,
        topic: "quantity",
        type: "cloze",
        stem: "Ergänze die Zahl im Satz aus dem Text.",
        before: sentence.slice(0, number.index),
        after: sentence.slice(number.index + number[0].length),
        answer: number[0],
        accept: [number[0].replaceAll(".", "")],
        evidence: { documentId: source.id, passageId: passage.id, start: passage.start, end: passage.end, quote: sentence },
        moreEvidence: [],
      });
    }
    return {
      schemaVersion: BANK_SCHEMA_VERSION,
      document: {
        id: source.id,
        file: source.file,
        title: facts.document.title ?? source.id,
        date: facts.document.date,
        source: facts.document.source,
        text: source.text,
        passages: facts.passages.map(({ id, start, end, kind }) => ({ id, start, end, kind })),
      },
      questions,
    };
  });
}
