/**
 * Reads and writes of a class's own texts and their question versions (schema: src/db/schema/own-texts.ts).
 * Every function takes the class id and checks the text belongs to it, so no route can reach another
 * class's text. Writes that belong together go in one batch (one transaction): a refused or failed
 * request leaves nothing half-written.
 */
import { and, asc, count, eq, inArray, isNotNull, isNull, ne, or, type Placeholder, type SQL, sql } from "drizzle-orm";
import { newOwnQuestionId } from "../../bank/ids";
import type { Db } from "../../db";
import { reusedQuery, runOne, runReused } from "../../db/reused";
import type { BankDocument, Question } from "../../bank/schema";
import type { DocumentMetadata } from "../../extract/types";
import { assignments, classMembers } from "../../db/schema/classroom";
import { ownQuestions, ownTexts, type StoredCuration } from "../../db/schema/own-texts";
import { answers, attempts } from "../../db/schema/progress";
import { type CheckedText, CURATION_PENDING, EXTRACTION_PENDING, GENERATION_REFUSED, isUntitledName } from "./prepare";
import { sameMeaning } from "./versions";
import { dropCardsQuery, membersOf } from "../review/store";

export type OwnTextRow = typeof ownTexts.$inferSelect;
export type OwnQuestionRow = typeof ownQuestions.$inferSelect;

/** Questions one text may hold (generated and added): bounds the review page and the rows written. */
export const MAX_QUESTIONS_PER_TEXT = 300;
/** Texts one class may hold in its list (drafts and published). */
export const MAX_TEXTS_PER_CLASS = 100;
/**
 * Withdrawn texts one class may hold before it takes no new text: each keeps its text and questions for the results,
 * and without a bound paste, publish, answer, withdraw over and over would grow the class's storage for ever.
 */
export const MAX_WITHDRAWN_TEXTS_PER_CLASS = 100;

/**
 * Question rows go in as multi-row inserts of this many rows (4 values each, and 2 for the condition:
 * D1 binds at most 100 parameters per statement), written by hand: Drizzle's builder took a quarter of
 * the CPU of generating the questions for these few columns. A free-tier Worker may send 50 queries per
 * request, and a statement of a batch counts as one: a pool of 300 questions needs 13.
 */
const ROWS_PER_INSERT = 24;
const QUESTION_COLUMNS = [ownQuestions.id, ownQuestions.textId, ownQuestions.position, ownQuestions.question].map((column) => `"${column.name}"`).join(", ");

/** Inserts the rows only while the text still waits for family `next`: a second tab that got there first wins. */
function insertQuestionRows(db: Db, rows: { id: string; textId: string; position: number; question: Question }[], next: number): D1PreparedStatement {
  const groups = rows.map(() => "(?, ?, ?, ?)").join(", ");
  const values = rows.flatMap((row) => [row.id, row.textId, row.position, JSON.stringify(row.question)]);
  return db.$client
    .prepare(
      `insert into "own_questions" (${QUESTION_COLUMNS}) select * from (values ${groups}) where exists (select 1 from "own_texts" where "id" = ? and "generation_next" = ?)`,
    )
    .bind(...values, rows[0]!.textId, next);
}

/**
 * Earlier versions one published text may keep (each edit that changes a question's meaning, and each deletion, keeps
 * the old version for the answers given to it): without a bound, edit after edit would grow the storage for ever.
 */
export const MAX_RETIRED_VERSIONS_PER_TEXT = 300;

/** Two versions in one place: a concurrent edit came first. */
export class EditConflict extends Error {}

/** The text keeps MAX_RETIRED_VERSIONS_PER_TEXT earlier versions already: no question may change its meaning or go. */
export class RetiredVersionsFull extends Error {}

const isUniqueViolation = (error: unknown) => error instanceof Error && /UNIQUE constraint failed/i.test(`${error.message} ${String(error.cause ?? "")}`);

async function orConflict<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw new EditConflict("the question was changed at the same time");
    throw error;
  }
}

/** The texts a class has in its list (a withdrawn one is no longer there). */
const listedOf = (classId: string | Placeholder) => and(eq(ownTexts.classId, classId), ne(ownTexts.status, "withdrawn"));

/** Why a class takes no new text: its list is full, or it holds the most withdrawn texts. */
export type TextLimit = "listed" | "withdrawn";

