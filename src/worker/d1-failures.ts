/**
 * D1's failures, told apart by their messages, so that a learner reads what happened and what to do
 * instead of a bare 500. The messages are Cloudflare's: the free tier's daily limits ("Your account has
 * exceeded D1's free tier daily row write limit. …", D1 changelog of 2026-09-01) and the transient
 * errors of the D1_ERROR list (developers.cloudflare.com/d1/observability/debug-d1/). Drizzle wraps
 * D1's error in its own ("Failed query: …"): the whole chain of causes is read.
 */
export type D1Failure =
  /** The account's daily rows read or written are used up (free tier): nothing more until midnight UTC. */
  | { kind: "quota"; limit: "read" | "write" }
  /** The database is busy, restarting or unreachable, or a query timed out: try again in a moment. */
  | { kind: "busy" }
  /** A constraint refused a write (a parallel change came first): the whole batch was rolled back. */
  | { kind: "conflict" };

const QUOTA = /exceeded D1's free tier daily row (read|write) limit/i;
const BUSY =
  /D1 DB is overloaded|Network connection lost|caused object to be reset|D1 DB reset because|transient issue on remote node|exceeded timeout|client disconnected|D1_TIMEOUT/i;
const CONFLICT = /(UNIQUE|FOREIGN KEY|NOT NULL|CHECK|PRIMARY KEY) constraint failed|SQLITE_CONSTRAINT/i;

function messagesOf(error: unknown): string[] {
  const messages: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) messages.push(current.message);
  return messages;
}

export function d1Failure(error: unknown): D1Failure | undefined {
  const messages = messagesOf(error);
  for (const message of messages) {
    const quota = QUOTA.exec(message);
    if (quota) return { kind: "quota", limit: quota[1]!.toLowerCase() as "read" | "write" };
  }
  if (messages.some((message) => BUSY.test(message))) return { kind: "busy" };
  if (messages.some((message) => CONFLICT.test(message))) return { kind: "conflict" };
  return undefined;
}

/** Seconds until D1's daily limits reset (midnight UTC). */
export function secondsUntilMidnightUtc(now: number): number {
  const day = 24 * 60 * 60 * 1000;
  return Math.ceil((day - (now % day)) / 1000);
}
