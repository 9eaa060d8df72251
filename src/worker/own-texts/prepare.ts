/**
 * From a teacher's text to a question pool, with the same engine as the committed bank (src/generate),
 * one document. Pure. The work is split along the engine's seams so that a Worker can do it over a few
 * requests, each within the free tier's 10 ms CPU time (routes.tsx): the request that brings the text
 * checks it (checkOwnText), the next one extracts the facts (extractOwnText), the next ones run the
 * question families a few at a time (runFamilies), the last one puts the pool together (finishOwnText). Facts and questions travel
 * between the requests as JSON; the pool is the same as generateBank's for the text, question for question.
 * A text that is empty, too long, not German or without usable facts is refused with a German message;
 * nothing is cut or changed silently.
 */
import { newOwnQuestionIds } from "../../bank/ids";
import type { BankDocument, Question } from "../../bank/schema";
import { answerTexts, drawQuiz } from "../../bank/quiz";
import { containsPhrase, foldText } from "../../bank/text";
import type { DocumentMetadata, Facts } from "../../extract/types";
import { makeContext } from "../../generate/context";
import { bankDocument, documentContext, finishedQuestions, SINGLE_DOCUMENT_FAMILIES, singleDocumentPool } from "../../generate/index";
import { normalizeText } from "../../extract/text";
import { formatDateTime } from "../../shared/german";
import { judgeLanguage } from "./language";

/**
 * The longest text accepted, in characters: the 20,000 the issue asks for at least. Made in one request
 * such a text took three times the free tier's 10 ms CPU, so its questions are made over several
 * requests (routes.tsx, generateStep); measured in workerd (`npm run bench`, README "The longest own
 * text"), the most expensive of them (the extraction, the key terms) took 11 ms on a busy machine,
 * about 7.5 ms scaled to an idle one.
 */
export const MAX_TEXT_CHARACTERS = 20_000;
/** How many questions an attempt draws when the teacher has not chosen. */
export const DEFAULT_QUIZ_SIZE = 10;

export interface TextInput {
  /** As pasted or read from the file, before any clean-up. */
  text: string;
  title?: string | undefined;
  source?: string | undefined;
  date?: string | undefined;
  /** ".md" files: a first-level heading on the first line names the text when no title is given. */
  markdown?: boolean;
}

export type Refusal = { ok: false; reason: "empty" | "too_long" | "not_german" | "no_facts"; message: string };
export type Started = { ok: true; document: BankDocument; facts: Facts } | Refusal;
export type Finished = { ok: true; questions: Question[]; quizSize: number } | Refusal;
export type Prepared = { ok: true; document: BankDocument; questions: Question[]; quizSize: number } | Refusal;

const numberFormat = new Intl.NumberFormat("de-DE");

/** The heading text of a Markdown first line "# Titel", if there is one. */
function markdownTitle(text: string): string | undefined {
  const firstLine = text.trimStart().split("\n", 1)[0] ?? "";
  return /^#\s+(.+?)\s*#*\s*$/.exec(firstLine)?.[1];
}

/** What a text without a title of its own is called until the teacher names it; the paste time follows. */
const UNTITLED = "Text ohne Titel vom";

/**
 * The name of a text without a title of its own (none given, no heading, no title line), until the teacher names it:
 * "Text ohne Titel vom 05.12.2026, 07:20". Not its first words: learners see the title above every question, and the start
 * of a text is its lead, which the quiz asks most (on the built-in texts the first 60 characters name the answer of 5 of
 * the 27 questions of their default quizzes). The paste time tells two such texts apart in the assignment list, the live
 * list, the CSV and on the class page.
 */
export const untitledName = (pastedAt: Date): string => `${UNTITLED} ${formatDateTime(pastedAt)}`;
export const isUntitledName = (title: string): boolean => title.startsWith(`${UNTITLED} `);

/**
 * The questions (their numbers, from 1, in the teacher's order) whose right answer a text's title names:
 * learners read the title above every question of the quiz.
 */
export function answersInTitle(title: string, questions: readonly Question[]): number[] {
  const shown = foldText(title);
  return questions.flatMap((question, index) => (answerTexts(question).some((answer) => containsPhrase(shown, foldText(answer))) ? [index + 1] : []));
}

