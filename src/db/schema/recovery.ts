/**
 * Recovery codes: a learner carries their progress to another device by typing a short code there.
 * Only a keyed hash of the code is stored (../../worker/recovery/codes.ts); one code per learner, a new
 * one replaces the old.
 */
import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { learners } from "./progress";

export const recoveryCodes = sqliteTable("recovery_codes", {
  /** Hex HMAC-SHA-256 of the code; the key a code is looked up by. */
  codeHash: text("code_hash").primaryKey(),
  learnerId: text("learner_id")
    .notNull()
    .unique("recovery_codes_learner")
    .references(() => learners.id, { onDelete: "cascade" }),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(cast(unixepoch('subsecond') * 1000 as integer))`),
});