const countWhere = (condition: SQL) => sql<number>`coalesce(sum(${condition}), 0)`.mapWith(Number);

/** The limit a new text of the class would go over, if any. */
export async function textLimitReached(db: Db, classId: string): Promise<TextLimit | undefined> {
  const [counts] = await db
    .select({ listed: countWhere(sql`${ownTexts.status} <> 'withdrawn'`), withdrawn: countWhere(sql`${ownTexts.status} = 'withdrawn'`) })
    .from(ownTexts)
    .where(eq(ownTexts.classId, classId));
  if ((counts?.withdrawn ?? 0) >= MAX_WITHDRAWN_TEXTS_PER_CLASS) return "withdrawn";
  if ((counts?.listed ?? 0) >= MAX_TEXTS_PER_CLASS) return "listed";
  return undefined;
}

/**
 * A text's name, distinct within the class: `name` itself, or with " (2)", " (3)" after it when another text of the
 * class has that name already (two pasted in one minute without a title, or two given the same title), so that
 * the teacher's list, the students' list and the results tell them apart. Worked out in the write itself, so that two
 * pastes at once still get two names (D1 runs one write after the other). `textId`: the text named, which never
 * clashes with itself.
 */
function distinctName(classId: string, textId: string, name: string): SQL {
  // What stands in "Name (3)" between " (" and ")"; a number only where it reads back the same as an integer.
  const suffix = sql`substr(${ownTexts.title}, length(${name}) + 3, length(${ownTexts.title}) - length(${name}) - 3)`;
  const numbered = sql`(substr(${ownTexts.title}, 1, length(${name}) + 2) = ${name} || ' (' and substr(${ownTexts.title}, -1) = ')'
    and cast(cast(${suffix} as integer) as text) = ${suffix})`;
  const taken = sql`${ownTexts.classId} = ${classId} and ${ownTexts.id} <> ${textId} and (${ownTexts.title} = ${name} or ${numbered})`;
  // "Name" counts as 1, "Name (3)" as 3: the next number is one more than the highest, so a deleted one is not reused.
  const highest = sql`max(case when ${ownTexts.title} = ${name} then 1 else cast(${suffix} as integer) end)`;
  // Free while no other text has the name itself: "Name (2)" beside it is told apart already.
  return sql`(select case when sum(${ownTexts.title} = ${name}) > 0 then ${name} || ' (' || (${highest} + 1) || ')' else ${name} end from ${ownTexts} where ${taken})`;
}

/**
 * Stores a text as it came (checked), before its facts are extracted: a draft with no passages and no
 * quiz size yet, whose teacher's details (title, source, date as given) wait for the extraction.
 * False, with nothing stored, when the class already has MAX_TEXTS_PER_CLASS texts in its list or
 * MAX_WITHDRAWN_TEXTS_PER_CLASS withdrawn ones.
 */
export async function createOwnText(db: Db, classId: string, text: { id: string; checked: CheckedText; engine: string }): Promise<boolean> {
  const { checked } = text;
  const [, overLimit] = await db.batch([
    db.insert(ownTexts).values({
      id: text.id,
      classId,
      title: distinctName(classId, text.id, checked.provisionalTitle),
      source: checked.metadata.source ?? null,
      date: checked.metadata.date ?? null,
      text: checked.text,
      passages: [],
      quizSize: 0,
      generationNext: EXTRACTION_PENDING,
      generationEngine: text.engine,
      generationFacts: JSON.stringify(checked.metadata),
      generationQuestions: "",
    }),
    // Parallel pastes all counted below the limit before: the one that goes over it takes itself back.
    db
      .delete(ownTexts)
      .where(
        and(
          eq(ownTexts.id, text.id),
          sql`((select count(*) from ${ownTexts} where ${ownTexts.classId} = ${classId} and ${ownTexts.status} <> 'withdrawn') > ${MAX_TEXTS_PER_CLASS}
            or (select count(*) from ${ownTexts} where ${ownTexts.classId} = ${classId} and ${ownTexts.status} = 'withdrawn') >= ${MAX_WITHDRAWN_TEXTS_PER_CLASS})`,
        ),
      )
      .returning({ id: ownTexts.id }),
  ]);
  return overLimit.length === 0;
}

/**
 * Starts the preparation of a text over under `engine` (a deploy came between two of its steps: the facts and the
 * family index stored mean something only to the engine that began it), if it still waits for `next` under another:
 * the extraction again, with the title, source and date the text has now, and nothing the other engine made.
 */