/** A text that passed the checks: as stored, with what the teacher said about it. */
export interface CheckedText {
  text: string;
  metadata: DocumentMetadata;
  /** Its name until the facts are extracted: the title given, or untitledName's. */
  provisionalTitle: string;
}

/** Checks the text (not empty, not too long, German): the request that brings it, which stores it. */
export function checkOwnText(input: TextInput, pastedAt: Date): { ok: true; checked: CheckedText } | Refusal {
  const text = normalizeText(input.text);
  if (text.trim() === "") {
    return { ok: false, reason: "empty", message: "Bitte fügen Sie einen Text ein oder wählen Sie eine Datei (.txt oder .md) aus." };
  }
  if (text.length > MAX_TEXT_CHARACTERS) {
    return {
      ok: false,
      reason: "too_long",
      message: `Der Text hat ${numberFormat.format(text.length)} Zeichen; höchstens ${numberFormat.format(MAX_TEXT_CHARACTERS)} gehen. Bitte kürzen Sie ihn selbst (etwa auf die Abschnitte, die Sie besprechen wollen) und senden Sie ihn erneut.`,
    };
  }
  if (!judgeLanguage(text).german) {
    return {
      ok: false,
      reason: "not_german",
      message: "Dieser Text scheint nicht auf Deutsch zu sein. Quellenquiz macht Fragen nur aus deutschen Texten.",
    };
  }
  const title = input.title || (input.markdown ? markdownTitle(text) : undefined);
  const metadata = { title, source: input.source || undefined, date: input.date || undefined };
  return { ok: true, checked: { text, metadata, provisionalTitle: title ?? untitledName(pastedAt) } };
}

/** Extracts the facts of a checked text, and its record as the bank keeps documents (title, date, passages). */
export function extractOwnText(id: string, text: string, metadata: DocumentMetadata, untitled: string): { document: BankDocument; facts: Facts } {
  const source = { id, text, metadata };
  const { facts } = documentContext(source);
  const { file: _file, ...generatedDocument } = bankDocument(source, facts);
  const document: BankDocument = {
    ...generatedDocument,
    // The engine names a text without a title after its id, which means nothing to a teacher or a learner.
    title: generatedDocument.title === id ? untitled : generatedDocument.title,
  };
  return { document, facts };
}

/** Checks the text and extracts its facts, in one go. */
export function startOwnText(id: string, input: TextInput, pastedAt = new Date()): Started {
  const checked = checkOwnText(input, pastedAt);
  if (!checked.ok) return checked;
  return { ok: true, ...extractOwnText(id, checked.checked.text, checked.checked.metadata, checked.checked.provisionalTitle) };
}

/** How many question families there are to run: runFamilies goes from 0 to this. */
export const FAMILY_COUNT = SINGLE_DOCUMENT_FAMILIES.length;

/**
 * Where the requests that make the questions split the families, after `from`: each request runs the
 * families up to the next boundary. Chosen from the CPU time the families took in workerd on the longest
 * text (README "The longest own text"): attendance to dates about 3.5 ms, quantities and countries 3.7,
 * places to organisations 4, the key terms alone 9 (on a busy machine), plus about 3 ms a request of its
 * own (the teacher's check, reading the text, parsing the facts, the progress page). Since generation
 * round 7 (the stand-alone context of every family, "Was trifft laut Text auf X zu?" before the
 * organisations) places to organisations took 11 to 13 ms in workerd at 20,000 characters: split in
 * three, who did what (the costliest family, about 6 ms there) on its own. Since generation round 9, who
 * did what costs about 3 ms at 20,000 characters (it had grown to 118 ms in round 8: a search through the
 * text per pair of claimants) and three families of countries follow it: who did what to the
 * organisations are one group, the key terms (index 18) with the member count changes the last. The names a
 * text introduces with what they are (index 18 since generation round 10, a search of each sentence) join the
 * organisations; the key terms are index 19.
 */
const FAMILY_BOUNDARIES: readonly number[] = [6, 8, 11, 19, FAMILY_COUNT];
/** Up to this length all families run in one request. */
const ONE_STEP_CHARACTERS = 4_000;

