/** Recovery codes in D1: one per learner; a new code replaces the old one in the same transaction. */
import { eq } from "drizzle-orm";
import type { Db } from "../../db";
import { attempts } from "../../db/schema/progress";
import { recoveryCodes } from "../../db/schema/recovery";
import { newRecoveryCode, recoveryCodeHash } from "./codes";

export type RecoveryCodeStatus = { createdAt: Date };

/** Whether the learner has a code, and since when; undefined when none was made. */
export async function recoveryCodeStatus(db: Db, learnerId: string): Promise<RecoveryCodeStatus | undefined> {
  return db.select({ createdAt: recoveryCodes.createdAt }).from(recoveryCodes).where(eq(recoveryCodes.learnerId, learnerId)).get();
}

/** Makes a new code for the learner (the old one stops working) and returns it: the only time it exists in clear. */
export async function createRecoveryCode(db: Db, key: string, learnerId: string): Promise<string> {
  // Two codes with the same hash are as likely as guessing one; a retry costs nothing when it never happens.
  for (let tries = 0; tries < 3; tries++) {
    const code = newRecoveryCode();
    const [, inserted] = await db.batch([
      db.delete(recoveryCodes).where(eq(recoveryCodes.learnerId, learnerId)),
      db
        .insert(recoveryCodes)
        .values({ codeHash: await recoveryCodeHash(code, key), learnerId })
        .onConflictDoNothing()
        .returning({ learnerId: recoveryCodes.learnerId }),
    ]);
    if (inserted.length === 1) return code;
  }
  throw new Error("no unused recovery code after 3 tries");
}

/** The learner a (normalised) code belongs to, or undefined. */
export async function learnerOfRecoveryCode(db: Db, key: string, code: string): Promise<string | undefined> {
  const row = await db
    .select({ learnerId: recoveryCodes.learnerId })
    .from(recoveryCodes)
    .where(eq(recoveryCodes.codeHash, await recoveryCodeHash(code, key)))
    .get();
  return row?.learnerId;
}

/** Whether the learner has started any quiz (their progress would be left behind by entering a code). */
export async function hasStartedQuizzes(db: Db, learnerId: string): Promise<boolean> {
  const row = await db.select({ id: attempts.id }).from(attempts).where(eq(attempts.learnerId, learnerId)).limit(1).get();
  return row !== undefined;
}