export async function restartPreparation(db: Db, text: OwnTextRow, next: number, engine: string): Promise<void> {
  // A text the teacher gave no title is named after its paste ("Ohne Titel ..."): the extraction never saw that name.
  const title = isUntitledName(text.title) ? undefined : text.title;
  const metadata: DocumentMetadata = { title, source: text.source ?? undefined, date: text.date ?? undefined };
  await db
    .update(ownTexts)
    .set({
      generationNext: EXTRACTION_PENDING,
      generationEngine: engine,
      // Before the extraction the facts column holds the teacher's details as given (createOwnText): they stay.
      generationFacts: next === EXTRACTION_PENDING ? text.generationFacts : JSON.stringify(metadata),
      generationQuestions: "",
    })
    .where(and(eq(ownTexts.id, text.id), eq(ownTexts.generationNext, next), sql`${ownTexts.generationEngine} is not ${engine}`));
}

/**
 * Stores what the extraction found (the text's title, date and source as the bank has them, its
 * passages, its facts) and moves the text on to `next` (family 0; or EXTRACTION_FIGURES_DONE with the first
 * quarter of the facts), if it still waited for the extraction under `engine` (restartPreparation).
 */
export async function saveExtraction(
  db: Db,
  text: { id: string; classId: string },
  engine: string,
  document: BankDocument,
  facts: string,
  next = 0,
): Promise<void> {
  const textId = text.id;
  await db
    .update(ownTexts)
    .set({
      title: distinctName(text.classId, textId, document.title),
      source: document.source ?? null,
      date: document.date ?? null,
      passages: document.passages,
      generationNext: next,
      generationFacts: facts,
    })
    .where(and(eq(ownTexts.id, textId), eq(ownTexts.generationNext, EXTRACTION_PENDING), eq(ownTexts.generationEngine, engine)));
}

/**
 * Stores what a later request of a long text's extraction found (the first stored its record and the first quarter of
 * the facts, saveExtraction with EXTRACTION_FIGURES_DONE) in the place of what it read, and moves the text on from
 * `from` to `next` (EXTRACTION_PERSONS_DONE, EXTRACTION_QUOTES_DONE, then family 0), if it still waited for `from` under `engine`.
 */
export async function saveExtractionPart(db: Db, textId: string, engine: string, from: number, next: number, facts: string): Promise<void> {
  await db
    .update(ownTexts)
    .set({ generationNext: next, generationFacts: facts })
    .where(and(eq(ownTexts.id, textId), eq(ownTexts.generationNext, from), eq(ownTexts.generationEngine, engine)));
}

/**
 * Appends what the families from `from` on made and moves the text on to family `next`, if it still
 * waited for `from` under `engine`: the same step run twice (a reload, a second tab) changes nothing the second time.
 */
export async function saveFamilies(db: Db, textId: string, engine: string, from: number, next: number, questions: string): Promise<void> {
  await db
    .update(ownTexts)
    .set({ generationNext: next, generationQuestions: sql`${ownTexts.generationQuestions} || ${questions}` })
    .where(and(eq(ownTexts.id, textId), eq(ownTexts.generationNext, from), eq(ownTexts.generationEngine, engine)));
}

/**
 * Stores the finished pool in the generated order, with the quiz size (and `title`, the name of a text that had none,
 * prepare.ts leadTitle), and moves the text on to its last step (CURATION_PENDING, finishPreparation): all of it in one
 * transaction, and only if the text still waited for family `next` (otherwise another request stored it first, and nothing is written).
 */
export async function storeQuestions(
  db: Db,
  text: { id: string; classId: string },
  next: number,
  finished: { questions: Question[]; quizSize: number },
  title?: string,
): Promise<void> {
  const textId = text.id;
  const rows = finished.questions.map((question, index) => ({ id: question.id, textId, position: index + 1, question }));
  const inserts = Array.from({ length: Math.ceil(rows.length / ROWS_PER_INSERT) }, (_, index) =>
    insertQuestionRows(db, rows.slice(index * ROWS_PER_INSERT, (index + 1) * ROWS_PER_INSERT), next),
  );
  const done = db
    .update(ownTexts)
    .set({
      quizSize: finished.quizSize,
      generationNext: CURATION_PENDING,
      generationFacts: null,
      generationQuestions: null,
      ...(title === undefined ? {} : { title: distinctName(text.classId, textId, title) }),
    })
    .where(and(eq(ownTexts.id, textId), eq(ownTexts.generationNext, next)))
    .toSQL();
  // The update last: the inserts ask whether the text still waits.
  await db.$client.batch([...inserts, db.$client.prepare(done.sql).bind(...done.params)]);
}

