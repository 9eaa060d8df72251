/**
 * Facts in, questions out. Pure: no I/O, runs in the Worker and in Node. Each question family lives in
 * its own module; this one extracts the facts, runs the families and puts the bank files together.
 */
import { BANK_SCHEMA_VERSION, type BankFile, type Question } from "../bank/schema";
import { extractFacts } from "../extract/index";
import type { DocumentMetadata, Facts } from "../extract/types";
import { accusationQuestions } from "./accusations";
import { attendanceQuestions } from "./attendance";
import { actionQuestions, claimContentQuestions, quoteQuestions } from "./claims";
import { copiesItsEvidence, leaksAnswer } from "./checks";
import { type DocContext, makeContext, type Pool } from "./context";
import { attendeeCountQuestions, memberCountChangeQuestions, memberCountQuestions } from "./counts";
import { countryActorQuestions, countryBodyQuestions } from "./countryactors";
import { countryQuestions } from "./countries";
import { countryPlaceQuestions } from "./countryplaces";
import { dateQuestions } from "./dates";
import { definitionQuestions } from "./definitions";
import { withOtherWords } from "./otherwords";
import { selfContainedQuestions } from "./gapcontext";
import { compareText } from "./ids";
import { meetingQuestions } from "./meetings";
import { namedThingQuestions } from "./namedthings";
import { organisationQuestions } from "./organisations";
import { countryGapQuestions, placeQuestions } from "./places";
import { compoundPastQuestions } from "./compoundpast";
import { proportionQuestions } from "./proportions";
import { quantityQuestions } from "./quantities";
import { reasonQuestions } from "./reasons";
import { roleQuestions } from "./roles";
import { objectQuestions } from "./objects";
import { whomQuestions } from "./whom";
import { termQuestions } from "./terms";
import { type FamilyShare, WHOLE_FAMILY } from "./share";

export { type FamilyShare, shareOf, WHOLE_FAMILY } from "./share";

export interface SourceDocument {
  id: string;
  file?: string;
  text: string;
  metadata?: DocumentMetadata;
}

/**
 * A question family: the questions of one kind about one document, with the pool for distractors. A divisible family
 * (DIVISIBLE_FAMILIES) asks about its share of its facts only; the others always about all of them.
 */
export type QuestionFamily = (doc: DocContext, pool: Pool, share: FamilyShare) => Question[];

const quantityFamily: QuestionFamily = (doc, _pool, share) => quantityQuestions(doc, share);
const termFamily: QuestionFamily = (doc, _pool, share) => termQuestions(doc, share);

/** The question families, each as it makes its questions. */
const FAMILIES: readonly QuestionFamily[] = [
  attendanceQuestions,
  (doc) => attendeeCountQuestions(doc),
  (doc, pool) =>
    memberCountQuestions(
      doc,
      pool.documents.flatMap((other) => other.facts.memberCounts.map((count) => count.value)),
    ),
  roleQuestions,
  meetingQuestions,
  dateQuestions,
  quantityFamily,
  countryQuestions,
  (doc) => placeQuestions(doc),
  (doc) => countryGapQuestions(doc),
  quoteQuestions,
  actionQuestions,
  compoundPastQuestions,
  (doc) => proportionQuestions(doc),
  accusationQuestions,
  countryActorQuestions,
  countryBodyQuestions,
  countryPlaceQuestions,
  (doc) => claimContentQuestions(doc),
  (doc) => objectQuestions(doc),
  (doc, pool) => whomQuestions(doc, pool),
  (doc) => organisationQuestions(doc),
  (doc) => namedThingQuestions(doc),
  termFamily,
  (doc) => definitionQuestions(doc),
  (doc) => reasonQuestions(doc),
];

/**
 * Every family, in the order a document's questions are put together, each question made
 * self-contained (gapcontext.ts: a gap text that points back gets the sentence before it, or is not
 * asked). Each one depends only on the facts, never on another family's output, so a Worker may run them a few at a time over several
 * requests (src/worker/own-texts) and get the same questions as generateBank.
 */
export const QUESTION_FAMILIES: readonly QuestionFamily[] = FAMILIES.map(
  (family) => (doc, pool, share) => selfContainedQuestions(doc, family(doc, pool, share)).map((question) => withOtherWords(doc, question)),
);

/**
 * The families whose questions are each of one fact, made of it and the document alone (no question depends on another
 * fact's), which run over their share of the facts: the costliest, which a Worker may run in parts (src/worker/own-texts).
 */
const DIVISIBLE: ReadonlySet<QuestionFamily> = new Set([roleQuestions, quantityFamily, quoteQuestions, actionQuestions, termFamily]);

function questionsFor(doc: DocContext, pool: Pool): Question[] {
  const questions: Question[] = [];
  for (const family of QUESTION_FAMILIES) for (const question of family(doc, pool, WHOLE_FAMILY)) questions.push(question);
  return questions;
}

/** In text order, so a quiz follows the article; ties broken by content for a stable file. */
function byPosition(a: Question, b: Question): number {
  return a.evidence.start - b.evidence.start || compareText(a.topic, b.topic) || compareText(a.type, b.type) || compareText(a.id, b.id);
}

/** The facts of a source document, and what the families need about them. */
export function documentContext(source: SourceDocument): DocContext {
  // Most sources have no metadata: then no spread (of undefined, V8's slow path).
  return makeContext(source.id, source.text, extractFacts(source.text, source.metadata ? { ...source.metadata, id: source.id } : { id: source.id }));
}

