/** The D1 database through Drizzle. Routes get it per request as `c.var.db` (../worker/app.ts). */
import { drizzle } from "drizzle-orm/d1";

export const database = (binding: D1Database) => drizzle(binding);
export type Db = ReturnType<typeof database>;