/**
 * Ends the preparation of a text whose questions are stored (CURATION_PENDING), with which of them may stand together
 * (`curation`, worked out from them), if it still waited for that: a second tab at the same moment stores the same.
 */
export async function finishPreparation(db: Db, textId: string, curation: StoredCuration): Promise<void> {
  await db
    .update(ownTexts)
    .set({ generationNext: null, curation })
    .where(and(eq(ownTexts.id, textId), eq(ownTexts.generationNext, CURATION_PENDING)));
}

/**
 * Marks a text whose families made no usable question as refused, if it still waited for family `next`: its text,
 * title, source and date stay, so that a reload of its page shows the form with them again; what the generation
 * stored meanwhile goes. The class keeps at most one refused text: an older one is deleted here, and every new paste
 * deletes it (dropRefusedTexts).
 */
export async function keepRefusedText(db: Db, text: { id: string; classId: string }, next: number): Promise<void> {
  await db.batch([
    db.delete(ownTexts).where(and(eq(ownTexts.classId, text.classId), eq(ownTexts.generationNext, GENERATION_REFUSED), ne(ownTexts.id, text.id))),
    db
      .update(ownTexts)
      .set({ generationNext: GENERATION_REFUSED, generationFacts: null, generationQuestions: null })
      .where(and(eq(ownTexts.id, text.id), eq(ownTexts.generationNext, next))),
  ]);
}

/** Deletes the class's refused text (keepRefusedText), when the teacher sends the form again. */
export async function dropRefusedTexts(db: Db, classId: string): Promise<void> {
  await db.delete(ownTexts).where(and(eq(ownTexts.classId, classId), eq(ownTexts.generationNext, GENERATION_REFUSED)));
}

export interface OwnTextSummary {
  id: string;
  title: string;
  status: OwnTextRow["status"];
  quizSize: number;
  questionCount: number;
  createdAt: Date;
  /** Its questions are still being made (generateStep in routes.tsx). */
  generating: boolean;
}

/** The class's texts, newest first, with how many questions each has now. */
// Built once per isolate (../../db/reused.ts): the teacher's class overview lists the texts on every request.
const ownTextsOfClass = reusedQuery(["classId"], (db, ids) =>
  db
    .select({
      id: ownTexts.id,
      title: ownTexts.title,
      status: ownTexts.status,
      quizSize: ownTexts.quizSize,
      createdAt: ownTexts.createdAt,
      generating: sql<boolean>`${ownTexts.generationNext} is not null`.mapWith(Boolean),
      // Qualified by hand: drizzle writes bare column names here, and a bare "id" would mean own_questions.id.
      questionCount:
        sql<number>`(select count(*) from "own_questions" where "own_questions"."text_id" = "own_texts"."id" and "own_questions"."position" is not null)`.mapWith(
          Number,
        ),
    })
    .from(ownTexts)
    // A refused text (keepRefusedText) is in no list: only the reload of its page shows it, as the form.
    .where(and(listedOf(ids.classId), sql`${ownTexts.generationNext} is not ${GENERATION_REFUSED}`))
    .orderBy(sql`${ownTexts.createdAt} desc`),
);

export async function listOwnTexts(db: Db, classId: string): Promise<OwnTextSummary[]> {
  return runOne(ownTextsOfClass(db, { classId }));
}

/** Whether the class has a withdrawn text: stops at the first one found. */
const hasWithdrawnQuery = reusedQuery(["classId"], (db, ids) =>
  db
    .select({ any: sql<number>`1` })
    .from(ownTexts)
    .where(and(eq(ownTexts.classId, ids.classId), eq(ownTexts.status, "withdrawn")))
    .limit(1),
);

/** The class's list for its dashboard, and whether it has withdrawn texts (their page is linked only then): one round trip. */
export async function ownTextsOverview(db: Db, classId: string): Promise<{ texts: OwnTextSummary[]; hasWithdrawn: boolean }> {
  const [texts, withdrawn] = await runReused(db, [ownTextsOfClass(db, { classId }), hasWithdrawnQuery(db, { classId })]);
  return { texts, hasWithdrawn: withdrawn.length > 0 };
}