/** What the families draw distractors from when the documents are `documents`, whatever their order. */
function poolOf(documents: DocContext[]): Pool {
  // Sorted, so that the questions of a document do not depend on the order the documents come in.
  const sorted = [...documents].sort((a, b) => compareText(a.id, b.id));
  return { documents: sorted, persons: sorted.flatMap((doc) => doc.facts.persons.map((person) => ({ documentId: doc.id, person }))) };
}

/** The pool of a document generated on its own (a teacher's text). */
export const singleDocumentPool = (doc: DocContext): Pool => poolOf([doc]);

/**
 * The families of a document generated on its own, in generateBank's order: the question families,
 * then the member count changes between "documents", which for one document are those it reports itself.
 */
export const SINGLE_DOCUMENT_FAMILIES: readonly QuestionFamily[] = [
  ...QUESTION_FAMILIES,
  (doc) => memberCountChangeQuestions(doc.facts.memberCounts.map((fact) => ({ doc, fact }))).filter((question) => question.documentId === doc.id),
];

/** Whether each of SINGLE_DOCUMENT_FAMILIES may run in parts (FamilyShare): for the others, a part other than the whole repeats them. */
export const DIVISIBLE_FAMILIES: readonly boolean[] = [...FAMILIES.map((family) => DIVISIBLE.has(family)), false];

/**
 * A document's questions as the bank keeps them, from what its families made: no question that gives
 * its answer away (nor a true statement that copies its sentence), each id once (across the documents that share `seen`), each question as shown once
 * (the more salient kept), in text order.
 */
export function finishedQuestions(questions: Question[], seen = new Set<string>()): Question[] {
  // An id is taken only by a question that does not leak its answer (nor is a true statement copied whole).
  return distinctQuestions(questions.filter(usableQuestion), seen);
}

/**
 * Whether a question may stand in a pool at all: it does not give its answer away, nor copy its sentence whole as a
 * true statement. A question's own check: a teacher's text checks each in the request whose family made it
 * (runFamilies), not all of them again in the request that puts the pool together.
 */
export const usableQuestion = (question: Question): boolean => !leaksAnswer(question) && !copiesItsEvidence(question);

/** finishedQuestions of questions that are all usable (usableQuestion): each id once, each question as shown once, in text order. */
export function distinctQuestions(questions: Question[], seen = new Set<string>()): Question[] {
  const firstOfId = (question: Question) => {
    if (seen.has(question.id)) return false;
    seen.add(question.id);
    return true;
  };
  const kept = questions.filter(firstOfId);
  // The shown form (a JSON string of the visible parts) is made once, and only for the questions whose
  // outline another one shares: two shown alike have the same outline, and most questions have one of their own.
  const outlines = kept.map(shownOutline);
  const sharing = new Map<number, number>();
  for (const outline of outlines) sharing.set(outline, (sharing.get(outline) ?? 0) + 1);
  const shownForms = kept.map((question, index) => (sharing.get(outlines[index]!)! > 1 ? shownAs(question) : undefined));
  const mostSalient = new Map<string, Question>();
  kept.forEach((question, index) => {
    const shown = shownForms[index];
    if (shown === undefined) return;
    const other = mostSalient.get(shown);
    if (other === undefined || question.salience > other.salience) mostSalient.set(shown, question);
  });
  return kept
    .filter((question, index) => {
      const shown = shownForms[index];
      return shown === undefined || mostSalient.get(shown) === question;
    })
    .sort(byPosition);
}

/** The lengths of what shownAs puts together, hashed: questions shown alike have the same outline. */
function shownOutline(question: Question): number {
  let outline = Math.imul(question.type.length, 31) + question.stem.length;
  if (question.type === "truefalse") outline = Math.imul(outline, 31) + question.statement.length;
  if (question.type === "cloze" || question.type === "numeric")
    outline = Math.imul(Math.imul(outline, 31) + (question.before ?? "").length, 31) + (question.after ?? "").length;
  if (question.type === "single" || question.type === "multi") for (const option of question.options) outline = Math.imul(outline, 31) + option.text.length;
  return outline | 0;
}

/**
 * What a learner sees of a question and must answer: two families may make the same gap ("Oberbürgermeisterin
 * ___ sprach von ..." for her deed and for her office), which a teacher reviewing the pool would see twice.
 */
function shownAs(question: Question): string {
  const options = question.type === "single" || question.type === "multi" ? question.options.map((option) => option.text) : [];
  const gap = question.type === "cloze" || question.type === "numeric" ? [question.before ?? "", question.after ?? ""] : [];
  return JSON.stringify([question.type, question.stem, question.type === "truefalse" ? question.statement : "", gap, options]);
}

/** The bank's record of a document: its metadata as extracted, its text and passages. */
export function bankDocument(source: SourceDocument, facts: Pick<Facts, "document" | "passages">): BankFile["document"] {
  return {
    id: source.id,
    file: source.file,
    title: facts.document.title ?? source.id,
    date: facts.document.date,
    source: facts.document.source,
    text: source.text,
    passages: facts.passages.map(({ id, start, end, kind }) => ({ id, start, end, kind })),
  };
}

export function generateBank(documents: SourceDocument[]): BankFile[] {
  const contexts = documents.map(documentContext);
  const pool = poolOf(contexts);
  const crossDocument = memberCountChangeQuestions(contexts.flatMap((doc) => doc.facts.memberCounts.map((fact) => ({ doc, fact }))));
  const seen = new Set<string>();
  return documents.map((source, index) => {
    const doc = contexts[index]!;
    const made = questionsFor(doc, pool);
    for (const question of crossDocument) if (question.documentId === doc.id) made.push(question);
    const questions = finishedQuestions(made, seen);
    return { schemaVersion: BANK_SCHEMA_VERSION, document: bankDocument(source, doc.facts), questions };
  });
}
