/**
 * Classes in D1. A student is a learner (./progress.ts) plus one membership row per class; their answers
 * stay in `answers`, reached through attempts that carry an assignment id. Nothing here is written per
 * answer: the dashboard reads members -> attempts -> answers.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { learners } from "./progress";

const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(cast(unixepoch('subsecond') * 1000 as integer))`);

/** A class. Only the SHA-256 of the teacher secret is kept; the secret itself is shown once. */
export const classes = sqliteTable(
  "classes",
  {
    id: text("id").primaryKey(),
    name: text("name"),
    /** Short code students type to join, unique over all classes. */
    joinCode: text("join_code").notNull(),
    /** Hex SHA-256 of the teacher secret. */
    teacherSecretHash: text("teacher_secret_hash").notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("classes_join_code").on(table.joinCode), index("classes_created").on(table.createdAt)],
);

/** A student in a class: a learner with a nickname. Deleting the class or the learner removes the row. */
export const classMembers = sqliteTable(
  "class_members",
  {
    id: integer("id").primaryKey(),
    classId: text("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    learnerId: text("learner_id")
      .notNull()
      .references(() => learners.id, { onDelete: "cascade" }),
    /** As typed (trimmed, NFC). */
    nickname: text("nickname").notNull(),
    /** Case-folded form, for uniqueness within the class and the order of names. */
    nicknameKey: text("nickname_key").notNull(),
    /**
     * Lookalikes folded ("ТОМ" in Cyrillic letters is "TOM"), unique within the class as well
     * (src/worker/classroom/nickname.ts). Null for members who joined before it was kept.
     */
    lookalikeKey: text("lookalike_key"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("class_members_class_nickname").on(table.classId, table.nicknameKey),
    uniqueIndex("class_members_class_lookalike").on(table.classId, table.lookalikeKey),
    uniqueIndex("class_members_learner_class").on(table.learnerId, table.classId),
  ],
);

/** A quiz given to a class. `attempts.assignment_id` points here (no foreign key: that table is older). */
export const assignments = sqliteTable(
  "assignments",
  {
    id: text("id").primaryKey(),
    classId: text("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    /** A document id or "gemischt", as in `attempts.quiz_id`. */
    quizId: text("quiz_id").notNull(),
    /** ISO date "2026-12-01" from which students may start (a day in Germany), or null: at once. */
    openFrom: text("open_from"),
    /** ISO date "2026-12-01", or null for no due date. Answers after that day (in Germany) are late. */
    dueDate: text("due_date"),
    /** When set, nothing can be answered after the due date. */
    closesAtDue: integer("closes_at_due", { mode: "boolean" }).notNull().default(false),
    /**
     * Set (ms since 1970: when the session started) for the results of a live session: a row of their own,
     * so that a quiz the class has as homework keeps its homework results beside the lesson's
     * (src/worker/live/results.ts). Null for a quiz given to the class.
     */
    liveAt: integer("live_at"),
    createdAt: createdAt(),
  },
  (table) => [
    // One homework assignment per class and quiz (partial: live rows are not homework).
    uniqueIndex("assignments_class_quiz").on(table.classId, table.quizId).where(sql`${table.liveAt} is null`),
    // One row per live session; whole, so that it also finds a class's assignments (a partial index serves
    // only queries that name its condition). Homework rows (live_at null) never conflict in it.
    uniqueIndex("assignments_class_quiz_live").on(table.classId, table.quizId, table.liveAt),
  ],
);

/**
 * Fixed-window counters for rate limiting (join attempts with a wrong code, class creation). The key is
 * the scope plus a hash of the client address, never the address itself; one row per key, reset in place.
 */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});