/** A text of the class's list: a withdrawn one is no longer the teacher's to open or change. */
export async function findOwnText(db: Db, classId: string, textId: string): Promise<OwnTextRow | undefined> {
  return db
    .select()
    .from(ownTexts)
    .where(and(eq(ownTexts.id, textId), listedOf(classId)))
    .get();
}

/**
 * Any text of the class, withdrawn ones too: for reading a result's passage in the whole text, which the
 * teacher's results keep after the text was withdrawn.
 */
export async function findClassText(db: Db, classId: string, textId: string): Promise<OwnTextRow | undefined> {
  return db
    .select()
    .from(ownTexts)
    .where(and(eq(ownTexts.id, textId), eq(ownTexts.classId, classId)))
    .get();
}

/** The current versions, in the quiz's order. */
export async function currentQuestions(db: Db, textId: string): Promise<OwnQuestionRow[]> {
  return db
    .select()
    .from(ownQuestions)
    .where(and(eq(ownQuestions.textId, textId), isNotNull(ownQuestions.position)))
    .orderBy(asc(ownQuestions.position));
}

/** How many questions the text has now. */
async function countCurrentQuestions(db: Db, textId: string): Promise<number> {
  return db.$count(ownQuestions, and(eq(ownQuestions.textId, textId), isNotNull(ownQuestions.position)));
}

/** Where `position` is in the quiz's order: how many current questions come before it, and how many there are. */
export async function placeOf(db: Db, textId: string, position: number): Promise<{ before: number; total: number }> {
  const [place] = await db
    .select({ before: sql<number>`coalesce(sum(${ownQuestions.position} < ${position}), 0)`.mapWith(Number), total: count() })
    .from(ownQuestions)
    .where(and(eq(ownQuestions.textId, textId), isNotNull(ownQuestions.position)));
  return place ?? { before: 0, total: 0 };
}

export async function findCurrentQuestion(db: Db, textId: string, questionId: string): Promise<OwnQuestionRow | undefined> {
  return db
    .select()
    .from(ownQuestions)
    .where(and(eq(ownQuestions.id, questionId), eq(ownQuestions.textId, textId), isNotNull(ownQuestions.position)))
    .get();
}

/**
 * Takes a version out of the quiz. A text that was never published: deleted, nobody can have seen or answered it.
 * Otherwise kept (retired) for the answers, attempts and live lessons that name it, up to MAX_RETIRED_VERSIONS_PER_TEXT
 * (RetiredVersionsFull before; the condition here holds the bound when two edits come at once).
 */
async function retire(db: Db, version: { id: string; textId: string }) {
  const { id, textId } = version;
  const neverPublished = sql`(select ${ownTexts.publishedAt} from ${ownTexts} where ${ownTexts.id} = ${textId}) is null`;
  const retiredCount = sql`(select count(*) from ${ownQuestions} where ${ownQuestions.textId} = ${textId} and ${ownQuestions.retiredAt} is not null)`;
  const text = await db.select({ publishedAt: ownTexts.publishedAt }).from(ownTexts).where(eq(ownTexts.id, textId)).get();
  if (
    text?.publishedAt &&
    (await db.$count(ownQuestions, and(eq(ownQuestions.textId, textId), isNotNull(ownQuestions.retiredAt)))) >= MAX_RETIRED_VERSIONS_PER_TEXT
  ) {
    throw new RetiredVersionsFull();
  }
  const stillCurrent = sql`exists (select 1 from ${ownQuestions} where ${ownQuestions.id} = ${id} and ${ownQuestions.retiredAt} is null)`;
  return [
    db.delete(ownQuestions).where(and(eq(ownQuestions.id, id), isNull(ownQuestions.retiredAt), neverPublished)),
    db
      .update(ownQuestions)
      .set({ position: null, retiredAt: new Date() })
      .where(and(eq(ownQuestions.id, id), isNull(ownQuestions.retiredAt), sql`not ${neverPublished}`, sql`${retiredCount} < ${MAX_RETIRED_VERSIONS_PER_TEXT}`)),
    // The version can no longer be asked: its review cards go (the queue would skip them for ever).
    dropCardsQuery(db, {
      learnerIds: membersOf(sql`(select ${ownTexts.classId} from ${ownTexts} where ${ownTexts.id} = ${textId})`),
      isDropped: (questionId) => sql`${questionId} = ${id} and not ${stillCurrent}`,
    }),
  ] as const;
}

