/**
 * Learner progress in D1. Written with the free tier in mind (100,000 rows written a day): recording one
 * answer writes 3 rows: the answer row, its index entry, and the learner row whose review cards change
 * (an update of a column without an index: 1 row). Progress figures are derived by reading, never kept as
 * counters that would cost a write per answer.
 */
import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(cast(unixepoch('subsecond') * 1000 as integer))`);

/** A question's spaced-repetition state (FSRS, ../../worker/review/cards.ts); times in ms since 1970. */
export type StoredCard = {
  due: number;
  stability: number;
  difficulty: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  reps: number;
  lapses: number;
  /** Index into the (re)learning steps. */
  step: number;
  /** Days until due, as scheduled at the last review. */
  days: number;
  last: number;
};

/** An anonymous learner: the id lives in a signed cookie; nothing personal is stored. */
export const learners = sqliteTable("learners", {
  id: text("id").primaryKey(),
  createdAt: createdAt(),
  /**
   * Review cards by question id, one JSON object per learner. Kept here rather than one row per card:
   * a new row in a table of its own costs 2 rows written (row and key index), an update of this column
   * costs 1, and counting the due cards reads 1 row instead of one per card.
   */
  reviewCards: text("review_cards", { mode: "json" }).$type<Record<string, StoredCard>>().notNull().default({}),
});

/** One run through a quiz; the question order is fixed when it starts. */
export const attempts = sqliteTable(
  "attempts",
  {
    id: text("id").primaryKey(),
    learnerId: text("learner_id")
      .notNull()
      .references(() => learners.id, { onDelete: "cascade" }),
    /** A document id, or "gemischt" for the mixed quiz, or "wiederholen" for a retry of wrong answers. */
    quizId: text("quiz_id").notNull(),
    /** JSON array of question ids in the order shown. */
    questionIds: text("question_ids", { mode: "json" }).$type<string[]>().notNull(),
    /**
     * Set when the attempt was started from a class assignment, or is a retry of such an attempt: the
     * class's deletion finds it through its assignments (index attempts_assignment).
     */
    assignmentId: text("assignment_id"),
    /**
     * When the attempt stopped taking answers (ms since 1970), or null while it takes them: a live
     * session's attempts are written closed when the session ends, so a question missed in class stays
     * unanswered.
     */
    closedAt: integer("closed_at"),
    createdAt: createdAt(),
  },
  (table) => [
    index("attempts_learner_created").on(table.learnerId, table.createdAt),
    // Partial: practice attempts (most of them) cost no index entry.
    index("attempts_assignment").on(table.assignmentId).where(sql`${table.assignmentId} is not null`),
  ],
);

/** One graded answer. The unique index makes a repeated submission a no-op. */
export const answers = sqliteTable(
  "answers",
  {
    id: integer("id").primaryKey(),
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    /** The learner's response as submitted (option ids, number, text, boolean), JSON. */
    response: text("response", { mode: "json" }).$type<unknown>().notNull(),
    /** 0 to 1; partial credit for multiple select. */
    score: real("score").notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("answers_attempt_question").on(table.attemptId, table.questionId)],
);

/** Secrets the Worker makes for itself when none is configured (cookie signing key). */
export const appSecrets = sqliteTable("app_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
});