export function nextFamilyBoundary(from: number, textLength: number): number {
  if (textLength <= ONE_STEP_CHARACTERS) return FAMILY_COUNT;
  return FAMILY_BOUNDARIES.find((boundary) => boundary > from) ?? FAMILY_COUNT;
}

/** `generation_next` (schema) of a text whose facts are still to be extracted; from 0 on, the next family. */
export const EXTRACTION_PENDING = -1;
/**
 * `generation_next` of a text whose families made no usable question: kept, out of every list, so that a reload of its
 * page gives the teacher the form with the text back (routes.tsx, generateStep); the class's next paste deletes it.
 */
export const GENERATION_REFUSED = -2;

/**
 * How far the requests that bring a text of this length are when the next thing to do is `next`
 * (EXTRACTION_PENDING, a family, or FAMILY_COUNT: the pool to put together), and how many there are:
 * the paste, the extraction, one per group of families, the pool.
 */
export function generationProgress(next: number, textLength: number): { done: number; total: number } {
  let groupsDone = 0;
  let groups = 0;
  for (let from = 0; from < FAMILY_COUNT; from = nextFamilyBoundary(from, textLength)) {
    groups++;
    if (from < next) groupsDone++;
  }
  return { done: 1 + (next > EXTRACTION_PENDING ? 1 : 0) + groupsDone, total: groups + 3 };
}

/**
 * Runs the question families `from` to `to` on the text's facts (as startOwnText extracted them, in
 * JSON), and returns their questions as JSON objects, each after a comma: appended to those of earlier
 * requests as they are, never parsed again until finishOwnText.
 */
export function runFamilies(id: string, text: string, factsJson: string, from: number, to: number): string {
  const doc = makeContext(id, text, JSON.parse(factsJson) as Facts);
  const pool = singleDocumentPool(doc);
  return SINGLE_DOCUMENT_FAMILIES.slice(from, to)
    .flatMap((family) => family(doc, pool))
    .map((question) => `,${JSON.stringify(question)}`)
    .join("");
}

/** Why a text without a usable question is refused: on the form that brings it back (routes.tsx). */
export const NO_FACTS_MESSAGE =
  "In diesem Text haben wir keine Fakten gefunden, aus denen sich Fragen machen lassen (etwa Zahlen, Orte, Daten, Treffen oder Personen mit ihrer Rolle). Bitte versuchen Sie es mit einem Nachrichtentext.";

/**
 * The pool from what all families made (the runFamilies outputs, one after the other): the engine's checks and order, then
 * the teacher's order, which starts with the quiz a bank text would ask first (salient, mixed, no
 * giveaway; a quiz of the text keeps the earlier of two questions that clash, src/bank/quiz.ts,
 * curatedPool), with fresh ids.
 */
export function finishOwnText(id: string, generatedJson: string): Finished {
  const generated = finishedQuestions(JSON.parse(`[${generatedJson.slice(1)}]`) as Question[]);
  if (generated.length === 0) {
    return {
      ok: false,
      reason: "no_facts",
      message: NO_FACTS_MESSAGE,
    };
  }
  const first = drawQuiz(generated, { seed: id });
  const ordered = [...first, ...generated.filter((question) => !first.includes(question))];
  const ids = newOwnQuestionIds(ordered.length);
  const questions = ordered.map((question, index) => ({ ...question, id: ids[index]! }));
  return { ok: true, questions, quizSize: Math.min(DEFAULT_QUIZ_SIZE, questions.length) };
}

/** All of it at once, as the requests do it one after the other (the CLI, benchmarks and tests). */
export function prepareOwnText(id: string, input: TextInput): Prepared {
  const started = startOwnText(id, input);
  if (!started.ok) return started;
  const { document } = started;
  const facts = JSON.stringify(started.facts);
  let generated = "";
  for (let from = 0; from < FAMILY_COUNT; ) {
    const to = nextFamilyBoundary(from, document.text.length);
    generated += runFamilies(id, document.text, facts, from, to);
    from = to;
  }
  const finished = finishOwnText(id, generated);
  return finished.ok ? { ...finished, document } : finished;
}