/** Keeps the curation worked out for the text's version `curation.version`, unless the version has passed meanwhile. Not a change of the text: the version stays. */
export async function saveCuration(db: Db, textId: string, curation: StoredCuration): Promise<void> {
  await db
    .update(ownTexts)
    .set({ curation })
    .where(and(eq(ownTexts.id, textId), eq(ownTexts.version, curation.version)));
}

/** Marks a change of the text's questions, details or status: polled results pages see a new version (../classroom/results-version.ts). */
const bumpVersion = (db: Db, textId: string) =>
  db
    .update(ownTexts)
    .set({ version: sql`${ownTexts.version} + 1` })
    .where(eq(ownTexts.id, textId));

/**
 * Saves an edited question. Same meaning: the version is updated in place and keeps its id. Changed
 * meaning: a new version with a new id takes its place, the old one is retired and kept. Returns the
 * id the question has now. Throws EditConflict when the version was changed or removed meanwhile.
 */
export async function saveEdit(db: Db, current: OwnQuestionRow, edited: Omit<Question, "id">): Promise<string> {
  const keepsId = sameMeaning(current.question, { ...edited, id: current.id } as Question);
  if (keepsId) {
    const [result] = await db.batch([
      db
        .update(ownQuestions)
        .set({ question: { ...edited, id: current.id } as Question })
        .where(and(eq(ownQuestions.id, current.id), isNull(ownQuestions.retiredAt))),
      bumpVersion(db, current.textId),
    ]);
    if (result.meta.changes === 0) throw new EditConflict("the question was retired meanwhile");
    return current.id;
  }
  const id = newOwnQuestionId();
  await orConflict(
    db.batch([
      ...(await retire(db, current)),
      db.insert(ownQuestions).values({ id, textId: current.textId, position: current.position, question: { ...edited, id } as Question, replaces: current.id }),
      bumpVersion(db, current.textId),
    ]),
  );
  return id;
}

/** Adds a question at the end; returns false when the text already has the most questions allowed. */
export async function addQuestion(db: Db, textId: string, question: Question): Promise<boolean> {
  if ((await countCurrentQuestions(db, textId)) >= MAX_QUESTIONS_PER_TEXT) return false;
  const nextPosition = sql`(select coalesce(max(${ownQuestions.position}), 0) + 1 from ${ownQuestions} where ${ownQuestions.textId} = ${textId})`;
  await orConflict(db.batch([db.insert(ownQuestions).values({ id: question.id, textId, position: nextPosition, question }), bumpVersion(db, textId)]));
  return true;
}

/** Takes a question out of the quiz; the version stays stored for the answers given to it (see retire). */
export async function removeQuestion(db: Db, version: { id: string; textId: string }): Promise<void> {
  await db.batch([...(await retire(db, version)), bumpVersion(db, version.textId)]);
}

/** Swaps the question with its neighbour before (-1) or after (+1); at either end nothing moves. */
export async function moveQuestion(db: Db, textId: string, questionId: string, direction: -1 | 1): Promise<void> {
  const rows = await currentQuestions(db, textId);
  const index = rows.findIndex((row) => row.id === questionId);
  const neighbour = rows[index + direction];
  const moving = rows[index];
  if (!moving || !neighbour) return;
  const at = (id: string, position: number) =>
    db
      .update(ownQuestions)
      .set({ position })
      .where(and(eq(ownQuestions.id, id), isNull(ownQuestions.retiredAt)));
  // Positions are unique and SQLite checks them row by row: through a free place, in one transaction.
  await orConflict(db.batch([at(moving.id, -1), at(neighbour.id, moving.position!), at(moving.id, neighbour.position!), bumpVersion(db, textId)]));
}

/**
 * A change of the text's details or status counts its version up (for polled results pages), not of its questions: what
 * the version before worked out of them (curation.ts) stays theirs, and the next view of the review reads it.
 */
const curationCarriedOver = sql`case when json_extract(${ownTexts.curation}, '$.version') = ${ownTexts.version} then json_set(${ownTexts.curation}, '$.version', ${ownTexts.version} + 1) else ${ownTexts.curation} end`;

