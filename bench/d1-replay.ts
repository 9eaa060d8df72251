/**
 * D1, recorded and replayed: the benchmarks first run a request against a real local D1 and record
 * every query with its result, then replay the request against the recorded results, which come back
 * at once. A replayed request takes only the app's own work (CPU), without the wait for D1.
 */
/** The D1 results of one request, in the order the app asked for them, with their SQL. */
export type D1Log = { sql: string; result: unknown }[];

interface RecordingStatement {
  sql: string;
  real: D1PreparedStatement;
}

/** Wraps a D1 binding so that every query and its result land in `log()`. */
export function recordingDatabase(database: D1Database, log: () => D1Log): D1Database {
  const statements = new WeakMap<object, RecordingStatement>();
  const recorded = async <T>(sql: string, call: Promise<T>): Promise<T> => {
    const result = await call;
    log().push({ sql, result });
    return result;
  };
  const wrap = (sql: string, real: D1PreparedStatement): D1PreparedStatement => {
    const wrapped = {
      bind: (...values: unknown[]) => wrap(sql, real.bind(...values)),
      first: (column?: string) => recorded(sql, column === undefined ? real.first() : real.first(column)),
      all: () => recorded(sql, real.all()),
      run: () => recorded(sql, real.run()),
      raw: (options?: { columnNames?: boolean }) => recorded(sql, real.raw(options as { columnNames: true })),
    } as unknown as D1PreparedStatement;
    statements.set(wrapped, { sql, real });
    return wrapped;
  };
  return {
    prepare: (sql: string) => wrap(sql, database.prepare(sql)),
    batch: (batch: D1PreparedStatement[]) => {
      const parts = batch.map((statement) => statements.get(statement)!);
      return recorded(parts.map((part) => part.sql).join(";\n"), database.batch(parts.map((part) => part.real)));
    },
  } as unknown as D1Database;
}

/**
 * A D1 binding that answers each query with the first unused recorded result of the same SQL.
 * Matching by SQL, not by position: queries that run side by side may have been logged in another
 * order, and what the app caches per isolate (its cookie key) it fetched only in the recording.
 */
export function replayingDatabase(next: (sql: string) => unknown): D1Database {
  const statement = (sql: string): D1PreparedStatement =>
    ({
      sql,
      bind: () => statement(sql),
      first: async () => next(sql),
      all: async () => next(sql),
      run: async () => next(sql),
      raw: async () => next(sql),
    }) as unknown as D1PreparedStatement;
  return {
    prepare: (sql: string) => statement(sql),
    batch: async (batch: (D1PreparedStatement & { sql: string })[]) => next(batch.map((part) => part.sql).join(";\n")),
  } as unknown as D1Database;
}
