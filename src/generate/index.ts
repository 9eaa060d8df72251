/**
 * Facts in, questions out. Pure: no I/O, runs in the Worker and in Node. Each question family lives in
 * its own module; this one extracts the facts, runs the families and puts the bank files together.
 */
import { BANK_SCHEMA_VERSION, type BankFile, type Question } from "../bank/schema";
import { extractFacts } from "../extract/index";
import type { DocumentMetadata } from "../extract/types";
import { attendanceQuestions } from "./attendance";
import { actionQuestions, quoteQuestions } from "./claims";
import { leaksAnswer } from "./checks";
import { type DocContext, makeContext, type Pool } from "./context";
import { attendeeCountQuestions, memberCountChangeQuestions, memberCountQuestions } from "./counts";
import { countryQuestions } from "./countries";
import { dateQuestions } from "./dates";
import { compareText } from "./ids";
import { meetingQuestions } from "./meetings";
import { organisationQuestions } from "./organisations";
import { countryGapQuestions, placeQuestions } from "./places";
import { quantityQuestions } from "./quantities";
import { roleQuestions } from "./roles";
import { termQuestions } from "./terms";

export interface SourceDocument {
  id: string;
  file?: string;
  text: string;
  metadata?: DocumentMetadata;
}

function questionsFor(doc: DocContext, pool: Pool): Question[] {
  const otherCounts = pool.documents.flatMap((other) => other.facts.memberCounts.map((count) => count.value));
  return [
    ...attendanceQuestions(doc, pool),
    ...attendeeCountQuestions(doc),
    ...memberCountQuestions(doc, otherCounts),
    ...roleQuestions(doc, pool),
    ...meetingQuestions(doc, pool),
    ...dateQuestions(doc, pool),
    ...quantityQuestions(doc),
    ...countryQuestions(doc, pool),
    ...placeQuestions(doc),
    ...countryGapQuestions(doc),
    ...quoteQuestions(doc, pool),
    ...actionQuestions(doc, pool),
    ...organisationQuestions(doc),
    ...termQuestions(doc),
  ];
}

/** In text order, so a quiz follows the article; ties broken by content for a stable file. */
function byPosition(a: Question, b: Question): number {
  return a.evidence.start - b.evidence.start || compareText(a.topic, b.topic) || compareText(a.type, b.type) || compareText(a.id, b.id);
}

export function generateBank(documents: SourceDocument[]): BankFile[] {
  const contexts = documents.map((source) => makeContext(source.id, source.text, extractFacts(source.text, { ...source.metadata, id: source.id })));
  // Sorted, so that the questions of a document do not depend on the order the documents come in.
  const sorted = [...contexts].sort((a, b) => compareText(a.id, b.id));
  const pool: Pool = {
    documents: sorted,
    persons: sorted.flatMap((doc) => doc.facts.persons.map((person) => ({ documentId: doc.id, person }))),
  };
  const crossDocument = memberCountChangeQuestions(contexts.flatMap((doc) => doc.facts.memberCounts.map((fact) => ({ doc, fact }))));
  const seen = new Set<string>();
  const firstOfId = (question: Question) => {
    if (seen.has(question.id)) return false;
    seen.add(question.id);
    return true;
  };

  return documents.map((source, index) => {
    const doc = contexts[index]!;
    const questions = [...questionsFor(doc, pool), ...crossDocument.filter((question) => question.documentId === doc.id)]
      .filter((question) => !leaksAnswer(question))
      .filter(firstOfId)
      .sort(byPosition);
    const facts = doc.facts;
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