/** A new title gets " (2)" after it where another text of the class has it (distinctName). */
export async function updateOwnText(
  db: Db,
  text: { id: string; classId: string },
  changes: Partial<Pick<OwnTextRow, "title" | "source" | "date" | "quizSize">>,
): Promise<void> {
  const { title, ...rest } = changes;
  await db
    .update(ownTexts)
    .set({
      ...rest,
      ...(title === undefined ? {} : { title: distinctName(text.classId, text.id, title) }),
      version: sql`${ownTexts.version} + 1`,
      curation: curationCarriedOver,
    })
    .where(eq(ownTexts.id, text.id));
}

export async function publishOwnText(db: Db, textId: string): Promise<void> {
  await db
    .update(ownTexts)
    .set({
      status: "published",
      publishedAt: sql`coalesce(${ownTexts.publishedAt}, cast(unixepoch('subsecond') * 1000 as integer))`,
      version: sql`${ownTexts.version} + 1`,
      curation: curationCarriedOver,
    })
    .where(eq(ownTexts.id, textId));
}

/** Deletes a text that was never published (nobody can have answered it), with its questions. */
export async function deleteDraft(db: Db, textId: string): Promise<boolean> {
  const result = await db
    .delete(ownTexts)
    .where(and(eq(ownTexts.id, textId), eq(ownTexts.status, "draft")))
    .run();
  return result.meta.changes > 0;
}

/** What the class did with a text: its answers, the students who began it (with or without an answer yet), and whether it is assigned. */
export interface TextUse {
  answers: number;
  students: number;
  assigned: boolean;
}

/**
 * The class's attempts at a text: started from it (practice), from an assignment of it (homework or a live
 * lesson), or answering one of its questions' versions (a retry). Only the current members' attempts: a student
 * who leaves takes theirs along (classroom/store.ts).
 */
function attemptsAtText(db: Db, classId: string, textId: string) {
  const itsAssignments = db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.classId, classId), eq(assignments.quizId, textId)));
  const itsQuestions = db.select({ id: ownQuestions.id }).from(ownQuestions).where(eq(ownQuestions.textId, textId));
  return db
    .select({ id: attempts.id, learnerId: attempts.learnerId })
    .from(attempts)
    .innerJoin(classMembers, and(eq(classMembers.learnerId, attempts.learnerId), eq(classMembers.classId, classId)))
    .where(
      sql`(${attempts.quizId} = ${textId} or ${attempts.assignmentId} in ${itsAssignments}
        or exists (select 1 from ${answers} where ${answers.attemptId} = ${attempts.id} and ${answers.questionId} in ${itsQuestions}))`,
    );
}

export async function textUse(db: Db, classId: string, textId: string): Promise<TextUse> {
  const begun = attemptsAtText(db, classId, textId).as("begun");
  const itsQuestions = db.select({ id: ownQuestions.id }).from(ownQuestions).where(eq(ownQuestions.textId, textId));
  const [use] = await db
    .select({
      students: sql<number>`count(distinct ${begun.learnerId})`.mapWith(Number),
      answers:
        sql<number>`(select count(*) from ${answers} where ${answers.attemptId} in (select "id" from ${begun}) and ${answers.questionId} in ${itsQuestions})`.mapWith(
          Number,
        ),
      assigned: sql<boolean>`exists (select 1 from ${assignments} where ${assignments.classId} = ${classId} and ${assignments.quizId} = ${textId})`.mapWith(
        (value) => Number(value) === 1,
      ),
    })
    .from(begun);
  return use ?? { answers: 0, students: 0, assigned: false };
}

/**
 * Deletes a published text nobody of the class has begun, with its questions and its assignments (which have no
 * attempts then); false, with nothing deleted, once someone has: the check and the delete are one statement.
 */
export async function deleteUnusedText(db: Db, classId: string, textId: string): Promise<boolean> {
  const [deleted] = await db.batch([
    db
      .delete(ownTexts)
      .where(and(eq(ownTexts.id, textId), eq(ownTexts.classId, classId), sql`not exists ${attemptsAtText(db, classId, textId)}`))
      .returning({ id: ownTexts.id }),
    db
      .delete(assignments)
      .where(
        and(eq(assignments.classId, classId), eq(assignments.quizId, textId), sql`not exists (select 1 from ${ownTexts} where ${ownTexts.id} = ${textId})`),
      ),
  ]);
  return deleted.length > 0;
}

