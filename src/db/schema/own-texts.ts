/**
 * Texts a teacher brings to a class, and the questions made from them (src/worker/own-texts/). Owned
 * by the class: deleting the class deletes them (ON DELETE CASCADE), and only that class's teacher and
 * students can reach them. Ids: see src/bank/ids.ts.
 *
 * Versions: a question keeps its id while its meaning stays (stem wording, typo fixes, moved
 * evidence: the row is updated). A change of meaning (key, options, accepted range, truth of a
 * statement) writes a new row with a new id and retires the old one, which stays stored: answers
 * already given point at the version they answered, and nobody is regraded.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Clash } from "../../bank/quiz";
import type { BankPassage, Question } from "../../bank/schema";
import { classes } from "./classroom";

const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });
const createdAt = () => timestamp("created_at").notNull().default(sql`(cast(unixepoch('subsecond') * 1000 as integer))`);

/**
 * "withdrawn": a published text the teacher took back after the class had worked on it. Gone from every list, from
 * new assignments and practice; its questions and passages stay for the results and begun attempts.
 */
export const OWN_TEXT_STATUSES = ["draft", "published", "withdrawn"] as const;
export type OwnTextStatus = (typeof OWN_TEXT_STATUSES)[number];

/** A question left out of a first attempt: its id, the id of the one it yields to, why, and where the clash says so who shows whose answer. */
export type StoredLeftOut = [question: string, yieldsTo: string, reason: Clash["reason"], by?: string, of?: string];

/**
 * The choice of the questions that may stand together, for the text's version `version` as the Worker's version `engine`
 * (generationEngine's form) works it out: how many are kept, and those left out.
 */
export interface StoredCuration {
  version: number;
  /** A deploy may change the rule (src/bank/quiz.ts): what an older version stored is worked out again. Absent before. */
  engine?: string;
  perAttempt: number;
  leftOut: StoredLeftOut[];
  /** The ids of the left-out questions that stand in for the statement they yield to (LeftOut.standsIn). Absent before. */
  standIns?: string[];
}

/** A teacher's text. `text` and `passages` never change once stored (a trigger refuses updates). */
export const ownTexts = sqliteTable(
  "own_texts",
  {
    id: text("id").primaryKey(),
    classId: text("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** URL or name of the source, as typed. */
    source: text("source"),
    /** ISO date as precise as given: "2026-05-04", "2026-05", "2026". */
    date: text("date"),
    /** The text as pasted or uploaded (byte order mark dropped, line ends as LF); every offset points into it. */
    text: text("text").notNull(),
    /** The passages as the extractor split them. */
    passages: text("passages", { mode: "json" }).$type<BankPassage[]>().notNull(),
    /** Students see (and teachers can assign) only published texts. */
    status: text("status", { enum: OWN_TEXT_STATUSES }).notNull().default("draft"),
    /** How many questions one attempt draws from the pool. */
    quizSize: integer("quiz_size").notNull(),
    /** Counts the teacher's changes to the text's questions, details and status: polled results pages tell by it that they changed. */
    version: integer("version").notNull().default(0),
    createdAt: createdAt(),
    publishedAt: timestamp("published_at"),
    /**
     * While the questions are being made, over several requests (each within the free tier's CPU time):
     * the index of the next run of question families (src/worker/own-texts/prepare.ts, familyRuns: a family, or a
     * part of a costly one, of src/generate's SINGLE_DOCUMENT_FAMILIES); CURATION_PENDING once the
     * questions are stored. Null once their curation is stored too, and for texts from before.
     */
    generationNext: integer("generation_next"),
    /**
     * Meanwhile: the deployed version of the Worker (its version metadata id) that began the preparation. The facts and
     * the family index mean something only to that version's engine: a step of another version starts over.
     */
    generationEngine: text("generation_engine"),
    /** Meanwhile: the extracted facts, as JSON. Null once the questions are stored. */
    generationFacts: text("generation_facts"),
    /** Meanwhile: what the families run so far made, as JSON objects joined by commas (appended by SQL, never re-parsed). */
    generationQuestions: text("generation_questions"),
    /**
     * What the review page shows of which questions may stand together in one attempt (curatedChoice, ../../worker/own-texts/curation.ts),
     * as the last step of the preparation or the first view of the text's `version` worked it out: for a long text's 350
     * questions most of a view's CPU time.
     */
    curation: text("curation", { mode: "json" }).$type<StoredCuration>(),
  },
  (table) => [index("own_texts_class_created").on(table.classId, table.createdAt)],
);

/** One version of a question of an own text. */
export const ownQuestions = sqliteTable(
  "own_questions",
  {
    id: text("id").primaryKey(),
    textId: text("text_id")
      .notNull()
      .references(() => ownTexts.id, { onDelete: "cascade" }),
    /** Place in the quiz's order (ascending, gaps allowed, unique per text); null once the version is retired. */
    position: integer("position"),
    /** The question in the bank's shape (src/bank/schema.ts), validated on every write. */
    question: text("question", { mode: "json" }).$type<Question>().notNull(),
    /** The version this one replaced because its meaning changed. */
    replaces: text("replaces"),
    /** Set when the question was deleted or replaced; retired versions are kept for the answers given. */
    retiredAt: timestamp("retired_at"),
    createdAt: createdAt(),
  },
  // Unique: two edits of one question at once cannot both put a new version in its place (the
  // second fails and is told so). Retired versions have no position (NULLs do not clash).
  (table) => [uniqueIndex("own_questions_text_position").on(table.textId, table.position)],
);
