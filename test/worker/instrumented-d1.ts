/**
 * The Worker with a D1 that counts its round trips and fails on purpose: a test browser sends its
 * requests through worker.fetch with this database in place of env.DB. A round trip is one call that
 * goes to D1 (a statement's run, all, first or raw, a batch, an exec), as each is a network round trip in
 * production. Faults are D1's own: a batch that fails inside D1 (a statement appended that breaks a
 * NOT NULL constraint, so D1 rolls back what ran before it), and thrown errors with the messages D1
 * gives (a constraint violation, a timeout, the free tier's daily limits).
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import worker from "../../src/worker/index";

export type Fault =
  /** Every batch fails inside D1 after running its statements, and is rolled back. */
  | "batch-fails"
  /** The first write statement (outside a batch) is refused with a UNIQUE constraint error. */
  | "constraint"
  /** The next call takes long, then D1 reports its timeout. */
  | "timeout"
  /** Every write (a statement that inserts, updates or deletes, or a batch holding one) fails: the daily write limit is spent. */
  | "quota-write"
  /** Every call fails: the daily read limit is spent. */
  | "quota-read";

const MESSAGES = {
  constraint: "D1_ERROR: UNIQUE constraint failed: answers.attempt_id, answers.question_id: SQLITE_CONSTRAINT",
  timeout: "D1_ERROR: D1 DB storage operation exceeded timeout which caused object to be reset.",
  "quota-write":
    "D1_ERROR: Your account has exceeded D1's free tier daily row write limit. Upgrade to a paid plan or wait until tomorrow (midnight UTC) to continue.",
  "quota-read":
    "D1_ERROR: Your account has exceeded D1's free tier daily row read limit. Upgrade to a paid plan or wait until tomorrow (midnight UTC) to continue.",
};

const isWrite = (sql: string) => /^\s*(insert|update|delete|replace)\b/i.test(sql);

export class InstrumentedD1 {
  roundTrips = 0;
  fault: Fault | undefined;
  private readonly real = new WeakMap<object, { statement: D1PreparedStatement; sql: string }>();

  constructor(private readonly db: D1Database = env.DB) {}

  /** Fails per `fault` before the call reaches D1, or lets it through. */
  private async before(kind: "statement" | "batch", sql: string): Promise<void> {
    this.roundTrips++;
    const fault = this.fault;
    if (fault === "quota-read" || (fault === "quota-write" && isWrite(sql))) throw new Error(MESSAGES[fault]);
    if (fault === "constraint" && kind === "statement" && isWrite(sql)) {
      this.fault = undefined;
      throw new Error(MESSAGES.constraint);
    }
    if (fault === "timeout") {
      this.fault = undefined;
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error(MESSAGES.timeout);
    }
  }

  private statement(real: D1PreparedStatement, sql: string): D1PreparedStatement {
    const proxy: D1PreparedStatement = {
      bind: (...values: unknown[]) => this.statement(real.bind(...values), sql),
      first: async (column?: string) => {
        await this.before("statement", sql);
        return column === undefined ? real.first() : real.first(column);
      },
      all: async () => {
        await this.before("statement", sql);
        return real.all();
      },
      run: async () => {
        await this.before("statement", sql);
        return real.run();
      },
      raw: async (options?: { columnNames?: boolean }) => {
        await this.before("statement", sql);
        return options?.columnNames ? real.raw({ columnNames: true }) : real.raw();
      },
    } as D1PreparedStatement;
    this.real.set(proxy, { statement: real, sql });
    return proxy;
  }

  /** The D1Database to put in the Worker's env. */
  get database(): D1Database {
    const db = this.db;
    return {
      prepare: (sql: string) => this.statement(db.prepare(sql), sql),
      batch: async (statements: D1PreparedStatement[]) => {
        const known = statements.map((statement) => this.real.get(statement) ?? { statement, sql: "" });
        // A batch with a write counts as a write (for the write limit).
        await this.before("batch", known.find((entry) => isWrite(entry.sql))?.sql ?? "select");
        const real = known.map((entry) => entry.statement);
        // D1 runs a batch as one transaction: a statement that fails at the end rolls back all before it.
        if (this.fault === "batch-fails") real.push(db.prepare("insert into app_secrets (name, value) values (null, null)"));
        return db.batch(real);
      },
      exec: async (sql: string) => {
        await this.before("batch", sql);
        return db.exec(sql);
      },
      withSession: () => {
        throw new Error("not used by the Worker");
      },
      dump: () => db.dump(),
    } as unknown as D1Database;
  }

  /** Sends a request through the Worker with this database. */
  async fetch(request: Request): Promise<Response> {
    const context = createExecutionContext();
    const response = await worker.fetch(request as Request<unknown, IncomingRequestCfProperties>, { ...env, DB: this.database }, context);
    await waitOnExecutionContext(context);
    return response;
  }
}