/** The class's withdrawn texts, newest first: what the teacher may delete for good to make room. */
export async function listWithdrawnTexts(db: Db, classId: string): Promise<{ id: string; title: string }[]> {
  return db
    .select({ id: ownTexts.id, title: ownTexts.title })
    .from(ownTexts)
    .where(and(eq(ownTexts.classId, classId), eq(ownTexts.status, "withdrawn")))
    .orderBy(sql`${ownTexts.createdAt} desc`);
}

/** A withdrawn text of the class, or undefined (unknown, another class's, or still in the list). */
export async function findWithdrawnText(db: Db, classId: string, textId: string): Promise<OwnTextRow | undefined> {
  return db
    .select()
    .from(ownTexts)
    .where(and(eq(ownTexts.id, textId), eq(ownTexts.classId, classId), eq(ownTexts.status, "withdrawn")))
    .get();
}

/**
 * Deletes a withdrawn text for good, in one transaction, with what the class did with it: the answers to its questions
 * (also those in retries of wrong answers, whose other answers stay), the attempts at it (practice, homework, live
 * lessons), its assignments and live lessons' rows, and its questions. Frees one of the class's
 * MAX_WITHDRAWN_TEXTS_PER_CLASS places. False, with nothing deleted, when the text is not a withdrawn one of the class.
 */
export async function deleteWithdrawnText(db: Db, classId: string, textId: string): Promise<boolean> {
  const isWithdrawn = sql`exists (select 1 from ${ownTexts} where ${ownTexts.id} = ${textId} and ${ownTexts.classId} = ${classId} and ${ownTexts.status} = 'withdrawn')`;
  const itsQuestions = db.select({ id: ownQuestions.id }).from(ownQuestions).where(eq(ownQuestions.textId, textId));
  const itsAssignments = db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.classId, classId), eq(assignments.quizId, textId)));
  const begun = attemptsAtText(db, classId, textId).as("begun");
  const begunIds = db.select({ id: begun.id }).from(begun);
  const [, , , , deleted] = await db.batch([
    // First, while its questions are there to name the cards: attempts begun before the withdrawal may have been finished since.
    dropCardsQuery(db, { learnerIds: membersOf(classId), isDropped: isQuestionOfWithdrawn(classId, textId) }),
    db.delete(answers).where(and(isWithdrawn, inArray(answers.attemptId, begunIds), inArray(answers.questionId, itsQuestions))),
    // Its own attempts (the answers go with them); a retry keeps its attempt and its answers to other questions.
    db
      .delete(attempts)
      .where(and(isWithdrawn, inArray(attempts.id, begunIds), or(eq(attempts.quizId, textId), inArray(attempts.assignmentId, itsAssignments)))),
    db.delete(assignments).where(and(isWithdrawn, eq(assignments.classId, classId), eq(assignments.quizId, textId))),
    db
      .delete(ownTexts)
      .where(and(eq(ownTexts.id, textId), eq(ownTexts.classId, classId), eq(ownTexts.status, "withdrawn")))
      .returning({ id: ownTexts.id }),
  ]);
  return deleted.length > 0;
}

/** Takes a published text out of every list, new assignments and practice; its questions and results stay. */
export async function withdrawText(db: Db, classId: string, textId: string): Promise<void> {
  await db.batch([
    db
      .update(ownTexts)
      // A new version: the assignment's results page says it is withdrawn (../classroom/results-version.ts).
      .set({ status: "withdrawn", version: sql`${ownTexts.version} + 1` })
      .where(and(eq(ownTexts.id, textId), eq(ownTexts.classId, classId), eq(ownTexts.status, "published"))),
    // Its questions can no longer be asked: their review cards go.
    dropCardsQuery(db, { learnerIds: membersOf(classId), isDropped: isQuestionOfWithdrawn(classId, textId) }),
  ]);
}

/** Whether `questionId` is a version of a question of the class's text `textId`, and the text is withdrawn. */
const isQuestionOfWithdrawn = (classId: string, textId: string) => (questionId: SQL) =>
  sql`exists (select 1 from ${ownQuestions} join ${ownTexts} on ${ownTexts.id} = ${ownQuestions.textId}
    where ${ownQuestions.id} = ${questionId} and ${ownQuestions.textId} = ${textId} and ${ownTexts.classId} = ${classId} and ${ownTexts.status} = 'withdrawn')`;
