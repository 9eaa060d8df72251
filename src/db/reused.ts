/**
 * Queries that Drizzle builds once per isolate, with placeholders for what changes per request.
 *
 * Building a query's SQL is most of what Drizzle costs: 0.1 to 0.5 ms of CPU for each select of the
 * teacher's dashboard, about 4 ms of the 10 a free-tier request may use for the overview of a full class
 * (bench/requests.ts, profiled). A reused query keeps the SQL and Drizzle's row mapping from the first
 * build; each run binds the placeholders' values to a new D1 statement of the request's own binding, so
 * nothing of one request's binding is used in another. Runs of several reused queries go to D1 in one
 * batch (one round trip, one consistent read), as `db.batch` does with queries built per request.
 */
import { fillPlaceholders, sql, type Placeholder } from "drizzle-orm";
import type { Db } from ".";

/** What Drizzle's `.prepare()` gives: the built SQL, and the mapping of D1's rows to the query's result. */
interface Prepared<Result> {
  getQuery(): { sql: string; params: unknown[] };
  mapResult(response: unknown, isFromBatch?: boolean): unknown;
  execute(): Promise<Result>;
}

/** A reused query with this request's values: run it with `runReused` or `runOne`. */
export interface BoundQuery<Result> {
  statement: D1PreparedStatement;
  map(response: D1Result): Result;
  /** The SQL and its parameters, as Drizzle's queries give them (for EXPLAIN in tests). */
  toSQL(): { sql: string; params: unknown[] };
}

export interface ReuseOptions {
  /**
   * Every field of the query is an `sql` expression aliased with the field's own name (`.as("learnerId")`)
   * whose value needs no decoding (numbers, text): D1's rows are then the result as they are, without
   * Drizzle's mapping of each field (about 1 µs each: 7 ms for the 1,200 rows of the totals of a class).
   */
  rowsAsIs?: boolean;
}

type Placeholders<Name extends string> = { readonly [Key in Name]: Placeholder<Key> };

/**
 * A query built on first use and kept for the isolate. `build` gets placeholders for the values named in
 * `names` and must not read anything else of the request: the query it builds serves every later request.
 */
export function reusedQuery<Name extends string, Result>(
  names: readonly Name[],
  build: (db: Db, placeholders: Placeholders<Name>) => { prepare(): Prepared<Result> },
  options: ReuseOptions = {},
): (db: Db, values: { readonly [Key in Name]: unknown }) => BoundQuery<Result> {
  let prepared: Prepared<Result> | undefined;
  const placeholders = Object.fromEntries(names.map((name) => [name, sql.placeholder(name)])) as Placeholders<Name>;
  return (db, values) => {
    prepared ??= build(db, placeholders).prepare();
    const built = prepared;
    const query = built.getQuery();
    const params = fillPlaceholders(query.params, values);
    return {
      statement: db.$client.prepare(query.sql).bind(...params),
      map: options.rowsAsIs ? (response) => response.results as Result : (response) => built.mapResult(response, true) as Result,
      toSQL() {
        return { sql: query.sql, params };
      },
    };
  };
}

type Results<Queries extends readonly BoundQuery<unknown>[]> = {
  -readonly [Index in keyof Queries]: Queries[Index] extends BoundQuery<infer Result> ? Result : never;
};

/** Runs reused queries in one D1 batch, and maps each one's rows as Drizzle would. */
export async function runReused<const Queries extends readonly BoundQuery<unknown>[]>(db: Db, queries: Queries): Promise<Results<Queries>> {
  const responses = await db.$client.batch(queries.map((query) => query.statement));
  return queries.map((query, index) => query.map(responses[index]!)) as Results<Queries>;
}

/** Runs one reused query. */
export async function runOne<Result>(query: BoundQuery<Result>): Promise<Result> {
  return query.map(await query.statement.all());
}
