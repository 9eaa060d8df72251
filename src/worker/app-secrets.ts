/**
 * Secrets the Worker makes for itself and keeps in D1 (app_secrets), so that self-hosters need no
 * configuration: the key that signs the learner cookie, the salt for hashing client addresses. Made
 * once per deployment, read once per isolate.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../db";
import { appSecrets } from "../db/schema/progress";
import { randomId } from "./classroom/secrets";

const cache = new Map<string, Promise<string>>();

async function loadOrCreate(db: Db, name: string): Promise<string> {
  const read = () => db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, name)).get();
  const existing = await read();
  if (existing) return existing.value;
  // Two isolates may get here at once: the first insert wins, and both read back the same secret.
  await db
    .insert(appSecrets)
    .values({ name, value: randomId(32) })
    .onConflictDoNothing();
  const stored = await read();
  if (!stored) throw new Error(`${name} could not be stored in D1`);
  return stored.value;
}

/** The secret of this name: 32 random bytes, made on first use, the same for every isolate after that. */
export function storedSecret(db: Db, name: string): Promise<string> {
  let secret = cache.get(name);
  if (!secret) {
    secret = loadOrCreate(db, name).catch((error: unknown) => {
      cache.delete(name); // try again on the next request
      throw error;
    });
    cache.set(name, secret);
  }
  return secret;
}
