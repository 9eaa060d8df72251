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
    /** Case-folded form, for uniqueness within the class. */
    nicknameKey: text("nickname_key").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("class_members_class_nickname").on(table.classId, table.nicknameKey),
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
    /** ISO date "2026-12-01", or null for no due date. */
    dueDate: text("due_date"),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("assignments_class_quiz").on(table.classId, table.quizId)],
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
